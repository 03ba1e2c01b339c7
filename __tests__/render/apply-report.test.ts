/**
 * The apply report's markdown goes into the job summary and onto the merged pull request: names come from
 * manifests and ids, errors and trace lines from Genesys, so all of them must stay plain text, and the
 * whole must fit a GitHub comment.
 */
import { describe, expect, it } from 'vitest';
import type { ApplyReport, SmokeTestResult } from '../../src/apply/apply-report.js';
import { renderApplyConsole, renderApplyMarkdown } from '../../src/render/apply-report.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/render/comment-limit.js';

const HOSTILE = 'bad <img src=x onerror=alert(1)> **bold** [link](https://evil.example) a|b `tick`\n## heading';

function failedTest(overrides: Partial<SmokeTestResult> = {}): SmokeTestResult {
  return {
    address: 'DataAction/Orders Lookup',
    actionId: 'a-1',
    testName: 'known order',
    endpoint: 'test',
    passed: false,
    attempts: 1,
    elapsedMs: 12,
    failures: [`status: expected "open", got ${HOSTILE}`],
    trace: [
      { step: 1, name: 'Resolve request', success: true },
      { step: 2, name: 'Execute <b>', success: false, error: HOSTILE },
    ],
    ...overrides,
  };
}

const hostileReport: ApplyReport = {
  environment: 'prod`x',
  success: false,
  steps: [
    { address: 'Role/gen|esys', kind: 'role', action: 'update', status: 'applied', liveId: 'arn:aws:iam::1:role/x`y' },
    { address: 'DataAction/Orders Lookup', kind: 'action', action: 'replace', status: 'failed', message: HOSTILE, previousId: 'old' },
  ],
  smokeTests: [failedTest()],
};

/** Cells of a table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

describe('renderApplyMarkdown', () => {
  const markdown = renderApplyMarkdown(hostileReport);

  it('shows Genesys error text as plain text: no HTML, no emphasis, no link, no heading', () => {
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toContain('**bold**');
    expect(markdown).not.toContain('[link](');
    expect(markdown).not.toMatch(/^## heading/m);
    expect(markdown).toContain(
      '&lt;img src=x onerror=alert(1)&gt; \\*\\*bold\\*\\* \\[link\\](https:\u200b//evil.example) a\\|b \\`tick\\` ## heading',
    );
    expect(markdown).toContain('- ❌ 2. Execute &lt;b&gt;: bad &lt;img');
  });

  it('keeps every table row to its columns, whatever the names and messages hold', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| applied') && !line.startsWith('| |'));
    const changeRows = rows.filter((row) => row.includes('Role/') || row.includes('DataAction/'));
    expect(changeRows.length).toBe(3);
    for (const row of changeRows) expect(cells(row).length, row).toBe(row.includes(' ms |') ? 6 : 5);
  });

  it('puts names and ids in code spans that their backticks cannot close', () => {
    expect(markdown).toContain('## genesys-lambda-gitops apply: ``prod`x`` ❌ failed');
    expect(markdown).toContain('``arn:aws:iam::1:role/x`y``');
    expect(markdown).toContain('`Role/gen\\|esys`');
    expect(markdown).toContain('<summary>Trace of <code>DataAction/Orders Lookup</code> "known order"</summary>');
  });

  it('fits the comment limit, dropping traces first and then rows, with a notice', () => {
    const steps = Array.from({ length: 3_000 }, (_, index) => ({
      address: `DataAction/action-${index}`,
      kind: 'action' as const,
      action: 'create' as const,
      status: 'failed' as const,
      message: `Genesys said no (${index}) `.repeat(5),
    }));
    const huge = renderApplyMarkdown({ ...hostileReport, steps, smokeTests: Array.from({ length: 50 }, () => failedTest()) });
    expect(huge.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT - 512);
    expect(huge).not.toContain('<details>');
    expect(huge).toMatch(/_… \d+ more line\(s\) left out to fit GitHub's comment limit; the workflow log has the full report._$/);

    expect(
      renderApplyMarkdown({ ...hostileReport, smokeTests: Array.from({ length: 40 }, () => failedTest()) }, { maxChars: 1e9 }).length,
    ).toBeGreaterThan(12_000);
    const tracesOnly = renderApplyMarkdown(
      { ...hostileReport, smokeTests: Array.from({ length: 40 }, () => failedTest()) },
      { maxChars: 12_000 },
    );
    expect(tracesOnly.length).toBeLessThanOrEqual(12_000);
    expect(tracesOnly).not.toContain('<details>');
    expect(tracesOnly).toContain('Traces of failed smoke tests are left out');
    expect(tracesOnly).not.toContain('more line(s) left out');
  });

  it('leaves a report that fits as it is', () => {
    const small = renderApplyMarkdown(
      { environment: 'dev', success: true, steps: [], smokeTests: [] },
      { runUrl: 'https://github.com/o/r/actions/runs/1' },
    );
    expect(small.split('\n')).toEqual([
      '## genesys-lambda-gitops apply: `dev` ✅ succeeded',
      '',
      '| applied | failed | not applied | smoke tests passed |',
      '|---:|---:|---:|---:|',
      '| 0 | 0 | 0 | 0 / 0 |',
      '',
      '[Workflow run](https://github.com/o/r/actions/runs/1)',
      '',
      'No changes to apply.',
      '',
    ]);
  });
});

describe('renderApplyConsole', () => {
  it('lists every step and smoke test with its outcome', () => {
    const text = renderApplyConsole({ ...hostileReport, smokeTests: [failedTest({ passed: true, attempts: 3, failures: [] })] });
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Apply to prod`x: FAILED',
      '  ✓ update Role/gen|esys: applied → arn:aws:iam::1:role/x`y',
      // One line per step: a server's line breaks show as ⏎ and do not start new console lines.
      `  ✗ replace DataAction/Orders Lookup: failed (replaced old) — ${HOSTILE.replace(/\n/g, '⏎')}`,
    ]);
    expect(text).toContain('  ✓ DataAction/Orders Lookup [test] "known order": passed (12 ms, 3 attempts)');
  });
});

describe('server text in the console report', () => {
  it('shows terminal escapes and control characters escaped, keeping one line per step', async () => {
    const { renderApplyConsole } = await import('../../src/render/apply-report.js');
    const text = renderApplyConsole({
      environment: 'dev',
      success: false,
      steps: [
        {
          address: 'action/I/A',
          kind: 'action',
          action: 'create',
          status: 'failed',
          message: 'boom\u001b[2J\u001b[31m red\r\n::error::forged\u0007',
        },
      ],
      smokeTests: [],
    });
    expect(text.split('\n')).toEqual([
      'Apply to dev: FAILED',
      '  ✗ create action/I/A: failed — boom\\x1b[2J\\x1b[31m red⏎::error::forged\\x07',
    ]);
  });
});
