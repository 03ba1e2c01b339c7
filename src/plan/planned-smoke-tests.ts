/** The smoke tests a plan announces, with secure actions' test data redacted in the model. */
import type { DesiredState } from '../model/desired-state.js';
import { SENSITIVE_PLACEHOLDER } from './field-diff.js';
import { actionAddress } from './resource-address.js';
import type { PlannedSmokeTest } from './types.js';

/** Every test of every declared action, ordered by address then declaration order. */
export function plannedSmokeTests(desired: DesiredState): PlannedSmokeTest[] {
  const tests = desired.dataActions.flatMap((action) =>
    action.tests.map((test) => ({
      address: actionAddress(action.integrationName, action.name),
      testName: test.name,
      // Secure actions carry PII by definition: keep even the test fixtures out of the plan.
      input: action.secure ? SENSITIVE_PLACEHOLDER : test.input,
      expect: action.secure ? SENSITIVE_PLACEHOLDER : test.expect,
      secure: action.secure,
    })),
  );
  return tests.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}
