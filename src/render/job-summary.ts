/** The plan for the workflow run's job summary (`$GITHUB_STEP_SUMMARY`). Pure. */
import type { Plan } from '../plan/types.js';
import { renderPlanMarkdown } from './plan-markdown.js';
import type { SourceLinker } from './source-link.js';

/** GitHub refuses a step summary larger than 1 MiB. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface JobSummaryOptions {
  environment: string;
  /** Where the plan file is, for the notice when even the summary must shorten. */
  fullPlanLocation?: string;
  /** Defaults to {@link JOB_SUMMARY_LIMIT_BYTES}. */
  maxBytes?: number;
  /** Links "Declared in" to the manifest line of the commit (see source-link.ts). */
  sourceLink?: SourceLinker;
}

/** The whole plan, every change with its diffs, unless that exceeds the byte budget. */
export function renderJobSummary(plan: Plan, options: JobSummaryOptions): string {
  return renderPlanMarkdown(
    plan,
    {
      environment: options.environment,
      ...(options.fullPlanLocation !== undefined ? { fullPlanLocation: options.fullPlanLocation } : {}),
      ...(options.sourceLink !== undefined ? { sourceLink: options.sourceLink } : {}),
      maxLength: options.maxBytes ?? JOB_SUMMARY_LIMIT_BYTES,
      measure: (text) => Buffer.byteLength(text, 'utf8'),
      budgetName: "GitHub's 1 MiB job summary limit",
      pointToJobSummary: false,
    },
    'uncapped',
  );
}
