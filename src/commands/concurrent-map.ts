/**
 * Reads many independent things with a bounded number in flight: fast for
 * hundreds of functions, gentle on the API's request rate. Results keep the
 * order of the inputs; the first failure rejects the whole map.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await read(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
