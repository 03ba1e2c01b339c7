/**
 * Genesys data actions. Genesys can change a published action's name,
 * category and config in place, but not its contract, its secure flag or its
 * integration: those replace the action, which gives it a new id that
 * Architect flows must be re-pointed to. Live actions of a declared
 * integration that nothing declares any more are offered for deletion;
 * those under a name a replace gave them are retired (./retired-actions.ts).
 */
import { findBreakingContractChanges } from '../contract-compatibility.js';
import type { ActionShape } from '../comparable-shapes.js';
import { actionShape } from '../comparable-shapes.js';
import { driftNotes, fieldsChangedOutsideGitOps } from '../drift.js';
import type { FieldRules } from '../field-diff.js';
import { credentialLikeKeyIn } from '../field-diff.js';
import type { LiveActionMatch, UnmatchedLiveAction } from '../live-matching.js';
import { matchLiveActions } from '../live-matching.js';
import type { KindPlan, PlanningContext } from '../planning-context.js';
import type { DeleteCandidate } from '../prune.js';
import { actionAddress } from '../resource-address.js';
import { addRisk, compareResource, defaultReason, markAdopted } from '../resource-change.js';
import { sortedBy } from '../sorted-by.js';
import type { FieldDiff, ResourceChange } from '../types.js';
import { planRetiredActions } from './retired-actions.js';

export const ACTION_RULES: FieldRules = {
  isLeaf: (path) => path.length > 0 && (path[path.length - 1] === 'required' || path[path.length - 1] === 'enum'),
  // PATCH /integrations/actions/{id} takes only name, category and config: contract and secure need a new action.
  forcesReplace: (path) => path[0] === 'contract' || path[0] === 'secure',
  isSensitive: credentialLikeKeyIn(['headers']),
};

const REPOINT_FLOWS =
  'Published Architect flows call the old action by id: it is kept under a superseded name while they use it; republish them onto the new action, and a later apply deletes the old one.';

/** Changes for every declared action (by address), deletes for unmatched live ones, and the retired ones. */
export function planDataActionChanges(context: PlanningContext): KindPlan {
  const actions = sortedBy(context.desired.dataActions, (action) => actionAddress(action.integrationName, action.name));
  const { matches, unmatched, retired } = matchLiveActions(actions, context.observed, context.liveIntegrations);
  const retirements = planRetiredActions(context, retired, ACTION_RULES);
  return {
    changes: [...matches.map((match) => planAction(context, match)), ...retirements.changes],
    deleteCandidates: unmatched.map(actionDeleteCandidate),
    checks: [],
    superseded: retirements.superseded,
  };
}

function planAction(context: PlanningContext, { action, live, movedFrom, renamedFrom }: LiveActionMatch): ResourceChange {
  const address = actionAddress(action.integrationName, action.name);
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
      change.replaceReasons.push(
        `it moves from integration ${movedFrom} to ${action.integrationName}, and Genesys cannot change an action's integration`,
      );
    }
    change.replaceReasons.push(...fieldReplaceReasons(change));
    if (change.action === 'replace') addReplaceRisks(change, before, after);
    else if (!context.ownsGenesysResource('actions', address)) markAdopted(change);
    const drift = driftNotes(before, context.baseline?.actions.get(address), {
      againstBaseline: fieldsChangedOutsideGitOps(ACTION_RULES, ' (e.g. edited in the Genesys UI)'),
      // Every field of an action is one this tool sets: without a baseline, a live edit looks like the pull request's change.
      withoutBaseline: () => [],
    });
    if (drift.length > 0) addRisk(change, 'drift', drift);
  }
  if (renamedFrom !== undefined) finishInterruptedReplace(change, renamedFrom, action.name);
  change.reason = defaultReason(change);
  if (renamedFrom !== undefined) {
    change.reason += `; an earlier apply stopped before the replacement took the name, and this gives it the name`;
  }
  return change;
}

/** The live action is the replacement an interrupted replace published under its temporary name: it takes the real name. */
function finishInterruptedReplace(change: ResourceChange, temporaryName: string, name: string): void {
  const rename: FieldDiff = { path: ['name'], kind: 'update', before: temporaryName, after: name, forcesReplace: false, sensitive: false };
  change.fields.unshift(rename);
  if (change.action === 'no-op') change.action = 'update';
}

function fieldReplaceReasons(change: ResourceChange): string[] {
  const reasons: string[] = [];
  if (change.fields.some((diff) => diff.path[0] === 'contract')) reasons.push("Genesys cannot change a published action's contract");
  if (change.fields.some((diff) => diff.path[0] === 'secure')) reasons.push("Genesys cannot change a published action's secure flag");
  return reasons;
}

function addReplaceRisks(change: ResourceChange, before: ActionShape, after: ActionShape): void {
  addRisk(change, 'repoint-flows', [REPOINT_FLOWS]);
  const breaking = findBreakingContractChanges(before.contract, after.contract);
  if (breaking.length > 0) addRisk(change, 'breaking-contract', breaking);
}

function actionDeleteCandidate({ live, integrationName }: UnmatchedLiveAction): DeleteCandidate {
  return {
    address: actionAddress(integrationName, live.name),
    kind: 'action',
    name: live.name,
    liveId: live.id,
    before: actionShape(live),
    rules: ACTION_RULES,
    why: `in the declared integration ${integrationName} and no longer declared`,
  };
}
