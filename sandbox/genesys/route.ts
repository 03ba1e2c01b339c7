/**
 * The shape shared by every sandbox route: a method, a path pattern whose
 * capture groups are the path parameters, and a handler from a parsed
 * request to a response. Routes throw `GenesysApiError` for error answers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxState } from './sandbox-state.js';
import type { ActionRunner } from './action-runner.js';

/** How `GET` on a credential shows its fields (whether Genesys redacts `ARN` is ❓, reference §2). */
export type CredentialFieldRedaction = 'none' | 'mask' | 'omit';

/** Settings the routes read; resolved from `GenesysSandboxOptions`. */
export interface SandboxSettings {
  orgId: string;
  orgName: string;
  region: string;
  credentialFieldRedaction: CredentialFieldRedaction;
  templatesAsUris: boolean;
  activationReads: number;
  /** Whether `expand=user` on the realtime audit query fills in the user's name. */
  auditUserNames: boolean;
  now: () => number;
}

/** A parsed request, as a route sees it. */
export interface RouteRequest {
  method: string;
  path: string;
  /** Decoded capture groups of the route pattern. */
  params: string[];
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  headers: IncomingHttpHeaders;
}

/** A route's answer: JSON `body`, or `text` (served as text/plain), or neither (204). */
export interface RouteResponse {
  status: number;
  body?: unknown;
  text?: string;
  /** Media type of `text`; default text/plain. */
  contentType?: string;
  headers?: Record<string, string>;
}

/** What a route may use. */
export interface RouteContext {
  state: SandboxState;
  settings: SandboxSettings;
  runner: ActionRunner;
}

/** One endpoint. */
export interface Route {
  method: string;
  pattern: RegExp;
  handle(request: RouteRequest, context: RouteContext): RouteResponse | Promise<RouteResponse>;
}

/** The first path parameter, which every `{id}` route has. */
export function firstParam(request: RouteRequest): string {
  return request.params[0] ?? '';
}

/** An ISO timestamp on the sandbox clock. */
export function isoNow(settings: SandboxSettings): string {
  return new Date(settings.now()).toISOString();
}
