/**
 * Continuous validation: every smoke test the manifests declare, run against
 * the PUBLISHED action (`/test`, and `/execute` where the test asks for it)
 * through the same smoke runner as apply, so results are judged and redacted
 * (secure actions) the same way. A test whose action is not published cannot
 * run; it is listed, not failed (the missing action is the drift).
 */
import type { SmokeTestResult } from '../apply/apply-report.js';
import { runSmokeTest, type SmokeRetry, type SmokeRunnerDependencies } from '../apply/smoke-runner.js';
import type { SkippedSmokeTest } from '../drift/drift-report.js';
import { actionAddress } from '../plan/resource-address.js';
import type { PlanOutcome } from './plan.js';

export interface PublishedSmokeTests {
  results: SmokeTestResult[];
  skipped: SkippedSmokeTest[];
}

export async function smokeTestPublishedActions(
  outcome: PlanOutcome,
  deps: SmokeRunnerDependencies,
  retry: SmokeRetry,
): Promise<PublishedSmokeTests> {
  const results: SmokeTestResult[] = [];
  const skipped: SkippedSmokeTest[] = [];
  const changes = new Map(outcome.plan.changes.map((change) => [change.address, change]));
  for (const action of outcome.desired.dataActions) {
    const address = actionAddress(action.integrationName, action.name);
    const actionId = changes.get(address)?.liveId;
    for (const test of action.tests) {
      if (actionId === undefined) {
        skipped.push({ address, testName: test.name, reason: 'the action is not published' });
        continue;
      }
      results.push(await runSmokeTest({ address, action, actionId, test, endpoint: 'test' }, retry, deps));
      if (test.execute) results.push(await runSmokeTest({ address, action, actionId, test, endpoint: 'execute' }, retry, deps));
    }
  }
  return { results, skipped };
}
