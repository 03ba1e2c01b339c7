/**
 * The action in-process, end to end, with a published flow that uses a data
 * action: the pull request that changes its contract names the flow in the
 * comment and in plan.json; the merge apply keeps the old id answering for
 * the flow; after the flow is republished onto the new action, the next
 * reviewed plan and apply delete the old one. Runs in order.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { OWNER, PR_NUMBER, REPO, startActionHarness, type ActionHarness, type ActionRun } from './action-harness.js';

const LOOKUP_FILE = 'data-action-lookup-order-status.yaml';
const ORDER = 'Lookup Order Status';
const ADDRESS = `action/Customer Lambdas/${ORDER}`;

let harness: ActionHarness;
let oldId: string;
let flowId: string;

function planComment(): string {
  const comment = harness.github
    .commentsOn(OWNER, REPO, PR_NUMBER)
    .find((candidate) => candidate.payload.body?.startsWith('<!-- genesys-lambda-gitops:plan env=dev'));
  return comment?.payload.body ?? '';
}

async function planJson(run: ActionRun): Promise<Plan> {
  return JSON.parse(await readFile(run.outputs.get('plan-json') ?? '', 'utf8')) as Plan;
}

function liveOrders() {
  return [...harness.sandbox.state.actions.values()].filter((action) => action.name.startsWith(ORDER));
}

beforeAll(async () => {
  harness = await startActionHarness();
  harness.linkMergeCommit();
  expect((await harness.runPullRequest()).io.failures).toEqual([]);
  expect((await harness.runMergePush()).io.failures).toEqual([]);
  oldId = liveOrders()[0]!.id;
  flowId = harness.sandbox.architect.publishFlow({ name: 'Orders IVR', type: 'INBOUNDCALL', version: '4.0', uses: [oldId] }).id;
});

afterAll(async () => {
  await harness.stop();
});

describe('a pull request that changes the contract of an action a published flow uses', () => {
  it('names the flow in the PR comment (red banner and per change) and in plan.json', async () => {
    await harness.edit(LOOKUP_FILE, (text) =>
      text.replace('        orderId: { type: string }', '        orderId: { type: string }\n        carrier: { type: string }'),
    );
    const run = await harness.runPullRequest();
    expect(run.io.failures).toEqual([]);
    const body = planComment();
    expect(body).toContain('> [!CAUTION]\n> **1 published flow uses actions this change replaces or deletes.**');
    expect(body).toContain('Orders IVR (`INBOUNDCALLFLOW`, version 4.0)');
    const plan = await planJson(run);
    expect(plan.changes.find((change) => change.address === ADDRESS)).toMatchObject({
      action: 'replace',
      liveId: oldId,
      consumers: [{ id: flowId, name: 'Orders IVR', type: 'INBOUNDCALLFLOW', version: '4.0' }],
    });
    expect(JSON.parse(run.outputs.get('summary') ?? '{}')).toMatchObject({ replace: 1, consumingFlows: 1 });
    expect(harness.github.labelsOn(OWNER, REPO, PR_NUMBER)).toContain('gitops:used-by-flows');
  });

  it('applies on merge with the old id still published and answering /execute for the flow', async () => {
    const run = await harness.runMergePush();
    expect(run.io.failures).toEqual([]);
    expect(run.io.lines).toContain('The plan matches the plan reviewed on the merged pull request.');
    const applied = JSON.parse(run.outputs.get('applied') ?? '[]') as { address: string; superseded?: { id: string } }[];
    expect(applied.find((step) => step.address === ADDRESS)?.superseded?.id).toBe(oldId);
    expect(liveOrders()).toHaveLength(2);
    const execute = await fetch(`${harness.sandbox.url}/api/v2/integrations/actions/${oldId}/execute`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ orderId: '1001' }),
    });
    expect(execute.status).toBe(200);
    expect(((await execute.json()) as { status?: string }).status).toBe('SHIPPED');
  });

  it('once the flow is republished onto the new action, the next plan and apply delete the old one', async () => {
    const replacement = liveOrders().find((action) => action.name === ORDER)!.id;
    harness.sandbox.architect.republishFlow(flowId, [replacement]);
    const planned = await harness.runPullRequest();
    expect(planned.io.failures).toEqual([]);
    const plan = await planJson(planned);
    expect(plan.changes.filter((change) => change.action !== 'no-op')).toEqual([
      expect.objectContaining({ action: 'delete', liveId: oldId, retirement: 'superseded' }),
    ]);
    expect(planComment()).toContain('#### Superseded actions');

    const applied = await harness.runMergePush();
    expect(applied.io.failures).toEqual([]);
    expect(liveOrders().map((action) => action.id)).toEqual([replacement]);
  });
});

async function token(): Promise<string> {
  const response = await fetch(`${harness.sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${harness.sandbox.clientId}:${harness.sandbox.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
