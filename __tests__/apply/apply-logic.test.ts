/**
 * Apply logic over the in-memory fakes: dependency order, what a failure
 * stops and what it does not, not-applied reporting, the two publishing
 * strategies (including the replace order), smoke-test retries, redaction
 * of secure actions, and prune order. The same engine against moto and the
 * Genesys sandbox is apply-flow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { AppliedStep } from '../../src/apply/apply-report.js';
import { replacementName, supersededName } from '../../src/apply/apply-plan.js';
import type { ResourceKind } from '../../src/plan/types.js';
import { callSummaries } from '../fakes/fake-calls.js';
import type { FakeFlow } from '../fakes/fake-genesys-provider.js';
import {
  actionId,
  addressOf,
  type ApplyWorld,
  createApplyWorld,
  createEverything,
  CREDENTIAL,
  desiredWorld,
  emptyObserved,
  INTEGRATION,
  LOOKUP,
  ORG_ID,
  planned,
  planOf,
  ROLE,
  ROLE_ARN,
  SECRET,
  VERIFY,
} from './apply-world.js';

const NOT_APPLIED = 'not applied: an earlier step failed';

/** A published inbound call flow that calls the action `actionId` by id. */
function ivr(actionId: string): FakeFlow {
  return { id: 'flow-1', name: 'Main IVR', type: 'INBOUNDCALLFLOW', version: '3.0', uses: [actionId] };
}

function outcomes(steps: readonly AppliedStep[]): string[] {
  return steps.map((step) => `${step.status} ${step.action} ${step.address}`);
}

describe('apply from nothing', () => {
  it('goes roles → IAM wait → credentials → integration (config, enable, ACTIVE) → drafts → publish → smoke tests', async () => {
    const world = createApplyWorld();
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved());

    expect(report.success).toBe(true);
    expect(callSummaries(world.calls)).toEqual([
      `applyRole ${ROLE}`,
      // Read back: the plan's trust and coverage checks must hold on the live role. It shows the trust
      // policy just written, so IAM has caught up: no wait.
      `readRole ${ROLE}`,
      `createCredential ${CREDENTIAL}`,
      `createIntegration ${INTEGRATION}`,
      'setIntegrationConfig integration-2',
      'setIntegrationEnabled integration-2',
      'waitForIntegrationState integration-2',
      'listDrafts',
      `createDraft ${LOOKUP}`,
      'validateDraft action-3',
      'testDraft action-3',
      'publishDraft action-3',
      'executeAction action-3',
      `createDraft ${VERIFY}`,
      'validateDraft action-4',
      'testDraft action-4',
      'publishDraft action-4',
    ]);
    expect(report.steps).toEqual([
      { address: `role/${ROLE}`, kind: 'role', action: 'create', status: 'applied', liveId: ROLE_ARN },
      { address: `credential/${CREDENTIAL}`, kind: 'credential', action: 'create', status: 'applied', liveId: 'credential-1' },
      { address: `integration/${INTEGRATION}`, kind: 'integration', action: 'create', status: 'applied', liveId: 'integration-2' },
      { address: addressOf('action', LOOKUP), kind: 'action', action: 'create', status: 'applied', liveId: 'action-3' },
      { address: addressOf('action', VERIFY), kind: 'action', action: 'create', status: 'applied', liveId: 'action-4' },
    ]);
    expect(report.smokeTests.map((test) => `${test.endpoint} ${test.testName} ${test.passed}`)).toEqual([
      'draft-test shipped order true',
      'execute shipped order true',
      'draft-test known customer true',
    ]);
  });

  it('resolves the org id into the trust policy and wires the new ids into each other', async () => {
    const world = createApplyWorld();
    await world.apply(createEverything(), desiredWorld(), emptyObserved(), { integrationActiveTimeoutMs: 5_000 });

    expect(JSON.stringify(world.roles.roles.get(ROLE)?.trustPolicy)).toContain(`"sts:ExternalId":"${ORG_ID}"`);
    expect(world.genesys.state.credentials.get('credential-1')?.roleArn).toBe(ROLE_ARN);
    const integration = world.genesys.state.integrations.get('integration-2');
    expect(integration?.config.credentials).toEqual({ AmazonWebServicesARN: 'credential-1' });
    expect(integration?.intendedState).toBe('ENABLED');
    const wait = world.calls.find((call) => call.method === 'waitForIntegrationState');
    expect(wait?.args).toEqual(['integration-2', 'ACTIVE', { timeoutMs: 5_000 }]);
    expect([...world.genesys.state.actions.values()].map((action) => action.definition.name)).toEqual([LOOKUP, VERIFY]);
    expect(world.genesys.state.drafts.size).toBe(0);
  });

  it('goes on when IAM is slow to show a role, and says so', async () => {
    const world = createApplyWorld();
    world.roles.usable = false;
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved());

    expect(report.success).toBe(true);
    expect(world.log).toContain(`role/${ROLE}: IAM has not shown the update everywhere yet; smoke tests will retry`);
    // The read-back did not show the new role: then the bounded wait, which ended first.
    expect(callSummaries(world.calls).slice(0, 3)).toEqual([`applyRole ${ROLE}`, `readRole ${ROLE}`, `waitUntilRoleUsable ${ROLE}`]);
  });

  it('waits, then reads the role again, when the read-back still shows the trust policy before the write', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const changed = structuredClone(desired);
    changed.roles[0]!.description = 'read back before IAM caught up';
    // The first read-back shows a trust policy this apply did not write (IAM still shows an older one).
    const read = world.roles.provider.readRole.bind(world.roles.provider);
    let reads = 0;
    world.roles.provider.readRole = async (name) => {
      const role = await read(name);
      reads += 1;
      return reads === 1 && role ? { ...role, trustPolicy: { Version: '2012-10-17', Statement: [] } } : role;
    };
    world.calls.length = 0;
    const report = await world.apply(planOf([planned('role', ROLE, 'update', ROLE_ARN)]), changed, observed);

    expect(report.success).toBe(true);
    expect(callSummaries(world.calls)).toEqual([
      `applyRole ${ROLE}`,
      `readRole ${ROLE}`,
      `waitUntilRoleUsable ${ROLE}`,
      `readRole ${ROLE}`,
    ]);
  });
});

describe('a failure stops what depends on it', () => {
  it.each<[string, ResourceKind, (world: ReturnType<typeof createApplyWorld>) => void, string]>([
    ['role', 'role', (world) => world.roles.inject({ method: 'applyRole', message: 'AccessDenied' }), 'AccessDenied'],
    ['credential', 'credential', (world) => world.genesys.inject({ method: 'createCredential', message: 'HTTP 400' }), 'HTTP 400'],
    [
      'integration config',
      'integration',
      (world) => world.genesys.inject({ method: 'setIntegrationConfig', message: 'HTTP 409' }),
      'HTTP 409',
    ],
    [
      'integration never ACTIVE',
      'integration',
      (world) => {
        world.genesys.enabledState = 'ERROR';
      },
      'integration integration-2 reported ERROR instead of ACTIVE',
    ],
  ])('%s failing: later kinds are not applied, and no data action is touched', async (_name, failingKind, breakIt, message) => {
    const world = createApplyWorld();
    breakIt(world);
    const plan = createEverything();
    const report = await world.apply(plan, desiredWorld(), emptyObserved());

    expect(report.success).toBe(false);
    const failing = plan.changes.findIndex((change) => change.kind === failingKind);
    expect(report.steps.slice(0, failing + 1).map((step) => step.status)).toEqual([...Array<string>(failing).fill('applied'), 'failed']);
    expect(report.steps[failing]?.message).toBe(message);
    expect(report.steps.slice(failing + 1)).toEqual(
      plan.changes.slice(failing + 1).map((change) => ({
        address: change.address,
        kind: change.kind,
        action: change.action,
        status: 'not-applied',
        message: NOT_APPLIED,
      })),
    );
    // The drafts listing goes out with the apply (early-draft-listing.ts), but no integration's drafts are asked for.
    expect(world.calls.filter((call) => call.method === 'listDrafts').map((call) => call.args)).toEqual([[[]]]);
    expect(world.calls.map((call) => call.method).filter((method) => /Draft$|Action$/.test(method))).toEqual([]);
    expect(world.genesys.state.actions.size).toBe(0);
    expect(report.smokeTests).toEqual([]);
  });

  it('a failed role is not waited for, and the first failure within a kind stops the rest of that kind', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const second = { ...desired.roles[0]!, name: 'second-invoker' };
    desired.roles.push(second);
    world.roles.inject({ method: 'applyRole', matches: ([name]) => name === ROLE });
    const plan = planOf([planned('role', ROLE, 'create'), planned('role', second.name, 'create')]);
    const report = await world.apply(plan, desired, emptyObserved());

    expect(outcomes(report.steps)).toEqual([`failed create role/${ROLE}`, 'not-applied create role/second-invoker']);
    expect(callSummaries(world.calls)).toEqual([`applyRole ${ROLE}`]);
  });

  it('one action failing leaves the other actions going, the live version serving, and prune waiting', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    await world.genesys.provider.createAction({ ...desired.dataActions[0]!, name: 'Hand Made', tests: [] }, 'integration-2');
    const handMade = actionId(world, 'Hand Made');
    const lookup = actionId(world, LOOKUP);
    world.genesys.validate = (draft) =>
      draft.definition.name === LOOKUP ? { valid: false, errors: ['bad template', 'bad header'] } : { valid: true, errors: [] };
    const plan = planOf([
      planned('action', 'Hand Made', 'delete', handMade),
      planned('action', LOOKUP, 'update', lookup),
      planned('action', VERIFY, 'update', actionId(world, VERIFY)),
    ]);
    const report = await world.apply(plan, desired, observed);

    expect(report.success).toBe(false);
    expect(outcomes(report.steps)).toEqual([
      `failed update ${addressOf('action', LOOKUP)}`,
      `applied update ${addressOf('action', VERIFY)}`,
      `not-applied delete ${addressOf('action', 'Hand Made')}`,
    ]);
    expect(report.steps[0]?.message).toBe(`draft ${lookup} failed validation: bad template; bad header`);
    expect(world.genesys.state.actions.has(handMade)).toBe(true);
    expect(world.genesys.state.actions.get(lookup)?.version).toBe(1);
    // The failed draft stays for inspection; the next apply replaces it.
    expect(world.genesys.state.drafts.has(lookup)).toBe(true);
  });

  it('a provider error inside an action step fails that action only', async () => {
    const world = createApplyWorld();
    world.genesys.inject({ method: 'publishDraft', message: 'HTTP 500 (correlation id c-1)' });
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved());

    expect(outcomes(report.steps).slice(3)).toEqual([
      `failed create ${addressOf('action', LOOKUP)}`,
      `applied create ${addressOf('action', VERIFY)}`,
    ]);
    expect(report.steps[3]?.message).toBe('HTTP 500 (correlation id c-1)');
    expect(world.log).toContain(`create ${addressOf('action', LOOKUP)}: FAILED: HTTP 500 (correlation id c-1)`);
  });

  it('an action whose integration does not exist fails without a provider call', async () => {
    const world = createApplyWorld();
    const report = await world.apply(planOf([planned('action', LOOKUP, 'create')]), desiredWorld(), emptyObserved());

    expect(report.steps).toEqual([
      {
        address: addressOf('action', LOOKUP),
        kind: 'action',
        action: 'create',
        status: 'failed',
        message: `integration ${INTEGRATION} does not exist`,
      },
    ]);
    expect(callSummaries(world.calls)).toEqual(['listDrafts']);
  });

  it('no-ops are not steps, and an empty plan succeeds', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const report = await world.apply(planOf([planned('role', ROLE, 'no-op', ROLE_ARN)]), desired, observed);

    expect(report).toEqual({ environment: 'dev', steps: [], smokeTests: [], success: true });
  });
});

describe('publishing through drafts', () => {
  it('updates in place: draft from the live action, validate, test, publish the same id', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const lookup = actionId(world, LOOKUP);
    const report = await world.apply(planOf([planned('action', LOOKUP, 'update', lookup)]), desired, observed);

    expect(report.steps).toEqual([
      { address: addressOf('action', LOOKUP), kind: 'action', action: 'update', status: 'applied', liveId: lookup },
    ]);
    // No drafts listing: an update makes no new draft, so there is no leftover to look for.
    expect(callSummaries(world.calls)).toEqual([
      `draftFromAction ${lookup}`,
      `validateDraft ${lookup}`,
      `testDraft ${lookup}`,
      `publishDraft ${lookup}`,
      `executeAction ${lookup}`,
    ]);
    expect(world.genesys.state.actions.get(lookup)?.version).toBe(2);
  });

  it('replaces: publishes under a temporary name, swaps the names, then deletes the old action nobody uses', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const old = actionId(world, LOOKUP);
    const report = await world.apply(planOf([planned('action', LOOKUP, 'replace', old)]), desired, observed);

    expect(callSummaries(world.calls)).toEqual([
      'listDrafts',
      `createDraft ${replacementName(LOOKUP, 0)}`,
      'validateDraft action-5',
      'testDraft action-5',
      'publishDraft action-5',
      `renameAction ${old}`,
      'renameAction action-5',
      'executeAction action-5',
      `actionConsumers ${old}`,
      'dependencyTrackingBuild',
      `deleteAction ${old}`,
    ]);
    expect(world.calls.find((call) => call.method === 'renameAction')?.args).toEqual([old, supersededName(LOOKUP, 0)]);
    expect(report.steps).toEqual([
      {
        address: addressOf('action', LOOKUP),
        kind: 'action',
        action: 'replace',
        status: 'applied',
        liveId: 'action-5',
        previousId: old,
        message: `the old action ${old} was deleted: no published flow uses it`,
      },
    ]);
    expect(world.genesys.state.actions.get('action-5')?.definition.name).toBe(LOOKUP);
    expect(world.genesys.state.actions.has(old)).toBe(false);
  });

  it.each([
    [
      'a published flow uses it',
      (world: ApplyWorld, old: string) => world.genesys.state.flows.set('flow-1', ivr(old)),
      /1 published flow\(s\) still use it: Main IVR \(INBOUNDCALLFLOW\)/,
    ],
    [
      'its consumers cannot be read',
      (world: ApplyWorld) => (world.genesys.state.architectRefusal = 'HTTP 403'),
      /its Architect consumers could not be read \(HTTP 403\)/,
    ],
    [
      'the dependency index is stale',
      (world: ApplyWorld) => (world.genesys.state.buildStatus = 'BUILDINPROGRESS'),
      /dependency tracking is BUILDINPROGRESS/,
    ],
  ])('replaces, and keeps the old action serving under a superseded name when %s', async (_case, arrange, why) => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const old = actionId(world, LOOKUP);
    arrange(world, old);
    world.clock.ms = Date.parse('2026-12-01T10:42:07.512Z');
    const report = await world.apply(planOf([planned('action', LOOKUP, 'replace', old)]), desired, observed);

    const superseded = 'Lookup Order (superseded 2026-12-01T10:42:07Z)';
    expect(report.steps).toEqual([
      expect.objectContaining({ status: 'applied', liveId: 'action-5', previousId: old, superseded: { id: old, name: superseded } }),
    ]);
    expect(report.steps[0]?.message).toMatch(why);
    expect(world.calls.map((call) => call.method)).not.toContain('deleteAction');
    expect(world.genesys.state.actions.get(old)?.definition.name).toBe(superseded);
    expect(world.genesys.state.actions.get('action-5')?.definition.name).toBe(LOOKUP);
  });

  it('removes drafts an interrupted apply left behind before drafting again', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy({ ...desired, dataActions: [] });
    const lookup = desired.dataActions[0]!;
    const leftover = await world.genesys.provider.createDraft(lookup, 'integration-2');
    const leftoverReplacement = await world.genesys.provider.createDraft(
      { ...lookup, name: replacementName(lookup.name, Date.parse('2026-11-30T23:59:59Z')) },
      'integration-2',
    );
    const unrelated = await world.genesys.provider.createDraft({ ...lookup, name: 'Somebody Else' }, 'integration-2');
    world.calls.length = 0;
    const report = await world.apply(planOf([planned('action', LOOKUP, 'create')]), desired, observed);

    expect(report.success).toBe(true);
    expect(callSummaries(world.calls).slice(0, 4)).toEqual([
      'listDrafts',
      `deleteDraft ${leftover.id}`,
      `deleteDraft ${leftoverReplacement.id}`,
      `createDraft ${LOOKUP}`,
    ]);
    expect([...world.genesys.state.drafts.keys()]).toEqual([unrelated.id]);
  });

  it('leaves a draft whose test fails unpublished, after one attempt, with the trace', async () => {
    const world = createApplyWorld();
    world.genesys.runFunction = ({ actionName, endpoint }) =>
      actionName === LOOKUP && endpoint === 'draft-test'
        ? { output: { status: 'PENDING' } }
        : { output: { status: 'SHIPPED', verified: true } };
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved(), { smokeAttempts: 3 });

    const step = report.steps.find((candidate) => candidate.address === addressOf('action', LOOKUP));
    expect(step?.status).toBe('failed');
    expect(step?.message).toBe(
      'draft action-3 left unpublished: test "shipped order" failed: expect: status: expected "SHIPPED", got "PENDING"',
    );
    expect(world.calls.filter((call) => call.method === 'publishDraft').map((call) => call.args[0])).toEqual(['action-4']);
    const draftTest = report.smokeTests.find((test) => test.actionId === 'action-3');
    expect(draftTest).toMatchObject({ endpoint: 'draft-test', passed: false, attempts: 1, output: { status: 'PENDING' } });
    expect(world.sleeps).toEqual([]);
  });
});

describe('publishing directly', () => {
  it('updates in place, and replaces under a temporary name, swapping names before deleting the old action', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const lookup = actionId(world, LOOKUP);
    const verify = actionId(world, VERIFY);
    const report = await world.apply(
      planOf([planned('action', LOOKUP, 'replace', lookup), planned('action', VERIFY, 'update', verify)]),
      desired,
      observed,
      { publishStrategy: 'direct' },
    );

    expect(callSummaries(world.calls)).toEqual([
      `createAction ${replacementName(LOOKUP, 0)}`,
      `renameAction ${lookup}`,
      'renameAction action-5',
      'testAction action-5',
      'executeAction action-5',
      `actionConsumers ${lookup}`,
      'dependencyTrackingBuild',
      `deleteAction ${lookup}`,
      `updateAction ${verify}`,
      `testAction ${verify}`,
    ]);
    expect(report.steps.map((step) => [step.liveId, step.previousId])).toEqual([
      ['action-5', lookup],
      [verify, undefined],
    ]);
    expect([...world.genesys.state.actions.values()].map((action) => action.definition.name).sort()).toEqual([LOOKUP, VERIFY]);
  });

  it('two replaces of one action in the same second get distinct superseded names', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const first = actionId(world, LOOKUP);
    world.genesys.state.flows.set('flow-1', ivr(first));
    await world.apply(planOf([planned('action', LOOKUP, 'replace', first)]), desired, observed, { publishStrategy: 'direct' });
    const second = actionId(world, LOOKUP);
    world.genesys.state.flows.set('flow-2', { ...ivr(second), id: 'flow-2' });
    await world.apply(planOf([planned('action', LOOKUP, 'replace', second)]), desired, await world.observe(desired), {
      publishStrategy: 'direct',
    });

    const names = [...world.genesys.state.actions.values()].map((action) => action.definition.name).sort();
    expect(names).toEqual([
      LOOKUP,
      'Lookup Order (superseded 1970-01-01T00:00:00Z #2)',
      'Lookup Order (superseded 1970-01-01T00:00:00Z)',
      VERIFY,
    ]);
  });
});

describe('smoke tests after publishing', () => {
  it('retry with doubling backoff until one passes', async () => {
    const world = createApplyWorld();
    let failuresLeft = 2;
    world.genesys.runFunction = ({ actionName, endpoint }) => {
      if (actionName === LOOKUP && endpoint === 'test' && failuresLeft-- > 0) return { error: 'AccessDeniedException' };
      return { output: { status: 'SHIPPED', verified: true } };
    };
    // Published directly: /test after publishing is the only run (through drafts, the draft test stands in for it).
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved(), {
      publishStrategy: 'direct',
      smokeAttempts: 3,
      smokeRetryDelayMs: 100,
    });

    expect(report.success).toBe(true);
    expect(world.sleeps).toEqual([100, 200]);
    expect(report.smokeTests.find((test) => test.endpoint === 'test' && test.testName === 'shipped order')).toMatchObject({
      passed: true,
      attempts: 3,
    });
    expect(world.log).toContain(
      `${addressOf('action', LOOKUP)} test "shipped order": attempt 1 failed, retrying in 100 ms (IAM changes can take seconds to reach Genesys)`,
    );
  });

  it.each([
    // /test, then /execute: each retries on its own.
    [4, 4, [50, 100, 200, 50, 100, 200]],
    [0, 1, []],
  ])(
    'with smokeAttempts %i: %i attempts per run, then the step fails though the action is live',
    async (smokeAttempts, attempts, sleeps) => {
      const world = createApplyWorld();
      world.genesys.runFunction = ({ actionName, endpoint }) =>
        actionName === LOOKUP && endpoint !== 'draft-test'
          ? { error: 'not authorized to perform: lambda:InvokeFunction' }
          : { output: { status: 'SHIPPED', verified: true } };
      const report = await world.apply(createEverything(), desiredWorld(), emptyObserved(), {
        publishStrategy: 'direct',
        smokeAttempts,
        smokeRetryDelayMs: 50,
      });

      expect(report.success).toBe(false);
      expect(world.sleeps).toEqual(sleeps);
      const step = report.steps.find((candidate) => candidate.address === addressOf('action', LOOKUP));
      expect(step).toMatchObject({ status: 'failed', message: 'published, but its smoke tests failed (see the smoke-test results)' });
      expect(step?.liveId).toBeUndefined();
      const tests = report.smokeTests.filter((test) => test.address === addressOf('action', LOOKUP));
      // A failing /test does not skip the /execute run of the same test.
      expect(tests.map((test) => [test.endpoint, test.attempts, test.passed])).toEqual([
        ['test', attempts, false],
        ['execute', attempts, false],
      ]);
      expect(tests[0]?.failures).toEqual(['Genesys reported failure: not authorized to perform: lambda:InvokeFunction']);
      expect(tests[0]?.trace).toEqual([
        { step: 1, name: 'Invoke Lambda', success: false, error: 'not authorized to perform: lambda:InvokeFunction' },
      ]);
      expect(tests[1]?.failures[0]).toMatch(/^Genesys reported failure: execute action-3 failed: not authorized/);
      expect(report.steps.find((candidate) => candidate.address === addressOf('action', VERIFY))?.status).toBe('applied');
    },
  );

  it('judge latency on the injected clock', async () => {
    const world = createApplyWorld();
    world.genesys.runFunction = ({ actionName, endpoint }) => {
      if (actionName === LOOKUP && endpoint === 'test') world.clock.ms += 10_001;
      return { output: { status: 'SHIPPED', verified: true } };
    };
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved(), { publishStrategy: 'direct', smokeAttempts: 1 });

    const test = report.smokeTests.find((candidate) => candidate.endpoint === 'test' && candidate.testName === 'shipped order');
    expect(test).toMatchObject({ passed: false, elapsedMs: 10_001 });
    expect(test?.failures).toEqual(["latency: took 10001 ms, over the action's timeoutSeconds (10 s)"]);
  });

  it('never show a secure action’s output, error text or trace', async () => {
    const world = createApplyWorld();
    world.genesys.runFunction = ({ actionName, endpoint }) => {
      if (actionName !== VERIFY) return { output: { status: 'SHIPPED' } };
      if (endpoint === 'draft-test') return { output: { verified: true, echo: SECRET } };
      return { error: `invalid ssn ${SECRET}` };
    };
    const drafted = await world.apply(createEverything(), desiredWorld(), emptyObserved(), { smokeAttempts: 1 });
    const direct = createApplyWorld();
    direct.genesys.runFunction = world.genesys.runFunction;
    const published = await direct.apply(createEverything(), desiredWorld(), emptyObserved(), {
      publishStrategy: 'direct',
      smokeAttempts: 1,
    });

    const tests = [...drafted.smokeTests, ...published.smokeTests].filter((test) => test.address === addressOf('action', VERIFY));
    expect(tests.map((test) => [test.endpoint, test.passed, test.output])).toEqual([
      ['draft-test', true, '(sensitive)'],
      ['test', false, undefined],
    ]);
    expect(tests[1]?.failures).toEqual(['Genesys reported failure: (error text hidden: secure action)']);
    expect(tests[1]?.trace).toBeUndefined();
    expect(JSON.stringify([drafted, published])).not.toContain(SECRET);
    expect([...world.log, ...direct.log].join('\n')).not.toContain(SECRET);
  });

  it('name only the paths where a secure action’s output differs', async () => {
    const world = createApplyWorld();
    world.genesys.runFunction = ({ actionName }) =>
      actionName === VERIFY ? { output: { verified: SECRET } } : { output: { status: 'SHIPPED' } };
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved());

    const draftTest = report.smokeTests.find((test) => test.address === addressOf('action', VERIFY));
    expect(draftTest?.failures).toEqual(['expect: verified does not match (values hidden: secure action)']);
    expect(JSON.stringify(report)).not.toContain(SECRET);
    expect(world.log.join('\n')).not.toContain(SECRET);
  });
});

describe('prune', () => {
  async function deployedWithDeletes() {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    // Listed in dependency order, as a plan might: apply must still delete dependents first.
    const plan = planOf([
      planned('role', ROLE, 'delete', ROLE_ARN),
      planned('credential', CREDENTIAL, 'delete', 'credential-1'),
      planned('integration', INTEGRATION, 'delete', 'integration-2'),
      planned('action', LOOKUP, 'delete', actionId(world, LOOKUP)),
      planned('action', VERIFY, 'delete', actionId(world, VERIFY)),
    ]);
    return { world, plan, observed, nothingDesired: { ...desired, roles: [], integrations: [], dataActions: [] } };
  }

  it('deletes last, in reverse dependency order', async () => {
    const { world, plan, observed, nothingDesired } = await deployedWithDeletes();
    const report = await world.apply(plan, nothingDesired, observed);

    expect(report.success).toBe(true);
    // No action is created or updated, so there are no leftover drafts to look for.
    expect(callSummaries(world.calls)).toEqual([
      'actionConsumers action-3',
      'deleteAction action-3',
      'actionConsumers action-4',
      'deleteAction action-4',
      'deleteIntegration integration-2',
      'deleteCredential credential-1',
      `deleteRole ${ROLE}`,
    ]);
    expect(report.steps.every((step) => step.liveId === undefined && step.status === 'applied')).toBe(true);
    expect(world.genesys.state.integrations.size + world.genesys.state.credentials.size + world.roles.roles.size).toBe(0);
  });

  it('stops at the first failed delete, so nothing is deleted from under a survivor', async () => {
    const { world, plan, observed, nothingDesired } = await deployedWithDeletes();
    world.genesys.inject({ method: 'deleteIntegration', message: 'integration has actions' });
    const report = await world.apply(plan, nothingDesired, observed);

    expect(outcomes(report.steps)).toEqual([
      `applied delete ${addressOf('action', LOOKUP)}`,
      `applied delete ${addressOf('action', VERIFY)}`,
      `failed delete integration/${INTEGRATION}`,
      `not-applied delete role/${ROLE}`,
      `not-applied delete credential/${CREDENTIAL}`,
    ]);
    expect(world.roles.roles.has(ROLE)).toBe(true);
  });

  it.each([
    ['a published flow uses it', (world: ApplyWorld) => world.genesys.state.flows.set('flow-1', ivr(actionId(world, LOOKUP)))],
    ['its consumers cannot be read', (world: ApplyWorld) => (world.genesys.state.architectRefusal = 'HTTP 403')],
  ])('refuses to delete an action when %s (read again right before the delete), and stops there', async (_case, arrange) => {
    const { world, plan, observed, nothingDesired } = await deployedWithDeletes();
    const lookup = actionId(world, LOOKUP);
    arrange(world);
    const report = await world.apply(plan, nothingDesired, observed);

    expect(report.success).toBe(false);
    expect(report.steps[0]).toMatchObject({ address: addressOf('action', LOOKUP), status: 'failed' });
    expect(report.steps[0]?.message).toMatch(new RegExp(`^refusing to delete data action ${lookup}: .*allow-deleting-used-actions`));
    expect(world.genesys.state.actions.has(lookup)).toBe(true);
    expect(world.calls.map((call) => call.method)).not.toContain('deleteAction');
  });

  it('deletes an action in use when allowed to', async () => {
    const { world, plan, observed, nothingDesired } = await deployedWithDeletes();
    world.genesys.state.flows.set('flow-1', ivr(actionId(world, LOOKUP)));
    const report = await world.apply(plan, nothingDesired, observed, { allowDeletingUsedActions: true });

    expect(report.success).toBe(true);
    expect(world.genesys.state.actions.size).toBe(0);
  });

  it('keeps a superseded action that a flow uses again by the time apply deletes it, without failing', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const lookup = actionId(world, LOOKUP);
    world.genesys.state.flows.set('flow-1', ivr(lookup));
    const retirement = {
      ...planned('action', 'Lookup Order (superseded 2026-12-01T10:42:07Z)', 'delete', lookup),
      retirement: 'superseded' as const,
    };
    const report = await world.apply(planOf([retirement]), desired, observed);

    expect(report.success).toBe(true);
    expect(report.steps[0]).toMatchObject({
      status: 'applied',
      message: expect.stringMatching(/^kept: 1 published flow\(s\) still use it: Main IVR/),
    });
    expect(world.genesys.state.actions.has(lookup)).toBe(true);
  });

  it('fails a Genesys delete that has no live id', async () => {
    const world = createApplyWorld();
    const report = await world.apply(planOf([planned('credential', CREDENTIAL, 'delete')]), desiredWorld(), emptyObserved());

    expect(report.steps).toEqual([
      { address: `credential/${CREDENTIAL}`, kind: 'credential', action: 'delete', status: 'failed', message: 'no live id to delete' },
    ]);
  });
});

describe('roles and credentials that exist', () => {
  it('a role replace deletes the old role first (IAM cannot move a role to another path)', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    const report = await world.apply(planOf([planned('role', ROLE, 'replace', ROLE_ARN)]), desired, observed);

    expect(report.success).toBe(true);
    expect(callSummaries(world.calls)).toEqual([`deleteRole ${ROLE}`, `applyRole ${ROLE}`, `readRole ${ROLE}`]);
  });

  it('a credential update keeps its id and points at the role’s live ARN', async () => {
    const world = createApplyWorld();
    const desired = desiredWorld();
    const observed = await world.deploy(desired);
    world.genesys.state.credentials.set('credential-1', {
      id: 'credential-1',
      name: CREDENTIAL,
      roleArn: 'arn:aws:iam::123456789012:role/old',
    });
    const report = await world.apply(planOf([planned('credential', CREDENTIAL, 'update', 'credential-1')]), desired, observed);

    expect(report.steps).toEqual([
      { address: `credential/${CREDENTIAL}`, kind: 'credential', action: 'update', status: 'applied', liveId: 'credential-1' },
    ]);
    expect(world.calls[0]).toEqual({ provider: 'genesys', method: 'updateCredential', args: ['credential-1', CREDENTIAL, ROLE_ARN] });
  });
});

describe('independent data actions', () => {
  it('run their pipelines concurrently, yet log and report in plan order', async () => {
    const world = createApplyWorld();
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved(), { concurrency: 4 });

    expect(report.success).toBe(true);
    const calls = callSummaries(world.calls);
    // Both drafts exist before the first is published: the pipelines overlapped.
    expect(calls.indexOf(`createDraft ${VERIFY}`)).toBeLessThan(calls.indexOf('publishDraft action-3'));
    const actionSteps = report.steps.filter((step) => step.kind === 'action').map((step) => step.address);
    expect(actionSteps).toEqual([addressOf('action', LOOKUP), addressOf('action', VERIFY)]);
    expect(report.smokeTests.map((test) => test.address)).toEqual([
      addressOf('action', LOOKUP),
      addressOf('action', LOOKUP),
      addressOf('action', VERIFY),
    ]);
    const lineOf = (needle: string): number => world.log.findIndex((line) => line.includes(needle));
    const lookupDone = lineOf(`${addressOf('action', LOOKUP)}: done`);
    expect(lookupDone).toBeGreaterThan(-1);
    expect(lookupDone).toBeLessThan(lineOf(`create ${addressOf('action', VERIFY)} …`));
  });

  it('one concurrency slot gives the same result as many', async () => {
    const serial = createApplyWorld();
    const parallel = createApplyWorld();
    const one = await serial.apply(createEverything(), desiredWorld(), emptyObserved(), { concurrency: 1 });
    const many = await parallel.apply(createEverything(), desiredWorld(), emptyObserved(), { concurrency: 8 });
    const shape = (report: typeof one) => ({
      steps: report.steps.map((step) => `${step.status} ${step.address}`),
      smoke: report.smokeTests.map((test) => `${test.address} ${test.endpoint} ${test.passed}`),
    });
    expect(shape(many)).toEqual(shape(one));
    expect(parallel.log).toEqual(serial.log);
  });
});
