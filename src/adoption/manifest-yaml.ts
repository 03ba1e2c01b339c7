/**
 * Writes one manifest as a YAML file, the way `import` and `export` hand
 * manifests to people: a yaml-language-server modeline naming the kind's
 * schema (editors then complete and check it), optional comment lines,
 * block scalars for multi-line templates, and comments before chosen keys
 * (the `tests:` stub). Every string must come back byte for byte when the
 * file is loaded, templates above all: the text is parsed back and compared,
 * and where the readable form would change a string, every string is
 * written double-quoted instead (exact by construction). Pure and
 * deterministic: the same value gives the same bytes.
 */
import { Document, isMap, isPair, isScalar, parseAllDocuments, type Node } from 'yaml';
import { canonicalJson } from '../model/json.js';
import type { ManifestKind } from '../manifests/manifest-kinds.js';
import { DATA_ACTION_SCHEMA, ENVIRONMENT_SCHEMA, INTEGRATION_SCHEMA, ROLE_SCHEMA } from '../generated/manifest-schemas.js';

/** The `$id` of each kind's schema: what the modeline points editors at. */
const SCHEMA_IDS: Record<ManifestKind, unknown> = {
  Environment: ENVIRONMENT_SCHEMA['$id'],
  Role: ROLE_SCHEMA['$id'],
  Integration: INTEGRATION_SCHEMA['$id'],
  DataAction: DATA_ACTION_SCHEMA['$id'],
};

/** A comment placed on the line(s) before the key at `path`. */
export interface KeyComment {
  path: readonly string[];
  lines: readonly string[];
}

export interface ManifestYamlOptions {
  kind: ManifestKind;
  /** Comment lines after the modeline, before the document (without `#`). */
  header?: readonly string[];
  keyComments?: readonly KeyComment[];
}

/** The file text for one manifest document. */
export function renderManifestYaml(value: Record<string, unknown>, options: ManifestYamlOptions): string {
  const readable = render(value, options, 'readable');
  if (readsBackAs(readable, value)) return readable;
  const exact = render(value, options, 'exact');
  if (readsBackAs(exact, value)) return exact;
  // Double-quoted YAML can write every string; reaching this is a bug in this module, not bad input.
  throw new Error(`the ${options.kind} manifest could not be written as YAML that reads back unchanged`);
}

/** The `# yaml-language-server: $schema=…` line for a kind. */
export function schemaModeline(kind: ManifestKind): string {
  return `# yaml-language-server: $schema=${String(SCHEMA_IDS[kind])}`;
}

function render(value: Record<string, unknown>, options: ManifestYamlOptions, style: 'readable' | 'exact'): string {
  const document = new Document(value);
  for (const comment of options.keyComments ?? []) {
    const key = keyNodeAt(document.contents, comment.path);
    if (key) key.commentBefore = comment.lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  }
  const body = document.toString(
    style === 'readable'
      ? { lineWidth: 0, blockQuote: 'literal', indentSeq: true }
      : { lineWidth: 0, blockQuote: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', indentSeq: true },
  );
  const header = (options.header ?? []).map((line) => (line === '' ? '#' : `# ${line}`));
  return [schemaModeline(options.kind), ...header, body].join('\n');
}

/** The key node of the pair at `path` (object keys only). */
function keyNodeAt(root: Node | null, path: readonly string[]): Node | undefined {
  let node: Node | null = root;
  let key: Node | undefined;
  for (const segment of path) {
    if (!node || !isMap(node)) return undefined;
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
    if (!pair || !isScalar(pair.key)) return undefined;
    key = pair.key;
    node = (pair.value as Node | null) ?? null;
  }
  return key;
}

/** True when the text parses (as the manifest loader parses it) to exactly `value`. */
function readsBackAs(text: string, value: Record<string, unknown>): boolean {
  const documents = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(documents) || documents.length !== 1) return false;
  const [document] = documents;
  if (!document || document.errors.length > 0) return false;
  return canonicalJson(document.toJS()) === canonicalJson(value);
}
