/**
 * The thin HTTP client under the Genesys provider: node:http(s) (node-http-fetch.ts), OAuth
 * client credentials, a rate budget read from the server's rate-limit headers
 * (rate-budget.ts), retries bounded by time with a count as backstop (429 with
 * Retry-After, 5xx and network errors with jittered backoff, one token renewal
 * on 401), a timeout on every call, and paging. It knows nothing about data
 * actions; the provider builds on it. A token or GET answers asked for while
 * the manifests loaded (early-token.ts, early-reads.ts) are taken once each,
 * instead of asking again.
 *
 * Secrets: the client secret and every token are registered on creation and
 * scrubbed from every log line and error message this client produces.
 */
import { GenesysApiError, GenesysTransportError, parseErrorBody } from './genesys-api-error.js';
import { createAccessTokenCache, type AccessTokenCache, type IssuedToken } from './access-token-cache.js';
import type { EarlyAnswer, EarlyReads } from './early-reads.js';
import { createInFlightLimit, type InFlightLimit } from './in-flight-limit.js';
import type { GenesysFetch, GenesysFetchRequest } from './node-http-fetch.js';
import {
  basicAuthorization,
  CLIENT_USER_AGENT,
  issuedTokenOf,
  TOKEN_CONTENT_TYPE,
  TOKEN_PATH,
  TOKEN_REQUEST_BODY,
} from './oauth-token-request.js';
import { createRateBudget, type RateBudget, type RateBudgetPermit } from './rate-budget.js';
import type { HeaderLookup } from './rate-limit-headers.js';
import type { Clock, Sleep } from './request-rate-limiter.js';
import { backoffDelayMs, isNotProcessedStatus, isTransientStatus, retryAfterMs, type RetryPolicy } from './retry-policy.js';
import { mapConcurrently } from '../../model/map-concurrently.js';

/** Where diagnostics go (the action shell maps these to core.debug / core.warning). */
export interface GenesysLogger {
  debug(message: string): void;
  warning(message: string): void;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Query parameters; undefined members are left out. */
export type QueryParameters = Readonly<Record<string, string | number | boolean | undefined>>;

/** One call to the Genesys API. */
export interface GenesysRequest {
  method: HttpMethod;
  /** Path under the API host, starting with `/api/v2/`; may already carry a query string. */
  path: string;
  query?: QueryParameters;
  /** Sent as JSON. */
  body?: unknown;
  /** Abort after this long (default: the client's default timeout). */
  timeoutMs?: number;
  /**
   * Whether sending the call twice is harmless. Defaults to true for every
   * method but POST. Non-idempotent calls are retried only when the server
   * certainly did not carry them out (429, 503, connection refused), so a
   * create is never duplicated by a retry.
   */
  idempotent?: boolean;
  /**
   * Which error statuses are worth another attempt when repeating the call is harmless (default: every
   * 5xx, isTransientStatus). A data-action run passes isGatewayStatus: its 500 is the action's own failure.
   */
  retryStatus?: (status: number) => boolean;
  /**
   * Whether a call that got no complete answer within its timeout is sent again when repeating it is
   * harmless (default true). A data-action run says false: it already waited the action's own timeout.
   */
  retryTimeouts?: boolean;
  /** `json` (default) parses the body; `text` returns it as is (template files). */
  responseType?: 'json' | 'text';
  /**
   * Told how long the attempt that got the final answer took, from sending to the last byte: the
   * call's own latency, without the waits for the rate budget or between retries (latency checks).
   */
  onAnswer?: (elapsedMs: number) => void;
}

/** The listing envelope shared by Genesys' paged endpoints. */
export interface EntityListing<T> {
  entities?: T[];
  pageSize?: number;
  pageNumber?: number;
  total?: number;
  pageCount?: number;
  nextUri?: string;
}

export interface GenesysHttpClient {
  /** Sends one call with retries; resolves with the parsed body (undefined for an empty body). */
  request<T>(request: GenesysRequest): Promise<T>;
  /** Every entity of a paged listing, following pageCount / nextUri to the last page. */
  listAll<T>(path: string, query?: QueryParameters): Promise<T[]>;
}

export interface GenesysHttpClientOptions {
  apiBaseUrl: string;
  loginBaseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The transport (node-http-fetch.ts); a test may pass the global fetch or a fake of it. */
  fetch: GenesysFetch;
  sleep: Sleep;
  now: Clock;
  random: () => number;
  /** Ceiling on requests per minute; the server's rate-limit headers decide within it. */
  requestsPerMinute: number;
  pageSize: number;
  /**
   * Requests on the wire at once, and pages of one listing read at once once the first page gave
   * the page count (default 1).
   */
  concurrency?: number;
  defaultTimeoutMs: number;
  retryPolicy: RetryPolicy;
  logger: GenesysLogger;
  /** Called with the client secret at once and with every new token. */
  onSecret: (secret: string) => void;
  /** A token asked for before this client existed (early-token.ts): the first sign-in adopts it, or asks itself when it brought none. */
  earlyToken?: Promise<IssuedToken | undefined>;
  /** Answers to GETs asked for with that token (early-reads.ts): the first GET of such a path takes its answer instead of asking. */
  earlyReads?: EarlyReads;
}

/** Most pages one listing may have; reaching it is an error, never a silent truncation. */
const MAX_PAGES = 10_000;

/** Error codes of fetch's cause that mean no byte of the request reached the server. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** What every call of one client shares. */
interface ClientContext {
  options: GenesysHttpClientOptions;
  budget: RateBudget;
  inFlight: InFlightLimit;
  /** Replaces every registered secret in `text`. */
  redact: (text: string) => string;
  log: GenesysLogger;
}

/** How a call reaches its host: the API with a bearer token, or the login host for the token itself. */
interface Transport {
  baseUrl: string;
  /** The budget this transport's calls count against: the login host's, or one per access token. */
  budgetKey: (authorization: string) => string;
  authorization: () => Promise<string>;
  contentType?: string;
  payload?: string;
  /** Bearer calls renew the token once on 401: forgets the token this authorization carried. */
  renewToken?: (authorization: string) => void;
}

/** One answer, body read. */
interface Exchange {
  status: number;
  headers: HeaderLookup;
  text: string;
}

/** One call in flight: what its log lines name it, and what its retries have used so far. */
interface CallState {
  label: string;
  idempotent: boolean;
  /** Error statuses worth another attempt (besides 429 and a 401's token renewal). */
  retryStatus: (status: number) => boolean;
  /** When the first attempt was sent; retries stop once the policy's time budget from here is spent. */
  startedAt: number;
  /** Every wait taken so far; elapsed time is never taken as less (an instant test sleep on a real clock). */
  waitedMs: number;
  transientRetries: number;
  rateLimitRetries: number;
  rateLimitWaitedMs: number;
  renewedAfterUnauthorized: boolean;
}

/**
 * A retry the call may take: a pause of this call (with the warning that says why), a pause of every
 * call under the token (a 429: the rate budget holds them all), or a token renewal at once.
 */
type Retry =
  { kind: 'wait'; delayMs: number; warning: string } | { kind: 'rate-limited'; delayMs: number; warning: string } | { kind: 'renew-token' };

export function createGenesysHttpClient(options: GenesysHttpClientOptions): GenesysHttpClient {
  const secrets = createSecretRegistry(options.onSecret);
  secrets.register(options.clientSecret);
  const context: ClientContext = {
    options,
    budget: createRateBudget({ requestsPerMinute: options.requestsPerMinute, now: options.now, sleep: options.sleep }),
    inFlight: createInFlightLimit(options.concurrency ?? 1),
    redact: secrets.redact,
    log: {
      debug: (message) => options.logger.debug(secrets.redact(message)),
      warning: (message) => options.logger.warning(secrets.redact(message)),
    },
  };
  const tokens: AccessTokenCache = createAccessTokenCache({
    now: options.now,
    onToken: secrets.register,
    issue: () => issueToken(context),
    ...(options.earlyToken ? { early: options.earlyToken } : {}),
  });
  const bearerTransport: Transport = {
    baseUrl: options.apiBaseUrl,
    budgetKey: (authorization) => authorization,
    authorization: async () => `Bearer ${await tokens.get()}`,
    renewToken: (authorization) => tokens.invalidate(authorization.slice('Bearer '.length)),
  };
  const request = async <T>(call: GenesysRequest): Promise<T> => (await send(context, call, bearerTransport)) as T;
  return {
    request,
    listAll: (path, query = {}) =>
      readAllPages(request, path, query, { pageSize: options.pageSize, concurrency: options.concurrency ?? 1 }),
  };
}

/** The secrets this client knows, and how to keep them out of what it writes. */
function createSecretRegistry(onSecret: (secret: string) => void): {
  register: (secret: string) => void;
  redact: (text: string) => string;
} {
  const secrets = new Set<string>();
  return {
    register: (secret) => {
      if (secret === '' || secrets.has(secret)) return;
      secrets.add(secret);
      onSecret(secret);
    },
    redact: (text) => {
      let result = text;
      for (const secret of secrets) result = result.split(secret).join('***');
      return result;
    },
  };
}

async function issueToken(context: ClientContext): Promise<IssuedToken> {
  const { options } = context;
  const body = await send(
    context,
    { method: 'POST', path: TOKEN_PATH, idempotent: true },
    {
      baseUrl: options.loginBaseUrl,
      budgetKey: () => 'login',
      authorization: () => Promise.resolve(basicAuthorization(options.clientId, options.clientSecret)),
      contentType: TOKEN_CONTENT_TYPE,
      payload: TOKEN_REQUEST_BODY,
    },
  );
  const issued = issuedTokenOf(body);
  if (!issued) {
    throw new GenesysApiError({
      method: 'POST',
      path: TOKEN_PATH,
      status: 200,
      code: undefined,
      genesysMessage: 'the OAuth server answered without an access_token',
      contextId: undefined,
      body: undefined,
    });
  }
  return issued;
}

/** Sends one call, retrying as the policy allows; resolves with the parsed body. */
async function send(context: ClientContext, request: GenesysRequest, transport: Transport): Promise<unknown> {
  const displayPath = withQuery(request.path, request.query);
  const early = request.method === 'GET' ? context.options.earlyReads?.take(displayPath) : undefined;
  const answer = early && (await early);
  if (answer) return takeEarlyAnswer(context, request, displayPath, transport, answer);
  const url = `${transport.baseUrl}${displayPath}`;
  const timeoutMs = request.timeoutMs ?? context.options.defaultTimeoutMs;
  const call: CallState = {
    label: `Genesys API ${request.method} ${displayPath}`,
    idempotent: request.idempotent ?? request.method !== 'POST',
    retryStatus: request.retryStatus ?? isTransientStatus,
    startedAt: context.options.now(),
    waitedMs: 0,
    transientRetries: 0,
    rateLimitRetries: 0,
    rateLimitWaitedMs: 0,
    renewedAfterUnauthorized: false,
  };

  for (;;) {
    const authorization = await transport.authorization();
    const { sentAt, permit, attempt } = await context.inFlight.run(async () => {
      const permit = await context.budget.acquire(transport.budgetKey(authorization));
      const sentAt = context.options.now();
      return {
        sentAt,
        permit,
        attempt: await attemptOnce(context, url, requestInit(request, transport, authorization), timeoutMs, permit),
      };
    });
    if ('failure' in attempt) {
      const { failure } = attempt;
      const repeatable = call.idempotent && (failure.kind !== 'timeout' || request.retryTimeouts !== false);
      const retry = repeatable || failure.neverSent ? transientRetry(context, call, failure.detail) : undefined;
      if (!retry) throw new GenesysTransportError(request.method, displayPath, failure.kind, context.redact(failure.detail));
      await takeRetry(context, call, retry);
      continue;
    }

    const { exchange } = attempt;
    context.log.debug(`${call.label} → ${exchange.status}`);
    const renewToken = transport.renewToken;
    const retry = retryForStatus(context, call, exchange, renewToken && (() => renewToken(authorization)));
    permit.settle({ headers: exchange.headers, ...(retry?.kind === 'rate-limited' ? { pauseMs: retry.delayMs } : {}) });
    if (retry) {
      await takeRetry(context, call, retry);
      continue;
    }
    request.onAnswer?.(context.options.now() - sentAt);
    if (exchange.status < 200 || exchange.status > 299) throw apiError(context, request.method, displayPath, exchange);
    return parseBody(request, displayPath, exchange);
  }
}

/**
 * An answer asked for early, counted in the token's budget as the request it was (its rate-limit
 * headers are read like any answer's).
 */
async function takeEarlyAnswer(
  context: ClientContext,
  request: GenesysRequest,
  displayPath: string,
  transport: Transport,
  answer: EarlyAnswer,
): Promise<unknown> {
  const authorization = await transport.authorization();
  const permit = await context.budget.acquire(transport.budgetKey(authorization));
  permit.settle({ headers: answer.headers });
  context.log.debug(`Genesys API GET ${displayPath} → 200 (asked while the manifests loaded)`);
  return parseBody(request, displayPath, { status: 200, headers: answer.headers, text: answer.text });
}

/** One attempt: the answer, or why none came (the permit is settled then; with an answer the caller settles it). */
async function attemptOnce(
  context: ClientContext,
  url: string,
  init: ReturnType<typeof requestInit>,
  timeoutMs: number,
  permit: RateBudgetPermit,
): Promise<{ exchange: Exchange } | { failure: ReturnType<typeof describeTransportFailure> }> {
  try {
    return { exchange: await exchangeWithTimeout(context.options.fetch, url, init, timeoutMs) };
  } catch (error) {
    permit.settle(undefined);
    return { failure: describeTransportFailure(error, timeoutMs) };
  }
}

/** Method, headers and body of one attempt. */
function requestInit(
  request: GenesysRequest,
  transport: Transport,
  authorization: string,
): { method: string; headers: Record<string, string>; body: string | undefined } {
  const headers: Record<string, string> = {
    Authorization: authorization,
    Accept: request.responseType === 'text' ? 'text/plain, */*' : 'application/json',
    'User-Agent': CLIENT_USER_AGENT,
  };
  let payload: string | undefined = transport.payload;
  if (payload !== undefined && transport.contentType) headers['Content-Type'] = transport.contentType;
  if (request.body !== undefined) {
    payload = JSON.stringify(request.body);
    headers['Content-Type'] = 'application/json';
  }
  return { method: request.method, headers, body: payload };
}

/** Time this call has spent since its first attempt, never less than the waits it took. */
function elapsedMs(context: ClientContext, call: CallState): number {
  return Math.max(context.options.now() - call.startedAt, call.waitedMs);
}

/**
 * The next backoff for a transient failure (`what` says which), or undefined when the call's
 * time budget (or, as a backstop, its retry count) is spent.
 */
function transientRetry(context: ClientContext, call: CallState, what: string): Retry | undefined {
  const policy = context.options.retryPolicy;
  if (call.transientRetries >= policy.maxTransientRetries) return undefined;
  const delayMs = backoffDelayMs(call.transientRetries, context.options.random, policy);
  if (elapsedMs(context, call) + delayMs > policy.maxRetryElapsedMs) return undefined;
  call.transientRetries += 1;
  return {
    kind: 'wait',
    delayMs,
    warning: `${call.label}: ${what}; retrying in ${delayMs} ms (retry ${call.transientRetries}, ${describeBudget(context, call)})`,
  };
}

function describeBudget(context: ClientContext, call: CallState): string {
  const left = Math.max(0, context.options.retryPolicy.maxRetryElapsedMs - elapsedMs(context, call));
  return `${Math.round(left / 1000)} s of the retry budget left`;
}

/**
 * Whether an answer's status is worth another attempt: one token renewal on 401 (bearer calls only), the
 * wait a 429 asks for within the time budget, backoff on a transient status (the call's retryStatus)
 * when repeating the call is harmless, or on 503 even when it is not. Undefined: the answer is final.
 */
function retryForStatus(
  context: ClientContext,
  call: CallState,
  exchange: Exchange,
  renewToken: (() => void) | undefined,
): Retry | undefined {
  const { status } = exchange;
  const { options } = context;
  if (status === 401 && renewToken && !call.renewedAfterUnauthorized) {
    call.renewedAfterUnauthorized = true;
    renewToken();
    context.log.debug(`${call.label}: 401, renewing the access token once`);
    return { kind: 'renew-token' };
  }
  if (status === 429) {
    const policy = options.retryPolicy;
    const wait =
      retryAfterMs(exchange.headers.get('retry-after'), options.now()) ?? backoffDelayMs(call.rateLimitRetries, options.random, policy);
    if (
      call.rateLimitRetries >= policy.maxRateLimitRetries ||
      call.rateLimitWaitedMs + wait > policy.maxRateLimitWaitMs ||
      elapsedMs(context, call) + wait > policy.maxRetryElapsedMs
    )
      return undefined;
    call.rateLimitRetries += 1;
    call.rateLimitWaitedMs += wait;
    return {
      kind: 'rate-limited',
      delayMs: wait,
      warning: `${call.label}: rate limited (429), holding calls for ${wait} ms as asked (retry ${call.rateLimitRetries}, ${describeBudget(context, call)})`,
    };
  }
  if (call.idempotent ? call.retryStatus(status) : isTransientStatus(status) && isNotProcessedStatus(status))
    return transientRetry(context, call, `HTTP ${status}`);
  return undefined;
}

/** A wait of this call sleeps here; a 429's pause is kept by the rate budget, so the next acquire waits it out. */
async function takeRetry(context: ClientContext, call: CallState, retry: Retry): Promise<void> {
  if (retry.kind === 'renew-token') return;
  context.log.warning(retry.warning);
  call.waitedMs += retry.delayMs;
  if (retry.kind === 'wait') await context.options.sleep(retry.delayMs);
}

function parseBody(request: GenesysRequest, displayPath: string, exchange: Exchange): unknown {
  if (request.responseType === 'text') return exchange.text;
  if (exchange.text.trim() === '') return undefined;
  try {
    return JSON.parse(exchange.text) as unknown;
  } catch {
    throw new GenesysTransportError(request.method, displayPath, 'network', `HTTP ${exchange.status} with a body that is not JSON`);
  }
}

function apiError(context: ClientContext, method: string, path: string, exchange: Exchange): GenesysApiError {
  const parts = parseErrorBody(context.redact(exchange.text), exchange.headers.get('inin-correlation-id'));
  return new GenesysApiError({ method, path, status: exchange.status, ...parts });
}

async function exchangeWithTimeout(
  fetch: GenesysFetch,
  url: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined },
  timeoutMs: number,
): Promise<Exchange> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutSignal(timeoutMs)), timeoutMs);
  try {
    // Redirects are not followed: the bearer token must only ever reach the configured host.
    const requestInit: GenesysFetchRequest = { method: init.method, headers: init.headers, signal: controller.signal, redirect: 'manual' };
    if (init.body !== undefined) requestInit.body = init.body;
    const response = await fetch(url, requestInit);
    // The body is read under the same timeout: a server that stalls mid-body is a timeout too.
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every entity of a paged listing. When the first page gives the page count and pages by number (no
 * cursor in nextUri), the other pages are read `concurrency` at a time; otherwise page after page,
 * following pageCount / nextUri to the last one.
 */
async function readAllPages<T>(
  request: <R>(call: GenesysRequest) => Promise<R>,
  path: string,
  query: QueryParameters,
  paging: { pageSize: number; concurrency: number },
): Promise<T[]> {
  const { pageSize } = paging;
  const first: EntityListing<T> | undefined = await request<EntityListing<T>>({
    method: 'GET',
    path: firstPagePath(path, query, pageSize),
  });
  const firstEntities = first?.entities ?? [];
  const pageCount = first?.pageCount;
  if (paging.concurrency > 1 && pageCount !== undefined && firstEntities.length > 0 && pagesByNumber(first)) {
    if (pageCount > MAX_PAGES) throw new Error(`Genesys API GET ${path}: more than ${MAX_PAGES} pages; refusing to read a partial listing`);
    const numbers = Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => index + 2);
    const pages = await mapConcurrently(numbers, paging.concurrency, (pageNumber) =>
      request<EntityListing<T>>({ method: 'GET', path: withQuery(path, { ...query, pageSize, pageNumber }) }),
    );
    return [...firstEntities, ...pages.flatMap((page) => page?.entities ?? [])];
  }
  return readPagesInTurn(request, path, query, pageSize, first);
}

/** True when the listing pages by `pageNumber`: no nextUri, or one that only asks for page 2. */
function pagesByNumber(first: EntityListing<unknown> | undefined): boolean {
  if (!first?.nextUri) return true;
  const next = sameHostPath(first.nextUri);
  if (next === undefined) return false;
  const params = new URL(next, 'http://relative.invalid').searchParams;
  return params.get('pageNumber') === '2' && !params.has('nextPage') && !params.has('cursor');
}

/** Page after page from the first one, following pageCount / nextUri to the last page. */
async function readPagesInTurn<T>(
  request: <R>(call: GenesysRequest) => Promise<R>,
  path: string,
  query: QueryParameters,
  pageSize: number,
  first: EntityListing<T> | undefined,
): Promise<T[]> {
  const all: T[] = [];
  const visited = new Set<string>([firstPagePath(path, query, pageSize)]);
  let page = first;
  let expectedPageNumber = 1;
  for (let pages = 1; ; pages += 1) {
    const entities = page?.entities ?? [];
    all.push(...entities);
    const pageNumber = page?.pageNumber ?? expectedPageNumber;
    expectedPageNumber = pageNumber + 1;
    const next = nextPagePath(path, query, pageSize, page, entities.length, pageNumber);
    if (next === undefined) return all;
    if (pages >= MAX_PAGES) {
      throw new Error(`Genesys API GET ${path}: more than ${MAX_PAGES} pages; refusing to read a partial listing`);
    }
    if (visited.has(next)) throw new Error(`Genesys API GET ${path}: paging loops back to ${next}`);
    visited.add(next);
    page = await request<EntityListing<T>>({ method: 'GET', path: next });
  }
}

function nextPagePath(
  path: string,
  query: QueryParameters,
  pageSize: number,
  page: EntityListing<unknown> | undefined,
  entityCount: number,
  pageNumber: number,
): string | undefined {
  if (entityCount === 0) return undefined;
  const byNumber = withQuery(path, { ...query, pageSize, pageNumber: pageNumber + 1 });
  if (page?.pageCount !== undefined) {
    if (pageNumber >= page.pageCount) return undefined;
    return page.nextUri ? (sameHostPath(page.nextUri) ?? byNumber) : byNumber;
  }
  if (page?.nextUri) return sameHostPath(page.nextUri) ?? byNumber;
  // No pageCount and no nextUri: keep reading while pages come back full, as Terraform does.
  return entityCount >= (page?.pageSize ?? pageSize) ? byNumber : undefined;
}

/** `nextUri` reduced to its path and query: the token is never sent to a host taken from a response. */
function sameHostPath(uri: string): string | undefined {
  try {
    const parsed = new URL(uri, 'http://relative.invalid');
    return parsed.pathname.startsWith('/api/v2/') ? `${parsed.pathname}${parsed.search}` : undefined;
  } catch {
    return undefined;
  }
}

/** The path (with query) of a listing's first page, as listAll asks for it. */
export function firstPagePath(path: string, query: QueryParameters, pageSize: number): string {
  return withQuery(path, { ...query, pageSize, pageNumber: 1 });
}

/** Appends query parameters to a path that may already carry some. */
export function withQuery(path: string, query: QueryParameters | undefined): string {
  if (!query) return path;
  const [pathOnly, existing = ''] = path.split('?', 2) as [string, string?];
  const params = new URLSearchParams(existing);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${pathOnly}?${search}` : pathOnly;
}

class TimeoutSignal extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
  }
}

function describeTransportFailure(error: unknown, timeoutMs: number): { kind: 'timeout' | 'network'; detail: string; neverSent: boolean } {
  if (error instanceof TimeoutSignal || (error instanceof Error && error.name === 'TimeoutError')) {
    return { kind: 'timeout', detail: `no complete answer within ${timeoutMs} ms`, neverSent: false };
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const causeMessage = typeof cause?.message === 'string' ? `: ${cause.message}` : '';
  return {
    kind: 'network',
    detail: `${message}${causeMessage}${code && !causeMessage.includes(code) ? ` (${code})` : ''}`,
    neverSent: code !== undefined && NEVER_SENT_CODES.has(code),
  };
}
