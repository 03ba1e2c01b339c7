/**
 * Text from a server (Genesys names, error text, audit user names) or a
 * manifest is plain text wherever it is rendered. The building blocks first,
 * table-driven over every hostile input: the console sanitizer (no line
 * break, no ESC/BEL, no bidi override, no workflow command) and the markdown
 * helpers (no line break, no live link, e-mail or @mention). Then each
 * renderer with a hostile name. When cmark-gfm is on the PATH, the markdown is
 * also rendered and checked for headings, links and lost HTML blocks.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ApplyReport } from '../../src/apply/apply-report.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildDriftReport } from '../../src/drift/drift-report.js';
import { NO_FIRST_SEEN } from '../../src/drift/first-seen.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { planChanges } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { renderApplyConsole, renderApplyMarkdown } from '../../src/render/apply-report.js';
import { consoleText } from '../../src/render/console-text.js';
import { renderDiagnosticsMarkdown } from '../../src/render/diagnostics-markdown.js';
import { renderDriftConsole, renderDriftIssueBody, renderDriftSummary } from '../../src/render/drift-issue.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { escapeHtml, escapeMarkdownText, htmlText, inlineCode } from '../../src/render/markdown-text.js';
import { renderPlanComment } from '../../src/render/plan-comment.js';
import { renderPlanConsole } from '../../src/render/plan-console.js';
import { desiredFixture, observedInSync } from '../plan/plan-fixtures.js';

const Z = '\u200b';

/** The audit's renamed action: line breaks, workflow commands, ANSI and OSC escapes, a bare CR. */
const NL_INJECT = 'x\n::error::NL-INJECT\n::set-output name=mode::pwned\u001b[31m red\u001b]0;title\u0007\rEnd';
/** A bare CR then markdown: a heading and a live link if the CR survives. */
const CR_HEADING = 'Store\r# HEADING [link](https://evil.example) @octocat octo/repo#1';
/** A blank line ends an HTML block (`<details>`): what follows renders as markdown. */
const BLANK_LINE = 'Store\r\n\r\n# HEADING [link](https://evil.example)';
const HOSTILE_NAMES = [
  NL_INJECT,
  CR_HEADING,
  BLANK_LINE,
  'a\u2028::error::ls\u2029b',
  'spoof\u202egnp.exe\u2066x\u2069',
  'crlf\r\n::warning::w',
];

/** Every character that may not survive into one rendered line. */
const FORBIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/;

function expectSafeConsoleLines(text: string): void {
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  for (const line of text.split('\n')) {
    expect(line.trimStart(), line).not.toMatch(/^::/);
    expect(line, line).not.toContain('##[');
  }
}

describe('consoleText', () => {
  it.each([
    ['plain name', 'Lookup Order', 'Lookup Order'],
    ['keeps spaces as written', 'a  b', 'a  b'],
    ['LF', 'x\n::error::NL-INJECT', 'x⏎::error::NL-INJECT'],
    ['CR LF counts once', 'x\r\ny', 'x⏎y'],
    ['bare CR', 'x\r::set-output name=mode::pwned', 'x⏎::set-output name=mode::pwned'],
    ['U+2028 and U+2029', 'a\u2028b\u2029c', 'a⏎b⏎c'],
    ['VT, FF, NEL', 'a\u000bb\u000cc\u0085d', 'a⏎b⏎c⏎d'],
    ['CSI colour', 'a\u001b[31mred', 'a\\x1b[31mred'],
    ['OSC title ended by BEL', '\u001b]0;title\u0007x', '\\x1b]0;title\\x07x'],
    ['NUL and DEL and C1', 'a\u0000b\u007fc\u009bd', 'a\\x00b\\x7fc\\x9bd'],
    ['bidi override and isolates', 'a\u202eb\u2066c\u2069', 'a\\u202eb\\u2066c\\u2069'],
    ['zero-width space and BOM', 'a\u200bb\ufeff', 'a\\u200bb\\ufeff'],
    ['tab', 'a\tb', 'a b'],
    ['leading workflow command', '::error::x', '\\::error::x'],
    ['leading workflow command after spaces', '   ::add-mask::x', '   \\::add-mask::x'],
    ['legacy command anywhere', 'name ##[error]x', 'name ##\\[error]x'],
    ['an ARN stays as it is', 'arn:aws:iam::123456789012:role/x', 'arn:aws:iam::123456789012:role/x'],
    ['the audit name', NL_INJECT, 'x⏎::error::NL-INJECT⏎::set-output name=mode::pwned\\x1b[31m red\\x1b]0;title\\x07⏎End'],
  ])('%s', (_name, input, expected) => {
    expect(consoleText(input)).toBe(expected);
    expectSafeConsoleLines(consoleText(input));
  });
});

describe('markdown building blocks', () => {
  it.each([
    ['plain', 'Lookup Order', '`Lookup Order`', 'Lookup Order'],
    [
      'bare CR',
      CR_HEADING,
      '`Store⏎# HEADING [link](https://evil.example) @octocat octo/repo#1`',
      `Store # HEADING \\[link\\](https:${Z}//evil.example) @${Z}octocat octo/repo#${Z}1`,
    ],
    ['blank line', BLANK_LINE, '`Store⏎⏎# HEADING [link](https://evil.example)`', `Store  # HEADING \\[link\\](https:${Z}//evil.example)`],
    ['U+2028', 'a\u2028# b', '`a⏎# b`', 'a # b'],
    ['controls', 'a\u001b[31m\u0007\u202e', '`a\\x1b[31m\\x07\\u202e`', 'a\\\\x1b\\[31m\\\\x07\\\\u202e'],
    [
      'URLs',
      'http://a.x HTTPS://b.x www.c.x WWW.D.X',
      '`http://a.x HTTPS://b.x www.c.x WWW.D.X`',
      `http:${Z}//a.x HTTPS:${Z}//b.x www${Z}.c.x WWW${Z}.D.X`,
    ],
    [
      'e-mail and mailto',
      'user@example.com mailto:a@b.co',
      '`user@example.com mailto:a@b.co`',
      `user@${Z}example.com mailto:${Z}a@${Z}b.co`,
    ],
    ['mention and team', '@octocat @org/team', '`@octocat @org/team`', `@${Z}octocat @${Z}org/team`],
    [
      'issue references',
      'see #12, GH-7 and octo/repo#3 (not #x or A-1)',
      '`see #12, GH-7 and octo/repo#3 (not #x or A-1)`',
      `see #${Z}12, GH${Z}-7 and octo/repo#${Z}3 (not #x or A-1)`,
    ],
    ['block markup at the start', '# h', '`# h`', '\\# h'],
    ['a list marker at the start', '- item', '`- item`', '\\- item'],
    ['an ordered list at the start', '1. one', '`1. one`', '1\\. one'],
    ['a version is not a list', '7.0', '`7.0`', '7.0'],
    ['a thematic break', '---', '`---`', '\\---'],
    ['strikethrough', '~~x~~', '`~~x~~`', '\\~\\~x\\~\\~'],
    ['backslash escapes', '\\[x](y) a\\|b', '`\\[x](y) a\\\\|b`', '\\\\\\[x\\](y) a\\\\\\|b'],
  ])('%s', (_name, input, code, text) => {
    expect(inlineCode(input)).toBe(code);
    expect(escapeMarkdownText(input)).toBe(text);
  });

  it.each(HOSTILE_NAMES)('%j: every helper keeps it on one line, and plain text without live links', (name) => {
    for (const helper of [inlineCode, escapeMarkdownText, escapeHtml, htmlText]) expect(helper(name)).not.toMatch(FORBIDDEN);
    for (const helper of [escapeMarkdownText, htmlText]) {
      expect(helper(name)).not.toMatch(/:\/\/|www\./i);
      expect(helper(name)).not.toMatch(/@(?!\u200b)|#\d/);
    }
  });

  it('escapeHtml keeps a blank line from ending the <summary> HTML block', () => {
    expect(escapeHtml(BLANK_LINE)).toBe('Store⏎⏎# HEADING [link](https://evil.example)');
    expect(escapeHtml('<b>"x"</b> & y')).toBe('&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; y');
    expect(htmlText('@octocat https://evil.example\r\n\r\nx')).toBe(`@${Z}octocat https:${Z}//evil.example  x`);
  });
});

/** cmark-gfm, when installed: GitHub's renderer (without GitHub's own mention filter). */
const cmark = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0;

function renderGfm(markdown: string): string {
  const result = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough'], {
    input: markdown,
    encoding: 'utf8',
  });
  return result.stdout;
}

/** The markdown without its code: fences, inline spans and `<code>` elements. */
function outsideCode(markdown: string): string {
  return markdown
    .replace(/^(`{3,}).*\n[\s\S]*?^\1$/gm, '')
    .replace(/(`+)(.+?)(?<!`)\1(?!`)/g, '')
    .replace(/<code>.*?<\/code>/g, '');
}

/** What the markdown must not be, as text and (with cmark-gfm) as HTML. */
function expectPlainMarkdown(markdown: string, allowedLinks: number): void {
  expect(markdown).not.toMatch(/[\r\u2028\u2029\u001b\u0007]/);
  expect(markdown).not.toMatch(/^# HEADING/m);
  expect(markdown).not.toMatch(/^::/m);
  // Mentions and issue references do not apply in code (spans, fences, <code>): everywhere else a zero-width
  // space follows `@`, and each `#` before a digit.
  expect(outsideCode(markdown)).not.toMatch(/@(?!\u200b)|:\/\/|#\d|\bGH-\d/i);
  if (!cmark) return;
  const html = renderGfm(markdown);
  expect(html).not.toMatch(/<h1>/);
  expect(html).not.toContain('href="https://evil.example"');
  expect([...html.matchAll(/<a /g)].length).toBe(allowedLinks);
  // Every <details> block stays one HTML block: its </details> is never rendered as a paragraph's text.
  expect(html).not.toMatch(/<p>[^<]*&lt;\/?(details|summary)/);
}

function hostilePlan(name: string): Plan {
  const observed: ObservedState = observedInSync();
  observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_hostile', name });
  const plan = planChanges(desiredFixture(), observed, { prune: true });
  const address = plan.changes.find((change) => change.action === 'delete')?.address ?? `action/x/${name}`;
  plan.checks.push({ code: plan.checks[0]?.code ?? 'architect-consumers', status: 'fail', address, message: `${name} @octocat` });
  plan.summary.failedChecks += 1;
  return plan;
}

describe.each(HOSTILE_NAMES)('a server-side name %j', (name) => {
  it('reaches the plan console escaped', () => {
    const text = renderPlanConsole(hostilePlan(name));
    expectSafeConsoleLines(text);
    expect(text).toContain(consoleText(name));
  });

  it('reaches the PR comment and the job summary as plain text', () => {
    const plan = hostilePlan(name);
    expect(plan.changes.some((change) => change.action === 'delete' && change.address.includes(name))).toBe(true);
    const comment = renderPlanComment(plan, { environment: 'prod' });
    expect(comment).toContain('[!CAUTION]');
    expectPlainMarkdown(comment, 0);
    expectPlainMarkdown(renderJobSummary(plan, { environment: 'prod' }), 0);
  });

  const drift = () => {
    const observed = observedInSync();
    observed.dataActions[0]!.timeoutSeconds = 30;
    observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_hostile', name });
    const plan = planChanges(desiredFixture(), observed, { prune: false });
    const changed = plan.changes.find((change) => change.action === 'update')!.address;
    return buildDriftReport({
      plan,
      smokeTests: [
        {
          address: changed,
          actionId: 'id',
          testName: name,
          endpoint: 'test',
          passed: false,
          attempts: 1,
          elapsedMs: 5,
          failures: [`${name} @octocat`],
        },
      ],
      skippedTests: [],
      attributions: new Map([
        [changed, { status: 'found', by: `@octocat ${name}`, actor: 'user', at: '2026-11-24T05:58:12Z', action: name }],
      ]),
      previous: NO_FIRST_SEEN,
      checkedAt: '2026-11-24T06:17:00Z',
    });
  };

  it('reaches the drift console escaped, "last changed by" too', () => {
    const text = renderDriftConsole(drift());
    expectSafeConsoleLines(text);
    expect(text).toContain(`last changed by ${consoleText(`@octocat ${name}`)}`);
  });

  it('reaches the drift issue and its job summary as plain text', () => {
    expectPlainMarkdown(renderDriftIssueBody(drift()), 0);
    expectPlainMarkdown(renderDriftSummary(drift()), 0);
  });

  const applied: ApplyReport = {
    environment: 'prod',
    success: false,
    steps: [
      { address: `action/I/${name}`, kind: 'action', action: 'replace', status: 'failed', message: name, liveId: name, previousId: name },
    ],
    smokeTests: [
      {
        address: `action/I/${name}`,
        actionId: 'a',
        testName: `${name} @octocat`,
        endpoint: 'test',
        passed: false,
        attempts: 1,
        elapsedMs: 1,
        failures: [name],
        trace: [{ step: 1, name, success: false, error: `${name} @octocat` }],
      },
    ],
  };

  it('reaches the apply console escaped', () => {
    expectSafeConsoleLines(renderApplyConsole(applied));
  });

  it('reaches the apply report markdown as plain text', () => {
    const markdown = renderApplyMarkdown(applied);
    expect(markdown).toContain('<details><summary>');
    expectPlainMarkdown(markdown, 0);
  });

  it('reaches the validation job summary as plain text', () => {
    const diagnostic: Diagnostic = {
      severity: 'error',
      code: 'E_SCHEMA' as Diagnostic['code'],
      message: `integration "${name}" @octocat is not declared`,
      file: `manifests/${name}.yaml`,
      start: { line: 1, column: 1 },
      end: { line: 1, column: 2 },
    };
    expectPlainMarkdown(renderDiagnosticsMarkdown([diagnostic]), 0);
  });
});
