/**
 * A Lambda function as GetFunctionConfiguration returns it, reduced to what
 * the plan checks (reference genesys-next.md §4): that the function and its
 * qualifier exist, that it is Active, and how long it may run.
 */

export interface ObservedFunction {
  /** As Lambda returns it; for an alias this is the version the alias points at (`…:fn:3`). */
  functionArn: string;
  /** `Pending`, `Active`, `Inactive` or `Failed`; undefined when Lambda leaves it out. */
  state: string | undefined;
  /** Why the function is not Active, in Lambda's words. */
  stateReason: string | undefined;
  /** The function's own timeout in seconds. */
  timeoutSeconds: number | undefined;
}
