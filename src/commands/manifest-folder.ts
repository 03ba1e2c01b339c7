/**
 * Reads the manifests folder from disk: the only file-system access of the
 * validate path. Walks the folder (skipping hidden entries and node_modules),
 * and reads at most one byte more than the loader accepts, so that a huge
 * file is reported as too large without being loaded into memory.
 *
 * Links are never followed: a manifest must be a regular file. A `.yaml`,
 * `.yml` or `.json` entry that is a symbolic link (as git checks one out), a
 * FIFO, a socket or a device, and a link to a folder, would otherwise be
 * skipped without a word (and `plan --prune` would delete what it declares),
 * or read from outside the repository, from a device, or hang on a FIFO. Each
 * one is reported at `file:1:1` and nothing is loaded
 * ({@link NonRegularManifestError}).
 */
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ExpectedError } from '../errors.js';
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

/** An entry of the manifests folder that is not a regular file or folder, where a manifest or folder was due. */
export interface NonRegularEntry {
  /** Relative to the working directory, as diagnostics show paths. */
  path: string;
  kind: 'symbolic link' | 'symbolic link to a folder' | 'FIFO' | 'socket' | 'character device' | 'block device' | 'special file';
  /** What is wrong and what to do, without the path. */
  message: string;
}

/**
 * Entries of the manifests folder that cannot be read as manifests: the message has one located line
 * per entry (`file:1:1: error: …`, as the loader's file-level findings) and says nothing was loaded.
 */
export class NonRegularManifestError extends ExpectedError {
  override name = 'NonRegularManifestError';
  constructor(readonly entries: readonly NonRegularEntry[]) {
    super(
      [
        ...entries.map((entry) => `${entry.path}:1:1: error: ${entry.message}`),
        `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} of the manifests folder ${entries.length === 1 ? 'is' : 'are'} not a regular file: no manifest was loaded, nothing was planned or applied`,
      ].join('\n'),
    );
  }
}

function nonRegularKind(entry: Dirent): Exclude<NonRegularEntry['kind'], 'symbolic link to a folder'> | undefined {
  if (entry.isFile() || entry.isDirectory()) return undefined;
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isFIFO()) return 'FIFO';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice()) return 'character device';
  if (entry.isBlockDevice()) return 'block device';
  return 'special file';
}

function describeKind(kind: NonRegularEntry['kind']): string {
  if (kind === 'symbolic link to a folder') {
    return 'is a symbolic link to a folder; folders under the manifests folder are never followed through links (git stores a link as a link: commit the folder itself)';
  }
  if (kind === 'symbolic link') {
    return 'is a symbolic link; manifests must be regular files, and links are never followed (git stores a link as a link: commit the file itself)';
  }
  return `is a ${kind === 'FIFO' ? 'FIFO (named pipe)' : kind}, not a regular file; manifests must be regular files`;
}

interface Walked {
  files: string[];
  problems: { path: string; kind: NonRegularEntry['kind'] }[];
}

const isManifestName = (name: string): boolean => selectManifestFiles([name]).length === 1;

/** A link's target is looked at (never read) only to tell a link to a folder from other links. */
async function linksToFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false, // dangling, or a loop: not a folder
  );
}

async function walk(folder: string, walked: Walked = { files: [], problems: [] }): Promise<Walked> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (isSkippedEntry(entry.name)) continue;
    const path = join(folder, entry.name);
    const kind = nonRegularKind(entry);
    if (entry.isDirectory()) await walk(path, walked);
    else if (kind === undefined) walked.files.push(path);
    else if (isManifestName(entry.name)) walked.problems.push({ path, kind });
    else if (kind === 'symbolic link' && (await linksToFolder(path))) walked.problems.push({ path, kind: 'symbolic link to a folder' });
  }
  return walked;
}

/**
 * As {@link readCapped}, for a file the walk found regular: opened without following a link and without
 * waiting on a FIFO, and checked to be a regular file once open (it may have been swapped since).
 */
async function readRegularCapped(path: string): Promise<Uint8Array | NonRegularEntry['kind']> {
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  const handle = await open(path, flags).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ELOOP') return 'symbolic link' as const;
    throw error;
  });
  if (typeof handle === 'string') return handle;
  try {
    const info = await handle.stat();
    if (!info.isFile())
      return info.isFIFO() ? 'FIFO' : info.isSocket() ? 'socket' : info.isCharacterDevice() ? 'character device' : 'special file';
    const buffer = Buffer.alloc(MAX_MANIFEST_FILE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return new Uint8Array(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * Every manifest file under `folder` (relative to `cwd`), with paths relative
 * to `cwd` (as they appear in diagnostics and annotations), or the reason the
 * folder is unusable. The folder itself may be a link (it is the one the user
 * named); nothing under it is followed. Throws {@link NonRegularManifestError}
 * when a manifest under it is not a regular file (every such entry is named).
 */
export async function readManifestFolder(folder: string, cwd: string = process.cwd()): Promise<ManifestFile[] | FolderProblem> {
  const absolute = resolve(cwd, folder);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) return { kind: 'missing', path: folder };
  if (!info.isDirectory()) return { kind: 'not-a-folder', path: folder };
  const shown = (path: string): string => relative(cwd, path) || path;
  const walked = await walk(absolute);
  const problems = walked.problems.map(({ path, kind }) => ({ path: shown(path), kind }));
  const files: ManifestFile[] = [];
  for (const path of selectManifestFiles(walked.files)) {
    const read = await readRegularCapped(path);
    if (typeof read === 'string') problems.push({ path: shown(path), kind: read });
    else files.push({ path: shown(path), bytes: read });
  }
  if (problems.length > 0) {
    const entries = problems.map(({ path, kind }) => ({ path, kind, message: describeKind(kind) }));
    throw new NonRegularManifestError(entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
  }
  return files;
}
