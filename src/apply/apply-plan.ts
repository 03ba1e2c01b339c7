/**
 * Executes a plan against the providers, in dependency order:
 * roles → wait until IAM is usable → credentials → integrations (config,
 * enable, wait until ACTIVE) → data actions (draft → validate → test →
 * publish) → smoke tests → prune (deletes last, reverse dependency order).
 *
 * Every step is idempotent (resources are matched by name), so an apply
 * interrupted anywhere converges when re-run. A failure stops the steps that
 * depend on it; the report says exactly what was applied and what was not.
 * A data action whose draft fails validation or its tests is left
 * unpublished: the live version keeps serving.
 */
import type { DesiredDataAction, DesiredIntegration, DesiredState } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import { credentialRoleArnFor, resolveDesiredRole } from '../plan/comparable-shapes.js';
import { actionAddress, credentialAddress, integrationAddress, roleAddress } from '../plan/resource-address.js';
import type { Plan, ResourceChange } from '../plan/types.js';
import type { RoleProvider } from '../providers/aws-iam/role-provider.js';
import type { ActionTestResult, GenesysProvider } from '../providers/genesys/genesys-provider.js';
import type { PublishStrategy } from '../inputs.js';
import type { AppliedStep, ApplyReport, SmokeTestResult } from './apply-report.js';
import { judgeSmokeRun, type SmokeRun } from './smoke-evaluation.js';

export interface ApplyDependencies {
  roles: RoleProvider;
  genesys: GenesysProvider;
  /** Progress lines for the console. */
  log: (line: string) => void;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/** Real-time dependencies for the shells: the providers, a log sink, the wall clock. */
export function liveApplyDependencies(providers: Pick<ApplyDependencies, 'roles' | 'genesys'>, log: (line: string) => void): ApplyDependencies {
  return {
    roles: providers.roles,
    genesys: providers.genesys,
    log,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
}

export interface ApplyOptions {
  publishStrategy: PublishStrategy;
  /** Smoke-test attempts per test: IAM changes can take seconds to reach Genesys. */
  smokeAttempts?: number;
  /** Delay before the second attempt; doubles each time. */
  smokeRetryDelayMs?: number;
  /** Bounded wait for the integration to report ACTIVE. */
  integrationActiveTimeoutMs?: number;
}

/** Thrown inside apply to stop the steps that depend on a failed one. */
class StepFailed extends Error {}

const SENSITIVE = '(sensitive)';
const MAX_NAME_LENGTH = 256;

/** The temporary name of an action's replacement while the old action still exists. */
export function replacementName(name: string): string {
  const suffix = ' (replacement)';
  return `${name.slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function traceOf(result: ActionTestResult): NonNullable<SmokeTestResult['trace']> {
  return result.operations.map((operation) => ({
    step: operation.step,
    name: operation.name,
    success: operation.success,
    ...(operation.error === undefined || operation.error === null ? {} : { error: typeof operation.error === 'string' ? operation.error : JSON.stringify(operation.error) }),
  }));
}

function errorText(error: unknown): string | undefined {
  if (error === undefined || error === null) return undefined;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return JSON.stringify(error);
}

/** Applies `plan` (computed from `desired` and `observed`) and reports every step. */
export async function applyPlan(
  plan: Plan,
  desired: DesiredState,
  observed: ObservedState,
  deps: ApplyDependencies,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const steps: AppliedStep[] = [];
  const smokeTests: SmokeTestResult[] = [];
  const byAddress = new Map(plan.changes.map((change) => [change.address, change]));
  const done = new Set<string>();
  let failed = false;

  const roleArns = new Map<string, string>();
  for (const role of Object.values(observed.roles)) roleArns.set(role.name, role.arn);
  const credentialIds = new Map(observed.credentials.map((credential) => [credential.name, credential.id]));
  const integrationIds = new Map(observed.integrations.map((integration) => [integration.name, integration.id]));

  const pending = (address: string): ResourceChange | undefined => {
    const change = byAddress.get(address);
    return change && change.action !== 'no-op' && change.action !== 'delete' ? change : undefined;
  };

  const run = async (change: ResourceChange, body: () => Promise<Partial<AppliedStep>>): Promise<void> => {
    deps.log(`${change.action} ${change.address} …`);
    try {
      const extra = await body();
      steps.push({ address: change.address, kind: change.kind, action: change.action, status: 'applied', ...extra });
      deps.log(`${change.action} ${change.address}: done${extra.liveId ? ` (${extra.liveId})` : ''}`);
    } catch (error) {
      const message = describeError(error);
      steps.push({ address: change.address, kind: change.kind, action: change.action, status: 'failed', message });
      deps.log(`${change.action} ${change.address}: FAILED: ${message}`);
      throw new StepFailed(message);
    } finally {
      done.add(change.address);
    }
  };

  try {
    await applyRoles();
    await applyCredentials();
    await applyIntegrations();
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    failed = true;
  }
  if (!failed) {
    failed = !(await applyActions());
    if (!failed) failed = !(await applyDeletes());
  }

  for (const change of plan.changes) {
    if (change.action === 'no-op' || done.has(change.address)) continue;
    steps.push({
      address: change.address,
      kind: change.kind,
      action: change.action,
      status: 'not-applied',
      message: 'not applied: an earlier step failed',
    });
  }

  return {
    environment: plan.environment,
    steps,
    smokeTests,
    success: !failed && steps.every((step) => step.status === 'applied') && smokeTests.every((test) => test.passed),
  };

  async function applyRoles(): Promise<void> {
    const changed: string[] = [];
    for (const role of desired.roles) {
      const change = pending(roleAddress(role.name));
      if (!change) continue;
      await run(change, async () => {
        const spec = resolveDesiredRole(role, observed, desired);
        // IAM cannot move a role to another path: replace deletes the old one first (same name).
        if (change.action === 'replace') await deps.roles.deleteRole(role.name);
        const { arn } = await deps.roles.applyRole(spec);
        roleArns.set(role.name, arn);
        changed.push(role.name);
        return { liveId: arn };
      });
    }
    for (const name of changed) {
      const usable = await deps.roles.waitUntilRoleUsable(name);
      if (!usable) deps.log(`role/${name}: IAM has not shown the update everywhere yet; smoke tests will retry`);
    }
  }

  function credentialArn(integration: DesiredIntegration): string {
    if (integration.role.kind === 'managed') {
      const known = roleArns.get(integration.role.roleName);
      if (known) return known;
    }
    return credentialRoleArnFor(integration, desired, observed);
  }

  async function applyCredentials(): Promise<void> {
    for (const integration of desired.integrations) {
      const change = pending(credentialAddress(integration.credentialName));
      if (!change) continue;
      await run(change, async () => {
        const arn = credentialArn(integration);
        const existing = credentialIds.get(integration.credentialName);
        if (existing !== undefined) {
          await deps.genesys.updateCredential(existing, integration.credentialName, arn);
          return { liveId: existing };
        }
        const id = await deps.genesys.createCredential(integration.credentialName, arn);
        credentialIds.set(integration.credentialName, id);
        return { liveId: id };
      });
    }
  }

  async function applyIntegrations(): Promise<void> {
    const credentialKey = observed.genesys.credentialKey;
    for (const integration of desired.integrations) {
      const change = pending(integrationAddress(integration.name));
      if (!change) continue;
      await run(change, async () => {
        let id = integrationIds.get(integration.name);
        if (id === undefined) {
          id = await deps.genesys.createIntegration(integration.name);
          integrationIds.set(integration.name, id);
        }
        const credentialId = credentialIds.get(integration.credentialName);
        if (credentialId === undefined) throw new Error(`credential ${integration.credentialName} does not exist`);
        await deps.genesys.setIntegrationConfig(id, {
          name: integration.name,
          notes: integration.notes,
          credentials: { [credentialKey]: credentialId },
        });
        await deps.genesys.setIntegrationEnabled(id, integration.enabled);
        if (integration.enabled) {
          const state = await deps.genesys.waitForIntegrationState(id, 'ACTIVE', { timeoutMs: options.integrationActiveTimeoutMs ?? 60_000 });
          if (state !== 'ACTIVE') throw new Error(`integration ${id} reported ${state ?? 'no state'} instead of ACTIVE`);
        }
        return { liveId: id };
      });
    }
  }

  /** Returns false when any action failed (other actions still go ahead). */
  async function applyActions(): Promise<boolean> {
    let allPassed = true;
    const drafts = options.publishStrategy === 'draft'
      ? await deps.genesys.listDrafts([...integrationIds.values()])
      : [];
    for (const action of desired.dataActions) {
      const change = pending(actionAddress(action.integrationName, action.name));
      if (!change) continue;
      const integrationId = integrationIds.get(action.integrationName);
      try {
        await run(change, async () => {
          if (integrationId === undefined) throw new Error(`integration ${action.integrationName} does not exist`);
          const previousId = change.action === 'create' ? undefined : change.liveId;
          const liveId = options.publishStrategy === 'draft'
            ? await publishThroughDraft(change, action, integrationId, drafts)
            : await writeDirectly(change, action, integrationId);
          await runSmokeTests(change.address, action, liveId);
          const smokeFailed = smokeTests.some((test) => test.address === change.address && !test.passed);
          if (smokeFailed) throw new Error('published, but its smoke tests failed (see the smoke-test results)');
          return { liveId, ...(change.action === 'replace' && previousId !== undefined ? { previousId } : {}) };
        });
      } catch (error) {
        if (!(error instanceof StepFailed)) throw error;
        allPassed = false;
      }
    }
    return allPassed;
  }

  async function publishThroughDraft(
    change: ResourceChange,
    action: DesiredDataAction,
    integrationId: string,
    drafts: Awaited<ReturnType<GenesysProvider['listDrafts']>>,
  ): Promise<string> {
    if (change.action === 'update' && change.liveId !== undefined) {
      const draft = await deps.genesys.draftFromAction(change.liveId, action);
      await checkDraft(change.address, action, draft.id);
      return (await deps.genesys.publishDraft(draft.id, draft.version)).id;
    }
    // A draft left by an interrupted or failed earlier apply: remove it so the re-run makes no duplicate.
    const leftovers = drafts.filter(
      (candidate) =>
        candidate.integrationId === integrationId &&
        candidate.id !== change.liveId &&
        (candidate.name === action.name || candidate.name === replacementName(action.name)),
    );
    for (const leftover of leftovers) await deps.genesys.deleteDraft(leftover.id);

    if (change.action !== 'replace' || change.liveId === undefined) {
      const draft = await deps.genesys.createDraft(action, integrationId);
      await checkDraft(change.address, action, draft.id);
      return (await deps.genesys.publishDraft(draft.id, draft.version)).id;
    }
    // Replace: Genesys may refuse two actions with one name in an integration (the sandbox does; ❓ in
    // the reference), so the new action is drafted and tested under a temporary name while the old one
    // keeps serving; only then is the old one deleted and the draft renamed and published.
    const draft = await deps.genesys.createDraft({ ...action, name: replacementName(action.name) }, integrationId);
    await checkDraft(change.address, action, draft.id);
    await deps.genesys.deleteAction(change.liveId);
    const renamed = await deps.genesys.updateDraft(draft.id, action);
    return (await deps.genesys.publishDraft(draft.id, renamed.version)).id;
  }

  /** Draft validation, then every manifest test on the draft; throws (leaving it unpublished) on failure. */
  async function checkDraft(address: string, action: DesiredDataAction, draftId: string): Promise<void> {
    const validation = await deps.genesys.validateDraft(draftId);
    if (!validation.valid) throw new Error(`draft ${draftId} failed validation: ${validation.errors.join('; ')}`);
    for (const test of action.tests) {
      const result = await runOnce(address, action, draftId, test.name, 'draft-test', () =>
        deps.genesys.testDraft(draftId, test.input, action.timeoutSeconds),
      );
      if (!result.passed) {
        throw new Error(`draft ${draftId} left unpublished: test "${test.name}" failed: ${result.failures.join('; ')}`);
      }
    }
  }

  async function writeDirectly(change: ResourceChange, action: DesiredDataAction, integrationId: string): Promise<string> {
    if (change.action === 'update' && change.liveId !== undefined) {
      await deps.genesys.updateAction(change.liveId, action);
      return change.liveId;
    }
    if (change.action === 'replace' && change.liveId !== undefined) {
      // Same reasoning as the draft path: create under a temporary name, delete the old, then rename.
      const created = await deps.genesys.createAction({ ...action, name: replacementName(action.name) }, integrationId);
      await deps.genesys.deleteAction(change.liveId);
      await deps.genesys.updateAction(created.id, action);
      return created.id;
    }
    const created = await deps.genesys.createAction(action, integrationId);
    return created.id;
  }

  async function runOnce(
    address: string,
    action: DesiredDataAction,
    actionId: string,
    testName: string,
    endpoint: SmokeTestResult['endpoint'],
    call: () => Promise<ActionTestResult | Record<string, unknown>>,
  ): Promise<SmokeTestResult> {
    const test = action.tests.find((candidate) => candidate.name === testName);
    const attempts = endpoint === 'draft-test' ? 1 : Math.max(1, options.smokeAttempts ?? 3);
    let delay = options.smokeRetryDelayMs ?? 2000;
    let result: SmokeTestResult | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const started = deps.now();
      let smokeRun: SmokeRun;
      let trace: SmokeTestResult['trace'];
      try {
        const response = await call();
        const elapsedMs = deps.now() - started;
        if (endpoint === 'execute') {
          smokeRun = { success: true, output: response, elapsedMs };
        } else {
          const testResult = response as ActionTestResult;
          const error = errorText(testResult.error);
          smokeRun = { success: testResult.success, output: testResult.finalResult, elapsedMs, ...(error === undefined ? {} : { error }) };
          trace = traceOf(testResult);
        }
      } catch (error) {
        smokeRun = { success: false, error: describeError(error), output: undefined, elapsedMs: deps.now() - started };
      }
      const failures = judgeSmokeRun(smokeRun, {
        expect: test?.expect ?? {},
        outputContract: action.contract.output,
        timeoutSeconds: action.timeoutSeconds,
        secure: action.secure,
      });
      result = {
        address,
        actionId,
        testName,
        endpoint,
        passed: failures.length === 0,
        attempts: attempt,
        elapsedMs: smokeRun.elapsedMs,
        failures,
        ...(smokeRun.output === undefined ? {} : { output: action.secure ? SENSITIVE : smokeRun.output }),
        ...(failures.length > 0 && trace && !action.secure ? { trace } : {}),
      };
      if (result.passed || attempt === attempts) break;
      deps.log(`${address} test "${testName}": attempt ${attempt} failed, retrying in ${delay} ms (IAM changes can take seconds to reach Genesys)`);
      await deps.sleep(delay);
      delay *= 2;
    }
    smokeTests.push(result!);
    deps.log(`${address} ${endpoint} "${testName}": ${result!.passed ? 'passed' : `FAILED: ${result!.failures.join('; ')}`}`);
    return result!;
  }

  async function runSmokeTests(address: string, action: DesiredDataAction, actionId: string): Promise<void> {
    for (const test of action.tests) {
      await runOnce(address, action, actionId, test.name, 'test', () => deps.genesys.testAction(actionId, test.input, action.timeoutSeconds));
      if (test.execute) {
        await runOnce(address, action, actionId, test.name, 'execute', () => deps.genesys.executeAction(actionId, test.input, action.timeoutSeconds));
      }
    }
  }

  /** Deletes (prune only), reverse dependency order. Returns false when one failed. */
  async function applyDeletes(): Promise<boolean> {
    const deletes = plan.changes.filter((change) => change.action === 'delete');
    const order = ['action', 'integration', 'credential', 'role'] as const;
    try {
      for (const kind of order) {
        for (const change of deletes.filter((candidate) => candidate.kind === kind)) {
          await run(change, async () => {
            const id = change.liveId;
            if (id === undefined && kind !== 'role') throw new Error('no live id to delete');
            if (kind === 'action') await deps.genesys.deleteAction(id!);
            else if (kind === 'integration') await deps.genesys.deleteIntegration(id!);
            else if (kind === 'credential') await deps.genesys.deleteCredential(id!);
            else await deps.roles.deleteRole(change.name);
            return {};
          });
        }
      }
      return true;
    } catch (error) {
      if (!(error instanceof StepFailed)) throw error;
      return false;
    }
  }
}
