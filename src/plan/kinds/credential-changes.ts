/**
 * Genesys credentials: one `amazonWebServicesARN` credential per declared
 * credential name, holding the ARN of the role its integration uses. A
 * credential that a declared integration uses today but is re-pointed away
 * from is offered for deletion.
 */
import type { DesiredIntegration } from '../../model/desired-state.js';
import { credentialRoleArnFor } from '../../model/resolve-desired.js';
import type { CredentialShape } from '../comparable-shapes.js';
import { desiredCredentialShape, observedCredentialShape } from '../comparable-shapes.js';
import type { DriftRule } from '../drift.js';
import { driftNotes } from '../drift.js';
import type { FieldRules } from '../field-diff.js';
import type { KindPlan, PlanningContext } from '../planning-context.js';
import type { DeleteCandidate } from '../prune.js';
import { credentialAddress } from '../resource-address.js';
import { addRisk, compareResource, defaultReason, markAdopted } from '../resource-change.js';
import { sortedBy } from '../sorted-by.js';
import type { ResourceChange } from '../types.js';

export const CREDENTIAL_RULES: FieldRules = {
  isLeaf: () => false,
  // Genesys credentials are updated in place (PUT with name, type and fields).
  forcesReplace: (path) => path[0] === 'type',
  isSensitive: () => false,
};

/** Changes for every declared credential (once per name) and deletes for the ones re-pointed away from. */
export function planCredentialChanges(context: PlanningContext): KindPlan {
  const changes: ResourceChange[] = [];
  const planned = new Set<string>();
  for (const integration of sortedBy(context.desired.integrations, (candidate) => candidate.name)) {
    if (planned.has(integration.credentialName)) continue;
    planned.add(integration.credentialName);
    changes.push(planCredential(context, integration));
  }
  return { changes, deleteCandidates: credentialDeleteCandidates(context), checks: [] };
}

function planCredential(context: PlanningContext, integration: DesiredIntegration): ResourceChange {
  const name = integration.credentialName;
  const address = credentialAddress(name);
  const expectedArn = credentialRoleArnFor(integration, context.desired, context.observed);
  const live = context.liveCredentials.get(name);
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
  if (before !== null && !context.ownsGenesysResource('credentials', address)) markAdopted(change);
  if (change.action === 'replace') change.replaceReasons.push('the credential type changes');
  if (before !== null && before.roleArn !== null && before.roleArn !== expectedArn) {
    const drift = driftNotes(before, context.baseline?.credentials.get(address), repointedRule(context, integration, expectedArn));
    if (drift.length > 0) addRisk(change, 'drift', drift);
  }
  change.reason = defaultReason(change);
  return change;
}

/**
 * For a credential whose live ARN is not the declared one: drift when the
 * baseline held another ARN than the live one; without a baseline, when the
 * declared role is external or already exists at the declared ARN (otherwise
 * the pull request itself is what moves the ARN, e.g. a new role path).
 */
function repointedRule(context: PlanningContext, integration: DesiredIntegration, expectedArn: string): DriftRule<CredentialShape> {
  const note = (before: CredentialShape): string[] => [
    `the credential points at ${before.roleArn ?? '(unknown)'}, not the declared role ${expectedArn}`,
  ];
  const liveRole = integration.role.kind === 'managed' ? context.observed.roles[integration.role.roleName] : undefined;
  return {
    againstBaseline: (before, baseline) => (baseline.roleArn !== before.roleArn ? note(before) : []),
    withoutBaseline: (before) => (integration.role.kind === 'external' || liveRole?.arn === expectedArn ? note(before) : []),
  };
}

function credentialDeleteCandidates(context: PlanningContext): DeleteCandidate[] {
  const { observed } = context;
  const declaredNames = new Set(context.desired.integrations.map((integration) => integration.credentialName));
  const usedByDeclared = new Set<string>();
  for (const integration of context.liveIntegrations.values()) {
    const id = integration.config.credentials[observed.genesys.credentialKey];
    if (id !== undefined) usedByDeclared.add(id);
  }
  return sortedBy(observed.credentials, (credential) => credential.id)
    .filter((credential) => usedByDeclared.has(credential.id) && !declaredNames.has(credential.name))
    .map((credential): DeleteCandidate => ({
      address: credentialAddress(credential.name),
      kind: 'credential',
      name: credential.name,
      liveId: credential.id,
      before: observedCredentialShape(credential),
      rules: CREDENTIAL_RULES,
      why: 'used by a declared integration that the manifest re-points to another credential',
    }));
}
