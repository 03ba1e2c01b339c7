/**
 * Request and success templates must parse as Velocity (Genesys renders
 * them with Apache Velocity; velocityjs is a faithful parser, save that it
 * lets a block go unclosed: velocity-blocks.ts reads the blocks first), and
 * the response translation map must hold valid JSONPaths.
 */
import { parse as parseVelocity } from 'velocityjs';
import type { DocumentFinding } from './document-finding.js';
import { findJsonPathError } from './jsonpath-syntax.js';
import type { PathSegment } from './manifest-document.js';
import { scanVelocityBlocks } from './velocity-blocks.js';

/**
 * Past these, velocityjs is not asked: its time grows with the square of a template's length (100,000
 * characters of `${input.a}` took 0.8 s, 200,000 took 3 s) and it recurses once per nested block.
 */
const MAX_PARSED_TEMPLATE_LENGTH = 65_536;
const MAX_PARSED_NESTING = 200;

/** Checks one Velocity template at `path`. */
export function checkVelocityTemplate(template: string, path: readonly PathSegment[], label: string): DocumentFinding[] {
  if (template.length > MAX_PARSED_TEMPLATE_LENGTH) return [unchecked(path, `${label} is ${template.length} characters long`)];
  const blocks = scanVelocityBlocks(template);
  const [outermost] = blocks.unclosed;
  if (outermost !== undefined) {
    const more = blocks.unclosed.length - 1;
    const { line, column, sourceLine } = positionIn(template, outermost.index);
    return [
      {
        code: 'GLG-VELOCITY',
        message: `${label} is not valid Velocity (line ${line} of the template): #${outermost.directive} is never closed with #end${more > 0 ? ` (nor ${more} more block${more === 1 ? '' : 's'} inside it)` : ''}`,
        path: [...path],
        within: { needle: sourceLine, columnOffset: column },
      },
    ];
  }
  if (blocks.maxDepth > MAX_PARSED_NESTING) return [unchecked(path, `${label} nests blocks ${blocks.maxDepth} deep`)];
  return parsedVelocity(template, path, label);
}

/** A template too large or deep to check offline: Genesys checks it when apply validates the draft. */
function unchecked(path: readonly PathSegment[], what: string): DocumentFinding {
  return {
    code: 'GLG-VELOCITY-UNCHECKED',
    message: `${what}: beyond what validate parses (${MAX_PARSED_TEMPLATE_LENGTH} characters, ${MAX_PARSED_NESTING} nested blocks), so it is checked only by Genesys, when apply validates the draft`,
    path: [...path],
  };
}

function positionIn(template: string, index: number): { line: number; column: number; sourceLine: string } {
  const before = template.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = template.indexOf('\n', index);
  return {
    line: before.split('\n').length,
    column: index - lineStart,
    sourceLine: template.slice(lineStart, lineEnd < 0 ? template.length : lineEnd),
  };
}

function parsedVelocity(template: string, path: readonly PathSegment[], label: string): DocumentFinding[] {
  try {
    parseVelocity(template);
    return [];
  } catch (error) {
    const details = error as { message?: string; hash?: { loc?: { first_line?: number; first_column?: number } } };
    const lines = String(details.message ?? error).split('\n');
    const expectation = describeExpectation(
      lines.find((line) => line.startsWith('Expecting')) ?? lines[lines.length - 1] ?? 'syntax error',
    );
    const line = details.hash?.loc?.first_line ?? 1;
    const column = details.hash?.loc?.first_column ?? 0;
    const sourceLine = template.split('\n')[line - 1] ?? '';
    return [
      {
        code: 'GLG-VELOCITY',
        message: `${label} is not valid Velocity (line ${line} of the template): ${expectation}`,
        path: [...path],
        within: { needle: sourceLine, columnOffset: column },
      },
    ];
  }
}

/** velocityjs token names → what a template author typed. */
const TOKEN_TEXT: Record<string, string> = {
  EOF: 'end of template',
  MAP_END: '"}"',
  VAR_END: '"}"',
  MAP_BEGIN: '"{"',
  DOT: '"."',
  BRACKET: '"["',
  CLOSE_BRACKET: '"]"',
  PARENTHESIS: '"("',
  CLOSE_PARENTHESIS: '")"',
  COMMA: '","',
  DOLLAR: '"$"',
  HASH: '"#"',
  ID: 'a name',
  CONTENT: 'text',
  EVAL_STRING: 'a quoted string',
  STRING: 'a quoted string',
  INTEGER: 'a number',
  SPACE: 'a space',
};

function tokenText(token: string): string {
  return TOKEN_TEXT[token] ?? `"${token}"`;
}

/** velocityjs lists every token it could accept; past a few, "unexpected X" says more. */
function describeExpectation(line: string): string {
  const match = /^Expecting (.*), got '([^']*)'$/.exec(line);
  if (!match) return line;
  const expected = [...new Set((match[1] ?? '').split(', ').map((token) => tokenText(token.replace(/^'|'$/g, ''))))];
  const got = tokenText(match[2] ?? '');
  return expected.length > 4 ? `unexpected ${got}` : `expected ${expected.join(' or ')}, found ${got}`;
}

/** Checks translation-map JSONPaths and that every default has an entry. */
export function checkTranslationMap(
  translationMap: Record<string, string>,
  defaults: Record<string, string>,
  path: readonly PathSegment[],
): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  for (const [name, jsonPath] of Object.entries(translationMap)) {
    const error = findJsonPathError(jsonPath);
    if (error) {
      findings.push({
        code: 'GLG-JSONPATH',
        message: `translationMap.${name} ${JSON.stringify(jsonPath)} is not a valid JSONPath: ${error.message}`,
        path: [...path, 'translationMap', name],
        within: { needle: jsonPath, columnOffset: error.index },
      });
    }
  }
  for (const name of Object.keys(defaults)) {
    if (!Object.hasOwn(translationMap, name)) {
      findings.push({
        code: 'GLG-TRANSLATION-DEFAULT',
        message: `translationMapDefaults.${name} has no translationMap entry named "${name}"`,
        path: [...path, 'translationMapDefaults', name],
        target: 'key',
      });
    }
  }
  return findings;
}
