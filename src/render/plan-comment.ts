/** The pull-request comment for one environment's plan. Pure: Plan in, markdown out. */
import type { Plan } from '../plan/types.js';
import { GITHUB_COMMENT_LIMIT } from './comment-limit.js';
import { planCommentMarker, planMarkerLine } from './plan-marker.js';
import { renderPlanMarkdown } from './plan-markdown.js';
import type { SourceLinker } from './source-link.js';

export interface PlanCommentOptions {
  /** From {@link planCommentMarker}; identifies the comment for upserts. Defaults to `planCommentMarker(environment)`. */
  marker?: string;
  environment: string;
  /** Where the plan file is, for the omission notice (e.g. "artifact `plan-prod`, file plan.json"). */
  fullPlanLocation?: string;
  /** The workflow run, whose job summary holds the full plan. */
  runUrl?: string;
  /** Defaults to {@link GITHUB_COMMENT_LIMIT}. */
  maxChars?: number;
  /** Links "Declared in" to the manifest line of the commit (see source-link.ts). */
  sourceLink?: SourceLinker;
}

/**
 * The comment body: hidden marker line first, then the plan at the most
 * detailed level that fits `maxChars` (JavaScript string length, which is
 * never less than GitHub's character count). A plan without changes or
 * problems is a one-line body.
 */
export function renderPlanComment(plan: Plan, options: PlanCommentOptions): string {
  return renderPlanMarkdown(
    plan,
    {
      environment: options.environment,
      markerLine: planMarkerLine(options.marker ?? planCommentMarker(options.environment), plan.fingerprint),
      ...(options.runUrl !== undefined ? { runUrl: options.runUrl } : {}),
      ...(options.fullPlanLocation !== undefined ? { fullPlanLocation: options.fullPlanLocation } : {}),
      ...(options.sourceLink !== undefined ? { sourceLink: options.sourceLink } : {}),
      maxLength: options.maxChars ?? GITHUB_COMMENT_LIMIT,
      measure: (text) => text.length,
      budgetName: "GitHub's 65,536-character comment limit",
      pointToJobSummary: true,
    },
    'budgeted',
  );
}
