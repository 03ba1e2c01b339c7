/** The smoke tests a plan announces, with secure actions' test data redacted in the model. */
import type { DesiredState } from '../model/desired-state.js';
import { compareText } from '../model/compare-text.js';
import { SENSITIVE_PLACEHOLDER } from '../model/sensitive.js';
import { actionAddress } from './resource-address.js';
import type { PlannedSmokeTest } from './types.js';

/**
 * The tests apply will run: those of every action it creates, updates or
 * replaces (unchanged actions are not re-run), ordered by address then
 * declaration order.
 */
export function plannedSmokeTests(desired: DesiredState, changedAddresses: ReadonlySet<string>): PlannedSmokeTest[] {
  const changed = desired.dataActions.filter((action) => changedAddresses.has(actionAddress(action.integrationName, action.name)));
  const tests = changed.flatMap((action) =>
    action.tests.map((test) => ({
      address: actionAddress(action.integrationName, action.name),
      testName: test.name,
      // Secure actions carry PII by definition: keep even the test fixtures out of the plan.
      input: action.secure ? SENSITIVE_PLACEHOLDER : test.input,
      expect: action.secure ? SENSITIVE_PLACEHOLDER : test.expect,
      secure: action.secure,
    })),
  );
  return tests.sort((a, b) => compareText(a.address, b.address));
}
