/**
 * The plan as GitHub markdown, at a chosen level of detail, within a length
 * budget. Shared by the PR comment (65,536 characters) and the job summary
 * (1 MiB). Pure: Plan in, string out.
 *
 * Layout, most important first: title and counts table, red banners, checks,
 * then one `<details>` per changed resource (field table and unified diffs),
 * a one-line count of unchanged resources, skipped deletes, smoke tests, and
 * a footer with the fingerprint.
 *
 * Shortening order when over budget: unified diffs, then the bodies of the
 * `<details>` blocks, then per-resource lines (destructive ones are kept
 * longest, because changes are already ordered destructive first); every
 * omission is named in a notice that says where the full plan is.
 */
import { sortKeysDeep } from '../model/json.js';
import { SENSITIVE_PLACEHOLDER } from '../model/sensitive.js';
import { formatFieldPath } from '../plan/field-diff.js';
import type { CrossCheck, FieldDiff, Plan, ResourceChange, RiskFlag } from '../plan/types.js';
import { alertFor, type AlertKind } from './banner-alerts.js';
import { adoptionPhrase, changeCount } from './adoption-phrase.js';
import { actionSymbol, actionVerb, checkStatusIcon, checkStatusRank, riskLabel } from './change-presentation.js';
import { consumerBanner, consumerLines, consumersSuffix, supersededSection } from './consumers-markdown.js';
import { codeFence, escapeHtml, escapeMarkdownText, inlineCode, plural, truncateText } from './markdown-text.js';
import { renderPlanGraph } from './plan-graph.js';
import type { SourceLinker } from './source-link.js';
import { unifiedDiff } from './unified-diff.js';

/** How much of each change is shown. */
export type DetailLevel = 'full' | 'no-diffs' | 'one-line';

export interface PlanMarkdownOptions {
  environment: string;
  /** Hidden first line (plan comments only). */
  markerLine?: string;
  /** Link to the workflow run (its job summary holds the full plan). */
  runUrl?: string;
  /** Where the plan file is, e.g. "the `plan` artifact of this run (plan.json)". */
  fullPlanLocation?: string;
  /** Budget in the unit `measure` counts. */
  maxLength: number;
  measure: (text: string) => number;
  /** What the budget protects against, for the omission notice. */
  budgetName: string;
  /** Whether the notice may point at the job summary (false inside the job summary itself). */
  pointToJobSummary: boolean;
  /** Links "Declared in" to the manifest line (the action knows the repository and commit). */
  sourceLink?: SourceLinker;
  /** Draw the collapsed graph of what the plan creates, replaces or deletes (default: true). */
  graph?: boolean;
}

/** Most lines shown of one unified diff; longer ones are cut with a note. */
const MAX_DIFF_LINES = 200;
/** Most characters of a value shown in a field table cell. */
const MAX_CELL_CHARS = 120;
/** Room kept for the omission notice and footer while fitting per-resource lines. */
const NOTICE_RESERVE = 1_200;

interface Caps {
  /** Addresses listed per banner. */
  bannerItems: number;
  /** Rows of the checks table (passing checks go first when rows run out). */
  checkRows: number;
  /** Skipped deletes and smoke tests listed. */
  listItems: number;
}

const GENEROUS: Caps = { bannerItems: 50, checkRows: 500, listItems: 500 };
const TIGHT: Caps = { bannerItems: 10, checkRows: 40, listItems: 20 };
const UNCAPPED: Caps = { bannerItems: Infinity, checkRows: Infinity, listItems: Infinity };

function getAtPath(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** The field path as the plan's reasons write it (`a.b[0]`), or the whole resource. */
function formatPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(whole resource)' : formatFieldPath(path);
}

/** Values that read better as a diff than in a table cell: multi-line text, and objects too long for a cell. */
function isBlockValue(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\n');
  return value !== null && typeof value === 'object' && JSON.stringify(value).length > 60;
}

function blockText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(sortKeysDeep(value), null, 2);
}

function cellValue(field: FieldDiff, value: unknown, hasDiff: boolean): string {
  if (value === undefined) return '';
  if (field.sensitive) return `*${SENSITIVE_PLACEHOLDER}*`;
  if (hasDiff && isBlockValue(value)) return '*(see diff)*';
  const text = typeof value === 'string' ? value : JSON.stringify(sortKeysDeep(value));
  return inlineCode(truncateText(text, MAX_CELL_CHARS));
}

/** The path whose whole value gets one unified diff: a contract side, or the field itself. */
function diffGroup(field: FieldDiff): (string | number)[] {
  if (field.path[0] === 'contract' && field.path.length >= 2) return field.path.slice(0, 2);
  return field.path;
}

function diffBlocks(change: ResourceChange): { path: (string | number)[]; text: string }[] {
  if (change.action === 'delete' || change.action === 'no-op') return [];
  const seen = new Set<string>();
  const blocks: { path: (string | number)[]; text: string }[] = [];
  for (const field of change.fields) {
    if (field.sensitive) continue;
    const group = diffGroup(field);
    const key = JSON.stringify(group);
    if (seen.has(key)) continue;
    const before = getAtPath(change.before, group);
    const after = getAtPath(change.after, group);
    if (!isBlockValue(before) && !isBlockValue(after)) continue;
    seen.add(key);
    const label = formatPath(group);
    let text = unifiedDiff(blockText(before), blockText(after), { fromLabel: `${label} (live)`, toLabel: `${label} (manifest)` });
    const lines = text.split('\n');
    if (lines.length > MAX_DIFF_LINES) {
      text = [...lines.slice(0, MAX_DIFF_LINES), `… ${lines.length - MAX_DIFF_LINES} more diff lines are in the plan file`].join('\n');
    }
    if (text !== '') blocks.push({ path: group, text });
  }
  return blocks;
}

function fieldChangeText(field: FieldDiff): string {
  return field.forcesReplace ? `${field.kind}, forces replacement` : field.kind;
}

function risksSuffix(risks: readonly RiskFlag[]): string {
  return risks.length === 0 ? '' : ` · ⚠️ ${risks.map(riskLabel).join(', ')}`;
}

function changeLine(change: ResourceChange): string {
  return `- ${inlineCode(actionSymbol(change.action))} **${actionVerb(change.action)}** ${inlineCode(change.address)}${risksSuffix(change.risks)}${consumersSuffix(change)}`;
}

/** `Declared in file:line`, linked to that line of the commit when the run says where it is. */
function declaredIn(source: NonNullable<ResourceChange['source']>, sourceLink: SourceLinker | undefined): string {
  const label = inlineCode(`${source.file}:${source.line}`);
  const url = sourceLink?.(source);
  return `Declared in ${url === undefined ? label : `[${label}](${url})`}`;
}

function changeBlock(change: ResourceChange, level: Exclude<DetailLevel, 'one-line'>, sourceLink?: SourceLinker): string {
  const summary = `<summary><code>${escapeHtml(actionSymbol(change.action))}</code> <b>${actionVerb(change.action)}</b> <code>${escapeHtml(change.address)}</code>${escapeHtml(risksSuffix(change.risks))}</summary>`;
  const body: string[] = [];
  // The reason already spells out replaceReasons ("cannot be changed in place: …").
  body.push(escapeMarkdownText(change.reason));
  for (const [risk, notes] of Object.entries(change.riskNotes ?? {}) as [RiskFlag, string[]][]) {
    if (notes.length > 0) body.push(`**${riskLabel(risk)}:**\n${notes.map((note) => `- ${escapeMarkdownText(note)}`).join('\n')}`);
  }
  const consumers = consumerLines(change, Infinity);
  if (consumers !== '') body.push(consumers);
  if (change.liveId !== undefined) body.push(`Live id: ${inlineCode(change.liveId)}`);
  if (change.source !== undefined) body.push(declaredIn(change.source, sourceLink));
  const blocks = level === 'full' ? diffBlocks(change) : [];
  const blockKeys = new Set(blocks.map((block) => JSON.stringify(block.path)));
  if (change.action !== 'delete' && change.fields.length > 0) {
    const rows = change.fields.map((field) => {
      const hasDiff = blockKeys.has(JSON.stringify(diffGroup(field)));
      return `| ${inlineCode(formatPath(field.path))} | ${fieldChangeText(field)} | ${cellValue(field, field.before, hasDiff)} | ${cellValue(field, field.after, hasDiff)} |`;
    });
    body.push(['| Field | Change | Live | Manifest |', '|---|---|---|---|', ...rows].join('\n'));
  }
  for (const block of blocks) body.push(codeFence(block.text, 'diff'));
  return `<details>\n${summary}\n\n${body.join('\n\n')}\n\n</details>`;
}

function countsTable(plan: Plan): string {
  const s = plan.summary;
  // The Adopt column appears only when something is adopted: most plans never adopt.
  const adopt = s.adopt > 0;
  return [
    `| Create | Update | Replace | Delete |${adopt ? ' Adopt |' : ''} Unchanged | Kept (prune off) | Failed checks |`,
    `|---:|---:|---:|---:|${adopt ? '---:|' : ''}---:|---:|---:|`,
    `| ${s.create} | ${s.update} | ${s.replace} | ${s.delete} |${adopt ? ` ${s.adopt} |` : ''} ${s.noOp} | ${s.skippedDeletes} | ${s.failedChecks} |`,
  ].join('\n');
}

function headline(plan: Plan, environment: string): string {
  const s = plan.summary;
  const parts = [`${s.create} to create`, `${s.update} to update`, `${s.replace} to replace`, `${s.delete} to delete`];
  const adopting = adoptionPhrase(plan);
  if (adopting === '') return `### Genesys Lambda GitOps plan for ${inlineCode(environment)}: ${parts.join(', ')}`;
  const changes = changeCount(plan);
  return `### Genesys Lambda GitOps plan for ${inlineCode(environment)}: ${adopting}, ${plural(changes, 'change')}${changes > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** An adoption that writes nothing: listed by address, not as a change block. */
function isQuietAdoption(change: ResourceChange): boolean {
  return change.action === 'adopt' && change.fields.length === 0;
}

function addressList(changes: readonly { address: string }[], cap: number): string {
  const shown = changes.slice(0, cap).map((change) => inlineCode(change.address));
  const rest = changes.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

function alert(kind: AlertKind, lines: string[]): string {
  return [`> [!${kind}]`, ...lines.map((line) => `> ${line}`)].join('\n');
}

function notesList(changes: readonly ResourceChange[], risk: RiskFlag, cap: number): string[] {
  const withRisk = changes.filter((change) => change.risks.includes(risk));
  const lines = withRisk.slice(0, cap).map((change) => {
    const notes = change.riskNotes?.[risk] ?? [];
    const text = notes.length > 0 ? `: ${escapeMarkdownText(truncateText(notes.join('; '), 300))}` : '';
    return `- ${inlineCode(change.address)}${text}`;
  });
  if (withRisk.length > cap) lines.push(`- and ${withRisk.length - cap} more`);
  return lines;
}

function banners(plan: Plan, caps: Caps): string[] {
  const result: string[] = [];
  const destructive = plan.changes.filter((change) => change.action === 'delete' || change.action === 'replace');
  if (destructive.length > 0) {
    const deletes = destructive.filter((change) => change.action === 'delete');
    const replaces = destructive.filter((change) => change.action === 'replace');
    const lines = [
      `**Destructive:** ${plural(deletes.length, 'resource')} will be deleted and ${replaces.length} replaced (re-created with a new id): ${addressList(destructive, caps.bannerItems)}.`,
    ];
    if (destructive.some((change) => change.risks.includes('repoint-flows'))) {
      lines.push(
        '',
        'Published Architect flows call data actions by id. A replaced action keeps serving under a superseded name while flows use it; a deleted one is gone.',
      );
    }
    result.push(alert(alertFor('destructive'), lines));
  }
  result.push(...consumerBanner(plan, caps.bannerItems));
  if (plan.summary.permissionsBroadened) {
    result.push(
      alert(alertFor('permissions-broadened'), [
        '**Permissions broadened:** these IAM policies admit more than the live ones.',
        ...notesList(plan.changes, 'permissions-broadened', caps.bannerItems),
      ]),
    );
  }
  if (plan.summary.breakingContract) {
    result.push(
      alert(alertFor('breaking-contract'), [
        '**Breaking contract:** flows that use these data actions may break.',
        ...notesList(plan.changes, 'breaking-contract', caps.bannerItems),
      ]),
    );
  }
  if (plan.summary.drift) {
    result.push(
      alert(alertFor('drift'), [
        '**Drift:** live state was changed outside GitOps; applying overwrites it.',
        ...notesList(plan.changes, 'drift', caps.bannerItems),
      ]),
    );
  }
  const failed = plan.checks.filter((check) => check.status === 'fail');
  if (failed.length > 0) {
    const lines = failed.slice(0, caps.bannerItems).map((check) => `- ${inlineCode(check.address)}: ${escapeMarkdownText(check.message)}`);
    if (failed.length > caps.bannerItems) lines.push(`- and ${failed.length - caps.bannerItems} more`);
    result.push(alert(alertFor('failed-checks'), [`**${plural(failed.length, 'failed check')}:** fix them before merging.`, ...lines]));
  }
  if (plan.skippedDeletes.length > 0) {
    result.push(
      alert(alertFor('prune-off'), [
        `**Prune is off:** ${plural(plan.skippedDeletes.length, 'owned resource is', 'owned resources are')} no longer declared and will be kept: ${addressList(plan.skippedDeletes, caps.bannerItems)}.`,
      ]),
    );
  }
  return result;
}

function checkRow(check: CrossCheck): string {
  return `| ${checkStatusIcon(check.status)} | ${inlineCode(check.code)} | ${inlineCode(check.address)} | ${escapeMarkdownText(check.message)} |`;
}

const CHECK_TABLE_HEAD = ['| Result | Check | Resource | Detail |', '|---|---|---|---|'];

/**
 * Checks that need attention in a table; passing checks collapsed in a
 * `<details>` block (or only counted, when `listPasses` is false).
 */
function checksSection(checks: readonly CrossCheck[], cap: number, listPasses: boolean): { text: string; omitted: number } {
  if (checks.length === 0) return { text: '', omitted: 0 };
  const problems = checks.filter((check) => check.status !== 'pass').sort((a, b) => checkStatusRank(a.status) - checkStatusRank(b.status));
  const passes = checks.filter((check) => check.status === 'pass');
  const lines = [`#### Cross-system checks (${passes.length} of ${checks.length} passed)`];
  const shownProblems = problems.slice(0, cap);
  const omitted = problems.length - shownProblems.length;
  if (shownProblems.length > 0) lines.push('', ...CHECK_TABLE_HEAD, ...shownProblems.map(checkRow));
  if (omitted > 0) lines.push('', `${plural(omitted, 'more check')} that did not pass are in the full plan.`);
  const passRows = listPasses ? passes.slice(0, Math.max(0, cap - shownProblems.length)) : [];
  if (passRows.length > 0) {
    const more = passes.length - passRows.length;
    lines.push(
      '',
      `<details>\n<summary>✅ ${plural(passes.length, 'check')} passed</summary>\n`,
      ...CHECK_TABLE_HEAD,
      ...passRows.map(checkRow),
      ...(more > 0 ? ['', `and ${more} more`] : []),
      '\n</details>',
    );
  } else if (passes.length > 0) {
    lines.push('', `✅ ${plural(passes.length, 'check')} passed.`);
  }
  return { text: lines.join('\n'), omitted };
}

function listSection(title: string, items: string[], cap: number): { text: string; omitted: number } {
  if (items.length === 0) return { text: '', omitted: 0 };
  const shown = items.slice(0, cap);
  const omitted = items.length - shown.length;
  const lines = [title, '', ...shown];
  if (omitted > 0) lines.push(`- and ${omitted} more`);
  return { text: lines.join('\n'), omitted };
}

function smokeItems(plan: Plan): string[] {
  return plan.smokeTests.map((test) => {
    const skipped =
      test.missingSecrets === undefined
        ? ''
        : ` · ⚠️ skipped here: ${test.missingSecrets.map(inlineCode).join(', ')} not set (apply fails it)`;
    const why = test.trigger === 'role-changed' ? ' (its role changes)' : '';
    return test.secure
      ? `- ${inlineCode(test.address)}: ${inlineCode(test.testName)}${why} (secure action: inputs and outputs hidden)${skipped}`
      : `- ${inlineCode(test.address)}: ${inlineCode(test.testName)}${why}, input ${inlineCode(truncateText(JSON.stringify(test.input), 100))}, expects ${inlineCode(truncateText(JSON.stringify(test.expect), 100))}${skipped}`;
  });
}

function footer(plan: Plan, options: PlanMarkdownOptions): string {
  const parts = [`fingerprint ${inlineCode(plan.fingerprint)}`, `prune ${plan.prune ? 'on' : 'off'}`];
  if (options.runUrl !== undefined) parts.push(`[workflow run](${options.runUrl})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function omissionNotice(omissions: string[], options: PlanMarkdownOptions): string {
  if (omissions.length === 0) return '';
  const where: string[] = [];
  if (options.pointToJobSummary)
    where.push(options.runUrl !== undefined ? `the [job summary](${options.runUrl})` : 'the job summary of this workflow run');
  where.push(
    options.fullPlanLocation !== undefined
      ? `the plan file (${escapeMarkdownText(options.fullPlanLocation)})`
      : 'the plan file (`plan.json`)',
  );
  return alert('NOTE', [
    `To stay within ${options.budgetName}, this leaves out: ${omissions.join('; ')}.`,
    `The full plan is in ${where.join(', then in ')}.`,
  ]);
}

function compose(sections: string[]): string {
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

/** Markdown for a plan without changes or problems: one line under the marker. */
function quietBody(plan: Plan, options: PlanMarkdownOptions): string {
  const passed = plan.checks.filter((check) => check.status === 'pass').length;
  const unverifiable = plan.checks.length - passed;
  const checks = unverifiable === 0 ? `all ${plural(passed, 'check')} passed` : `${passed} checks passed, ${unverifiable} unverifiable`;
  const line = `**Genesys Lambda GitOps** ${inlineCode(options.environment)}: no changes. Live state matches the manifests (${plural(plan.summary.noOp, 'resource')}; ${checks}).`;
  return compose([options.markerLine ?? '', line]);
}

/** One way of rendering the plan, tried from the most detailed down until one fits. */
interface Attempt {
  level: DetailLevel;
  caps: Caps;
}

/** The job summary may show everything; the comment starts from generous caps. */
const ATTEMPTS: Record<'budgeted' | 'uncapped', readonly Attempt[]> = {
  uncapped: [
    { level: 'full', caps: UNCAPPED },
    { level: 'no-diffs', caps: UNCAPPED },
    { level: 'one-line', caps: GENEROUS },
    { level: 'one-line', caps: TIGHT },
  ],
  budgeted: [
    { level: 'full', caps: GENEROUS },
    { level: 'no-diffs', caps: GENEROUS },
    { level: 'one-line', caps: TIGHT },
  ],
};

/** Nothing to change, adopt or warn about: the one-line body. */
function isQuiet(plan: Plan): boolean {
  return (
    !plan.summary.hasChanges &&
    plan.summary.adopt === 0 &&
    plan.summary.failedChecks === 0 &&
    plan.skippedDeletes.length === 0 &&
    (plan.superseded ?? []).length === 0 &&
    !plan.checks.some((check) => check.status === 'warn')
  );
}

/** Renders the plan at the most detailed level that fits `options.maxLength`. */
export function renderPlanMarkdown(plan: Plan, options: PlanMarkdownOptions, capsMode: 'budgeted' | 'uncapped'): string {
  if (isQuiet(plan)) return quietBody(plan, options);

  const changed = plan.changes.filter((change) => change.action !== 'no-op' && !isQuietAdoption(change));
  const adoptedAsTheyAre = plan.changes.filter(isQuietAdoption).map((change) => `- ${inlineCode(change.address)}`);
  const changesHeading = changed.length > 0 ? '#### Changes' : '';
  const attempts = ATTEMPTS[capsMode];

  for (const [index, attempt] of attempts.entries()) {
    const last = index === attempts.length - 1;
    const checks = checksSection(plan.checks, attempt.caps.checkRows, attempt.level !== 'one-line');
    const skipped = listSection(
      '#### Kept because prune is off',
      plan.skippedDeletes.map(
        (skipped) =>
          `- ${inlineCode(skipped.address)} (${inlineCode(skipped.liveId)}): ${escapeMarkdownText(skipped.reason)}${consumersSuffix(skipped)}`,
      ),
      attempt.caps.listItems,
    );
    const superseded = supersededSection(plan, attempt.caps.listItems);
    const smoke = listSection('#### Smoke tests after apply', smokeItems(plan), attempt.caps.listItems);
    const adopted = listSection(
      '#### Adopted as they are (live matches the manifests; nothing to write)',
      adoptedAsTheyAre,
      attempt.caps.listItems,
    );
    const omissions: string[] = [];
    const graph = options.graph === false ? '' : renderPlanGraph(plan);
    if (attempt.level !== 'full' && graph !== '') omissions.push('the graph of what the plan touches');
    if (attempt.level !== 'full') omissions.push('unified diffs of templates, contracts and policies');
    if (attempt.level === 'one-line') omissions.push('field-by-field tables');
    if (checks.omitted > 0) omissions.push(plural(checks.omitted, 'check that did not pass', 'checks that did not pass'));
    if (skipped.omitted > 0) omissions.push(plural(skipped.omitted, 'kept resource'));
    if (superseded.omitted > 0) omissions.push(plural(superseded.omitted, 'superseded action'));
    if (smoke.omitted > 0) omissions.push(plural(smoke.omitted, 'smoke test'));
    if (adopted.omitted > 0) omissions.push(plural(adopted.omitted, 'adopted resource'));
    const head = [options.markerLine ?? '', headline(plan, options.environment), countsTable(plan), ...banners(plan, attempt.caps)];
    const unchanged = plan.summary.noOp > 0 ? `${plural(plan.summary.noOp, 'resource')} unchanged.` : '';
    const tail = [adopted.text, unchanged, superseded.text, skipped.text, smoke.text];

    if (attempt.level !== 'one-line') {
      const level = attempt.level;
      const blocks = changed.map((change) => changeBlock(change, level, options.sourceLink));
      const text = compose([
        ...head,
        checks.text,
        changesHeading,
        level === 'full' ? graph : '',
        ...blocks,
        ...tail,
        omissionNotice(omissions, options),
        footer(plan, options),
      ]);
      if (options.measure(text) <= options.maxLength) return text;
      continue;
    }

    // One line per change, as many as fit; the rest are counted in the notice.
    const fixed = compose([...head, checks.text, changesHeading, ...tail, footer(plan, options)]);
    let remaining = options.maxLength - options.measure(fixed) - NOTICE_RESERVE;
    const lines: string[] = [];
    for (const change of changed) {
      const line = changeLine(change);
      const cost = options.measure(line) + 1;
      if (cost > remaining) break;
      lines.push(line);
      remaining -= cost;
    }
    const left = changed.length - lines.length;
    if (left > 0) omissions.push(`${plural(left, 'changed resource')} (of ${changed.length})`);
    const text = compose([
      ...head,
      checks.text,
      changesHeading,
      lines.join('\n'),
      ...tail,
      omissionNotice(omissions, options),
      footer(plan, options),
    ]);
    if (options.measure(text) <= options.maxLength || last) return fitHard(text, options);
  }
  return fitHard(compose([options.markerLine ?? '', headline(plan, options.environment), countsTable(plan)]), options);
}

/** Closers for a fence or `<details>` left open where text was cut, so the notice after it renders as text. */
function closersFor(text: string): string {
  let fence: string | undefined;
  let openDetails = 0;
  for (const line of text.split('\n')) {
    const fenceMatch = /^(`{3,})/.exec(line);
    if (fence !== undefined) {
      if (fenceMatch !== null && line.trim() === fence) fence = undefined;
      continue;
    }
    if (fenceMatch?.[1] !== undefined) fence = fenceMatch[1];
    else if (line.startsWith('<details>')) openDetails++;
    else if (line.startsWith('</details>')) openDetails--;
  }
  return `${fence !== undefined ? `\n${fence}` : ''}${'\n\n</details>'.repeat(Math.max(0, openDetails))}`;
}

/**
 * Last resort when even the tightest layout is too long (pathological names
 * or budgets): cut at a line boundary, close what the cut left open, and say
 * so. The summary comes first, so it survives.
 */
function fitHard(text: string, options: PlanMarkdownOptions): string {
  if (options.measure(text) <= options.maxLength) return text;
  const notice = `\n\n${omissionNotice(['everything after this point'], options)}\n`;
  const lines = text.split('\n');
  let kept = '';
  for (const line of lines) {
    const next = kept === '' ? line : `${kept}\n${line}`;
    if (options.measure(`${next}${closersFor(next)}${notice}`) > options.maxLength) break;
    kept = next;
  }
  return `${kept}${closersFor(kept)}${notice}`;
}
