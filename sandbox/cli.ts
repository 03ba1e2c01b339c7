/**
 * `npm run sandbox [-- --with-moto] [--port N] [--region R] [--org-id ID]`:
 * starts the Genesys Cloud sandbox (and optionally moto_server for IAM),
 * maps every examples/lambdas/*.mjs handler by file name, prints how to point
 * a client at it, and runs until Ctrl-C.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateManifests } from '../src/commands/validate.js';
import { deploySandboxFunctions } from './aws/lambda-functions.js';
import { startMotoServer, type MotoServer } from './aws/moto-server.js';
import { startGenesysSandbox } from './genesys/server.js';

const lambdaDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'lambdas');

/** function name (file name without .mjs) → module path. */
function exampleHandlers(): Record<string, string> {
  const handlers: Record<string, string> = {};
  for (const file of readdirSync(lambdaDirectory)) {
    if (file.endsWith('.mjs')) handlers[basename(file, '.mjs')] = join(lambdaDirectory, file);
  }
  return handlers;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'with-moto': { type: 'boolean', default: false },
      port: { type: 'string' },
      region: { type: 'string' },
      'org-id': { type: 'string' },
      'rate-limit': { type: 'string' },
    },
  });
  let moto: MotoServer | undefined;
  if (values['with-moto']) {
    moto = await startMotoServer();
    process.env.AWS_ENDPOINT_URL = moto.url;
    process.env.AWS_ACCESS_KEY_ID ??= 'testing';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'testing';
    process.env.AWS_REGION ??= 'us-east-1';
    // A plan of examples/genesys reads its functions from Lambda: give moto the ones the dev environment calls.
    const manifestsDir = join(lambdaDirectory, '..', 'genesys');
    const examples = await validateManifests({ manifestsDir, environment: 'dev', cwd: process.cwd() });
    await deploySandboxFunctions(moto.url, [...new Set((examples.desired?.dataActions ?? []).map((action) => action.functionArn))]);
  }
  const lambdaHandlers = exampleHandlers();
  const sandbox = await startGenesysSandbox({
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values['org-id'] ? { orgId: values['org-id'] } : {}),
    // Genesys' 300 per token per minute unless told otherwise; `off` answers without the rate-limit headers.
    ...(values['rate-limit'] ? { rateLimitPerMinute: values['rate-limit'] === 'off' ? false : Number(values['rate-limit']) } : {}),
    ...(process.env.AWS_ENDPOINT_URL ? { awsEndpoint: process.env.AWS_ENDPOINT_URL } : {}),
    lambdaHandlers,
  });

  // This is a local, throwaway client secret printed on purpose so a person
  // can copy it; it grants access to nothing but this process.
  const lines = [
    `Genesys Cloud sandbox listening on ${sandbox.url}`,
    `  org id (sts:ExternalId): ${sandbox.orgId}`,
    `  client id:     ${sandbox.clientId}`,
    `  client secret: ${sandbox.clientSecret}`,
    `  Lambda handlers: ${Object.keys(lambdaHandlers).join(', ') || '(none)'}`,
    moto
      ? `moto_server (AWS IAM/STS/Lambda, with the examples' functions) listening on ${moto.url}`
      : 'AWS: reading IAM roles from ' + (process.env.AWS_ENDPOINT_URL ?? 'the default AWS endpoint'),
    '',
    'Environment for a client:',
    ...Object.entries(sandbox.env).map(([name, value]) => `export ${name}=${value}`),
    ...(moto
      ? [
          `export AWS_ENDPOINT_URL=${moto.url}`,
          'export AWS_ACCESS_KEY_ID=testing',
          'export AWS_SECRET_ACCESS_KEY=testing',
          'export AWS_REGION=us-east-1',
        ]
      : []),
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const shutdown = async (): Promise<void> => {
    await sandbox.stop();
    await moto?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
