/**
 * The plan tells the truth about the live role, against moto_server and the
 * Genesys sandbox (examples/genesys, environment dev): a trust policy whose
 * sts:ExternalId was removed or swapped by hand, an inline policy added by
 * hand and a managed policy attached by hand are each drift, named in words
 * (never a JSON line cut short), with the trust checks judged on the live
 * role; apply repairs each, and the next plan is clean (CLI exit code 0).
 */
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideApply } from '../../src/commands/apply.js';
import { planExitCode } from '../../src/commands/exit-codes.js';
import type { Plan } from '../../src/plan/types.js';
import { renderPlanConsole } from '../../src/render/plan-console.js';
import { startFlowHarness, type FlowHarness } from '../support/flow-harness.js';

const ROLE = 'genesys-lambda-invoker';
const GENESYS_ROOT = 'arn:aws:iam::765628985471:root';

let harness: FlowHarness;
beforeEach(async () => {
  expect((await fetch(`${process.env.AWS_ENDPOINT_URL}/moto-api/reset`, { method: 'POST' })).ok).toBe(true);
  harness = await startFlowHarness();
  const first = await harness.apply();
  expect(first.success).toBe(true);
});
afterEach(async () => {
  await harness.stop();
});

const iam = (): IAMClient => new IAMClient({ region: 'eu-west-1' });

function trustWith(condition: Record<string, Record<string, string>> | undefined) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: GENESYS_ROOT }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) },
    ],
  });
}

function roleChange(plan: Plan) {
  const change = plan.changes.find((candidate) => candidate.address === `role/${ROLE}`);
  if (change === undefined) throw new Error('no role change in the plan');
  return change;
}

const checksOf = (plan: Plan, code: string) => plan.checks.filter((check) => check.code === code && check.address === `role/${ROLE}`);

interface DriftCase {
  name: string;
  drift: () => Promise<void>;
  /** The words the drift note must contain. */
  note: RegExp;
  /** The trust check that must name the condition on the live role, if the trust drifted. */
  trustCheck?: RegExp;
}

const cases: DriftCase[] = [
  {
    name: 'the trust policy lost its sts:ExternalId condition',
    drift: async () => {
      await iam().send(new UpdateAssumeRolePolicyCommand({ RoleName: ROLE, PolicyDocument: trustWith(undefined) }));
    },
    note: /the live trust policy no longer requires sts:ExternalId/,
    trustCheck: /does not require sts:ExternalId, so any Genesys Cloud org could have Genesys assume this role/,
  },
  {
    name: "the trust policy's sts:ExternalId was swapped for another org's id",
    drift: async () => {
      const condition = { StringEquals: { 'sts:ExternalId': 'aaaaaaaa-another-org' } };
      await iam().send(new UpdateAssumeRolePolicyCommand({ RoleName: ROLE, PolicyDocument: trustWith(condition) }));
    },
    note: /requires sts:ExternalId aaaaaaaa-another-org, not the org id/,
    trustCheck: /requires sts:ExternalId aaaaaaaa-another-org, not the org id .*, so Genesys cannot assume it for org/,
  },
  {
    name: 'an inline policy was added by hand',
    drift: async () => {
      const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] };
      await iam().send(new PutRolePolicyCommand({ RoleName: ROLE, PolicyName: 'hand-made', PolicyDocument: JSON.stringify(document) }));
    },
    note: /inline policies not in the manifest: hand-made/,
  },
  {
    name: 'a managed policy was attached by hand',
    drift: async () => {
      const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] };
      const policy = await iam().send(
        new CreatePolicyCommand({ PolicyName: 'everything-lambda', PolicyDocument: JSON.stringify(document) }),
      );
      await iam().send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: policy.Policy?.Arn }));
    },
    note: /managed policies attached outside GitOps: arn:aws:iam::123456789012:policy\/everything-lambda/,
  },
];

describe('drift on the live role', () => {
  it.each(cases)('$name: drift in words, apply repairs it, the next plan is clean', async ({ drift, note, trustCheck }) => {
    await drift();

    const { plan } = await harness.plan();

    const change = roleChange(plan);
    expect(change.action).toBe('update');
    expect(change.risks).toContain('drift');
    expect(plan.summary.drift).toBe(true);
    expect(change.riskNotes?.drift?.join('\n')).toMatch(note);
    // Restoring what GitOps set is a repair: the live org id as external id is never "broadened".
    expect(change.riskNotes?.['permissions-broadened']?.join('\n') ?? '').not.toMatch(/sts:ExternalId/);
    const console = renderPlanConsole(plan);
    expect(console).toMatch(note);
    if (trustCheck !== undefined) {
      const [check] = checksOf(plan, 'trust-external-id');
      expect(check?.status).toBe('warn');
      expect(check?.message).toMatch(trustCheck);
      expect(console).toMatch(/WARN trust-external-id role\/genesys-lambda-invoker: The live trust policy:/);
    }
    expect(plan.summary.failedChecks).toBe(0);
    expect(decideApply(plan, 'the test').verdict).toBe('apply');

    const report = await harness.apply();
    expect(report.steps.filter((step) => step.status !== 'applied')).toEqual([]);
    expect(report.success).toBe(true);
    // The role's policies changed: the actions running with it were smoke-tested again.
    expect(new Set(report.smokeTests.map((test) => test.address)).size).toBe(3);

    const { plan: next } = await harness.plan();
    expect(next.summary).toMatchObject({ hasChanges: false, drift: false, failedChecks: 0 });
    expect(checksOf(next, 'trust-external-id').map((check) => check.status)).toEqual(['pass']);
    expect(checksOf(next, 'trust-principal').map((check) => check.status)).toEqual(['pass']);
    expect(planExitCode(next)).toBe(0);
  });

  it('shows a trust policy change as the condition that changed, not as two JSON lines cut at the same prefix', async () => {
    await cases[0]!.drift();
    const console = renderPlanConsole((await harness.plan()).plan);
    // The manifest adds back what the live role lost.
    expect(console).toMatch(/\+ trustPolicy\.Statement\[0\]\.Condition: \{"StringEquals":\{"sts:ExternalId":\["[0-9a-f-]+"\]\}\}/);
    expect(console).not.toMatch(/~ trustPolicy: .*…/);
  });

  it('a trust policy that admits another AWS account as well is drift, and apply removes it', async () => {
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: [GENESYS_ROOT, 'arn:aws:iam::111122223333:root'] },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': harness.sandbox.orgId } },
        },
      ],
    };
    await iam().send(new UpdateAssumeRolePolicyCommand({ RoleName: ROLE, PolicyDocument: JSON.stringify(trust) }));

    const { plan } = await harness.plan();

    expect(roleChange(plan).riskNotes?.drift).toEqual(['the live trust policy also lets arn:aws:iam::111122223333:root assume the role']);
    const [principal] = checksOf(plan, 'trust-principal');
    expect(principal?.status).toBe('warn');
    expect(principal?.message).toMatch(/also lets arn:aws:iam::111122223333:root assume the role. Apply restores/);
    expect((await harness.apply()).success).toBe(true);
    expect((await harness.plan()).plan.summary.hasChanges).toBe(false);
  });
});
