/**
 * Second stage of the loader: text → documents. YAML (multi-document) and
 * JSON both go through the `yaml` package (JSON is YAML 1.2), so both get
 * the same CST-based locations. Hostile shapes are refused here: alias
 * bombs, absurd nesting and keys that could pollute prototypes.
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.js';
import { createManifestDocument, keyText, type ManifestDocument } from './manifest-document.js';
import { positionAt, type SourceRange } from './source-position.js';
import { runStepwise, type Stepwise } from './stepwise.js';
import type { UnloadedIdentity } from './unloaded-resources.js';

/** Alias expansions allowed per document; legitimate manifests need a handful. */
export const MAX_ALIAS_COUNT = 100;
/** Nesting deeper than this is refused before any recursive code runs on it. */
export const MAX_NESTING_DEPTH = 200;
/** Keys refused anywhere: they could reach Object.prototype in careless code. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The documents of one file, and the findings that stop some of them. */
export interface ParsedFile {
  documents: ManifestDocument[];
  diagnostics: Diagnostic[];
  /** What the documents left out may declare, as far as it can be read (see unloaded-resources.ts). */
  unloaded: UnloadedIdentity[];
}

/** Parses one file's text; documents with syntax or hostile-input errors are left out. */
export function parseManifestText(file: string, text: string): ParsedFile {
  return runStepwise(parseManifestTextInSteps(file, text));
}

/** {@link parseManifestText}, yielding after each YAML document it reads and each it converts (stepwise.ts). */
export function* parseManifestTextInSteps(file: string, text: string): Stepwise<ParsedFile> {
  const lineCounter = new LineCounter();
  // What parseAllDocuments does, one document at a time: a file of a hundred manifests is ~40 ms of parsing.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true });
  const yamlDocuments: Document[] = [];
  for (const document of composer.compose(new Parser(lineCounter.addNewLine).parse(text))) {
    yamlDocuments.push(document);
    yield;
  }
  const diagnostics: Diagnostic[] = [];
  const at = (code: DiagnosticCode, message: string, range: SourceRange): void => {
    diagnostics.push({ severity: DIAGNOSTIC_CODES[code].severity, code, message, file, start: range.start, end: range.end });
  };
  const rangeOf = (offsets: readonly number[]): SourceRange => {
    const start = positionAt(lineCounter, offsets[0] ?? 0);
    return { start, end: positionAt(lineCounter, offsets[1] ?? offsets[0] ?? 0) };
  };

  for (const document of yamlDocuments) {
    for (const error of document.errors) at('GLG-YAML-SYNTAX', yamlErrorText(error.message), rangeOf(error.pos));
  }
  // A syntax error can shift what every later document of the file means: none of them is loaded.
  if (diagnostics.length > 0)
    return { documents: [], diagnostics, unloaded: yamlDocuments.map((document) => readableIdentity(document, text)) };

  const documents: ManifestDocument[] = [];
  const unloaded: UnloadedIdentity[] = [];
  for (const [index, document] of yamlDocuments.entries()) {
    yield;
    if (document.contents === null || isEmptyScalar(document.contents, text)) continue;
    const hostile = findHostileNode(document.contents);
    if (hostile) {
      at(hostile.code, hostile.message, rangeOf(hostile.node.range ?? [0]));
      unloaded.push(readableIdentity(document, text));
      continue;
    }
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // yaml throws a ReferenceError both for an alias with no anchor before it and past maxAliasCount.
      const unresolved =
        error instanceof ReferenceError && error.message.startsWith('Unresolved alias') ? unresolvedAliasName(error) : undefined;
      const alias = firstAlias(document.contents, unresolved);
      const message =
        unresolved !== undefined
          ? `alias *${unresolved} refers to no anchor: set &${unresolved} on a value before this alias`
          : error instanceof ReferenceError
            ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): this looks like an alias bomb`
            : `cannot read document: ${error instanceof Error ? error.message : String(error)}`;
      at(
        error instanceof ReferenceError && unresolved === undefined ? 'GLG-YAML-ALIAS-LIMIT' : 'GLG-YAML-SYNTAX',
        message,
        rangeOf(alias?.range ?? document.contents.range ?? [0]),
      );
      unloaded.push(readableIdentity(document, text));
      continue;
    }
    documents.push(createManifestDocument(file, index, text, document, lineCounter, value));
  }
  if (documents.length === 0 && diagnostics.length === 0) {
    at('GLG-EMPTY-FILE', 'file holds no manifest (it is empty or only comments); add a manifest or delete the file', rangeOf([0]));
    // Meant to hold a manifest, which could be any: nothing is assumed missing because of it.
    unloaded.push({});
  }
  return { documents, diagnostics, unloaded };
}

/**
 * The `kind` and `metadata.name` of a document that is not loaded, read from
 * its syntax tree as far as it parsed (nothing is converted to plain data, so
 * an alias bomb or a hostile key costs nothing here). A value written over
 * several lines, or not ending before the document's first syntax error, may
 * be cut or run on (an unclosed quote swallows what follows), so it is not
 * trusted: unknown.
 */
function readableIdentity(document: Document, text: string): UnloadedIdentity {
  const firstError = Math.min(...document.errors.map((error) => error.pos[0]));
  const scalarAt = (path: string[]): string | undefined => {
    try {
      const node: unknown = document.getIn(path, true);
      if (!isScalar(node) || typeof node.value !== 'string') return undefined;
      const [start, end] = node.range ?? [0, Infinity];
      return end <= firstError && !/[\r\n]/.test(text.slice(start, end)) ? node.value : undefined;
    } catch {
      return undefined;
    }
  };
  const kind = scalarAt(['kind']);
  const name = scalarAt(['metadata', 'name']);
  return { ...(kind === undefined ? {} : { kind }), ...(name === undefined ? {} : { name }) };
}

interface HostileNode {
  code: DiagnosticCode;
  message: string;
  node: Node;
}

/** Iterative walk (no recursion, so deep input cannot overflow the stack). */
function findHostileNode(root: Node): HostileNode | undefined {
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    if (depth > MAX_NESTING_DEPTH) {
      return { code: 'GLG-YAML-SYNTAX', message: `document is nested deeper than ${MAX_NESTING_DEPTH} levels`, node };
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (key && isScalar(key) && FORBIDDEN_KEYS.has(keyText(key))) {
          return {
            code: 'GLG-FORBIDDEN-KEY',
            message: `key "${keyText(key)}" is not allowed (it could tamper with object prototypes)`,
            node: key,
          };
        }
        if (key && !isScalar(key)) {
          return { code: 'GLG-YAML-SYNTAX', message: 'complex (non-scalar) mapping keys are not supported', node: key };
        }
        if (pair.value) stack.push({ node: pair.value as Node, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) stack.push({ node: item as Node, depth: depth + 1 });
    }
  }
  return undefined;
}

/** yaml's message, first line; its parser's own stack overflow (flow collections thousands deep) said plainly. */
function yamlErrorText(message: string): string {
  if (message.includes('Maximum call stack size exceeded')) {
    return `document is nested too deeply to read (more than ${MAX_NESTING_DEPTH} levels are refused anyway)`;
  }
  return firstLine(message);
}

/** yaml's "Unresolved alias (…): name" → name. */
function unresolvedAliasName(error: ReferenceError): string | undefined {
  return /: (\S+)$/.exec(error.message)?.[1];
}

/** The first alias, breadth first (the first of that name when one is given). */
function firstAlias(root: Node, name?: string): Node | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.shift() as Node;
    if (isAlias(node) && (name === undefined || node.source === name)) return node;
    if (isMap(node)) for (const pair of node.items) if (isPair(pair) && pair.value) stack.push(pair.value as Node);
    if (isSeq(node)) for (const item of node.items) if (item) stack.push(item as Node);
  }
  return undefined;
}

/** A document with nothing in it (e.g. after a trailing `---`) parses as an empty null scalar. */
function isEmptyScalar(node: Node, text: string): boolean {
  if (!isScalar(node) || node.value !== null || !node.range) return false;
  return text.slice(node.range[0], node.range[1]).trim() === '';
}

/** yaml messages end with a source excerpt when pretty; keep the sentence only. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
