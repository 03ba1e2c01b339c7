/**
 * The action in-process on the push of a merge to the default branch: the
 * reviewed-plan check (refuse when stale, warn when it cannot be found and
 * not required), apply with smoke tests and a result comment, the no-op
 * re-run, and broken manifests. Runs in order: each test starts from the
 * state the previous one left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERGE_SHA, OWNER, PR_NUMBER, REPO, startActionHarness, type ActionHarness } from './action-harness.js';
import { planFirstReadPaths } from '../../src/providers/genesys/plan-first-reads.js';

let harness: ActionHarness;
const LOOKUP_FILE = 'data-action-lookup-order-status.yaml';

beforeAll(async () => {
  harness = await startActionHarness();
  // The reviewed plan: posted on the pull request before the merge.
  const reviewed = await harness.runPullRequest();
  expect(reviewed.io.failures).toEqual([]);
  harness.linkMergeCommit();
});

afterAll(async () => {
  await harness.stop();
});

describe('the action on the merge push', () => {
  it('refuses to apply, writing nothing, when the plan differs from the one reviewed on the merged pull request', async () => {
    // A change that reached main without its plan being reviewed (e.g. another PR merged first).
    await harness.edit(LOOKUP_FILE, (text) => text.replace('timeoutSeconds: 10', 'timeoutSeconds: 12'));
    try {
      const writes = harness.genesysWrites();
      const run = await harness.runMergePush();
      expect(run.io.failures).toHaveLength(1);
      expect(run.io.failures[0]).toMatch(
        /^Refusing to apply: the plan now \([0-9a-f]{12}\) differs from the plan reviewed on pull request #42 \([0-9a-f]{12}\): the manifests or live state changed since\. Nothing was applied\.$/,
      );
      expect(run.outputs.get('has-changes')).toBe('true');
      expect(run.outputs.has('applied')).toBe(false);
      expect(harness.genesysWrites()).toBe(writes);
    } finally {
      await harness.edit(LOOKUP_FILE, (text) => text.replace('timeoutSeconds: 12', 'timeoutSeconds: 10'));
    }
  });

  it('applies the reviewed plan, smoke-tests, and comments the result on the merged pull request', async () => {
    const run = await harness.runMergePush();
    expect(run.io.failures).toEqual([]);
    expect(run.outputs.get('mode')).toBe('apply');
    expect(run.io.lines).toContain('The plan matches the plan reviewed on the merged pull request.');
    const applied = JSON.parse(run.outputs.get('applied') ?? '[]') as { status: string }[];
    expect(applied).toHaveLength(6);
    expect(applied.every((step) => step.status === 'applied')).toBe(true);
    const smoke = JSON.parse(run.outputs.get('smoke-results') ?? '[]') as { passed: boolean; output?: unknown; address: string }[];
    expect(smoke.length).toBeGreaterThanOrEqual(3);
    expect(smoke.every((test) => test.passed)).toBe(true);
    expect(smoke.filter((test) => test.address.endsWith('Find Customer By Phone')).every((test) => test.output === '(sensitive)')).toBe(
      true,
    );
    expect(run.io.summaries.join('\n')).toContain('apply: `dev` ✅ succeeded');
    const result = harness.github
      .commentsOn(OWNER, REPO, PR_NUMBER)
      .find((comment) => comment.payload.body?.startsWith('<!-- genesys-lambda-gitops:apply env=dev -->\n'));
    expect(result?.payload.body).toContain('Smoke tests');
    const visible = `${run.io.visibleText()}\n${result?.payload.body ?? ''}`;
    expect([harness.sandbox.clientSecret, '+13175550100', 'Ada Lovelace'].filter((secret) => visible.includes(secret))).toEqual([]);
  });

  it('a second apply of the same commit finds nothing to apply and writes nothing', async () => {
    const writes = harness.genesysWrites();
    const run = await harness.runMergePush();
    expect(run.io.failures).toEqual([]);
    expect(run.outputs.get('has-changes')).toBe('false');
    expect(run.outputs.get('applied')).toBe('[]');
    expect(run.io.lines).toContain('No changes: live state already matches the manifests. Nothing to apply.');
    expect(harness.genesysWrites()).toBe(writes);
  });
});

describe('the action on the merge push: warnings and broken manifests', () => {
  it('warns and applies when the reviewed plan cannot be found and require-reviewed-plan is off', async () => {
    harness.github.state.commitPulls.clear();
    await harness.edit(LOOKUP_FILE, (text) => text.replace('timeoutSeconds: 10', 'timeoutSeconds: 14'));
    const run = await harness.runMergePush({ inputs: { 'require-reviewed-plan': 'false' } });
    expect(run.io.failures).toEqual([]);
    expect(run.io.annotated('warning')).toEqual([
      `Reviewed-plan check: no merged pull request found for commit ${MERGE_SHA}. Applying the current plan (set require-reviewed-plan: true to refuse instead).`,
    ]);
    expect(JSON.parse(run.outputs.get('applied') ?? '[]')).toMatchObject([
      { address: 'action/Customer Lambdas/Lookup Order Status', status: 'applied' },
    ]);
  });

  it('fails once, with file:line:col annotations, and calls no Genesys API when a manifest is broken', async () => {
    await harness.edit(LOOKUP_FILE, (text) => text.replace('timeoutSeconds: 14', 'timeoutSeconds: 90'));
    const genesysRequests = harness.sandbox.requests.length;
    const run = await harness.runMergePush();
    expect(run.io.failures).toEqual(['1 error(s) in the manifests; nothing was planned or applied.']);
    const errors = run.io.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.properties).toMatchObject({
      file: `genesys/${LOOKUP_FILE}`,
      startLine: expect.any(Number),
      startColumn: expect.any(Number),
    });
    expect(errors[0]?.properties?.title).toMatch(/^GLG-[A-Z-]+$/);
    expect(run.outputs.get('errors')).toBe('1');
    expect(run.io.summaries.join('\n')).toContain(LOOKUP_FILE);
    expect(run.io.debugLines).toEqual([]);
    // At most the sign-in and the plan's first reads, made while the manifests loaded (README, "Credentials"): nothing written.
    const earlyReads = new Set(planFirstReadPaths(100).map((path) => path.split('?')[0]));
    const after = harness.sandbox.requests.slice(genesysRequests);
    expect(
      after.filter((request) => request.path !== '/oauth/token' && !(request.method === 'GET' && earlyReads.has(request.path))),
    ).toEqual([]);
    expect(after.length).toBeLessThanOrEqual(1 + earlyReads.size);
  });
});
