/**
 * The drift issue as GitHub shows it: a snapshot of a representative body,
 * the 65,536-character budget with a huge report, text from servers kept
 * plain, and the title, closing comment and console lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SmokeTestResult } from '../../src/apply/apply-report.js';
import type { ChangeAttribution } from '../../src/drift/change-attribution.js';
import { buildDriftReport, type DriftReport } from '../../src/drift/drift-report.js';
import { NO_FIRST_SEEN, parseFirstSeenState } from '../../src/drift/first-seen.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { planChanges } from '../../src/plan/planner.js';
import {
  renderDriftConsole,
  renderDriftIssueBody,
  renderDriftIssueTitle,
  renderDriftResolvedComment,
  renderDriftSummary,
} from '../../src/render/drift-issue.js';
import { desiredFixture, observedInSync } from '../plan/plan-fixtures.js';
import { repositoryRoot } from '../support/repository-root.js';

const LOOKUP = 'action/Orders Lambda/Lookup Order';
const VERIFY = 'action/Orders Lambda/Verify Customer';
const RUN_URL = 'https://github.com/acme/cx/actions/runs/9';

function failing(address: string, testName: string, failure: string, endpoint: SmokeTestResult['endpoint'] = 'test'): SmokeTestResult {
  return { address, actionId: 'id', testName, endpoint, passed: false, attempts: 3, elapsedMs: 20, failures: [failure] };
}

function reportOf(
  edit: (observed: ObservedState) => void,
  extra: { smokeTests?: SmokeTestResult[]; attributions?: [string, ChangeAttribution][] } = {},
): DriftReport {
  const observed = observedInSync();
  edit(observed);
  return buildDriftReport({
    plan: planChanges(desiredFixture(), observed, { prune: false }),
    smokeTests: extra.smokeTests ?? [],
    skippedTests: [],
    attributions: new Map(extra.attributions ?? []),
    previous: NO_FIRST_SEEN,
    checkedAt: '2026-11-24T06:17:00Z',
  });
}

function representative(): DriftReport {
  return reportOf(
    (observed) => {
      observed.dataActions[0]!.timeoutSeconds = 30;
      observed.dataActions[0]!.request.template = '{\n  "orderId": "${input.orderId}",\n  "debug": true\n}';
      const role = observed.roles['genesys-orders-invoker']!;
      role.attachedPolicyArns = ['arn:aws:iam::aws:policy/AdministratorAccess'];
      observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_ui', name: 'Made In The UI' });
    },
    {
      smokeTests: [
        failing(LOOKUP, 'shipped order', 'expect: status: expected "SHIPPED", got "LOST"'),
        failing(VERIFY, 'known caller', 'Genesys reported failure: (error text hidden: secure action)'),
      ],
      attributions: [
        [LOOKUP, { status: 'found', by: 'Jane Doe', actor: 'user', at: '2026-11-24T05:58:12.345Z', action: 'Update' }],
        [
          'action/Orders Lambda/Made In The UI',
          {
            status: 'unavailable',
            reason: 'the OAuth client may not read the audit trail (grant audits:audit:view to see who changed it)',
          },
        ],
      ],
    },
  );
}

describe('renderDriftIssueBody', () => {
  it('shows what differs, since when, who changed it, and the failing tests', async () => {
    const body = renderDriftIssueBody(representative(), { runUrl: RUN_URL });
    await expect(body).toMatchFileSnapshot('__snapshots__/drift-issue.md');
  });

  it('stays under 65,536 characters for a huge report, and keeps the marker, the head and the first-seen state', () => {
    const report = reportOf((observed) => {
      for (let index = 0; index < 3000; index++) {
        observed.dataActions.push({
          ...structuredClone(observed.dataActions[0]!),
          id: `custom_-_${index}`,
          name: `Made In The UI ${'x'.repeat(40)} ${index}`,
        });
      }
      observed.dataActions[0]!.timeoutSeconds = 30;
    });
    const body = renderDriftIssueBody(report, { runUrl: RUN_URL });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.split('\n')[0]).toBe('<!-- genesys-lambda-gitops:drift env=prod -->');
    expect(body).toContain('has drifted: 3001 resources differ');
    expect(body).toMatch(/this leaves out: .*more drifted resources.*The whole report is in the \[job summary\]/s);
    expect(parseFirstSeenState(body).size).toBeGreaterThan(100);
    expect(renderDriftIssueBody(report, { maxChars: 5_000 }).length).toBeLessThanOrEqual(5_000);
    expect(
      Buffer.byteLength(renderDriftSummary(report, { maxBytes: 20_000, issue: 'Drift issue #1: updated.' }), 'utf8'),
    ).toBeLessThanOrEqual(20_000);
  });

  it('keeps text from servers plain: names, error text and who changed it cannot inject markdown or HTML', () => {
    const hostile = '<img src=x onerror=alert(1)> **bold** | `tick` [link](https://evil.example)';
    const body = renderDriftIssueBody(
      reportOf(
        (observed) => {
          observed.dataActions[0]!.timeoutSeconds = 30;
        },
        {
          smokeTests: [failing(LOOKUP, 'shipped order', `Genesys reported failure: ${hostile}`)],
          attributions: [[LOOKUP, { status: 'found', by: hostile, actor: 'user', at: '2026-11-24T05:58:12Z', action: hostile }]],
        },
      ),
    );
    expect(body).not.toContain('<img');
    expect(body).not.toContain('**bold**');
    expect(body).not.toContain('[link](');
    // The URL stays readable but is not linked: a zero-width space sits inside `://`.
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; \\*\\*bold\\*\\* \\| \\`tick\\` \\[link\\](https:\u200b//evil.example)');
  });
});

const raiseTimeout = (observed: ObservedState): void => {
  observed.dataActions[0]!.timeoutSeconds = 30;
};

describe('the other drift texts', () => {
  it.each<[string, (observed: ObservedState) => void, SmokeTestResult[], string]>([
    ['drift only', raiseTimeout, [], 'Genesys Lambda GitOps: drift from the manifests in prod'],
    ['failing tests only', () => undefined, [failing(LOOKUP, 't', 'boom')], 'Genesys Lambda GitOps: failing smoke tests in prod'],
    ['both', raiseTimeout, [failing(LOOKUP, 't', 'boom')], 'Genesys Lambda GitOps: drift and failing smoke tests in prod'],
  ])('titles %s', (_name, edit, smokeTests, title) => {
    expect(renderDriftIssueTitle(reportOf(edit, { smokeTests }))).toBe(title);
  });

  it('closes with a comment saying since when it is clean', () => {
    const clean = reportOf(() => undefined, { smokeTests: [{ ...failing(LOOKUP, 't', ''), passed: true, failures: [] }] });
    expect(renderDriftResolvedComment(clean, { runUrl: RUN_URL })).toBe(
      `✅ \`prod\` matches the manifests again as of 2026-11-24T06:17:00Z ([workflow run](${RUN_URL})): every declared resource is as declared, nothing undeclared is left in the managed integrations, and 1 of 1 smoke test passed. Closing; this issue is reopened if the environment drifts again.`,
    );
  });

  it('prints one line per problem for the log', () => {
    expect(renderDriftConsole(representative()).split('\n')).toEqual([
      'Drift check of prod at 2026-11-24T06:17:00Z: 3 resource(s) differ, 2 smoke test(s) fail, 0 check(s) fail.',
      expect.stringMatching(/^ {2}role\/genesys-orders-invoker: changed \(attachedPolicyArns.*\), first seen 2026-11-24T06:17:00Z$/),
      `  ${LOOKUP}: changed (request.template, timeoutSeconds), first seen 2026-11-24T06:17:00Z, last changed by Jane Doe at 2026-11-24T05:58:12.345Z`,
      '  action/Orders Lambda/Made In The UI: unmanaged, first seen 2026-11-24T06:17:00Z',
      `  ${LOOKUP} /test "shipped order": expect: status: expected "SHIPPED", got "LOST"`,
      `  ${VERIFY} /test "known caller": Genesys reported failure: (error text hidden: secure action)`,
    ]);
  });

  it('writes the whole report to the job summary, without the marker or the hidden state', () => {
    const summary = renderDriftSummary(representative(), {
      runUrl: RUN_URL,
      issue: 'Drift issue [#7](https://github.com/acme/cx/issues/7): updated.',
    });
    expect(summary).not.toContain('<!-- genesys-lambda-gitops');
    expect(summary).toContain('```diff');
    expect(summary.trimEnd().endsWith('Drift issue [#7](https://github.com/acme/cx/issues/7): updated.')).toBe(true);
  });
});

describe('the README excerpt of the drift issue', () => {
  it('has the layout the renderer writes', () => {
    const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
    const excerpt = /<!-- drift-issue-excerpt:start -->([\s\S]*?)<!-- drift-issue-excerpt:end -->/.exec(readme)?.[1] ?? '';
    const report = { ...reportOf(raiseTimeout), checkedAt: '2026-12-01T12:06:56Z' };
    const rendered = renderDriftIssueBody(report, { runUrl: 'https://github.com/acme/contact-center/actions/runs/1001' }).split('\n');
    const structural = excerpt
      .split('\n')
      .filter((line) => /^(#{3,4} |Checked |\| Resource |\| Field |\|---|<details>|<\/details>)/.test(line))
      .map((line) => line.replace(/`dev`/g, '`prod`'));
    expect(structural.length).toBeGreaterThan(8);
    for (const line of structural) expect(rendered).toContain(line);
    expect(excerpt).toMatch(/^Smoke tests of the published actions: \d+ of \d+ tests passed\.$/m);
  });
});
