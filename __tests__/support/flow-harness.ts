/**
 * The whole engine against real local servers: moto_server (from the global
 * setup) for IAM/STS/Lambda (the examples' functions created in it), the Genesys sandbox over HTTP running the example
 * Lambda handlers, and a temporary copy of examples/genesys that a test may
 * edit. Plan and apply go through the same functions the CLI and the action
 * use; only sleeps are made instant.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deploySandboxFunctions } from '../../sandbox/aws/lambda-functions.js';
import { startGenesysSandbox, type GenesysSandbox, type GenesysSandboxOptions } from '../../sandbox/genesys/server.js';
import { applyPlan, type ApplyOptions } from '../../src/apply/apply-plan.js';
import type { ApplyReport } from '../../src/apply/apply-report.js';
import { computePlan, type PlanOutcome } from '../../src/commands/plan.js';
import type { Providers } from '../../src/commands/providers.js';
import { validateManifests } from '../../src/commands/validate.js';
import type { DesiredState } from '../../src/model/desired-state.js';
import { createRoleProvider } from '../../src/providers/aws-iam/iam-role-provider.js';
import { createFunctionProvider } from '../../src/providers/aws-lambda/lambda-function-provider.js';
import { createGenesysProvider } from '../../src/providers/genesys/genesys-cloud-provider.js';
import { repositoryRoot } from './repository-root.js';
import { workerMotoUrl } from './worker-moto.js';

export const exampleLambdas = {
  'orders-lookup': join(repositoryRoot, 'examples/lambdas/orders-lookup.mjs'),
  'customer-by-phone': join(repositoryRoot, 'examples/lambdas/customer-by-phone.mjs'),
  'store-hours': join(repositoryRoot, 'examples/lambdas/store-hours.mjs'),
};

const instant = async (): Promise<void> => undefined;

/** What a plan is asked for, as the shells pass it. */
export interface PlanSettings {
  prune?: boolean;
  allowDeletingUsedActions?: boolean;
}

export interface FlowHarness {
  sandbox: GenesysSandbox;
  providers: Providers;
  manifestsDir: string;
  desired(): Promise<DesiredState>;
  plan(options?: PlanSettings): Promise<PlanOutcome & { desired: DesiredState }>;
  apply(options?: { prune?: boolean } & Partial<ApplyOptions>): Promise<ApplyReport>;
  /** Rewrites one manifest file of the temporary copy. */
  edit(relativePath: string, change: (text: string) => string): Promise<void>;
  /** Deletes one manifest file of the temporary copy. */
  remove(relativePath: string): Promise<void>;
  log: string[];
  stop(): Promise<void>;
}

export async function startFlowHarness(options: GenesysSandboxOptions = {}): Promise<FlowHarness> {
  const motoUrl = workerMotoUrl();
  const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: motoUrl, lambdaHandlers: exampleLambdas, ...options });
  const providers: Providers = {
    roles: createRoleProvider({ region: 'eu-west-1', sleep: instant }),
    genesys: createGenesysProvider({ env: sandbox.env, sleep: instant, integrationStatePollIntervalMs: 1 }),
    functions: createFunctionProvider(),
  };
  const workDir = await mkdtemp(join(tmpdir(), 'glg-flow-'));
  const manifestsDir = join(workDir, 'genesys');
  await cp(join(repositoryRoot, 'examples/genesys'), manifestsDir, { recursive: true });
  const log: string[] = [];

  const desired = async (): Promise<DesiredState> => {
    const outcome = await validateManifests({ manifestsDir, environment: 'dev', cwd: workDir });
    if (!outcome.desired) {
      throw new Error(
        `manifests invalid: ${outcome.diagnostics.map((d) => `${d.file}:${d.start.line}: ${d.code} ${d.message}`).join('\n')}`,
      );
    }
    return outcome.desired;
  };
  // The plan reads every function from Lambda: moto must have what the examples call.
  await deploySandboxFunctions(
    motoUrl,
    (await desired()).dataActions.map((action) => action.functionArn),
  );
  const plan = async (planOptions: PlanSettings = {}) => {
    const state = await desired();
    const settings = { prune: planOptions.prune ?? false, allowDeletingUsedActions: planOptions.allowDeletingUsedActions ?? false };
    return { ...(await computePlan(state, providers, settings)), desired: state };
  };
  return {
    sandbox,
    providers,
    manifestsDir,
    desired,
    plan,
    async apply(applyOptions = {}) {
      const {
        plan: current,
        observed,
        desired: state,
      } = await plan({
        prune: applyOptions.prune ?? false,
        allowDeletingUsedActions: applyOptions.allowDeletingUsedActions ?? false,
      });
      return applyPlan(
        current,
        state,
        observed,
        { ...providers, log: (line) => log.push(line), sleep: instant, now: () => Date.now() },
        { publishStrategy: 'draft', smokeRetryDelayMs: 1, ...applyOptions },
      );
    },
    async edit(relativePath, change) {
      const file = join(manifestsDir, relativePath);
      await writeFile(file, change(await readFile(file, 'utf8')));
    },
    async remove(relativePath) {
      await rm(join(manifestsDir, relativePath));
    },
    log,
    stop: () => sandbox.stop(),
  };
}
