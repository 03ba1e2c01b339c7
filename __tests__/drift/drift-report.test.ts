/**
 * The drift report model and its first-seen bookkeeping: pure, table-driven,
 * over the planner's hand-written world (plan-fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import type { SmokeTestResult } from '../../src/apply/apply-report.js';
import { buildDriftReport, problemsByAge, type DriftReportInput } from '../../src/drift/drift-report.js';
import { firstSeenOf, firstSeenStateLine, isoSecond, NO_FIRST_SEEN, parseFirstSeenState } from '../../src/drift/first-seen.js';
import { planChanges } from '../../src/plan/planner.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { desiredFixture, observedInSync } from '../plan/plan-fixtures.js';

const NOW = '2026-11-24T12:00:00Z';
const LOOKUP = 'action/Orders Lambda/Lookup Order';

function inputFor(observed: ObservedState, overrides: Partial<DriftReportInput> = {}): DriftReportInput {
  return {
    plan: planChanges(desiredFixture(), observed, { prune: false }),
    smokeTests: [],
    skippedTests: [],
    attributions: new Map(),
    previous: NO_FIRST_SEEN,
    checkedAt: NOW,
    ...overrides,
  };
}

function run(address: string, testName: string, passed: boolean, endpoint: SmokeTestResult['endpoint'] = 'test'): SmokeTestResult {
  return {
    address,
    actionId: 'id',
    testName,
    endpoint,
    passed,
    attempts: 1,
    elapsedMs: 5,
    failures: passed ? [] : ['Genesys reported failure: boom'],
  };
}

describe('buildDriftReport', () => {
  it('is clean when live state matches and every test passes', () => {
    const report = buildDriftReport(inputFor(observedInSync(), { smokeTests: [run(LOOKUP, 'shipped order', true)] }));
    expect(report.summary).toEqual({
      drift: false,
      driftedResources: 0,
      failedTests: 0,
      failedChecks: 0,
      testsRun: 1,
      testsPassed: 1,
      clean: true,
    });
    expect(report.findings).toEqual([]);
  });

  it.each<[string, (observed: ObservedState) => void, { address: string; category: string; fields: string[] }]>([
    [
      'a field edited by hand is changed',
      (observed) => {
        observed.dataActions[0]!.timeoutSeconds = 30;
      },
      { address: LOOKUP, category: 'changed', fields: ['timeoutSeconds'] },
    ],
    [
      'a declared action deleted by hand is missing',
      (observed) => {
        observed.dataActions.splice(0, 1);
      },
      { address: LOOKUP, category: 'missing', fields: [] },
    ],
    [
      'an action added by hand to the managed integration is unmanaged',
      (observed) => {
        observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_extra', name: 'Made In The UI' });
      },
      { address: 'action/Orders Lambda/Made In The UI', category: 'unmanaged', fields: [] },
    ],
  ])('%s', (_name, edit, expected) => {
    const observed = observedInSync();
    edit(observed);
    const report = buildDriftReport(inputFor(observed));
    expect(
      report.findings.map((finding) => ({
        address: finding.address,
        category: finding.category,
        fields: finding.fields.map((field) => field.path.join('.')),
      })),
    ).toEqual([expected]);
    expect(report.summary).toMatchObject({ drift: true, driftedResources: 1, clean: false });
  });

  it('counts a failing test once although it failed on /test and /execute, and lists both runs', () => {
    const report = buildDriftReport(
      inputFor(observedInSync(), {
        smokeTests: [run(LOOKUP, 'shipped order', false), run(LOOKUP, 'shipped order', false, 'execute'), run(LOOKUP, 'other', true)],
      }),
    );
    expect(report.summary).toMatchObject({ drift: false, failedTests: 1, testsRun: 2, testsPassed: 1, clean: false });
    expect(report.failedTests.map((test) => test.endpoint)).toEqual(['test', 'execute']);
  });

  it('carries first-seen times by problem, and starts new problems now', () => {
    const observed = observedInSync();
    observed.dataActions[0]!.timeoutSeconds = 30;
    const first = buildDriftReport(
      inputFor(observed, { checkedAt: '2026-11-24T06:00:00Z', smokeTests: [run(LOOKUP, 'shipped order', false)] }),
    );
    const previous = parseFirstSeenState(firstSeenStateLine(problemsByAge(first), 10_000));
    observed.dataActions[1]!.category = 'Edited';
    const second = buildDriftReport(inputFor(observed, { previous, smokeTests: [run(LOOKUP, 'shipped order', false)] }));
    expect(second.findings.map((finding) => [finding.address, finding.firstSeen])).toEqual([
      [LOOKUP, '2026-11-24T06:00:00Z'],
      ['action/Orders Lambda/Verify Customer', NOW],
    ]);
    expect(second.failedTests.map((test) => test.firstSeen)).toEqual(['2026-11-24T06:00:00Z']);
  });
});

describe('first-seen state', () => {
  it('writes times to the second in UTC', () => {
    expect(isoSecond(Date.parse('2026-11-24T12:00:05.999Z'))).toBe('2026-11-24T12:00:05Z');
  });

  it('round-trips through the hidden line without names in it', () => {
    const line = firstSeenStateLine([{ key: 'resource action/Orders/--> <b>', firstSeen: '2026-11-20T00:00:00Z' }], 1000);
    expect(line).toMatch(/^<!-- genesys-lambda-gitops:drift-state v1 [A-Za-z0-9_-]+ -->$/);
    expect(line).not.toContain('Orders');
    expect(firstSeenOf('resource action/Orders/--> <b>', parseFirstSeenState(`body\n${line}\n`), NOW)).toBe('2026-11-20T00:00:00Z');
  });

  it('keeps the longest-standing entries that fit the budget', () => {
    const entries = Array.from({ length: 200 }, (_, index) => ({ key: `resource r${index}`, firstSeen: '2026-11-01T00:00:00Z' }));
    const line = firstSeenStateLine(entries, 2000);
    expect(line.length).toBeLessThanOrEqual(2000);
    const state = parseFirstSeenState(line);
    expect(state.size).toBeGreaterThan(10);
    expect(firstSeenOf('resource r0', state, NOW)).toBe('2026-11-01T00:00:00Z');
    expect(firstSeenOf('resource r199', state, NOW)).toBe(NOW);
  });

  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  it.each([
    ['no state line', 'an issue someone wrote'],
    ['not base64 JSON', '<!-- genesys-lambda-gitops:drift-state v1 %%% -->'],
    ['a JSON array', `<!-- genesys-lambda-gitops:drift-state v1 ${encoded(['2026-11-01T00:00:00Z'])} -->`],
    [
      'values that are not times',
      `<!-- genesys-lambda-gitops:drift-state v1 ${encoded({ AAAAAAAAAAAAAAAA: 'yesterday', BBBBBBBBBBBBBBBB: 7 })} -->`,
    ],
    ['keys that are not hashes', `<!-- genesys-lambda-gitops:drift-state v1 ${encoded({ 'resource role/x': '2026-11-01T00:00:00Z' })} -->`],
  ])('reads %s as no state', (_name, body) => {
    expect(parseFirstSeenState(body).size).toBe(0);
  });

  it('does not carry a time from the future (an edited issue body)', () => {
    const line = firstSeenStateLine([{ key: 'resource role/x', firstSeen: '2099-01-01T00:00:00Z' }], 1000);
    expect(firstSeenOf('resource role/x', parseFirstSeenState(line), NOW)).toBe(NOW);
  });
});
