/**
 * The action in-process: a pull request with a YAML error in one file and a contract violation in another
 * gets an annotation for each (one run, every finding); and a secret test input travels from the step's
 * env to the Lambda on the merge apply, masked with the runner, while the plan comment, the job summary,
 * the log and the outputs show `(secret)`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER, PR_NUMBER, REPO, startActionHarness, type ActionHarness } from './action-harness.js';

let harness: ActionHarness;
const ROLE_FILE = 'role.yaml';
const STORE_HOURS_FILE = 'data-action-check-store-hours.yaml';
const LOOKUP_FILE = 'data-action-lookup-order-status.yaml';
/** An order number only a secret holds: the orders Lambda answers NOT_FOUND for it, echoing it in its output. */
const SECRET_ORDER = 'S3CR3T-ORDER-7731';

beforeAll(async () => {
  harness = await startActionHarness();
});

afterAll(async () => {
  await harness.stop();
});

describe('a pull request with a YAML error in one file and a contract violation in another', () => {
  it('annotates both, at their lines, and fails once', async () => {
    // An unclosed quote in the role's very name: the role's name cannot be read, so nothing refers to a "missing" role.
    await harness.edit(ROLE_FILE, (text) => text.replace('name: genesys-lambda-invoker', 'name: "genesys-lambda-invoker'));
    await harness.edit(STORE_HOURS_FILE, (text) =>
      text.replace('opensAt: { type: string }', 'opensAt: { type: array, items: { type: array } }'),
    );
    try {
      const run = await harness.runPullRequest();
      expect(run.io.failures).toEqual(['2 error(s) in the manifests; nothing was planned or applied.']);
      const errors = run.io.annotations.filter((annotation) => annotation.level === 'error');
      expect(errors.map((annotation) => `${annotation.properties?.file} ${annotation.properties?.title}`).sort()).toEqual([
        `genesys/${STORE_HOURS_FILE} GLG-CONTRACT-NESTED-ARRAY`,
        `genesys/${ROLE_FILE} GLG-YAML-SYNTAX`,
      ]);
      for (const annotation of errors) expect(annotation.properties?.startLine).toBeGreaterThan(1);
      expect(run.outputs.get('errors')).toBe('2');
    } finally {
      await harness.edit(ROLE_FILE, (text) => text.replace('name: "genesys-lambda-invoker', 'name: genesys-lambda-invoker'));
      await harness.edit(STORE_HOURS_FILE, (text) =>
        text.replace('opensAt: { type: array, items: { type: array } }', 'opensAt: { type: string }'),
      );
    }
  });
});

describe('a secret test input', () => {
  const env = { GENESYS_TEST_SECRET_ORDER_NUMBER: SECRET_ORDER };

  beforeAll(async () => {
    await harness.edit(LOOKUP_FILE, (text) =>
      text.replace(
        '  tests:\n',
        '  tests:\n    - name: order number from a secret\n      input: { orderId: "{{ secrets.ORDER_NUMBER }}" }\n      expect: { status: NOT_FOUND }\n',
      ),
    );
  });

  it('shows as (secret) in the plan comment and summary, and is never read for a plan', async () => {
    const run = await harness.runPullRequest({ env });
    expect(run.io.failures).toEqual([]);
    const comment = harness.github.commentsOn(OWNER, REPO, PR_NUMBER).at(-1)?.payload.body ?? '';
    expect(comment).toContain('`order number from a secret`, input `{"orderId":"(secret)"}`');
    expect(`${comment}\n${run.io.visibleText()}`).not.toContain(SECRET_ORDER);
    expect(run.io.secrets).not.toContain(SECRET_ORDER);
  });

  it('warns in the plan when the step does not set it', async () => {
    const run = await harness.runPullRequest();
    expect(run.io.failures).toEqual([]);
    expect(run.io.summaries.join('\n')).toContain('`GENESYS_TEST_SECRET_ORDER_NUMBER` not set (apply fails it)');
  });

  it('reaches the Lambda on the merge apply, masked first, and reads (secret) in every result', async () => {
    const run = await harness.runMergePush({ env, inputs: { 'require-reviewed-plan': 'false' } });
    expect(run.io.failures).toEqual([]);
    expect(run.io.secrets).toContain(SECRET_ORDER);
    const results = JSON.parse(run.outputs.get('smoke-results') ?? '[]') as { testName: string; passed: boolean; output?: unknown }[];
    const secretTests = results.filter((result) => result.testName === 'order number from a secret');
    // One run, on the draft: its pass stands for the identical published action.
    expect(secretTests.map((result) => result.passed)).toEqual([true]);
    expect(secretTests[0]?.output).toMatchObject({ orderId: '(secret)', status: 'NOT_FOUND' });
    const sent = harness.sandbox.requests.filter(
      (request) => request.path.endsWith('/test') && JSON.stringify(request.body).includes(SECRET_ORDER),
    );
    expect(sent.length).toBe(1);
    expect(run.io.visibleText()).not.toContain(SECRET_ORDER);
  });
});
