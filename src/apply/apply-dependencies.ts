/** What apply needs from outside: the two providers, a progress log, and the clock and sleep (injected so retries test instantly). */
import type { RoleProvider } from '../providers/aws-iam/role-provider.js';
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';

export interface ApplyDependencies {
  roles: RoleProvider;
  genesys: GenesysProvider;
  /** Progress lines for the console. */
  log: (line: string) => void;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/** Real-time dependencies for the shells: the providers, a log sink, the wall clock. */
export function liveApplyDependencies(
  providers: Pick<ApplyDependencies, 'roles' | 'genesys'>,
  log: (line: string) => void,
): ApplyDependencies {
  return {
    roles: providers.roles,
    genesys: providers.genesys,
    log,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
}
