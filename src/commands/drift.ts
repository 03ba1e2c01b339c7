/**
 * drift: the scheduled, read-only check of one environment. Plans the
 * manifests against live state (every difference is drift here: the
 * repository is the truth), runs every declared smoke test against the
 * published actions, runs the cross-checks (part of the plan), and asks the
 * Genesys audit trail who changed what drifted. Every provider call goes
 * through a guard that refuses writes, so nothing in AWS or Genesys changes.
 * Returns the report; the shells publish it (issue, summary, outputs).
 */
import { DEFAULT_SMOKE_ATTEMPTS, DEFAULT_SMOKE_RETRY_DELAY_MS } from '../apply/apply-options.js';
import { buildDriftReport, type DriftReport } from '../drift/drift-report.js';
import { isoSecond, type FirstSeenState } from '../drift/first-seen.js';
import { attributeChanges, type AttributionTarget } from './drift-attribution.js';
import type { TestSecretSource } from '../apply/test-input-secrets.js';
import { smokeTestPublishedActions } from './drift-smoke-tests.js';
import { computePlan, type PlanOutcome } from './plan.js';
import type { Providers } from './providers.js';
import { readOnlyProviders } from './read-only-providers.js';
import type { DesiredState } from '../model/desired-state.js';

export interface DriftOptions {
  /** First-seen times carried from the previous run (the open drift issue's body). */
  previous: FirstSeenState;
  now: () => number;
  sleep: (milliseconds: number) => Promise<void>;
  /** Progress lines. */
  log: (line: string) => void;
  /** Smoke-test attempts per test (a flaky run should not open an issue); default as apply's. */
  smokeAttempts?: number;
  smokeRetryDelayMs?: number;
  /** Where secret test inputs (`{{ secrets.NAME }}`) come from; without it, tests that need one fail as missing. */
  testSecrets?: TestSecretSource;
}

export interface DriftOutcome extends PlanOutcome {
  report: DriftReport;
}

/** The drifted resources the audit trail is asked about. */
function attributionTargets(outcome: PlanOutcome): AttributionTarget[] {
  const changed = outcome.plan.changes
    .filter((change) => change.action !== 'no-op')
    .map((change) => ({ address: change.address, kind: change.kind, ...(change.liveId === undefined ? {} : { liveId: change.liveId }) }));
  const unmanaged = outcome.plan.skippedDeletes.map((skipped) => ({
    address: skipped.address,
    kind: skipped.kind,
    liveId: skipped.liveId,
  }));
  return [...changed, ...unmanaged];
}

function secretNamesOf(desired: DesiredState): string[] {
  return desired.dataActions.flatMap((action) => action.tests.flatMap((test) => test.secrets ?? []));
}

export async function runDrift(desired: DesiredState, providers: Providers, options: DriftOptions): Promise<DriftOutcome> {
  const guarded = readOnlyProviders(providers);
  const checkedAt = isoSecond(options.now());
  // prune off: owned, undeclared resources come back as skipped deletes, which drift reports as unmanaged.
  const outcome = await computePlan(desired, guarded, {
    prune: false,
    testSecrets: new Set(secretNamesOf(desired).filter((name) => (options.testSecrets?.lookup(name) ?? '') !== '')),
  });
  const smoke = await smokeTestPublishedActions(
    outcome,
    {
      genesys: guarded.genesys,
      log: options.log,
      sleep: options.sleep,
      now: options.now,
      ...(options.testSecrets === undefined ? {} : { testSecrets: options.testSecrets }),
    },
    {
      attempts: Math.max(1, options.smokeAttempts ?? DEFAULT_SMOKE_ATTEMPTS),
      firstDelayMs: options.smokeRetryDelayMs ?? DEFAULT_SMOKE_RETRY_DELAY_MS,
    },
  );
  const attributions = await attributeChanges(attributionTargets(outcome), guarded.audits, { now: options.now(), log: options.log });
  const report = buildDriftReport({
    plan: outcome.plan,
    smokeTests: smoke.results,
    skippedTests: smoke.skipped,
    attributions,
    previous: options.previous,
    checkedAt,
  });
  return { ...outcome, report };
}
