/**
 * The only place an Octokit is constructed. `@actions/github`'s getOctokit
 * already reads `GITHUB_API_URL` (GitHub Enterprise, the test fake); an
 * explicit `apiUrl` wins over it.
 */
import { getOctokit } from '@actions/github';

/** The Octokit instance every function in `src/github/` takes. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export function createGitHubClient(token: string, apiUrl?: string): GitHubClient {
  return apiUrl === undefined ? getOctokit(token) : getOctokit(token, { baseUrl: apiUrl });
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatusOf(error: unknown): number | undefined {
  if (error !== null && typeof error === 'object' && 'status' in error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}
