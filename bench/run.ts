/**
 * `npm run bench`: how the tool scales, in figures.
 *
 * Against moto_server and the Genesys sandbox with injected latency (50 ms a
 * request) and Genesys' windowed limit (300 requests per token per 60 s
 * window, rate-limiter.ts), the sandbox in a thread of its own (its CPU is
 * the server's, not the client's: sandbox-in-thread.ts) that has paid its
 * first-time costs before the first row (sandbox-warm-up.ts), for N data actions:
 * plan from empty, apply from empty, plan with no changes, plan + apply of a
 * one-field change to every action, and plan + apply of a contract change (a
 * replace) of every action. Each step is its own run with its own provider,
 * so its own token and window, as separate CLI or workflow runs are; a plan
 * runs as the shells run it (early sign-in and first reads, the folder's
 * manifests, the plan), three times, and its row is the median. Per row: Genesys and AWS
 * calls, calls per change, wall time, the windowed floor (windowed-floor.ts)
 * and wall ÷ floor. Then a plan of 1,000 unchanged actions, validate
 * throughput for 1,000 actions, cold start of the bundled CLI, bundle sizes
 * and peak memory.
 *
 * Usage: npm run bench [-- --sizes 10,100,500 --plan-size 1000 --latency 50 --rpm 300 --concurrency 8]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { STSClient } from '@aws-sdk/client-sts';
import { deploySandboxFunctions } from '../sandbox/aws/lambda-functions.js';
import { startMotoServer, type MotoServer } from '../sandbox/aws/moto-server.js';
import { startGenesysSandbox } from '../sandbox/genesys/server.js';
import { RATE_WINDOW_MS } from '../sandbox/genesys/rate-limiter.js';
import { applyPlan } from '../src/apply/apply-plan.js';
import { computePlan } from '../src/commands/plan.js';
import { validateManifests } from '../src/commands/validate.js';
import { signInEarly, type EarlyStart } from '../src/commands/early-sign-in.js';
import { createEarlyStsClient } from '../src/providers/aws-iam/early-caller-identity.js';
import type { Providers } from '../src/commands/providers.js';
import { loadManifests } from '../src/manifests/index.js';
import type { DesiredState } from '../src/model/desired-state.js';
import type { PlanSummary } from '../src/plan/types.js';
import { createRoleProvider } from '../src/providers/aws-iam/iam-role-provider.js';
import { createFunctionProvider } from '../src/providers/aws-lambda/lambda-function-provider.js';
import { createGenesysProvider } from '../src/providers/genesys/genesys-cloud-provider.js';
import { benchManifests } from './bench-manifests.js';
import { startSandboxInThread, type CountedRequest, type SandboxInThread } from './sandbox-in-thread.js';
import { stagedRounds, STEP_STAGES } from './step-dependencies.js';
import { windowedFloorMs } from './windowed-floor.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,500' },
    'plan-size': { type: 'string', default: '1000' },
    latency: { type: 'string', default: '50' },
    rpm: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const planSize = Number(values['plan-size']);
const latencyMs = Number(values.latency);
const requestsPerMinute = Number(values.rpm);
const concurrency = Number(values.concurrency);

interface Row {
  n: number;
  step: string;
  genesysCalls: number;
  awsCalls: number;
  /** e.g. `5.0 / updated action`; empty for plans. */
  perChange: string;
  wallMs: number;
  floorMs: number;
}

function desiredFrom(text: string): DesiredState {
  const result = loadManifests([{ path: 'bench.yaml', bytes: new TextEncoder().encode(text) }], { environment: 'bench' });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 || !result.desired)
    throw new Error(`bench manifests are invalid: ${errors.map((error) => error.message).join('; ')}`);
  return result.desired;
}

/** Counts a client's calls in `counter.aws` (and IAM's also in `counter.iam`). */
function counting<T extends IAMClient | STSClient | LambdaClient>(client: T, counter: { aws: number; iam?: number }): T {
  (client.middlewareStack as IAMClient['middlewareStack']).add(
    (next) => async (args) => {
      counter.aws += 1;
      if (client instanceof IAMClient) counter.iam = (counter.iam ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchCallCounter' },
  );
  return client;
}

/** AWS clients that count their calls: IAM alone, and all of AWS (IAM, STS, Lambda). */
function countingClients(region: string, counter: { aws: number; iam?: number }) {
  return {
    iam: counting(new IAMClient({ region, retryMode: 'adaptive' }), counter),
    sts: counting(new STSClient({ region, retryMode: 'adaptive' }), counter),
    lambda: (lambdaRegion: string): LambdaClient => counting(new LambdaClient({ region: lambdaRegion, retryMode: 'adaptive' }), counter),
  };
}

/** The function every bench action calls (bench-manifests.ts). */
const BENCH_FUNCTION = 'arn:aws:lambda:eu-west-1:123456789012:function:orders-lookup:live';

function countingProviders(
  sandbox: { env: Record<string, string> },
  counter: { aws: number; iam?: number },
  early?: EarlyStart,
): Providers {
  const clients = countingClients('eu-west-1', counter);
  return {
    roles: createRoleProvider({
      region: 'eu-west-1',
      iam: clients.iam,
      sts: clients.sts,
      ...(early?.awsAccountId ? { earlyCallerAccountId: early.awsAccountId } : {}),
    }),
    genesys: createGenesysProvider({
      env: sandbox.env,
      requestsPerMinute,
      concurrency,
      ...(early?.genesys ? { earlyToken: early.genesys.token, earlyReads: early.genesys.reads } : {}),
    }),
    functions: createFunctionProvider({ clientFor: clients.lambda }),
  };
}

const realSleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** What every measured step shares: the sandbox, and a fresh pair of providers per step (a new run, a new token). */
interface BenchWorld {
  sandbox: SandboxInThread;
  counter: { aws: number };
  /** A new run's providers; a plan's adopt the sign-in it started before loading its manifests, as the CLI and the action do. */
  freshProviders(early?: EarlyStart): Providers;
  rows: Row[];
}

async function startWorld(motoUrl: string, lambdas: Record<string, string>): Promise<BenchWorld> {
  const sandbox = await startSandboxInThread({
    region: 'eu-west-1',
    awsEndpoint: motoUrl,
    lambdaHandlers: lambdas,
    latencyMs,
    rateLimitPerMinute: requestsPerMinute,
  });
  const counter = { aws: 0 };
  // Plans read the function from Lambda (function-exists): moto must have it.
  await deploySandboxFunctions(motoUrl, [BENCH_FUNCTION]);
  return { sandbox, counter, rows: [], freshProviders: (early) => countingProviders(sandbox, counter, early) };
}

/** Calls per created / updated / replaced action, from a step's plan summary. */
function perChange(calls: number, summary: PlanSummary | undefined): string {
  if (!summary) return '';
  const kinds = (['create', 'update', 'replace'] as const).filter((kind) => summary[kind] > 0);
  if (kinds.length !== 1) return '';
  const kind = kinds[0] as 'create' | 'update' | 'replace';
  const label = { create: 'created', update: 'updated', replace: 'replaced' }[kind];
  // Only data actions change in these steps after the first apply; the first apply also creates the role, credential and integration.
  return `${(calls / summary[kind]).toFixed(2)} / ${label}`;
}

/** How often a read-only step (a plan) is run; its row shows the run of median wall time. Steps that write run once. */
const PLAN_RUNS = 3;

async function measure<T>(
  world: BenchWorld,
  n: number,
  step: string,
  body: () => Promise<T>,
  options: { changes?: (result: T) => PlanSummary | undefined; runs?: number } = {},
): Promise<T> {
  const runs: { result: T; wallMs: number; requests: CountedRequest[]; awsCalls: number }[] = [];
  for (let run = 0; run < (options.runs ?? 1); run++) {
    const before = await world.sandbox.requestCount();
    const awsBefore = world.counter.aws;
    const started = performance.now();
    const result = await body();
    const wallMs = performance.now() - started;
    runs.push({ result, wallMs, requests: await world.sandbox.requestsFrom(before), awsCalls: world.counter.aws - awsBefore });
  }
  const { result, wallMs, requests, awsCalls } = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)]!;
  const apiCalls = requests.filter((request) => request.path.startsWith('/api/v2/')).length;
  const floorMs = windowedFloorMs({
    limitedCalls: apiCalls,
    allCalls: requests.length,
    allowance: requestsPerMinute,
    windowMs: RATE_WINDOW_MS,
    latencyMs,
    concurrency,
    dependentRounds: Math.max(1, stagedRounds(STEP_STAGES[step]?.(n) ?? [], concurrency)),
  });
  const row: Row = {
    n,
    step,
    genesysCalls: requests.length,
    awsCalls,
    perChange: perChange(requests.length, options.changes?.(result)),
    wallMs,
    floorMs,
  };
  world.rows.push(row);
  const throttled = requests.filter((request) => request.status === 429).length;
  const walls = runs.length > 1 ? ` (runs: ${runs.map((entry) => entry.wallMs.toFixed(0)).join(', ')} ms)` : '';
  process.stderr.write(
    `  N=${n} ${step}: ${row.genesysCalls} Genesys (${throttled} × 429) + ${row.awsCalls} AWS calls, ${wallMs.toFixed(0)} ms${walls}, floor ${floorMs.toFixed(0)} ms\n`,
  );
  return result;
}

/** A folder holding `text` as its one manifest file, as a repository would. */
async function manifestFolder(text: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'glg-bench-manifests-'));
  await writeFile(join(folder, 'bench.yaml'), text);
  return folder;
}

/** A plan run as the CLI's and the action's: the sign-in and first reads start, then the folder's manifests load, then the plan. */
async function planRun(world: BenchWorld, folder: string): ReturnType<typeof computePlan> {
  // A runner set up by configure-aws-credentials has AWS_REGION: the caller identity is asked early too.
  const early = signInEarly('plan', { ...world.sandbox.env, AWS_REGION: 'eu-west-1' }, (region) =>
    counting(createEarlyStsClient(region), world.counter),
  );
  const validation = await validateManifests({ manifestsDir: folder, environment: 'bench', requireEnvironment: true });
  if (!validation.desired)
    throw new Error(`bench manifests are invalid: ${validation.diagnostics.map((error) => error.message).join('; ')}`);
  return computePlan(validation.desired, world.freshProviders(early), { prune: false });
}

async function measureSize(n: number, motoUrl: string, lambdas: Record<string, string>): Promise<Row[]> {
  const world = await startWorld(motoUrl, lambdas);
  const applyWith = async (desiredText: string, step: string) => {
    const desired = desiredFrom(desiredText);
    const outcome = await computePlan(desired, world.freshProviders(), { prune: false });
    // The apply is measured as a run of its own (its own token and window), after the plan that decided it.
    const deps = { ...world.freshProviders(), log: () => undefined, sleep: realSleep, now: Date.now };
    const report = await measure(
      world,
      n,
      step,
      () => applyPlan(outcome.plan, desired, outcome.observed, deps, { publishStrategy: 'draft', concurrency }),
      { changes: () => outcome.plan.summary },
    );
    if (!report.success) throw new Error(`${step} failed at N=${n}: ${report.steps.find((entry) => entry.status === 'failed')?.message}`);
  };
  const plan = async (text: string, step: string) => {
    const folder = await manifestFolder(text);
    return measure(world, n, step, () => planRun(world, folder), { runs: PLAN_RUNS });
  };
  try {
    await plan(benchManifests(n, 10), 'plan (from empty)');
    await applyWith(benchManifests(n, 10), 'apply (from empty)');
    const settled = await plan(benchManifests(n, 10), 'plan (no changes)');
    if (settled.plan.summary.hasChanges) throw new Error(`N=${n}: the plan after apply still has changes`);
    await plan(benchManifests(n, 11), 'plan (1 field × N)');
    await applyWith(benchManifests(n, 11), 'apply (1 field × N)');
    await plan(benchManifests(n, 11, { outputEta: true }), 'plan (contract × N)');
    await applyWith(benchManifests(n, 11, { outputEta: true }), 'apply (contract × N: replace)');
  } finally {
    await world.sandbox.stop();
  }
  return world.rows;
}

/**
 * A plan of `n` unchanged actions: one action is applied for real, the rest are copies of it
 * put straight into the sandbox's state (applying 1,000 actions would take a quarter of an hour
 * of rate limit and measure apply, not plan).
 */
async function measureLargePlan(n: number, motoUrl: string, lambdas: Record<string, string>): Promise<Row[]> {
  const world = await startWorld(motoUrl, lambdas);
  try {
    const seedDesired = desiredFrom(benchManifests(1, 10));
    const seedProviders = world.freshProviders();
    const seedPlan = await computePlan(seedDesired, seedProviders, { prune: false });
    const deps = { ...seedProviders, log: () => undefined, sleep: realSleep, now: Date.now };
    const seeded = await applyPlan(seedPlan.plan, seedDesired, seedPlan.observed, deps, { publishStrategy: 'draft' });
    if (!seeded.success) throw new Error('seeding the large plan failed');
    await world.sandbox.copyAction(n - 1, 'Lookup Order ');
    const folder = await manifestFolder(benchManifests(n, 10));
    const settled = await measure(world, n, 'plan (no changes)', () => planRun(world, folder));
    if (settled.plan.summary.hasChanges) throw new Error(`N=${n}: the seeded plan has changes`);
  } finally {
    await world.sandbox.stop();
  }
  return world.rows;
}

/**
 * IAM calls of one plan (10 actions) in an account that also holds `count`
 * roles the manifests do not name: without prune the plan reads the declared
 * role by name, so the figure must not move; with prune it scans the account.
 */
async function iamCallsWithUnrelatedRoles(moto: MotoServer, count: number): Promise<{ count: number; plan: number; prunePlan: number }> {
  await moto.reset();
  await deploySandboxFunctions(moto.url, [BENCH_FUNCTION]);
  const admin = new IAMClient({ region: 'us-east-1' });
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [] });
  for (let index = 0; index < count; index++) {
    await admin.send(new CreateRoleCommand({ RoleName: `unrelated-${index}`, AssumeRolePolicyDocument: trust }));
  }
  const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: moto.url });
  try {
    const desired = desiredFrom(benchManifests(10, 10));
    const iamCalls = async (prune: boolean): Promise<number> => {
      const counter = { aws: 0, iam: 0 };
      await computePlan(desired, countingProviders(sandbox, counter), { prune });
      return counter.iam;
    };
    return { count, plan: await iamCalls(false), prunePlan: await iamCalls(true) };
  } finally {
    await sandbox.stop();
  }
}

async function validateThroughput(): Promise<{ actions: number; ms: number; perSecond: number }> {
  const text = benchManifests(1000, 10);
  desiredFrom(text); // warm-up (JIT, schema compilation)
  const started = performance.now();
  desiredFrom(text);
  const ms = performance.now() - started;
  return { actions: 1000, ms, perSecond: 1000 / (ms / 1000) };
}

/** Cold runs per start-up figure; the median is reported (a VM's start-up times scatter). */
const COLD_RUNS = 11;

function medianMs(run: () => void): number {
  const times: number[] = [];
  for (let index = 0; index < COLD_RUNS; index++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(COLD_RUNS / 2)]!;
}

/**
 * The bundled CLI's `validate` of one small file, and Node's own start-up (`node -e 0`) beside it on the same machine:
 * with the engine's compile cache (src/cli/compile-cache.ts; the first of the runs writes it, in a folder of its own)
 * and without it (NODE_DISABLE_COMPILE_CACHE: what the first run of a command after an install or upgrade costs).
 */
async function cliColdStart(): Promise<{ cli: number; firstRun: number; node: number } | undefined> {
  const cli = join(root, 'dist', 'cli', 'index.js');
  if (!(await stat(cli).catch(() => undefined))) return undefined;
  const folder = await mkdtemp(join(tmpdir(), 'glg-bench-cli-'));
  await mkdir(join(folder, 'genesys'));
  await writeFile(join(folder, 'genesys', 'bench.yaml'), benchManifests(1, 10));
  const validate = (env: Record<string, string>) => () => {
    const result = spawnSync(process.execPath, [cli, 'validate', '--manifests', join(folder, 'genesys'), '--environment', 'bench'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (result.status !== 0) throw new Error(`bundled CLI failed: ${result.stderr}`);
  };
  const cached = medianMs(validate({ XDG_CACHE_HOME: join(folder, 'cache') }));
  const firstRun = medianMs(validate({ NODE_DISABLE_COMPILE_CACHE: '1' }));
  const node = medianMs(() => spawnSync(process.execPath, ['-e', '0']));
  return { cli: cached, firstRun, node };
}

/** Bytes of the committed dist/ (the action bundle, its licenses, package.json) and of the CLI bundle (built, not committed). */
async function bundleBytes(): Promise<{ committed: number; cli: number | undefined }> {
  let committed = 0;
  for (const entry of await readdir(join(root, 'dist'), { withFileTypes: true })) {
    if (entry.isFile()) committed += (await stat(join(root, 'dist', entry.name))).size;
  }
  // The CLI bundle is its bin and the engine the bin runs.
  const cliFiles = await readdir(join(root, 'dist', 'cli'), { withFileTypes: true }).catch(() => []);
  let cli: number | undefined;
  for (const entry of cliFiles) {
    if (entry.isFile() && /\.c?js$/.test(entry.name)) cli = (cli ?? 0) + (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { committed, cli };
}

/** Below a second in milliseconds (a tenth of a second is most of a latency-bound row), above in seconds. */
function seconds(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<void> {
  const moto = await startMotoServer();
  process.env.AWS_ENDPOINT_URL = moto.url;
  // The AWS SDK versions are pinned exactly, so its warning about future versions needing Node 22 is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.AWS_ACCESS_KEY_ID = 'bench';
  process.env.AWS_SECRET_ACCESS_KEY = 'bench';
  const lambdas = { 'orders-lookup': join(root, 'examples', 'lambdas', 'orders-lookup.mjs') };
  const rows: Row[] = [];
  const unrelated: Awaited<ReturnType<typeof iamCallsWithUnrelatedRoles>>[] = [];
  try {
    for (const n of sizes) {
      await moto.reset();
      process.stderr.write(`N=${n} …\n`);
      rows.push(...(await measureSize(n, moto.url, lambdas)));
    }
    if (planSize > 0) {
      await moto.reset();
      process.stderr.write(`N=${planSize} (plan) …\n`);
      rows.push(...(await measureLargePlan(planSize, moto.url, lambdas)));
    }
    for (const count of [0, 100, 1000]) {
      process.stderr.write(`${count} unrelated roles …\n`);
      unrelated.push(await iamCallsWithUnrelatedRoles(moto, count));
    }
  } finally {
    await moto.stop();
  }
  const validation = await validateThroughput();
  const coldStart = await cliColdStart();
  const bytes = await bundleBytes();
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;

  const lines = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    `Sandbox: ${latencyMs} ms latency per request, ${requestsPerMinute} requests per token per 60 s window; client: ${concurrency} calls in flight, ceiling ${requestsPerMinute}/min`,
    '',
    '| N actions | step | Genesys calls | calls per change | AWS calls | wall time | windowed floor | wall ÷ floor |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.n} | ${row.step} | ${row.genesysCalls} | ${row.perChange || '–'} | ${row.awsCalls} | ${seconds(row.wallMs)} | ${seconds(row.floorMs)} | ${row.floorMs > 0 ? (row.wallMs / row.floorMs).toFixed(2) : '–'} |`,
    ),
    '',
    `IAM calls of a plan (10 actions) with 0 / 100 / 1000 unrelated roles in the account: ${unrelated.map((entry) => entry.plan).join(' / ')} (with prune, which scans the account: ${unrelated.map((entry) => entry.prunePlan).join(' / ')})`,
    `validate: ${validation.actions} data actions in ${validation.ms.toFixed(0)} ms (${validation.perSecond.toFixed(0)} manifests/s)`,
    `cold start of the bundled CLI (validate, one small file, median of ${COLD_RUNS}): ${coldStart === undefined ? 'dist/cli not built (npm run build)' : `${coldStart.cli.toFixed(0)} ms; without the compile cache (a command's first run) ${coldStart.firstRun.toFixed(0)} ms (node -e 0: ${coldStart.node.toFixed(0)} ms)`}`,
    `bundle size: dist/ (committed) ${(bytes.committed / 2 ** 20).toFixed(2)} MiB; CLI bundle ${bytes.cli === undefined ? 'not built' : `${(bytes.cli / 2 ** 20).toFixed(2)} MiB`} (built on prepack, not committed)`,
    `peak memory (RSS) of this bench process: ${peakRssMiB.toFixed(0)} MiB`,
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
