/**
 * Genesys `aws-lambda-data-actions` integrations. They are owned only when
 * declared, so they are never deleted; duplicates by name and an integration
 * Genesys reports in ERROR become warnings.
 */
import type { DesiredIntegration } from '../../model/desired-state.js';
import type { ObservedIntegration } from '../../model/observed-state.js';
import { desiredIntegrationShape, observedIntegrationShape } from '../comparable-shapes.js';
import { driftNotes, fieldsChangedOutsideGitOps, integrationDriftHeuristics } from '../drift.js';
import type { FieldRules } from '../field-diff.js';
import { integrationNameOf } from '../live-matching.js';
import type { KindPlan, PlanningContext } from '../planning-context.js';
import { integrationAddress } from '../resource-address.js';
import { addRisk, compareResource, defaultReason, markAdopted } from '../resource-change.js';
import { sortedBy } from '../sorted-by.js';
import type { CrossCheck, ResourceChange } from '../types.js';

export const INTEGRATION_RULES: FieldRules = {
  isLeaf: () => false,
  forcesReplace: () => false,
  isSensitive: () => false,
};

/** Changes for every declared integration, with the duplicate and state warnings. */
export function planIntegrationChanges(context: PlanningContext): KindPlan {
  const changes: ResourceChange[] = [];
  const checks: CrossCheck[] = [];
  for (const integration of sortedBy(context.desired.integrations, (candidate) => candidate.name)) {
    const planned = planIntegration(context, integration);
    changes.push(planned.change);
    checks.push(...planned.checks);
  }
  return { changes, deleteCandidates: [], checks };
}

function planIntegration(context: PlanningContext, integration: DesiredIntegration): { change: ResourceChange; checks: CrossCheck[] } {
  const { observed } = context;
  const address = integrationAddress(integration.name);
  const live = context.liveIntegrations.get(integration.name);
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
  if (before !== null && !context.ownsGenesysResource('integrations', address)) markAdopted(change);
  const checks: CrossCheck[] = [];
  if (before !== null && live !== undefined) {
    checks.push(...liveIntegrationChecks(context, live, integration.name, address));
    const drift = driftNotes(before, context.baseline?.integrations.get(address), {
      againstBaseline: fieldsChangedOutsideGitOps(INTEGRATION_RULES),
      withoutBaseline: (shape) => integrationDriftHeuristics(shape, after, (name) => context.liveCredentials.has(name)),
    });
    if (drift.length > 0) addRisk(change, 'drift', drift);
  }
  change.reason = defaultReason(change);
  return { change, checks };
}

function liveIntegrationChecks(context: PlanningContext, live: ObservedIntegration, name: string, address: string): CrossCheck[] {
  const checks: CrossCheck[] = [];
  const duplicates = context.observed.integrations.filter((candidate) => integrationNameOf(candidate) === name);
  if (duplicates.length > 1) {
    const message = `${duplicates.length} integrations are named ${name}; the plan manages ${live.id} and leaves the others alone.`;
    checks.push({ code: 'duplicate-integration', status: 'warn', address, message });
  }
  if (live.reportedState === 'ERROR') {
    checks.push({ code: 'integration-state', status: 'warn', address, message: 'Genesys reports the integration in state ERROR.' });
  }
  return checks;
}
