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
  read(): Promise<Uint8Array>;
}

/** Git file modes of regular files; symlinks (120000) and submodules are not files to read. */
const REGULAR_FILE_MODES = new Set(['100644', '100755']);

async function readBlob(octokit: GitHubClient, repository: { owner: string; repo: string }, sha: string): Promise<Uint8Array> {
  const { data } = await octokit.rest.git.getBlob({ owner: repository.owner, repo: repository.repo, file_sha: sha });
  return new Uint8Array(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'));
}

/**
 * Every regular file of `commit` under `folder` (`''` for the whole
 * repository). Throws when GitHub truncates the listing (over 100,000
 * entries or 7 MB), since a partial folder would be a wrong baseline.
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
    .filter((entry) => entry.type === 'blob' && REGULAR_FILE_MODES.has(entry.mode) && entry.path.startsWith(prefix))
    .map((entry) => ({ path: entry.path, size: entry.size ?? 0, read: () => readBlob(octokit, repository, entry.sha) }));
}
