/**
 * The realtime audit query (docs/reference/genesys-next.md §5; SDK v262
 * `AuditApi.js` postAuditsQueryRealtime, getAuditsQueryRealtimeServicemapping):
 *
 * - `GET /api/v2/audits/query/realtime/servicemapping` → `AuditQueryServiceMapping`;
 * - `POST /api/v2/audits/query/realtime[?expand=user]` with an
 *   `AuditRealtimeQueryRequest` → `AuditRealtimeQueryResultsResponse`.
 *
 * Both need `audits:audit:view` (JS SDK docs, AuditApi.md). Choices where
 * nothing is documented (❓): records older than 14 days are never returned
 * ("only 14 days worth … for certain services"), a longer interval is not an
 * error; `pageSize` defaults to 25 and may be at most 500 (the documented
 * maximum of the non-realtime query); without `sort` the newest come first;
 * filter properties are the SDK enum (`UserId`, `TrusteeOrganizationId`,
 * `ClientId`, `Action`, `EntityType`, `EntityId`; Java SDK AuditQueryFilter.md)
 * and match exactly; `expand=user` (its only documented value) adds the
 * user's name, and the sandbox option `auditUserNames: false` leaves it out,
 * for clients that must fall back to the users lookup.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { badRequest } from '../api-error.js';
import { REALTIME_AUDIT_SERVICE_MAPPING } from '../audit-trail.js';
import { listQueryParam } from '../listing-page.js';
import { requirePermission } from '../permissions.js';
import type { Route, RouteContext, RouteRequest } from '../route.js';
import { assertSdkModel } from '../sdk-model-validator.js';

const AUDIT_VIEW = 'audits:audit:view';
const RETENTION_MS = 14 * 24 * 60 * 60 * 1000;
const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 500;

type Filter = (message: Models.AuditLogMessage) => boolean;

const FILTERS: Record<string, (value: string) => Filter> = {
  UserId: (value) => (message) => message.user?.id === value,
  TrusteeOrganizationId: (value) => (message) => message.userHomeOrgId === value,
  ClientId: (value) => (message) => message.client?.id === value,
  Action: (value) => (message) => message.action === value,
  EntityType: (value) => (message) => message.entityType === value,
  EntityId: (value) => (message) => message.entity?.id === value,
};

/** `start/end`, both ISO-8601 instants, start before end. */
function parseInterval(interval: string): { start: number; end: number } {
  const [startText, endText, extra] = interval.split('/');
  const start = Date.parse(startText ?? '');
  const end = Date.parse(endText ?? '');
  if (extra !== undefined || Number.isNaN(start) || Number.isNaN(end) || start > end) {
    throw badRequest(`Invalid interval '${interval}': expected an ISO-8601 interval such as 2026-11-10T00:00:00Z/2026-11-24T00:00:00Z`);
  }
  return { start, end };
}

function filtersOf(request: Models.AuditRealtimeQueryRequest): Filter[] {
  const services = (REALTIME_AUDIT_SERVICE_MAPPING.services ?? []).map((service) => service.name);
  const filters: Filter[] = [];
  if (request.serviceName !== undefined) {
    if (!services.includes(request.serviceName)) {
      throw badRequest(`Invalid serviceName '${request.serviceName}'. Valid values are in /api/v2/audits/query/realtime/servicemapping.`);
    }
    filters.push((message) => message.serviceName === request.serviceName);
  }
  for (const filter of request.filters ?? []) {
    const build = FILTERS[filter.property];
    if (build === undefined) throw badRequest(`Invalid filter property '${filter.property}'.`);
    filters.push(build(filter.value));
  }
  return filters;
}

function newestFirst(request: Models.AuditRealtimeQueryRequest): boolean {
  const [sort, ...rest] = request.sort ?? [];
  if (sort === undefined) return true;
  if (rest.length > 0 || sort.name !== 'Timestamp' || !['ascending', 'descending'].includes(sort.sortOrder)) {
    throw badRequest("Invalid sort: the realtime query sorts by one property, Timestamp, 'ascending' or 'descending'.");
  }
  return sort.sortOrder === 'descending';
}

function pageOf(request: Models.AuditRealtimeQueryRequest): { pageNumber: number; pageSize: number } {
  const pageNumber = request.pageNumber ?? 1;
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw badRequest(`Invalid pageNumber ${pageNumber}.`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw badRequest(`Invalid pageSize ${pageSize}: it must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return { pageNumber, pageSize };
}

/** The message as the query shows it: the user's name only with `expand=user` (and names not switched off). */
function shown(message: Models.AuditLogMessage, expandUser: boolean, context: RouteContext): Models.AuditLogMessage {
  if (message.user?.id === undefined) return structuredClone(message);
  const name = expandUser && context.settings.auditUserNames ? context.state.users.get(message.user.id)?.name : undefined;
  return { ...structuredClone(message), user: { ...message.user, ...(name === undefined ? {} : { name }) } };
}

function queryRealtime(request: RouteRequest, context: RouteContext): Models.AuditRealtimeQueryResultsResponse {
  requirePermission(context, AUDIT_VIEW);
  assertSdkModel('AuditRealtimeQueryRequest', request.body);
  const body = request.body as Models.AuditRealtimeQueryRequest;
  const { start, end } = parseInterval(body.interval);
  const filters = filtersOf(body);
  const { pageNumber, pageSize } = pageOf(body);
  const oldestKept = context.settings.now() - RETENTION_MS;
  const matching = context.state.audits.filter((message) => {
    const at = Date.parse(message.eventDate ?? '');
    return at >= Math.max(start, oldestKept) && at <= end && filters.every((filter) => filter(message));
  });
  const ordered = [...matching].sort((a, b) => Date.parse(a.eventDate ?? '') - Date.parse(b.eventDate ?? ''));
  if (newestFirst(body)) ordered.reverse();
  const expandUser = listQueryParam(request.query, 'expand').includes('user');
  return {
    entities: ordered.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((message) => shown(message, expandUser, context)),
    pageSize,
    pageNumber,
    total: ordered.length,
    pageCount: Math.ceil(ordered.length / pageSize),
  };
}

export const auditRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/audits\/query\/realtime\/servicemapping$/,
    handle: (_request, context) => {
      requirePermission(context, AUDIT_VIEW);
      return { status: 200, body: structuredClone(REALTIME_AUDIT_SERVICE_MAPPING) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/audits\/query\/realtime$/,
    handle: (request, context) => ({ status: 200, body: queryRealtime(request, context) }),
  },
];
