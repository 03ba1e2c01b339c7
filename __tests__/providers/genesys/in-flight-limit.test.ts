import { describe, expect, it } from 'vitest';
import { createInFlightLimit } from '../../../src/providers/genesys/in-flight-limit.js';

/** Sends `count` requests through a limit; each stays on the wire until released by the test. */
function harness(limit: number) {
  const gate = createInFlightLimit(limit);
  const started: number[] = [];
  const open = new Map<number, { finish: () => void; fail: () => void }>();
  let peak = 0;
  const send = (id: number) =>
    gate.run(
      () =>
        new Promise<number>((resolve, reject) => {
          started.push(id);
          open.set(id, { finish: () => resolve(id), fail: () => reject(new Error(`request ${id} failed`)) });
          peak = Math.max(peak, open.size);
        }),
    );
  const settle = async (id: number, how: 'finish' | 'fail') => {
    const request = open.get(id)!;
    open.delete(id);
    request[how]();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { send, settle, started, peak: () => peak };
}

describe('the in-flight limit', () => {
  it.each([1, 2, 8])('keeps at most %i requests on the wire, and starts the waiting ones in arrival order', async (limit) => {
    const h = harness(limit);
    const results = Array.from({ length: 12 }, (_, id) => h.send(id).catch(() => -1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(h.started).toEqual(Array.from({ length: limit }, (_, id) => id));
    for (let id = 0; id < 12; id++) await h.settle(id, id % 3 === 0 ? 'fail' : 'finish');
    expect(h.started).toEqual(Array.from({ length: 12 }, (_, id) => id));
    expect(h.peak()).toBe(limit);
    // A failed request gives its slot back like a finished one.
    expect(await Promise.all(results)).toEqual(Array.from({ length: 12 }, (_, id) => (id % 3 === 0 ? -1 : id)));
  });
});
