/**
 * Where plan.json goes: the path asked for (relative to the working
 * directory), or a per-environment file under the runner's temporary folder,
 * so that two environments planned in one job never overwrite each other. Pure.
 */
import { join, resolve } from 'node:path';

export function planFilePath(options: {
  planFile: string | undefined;
  runnerTemp: string | undefined;
  cwd: string;
  environment: string;
}): string {
  if (options.planFile !== undefined) return resolve(options.cwd, options.planFile);
  return join(options.runnerTemp || options.cwd, 'genesys-lambda-gitops', `plan-${options.environment}.json`);
}
