/**
 * A server's error body as plain text for an error message. Genesys answers
 * errors as JSON (docs/reference/genesys-api.md §6, ErrorBody), but a gateway or
 * proxy in between may answer with an HTML page (`<center><h1>502 Bad
 * Gateway</h1>…`) or anything else. That text is reduced here to one short
 * line without markup, so no renderer (job summary, PR comment, annotation,
 * console) can be made to show a link, an image or a layout from it.
 * Renderers still escape what they print. Pure.
 */

/** Longest excerpt of a non-JSON body an error message carries. */
export const MAX_EXCERPT_CHARS = 160;
/** Longest server message (a JSON body's `message`) an error message carries. */
export const MAX_MESSAGE_CHARS = 600;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A non-JSON body as `an HTML page: "502 Bad Gateway nginx"` (markup) or
 * `"…text…"` (anything else), or undefined when nothing readable is left.
 */
export function describeNonJsonBody(body: string): string | undefined {
  const markup = looksLikeMarkup(body);
  const text = markup ? textOfMarkup(body) : body;
  const excerpt = quotedExcerpt(text, MAX_EXCERPT_CHARS);
  if (excerpt === undefined) return markup ? 'an HTML page' : undefined;
  return markup ? `an HTML page: ${excerpt}` : excerpt;
}

/** A message a server sent inside JSON: one line, no control characters, bounded; markup reduced as above. */
export function plainServerMessage(message: string): string {
  if (looksLikeMarkup(message)) return describeNonJsonBody(message) ?? 'an HTML page';
  return singleLine(message, MAX_MESSAGE_CHARS);
}

function looksLikeMarkup(text: string): boolean {
  return /<\s*(!doctype|html|head|body|center|h\d|p|div|title|pre|a|br|hr|img|script|style|table)\b/i.test(text);
}

/** The visible text of an HTML page: title and headings first come naturally; scripts, styles and comments dropped. */
function textOfMarkup(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<[^>]*>?/g, ' '),
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The text in double quotes, at most `max` characters, with quotes, backticks and angle brackets left out. */
function quotedExcerpt(text: string, max: number): string | undefined {
  const line = singleLine(text.replace(/["`<>]/g, ' '), max);
  return line === '' ? undefined : `"${line}"`;
}

/** One line: escape sequences and control characters removed, whitespace collapsed, cut at `max` with an ellipsis. */
function singleLine(text: string, max: number): string {
  const line = text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
