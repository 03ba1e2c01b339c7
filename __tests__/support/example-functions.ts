/**
 * The Lambda functions examples/genesys calls in its `dev` environment,
 * created in moto: every plan reads them (function-exists), so a test that
 * plans the examples against moto needs them there first.
 */
import { join } from 'node:path';
import { deploySandboxFunctions } from '../../sandbox/aws/lambda-functions.js';
import { validateManifests } from '../../src/commands/validate.js';
import { repositoryRoot } from './repository-root.js';

/** The distinct function ARNs a manifest folder's data actions call in one environment. */
export async function manifestFunctionArns(folder: string, environment?: string): Promise<string[]> {
  const outcome = await validateManifests({ manifestsDir: join(repositoryRoot, folder), environment, cwd: repositoryRoot });
  if (outcome.desired === undefined) throw new Error(`${folder} does not validate`);
  return [...new Set(outcome.desired.dataActions.map((action) => action.functionArn))].sort();
}

export async function exampleFunctionArns(environment = 'dev'): Promise<string[]> {
  return manifestFunctionArns('examples/genesys', environment);
}

export async function deployExampleFunctions(motoUrl: string): Promise<void> {
  await deploySandboxFunctions(motoUrl, await exampleFunctionArns());
}
