/**
 * exportLiveOrg, pure, on hand-built live orgs: what becomes which manifest, and every case that cannot be
 * exported as it is (each said in a note, errors where something live is left out).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportLiveOrg, type LiveOrg } from '../../src/adoption/live-export.js';
import { findGenesysRegion } from '../../src/genesys/regions.js';
import type { ObservedDataAction, ObservedRole } from '../../src/model/observed-state.js';

const ORG_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/invoker';
const FN = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';

function action(id: string, name: string, integrationId = 'int-1', overrides: Partial<ObservedDataAction> = {}): ObservedDataAction {
  return {
    id,
    name,
    integrationId,
    category: 'Orders Lambda',
    version: 1,
    secure: false,
    contract: { input: { properties: { orderId: { type: 'string' } }, type: 'object' }, output: { type: 'object' } },
    functionArn: FN,
    timeoutSeconds: 60,
    request: { template: '${input.rawRequest}', headers: {} },
    response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' },
    ...overrides,
  };
}

function role(overrides: Partial<ObservedRole> = {}): ObservedRole {
  return {
    name: 'invoker',
    arn: ROLE_ARN,
    path: '/',
    description: '',
    maxSessionDurationSeconds: 3600,
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::765628985471:root'] },
          Action: ['sts:AssumeRole'],
          Condition: { StringEquals: { 'sts:ExternalId': [ORG_ID] } },
        },
      ],
    },
    inlinePolicies: {
      'genesys-lambda-invoke': {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [FN] }],
      },
    },
    attachedPolicyArns: [],
    tags: { 'managed-by': 'genesys-lambda-gitops', 'genesys-lambda-gitops/environment': 'dev', team: 'orders' },
    ...overrides,
  };
}

function org(overrides: Partial<LiveOrg> = {}): LiveOrg {
  const region = findGenesysRegion('eu-west-1');
  if (region === undefined) throw new Error('region table changed');
  return {
    environment: 'dev',
    genesysRegion: region,
    awsRegion: 'eu-west-1',
    accountId: '123456789012',
    orgId: ORG_ID,
    credentialKey: 'AmazonWebServicesARN',
    integrations: [
      {
        id: 'int-1',
        name: 'Orders Lambda',
        integrationTypeId: 'aws-lambda-data-actions',
        intendedState: 'ENABLED',
        reportedState: 'ACTIVE',
        config: {
          name: 'Orders Lambda',
          version: 2,
          notes: 'Managed by genesys-lambda-gitops',
          credentials: { AmazonWebServicesARN: 'cred-1' },
        },
      },
    ],
    credentials: [{ id: 'cred-1', name: 'Orders Lambda role', typeName: 'amazonWebServicesARN', roleArn: ROLE_ARN }],
    dataActions: [action('custom_-_1', 'Lookup Order')],
    roles: { [ROLE_ARN]: { found: 'read', role: role() } },
    ...overrides,
  };
}

const documents = (result: ReturnType<typeof exportLiveOrg>): Record<string, any> =>
  Object.fromEntries(result.files.map((file) => [file.name, parse(file.text) as unknown]));

describe('exportLiveOrg', () => {
  it('writes a managed role with generated policies left out, and defaults left out everywhere', () => {
    const result = exportLiveOrg(org(), { adoptRoles: false });
    expect(result.notes).toEqual([]);
    expect(documents(result)).toEqual({
      'environment-dev.yaml': {
        apiVersion: 'genesys-lambda-gitops/v1',
        kind: 'Environment',
        metadata: { name: 'dev' },
        spec: { genesys: { region: 'eu-west-1' }, aws: { accountId: '123456789012', region: 'eu-west-1' } },
      },
      'role-invoker.yaml': {
        apiVersion: 'genesys-lambda-gitops/v1',
        kind: 'Role',
        metadata: { name: 'invoker' },
        spec: { tags: { team: 'orders' } },
      },
      'integration-orders-lambda.yaml': {
        apiVersion: 'genesys-lambda-gitops/v1',
        kind: 'Integration',
        metadata: { name: 'Orders Lambda' },
        spec: { role: 'invoker' },
      },
      'data-action-lookup-order.yaml': {
        apiVersion: 'genesys-lambda-gitops/v1',
        kind: 'DataAction',
        metadata: { name: 'Lookup Order' },
        spec: {
          integration: 'Orders Lambda',
          function: FN,
          contract: { input: { type: 'object', properties: { orderId: { type: 'string' } } }, output: { type: 'object' } },
          tests: [],
        },
      },
    });
    expect(result.counts).toEqual({ roles: 1, integrations: 1, actions: 1 });
  });

  it('writes policies that differ from the generated ones, the org id as {{ genesys.orgId }} in the trust policy only', () => {
    const live = role({
      inlinePolicies: {
        custom: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [`${FN}:*`, FN] }] },
      },
      trustPolicy: { Version: '2012-10-17', Statement: [{ ...role().trustPolicy.Statement[0], Sid: ORG_ID } as never] },
    });
    const spec = documents(exportLiveOrg(org({ roles: { [ROLE_ARN]: { found: 'read', role: live } } }), { adoptRoles: false }))[
      'role-invoker.yaml'
    ].spec;
    expect(spec.permissionPolicyName).toBe('custom');
    expect(spec.permissionPolicy.Statement[0].Resource).toEqual([`${FN}:*`, FN]);
    expect(JSON.stringify(spec.trustPolicy)).toContain('"Sid":"{{ genesys.orgId }}"');
    expect(JSON.stringify(spec.trustPolicy)).not.toContain(ORG_ID);
  });

  it.each<[string, Partial<LiveOrg>, boolean, string]>([
    [
      'an untagged role without --adopt-roles',
      { roles: { [ROLE_ARN]: { found: 'read', role: role({ tags: {} }) } } },
      false,
      'is not tagged as managed by genesys-lambda-gitops: exported as { arn } (pass --adopt-roles to take it over)',
    ],
    [
      'a role another environment manages',
      {
        roles: {
          [ROLE_ARN]: {
            found: 'read',
            role: role({ tags: { 'managed-by': 'genesys-lambda-gitops', 'genesys-lambda-gitops/environment': 'prod' } }),
          },
        },
      },
      true,
      'is managed by environment prod',
    ],
    [
      'a role with a managed policy attached',
      { roles: { [ROLE_ARN]: { found: 'read', role: role({ attachedPolicyArns: ['arn:aws:iam::aws:policy/Admin'] }) } } },
      true,
      'has managed policies attached',
    ],
    [
      'a role IAM would not let us read',
      { roles: { [ROLE_ARN]: { found: 'not-read', reason: 'AccessDenied' } } },
      true,
      'could not be read (AccessDenied)',
    ],
    ['a role in another account', { roles: {} }, true, 'is in another AWS account'],
  ])('refers to %s by { arn }', (_case, overrides, adoptRoles, note) => {
    const result = exportLiveOrg(org(overrides), { adoptRoles });
    expect(documents(result)['integration-orders-lambda.yaml'].spec.role).toEqual({ arn: ROLE_ARN });
    expect(result.files.some((file) => file.name.startsWith('role-'))).toBe(false);
    expect(result.notes.map((entry) => entry.message).join('\n')).toContain(note);
  });

  it('exports a disabled integration with enabled: false, its notes and credential name when they are not the defaults', () => {
    const [integration] = org().integrations;
    const result = exportLiveOrg(
      org({
        integrations: [{ ...integration!, intendedState: 'DISABLED', config: { ...integration!.config, notes: '' } }],
        credentials: [{ id: 'cred-1', name: 'Integration-abc', typeName: 'amazonWebServicesARN', roleArn: ROLE_ARN }],
      }),
      { adoptRoles: false },
    );
    expect(documents(result)['integration-orders-lambda.yaml'].spec).toEqual({
      role: 'invoker',
      enabled: false,
      notes: '',
      credentialName: 'Integration-abc',
    });
  });

  it('never writes a credential-like header value, and says what to define instead', () => {
    const result = exportLiveOrg(
      org({
        dataActions: [
          action('custom_-_1', 'Lookup Order', 'int-1', {
            request: { template: '${input.rawRequest}', headers: { 'X-Api-Key': 'k-123', 'X-Channel': 'voice' } },
          }),
        ],
      }),
      { adoptRoles: false },
    );
    expect(documents(result)['data-action-lookup-order.yaml'].spec.request.headers).toEqual({
      'X-Api-Key': '{{ vars.header_X_Api_Key }}',
      'X-Channel': 'voice',
    });
    expect(result.files.map((file) => file.text).join('')).not.toContain('k-123');
    expect(result.notes).toEqual([{ severity: 'warning', message: expect.stringContaining('header X-Api-Key looks like a credential') }]);
  });

  it('leaves out, with an error note, what manifests cannot hold: a second integration or action of one name, a name with {{', () => {
    const [integration] = org().integrations;
    const result = exportLiveOrg(
      org({
        integrations: [integration!, { ...integration!, id: 'int-2' }],
        dataActions: [
          action('custom_-_1', 'Lookup Order'),
          action('custom_-_2', 'Lookup Order'),
          action('custom_-_3', 'Odd {{ name }}'),
          action('static_-_x', 'Built in'),
        ],
      }),
      { adoptRoles: false },
    );
    expect(result.notes.filter((entry) => entry.severity === 'error').map((entry) => entry.message)).toEqual([
      'integration Orders Lambda (int-2) has the same name as int-1, and manifests match integrations by name; it is not exported',
      expect.stringMatching(/^action Lookup Order \(custom_-_2\) in Orders Lambda has the same name as custom_-_1/),
      'action Odd {{ name }} (custom_-_3) has "{{" in its name, which manifests read as a variable reference; it is not exported',
    ]);
    expect(result.counts).toEqual({ roles: 1, integrations: 1, actions: 1 });
  });

  it('gives the same bytes for the same org, whatever order the providers listed it in', () => {
    const listed = org({ dataActions: [action('custom_-_1', 'B'), action('custom_-_2', 'A'), action('custom_-_3', 'a')] });
    const reversed = { ...listed, dataActions: [...listed.dataActions].reverse() };
    expect(exportLiveOrg(reversed, { adoptRoles: false })).toEqual(exportLiveOrg(listed, { adoptRoles: false }));
  });
});
