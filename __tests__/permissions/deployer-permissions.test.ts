/**
 * The deployer permissions the README documents are derived, not written:
 * for each mode (plan, apply, apply with prune) this runs the tool against
 * moto_server in a world that takes every path it has (see
 * deployer-world.ts), records every IAM, STS and Lambda operation its
 * clients send, and fails when the README's table or its paste-able policy
 * for that mode lists anything else.
 *
 * When this fails: the tool now calls (or no longer calls) an AWS operation.
 * Update the README's "Permissions the tool needs" table and the JSON policy
 * of each mode named in the failure, in the same commit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lambdaClientRoutedByArn } from '../../sandbox/aws/lambda-functions.js';
import { withRecordedAws, type AwsCallRecorder } from '../support/aws-call-recorder.js';
import type { FlowHarness } from '../support/flow-harness.js';
import { changePath, drift, startDeployerWorld } from './deployer-world.js';
import { documentedActions, DEPLOYER_MODES, policyActions } from './readme-permissions.js';
import { workerMotoUrl } from '../support/worker-moto.js';

let world: FlowHarness;
beforeEach(async () => {
  expect((await fetch(`${workerMotoUrl()}/moto-api/reset`, { method: 'POST' })).ok).toBe(true);
  world = await startDeployerWorld(workerMotoUrl());
});
afterEach(async () => {
  await world.stop();
});

function record(): AwsCallRecorder {
  const { providers, recorder } = withRecordedAws(world.providers, {
    region: 'eu-west-1',
    lambdaClient: (region) => lambdaClientRoutedByArn(workerMotoUrl(), region),
  });
  Object.assign(world.providers, providers);
  return recorder;
}

async function applyEveryPath(prune: boolean): Promise<void> {
  const steps = [async () => undefined, () => drift(world.sandbox.orgId), () => changePath(world)];
  for (const before of steps) {
    await before();
    const report = await world.apply({ prune });
    expect(report.steps.filter((step) => step.status !== 'applied')).toEqual([]);
    expect(report.success).toBe(true);
  }
  expect((await world.plan({ prune })).plan.summary.hasChanges).toBe(false);
}

describe.each(DEPLOYER_MODES)('the $mode permissions in the README', ({ mode }) => {
  it('are exactly the operations the tool calls, in the table and in the policy', async () => {
    let recorder: AwsCallRecorder;
    if (mode === 'plan') {
      expect((await world.apply()).success).toBe(true);
      recorder = record();
      const { plan } = await world.plan();
      expect(plan.summary.failedChecks).toBe(0);
    } else {
      recorder = record();
      await applyEveryPath(mode === 'apply with prune');
    }
    expect(documentedActions(mode)).toEqual(recorder.actions());
    expect(policyActions(mode)).toEqual(recorder.actions());
  });
});
