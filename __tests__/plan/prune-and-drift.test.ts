/** Prune (delete candidates → deletes or skipped deletes), drift notes, and the shared change bookkeeping. */
import { describe, expect, it } from 'vitest';
import { driftNotes, fieldsChangedOutsideGitOps } from '../../src/plan/drift.js';
import type { FieldRules } from '../../src/plan/field-diff.js';
import { planChanges } from '../../src/plan/planner.js';
import type { DeleteCandidate } from '../../src/plan/prune.js';
import { planDeletes } from '../../src/plan/prune.js';
import { compareResource, defaultReason } from '../../src/plan/resource-change.js';
import { ACCOUNT, desiredFixture, observedInSync } from './plan-fixtures.js';

const FLAT: FieldRules = { isLeaf: () => false, forcesReplace: (path) => path[0] === 'kind', isSensitive: (path) => path[0] === 'token' };

const candidate = (address: string, kind: DeleteCandidate['kind']): DeleteCandidate => ({
  address,
  kind,
  name: address.split('/').pop()!,
  liveId: `id-${address}`,
  before: { value: 1, token: 'secret-token' },
  rules: FLAT,
  why: 'owned and gone',
});

describe('planDeletes', () => {
  const candidates = [candidate('role/z', 'role'), candidate('action/i/a', 'action'), candidate('credential/c', 'credential')];

  it('lists every candidate as skipped, by address, when prune is off', () => {
    const { changes, skippedDeletes } = planDeletes(candidates, false);
    expect(changes).toEqual([]);
    expect(skippedDeletes.map((skipped) => [skipped.address, skipped.liveId, skipped.reason])).toEqual([
      ['action/i/a', 'id-action/i/a', 'would delete, prune is off: owned and gone'],
      ['credential/c', 'id-credential/c', 'would delete, prune is off: owned and gone'],
      ['role/z', 'id-role/z', 'would delete, prune is off: owned and gone'],
    ]);
  });

  it('plans redacted deletes when prune is on; only actions need flows re-pointed', () => {
    const { changes, skippedDeletes } = planDeletes(candidates, true);
    expect(skippedDeletes).toEqual([]);
    expect(changes.map((change) => [change.address, change.action, change.risks, change.reason])).toEqual([
      ['role/z', 'delete', ['destructive'], 'owned and gone'],
      ['action/i/a', 'delete', ['destructive', 'repoint-flows'], 'owned and gone'],
      ['credential/c', 'delete', ['destructive'], 'owned and gone'],
    ]);
    expect(JSON.stringify(changes)).not.toContain('secret-token');
    expect(changes.every((change) => change.fields.every((field) => !field.forcesReplace))).toBe(true);
  });
});

describe('driftNotes', () => {
  const rule = { againstBaseline: fieldsChangedOutsideGitOps<object>(FLAT, ' (by hand)'), withoutBaseline: () => ['heuristic'] };

  it('uses the heuristics only when there is no baseline', () => {
    expect(driftNotes({ value: 1 }, undefined, rule)).toEqual(['heuristic']);
    expect(driftNotes({ value: 1 }, { value: 1 }, rule)).toEqual([]);
    expect(driftNotes({ value: 1, token: 'a' }, { value: 2, token: 'b' }, rule)).toEqual(['token, value changed outside GitOps (by hand)']);
  });
});

describe('compareResource and defaultReason', () => {
  it.each([
    { before: null, after: { value: 1 }, action: 'create', reason: 'declared, does not exist yet' },
    { before: { value: 1 }, after: null, action: 'delete', reason: 'owned and no longer declared' },
    { before: { value: 1 }, after: { value: 1 }, action: 'no-op', reason: 'matches the manifest' },
    { before: { value: 1 }, after: { value: 2 }, action: 'update', reason: '1 field(s) differ: value' },
    { before: { kind: 'a' }, after: { kind: 'b' }, action: 'replace', reason: 'cannot be changed in place: ' },
  ])('$action', ({ before, after, action, reason }) => {
    const change = compareResource({
      address: 'role/r',
      kind: 'role',
      name: 'r',
      liveId: undefined,
      before,
      after,
      rules: FLAT,
      source: undefined,
    });
    expect(change.action).toBe(action);
    expect(defaultReason(change)).toBe(reason);
    expect(change.risks).toEqual(action === 'replace' || action === 'delete' ? ['destructive'] : []);
  });
});

describe('planChanges: drift of roles, credentials and integrations against a baseline', () => {
  it('reports every live field that differs from the baseline, and nothing the pull request changes', () => {
    const observed = observedInSync();
    observed.roles['genesys-orders-invoker']!.description = 'edited in the console';
    observed.integrations[0]!.config.notes = 'edited in the UI';
    const desired = desiredFixture();
    desired.integrations[0]!.enabled = false;
    const plan = planChanges(desired, observed, { prune: false, baseline: desiredFixture() });
    const notes = (address: string) => plan.changes.find((change) => change.address === address)?.riskNotes?.drift;
    expect(notes('role/genesys-orders-invoker')).toEqual(['description changed outside GitOps']);
    expect(notes('integration/Orders Lambda')).toEqual(['notes changed outside GitOps']);
    expect(
      plan.changes.find((change) => change.address === 'integration/Orders Lambda')?.fields.map((field) => field.path.join('.')),
    ).toEqual(['enabled', 'notes']);
  });

  it('calls a credential ARN drift only when it differs from the baseline, not from the new manifest', () => {
    const observed = observedInSync();
    const elsewhere = `arn:aws:iam::${ACCOUNT}:role/hand-made`;
    observed.credentials[0]!.roleArn = elsewhere;
    const credential = (baselineRole: string) => {
      const baseline = desiredFixture();
      baseline.integrations[0]!.role = { kind: 'external', roleArn: baselineRole };
      return planChanges(desiredFixture(), observed, { prune: false, baseline }).changes.find((change) => change.kind === 'credential')!;
    };
    expect(credential(elsewhere).risks).toEqual([]);
    expect(credential(`arn:aws:iam::${ACCOUNT}:role/previous`).riskNotes?.drift).toEqual([
      `the credential points at ${elsewhere}, not the declared role arn:aws:iam::${ACCOUNT}:role/genesys-orders-invoker`,
    ]);
  });

  it('without a baseline, treats a live stray inline policy as drift', () => {
    const observed = observedInSync();
    observed.roles['genesys-orders-invoker']!.inlinePolicies['added-by-hand'] = { Version: '2012-10-17', Statement: [] };
    const role = planChanges(desiredFixture(), observed, { prune: false }).changes.find((change) => change.kind === 'role')!;
    expect(role.riskNotes?.drift).toEqual(['inline policies not in the manifest: added-by-hand']);
  });
});
