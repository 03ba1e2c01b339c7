/**
 * Work done in steps: a generator that yields between units of work (a YAML
 * document parsed, a manifest checked) and returns its result. The loader is
 * pure and knows no clock; a shell that has I/O in flight while manifests
 * load (the early sign-in and first reads of plan, apply and drift) drives
 * the steps and lets that I/O's answers in between them
 * (src/commands/run-beside-io.ts). Run straight through, the steps are the
 * plain synchronous function.
 */
export type Stepwise<T> = Generator<undefined, T, undefined>;

/** Runs every step at once and returns the result. */
export function runStepwise<T>(steps: Stepwise<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
