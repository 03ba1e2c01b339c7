/**
 * First stage of the loader: bytes → text, refusing what is not a text
 * manifest before any parser sees it (huge files, binary, non-UTF-8).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_MANIFEST_FILE_BYTES, type ManifestFile } from './manifest-file.js';
import { FILE_START, positionInText } from './source-position.js';

/** The text of a file, or the reason it cannot be read as a manifest. */
export type DecodedFile = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Checks size, NUL bytes and UTF-8, strips a BOM, and returns the text. */
export function decodeManifestFile(file: ManifestFile): DecodedFile {
  const { bytes } = file;
  if (bytes.byteLength > MAX_MANIFEST_FILE_BYTES) {
    return failure(
      file,
      'GLG-FILE-TOO-LARGE',
      `file is ${bytes.byteLength} bytes; manifests are limited to ${MAX_MANIFEST_FILE_BYTES} bytes (1 MiB)`,
      FILE_START,
    );
  }
  const start = bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2] ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const position = endOf(new TextDecoder('utf-8').decode(body.subarray(0, nul)));
    return failure(file, 'GLG-FILE-BINARY', 'file contains NUL bytes: it is binary (or UTF-16), not a YAML or JSON manifest', {
      start: position,
      end: position,
    });
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const offset = firstInvalidUtf8Offset(body);
    const position = endOf(new TextDecoder('utf-8').decode(body.subarray(0, offset)));
    return failure(
      file,
      'GLG-FILE-ENCODING',
      `file is not valid UTF-8 (byte 0x${(body[offset] ?? 0).toString(16).padStart(2, '0')} at byte offset ${offset + start}); save it as UTF-8`,
      { start: position, end: position },
    );
  }
}

/** The position just after `text`. */
function endOf(text: string): { line: number; column: number } {
  return positionInText(text, text.length);
}

/**
 * Offset of the first byte of the first invalid sequence: the longest prefix
 * that decodes (allowing a cut multi-byte sequence at its end) ends where the
 * decoder choked; when that byte is ASCII, the sequence it broke started at
 * the preceding lead byte.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const end = longestValidPrefix(bytes);
  if ((bytes[end] ?? 0) < 0x80 || ((bytes[end] ?? 0) & 0xc0) === 0xc0) {
    for (let index = end - 1; index >= Math.max(0, end - 3); index--) {
      if (((bytes[index] ?? 0) & 0xc0) === 0xc0) return index;
    }
  }
  return end;
}

/** Binary search for the longest prefix that decodes strictly. */
function longestValidPrefix(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodesAsPrefix(bytes.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A prefix is fine when it decodes, allowing a multi-byte sequence cut at its end. */
function decodesAsPrefix(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function failure(
  file: ManifestFile,
  code: 'GLG-FILE-TOO-LARGE' | 'GLG-FILE-BINARY' | 'GLG-FILE-ENCODING',
  message: string,
  range: { start: { line: number; column: number }; end: { line: number; column: number } },
): DecodedFile {
  return { ok: false, diagnostic: { severity: 'error', code, message, file: file.path, start: range.start, end: range.end } };
}
