/**
 * Bounded concurrency whose output keeps plan order: at most `limit` items
 * run at once, each writing to its own buffer, and the buffers are handed
 * over strictly in item order, each as soon as it and every item before it
 * have finished. So the console and the report read as if the items had run
 * one after another, while the calls overlap.
 */

/** One item's work: it writes to `output` and resolves with its result. */
export type PooledWork<T, O, R> = (item: T, output: O) => Promise<R>;

export async function runInPlanOrder<T, O, R>(
  items: readonly T[],
  limit: number,
  options: {
    /** A fresh buffer for one item. */
    createOutput: (item: T) => O;
    /** Called once per item, in item order. */
    flush: (output: O, result: R, item: T) => void;
  },
  work: PooledWork<T, O, R>,
): Promise<R[]> {
  const outputs = items.map((item) => options.createOutput(item));
  const done: ({ result: R } | undefined)[] = items.map(() => undefined);
  let nextToStart = 0;
  let nextToFlush = 0;
  const flushReady = (): void => {
    for (let entry = done[nextToFlush]; entry !== undefined; entry = done[nextToFlush]) {
      options.flush(outputs[nextToFlush] as O, entry.result, items[nextToFlush] as T);
      nextToFlush += 1;
    }
  };
  const worker = async (): Promise<void> => {
    while (nextToStart < items.length) {
      const index = nextToStart;
      nextToStart += 1;
      done[index] = { result: await work(items[index] as T, outputs[index] as O) };
      flushReady();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(Math.floor(limit), items.length)) }, worker));
  return done.map((entry) => (entry as { result: R }).result);
}
