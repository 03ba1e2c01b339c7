/**
 * The client's request budget, read from the server. Genesys counts requests
 * per token per window and says so on every answer (rate-limit-headers.ts), so
 * the client sends freely while the window has budget left, goes one request
 * at a time as it runs out (so another process sharing the token cannot push
 * it over), and waits for the window's reset once it is spent. A 429 pauses
 * every call under that token for as long as the server asks (Retry-After).
 * `requestsPerMinute` stays a ceiling over any 60 s, whatever the headers say.
 * Answers without the headers (a proxy, an older API) switch that token back
 * to even pacing (request-rate-limiter.ts); nothing here assumes how the
 * server's window is shaped beyond what each answer says.
 *
 * Clock and sleep are injected. A wait that returns early (an instant test
 * sleep on a real clock) counts as having elapsed, so nothing here spins.
 */
import { readRateLimitHeaders, type HeaderLookup, type RateLimitReading } from './rate-limit-headers.js';
import { createRequestRateLimiter, type Clock, type RequestRateLimiter, type Sleep } from './request-rate-limiter.js';

/** What the client learned from one answer. */
export interface RateBudgetAnswer {
  headers: HeaderLookup;
  /** After a 429: how long every call under this key must hold off (Retry-After, or the client's backoff). */
  pauseMs?: number;
}

/** One request's place in the budget; settle it exactly once, with the answer or undefined when none came. */
export interface RateBudgetPermit {
  settle(answer: RateBudgetAnswer | undefined): void;
}

export interface RateBudget {
  /** Resolves when one more request under `key` (one access token) may be sent; callers are served in arrival order. */
  acquire(key: string): Promise<RateBudgetPermit>;
}

export interface RateBudgetOptions {
  /** Ceiling over any 60 s, and the rate of even pacing when answers carry no headers. */
  requestsPerMinute: number;
  now: Clock;
  sleep: Sleep;
}

const CEILING_WINDOW_MS = 60_000;
/** `reset` is in whole seconds, so two readings of one window may differ by up to a second or so. */
const SAME_WINDOW_TOLERANCE_MS = 2_000;

/** The token's window as the latest answers describe it. */
interface KnownWindow {
  allowed: number;
  /** Requests the window still admits, by the latest count seen. */
  remaining: number;
  resetAt: number;
  /** The reset has passed: a new window began whose count no answer has reported yet. */
  stale: boolean;
}

interface KeyState {
  /** Undefined while answers carry no headers: the key is paced evenly. */
  window: KnownWindow | undefined;
  pausedUntil: number;
  inFlight: number;
  queue: Promise<void>;
  /** Resolved (and emptied) whenever a request under this key settles. */
  onSettle: (() => void)[];
  evenPacing: RequestRateLimiter;
}

/** What the head of a key's queue does next. */
type Step = { kind: 'send' } | { kind: 'pause'; ms: number } | { kind: 'await-answer' } | { kind: 'await-reset'; ms: number };

export function createRateBudget(options: RateBudgetOptions): RateBudget {
  const { now, sleep } = options;
  const ceiling = createCeiling(options.requestsPerMinute);
  const keys = new Map<string, KeyState>();

  const stateOf = (key: string): KeyState => {
    let state = keys.get(key);
    if (!state) {
      state = {
        window: undefined,
        pausedUntil: 0,
        inFlight: 0,
        queue: Promise.resolve(),
        onSettle: [],
        evenPacing: createRequestRateLimiter({ requestsPerMinute: options.requestsPerMinute, now, sleep }),
      };
      keys.set(key, state);
    }
    return state;
  };

  const takeTurn = async (state: KeyState): Promise<void> => {
    for (;;) {
      const step = nextStep(state, now());
      if (step.kind === 'pause') {
        await sleep(step.ms);
        state.pausedUntil = 0;
      } else if (step.kind === 'await-reset') {
        await sleep(step.ms);
        if (state.window) state.window = { ...state.window, remaining: state.window.allowed, stale: true };
      } else if (step.kind === 'await-answer') {
        await new Promise<void>((resolve) => state.onSettle.push(resolve));
      } else {
        if (!state.window) await state.evenPacing.acquire();
        const ceilingWait = ceiling.waitMs(now());
        if (ceilingWait > 0) {
          await sleep(ceilingWait);
          ceiling.forgetOldest();
          continue;
        }
        ceiling.record(now());
        state.inFlight += 1;
        return;
      }
    }
  };

  const settle = (state: KeyState, answer: RateBudgetAnswer | undefined): void => {
    state.inFlight -= 1;
    if (answer) {
      const reading = readRateLimitHeaders(answer.headers);
      state.window = reading ? mergeReading(state.window, reading, now()) : undefined;
      if (answer.pauseMs !== undefined && answer.pauseMs > 0) state.pausedUntil = Math.max(state.pausedUntil, now() + answer.pauseMs);
    }
    for (const resolve of state.onSettle.splice(0)) resolve();
  };

  return {
    async acquire(key) {
      const state = stateOf(key);
      const turn = state.queue.then(() => takeTurn(state));
      state.queue = turn.catch(() => undefined);
      await turn;
      let settled = false;
      return {
        settle(answer) {
          if (settled) return;
          settled = true;
          settle(state, answer);
        },
      };
    },
  };
}

/** Pure: what the next request under this key must wait for, if anything. */
function nextStep(state: KeyState, at: number): Step {
  if (state.pausedUntil > at) return { kind: 'pause', ms: state.pausedUntil - at };
  const window = state.window;
  if (!window) return { kind: 'send' };
  if (!window.stale && at >= window.resetAt) {
    state.window = { ...window, remaining: window.allowed, stale: true };
    return nextStep(state, at);
  }
  const available = window.remaining - state.inFlight;
  const reserve = Math.max(1, Math.ceil(window.allowed / 50));
  if (available > reserve) return { kind: 'send' };
  // Running out: one request at a time, each waiting for the count the previous answer reports.
  if (state.inFlight > 0) return { kind: 'await-answer' };
  if (available > 0 || window.stale) return { kind: 'send' };
  return { kind: 'await-reset', ms: Math.max(1, window.resetAt - at) };
}

/**
 * Folds one reading into what is known. Answers of concurrent requests arrive
 * out of order, so within one window the lowest remaining count is the latest;
 * a reading of a later window replaces the old one, a late one of an earlier window is ignored.
 */
function mergeReading(known: KnownWindow | undefined, reading: RateLimitReading, at: number): KnownWindow {
  const fresh: KnownWindow = {
    allowed: reading.allowed,
    remaining: Math.max(0, reading.allowed - reading.count),
    resetAt: at + reading.resetSeconds * 1000,
    stale: false,
  };
  if (!known || known.stale || fresh.resetAt > known.resetAt + SAME_WINDOW_TOLERANCE_MS) return fresh;
  if (fresh.resetAt < known.resetAt - SAME_WINDOW_TOLERANCE_MS) return known;
  return {
    allowed: fresh.allowed,
    remaining: Math.min(known.remaining, fresh.remaining),
    resetAt: Math.min(known.resetAt, fresh.resetAt),
    stale: false,
  };
}

/** At most `requestsPerMinute` sends in any 60 s, over every key. */
function createCeiling(requestsPerMinute: number): { waitMs(at: number): number; record(at: number): void; forgetOldest(): void } {
  const sent: number[] = [];
  return {
    waitMs(at) {
      while (sent.length > 0 && (sent[0] ?? 0) <= at - CEILING_WINDOW_MS) sent.shift();
      if (sent.length < requestsPerMinute) return 0;
      return Math.max(1, (sent[0] ?? at) + CEILING_WINDOW_MS - at);
    },
    record(at) {
      sent.push(at);
    },
    forgetOldest() {
      sent.shift();
    },
  };
}
