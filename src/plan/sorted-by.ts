/** Deterministic ordering of plan inputs, so the same inputs always give the same plan. */
import { compareText } from '../model/compare-text.js';

/** A sorted copy of `items`, by the text `key` gives (code-unit order); the input is not touched. */
export function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareText(key(a), key(b)));
}
