/**
 * A minimal Language Server Protocol client over stdio (JSON-RPC with
 * Content-Length framing), enough to drive a real language server the way
 * an editor does: initialize, push settings, open a document, read the
 * diagnostics it publishes, and answer the server's own requests.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

interface JsonRpcMessage {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface LspClient {
  request(method: string, params: unknown): Promise<unknown>;
  notify(method: string, params: unknown): void;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnosticsFor(uri: string, accept?: (diagnostics: LspDiagnostic[]) => boolean): Promise<LspDiagnostic[]>;
  stop(): Promise<void>;
}

export interface LspClientOptions {
  /** Answers the server's `workspace/configuration` requests, one value per requested section. */
  configuration: (section: string | undefined) => unknown;
  /** Fails a pending wait after this long. */
  timeoutMs: number;
}

function frame(message: JsonRpcMessage): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

/** Splits the byte stream into JSON-RPC messages. */
function messageReader(onMessage: (message: JsonRpcMessage) => void): (chunk: Buffer) => void {
  let buffer = Buffer.alloc(0);
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      const start = headerEnd + 4;
      if (buffer.length < start + length) return;
      onMessage(JSON.parse(buffer.subarray(start, start + length).toString('utf8')) as JsonRpcMessage);
      buffer = buffer.subarray(start + length);
    }
  };
}

/** Starts `command args` (which must speak LSP on stdio) and connects to it. */
export function startLspClient(command: string, args: readonly string[], options: LspClientOptions): LspClient {
  const server: ChildProcessWithoutNullStreams = spawn(command, [...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let nextId = 1;
  const pending = new Map<number | string, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const published = new Map<string, LspDiagnostic[][]>();
  const waiters: { uri: string; accept: (diagnostics: LspDiagnostic[]) => boolean; resolve: (value: LspDiagnostic[]) => void }[] = [];
  const send = (message: JsonRpcMessage) => server.stdin.write(frame(message));

  const answerServerRequest = (message: JsonRpcMessage) => {
    if (message.method === 'workspace/configuration') {
      const items = (message.params as { items?: { section?: string }[] } | undefined)?.items ?? [];
      send({ jsonrpc: '2.0', id: message.id!, result: items.map((item) => options.configuration(item.section)) });
    } else {
      // client/registerCapability, window/workDoneProgress/create, …: accepted, nothing to do.
      send({ jsonrpc: '2.0', id: message.id!, result: null });
    }
  };

  const onDiagnostics = (params: { uri: string; diagnostics: LspDiagnostic[] }) => {
    published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics]);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  };

  server.stdout.on(
    'data',
    messageReader((message) => {
      if (message.method !== undefined && message.id !== undefined) answerServerRequest(message);
      else if (message.method === 'textDocument/publishDiagnostics')
        onDiagnostics(message.params as { uri: string; diagnostics: LspDiagnostic[] });
      else if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`${message.error.code}: ${message.error.message}`));
        else waiting?.resolve(message.result);
      }
    }),
  );

  const withTimeout = <T>(promise: Promise<T>, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`language server: no ${what} within ${options.timeoutMs} ms`)), options.timeoutMs);
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });

  return {
    request(method, params) {
      const id = nextId++;
      const answer = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
      send({ jsonrpc: '2.0', id, method, params });
      return withTimeout(answer, `answer to ${method}`);
    },
    notify(method, params) {
      send({ jsonrpc: '2.0', method, params });
    },
    diagnosticsFor(uri, accept = () => true) {
      const already = (published.get(uri) ?? []).find(accept);
      if (already !== undefined) return Promise.resolve(already);
      return withTimeout(new Promise<LspDiagnostic[]>((resolve) => waiters.push({ uri, accept, resolve })), `diagnostics for ${uri}`);
    },
    async stop() {
      try {
        await this.request('shutdown', null);
        this.notify('exit', null);
      } finally {
        server.kill();
      }
    },
  };
}
