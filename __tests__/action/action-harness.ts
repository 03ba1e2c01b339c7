/**
 * The action in-process, the way the runner would run it: inputs through a
 * recording ActionIo, GITHUB_* variables and a real event payload file,
 * against moto_server (AWS, from the global setup), the Genesys sandbox and
 * the fake GitHub over HTTP, in a temporary workspace holding a copy of
 * examples/genesys.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, FAKE_GITHUB_TOKEN, type FakeGitHub } from '../../sandbox/github/fake-github.js';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { createProviders } from '../../src/commands/providers.js';
import { run } from '../../src/main.js';
import { deployExampleFunctions } from '../support/example-functions.js';
import { exampleLambdas } from '../support/flow-harness.js';
import { repositoryRoot } from '../support/repository-root.js';
import {
  BASE_SHA,
  HEAD_SHA,
  MERGE_SHA,
  mergedPullRequest,
  OWNER,
  PR_NUMBER,
  pullRequestEvent,
  pushEvent,
  REPO,
  scheduleEvent,
} from '../support/github-events.js';
import { RecordingActionIo } from './recording-action-io.js';

export {
  BASE_SHA,
  HEAD_SHA,
  MERGE_SHA,
  OWNER,
  PR_NUMBER,
  pullRequestEvent,
  pushEvent,
  REPO,
  scheduleEvent,
} from '../support/github-events.js';
import { workerMotoUrl } from '../support/worker-moto.js';

const DEFAULT_INPUTS: Record<string, string> = {
  mode: 'auto',
  manifests: 'genesys',
  environment: 'dev',
  'github-token': FAKE_GITHUB_TOKEN,
  prune: 'false',
  'publish-strategy': 'draft',
  'require-reviewed-plan': 'true',
  comment: 'true',
  labels: 'true',
  'plan-file': '',
  'sarif-file': '',
  'genesys-requests-per-minute': '300',
};

export interface ActionRun {
  io: RecordingActionIo;
  outputs: Map<string, string>;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Added to (or, with undefined, removed from) the run's environment. */
  env?: Record<string, string | undefined>;
  /** The run's clock (default the wall clock); its waits are always instant. */
  now?: () => number;
}

export interface ActionHarness {
  sandbox: GenesysSandbox;
  github: FakeGitHub;
  workspace: string;
  runPullRequest(options?: RunOptions & { fork?: boolean }): Promise<ActionRun>;
  runMergePush(options?: RunOptions): Promise<ActionRun>;
  /** A scheduled run on the default branch (mode auto → drift). */
  runSchedule(options?: RunOptions): Promise<ActionRun>;
  /** Write calls that reached the AWS role provider (under any guard the run puts around it), oldest first. */
  roleWrites: string[];
  /** Records the merge commit as the merge of pull request #42, as GitHub's commit → pulls lookup reports it. */
  linkMergeCommit(): void;
  /** Stores the current workspace manifests as the files of the pull request's base commit. */
  seedBaseCommit(): Promise<void>;
  /** Rewrites a file of the workspace's manifests folder. */
  edit(file: string, change: (text: string) => string): Promise<void>;
  /** Genesys requests that change something (token calls excluded). */
  genesysWrites(): number;
  stop(): Promise<void>;
}

/** The real provider wiring, with instant waits between polls and retries; role writes are recorded in `roleWrites`. */
function instantProviders(roleWrites: string[]): typeof createProviders {
  return (environment, options) => {
    const providers = createProviders(environment, {
      ...options,
      pacing: { sleep: async () => undefined, integrationStatePollIntervalMs: 1 },
    });
    const roles = providers.roles;
    return {
      ...providers,
      roles: {
        callerAccountId: () => roles.callerAccountId(),
        readRole: (name, options) => roles.readRole(name, options),
        listManagedRoleNames: (name) => roles.listManagedRoleNames(name),
        readExternalRole: (arn) => roles.readExternalRole(arn),
        readManagedPolicy: (arn) => roles.readManagedPolicy(arn),
        waitUntilRoleUsable: (name, waitOptions) => roles.waitUntilRoleUsable(name, waitOptions),
        applyRole: (spec) => {
          roleWrites.push(`applyRole ${spec.name}`);
          return roles.applyRole(spec);
        },
        deleteRole: (name) => {
          roleWrites.push(`deleteRole ${name}`);
          return roles.deleteRole(name);
        },
      },
    };
  };
}

export async function startActionHarness(): Promise<ActionHarness> {
  const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
  await deployExampleFunctions(workerMotoUrl());
  const github = await startFakeGitHub();
  const workspace = await mkdtemp(join(tmpdir(), 'glg-action-'));
  await cp(join(repositoryRoot, 'examples/genesys'), join(workspace, 'genesys'), { recursive: true });
  const roleWrites: string[] = [];

  const runAction = async (eventName: string, ref: string, sha: string, payload: unknown, options: RunOptions): Promise<ActionRun> => {
    const runDir = await mkdtemp(join(tmpdir(), 'glg-action-run-'));
    await writeFile(join(runDir, 'event.json'), JSON.stringify(payload));
    const env: Record<string, string | undefined> = {
      ...sandbox.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(runDir, 'event.json'),
      GITHUB_REF: ref,
      GITHUB_SHA: sha,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '777',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runDir,
      ...options.env,
    };
    const io = new RecordingActionIo({ ...DEFAULT_INPUTS, ...options.inputs });
    const clock = { now: options.now ?? (() => Date.now()), sleep: async () => undefined };
    await run({ io, env, cwd: workspace, createProviders: instantProviders(roleWrites), clock });
    return { io, outputs: io.outputs };
  };

  return {
    sandbox,
    github,
    workspace,
    runPullRequest: (options = {}) =>
      runAction('pull_request', `refs/pull/${PR_NUMBER}/merge`, HEAD_SHA, pullRequestEvent({ fork: options.fork ?? false }), options),
    runMergePush: (options = {}) => runAction('push', 'refs/heads/main', MERGE_SHA, pushEvent(), options),
    runSchedule: (options = {}) => runAction('schedule', 'refs/heads/main', MERGE_SHA, scheduleEvent(), options),
    roleWrites,
    linkMergeCommit() {
      github.state.commitPulls.set(`${OWNER}/${REPO}@${MERGE_SHA}`, [mergedPullRequest()]);
    },
    async seedBaseCommit() {
      const files: Record<string, string> = { 'README.md': '# contact center\n' };
      for (const name of await readdir(join(workspace, 'genesys')))
        files[`genesys/${name}`] = await readFile(join(workspace, 'genesys', name), 'utf8');
      github.seedCommit({ owner: OWNER, repo: REPO, sha: BASE_SHA, files });
    },
    async edit(file, change) {
      const path = join(workspace, 'genesys', file);
      await writeFile(path, change(await readFile(path, 'utf8')));
    },
    genesysWrites: () => sandbox.requests.filter((request) => request.method !== 'GET' && request.path !== '/oauth/token').length,
    async stop() {
      await sandbox.stop();
      await github.close();
    },
  };
}
