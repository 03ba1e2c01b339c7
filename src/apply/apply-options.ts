/** How one apply runs: the shells build this from action inputs or CLI flags. */
import type { PublishStrategy } from './publish-strategy.js';

export interface ApplyOptions {
  publishStrategy: PublishStrategy;
  /** Smoke-test attempts per test: IAM changes can take seconds to reach Genesys. */
  smokeAttempts?: number;
  /** Delay before the second attempt; doubles each time. */
  smokeRetryDelayMs?: number;
  /** Bounded wait for the integration to report ACTIVE. */
  integrationActiveTimeoutMs?: number;
  /**
   * Delete (prune) data actions that published Architect flows still use, or whose consumers cannot
   * be read. Default false: such a delete is refused. Superseded actions are never deleted while used.
   */
  allowDeletingUsedActions?: boolean;
}

export const DEFAULT_SMOKE_ATTEMPTS = 3;
export const DEFAULT_SMOKE_RETRY_DELAY_MS = 2_000;
export const DEFAULT_INTEGRATION_ACTIVE_TIMEOUT_MS = 60_000;
