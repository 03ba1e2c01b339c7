/**
 * The integration and credential types the sandbox knows. Only
 * `aws-lambda-data-actions` is modelled in depth; the two web-service data
 * action types exist so that a client's `integrationType` filter is tested
 * against integrations it must ignore.
 */
import type { Models } from 'purecloud-platform-client-v2';

export const AWS_LAMBDA_INTEGRATION_TYPE = 'aws-lambda-data-actions';
/** Config `credentials` key for the Lambda integration (reference §2). */
export const AWS_LAMBDA_CREDENTIAL_KEY = 'AmazonWebServicesARN';
export const AWS_ARN_CREDENTIAL_TYPE = 'amazonWebServicesARN';

const TYPES: Record<string, Models.IntegrationType> = {
  [AWS_LAMBDA_INTEGRATION_TYPE]: {
    id: AWS_LAMBDA_INTEGRATION_TYPE,
    name: 'AWS Lambda Data Actions',
    description: 'Invoke AWS Lambda functions from data actions.',
    provider: 'clientapps',
    category: 'Data Actions',
    credentials: {
      [AWS_LAMBDA_CREDENTIAL_KEY]: { required: true, title: 'AWS Lambda Credentials', credentialTypes: [AWS_ARN_CREDENTIAL_TYPE] },
    },
    nonInstallable: false,
    selfUri: `/api/v2/integrations/types/${AWS_LAMBDA_INTEGRATION_TYPE}`,
  },
  'purecloud-data-actions': {
    id: 'purecloud-data-actions',
    name: 'Genesys Cloud Data Actions',
    category: 'Data Actions',
    credentials: { pureCloudOAuthClient: { required: true, title: 'OAuth Client', credentialTypes: ['pureCloudOAuthClient'] } },
    selfUri: '/api/v2/integrations/types/purecloud-data-actions',
  },
  'custom-rest-actions': {
    id: 'custom-rest-actions',
    name: 'Web Services Data Actions',
    category: 'Data Actions',
    credentials: {
      basicAuth: { required: false, title: 'Credentials', credentialTypes: ['basicAuth', 'userDefined', 'userDefinedOAuth'] },
    },
    selfUri: '/api/v2/integrations/types/custom-rest-actions',
  },
};

/** The type, or undefined for an id the sandbox does not know. */
export function findIntegrationType(id: string): Models.IntegrationType | undefined {
  return TYPES[id];
}

/** Credential types (`GET /api/v2/integrations/credentials/types`). */
export const CREDENTIAL_TYPES: Models.CredentialType[] = [
  {
    id: AWS_ARN_CREDENTIAL_TYPE,
    name: AWS_ARN_CREDENTIAL_TYPE,
    properties: { ARN: { type: 'string', title: 'Role ARN' } },
    displayOrder: ['ARN'],
    required: ['ARN'],
  },
  {
    id: 'basicAuth',
    name: 'basicAuth',
    properties: { userName: { type: 'string' }, password: { type: 'string' } },
    displayOrder: ['userName', 'password'],
    required: ['userName', 'password'],
  },
  { id: 'userDefined', name: 'userDefined', properties: {}, displayOrder: [], required: [] },
  { id: 'pureCloudOAuthClient', name: 'pureCloudOAuthClient', properties: {}, displayOrder: [], required: [] },
];
