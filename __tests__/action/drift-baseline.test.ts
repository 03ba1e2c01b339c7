/**
 * Drift against the pull request's base. After an apply, someone raises a
 * data action's timeout in the Genesys UI; then a pull request changes
 * another action. With the base commit's manifests as baseline, the UI edit
 * is reported as drift and the pull request's own change is not; without a
 * readable base, the plan still runs and says it has no baseline.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, ResourceChange } from '../../src/plan/types.js';
import { OWNER, PR_NUMBER, REPO, startActionHarness, type ActionHarness, type ActionRun } from './action-harness.js';

const STORE_HOURS = 'action/Customer Lambdas/Check Store Hours';
const LOOKUP = 'action/Customer Lambdas/Lookup Order Status';

let harness: ActionHarness;

beforeAll(async () => {
  harness = await startActionHarness();
  const applied = await harness.runMergePush({ inputs: { 'require-reviewed-plan': 'false' } });
  expect(applied.io.failures).toEqual([]);
  // The manifests as applied are what the pull request is based on.
  await harness.seedBaseCommit();
  // A hand edit in the Genesys UI, on an action the pull request does not touch.
  const storeHours = [...harness.sandbox.state.actions.values()].find((action) => action.name === 'Check Store Hours');
  if (storeHours === undefined) throw new Error('Check Store Hours was not published');
  storeHours.config = { ...storeHours.config, timeoutSeconds: 30 };
  storeHours.version += 1;
  // The pull request's own change.
  await harness.edit('data-action-lookup-order-status.yaml', (text) => text.replace('timeoutSeconds: 10', 'timeoutSeconds: 12'));
});

afterAll(async () => {
  await harness.stop();
});

async function planOf(run: ActionRun): Promise<Plan> {
  return JSON.parse(await readFile(run.outputs.get('plan-json') ?? '', 'utf8')) as Plan;
}

function change(plan: Plan, address: string): ResourceChange {
  const found = plan.changes.find((candidate) => candidate.address === address);
  if (found === undefined) throw new Error(`no change for ${address}`);
  return found;
}

describe('the plan of a pull request, against its base commit', () => {
  it('reports the UI edit as drift, and not the change the pull request makes', async () => {
    const run = await harness.runPullRequest();
    expect(run.io.failures).toEqual([]);
    expect(run.io.lines).toContain(
      "Drift baseline: the manifests at the pull request's base bbbbbbb; live values that differ from them are reported as drift.",
    );
    const plan = await planOf(run);
    const storeHours = change(plan, STORE_HOURS);
    expect(storeHours.action).toBe('update');
    expect(storeHours.risks).toContain('drift');
    expect(storeHours.riskNotes?.drift).toEqual(['timeoutSeconds changed outside GitOps (e.g. edited in the Genesys UI)']);
    const lookup = change(plan, LOOKUP);
    expect(lookup.action).toBe('update');
    expect(lookup.risks).not.toContain('drift');
    const comment = harness.github.commentsOn(OWNER, REPO, PR_NUMBER)[0]?.payload.body ?? '';
    expect(comment).toContain('changed outside GitOps');
  });

  it('without a readable base commit, plans the same changes without calling the UI edit drift, and says why', async () => {
    harness.github.state.commitTrees.clear();
    const run = await harness.runPullRequest();
    expect(run.io.failures).toEqual([]);
    expect(run.io.annotated('notice')).toEqual([
      expect.stringMatching(/^No drift baseline: the pull request's base bbbbbbb could not be read/),
    ]);
    const storeHours = change(await planOf(run), STORE_HOURS);
    expect(storeHours.action).toBe('update');
    expect(storeHours.risks).not.toContain('drift');
  });
});
