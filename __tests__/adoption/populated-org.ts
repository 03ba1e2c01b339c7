/**
 * A Genesys org populated by hand, the way teams have it before they adopt the tool: an IAM role made in the
 * AWS console (moto), not tagged by this tool; a credential and an AWS Lambda integration made in the
 * Genesys UI (with the UI's notes and credential naming); and 40 data actions of every shape the UI makes:
 * secure ones, multi-line and whitespace-sensitive templates, translation maps with defaults, headers,
 * timeouts, categories, contracts with `additionalProperties`, titles, enums and formats, and names that
 * differ only by case or punctuation, or use no ASCII at all. All of it is written through the sandbox's
 * HTTP API, as a client would.
 */
import { deploySandboxFunctions } from '../../sandbox/aws/lambda-functions.js';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand, TagRoleCommand } from '@aws-sdk/client-iam';
import type { GenesysSandbox } from '../../sandbox/genesys/server.js';
import { login } from '../sandbox/sandbox-http.js';
import { handWrittenGenesysTrust } from '../support/genesys-trust-policy.js';

export const ACCOUNT = '123456789012';
export const INTEGRATION = 'Contact Center Lambdas';
export const CREDENTIAL = 'Integration-contact-center';

const fn = (name: string): string => `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:${name}`;

/** The names of the 40 actions, chosen to stress file naming. */
export const ACTION_NAMES = [
  'Lookup Order',
  'lookup-order',
  'LOOKUP ORDER!',
  'Café Hours',
  '日本語 アクション',
  'Get Bookable Slots dev',
  'Create Booking dev',
  'Verify PIN',
  'Find Customer By Phone',
  ...Array.from({ length: 31 }, (_, index) => `Generated Action ${String(index + 1).padStart(2, '0')}`),
];

function actionBody(integrationId: string, name: string, index: number): Record<string, unknown> {
  const secure = index % 5 === 0;
  const requestTemplate =
    index % 3 === 0
      ? '${input.rawRequest}'
      : `{\n  "type": "op${index}",\n  "body": { "id": "\${input.id}" }  \n}\n\n  trailing spaces and a tab, kept as they are\t`;
  const successTemplate = index % 4 === 0 ? '${rawResult}' : '{"status": ${status}, "n": ${n}}';
  return {
    name,
    category: index % 2 === 0 ? INTEGRATION : `Category ${index % 7}`,
    integrationId,
    secure,
    contract: {
      input: {
        inputSchema: {
          ...(index % 6 === 0 ? { title: `Request${index}` } : {}),
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', description: 'Record id: 10 digits' },
            mode: { type: 'string', enum: ['fast', 'full'], default: 'fast' },
            day: { type: 'string', format: 'date' },
          },
          additionalProperties: index % 2 === 0,
        },
      },
      output: {
        successSchema: {
          type: 'object',
          properties: {
            status: { type: 'string' },
            n: { type: 'integer' },
            tags: { type: 'array', items: { type: 'string' } },
            nested: { type: 'object', properties: { at: { type: 'string', format: 'date-time' } } },
          },
          ...(index % 3 === 1 ? { additionalProperties: true } : {}),
        },
      },
    },
    config: {
      ...(index % 4 === 1 ? {} : { timeoutSeconds: 5 + (index % 50) }),
      request: {
        requestUrlTemplate: fn(`handler-${index % 4}`),
        requestType: 'POST',
        headers: index % 7 === 0 ? { 'X-Channel': 'voice', 'X-Team': `team ${index}` } : {},
        requestTemplate,
      },
      response: {
        translationMap: successTemplate === '${rawResult}' ? {} : { status: '$.status', n: '$.count' },
        translationMapDefaults: successTemplate === '${rawResult}' ? {} : { n: '0' },
        successTemplate,
      },
    },
  };
}

export interface PopulatedOrg {
  roleArn: string;
  roleName: string;
  integrationId: string;
  actionIds: string[];
}

/** Populates the sandbox org and moto; `roleTags` are the role's tags (none: made by hand). */
export async function populateOrg(
  sandbox: GenesysSandbox,
  options: { roleName: string; roleTags?: Record<string, string> },
): Promise<PopulatedOrg> {
  const iam = new IAMClient({});
  const { Role } = await iam.send(
    new CreateRoleCommand({
      RoleName: options.roleName,
      AssumeRolePolicyDocument: handWrittenGenesysTrust(sandbox.orgId),
      Description: 'Made in the console',
    }),
  );
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: options.roleName,
      PolicyName: 'invoke-contact-center',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [0, 1, 2, 3].map((index) => fn(`handler-${index}`)) }],
      }),
    }),
  );
  const tags = Object.entries(options.roleTags ?? { team: 'contact-center' }).map(([Key, Value]) => ({ Key, Value }));
  await iam.send(new TagRoleCommand({ RoleName: options.roleName, Tags: tags }));
  const roleArn = Role?.Arn ?? '';
  // Plans read every function from Lambda (function-exists): moto must have the ones the actions call.
  await deploySandboxFunctions(
    process.env.AWS_ENDPOINT_URL ?? '',
    [0, 1, 2, 3].map((index) => fn(`handler-${index}`)),
  );

  const api = await login(sandbox);
  const integration = await api.call('POST', '/api/v2/integrations', {
    name: INTEGRATION,
    integrationType: { id: 'aws-lambda-data-actions' },
  });
  const integrationId = integration.body.id as string;
  const credential = await api.call('POST', '/api/v2/integrations/credentials', {
    name: CREDENTIAL,
    type: { name: 'amazonWebServicesARN' },
    credentialFields: { ARN: roleArn },
  });
  const current = await api.call('GET', `/api/v2/integrations/${integrationId}/config/current`);
  await api.call('PUT', `/api/v2/integrations/${integrationId}/config/current`, {
    ...current.body,
    notes: 'Integration created to invoke an AWS Lambda',
    credentials: { AmazonWebServicesARN: { id: credential.body.id } },
  });
  await api.call('PATCH', `/api/v2/integrations/${integrationId}`, { intendedState: 'ENABLED' });
  const actionIds: string[] = [];
  for (const [index, name] of ACTION_NAMES.entries()) {
    const created = await api.call('POST', '/api/v2/integrations/actions', actionBody(integrationId, name, index));
    if (created.status !== 200) throw new Error(`creating ${name}: ${JSON.stringify(created.body)}`);
    actionIds.push(created.body.id as string);
  }
  return { roleArn, roleName: options.roleName, integrationId, actionIds };
}
