/**
 * The planner: DesiredState + ObservedState → Plan. Pure, total (every input
 * gives a plan; inconsistencies become failed checks, not exceptions) and
 * deterministic (same inputs, same plan, same fingerprint).
 *
 * Decisions worth knowing:
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
import type { CanonicalPolicyDocument } from '../iam/policy-document.js';
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedCredential, ObservedDataAction, ObservedIntegration, ObservedState } from '../model/observed-state.js';
import { ENVIRONMENT_TAG, MANAGED_BY_TAG, MANAGED_BY_VALUE } from '../model/observed-state.js';
import { compareChanges } from './change-order.js';
import type { ActionShape, CredentialShape, IntegrationShape, RoleShape } from './comparable-shapes.js';
import {
  credentialRoleArnFor,
  desiredCredentialShape,
  desiredIntegrationShape,
  desiredRoleShape,
  isManagedRole,
  actionShape,
  observedCredentialShape,
  observedIntegrationShape,
  observedRoleShape,
  resolveDesiredRole,
  roleArnFor,
  targetAwsAccountId,
} from './comparable-shapes.js';
import { findBreakingContractChanges } from './contract-compatibility.js';
import { runCrossChecks } from './cross-checks.js';
import type { FieldRules } from './field-diff.js';
import { credentialLikeKeyIn, diffFields, formatFieldPath, redactShape } from './field-diff.js';
import { planFingerprint } from './plan-fingerprint.js';
import { summarizePlan } from './plan-summary.js';
import { plannedSmokeTests } from './planned-smoke-tests.js';
import { findPolicyBroadening } from './policy-broadening.js';
import { actionAddress, credentialAddress, integrationAddress, roleAddress } from './resource-address.js';
import type { CrossCheck, FieldDiff, Plan, ResourceChange, ResourceKind, RiskFlag, SkippedDelete } from './types.js';

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
}

const ROLE_RULES: FieldRules = {
  isLeaf: (path) => path[0] === 'trustPolicy' || (path[0] === 'inlinePolicies' && path.length === 2),
  forcesReplace: (path) => path[0] === 'path',
  isSensitive: credentialLikeKeyIn(['tags']),
};

const CREDENTIAL_RULES: FieldRules = {
  isLeaf: () => false,
  // Genesys credentials are updated in place (PUT with name, type and fields).
  forcesReplace: (path) => path[0] === 'type',
  isSensitive: () => false,
};

const INTEGRATION_RULES: FieldRules = {
  isLeaf: () => false,
  forcesReplace: () => false,
  isSensitive: () => false,
};

const ACTION_RULES: FieldRules = {
  isLeaf: (path) => path.length > 0 && (path[path.length - 1] === 'required' || path[path.length - 1] === 'enum'),
  // PATCH /integrations/actions/{id} takes only name, category and config: contract and secure need a new action.
  forcesReplace: (path) => path[0] === 'contract' || path[0] === 'secure',
  isSensitive: credentialLikeKeyIn(['headers']),
};

const REPOINT_FLOWS = 'Architect flows that call the old action id must be re-pointed to the new one.';

function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function pathsOf(diffs: readonly FieldDiff[]): string {
  return diffs.map((diff) => formatFieldPath(diff.path)).join(', ');
}

function allStatements(policies: Record<string, CanonicalPolicyDocument>): CanonicalPolicyDocument {
  return { Version: '2012-10-17', Statement: Object.values(policies).flatMap((document) => document.Statement) };
}

/** Builds one change from before/after shapes; the caller adds risks and reasons. */
function compareResource(input: {
  address: string;
  kind: ResourceKind;
  name: string;
  liveId: string | undefined;
  before: unknown;
  after: unknown;
  rules: FieldRules;
  source: ResourceChange['source'] | undefined;
  ignoreFields?: (diff: FieldDiff) => boolean;
}): ResourceChange {
  const fields = diffFields(input.before, input.after, input.rules).filter((diff) => !(input.ignoreFields?.(diff) ?? false));
  // "Cannot change in place" means nothing for a resource that is created or deleted as a whole.
  if (input.before === null || input.after === null) for (const field of fields) field.forcesReplace = false;
  let action: ResourceChange['action'];
  if (input.before === null) action = 'create';
  else if (input.after === null) action = 'delete';
  else if (fields.length === 0) action = 'no-op';
  else if (fields.some((diff) => diff.forcesReplace)) action = 'replace';
  else action = 'update';
  const change: ResourceChange = {
    address: input.address,
    kind: input.kind,
    name: input.name,
    action,
    before: input.before === null ? null : redactShape(input.before, input.rules),
    after: input.after === null ? null : redactShape(input.after, input.rules),
    fields,
    replaceReasons: [],
    reason: '',
    risks: action === 'replace' || action === 'delete' ? ['destructive'] : [],
  };
  if (input.liveId !== undefined) change.liveId = input.liveId;
  if (input.source !== undefined) change.source = { file: input.source.file, line: input.source.line, column: input.source.column };
  return change;
}

function addRisk(change: ResourceChange, risk: RiskFlag, notes: readonly string[] = []): void {
  if (!change.risks.includes(risk)) change.risks.push(risk);
  if (notes.length > 0) {
    change.riskNotes ??= {};
    change.riskNotes[risk] = [...(change.riskNotes[risk] ?? []), ...notes];
  }
}

function defaultReason(change: ResourceChange): string {
  switch (change.action) {
    case 'create':
      return 'declared, does not exist yet';
    case 'update':
      return `${change.fields.length} field(s) differ: ${pathsOf(change.fields)}`;
    case 'replace':
      return `cannot be changed in place: ${change.replaceReasons.join('; ')}`;
    case 'delete':
      return 'owned and no longer declared';
    case 'no-op':
      return 'matches the manifest';
    default: {
      const unreachable: never = change.action;
      return unreachable;
    }
  }
}

/** Fields where the live value differs from the baseline's (what the last apply set). */
function baselineDrift(before: unknown, baselineShape: unknown, rules: FieldRules): FieldDiff[] {
  if (baselineShape === undefined || before === null) return [];
  return diffFields(before, baselineShape, rules);
}

/** Picks one live integration per declared name (the lowest id when duplicates exist). */
function matchIntegrations(desired: DesiredState, observed: ObservedState): Map<string, ObservedIntegration> {
  const matched = new Map<string, ObservedIntegration>();
  for (const integration of byId(observed.integrations)) {
    const name = integration.config.name || integration.name;
    const declared = desired.integrations.some((candidate) => candidate.name === name);
    if (declared && !matched.has(name)) matched.set(name, integration);
  }
  return matched;
}

function matchCredentials(observed: ObservedState): Map<string, ObservedCredential> {
  const matched = new Map<string, ObservedCredential>();
  for (const credential of byId(observed.credentials)) if (!matched.has(credential.name)) matched.set(credential.name, credential);
  return matched;
}

interface DesiredShapes {
  roles: Map<string, RoleShape>;
  credentials: Map<string, CredentialShape>;
  integrations: Map<string, IntegrationShape>;
  actions: Map<string, ActionShape>;
}

/** Desired shapes by address, for the baseline comparison. */
function shapesOf(state: DesiredState, observed: ObservedState): DesiredShapes {
  const shapes: DesiredShapes = { roles: new Map(), credentials: new Map(), integrations: new Map(), actions: new Map() };
  for (const role of state.roles) shapes.roles.set(roleAddress(role.name), desiredRoleShape(resolveDesiredRole(role, observed, state)));
  for (const integration of state.integrations) {
    shapes.integrations.set(integrationAddress(integration.name), desiredIntegrationShape(integration));
    shapes.credentials.set(
      credentialAddress(integration.credentialName),
      desiredCredentialShape(integration.credentialName, credentialRoleArnFor(integration, state, observed)),
    );
  }
  for (const action of state.dataActions) {
    shapes.actions.set(actionAddress(action.integrationName, action.name), actionShape(action));
  }
  return shapes;
}

interface DeleteCandidate {
  address: string;
  kind: ResourceKind;
  name: string;
  liveId: string;
  before: unknown;
  rules: FieldRules;
  why: string;
}

/**
 * Computes the plan. Never throws for inconsistent inputs: an account
 * mismatch, a dangling role reference or a trust policy with the wrong
 * external id become failed checks that the shells refuse to apply.
 */
export function planChanges(desired: DesiredState, observed: ObservedState, options: PlanOptions): Plan {
  const environment = desired.environment.name;
  const accountId = targetAwsAccountId(desired, observed);
  const baseline = options.baseline === undefined ? undefined : shapesOf(options.baseline, observed);
  const changes: ResourceChange[] = [];
  const deleteCandidates: DeleteCandidate[] = [];
  const extraChecks: CrossCheck[] = [];

  // Roles.
  for (const role of byName(desired.roles)) {
    const address = roleAddress(role.name);
    const spec = resolveDesiredRole(role, observed, desired);
    const after = desiredRoleShape(spec);
    const live = observed.roles[role.name];
    const before = live === undefined ? null : observedRoleShape(live);
    const change = compareResource({
      address,
      kind: 'role',
      name: role.name,
      liveId: live?.arn,
      before,
      after,
      rules: ROLE_RULES,
      source: role.source,
    });
    const notes: string[] = [];
    if (before !== null && live !== undefined) {
      if (change.action === 'replace') {
        change.replaceReasons.push(
          `IAM cannot move a role to another path (${before.path} → ${after.path}): it is deleted and re-created as ${roleArnFor(accountId, after.path, role.name)}`,
        );
      }
      const broadened = [
        ...findPolicyBroadening(before.trustPolicy, after.trustPolicy).map((finding) => `trust policy: ${finding}`),
        ...findPolicyBroadening(allStatements(before.inlinePolicies), allStatements(after.inlinePolicies)).map(
          (finding) => `permission policy: ${finding}`,
        ),
      ];
      if (broadened.length > 0) {
        addRisk(change, 'permissions-broadened', broadened);
      }
      const owner = live.tags[MANAGED_BY_TAG] === MANAGED_BY_VALUE ? live.tags[ENVIRONMENT_TAG] : undefined;
      if (owner !== undefined && owner !== environment) {
        // Taking it over would silently break the other environment's integration.
        extraChecks.push({
          code: 'role-ownership',
          status: 'fail',
          address,
          message: `The role is managed by environment ${owner}; two environments cannot share one role. Give this environment's role another name.`,
        });
      } else if (!isManagedRole(live, environment)) {
        notes.push(`adopts an existing role not tagged as managed for ${environment}`);
      }
      const drift: string[] = [];
      const baselineShape = baseline?.roles.get(address);
      if (baselineShape !== undefined) {
        const drifted = baselineDrift(before, baselineShape, ROLE_RULES);
        if (drifted.length > 0) drift.push(`${pathsOf(drifted)} changed outside GitOps`);
      } else {
        if (before.attachedPolicyArns.length > 0) drift.push(`managed policies attached outside GitOps: ${before.attachedPolicyArns.join(', ')}`);
        const stray = Object.keys(before.inlinePolicies).filter((name) => !(name in after.inlinePolicies));
        if (stray.length > 0) drift.push(`inline policies not in the manifest: ${stray.join(', ')}`);
      }
      if (drift.length > 0) addRisk(change, 'drift', drift);
    }
    change.reason = [defaultReason(change), ...notes].join('; ');
    changes.push(change);
  }
  for (const name of Object.keys(observed.roles).sort()) {
    const live = observed.roles[name];
    if (live === undefined || !isManagedRole(live, environment)) continue;
    if (desired.roles.some((role) => role.name === name)) continue;
    deleteCandidates.push({
      address: roleAddress(name),
      kind: 'role',
      name,
      liveId: live.arn,
      before: observedRoleShape(live),
      rules: ROLE_RULES,
      why: `tagged as managed for ${environment} and no longer declared`,
    });
  }

  // Credentials.
  const liveCredentials = matchCredentials(observed);
  const liveIntegrations = matchIntegrations(desired, observed);
  const declaredCredentialNames = new Set(desired.integrations.map((integration) => integration.credentialName));
  const plannedCredentials = new Set<string>();
  for (const integration of byName(desired.integrations)) {
    const name = integration.credentialName;
    if (plannedCredentials.has(name)) continue;
    plannedCredentials.add(name);
    const address = credentialAddress(name);
    const expectedArn = credentialRoleArnFor(integration, desired, observed);
    const live = liveCredentials.get(name);
    const before = live === undefined ? null : observedCredentialShape(live);
    const change = compareResource({
      address,
      kind: 'credential',
      name,
      liveId: live?.id,
      before,
      after: desiredCredentialShape(name, expectedArn),
      rules: CREDENTIAL_RULES,
      source: integration.source,
      // An unreadable ARN is not a difference; the credential-role-arn check says it is unverifiable.
      ignoreFields: (diff) => diff.path[0] === 'roleArn' && diff.before === null,
    });
    if (change.action === 'replace') change.replaceReasons.push('the credential type changes');
    if (before !== null && before.roleArn !== null && before.roleArn !== expectedArn) {
      const baselineShape = baseline?.credentials.get(address);
      const liveRole = integration.role.kind === 'managed' ? observed.roles[integration.role.roleName] : undefined;
      const drifted =
        baselineShape !== undefined
          ? baselineShape.roleArn !== before.roleArn
          : integration.role.kind === 'external' || (liveRole !== undefined && liveRole.arn === expectedArn);
      if (drifted) {
        const note = `the credential points at ${before.roleArn}, not the declared role ${expectedArn}`;
        addRisk(change, 'drift', [note]);
      }
    }
    change.reason = defaultReason(change);
    changes.push(change);
  }
  const referencedByDeclared = new Set<string>();
  for (const integration of liveIntegrations.values()) {
    const id = integration.config.credentials[observed.genesys.credentialKey];
    if (id !== undefined) referencedByDeclared.add(id);
  }
  for (const credential of byId(observed.credentials)) {
    if (!referencedByDeclared.has(credential.id) || declaredCredentialNames.has(credential.name)) continue;
    deleteCandidates.push({
      address: credentialAddress(credential.name),
      kind: 'credential',
      name: credential.name,
      liveId: credential.id,
      before: observedCredentialShape(credential),
      rules: CREDENTIAL_RULES,
      why: 'used by a declared integration that the manifest re-points to another credential',
    });
  }

  // Integrations (owned only when declared, so never deleted).
  for (const integration of byName(desired.integrations)) {
    const address = integrationAddress(integration.name);
    const live = liveIntegrations.get(integration.name);
    const before = live === undefined ? null : observedIntegrationShape(live, observed.genesys.credentialKey, observed.credentials);
    const after = desiredIntegrationShape(integration);
    const change = compareResource({
      address,
      kind: 'integration',
      name: integration.name,
      liveId: live?.id,
      before,
      after,
      rules: INTEGRATION_RULES,
      source: integration.source,
    });
    if (before !== null && live !== undefined) {
      const duplicates = observed.integrations.filter((candidate) => (candidate.config.name || candidate.name) === integration.name);
      if (duplicates.length > 1) {
        extraChecks.push({
          code: 'duplicate-integration',
          status: 'warn',
          address,
          message: `${duplicates.length} integrations are named ${integration.name}; the plan manages ${live.id} and leaves the others alone.`,
        });
      }
      if (live.reportedState === 'ERROR') {
        extraChecks.push({ code: 'integration-state', status: 'warn', address, message: 'Genesys reports the integration in state ERROR.' });
      }
      const drift: string[] = [];
      const baselineShape = baseline?.integrations.get(address);
      if (baselineShape !== undefined) {
        const drifted = baselineDrift(before, baselineShape, INTEGRATION_RULES);
        if (drifted.length > 0) drift.push(`${pathsOf(drifted)} changed outside GitOps`);
      } else {
        if (after.enabled && !before.enabled) drift.push('the integration was disabled outside GitOps');
        if (before.credential !== null && before.credential !== after.credential && liveCredentials.has(after.credential ?? '')) {
          drift.push(`the integration uses credential ${before.credential}, not the declared ${after.credential ?? '(none)'}`);
        }
      }
      if (drift.length > 0) addRisk(change, 'drift', drift);
    }
    change.reason = defaultReason(change);
    changes.push(change);
  }

  // Data actions.
  const integrationNameById = new Map<string, string>();
  for (const [name, integration] of liveIntegrations) integrationNameById.set(integration.id, name);
  const ownedLiveActions = byId(observed.dataActions).filter((action) => integrationNameById.has(action.integrationId));
  const isDeclared = (integrationName: string, actionName: string): boolean =>
    desired.dataActions.some((action) => action.integrationName === integrationName && action.name === actionName);
  const consumed = new Set<string>();
  const sortedActions = [...desired.dataActions].sort((a, b) => {
    const left = actionAddress(a.integrationName, a.name);
    const right = actionAddress(b.integrationName, b.name);
    return left < right ? -1 : left > right ? 1 : 0;
  });
  for (const action of sortedActions) {
    const address = actionAddress(action.integrationName, action.name);
    const integrationId = liveIntegrations.get(action.integrationName)?.id;
    let live: ObservedDataAction | undefined = ownedLiveActions.find(
      (candidate) => candidate.integrationId === integrationId && candidate.name === action.name && !consumed.has(candidate.id),
    );
    let movedFrom: string | undefined;
    if (live === undefined) {
      live = ownedLiveActions.find((candidate) => {
        const from = integrationNameById.get(candidate.integrationId) ?? '';
        return candidate.name === action.name && from !== action.integrationName && !isDeclared(from, candidate.name) && !consumed.has(candidate.id);
      });
      if (live !== undefined) movedFrom = integrationNameById.get(live.integrationId);
    }
    if (live !== undefined) consumed.add(live.id);
    const before = live === undefined ? null : actionShape(live);
    const after = actionShape(action);
    const change = compareResource({
      address,
      kind: 'action',
      name: action.name,
      liveId: live?.id,
      before,
      after,
      rules: ACTION_RULES,
      source: action.source,
    });
    if (before !== null) {
      if (movedFrom !== undefined) {
        change.action = 'replace';
        addRisk(change, 'destructive');
        change.replaceReasons.push(`it moves from integration ${movedFrom} to ${action.integrationName}, and Genesys cannot change an action's integration`);
      }
      if (change.fields.some((diff) => diff.path[0] === 'contract')) {
        change.replaceReasons.push('Genesys cannot change a published action\'s contract');
      }
      if (change.fields.some((diff) => diff.path[0] === 'secure')) {
        change.replaceReasons.push('Genesys cannot change a published action\'s secure flag');
      }
      if (change.action === 'replace') {
        addRisk(change, 'repoint-flows', [REPOINT_FLOWS]);
        const breaking = findBreakingContractChanges(before.contract, after.contract);
        if (breaking.length > 0) {
          addRisk(change, 'breaking-contract', breaking);
        }
      }
      const baselineShape = baseline?.actions.get(address);
      if (baselineShape !== undefined) {
        const drifted = baselineDrift(before, baselineShape, ACTION_RULES);
        if (drifted.length > 0) {
          const note = `${pathsOf(drifted)} changed outside GitOps (e.g. edited in the Genesys UI)`;
          addRisk(change, 'drift', [note]);
        }
      }
    }
    change.reason = defaultReason(change);
    changes.push(change);
  }
  for (const live of ownedLiveActions) {
    if (consumed.has(live.id)) continue;
    const integrationName = integrationNameById.get(live.integrationId) ?? live.integrationId;
    deleteCandidates.push({
      address: actionAddress(integrationName, live.name),
      kind: 'action',
      name: live.name,
      liveId: live.id,
      before: actionShape(live),
      rules: ACTION_RULES,
      why: `in the declared integration ${integrationName} and no longer declared`,
    });
  }

  // Deletes: planned with prune, otherwise only listed.
  const skippedDeletes: SkippedDelete[] = [];
  for (const candidate of deleteCandidates) {
    if (options.prune) {
      const change = compareResource({
        address: candidate.address,
        kind: candidate.kind,
        name: candidate.name,
        liveId: candidate.liveId,
        before: candidate.before,
        after: null,
        rules: candidate.rules,
        source: undefined,
      });
      if (candidate.kind === 'action') {
        addRisk(change, 'repoint-flows', ['Architect flows that still call this data action will fail.']);
      }
      change.reason = candidate.why;
      changes.push(change);
    } else {
      skippedDeletes.push({
        address: candidate.address,
        kind: candidate.kind,
        name: candidate.name,
        liveId: candidate.liveId,
        reason: `would delete, prune is off: ${candidate.why}`,
      });
    }
  }

  changes.sort(compareChanges);
  skippedDeletes.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const checks = [...runCrossChecks(desired, observed, liveCredentials), ...extraChecks];
  return {
    formatVersion: 1,
    environment,
    changes,
    skippedDeletes,
    checks,
    smokeTests: plannedSmokeTests(
      desired,
      new Set(changes.filter((change) => change.action === 'create' || change.action === 'update' || change.action === 'replace').map((change) => change.address)),
    ),
    summary: summarizePlan(changes, skippedDeletes, checks),
    fingerprint: planFingerprint(desired, observed, options.prune),
    prune: options.prune,
  };
}

