/**
 * What apply needs from outside: the two providers, a progress log, the clock
 * and sleep (injected so retries test instantly), and where secret test inputs
 * come from.
 */
import type { RoleProvider } from '../providers/aws-iam/role-provider.js';
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';
import type { TestSecretSource } from './test-input-secrets.js';

export interface ApplyDependencies {
  roles: RoleProvider;
  genesys: GenesysProvider;
  /** Progress lines for the console. */
  log: (line: string) => void;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Secret test inputs (`{{ secrets.NAME }}`); without it, every test that needs one fails. */
  testSecrets?: TestSecretSource;
}

/** Real-time dependencies for the shells: the providers, a log sink, the wall clock, and the secret test inputs. */
export function liveApplyDependencies(
  providers: Pick<ApplyDependencies, 'roles' | 'genesys'>,
  log: (line: string) => void,
  testSecrets?: TestSecretSource,
): ApplyDependencies {
  return {
    roles: providers.roles,
    genesys: providers.genesys,
    log,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    ...(testSecrets === undefined ? {} : { testSecrets }),
  };
}
