/**
 * The drift report: what a scheduled, read-only run found, as plain data.
 * Built from the plan of the manifests against live state (in drift mode the
 * repository is the truth, so every planned change is drift), the smoke
 * tests run against the published actions, and the audit trail's answer to
 * "who changed it". Each problem carries since when it has been seen.
 * Rendered separately (render/drift-issue.ts). Pure.
 */
import type { SmokeTestResult } from '../apply/apply-report.js';
import { assertNever } from '../model/assert-never.js';
import type { CrossCheckCode, FieldDiff, Plan, ResourceChange, ResourceKind, RiskFlag } from '../plan/types.js';
import type { ChangeAttribution } from './change-attribution.js';
import { firstSeenOf, type FirstSeenState } from './first-seen.js';

/**
 * How live state differs from the manifests:
 * - `changed`: exists, with fields that differ (update, or replace when Genesys cannot change them in place);
 * - `missing`: declared, does not exist;
 * - `unmanaged`: exists, is owned (an action in a declared integration, a role tagged for this environment), and nothing declares it.
 */
export type DriftCategory = 'changed' | 'missing' | 'unmanaged';

/** One drifted resource. */
export interface DriftFinding {
  /** Identifies the problem from run to run (first-seen times are carried by it). */
  key: string;
  address: string;
  kind: ResourceKind;
  name: string;
  category: DriftCategory;
  liveId?: string;
  /** Live (before) against manifest (after), redacted; empty for missing and unmanaged resources. */
  fields: FieldDiff[];
  /** The plan's comparable shapes, for diffs of long values (redacted). */
  live: unknown;
  declared: unknown;
  /** Why putting the manifests back needs a replace (Genesys cannot change these fields in place). */
  replaceReasons: string[];
  /** What putting the manifests back would risk (from the plan: what broadens, which contract fields break, …). */
  applyRisks: { risk: RiskFlag; note: string }[];
  /** For unmanaged resources: why they count as owned. */
  whyOwned?: string;
  firstSeen: string;
  /** Only for Genesys resources (AWS changes are in CloudTrail, which this tool does not read). */
  changedBy?: ChangeAttribution;
  source?: { file: string; line: number; column: number };
}

/** A smoke test of a published action that did not pass. */
export interface FailedSmokeTest {
  key: string;
  address: string;
  actionId: string;
  testName: string;
  endpoint: SmokeTestResult['endpoint'];
  /** Already redacted for secure actions. */
  failures: string[];
  attempts: number;
  firstSeen: string;
}

/** A declared test that could not run, and why (its action is missing, say). */
export interface SkippedSmokeTest {
  address: string;
  testName: string;
  reason: string;
}

/** A cross-system check that failed on live state. */
export interface FailedCheck {
  key: string;
  code: CrossCheckCode;
  address: string;
  message: string;
  firstSeen: string;
}

export interface DriftSummary {
  /** Resources that differ from the manifests, or failed cross-system checks. */
  drift: boolean;
  driftedResources: number;
  /** Declared tests with a failing run (a test with `execute: true` runs twice, through /test and /execute). */
  failedTests: number;
  failedChecks: number;
  /** Declared tests that ran, and those whose every run passed. */
  testsRun: number;
  testsPassed: number;
  /** No drift and no failing test: nothing to report. */
  clean: boolean;
}

export interface DriftReport {
  formatVersion: 1;
  environment: string;
  /** When the run read live state (ISO 8601 UTC to the second). */
  checkedAt: string;
  /** In plan order (destructive first, then dependency order and address), unmanaged resources last. */
  findings: DriftFinding[];
  failedTests: FailedSmokeTest[];
  skippedTests: SkippedSmokeTest[];
  failedChecks: FailedCheck[];
  summary: DriftSummary;
  /** The plan's fingerprint: the same live state and manifests give the same one. */
  fingerprint: string;
}

export interface DriftReportInput {
  plan: Plan;
  smokeTests: readonly SmokeTestResult[];
  skippedTests: readonly SkippedSmokeTest[];
  /** By address; resources without one get none. */
  attributions: ReadonlyMap<string, ChangeAttribution>;
  previous: FirstSeenState;
  /** ISO 8601 UTC to the second. */
  checkedAt: string;
}

function categoryOf(change: ResourceChange): DriftCategory | undefined {
  switch (change.action) {
    case 'create':
      return 'missing';
    case 'update':
    case 'replace':
      return 'changed';
    case 'delete':
      return 'unmanaged';
    case 'adopt':
      // Taking over a resource that matches the manifests is not drift; only a field that differs is.
      return change.fields.some((field) => field.path[0] !== 'tags') ? 'changed' : undefined;
    case 'no-op':
      return undefined;
    default:
      return assertNever(change.action, 'change action');
  }
}

/** The plan's risk notes, except drift's own (the field list already says what changed outside GitOps). */
function applyRisksOf(change: ResourceChange): { risk: RiskFlag; note: string }[] {
  return (Object.entries(change.riskNotes ?? {}) as [RiskFlag, string[]][])
    .filter(([risk]) => risk !== 'drift')
    .flatMap(([risk, notes]) => notes.map((note) => ({ risk, note })));
}

function findingOf(change: ResourceChange, category: DriftCategory, input: DriftReportInput): DriftFinding {
  const key = `resource ${change.address}`;
  const changedBy = input.attributions.get(change.address);
  return {
    key,
    address: change.address,
    kind: change.kind,
    name: change.name,
    category,
    ...(change.liveId === undefined ? {} : { liveId: change.liveId }),
    fields: category === 'changed' ? change.fields : [],
    live: change.before,
    declared: change.after,
    replaceReasons: change.action === 'replace' ? change.replaceReasons : [],
    applyRisks: category === 'changed' ? applyRisksOf(change) : [],
    firstSeen: firstSeenOf(key, input.previous, input.checkedAt),
    ...(changedBy === undefined ? {} : { changedBy }),
    ...(change.source === undefined ? {} : { source: change.source }),
  };
}

function findingsOf(input: DriftReportInput): DriftFinding[] {
  const planned = input.plan.changes.flatMap((change) => {
    const category = categoryOf(change);
    return category === undefined ? [] : [findingOf(change, category, input)];
  });
  const unmanaged = input.plan.skippedDeletes.map((skipped): DriftFinding => {
    const key = `resource ${skipped.address}`;
    const changedBy = input.attributions.get(skipped.address);
    return {
      key,
      address: skipped.address,
      kind: skipped.kind,
      name: skipped.name,
      category: 'unmanaged',
      liveId: skipped.liveId,
      fields: [],
      live: null,
      declared: null,
      replaceReasons: [],
      applyRisks: [],
      whyOwned: skipped.reason.replace(/^would delete, prune is off: /, ''),
      firstSeen: firstSeenOf(key, input.previous, input.checkedAt),
      ...(changedBy === undefined ? {} : { changedBy }),
    };
  });
  return [...planned, ...unmanaged];
}

function failedTestsOf(input: DriftReportInput): FailedSmokeTest[] {
  return input.smokeTests
    .filter((test) => !test.passed)
    .map((test) => {
      const key = `test ${test.address} ${test.endpoint} ${test.testName}`;
      return {
        key,
        address: test.address,
        actionId: test.actionId,
        testName: test.testName,
        endpoint: test.endpoint,
        failures: test.failures,
        attempts: test.attempts,
        firstSeen: firstSeenOf(key, input.previous, input.checkedAt),
      };
    });
}

function failedChecksOf(input: DriftReportInput): FailedCheck[] {
  return input.plan.checks
    .filter((check) => check.status === 'fail')
    .map((check) => {
      const key = `check ${check.code} ${check.address}`;
      return {
        key,
        code: check.code,
        address: check.address,
        message: check.message,
        firstSeen: firstSeenOf(key, input.previous, input.checkedAt),
      };
    });
}

/** Declared tests (action and test name) among runs. */
function testsAmong(runs: readonly { address: string; testName: string }[]): Set<string> {
  return new Set(runs.map((run) => JSON.stringify([run.address, run.testName])));
}

/** The report of one drift run. */
export function buildDriftReport(input: DriftReportInput): DriftReport {
  const findings = findingsOf(input);
  const failedTests = failedTestsOf(input);
  const failedChecks = failedChecksOf(input);
  const drift = findings.length > 0 || failedChecks.length > 0;
  const testsRun = testsAmong(input.smokeTests).size;
  const testsFailing = testsAmong(failedTests).size;
  return {
    formatVersion: 1,
    environment: input.plan.environment,
    checkedAt: input.checkedAt,
    findings,
    failedTests,
    skippedTests: [...input.skippedTests],
    failedChecks,
    summary: {
      drift,
      driftedResources: findings.length,
      failedTests: testsFailing,
      failedChecks: failedChecks.length,
      testsRun,
      testsPassed: testsRun - testsFailing,
      clean: !drift && failedTests.length === 0,
    },
    fingerprint: input.plan.fingerprint,
  };
}

/** Every problem's key and first-seen time, longest-standing first (the order the hidden state keeps them in). */
export function problemsByAge(report: DriftReport): { key: string; firstSeen: string }[] {
  const problems = [...report.findings, ...report.failedTests, ...report.failedChecks].map(({ key, firstSeen }) => ({ key, firstSeen }));
  return problems.sort((a, b) =>
    a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}
