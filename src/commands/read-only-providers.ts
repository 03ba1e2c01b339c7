/**
 * The providers as a drift run may use them: every read and run passes
 * through, every write throws before it reaches AWS or Genesys. The guard
 * spells out each method of the provider interfaces, so a method added to an
 * interface must be classified here as a read or a write before the code
 * compiles again.
 *
 * Runs (`testAction`, `executeAction`) are allowed: they are what continuous
 * validation is, and they change no configuration. Draft tests are not: a
 * drift run never makes a draft.
 */
import type { RoleProvider } from '../providers/aws-iam/role-provider.js';
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';
import type { Providers } from './providers.js';

/** A write attempted in a read-only run: a bug, stopped before anything was sent. */
export class ReadOnlyViolationError extends Error {
  override name = 'ReadOnlyViolationError';
  constructor(
    readonly provider: 'AWS IAM' | 'Genesys Cloud',
    readonly method: string,
  ) {
    super(
      `The drift run is read-only, but it tried to call ${provider} ${method}; nothing was sent (this is a bug in genesys-lambda-gitops).`,
    );
  }
}

function refuse(provider: ReadOnlyViolationError['provider'], method: string): () => never {
  return () => {
    throw new ReadOnlyViolationError(provider, method);
  };
}

function readOnlyRoles(roles: RoleProvider): RoleProvider {
  const guarded: RoleProvider = {
    callerAccountId: () => roles.callerAccountId(),
    readRole: (name, options) => roles.readRole(name, options),
    listManagedRoleNames: (environment) => roles.listManagedRoleNames(environment),
    readExternalRole: (roleArn) => roles.readExternalRole(roleArn),
    readManagedPolicy: (policyArn) => roles.readManagedPolicy(policyArn),
    applyRole: refuse('AWS IAM', 'applyRole'),
    deleteRole: refuse('AWS IAM', 'deleteRole'),
    waitUntilRoleUsable: refuse('AWS IAM', 'waitUntilRoleUsable'),
  };
  return guarded;
}

function readOnlyGenesys(genesys: GenesysProvider): GenesysProvider {
  const write = (method: keyof GenesysProvider) => refuse('Genesys Cloud', method);
  const guarded: GenesysProvider = {
    organizationId: () => genesys.organizationId(),
    credentialKey: () => genesys.credentialKey(),
    listIntegrations: () => genesys.listIntegrations(),
    listCredentials: () => genesys.listCredentials(),
    listDataActions: (integrationIds) => genesys.listDataActions(integrationIds),
    listDrafts: (integrationIds) => genesys.listDrafts(integrationIds),
    testAction: (id, input, timeoutSeconds) => genesys.testAction(id, input, timeoutSeconds),
    executeAction: (id, input, timeoutSeconds) => genesys.executeAction(id, input, timeoutSeconds),
    dependencyTrackingBuild: () => genesys.dependencyTrackingBuild(),
    actionConsumers: (actionId, secure) => genesys.actionConsumers(actionId, secure),
    lookupFlows: (flowIds) => genesys.lookupFlows(flowIds),
    createCredential: write('createCredential'),
    updateCredential: write('updateCredential'),
    deleteCredential: write('deleteCredential'),
    createIntegration: write('createIntegration'),
    setIntegrationConfig: write('setIntegrationConfig'),
    setIntegrationEnabled: write('setIntegrationEnabled'),
    waitForIntegrationState: write('waitForIntegrationState'),
    deleteIntegration: write('deleteIntegration'),
    createAction: write('createAction'),
    updateAction: write('updateAction'),
    deleteAction: write('deleteAction'),
    renameAction: write('renameAction'),
    createDraft: write('createDraft'),
    draftFromAction: write('draftFromAction'),
    updateDraft: write('updateDraft'),
    validateDraft: write('validateDraft'),
    testDraft: write('testDraft'),
    publishDraft: write('publishDraft'),
    deleteDraft: write('deleteDraft'),
  };
  return guarded;
}

/** The same providers, with every write refused. */
export function readOnlyProviders(providers: Providers): Providers {
  return {
    roles: readOnlyRoles(providers.roles),
    genesys: readOnlyGenesys(providers.genesys),
    // Lambda is only ever read (GetFunctionConfiguration, GetPolicy).
    functions: providers.functions,
    // The audit reader has only reads.
    ...(providers.audits === undefined ? {} : { audits: providers.audits }),
    ...(providers.genesysConcurrency === undefined ? {} : { genesysConcurrency: providers.genesysConcurrency }),
  };
}
