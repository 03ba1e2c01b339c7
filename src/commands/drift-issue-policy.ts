/**
 * What happens to an environment's drift issue after a drift run. Pure.
 *
 * | live state          | no issue | open issue        | closed issue |
 * |---------------------|----------|-------------------|--------------|
 * | drift / failing test| create   | update (in place) | reopen       |
 * | clean               | nothing  | close + comment   | nothing      |
 *
 * First-seen times are carried only from an open issue: a problem that
 * comes back after the issue was closed is a new one.
 */
import { NO_FIRST_SEEN, parseFirstSeenState, type FirstSeenState } from '../drift/first-seen.js';

/** What to do, with the issue it is done to. */
export type DriftIssueDecision<Issue> =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'update'; issue: Issue }
  | { kind: 'reopen'; issue: Issue }
  | { kind: 'close'; issue: Issue };

export function decideDriftIssue<Issue extends { state: 'open' | 'closed' }>(
  existing: Issue | undefined,
  clean: boolean,
): DriftIssueDecision<Issue> {
  if (existing === undefined) return clean ? { kind: 'none' } : { kind: 'create' };
  if (clean) return existing.state === 'open' ? { kind: 'close', issue: existing } : { kind: 'none' };
  return existing.state === 'open' ? { kind: 'update', issue: existing } : { kind: 'reopen', issue: existing };
}

/** The first-seen times the issue carries, when it is open. */
export function carriedFirstSeen(existing: { state: 'open' | 'closed'; body: string } | undefined): FirstSeenState {
  return existing?.state === 'open' ? parseFirstSeenState(existing.body) : NO_FIRST_SEEN;
}
