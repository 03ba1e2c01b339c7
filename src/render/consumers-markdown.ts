/**
 * Architect consumers in the plan's markdown: the red banner that counts the
 * published flows using actions the plan replaces or deletes, the flows per
 * change, the warning when they could not be read, and the superseded
 * actions every plan lists. Flow names come from Genesys: they are plain
 * text here (escaped), never markup. Pure.
 */
import type { ActionConsumer, Plan, ResourceChange, SkippedDelete } from '../plan/types.js';
import { escapeMarkdownText, inlineCode, plural } from './markdown-text.js';
import { alertFor, type AlertKind } from './banner-alerts.js';

/** Flows listed per change before "and N more" (plan.json lists them all). */
const FLOWS_PER_CHANGE = 50;

function alert(kind: AlertKind, lines: string[]): string {
  return [`> [!${kind}]`, ...lines.map((line) => `> ${line}`)].join('\n');
}

/** `Main IVR` (`INBOUNDCALLFLOW`, version 3.0) */
export function consumerText(consumer: ActionConsumer): string {
  const version = consumer.version === null ? '' : `, version ${escapeMarkdownText(consumer.version)}`;
  return `${escapeMarkdownText(consumer.name)} (${inlineCode(consumer.type)}${version})`;
}

function flowList(consumers: readonly ActionConsumer[], cap: number, indent = ''): string[] {
  const lines = consumers.slice(0, cap).map((consumer) => `${indent}- ${consumerText(consumer)}`);
  if (consumers.length > cap) lines.push(`${indent}- and ${consumers.length - cap} more (the plan file lists them all)`);
  return lines;
}

/** The consumers paragraph of one change's details block ('' when the change has none to show). */
export function consumerLines(change: ResourceChange, cap = FLOWS_PER_CHANGE): string {
  if (change.consumersUnknown !== undefined) {
    return `**Could not check Architect consumers:** ${escapeMarkdownText(change.consumersUnknown)}. Treated as used.`;
  }
  if (change.consumers === undefined) return '';
  if (change.consumers.length === 0) return 'No published Architect flow uses it.';
  const heading = `**Used by ${plural(change.consumers.length, 'published flow')}** (they call its id ${inlineCode(change.liveId ?? '')}):`;
  return [heading, ...flowList(change.consumers, Math.min(cap, FLOWS_PER_CHANGE))].join('\n');
}

/** ` · used by 2 published flows` for one-line renderings. */
export function consumersSuffix(item: Pick<ResourceChange | SkippedDelete, 'consumers' | 'consumersUnknown'>): string {
  if (item.consumersUnknown !== undefined) return ' · could not check Architect consumers';
  if (item.consumers === undefined || item.consumers.length === 0) return '';
  const names = item.consumers.slice(0, 3).map((consumer) => escapeMarkdownText(consumer.name));
  const more = item.consumers.length > 3 ? `, and ${item.consumers.length - 3} more` : '';
  return ` · used by ${plural(item.consumers.length, 'published flow')}: ${names.join(', ')}${more}`;
}

/** The red banner naming the flows, and the warning when consumers could not be read or may be stale. */
export function consumerBanner(plan: Plan, cap: number): string[] {
  const banners: string[] = [];
  const count = plan.summary.consumingFlows ?? 0;
  if (count > 0) {
    const lines = [
      `**${plural(count, 'published flow uses', 'published flows use')} actions this change replaces or deletes.** Each calls the action by id:`,
    ];
    const used = plan.changes.filter((change) => (change.consumers ?? []).length > 0);
    for (const change of used.slice(0, cap)) {
      lines.push(`- ${inlineCode(change.address)} (${change.action}):`, ...flowList(change.consumers ?? [], cap, '  '));
    }
    if (used.length > cap) lines.push(`- and ${used.length - cap} more actions`);
    if (used.some((change) => change.action === 'replace')) {
      lines.push(
        '',
        'A replaced action stays published under a superseded name while these flows use it; republish them onto the new action and a later apply deletes the old one.',
      );
    }
    if (used.some((change) => change.action === 'delete')) {
      lines.push('', 'Deleting an action breaks the flows that call it: apply refuses unless `allow-deleting-used-actions` is set.');
    }
    banners.push(alert(alertFor('architect-consumers'), lines));
  }
  const problems = plan.checks.filter((check) => check.code === 'architect-consumers' && check.status !== 'pass');
  if (problems.length > 0) {
    const title = problems.some((check) => check.status === 'unverifiable')
      ? '**Could not check Architect consumers.**'
      : '**Architect consumer lists may be incomplete.**';
    banners.push(alert(alertFor('architect-unknown'), [title, ...problems.map((check) => `- ${escapeMarkdownText(check.message)}`)]));
  }
  return banners;
}

/** "Superseded actions": every one, with its flows and whether it stays. */
export function supersededSection(plan: Plan, cap: number): { text: string; omitted: number } {
  const items = plan.superseded ?? [];
  if (items.length === 0) return { text: '', omitted: 0 };
  const shown = items.slice(0, cap);
  const lines = [
    '#### Superseded actions',
    '',
    'Old actions that earlier replaces kept because published flows call their id; each is deleted by the first apply that finds no flow using it.',
    '',
  ];
  for (const item of shown) {
    const verdict = item.disposition === 'delete' ? '**deleted by this apply**' : '**kept**';
    lines.push(`- ${inlineCode(item.address)} (${inlineCode(item.liveId)}): ${verdict}: ${escapeMarkdownText(item.reason)}`);
    lines.push(...flowList(item.consumers ?? [], FLOWS_PER_CHANGE, '  '));
  }
  if (items.length > shown.length) lines.push(`- and ${items.length - shown.length} more`);
  return { text: lines.join('\n'), omitted: items.length - shown.length };
}
