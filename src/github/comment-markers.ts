/**
 * The hidden first line of the apply-result comment on a merged pull
 * request: one comment per pull request and environment, updated in place
 * by a re-run. (The plan comment's marker, which also carries the reviewed
 * fingerprint, is render/plan-marker.ts.)
 *
 *     <!-- genesys-lambda-gitops:apply env=prod -->
 */

/** The marker for one environment; URI-encoded so that no name can end the HTML comment. */
export function applyCommentMarker(environment: string): string {
  return `genesys-lambda-gitops:apply env=${encodeURIComponent(environment)}`;
}

/** `markdown` under its marker line, as the sticky-comment upsert expects. */
export function withMarkerLine(marker: string, markdown: string): string {
  return `<!-- ${marker} -->\n${markdown}`;
}
