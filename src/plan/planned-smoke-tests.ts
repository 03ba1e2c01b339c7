/**
 * The smoke tests a plan announces, redacted in the model: secure actions'
 * test data entirely, and every input value that uses a secret test input.
 * A test whose secrets the plan did not see set is marked, and a warning
 * check says so: it is skipped now and fails at apply unless they are set.
 */
import type { DesiredActionTest, DesiredState } from '../model/desired-state.js';
import { compareText } from '../model/compare-text.js';
import { SENSITIVE_PLACEHOLDER } from '../model/sensitive.js';
import { redactSecretInputs, testSecretVariable } from '../model/test-secrets.js';
import { actionAddress } from './resource-address.js';
import type { CrossCheck, PlannedSmokeTest } from './types.js';

/**
 * The tests apply will run: those of every action it creates, updates or
 * replaces, and those of every unchanged action whose role's policies change
 * (`roleChangedAddresses`: the action keeps its id, but what it may invoke or
 * who may assume its role changes). Other unchanged actions are not re-run.
 * Ordered by address then declaration order. `availableSecrets` names the
 * secret test inputs that are set; undefined when the caller cannot tell
 * (nothing is then marked).
 */
export function plannedSmokeTests(
  desired: DesiredState,
  changedAddresses: ReadonlySet<string>,
  roleChangedAddresses: ReadonlySet<string> = new Set(),
  availableSecrets?: ReadonlySet<string>,
): PlannedSmokeTest[] {
  const triggerOf = (address: string): PlannedSmokeTest['trigger'] =>
    changedAddresses.has(address) ? 'action-changed' : roleChangedAddresses.has(address) ? 'role-changed' : undefined;
  const tested = desired.dataActions.filter((action) => triggerOf(actionAddress(action.integrationName, action.name)) !== undefined);
  const tests = tested.flatMap((action) =>
    action.tests.map((test): PlannedSmokeTest => {
      const address = actionAddress(action.integrationName, action.name);
      const missing = missingSecretVariables(test, availableSecrets);
      return {
        address,
        testName: test.name,
        // Secure actions carry PII by definition: keep even the test fixtures out of the plan.
        input: action.secure ? SENSITIVE_PLACEHOLDER : redactSecretInputs(test.input),
        expect: action.secure ? SENSITIVE_PLACEHOLDER : test.expect,
        secure: action.secure,
        ...(missing.length > 0 ? { missingSecrets: missing } : {}),
        // Only the less obvious reason is recorded; absent means the action itself changes.
        ...(triggerOf(address) === 'role-changed' ? { trigger: 'role-changed' as const } : {}),
      };
    }),
  );
  return tests.sort((a, b) => compareText(a.address, b.address));
}

/** One warning per planned test that needs a secret the plan did not see set. */
export function testSecretChecks(tests: readonly PlannedSmokeTest[]): CrossCheck[] {
  return tests.flatMap((test): CrossCheck[] =>
    test.missingSecrets === undefined
      ? []
      : [
          {
            code: 'test-secret',
            status: 'warn',
            address: test.address,
            message: `Smoke test "${test.testName}" needs ${test.missingSecrets.join(', ')}, which ${test.missingSecrets.length > 1 ? 'are' : 'is'} not set: it is skipped in this plan, and apply fails it unless the step's env sets ${test.missingSecrets.length > 1 ? 'them' : 'it'}.`,
          },
        ],
  );
}

function missingSecretVariables(test: DesiredActionTest, availableSecrets: ReadonlySet<string> | undefined): string[] {
  if (availableSecrets === undefined) return [];
  return (test.secrets ?? []).filter((name) => !availableSecrets.has(name)).map(testSecretVariable);
}
