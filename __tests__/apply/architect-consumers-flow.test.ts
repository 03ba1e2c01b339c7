/**
 * Replace and delete with Architect consumers, against moto_server and the
 * Genesys sandbox: a contract change of an action a published flow uses
 * keeps the old id published (and answering /execute) under a superseded
 * name; once the flow is republished, the next apply deletes it. A prune of
 * an action in use is a failed check; a missing Architect permission is a
 * visible warning, never a crash, and apply then keeps what it cannot prove
 * unused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResourceChange } from '../../src/plan/types.js';
import { startFlowHarness, type FlowHarness } from '../support/flow-harness.js';

const ORDER_ACTION = 'data-action-lookup-order-status.yaml';
const ORDER = 'Lookup Order Status';
const ADDRESS = `action/Customer Lambdas/${ORDER}`;

let harness: FlowHarness;
beforeEach(async () => {
  const motoReset = await fetch(`${process.env.AWS_ENDPOINT_URL}/moto-api/reset`, { method: 'POST' });
  expect(motoReset.ok).toBe(true);
  harness = await startFlowHarness();
  await harness.apply();
});
afterEach(async () => {
  await harness.stop();
});

function liveOrderActions() {
  return [...harness.sandbox.state.actions.values()].filter((action) => action.name.startsWith(ORDER));
}

function idOf(name: string): string {
  const found = liveOrderActions().find((action) => action.name === name);
  if (!found) throw new Error(`no live action named ${name}`);
  return found.id;
}

async function changeOrderContract(): Promise<void> {
  await harness.edit(ORDER_ACTION, (text) =>
    text.replace('        orderId: { type: string }', '        orderId: { type: string }\n        carrier: { type: string }'),
  );
}

async function executes(actionId: string): Promise<boolean> {
  const output = await harness.providers.genesys.executeAction(actionId, { orderId: '1001' }, 10);
  return output['status'] === 'SHIPPED';
}

function changeAt(changes: readonly ResourceChange[], address: string): ResourceChange | undefined {
  return changes.find((change) => change.address === address);
}

describe('a contract change of an action a published flow uses', () => {
  it('keeps the old id serving under a superseded name, and deletes it once the flow moved', async () => {
    const old = idOf(ORDER);
    const ivr = harness.sandbox.architect.publishFlow({ name: 'Main IVR', type: 'INBOUNDCALL', version: '12.0', uses: [old] });
    await changeOrderContract();

    const { plan } = await harness.plan();
    expect(changeAt(plan.changes, ADDRESS)).toMatchObject({
      action: 'replace',
      liveId: old,
      consumers: [{ id: ivr.id, name: 'Main IVR', type: 'INBOUNDCALLFLOW', version: '12.0' }],
    });
    expect(plan.summary.consumingFlows).toBe(1);
    expect(plan.checks.find((check) => check.code === 'architect-consumers')?.status).toBe('pass');

    const report = await harness.apply();
    expect(report.success).toBe(true);
    const step = report.steps.find((candidate) => candidate.address === ADDRESS)!;
    expect(step.previousId).toBe(old);
    expect(step.superseded).toEqual({
      id: old,
      name: expect.stringMatching(/^Lookup Order Status \(superseded \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)$/),
    });
    expect(step.message).toMatch(/kept as .*1 published flow\(s\) still use it: Main IVR \(INBOUNDCALLFLOW\)/);
    const replacement = idOf(ORDER);
    expect(replacement).not.toBe(old);
    expect(
      liveOrderActions()
        .map((action) => action.id)
        .sort(),
    ).toEqual([old, replacement].sort());
    expect(await executes(old)).toBe(true);
    expect(await executes(replacement)).toBe(true);

    const after = (await harness.plan()).plan;
    expect(after.summary.hasChanges).toBe(false);
    expect(after.superseded).toEqual([
      expect.objectContaining({ liveId: old, disposition: 'keep', consumers: [expect.objectContaining({ name: 'Main IVR' })] }),
    ]);

    harness.sandbox.architect.republishFlow(ivr.id, [replacement]);
    const moved = (await harness.plan()).plan;
    expect(moved.changes.filter((change) => change.action !== 'no-op')).toEqual([
      expect.objectContaining({ action: 'delete', liveId: old, retirement: 'superseded', consumers: [] }),
    ]);
    const cleanup = await harness.apply();
    expect(cleanup.success).toBe(true);
    expect(liveOrderActions().map((action) => action.id)).toEqual([replacement]);
    const settled = (await harness.plan()).plan;
    expect(settled.summary.hasChanges).toBe(false);
    expect(settled.superseded).toEqual([]);
  });

  it('deletes the old id at once when no published flow uses it', async () => {
    const old = idOf(ORDER);
    await changeOrderContract();
    const report = await harness.apply();
    expect(report.success).toBe(true);
    expect(report.steps.find((step) => step.address === ADDRESS)?.message).toBe(
      `the old action ${old} was deleted: no published flow uses it`,
    );
    expect(liveOrderActions().map((action) => action.name)).toEqual([ORDER]);
    expect(harness.sandbox.state.drafts.size).toBe(0);
  });
});

describe('without the Architect permission', () => {
  it('plans with a visible "could not check Architect consumers" warning, and apply keeps the old action', async () => {
    const old = idOf(ORDER);
    harness.sandbox.architect.denyPermission('architect:dependencyTracking:view');
    await changeOrderContract();

    const { plan } = await harness.plan();
    expect(changeAt(plan.changes, ADDRESS)?.consumersUnknown).toMatch(/lacks the permission architect:dependencyTracking:view/);
    expect(plan.checks.filter((check) => check.code === 'architect-consumers')).toEqual([
      expect.objectContaining({
        status: 'unverifiable',
        message: expect.stringMatching(/^Could not check Architect consumers of 1 data action/),
      }),
    ]);
    expect(plan.summary.failedChecks).toBe(0);

    const report = await harness.apply();
    expect(report.success).toBe(true);
    expect(report.steps.find((step) => step.address === ADDRESS)?.superseded?.id).toBe(old);
    expect(await executes(old)).toBe(true);
  });
});

describe('prune of an action in use', () => {
  it('is a failed check (so apply refuses), unless deleting used actions is allowed', async () => {
    const desired = await harness.desired();
    const integrationId = [...harness.sandbox.state.integrations.values()][0]!.id;
    const handMade = await harness.providers.genesys.createAction(
      { ...desired.dataActions[0]!, name: 'Hand Made', tests: [] },
      integrationId,
    );
    harness.sandbox.architect.publishFlow({ name: 'Old Bot', type: 'BOT', uses: [handMade.id] });

    const refused = (await harness.plan({ prune: true })).plan;
    expect(refused.checks.find((check) => check.code === 'used-action-delete')).toMatchObject({
      status: 'fail',
      address: 'action/Customer Lambdas/Hand Made',
      message: expect.stringContaining('Old Bot (BOTFLOW, version 1.0)'),
    });
    expect(refused.summary.failedChecks).toBe(1);

    const report = await harness.apply({ prune: true, allowDeletingUsedActions: true });
    expect(report.success).toBe(true);
    expect(harness.sandbox.state.actions.has(handMade.id)).toBe(false);
  });
});
