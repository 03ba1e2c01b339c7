/**
 * Architect consumers in the plan (pure): which actions need them read, the
 * flows on each replaced or deleted action, the checks (a delete of a used
 * action refused, unreadable or stale lists said so), and the actions a
 * replace renamed: superseded ones kept while used and deleted once not,
 * leftover replacements retired or standing in for their declared action.
 */
import { describe, expect, it } from 'vitest';
import type { ActionConsumer, ObservedArchitect } from '../../src/model/architect-consumers.js';
import type { DesiredState } from '../../src/model/desired-state.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { consumerQueries } from '../../src/plan/action-consumers.js';
import { planChanges, type PlanOptions } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { desiredFixture, observedInSync } from './plan-fixtures.js';

const LOOKUP_ID = 'custom_-_lookup';
const VERIFY_ID = 'custom_-_verify';
const IVR: ActionConsumer = { id: 'flow-ivr', name: 'Main IVR', type: 'INBOUNDCALLFLOW', version: '7.0' };
const BOT: ActionConsumer = { id: 'flow-bot', name: 'Orders Bot', type: 'DIGITALBOTFLOW', version: '2.0' };
const REFUSED = 'the OAuth client lacks the permission architect:dependencyTracking:view (HTTP 403)';

function architect(consumers: Record<string, ActionConsumer[] | 'refused'>, status = 'OPERATIONAL'): ObservedArchitect {
  return {
    build: { readable: true, status },
    consumers: Object.fromEntries(
      Object.entries(consumers).map(([id, value]) => [
        id,
        value === 'refused' ? { readable: false, reason: REFUSED } : { readable: true, consumers: value },
      ]),
    ),
  };
}

function world(): { desired: DesiredState; observed: ObservedState } {
  return { desired: desiredFixture(), observed: observedInSync() };
}

function changeContracts(desired: DesiredState, ...names: string[]): void {
  for (const action of desired.dataActions.filter((candidate) => names.includes(candidate.name))) {
    action.contract.output = { type: 'object', properties: { status: { type: 'string' }, etaDays: { type: 'integer' } } };
  }
}

function addLive(observed: ObservedState, id: string, name: string): void {
  observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id, name });
}

function plan(desired: DesiredState, observed: ObservedState, options: Partial<PlanOptions> = {}): Plan {
  return planChanges(desired, observed, { prune: false, ...options });
}

function check(built: Plan, code: string) {
  return built.checks.filter((candidate) => candidate.code === code);
}

describe('which actions need their consumers read', () => {
  it('replaced, deleted, would-be-deleted and superseded actions, with the secure flag that picks the object type', () => {
    const { desired, observed } = world();
    changeContracts(desired, 'Verify Customer');
    addLive(observed, 'custom_-_retired', 'Retired Action');
    addLive(observed, 'custom_-_old', 'Lookup Order (superseded 2026-11-02T08:15:00Z)');
    expect(consumerQueries(plan(desired, observed), observed)).toEqual([
      { actionId: 'custom_-_old', secure: false },
      { actionId: 'custom_-_retired', secure: false },
      { actionId: VERIFY_ID, secure: true },
    ]);
    expect(consumerQueries(plan(desired, observed, { prune: true }), observed).map((query) => query.actionId)).toContain(
      'custom_-_retired',
    );
  });

  it('none for a plan that gives no action a new id and removes none', () => {
    const { desired, observed } = world();
    desired.dataActions[0]!.timeoutSeconds = 20;
    expect(consumerQueries(plan(desired, observed), observed)).toEqual([]);
  });
});

describe('consumers on replaced and deleted actions', () => {
  it('attaches the flows to the replace and counts distinct flows across changes', () => {
    const { desired, observed } = world();
    changeContracts(desired, 'Lookup Order', 'Verify Customer');
    observed.architect = architect({ [LOOKUP_ID]: [IVR, BOT], [VERIFY_ID]: [IVR] });
    const built = plan(desired, observed);
    const byId = (id: string) => built.changes.find((change) => change.liveId === id);
    expect(byId(LOOKUP_ID)).toMatchObject({ action: 'replace', consumers: [IVR, BOT] });
    expect(byId(VERIFY_ID)).toMatchObject({ action: 'replace', consumers: [IVR] });
    expect(built.summary.consumingFlows).toBe(2);
    expect(check(built, 'architect-consumers')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(built.summary.failedChecks).toBe(0);
  });

  it('leaves changes that keep their id alone', () => {
    const { desired, observed } = world();
    desired.dataActions[0]!.timeoutSeconds = 20;
    observed.architect = architect({ [LOOKUP_ID]: [IVR] });
    const built = plan(desired, observed);
    expect(built.changes.find((change) => change.liveId === LOOKUP_ID)).not.toHaveProperty('consumers');
    expect(built.summary.consumingFlows).toBe(0);
  });

  it.each<[string, ActionConsumer[] | 'refused', Partial<PlanOptions>, string, RegExp]>([
    [
      'used, refused',
      [IVR],
      {},
      'fail',
      /^Refusing to delete this data action: 1 published flow\(s\) call it by id: Main IVR \(INBOUNDCALLFLOW, version 7\.0\)/,
    ],
    ['used, allowed', [IVR], { allowDeletingUsedActions: true }, 'warn', /allow-deleting-used-actions is set/],
    [
      'consumers unknown, refused as if used',
      'refused',
      {},
      'fail',
      /could not be read \(the OAuth client lacks the permission architect:dependencyTracking:view/,
    ],
    ['unused', [], {}, 'pass', /^No published Architect flow uses this data action\.$/],
  ])('a prune delete of an action %s', (_case, consumers, options, status, message) => {
    const { desired, observed } = world();
    addLive(observed, 'custom_-_retired', 'Retired Action');
    observed.architect = architect({ 'custom_-_retired': consumers });
    const built = plan(desired, observed, { prune: true, ...options });
    const [found] = check(built, 'used-action-delete');
    expect(found).toMatchObject({ status, address: 'action/Orders Lambda/Retired Action' });
    expect(found?.message).toMatch(message);
    expect(built.changes.find((change) => change.action === 'delete')).toMatchObject({ liveId: 'custom_-_retired' });
  });

  it('prune off: the would-be delete shows its flows and fails nothing', () => {
    const { desired, observed } = world();
    addLive(observed, 'custom_-_retired', 'Retired Action');
    observed.architect = architect({ 'custom_-_retired': [BOT] });
    const built = plan(desired, observed);
    expect(built.skippedDeletes).toEqual([expect.objectContaining({ liveId: 'custom_-_retired', consumers: [BOT] })]);
    expect(check(built, 'used-action-delete')).toEqual([]);
    expect(built.summary.failedChecks).toBe(0);
  });

  it('403: the replace says its consumers are unknown, and the plan carries an unverifiable check naming the permission', () => {
    const { desired, observed } = world();
    changeContracts(desired, 'Lookup Order');
    observed.architect = { build: { readable: false, reason: REFUSED }, consumers: { [LOOKUP_ID]: { readable: false, reason: REFUSED } } };
    const built = plan(desired, observed);
    expect(built.changes.find((change) => change.liveId === LOOKUP_ID)).toMatchObject({ consumersUnknown: REFUSED });
    expect(built.changes.find((change) => change.liveId === LOOKUP_ID)).not.toHaveProperty('consumers');
    expect(check(built, 'architect-consumers')).toEqual([
      expect.objectContaining({
        status: 'unverifiable',
        message: expect.stringMatching(/^Could not check Architect consumers of 1 data action\(s\): .*architect:dependencyTracking:view/),
      }),
    ]);
    expect(built.summary.failedChecks).toBe(0);
  });

  it.each([
    [
      'a stale index',
      architect({ [LOOKUP_ID]: [] }, 'BUILDINPROGRESS'),
      /dependency tracking is BUILDINPROGRESS, not OPERATIONAL: the consumer lists may be stale/,
    ],
    [
      'a failed flow lookup',
      { ...architect({ [LOOKUP_ID]: [IVR] }), flowLookupProblem: 'missing architect:flow:view' },
      /the flow lookup failed \(missing architect:flow:view\)/,
    ],
  ])('warns about %s', (_case, readings, message) => {
    const { desired, observed } = world();
    changeContracts(desired, 'Lookup Order');
    observed.architect = readings;
    expect(check(plan(desired, observed), 'architect-consumers')).toEqual([
      expect.objectContaining({ status: 'warn', message: expect.stringMatching(message) }),
    ]);
  });

  it('plans without Architect readings (as before) make no consumer claims and no consumer checks', () => {
    const { desired, observed } = world();
    changeContracts(desired, 'Lookup Order');
    const built = plan(desired, observed);
    expect(built.changes.find((change) => change.liveId === LOOKUP_ID)).not.toHaveProperty('consumers');
    expect(built.checks.map((candidate) => candidate.code)).not.toContain('architect-consumers');
  });

  it('keeps consumers out of the fingerprint: a flow published elsewhere in the org does not make a reviewed plan stale', () => {
    const { desired, observed } = world();
    changeContracts(desired, 'Lookup Order');
    const before = plan(desired, { ...observed, architect: architect({ [LOOKUP_ID]: [] }) });
    const after = plan(desired, { ...observed, architect: architect({ [LOOKUP_ID]: [IVR, BOT] }, 'BUILDINPROGRESS') });
    expect(after.fingerprint).toBe(before.fingerprint);
  });
});

describe('actions a replace renamed', () => {
  const SUPERSEDED = 'Lookup Order (superseded 2026-11-02T08:15:00Z)';
  const REPLACEMENT = 'Lookup Order (replacement 2026-11-02T08:14:58Z)';

  it.each<[string, ObservedArchitect | undefined, boolean, 'delete' | 'keep', RegExp]>([
    ['no flow uses it', architect({ 'custom_-_old': [] }), false, 'delete', /no published flow uses it any more$/],
    ['no flow uses it (prune on)', architect({ 'custom_-_old': [] }), true, 'delete', /no published flow uses it any more$/],
    ['a flow still uses it', architect({ 'custom_-_old': [IVR] }), false, 'keep', /still used by 1 published flow\(s\)$/],
    [
      'its consumers are unknown',
      architect({ 'custom_-_old': 'refused' }),
      false,
      'keep',
      /could not check Architect consumers \(the OAuth client/,
    ],
    ['the index is stale', architect({ 'custom_-_old': [] }, 'NOTBUILT'), false, 'keep', /dependency tracking is NOTBUILT, so it stays/],
    ['Architect was not read', undefined, false, 'keep', /its Architect consumers were not checked$/],
  ])('a superseded action when %s', (_case, readings, prune, disposition, reason) => {
    const { desired, observed } = world();
    addLive(observed, 'custom_-_old', SUPERSEDED);
    if (readings) observed.architect = readings;
    const built = plan(desired, observed, { prune });
    expect(built.superseded).toEqual([
      expect.objectContaining({
        address: `action/Orders Lambda/${SUPERSEDED}`,
        actionName: 'Lookup Order',
        since: '2026-11-02T08:15:00Z',
        kind: 'superseded',
        disposition,
        reason: expect.stringMatching(reason),
      }),
    ]);
    const deletes = built.changes.filter((change) => change.action === 'delete');
    expect(deletes).toEqual(
      disposition === 'delete' ? [expect.objectContaining({ liveId: 'custom_-_old', retirement: 'superseded', consumers: [] })] : [],
    );
    // Never a prune candidate, never a refusal.
    expect(built.skippedDeletes).toEqual([]);
    expect(built.summary.failedChecks).toBe(0);
  });

  it('retires a replacement an interrupted apply published while the real name still has its action', () => {
    const { desired, observed } = world();
    addLive(observed, 'custom_-_new', REPLACEMENT);
    observed.architect = architect({ 'custom_-_new': [] });
    const built = plan(desired, observed);
    expect(built.changes.filter((change) => change.action !== 'no-op')).toEqual([
      expect.objectContaining({ action: 'delete', liveId: 'custom_-_new', retirement: 'replacement' }),
    ]);
    expect(built.superseded).toEqual([expect.objectContaining({ kind: 'replacement', disposition: 'delete' })]);
  });

  it('treats a bare "(replacement)" name as this tool\'s only next to the declared action it was made for', () => {
    const { desired, observed } = world();
    addLive(observed, 'custom_-_legacy', 'Lookup Order (replacement)');
    addLive(observed, 'custom_-_human', 'Spare Tyre (replacement)');
    observed.architect = architect({ 'custom_-_legacy': [], 'custom_-_human': [] });
    const built = plan(desired, observed);
    expect(built.superseded?.map((item) => item.liveId)).toEqual(['custom_-_legacy']);
    expect(built.skippedDeletes.map((item) => item.liveId)).toEqual(['custom_-_human']);
  });

  it('lets the newest replacement take the real name when an interrupted apply renamed the old action already', () => {
    const { desired, observed } = world();
    const lookup = observed.dataActions.find((action) => action.id === LOOKUP_ID)!;
    lookup.name = SUPERSEDED;
    addLive(observed, 'custom_-_new', REPLACEMENT);
    addLive(observed, 'custom_-_older', 'Lookup Order (replacement 2026-11-01T00:00:00Z)');
    observed.architect = architect({ [LOOKUP_ID]: [IVR], 'custom_-_older': [] });
    const built = plan(desired, observed);
    const change = built.changes.find((candidate) => candidate.address === 'action/Orders Lambda/Lookup Order');
    expect(change).toMatchObject({ action: 'update', liveId: 'custom_-_new' });
    expect(change?.fields[0]).toEqual({
      path: ['name'],
      kind: 'update',
      before: REPLACEMENT,
      after: 'Lookup Order',
      forcesReplace: false,
      sensitive: false,
    });
    expect(change?.reason).toMatch(/this gives it the name$/);
    expect(built.superseded?.map((item) => [item.liveId, item.disposition])).toEqual([
      ['custom_-_older', 'delete'],
      [LOOKUP_ID, 'keep'],
    ]);
  });
});
