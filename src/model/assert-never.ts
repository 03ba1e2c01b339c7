/** Exhaustiveness check for switches over closed unions: a missing case is a compile error. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${String(value)}`);
}
