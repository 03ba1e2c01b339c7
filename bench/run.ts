/**
 * `npm run bench`: how the tool scales, in figures.
 *
 * Against moto_server and the Genesys sandbox with injected latency (50 ms a
 * request) and Genesys' 300 requests/minute limit, for N data actions:
 * plan from empty, apply from empty, plan with no changes, and plan + apply
 * of a one-field change to every action: calls made, wall time, and the
 * ratio of wall time to the rate-limit floor (Genesys calls ÷ allowed rate).
 * Then the IAM calls of a plan in an account holding 0, 100 and 1,000
 * unrelated roles (they must not grow), validate throughput for 1,000
 * actions, cold start of the bundled CLI, bundle size and peak memory.
 *
 * Usage: npm run bench [-- --sizes 10,100,500 --latency 50 --rpm 300]
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
import { applyPlan } from '../src/apply/apply-plan.js';
import { computePlan } from '../src/commands/plan.js';
import type { Providers } from '../src/commands/providers.js';
import { loadManifests } from '../src/manifests/index.js';
import type { DesiredState } from '../src/model/desired-state.js';
import { createRoleProvider } from '../src/providers/aws-iam/iam-role-provider.js';
import { createFunctionProvider } from '../src/providers/aws-lambda/lambda-function-provider.js';
import { createGenesysProvider } from '../src/providers/genesys/genesys-cloud-provider.js';
import { benchManifests } from './bench-manifests.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,500' },
    latency: { type: 'string', default: '50' },
    rpm: { type: 'string', default: '300' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const latencyMs = Number(values.latency);
const requestsPerMinute = Number(values.rpm);

interface Row {
  n: number;
  step: string;
  genesysCalls: number;
  awsCalls: number;
  wallMs: number;
  /** Wall time ÷ (Genesys calls ÷ allowed rate). */
  floorRatio: number;
}

function desiredFrom(text: string): DesiredState {
  const result = loadManifests([{ path: 'bench.yaml', bytes: new TextEncoder().encode(text) }], { environment: 'bench' });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 || !result.desired)
    throw new Error(`bench manifests are invalid: ${errors.map((error) => error.message).join('; ')}`);
  return result.desired;
}

/** AWS clients that count their calls: IAM alone, and all of AWS (IAM, STS, Lambda). */
function countingClients(region: string, counter: { aws: number; iam?: number }) {
  const iam = new IAMClient({ region, retryMode: 'adaptive' });
  const sts = new STSClient({ region, retryMode: 'adaptive' });
  const count = { step: 'initialize', name: 'benchCallCounter' } as const;
  iam.middlewareStack.add(
    (next) => async (args) => {
      counter.aws += 1;
      counter.iam = (counter.iam ?? 0) + 1;
      return next(args);
    },
    count,
  );
  sts.middlewareStack.add(
    (next) => async (args) => {
      counter.aws += 1;
      return next(args);
    },
    count,
  );
  const lambda = (lambdaRegion: string): LambdaClient => {
    const client = new LambdaClient({ region: lambdaRegion, retryMode: 'adaptive' });
    client.middlewareStack.add(
      (next) => async (args) => {
        counter.aws += 1;
        return next(args);
      },
      count,
    );
    return client;
  };
  return { iam, sts, lambda };
}

async function measureSize(n: number, motoUrl: string, lambdas: Record<string, string>): Promise<Row[]> {
  const sandbox = await startGenesysSandbox({
    region: 'eu-west-1',
    awsEndpoint: motoUrl,
    lambdaHandlers: lambdas,
    latencyMs,
    rateLimitPerMinute: requestsPerMinute,
  });
  const counter = { aws: 0 };
  const clients = countingClients('eu-west-1', counter);
  await deploySandboxFunctions(motoUrl, [BENCH_FUNCTION]);
  const providers: Providers = {
    roles: createRoleProvider({ region: 'eu-west-1', iam: clients.iam, sts: clients.sts }),
    genesys: createGenesysProvider({ env: sandbox.env, requestsPerMinute }),
    functions: createFunctionProvider({ clientFor: clients.lambda }),
  };
  const rows: Row[] = [];
  const measure = async <T>(step: string, body: () => Promise<T>): Promise<T> => {
    const genesysBefore = sandbox.requests.length;
    const awsBefore = counter.aws;
    const started = performance.now();
    const result = await body();
    const wallMs = performance.now() - started;
    const genesysCalls = sandbox.requests.length - genesysBefore;
    const floorMs = (genesysCalls / requestsPerMinute) * 60_000;
    rows.push({
      n,
      step,
      genesysCalls,
      awsCalls: counter.aws - awsBefore,
      wallMs,
      floorRatio: floorMs > 0 ? wallMs / floorMs : Number.NaN,
    });
    process.stderr.write(
      `  N=${n} ${step}: ${genesysCalls} Genesys + ${counter.aws - awsBefore} AWS calls, ${(wallMs / 1000).toFixed(1)} s\n`,
    );
    return result;
  };
  const applyDeps = {
    ...providers,
    log: () => undefined,
    sleep: (ms: number) => new Promise<void>((done) => setTimeout(done, ms)),
    now: () => Date.now(),
  };
  try {
    const desired = desiredFrom(benchManifests(n, 10));
    const first = await measure('plan (from empty)', () => computePlan(desired, providers, { prune: false }));
    const report = await measure('apply (from empty)', () =>
      applyPlan(first.plan, desired, first.observed, applyDeps, { publishStrategy: 'draft' }),
    );
    if (!report.success)
      throw new Error(`apply from empty failed at N=${n}: ${report.steps.find((step) => step.status === 'failed')?.message}`);
    const settled = await measure('plan (no changes)', () => computePlan(desired, providers, { prune: false }));
    if (settled.plan.summary.hasChanges) throw new Error(`N=${n}: the plan after apply still has changes`);
    const changed = desiredFrom(benchManifests(n, 11));
    const second = await measure('plan (1 field × N)', () => computePlan(changed, providers, { prune: false }));
    const update = await measure('apply (1 field × N)', () =>
      applyPlan(second.plan, changed, second.observed, applyDeps, { publishStrategy: 'draft' }),
    );
    if (!update.success) throw new Error(`apply of the change failed at N=${n}`);
  } finally {
    await sandbox.stop();
  }
  return rows;
}

/** The function every bench action calls (bench-manifests.ts). */
const BENCH_FUNCTION = 'arn:aws:lambda:eu-west-1:123456789012:function:orders-lookup:live';

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
      const clients = countingClients('eu-west-1', counter);
      const providers: Providers = {
        roles: createRoleProvider({ region: 'eu-west-1', iam: clients.iam, sts: clients.sts }),
        genesys: createGenesysProvider({ env: sandbox.env }),
        functions: createFunctionProvider({ clientFor: clients.lambda }),
      };
      await computePlan(desired, providers, { prune });
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

async function cliColdStart(): Promise<number | undefined> {
  const cli = join(root, 'dist', 'cli', 'index.js');
  if (!(await stat(cli).catch(() => undefined))) return undefined;
  const folder = await mkdtemp(join(tmpdir(), 'glg-bench-cli-'));
  await mkdir(join(folder, 'genesys'));
  await writeFile(join(folder, 'genesys', 'bench.yaml'), benchManifests(1, 10));
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, 'validate', '--manifests', join(folder, 'genesys'), '--environment', 'bench'], {
      encoding: 'utf8',
    });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`bundled CLI failed: ${result.stderr}`);
  }
  return times.sort((a, b) => a - b)[2];
}

async function bundleBytes(): Promise<number> {
  let total = 0;
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else total += (await stat(path)).size;
    }
  };
  await walk(join(root, 'dist'));
  return total;
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
    `Sandbox: ${latencyMs} ms latency per request, ${requestsPerMinute} requests/minute (client limiter at the same rate)`,
    '',
    '| N actions | step | Genesys calls | AWS calls | wall time | wall ÷ rate-limit floor |',
    '|---:|---|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.n} | ${row.step} | ${row.genesysCalls} | ${row.awsCalls} | ${(row.wallMs / 1000).toFixed(1)} s | ${Number.isNaN(row.floorRatio) ? '–' : row.floorRatio.toFixed(2)} |`,
    ),
    '',
    `IAM calls of a plan (10 actions) with 0 / 100 / 1000 unrelated roles in the account: ${unrelated.map((entry) => entry.plan).join(' / ')} (with prune, which scans the account: ${unrelated.map((entry) => entry.prunePlan).join(' / ')})`,
    `validate: ${validation.actions} data actions in ${validation.ms.toFixed(0)} ms (${validation.perSecond.toFixed(0)} manifests/s)`,
    `cold start of the bundled CLI (validate, one small file, median of 5): ${coldStart === undefined ? 'dist/ not built' : `${coldStart.toFixed(0)} ms`}`,
    `bundle size of dist/: ${(bytes / 2 ** 20).toFixed(2)} MiB`,
    `peak memory (RSS) of this bench process: ${peakRssMiB.toFixed(0)} MiB`,
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
