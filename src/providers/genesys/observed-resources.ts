/**
 * Turns what the Genesys API returns into the observed-state shapes the
 * planner compares with the desired state: server-only members (selfUri,
 * dates, flattened schemas, URIs) dropped, contracts with sorted keys, and
 * Genesys' defaults filled in where the server leaves a member out. Pure;
 * fetching template text for URI-only answers is the provider's job.
 */
import type { Models } from 'purecloud-platform-client-v2';
import type { ContractSchema } from '../../model/desired-state.js';
import { sortKeysDeep } from '../../model/json.js';
import type { ObservedCredential, ObservedDataAction, ObservedIntegration } from '../../model/observed-state.js';

/** Genesys runs an action for up to 60 s when `config.timeoutSeconds` is absent (help ?p=141921). */
export const DEFAULT_ACTION_TIMEOUT_SECONDS = 60;

/** The two template files of an action, as text or as a URI to fetch. */
export type TemplateSource = { text: string } | { uri: string } | { missing: true };

/** Where each template of an action comes from. */
export function actionTemplateSources(action: Models.Action): { request: TemplateSource; success: TemplateSource } {
  return {
    request: templateSource(action.config?.request?.requestTemplate, action.config?.request?.requestTemplateUri),
    success: templateSource(action.config?.response?.successTemplate, action.config?.response?.successTemplateUri),
  };
}

function templateSource(text: string | undefined, uri: string | undefined): TemplateSource {
  if (typeof text === 'string') return { text };
  if (typeof uri === 'string' && uri !== '') return { uri };
  return { missing: true };
}

/**
 * True when the listing entry lacks what normalization needs (config, or the
 * contract schemas), so the provider must GET the action itself with
 * `expand=contract&includeConfig=true`. ❓ Whether the list endpoint inlines
 * contracts is unconfirmed (it has no `expand` parameter), hence the check.
 */
export function actionNeedsFullRead(action: Models.Action): boolean {
  return action.config === undefined || !action.contract?.input?.inputSchema || !action.contract.output?.successSchema;
}

/** A published action in observed form; `templates` holds the resolved template text. */
export function observedDataAction(
  action: Models.Action,
  templates: { requestTemplate: string; successTemplate: string },
): ObservedDataAction {
  const config = action.config ?? {};
  return {
    id: requireString(action.id, 'action id'),
    name: action.name ?? '',
    integrationId: action.integrationId ?? '',
    category: action.category ?? '',
    version: action.version ?? 0,
    secure: action.secure ?? false,
    contract: {
      input: contractSchema(action.contract?.input?.inputSchema),
      output: contractSchema(action.contract?.output?.successSchema),
    },
    functionArn: config.request?.requestUrlTemplate ?? '',
    timeoutSeconds: config.timeoutSeconds ?? DEFAULT_ACTION_TIMEOUT_SECONDS,
    request: { template: templates.requestTemplate, headers: { ...(config.request?.headers ?? {}) } },
    response: {
      translationMap: { ...(config.response?.translationMap ?? {}) },
      translationMapDefaults: { ...(config.response?.translationMapDefaults ?? {}) },
      successTemplate: templates.successTemplate,
    },
  };
}

function contractSchema(schema: Models.JsonSchemaDocument | undefined): ContractSchema {
  return (schema === undefined ? {} : sortKeysDeep(schema)) as ContractSchema;
}

/** An integration with its current configuration in observed form. */
export function observedIntegration(
  integration: Models.Integration,
  configuration: Models.IntegrationConfiguration | undefined,
): ObservedIntegration {
  const credentials: Record<string, string> = {};
  for (const [key, info] of Object.entries(configuration?.credentials ?? {})) {
    if (typeof info?.id === 'string') credentials[key] = info.id;
  }
  return {
    id: requireString(integration.id, 'integration id'),
    name: integration.name ?? '',
    integrationTypeId: integration.integrationType?.id ?? '',
    intendedState: integration.intendedState === 'ENABLED' ? 'ENABLED' : 'DISABLED',
    reportedState: integration.reportedState?.code,
    config: {
      name: configuration?.name ?? integration.name ?? '',
      version: configuration?.version ?? 0,
      notes: configuration?.notes ?? '',
      credentials,
    },
  };
}

/**
 * A credential in observed form. `credentialFields.ARN` may be redacted on
 * GET (❓ unconfirmed): anything that is not an ARN becomes undefined, so the
 * planner reports "cannot verify" rather than a false drift or a false match.
 */
export function observedCredential(credential: Models.Credential | Models.CredentialInfo): ObservedCredential {
  const fields = 'credentialFields' in credential ? credential.credentialFields : undefined;
  const arn = fields?.ARN;
  return {
    id: requireString(credential.id, 'credential id'),
    name: credential.name ?? '',
    typeName: credential.type?.name ?? '',
    roleArn: typeof arn === 'string' && /^arn:[^:]+:iam::\d{12}:role\//.test(arn) ? arn : undefined,
  };
}

function requireString(value: string | undefined, what: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`Genesys returned an entity without ${what}`);
  return value;
}
