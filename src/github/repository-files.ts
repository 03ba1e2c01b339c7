/**
 * The files of one commit, through the git data API: one recursive tree
 * listing (`GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1`), then one
 * blob read (`GET …/git/blobs/{sha}`) per file that is actually wanted. Used
 * to load the manifests at a pull request's base as the drift baseline.
 */
import type { GitHubClient } from './github-client.js';

/** A file of a commit, read only when it is wanted. */
export interface CommittedFile {
  /** Path from the repository root, `/`-separated. */
  path: string;
  size: number;
  /** Rejects for a symbolic link: links are never followed (see {@link listFilesAtCommit}). */
  read(): Promise<Uint8Array>;
}

/** Git file modes of regular files; submodules (160000) are not files at all. */
const REGULAR_FILE_MODES = new Set(['100644', '100755']);
/** Git's mode of a symbolic link: its blob is the target path, not a file's content. */
const SYMLINK_MODE = '120000';

/** Why a symbolic link of a commit is not read, as the folder reader says it on disk. */
export function symlinkRefusal(path: string, commit: string): Error {
  return new Error(
    `${path} at ${commit.slice(0, 7)} is a symbolic link; manifests must be regular files, and links are never followed (git stores a link as a link: commit the file itself)`,
  );
}

async function readBlob(octokit: GitHubClient, repository: { owner: string; repo: string }, sha: string): Promise<Uint8Array> {
  const { data } = await octokit.rest.git.getBlob({ owner: repository.owner, repo: repository.repo, file_sha: sha });
  return new Uint8Array(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'));
}

/**
 * Every regular file and symbolic link of `commit` under `folder` (`''` for
 * the whole repository). A link is listed, so that a caller choosing
 * manifests by name sees it rather than losing what it declares without a
 * word, but never followed: reading it rejects ({@link symlinkRefusal}), as
 * the folder reader refuses a link on disk. Throws when GitHub truncates the
 * listing (over 100,000 entries or 7 MB), since a partial folder would be a
 * wrong baseline.
 */
export async function listFilesAtCommit(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  commit: string,
  folder: string,
): Promise<CommittedFile[]> {
  const { data } = await octokit.rest.git.getTree({ owner: repository.owner, repo: repository.repo, tree_sha: commit, recursive: '1' });
  if (data.truncated) throw new Error(`GitHub truncated the file listing of commit ${commit} (too many files to list in one response)`);
  const prefix = folder === '' ? '' : `${folder}/`;
  return data.tree
    .filter(
      (entry) =>
        entry.type === 'blob' && (REGULAR_FILE_MODES.has(entry.mode) || entry.mode === SYMLINK_MODE) && entry.path.startsWith(prefix),
    )
    .map((entry) => ({
      path: entry.path,
      size: entry.size ?? 0,
      read:
        entry.mode === SYMLINK_MODE
          ? () => Promise.reject(symlinkRefusal(entry.path, commit))
          : () => readBlob(octokit, repository, entry.sha),
    }));
}
