/**
 * The least wall time a run of Genesys calls can take, whatever the client:
 *  - the windowed rate limit: each token's window admits `allowance` requests
 *    and lasts `windowMs` from the token's first request, so calls beyond one
 *    window's allowance wait for the next window;
 *  - within the last window, every call still takes its latency, at most
 *    `concurrency` of them in flight;
 *  - and no faster than `dependentRounds` round trips one after another: the
 *    longest chain in which each call needs what the previous answer gave
 *    (the token, an id, a version) or the step's safety order demands
 *    (draft → validation → test → publish). bench/step-dependencies.ts says
 *    what each step's chain is.
 * Server time (the sandbox's own work, Lambda runs) and AWS calls are not in
 * it: it is a floor for the client, not a prediction. Pure.
 */
export interface FloorInput {
  /** Calls the rate limit counts (API calls; the token call is not counted). */
  limitedCalls: number;
  /** Every call, for the latency part. */
  allCalls: number;
  allowance: number;
  windowMs: number;
  latencyMs: number;
  concurrency: number;
  /** Round trips that must follow one another (1 when nothing orders the calls). */
  dependentRounds: number;
}

export function windowedFloorMs(input: FloorInput): number {
  const { limitedCalls, allCalls, allowance, windowMs, latencyMs, concurrency, dependentRounds } = input;
  if (allCalls === 0) return 0;
  const windows = Math.max(1, Math.ceil(limitedCalls / allowance));
  const inLastWindow = Math.max(1, allCalls - (windows - 1) * allowance);
  const rounds = Math.max(Math.ceil(inLastWindow / concurrency), Math.min(dependentRounds, allCalls));
  return (windows - 1) * windowMs + rounds * latencyMs;
}
