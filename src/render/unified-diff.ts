/**
 * Line-based unified diff (the `diff -u` format GitHub colours inside a
 * ```diff fence), for templates, contracts and policy documents. Pure.
 */

/** Longest-common-subsequence tables grow with the product of the line counts; beyond this, show a full rewrite. */
const MAX_LCS_CELLS = 4_000_000;

type Edit = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
}

function editScript(before: string[], after: string[]): Edit[] {
  if (before.length * after.length > MAX_LCS_CELLS) {
    return [...before.map((line) => ({ kind: '-' as const, line })), ...after.map((line) => ({ kind: '+' as const, line }))];
  }
  const rows = before.length + 1;
  const columns = after.length + 1;
  const table = new Uint32Array(rows * columns);
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i * columns + j] =
        before[i] === after[j]
          ? (table[(i + 1) * columns + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * columns + j] ?? 0, table[i * columns + j + 1] ?? 0);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      edits.push({ kind: ' ', line: before[i] ?? '' });
      i++;
      j++;
    } else if ((table[(i + 1) * columns + j] ?? 0) >= (table[i * columns + j + 1] ?? 0)) {
      edits.push({ kind: '-', line: before[i] ?? '' });
      i++;
    } else {
      edits.push({ kind: '+', line: after[j] ?? '' });
      j++;
    }
  }
  while (i < before.length) edits.push({ kind: '-', line: before[i++] ?? '' });
  while (j < after.length) edits.push({ kind: '+', line: after[j++] ?? '' });
  return edits;
}

/**
 * A unified diff of two texts with `context` lines around each change, or
 * the empty string when they are equal. Lines keep their content verbatim.
 */
export function unifiedDiff(before: string, after: string, options: { fromLabel: string; toLabel: string; context?: number }): string {
  const context = options.context ?? 3;
  const edits = editScript(splitLines(before), splitLines(after));
  const changed = edits.flatMap((edit, index) => (edit.kind === ' ' ? [] : [index]));
  if (changed.length === 0) return '';
  // Line numbers (1-based) of each edit in the old and new text.
  const oldNumbers: number[] = [];
  const newNumbers: number[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const edit of edits) {
    oldNumbers.push(oldLine);
    newNumbers.push(newLine);
    if (edit.kind !== '+') oldLine++;
    if (edit.kind !== '-') newLine++;
  }
  // Hunks: context around each change, merged when they touch.
  const ranges: [number, number][] = [];
  for (const index of changed) {
    const from = Math.max(0, index - context);
    const to = Math.min(edits.length, index + context + 1);
    const last = ranges[ranges.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  const lines = [`--- ${options.fromLabel}`, `+++ ${options.toLabel}`];
  for (const [from, to] of ranges) {
    const hunk = edits.slice(from, to);
    const oldCount = hunk.filter((edit) => edit.kind !== '+').length;
    const newCount = hunk.filter((edit) => edit.kind !== '-').length;
    const oldStart = (oldNumbers[from] ?? 1) - (oldCount === 0 ? 1 : 0);
    const newStart = (newNumbers[from] ?? 1) - (newCount === 0 ? 1 : 0);
    lines.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const edit of hunk) lines.push(`${edit.kind}${edit.line}`);
  }
  return lines.join('\n');
}
