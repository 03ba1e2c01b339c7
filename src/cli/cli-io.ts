/** Where the CLI reads and writes: the real process in cli.ts, captured streams in tests and the demo. */
import type { createProviders } from '../commands/providers.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths (manifests, --out, …) are resolved against this folder. */
  cwd: string;
  /** Whether each stream may be coloured (src/cli/colour.ts decides); absent: never. */
  colour?: { out: boolean; err: boolean };
  /** Asks a yes/no question on an interactive terminal; undefined when there is none. */
  confirm?: (question: string) => Promise<boolean>;
  /** Provider factory, replaceable in tests that point at other endpoints. */
  createProviders?: typeof createProviders;
}
