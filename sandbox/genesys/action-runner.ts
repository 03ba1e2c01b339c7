/**
 * Runs a data action the way Genesys runs an AWS Lambda action, so that
 * /test, /draft/test and /execute fail offline for the same reasons they
 * would fail in an org: validate the input, resolve the integration's
 * credential role, assume it (trust policy: the Genesys account for the
 * org's region, sts:ExternalId = org id), check the role may invoke exactly
 * the function ARN, render the request template, invoke the mapped local
 * handler, apply the translation map and success template, and check the
 * output contract.
 *
 * ❓ The step names of `TestExecutionResult.operations` are undocumented
 * (reference §5); the names below are descriptive stand-ins. Clients must
 * only rely on `success`, `error` and `finalResult`.
 */
import { randomUUID } from 'node:crypto';
import type { Models } from 'purecloud-platform-client-v2';
import { findGenesysRegion, genesysPrincipalArn } from '../../src/genesys/regions.js';
import { errorBody } from './api-error.js';
import { identityAllows, resourcePolicyAllows, trustAdmits } from './iam-policy-evaluation.js';
import { AWS_LAMBDA_CREDENTIAL_KEY, AWS_LAMBDA_INTEGRATION_TYPE } from './integration-types.js';
import { createHandlerRegistry, parseFunctionArn, type LambdaContext, type LambdaHandler } from './lambda-handlers.js';
import { outputContractErrors, pruneToSchema } from './output-contract.js';
import { createFunctionPolicyReader, createRoleReader, type FunctionPolicyReader, type RoleReader } from './role-access.js';
import type { SandboxState, StoredAction } from './sandbox-state.js';
import { applyTranslationMap } from './translation-map.js';
import { renderVelocity } from './velocity-templates.js';

export type { LambdaHandler } from './lambda-handlers.js';

/** The outcome of one run: the Genesys result, and the HTTP status /execute uses on failure. */
export interface ActionRun {
  result: Models.TestExecutionResult;
  /** Set when the run failed. */
  failureStatus?: number;
}

/** Runs actions against the sandbox state. */
export interface ActionRunner {
  run(action: StoredAction, input: unknown, state: SandboxState): Promise<ActionRun>;
}

/** Options fixed when the sandbox starts. */
export interface ActionRunnerOptions {
  orgId: string;
  region: string;
  awsEndpoint: string | undefined;
  /** For the role reads; default the ambient credentials (or moto's dummy ones). */
  awsCredentials?: { accessKeyId: string; secretAccessKey: string };
  lambdaHandlers: Record<string, string | LambdaHandler>;
  /** For tests of the runner alone. */
  roleReader?: RoleReader;
  /** Schedules the Lambda timeout; injectable so timeout tests need not wait. Default setTimeout. */
  schedule?: (callback: () => void, milliseconds: number) => () => void;
}

function scheduleWithTimer(callback: () => void, milliseconds: number): () => void {
  const timer = setTimeout(callback, milliseconds);
  return () => clearTimeout(timer);
}

/** A step failure: message, Genesys code and the status /execute answers with. */
class StepFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Config / AWS-side mistakes are the caller's (400); a failing function is a 500, as for Function actions (⚠️ blog). */
const fail = {
  input: (message: string) => new StepFailure(message, 400, 'bad.request'),
  config: (message: string) => new StepFailure(message, 400, 'bad.request'),
  aws: (message: string) => new StepFailure(message, 400, 'bad.request'),
  lambda: (message: string) => new StepFailure(message, 500, 'internal.server.error'),
  timeout: (message: string) => new StepFailure(message, 408, 'request.timeout'),
};

const SIMPLE_TYPES: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  integer: (value) => Number.isInteger(value),
  number: (value) => typeof value === 'number',
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
};

function checkInput(action: StoredAction, input: unknown): Record<string, unknown> {
  if (input === undefined) input = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw fail.input('The input must be a JSON object of input values');
  const values = input as Record<string, unknown>;
  const schema = action.contract.input.inputSchema;
  for (const name of schema.required ?? []) {
    if (values[name] === undefined) throw fail.input(`Missing required input '${name}'`);
  }
  const properties = (schema.properties ?? {}) as Record<string, { type?: string | string[] }>;
  for (const [name, value] of Object.entries(values)) {
    const property = properties[name];
    if (!property) continue; // Genesys ignores inputs the contract does not declare.
    const types = Array.isArray(property.type) ? property.type : property.type ? [property.type] : [];
    if (types.length > 0 && !types.some((type) => SIMPLE_TYPES[type]?.(value))) {
      throw fail.input(`Input '${name}' must be of type ${types.join(' or ')}`);
    }
  }
  return values;
}

function resolveRoleArn(action: StoredAction, state: SandboxState): string {
  const integration = state.integrations.get(action.integrationId);
  if (!integration) throw fail.config(`Integration ${action.integrationId} was not found`);
  if (integration.integrationTypeId !== AWS_LAMBDA_INTEGRATION_TYPE) {
    throw fail.config(`The sandbox only runs ${AWS_LAMBDA_INTEGRATION_TYPE} actions, not ${integration.integrationTypeId}`);
  }
  // ❓ Whether Genesys refuses to run actions of a disabled integration is not
  // in the reference; an org shows them unavailable, so the sandbox refuses.
  if (integration.intendedState !== 'ENABLED' || integration.settlesTo !== 'ACTIVE') {
    throw fail.config(
      `Integration ${integration.id} is not active (intendedState ${integration.intendedState}, reportedState ${integration.reportedState})`,
    );
  }
  const reference = integration.config.credentials[AWS_LAMBDA_CREDENTIAL_KEY];
  const credential = reference ? state.credentials.get(reference.id) : undefined;
  const arn = credential?.fields.ARN;
  if (!arn) throw fail.config(`Integration ${integration.id} has no ${AWS_LAMBDA_CREDENTIAL_KEY} credential with a role ARN`);
  return arn;
}

async function withTimeout<T>(
  work: Promise<T>,
  seconds: number,
  message: string,
  schedule: NonNullable<ActionRunnerOptions['schedule']>,
): Promise<T> {
  let cancel: (() => void) | undefined;
  const timeout = new Promise<never>((_, reject) => {
    cancel = schedule(() => reject(fail.timeout(message)), seconds * 1000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    cancel?.();
  }
}

function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fail.config(`${what} did not produce valid JSON: ${(error as Error).message}. Rendered text: ${text.slice(0, 200)}`);
  }
}

/** Creates a runner; the role reader talks to `awsEndpoint`. */
export function createActionRunner(options: ActionRunnerOptions): ActionRunner {
  let roleReader = options.roleReader;
  let functionPolicyReader: FunctionPolicyReader | undefined;
  const handlers = createHandlerRegistry(options.lambdaHandlers);
  const genesysAccount = findGenesysRegion(options.region)?.genesysAwsAccountId;

  return {
    async run(action, rawInput, state) {
      const operations: Models.TestExecutionOperationResult[] = [];
      const step = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
        const operation: Models.TestExecutionOperationResult = { step: operations.length + 1, name, success: false };
        operations.push(operation);
        try {
          const value = await work();
          operation.success = true;
          if (value !== undefined) operation.result = value as object;
          return value;
        } catch (error) {
          const failure = error instanceof StepFailure ? error : fail.config((error as Error).message);
          operation.error = errorBody(failure.status, failure.code, failure.message);
          throw failure;
        }
      };

      try {
        const input = await step('Validate input', () => checkInput(action, rawInput));
        const functionArnText = action.config.request?.requestUrlTemplate ?? '';
        const functionArn = parseFunctionArn(functionArnText);
        const roleArn = await step('Resolve credentials', () => {
          if (!functionArn) throw fail.config(`requestUrlTemplate '${functionArnText}' is not an AWS Lambda function ARN`);
          return { roleArn: resolveRoleArn(action, state) };
        }).then((value) => value.roleArn);

        const role = await step('Assume role', async () => {
          if (!genesysAccount) throw fail.aws(`No Genesys AWS account is known for region ${options.region}`);
          roleReader ??= createRoleReader(options.awsEndpoint, options.awsCredentials);
          const denied = `User: ${genesysPrincipalArn(genesysAccount)} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;
          const policies = await roleReader.read(roleArn).catch((error: unknown) => {
            // Not a Genesys answer: the sandbox itself could not reach IAM.
            throw new StepFailure(
              `The sandbox could not read role ${roleArn} from IAM: ${(error as Error).message}`,
              500,
              'internal.server.error',
            );
          });
          if (!policies) throw fail.aws(`Unable to assume role ${roleArn}: ${denied} (the role does not exist)`);
          const decision = trustAdmits(policies.trust, genesysAccount, {
            'sts:ExternalId': options.orgId,
            'aws:PrincipalAccount': genesysAccount,
          });
          if (!decision.allowed) {
            throw fail.aws(
              `Unable to assume role ${roleArn}: ${denied} (the trust policy must allow ${genesysPrincipalArn(genesysAccount)} sts:AssumeRole with StringEquals sts:ExternalId = ${options.orgId})`,
            );
          }
          return policies;
        });

        const event = await step('Render request template', () => {
          const template = action.config.request?.requestTemplate ?? '${input.rawRequest}';
          const rendered = renderVelocity(template, { input: { ...input, rawRequest: JSON.stringify(input) } });
          return parseJsonText(rendered, 'The request template');
        });

        const rawResult = await step('Invoke Lambda function', async () => {
          if (!functionArn) throw fail.config('no function ARN');
          const session = `arn:aws:sts::${role.roleArn.split(':')[4]}:assumed-role/${role.roleArn.split('/').pop()}/GenesysCloud`;
          const decision = identityAllows(role.identityPolicies, 'lambda:InvokeFunction', functionArn.arn);
          if (!decision.allowed) {
            const because =
              decision.reason === 'explicit-deny'
                ? 'with an explicit deny in an identity-based policy'
                : 'because no identity-based policy allows the lambda:InvokeFunction action';
            throw fail.aws(
              `User: ${session} is not authorized to perform: lambda:InvokeFunction on resource: ${functionArn.arn} ${because}`,
            );
          }
          if (functionArn.accountId !== role.roleArn.split(':')[4]) {
            // Cross-account: the function's resource-based policy must allow the role too.
            functionPolicyReader ??= createFunctionPolicyReader(options.awsEndpoint, options.awsCredentials);
            const policy = await functionPolicyReader.read(functionArn.arn).catch((error: unknown) => {
              throw new StepFailure(
                `The sandbox could not read the resource policy of ${functionArn.arn}: ${(error as Error).message}`,
                500,
                'internal.server.error',
              );
            });
            const allowed =
              policy !== undefined && resourcePolicyAllows(policy, role.roleArn, 'lambda:InvokeFunction', functionArn.arn).allowed;
            if (!allowed)
              throw fail.aws(
                `User: ${session} is not authorized to perform: lambda:InvokeFunction on resource: ${functionArn.arn} because no resource-based policy allows the lambda:InvokeFunction action`,
              );
          }
          const handler = await handlers.find(functionArn.name);
          if (!handler) throw fail.lambda(`Function not found: ${functionArn.arn}`);
          const timeoutSeconds = action.config.timeoutSeconds ?? 60;
          const deadline = Date.now() + timeoutSeconds * 1000;
          const headers = action.config.request?.headers ?? {};
          const context: LambdaContext = {
            functionName: functionArn.name,
            functionVersion: functionArn.qualifier ?? '$LATEST',
            invokedFunctionArn: functionArn.arn,
            awsRequestId: randomUUID(),
            memoryLimitInMB: '128',
            logGroupName: `/aws/lambda/${functionArn.name}`,
            logStreamName: 'sandbox',
            clientContext: { ...headers, 'ININ-Organization-Id': options.orgId, 'ININ-Correlation-Id': randomUUID() },
            callbackWaitsForEmptyEventLoop: true,
            getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
          };
          let output: unknown;
          try {
            output = await withTimeout(
              Promise.resolve().then(() => handler(structuredClone(event), context)),
              timeoutSeconds,
              `The Lambda function ${functionArn.arn} timed out after ${timeoutSeconds} seconds`,
              options.schedule ?? scheduleWithTimer,
            );
          } catch (error) {
            if (error instanceof StepFailure) throw error;
            const thrown = error as { name?: string; message?: string };
            throw fail.lambda(
              `The Lambda function ${functionArn.arn} returned an error: ${JSON.stringify({ errorType: thrown.name ?? 'Error', errorMessage: thrown.message ?? String(error) })}`,
            );
          }
          if (output === undefined) return null;
          return JSON.parse(JSON.stringify(output)) as unknown;
        });

        const translated = await step('Apply translation map', () => {
          const response = action.config.response ?? {};
          const outcome = applyTranslationMap(rawResult, response.translationMap ?? {}, response.translationMapDefaults ?? {});
          if ('missing' in outcome) {
            throw fail.config(`Translation map entry '${outcome.missing}' matched nothing in the Lambda result and has no default`);
          }
          return outcome.values;
        });

        const rendered = await step('Render success template', () => {
          const template = action.config.response?.successTemplate ?? '${rawResult}';
          const text = renderVelocity(template, { ...translated, rawResult: JSON.stringify(rawResult) });
          return parseJsonText(text, 'The success template');
        });

        const output = await step('Validate output contract', () => {
          const schema = action.contract.output.successSchema;
          const pruned = pruneToSchema(rendered, schema);
          const errors = outputContractErrors(pruned, schema);
          if (errors.length > 0) throw fail.config(`The output does not match the output contract (successSchema): ${errors.join('; ')}`);
          return pruned;
        });
        return { result: { operations, success: true, finalResult: output as object } };
      } catch (error) {
        const failure = error instanceof StepFailure ? error : fail.config((error as Error).message);
        return {
          result: { operations, success: false, error: errorBody(failure.status, failure.code, failure.message) },
          failureStatus: failure.status,
        };
      }
    },
  };
}
