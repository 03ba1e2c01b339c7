/**
 * Smoke tests of unchanged actions whose role changed: the action keeps its
 * id and config, but what its role may invoke, or who may assume it, did
 * change, so its published version is run again through /test (and
 * /execute where the test asks). Runs after the changed actions; a failure
 * stops prune, like a failing changed action.
 */
import { actionAddress } from '../plan/resource-address.js';
import { consoleText } from '../render/console-text.js';
import { testPublished } from './apply-actions.js';
import type { ApplyContext } from './apply-context.js';

export async function applyRoleSmokeTests(context: ApplyContext): Promise<boolean> {
  const addresses = new Set(context.plan.smokeTests.filter((test) => test.trigger === 'role-changed').map((test) => test.address));
  let allPassed = true;
  for (const action of context.desired.dataActions) {
    const address = actionAddress(action.integrationName, action.name);
    if (!addresses.has(address)) continue;
    const integrationId = context.ids.integrationIds.get(action.integrationName);
    const live = context.observed.dataActions.find(
      (candidate) => candidate.name === action.name && candidate.integrationId === integrationId,
    );
    if (live === undefined) {
      context.deps.log(consoleText(`${address}: no published action to smoke-test after its role changed`));
      allPassed = false;
      continue;
    }
    // The published version did not change: nothing ran as a draft, so every test runs.
    const results = await testPublished({ smokeTest: context.smokeTest, earlier: [] }, address, action, live.id);
    if (results.some((result) => !result.passed)) allPassed = false;
  }
  return allPassed;
}
