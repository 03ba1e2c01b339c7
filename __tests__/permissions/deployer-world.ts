/**
 * A world that makes the tool call every AWS operation it ever needs, for
 * the tests that derive the deployer's permissions from what is called:
 * examples/genesys, whose role also attaches a customer-managed policy, plus
 * a second integration whose role is managed elsewhere (read, never written)
 * and whose action calls a function in another account (its resource policy
 * is read). `drift` and `changePath` then make apply take its remaining
 * paths: repairing every kind of drift, and replacing a role whose path
 * changed (IAM cannot move a role).
 */
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  IAMClient,
  PutRolePolicyCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
} from '@aws-sdk/client-iam';
import { AddPermissionCommand } from '@aws-sdk/client-lambda';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deploySandboxFunctions, inMotoAccount, lambdaClientRoutedByArn } from '../../sandbox/aws/lambda-functions.js';
import { exampleLambdas, startFlowHarness, type FlowHarness } from '../support/flow-harness.js';
import { handWrittenGenesysTrust } from '../support/genesys-trust-policy.js';

export const ACCOUNT = '123456789012';
export const PARTNER_ACCOUNT = '222233334444';
export const ROLE = 'genesys-lambda-invoker';
export const EXTERNAL_ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/partner-invoker-managed-elsewhere`;
export const PARTNER_FUNCTION = `arn:aws:lambda:eu-west-1:${PARTNER_ACCOUNT}:function:partner-orders`;
export const EXTRA_POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/genesys-extra-invoke`;

const iam = (): IAMClient => new IAMClient({ region: 'eu-west-1' });

const invoke = (resources: string[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: resources }] });

export async function startDeployerWorld(motoUrl: string): Promise<FlowHarness> {
  const harness = await startFlowHarness({
    lambdaHandlers: { ...exampleLambdas, 'partner-orders': (event: unknown) => ({ status: 'SHIPPED', event }) },
  });
  await iam().send(new CreatePolicyCommand({ PolicyName: 'genesys-extra-invoke', PolicyDocument: invoke([PARTNER_FUNCTION]) }));
  const externalName = EXTERNAL_ROLE_ARN.split('/').pop() ?? '';
  await iam().send(
    new CreateRoleCommand({ RoleName: externalName, AssumeRolePolicyDocument: handWrittenGenesysTrust(harness.sandbox.orgId) }),
  );
  await iam().send(new PutRolePolicyCommand({ RoleName: externalName, PolicyName: 'invoke', PolicyDocument: invoke([PARTNER_FUNCTION]) }));
  await deploySandboxFunctions(motoUrl, [PARTNER_FUNCTION]);
  await inMotoAccount(lambdaClientRoutedByArn(motoUrl, 'eu-west-1'), PARTNER_ACCOUNT).send(
    new AddPermissionCommand({
      FunctionName: 'partner-orders',
      StatementId: 'genesys',
      Action: 'lambda:InvokeFunction',
      Principal: EXTERNAL_ROLE_ARN,
    }),
  );
  await harness.edit('role.yaml', (text) => `${text}  managedPolicyArns: ["${EXTRA_POLICY_ARN}"]\n`);
  await writeFile(join(harness.manifestsDir, 'partner.yaml'), partnerManifests());
  return harness;
}

function partnerManifests(): string {
  return `apiVersion: genesys-lambda-gitops/v1
kind: Integration
metadata: { name: Partner Lambdas }
spec:
  role: { arn: "${EXTERNAL_ROLE_ARN}" }
---
apiVersion: genesys-lambda-gitops/v1
kind: DataAction
metadata: { name: Partner Order }
spec:
  integration: Partner Lambdas
  category: Partners
  function: "${PARTNER_FUNCTION}"
  timeoutSeconds: 5
  contract:
    input: { type: object, properties: { orderId: { type: string } } }
    output: { type: object, properties: { status: { type: string } } }
  tests:
    - name: partner order
      input: { orderId: "1" }
      expect: { status: SHIPPED }
`;
}

/** Every kind of drift apply repairs on the declared role. */
export async function drift(orgId: string): Promise<void> {
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::765628985471:root' }, Action: 'sts:AssumeRole' }],
  };
  await iam().send(new UpdateAssumeRolePolicyCommand({ RoleName: ROLE, PolicyDocument: JSON.stringify(trust) }));
  await iam().send(new UpdateRoleCommand({ RoleName: ROLE, Description: 'edited in the console' }));
  await iam().send(new PutRolePolicyCommand({ RoleName: ROLE, PolicyName: 'hand-made', PolicyDocument: invoke(['*']) }));
  await iam().send(new TagRoleCommand({ RoleName: ROLE, Tags: [{ Key: 'edited-by', Value: 'someone' }] }));
  await iam().send(new UntagRoleCommand({ RoleName: ROLE, TagKeys: ['team'] }));
  const stray = await iam().send(new CreatePolicyCommand({ PolicyName: `stray-${orgId.slice(0, 8)}`, PolicyDocument: invoke(['*']) }));
  await iam().send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: stray.Policy?.Arn }));
}

/** A new path in the manifest, and the live role in an instance profile (added by hand), so the replace must remove it. */
export async function changePath(harness: FlowHarness): Promise<void> {
  await harness.edit('role.yaml', (text) => text.replace('spec:\n', 'spec:\n  path: /genesys/\n'));
  await iam().send(new CreateInstanceProfileCommand({ InstanceProfileName: 'hand-made-profile' }));
  await iam().send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'hand-made-profile', RoleName: ROLE }));
}
