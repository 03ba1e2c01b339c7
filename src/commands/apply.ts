/**
 * apply: the gate both shells pass before any write (failed cross-system
 * checks refuse, an empty plan has nothing to apply), the CLI's
 * confirmation policy, and the apply of a plan outcome.
 */
import { applyPlan, liveApplyDependencies } from '../apply/apply-plan.js';
import type { ApplyReport } from '../apply/apply-report.js';
import type { PublishStrategy } from '../apply/publish-strategy.js';
import type { TestSecretSource } from '../apply/test-input-secrets.js';
import type { Plan } from '../plan/types.js';
import type { PlanOutcome } from './plan.js';
import type { Providers } from './providers.js';

export type ApplyGate =
  | { verdict: 'apply' }
  /** Cross-system checks failed: nothing may be written. */
  | { verdict: 'refuse'; message: string }
  /** Live state already matches: a success with nothing to do. */
  | { verdict: 'nothing-to-apply'; message: string };

/** @param checksShownIn where the shell showed the failed checks, e.g. `the job summary`. */
export function decideApply(plan: Plan, checksShownIn: string): ApplyGate {
  const failed = plan.summary.failedChecks;
  if (failed > 0) {
    return {
      verdict: 'refuse',
      message: `Refusing to apply: ${failed} cross-system check(s) failed (see ${checksShownIn}). Nothing was applied.`,
    };
  }
  if (!plan.summary.hasChanges)
    return { verdict: 'nothing-to-apply', message: 'No changes: live state already matches the manifests. Nothing to apply.' };
  return { verdict: 'apply' };
}

export type Confirmation = { confirmed: true } | { confirmed: false; message: string };

/**
 * The CLI writes only after an explicit yes: `--yes`, or the answer `yes` on
 * an interactive terminal. Without a terminal to ask on, it refuses.
 */
export async function confirmApply(
  environment: string,
  options: { yes: boolean; ask: ((question: string) => Promise<boolean>) | undefined },
): Promise<Confirmation> {
  if (options.yes) return { confirmed: true };
  if (options.ask === undefined) {
    return {
      confirmed: false,
      message: 'Refusing to apply without confirmation: pass --yes (no interactive terminal to ask on). Nothing was applied.',
    };
  }
  const question = `Apply these changes to environment ${environment}? Only 'yes' is accepted: `;
  return (await options.ask(question)) ? { confirmed: true } : { confirmed: false, message: 'Apply cancelled. Nothing was applied.' };
}

/** Applies the plan of `outcome` with the real clock; progress lines go to `log`; smoke tests read their secrets from `testSecrets`. */
export function runApply(
  outcome: PlanOutcome,
  providers: Providers,
  options: {
    publishStrategy: PublishStrategy;
    allowDeletingUsedActions?: boolean;
    concurrency?: number;
    log: (line: string) => void;
    testSecrets?: TestSecretSource;
  },
): Promise<ApplyReport> {
  return applyPlan(outcome.plan, outcome.desired, outcome.observed, liveApplyDependencies(providers, options.log, options.testSecrets), {
    publishStrategy: options.publishStrategy,
    allowDeletingUsedActions: options.allowDeletingUsedActions ?? false,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  });
}
