/**
 * The narrow interface through which everything outside
 * `src/providers/genesys/` talks to Genesys Cloud. The implementation (a thin
 * HTTP client with OAuth client credentials, retries, paging and a rate
 * limiter) lives beside this file; tests run it against the sandbox.
 */
import type { DesiredDataAction } from '../../model/desired-state.js';
import type { JsonObject, JsonValue } from '../../model/json.js';
import type { ObservedCredential, ObservedDataAction, ObservedIntegration } from '../../model/observed-state.js';
import type { ArchitectReads } from './architect-reads.js';

export type { ArchitectRead, ArchitectReads, ConsumingDependency, FlowSummary } from './architect-reads.js';

/** `TestExecutionResult` from /test and /draft/test. */
export interface ActionTestResult {
  operations: { step: number; name: string; success: boolean; result?: unknown; error?: unknown }[];
  success: boolean;
  error?: unknown;
  finalResult?: unknown;
}

/** A draft as returned by the draft endpoints. */
export interface ActionDraft {
  id: string;
  version: number;
}

/** Architect reads (./architect-reads.ts): dependency-tracking build status, an action's consumers, flow lookup. */
export interface GenesysProvider extends ArchitectReads {
  /** `GET /api/v2/organizations/me` → id (the trust policy's ExternalId). */
  organizationId(): Promise<string>;
  /** Credential key from `GET /api/v2/integrations/types/aws-lambda-data-actions`, falling back to `AmazonWebServicesARN`. */
  credentialKey(): Promise<string>;

  /** Every aws-lambda-data-actions integration, with config/current. */
  listIntegrations(): Promise<ObservedIntegration[]>;
  /** Every amazonWebServicesARN credential. */
  listCredentials(): Promise<ObservedCredential[]>;
  /**
   * Every published action belonging to one of these integrations (one paged list call with includeConfig).
   * The listing takes no integration filter, so given a promise of the ids it starts at once, beside the
   * read that finds them, and is filtered when they arrive.
   */
  listDataActions(integrationIds: readonly string[] | Promise<readonly string[]>): Promise<ObservedDataAction[]>;

  createCredential(name: string, roleArn: string): Promise<string>;
  updateCredential(id: string, name: string, roleArn: string): Promise<void>;
  deleteCredential(id: string): Promise<void>;

  createIntegration(name: string): Promise<string>;
  /** GET config/current for the version, then PUT (retrying version conflicts). */
  setIntegrationConfig(id: string, config: { name: string; notes: string; credentials: Record<string, string> }): Promise<void>;
  setIntegrationEnabled(id: string, enabled: boolean): Promise<void>;
  /** Bounded poll of reportedState.code; resolves with the last code seen. */
  waitForIntegrationState(id: string, code: string, options?: { timeoutMs?: number }): Promise<string | undefined>;
  deleteIntegration(id: string): Promise<void>;

  /** `POST /integrations/actions` (published directly; publish-strategy direct). */
  createAction(action: DesiredDataAction, integrationId: string): Promise<ObservedDataAction>;
  /** `PATCH /integrations/actions/{id}` with the current version (name, category, config only). */
  updateAction(id: string, action: DesiredDataAction): Promise<void>;
  deleteAction(id: string): Promise<void>;
  /** `PATCH /integrations/actions/{id}` with the current version and only `name` (config and category stay as they are). */
  renameAction(id: string, name: string, knownVersion?: number): Promise<void>;

  /**
   * Drafts of actions in these integrations (`GET /integrations/actions/drafts`),
   * including drafts of actions never published: an interrupted apply re-uses
   * them instead of creating a duplicate. Like {@link listDataActions}, given a promise of the ids
   * the listing starts at once and is filtered when they arrive.
   */
  listDrafts(
    integrationIds: readonly string[] | Promise<readonly string[]>,
  ): Promise<(ActionDraft & { name: string; integrationId: string })[]>;
  /** `POST /integrations/actions/drafts` (new action as a draft). */
  createDraft(action: DesiredDataAction, integrationId: string): Promise<ActionDraft>;
  /** `POST /integrations/actions/{id}/draft` then PATCH it with the desired fields. */
  draftFromAction(id: string, action: DesiredDataAction): Promise<ActionDraft>;
  /** `PATCH …/{id}/draft` (after reading its version) with the desired fields, e.g. to rename a replacement. */
  updateDraft(id: string, action: DesiredDataAction): Promise<ActionDraft>;
  /** `GET …/draft/validation`. */
  validateDraft(id: string): Promise<{ valid: boolean; errors: string[] }>;
  /**
   * `POST …/draft/test`. `onAnswer` (here and on testAction / executeAction) is told how long the
   * answering call itself took, without waits for the rate limit or retries, for latency checks.
   */
  testDraft(
    id: string,
    input: Record<string, JsonValue>,
    timeoutSeconds: number,
    onAnswer?: (elapsedMs: number) => void,
  ): Promise<ActionTestResult>;
  /** `POST …/draft/publish` with the draft version. */
  publishDraft(id: string, version: number): Promise<ObservedDataAction>;
  /** `DELETE …/draft`; a missing draft is not an error. */
  deleteDraft(id: string): Promise<void>;

  /** `POST …/{id}/test?flatten=false`. */
  testAction(
    id: string,
    input: Record<string, JsonValue>,
    timeoutSeconds: number,
    onAnswer?: (elapsedMs: number) => void,
  ): Promise<ActionTestResult>;
  /** `POST …/{id}/execute?flatten=false` → the action's output. */
  executeAction(
    id: string,
    input: Record<string, JsonValue>,
    timeoutSeconds: number,
    onAnswer?: (elapsedMs: number) => void,
  ): Promise<JsonObject>;
}
