/**
 * Faults injected into chosen calls, so clients can be tested against 5xx,
 * 429, dropped connections and hung requests over real HTTP.
 */

/** What happens to a matched request. */
export type FaultEffect = number | 'drop' | 'timeout';

/** One injected fault. */
export interface FaultSpec {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Matched against the path (without query); a string must appear in it. */
  pathPattern: RegExp | string;
  /** An HTTP status (answered with a Genesys ErrorBody), `drop` (socket destroyed) or `timeout` (never answered until stop). */
  status: FaultEffect;
  /** Fire for the first N matching requests only (unlimited when absent). */
  times?: number;
  /** Fire with this probability (0..1) using the sandbox's seeded random. */
  rate?: number;
  /** `Retry-After` seconds sent with the status (429 and 503 usually). */
  retryAfterSeconds?: number;
  /** Answer with this body instead of a Genesys ErrorBody (a gateway's HTML page, say); needs a numeric status. */
  body?: string;
  /** Content type of `body`; default text/html. */
  contentType?: string;
}

/** Injects and clears faults. */
export interface FaultController {
  inject(fault: FaultSpec): void;
  clear(): void;
  /** The fault to apply to this request, if any (consumes one of its `times`). */
  match(method: string, path: string): FaultSpec | undefined;
}

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

/** Creates a controller whose `rate` draws come from `random`. */
export function createFaultController(random: () => number): FaultController {
  let faults: ActiveFault[] = [];
  return {
    inject(fault) {
      faults.push({ spec: fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
    },
    clear() {
      faults = [];
    },
    match(method, path) {
      for (const fault of faults) {
        const { spec } = fault;
        if (fault.remaining <= 0) continue;
        if (spec.method !== undefined && spec.method.toUpperCase() !== method.toUpperCase()) continue;
        const pathMatches = typeof spec.pathPattern === 'string' ? path.includes(spec.pathPattern) : spec.pathPattern.test(path);
        if (!pathMatches) continue;
        if (spec.rate !== undefined && random() >= spec.rate) continue;
        fault.remaining--;
        return spec;
      }
      return undefined;
    },
  };
}
