/**
 * The decisions the two shells used to make on their own, as pure
 * functions: which mode runs, the apply gate, the CLI's confirmation, the
 * reviewed-plan verdict, where plan.json goes, and how a failure is reported.
 */
import { describe, expect, it } from 'vitest';
import { confirmApply, decideApply } from '../../src/commands/apply.js';
import { EXIT_CODE, failedChecksMessage, failureExitCode, planExitCode } from '../../src/commands/exit-codes.js';
import { describeFailure } from '../../src/commands/failure.js';
import { decideMode } from '../../src/commands/mode.js';
import { planFilePath } from '../../src/commands/plan-file.js';
import { reviewedPlanVerdict, type ReviewedPlanLookup } from '../../src/commands/reviewed-plan.js';
import { ApplyFailedError, ConfigurationError, InputError, isExpectedError, ManifestError, StalePlanError } from '../../src/errors.js';
import { planChanges } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { RoleOperationError } from '../../src/providers/aws-iam/role-operation-error.js';
import { GenesysApiError, GenesysTransportError } from '../../src/providers/genesys/genesys-api-error.js';
import type { EffectiveMode } from '../../src/run-context.js';
import { desiredFixture, observedInSync } from '../plan/plan-fixtures.js';

function planWith(summary: Partial<Plan['summary']>, fingerprint = 'sha256:aaaaaaaaaaaabbbb'): Plan {
  const plan = planChanges(desiredFixture(), observedInSync(), { prune: false });
  return { ...plan, fingerprint, summary: { ...plan.summary, ...summary } };
}

describe('decideMode', () => {
  it.each<[string, EffectiveMode, boolean, boolean, EffectiveMode, string | undefined]>([
    ['a plan with credentials plans', 'plan', false, true, 'plan', undefined],
    [
      'a fork validates only',
      'plan',
      true,
      true,
      'validate',
      'this pull request comes from a fork, so the workflow has no secrets and a read-only token',
    ],
    ['the fork reason wins over missing credentials', 'plan', true, false, 'validate', 'this pull request comes from a fork'],
    [
      'missing credentials validate only',
      'plan',
      false,
      false,
      'validate',
      'GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET are not set',
    ],
    ['apply never falls back (it fails on the missing credentials instead)', 'apply', false, false, 'apply', undefined],
    ['validate stays validate', 'validate', true, false, 'validate', undefined],
  ])('%s', (_case, requested, isFork, credentials, mode, why) => {
    const decision = decideMode(requested, { isFork }, credentials);
    expect(decision.mode).toBe(mode);
    if (why === undefined) expect(decision.notice).toBeUndefined();
    else expect(decision.notice).toMatch(new RegExp(`^Plan skipped, validated only: ${why}`));
  });
});

describe('decideApply', () => {
  it.each([
    [
      'failed checks refuse, even with changes',
      { failedChecks: 2, hasChanges: true },
      'refuse',
      'Refusing to apply: 2 cross-system check(s) failed (see above). Nothing was applied.',
    ],
    [
      'failed checks refuse without changes',
      { failedChecks: 1, hasChanges: false },
      'refuse',
      'Refusing to apply: 1 cross-system check(s) failed (see above). Nothing was applied.',
    ],
    [
      'no changes: nothing to apply',
      { failedChecks: 0, hasChanges: false },
      'nothing-to-apply',
      'No changes: live state already matches the manifests. Nothing to apply.',
    ],
    ['changes and clean checks apply', { failedChecks: 0, hasChanges: true }, 'apply', undefined],
  ])('%s', (_case, summary, verdict, message) => {
    const gate = decideApply(planWith(summary), 'above');
    expect(gate.verdict).toBe(verdict);
    expect('message' in gate ? gate.message : undefined).toBe(message);
  });
});

describe('confirmApply', () => {
  const never = async (): Promise<boolean> => {
    throw new Error('must not ask');
  };
  it.each([
    ['--yes needs no question', { yes: true, ask: never }, true, undefined],
    ['--yes without a terminal', { yes: true, ask: undefined }, true, undefined],
    [
      'no terminal to ask on',
      { yes: false, ask: undefined },
      false,
      'Refusing to apply without confirmation: pass --yes (no interactive terminal to ask on). Nothing was applied.',
    ],
    ['the answer is yes', { yes: false, ask: async () => true }, true, undefined],
    ['the answer is not yes', { yes: false, ask: async () => false }, false, 'Apply cancelled. Nothing was applied.'],
  ])('%s', async (_case, options, confirmed, message) => {
    const confirmation = await confirmApply('prod', options);
    expect(confirmation.confirmed).toBe(confirmed);
    expect('message' in confirmation ? confirmation.message : undefined).toBe(message);
  });

  it('names the environment in the question', async () => {
    const questions: string[] = [];
    await confirmApply('prod', { yes: false, ask: async (question) => (questions.push(question), true) });
    expect(questions).toEqual(["Apply these changes to environment prod? Only 'yes' is accepted: "]);
  });
});

describe('reviewedPlanVerdict', () => {
  const plan = planWith({}, 'sha256:111111111111ffff');
  it.each<[string, ReviewedPlanLookup, string]>([
    ['no token', { found: 'no-token' }, 'no github-token: the reviewed plan cannot be found'],
    ['a direct push', { found: 'no-merged-pull-request', sha: 'abc123' }, 'no merged pull request found for commit abc123'],
    ['no plan comment', { found: 'no-plan-comment', pullRequest: 7 }, `pull request #7 has no plan comment for ${plan.environment}`],
    [
      'another fingerprint',
      { found: 'fingerprint', pullRequest: 7, fingerprint: 'sha256:222222222222eeee' },
      'the plan now (111111111111) differs from the plan reviewed on pull request #7 (222222222222): the manifests or live state changed since',
    ],
  ])('%s: refuses when required, warns otherwise', (_case, lookup, text) => {
    expect(reviewedPlanVerdict(plan, lookup, true)).toEqual({
      verdict: 'refuse',
      message: `Refusing to apply: ${text}. Nothing was applied.`,
    });
    expect(reviewedPlanVerdict(plan, lookup, false)).toEqual({
      verdict: 'warn',
      message: `Reviewed-plan check: ${text}. Applying the current plan (set require-reviewed-plan: true to refuse instead).`,
    });
  });

  it('the same fingerprint matches, required or not', () => {
    const lookup: ReviewedPlanLookup = { found: 'fingerprint', pullRequest: 7, fingerprint: plan.fingerprint };
    for (const required of [true, false]) {
      expect(reviewedPlanVerdict(plan, lookup, required)).toEqual({
        verdict: 'matches',
        message: 'The plan matches the plan reviewed on the merged pull request.',
      });
    }
  });
});

describe('planFilePath', () => {
  it.each([
    ['the input, relative to the workspace', { planFile: 'out/plan.json', runnerTemp: '/tmp/runner' }, '/work/space/out/plan.json'],
    ['an absolute input as given', { planFile: '/data/plan.json', runnerTemp: '/tmp/runner' }, '/data/plan.json'],
    [
      'per environment under RUNNER_TEMP',
      { planFile: undefined, runnerTemp: '/tmp/runner' },
      '/tmp/runner/genesys-lambda-gitops/plan-prod.json',
    ],
    [
      'under the workspace without RUNNER_TEMP',
      { planFile: undefined, runnerTemp: undefined },
      '/work/space/genesys-lambda-gitops/plan-prod.json',
    ],
  ])('%s', (_case, options, path) => {
    expect(planFilePath({ ...options, cwd: '/work/space', environment: 'prod' })).toBe(path);
  });
});

describe('describeFailure and the exit codes', () => {
  const genesysError = new GenesysApiError({
    method: 'GET',
    path: '/api/v2/integrations',
    status: 503,
    code: 'service.unavailable',
    genesysMessage: 'try later',
    contextId: 'ctx-1',
    body: undefined,
  });
  const roleError = new RoleOperationError({
    message: 'update role/x: AccessDenied',
    command: 'UpdateRole',
    roleName: 'x',
    errorCode: 'AccessDenied',
    httpStatusCode: 403,
    cause: undefined,
  });
  it.each([
    ['InputError is a usage error', new InputError('invalid --format'), true],
    ['ManifestError', new ManifestError('1 error(s)'), false],
    ['ConfigurationError', new ConfigurationError('set X'), false],
    ['StalePlanError', new StalePlanError('stale'), false],
    ['ApplyFailedError', new ApplyFailedError('failed'), false],
    ['GenesysApiError', genesysError, false],
    ['GenesysTransportError', new GenesysTransportError('GET', '/api/v2/x', 'timeout', 'after 30 s'), false],
    ['RoleOperationError', roleError, false],
  ])('%s: its message, no stack', (_case, error, isUsage) => {
    expect(isExpectedError(error)).toBe(true);
    const failure = describeFailure(error);
    expect(failure).toEqual({ message: error.message, isUsage, stack: undefined });
    expect(failureExitCode(failure)).toBe(isUsage ? EXIT_CODE.usage : EXIT_CODE.failure);
  });

  it('an unexpected error keeps its stack for the debug log', () => {
    const bug = new TypeError('cannot read x of undefined');
    expect(isExpectedError(bug)).toBe(false);
    expect(describeFailure(bug)).toEqual({ message: 'cannot read x of undefined', isUsage: false, stack: bug.stack });
    expect(describeFailure('thrown text')).toEqual({ message: 'thrown text', isUsage: false, stack: undefined });
  });

  it('plan exits 2 with changes, 0 without, and 1 with a failed check whatever else', () => {
    expect(planExitCode(planWith({ hasChanges: true }))).toBe(2);
    expect(planExitCode(planWith({ hasChanges: false }))).toBe(0);
    expect(planExitCode(planWith({ hasChanges: true, failedChecks: 1 }))).toBe(1);
    expect(planExitCode(planWith({ hasChanges: false, failedChecks: 2 }))).toBe(1);
  });

  it('says which checks failed, and nothing when none did', () => {
    const plan = planWith({});
    expect(failedChecksMessage(plan)).toBeUndefined();
    const failing = {
      ...plan,
      checks: [...plan.checks, { code: 'function-exists' as const, status: 'fail' as const, address: 'a', message: 'm' }],
    };
    expect(failedChecksMessage(failing)).toBe(
      '1 cross-system check(s) failed (function-exists): apply would refuse this plan and write nothing. Fix them first.',
    );
  });
});
