/**
 * What an apply did, as plain data: every planned change with its outcome,
 * and every smoke test with its result. Rendered to the console, the job
 * summary and the `applied` / `smoke-results` outputs; secure actions' test
 * data is already redacted here.
 */
import type { ChangeAction, ResourceKind } from '../plan/types.js';

export type StepStatus = 'applied' | 'failed' | 'not-applied';

/** One planned change and what became of it. */
export interface AppliedStep {
  address: string;
  kind: ResourceKind;
  action: ChangeAction;
  status: StepStatus;
  /** Live id after the step (role ARN, Genesys id); for a replaced action, the NEW id. */
  liveId?: string;
  /** For a replaced action: the old id (deleted, unless {@link superseded} says it was kept). */
  previousId?: string;
  /** For a replaced action whose old id published flows still call: kept, under this superseded name. */
  superseded?: { id: string; name: string };
  /** Why it failed, or why it was not applied; for an applied step, what it deliberately left in place. */
  message?: string;
}

/** One smoke test of one data action. */
export interface SmokeTestResult {
  address: string;
  actionId: string;
  testName: string;
  /** `draft-test` runs before publish, `test` and `execute` after. */
  endpoint: 'draft-test' | 'test' | 'execute';
  passed: boolean;
  /** Attempts made (IAM propagation can fail the first ones). */
  attempts: number;
  elapsedMs: number;
  /** Human-readable reasons, already redacted for secure actions. */
  failures: string[];
  /**
   * Set when the test could not run: the call to Genesys failed (transport, a gateway's 5xx after
   * retries, auth…), which says nothing about the action.
   */
  callFailed?: true;
  /** The output, or `(sensitive)` for secure actions. */
  output?: unknown;
  /** The test trace (`operations[]`) names and outcomes, on failure. */
  trace?: { step: number; name: string; success: boolean; error?: string }[];
}

export interface ApplyReport {
  environment: string;
  steps: AppliedStep[];
  smokeTests: SmokeTestResult[];
  /** True when every step applied and every smoke test passed. */
  success: boolean;
}
