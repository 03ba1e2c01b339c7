/**
 * The Genesys sandbox in a worker thread of its own, for the bench: a real
 * Genesys does its work on its own machines, so the sandbox's CPU (routing,
 * body checks against the SDK models, running the Lambda handlers) must not
 * queue behind the client's on one event loop, where it would count as the
 * client's time. The bench talks to it over HTTP like any client, and asks
 * this handle for the requests it saw.
 */
import { Worker } from 'node:worker_threads';
import type { GenesysSandboxOptions } from '../sandbox/genesys/server.js';

/** One request as the bench counts it. */
export interface CountedRequest {
  method: string;
  path: string;
  status: number;
}

export type SandboxThreadRequest =
  { type: 'count' } | { type: 'requests'; from: number } | { type: 'copy-action'; copies: number; namePrefix: string };
export type SandboxThreadReply = { type: 'count'; count: number } | { type: 'requests'; requests: CountedRequest[] } | { type: 'done' };

export interface SandboxInThread {
  env: Record<string, string>;
  /** Requests the sandbox has seen so far. */
  requestCount(): Promise<number>;
  /** Requests the sandbox has seen from the `from`-th on. */
  requestsFrom(from: number): Promise<CountedRequest[]>;
  /** Puts `copies` copies of the org's only action into its state, named `namePrefix0001`…. */
  copyAction(copies: number, namePrefix: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startSandboxInThread(options: GenesysSandboxOptions): Promise<SandboxInThread> {
  // The bench runs under tsx, whose loader a worker thread does not inherit: the worker registers it, then loads the TypeScript entry.
  const loader = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./sandbox-thread.ts', import.meta.url).href)}); })`;
  const worker = new Worker(loader, { eval: true, workerData: options });
  const pending = new Map<number, { resolve: (reply: SandboxThreadReply) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const env = await new Promise<Record<string, string>>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { ready: { env: Record<string, string> } }) => resolve(message.ready.env));
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  worker.on('message', (message: { id: number; reply?: SandboxThreadReply; error?: string }) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiting?.reject(new Error(message.error));
    else if (message.reply) waiting?.resolve(message.reply);
  });
  const ask = (request: SandboxThreadRequest | { type: 'stop' }): Promise<SandboxThreadReply> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  return {
    env,
    requestCount: async () => {
      const reply = await ask({ type: 'count' });
      return reply.type === 'count' ? reply.count : 0;
    },
    requestsFrom: async (from) => {
      const reply = await ask({ type: 'requests', from });
      return reply.type === 'requests' ? reply.requests : [];
    },
    copyAction: async (copies, namePrefix) => {
      await ask({ type: 'copy-action', copies, namePrefix });
    },
    stop: async () => {
      await ask({ type: 'stop' });
      await worker.terminate();
    },
  };
}
