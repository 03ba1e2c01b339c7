/**
 * The loader's input: files as bytes, read by the shell. Keeping the file
 * system out of the loader makes every check (size, encoding, syntax) pure
 * and testable with literal bytes.
 */

/** One candidate manifest file. */
export interface ManifestFile {
  /** Path as it should appear in diagnostics (relative to where the user runs). */
  path: string;
  bytes: Uint8Array;
}

/** Files larger than this are refused before parsing (hostile or accidental input). */
export const MAX_MANIFEST_FILE_BYTES = 1024 * 1024;

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/**
 * Keeps the paths that are manifest candidates (`.yaml`, `.yml`, `.json`,
 * case-insensitive), sorted so that load order and output are deterministic.
 */
export function selectManifestFiles(paths: readonly string[]): string[] {
  return paths.filter((path) => MANIFEST_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension))).sort(comparePaths);
}

/** Code-unit order, independent of locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
