/**
 * The Genesys client's transport against real local servers (HTTP, and
 * HTTPS with a self-signed certificate): what fetch did that the client
 * relies on, and the connection reuse that makes it cheaper.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES, nodeHttpFetch } from '../../../src/providers/genesys/node-http-fetch.js';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let handler: Handler = (_request, _body, response) => response.end();
const connections = new Set<Socket>();
let connectionCount = 0;

function listen(server: Server): Promise<string> {
  server.on('connection', (socket: Socket) => {
    connectionCount += 1;
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(String((server.address() as AddressInfo).port))));
}

const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => handler(request, Buffer.concat(chunks).toString('utf8'), response));
};
const plain = createServer(onRequest);
const tlsFixtures = join(import.meta.dirname, '../../fixtures/tls');
const secure = createTlsServer(
  { key: readFileSync(join(tlsFixtures, 'localhost-key.pem')), cert: readFileSync(join(tlsFixtures, 'localhost-cert.pem')) },
  onRequest,
);
let base = '';
let secureBase = '';

beforeAll(async () => {
  base = `http://127.0.0.1:${await listen(plain)}`;
  secureBase = `https://127.0.0.1:${await listen(secure)}`;
});
afterEach(() => {
  handler = (_request, _body, response) => response.end();
});
afterAll(async () => {
  for (const socket of connections) socket.destroy();
  await Promise.all([plain, secure].map((server) => new Promise((resolve) => server.close(resolve))));
});

const get = { method: 'GET', headers: {} };

describe('the Genesys transport (node:http)', () => {
  it('sends the method, headers and body, with the body length, and reads status, headers and text', async () => {
    let seen: { method?: string | undefined; headers?: IncomingMessage['headers']; body?: string } = {};
    handler = (request, body, response) => {
      seen = { method: request.method, headers: request.headers, body };
      response.writeHead(201, { 'inin-ratelimit-count': '3', 'Set-Cookie': ['a=1', 'b=2'] });
      response.end('{"id":"x"}');
    };
    const body = JSON.stringify({ name: 'Überprüfung ✓' });
    const answer = await nodeHttpFetch(`${base}/api/v2/integrations?x=1`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body,
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('ININ-RateLimit-Count')).toBe('3');
    expect(answer.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(answer.headers.get('retry-after')).toBeNull();
    expect(await answer.text()).toBe('{"id":"x"}');
    expect(seen.method).toBe('POST');
    expect(seen.headers?.authorization).toBe('Bearer t');
    expect(seen.headers?.['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(seen.headers?.['transfer-encoding']).toBeUndefined();
    expect(seen.body).toBe(body);
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('asks for compressed answers and undoes %s', async (coding, compress) => {
    let accepted: string | undefined;
    handler = (request, _body, response) => {
      accepted = request.headers['accept-encoding'];
      response.writeHead(200, { 'Content-Encoding': coding });
      response.end(compress(Buffer.from('{"entities":[]}')));
    };
    const answer = await nodeHttpFetch(`${base}/listing`, get);
    expect(await answer.text()).toBe('{"entities":[]}');
    expect(accepted).toContain(coding);
  });

  it.each([
    [204, {}],
    [200, { 'Content-Length': '0' }],
  ])('reads no body as empty text, even under a content coding (%i)', async (status, headers) => {
    handler = (_request, _body, response) => {
      response.writeHead(status, { 'Content-Encoding': 'gzip', ...headers });
      response.end();
    };
    expect(await (await nodeHttpFetch(`${base}/deleted`, { method: 'DELETE', headers: {} })).text()).toBe('');
  });

  it('drops a leading byte order mark, as fetch does', async () => {
    handler = (_request, _body, response) => response.end('\uFEFF{"a":1}');
    expect(await (await nodeHttpFetch(`${base}/bom`, get)).text()).toBe('{"a":1}');
  });

  it('never follows a redirect', async () => {
    let followed = false;
    handler = (request, _body, response) => {
      if (request.url === '/elsewhere') followed = true;
      response.writeHead(302, { Location: '/elsewhere' });
      response.end();
    };
    const answer = await nodeHttpFetch(`${base}/moved`, { ...get, redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/elsewhere');
    await answer.text();
    expect(followed).toBe(false);
  });

  it('keeps the connection for the next call', async () => {
    handler = (_request, _body, response) => response.end('ok');
    await (await nodeHttpFetch(`${base}/one`, get)).text();
    const before = connectionCount;
    for (let call = 0; call < 3; call += 1) await (await nodeHttpFetch(`${base}/again`, get)).text();
    expect(connectionCount).toBe(before);
  });

  it('rejects a refused connection with the code that says nothing was sent', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const failure = (await nodeHttpFetch(`http://127.0.0.1:${port}/`, get).catch((error: unknown) => error)) as TypeError;
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('rejects an answer cut off mid-body as a failure, not as text', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'Content-Length': '100' });
      response.write('{"partial":');
      setTimeout(() => response.socket?.destroy(), 10);
    };
    const answer = await nodeHttpFetch(`${base}/cut`, get);
    await expect(answer.text()).rejects.toThrow(/the answer was cut off/);
  });

  it('rejects a compressed answer cut off mid-body too', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': '100' });
      response.write(gzipSync(Buffer.from('x'.repeat(10_000))).subarray(0, 20));
      setTimeout(() => response.socket?.destroy(), 10);
    };
    const answer = await nodeHttpFetch(`${base}/cut-gzip`, get);
    await expect(answer.text()).rejects.toThrow(/the answer was cut off/);
  });

  it('stops reading an answer that decompresses past the limit (a compression bomb)', async () => {
    // Gzip members one after another are one body: 1 MiB of zeros, compressed once, repeated.
    const member = gzipSync(Buffer.alloc(1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: MAX_ANSWER_BYTES / (1024 * 1024) + 1 }, () => member));
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'Content-Encoding': 'gzip' });
      response.end(bomb);
    };
    const answer = await nodeHttpFetch(`${base}/bomb`, get);
    await expect(answer.text()).rejects.toThrow(/the answer is larger than 64 MiB/);
  });

  it("rejects with the signal's reason when aborted before the answer or during its body", async () => {
    const reason = new Error('client timeout');
    handler = () => undefined; // never answers
    const waiting = new AbortController();
    setTimeout(() => waiting.abort(reason), 20);
    await expect(nodeHttpFetch(`${base}/hang`, { ...get, signal: waiting.signal })).rejects.toBe(reason);

    handler = (_request, _body, response) => {
      response.writeHead(200);
      response.write('{"slow":');
    };
    const reading = new AbortController();
    const answer = await nodeHttpFetch(`${base}/slow-body`, { ...get, signal: reading.signal });
    setTimeout(() => reading.abort(reason), 20);
    await expect(answer.text()).rejects.toBe(reason);

    const already = new AbortController();
    already.abort(reason);
    await expect(nodeHttpFetch(`${base}/never`, { ...get, signal: already.signal })).rejects.toBe(reason);
  });

  it('speaks TLS to an https: URL and refuses a certificate it cannot verify', async () => {
    handler = (_request, _body, response) => response.end('secure');
    const failure = (await nodeHttpFetch(`${secureBase}/`, get).catch((error: unknown) => error)) as TypeError;
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure.cause as { code?: string }).code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');

    // Told not to verify (the variable Node reads at each TLS connection), the same call goes through.
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      expect(await (await nodeHttpFetch(`${secureBase}/`, get)).text()).toBe('secure');
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
    }
  });

  it('refuses a URL that is neither http: nor https:', async () => {
    await expect(nodeHttpFetch('ftp://127.0.0.1/', get)).rejects.toThrow(/ftp: is not http: or https:/);
  });
});
