/**
 * The thin HTTP client under the Genesys provider: Node's global fetch, OAuth
 * client credentials, a client-side rate limiter, bounded retries (429 with
 * Retry-After, 5xx and network errors with jittered backoff, one token renewal
 * on 401), a timeout on every call, and paging. It knows nothing about data
 * actions; the provider builds on it.
 *
 * Secrets: the client secret and every token are registered on creation and
 * scrubbed from every log line and error message this client produces.
 */
import { GenesysApiError, GenesysTransportError, parseErrorBody } from './genesys-api-error.js';
import { createAccessTokenCache, type AccessTokenCache, type IssuedToken } from './access-token-cache.js';
import { createRequestRateLimiter, type Clock, type RequestRateLimiter, type Sleep } from './request-rate-limiter.js';
import {
  backoffDelayMs,
  isNotProcessedStatus,
  isTransientStatus,
  retryAfterMs,
  type RetryPolicy,
} from './retry-policy.js';

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
  /** `json` (default) parses the body; `text` returns it as is (template files). */
  responseType?: 'json' | 'text';
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
  fetch: typeof globalThis.fetch;
  sleep: Sleep;
  now: Clock;
  random: () => number;
  requestsPerMinute: number;
  pageSize: number;
  defaultTimeoutMs: number;
  retryPolicy: RetryPolicy;
  logger: GenesysLogger;
  /** Called with the client secret at once and with every new token. */
  onSecret: (secret: string) => void;
}

/** Most pages one listing may have; reaching it is an error, never a silent truncation. */
const MAX_PAGES = 10_000;

/** Error codes of fetch's cause that mean no byte of the request reached the server. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

export function createGenesysHttpClient(options: GenesysHttpClientOptions): GenesysHttpClient {
  const secrets = new Set<string>();
  const registerSecret = (secret: string): void => {
    if (secret === '' || secrets.has(secret)) return;
    secrets.add(secret);
    options.onSecret(secret);
  };
  registerSecret(options.clientSecret);

  const redact = (text: string): string => {
    let result = text;
    for (const secret of secrets) result = result.split(secret).join('***');
    return result;
  };
  const log = {
    debug: (message: string): void => options.logger.debug(redact(message)),
    warning: (message: string): void => options.logger.warning(redact(message)),
  };

  const limiter: RequestRateLimiter = createRequestRateLimiter({
    requestsPerMinute: options.requestsPerMinute,
    now: options.now,
    sleep: options.sleep,
  });

  const tokens: AccessTokenCache = createAccessTokenCache({
    now: options.now,
    onToken: registerSecret,
    issue: () => issueToken(),
  });

  const basicCredentials = Buffer.from(`${options.clientId}:${options.clientSecret}`, 'utf8').toString('base64');

  async function issueToken(): Promise<IssuedToken> {
    const body = await send(
      { method: 'POST', path: '/oauth/token', idempotent: true },
      {
        baseUrl: options.loginBaseUrl,
        authorization: () => Promise.resolve(`Basic ${basicCredentials}`),
        contentType: 'application/x-www-form-urlencoded',
        payload: 'grant_type=client_credentials',
      },
    );
    const parsed = body as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (typeof parsed?.access_token !== 'string' || parsed.access_token === '') {
      throw new GenesysApiError({
        method: 'POST',
        path: '/oauth/token',
        status: 200,
        code: undefined,
        genesysMessage: 'the OAuth server answered without an access_token',
        contextId: undefined,
        body: undefined,
      });
    }
    // ❓ expires_in is documented as seconds (Go SDK AuthResponse); a missing value falls back to the 24 h default lifetime.
    const expiresInSeconds = typeof parsed.expires_in === 'number' ? parsed.expires_in : 86_400;
    return { accessToken: parsed.access_token, expiresInSeconds };
  }

  interface Transport {
    baseUrl: string;
    authorization: () => Promise<string>;
    contentType?: string;
    payload?: string;
    /** Bearer calls renew the token once on 401. */
    bearer?: boolean;
  }

  async function send(request: GenesysRequest, transport: Transport): Promise<unknown> {
    const policy = options.retryPolicy;
    const displayPath = withQuery(request.path, request.query);
    const url = `${transport.baseUrl}${displayPath}`;
    const idempotent = request.idempotent ?? request.method !== 'POST';
    const timeoutMs = request.timeoutMs ?? options.defaultTimeoutMs;
    let transientRetries = 0;
    let rateLimitRetries = 0;
    let rateLimitWaitedMs = 0;
    let renewedAfterUnauthorized = false;

    for (;;) {
      await limiter.acquire();
      const authorization = await transport.authorization();
      const headers: Record<string, string> = {
        Authorization: authorization,
        Accept: request.responseType === 'text' ? 'text/plain, */*' : 'application/json',
        'User-Agent': 'genesys-lambda-gitops',
      };
      let payload: string | undefined = transport.payload;
      if (payload !== undefined && transport.contentType) headers['Content-Type'] = transport.contentType;
      if (request.body !== undefined) {
        payload = JSON.stringify(request.body);
        headers['Content-Type'] = 'application/json';
      }

      let exchange: { status: number; headers: Headers; text: string };
      try {
        exchange = await exchangeWithTimeout(url, { method: request.method, headers, body: payload }, timeoutMs);
      } catch (error) {
        const failure = describeTransportFailure(error, timeoutMs);
        const retryable = idempotent || failure.neverSent;
        if (retryable && transientRetries < policy.maxTransientRetries) {
          const delay = backoffDelayMs(transientRetries, options.random, policy);
          transientRetries += 1;
          log.warning(
            `Genesys API ${request.method} ${displayPath}: ${failure.detail}; retrying in ${delay} ms (retry ${transientRetries} of ${policy.maxTransientRetries})`,
          );
          await options.sleep(delay);
          continue;
        }
        throw new GenesysTransportError(request.method, displayPath, failure.kind, redact(failure.detail));
      }

      const { status } = exchange;
      log.debug(`Genesys API ${request.method} ${displayPath} → ${status}`);

      if (status === 401 && transport.bearer && !renewedAfterUnauthorized) {
        renewedAfterUnauthorized = true;
        tokens.invalidate(authorization.slice('Bearer '.length));
        log.debug(`Genesys API ${request.method} ${displayPath}: 401, renewing the access token once`);
        continue;
      }

      if (status === 429) {
        const wait = retryAfterMs(exchange.headers.get('retry-after'), options.now()) ??
          backoffDelayMs(rateLimitRetries, options.random, policy);
        if (rateLimitRetries < policy.maxRateLimitRetries && rateLimitWaitedMs + wait <= policy.maxRateLimitWaitMs) {
          rateLimitRetries += 1;
          rateLimitWaitedMs += wait;
          log.warning(
            `Genesys API ${request.method} ${displayPath}: rate limited (429), waiting ${wait} ms as asked (retry ${rateLimitRetries} of ${policy.maxRateLimitRetries})`,
          );
          await options.sleep(wait);
          continue;
        }
        throw apiError(request.method, displayPath, exchange);
      }

      if (isTransientStatus(status) && (idempotent || isNotProcessedStatus(status)) && transientRetries < policy.maxTransientRetries) {
        const delay = backoffDelayMs(transientRetries, options.random, policy);
        transientRetries += 1;
        log.warning(
          `Genesys API ${request.method} ${displayPath}: HTTP ${status}; retrying in ${delay} ms (retry ${transientRetries} of ${policy.maxTransientRetries})`,
        );
        await options.sleep(delay);
        continue;
      }

      if (status < 200 || status > 299) throw apiError(request.method, displayPath, exchange);

      if (request.responseType === 'text') return exchange.text;
      if (exchange.text.trim() === '') return undefined;
      try {
        return JSON.parse(exchange.text) as unknown;
      } catch {
        throw new GenesysTransportError(request.method, displayPath, 'network', `HTTP ${status} with a body that is not JSON`);
      }
    }
  }

  function apiError(method: string, path: string, exchange: { status: number; headers: Headers; text: string }): GenesysApiError {
    const parts = parseErrorBody(redact(exchange.text), exchange.headers.get('inin-correlation-id'));
    return new GenesysApiError({ method, path, status: exchange.status, ...parts });
  }

  async function exchangeWithTimeout(
    url: string,
    init: { method: string; headers: Record<string, string>; body: string | undefined },
    timeoutMs: number,
  ): Promise<{ status: number; headers: Headers; text: string }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutSignal(timeoutMs)), timeoutMs);
    try {
      // Redirects are not followed: the bearer token must only ever reach the configured host.
      const requestInit: RequestInit = { method: init.method, headers: init.headers, signal: controller.signal, redirect: 'manual' };
      if (init.body !== undefined) requestInit.body = init.body;
      const response = await options.fetch(url, requestInit);
      // The body is read under the same timeout: a server that stalls mid-body is a timeout too.
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } finally {
      clearTimeout(timer);
    }
  }

  const bearerTransport: Transport = {
    baseUrl: options.apiBaseUrl,
    authorization: async () => `Bearer ${await tokens.get()}`,
    bearer: true,
  };

  async function request<T>(call: GenesysRequest): Promise<T> {
    return (await send(call, bearerTransport)) as T;
  }

  async function listAll<T>(path: string, query: QueryParameters = {}): Promise<T[]> {
    const all: T[] = [];
    const visited = new Set<string>();
    let next: string | undefined = withQuery(path, { ...query, pageSize: options.pageSize, pageNumber: 1 });
    let expectedPageNumber = 1;
    for (let pages = 0; next !== undefined; pages += 1) {
      if (pages >= MAX_PAGES) {
        throw new Error(`Genesys API GET ${path}: more than ${MAX_PAGES} pages; refusing to read a partial listing`);
      }
      if (visited.has(next)) throw new Error(`Genesys API GET ${path}: paging loops back to ${next}`);
      visited.add(next);
      const page: EntityListing<T> | undefined = await request<EntityListing<T>>({ method: 'GET', path: next });
      const entities = page?.entities ?? [];
      all.push(...entities);
      const pageNumber = page?.pageNumber ?? expectedPageNumber;
      expectedPageNumber = pageNumber + 1;
      next = nextPagePath(path, query, page, entities.length, pageNumber);
    }
    return all;
  }

  function nextPagePath(
    path: string,
    query: QueryParameters,
    page: EntityListing<unknown> | undefined,
    entityCount: number,
    pageNumber: number,
  ): string | undefined {
    if (entityCount === 0) return undefined;
    const byNumber = withQuery(path, { ...query, pageSize: options.pageSize, pageNumber: pageNumber + 1 });
    if (page?.pageCount !== undefined) {
      if (pageNumber >= page.pageCount) return undefined;
      return page.nextUri ? sameHostPath(page.nextUri) ?? byNumber : byNumber;
    }
    if (page?.nextUri) return sameHostPath(page.nextUri) ?? byNumber;
    // No pageCount and no nextUri: keep reading while pages come back full, as Terraform does.
    return entityCount >= (page?.pageSize ?? options.pageSize) ? byNumber : undefined;
  }

  return { request, listAll };
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

function describeTransportFailure(
  error: unknown,
  timeoutMs: number,
): { kind: 'timeout' | 'network'; detail: string; neverSent: boolean } {
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
