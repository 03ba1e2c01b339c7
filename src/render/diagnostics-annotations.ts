/**
 * Which diagnostics become GitHub annotations. GitHub shows at most 10
 * annotations of each type per step (and 50 per job) and silently drops the
 * rest, so the shell annotates a prioritised selection and says how many
 * more are in the job summary.
 */
import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';

/** GitHub's per-step limit for each annotation type. */
export const GITHUB_ANNOTATIONS_PER_TYPE = 10;

/** The selection and what it left out. */
export interface AnnotationSelection {
  /** Errors first, then warnings; each in file/line order. */
  selected: Diagnostic[];
  /** Diagnostics not annotated (the "+K more in the job summary" notice). */
  omittedCount: number;
}

/** Picks at most `perSeverityCap` diagnostics of each severity, errors first. */
export function selectAnnotations(
  diagnostics: readonly Diagnostic[],
  options: { perSeverityCap: number } = { perSeverityCap: GITHUB_ANNOTATIONS_PER_TYPE },
): AnnotationSelection {
  const pick = (severity: Severity): Diagnostic[] =>
    diagnostics
      .filter((diagnostic) => diagnostic.severity === severity)
      .sort(compareDiagnostics)
      .slice(0, Math.max(0, options.perSeverityCap));
  const selected = [...pick('error'), ...pick('warning')];
  return { selected, omittedCount: diagnostics.length - selected.length };
}
