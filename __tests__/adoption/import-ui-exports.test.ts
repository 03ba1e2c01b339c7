/**
 * `import` of Genesys UI exports (real-shaped files in __tests__/fixtures/ui-exports, written from the
 * documented format): the ` - Exported …` suffix goes, config, contract and secure are kept, templates byte
 * for byte; an export of another integration type is refused naming the file and the type; the
 * `"your-lambda-function-arn"` placeholder is kept with a located warning, or replaced with --function.
 * The result validates clean and its plan creates exactly the imported actions.
 */
import { deploySandboxFunctions } from '../../sandbox/aws/lambda-functions.js';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { convertUiExport, exportedActionName } from '../../src/adoption/ui-export.js';
import { runCli } from '../../src/cli-program.js';
import { validateManifests } from '../../src/commands/validate.js';
import { repositoryRoot } from '../support/repository-root.js';
import { workerMotoUrl } from '../support/worker-moto.js';

const FIXTURES = join(repositoryRoot, '__tests__/fixtures/ui-exports');
const FUNCTION = 'arn:aws:lambda:eu-west-1:123456789012:function:scheduling-bot';

const base = {
  'environment.yaml': `apiVersion: genesys-lambda-gitops/v1
kind: Environment
metadata: { name: dev }
spec:
  genesys: { region: eu-west-1 }
  aws: { accountId: "123456789012", region: eu-west-1 }
`,
  'role.yaml': 'apiVersion: genesys-lambda-gitops/v1\nkind: Role\nmetadata: { name: scheduling-invoker }\nspec: {}\n',
  'integration.yaml':
    'apiVersion: genesys-lambda-gitops/v1\nkind: Integration\nmetadata: { name: Scheduling Lambda }\nspec: { role: scheduling-invoker }\n',
};

async function workspace(): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'glg-import-'));
  await cp(FIXTURES, join(work, 'exports'), { recursive: true });
  await mkdir(join(work, 'genesys'));
  for (const [name, text] of Object.entries(base)) await writeFile(join(work, 'genesys', name), text);
  return work;
}

async function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text), env, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const LAMBDA_EXPORTS = ['exports/Get-Bookable-Slots.custom.json', 'exports/Verify-Caller-PIN.custom.json'];

describe('import of Genesys UI exports', () => {
  let work: string;
  let sandbox: GenesysSandbox;
  beforeAll(async () => {
    work = await workspace();
    sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl() });
    // Plans read every function from Lambda (function-exists).
    await deploySandboxFunctions(workerMotoUrl(), [FUNCTION]);
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  it('writes the Lambda exports, refuses the others with the file and the reason, and exits 1', async () => {
    const result = await cli(work, [
      'import',
      ...LAMBDA_EXPORTS,
      'exports/Get-interaction-state.custom.json',
      'exports/Broken-export.custom.json',
      '--integration',
      'Scheduling Lambda',
      '--function',
      FUNCTION,
    ]);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      'wrote genesys/data-action-get-bookable-slots.yaml',
      'wrote genesys/data-action-verify-caller-pin.yaml',
      '2 manifests written to genesys; 2 files refused (nothing written for them). Next: genesys-lambda-gitops validate --manifests genesys',
    ]);
    expect(result.err).toContain(
      'exports/Get-interaction-state.custom.json:3:22: error: this is an export of a "purecloud-data-actions" data action; only "aws-lambda-data-actions" (AWS Lambda) exports can be imported, so nothing is written for it',
    );
    expect(result.err).toMatch(/^exports\/Broken-export\.custom\.json:7:1: error: /m);
    expect(result.err).not.toContain('your-lambda-function-arn'); // --function replaced the placeholder
  });

  it('keeps config, contract and secure as exported, templates byte for byte, under the name without its export suffix', async () => {
    const outcome = await validateManifests({ manifestsDir: 'genesys', environment: 'dev', cwd: work });
    expect(outcome.diagnostics).toEqual([]);
    const exported = JSON.parse(await readFile(join(FIXTURES, 'Verify-Caller-PIN.custom.json'), 'utf8')) as Record<string, any>;
    const action = outcome.desired?.dataActions.find((candidate) => candidate.name === 'Verify Caller PIN');
    expect(action).toMatchObject({
      integrationName: 'Scheduling Lambda',
      category: 'Scheduling Lambda',
      functionArn: FUNCTION,
      timeoutSeconds: 8,
      secure: true,
      contract: { input: exported.contract.input.inputSchema, output: exported.contract.output.successSchema },
      request: { template: exported.config.request.requestTemplate, headers: exported.config.request.headers },
      response: {
        translationMap: exported.config.response.translationMap,
        translationMapDefaults: exported.config.response.translationMapDefaults,
        successTemplate: exported.config.response.successTemplate,
      },
      tests: [],
    });
    const slots = JSON.parse(await readFile(join(FIXTURES, 'Get-Bookable-Slots.custom.json'), 'utf8')) as Record<string, any>;
    expect(outcome.desired?.dataActions.find((candidate) => candidate.name === 'Get Bookable Slots')?.request.template).toBe(
      slots.config.request.requestTemplate,
    );
    const text = await readFile(join(work, 'genesys', 'data-action-get-bookable-slots.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/data-action.schema.json',
    );
    expect(text).toMatch(/  # Smoke tests: .*\n(  #.*\n)+  tests: \[\]\n$/);
  });

  it('plans exactly the imported actions (with the role, credential and integration they need)', async () => {
    const result = await cli(work, ['plan', '--manifests', 'genesys', '--environment', 'dev'], { ...sandbox.env });
    expect(result.code).toBe(2);
    expect(result.out).toContain('Plan for dev: 5 to create, 0 to update, 0 to replace, 0 to delete, 0 unchanged.');
    const actions = result.out.split('\n').filter((line) => line.includes(' action/'));
    expect(actions).toEqual([
      '  + action/Scheduling Lambda/Get Bookable Slots (create)',
      '  + action/Scheduling Lambda/Verify Caller PIN (create)',
    ]);
  });

  it('refuses to overwrite a manifest that exists, and a second export of the same action', async () => {
    const again = await cli(work, ['import', LAMBDA_EXPORTS[0] as string, '--integration', 'Scheduling Lambda', '--function', FUNCTION]);
    expect(again.code).toBe(1);
    expect(again.err).toBe(
      'exports/Get-Bookable-Slots.custom.json:1:1: error: genesys/data-action-get-bookable-slots.yaml already exists; nothing is written for this file (move it away to import again)',
    );
    const twice = await cli(work, [
      'import',
      LAMBDA_EXPORTS[1] as string,
      LAMBDA_EXPORTS[1] as string,
      '--integration',
      'X',
      '--out',
      'twice',
    ]);
    expect(twice.err).toContain('error: the action "Verify Caller PIN" is also in exports/Verify-Caller-PIN.custom.json');
  });

  it('keeps a placeholder function verbatim with a located warning, and validate then points at it', async () => {
    const result = await cli(work, ['import', LAMBDA_EXPORTS[0] as string, '--integration', 'Scheduling Lambda', '--out', 'placeholder']);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      'exports/Get-Bookable-Slots.custom.json:7:29: warning: requestUrlTemplate "your-lambda-function-arn" is not a Lambda function ARN (expected arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]); it is kept as it is, so validate reports it until it is replaced: pass --function ARN to set it',
    );
    for (const [name, text] of Object.entries(base)) await writeFile(join(work, 'placeholder', name), text);
    const outcome = await validateManifests({ manifestsDir: 'placeholder', environment: 'dev', cwd: work });
    expect(outcome.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.start.line} ${diagnostic.code}`)).toEqual([
      'placeholder/data-action-get-bookable-slots.yaml:9 GLG-FUNCTION-ARN',
    ]);
  });

  it('asks for the integration and for files', async () => {
    expect((await cli(work, ['import', LAMBDA_EXPORTS[0] as string])).err).toContain('--integration NAME is required');
    expect((await cli(work, ['import', '--integration', 'X'])).err).toContain('name the export files to import');
  });
});

describe('convertUiExport', () => {
  const minimal = () => ({
    name: 'Thing - Exported 2021-04-15 @ 18:57',
    integrationType: 'aws-lambda-data-actions',
    actionType: 'custom',
    config: { request: { requestUrlTemplate: FUNCTION } },
    contract: { input: { inputSchema: { type: 'object' } }, output: { successSchema: { type: 'object' } } },
  });

  it.each([
    ['Get interaction state - Exported 2021-04-15 @ 18:57', 'Get interaction state'],
    ['Early - Exported 2026-01-02 @ 7:05', 'Early'],
    ['Not - Exported at all', 'Not - Exported at all'],
  ])('names %j %j', (raw, name) => {
    expect(exportedActionName(raw)).toBe(name);
  });

  it.each<[string, (value: Record<string, any>) => void, string]>([
    ['no contract', (value) => delete value.contract, 'contract.input.inputSchema is missing'],
    ['a header that is not text', (value) => (value.config.request.headers = { 'X-A': 1 }), 'config.request.headers.X-A must be text'],
    ['a static action', (value) => (value.actionType = 'static'), 'actionType "static": only custom actions can be imported'],
    ['no integration type', (value) => delete value.integrationType, 'it has no "integrationType"'],
    ['a fractional timeout', (value) => (value.config.timeoutSeconds = 2.5), 'timeoutSeconds must be a whole number of seconds'],
  ])('refuses an export with %s', (_case, change, message) => {
    const value = minimal();
    change(value);
    const result = convertUiExport(value, { integration: 'X' });
    expect(result.ok).toBe(false);
    expect(result.findings.map((finding) => finding.message).join('\n')).toContain(message);
  });

  it('uses the API-ready form’s category, and defaults the rest as Genesys does', () => {
    const result = convertUiExport({ ...minimal(), category: 'Bookings', integrationId: 'ignored' }, { integration: 'X' });
    expect(result).toEqual({
      ok: true,
      findings: [],
      definition: {
        name: 'Thing',
        integration: 'X',
        category: 'Bookings',
        functionArn: FUNCTION,
        timeoutSeconds: undefined,
        secure: false,
        contract: { input: { type: 'object' }, output: { type: 'object' } },
        request: { template: undefined, headers: {} },
        response: { translationMap: {}, translationMapDefaults: {}, successTemplate: undefined },
      },
    });
  });
});
