/**
 * The least wall time a run of Genesys calls can take, whatever the client:
 *  - the windowed rate limit: each token's window admits `allowance` requests
 *    and lasts `windowMs` from the token's first request, so calls beyond one
 *    window's allowance wait for the next window, and in the last window
 *    every call still takes its latency, at most `concurrency` in flight;
 *  - a run that fits in one window takes no less than `dependentRounds`
 *    round trips: its stages of calls that must follow one another
 *    (step-dependencies.ts), each no faster than its calls in flight allow.
 *    (Across windows the chain may run in the earlier windows, so it is not
 *    added to the wait.)
 * Server time (the sandbox's own work, Lambda runs), AWS calls and the tool's
 * CPU are not in it: it is a floor for the client, not a prediction. Pure.
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
  const chain = windows === 1 ? Math.min(dependentRounds, allCalls) : 1;
  const rounds = Math.max(Math.ceil(inLastWindow / concurrency), chain);
  return (windows - 1) * windowMs + rounds * latencyMs;
}
