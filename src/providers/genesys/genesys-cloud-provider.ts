/**
 * The {@link GenesysProvider} that talks to a real Genesys Cloud org (or the
 * sandbox, through GENESYSCLOUD_GATEWAY_*). Each method is one documented
 * call sequence from docs/reference/genesys-api.md; retries, rate limiting,
 * timeouts and paging live in the HTTP client underneath.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { ConfigurationError } from '../../errors.js';
import type { DesiredDataAction } from '../../model/desired-state.js';
import type { JsonObject, JsonValue } from '../../model/json.js';
import type { ObservedCredential, ObservedDataAction, ObservedIntegration } from '../../model/observed-state.js';
import {
  createArchitectReads,
  type ArchitectRead,
  type ArchitectReads,
  type ConsumingDependency,
  type FlowSummary,
} from './architect-reads.js';
import type { IssuedToken } from './access-token-cache.js';
import type { EarlyReads } from './early-reads.js';
import { GenesysApiError, isActionFailureStatus } from './genesys-api-error.js';
import { createGenesysAuditReader, type GenesysAuditReader } from './genesys-audit-reader.js';
import { DEFAULT_GENESYS_CONCURRENCY } from './genesys-concurrency.js';
import { resolveGenesysEndpoints, type GenesysEnvironment } from './genesys-endpoints.js';
import { createGenesysHttpClient, type GenesysHttpClient, type GenesysLogger, type QueryParameters } from './genesys-http-client.js';
import type { ActionDraft, ActionTestResult, GenesysProvider } from './genesys-provider.js';
import {
  ACTION_LISTING,
  ACTIONS_PATH,
  CREDENTIAL_LISTING,
  DEFAULT_PAGE_SIZE,
  INTEGRATION_LISTING,
  LAMBDA_INTEGRATION_TYPE_PATH,
  ORGANIZATION_PATH,
} from './plan-first-reads.js';
import {
  actionNeedsFullRead,
  actionTemplateSources,
  observedCredential,
  observedDataAction,
  observedIntegration,
  type TemplateSource,
} from './observed-resources.js';
import type { Clock, Sleep } from './request-rate-limiter.js';
import {
  AWS_LAMBDA_INTEGRATION_TYPE_ID,
  AWS_ROLE_CREDENTIAL_TYPE,
  DEFAULT_CREDENTIAL_KEY,
  createIntegrationInput,
  credentialInput,
  intendedStateInput,
  integrationConfigurationInput,
  postActionInput,
  publishDraftInput,
  renameActionInput,
  updateActionInput,
  updateDraftInput,
} from './request-bodies.js';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, isGatewayStatus, type RetryPolicy } from './retry-policy.js';
import { mapConcurrently } from '../../model/map-concurrently.js';
import { nodeHttpFetch, type GenesysFetch } from './node-http-fetch.js';

export type { GenesysLogger } from './genesys-http-client.js';

/** How to build a {@link GenesysProvider}; everything but `env` has a production default. */
export interface GenesysProviderOptions {
  /** GENESYSCLOUD_OAUTHCLIENT_ID/SECRET, GENESYSCLOUD_REGION, GENESYSCLOUD_GATEWAY_HOST/PORT/PROTOCOL. */
  env: GenesysEnvironment;
  fetch?: GenesysFetch;
  sleep?: Sleep;
  now?: Clock;
  /** [0, 1), for backoff jitter. */
  random?: () => number;
  /** Client-side rate limit (default 300, Genesys' per-token limit for client credentials). */
  requestsPerMinute?: number;
  logger?: GenesysLogger;
  /** Called with the client secret and every access token, so the action shell can `core.setSecret` them. */
  onSecret?: (secret: string) => void;
  /** A token asked for before the provider existed (early-token.ts); adopted by the first call, or asked for again when it came to nothing. */
  earlyToken?: Promise<IssuedToken | undefined>;
  /** The plan's first reads, asked for with that token (early-reads.ts); each GET of such a path takes its answer once. */
  earlyReads?: EarlyReads;
  /** Listing page size (default 100, what Terraform uses; the documented maximum is unknown). */
  pageSize?: number;
  /** Timeout of ordinary calls (default 30 s). */
  defaultTimeoutMs?: number;
  /** Added to an action's own timeoutSeconds for /test, /draft/test and /execute (default 15 s). */
  actionTimeoutMarginMs?: number;
  retryPolicy?: Partial<RetryPolicy>;
  /**
   * The longest wait between polls of an integration's reportedState (default 2 s). The first
   * poll comes after {@link FIRST_INTEGRATION_POLL_MS} and each wait doubles up to this one.
   */
  integrationStatePollIntervalMs?: number;
  /** Reads in flight at once where nothing orders them (default {@link DEFAULT_GENESYS_CONCURRENCY}); the rate budget still applies. */
  concurrency?: number;
}

export { DEFAULT_GENESYS_CONCURRENCY };

const MAX_ACTION_TIMEOUT_SECONDS = 60;
const DEFAULT_INTEGRATION_STATE_TIMEOUT_MS = 60_000;
/**
 * The first wait before polling an integration's state again; later waits double up to the configured
 * interval. How long activation takes is not documented: a short first wait costs two or three more
 * reads when it takes seconds (25, 50, 100 … ms) and saves most of a wait when it takes a moment.
 */
export const FIRST_INTEGRATION_POLL_MS = 25;

/**
 * Timeout for a call that runs an action: the action's own timeout (clamped to
 * Genesys' 1–60 s) plus a margin for Genesys' own work, so the client never
 * gives up before Genesys does.
 */
export function actionCallTimeoutMs(timeoutSeconds: number, marginMs: number): number {
  const seconds = Math.min(
    MAX_ACTION_TIMEOUT_SECONDS,
    Math.max(1, Number.isFinite(timeoutSeconds) ? timeoutSeconds : MAX_ACTION_TIMEOUT_SECONDS),
  );
  return seconds * 1000 + marginMs;
}

/** Builds the provider from the environment; a missing client id/secret or an unknown region is a ConfigurationError. */
export function createGenesysProvider(options: GenesysProviderOptions): GenesysProvider {
  return createGenesysClients(options).provider;
}

/** The provider and the audit-trail reader over one HTTP client, so they share one token and one rate budget. */
export function createGenesysClients(options: GenesysProviderOptions): { provider: GenesysProvider; audits: GenesysAuditReader } {
  const clientId = options.env.GENESYSCLOUD_OAUTHCLIENT_ID?.trim();
  const clientSecret = options.env.GENESYSCLOUD_OAUTHCLIENT_SECRET;
  const missing = [
    clientId ? undefined : 'GENESYSCLOUD_OAUTHCLIENT_ID',
    clientSecret ? undefined : 'GENESYSCLOUD_OAUTHCLIENT_SECRET',
  ].filter((name): name is string => name !== undefined);
  if (missing.length > 0 || !clientId || !clientSecret) {
    throw new ConfigurationError(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: the Genesys Cloud OAuth client (client credentials grant) is required.`,
    );
  }
  const endpoints = resolveGenesysEndpoints(options.env);
  const sleep = options.sleep ?? ((milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const logger = options.logger ?? { debug: () => undefined, warning: () => undefined };
  const retryPolicy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retryPolicy };
  const http = createGenesysHttpClient({
    apiBaseUrl: endpoints.apiBaseUrl,
    loginBaseUrl: endpoints.loginBaseUrl,
    clientId,
    clientSecret,
    fetch: options.fetch ?? nodeHttpFetch,
    sleep,
    now,
    random,
    requestsPerMinute: options.requestsPerMinute ?? 300,
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    concurrency: Math.max(1, Math.floor(options.concurrency ?? DEFAULT_GENESYS_CONCURRENCY)),
    defaultTimeoutMs: options.defaultTimeoutMs ?? 30_000,
    retryPolicy,
    logger,
    onSecret: options.onSecret ?? (() => undefined),
    ...(options.earlyToken ? { earlyToken: options.earlyToken } : {}),
    ...(options.earlyReads ? { earlyReads: options.earlyReads } : {}),
  });
  const provider = new GenesysCloudProvider(http, {
    sleep,
    now,
    random,
    logger,
    retryPolicy,
    actionTimeoutMarginMs: options.actionTimeoutMarginMs ?? 15_000,
    integrationStatePollIntervalMs: options.integrationStatePollIntervalMs ?? 2_000,
    concurrency: Math.max(1, Math.floor(options.concurrency ?? DEFAULT_GENESYS_CONCURRENCY)),
  });
  return { provider, audits: createGenesysAuditReader(http) };
}

interface ProviderSettings {
  sleep: Sleep;
  now: Clock;
  random: () => number;
  logger: GenesysLogger;
  retryPolicy: RetryPolicy;
  actionTimeoutMarginMs: number;
  integrationStatePollIntervalMs: number;
  concurrency: number;
}

class GenesysCloudProvider implements GenesysProvider {
  private credentialKeyLookup: Promise<string> | undefined;
  private readonly architect: ArchitectReads;
  /**
   * The version each written resource (by path) had when last read or written, so a PATCH/PUT
   * sends it without reading it again; a stale one is a version conflict, re-read and retried.
   */
  private readonly knownVersions = new Map<string, number>();
  /** Full reads of published actions by (id, version): a version is never rewritten, so neither is its answer. */
  private readonly actionReads = new Map<string, Promise<Models.Action>>();

  constructor(
    private readonly http: GenesysHttpClient,
    private readonly settings: ProviderSettings,
  ) {
    this.architect = createArchitectReads(http);
  }

  dependencyTrackingBuild(): Promise<ArchitectRead<string>> {
    return this.architect.dependencyTrackingBuild();
  }

  actionConsumers(actionId: string, secure: boolean): Promise<ArchitectRead<ConsumingDependency[]>> {
    return this.architect.actionConsumers(actionId, secure);
  }

  lookupFlows(flowIds: readonly string[]): Promise<ArchitectRead<FlowSummary[]>> {
    return this.architect.lookupFlows(flowIds);
  }

  async organizationId(): Promise<string> {
    const organization = await this.http.request<Models.Organization>({ method: 'GET', path: ORGANIZATION_PATH });
    if (!organization?.id) throw new Error(`GET ${ORGANIZATION_PATH} returned no organization id`);
    return organization.id;
  }

  credentialKey(): Promise<string> {
    this.credentialKeyLookup ??= this.readCredentialKey().catch((error: unknown) => {
      this.credentialKeyLookup = undefined;
      throw error;
    });
    return this.credentialKeyLookup;
  }

  private async readCredentialKey(): Promise<string> {
    let integrationType: Models.IntegrationType | undefined;
    try {
      integrationType = await this.http.request<Models.IntegrationType>({ method: 'GET', path: LAMBDA_INTEGRATION_TYPE_PATH });
    } catch (error) {
      // Some orgs' OAuth roles may not see integration types; the documented key still works.
      if (error instanceof GenesysApiError && (error.status === 404 || error.status === 403)) return DEFAULT_CREDENTIAL_KEY;
      throw error;
    }
    const specifications = Object.entries(integrationType?.credentials ?? {});
    const forRoleArn = specifications.find(([, specification]) => specification?.credentialTypes?.includes(AWS_ROLE_CREDENTIAL_TYPE));
    return forRoleArn?.[0] ?? specifications[0]?.[0] ?? DEFAULT_CREDENTIAL_KEY;
  }

  async listIntegrations(): Promise<ObservedIntegration[]> {
    const integrations = await this.http.listAll<Models.Integration>(INTEGRATION_LISTING.path, INTEGRATION_LISTING.query);
    const ours = integrations.filter((integration) => integration.integrationType?.id === AWS_LAMBDA_INTEGRATION_TYPE_ID);
    return mapConcurrently(ours, this.settings.concurrency, async (integration) => {
      const inline = integration.config?.current;
      const configuration =
        inline && typeof inline.version === 'number'
          ? inline
          : await this.http.request<Models.IntegrationConfiguration>({
              method: 'GET',
              path: `/api/v2/integrations/${encodeSegment(integration.id)}/config/current`,
            });
      if (typeof configuration?.version === 'number') {
        this.knownVersions.set(`/api/v2/integrations/${encodeSegment(integration.id)}/config/current`, configuration.version);
      }
      return observedIntegration(integration, configuration);
    });
  }

  async listCredentials(): Promise<ObservedCredential[]> {
    const listed = await this.http.listAll<Models.CredentialInfo>(CREDENTIAL_LISTING.path, CREDENTIAL_LISTING.query);
    const roleCredentials = listed.filter((credential) => credential.type?.name === AWS_ROLE_CREDENTIAL_TYPE);
    // The listing carries no fields; the ARN is only on the credential itself (if not redacted).
    return mapConcurrently(roleCredentials, this.settings.concurrency, async (info) => {
      const credential = await this.http.request<Models.Credential>({
        method: 'GET',
        path: `/api/v2/integrations/credentials/${encodeSegment(info.id)}`,
      });
      return observedCredential({ ...info, ...credential });
    });
  }

  async listDataActions(integrationIds: readonly string[] | Promise<readonly string[]>): Promise<ObservedDataAction[]> {
    if (Array.isArray(integrationIds) && integrationIds.length === 0) return [];
    // The listing has no `expand` (docs/reference/genesys-next.md §1; SDK getIntegrationsActions), so an
    // entry without its contract is read once per (id, version) with expand=contract.
    const listed = await this.listingFilteredLater<Models.Action>(ACTION_LISTING.path, ACTION_LISTING.query, integrationIds);
    if (listed === undefined) return [];
    const wanted = new Set(await integrationIds);
    const ours = listed.filter((entry) => entry.integrationId !== undefined && wanted.has(entry.integrationId));
    return mapConcurrently(ours, this.settings.concurrency, async (entry) => {
      const action = actionNeedsFullRead(entry) ? await this.readAction(requireId(entry.id), entry.version) : entry;
      this.rememberActionVersion(action);
      return this.normalizeAction(action);
    });
  }

  /**
   * A listing the API cannot filter by integration, started before the wanted integration ids may be
   * known (the listing goes out beside the read that finds them). Undefined when, once known, none is
   * wanted: then the listing's answer, or its failure, does not matter. It is always waited for, so no
   * call is left in flight.
   */
  private async listingFilteredLater<T>(
    path: string,
    query: QueryParameters,
    integrationIds: readonly string[] | Promise<readonly string[]>,
  ): Promise<T[] | undefined> {
    const listing = this.http.listAll<T>(path, query);
    let wanted: readonly string[];
    try {
      wanted = await integrationIds;
    } catch (error) {
      await listing.catch(() => undefined);
      throw error;
    }
    if (wanted.length === 0)
      return listing.then(
        () => undefined,
        () => undefined,
      );
    return listing;
  }

  private readAction(id: string, version?: number): Promise<Models.Action> {
    const read = (): Promise<Models.Action> =>
      this.http.request<Models.Action>({
        method: 'GET',
        path: `${ACTIONS_PATH}/${encodeSegment(id)}`,
        query: { expand: 'contract', includeConfig: true },
      });
    if (version === undefined) return read();
    const key = `${id}@${version}`;
    let pending = this.actionReads.get(key);
    if (!pending) {
      pending = read().then((action) => {
        // Cached only when the answer is the version asked for: another writer may have moved it on.
        if (action.version !== version) this.actionReads.delete(key);
        return action;
      });
      pending.catch(() => this.actionReads.delete(key));
      this.actionReads.set(key, pending);
    }
    return pending;
  }

  private rememberActionVersion(action: Models.Action | undefined): void {
    if (action?.id !== undefined && typeof action.version === 'number') {
      this.knownVersions.set(`${ACTIONS_PATH}/${encodeSegment(action.id)}`, action.version);
    }
  }

  private async normalizeAction(action: Models.Action): Promise<ObservedDataAction> {
    const id = requireId(action.id);
    const sources = actionTemplateSources(action);
    const [requestTemplate, successTemplate] = await Promise.all([
      this.templateText(id, sources.request, 'requesttemplate.vm'),
      this.templateText(id, sources.success, 'successtemplate.vm'),
    ]);
    return observedDataAction(action, { requestTemplate, successTemplate });
  }

  private async templateText(actionId: string, source: TemplateSource, fileName: string): Promise<string> {
    if ('text' in source) return source.text;
    if ('missing' in source) return '';
    // Only the file name is taken from the URI: the token goes to the configured API host only.
    const uriFileName = source.uri.split('?')[0]?.split('/').pop();
    const file = uriFileName && /^[\w.-]+$/.test(uriFileName) ? uriFileName : fileName;
    return this.http.request<string>({
      method: 'GET',
      path: `${ACTIONS_PATH}/${encodeSegment(actionId)}/templates/${file}`,
      responseType: 'text',
    });
  }

  async createCredential(name: string, roleArn: string): Promise<string> {
    const created = await this.http.request<Models.CredentialInfo>({
      method: 'POST',
      path: '/api/v2/integrations/credentials',
      body: credentialInput(name, roleArn),
    });
    return requireId(created?.id);
  }

  async updateCredential(id: string, name: string, roleArn: string): Promise<void> {
    await this.http.request({
      method: 'PUT',
      path: `/api/v2/integrations/credentials/${encodeSegment(id)}`,
      body: credentialInput(name, roleArn),
    });
  }

  async deleteCredential(id: string): Promise<void> {
    await this.deleteToleratingAbsence(`/api/v2/integrations/credentials/${encodeSegment(id)}`);
  }

  async createIntegration(name: string): Promise<string> {
    const created = await this.http.request<Models.Integration>({
      method: 'POST',
      path: '/api/v2/integrations',
      body: createIntegrationInput(name),
    });
    return requireId(created?.id);
  }

  async setIntegrationConfig(id: string, config: { name: string; notes: string; credentials: Record<string, string> }): Promise<void> {
    const path = `/api/v2/integrations/${encodeSegment(id)}/config/current`;
    await this.withCurrentVersion(
      path,
      async () => (await this.http.request<Models.IntegrationConfiguration>({ method: 'GET', path }))?.version,
      (version) =>
        this.http.request<Models.IntegrationConfiguration>({ method: 'PUT', path, body: integrationConfigurationInput(config, version) }),
    );
  }

  async setIntegrationEnabled(id: string, enabled: boolean): Promise<void> {
    await this.http.request({
      method: 'PATCH',
      path: `/api/v2/integrations/${encodeSegment(id)}`,
      body: intendedStateInput(enabled),
    });
  }

  async waitForIntegrationState(id: string, code: string, options?: { timeoutMs?: number }): Promise<string | undefined> {
    const timeoutMs = options?.timeoutMs ?? DEFAULT_INTEGRATION_STATE_TIMEOUT_MS;
    const started = this.settings.now();
    // Elapsed time is the larger of the clock and the waits asked for, so an instant
    // test sleep on a real clock still ends the poll instead of hammering the API.
    let waited = 0;
    // An integration is usually active within a second or two: short waits first, then backing off.
    let nextPoll = Math.min(FIRST_INTEGRATION_POLL_MS, this.settings.integrationStatePollIntervalMs);
    for (;;) {
      const integration = await this.http.request<Models.Integration>({
        method: 'GET',
        path: `/api/v2/integrations/${encodeSegment(id)}`,
      });
      const reported = integration?.reportedState?.code;
      if (reported === code) return reported;
      const remaining = timeoutMs - Math.max(this.settings.now() - started, waited);
      if (remaining <= 0) return reported;
      const wait = Math.min(nextPoll, remaining);
      await this.settings.sleep(wait);
      waited += wait;
      nextPoll = Math.min(nextPoll * 2, this.settings.integrationStatePollIntervalMs);
    }
  }

  async deleteIntegration(id: string): Promise<void> {
    await this.deleteToleratingAbsence(`/api/v2/integrations/${encodeSegment(id)}`);
  }

  async createAction(action: DesiredDataAction, integrationId: string): Promise<ObservedDataAction> {
    // ⚠️ Terraform retries this create on 400 shortly after an integration is created (eventual
    // consistency); we do not, because a 400 is usually a real validation error worth showing at once.
    const created = await this.http.request<Models.Action>({
      method: 'POST',
      path: ACTIONS_PATH,
      body: postActionInput(action, integrationId),
    });
    this.rememberActionVersion(created);
    return this.normalizeAction(created);
  }

  async updateAction(id: string, action: DesiredDataAction): Promise<void> {
    const path = `${ACTIONS_PATH}/${encodeSegment(id)}`;
    await this.withCurrentVersion(
      path,
      async () => (await this.http.request<Models.Action>({ method: 'GET', path }))?.version,
      (version) => this.http.request<Models.Action>({ method: 'PATCH', path, body: updateActionInput(action, version) }),
    );
  }

  async deleteAction(id: string): Promise<void> {
    await this.deleteToleratingAbsence(`${ACTIONS_PATH}/${encodeSegment(id)}`);
  }

  async renameAction(id: string, name: string, knownVersion?: number): Promise<void> {
    const path = `${ACTIONS_PATH}/${encodeSegment(id)}`;
    await this.withCurrentVersion(
      path,
      async () => (await this.http.request<Models.Action>({ method: 'GET', path }))?.version,
      (version) => this.http.request<Models.Action>({ method: 'PATCH', path, body: renameActionInput(name, version) }),
      knownVersion,
    );
  }

  async listDrafts(
    integrationIds: readonly string[] | Promise<readonly string[]>,
  ): Promise<(ActionDraft & { name: string; integrationId: string })[]> {
    if (Array.isArray(integrationIds) && integrationIds.length === 0) return [];
    const drafts = await this.listingFilteredLater<Models.Action>(`${ACTIONS_PATH}/drafts`, {}, integrationIds);
    if (drafts === undefined) return [];
    const wanted = new Set(await integrationIds);
    return drafts
      .filter((draft) => draft.integrationId !== undefined && wanted.has(draft.integrationId))
      .map((draft) => ({
        id: requireId(draft.id),
        version: draft.version ?? 0,
        name: draft.name ?? '',
        integrationId: draft.integrationId ?? '',
      }));
  }

  async createDraft(action: DesiredDataAction, integrationId: string): Promise<ActionDraft> {
    const created = await this.http.request<Models.Action>({
      method: 'POST',
      path: `${ACTIONS_PATH}/drafts`,
      body: postActionInput(action, integrationId),
    });
    const draft = asDraft(created);
    this.knownVersions.set(`${ACTIONS_PATH}/${encodeSegment(draft.id)}/draft`, draft.version);
    return draft;
  }

  async draftFromAction(id: string, action: DesiredDataAction): Promise<ActionDraft> {
    const draftPath = `${ACTIONS_PATH}/${encodeSegment(id)}/draft`;
    try {
      // The new draft's version comes with the answer: the PATCH below sends it without reading the draft again.
      const started = await this.http.request<Models.Action | undefined>({ method: 'POST', path: draftPath });
      if (typeof started?.version === 'number') this.knownVersions.set(draftPath, started.version);
    } catch (error) {
      // ❓ Starting a draft when one exists is undocumented (conflict or bad request); an
      // interrupted apply leaves one behind, and re-using it is what the caller wants.
      if (!(error instanceof GenesysApiError && (error.status === 409 || error.status === 400))) throw error;
      if (!(await this.draftExists(draftPath))) throw error;
      this.settings.logger.debug(`Genesys action ${id} already has a draft (${error.status}); updating it`);
    }
    return this.updateDraft(id, action);
  }

  async updateDraft(id: string, action: DesiredDataAction): Promise<ActionDraft> {
    const draftPath = `${ACTIONS_PATH}/${encodeSegment(id)}/draft`;
    const updated = await this.withCurrentVersion(
      draftPath,
      async () => (await this.http.request<Models.Action>({ method: 'GET', path: draftPath }))?.version,
      (version) => this.http.request<Models.Action>({ method: 'PATCH', path: draftPath, body: updateDraftInput(action, version) }),
    );
    return asDraft({ ...updated, id: updated?.id ?? id });
  }

  private async draftExists(draftPath: string): Promise<boolean> {
    try {
      const draft = await this.http.request<Models.Action | undefined>({ method: 'GET', path: draftPath });
      if (typeof draft?.version === 'number') this.knownVersions.set(draftPath, draft.version);
      else this.knownVersions.delete(draftPath);
      return true;
    } catch (error) {
      if (error instanceof GenesysApiError && error.isNotFound) return false;
      throw error;
    }
  }

  async validateDraft(id: string): Promise<{ valid: boolean; errors: string[] }> {
    const result = await this.http.request<Models.DraftValidationResult>({
      method: 'GET',
      path: `${ACTIONS_PATH}/${encodeSegment(id)}/draft/validation`,
    });
    const errors = (result?.errors ?? []).map(describeValidationError);
    return { valid: result?.valid === true && errors.length === 0, errors };
  }

  async testDraft(
    id: string,
    input: Record<string, JsonValue>,
    timeoutSeconds: number,
    onAnswer?: (elapsedMs: number) => void,
  ): Promise<ActionTestResult> {
    return this.runTest(`${ACTIONS_PATH}/${encodeSegment(id)}/draft/test`, input, timeoutSeconds, onAnswer);
  }

  async publishDraft(id: string, version: number): Promise<ObservedDataAction> {
    // No version-conflict retry here: the caller validated and tested exactly this version,
    // and publishing a newer one would publish something untested.
    const published = await this.http.request<Models.Action>({
      method: 'POST',
      path: `${ACTIONS_PATH}/${encodeSegment(id)}/draft/publish`,
      body: publishDraftInput(version),
    });
    // ❓ The publish answer may omit config or contract; read the published action then.
    this.knownVersions.delete(`${ACTIONS_PATH}/${encodeSegment(id)}/draft`);
    const action = published && !actionNeedsFullRead(published) ? published : await this.readAction(id);
    this.rememberActionVersion(action);
    return this.normalizeAction(action);
  }

  async deleteDraft(id: string): Promise<void> {
    await this.deleteToleratingAbsence(`${ACTIONS_PATH}/${encodeSegment(id)}/draft`);
  }

  async testAction(
    id: string,
    input: Record<string, JsonValue>,
    timeoutSeconds: number,
    onAnswer?: (elapsedMs: number) => void,
  ): Promise<ActionTestResult> {
    return this.runTest(`${ACTIONS_PATH}/${encodeSegment(id)}/test`, input, timeoutSeconds, onAnswer);
  }

  /**
   * ❓ Whether /test answers 200 with `success: false` or an error status when
   * the action fails is unconfirmed (docs/reference/genesys-api.md §5), so both come back as a
   * failed result: the statuses /execute fails an action with (400, 408, 500). Statuses about the
   * call itself (auth, permissions, unknown action, rate limit, conflicts, a gateway's 502/503/504
   * once the client's retries are spent) still throw: they say nothing about the action.
   */
  private async runTest(
    path: string,
    input: Record<string, JsonValue>,
    timeoutSeconds: number,
    onAnswer: ((elapsedMs: number) => void) | undefined,
  ): Promise<ActionTestResult> {
    try {
      const result = await this.http.request<Models.TestExecutionResult>({
        method: 'POST',
        path,
        query: { flatten: false },
        body: input,
        ...runCallRetries,
        timeoutMs: actionCallTimeoutMs(timeoutSeconds, this.settings.actionTimeoutMarginMs),
        ...(onAnswer ? { onAnswer } : {}),
      });
      return asTestResult(result);
    } catch (error) {
      if (!(error instanceof GenesysApiError) || !isActionFailureStatus(error.status)) throw error;
      return { operations: [], success: false, error: error.body ?? { message: error.message, status: error.status } };
    }
  }

  async executeAction(
    id: string,
    input: Record<string, JsonValue>,
    timeoutSeconds: number,
    onAnswer?: (elapsedMs: number) => void,
  ): Promise<JsonObject> {
    const output = await this.http.request<JsonValue | undefined>({
      method: 'POST',
      path: `${ACTIONS_PATH}/${encodeSegment(id)}/execute`,
      query: { flatten: false },
      body: input,
      ...runCallRetries,
      timeoutMs: actionCallTimeoutMs(timeoutSeconds, this.settings.actionTimeoutMarginMs),
      ...(onAnswer ? { onAnswer } : {}),
    });
    if (output === null || typeof output !== 'object' || Array.isArray(output)) {
      throw new Error(`POST ${ACTIONS_PATH}/${id}/execute returned ${JSON.stringify(output)}, not an output object`);
    }
    return output;
  }

  /**
   * Reads the current version, writes with it, and on a version conflict
   * (someone else wrote in between) reads again and retries, a bounded
   * number of times.
   */
  private async withCurrentVersion<T extends { version?: number } | undefined>(
    path: string,
    readVersion: () => Promise<number | undefined>,
    write: (version: number) => Promise<T>,
    /** The version the caller last saw (the plan's read, in an apply run of its own), when this client has none. */
    callerVersion?: number,
  ): Promise<T> {
    const { maxVersionConflictRetries } = this.settings.retryPolicy;
    // The version a listing or an earlier answer gave is tried first; only a conflict costs a read.
    let known = this.knownVersions.get(path) ?? callerVersion;
    for (let retry = 0; ;) {
      const fromMemory = known !== undefined;
      const version = known ?? (await readVersion());
      known = undefined;
      if (typeof version !== 'number') throw new Error(`Genesys returned no version for ${path}`);
      try {
        const written = await write(version);
        if (typeof written?.version === 'number') this.knownVersions.set(path, written.version);
        else this.knownVersions.delete(path);
        return written;
      } catch (error) {
        this.knownVersions.delete(path);
        if (!(error instanceof GenesysApiError && error.isVersionConflict)) throw error;
        // A remembered version gone stale costs one read, not one of the conflict retries.
        if (fromMemory) continue;
        if (retry >= maxVersionConflictRetries) throw error;
        retry += 1;
        const delay = backoffDelayMs(retry - 1, this.settings.random, this.settings.retryPolicy);
        this.settings.logger.warning(
          `${error.method} ${error.path}: version ${version} is stale (${error.status}); re-reading and retrying in ${delay} ms (retry ${retry} of ${maxVersionConflictRetries})`,
        );
        await this.settings.sleep(delay);
      }
    }
  }

  private async deleteToleratingAbsence(path: string): Promise<void> {
    try {
      await this.http.request({ method: 'DELETE', path });
    } catch (error) {
      // Already gone (deleted by a previous, interrupted apply, or with its integration).
      if (error instanceof GenesysApiError && error.isNotFound) return;
      throw error;
    }
  }
}

/**
 * A run of an action (/test, /draft/test, /execute) writes nothing in Genesys: it only invokes the
 * Lambda, which the reference says to retry anyway (IAM propagation). So the client retries it like a
 * read on a dropped or reset connection, and on a gateway's 502/503/504, within its time-bounded
 * budget; never on 500, which is the action's own failure, and never after our own timeout (the
 * action's timeoutSeconds plus the margin already passed: a second wait as long helps nobody).
 */
const runCallRetries = { idempotent: true, retryStatus: isGatewayStatus, retryTimeouts: false } as const;

function asDraft(action: Models.Action | undefined): ActionDraft {
  return { id: requireId(action?.id), version: action?.version ?? 0 };
}

function asTestResult(result: Models.TestExecutionResult | undefined): ActionTestResult {
  const operations = (result?.operations ?? []).map((operation, index) => {
    const normalized: ActionTestResult['operations'][number] = {
      step: operation.step ?? index + 1,
      name: operation.name ?? '',
      success: operation.success === true,
    };
    if (operation.result !== undefined) normalized.result = operation.result;
    if (operation.error !== undefined) normalized.error = operation.error;
    return normalized;
  });
  const normalized: ActionTestResult = { operations, success: result?.success === true };
  if (result?.error !== undefined) normalized.error = result.error;
  if (result?.finalResult !== undefined) normalized.finalResult = result.finalResult;
  return normalized;
}

function describeValidationError(error: Models.ErrorBody): string {
  const message = error.message ?? error.code ?? 'validation failed';
  return error.contextId ? `${message} (contextId ${error.contextId})` : message;
}

function requireId(id: string | undefined): string {
  if (typeof id !== 'string' || id === '') throw new Error('Genesys returned an entity without an id');
  return id;
}

/** Ids go into paths verbatim in Genesys' SDKs; encoding guards against a hostile id changing the path. */
function encodeSegment(id: string | undefined): string {
  return encodeURIComponent(requireId(id));
}
