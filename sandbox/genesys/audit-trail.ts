/**
 * The org's audit trail, as the realtime audit query serves it
 * (docs/reference/genesys-next.md §5): every write through the API is
 * recorded under the OAuth client that made it, and every edit "in the UI"
 * (ui-console.ts) under the person who made it, as an `AuditLogMessage` of
 * service `Integrations`.
 *
 * ❓ The entity type names and action verbs Genesys uses for data actions,
 * their drafts, integrations and credentials are not confirmed; the sandbox
 * uses names from the SDK's `AuditLogMessage` enums (Java SDK docs:
 * `Action`, `ActionDraft`, `Integration`, `Credential`; `Create`, `Update`,
 * `Delete`, `Publish`) and publishes them in its service mapping, which is
 * where clients must read them from.
 */
import { randomUUID } from 'node:crypto';
import type { Models } from 'purecloud-platform-client-v2';
import { isoNow, type SandboxSettings } from './route.js';
import type { SandboxState } from './sandbox-state.js';

/** The service every data-action, integration and credential change is logged under. */
export const INTEGRATIONS_AUDIT_SERVICE = 'Integrations';

/** `GET /api/v2/audits/query/realtime/servicemapping`: the services and entity types the realtime query knows. */
export const REALTIME_AUDIT_SERVICE_MAPPING: Models.AuditQueryServiceMapping = {
  services: [
    {
      name: 'Architect',
      entities: [
        { name: 'Flow', actions: ['Create', 'Update', 'Delete', 'Publish', 'Checkin', 'Checkout'] },
        { name: 'FlowOutcome', actions: ['Create', 'Update', 'Delete'] },
      ],
    },
    {
      name: INTEGRATIONS_AUDIT_SERVICE,
      entities: [
        { name: 'Action', actions: ['Create', 'Update', 'Delete', 'Publish'] },
        { name: 'ActionDraft', actions: ['Create', 'Update', 'Delete'] },
        { name: 'Integration', actions: ['Create', 'Update', 'Delete', 'Enable', 'Disable'] },
        { name: 'Credential', actions: ['Create', 'Update', 'Delete'] },
      ],
    },
    { name: 'Directory', entities: [{ name: 'User', actions: ['Create', 'Update', 'Delete'] }] },
  ],
};

/** Who made a change: a person (UI) or an OAuth client (API). */
export type AuditActor = { user: { id: string } } | { client: { id: string } };

/** One change to record. */
export interface AuditEvent {
  actor: AuditActor;
  entityType: string;
  entity: { id: string; name?: string };
  action: string;
  propertyChanges?: Models.PropertyChange[];
}

/** Appends one audit record, stamped with the sandbox clock. */
export function recordAudit(state: SandboxState, settings: SandboxSettings, event: AuditEvent): Models.AuditLogMessage {
  const message: Models.AuditLogMessage = {
    id: randomUUID(),
    userHomeOrgId: settings.orgId,
    ...('user' in event.actor
      ? { user: { id: event.actor.user.id, selfUri: `/api/v2/users/${event.actor.user.id}` } }
      : { client: { id: event.actor.client.id, selfUri: `/api/v2/oauth/clients/${event.actor.client.id}` } }),
    remoteIp: ['127.0.0.1'],
    serviceName: INTEGRATIONS_AUDIT_SERVICE,
    level: 'USER',
    eventDate: isoNow(settings),
    action: event.action,
    entity: { id: event.entity.id, ...(event.entity.name === undefined ? {} : { name: event.entity.name }) },
    entityType: event.entityType,
    status: 'SUCCESS',
    application: 'user' in event.actor ? 'Genesys Cloud' : 'Platform API',
    propertyChanges: event.propertyChanges ?? [],
    context: {},
  };
  state.audits.push(message);
  return message;
}

/** What an API write changed, from its method and path; undefined for calls that change nothing (runs, tests, reads). */
interface WriteTarget {
  entityType: string;
  action: string;
  /** The id from the path; absent for creates, whose id is in the response. */
  id?: string;
}

/** The ordered rules: the first whose pattern matches the path (for the method) names the target. */
const WRITE_TARGETS: readonly { method: string; pattern: RegExp; entityType: string; action: string }[] = [
  { method: 'POST', pattern: /^\/api\/v2\/integrations\/actions$/, entityType: 'Action', action: 'Create' },
  { method: 'POST', pattern: /^\/api\/v2\/integrations\/actions\/drafts$/, entityType: 'ActionDraft', action: 'Create' },
  { method: 'POST', pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft\/publish$/, entityType: 'Action', action: 'Publish' },
  { method: 'POST', pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft$/, entityType: 'ActionDraft', action: 'Create' },
  { method: 'PATCH', pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft$/, entityType: 'ActionDraft', action: 'Update' },
  { method: 'DELETE', pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft$/, entityType: 'ActionDraft', action: 'Delete' },
  { method: 'PATCH', pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)$/, entityType: 'Action', action: 'Update' },
  { method: 'DELETE', pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)$/, entityType: 'Action', action: 'Delete' },
  { method: 'POST', pattern: /^\/api\/v2\/integrations\/credentials$/, entityType: 'Credential', action: 'Create' },
  { method: 'PUT', pattern: /^\/api\/v2\/integrations\/credentials\/([^/]+)$/, entityType: 'Credential', action: 'Update' },
  { method: 'DELETE', pattern: /^\/api\/v2\/integrations\/credentials\/([^/]+)$/, entityType: 'Credential', action: 'Delete' },
  { method: 'POST', pattern: /^\/api\/v2\/integrations$/, entityType: 'Integration', action: 'Create' },
  { method: 'PUT', pattern: /^\/api\/v2\/integrations\/([^/]+)\/config\/current$/, entityType: 'Integration', action: 'Update' },
  { method: 'PATCH', pattern: /^\/api\/v2\/integrations\/([^/]+)$/, entityType: 'Integration', action: 'Update' },
  { method: 'DELETE', pattern: /^\/api\/v2\/integrations\/([^/]+)$/, entityType: 'Integration', action: 'Delete' },
];

function writeTarget(method: string, path: string): WriteTarget | undefined {
  for (const rule of WRITE_TARGETS) {
    if (rule.method !== method) continue;
    const match = rule.pattern.exec(path);
    if (match === null) continue;
    const id = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
    return { entityType: rule.entityType, action: rule.action, ...(id === undefined ? {} : { id }) };
  }
  return undefined;
}

function nameOf(state: SandboxState, entityType: string, id: string): string | undefined {
  switch (entityType) {
    case 'Action':
    case 'ActionDraft':
      return (state.actions.get(id) ?? state.drafts.get(id))?.name;
    case 'Credential':
      return state.credentials.get(id)?.name;
    case 'Integration':
      return state.integrations.get(id)?.config.name;
    default:
      return undefined;
  }
}

/**
 * Records a successful API write under the OAuth client that made it.
 * `before` is the entity's name before the call (a delete leaves none to read after it).
 */
export function recordApiWrite(
  state: SandboxState,
  settings: SandboxSettings,
  write: { method: string; path: string; status: number; responseBody: unknown; clientId: string; nameBefore: string | undefined },
): void {
  if (write.status < 200 || write.status >= 300) return;
  const target = writeTarget(write.method, write.path);
  if (target === undefined) return;
  const response = (write.responseBody ?? {}) as { id?: unknown; name?: unknown };
  const id = target.id ?? (typeof response.id === 'string' ? response.id : undefined);
  if (id === undefined) return;
  const name = nameOf(state, target.entityType, id) ?? write.nameBefore;
  recordAudit(state, settings, {
    actor: { client: { id: write.clientId } },
    entityType: target.entityType,
    entity: { id, ...(name === undefined ? {} : { name }) },
    action: target.action,
  });
}

/** The entity's name before a write to `path` (what a delete's audit record names), if the path names one. */
export function nameBeforeWrite(state: SandboxState, method: string, path: string): string | undefined {
  const target = writeTarget(method, path);
  return target?.id === undefined ? undefined : nameOf(state, target.entityType, target.id);
}
