/**
 * At most `limit` requests of one client on the wire at once, whoever sends
 * them (listing pages, per-action reads, the steps of many action pipelines),
 * served in arrival order. Callers may then run more independent work than
 * the limit without flooding the server: a pipeline that is between two of
 * its requests holds no slot, so the slots stay busy.
 */
export interface InFlightLimit {
  run<T>(send: () => Promise<T>): Promise<T>;
}

export function createInFlightLimit(limit: number): InFlightLimit {
  const max = Math.max(1, Math.floor(limit));
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else inFlight -= 1;
  };
  return {
    async run(send) {
      if (inFlight < max) inFlight += 1;
      // The slot passes straight from the releasing request to the next in line.
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await send();
      } finally {
        release();
      }
    },
  };
}
