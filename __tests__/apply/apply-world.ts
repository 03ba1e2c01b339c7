/**
 * A small world for apply-logic tests over the in-memory fakes: one managed
 * role, one integration with its credential, two data actions (one secure),
 * plans written change by change (as the planner would emit them), and a
 * way to start from "everything already deployed".
 */
import { applyPlan, type ApplyDependencies, type ApplyOptions } from '../../src/apply/apply-plan.js';
import type { ApplyReport } from '../../src/apply/apply-report.js';
import { LIVE_ORG_ID_TOKEN, type DesiredDataAction, type DesiredState } from '../../src/model/desired-state.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { actionAddress, credentialAddress, integrationAddress, roleAddress } from '../../src/plan/resource-address.js';
import type { ChangeAction, Plan, ResourceChange, ResourceKind } from '../../src/plan/types.js';
import type { FakeCall } from '../fakes/fake-calls.js';
import { createFakeGenesysProvider, type FakeGenesysProvider } from '../fakes/fake-genesys-provider.js';
import { createFakeRoleProvider, type FakeRoleProvider } from '../fakes/fake-role-provider.js';

export const ORG_ID = 'org-under-test';
export const ACCOUNT = '123456789012';
export const ROLE = 'orders-invoker';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/${ROLE}`;
export const INTEGRATION = 'Orders Lambda';
export const CREDENTIAL = 'Orders Lambda (genesys-lambda-gitops)';
export const LOOKUP = 'Lookup Order';
export const VERIFY = 'Verify Customer';
/** The secure action's test input and output: must never reach a report or a log line. */
export const SECRET = 'ssn-078-05-1120';

const source = { file: 'genesys/orders.yaml', line: 1, column: 1 };

function dataAction(name: string, overrides: Partial<DesiredDataAction>): DesiredDataAction {
  return {
    name,
    integrationName: INTEGRATION,
    category: 'Orders',
    functionArn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders:live`,
    timeoutSeconds: 10,
    secure: false,
    contract: { input: { type: 'object' }, output: { type: 'object' } },
    request: { template: '${input.rawRequest}', headers: {} },
    response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' },
    tests: [],
    source,
    ...overrides,
  };
}

export function desiredWorld(): DesiredState {
  return {
    environment: {
      name: 'dev',
      genesys: { region: 'eu-west-1', domain: 'mypurecloud.ie', awsAccountId: '765628985471' },
      aws: { accountId: ACCOUNT, region: 'eu-west-1' },
    },
    roles: [
      {
        name: ROLE,
        path: '/',
        description: 'Assumed by Genesys Cloud',
        maxSessionDurationSeconds: 3600,
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::765628985471:root' },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'sts:ExternalId': LIVE_ORG_ID_TOKEN } },
            },
          ],
        },
        trustPolicyGenerated: true,
        permissionPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*' }] },
        permissionPolicyGenerated: true,
        permissionPolicyName: 'invoke',
        tags: {},
        source,
      },
    ],
    integrations: [
      { name: INTEGRATION, role: { kind: 'managed', roleName: ROLE }, enabled: true, notes: 'managed', credentialName: CREDENTIAL, source },
    ],
    dataActions: [
      dataAction(LOOKUP, { tests: [{ name: 'shipped order', input: { orderId: '1001' }, expect: { status: 'SHIPPED' }, execute: true }] }),
      dataAction(VERIFY, {
        secure: true,
        tests: [{ name: 'known customer', input: { ssn: SECRET }, expect: { verified: true }, execute: false }],
      }),
    ],
  };
}

export function addressOf(kind: ResourceKind, name: string): string {
  switch (kind) {
    case 'role':
      return roleAddress(name);
    case 'credential':
      return credentialAddress(name);
    case 'integration':
      return integrationAddress(name);
    case 'action':
      return actionAddress(INTEGRATION, name);
  }
}

/** One planned change; only what apply reads is meaningful. */
export function planned(kind: ResourceKind, name: string, action: ChangeAction, liveId?: string): ResourceChange {
  return {
    address: addressOf(kind, name),
    kind,
    name,
    action,
    ...(liveId === undefined ? {} : { liveId }),
    before: null,
    after: null,
    fields: [],
    replaceReasons: [],
    reason: 'test',
    risks: [],
  };
}

export function planOf(changes: ResourceChange[]): Plan {
  const count = (action: ChangeAction) => changes.filter((change) => change.action === action).length;
  return {
    formatVersion: 1,
    environment: 'dev',
    changes,
    skippedDeletes: [],
    checks: [],
    smokeTests: [],
    summary: {
      create: count('create'),
      update: count('update'),
      replace: count('replace'),
      delete: count('delete'),
      noOp: count('no-op'),
      adopt: count('adopt'),
      skippedDeletes: 0,
      hasChanges: changes.some((change) => change.action !== 'no-op'),
      hasDeletes: count('delete') > 0,
      permissionsBroadened: false,
      breakingContract: false,
      drift: false,
      failedChecks: 0,
    },
    fingerprint: 'test',
    prune: count('delete') > 0,
  };
}

/** Every resource of {@link desiredWorld} planned as a create. */
export function createEverything(): Plan {
  return planOf([
    planned('role', ROLE, 'create'),
    planned('credential', CREDENTIAL, 'create'),
    planned('integration', INTEGRATION, 'create'),
    planned('action', LOOKUP, 'create'),
    planned('action', VERIFY, 'create'),
  ]);
}

export interface ApplyWorld {
  roles: FakeRoleProvider;
  genesys: FakeGenesysProvider;
  /** Every provider call, both fakes, in order. */
  calls: FakeCall[];
  log: string[];
  sleeps: number[];
  /** The injected clock, in ms; a fake function may advance it to take time. */
  clock: { ms: number };
  deps: ApplyDependencies;
  apply(plan: Plan, desired: DesiredState, observed: ObservedState, options?: Partial<ApplyOptions>): Promise<ApplyReport>;
  /** Deploys `desired` straight through the fakes (not through apply), forgets those calls, and observes. */
  deploy(desired: DesiredState): Promise<ObservedState>;
  /** Live state read back from the fakes. */
  observe(desired: DesiredState): Promise<ObservedState>;
}

/** Nothing live yet. */
export function emptyObserved(): ObservedState {
  return {
    genesys: { orgId: ORG_ID, credentialKey: 'AmazonWebServicesARN' },
    aws: { accountId: ACCOUNT },
    roles: {},
    credentials: [],
    integrations: [],
    dataActions: [],
  };
}

/** Answers each action's test as its manifest expects. */
export function healthyFunctions(name: string): { output: { [key: string]: string | boolean } } {
  return name === VERIFY ? { output: { verified: true } } : { output: { status: 'SHIPPED' } };
}

export function createApplyWorld(): ApplyWorld {
  const calls: FakeCall[] = [];
  const roles = createFakeRoleProvider({ accountId: ACCOUNT, calls });
  const genesys = createFakeGenesysProvider({ orgId: ORG_ID, calls });
  genesys.runFunction = ({ actionName }) => healthyFunctions(actionName);
  const log: string[] = [];
  const sleeps: number[] = [];
  const clock = { ms: 0 };
  const deps: ApplyDependencies = {
    roles: roles.provider,
    genesys: genesys.provider,
    log: (line) => log.push(line),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => clock.ms,
  };
  const observe = async (desired: DesiredState): Promise<ObservedState> => {
    const observedRoles: ObservedState['roles'] = {};
    for (const role of desired.roles) {
      const found = await roles.provider.readRole(role.name);
      if (found) observedRoles[role.name] = found;
    }
    const integrations = await genesys.provider.listIntegrations();
    return {
      ...emptyObserved(),
      roles: observedRoles,
      credentials: await genesys.provider.listCredentials(),
      integrations,
      dataActions: await genesys.provider.listDataActions(integrations.map((integration) => integration.id)),
    };
  };
  return {
    roles,
    genesys,
    calls,
    log,
    sleeps,
    clock,
    deps,
    apply: (plan, desired, observed, options = {}) =>
      applyPlan(plan, desired, observed, deps, { publishStrategy: 'draft', concurrency: 1, ...options }),
    observe,
    async deploy(desired) {
      await deployDirectly(roles, genesys, desired);
      const observed = await observe(desired);
      calls.length = 0;
      return observed;
    },
  };
}

async function deployDirectly(roles: FakeRoleProvider, genesys: FakeGenesysProvider, desired: DesiredState): Promise<void> {
  for (const role of desired.roles) {
    await roles.provider.applyRole({
      name: role.name,
      path: role.path,
      description: role.description,
      maxSessionDurationSeconds: role.maxSessionDurationSeconds,
      trustPolicy: role.trustPolicy,
      inlinePolicies: { [role.permissionPolicyName]: role.permissionPolicy },
      tags: role.tags,
    });
  }
  for (const integration of desired.integrations) {
    const credentialId = await genesys.provider.createCredential(integration.credentialName, ROLE_ARN);
    const id = await genesys.provider.createIntegration(integration.name);
    await genesys.provider.setIntegrationConfig(id, {
      name: integration.name,
      notes: integration.notes,
      credentials: { AmazonWebServicesARN: credentialId },
    });
    await genesys.provider.setIntegrationEnabled(id, integration.enabled);
    for (const action of desired.dataActions.filter((candidate) => candidate.integrationName === integration.name)) {
      await genesys.provider.createAction(action, id);
    }
  }
}

/** The live id of a published action, by name. */
export function actionId(world: ApplyWorld, name: string): string {
  const found = [...world.genesys.state.actions.values()].find((action) => action.definition.name === name);
  if (!found) throw new Error(`no published action named ${name}`);
  return found.id;
}
