/**
 * Reads the Genesys audit trail, for "who changed it" in drift reports
 * (docs/reference/genesys-next.md §5). Every call is checked against the
 * official SDK v262:
 *
 * - `GET /api/v2/audits/query/realtime/servicemapping` (AuditApi.js
 *   getAuditsQueryRealtimeServicemapping → `AuditQueryServiceMapping`);
 * - `POST /api/v2/audits/query/realtime` with an `AuditRealtimeQueryRequest`
 *   (`interval`, `serviceName`, `filters[{property, value}]`,
 *   `sort[{name, sortOrder}]`, `pageNumber`, `pageSize`) and `expand=user`
 *   (AuditApi.js postAuditsQueryRealtime; `user` is the one documented value,
 *   JS SDK docs AuditApi.md) → `AuditRealtimeQueryResultsResponse`. Filter
 *   property `EntityId` and sort name `Timestamp` are the SDK enums (Java SDK
 *   docs AuditQueryFilter.md, AuditQuerySort.md). Both need `audits:audit:view`.
 * - `GET /api/v2/users?id=…` (UsersApi.js getUsers, `id` as repeated
 *   parameters), only for users whose name the expansion left out: the docs
 *   say expansions are best effort (❓ whether `expand=user` always names).
 *
 * It is a reader: nothing here writes, and a drift run calls nothing else.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { INTEGRATIONS_AUDIT_SERVICE, type AuditRecord, type AuditServiceMap } from '../../drift/change-attribution.js';
import type { GenesysHttpClient } from './genesys-http-client.js';

export interface GenesysAuditReader {
  /** The services and entity types the realtime query knows. */
  serviceMapping(): Promise<AuditServiceMap>;
  /** Records of one entity in the Integrations service within `interval` (`start/end`, ISO 8601), newest first. */
  recordsOf(entityId: string, interval: string): Promise<AuditRecord[]>;
  /** Names of the users with these ids (unknown ids are left out). */
  userNames(ids: readonly string[]): Promise<Map<string, string>>;
}

const REALTIME_QUERY_PATH = '/api/v2/audits/query/realtime';
const PAGE_SIZE = 100;
/** Pages read per entity: the latest change is on the first page unless reads crowd it out. */
const MAX_PAGES = 5;
const USERS_PER_LOOKUP = 100;

function auditRecordOf(message: Models.AuditLogMessage): AuditRecord | undefined {
  const entityId = message.entity?.id;
  if (entityId === undefined || message.eventDate === undefined) return undefined;
  const user =
    message.user?.id === undefined ? undefined : { id: message.user.id, ...(message.user.name ? { name: message.user.name } : {}) };
  return {
    id: message.id ?? '',
    eventDate: message.eventDate,
    action: message.action ?? '',
    entityType: message.entityType ?? '',
    entityId,
    ...(user === undefined ? {} : { user }),
    ...(message.client?.id === undefined ? {} : { clientId: message.client.id }),
  };
}

export function createGenesysAuditReader(http: GenesysHttpClient): GenesysAuditReader {
  return {
    async serviceMapping() {
      const mapping = await http.request<Models.AuditQueryServiceMapping>({
        method: 'GET',
        path: `${REALTIME_QUERY_PATH}/servicemapping`,
      });
      return {
        services: (mapping?.services ?? []).map((service) => ({
          name: service.name ?? '',
          entityTypes: (service.entities ?? []).flatMap((entity) => (entity.name === undefined ? [] : [entity.name])),
        })),
      };
    },

    async recordsOf(entityId, interval) {
      const records: AuditRecord[] = [];
      for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
        const body: Models.AuditRealtimeQueryRequest = {
          interval,
          serviceName: INTEGRATIONS_AUDIT_SERVICE,
          filters: [{ property: 'EntityId', value: entityId }],
          sort: [{ name: 'Timestamp', sortOrder: 'descending' }],
          pageNumber,
          pageSize: PAGE_SIZE,
        };
        // A query, not a write: safe to retry like a GET.
        const page = await http.request<Models.AuditRealtimeQueryResultsResponse>({
          method: 'POST',
          path: REALTIME_QUERY_PATH,
          query: { expand: 'user' },
          body,
          idempotent: true,
        });
        const entities = page?.entities ?? [];
        records.push(...entities.flatMap((message) => auditRecordOf(message) ?? []));
        const pageCount = page?.pageCount ?? (entities.length < PAGE_SIZE ? pageNumber : pageNumber + 1);
        if (pageNumber >= pageCount || entities.length === 0) break;
      }
      return records;
    },

    async userNames(ids) {
      const names = new Map<string, string>();
      for (let start = 0; start < ids.length; start += USERS_PER_LOOKUP) {
        const chunk = ids.slice(start, start + USERS_PER_LOOKUP);
        const query = [...chunk.map((id) => `id=${encodeURIComponent(id)}`), `pageSize=${USERS_PER_LOOKUP}`].join('&');
        const listing = await http.request<Models.UserEntityListing>({ method: 'GET', path: `/api/v2/users?${query}` });
        for (const user of listing?.entities ?? []) if (user.id !== undefined && user.name) names.set(user.id, user.name);
      }
      return names;
    },
  };
}
