import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../src/model/desired-state.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { resolveDesiredRole, roleArnFor } from '../../src/model/resolve-desired.js';
import { planChanges } from '../../src/plan/planner.js';
import type { Plan, ResourceChange } from '../../src/plan/types.js';
import {
  ACCOUNT,
  ORDERS_FUNCTION,
  ORG_ID,
  ROLE_ARN,
  SECRET_TEST_INPUT,
  VERIFY_FUNCTION,
  desiredFixture,
  observedEmpty,
  observedInSync,
} from './plan-fixtures.js';

function change(plan: Plan, address: string): ResourceChange {
  const found = plan.changes.find((candidate) => candidate.address === address);
  if (found === undefined) throw new Error(`no change for ${address}; have ${plan.changes.map((c) => c.address).join(', ')}`);
  return found;
}

const LOOKUP = 'action/Orders Lambda/Lookup Order';
const VERIFY = 'action/Orders Lambda/Verify Customer';
const ROLE = 'role/genesys-orders-invoker';
const CREDENTIAL = 'credential/Orders Lambda (genesys-lambda-gitops)';
const INTEGRATION = 'integration/Orders Lambda';

function lookupOf(desired: DesiredState) {
  const action = desired.dataActions.find((candidate) => candidate.name === 'Lookup Order');
  if (action === undefined) throw new Error('fixture lost Lookup Order');
  return action;
}

function roleOf(observed: ObservedState) {
  const role = observed.roles['genesys-orders-invoker'];
  if (role === undefined) throw new Error('fixture lost the role');
  return role;
}

describe('planChanges: actions per resource', () => {
  it('plans nothing when live state matches the manifests', () => {
    const plan = planChanges(desiredFixture(), observedInSync(), { prune: false });
    expect(plan.changes.map((c) => [c.address, c.action])).toEqual([
      [ROLE, 'no-op'],
      [CREDENTIAL, 'no-op'],
      [INTEGRATION, 'no-op'],
      [LOOKUP, 'no-op'],
      [VERIFY, 'no-op'],
    ]);
    expect(plan.summary).toMatchObject({ hasChanges: false, noOp: 5, failedChecks: 0, drift: false });
    expect(plan.checks.filter((check) => check.status !== 'pass')).toEqual([]);
  });

  it('creates everything in dependency order from an empty world', () => {
    const plan = planChanges(desiredFixture(), observedEmpty(), { prune: false });
    expect(plan.changes.map((c) => [c.address, c.action])).toEqual([
      [ROLE, 'create'],
      [CREDENTIAL, 'create'],
      [INTEGRATION, 'create'],
      [LOOKUP, 'create'],
      [VERIFY, 'create'],
    ]);
    expect(change(plan, CREDENTIAL).after).toEqual({
      name: 'Orders Lambda (genesys-lambda-gitops)',
      type: 'amazonWebServicesARN',
      roleArn: ROLE_ARN,
    });
    expect(change(plan, ROLE).fields.every((field) => field.kind === 'add')).toBe(true);
    expect(plan.summary).toMatchObject({ create: 5, hasChanges: true, hasDeletes: false });
  });

  it('resolves the live org id into the trust policy', () => {
    const plan = planChanges(desiredFixture(), observedEmpty(), { prune: false });
    const after = change(plan, ROLE).after as { trustPolicy: unknown };
    expect(JSON.stringify(after.trustPolicy)).toContain(ORG_ID);
    expect(JSON.stringify(after.trustPolicy)).not.toContain('{{');
  });

  type Case = {
    name: string;
    mutate: (desired: DesiredState, observed: ObservedState) => void;
    address: string;
    action: ResourceChange['action'];
    risks: ResourceChange['risks'];
    fieldPaths?: string[];
    reason?: RegExp;
  };
  const cases: Case[] = [
    {
      name: 'a request template change is an in-place update',
      mutate: (desired) => {
        lookupOf(desired).request.template = '{"orderId": "${input.orderId}"}';
      },
      address: LOOKUP,
      action: 'update',
      risks: [],
      fieldPaths: ['request.template'],
    },
    {
      name: 'a timeout change is an in-place update',
      mutate: (desired) => {
        lookupOf(desired).timeoutSeconds = 20;
      },
      address: LOOKUP,
      action: 'update',
      risks: [],
      fieldPaths: ['timeoutSeconds'],
    },
    {
      name: 'removing an output property replaces the action and breaks the contract',
      mutate: (desired) => {
        lookupOf(desired).contract.output = { type: 'object', properties: { status: { type: 'string' } } };
      },
      address: LOOKUP,
      action: 'replace',
      risks: ['destructive', 'repoint-flows', 'breaking-contract'],
      fieldPaths: ['contract.output.properties.eta'],
      reason: /output eta removed/,
    },
    {
      name: 'retyping an output property breaks the contract',
      mutate: (desired) => {
        lookupOf(desired).contract.output = { type: 'object', properties: { status: { type: 'integer' }, eta: { type: 'string' } } };
      },
      address: LOOKUP,
      action: 'replace',
      risks: ['destructive', 'repoint-flows', 'breaking-contract'],
      reason: /output status type "string" → "integer"/,
    },
    {
      name: 'a newly required input breaks the contract',
      mutate: (desired) => {
        lookupOf(desired).contract.input = {
          type: 'object',
          required: ['orderId', 'customerId'],
          properties: { orderId: { type: 'string' }, customerId: { type: 'string' } },
        };
      },
      address: LOOKUP,
      action: 'replace',
      risks: ['destructive', 'repoint-flows', 'breaking-contract'],
      reason: /input customerId is newly required/,
    },
    {
      name: 'a new optional output property replaces without breaking',
      mutate: (desired) => {
        lookupOf(desired).contract.output = {
          type: 'object',
          properties: { status: { type: 'string' }, eta: { type: 'string' }, carrier: { type: 'string' } },
        };
      },
      address: LOOKUP,
      action: 'replace',
      risks: ['destructive', 'repoint-flows'],
      reason: /cannot change a published action's contract/,
    },
    {
      name: 'flipping secure replaces the action',
      mutate: (desired) => {
        lookupOf(desired).secure = true;
      },
      address: LOOKUP,
      action: 'replace',
      risks: ['destructive', 'repoint-flows'],
      fieldPaths: ['secure'],
      reason: /secure flag/,
    },
    {
      name: 'a role path change replaces the role (IAM cannot move roles)',
      mutate: (desired) => {
        const role = desired.roles[0];
        if (role) role.path = '/genesys/';
      },
      address: ROLE,
      action: 'replace',
      risks: ['destructive'],
      fieldPaths: ['path'],
      reason: /role\/genesys\/genesys-orders-invoker/,
    },
    {
      name: 'granting a new function ARN broadens the permission policy',
      mutate: (desired) => {
        const role = desired.roles[0];
        if (role) {
          role.permissionPolicy = {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [ORDERS_FUNCTION, VERIFY_FUNCTION, `${VERIFY_FUNCTION}:*`] },
            ],
          };
        }
      },
      address: ROLE,
      action: 'update',
      risks: ['permissions-broadened'],
      reason: /permission policy: .*resource arn:aws:lambda:eu-west-1:123456789012:function:verify-customer:\*/,
    },
    {
      name: 'granting fewer functions does not broaden',
      mutate: (desired) => {
        const role = desired.roles[0];
        if (role) {
          role.permissionPolicy = {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: ORDERS_FUNCTION }],
          };
        }
      },
      address: ROLE,
      action: 'update',
      risks: [],
    },
    {
      name: 'dropping a trust condition broadens the trust policy',
      mutate: (_desired, observed) => {
        const statement = roleOf(observed).trustPolicy.Statement[0];
        if (statement?.Condition)
          statement.Condition['StringEquals'] = { 'aws:SourceAccount': ['765628985471'], 'sts:ExternalId': [ORG_ID] };
      },
      address: ROLE,
      action: 'update',
      risks: ['permissions-broadened'],
      reason: /trust policy: .*condition StringEquals aws:SourceAccount removed/,
    },
    {
      name: 'an extra trusted principal broadens the trust policy',
      mutate: (desired) => {
        const role = desired.roles[0];
        const statements = role?.trustPolicy.Statement;
        const first = Array.isArray(statements) ? statements[0] : statements;
        if (first) first.Principal = { AWS: ['arn:aws:iam::765628985471:root', 'arn:aws:iam::111122223333:root'] };
      },
      address: ROLE,
      action: 'update',
      risks: ['permissions-broadened'],
      reason: /principal AWS:arn:aws:iam::111122223333:root/,
    },
    {
      name: 'a credential pointing at another role is drift',
      mutate: (_desired, observed) => {
        const credential = observed.credentials[0];
        if (credential) credential.roleArn = `arn:aws:iam::${ACCOUNT}:role/someone-else`;
      },
      address: CREDENTIAL,
      action: 'update',
      risks: ['drift'],
      fieldPaths: ['roleArn'],
      reason: /the credential points at arn:aws:iam::123456789012:role\/someone-else/,
    },
    {
      name: 'an integration disabled by hand is drift',
      mutate: (_desired, observed) => {
        const integration = observed.integrations[0];
        if (integration) integration.intendedState = 'DISABLED';
      },
      address: INTEGRATION,
      action: 'update',
      risks: ['drift'],
      fieldPaths: ['enabled'],
      reason: /disabled outside GitOps/,
    },
    {
      name: 'a managed policy attached to a managed role is drift',
      mutate: (_desired, observed) => {
        roleOf(observed).attachedPolicyArns = ['arn:aws:iam::aws:policy/AdministratorAccess'];
      },
      address: ROLE,
      action: 'update',
      risks: ['drift'],
      fieldPaths: ['attachedPolicyArns'],
      reason: /AdministratorAccess/,
    },
    {
      name: 'a credential whose ARN Genesys does not return is not a change',
      mutate: (_desired, observed) => {
        const credential = observed.credentials[0];
        if (credential) credential.roleArn = undefined;
      },
      address: CREDENTIAL,
      action: 'no-op',
      risks: [],
    },
  ];

  it.each(cases)('$name', ({ mutate, address, action, risks, fieldPaths, reason }) => {
    const desired = desiredFixture();
    const observed = observedInSync();
    mutate(desired, observed);
    const plan = planChanges(desired, observed, { prune: false });
    const planned = change(plan, address);
    expect(planned.action).toBe(action);
    expect([...planned.risks].sort()).toEqual([...risks].sort());
    if (fieldPaths !== undefined) {
      expect(planned.fields.map((field) => field.path.join('.'))).toEqual(fieldPaths);
    }
    const explanation = [planned.reason, ...planned.replaceReasons, ...Object.values(planned.riskNotes ?? {}).flat()].join(' ');
    if (reason !== undefined) expect(explanation).toMatch(reason);
    const others = plan.changes.filter((candidate) => candidate.address !== address && candidate.kind !== 'role');
    if (address !== ROLE) expect(others.filter((c) => c.action !== 'no-op').map((c) => c.address)).toEqual([]);
  });
});

describe('planChanges: drift against a baseline', () => {
  it('reports an action edited in the Genesys UI as drift when the baseline says so', () => {
    const desired = desiredFixture();
    const observed = observedInSync();
    const live = observed.dataActions.find((action) => action.name === 'Lookup Order');
    if (live) live.request.template = 'edited in the UI';
    const withBaseline = change(planChanges(desired, observed, { prune: false, baseline: desiredFixture() }), LOOKUP);
    expect(withBaseline.risks).toContain('drift');
    expect(withBaseline.riskNotes?.drift).toEqual(['request.template changed outside GitOps (e.g. edited in the Genesys UI)']);
    const withoutBaseline = change(planChanges(desired, observed, { prune: false }), LOOKUP);
    expect(withoutBaseline.action).toBe('update');
    expect(withoutBaseline.risks).not.toContain('drift');
  });

  it('does not call a change the pull request itself makes drift', () => {
    const desired = desiredFixture();
    lookupOf(desired).timeoutSeconds = 30;
    const planned = change(planChanges(desired, observedInSync(), { prune: false, baseline: desiredFixture() }), LOOKUP);
    expect(planned.action).toBe('update');
    expect(planned.risks).toEqual([]);
  });
});

describe('planChanges: deletes and prune', () => {
  function withOrphans(): ObservedState {
    const observed = observedInSync();
    const role = roleOf(observed);
    observed.roles['old-invoker'] = { ...structuredClone(role), name: 'old-invoker', arn: roleArnFor(ACCOUNT, '/', 'old-invoker') };
    observed.roles['someone-elses'] = {
      ...structuredClone(role),
      name: 'someone-elses',
      arn: roleArnFor(ACCOUNT, '/', 'someone-elses'),
      tags: { team: 'other' },
    };
    const action = observed.dataActions[0];
    if (action) observed.dataActions.push({ ...structuredClone(action), id: 'custom_-_retired', name: 'Retired Action' });
    observed.integrations.push({
      ...structuredClone(observed.integrations[0]!),
      id: 'int-unowned',
      name: 'Not Ours',
      config: { name: 'Not Ours', version: 1, notes: '', credentials: {} },
    });
    observed.dataActions.push({ ...structuredClone(action!), id: 'custom_-_foreign', name: 'Foreign', integrationId: 'int-unowned' });
    return observed;
  }

  it('lists owned, undeclared resources as skipped when prune is off', () => {
    const plan = planChanges(desiredFixture(), withOrphans(), { prune: false });
    expect(plan.changes.filter((c) => c.action === 'delete')).toEqual([]);
    expect(plan.skippedDeletes.map((skipped) => [skipped.address, skipped.liveId])).toEqual([
      ['action/Orders Lambda/Retired Action', 'custom_-_retired'],
      ['role/old-invoker', 'arn:aws:iam::123456789012:role/old-invoker'],
    ]);
    expect(plan.skippedDeletes.every((skipped) => skipped.reason.startsWith('would delete, prune is off'))).toBe(true);
    expect(plan.summary).toMatchObject({ skippedDeletes: 2, delete: 0, hasDeletes: false });
  });

  it('plans deletes first, actions before roles, when prune is on', () => {
    const plan = planChanges(desiredFixture(), withOrphans(), { prune: true });
    expect(plan.changes.slice(0, 2).map((c) => [c.address, c.action])).toEqual([
      ['action/Orders Lambda/Retired Action', 'delete'],
      ['role/old-invoker', 'delete'],
    ]);
    expect(change(plan, 'role/old-invoker').risks).toEqual(['destructive']);
    expect(change(plan, 'action/Orders Lambda/Retired Action').risks).toEqual(['destructive', 'repoint-flows']);
    expect(plan.changes.some((c) => c.address.includes('Foreign') || c.address.includes('someone-elses'))).toBe(false);
    expect(plan.summary).toMatchObject({ delete: 2, hasDeletes: true, skippedDeletes: 0 });
  });

  describe('a role prune would delete that an integration still signs in with', () => {
    /** The orphan role is the one a second, undeclared integration's credential holds. */
    function withUsedOrphan(roleArn: string | undefined): ObservedState {
      const observed = withOrphans();
      observed.credentials.push({ id: 'cred-legacy', name: 'Legacy credential', typeName: 'amazonWebServicesARN', roleArn });
      const legacy = observed.integrations.find((integration) => integration.id === 'int-unowned')!;
      legacy.config.credentials = { AmazonWebServicesARN: 'cred-legacy' };
      return observed;
    }
    const OLD_ROLE_ARN = 'arn:aws:iam::123456789012:role/old-invoker';
    const usedRoleCheck = (plan: ReturnType<typeof planChanges>) => plan.checks.filter((check) => check.code === 'used-role-delete');

    it.each([
      [
        'holds its ARN: refused, naming the integration, its state, its actions and the credential',
        OLD_ROLE_ARN,
        'fail',
        'Refusing to delete this role: integration Not Ours (ENABLED, 1 data action(s)) signs in with it through credential Legacy credential; every one of those actions would fail to assume it. Point the credential at another role, or delete the integration, first.',
      ],
      [
        'holds an ARN Genesys does not show: a warning',
        undefined,
        'warn',
        'Genesys did not show the role ARN of Legacy credential (integration Not Ours): this role may be one of them.',
      ],
      ['holds another role: the delete goes ahead', ROLE_ARN, 'pass', 'No Genesys credential holds this role.'],
    ])('whose credential %s', (_, roleArn, status, message) => {
      const plan = planChanges(desiredFixture(), withUsedOrphan(roleArn), { prune: true });
      expect(change(plan, 'role/old-invoker').action).toBe('delete');
      expect(usedRoleCheck(plan)).toEqual([{ code: 'used-role-delete', status, address: 'role/old-invoker', message }]);
    });

    it('is named in the delete prune would make, and no check is made while prune is off', () => {
      const kept = planChanges(desiredFixture(), withUsedOrphan(OLD_ROLE_ARN), { prune: false });
      expect(usedRoleCheck(kept)).toEqual([]);
      expect(kept.skippedDeletes.find((skipped) => skipped.address === 'role/old-invoker')?.reason).toBe(
        'would delete, prune is off: tagged as managed for prod and no longer declared; but integration Not Ours (ENABLED, 1 data action(s)) signs in with it through credential Legacy credential',
      );
      expect(change(planChanges(desiredFixture(), withUsedOrphan(OLD_ROLE_ARN), { prune: true }), 'role/old-invoker').reason).toContain(
        'signs in with it through credential Legacy credential',
      );
    });
  });

  it('deletes the old credential when the integration is re-pointed to a new one', () => {
    const desired = desiredFixture();
    const integration = desired.integrations[0];
    if (integration) integration.credentialName = 'Orders credential v2';
    const plan = planChanges(desired, observedInSync(), { prune: true });
    expect(change(plan, 'credential/Orders credential v2').action).toBe('create');
    expect(change(plan, CREDENTIAL).action).toBe('delete');
    expect(change(plan, INTEGRATION).fields.map((field) => [field.path.join('.'), field.before, field.after])).toEqual([
      ['credential', 'Orders Lambda (genesys-lambda-gitops)', 'Orders credential v2'],
    ]);
  });

  it('replaces an action that moves to another declared integration, whatever prune says', () => {
    const desired = desiredFixture();
    desired.integrations.push({ ...structuredClone(desired.integrations[0]!), name: 'Identity Lambda' });
    const verify = desired.dataActions.find((action) => action.name === 'Verify Customer');
    if (verify) verify.integrationName = 'Identity Lambda';
    const observed = observedInSync();
    observed.integrations.push({
      ...structuredClone(observed.integrations[0]!),
      id: 'int-identity',
      name: 'Identity Lambda',
      config: {
        name: 'Identity Lambda',
        version: 1,
        notes: 'Managed by genesys-lambda-gitops',
        credentials: { AmazonWebServicesARN: 'cred-1' },
      },
    });
    const plan = planChanges(desired, observed, { prune: false });
    const moved = change(plan, 'action/Identity Lambda/Verify Customer');
    expect(moved.action).toBe('replace');
    expect(moved.liveId).toBe('custom_-_verify');
    expect(moved.replaceReasons.join()).toMatch(/moves from integration Orders Lambda to Identity Lambda/);
    expect(plan.skippedDeletes).toEqual([]);
  });
});

describe('planChanges: cross-system checks', () => {
  const statusOf = (plan: Plan, code: string) => plan.checks.filter((check) => check.code === code).map((check) => check.status);

  it.each([
    {
      name: 'a hard-coded external id that is not the live org id fails',
      mutate: (desired: DesiredState) => {
        const role = desired.roles[0]!;
        role.trustPolicy = JSON.parse(
          JSON.stringify(role.trustPolicy).replace('{{ genesys.orgId }}', 'another-org'),
        ) as typeof role.trustPolicy;
        role.trustPolicyGenerated = false;
      },
      code: 'trust-external-id',
      status: ['fail'],
      message: /another-org/,
    },
    {
      name: 'a hard-coded external id equal to the live org id passes',
      mutate: (desired: DesiredState) => {
        const role = desired.roles[0]!;
        role.trustPolicy = JSON.parse(JSON.stringify(role.trustPolicy).replace('{{ genesys.orgId }}', ORG_ID)) as typeof role.trustPolicy;
      },
      code: 'trust-external-id',
      status: ['pass'],
      message: /equals the live/,
    },
    {
      name: 'a manifest pinning another AWS account fails',
      mutate: (desired: DesiredState) => {
        desired.environment.aws.accountId = '999999999999';
      },
      code: 'aws-account',
      status: ['fail'],
      message: /999999999999.*123456789012/,
    },
    {
      name: 'a function whose qualifier the policy does not grant fails',
      mutate: (desired: DesiredState) => {
        lookupOf(desired).functionArn = `${ORDERS_FUNCTION.replace(':live', '')}:beta`;
      },
      code: 'function-covered',
      status: ['fail', 'pass'],
      message: /orders-lookup:beta/,
    },
  ])('$name', ({ mutate, code, status, message }) => {
    const desired = desiredFixture();
    mutate(desired);
    const plan = planChanges(desired, observedInSync(), { prune: false });
    expect(statusOf(plan, code)).toEqual(status);
    expect(plan.checks.find((check) => check.code === code)?.message).toMatch(message);
    expect(plan.summary.failedChecks).toBe(status.filter((s) => s === 'fail').length);
  });

  it('refuses to take over a role that another environment manages', () => {
    const observed = observedInSync();
    observed.roles['genesys-orders-invoker']!.tags['genesys-lambda-gitops/environment'] = 'dev';
    const plan = planChanges(desiredFixture(), observed, { prune: false });
    expect(statusOf(plan, 'role-ownership')).toEqual(['fail']);
    expect(plan.summary.failedChecks).toBe(1);
  });

  it('adopts an untagged role with the same name, and says so', () => {
    const observed = observedInSync();
    observed.roles['genesys-orders-invoker']!.tags = { team: 'orders' };
    const plan = planChanges(desiredFixture(), observed, { prune: false });
    expect(statusOf(plan, 'role-ownership')).toEqual([]);
    expect(change(plan, ROLE).action).toBe('adopt');
    expect(change(plan, ROLE).reason).toMatch(/exists and is not managed yet: adopted, writing 2 field\(s\): tags/);
  });

  it('calls an unreadable credential ARN unverifiable, never a pass', () => {
    const observed = observedInSync();
    observed.credentials[0]!.roleArn = undefined;
    const plan = planChanges(desiredFixture(), observed, { prune: false });
    const check = plan.checks.find((candidate) => candidate.code === 'credential-role-arn');
    expect(check?.status).toBe('unverifiable');
    expect(check?.message).toMatch(/cannot be compared/);
  });
});

describe('planChanges: redaction, smoke tests and fingerprint', () => {
  it("redacts secure actions' test data and credential-like headers in the plan itself", () => {
    const desired = desiredFixture();
    lookupOf(desired).request.headers = { Authorization: 'Bearer abc.def.ghi', 'X-Trace': 'yes' };
    // Only changed actions are smoke-tested, so change the secure one too.
    desired.dataActions.find((action) => action.secure)!.timeoutSeconds += 1;
    const plan = planChanges(desired, observedInSync(), { prune: false });
    const text = JSON.stringify(plan);
    expect(text).not.toContain(SECRET_TEST_INPUT);
    expect(text).not.toContain('abc.def.ghi');
    expect(change(plan, LOOKUP).fields.find((field) => field.path.includes('Authorization'))).toMatchObject({
      sensitive: true,
      after: '(sensitive)',
    });
    expect(plan.smokeTests).toEqual([
      { address: LOOKUP, testName: 'shipped order', input: { orderId: '1001' }, expect: { status: 'SHIPPED' }, secure: false },
      { address: VERIFY, testName: 'known customer', input: '(sensitive)', expect: '(sensitive)', secure: true },
    ]);
  });

  it('plans smoke tests only for actions it creates, updates or replaces', () => {
    expect(planChanges(desiredFixture(), observedInSync(), { prune: false }).smokeTests).toEqual([]);
    const desired = desiredFixture();
    lookupOf(desired).timeoutSeconds += 1;
    expect(planChanges(desired, observedInSync(), { prune: false }).smokeTests.map((test) => test.address)).toEqual([LOOKUP]);
  });

  it('has a fingerprint that is stable for equal inputs and moves when live state moves', () => {
    const first = planChanges(desiredFixture(), observedInSync(), { prune: false }).fingerprint;
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(planChanges(desiredFixture(), observedInSync(), { prune: false }).fingerprint).toBe(first);
    const moved = observedInSync();
    moved.dataActions[0]!.version = 4;
    expect(planChanges(desiredFixture(), moved, { prune: false }).fingerprint).not.toBe(first);
    expect(planChanges(desiredFixture(), observedInSync(), { prune: true }).fingerprint).not.toBe(first);
  });

  it('resolves a role spec for apply with placeholders replaced and management tags added', () => {
    const desired = desiredFixture();
    const spec = resolveDesiredRole(desired.roles[0]!, observedInSync(), desired);
    expect(JSON.stringify(spec.trustPolicy)).toContain(ORG_ID);
    expect(spec.tags).toEqual({ team: 'orders', 'managed-by': 'genesys-lambda-gitops', 'genesys-lambda-gitops/environment': 'prod' });
    expect(Object.keys(spec.inlinePolicies)).toEqual(['invoke-data-action-functions']);
  });
});
