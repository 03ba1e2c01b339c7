/**
 * The step log: every planned change's outcome, as values. A step's body
 * returns applied (with the live ids it learned) or failed (why); a provider
 * error thrown inside the body is caught here and recorded as failed. So
 * whether dependents may proceed is an answer from `record`, never an
 * exception. Changes that were never reached are marked not-applied at the end.
 */
import type { ResourceChange } from '../plan/types.js';
import { consoleText } from '../render/console-text.js';
import type { AppliedStep } from './apply-report.js';
import { describeError } from './describe-error.js';

/** Live ids a step learned: the resource's id after the step, and for a replace the id it replaced. */
export interface StepIds {
  liveId?: string;
  previousId?: string;
  /** For a replace whose old action stays published under a superseded name (published flows still call it). */
  superseded?: { id: string; name: string };
  /** What the step deliberately left in place, and why (e.g. a superseded action still used by flows). */
  message?: string;
}

/** What a step's body reports. */
export type StepResult = ({ status: 'applied' } & StepIds) | { status: 'failed'; message: string };

export function applied(ids: StepIds = {}): StepResult {
  return { status: 'applied', ...ids };
}

export function failed(message: string): StepResult {
  return { status: 'failed', message };
}

export interface StepLog {
  /** Runs one change's body, then logs and records its outcome; never throws. True when it applied. */
  record(change: ResourceChange, body: () => Promise<StepResult>): Promise<boolean>;
  /** Takes over steps another log recorded (a concurrent phase's, flushed in plan order). */
  takeOver(steps: readonly AppliedStep[]): void;
  /** Records every planned change not recorded yet (no-ops and adoptions without a write aside) as not-applied. */
  markNotApplied(changes: readonly ResourceChange[]): void;
  /** Every step recorded, in order. */
  readonly steps: readonly AppliedStep[];
}

const NOT_APPLIED = 'not applied: an earlier step failed';

export function createStepLog(log: (line: string) => void): StepLog {
  const steps: AppliedStep[] = [];
  const recorded = new Set<string>();
  return {
    steps,
    async record(change, body) {
      // Addresses carry manifest names and messages Genesys' text: one console line each.
      log(consoleText(`${change.action} ${change.address} …`));
      const result = await settle(body);
      recorded.add(change.address);
      const { address, kind, action } = change;
      steps.push({ address, kind, action, ...result });
      if (result.status === 'failed') {
        log(consoleText(`${change.action} ${change.address}: FAILED: ${result.message}`));
        return false;
      }
      log(
        consoleText(
          `${change.action} ${change.address}: done${result.liveId ? ` (${result.liveId})` : ''}${result.message ? `; ${result.message}` : ''}`,
        ),
      );
      return true;
    },
    takeOver(taken) {
      for (const step of taken) {
        recorded.add(step.address);
        steps.push(step);
      }
    },
    markNotApplied(changes) {
      for (const { address, kind, action, fields } of changes) {
        // No-ops and adoptions that write nothing were never steps.
        if (action === 'no-op' || (action === 'adopt' && fields.length === 0) || recorded.has(address)) continue;
        steps.push({ address, kind, action, status: 'not-applied', message: NOT_APPLIED });
      }
    },
  };
}

/** The body's result; a thrown provider error becomes a failed result with its message. */
async function settle(body: () => Promise<StepResult>): Promise<StepResult> {
  try {
    return await body();
  } catch (error) {
    return failed(describeError(error));
  }
}
