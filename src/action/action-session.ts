/** What every step of one action run works with, read once at the start. */
import { planFilePath } from '../commands/plan-file.js';
import type { GitHubGateway } from '../github/github-gateway.js';
import type { ActionInputs } from '../inputs.js';
import type { RunContext } from '../run-context.js';
import type { ActionIo } from './action-io.js';

export interface ActionSession {
  io: ActionIo;
  inputs: ActionInputs;
  context: RunContext;
  /** Undefined without a github-token: no comments, labels, reviewed-plan check or baseline. */
  github: GitHubGateway | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** The working directory (the workspace on a runner): relative inputs are resolved against it. */
  cwd: string;
  /** The wall clock and the waits between smoke-test retries; tests make the waits instant. */
  clock: RunClock;
}

export interface RunClock {
  now: () => number;
  sleep: (milliseconds: number) => Promise<void>;
}

export const WALL_CLOCK: RunClock = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/** Where this run writes plan.json for `environment`. */
export function planFileOf(session: ActionSession, environment: string): string {
  return planFilePath({ planFile: session.inputs.planFile, runnerTemp: session.env.RUNNER_TEMP, cwd: session.cwd, environment });
}
