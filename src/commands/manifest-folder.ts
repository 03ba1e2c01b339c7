/**
 * Reads the manifests folder from disk: the only file-system access of the
 * validate path. Walks the folder (skipping hidden entries and node_modules),
 * and reads at most one byte more than the loader accepts, so that a huge
 * file is reported as too large without being loaded into memory.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { MAX_MANIFEST_FILE_BYTES, selectManifestFiles, type ManifestFile } from '../manifests/index.js';

/** Why the folder could not be read at all. */
export type FolderProblem = { kind: 'missing' | 'not-a-folder'; path: string };

/** A file's bytes, at most one more than a manifest may have: a huge file is refused without being read whole. */
export async function readCapped(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_MANIFEST_FILE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return new Uint8Array(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Hidden entries (`.git`, editor folders) and node_modules are never manifests, on disk or in a commit. */
export function isSkippedEntry(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (isSkippedEntry(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) paths.push(...(await walk(path)));
    else if (entry.isFile()) paths.push(path);
  }
  return paths;
}

/**
 * Every manifest file under `folder` (relative to `cwd`), with paths relative
 * to `cwd` (as they appear in diagnostics and annotations), or the reason the
 * folder is unusable.
 */
export async function readManifestFolder(folder: string, cwd: string = process.cwd()): Promise<ManifestFile[] | FolderProblem> {
  const absolute = resolve(cwd, folder);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) return { kind: 'missing', path: folder };
  if (!info.isDirectory()) return { kind: 'not-a-folder', path: folder };
  const files: ManifestFile[] = [];
  for (const path of selectManifestFiles(await walk(absolute))) {
    files.push({ path: relative(cwd, path) || path, bytes: await readCapped(path) });
  }
  return files;
}
