/** The package version, from package.json (inlined into the bundles at build time; `--version`, SARIF). */
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
