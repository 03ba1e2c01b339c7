/** Genesys accepts action names of 1–256 characters. */
const MAX_NAME_LENGTH = 256;
const SUFFIX = ' (replacement)';

/** The temporary name of an action's replacement while the old action still exists. */
export function replacementName(name: string): string {
  return `${name.slice(0, MAX_NAME_LENGTH - SUFFIX.length)}${SUFFIX}`;
}
