/**
 * The part of fetch the Genesys client uses (a method, headers, a string
 * body and an abort signal; the status, the headers and the body as text),
 * on node:http and node:https with keep-alive connections shared by every
 * Genesys call of the process, as fetch shares its pool.
 *
 * Why not Node's global fetch: in Node 20 its first call loads and compiles
 * undici (58–63 ms, on the critical path of every run: the sign-in is the
 * first call), and each call costs about 1 ms of CPU where this costs 0.4
 * (800 calls against a local server, 8 at a time). A plan makes a hundred
 * calls whose answers arrive eight at a time on one thread. `Headers` is
 * undici's too, so answers carry a header lookup of their own.
 *
 * What fetch did that callers rely on, kept: redirects are never followed
 * (the callers ask for redirect: 'manual' so a token reaches the configured
 * host only); answers are asked for compressed and decompressed; a leading
 * BOM is dropped from the text; a failure rejects with a TypeError whose
 * cause carries the socket's error code (ECONNREFUSED: nothing was sent);
 * an abort, in either the request or the body, rejects with the signal's
 * reason. An idle connection is closed after 4 s, or a second before the
 * server's Keep-Alive timeout, whichever is sooner, as undici does, so a
 * request is not sent on a connection the server is closing.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { HeaderLookup } from './rate-limit-headers.js';

/** What the Genesys client sends. */
export interface GenesysFetchRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Always manual here; named so that the global fetch, given the same request, behaves alike. */
  redirect?: 'manual';
}

/** What it reads of an answer. */
export interface GenesysFetchAnswer {
  status: number;
  headers: HeaderLookup;
  text(): Promise<string>;
}

/** The global fetch fits this too: tests may pass it, or a fake of it. */
export type GenesysFetch = (url: string, request: GenesysFetchRequest) => Promise<GenesysFetchAnswer>;

const IDLE_CONNECTION_MS = 4_000;
/**
 * The largest answer read, decompressed. Genesys' largest (a page of 100 actions with their
 * contracts) is a few MB; a gateway's runaway body or a compression bomb stops here, not at the
 * memory's end.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
};

export const nodeHttpFetch: GenesysFetch = (url, request) =>
  new Promise((resolve, reject) => {
    const { signal } = request;
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const target = new URL(url);
    const agent = target.protocol === 'https:' ? agents['https:'] : target.protocol === 'http:' ? agents['http:'] : undefined;
    if (agent === undefined) {
      reject(new TypeError(`the request failed: ${target.protocol} is not http: or https:`));
      return;
    }
    const headers: Record<string, string> = { 'Accept-Encoding': 'gzip, deflate, br', ...request.headers };
    const send = target.protocol === 'https:' ? https.request : http.request;
    const outgoing = send(target, { method: request.method, headers, agent });
    const onAbort = (): void => {
      outgoing.destroy();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    outgoing.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(new TypeError('the request failed', { cause: error }));
    });
    outgoing.on('response', (incoming) => {
      // From here the body is read under the same signal: text() settles it.
      signal?.removeEventListener('abort', onAbort);
      resolve({
        status: incoming.statusCode ?? 0,
        headers: headerLookup(incoming.headers),
        text: () => bodyText(incoming, signal),
      });
    });
    // The whole body in end(): Node sends its Content-Length, not a chunked body.
    outgoing.end(request.body);
  });

function headerLookup(headers: IncomingHttpHeaders): HeaderLookup {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

async function bodyText(incoming: IncomingMessage, signal: AbortSignal | undefined): Promise<string> {
  const onAbort = (): void => {
    incoming.destroy(signal?.reason instanceof Error ? signal.reason : undefined);
  };
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    const body = decoded(incoming);
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > MAX_ANSWER_BYTES) {
        body.destroy();
        incoming.destroy();
        throw new AnswerTooLarge();
      }
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof AnswerTooLarge) throw new TypeError(`the answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`);
    throw new TypeError('the answer was cut off', { cause: error });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

class AnswerTooLarge extends Error {}

/** The body as the server meant it: undone content codings, or the bytes as they came. */
function decoded(incoming: IncomingMessage): Readable {
  // No body to decode (a 204 or 304, or an empty one): a decoder would call the nothing truncated.
  if (incoming.statusCode === 204 || incoming.statusCode === 304 || incoming.headers['content-length'] === '0') return incoming;
  const coding = (incoming.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? createGunzip()
      : coding === 'deflate'
        ? createInflate()
        : coding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (decoder === undefined) return incoming;
  // pipeline: an answer cut off mid-body fails the decoder too, rather than leaving it waiting.
  return pipeline(incoming, decoder, () => undefined);
}
