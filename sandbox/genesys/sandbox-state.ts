/**
 * The sandbox's in-memory Genesys org: integrations, credentials, published
 * actions and drafts. Exposed on the running sandbox so tests can assert on
 * (and seed) what a client did.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { createArchitectState, type ArchitectState } from './architect-state.js';
import { AWS_ARN_CREDENTIAL_TYPE, AWS_LAMBDA_CREDENTIAL_KEY, AWS_LAMBDA_INTEGRATION_TYPE } from './integration-types.js';

/** `reportedState.code` values (Java SDK `IntegrationStatusInfo`). */
export type ReportedStateCode = 'ACTIVE' | 'ACTIVATING' | 'INACTIVE' | 'DEACTIVATING' | 'ERROR';

/** One integration with its current configuration. */
export interface StoredIntegration {
  id: string;
  integrationTypeId: string;
  intendedState: 'ENABLED' | 'DISABLED';
  reportedState: ReportedStateCode;
  /** Reads left that still report the transitional state before it settles. */
  transitionReadsLeft: number;
  /** Where the transition settles (ACTIVE, INACTIVE, or ERROR when a required credential is missing). */
  settlesTo: ReportedStateCode;
  /** Why the state settled to ERROR, shown in `reportedState.detail`. */
  errorDetail?: string;
  /** `config/current`; the integration's name is the config's name, as in Genesys. */
  config: {
    name: string;
    version: number;
    properties: object;
    advanced: object;
    notes: string;
    credentials: Record<string, { id: string }>;
  };
  createdAt: string;
}

/** One credential; `fields` holds e.g. `{ ARN: 'arn:aws:iam::…:role/…' }`. */
export interface StoredCredential {
  id: string;
  name: string;
  typeName: string;
  fields: Record<string, string>;
  createdDate: string;
  modifiedDate: string;
}

/** A published action, or a draft (same shape; drafts keep their own version). */
export interface StoredAction {
  id: string;
  name: string;
  category: string;
  integrationId: string;
  secure: boolean;
  contract: Models.ActionContractInput;
  config: Models.ActionConfig;
  version: number;
}

/** A person of the org, as `GET /api/v2/users` shows them (the fields the audit trail names). */
export interface StoredUser {
  id: string;
  name: string;
}

/** The whole org. Maps keep insertion order, which listings follow before sorting. */
export interface SandboxState {
  integrations: Map<string, StoredIntegration>;
  credentials: Map<string, StoredCredential>;
  /** Published actions by id. */
  actions: Map<string, StoredAction>;
  /** Drafts by action id (a draft of a never-published action has no entry in `actions`). */
  drafts: Map<string, StoredAction>;
  /** Flows that use actions, the dependency-tracking build status, denied Architect permissions. */
  architect: ArchitectState;
  /** The audit trail, oldest first: every write through the API (by the OAuth client) and every UI edit (by a user). */
  audits: Models.AuditLogMessage[];
  users: Map<string, StoredUser>;
  /** Permissions the OAuth client's role lacks (e.g. `audits:audit:view`): the endpoints needing one answer 403. */
  deniedPermissions: Set<string>;
}

/** An empty org. */
export function createSandboxState(): SandboxState {
  return {
    integrations: new Map(),
    credentials: new Map(),
    actions: new Map(),
    drafts: new Map(),
    architect: createArchitectState(),
    audits: [],
    users: new Map(),
    deniedPermissions: new Set(),
  };
}

/**
 * An org with one active AWS Lambda integration whose credential names `roleArn`: what an action
 * run needs around the action, for running one without the HTTP API (the runner's own tests, the
 * bench's warm-up).
 */
export function createStateWithActiveLambdaIntegration(ids: {
  integrationId: string;
  credentialId: string;
  roleArn: string;
}): SandboxState {
  const state = createSandboxState();
  state.credentials.set(ids.credentialId, {
    id: ids.credentialId,
    name: ids.credentialId,
    typeName: AWS_ARN_CREDENTIAL_TYPE,
    fields: { ARN: ids.roleArn },
    createdDate: '',
    modifiedDate: '',
  });
  state.integrations.set(ids.integrationId, {
    id: ids.integrationId,
    integrationTypeId: AWS_LAMBDA_INTEGRATION_TYPE,
    intendedState: 'ENABLED',
    reportedState: 'ACTIVE',
    transitionReadsLeft: 0,
    settlesTo: 'ACTIVE',
    config: {
      name: ids.integrationId,
      version: 1,
      properties: {},
      advanced: {},
      notes: '',
      credentials: { [AWS_LAMBDA_CREDENTIAL_KEY]: { id: ids.credentialId } },
    },
    createdAt: '',
  });
  return state;
}
