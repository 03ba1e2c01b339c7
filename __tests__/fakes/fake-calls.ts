/**
 * What the in-memory provider fakes share: one ordered log of every call
 * (several fakes may write to the same log, so a test can check the order
 * across AWS and Genesys), and failures injected per method.
 */

/** One provider call, in the order the code under test made it. */
export interface FakeCall {
  provider: 'roles' | 'genesys' | 'functions';
  method: string;
  args: unknown[];
}

/** The next `times` calls of `method` whose arguments match throw an Error with `message`. */
export interface FakeFault<Method extends string> {
  method: Method;
  /** Default 1. */
  times?: number;
  /** Default: `<method> failed (injected)`. */
  message?: string;
  /** Only calls for which this is true fail; default: every call. */
  matches?: (args: readonly unknown[]) => boolean;
}

export interface CallRecorder<Method extends string> {
  readonly calls: FakeCall[];
  inject(fault: FakeFault<Method>): void;
  /** Records the call, then throws the first injected fault that applies to it. */
  enter(method: Method, args: unknown[]): void;
}

export function createCallRecorder<Method extends string>(provider: FakeCall['provider'], calls: FakeCall[] = []): CallRecorder<Method> {
  const faults: { fault: FakeFault<Method>; remaining: number }[] = [];
  return {
    calls,
    inject(fault) {
      faults.push({ fault, remaining: fault.times ?? 1 });
    },
    enter(method, args) {
      calls.push({ provider, method, args });
      const pending = faults.find(({ fault, remaining }) => remaining > 0 && fault.method === method && (fault.matches?.(args) ?? true));
      if (!pending) return;
      pending.remaining -= 1;
      throw new Error(pending.fault.message ?? `${method} failed (injected)`);
    },
  };
}

/** `method firstArgument` for each call: a compact form for order assertions. */
export function callSummaries(calls: readonly FakeCall[]): string[] {
  return calls.map(({ method, args }) => (typeof args[0] === 'string' ? `${method} ${args[0]}` : method));
}
