/**
 * The first action run in a process pays the server's own first-time costs:
 * the AWS SDK's first request (credential chain, signer, XML parser), the
 * first import of the Lambda handler, the first Velocity parse, the first
 * translation and the first output-contract compile. In the bench's first
 * wave of draft tests they delayed every answer in the sandbox's thread by up
 * to 40 ms. A real Genesys has long paid them, and the bench measures the
 * client (sandbox-thread.ts), so the thread pays them once before any
 * measured request: it reads a role from IAM and runs one action of the
 * bench's shape on a state of its own. The sandbox's state and IAM are
 * untouched, and every measured run still reads its role and compiles its
 * contract.
 */
import { createActionRunner } from '../sandbox/genesys/action-runner.js';
import { findGenesysRegion } from '../src/genesys/regions.js';
import { createRoleReader, type RoleReader } from '../sandbox/genesys/role-access.js';
import { createStateWithActiveLambdaIntegration, type SandboxState, type StoredAction } from '../sandbox/genesys/sandbox-state.js';
import type { GenesysSandboxOptions } from '../sandbox/genesys/server.js';
import { canonicalizePolicy } from '../src/iam/policy-document.js';

const WARM_UP_ORG = 'bench-warm-up';
const WARM_UP_ROLE = 'arn:aws:iam::123456789012:role/bench-warm-up';

/**
 * Why the warm-up run did not get through every step (so it warmed less than it should), or undefined.
 * `awsEndpoint` undefined: no IAM read (there is no emulator to read from).
 */
export async function warmUpActionRuns(options: GenesysSandboxOptions): Promise<string | undefined> {
  // A role that need not exist: the request, not its answer, is what warms up.
  if (options.awsEndpoint !== undefined) await createRoleReader(options.awsEndpoint).read(WARM_UP_ROLE);
  const region = options.region ?? 'us-east-1';
  const genesysAccount = findGenesysRegion(region)?.genesysAwsAccountId;
  const [functionName] = Object.keys(options.lambdaHandlers ?? {});
  if (genesysAccount === undefined) return `no Genesys AWS account is known for region ${region}`;
  if (functionName === undefined) return 'the sandbox has no Lambda handler to run';
  const functionArn = `arn:aws:lambda:${region}:123456789012:function:${functionName}`;
  const runner = createActionRunner({
    orgId: WARM_UP_ORG,
    region,
    awsEndpoint: undefined,
    lambdaHandlers: options.lambdaHandlers ?? {},
    roleReader: grantingRole(genesysAccount, functionArn),
  });
  const { state, action } = warmUpState(functionArn);
  const { result } = await runner.run(action, { orderId: '1001' }, state);
  return result.success ? undefined : `the warm-up run failed: ${result.error?.message ?? 'no message'}`;
}

function grantingRole(genesysAccount: string, functionArn: string): RoleReader {
  return {
    read: (roleArn) =>
      Promise.resolve({
        roleArn,
        trust: canonicalizePolicy({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${genesysAccount}:root` },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'sts:ExternalId': WARM_UP_ORG } },
            },
          ],
        }),
        identityPolicies: [
          canonicalizePolicy({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: functionArn }],
          }),
        ],
      }),
  };
}

function warmUpState(functionArn: string): { state: SandboxState; action: StoredAction } {
  const state = createStateWithActiveLambdaIntegration({ integrationId: 'warm-up', credentialId: 'warm-up', roleArn: WARM_UP_ROLE });
  const action: StoredAction = {
    id: 'custom_-_warm-up',
    name: 'warm-up',
    category: 'warm-up',
    integrationId: 'warm-up',
    secure: false,
    version: 1,
    contract: {
      input: { inputSchema: { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' } } } },
      output: { successSchema: { type: 'object', properties: { warmUp: { type: 'string' } } } },
    },
    config: {
      timeoutSeconds: 10,
      request: { requestUrlTemplate: functionArn, requestType: 'POST', requestTemplate: '${input.rawRequest}', headers: {} },
      response: { translationMap: { warmUp: '$.status' }, translationMapDefaults: {}, successTemplate: '{"warmUp": ${warmUp}}' },
    },
  };
  return { state, action };
}
