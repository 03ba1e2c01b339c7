/**
 * The hidden first line of an environment's drift issue: the renderer writes
 * it and the GitHub lookup finds the issue by it (like the sticky plan
 * comment's marker).
 *
 *     <!-- genesys-lambda-gitops:drift env=prod -->
 */

/** The marker for one environment; URI-encoded so that no name can end the HTML comment or collide with another. */
export function driftIssueMarker(environment: string): string {
  return `genesys-lambda-gitops:drift env=${encodeURIComponent(environment)}`;
}

export function driftIssueMarkerLine(environment: string): string {
  return `<!-- ${driftIssueMarker(environment)} -->`;
}
