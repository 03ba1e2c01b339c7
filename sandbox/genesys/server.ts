/**
 * A local, stateful stand-in for Genesys Cloud: the OAuth login host and the
 * `/api/v2` subset this project uses, served by one HTTP server on loopback.
 * Faithful to docs/reference/genesys-api.md (see README.md beside this file for
 * every ❓ choice it makes). Used by tests, the demo, the bench and
 * `npm run sandbox`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { errorBody, GenesysApiError } from './api-error.js';
import { createActionRunner, type LambdaHandler } from './action-runner.js';
import { nameBeforeWrite, recordApiWrite } from './audit-trail.js';
import { createFaultController, type FaultController } from './fault-controller.js';
import { createTokenIssuer } from './oauth-tokens.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';
import type { CredentialFieldRedaction, Route, RouteContext, RouteResponse, SandboxSettings } from './route.js';
import { createSandboxState, type SandboxState } from './sandbox-state.js';
import { seededRandom } from './seeded-random.js';
import { createUiConsole, DEFAULT_UI_USER, type UiConsole } from './ui-console.js';
import { actionRoutes } from './routes/action-routes.js';
import { architectRoutes } from './routes/architect-routes.js';
import { createArchitectController, type ArchitectController } from './architect-controller.js';
import { auditRoutes } from './routes/audit-routes.js';
import { credentialRoutes } from './routes/credential-routes.js';
import { draftRoutes } from './routes/draft-routes.js';
import { integrationRoutes } from './routes/integration-routes.js';
import { organizationRoutes } from './routes/organization-routes.js';
import { runRoutes } from './routes/run-routes.js';
import { userRoutes } from './routes/user-routes.js';

export type { LambdaHandler } from './action-runner.js';
export type { FaultController, FaultSpec } from './fault-controller.js';
export type { ArchitectController, FlowDeclaration } from './architect-controller.js';
export type { SandboxState } from './sandbox-state.js';
export type { UiConsole } from './ui-console.js';
export { DEFAULT_UI_USER } from './ui-console.js';

/** Options for {@link startGenesysSandbox}; every one has a default. */
export interface GenesysSandboxOptions {
  /** Port on 127.0.0.1; default 0 (a free port). */
  port?: number;
  /** The org id (the ExternalId roles must require); default a fixed UUID. */
  orgId?: string;
  /** AWS region of the org; decides the Genesys account that "assumes" roles. Default us-east-1. */
  region?: string;
  clientId?: string;
  clientSecret?: string;
  /** Access-token lifetime; default 86399. */
  tokenLifetimeSeconds?: number;
  /** moto (or AWS) endpoint used to read IAM roles when running actions; default `AWS_ENDPOINT_URL`. */
  awsEndpoint?: string;
  /** Credentials for those reads (a moto with authorization on needs real keys); default the ambient ones. */
  awsCredentials?: { accessKeyId: string; secretAccessKey: string };
  /** Lambda function NAME → module path exporting `handler(event, context)`, or the function itself. */
  lambdaHandlers?: Record<string, string | LambdaHandler>;
  /** Added to every request; {@link GenesysSandbox.setLatency} changes it later. */
  latencyMs?: number;
  /**
   * Requests each token's 60 s window admits (rate-limiter.ts): every API answer carries the
   * `inin-ratelimit-*` headers, and requests past the allowance get 429 with Retry-After. Default
   * {@link GENESYS_REQUESTS_PER_MINUTE}, as Genesys does; `false` answers without the headers and
   * without a limit (what a client sees behind a proxy that strips them).
   */
  rateLimitPerMinute?: number | false;
  /** Seed for fault rates; default 1. */
  seed?: number;
  /** Clock for token expiry, rate limiting and timestamps. */
  now?: () => number;
  /** How GET on a credential shows its fields; default 'none' (see README: ❓ in the reference). */
  credentialFieldRedaction?: CredentialFieldRedaction;
  /** Return action templates as `…TemplateUri` instead of inline text; default false. */
  templatesAsUris?: boolean;
  /** Reads of an integration that report ACTIVATING/DEACTIVATING before it settles; default 1. */
  activationReads?: number;
  /** Whether the realtime audit query's `expand=user` names the user; default true (see routes/audit-routes.ts). */
  auditUserNames?: boolean;
}

/** One request as the sandbox saw it (no Authorization header, no secrets). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The HTTP status answered; -1 for a dropped connection, -2 for a request held by a `timeout` fault. */
  status: number;
  /** Parsed JSON body (or the form fields of /oauth/token without credentials). */
  body: unknown;
  at: number;
}

/** A running sandbox. */
export interface GenesysSandbox {
  url: string;
  host: '127.0.0.1';
  port: number;
  protocol: 'http';
  clientId: string;
  clientSecret: string;
  orgId: string;
  /** Environment for pointing a client (CX as Code names) at the sandbox. */
  env: Record<string, string>;
  faults: FaultController;
  /** Test control of flows that use actions, the dependency-tracking build status and Architect permissions. */
  architect: ArchitectController;
  requests: RecordedRequest[];
  state: SandboxState;
  /** Edits "in the Genesys UI": changes the org and records who did it in the audit trail. */
  ui: UiConsole;
  /** The latency added to every request from now on: a test can set up without it and measure with it. */
  setLatency(latencyMs: number): void;
  stop(): Promise<void>;
}

export const DEFAULT_SANDBOX_ORG_ID = '6f1c2a5e-8d3b-4e7a-9c10-2b5d4f6a8e01';
export const DEFAULT_SANDBOX_CLIENT_ID = 'sandbox-client-id';
export const DEFAULT_SANDBOX_CLIENT_SECRET = 'sandbox-client-secret';
/** Requests per token per 60 s window that Genesys admits (reference §6); the sandbox enforces it unless told otherwise. */
export const GENESYS_REQUESTS_PER_MINUTE = 300;

const ROUTES: Route[] = [
  ...organizationRoutes,
  ...credentialRoutes,
  ...draftRoutes,
  ...runRoutes,
  ...actionRoutes,
  ...integrationRoutes,
  ...architectRoutes,
  ...auditRoutes,
  ...userRoutes,
];

const MAX_BODY_BYTES = 512_000; // `request.bytes.max` (reference §6)

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new GenesysApiError(413, 'request.entity.too.large', `The request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new GenesysApiError(400, 'bad.request', 'The request could not be understood by the server due to malformed syntax.');
  }
}

function send(response: ServerResponse, answer: RouteResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  let payload = '';
  if (answer.text !== undefined) {
    headers['content-type'] = `${answer.contentType ?? 'text/plain'}; charset=utf-8`;
    payload = answer.text;
  } else if (answer.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(answer.body);
  }
  response.writeHead(answer.status, headers);
  response.end(payload);
}

function errorAnswer(error: GenesysApiError): RouteResponse {
  return { status: error.status, body: error.toBody(), headers: error.headers };
}

/** Starts the sandbox and resolves once it listens. */
export async function startGenesysSandbox(options: GenesysSandboxOptions = {}): Promise<GenesysSandbox> {
  const now = options.now ?? Date.now;
  const clientId = options.clientId ?? DEFAULT_SANDBOX_CLIENT_ID;
  const clientSecret = options.clientSecret ?? DEFAULT_SANDBOX_CLIENT_SECRET;
  const settings: SandboxSettings = {
    orgId: options.orgId ?? DEFAULT_SANDBOX_ORG_ID,
    orgName: 'Genesys Sandbox Org',
    region: options.region ?? 'us-east-1',
    credentialFieldRedaction: options.credentialFieldRedaction ?? 'none',
    templatesAsUris: options.templatesAsUris ?? false,
    activationReads: options.activationReads ?? 1,
    auditUserNames: options.auditUserNames ?? true,
    now,
  };
  const state = createSandboxState();
  state.users.set(DEFAULT_UI_USER.id, { ...DEFAULT_UI_USER });
  const random = seededRandom(options.seed ?? 1);
  const faults = createFaultController(random);
  const tokens = createTokenIssuer({ clientId, clientSecret, lifetimeSeconds: options.tokenLifetimeSeconds ?? 86399, now });
  const requestsPerMinute = options.rateLimitPerMinute ?? GENESYS_REQUESTS_PER_MINUTE;
  const limiter: RateLimiter | undefined = requestsPerMinute === false ? undefined : createRateLimiter(requestsPerMinute, now);
  const runner = createActionRunner({
    orgId: settings.orgId,
    region: settings.region,
    awsEndpoint: options.awsEndpoint ?? process.env.AWS_ENDPOINT_URL,
    ...(options.awsCredentials === undefined ? {} : { awsCredentials: options.awsCredentials }),
    lambdaHandlers: options.lambdaHandlers ?? {},
  });
  const context: RouteContext = { state, settings, runner };
  const requests: RecordedRequest[] = [];
  let latencyMs = options.latencyMs ?? 0;
  const sockets = new Set<Socket>();

  async function answer(
    method: string,
    path: string,
    query: URLSearchParams,
    request: IncomingMessage,
    record: RecordedRequest,
    responseHeaders: Record<string, string>,
  ) {
    if (method === 'POST' && path === '/oauth/token') {
      const form = await readBody(request);
      // Record the grant type only: the form never carries the secret, but keep it that way.
      record.body = { grant_type: new URLSearchParams(form).get('grant_type') };
      const outcome = tokens.grant(request.headers.authorization, form);
      return { status: outcome.status, body: outcome.body };
    }
    if (!path.startsWith('/api/v2/')) throw new GenesysApiError(404, 'not.found', `No resource at ${path}`);

    const auth = tokens.check(request.headers.authorization);
    if (auth !== 'valid') {
      const messages = {
        missing: 'No authentication bearer token specified in authorization header.',
        expired: 'The access token has expired.',
        unknown: 'Invalid login credentials: the bearer token in the authorization header is not known.',
      };
      const message = messages[auth];
      throw new GenesysApiError(401, auth === 'missing' ? 'authentication.required' : 'bad.credentials', message);
    }
    if (limiter) {
      const decision = limiter.take(request.headers.authorization ?? '');
      Object.assign(responseHeaders, decision.headers);
      if (!decision.allowed) {
        throw new GenesysApiError(
          429,
          'too.many.requests',
          `Rate limit exceeded the maximum [${String(requestsPerMinute)}] requests within [60] seconds`,
          {},
          { 'retry-after': String(decision.retryAfterSeconds) },
        );
      }
    }

    const body = parseJson(await readBody(request));
    record.body = body;
    let methodAllowed = false;
    for (const route of ROUTES) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      if (route.method !== method) {
        methodAllowed = true;
        continue;
      }
      const params = match.slice(1).map((value) => decodeURIComponent(value ?? ''));
      const nameBefore = nameBeforeWrite(state, method, path);
      const answered = await route.handle({ method, path, params, query, body, headers: request.headers }, context);
      recordApiWrite(state, settings, { method, path, status: answered.status, responseBody: answered.body, clientId, nameBefore });
      return answered;
    }
    if (methodAllowed) throw new GenesysApiError(405, 'method.not.allowed', `${method} is not allowed on ${path}`);
    throw new GenesysApiError(404, 'not.found', `No resource at ${path}`);
  }

  const server = createServer((request, response) => {
    void (async () => {
      const method = (request.method ?? 'GET').toUpperCase();
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname;
      const record: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), status: 0, body: undefined, at: now() };
      requests.push(record);
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));

      const fault = faults.match(method, path);
      if (fault?.status === 'drop') {
        record.status = -1;
        request.socket.destroy();
        return;
      }
      if (fault?.status === 'timeout') {
        record.status = -2; // never answered; the socket is destroyed on stop()
        return;
      }
      let result: RouteResponse;
      const rateHeaders: Record<string, string> = {};
      if (fault?.body !== undefined) {
        // A gateway's own page (an HTML 502, say): not a Genesys ErrorBody.
        result = { status: fault.status, text: fault.body, contentType: fault.contentType ?? 'text/html' };
      } else if (fault) {
        const status = fault.status;
        const headers: Record<string, string> = {};
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        const code =
          status === 429
            ? 'too.many.requests'
            : status === 503
              ? 'service.unavailable'
              : status >= 500
                ? 'internal.server.error'
                : 'bad.request';
        result = { status, body: errorBody(status, code, `Injected fault: HTTP ${status}`), headers };
      } else {
        try {
          result = await answer(method, path, url.searchParams, request, record, rateHeaders);
        } catch (error) {
          result =
            error instanceof GenesysApiError
              ? errorAnswer(error)
              : { status: 500, body: errorBody(500, 'internal.server.error', `Sandbox error: ${(error as Error).message}`) };
        }
      }
      record.status = result.status;
      send(response, { ...result, headers: { ...rateHeaders, ...result.headers } });
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the Genesys sandbox could not read its port');
  const port = address.port;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    host: '127.0.0.1',
    port,
    protocol: 'http',
    clientId,
    clientSecret,
    orgId: settings.orgId,
    env: {
      GENESYSCLOUD_OAUTHCLIENT_ID: clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret,
      GENESYSCLOUD_REGION: settings.region,
      GENESYSCLOUD_GATEWAY_HOST: '127.0.0.1',
      GENESYSCLOUD_GATEWAY_PORT: String(port),
      GENESYSCLOUD_GATEWAY_PROTOCOL: 'http',
    },
    faults,
    architect: createArchitectController(state),
    requests,
    state,
    ui: createUiConsole(state, settings),
    setLatency: (next) => {
      latencyMs = next;
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
