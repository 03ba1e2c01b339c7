/**
 * Data actions, after their integrations: each planned action is published
 * by the chosen strategy, then smoke-tested. One action's failure does not
 * stop the others, as actions do not depend on each other; it does stop prune.
 */
import { assertNever } from '../model/assert-never.js';
import type { DesiredDataAction } from '../model/desired-state.js';
import { actionAddress } from '../plan/resource-address.js';
import type { ResourceChange } from '../plan/types.js';
import type { ApplyContext } from './apply-context.js';
import type { SmokeTestResult } from './apply-report.js';
import { createDirectPublisher } from './direct-publisher.js';
import { createDraftPublisher } from './draft-publisher.js';
import type { ActionPublisher } from './publish-action.js';
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
  switch (strategy) {
    case 'draft':
      return createDraftPublisher({ genesys, smokeTest: context.smokeTest }, [...context.ids.integrationIds.values()]);
    case 'direct':
      return createDirectPublisher(genesys);
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
  const { liveId } = publication;
  const results = await testPublished(context, change.address, action, liveId);
  if (results.some((result) => !result.passed)) return failed('published, but its smoke tests failed (see the smoke-test results)');
  return applied({ liveId, ...(change.action === 'replace' && change.liveId !== undefined ? { previousId: change.liveId } : {}) });
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
