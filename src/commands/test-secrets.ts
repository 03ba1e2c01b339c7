/**
 * Secret test inputs in the shells: which `GENESYS_TEST_SECRET_*` variables
 * are set (the plan marks tests whose secrets are not), and the source apply
 * reads them from, masking each value with the runner as it is read. In the
 * action the variables come from the step's `env:`, in the CLI from the shell.
 */
import type { TestSecretSource } from '../apply/test-input-secrets.js';
import type { DesiredState } from '../model/desired-state.js';
import { testSecretVariable } from '../model/test-secrets.js';

type Environment = Readonly<Record<string, string | undefined>>;

/** The secret names the desired tests use whose variable is set (an empty value counts as unset, as an undefined GitHub secret gives). */
export function availableTestSecrets(desired: DesiredState, env: Environment): Set<string> {
  const names = desired.dataActions.flatMap((action) => action.tests.flatMap((test) => test.secrets ?? []));
  return new Set(names.filter((name) => (env[testSecretVariable(name)] ?? '') !== ''));
}

/** Reads secrets from `env`; `mask` hides each value in the runner's log (a no-op where there is no runner). */
export function testSecretSource(env: Environment, mask: (value: string) => void = () => undefined): TestSecretSource {
  return { lookup: (name) => env[testSecretVariable(name)], mask };
}
