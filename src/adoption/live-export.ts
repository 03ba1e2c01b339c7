/**
 * `export`'s core: a live org, as the providers read it, → a manifest folder
 * that validates and plans to no change against the same org. One file per
 * resource: the Environment, each Role this tool may manage (role-document.ts),
 * each Integration (with its credential's name and role), and one DataAction
 * per published action, named by portable-file-names.ts, so the same org
 * always gives byte-identical files. Nothing secret is read, so nothing
 * secret is written: credentials hold only the role ARN, and a header whose
 * name looks like a credential is written as a `{{ vars.… }}` reference for
 * the user to define. What cannot be exported as it is (two integrations or
 * actions of one name, a name the manifests would read as a variable) is
 * said in a note, and errors mean the folder is incomplete. Pure.
 */
import type { GenesysRegion } from '../genesys/regions.js';
import { DEFAULT_INTEGRATION_NOTES, defaultCredentialName } from '../manifests/desired-state-builder.js';
import { API_VERSION, type ManifestKind } from '../manifests/manifest-kinds.js';
import type { ObservedCredential, ObservedDataAction, ObservedIntegration } from '../model/observed-state.js';
import { isCredentialLikeName } from '../plan/field-diff.js';
import { integrationNameOf } from '../plan/live-matching.js';
import { sortedBy } from '../plan/sorted-by.js';
import { dataActionDocument, type ActionDefinition } from './data-action-document.js';
import { renderManifestYaml, type KeyComment } from './manifest-yaml.js';
import { portableFileNames } from './portable-file-names.js';
import { inReadingOrder } from './schema-key-order.js';
import { exportRole, type LiveRole } from './role-document.js';

/** What export read from the org and AWS. */
export interface LiveOrg {
  environment: string;
  genesysRegion: GenesysRegion;
  /** The AWS region for the SDK clients (the Environment's `spec.aws.region`). */
  awsRegion: string;
  /** The AWS account of the credentials export ran with. */
  accountId: string;
  orgId: string;
  credentialKey: string;
  /** The integrations to export (already filtered by `--integration`). */
  integrations: ObservedIntegration[];
  credentials: ObservedCredential[];
  /** Published actions of those integrations. */
  dataActions: ObservedDataAction[];
  /** Role ARN → what reading it gave; absent for roles of other accounts (not read). */
  roles: Record<string, LiveRole>;
}

export interface ExportNote {
  /** `error`: something live is not in the folder. */
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** One file of the folder. */
export interface ExportedFile {
  name: string;
  text: string;
}

export interface ExportResult {
  files: ExportedFile[];
  notes: ExportNote[];
  counts: { roles: number; integrations: number; actions: number };
}

interface ExportedIntegration {
  live: ObservedIntegration;
  name: string;
  credential: ObservedCredential;
  roleArn: string;
}

export function exportLiveOrg(org: LiveOrg, options: { adoptRoles: boolean }): ExportResult {
  const notes: ExportNote[] = [];
  const integrations = chooseIntegrations(org, notes);
  const actions = chooseActions(org, integrations, notes);
  const documents: { kind: ManifestKind; name: string; value: Record<string, unknown>; header: string[]; keyComments?: KeyComment[] }[] =
    [];
  documents.push({
    kind: 'Environment',
    name: org.environment,
    value: environmentDocument(org),
    header: [`Exported by genesys-lambda-gitops from the Genesys Cloud org ${org.orgId}.`],
  });

  const roleNames = new Map<string, string>();
  for (const roleArn of [...new Set(integrations.map((integration) => integration.roleArn))].sort()) {
    const users = new Set(integrations.filter((integration) => integration.roleArn === roleArn).map((integration) => integration.name));
    const role = exportRole(roleArn, org.roles[roleArn], {
      environment: org.environment,
      orgId: org.orgId,
      genesysAwsAccountId: org.genesysRegion.genesysAwsAccountId ?? '',
      invokedFunctions: actions.filter((action) => users.has(action.integration)).map((action) => action.functionArn),
      adoptRoles: options.adoptRoles,
    });
    if (role.note !== undefined) notes.push({ severity: 'info', message: role.note });
    if (role.manage) {
      roleNames.set(roleArn, role.name);
      documents.push({ kind: 'Role', name: role.name, value: role.value, header: [`Exported by genesys-lambda-gitops from ${roleArn}.`] });
    }
  }
  for (const integration of integrations) {
    documents.push({
      kind: 'Integration',
      name: integration.name,
      value: integrationDocument(integration, roleNames.get(integration.roleArn)),
      header: [`Exported by genesys-lambda-gitops from the Genesys integration ${integration.live.id}.`],
    });
  }
  for (const action of actions) {
    const document = dataActionDocument(action.definition);
    documents.push({
      kind: 'DataAction',
      name: action.definition.name,
      value: document.value,
      header: [`Exported by genesys-lambda-gitops from the Genesys action ${action.id}.`],
      keyComments: document.keyComments,
    });
  }
  return {
    files: fileNamesFor(documents).map(({ file, document }) => ({
      name: file,
      text: renderManifestYaml(document.value, {
        kind: document.kind,
        header: document.header,
        ...(document.keyComments ? { keyComments: document.keyComments } : {}),
      }),
    })),
    notes,
    counts: { roles: roleNames.size, integrations: integrations.length, actions: actions.length },
  };
}

const FILE_PREFIXES: Record<ManifestKind, string> = {
  Environment: 'environment',
  Role: 'role',
  Integration: 'integration',
  DataAction: 'data-action',
};

function fileNamesFor<D extends { kind: ManifestKind; name: string }>(documents: readonly D[]): { file: string; document: D }[] {
  const result: { file: string; document: D }[] = [];
  for (const kind of Object.keys(FILE_PREFIXES) as ManifestKind[]) {
    const ofKind = documents.filter((document) => document.kind === kind);
    const names = portableFileNames(
      FILE_PREFIXES[kind],
      ofKind.map((document) => document.name),
    );
    for (const document of ofKind) result.push({ file: names.get(document.name) ?? `${FILE_PREFIXES[kind]}.yaml`, document });
  }
  return result.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function environmentDocument(org: LiveOrg): Record<string, unknown> {
  return {
    apiVersion: API_VERSION,
    kind: 'Environment',
    metadata: { name: org.environment },
    spec: { genesys: { region: org.genesysRegion.awsRegion }, aws: { accountId: org.accountId, region: org.awsRegion } },
  };
}

/** One integration per name (the lowest id, as plan matches them), with its credential and role; the rest are notes. */
function chooseIntegrations(org: LiveOrg, notes: ExportNote[]): ExportedIntegration[] {
  const chosen: ExportedIntegration[] = [];
  for (const live of sortedBy(org.integrations, (integration) => integration.id)) {
    const name = integrationNameOf(live);
    const error = (message: string): void =>
      void notes.push({ severity: 'error', message: `integration ${name} (${live.id}) ${message}; it is not exported` });
    if (chosen.some((other) => other.name === name))
      error(`has the same name as ${chosen.find((other) => other.name === name)?.live.id ?? ''}, and manifests match integrations by name`);
    else if (name.includes('{{')) error('has "{{" in its name, which manifests read as a variable reference');
    else {
      const credentialId = live.config.credentials[org.credentialKey];
      const credential = org.credentials.find((candidate) => candidate.id === credentialId);
      if (credential === undefined)
        error(
          credentialId === undefined
            ? 'has no role credential configured'
            : `uses credential ${credentialId}, which is not an ${'amazonWebServicesARN'} credential this client can read`,
        );
      else if (credential.roleArn === undefined) error(`uses credential ${credential.name}, whose role ARN Genesys does not show`);
      else chosen.push({ live, name, credential, roleArn: credential.roleArn });
    }
  }
  return sortedBy(chosen, (integration) => integration.name);
}

interface ExportedAction {
  id: string;
  integration: string;
  functionArn: string;
  definition: ActionDefinition;
}

/** Every published custom action of the chosen integrations, one per name (names are unique across the manifests). */
function chooseActions(org: LiveOrg, integrations: readonly ExportedIntegration[], notes: ExportNote[]): ExportedAction[] {
  const byId = new Map(integrations.map((integration) => [integration.live.id, integration]));
  const live = org.dataActions.filter((action) => byId.has(action.integrationId) && !action.id.startsWith('static'));
  const ordered = [...live].sort((a, b) =>
    compare(`${byId.get(a.integrationId)?.name ?? ''}\u0000${a.id}`, `${byId.get(b.integrationId)?.name ?? ''}\u0000${b.id}`),
  );
  const chosen: ExportedAction[] = [];
  for (const action of ordered) {
    const integration = byId.get(action.integrationId) as ExportedIntegration;
    const earlier = chosen.find((other) => other.definition.name === action.name);
    if (earlier !== undefined) {
      notes.push({
        severity: 'error',
        message: `action ${action.name} (${action.id}) in ${integration.name} has the same name as ${earlier.id} in ${earlier.integration}, and action names are unique in the manifests; it is not exported (export one integration at a time with --integration)`,
      });
      continue;
    }
    if (action.name.includes('{{')) {
      notes.push({
        severity: 'error',
        message: `action ${action.name} (${action.id}) has "{{" in its name, which manifests read as a variable reference; it is not exported`,
      });
      continue;
    }
    chosen.push({
      id: action.id,
      integration: integration.name,
      functionArn: action.functionArn,
      definition: actionDefinition(action, integration.name, notes),
    });
  }
  return sortedBy(chosen, (action) => action.definition.name);
}

function actionDefinition(action: ObservedDataAction, integration: string, notes: ExportNote[]): ActionDefinition {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(action.request.headers)) {
    if (!isCredentialLikeName(name)) {
      headers[name] = value;
      continue;
    }
    // Never write what may be a secret: a reference the user defines (or removes) instead.
    const variable = `header_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
    headers[name] = `{{ vars.${variable} }}`;
    notes.push({
      severity: 'warning',
      message: `action ${action.name}: header ${name} looks like a credential, so its value is not written; define vars.${variable} in the Environment or remove the header`,
    });
  }
  const definition: ActionDefinition = {
    name: action.name,
    integration,
    category: action.category,
    functionArn: action.functionArn,
    timeoutSeconds: action.timeoutSeconds,
    secure: action.secure,
    contract: { input: inReadingOrder(action.contract.input), output: inReadingOrder(action.contract.output) },
    request: { template: action.request.template, headers },
    response: { ...action.response },
  };
  if (JSON.stringify({ ...definition, request: { ...definition.request, headers: action.request.headers } }).includes('{{'))
    notes.push({
      severity: 'warning',
      message: `action ${action.name} has "{{" in its templates, contract or category, which manifests read as a variable reference: validate reports it until it is rewritten`,
    });
  return definition;
}

function integrationDocument(integration: ExportedIntegration, roleName: string | undefined): Record<string, unknown> {
  const spec: Record<string, unknown> = { role: roleName ?? { arn: integration.roleArn } };
  if (integration.live.intendedState !== 'ENABLED') spec['enabled'] = false;
  if (integration.live.config.notes !== DEFAULT_INTEGRATION_NOTES) spec['notes'] = integration.live.config.notes;
  if (integration.credential.name !== defaultCredentialName(integration.name)) spec['credentialName'] = integration.credential.name;
  return { apiVersion: API_VERSION, kind: 'Integration', metadata: { name: integration.name }, spec };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
