/**
 * The runner on its own, for branches the HTTP tests cannot reach quickly: a
 * Lambda timeout (with an injected scheduler, so nothing waits) and IAM being
 * unreachable (the role reader is replaced, as no real endpoint fails on cue).
 */
import { describe, expect, it } from 'vitest';
import { canonicalizePolicy } from '../../src/iam/policy-document.js';
import { createActionRunner, type ActionRunnerOptions } from '../../sandbox/genesys/action-runner.js';
import { createStateWithActiveLambdaIntegration, type SandboxState, type StoredAction } from '../../sandbox/genesys/sandbox-state.js';
import type { RoleReader } from '../../sandbox/genesys/role-access.js';

const ORG = 'org-1';
const ROLE = 'arn:aws:iam::123456789012:role/invoker';
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:slow';

const grantingRole: RoleReader = {
  read: async (roleArn) => ({
    roleArn,
    trust: canonicalizePolicy({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::765628985471:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': ORG } },
        },
      ],
    }),
    identityPolicies: [
      canonicalizePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN }] }),
    ],
  }),
};

function wiredState(): { state: SandboxState; action: StoredAction } {
  const state = createStateWithActiveLambdaIntegration({ integrationId: 'int', credentialId: 'cred', roleArn: ROLE });
  const action: StoredAction = {
    id: 'custom_-_1',
    name: 'Slow',
    category: 'c',
    integrationId: 'int',
    secure: false,
    version: 1,
    contract: { input: { inputSchema: { type: 'object', properties: {} } }, output: { successSchema: { type: 'object', properties: {} } } },
    config: { timeoutSeconds: 7, request: { requestUrlTemplate: FN, requestType: 'POST', requestTemplate: '${input.rawRequest}' } },
  };
  return { state, action };
}

function runner(overrides: Partial<ActionRunnerOptions>) {
  return createActionRunner({
    orgId: ORG,
    region: 'us-east-1',
    awsEndpoint: undefined,
    lambdaHandlers: {},
    roleReader: grantingRole,
    ...overrides,
  });
}

describe('createActionRunner', () => {
  it('fails a handler that outlives timeoutSeconds with a timeout (408 for /execute)', async () => {
    const scheduled: number[] = [];
    const { state, action } = wiredState();
    const run = await runner({
      lambdaHandlers: { slow: () => new Promise(() => undefined) },
      schedule: (callback, milliseconds) => {
        scheduled.push(milliseconds);
        queueMicrotask(callback);
        return () => undefined;
      },
    }).run(action, {}, state);
    expect(scheduled).toEqual([7000]);
    expect(run.failureStatus).toBe(408);
    expect(run.result.error).toMatchObject({ code: 'request.timeout', message: `The Lambda function ${FN} timed out after 7 seconds` });
  });

  it('cancels the timer when the handler answers in time', async () => {
    let cancelled = 0;
    const { state, action } = wiredState();
    const run = await runner({
      lambdaHandlers: { slow: async () => ({ extra: 1 }) },
      schedule: () => () => {
        cancelled++;
      },
    }).run(action, {}, state);
    expect(run.result).toMatchObject({ success: true, finalResult: {} });
    expect(cancelled).toBe(1);
  });

  it('reports an unreachable IAM as a sandbox error (500), not as a Genesys denial', async () => {
    const { state, action } = wiredState();
    const run = await runner({ roleReader: { read: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')) } }).run(
      action,
      {},
      state,
    );
    expect(run.failureStatus).toBe(500);
    expect(run.result.error?.message).toBe(`The sandbox could not read role ${ROLE} from IAM: connect ECONNREFUSED 127.0.0.1:1`);
  });

  it('passes request headers and the org id to the handler in clientContext', async () => {
    const { state, action } = wiredState();
    action.config.request = { ...action.config.request, headers: { 'X-Channel': 'voice' } };
    let seen: Record<string, string> = {};
    await runner({
      lambdaHandlers: {
        slow: (_event, context) => {
          seen = context.clientContext;
          return {};
        },
      },
    }).run(action, {}, state);
    expect(seen).toMatchObject({ 'X-Channel': 'voice', 'ININ-Organization-Id': ORG });
  });
});
