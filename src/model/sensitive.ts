/** Shown instead of a value that must never reach a plan, comment, summary or log. */
export const SENSITIVE_PLACEHOLDER = '(sensitive)';
