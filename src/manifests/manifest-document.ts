/**
 * One YAML/JSON document of a manifest file: its plain data plus a source
 * map from JSON paths back to file:line:column. Every later stage reports
 * findings by path and lets the document turn the path into a location.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { positionAt, type SourceRange } from './source-position.js';

/** A step in a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** Which part of a `key: value` pair a location should cover. */
export type LocationTarget = 'value' | 'key';

/** A parsed document, located in its file. */
export interface ManifestDocument {
  file: string;
  /** 0-based position of the document in its file (multi-document YAML). */
  index: number;
  /** The document as plain data (own properties only; nothing inherited). */
  value: unknown;
  /**
   * The range of the node at `path`, or of the nearest ancestor that exists
   * when the node itself is missing (e.g. a required property).
   */
  locate(path: readonly PathSegment[], target?: LocationTarget): SourceRange;
  /**
   * The range of `needle` inside the scalar at `path` as written in the
   * source, when it can be found there (it cannot in folded scalars with
   * escapes); otherwise undefined and callers fall back to {@link locate}.
   */
  locateInScalar(path: readonly PathSegment[], needle: string): SourceRange | undefined;
}

interface Located {
  node: Node | null;
  keyNode: Node | null;
}

/** Builds a {@link ManifestDocument} over a parsed yaml Document. */
export function createManifestDocument(
  file: string,
  index: number,
  text: string,
  document: Document,
  lineCounter: LineCounter,
  value: unknown,
): ManifestDocument {
  const rangeOf = (node: Node): SourceRange | undefined => {
    const range = node.range;
    if (!range) return undefined;
    return { start: positionAt(lineCounter, range[0]), end: positionAt(lineCounter, range[1]) };
  };
  const documentStart = (): SourceRange => {
    const contents = document.contents;
    const range = contents ? rangeOf(contents) : undefined;
    if (range) return { start: range.start, end: range.start };
    const start = positionAt(lineCounter, document.range?.[0] ?? 0);
    return { start, end: start };
  };

  /** The nodes along `path`, and the first alias passed through (the anchor's text is shared by every alias). */
  const walk = (path: readonly PathSegment[]): Located[] & { alias?: Node } => {
    const trail: Located[] & { alias?: Node } = [{ node: document.contents, keyNode: null }];
    let node: Node | null = document.contents;
    for (const segment of path) {
      if (node && isAlias(node)) {
        trail.alias ??= node;
        node = (node.resolve(document) as Node | undefined) ?? null;
      }
      if (node && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
        if (!pair) break;
        node = (pair.value as Node | null) ?? null;
        trail.push({ node, keyNode: pair.key as Node });
      } else if (node && isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        node = item;
        trail.push({ node, keyNode: null });
      } else {
        break;
      }
    }
    return trail;
  };

  return {
    file,
    index,
    value,
    locate(path, target = 'value') {
      const trail = walk(path);
      // Inside an aliased node, point at the alias: that is where this use of the shared text is.
      if (trail.alias) return rangeOf(trail.alias) ?? documentStart();
      const exact = trail.length === path.length + 1;
      const last = trail[trail.length - 1] as Located;
      // A missing node is reported at its parent's key: `spec:` reads better than the first line of spec's body.
      const preferKey = target === 'key' || !exact;
      const chosen = preferKey && last.keyNode ? last.keyNode : (last.node ?? last.keyNode);
      return (chosen && rangeOf(chosen)) ?? documentStart();
    },
    locateInScalar(path, needle) {
      const trail = walk(path);
      if (trail.length !== path.length + 1 || trail.alias) return undefined;
      const node = trail[trail.length - 1]?.node;
      if (!node || !isScalar(node) || !node.range) return undefined;
      const source = text.slice(node.range[0], node.range[1]);
      const offset = source.indexOf(needle);
      if (offset === -1) return undefined;
      const absolute = node.range[0] + offset;
      return { start: positionAt(lineCounter, absolute), end: positionAt(lineCounter, absolute + needle.length) };
    },
  };
}

/** The text of a map key as data sees it. */
export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}
