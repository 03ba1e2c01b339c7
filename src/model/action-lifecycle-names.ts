/**
 * The names this tool gives data actions while it replaces one (Genesys
 * cannot change a published action's contract or secure flag, so a replace
 * makes a new action and retires the old one):
 *
 * - `<name> (replacement <time>)`: the new action, drafted, tested and
 *   published under this name while the old one still holds the real name.
 * - `<name> (superseded <time>)`: the old action once the new one takes the
 *   real name. It keeps its id, so published Architect flows that call it go
 *   on working until they are republished onto the new action.
 *
 * `<time>` is ISO-8601 UTC to the second; a ` #2`, ` #3`, … counter keeps two
 * names made in the same second apart. Every name stays within Genesys' 256
 * characters (the action's own name is shortened to make room). Actions with
 * these names inside a declared integration are owned: the planner recognises
 * them by the pattern alone. Pure.
 */

/** Genesys accepts action names of 1–256 characters. */
export const MAX_ACTION_NAME_LENGTH = 256;

export type LifecycleNameKind = 'replacement' | 'superseded';

/** What a lifecycle name says about itself. */
export interface LifecycleName {
  kind: LifecycleNameKind;
  /** The action's own name (possibly shortened to fit). */
  baseName: string;
  /** `2026-12-01T10:42:07Z`; undefined for the fixed ` (replacement)` name older versions used. */
  at: string | undefined;
}

/** ` (<kind> <time>[ #n])`, or the bare ` (replacement)` of earlier versions. */
const PATTERN = / \((?:(replacement)|(replacement|superseded) (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)(?: #\d+)?)\)$/;

/** UTC to the second: `2026-12-01T10:42:07Z`. */
export function isoSecond(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function lifecycleName(kind: LifecycleNameKind, name: string, at: string, counter: number): string {
  const suffix = ` (${kind} ${at}${counter > 1 ? ` #${counter}` : ''})`;
  return `${name.slice(0, MAX_ACTION_NAME_LENGTH - suffix.length)}${suffix}`;
}

/** A lifecycle name for `name` at `epochMs` that is not in `taken` (names already used in the integration). */
export function uniqueLifecycleName(kind: LifecycleNameKind, name: string, epochMs: number, taken: ReadonlySet<string>): string {
  const at = isoSecond(epochMs);
  for (let counter = 1; ; counter += 1) {
    const candidate = lifecycleName(kind, name, at, counter);
    if (!taken.has(candidate)) return candidate;
  }
}

/** The temporary name of an action's replacement while the old action still holds the real name. */
export function replacementName(name: string, epochMs: number, taken: ReadonlySet<string> = new Set()): string {
  return uniqueLifecycleName('replacement', name, epochMs, taken);
}

/** The name an action keeps once its replacement has taken the real name. */
export function supersededName(name: string, epochMs: number, taken: ReadonlySet<string> = new Set()): string {
  return uniqueLifecycleName('superseded', name, epochMs, taken);
}

/** The parts of a lifecycle name, or undefined for an ordinary name. */
export function parseLifecycleName(name: string): LifecycleName | undefined {
  const match = PATTERN.exec(name);
  if (match === null) return undefined;
  const baseName = name.slice(0, match.index);
  if (baseName === '') return undefined;
  return { kind: (match[1] ?? match[2]) as LifecycleNameKind, baseName, at: match[3] };
}

/** Whether `lifecycle` was made from the action name `name` (allowing for the shortening that keeps it within 256). */
export function isLifecycleNameOf(lifecycle: LifecycleName, fullName: string, name: string): boolean {
  if (lifecycle.baseName === name) return true;
  return fullName.length === MAX_ACTION_NAME_LENGTH && name.startsWith(lifecycle.baseName);
}
