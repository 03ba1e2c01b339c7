/**
 * The hidden first line of a plan comment: it identifies the comment (one
 * per pull request and environment) and records the fingerprint of the plan
 * that reviewers saw, which apply compares on merge.
 *
 *     <!-- genesys-lambda-gitops:plan env=prod fingerprint=sha256:… -->
 */

const PREFIX = 'genesys-lambda-gitops:plan';

/**
 * The stable part of the marker for one environment, passed as `marker` to the
 * renderer and to the sticky-comment upsert. The name is URI-encoded so that
 * no environment name can end the HTML comment or collide with another.
 */
export function planCommentMarker(environment: string): string {
  return `${PREFIX} env=${encodeURIComponent(environment)}`;
}

/** The full hidden line: `<!-- <marker> fingerprint=<fp> -->`. */
export function planMarkerLine(marker: string, fingerprint: string): string {
  return `<!-- ${marker} fingerprint=${encodeURIComponent(fingerprint).replace(/%3A/g, ':')} -->`;
}

/**
 * True when the body's first line is a marker line for `marker` (whatever
 * the fingerprint). `marker` may also be given as a whole HTML comment
 * (`<!-- name -->`), as callers with a fixed marker line do.
 */
export function bodyHasMarker(body: string, marker: string): boolean {
  const text = /^<!--\s*(.*?)\s*-->$/.exec(marker.trim())?.[1] ?? marker;
  const firstLine = (body.split('\n', 1)[0] ?? '').replace(/\r$/, '');
  return firstLine.startsWith(`<!-- ${text} `) || firstLine === `<!-- ${text} -->`;
}

/** Environment and fingerprint recorded in a plan comment body, or undefined when it is not one. */
export function parsePlanMarker(body: string): { environment: string; fingerprint: string } | undefined {
  const firstLine = body.split('\n', 1)[0] ?? '';
  const match = /^<!-- genesys-lambda-gitops:plan env=(\S+) fingerprint=(\S+) -->$/.exec(firstLine);
  if (match === null || match[1] === undefined || match[2] === undefined) return undefined;
  try {
    return { environment: decodeURIComponent(match[1]), fingerprint: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}
