/**
 * The planner: DesiredState + ObservedState → Plan. Pure, total (every input
 * gives a plan; inconsistencies become failed checks, not exceptions) and
 * deterministic (same inputs, same plan, same fingerprint).
 *
 * It composes one planner per resource kind (./kinds/), each of which
 * compares declared resources with the live ones matched to them
 * (./live-matching.ts), flags risks and drift (./drift.ts) and offers owned,
 * undeclared resources for deletion; ./prune.ts turns those into deletes or
 * skipped deletes. Decisions worth knowing:
 * - A data action that moves to another declared integration is one
 *   `replace` at its new address (Genesys cannot change an action's
 *   integration), not a delete plus a create: the user declared the move, so
 *   it happens whether prune is on or not, and the old id is `liveId`.
 * - Without a baseline, drift is only reported where the live value is one
 *   this tool never sets (attached managed policies, stray inline policies, a
 *   credential or integration pointing elsewhere than the declared role or
 *   credential, a disabled integration the manifest enables). With
 *   `baseline` (the desired state of the commit that was last applied, e.g.
 *   the pull request's base), every live field that differs from it is drift.
 */
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import { applyConsumers } from './action-consumers.js';
import { compareChanges } from './change-order.js';
import { runCrossChecks } from './cross-checks.js';
import { planCredentialChanges } from './kinds/credential-changes.js';
import { planDataActionChanges } from './kinds/data-action-changes.js';
import { planIntegrationChanges } from './kinds/integration-changes.js';
import { planRoleChanges } from './kinds/role-changes.js';
import { planFingerprint } from './plan-fingerprint.js';
import { summarizePlan } from './plan-summary.js';
import { plannedSmokeTests, testSecretChecks } from './planned-smoke-tests.js';
import type { KindPlan, PlanningContext } from './planning-context.js';
import { planningContext } from './planning-context.js';
import { planDeletes } from './prune.js';
import { usedRoleDeleteChecks } from './role-users.js';
import { actionAddress } from './resource-address.js';
import type { Plan, ResourceChange } from './types.js';

/** Options of {@link planChanges}. */
export interface PlanOptions {
  /** Plan deletes of owned resources that are no longer declared (otherwise they are only listed). */
  prune: boolean;
  /**
   * The desired state that was last applied (e.g. manifests at the pull
   * request's base commit). When given, live values that differ from it are
   * reported as drift; when absent, only the heuristics above apply.
   */
  baseline?: DesiredState;
  /**
   * Allow deleting (prune) data actions that published Architect flows still use, or whose
   * consumers could not be read; otherwise such a delete is a failed check. Default false.
   */
  allowDeletingUsedActions?: boolean;
  /**
   * Names of the secret test inputs (`{{ secrets.NAME }}`) that are set where
   * apply will run. Planned tests needing others are marked and warned about;
   * undefined when the caller cannot tell.
   */
  testSecrets?: ReadonlySet<string>;
}

/** The per-kind planners, in dependency order (their changes, deletes and checks are concatenated in this order). */
const KIND_PLANNERS: readonly ((context: PlanningContext) => KindPlan)[] = [
  planRoleChanges,
  planCredentialChanges,
  planIntegrationChanges,
  planDataActionChanges,
];

/**
 * Computes the plan. Never throws for inconsistent inputs: an account
 * mismatch, a dangling role reference or a trust policy with the wrong
 * external id become failed checks that the shells refuse to apply.
 */
export function planChanges(desired: DesiredState, observed: ObservedState, options: PlanOptions): Plan {
  const context = planningContext(desired, observed, options.baseline);
  const kinds = KIND_PLANNERS.map((planKind) => planKind(context));
  const deletes = planDeletes(
    kinds.flatMap((kind) => kind.deleteCandidates),
    options.prune,
  );
  const consumers = applyConsumers(
    [...kinds.flatMap((kind) => kind.changes), ...deletes.changes].sort(compareChanges),
    deletes.skippedDeletes,
    observed.architect,
    { environment: context.environment, allowDeletingUsedActions: options.allowDeletingUsedActions ?? false },
  );
  const { changes, skippedDeletes } = consumers;
  const smokeTests = plannedSmokeTests(desired, changedAddresses(changes), actionsOfChangedRoles(desired, changes), options.testSecrets);
  const checks = [
    ...runCrossChecks(desired, observed, context.liveCredentials),
    ...kinds.flatMap((kind) => kind.checks),
    ...consumers.checks,
    ...usedRoleDeleteChecks(deletes.changes, observed),
    ...testSecretChecks(smokeTests),
  ];
  return {
    formatVersion: 1,
    environment: context.environment,
    changes,
    skippedDeletes,
    superseded: kinds.flatMap((kind) => kind.superseded ?? []),
    checks,
    smokeTests,
    summary: { ...summarizePlan(changes, skippedDeletes, checks), consumingFlows: consumers.consumingFlows },
    fingerprint: planFingerprint(desired, observed, options.prune),
    prune: options.prune,
  };
}

/** Role fields that decide what Genesys may do through the role. */
const ROLE_POLICY_FIELDS = new Set(['trustPolicy', 'inlinePolicies', 'attachedPolicyArns']);

/** Addresses of the actions whose role apply creates, replaces, or changes the policies of. */
function actionsOfChangedRoles(desired: DesiredState, changes: readonly ResourceChange[]): Set<string> {
  const roles = new Set(
    changes
      .filter((change) => change.kind === 'role')
      .filter(
        (change) =>
          change.action === 'create' ||
          change.action === 'replace' ||
          (change.action === 'update' && change.fields.some((field) => ROLE_POLICY_FIELDS.has(String(field.path[0])))),
      )
      .map((change) => change.name),
  );
  const integrations = new Set(
    desired.integrations
      .filter((integration) => integration.role.kind === 'managed' && roles.has(integration.role.roleName))
      .map((integration) => integration.name),
  );
  return new Set(
    desired.dataActions
      .filter((action) => integrations.has(action.integrationName))
      .map((action) => actionAddress(action.integrationName, action.name)),
  );
}

/** Addresses of the resources apply writes (their smoke tests run); an adoption that writes nothing is not tested. */
function changedAddresses(changes: readonly ResourceChange[]): Set<string> {
  const written = changes.filter(
    (change) =>
      change.action === 'create' ||
      change.action === 'update' ||
      change.action === 'replace' ||
      (change.action === 'adopt' && change.fields.length > 0),
  );
  return new Set(written.map((change) => change.address));
}
