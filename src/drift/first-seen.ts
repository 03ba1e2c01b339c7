/**
 * Since when each problem of a drift report has been seen. The times are
 * carried from run to run in the drift issue's own body, in one hidden line,
 * so the tool stays stateless:
 *
 *     <!-- genesys-lambda-gitops:drift-state v1 <base64url JSON> -->
 *
 * The JSON maps a short hash of each problem's key to its first-seen time
 * (ISO 8601 UTC to the second). Hashing keeps the line small and free of
 * names, and base64url keeps it from ending the HTML comment. Whatever the
 * line holds is untrusted (anyone who can edit the issue can edit it): only
 * well-formed entries not later than now are kept. Pure.
 */
import { createHash } from 'node:crypto';

/** First-seen time by problem key. */
export type FirstSeenState = ReadonlyMap<string, string>;

export const NO_FIRST_SEEN: FirstSeenState = new Map();

const STATE_PREFIX = 'genesys-lambda-gitops:drift-state v1';
const ISO_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** Most entries read back from a body, whatever it holds. */
const MAX_ENTRIES_READ = 10_000;

/** `2026-11-24T12:00:05Z`: ISO 8601 in UTC, to the second. */
export function isoSecond(milliseconds: number): string {
  return new Date(Math.floor(milliseconds / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The hidden-state name of a problem key. */
function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 16);
}

/** When `key` was first seen: the carried time, or `now` for a new problem (or a carried time from the future). */
export function firstSeenOf(key: string, previous: FirstSeenState, now: string): string {
  const carried = previous.get(keyHash(key));
  return carried !== undefined && carried <= now ? carried : now;
}

/**
 * The hidden line for the problems of a report (key → first seen), with as
 * many entries as fit `maxChars` (in the order given: callers list the
 * longest-standing first, so those are the ones kept).
 */
export function firstSeenStateLine(entries: readonly { key: string; firstSeen: string }[], maxChars: number): string {
  const line = (state: Record<string, string>) =>
    `<!-- ${STATE_PREFIX} ${Buffer.from(JSON.stringify(state), 'utf8').toString('base64url')} -->`;
  const state: Record<string, string> = {};
  for (const entry of entries) {
    const hash = keyHash(entry.key);
    state[hash] = entry.firstSeen;
    if (line(state).length > maxChars) {
      delete state[hash];
      break;
    }
  }
  return line(state);
}

function decodeState(encoded: string): unknown {
  try {
    return JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The first-seen state carried in an issue body; empty when there is none or it is malformed. */
export function parseFirstSeenState(body: string): FirstSeenState {
  const match = new RegExp(`^<!-- ${STATE_PREFIX} ([A-Za-z0-9_-]*) -->$`, 'm').exec(body);
  const decoded = match?.[1] === undefined ? undefined : decodeState(match[1]);
  if (decoded === null || typeof decoded !== 'object' || Array.isArray(decoded)) return NO_FIRST_SEEN;
  const state = new Map<string, string>();
  for (const [hash, value] of Object.entries(decoded)) {
    if (state.size >= MAX_ENTRIES_READ) break;
    if (/^[A-Za-z0-9_-]{16}$/.test(hash) && typeof value === 'string' && ISO_SECOND.test(value) && !Number.isNaN(Date.parse(value))) {
      state.set(hash, value);
    }
  }
  return state;
}
