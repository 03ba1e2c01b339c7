/** Role specs and policy documents shared by the IAM provider tests. */
import type { IAMClient } from '@aws-sdk/client-iam';
import type { PolicyDocument } from '../../../src/iam/policy-document.js';
import { ENVIRONMENT_TAG, MANAGED_BY_TAG, MANAGED_BY_VALUE } from '../../../src/model/observed-state.js';
import type { RoleSpec } from '../../../src/providers/aws-iam/role-provider.js';

/** Genesys' AWS account for commercial regions (docs/reference/genesys-api.md). */
export const GENESYS_ACCOUNT_ID = '765628985471';
export const ORG_ID = '6b2a4c1e-0d3f-4e5a-9b8c-7d6e5f4a3b2c';

export function genesysTrustPolicy(orgId: string = ORG_ID): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${GENESYS_ACCOUNT_ID}:root` },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': orgId } },
      },
    ],
  };
}

export function invokePolicy(...functionArns: string[]): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'InvokeDeclaredFunctions', Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: functionArns }],
  };
}

export function managedTags(environment: string): Record<string, string> {
  return { [MANAGED_BY_TAG]: MANAGED_BY_VALUE, [ENVIRONMENT_TAG]: environment };
}

export function roleSpec(name: string, overrides: Partial<RoleSpec> = {}): RoleSpec {
  return {
    name,
    path: '/',
    description: 'Assumed by Genesys Cloud to invoke the orders functions',
    maxSessionDurationSeconds: 3600,
    trustPolicy: genesysTrustPolicy(),
    inlinePolicies: { 'invoke-functions': invokePolicy('arn:aws:lambda:us-east-1:123456789012:function:orders-lookup') },
    tags: { team: 'contact-center', ...managedTags('dev') },
    ...overrides,
  };
}

/** Records the name of every command the client sends. */
export function recordCommands(client: IAMClient): string[] {
  const names: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      names.push((context.commandName ?? 'unknown').replace(/Command$/, ''));
      return await next(args);
    },
    { step: 'initialize', name: 'recordCommandsForTest' },
  );
  return names;
}

/** Commands that change IAM state: everything except the Get and List calls. */
export function writeCommands(names: readonly string[]): string[] {
  return names.filter((name) => !/^(Get|List)/.test(name));
}
