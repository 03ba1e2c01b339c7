/**
 * Request bodies for the Genesys write calls, built from the desired state.
 * Pure; typed against the official SDK models (type-only import, so none of
 * the SDK is bundled) and checked against schemas generated from the same
 * models in the contract test.
 */
import type { Models } from 'purecloud-platform-client-v2';
import type { DesiredDataAction } from '../../model/desired-state.js';

/** The integration type of the AWS Lambda data-actions integration. */
export const AWS_LAMBDA_INTEGRATION_TYPE_ID = 'aws-lambda-data-actions';
/** The credential type holding a role ARN in its `ARN` field. */
export const AWS_ROLE_CREDENTIAL_TYPE = 'amazonWebServicesARN';
/** The integration config's credential key when the integration type does not say (the official module's value). */
export const DEFAULT_CREDENTIAL_KEY = 'AmazonWebServicesARN';

/** `config` of an action: the Lambda ARN is the request URL, and Lambda actions always POST. */
export function actionConfig(action: DesiredDataAction): Models.ActionConfig {
  return {
    timeoutSeconds: action.timeoutSeconds,
    request: {
      requestUrlTemplate: action.functionArn,
      requestType: 'POST',
      headers: { ...action.request.headers },
      requestTemplate: action.request.template,
    },
    response: {
      translationMap: { ...action.response.translationMap },
      translationMapDefaults: { ...action.response.translationMapDefaults },
      successTemplate: action.response.successTemplate,
    },
  };
}

/**
 * `contract` of an action. The SDK's JsonSchemaDocument lacks `items` and
 * nested keywords, so the manifest's schema is passed through as plain JSON
 * (what Terraform does too) and only the outer shape is typed.
 */
export function actionContract(action: DesiredDataAction): Models.ActionContractInput {
  return {
    input: { inputSchema: action.contract.input },
    output: { successSchema: action.contract.output },
  };
}

/** `POST /api/v2/integrations/actions` and `POST /api/v2/integrations/actions/drafts`. */
export function postActionInput(action: DesiredDataAction, integrationId: string): Models.PostActionInput {
  return {
    name: action.name,
    category: action.category,
    integrationId,
    secure: action.secure,
    config: actionConfig(action),
    contract: actionContract(action),
  };
}

/** `PATCH /api/v2/integrations/actions/{id}`: contract and secure cannot change on a published action. */
export function updateActionInput(action: DesiredDataAction, version: number): Models.UpdateActionInput {
  return { name: action.name, category: action.category, config: actionConfig(action), version };
}

/** `PATCH /api/v2/integrations/actions/{id}` with only a new name (every UpdateActionInput field but `version` is optional). */
export function renameActionInput(name: string, version: number): Models.UpdateActionInput {
  return { name, version };
}

/** `PATCH /api/v2/integrations/actions/{id}/draft`: a draft may still change its contract and secure flag. */
export function updateDraftInput(action: DesiredDataAction, version: number): Models.UpdateDraftInput {
  return {
    name: action.name,
    category: action.category,
    config: actionConfig(action),
    contract: actionContract(action),
    secure: action.secure,
    version,
  };
}

/** `POST /api/v2/integrations/credentials` and `PUT …/{id}`. */
export function credentialInput(name: string, roleArn: string): Models.Credential {
  return { name, type: { name: AWS_ROLE_CREDENTIAL_TYPE }, credentialFields: { ARN: roleArn } };
}

/** `POST /api/v2/integrations`. */
export function createIntegrationInput(name: string): Models.CreateIntegrationRequest {
  return { name, integrationType: { id: AWS_LAMBDA_INTEGRATION_TYPE_ID } };
}

/** `PUT /api/v2/integrations/{id}/config/current`: every member is required by IntegrationConfiguration. */
export function integrationConfigurationInput(
  config: { name: string; notes: string; credentials: Record<string, string> },
  version: number,
): Models.IntegrationConfiguration {
  const credentials: Record<string, Models.CredentialInfo> = {};
  for (const [key, id] of Object.entries(config.credentials)) credentials[key] = { id };
  return { name: config.name, version, properties: {}, advanced: {}, notes: config.notes, credentials };
}

/** `PATCH /api/v2/integrations/{id}`. */
export function intendedStateInput(enabled: boolean): Pick<Models.Integration, 'intendedState'> {
  return { intendedState: enabled ? 'ENABLED' : 'DISABLED' };
}

/** `POST …/draft/publish`. */
export function publishDraftInput(version: number): Models.PublishDraftInput {
  return { version };
}
