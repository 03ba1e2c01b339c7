/**
 * Drift: live values that differ from what GitOps last set.
 *
 * With a baseline (the desired state of the commit last applied, e.g. the
 * pull request's base), every live field that differs from the baseline's
 * shape is drift, so a change the pull request itself makes is never called
 * drift. Without one, only values this tool never sets count: attached
 * managed policies, stray inline policies, a credential or integration that
 * points elsewhere than declared, an integration disabled by hand. Each kind
 * supplies both answers through one {@link driftNotes}.
 */
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import { credentialRoleArnFor, resolveDesiredRole } from '../model/resolve-desired.js';
import type { ActionShape, CredentialShape, IntegrationShape, RoleShape } from './comparable-shapes.js';
import { actionShape, desiredCredentialShape, desiredIntegrationShape, desiredRoleShape } from './comparable-shapes.js';
import type { FieldRules } from './field-diff.js';
import { diffFields } from './field-diff.js';
import { pathsOf } from './resource-change.js';
import { actionAddress, credentialAddress, integrationAddress, roleAddress } from './resource-address.js';

/** The baseline's desired shapes by address. */
export interface BaselineShapes {
  roles: Map<string, RoleShape>;
  credentials: Map<string, CredentialShape>;
  integrations: Map<string, IntegrationShape>;
  actions: Map<string, ActionShape>;
}

/** The baseline's shapes, resolved against today's live facts (org id, account) like the desired state is. */
export function baselineShapes(baseline: DesiredState, observed: ObservedState): BaselineShapes {
  const shapes: BaselineShapes = { roles: new Map(), credentials: new Map(), integrations: new Map(), actions: new Map() };
  for (const role of baseline.roles)
    shapes.roles.set(roleAddress(role.name), desiredRoleShape(resolveDesiredRole(role, observed, baseline)));
  for (const integration of baseline.integrations) {
    shapes.integrations.set(integrationAddress(integration.name), desiredIntegrationShape(integration));
    const roleArn = credentialRoleArnFor(integration, baseline, observed);
    shapes.credentials.set(credentialAddress(integration.credentialName), desiredCredentialShape(integration.credentialName, roleArn));
  }
  for (const action of baseline.dataActions) shapes.actions.set(actionAddress(action.integrationName, action.name), actionShape(action));
  return shapes;
}

/** How one kind recognizes drift, with and without a baseline. */
export interface DriftRule<S> {
  againstBaseline(before: S, baseline: S): string[];
  withoutBaseline(before: S): string[];
}

/** Notes describing how the live resource drifted; empty when it did not. */
export function driftNotes<S>(before: S, baseline: S | undefined, rule: DriftRule<S>): string[] {
  return baseline === undefined ? rule.withoutBaseline(before) : rule.againstBaseline(before, baseline);
}

/** The usual baseline comparison: every field that differs from the baseline, named in one note. */
export function fieldsChangedOutsideGitOps<S>(rules: FieldRules, hint = ''): (before: S, baseline: S) => string[] {
  return (before, baseline) => {
    const drifted = diffFields(before, baseline, rules);
    return drifted.length === 0 ? [] : [`${pathsOf(drifted)} changed outside GitOps${hint}`];
  };
}

/** Without a baseline, a role drifted when it has what this tool never writes. */
export function roleDriftHeuristics(before: RoleShape, after: RoleShape): string[] {
  const notes: string[] = [];
  const attached = before.attachedPolicyArns.filter((arn) => !after.attachedPolicyArns.includes(arn));
  if (attached.length > 0) notes.push(`managed policies attached outside GitOps: ${attached.join(', ')}`);
  const stray = Object.keys(before.inlinePolicies).filter((name) => !(name in after.inlinePolicies));
  if (stray.length > 0) notes.push(`inline policies not in the manifest: ${stray.join(', ')}`);
  return notes;
}

/**
 * Without a baseline, an integration drifted when someone disabled it, or
 * pointed it at another credential that exists (a credential about to be
 * created is the pull request's change, not drift).
 */
export function integrationDriftHeuristics(
  before: IntegrationShape,
  after: IntegrationShape,
  credentialExists: (name: string) => boolean,
): string[] {
  const notes: string[] = [];
  if (after.enabled && !before.enabled) notes.push('the integration was disabled outside GitOps');
  if (before.credential !== null && before.credential !== after.credential && credentialExists(after.credential ?? '')) {
    notes.push(`the integration uses credential ${before.credential}, not the declared ${after.credential ?? '(none)'}`);
  }
  return notes;
}
