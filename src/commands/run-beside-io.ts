/**
 * Drives stepwise work (src/manifests/stepwise.ts) in slices of a few
 * milliseconds and lets the event loop run between them, so requests already
 * in flight are answered and followed up while it runs. Without this the
 * early sign-in's token came back while a hundred manifests were still being
 * parsed, and the first reads it was meant to start went out only after them.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Stepwise } from '../manifests/stepwise.js';

/** The longest run of steps between two turns of the event loop. */
export const SLICE_MS = 4;

/** Runs `steps` to the end, yielding to the event loop whenever a slice has used up `sliceMs`. */
export async function runBesideIo<T>(steps: Stepwise<T>, sliceMs: number = SLICE_MS): Promise<T> {
  let sliceStarted = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStarted >= sliceMs) {
      await nextTurn();
      sliceStarted = performance.now();
    }
  }
}
