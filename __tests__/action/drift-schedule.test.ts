/**
 * The scheduled drift run, in-process against moto + the Genesys sandbox +
 * the fake GitHub: after an apply, a clean org opens no issue; a timeout
 * edited "in the Genesys UI" and a trust policy edited in the AWS console
 * open ONE issue listing both (with who made the Genesys change); the next
 * run edits that issue; after a re-apply the issue is closed with a comment;
 * drifting again reopens it. No drift run writes to AWS or Genesys.
 */
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListRoleTagsCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_UI_USER } from '../../sandbox/genesys/server.js';
import { isoSecond } from '../../src/drift/first-seen.js';
import { OWNER, REPO, startActionHarness, type ActionHarness, type ActionRun } from './action-harness.js';

const ROLE = 'genesys-lambda-invoker';
const STORE_HOURS = 'action/Customer Lambdas/Check Store Hours';
const HOUR_MS = 60 * 60 * 1000;

let harness: ActionHarness;
let iam: IAMClient;

/** Genesys requests of a run that would change something: everything but reads, the token, runs of actions and the audit query. */
function genesysWritesSince(index: number): string[] {
  return harness.sandbox.requests
    .slice(index)
    .filter((request) => request.method !== 'GET')
    .filter((request) => request.path !== '/oauth/token' && request.path !== '/api/v2/audits/query/realtime')
    .filter((request) => !/\/integrations\/actions\/[^/]+\/(test|execute)$/.test(request.path))
    .map((request) => `${request.method} ${request.path}`);
}

/**
 * Every role in moto with its trust policy, inline and attached policies and tags, to prove a run changed none
 * of it. (moto's /moto-api/data.json cannot be used: it fails once Lambda functions exist, without Docker.)
 */
async function iamState(): Promise<unknown> {
  const roles = (await iam.send(new ListRolesCommand({}))).Roles ?? [];
  return Promise.all(
    roles.map(async ({ RoleName: name }) => {
      const inline = (await iam.send(new ListRolePoliciesCommand({ RoleName: name }))).PolicyNames ?? [];
      return {
        role: (await iam.send(new GetRoleCommand({ RoleName: name }))).Role,
        inline: await Promise.all(
          inline.map(async (policy) => (await iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policy }))).PolicyDocument),
        ),
        attached: (await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: name }))).AttachedPolicies,
        tags: (await iam.send(new ListRoleTagsCommand({ RoleName: name }))).Tags,
      };
    }),
  );
}

/** Runs the scheduled drift check and proves it wrote nothing to Genesys or AWS. */
async function driftRun(options: Parameters<ActionHarness['runSchedule']>[0] = {}): Promise<ActionRun> {
  const firstRequest = harness.sandbox.requests.length;
  const roleWritesBefore = harness.roleWrites.length;
  const iamBefore = await iamState();
  const run = await harness.runSchedule(options);
  expect(run.outputs.get('mode')).toBe('drift');
  expect(genesysWritesSince(firstRequest)).toEqual([]);
  expect(harness.roleWrites.slice(roleWritesBefore)).toEqual([]);
  expect(await iamState()).toEqual(iamBefore);
  return run;
}

const issues = () => harness.github.issuesIn(OWNER, REPO);
const issueWrites = () =>
  harness.github.state.requests.filter((request) => request.method !== 'GET' && request.path.startsWith(`/repos/${OWNER}/${REPO}/issues`));

async function trustPolicy(): Promise<string> {
  const { Role } = await iam.send(new GetRoleCommand({ RoleName: ROLE }));
  return decodeURIComponent(Role?.AssumeRolePolicyDocument ?? '');
}

beforeAll(async () => {
  harness = await startActionHarness();
  iam = new IAMClient({ region: 'us-east-1' });
  const applied = await harness.runMergePush({ inputs: { 'require-reviewed-plan': 'false' } });
  expect(applied.io.failures).toEqual([]);
});

afterAll(async () => {
  iam.destroy();
  await harness.stop();
});

describe('a scheduled drift run', () => {
  // Runs an hour apart on the run's clock; the sandbox records UI edits on the wall clock, inside the audit window.
  const start = Math.floor(Date.now() / 1000) * 1000;
  const at = (hours: number) => isoSecond(start + hours * HOUR_MS);
  let firstIssueBody = '';

  it('on a clean org: passes every smoke test of the published actions, opens no issue', async () => {
    const run = await driftRun({ now: () => start });
    expect(run.io.failures).toEqual([]);
    expect(Object.fromEntries(['drift', 'failed-tests', 'issue-number'].map((name) => [name, run.outputs.get(name)]))).toEqual({
      drift: 'false',
      'failed-tests': '0',
      'issue-number': '',
    });
    expect(issues()).toEqual([]);
    expect(run.io.lines).toContain(`Drift check of dev at ${at(0)}: clean (every resource matches; 7 of 7 smoke tests passed).`);
    expect(run.io.summaries.join('\n')).toContain('matches the manifests');
  });

  it('after a timeout edited in the Genesys UI and a trust policy edited in AWS: one issue lists both, and who made the Genesys change', async () => {
    harness.sandbox.ui.editAction('Check Store Hours', (action) => {
      action.config = { ...action.config, timeoutSeconds: 30 };
    });
    const edited = (await trustPolicy()).replace(harness.sandbox.orgId, 'someone-elses-org-id');
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: ROLE, PolicyDocument: edited }));

    const run = await driftRun({ now: () => start + HOUR_MS });
    expect(run.io.failures).toEqual([]);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue?.payload.labels.map((label) => (typeof label === 'string' ? label : label.name))).toEqual(['gitops:drift']);
    expect(issue?.payload.title).toBe('Genesys Lambda GitOps: drift and failing smoke tests in dev');
    const body = issue?.payload.body ?? '';
    firstIssueBody = body;
    expect(body.split('\n')[0]).toBe('<!-- genesys-lambda-gitops:drift env=dev -->');
    expect(body).toContain(`| \`${STORE_HOURS}\` | changed: \`timeoutSeconds\` | ${at(1)} | ${DEFAULT_UI_USER.name} at `);
    expect(body).toContain(
      `| \`role/genesys-lambda-invoker\` | changed: \`trustPolicy\` | ${at(1)} | not tracked here (AWS: see CloudTrail) |`,
    );
    expect(body).toContain('someone-elses-org-id');
    // Genesys can no longer assume the role, so every smoke test of every published action fails.
    expect(body).toContain('#### Failing smoke tests');
    expect(body).toMatch(/is not authorized to perform: sts:AssumeRole/);
    expect(run.outputs.get('drift')).toBe('true');
    expect(Number(run.outputs.get('failed-tests'))).toBe(7);
    expect(run.outputs.get('issue-number')).toBe(String(issue?.payload.number));
    expect(run.io.summaries.join('\n')).toContain(`Drift issue [#${issue?.payload.number}]`);
  });

  it('a second run edits the same issue in place and keeps since when each problem has been seen', async () => {
    const writesBefore = issueWrites().length;
    const run = await driftRun({ now: () => start + 2 * HOUR_MS });
    expect(run.io.failures).toEqual([]);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    const writes = issueWrites().slice(writesBefore);
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/${issue?.payload.number}`,
    ]);
    const body = issue?.payload.body ?? '';
    expect(body).not.toBe(firstIssueBody);
    expect(body).toContain(`Checked ${at(2)}`);
    expect(body).toContain(`| \`${STORE_HOURS}\` | changed: \`timeoutSeconds\` | ${at(1)} |`);
    expect(run.outputs.get('issue-number')).toBe(String(issue?.payload.number));
  });

  it('once apply has repaired both, closes the issue with a comment', async () => {
    const repaired = await harness.runMergePush({ inputs: { 'require-reviewed-plan': 'false' } });
    expect(repaired.io.failures).toEqual([]);
    expect(await trustPolicy()).not.toContain('someone-elses-org-id');
    const run = await driftRun({ now: () => start + 3 * HOUR_MS });
    expect(run.io.failures).toEqual([]);
    const [issue] = issues();
    expect(issue?.payload.state).toBe('closed');
    expect(issue?.payload.state_reason).toBe('completed');
    const comments = harness.github.commentsOn(OWNER, REPO, issue?.payload.number ?? 0);
    expect(comments.map((comment) => comment.payload.body)).toEqual([
      expect.stringMatching(new RegExp(`^✅ \`dev\` matches the manifests again as of ${at(3)} .*7 of 7 smoke tests passed\\. Closing;`)),
    ]);
    expect(run.outputs.get('drift')).toBe('false');
    expect(run.outputs.get('issue-number')).toBe('');
  });

  it('a clean run after that changes nothing on GitHub', async () => {
    const writesBefore = issueWrites().length;
    const run = await driftRun({ now: () => start + 4 * HOUR_MS });
    expect(run.io.failures).toEqual([]);
    expect(issueWrites().slice(writesBefore)).toEqual([]);
  });

  it('drifting again reopens the same issue, with new first-seen times', async () => {
    harness.sandbox.ui.editAction('Check Store Hours', (action) => {
      action.category = 'Edited by hand';
    });
    const run = await driftRun({ now: () => start + 5 * HOUR_MS });
    expect(run.io.failures).toEqual([]);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue?.payload.state).toBe('open');
    expect(issue?.payload.title).toBe('Genesys Lambda GitOps: drift from the manifests in dev');
    expect(issue?.payload.body).toContain(`| \`${STORE_HOURS}\` | changed: \`category\` | ${at(5)} |`);
    expect(run.outputs.get('failed-tests')).toBe('0');
  });
});

describe('a drift run with fewer rights', () => {
  it('without issues: write warns, writes the report to the job summary, and succeeds', async () => {
    harness.github.state.forbidIssueWrites = true;
    try {
      const openIssue = issues().find((issue) => issue.payload.state === 'open');
      const bodyBefore = openIssue?.payload.body;
      const run = await driftRun();
      expect(run.io.failures).toEqual([]);
      expect(run.io.annotated('warning')).toEqual([
        expect.stringMatching(/^The token may not read or write issues \(grant `issues: write`\)/),
      ]);
      expect(run.io.summaries.join('\n')).toContain('has drifted');
      expect(openIssue?.payload.body).toBe(bodyBefore);
      expect(run.outputs.get('drift')).toBe('true');
    } finally {
      harness.github.state.forbidIssueWrites = false;
    }
  });

  it('without audits:audit:view: who changed it is "not available", never a failure', async () => {
    harness.sandbox.state.deniedPermissions.add('audits:audit:view');
    try {
      const run = await driftRun();
      expect(run.io.failures).toEqual([]);
      const body = issues().find((issue) => issue.payload.state === 'open')?.payload.body ?? '';
      expect(body).toContain(`| \`${STORE_HOURS}\` | changed: \`category\` |`);
      expect(body).toMatch(
        /not available: the OAuth client may not read the audit trail \(grant audits:audit:view to see who changed it\)/,
      );
    } finally {
      harness.sandbox.state.deniedPermissions.delete('audits:audit:view');
    }
  });

  it('with fail-on-drift: publishes everything, then fails the run', async () => {
    const run = await driftRun({ inputs: { 'fail-on-drift': 'true' } });
    expect(run.io.failures).toEqual([
      expect.stringMatching(/^Drift in dev: 1 resource\(s\) differ, 0 smoke test\(s\) fail \(fail-on-drift is on\)\.$/),
    ]);
    expect(run.outputs.get('drift')).toBe('true');
    expect(run.outputs.get('issue-number')).not.toBe('');
  });
});
