/**
 * Local stand-ins for Lambda functions: a function name maps to a module
 * exporting `handler(event, context)` (like the examples/lambdas files) or
 * to the handler itself.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Node.js Lambda context subset a handler can rely on. */
export interface LambdaContext {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  awsRequestId: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
  /** ⚠️ Genesys passes `config.request.headers` and ININ-* headers here (inferred from Function data actions). */
  clientContext: Record<string, string>;
  callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis(): number;
}

/** A Lambda handler. */
export type LambdaHandler = (event: unknown, context: LambdaContext) => unknown;

/** The parts of a function ARN. */
export interface FunctionArn {
  arn: string;
  region: string;
  accountId: string;
  name: string;
  qualifier?: string;
}

/** Parses `arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]`. */
export function parseFunctionArn(arn: string): FunctionArn | undefined {
  const match = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9_$-]+))?$/.exec(arn);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const parsed: FunctionArn = { arn, region: match[1], accountId: match[2], name: match[3] };
  if (match[4]) parsed.qualifier = match[4];
  return parsed;
}

/** Resolves function names to handlers, importing modules once. */
export interface HandlerRegistry {
  find(functionName: string): Promise<LambdaHandler | undefined>;
}

/**
 * A registry over `name → module path | handler`; relative paths resolve from the working directory.
 * The modules are imported as the registry is made, as a deployed function's code is there before
 * anything invokes it: the first action run of a sandbox does not wait for an import (tens of ms
 * through a TypeScript loader). A module that fails to import fails the runs that need it.
 */
export function createHandlerRegistry(handlers: Record<string, string | LambdaHandler>): HandlerRegistry {
  const loaded = new Map<string, Promise<LambdaHandler>>();
  for (const [functionName, entry] of Object.entries(handlers)) {
    if (typeof entry !== 'string') continue;
    const path = isAbsolute(entry) ? entry : resolve(process.cwd(), entry);
    const pending = import(pathToFileURL(path).href).then((module: { handler?: unknown }) => {
      if (typeof module.handler !== 'function') throw new Error(`${entry} does not export a handler function`);
      return module.handler as LambdaHandler;
    });
    // Reported to the run that finds it, not as an unhandled rejection of a sandbox that never runs it.
    pending.catch(() => undefined);
    loaded.set(functionName, pending);
  }
  return {
    find(functionName) {
      const entry = handlers[functionName];
      if (entry === undefined) return Promise.resolve(undefined);
      if (typeof entry === 'function') return Promise.resolve(entry);
      return loaded.get(functionName) ?? Promise.resolve(undefined);
    },
  };
}
