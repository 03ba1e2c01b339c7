/**
 * The response translation map: each name is a JSONPath into the raw Lambda
 * result; its value reaches the success template as JSON text (so a string
 * keeps its quotes and templates write `${name}` unquoted), falling back to
 * `translationMapDefaults` (also JSON text) when the path finds nothing.
 */
import { JSONPath } from 'jsonpath-plus';

/** Paths that can select several nodes produce an array. */
function selectsMany(path: string): boolean {
  return /\*|\.\.|\?\(|,|:/.test(path.replace(/^\$\.?/, ''));
}

/** Names → JSON text, or the name of the first entry that resolved to nothing. */
export function applyTranslationMap(
  rawResult: unknown,
  translationMap: Record<string, string>,
  defaults: Record<string, string>,
): { values: Record<string, string> } | { missing: string } {
  const values: Record<string, string> = {};
  for (const [name, path] of Object.entries(translationMap)) {
    const found: unknown[] = JSONPath<unknown[]>({ path, json: rawResult as object, wrap: true });
    if (found.length === 0) {
      const fallback = defaults[name];
      if (fallback === undefined) return { missing: name };
      values[name] = fallback;
      continue;
    }
    values[name] = JSON.stringify(selectsMany(path) ? found : found[0]);
  }
  return { values };
}
