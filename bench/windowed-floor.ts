/**
 * The least wall time a run of Genesys calls can take under a windowed rate
 * limit: each token's window admits `allowance` requests and lasts `windowMs`
 * from the token's first request, so calls beyond one window's allowance wait
 * for the next window; within the last window the calls still take their
 * latency, `concurrency` at a time. Pure.
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
}

export function windowedFloorMs(input: FloorInput): number {
  const { limitedCalls, allCalls, allowance, windowMs, latencyMs, concurrency } = input;
  if (allCalls === 0) return 0;
  const windows = Math.max(1, Math.ceil(limitedCalls / allowance));
  const inLastWindow = Math.max(1, allCalls - (windows - 1) * allowance);
  return (windows - 1) * windowMs + Math.ceil(inLastWindow / concurrency) * latencyMs;
}
