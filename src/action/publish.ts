/**
 * Outcomes → what the runner shows: annotations, outputs, log lines, the job
 * summary and plan.json. No decisions beyond presentation.
 */
import type { ApplyReport } from '../apply/apply-report.js';
import { writeTextFile } from '../commands/output-file.js';
import type { ValidationOutcome } from '../commands/validate.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ManifestError } from '../errors.js';
import type { DesiredState } from '../model/desired-state.js';
import type { Plan } from '../plan/types.js';
import { renderApplyConsole, renderApplyMarkdown } from '../render/apply-report.js';
import { GITHUB_ANNOTATIONS_PER_TYPE, selectAnnotations } from '../render/diagnostics-annotations.js';
import { renderDiagnosticsMarkdown } from '../render/diagnostics-markdown.js';
import { renderPlanConsole } from '../render/plan-console.js';
import { renderPlanJson } from '../render/plan-json.js';
import type { ActionIo, AnnotationProperties } from './action-io.js';

/** The diagnostic's range; GitHub accepts an end column only on a one-line range. */
export function annotationProperties(diagnostic: Diagnostic): AnnotationProperties {
  return {
    title: diagnostic.code,
    file: diagnostic.file,
    startLine: diagnostic.start.line,
    startColumn: diagnostic.start.column,
    endLine: diagnostic.end.line,
    ...(diagnostic.end.line === diagnostic.start.line ? { endColumn: diagnostic.end.column } : {}),
  };
}

/**
 * Annotates the findings (at most GitHub's 10 of each kind, errors first),
 * sets the counts as outputs, and returns the desired state; with errors,
 * writes them to the job summary and throws ManifestError instead.
 */
export async function publishValidation(io: ActionIo, outcome: ValidationOutcome): Promise<DesiredState> {
  const { selected, omittedCount } = selectAnnotations(outcome.diagnostics, { perSeverityCap: GITHUB_ANNOTATIONS_PER_TYPE });
  for (const diagnostic of selected) io.annotate(diagnostic.severity, diagnostic.message, annotationProperties(diagnostic));
  if (omittedCount > 0) {
    io.annotate('notice', `+${omittedCount} more findings in the job summary (GitHub shows at most 10 annotations of each kind per step).`);
  }
  io.setOutput('errors', String(outcome.errorCount));
  io.setOutput('warnings', String(outcome.warningCount));
  if (outcome.errorCount > 0 || outcome.desired === undefined) {
    await io.appendSummary(renderDiagnosticsMarkdown(outcome.diagnostics));
    throw new ManifestError(`${outcome.errorCount} error(s) in the manifests; nothing was planned or applied.`);
  }
  io.info(`Manifests are valid: ${outcome.fileCount} file(s), ${outcome.warningCount} warning(s).`);
  return outcome.desired;
}

/** The plan on the log, in plan.json at `planPath`, and as outputs. */
export async function publishPlan(io: ActionIo, plan: Plan, planPath: string): Promise<void> {
  io.info(renderPlanConsole(plan));
  await writeTextFile(planPath, renderPlanJson(plan));
  io.setOutput('has-changes', String(plan.summary.hasChanges));
  io.setOutput('plan-json', planPath);
  io.setOutput('summary', JSON.stringify(plan.summary));
}

/** What apply did, on the log, in the job summary and as outputs. */
export async function publishApplyReport(io: ActionIo, report: ApplyReport, runUrl: string | undefined): Promise<void> {
  io.info(renderApplyConsole(report));
  await io.appendSummary(renderApplyMarkdown(report, runUrl === undefined ? {} : { runUrl }));
  io.setOutput('applied', JSON.stringify(report.steps));
  io.setOutput('smoke-results', JSON.stringify(report.smokeTests));
}

/** The apply outputs of a run that applied nothing. */
export function publishNothingApplied(io: ActionIo): void {
  io.setOutput('applied', '[]');
  io.setOutput('smoke-results', '[]');
}
