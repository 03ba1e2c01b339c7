/** How one apply runs: the shells build this from action inputs or CLI flags. */
import { DEFAULT_GENESYS_CONCURRENCY } from '../providers/genesys/genesys-concurrency.js';
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
  /**
   * Genesys calls in flight at once (the provider's limit); twice as many data actions are under way
   * at once (each its own draft → validate → tests → publish → smoke pipeline); 1 applies one action
   * after the other. Default {@link DEFAULT_APPLY_CONCURRENCY}.
   */
  concurrency?: number;
}

/** The Genesys provider's default concurrency, so reads and pipelines keep the same number of calls in flight. */
export const DEFAULT_APPLY_CONCURRENCY = DEFAULT_GENESYS_CONCURRENCY;

export const DEFAULT_SMOKE_ATTEMPTS = 3;
export const DEFAULT_SMOKE_RETRY_DELAY_MS = 2_000;
export const DEFAULT_INTEGRATION_ACTIVE_TIMEOUT_MS = 60_000;
