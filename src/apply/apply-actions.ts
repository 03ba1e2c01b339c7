/**
 * Data actions, after their integrations: each planned action is published
 * by the chosen strategy, then smoke-tested. One action's failure does not
 * stop the others, as actions do not depend on each other; it does stop prune.
 *
 * A replace ends with the old action under a superseded name (the publishers
 * swap the names); once the new one passes its smoke tests, the old one is
 * deleted if no published flow uses it, and kept, still serving, if one does
 * or if that cannot be read. A later apply deletes it once its flows moved.
 */
import { assertNever } from '../model/assert-never.js';
import type { DesiredDataAction } from '../model/desired-state.js';
import { actionAddress } from '../plan/resource-address.js';
import type { ResourceChange } from '../plan/types.js';
import type { ApplyContext } from './apply-context.js';
import type { SmokeTestResult } from './apply-report.js';
import { readActionUsage } from './action-usage.js';
import { createDirectPublisher } from './direct-publisher.js';
import { createDraftPublisher } from './draft-publisher.js';
import { createLifecycleNameBook } from './lifecycle-name-book.js';
import type { ActionPublisher, SupersededOld } from './publish-action.js';
import { applied, failed, type StepResult } from './step-log.js';

/** True when every planned action applied and passed its smoke tests. */
export async function applyActions(context: ApplyContext): Promise<boolean> {
  const publisher = await publisherFor(context);
  let allApplied = true;
  for (const action of context.desired.dataActions) {
    const change = context.pendingChange(actionAddress(action.integrationName, action.name));
    if (!change) continue;
    if (!(await context.steps.record(change, () => applyAction(context, publisher, change, action)))) allApplied = false;
  }
  return allApplied;
}

async function publisherFor(context: ApplyContext): Promise<ActionPublisher> {
  const { genesys } = context.deps;
  const strategy = context.options.publishStrategy;
  const liveActions = context.observed.dataActions;
  const names = createLifecycleNameBook(liveActions, context.deps.now);
  const liveIntegrationOf = (actionId: string): string | undefined => liveActions.find((live) => live.id === actionId)?.integrationId;
  switch (strategy) {
    case 'draft':
      return createDraftPublisher({ genesys, smokeTest: context.smokeTest, names, liveIntegrationOf }, [
        ...context.ids.integrationIds.values(),
      ]);
    case 'direct':
      return createDirectPublisher(genesys, names, liveIntegrationOf);
    default:
      return assertNever(strategy, 'publish strategy');
  }
}

async function applyAction(
  context: ApplyContext,
  publisher: ActionPublisher,
  change: ResourceChange,
  action: DesiredDataAction,
): Promise<StepResult> {
  const integrationId = context.ids.integrationIds.get(action.integrationName);
  if (integrationId === undefined) return failed(`integration ${action.integrationName} does not exist`);
  const publication = await publisher.publish(change, action, integrationId);
  if (!publication.published) return failed(publication.message);
  const { liveId, superseded } = publication;
  const results = await testPublished(context, change.address, action, liveId);
  if (results.some((result) => !result.passed)) {
    const kept = superseded === undefined ? '' : `; the old action ${superseded.id} stays published as "${superseded.name}"`;
    return failed(`published, but its smoke tests failed (see the smoke-test results)${kept}`);
  }
  // Only a replace has a superseded old action (both publishers swap names for every replace).
  if (superseded === undefined) return applied({ liveId });
  return applied({ liveId, previousId: superseded.id, ...(await retireSuperseded(context, superseded)) });
}

/** Deletes the old action of a replace when nothing uses it; otherwise says why it stays. */
async function retireSuperseded(context: ApplyContext, old: SupersededOld): Promise<{ superseded?: SupersededOld; message?: string }> {
  const secure = context.observed.dataActions.find((live) => live.id === old.id)?.secure ?? false;
  const usage = await readActionUsage(context.deps.genesys, { id: old.id, secure }, { requireCurrentIndex: true });
  if (usage.inUse) {
    return {
      superseded: old,
      message: `the old action ${old.id} is kept as "${old.name}": ${usage.why}; a later apply deletes it once unused`,
    };
  }
  await context.deps.genesys.deleteAction(old.id);
  return { message: `the old action ${old.id} was deleted: no published flow uses it` };
}

/** Every manifest test through /test, and through /execute too where the test asks for it. */
export async function testPublished(
  context: ApplyContext,
  address: string,
  action: DesiredDataAction,
  actionId: string,
): Promise<SmokeTestResult[]> {
  const results: SmokeTestResult[] = [];
  for (const test of action.tests) {
    results.push(await context.smokeTest({ address, action, actionId, test, endpoint: 'test' }));
    if (test.execute) results.push(await context.smokeTest({ address, action, actionId, test, endpoint: 'execute' }));
  }
  return results;
}
