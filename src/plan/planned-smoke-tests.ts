/** The smoke tests a plan announces, with secure actions' test data redacted in the model. */
import type { DesiredState } from '../model/desired-state.js';
import { compareText } from '../model/compare-text.js';
import { SENSITIVE_PLACEHOLDER } from '../model/sensitive.js';
import { actionAddress } from './resource-address.js';
import type { PlannedSmokeTest } from './types.js';

/**
 * The tests apply will run: those of every action it creates, updates or
 * replaces, and those of every unchanged action whose role's policies change
 * (`roleChangedAddresses`: the action keeps its id, but what it may invoke or
 * who may assume its role changes). Other unchanged actions are not re-run.
 * Ordered by address then declaration order.
 */
export function plannedSmokeTests(
  desired: DesiredState,
  changedAddresses: ReadonlySet<string>,
  roleChangedAddresses: ReadonlySet<string> = new Set(),
): PlannedSmokeTest[] {
  const triggerOf = (address: string): PlannedSmokeTest['trigger'] =>
    changedAddresses.has(address) ? 'action-changed' : roleChangedAddresses.has(address) ? 'role-changed' : undefined;
  const tested = desired.dataActions.filter((action) => triggerOf(actionAddress(action.integrationName, action.name)) !== undefined);
  const tests = tested.flatMap((action) =>
    action.tests.map((test) => ({
      address: actionAddress(action.integrationName, action.name),
      testName: test.name,
      // Secure actions carry PII by definition: keep even the test fixtures out of the plan.
      input: action.secure ? SENSITIVE_PLACEHOLDER : test.input,
      expect: action.secure ? SENSITIVE_PLACEHOLDER : test.expect,
      secure: action.secure,
      // Only the less obvious reason is recorded; absent means the action itself changes.
      ...(triggerOf(actionAddress(action.integrationName, action.name)) === 'role-changed' ? { trigger: 'role-changed' as const } : {}),
    })),
  );
  return tests.sort((a, b) => compareText(a.address, b.address));
}
