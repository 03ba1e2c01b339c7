/**
 * A small, hand-written world for planner and renderer tests: one
 * environment, one role, one integration with its credential, two data
 * actions (one secure). `desiredFixture()` and `observedInSync()` describe the
 * same thing, written independently, so that a plan between them must be all
 * no-ops; each test mutates a fresh copy.
 */
import type { DesiredDataAction, DesiredState } from '../../src/model/desired-state.js';
import { LIVE_ORG_ID_TOKEN } from '../../src/model/desired-state.js';
import type { AwsReading } from '../../src/model/aws-reading.js';
import type { ObservedFunction } from '../../src/model/observed-lambda.js';
import type { ObservedDataAction, ObservedState } from '../../src/model/observed-state.js';

export const ORG_ID = '9b6a2c5e-1f0d-4c1e-8f1a-0d5c1b2a3e4f';
export const ACCOUNT = '123456789012';
export const GENESYS_ACCOUNT = '765628985471';
export const ORDERS_FUNCTION = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-lookup:live`;
export const VERIFY_FUNCTION = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:verify-customer`;
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/genesys-orders-invoker`;
/** A secure action's test input that must never appear in any plan output. */
export const SECRET_TEST_INPUT = 'ssn-078-05-1120-TOPSECRET';

const source = (line: number) => ({ file: 'genesys/prod.yaml', line, column: 1 });

const lookupOrder = (): DesiredDataAction => ({
  name: 'Lookup Order',
  integrationName: 'Orders Lambda',
  category: 'Orders',
  functionArn: ORDERS_FUNCTION,
  timeoutSeconds: 10,
  secure: false,
  contract: {
    input: { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' } } },
    output: { type: 'object', properties: { status: { type: 'string' }, eta: { type: 'string' } } },
  },
  request: { template: '${input.rawRequest}', headers: {} },
  response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' },
  tests: [{ name: 'shipped order', input: { orderId: '1001' }, expect: { status: 'SHIPPED' }, execute: false }],
  source: source(40),
});

const verifyCustomer = (): DesiredDataAction => ({
  name: 'Verify Customer',
  integrationName: 'Orders Lambda',
  category: 'Identity',
  functionArn: VERIFY_FUNCTION,
  timeoutSeconds: 5,
  secure: true,
  contract: {
    input: { type: 'object', required: ['ssn'], properties: { ssn: { type: 'string' } } },
    output: { type: 'object', properties: { verified: { type: 'boolean' } } },
  },
  request: { template: '{"ssn": "${input.ssn}"}', headers: {} },
  response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' },
  tests: [{ name: 'known customer', input: { ssn: SECRET_TEST_INPUT }, expect: { verified: true }, execute: false }],
  source: source(70),
});

export function desiredFixture(): DesiredState {
  return {
    environment: {
      name: 'prod',
      genesys: { region: 'eu-west-1', domain: 'mypurecloud.ie', awsAccountId: GENESYS_ACCOUNT },
      aws: { accountId: ACCOUNT, region: 'eu-west-1' },
    },
    roles: [
      {
        name: 'genesys-orders-invoker',
        path: '/',
        description: 'Assumed by Genesys Cloud to invoke the orders functions',
        maxSessionDurationSeconds: 3600,
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${GENESYS_ACCOUNT}:root` },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'sts:ExternalId': LIVE_ORG_ID_TOKEN } },
            },
          ],
        },
        trustPolicyGenerated: true,
        permissionPolicy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [ORDERS_FUNCTION, VERIFY_FUNCTION] }],
        },
        permissionPolicyGenerated: true,
        permissionPolicyName: 'invoke-data-action-functions',
        tags: { team: 'orders' },
        source: source(10),
      },
    ],
    integrations: [
      {
        name: 'Orders Lambda',
        role: { kind: 'managed', roleName: 'genesys-orders-invoker' },
        enabled: true,
        notes: 'Managed by genesys-lambda-gitops',
        credentialName: 'Orders Lambda (genesys-lambda-gitops)',
        source: source(30),
      },
    ],
    dataActions: [lookupOrder(), verifyCustomer()],
  };
}

const observedAction = (id: string, action: DesiredDataAction): ObservedDataAction => ({
  id,
  name: action.name,
  integrationId: 'int-orders',
  category: action.category,
  version: 3,
  secure: action.secure,
  contract: structuredClone(action.contract),
  functionArn: action.functionArn,
  timeoutSeconds: action.timeoutSeconds,
  request: structuredClone(action.request),
  response: structuredClone(action.response),
});

export function observedInSync(): ObservedState {
  return {
    genesys: { orgId: ORG_ID, credentialKey: 'AmazonWebServicesARN' },
    aws: { accountId: ACCOUNT },
    roles: {
      'genesys-orders-invoker': {
        name: 'genesys-orders-invoker',
        arn: ROLE_ARN,
        path: '/',
        description: 'Assumed by Genesys Cloud to invoke the orders functions',
        maxSessionDurationSeconds: 3600,
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: [`arn:aws:iam::${GENESYS_ACCOUNT}:root`] },
              Action: ['sts:AssumeRole'],
              Condition: { StringEquals: { 'sts:ExternalId': [ORG_ID] } },
            },
          ],
        },
        inlinePolicies: {
          'invoke-data-action-functions': {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [ORDERS_FUNCTION, VERIFY_FUNCTION].sort() }],
          },
        },
        attachedPolicyArns: [],
        tags: {
          team: 'orders',
          'managed-by': 'genesys-lambda-gitops',
          'genesys-lambda-gitops/environment': 'prod',
        },
      },
    },
    credentials: [{ id: 'cred-1', name: 'Orders Lambda (genesys-lambda-gitops)', typeName: 'amazonWebServicesARN', roleArn: ROLE_ARN }],
    integrations: [
      {
        id: 'int-orders',
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
    dataActions: [observedAction('custom_-_lookup', lookupOrder()), observedAction('custom_-_verify', verifyCustomer())],
    externalRoles: {},
    managedPolicies: {},
    lambdaFunctions: {
      [ORDERS_FUNCTION]: activeFunction(`${ORDERS_FUNCTION.replace(':live', '')}:3`),
      [VERIFY_FUNCTION]: activeFunction(VERIFY_FUNCTION),
    },
    functionPolicies: {},
  };
}

/** Lambda's answer for an Active function with its default 3-second timeout. */
export function activeFunction(functionArn: string): AwsReading<ObservedFunction> {
  return { status: 'found', value: { functionArn, state: 'Active', stateReason: undefined, timeoutSeconds: 3 } };
}

/** An empty live world: same org and account, nothing created yet. */
export function observedEmpty(): ObservedState {
  return { ...observedInSync(), roles: {}, credentials: [], integrations: [], dataActions: [] };
}
