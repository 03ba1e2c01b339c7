/**
 * Who changed a drifted Genesys resource: the latest change (by `eventDate`)
 * the realtime audit trail holds for it (docs/reference/genesys-next.md §5).
 * Pure: the records, the service mapping and the user names are read by the
 * command; this module picks and describes.
 *
 * The entity type names are the service mapping's, never written here: a
 * resource kind matches the entity types of the `Integrations` service whose
 * name contains the kind's word (a data action matches `Action` and
 * `ActionDraft` as the sandbox maps them, or whatever Genesys calls them), and
 * records of other types (say, a flow that happens to share an id) are ignored.
 */
import type { ResourceKind } from '../plan/types.js';

/** The realtime audit service that logs integrations, their credentials and data actions. */
export const INTEGRATIONS_AUDIT_SERVICE = 'Integrations';

/** At most this far back: the realtime query keeps "only 14 days worth" for some services. */
export const AUDIT_LOOKBACK_DAYS = 14;

/** One audit record, normalized from the SDK's `AuditLogMessage`. */
export interface AuditRecord {
  id: string;
  /** ISO 8601. */
  eventDate: string;
  action: string;
  entityType: string;
  entityId: string;
  /** A person (`user.name` when the query expanded it). */
  user?: { id: string; name?: string };
  /** An OAuth client (API calls). */
  clientId?: string;
}

/** `GET …/realtime/servicemapping`, normalized: the entity types of each service. */
export interface AuditServiceMap {
  services: { name: string; entityTypes: string[] }[];
}

/** What the audit trail says about one drifted resource. */
export type ChangeAttribution =
  /** `by` is the user's name (or id when it cannot be resolved), or `OAuth client <id>`. */
  | { status: 'found'; by: string; actor: 'user' | 'client'; at: string; action: string }
  /** The trail was read and holds no change of the resource in the window. */
  | { status: 'none'; reason: string }
  /** The trail could not be read (no permission, an error, not a Genesys resource). */
  | { status: 'unavailable'; reason: string };

/** Verbs that read or run an entity without changing it. */
const NOT_A_CHANGE = new Set(['view', 'read', 'readall', 'execute', 'download', 'export', 'authenticate', 'debug']);

const KIND_WORDS: Record<ResourceKind, string | undefined> = {
  role: undefined,
  credential: 'credential',
  integration: 'integration',
  action: 'action',
};

function normalized(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The entity types of the Integrations service that `kind` is logged under; none for AWS roles. */
export function entityTypesFor(kind: ResourceKind, mapping: AuditServiceMap): string[] {
  const word = KIND_WORDS[kind];
  if (word === undefined) return [];
  const service = mapping.services.find((candidate) => normalized(candidate.name) === normalized(INTEGRATIONS_AUDIT_SERVICE));
  return (service?.entityTypes ?? []).filter((type) => normalized(type).includes(word));
}

/** The latest record that changed the entity, among records of `entityTypes`. */
export function latestChange(records: readonly AuditRecord[], entityTypes: readonly string[]): AuditRecord | undefined {
  let latest: AuditRecord | undefined;
  for (const record of records) {
    if (!entityTypes.includes(record.entityType) || NOT_A_CHANGE.has(normalized(record.action))) continue;
    const at = Date.parse(record.eventDate);
    if (Number.isNaN(at)) continue;
    if (latest === undefined || at > Date.parse(latest.eventDate)) latest = record;
  }
  return latest;
}

/** User ids a set of records names without a name, for the users lookup. */
export function unnamedUserIds(records: readonly (AuditRecord | undefined)[]): string[] {
  const ids = records.flatMap((record) => (record?.user !== undefined && record.user.name === undefined ? [record.user.id] : []));
  return [...new Set(ids)].sort();
}

/** The attribution of one record; `userNames` fills in names the query did not expand. */
export function attributionOf(
  record: AuditRecord | undefined,
  userNames: ReadonlyMap<string, string>,
  windowDays: number,
): ChangeAttribution {
  if (record === undefined) return { status: 'none', reason: `no change recorded in the last ${windowDays} days` };
  const at = record.eventDate;
  if (record.user !== undefined) {
    const by = record.user.name ?? userNames.get(record.user.id) ?? `user ${record.user.id}`;
    return { status: 'found', by, actor: 'user', at, action: record.action };
  }
  if (record.clientId !== undefined)
    return { status: 'found', by: `OAuth client ${record.clientId}`, actor: 'client', at, action: record.action };
  return { status: 'found', by: 'Genesys Cloud (no user or client recorded)', actor: 'client', at, action: record.action };
}
