/**
 * Where two values differ, down to the leaves: a changed trust policy is
 * shown as the one condition that changed, not as two JSON lines that a
 * width limit cuts at the same prefix. Long leaves are cut around their
 * first difference, so both sides always show the part that differs. Pure.
 */

/** One difference inside a value, at `path` relative to it. */
export interface LeafDifference {
  path: (string | number)[];
  /** Absent when the leaf was added. */
  before?: unknown;
  /** Absent when the leaf was removed. */
  after?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every leaf that differs; arrays of equal length are compared item by item, others as one leaf. */
export function leafDifferences(before: unknown, after: unknown, path: (string | number)[] = []): LeafDifference[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      if (!(key in after)) return [{ path: [...path, key], before: before[key] }];
      if (!(key in before)) return [{ path: [...path, key], after: after[key] }];
      return leafDifferences(before[key], after[key], [...path, key]);
    });
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, index) => leafDifferences(item, after[index], [...path, index]));
  }
  return [{ path, before, after }];
}

/**
 * The two texts cut to at most `width` characters each, both windows
 * starting shortly before the first character where they differ.
 */
export function cutAroundDifference(before: string, after: string, width: number): [string, string] {
  if (before.length <= width && after.length <= width) return [before, after];
  let first = 0;
  while (first < before.length && first < after.length && before[first] === after[first]) first++;
  const start = Math.max(0, first - Math.floor(width / 4));
  const cut = (text: string): string => {
    const window = text.slice(start, start + width);
    return `${start > 0 ? '…' : ''}${window}${start + width < text.length ? '…' : ''}`;
  };
  return [cut(before), cut(after)];
}
