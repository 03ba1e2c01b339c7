/**
 * The demo's drift step: runs the action itself (src/main.ts, the code the
 * bundle runs) on a `schedule` event against the fake GitHub, so the demo can
 * show the drift issue it opens and, after a fix, closes. Inputs, outputs and
 * log lines go to the console; the job summary to a file.
 */
import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub } from '../sandbox/github/fake-github.js';
import { FAKE_GITHUB_TOKEN } from '../sandbox/github/fake-github.js';
import type { ActionIo } from '../src/action/action-io.js';
import { run } from '../src/main.js';

export const DEMO_OWNER = 'acme';
export const DEMO_REPO = 'contact-center';

export interface DriftRunResult {
  failures: string[];
  outputs: Map<string, string>;
}

function consoleActionIo(inputs: Record<string, string>, summaryFile: string, result: DriftRunResult): ActionIo {
  return {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      result.outputs.set(name, value);
    },
    setSecret: () => undefined,
    annotate: (level, message) => console.log(`::${level}:: ${message}`),
    info: (line) => console.log(line),
    debug: () => undefined,
    appendSummary: (markdown) => appendFile(summaryFile, markdown),
    setFailed: (message) => {
      result.failures.push(message);
      console.log(`::error:: ${message}`);
    },
  };
}

/** One scheduled run of the action (mode auto → drift) in `workDir`, whose `genesys/` folder holds the manifests. */
export async function runScheduledDrift(options: {
  workDir: string;
  environment: string;
  env: Record<string, string | undefined>;
  github: FakeGitHub;
  summaryFile: string;
}): Promise<DriftRunResult> {
  const runDir = await mkdtemp(join(tmpdir(), 'genesys-lambda-gitops-demo-run-'));
  const repository = { name: DEMO_REPO, full_name: `${DEMO_OWNER}/${DEMO_REPO}`, default_branch: 'main' };
  await writeFile(join(runDir, 'event.json'), JSON.stringify({ schedule: '17 6 * * *', repository }));
  const result: DriftRunResult = { failures: [], outputs: new Map() };
  const inputs = { mode: 'auto', manifests: 'genesys', environment: options.environment, 'github-token': FAKE_GITHUB_TOKEN };
  await run({
    io: consoleActionIo(inputs, options.summaryFile, result),
    env: {
      ...options.env,
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: join(runDir, 'event.json'),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807',
      GITHUB_REPOSITORY: `${DEMO_OWNER}/${DEMO_REPO}`,
      GITHUB_API_URL: options.github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '1001',
      GITHUB_WORKSPACE: options.workDir,
      RUNNER_TEMP: runDir,
    },
    cwd: options.workDir,
  });
  return result;
}
