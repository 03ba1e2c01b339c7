/**
 * After apply writes a role it reads it back, and the plan's trust and
 * coverage checks must hold on the live role too: if IAM returns something
 * else (another writer raced us, or IAM rewrote a document), the role's step
 * fails and nothing that depends on the role is written.
 */
import { describe, expect, it } from 'vitest';
import type { ObservedRole } from '../../src/model/observed-state.js';
import { appliedRoleProblems } from '../../src/plan/applied-role-verification.js';
import { callSummaries } from '../fakes/fake-calls.js';
import { createApplyWorld, createEverything, desiredWorld, emptyObserved, ORG_ID, ROLE } from './apply-world.js';

function readBackAs(world: ReturnType<typeof createApplyWorld>, change: (role: ObservedRole) => ObservedRole): void {
  const original = world.roles.provider.readRole.bind(world.roles.provider);
  world.roles.provider.readRole = async (name) => {
    const role = await original(name);
    return role && change(role);
  };
}

describe('apply verifies each role it wrote', () => {
  it('fails the role when the live trust policy no longer requires the org id, and writes nothing after it', async () => {
    const world = createApplyWorld();
    readBackAs(world, (role) => ({
      ...role,
      trustPolicy: { Version: '2012-10-17', Statement: role.trustPolicy.Statement.map(({ Condition: _dropped, ...rest }) => rest) },
    }));

    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved());

    expect(report.success).toBe(false);
    expect(report.steps[0]).toMatchObject({ address: `role/${ROLE}`, status: 'failed' });
    expect(report.steps[0]?.status === 'failed' && report.steps[0].message).toMatch(
      /^the live role does not hold after apply: trust policy: a statement does not require sts:ExternalId/,
    );
    expect(
      callSummaries(world.calls).filter(
        (call) => !call.startsWith('applyRole') && !call.startsWith('waitUntilRoleUsable') && !call.startsWith('readRole'),
      ),
    ).toEqual(['listDrafts']);
    // That one is the drafts listing that goes out with the apply (a read), settled with no integration asked for.
    expect(world.calls.find((call) => call.method === 'listDrafts')?.args).toEqual([[]]);
  });

  it('fails the role when the live role may not invoke a function its actions call', async () => {
    const world = createApplyWorld();
    readBackAs(world, (role) => ({ ...role, inlinePolicies: {} }));
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved());
    expect(report.steps[0]?.status === 'failed' && report.steps[0].message).toMatch(
      /it may not invoke arn:aws:lambda:.*:function:orders:live/,
    );
  });

  it('finds nothing wrong with the role exactly as applied', async () => {
    const world = createApplyWorld();
    const report = await world.apply(createEverything(), desiredWorld(), emptyObserved());
    expect(report.steps[0]).toMatchObject({ address: `role/${ROLE}`, status: 'applied' });
    const live = await world.roles.provider.readRole(ROLE);
    expect(
      live &&
        appliedRoleProblems(live, desiredWorld().roles[0]!, desiredWorld(), {
          ...emptyObserved(),
          genesys: { orgId: ORG_ID, credentialKey: 'x' },
        }),
    ).toEqual([]);
  });
});
