/**
 * The round trip that makes adoption safe: a sandbox org populated by hand (40 actions, secure ones among
 * them, templates returned as URIs, a role made outside the tool) → `export` → `validate` clean → `plan`
 * against the same org with 0 changes, all through the CLI in-process. The same org exports to the same
 * bytes; file names are portable; nothing secret is written. With --adopt-roles the role becomes a Role
 * manifest, and the first pull request's plan (its base declares nothing) reads "adopting 1 role,
 * 1 integration, 40 actions, 0 changes"; after the apply that tags the role, nothing is left to do.
 */
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { runCli } from '../../src/cli-program.js';
import { createProviders } from '../../src/commands/providers.js';
import { ACTION_NAMES, INTEGRATION, populateOrg, type PopulatedOrg } from './populated-org.js';
import { workerMotoUrl } from '../support/worker-moto.js';

async function cli(sandbox: GenesysSandbox, cwd: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: { ...sandbox.env, AWS_REGION: 'eu-west-1' },
    cwd,
    createProviders: (environment, options) =>
      createProviders(environment, { ...options, pacing: { sleep: async () => undefined, integrationStatePollIntervalMs: 1 } }),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function folderFiles(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as [string, string])));
}

describe('export → validate → plan on a hand-made org with an external role', () => {
  let sandbox: GenesysSandbox;
  let org: PopulatedOrg;
  let work: string;
  beforeAll(async () => {
    sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), templatesAsUris: true });
    org = await populateOrg(sandbox, { roleName: 'contact-center-invoker' });
    work = await mkdtemp(join(tmpdir(), 'glg-export-'));
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  it('exports every resource, reading templates through their URIs and writing no secret', async () => {
    const exported = await cli(sandbox, work, ['export', '--environment', 'dev', '--out', 'genesys']);
    expect(exported.err).toContain(
      'not tagged as managed by genesys-lambda-gitops: exported as { arn } (pass --adopt-roles to take it over)',
    );
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('Exported 0 roles, 1 integration and 40 actions to genesys (42 files)');
    const files = await folderFiles(join(work, 'genesys'));
    expect(files.size).toBe(42);
    // Portable names: lower-case ASCII, no two differing only by case, and stable for the same resource.
    for (const name of files.keys()) expect(name).toMatch(/^(environment|role|integration|data-action)-[a-z0-9-]+\.yaml$/);
    expect(new Set([...files.keys()].map((name) => name.toLowerCase())).size).toBe(files.size);
    expect([...files.keys()].filter((name) => name.startsWith('data-action-lookup-order'))).toHaveLength(3);
    // Every document names its schema for editors.
    for (const text of files.values()) expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/.+\.schema\.json$/);
    const all = [...files.values()].join('\n');
    expect(all).not.toContain(sandbox.clientSecret);
    expect(files.get('integration-contact-center-lambdas.yaml')).toContain(`role:\n    arn: ${org.roleArn}`);
    expect(all.match(/secure: true/g)).toHaveLength(ACTION_NAMES.filter((_, index) => index % 5 === 0).length);
    const templateReads = sandbox.requests.filter(
      (request) => request.method === 'GET' && request.path.endsWith('/templates/requesttemplate.vm'),
    );
    expect(templateReads).toHaveLength(40);
  });

  it('validates clean', async () => {
    const validated = await cli(sandbox, work, ['validate', '--manifests', 'genesys']);
    expect(validated.err).toBe('');
    expect(validated.out).toBe('42 file(s) checked: 0 error(s), 0 warning(s)');
    expect(validated.code).toBe(0);
  });

  it('plans 0 changes against the same org', async () => {
    const writes = sandbox.requests.filter((request) => request.method !== 'GET' && request.path !== '/oauth/token').length;
    const planned = await cli(sandbox, work, ['plan', '--manifests', 'genesys', '--environment', 'dev']);
    expect(planned.out).toContain('Plan for dev: 0 to create, 0 to update, 0 to replace, 0 to delete, 42 unchanged.');
    expect(planned.out).toContain('No changes. Live state matches the manifests.');
    expect(planned.code).toBe(0);
    expect(sandbox.requests.filter((request) => request.method !== 'GET' && request.path !== '/oauth/token')).toHaveLength(writes);
  });

  it('writes byte-identical files for the same org', async () => {
    const again = await cli(sandbox, work, ['export', '--environment', 'dev', '--out', 'again']);
    expect(again.code).toBe(0);
    expect(await folderFiles(join(work, 'again'))).toEqual(await folderFiles(join(work, 'genesys')));
  });

  it('refuses a folder that is not empty, writing nothing', async () => {
    const refused = await cli(sandbox, work, ['export', '--environment', 'dev', '--out', 'genesys']);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      'error: --out genesys is not empty: export writes a whole folder, so it needs a new or empty one (nothing was written).',
    );
  });

  it('names the integrations it has when --integration names another', async () => {
    const unknown = await cli(sandbox, work, ['export', '--environment', 'dev', '--out', 'other', '--integration', 'Nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain(`--integration "Nope": no AWS Lambda integration of that name in the org (it has: ${INTEGRATION})`);
  });
});

describe('export --adopt-roles, then the first pull request', () => {
  let sandbox: GenesysSandbox;
  let work: string;
  beforeAll(async () => {
    sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), templatesAsUris: true });
    await populateOrg(sandbox, { roleName: 'contact-center-adopted' });
    work = await mkdtemp(join(tmpdir(), 'glg-adopt-'));
    await mkdir(join(work, 'empty-base'));
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  it('writes a Role manifest that validates clean and keeps the live policies', async () => {
    const exported = await cli(sandbox, work, ['export', '--environment', 'dev', '--out', 'genesys', '--adopt-roles']);
    expect(exported.code).toBe(0);
    expect(exported.err).toContain('role contact-center-adopted is adopted: the first apply tags it as managed for dev');
    const role = await readFile(join(work, 'genesys', 'role-contact-center-adopted.yaml'), 'utf8');
    expect(role).toContain('permissionPolicyName: invoke-contact-center');
    expect(role).toContain('description: Made in the console');
    expect(role).not.toContain('trustPolicy'); // the live trust policy is exactly the generated one
    expect(await readFile(join(work, 'genesys', 'integration-contact-center-lambdas.yaml'), 'utf8')).toContain(
      'role: contact-center-adopted',
    );
    const validated = await cli(sandbox, work, ['validate', '--manifests', 'genesys']);
    expect(validated.out).toBe('43 file(s) checked: 0 error(s), 0 warning(s)');
  });

  it('plans the adoption the way the first pull request reads it', async () => {
    const markdown = join(work, 'comment.md');
    const planned = await cli(sandbox, work, [
      'plan',
      '--manifests',
      'genesys',
      '--environment',
      'dev',
      '--baseline',
      'empty-base',
      '--markdown',
      markdown,
    ]);
    expect(planned.code).toBe(2); // the role's ownership tags are a write
    expect(planned.out).toContain(
      'Plan for dev: adopting 1 role, 1 integration, 40 actions; 0 to create, 0 to update, 0 to replace, 0 to delete',
    );
    expect(await readFile(markdown, 'utf8')).toContain('plan for `dev`: adopting 1 role, 1 integration, 40 actions, 0 changes');
  });

  it('applies only the ownership tags, after which nothing is left to do', async () => {
    const writes = (): number => sandbox.requests.filter((request) => request.method !== 'GET' && request.path !== '/oauth/token').length;
    const before = writes();
    const applied = await cli(sandbox, work, ['apply', '--manifests', 'genesys', '--environment', 'dev', '--yes']);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('adopt role/contact-center-adopted: done');
    expect(writes()).toBe(before);
    const planned = await cli(sandbox, work, ['plan', '--manifests', 'genesys', '--environment', 'dev']);
    expect(planned.code).toBe(0);
    expect(planned.out).toContain('No changes. Live state matches the manifests.');
  });
});
