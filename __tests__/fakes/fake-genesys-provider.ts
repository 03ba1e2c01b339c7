/**
 * An in-memory GenesysProvider for apply-logic tests: integrations,
 * credentials, published actions and drafts kept in maps, every call
 * recorded, failures injectable per method, and the Lambda functions behind
 * the actions played by a function the test sets. Like the sandbox it
 * refuses a second action of one name in an integration (drafts included),
 * so an apply that would need that fails here too. Wire-level behaviour
 * (paging, versions over HTTP, retries) belongs to the sandbox tests.
 */
import type { DesiredDataAction } from '../../src/model/desired-state.js';
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import type { ObservedDataAction } from '../../src/model/observed-state.js';
import type { ActionTestResult, ArchitectRead, GenesysProvider } from '../../src/providers/genesys/genesys-provider.js';
import { createCallRecorder, type FakeCall, type FakeFault } from './fake-calls.js';

/** A published action or a draft: the definition last written, and its version. */
export interface FakeAction {
  id: string;
  integrationId: string;
  version: number;
  definition: DesiredDataAction;
}

export interface FakeIntegration {
  id: string;
  name: string;
  intendedState: 'ENABLED' | 'DISABLED';
  reportedState: string;
  config: { name: string; version: number; notes: string; credentials: Record<string, string> };
}

export interface FakeCredential {
  id: string;
  name: string;
  roleArn: string;
}

/** A published flow that calls actions by id (what Architect dependency tracking reports). */
export interface FakeFlow {
  id: string;
  name: string;
  /** Dependency type, e.g. `INBOUNDCALLFLOW`. */
  type: string;
  version: string;
  uses: string[];
}

export interface FakeGenesysState {
  credentials: Map<string, FakeCredential>;
  integrations: Map<string, FakeIntegration>;
  actions: Map<string, FakeAction>;
  drafts: Map<string, FakeAction>;
  flows: Map<string, FakeFlow>;
  /** Dependency-tracking build status. */
  buildStatus: string;
  /** When set, every Architect read answers as unreadable with this reason (e.g. a missing permission). */
  architectRefusal: string | undefined;
}

/** One run of the Lambda behind an action (or a draft). */
export interface FakeFunctionCall {
  actionId: string;
  actionName: string;
  input: Record<string, JsonValue>;
  endpoint: 'draft-test' | 'test' | 'execute';
}

/** What the function answers: its output, or the error Genesys reports for it. */
export type FakeFunctionResult = { output: JsonObject } | { error: string };

export interface FakeGenesysProviderOptions {
  orgId?: string;
  credentialKey?: string;
  /** Shared with other fakes to see the order of calls across providers. */
  calls?: FakeCall[];
}

export interface FakeGenesysProvider {
  provider: GenesysProvider;
  state: FakeGenesysState;
  calls: FakeCall[];
  inject(fault: FakeFault<keyof GenesysProvider>): void;
  /** The Lambda functions; by default every run answers `{}`. */
  runFunction: (call: FakeFunctionCall) => FakeFunctionResult;
  /** Draft validation; by default every draft is valid. */
  validate: (draft: FakeAction) => { valid: boolean; errors: string[] };
  /** The reportedState an integration reaches once enabled. */
  enabledState: string;
}

export function createFakeGenesysProvider(options: FakeGenesysProviderOptions = {}): FakeGenesysProvider {
  const recorder = createCallRecorder<keyof GenesysProvider>('genesys', options.calls);
  const state: FakeGenesysState = {
    credentials: new Map(),
    integrations: new Map(),
    actions: new Map(),
    drafts: new Map(),
    flows: new Map(),
    buildStatus: 'OPERATIONAL',
    architectRefusal: undefined,
  };
  let lastId = 0;
  const nextId = (prefix: string): string => `${prefix}-${++lastId}`;
  const fake: FakeGenesysProvider = {
    state,
    calls: recorder.calls,
    inject: (fault) => recorder.inject(fault),
    runFunction: () => ({ output: {} }),
    validate: () => ({ valid: true, errors: [] }),
    enabledState: 'ACTIVE',
    provider: createProvider(),
  };
  return fake;

  function run(found: FakeAction, input: Record<string, JsonValue>, endpoint: FakeFunctionCall['endpoint']): FakeFunctionResult {
    return fake.runFunction({ actionId: found.id, actionName: found.definition.name, input, endpoint });
  }

  function createProvider(): GenesysProvider {
    const { enter } = recorder;
    return {
      async organizationId() {
        enter('organizationId', []);
        return options.orgId ?? 'org-1';
      },
      async credentialKey() {
        enter('credentialKey', []);
        return options.credentialKey ?? 'AmazonWebServicesARN';
      },
      async listIntegrations() {
        enter('listIntegrations', []);
        return [...state.integrations.values()].map((integration) => ({
          id: integration.id,
          name: integration.name,
          integrationTypeId: 'aws-lambda-data-actions',
          intendedState: integration.intendedState,
          reportedState: integration.reportedState,
          config: structuredClone(integration.config),
        }));
      },
      async listCredentials() {
        enter('listCredentials', []);
        return [...state.credentials.values()].map(({ id, name, roleArn }) => ({ id, name, typeName: 'amazonWebServicesARN', roleArn }));
      },
      async listDataActions(integrationIdsOrPromise) {
        // Like the provider, the listing may be asked for before the ids are known; it is recorded with them.
        const integrationIds = await integrationIdsOrPromise;
        enter('listDataActions', [integrationIds]);
        return [...state.actions.values()].filter((action) => integrationIds.includes(action.integrationId)).map(observedAction);
      },
      async createCredential(name, roleArn) {
        enter('createCredential', [name, roleArn]);
        const id = nextId('credential');
        state.credentials.set(id, { id, name, roleArn });
        return id;
      },
      async updateCredential(id, name, roleArn) {
        enter('updateCredential', [id, name, roleArn]);
        required(state.credentials, id, 'credential');
        state.credentials.set(id, { id, name, roleArn });
      },
      async deleteCredential(id) {
        enter('deleteCredential', [id]);
        required(state.credentials, id, 'credential');
        state.credentials.delete(id);
      },
      async createIntegration(name) {
        enter('createIntegration', [name]);
        const id = nextId('integration');
        const config = { name, version: 1, notes: '', credentials: {} };
        state.integrations.set(id, { id, name, intendedState: 'DISABLED', reportedState: 'INACTIVE', config });
        return id;
      },
      async setIntegrationConfig(id, config) {
        enter('setIntegrationConfig', [id, config]);
        const integration = required(state.integrations, id, 'integration');
        integration.config = { ...structuredClone(config), version: integration.config.version + 1 };
      },
      async setIntegrationEnabled(id, enabled) {
        enter('setIntegrationEnabled', [id, enabled]);
        const integration = required(state.integrations, id, 'integration');
        integration.intendedState = enabled ? 'ENABLED' : 'DISABLED';
        integration.reportedState = enabled ? fake.enabledState : 'INACTIVE';
      },
      async waitForIntegrationState(id, code, waitOptions) {
        enter('waitForIntegrationState', [id, code, waitOptions]);
        return required(state.integrations, id, 'integration').reportedState;
      },
      async deleteIntegration(id) {
        enter('deleteIntegration', [id]);
        required(state.integrations, id, 'integration');
        state.integrations.delete(id);
      },
      async createAction(action, integrationId) {
        enter('createAction', [action.name, integrationId]);
        const created = newAction(nextId('action'), integrationId, action);
        state.actions.set(created.id, created);
        return observedAction(created);
      },
      async updateAction(id, action) {
        enter('updateAction', [id, action.name]);
        rewrite(required(state.actions, id, 'action'), action);
      },
      async deleteAction(id) {
        enter('deleteAction', [id]);
        required(state.actions, id, 'action');
        state.actions.delete(id);
      },
      async renameAction(id, name) {
        enter('renameAction', [id, name]);
        const action = required(state.actions, id, 'action');
        rewrite(action, { ...action.definition, name });
      },
      async dependencyTrackingBuild() {
        enter('dependencyTrackingBuild', []);
        return architectRead(() => state.buildStatus);
      },
      async actionConsumers(actionId, secure) {
        enter('actionConsumers', [actionId, secure]);
        return architectRead(() =>
          [...state.flows.values()]
            .filter((flow) => flow.uses.includes(actionId))
            .map(({ id, name, type, version }) => ({ id, name, type, version })),
        );
      },
      async lookupFlows(flowIds) {
        enter('lookupFlows', [flowIds]);
        return architectRead(() =>
          flowIds.flatMap((id) => {
            const flow = state.flows.get(id);
            return flow ? [{ id, name: flow.name, type: flow.type.replace(/FLOW$/, ''), publishedVersion: flow.version }] : [];
          }),
        );
      },
      async listDrafts(integrationIdsOrPromise) {
        const integrationIds = await integrationIdsOrPromise;
        enter('listDrafts', [integrationIds]);
        return [...state.drafts.values()]
          .filter((draft) => integrationIds.includes(draft.integrationId))
          .map(({ id, version, integrationId, definition }) => ({ id, version, integrationId, name: definition.name }));
      },
      async createDraft(action, integrationId) {
        enter('createDraft', [action.name, integrationId]);
        const draft = newAction(nextId('action'), integrationId, action);
        state.drafts.set(draft.id, draft);
        return { id: draft.id, version: draft.version };
      },
      async draftFromAction(id, action) {
        enter('draftFromAction', [id, action.name]);
        const published = required(state.actions, id, 'action');
        if (state.drafts.has(id)) throw new Error(`A draft already exists for action ${id}`);
        const draft = newAction(id, published.integrationId, action);
        state.drafts.set(id, draft);
        return { id, version: draft.version };
      },
      async updateDraft(id, action) {
        enter('updateDraft', [id, action.name]);
        const draft = required(state.drafts, id, 'draft');
        rewrite(draft, action);
        return { id, version: draft.version };
      },
      async validateDraft(id) {
        enter('validateDraft', [id]);
        return fake.validate(required(state.drafts, id, 'draft'));
      },
      async testDraft(id, input, timeoutSeconds) {
        enter('testDraft', [id, input, timeoutSeconds]);
        return testResult(run(required(state.drafts, id, 'draft'), input, 'draft-test'));
      },
      async publishDraft(id, version) {
        enter('publishDraft', [id, version]);
        const draft = required(state.drafts, id, 'draft');
        if (draft.version !== version) throw new Error(`version conflict: draft ${id} is at ${draft.version}, not ${version}`);
        const published = { ...draft, version: (state.actions.get(id)?.version ?? 0) + 1 };
        state.drafts.delete(id);
        state.actions.set(id, published);
        return observedAction(published);
      },
      async deleteDraft(id) {
        enter('deleteDraft', [id]);
        state.drafts.delete(id);
      },
      async testAction(id, input, timeoutSeconds) {
        enter('testAction', [id, input, timeoutSeconds]);
        return testResult(run(required(state.actions, id, 'action'), input, 'test'));
      },
      async executeAction(id, input, timeoutSeconds) {
        enter('executeAction', [id, input, timeoutSeconds]);
        const result = run(required(state.actions, id, 'action'), input, 'execute');
        if ('error' in result) throw new Error(`execute ${id} failed: ${result.error}`);
        return result.output;
      },
    } satisfies GenesysProvider;
  }

  function architectRead<T>(read: () => T): ArchitectRead<T> {
    return state.architectRefusal === undefined ? { readable: true, value: read() } : { readable: false, reason: state.architectRefusal };
  }

  function newAction(id: string, integrationId: string, definition: DesiredDataAction): FakeAction {
    required(state.integrations, integrationId, 'integration');
    assertNameFree(id, integrationId, definition.name);
    return { id, integrationId, version: 1, definition: structuredClone(definition) };
  }

  function rewrite(target: FakeAction, definition: DesiredDataAction): void {
    assertNameFree(target.id, target.integrationId, definition.name);
    target.definition = structuredClone(definition);
    target.version += 1;
  }

  function assertNameFree(id: string, integrationId: string, name: string): void {
    const clash = [...state.actions.values(), ...state.drafts.values()].find(
      (other) => other.id !== id && other.integrationId === integrationId && other.definition.name === name,
    );
    if (clash) throw new Error(`An action named '${name}' already exists in integration ${integrationId} (${clash.id})`);
  }
}

function required<T>(items: Map<string, T>, id: string, what: string): T {
  const found = items.get(id);
  if (found === undefined) throw new Error(`${what} ${id} not found`);
  return found;
}

function testResult(result: FakeFunctionResult): ActionTestResult {
  if ('error' in result) {
    return {
      operations: [{ step: 1, name: 'Invoke Lambda', success: false, error: result.error }],
      success: false,
      error: { message: result.error },
    };
  }
  return {
    operations: [{ step: 1, name: 'Invoke Lambda', success: true, result: result.output }],
    success: true,
    finalResult: result.output,
  };
}

function observedAction({ id, integrationId, version, definition }: FakeAction): ObservedDataAction {
  return {
    id,
    name: definition.name,
    integrationId,
    category: definition.category,
    version,
    secure: definition.secure,
    contract: structuredClone(definition.contract),
    functionArn: definition.functionArn,
    timeoutSeconds: definition.timeoutSeconds,
    request: structuredClone(definition.request),
    response: structuredClone(definition.response),
  };
}
