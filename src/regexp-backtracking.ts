/**
 * Contracts carry the user's regular expressions (`pattern`,
 * `patternProperties`): validate runs them on test inputs, apply on Lambda
 * outputs. A pattern such as `^(a+)+$` backtracks exponentially on a near
 * miss: 26 characters took 4 s and 40 would take hours. V8 can re-run such a
 * match with its linear-time engine once it has backtracked too often; the
 * CLI and the action switch that on for the whole process before they read a
 * manifest. Patterns that engine cannot run (backreferences, lookarounds)
 * still backtrack: rare in contracts, and Genesys runs the same patterns.
 */
import { setFlagsFromString } from 'node:v8';

export function boundRegExpBacktracking(): void {
  // A flag V8 reads when a regular expression runs, so setting it after start-up takes effect (checked by the tests).
  setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
}
