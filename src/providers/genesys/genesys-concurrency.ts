/** Genesys calls in flight at once by default: listing pages, per-resource reads, and apply's independent actions. */
export const DEFAULT_GENESYS_CONCURRENCY = 8;
