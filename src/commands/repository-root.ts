/**
 * The repository a path belongs to, so that reports for code scanning name
 * files relative to its root (as GitHub shows them) wherever the CLI runs.
 */
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The nearest folder at or above `start` that holds `.git` (a folder, or a file in a worktree); undefined outside any repository. */
export async function findRepositoryRoot(start: string): Promise<string | undefined> {
  let folder = resolve(start);
  for (;;) {
    if (await stat(join(folder, '.git')).catch(() => undefined)) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** `file` (relative to `cwd`, or absolute) relative to `root` with forward slashes; absolute when it lies outside `root`. */
export function repositoryRelativePath(file: string, cwd: string, root: string): string {
  const absolute = resolve(cwd, file);
  const path = relative(root, absolute);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return absolute.split(sep).join('/');
  return path.split(sep).join('/');
}
