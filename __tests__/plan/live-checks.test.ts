/**
 * The plan's checks on live AWS facts, table-driven over the hand-written
 * world of plan-fixtures.ts: the trust checks on declared and external roles,
 * the function checks, managed policies, what broadens, and which smoke tests
 * a role change brings. Pure: the observed state says what AWS answered.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../src/model/desired-state.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { planChanges } from '../../src/plan/planner.js';
import type { CrossCheck, Plan } from '../../src/plan/types.js';
import { ACCOUNT, desiredFixture, GENESYS_ACCOUNT, observedInSync, ORDERS_FUNCTION, ORG_ID, VERIFY_FUNCTION } from './plan-fixtures.js';

const EXTERNAL = `arn:aws:iam::${ACCOUNT}:role/managed-elsewhere`;
const ROLE = 'genesys-orders-invoker';
const LOOKUP = 'action/Orders Lambda/Lookup Order';

function genesysTrust(
  condition: Record<string, Record<string, string[]>> | undefined,
  principals = [`arn:aws:iam::${GENESYS_ACCOUNT}:root`],
) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow' as const,
        Principal: { AWS: principals },
        Action: ['sts:AssumeRole'],
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  };
}

const invokeBoth = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Action: ['lambda:InvokeFunction'], Resource: [ORDERS_FUNCTION, VERIFY_FUNCTION] }],
};

/** The fixture world, with the integration using a role managed elsewhere. */
function externalWorld(observedRole: NonNullable<ObservedState['externalRoles']>): { desired: DesiredState; observed: ObservedState } {
  const desired = desiredFixture();
  desired.roles = [];
  desired.integrations[0]!.role = { kind: 'external', roleArn: EXTERNAL };
  const observed = observedInSync();
  observed.externalRoles = observedRole;
  observed.credentials[0]!.roleArn = EXTERNAL;
  return { desired, observed };
}

const checks = (plan: Plan, code: CrossCheck['code'], address?: string) =>
  plan.checks.filter((check) => check.code === code && (address === undefined || check.address === address));
const statuses = (plan: Plan, code: CrossCheck['code'], address?: string) => checks(plan, code, address).map((check) => check.status);

describe('trust checks on a role managed elsewhere (live only)', () => {
  it.each([
    {
      name: 'the right external id and principal pass',
      trust: genesysTrust({ StringEquals: { 'sts:ExternalId': [ORG_ID] } }),
      externalId: 'pass',
      principal: 'pass',
      message: /requires that sts:ExternalId equals the live Genesys org id/,
    },
    {
      name: 'no external id fails: any org could use it',
      trust: genesysTrust(undefined),
      externalId: 'fail',
      principal: 'pass',
      message: /does not require sts:ExternalId, so any Genesys Cloud org could have Genesys assume this role .*managed elsewhere/,
    },
    {
      name: "another org's id fails",
      trust: genesysTrust({ StringEquals: { 'sts:ExternalId': ['other-org'] } }),
      externalId: 'fail',
      principal: 'pass',
      message: /requires sts:ExternalId other-org, not the org id/,
    },
    {
      name: 'accepting another org as well fails',
      trust: genesysTrust({ StringEquals: { 'sts:ExternalId': [ORG_ID, 'other-org'] } }),
      externalId: 'fail',
      principal: 'pass',
      message: /also accepts sts:ExternalId other-org \(another org\)/,
    },
    {
      name: 'StringLike on the external id fails',
      trust: genesysTrust({ StringLike: { 'sts:ExternalId': [ORG_ID] } }),
      externalId: 'fail',
      principal: 'pass',
      message: /checks sts:ExternalId with StringLike, not StringEquals/,
    },
    {
      name: "the FedRAMP account is not the commercial region's: Genesys cannot assume it",
      trust: genesysTrust({ StringEquals: { 'sts:ExternalId': [ORG_ID] } }, ['arn:aws:iam::325654371633:root']),
      externalId: 'pass',
      principal: 'fail',
      message: /./,
    },
    {
      name: 'everyone (*) as principal fails both',
      trust: genesysTrust(undefined, ['*']),
      externalId: 'fail',
      principal: 'fail',
      message: /does not require sts:ExternalId/,
    },
    {
      name: 'another account trusted as well is a warning',
      trust: genesysTrust({ StringEquals: { 'sts:ExternalId': [ORG_ID] } }, [
        `arn:aws:iam::${GENESYS_ACCOUNT}:root`,
        'arn:aws:iam::111122223333:root',
      ]),
      externalId: 'pass',
      principal: 'warn',
      message: /./,
    },
  ])('$name', ({ trust, externalId, principal, message }) => {
    const { desired, observed } = externalWorld({
      [EXTERNAL]: {
        status: 'found',
        value: { arn: EXTERNAL, trustPolicy: trust, identityPolicies: { status: 'found', value: [invokeBoth] } },
      },
    });
    const plan = planChanges(desired, observed, { prune: false });
    expect(statuses(plan, 'trust-external-id')).toEqual([externalId]);
    expect(statuses(plan, 'trust-principal')).toEqual([principal]);
    expect(checks(plan, 'trust-external-id')[0]?.message).toMatch(message);
    expect(checks(plan, 'trust-external-id')[0]?.address).toBe(`role/${EXTERNAL}`);
  });

  it('an unreadable role is unverifiable, naming the permission, for trust and coverage alike', () => {
    const { desired, observed } = externalWorld({
      [EXTERNAL]: { status: 'unreadable', permission: 'iam:GetRole', message: 'AccessDenied' },
    });
    const plan = planChanges(desired, observed, { prune: false });
    expect(statuses(plan, 'trust-external-id')).toEqual(['unverifiable']);
    expect(checks(plan, 'trust-principal')[0]?.message).toMatch(/needs iam:GetRole/);
    expect(statuses(plan, 'function-covered')).toEqual(['unverifiable', 'unverifiable']);
    expect(plan.summary.failedChecks).toBe(0);
  });

  it('readable trust but unreadable policies: coverage unverifiable, naming the policy read', () => {
    const { desired, observed } = externalWorld({
      [EXTERNAL]: {
        status: 'found',
        value: {
          arn: EXTERNAL,
          trustPolicy: genesysTrust({ StringEquals: { 'sts:ExternalId': [ORG_ID] } }),
          identityPolicies: { status: 'unreadable', permission: 'iam:GetRolePolicy', message: 'AccessDenied' },
        },
      },
    });
    const plan = planChanges(desired, observed, { prune: false });
    expect(statuses(plan, 'trust-external-id')).toEqual(['pass']);
    expect(checks(plan, 'function-covered')[0]?.message).toMatch(/needs iam:GetRolePolicy/);
  });

  it('a role that does not exist fails', () => {
    const { desired, observed } = externalWorld({ [EXTERNAL]: { status: 'missing', message: 'IAM has no role managed-elsewhere' } });
    const plan = planChanges(desired, observed, { prune: false });
    expect(statuses(plan, 'trust-external-id')).toEqual(['fail']);
    expect(statuses(plan, 'function-covered')).toEqual(['fail', 'fail']);
  });
});

describe('trust checks on a declared role', () => {
  it('a live trust without the external id warns (apply restores it) and is drift; the manifest decides pass or fail', () => {
    const observed = observedInSync();
    observed.roles[ROLE]!.trustPolicy = genesysTrust(undefined);
    const plan = planChanges(desiredFixture(), observed, { prune: false });
    expect(statuses(plan, 'trust-external-id')).toEqual(['warn']);
    expect(checks(plan, 'trust-external-id')[0]?.message).toMatch(
      /^The live trust policy: a statement does not require sts:ExternalId.* Apply restores/,
    );
    const role = plan.changes.find((change) => change.address === `role/${ROLE}`);
    expect(role?.riskNotes?.drift).toEqual(['the live trust policy no longer requires sts:ExternalId (a statement)']);
    expect(role?.risks).not.toContain('permissions-broadened');
  });

  it('restoring a swapped external id is drift, not a broadening', () => {
    const observed = observedInSync();
    observed.roles[ROLE]!.trustPolicy = genesysTrust({ StringEquals: { 'sts:ExternalId': ['other-org'] } });
    const role = planChanges(desiredFixture(), observed, { prune: false }).changes.find((change) => change.address === `role/${ROLE}`);
    expect(role?.risks).toEqual(['drift']);
    expect(role?.riskNotes?.drift).toEqual([
      `on the live trust policy, a statement requires sts:ExternalId other-org, not the org id ${ORG_ID}`,
    ]);
  });

  it('a new role Genesys may assume is a broadening that names who and what', () => {
    const observed = observedInSync();
    observed.roles = {};
    const role = planChanges(desiredFixture(), observed, { prune: false }).changes.find((change) => change.address === `role/${ROLE}`);
    expect(role?.risks).toEqual(['permissions-broadened']);
    expect(role?.riskNotes?.['permissions-broadened']?.[0]).toBe(
      `a new role that arn:aws:iam::${GENESYS_ACCOUNT}:root (Genesys) may assume for org ${ORG_ID}, granting: lambda:InvokeFunction on ${ORDERS_FUNCTION}, ${VERIFY_FUNCTION}`,
    );
  });
});

describe('function checks', () => {
  it.each([
    {
      name: 'unreadable is unverifiable, not a failure',
      reading: { status: 'unreadable', permission: 'lambda:GetFunctionConfiguration', message: 'denied' },
      expected: ['unverifiable'],
    },
    { name: 'missing fails', reading: { status: 'missing', message: 'Lambda has no function orders-lookup' }, expected: ['fail'] },
    {
      name: 'Pending warns',
      reading: { status: 'found', value: { functionArn: ORDERS_FUNCTION, state: 'Pending', stateReason: 'Creating', timeoutSeconds: 3 } },
      expected: ['warn'],
    },
    {
      name: 'Failed fails',
      reading: { status: 'found', value: { functionArn: ORDERS_FUNCTION, state: 'Failed', stateReason: 'bad image', timeoutSeconds: 3 } },
      expected: ['fail'],
    },
    {
      name: 'a timeout longer than the action waits warns',
      reading: { status: 'found', value: { functionArn: ORDERS_FUNCTION, state: 'Active', stateReason: undefined, timeoutSeconds: 60 } },
      expected: ['pass', 'warn'],
    },
  ] as const)('$name', ({ reading, expected }) => {
    const observed = observedInSync();
    observed.lambdaFunctions![ORDERS_FUNCTION] = structuredClone(reading);
    expect(statuses(planChanges(desiredFixture(), observed, { prune: false }), 'function-exists', LOOKUP)).toEqual(expected);
  });

  it('a function in another region than the Genesys org warns', () => {
    const desired = desiredFixture();
    const usEast = ORDERS_FUNCTION.replace('eu-west-1', 'us-east-1');
    desired.dataActions[0]!.functionArn = usEast;
    desired.roles[0]!.permissionPolicy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [usEast, VERIFY_FUNCTION] }],
    };
    const observed = observedInSync();
    observed.lambdaFunctions![usEast] = {
      status: 'found',
      value: { functionArn: usEast, state: 'Active', stateReason: undefined, timeoutSeconds: 3 },
    };
    const found = checks(planChanges(desired, observed, { prune: false }), 'function-exists', LOOKUP);
    expect(found.map((check) => check.status)).toEqual(['pass', 'warn']);
    expect(found[1]?.message).toMatch(/in us-east-1 and the Genesys org in eu-west-1/);
  });

  describe('a function in another account than its role', () => {
    const partner = 'arn:aws:lambda:eu-west-1:222233334444:function:partner';
    const world = (policy: NonNullable<ObservedState['functionPolicies']>) => {
      const desired = desiredFixture();
      desired.dataActions[0]!.functionArn = partner;
      desired.roles[0]!.permissionPolicy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [partner, VERIFY_FUNCTION] }],
      };
      const observed = observedInSync();
      observed.lambdaFunctions![partner] = {
        status: 'found',
        value: { functionArn: partner, state: 'Active', stateReason: undefined, timeoutSeconds: 3 },
      };
      observed.functionPolicies = policy;
      return planChanges(desired, observed, { prune: false });
    };
    const allowing = (principal: unknown, extra: object = {}) => ({
      [partner]: {
        status: 'found' as const,
        value: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow' as const, Principal: principal as never, Action: ['lambda:InvokeFunction'], Resource: [partner], ...extra },
          ],
        },
      },
    });

    it.each([
      ['no policy', { [partner]: { status: 'missing' as const, message: 'the function has no resource-based policy' } }, 'fail'],
      [
        'an unreadable policy (another account may refuse)',
        { [partner]: { status: 'unreadable' as const, permission: 'lambda:GetPolicy', message: 'denied' } },
        'unverifiable',
      ],
      ['the role ARN', allowing({ AWS: [`arn:aws:iam::${ACCOUNT}:role/${ROLE}`] }), 'pass'],
      ["the role's account root", allowing({ AWS: [`arn:aws:iam::${ACCOUNT}:root`] }), 'pass'],
      ['a service only', allowing({ Service: ['apigateway.amazonaws.com'] }), 'fail'],
      ['everyone, without a condition', allowing('*'), 'warn'],
      [
        'everyone, under a condition',
        allowing('*', { Condition: { ArnLike: { 'AWS:SourceArn': [`arn:aws:iam::${ACCOUNT}:role/${ROLE}`] } } }),
        'warn',
      ],
      [
        'the role, under a condition',
        allowing({ AWS: [`arn:aws:iam::${ACCOUNT}:role/${ROLE}`] }, { Condition: { Bool: { 'aws:SecureTransport': ['true'] } } }),
        'warn',
      ],
    ])('%s', (_name, policy, status) => {
      expect(statuses(world(policy), 'function-resource-policy')).toEqual([status]);
    });

    it('is not read, nor checked, for a function in the role account', () => {
      expect(statuses(planChanges(desiredFixture(), observedInSync(), { prune: false }), 'function-resource-policy')).toEqual([]);
    });
  });
});

describe('managed policies on a declared role', () => {
  const ARN = 'arn:aws:iam::aws:policy/service-role/AWSLambdaRole';
  const withManaged = (): DesiredState => {
    const desired = desiredFixture();
    desired.roles[0]!.managedPolicyArns = [ARN];
    return desired;
  };

  it('attaching one is a broadening that says what it grants, and re-runs the smoke tests of the role’s actions', () => {
    const observed = observedInSync();
    observed.managedPolicies = {
      [ARN]: {
        status: 'found',
        value: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: ['*'] }] },
      },
    };
    const plan = planChanges(withManaged(), observed, { prune: false });
    const role = plan.changes.find((change) => change.address === `role/${ROLE}`);
    expect(role?.fields.map((field) => field.path.join('.'))).toEqual(['attachedPolicyArns']);
    expect(role?.riskNotes?.['permissions-broadened']).toEqual([`attaches managed policy ${ARN} (grants lambda:InvokeFunction on *)`]);
    expect(statuses(plan, 'managed-policy-exists')).toEqual(['pass']);
    expect(plan.smokeTests.map((test) => [test.address, test.trigger])).toEqual([
      [LOOKUP, 'role-changed'],
      ['action/Orders Lambda/Verify Customer', 'role-changed'],
    ]);
  });

  it('one that does not exist fails before apply could stop half-way', () => {
    const observed = observedInSync();
    observed.managedPolicies = { [ARN]: { status: 'missing', message: `IAM has no managed policy ${ARN}` } };
    expect(statuses(planChanges(withManaged(), observed, { prune: false }), 'managed-policy-exists')).toEqual(['fail']);
  });

  it('a tag-only change of the role re-runs no smoke test', () => {
    const desired = desiredFixture();
    desired.roles[0]!.tags = { team: 'payments' };
    expect(planChanges(desired, observedInSync(), { prune: false }).smokeTests).toEqual([]);
  });
});
