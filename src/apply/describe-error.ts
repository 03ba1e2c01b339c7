/** The text of a thrown value, as step and smoke-test reports show it. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
