/**
 * The manifests folder on disk (src/commands/manifest-folder.ts): a manifest that is not a regular file
 * (a symbolic link, as git checks one out; a FIFO; a link to a device, out of the repository, dangling
 * or looping) and a link to a folder are never followed and never skipped without a word: each is named
 * at file:1:1, validate fails with a non-zero exit, and no manifest is loaded (so nothing can be planned,
 * pruned or applied from a folder missing what the link declares).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli-program.js';
import { NonRegularManifestError, readManifestFolder } from '../../src/commands/manifest-folder.js';
import { validateManifests } from '../../src/commands/validate.js';
import { repositoryRoot } from '../support/repository-root.js';

const LINK =
  'is a symbolic link; manifests must be regular files, and links are never followed (git stores a link as a link: commit the file itself)';
const FOLDER_LINK =
  'is a symbolic link to a folder; folders under the manifests folder are never followed through links (git stores a link as a link: commit the folder itself)';
const FIFO = 'is a FIFO (named pipe), not a regular file; manifests must be regular files';

const hasMkfifo = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v mkfifo'], { stdio: 'pipe' });
    return process.platform !== 'win32';
  } catch {
    return false;
  }
})();

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'glg-folder-'));
  await cp(join(repositoryRoot, 'examples/genesys'), join(workspace, 'genesys'), { recursive: true });
  await mkdir(join(workspace, 'shared'));
});

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** Moves a manifest out of the folder and links it back in, as a repository sharing manifests would. */
async function linkManifestBackIn(): Promise<void> {
  await rename(join(workspace, 'genesys/data-action-lookup-order-status.yaml'), join(workspace, 'shared/lookup.yaml'));
  await symlink('../shared/lookup.yaml', join(workspace, 'genesys/data-action-lookup-order-status.yaml'));
}

const CASES: [string, () => Promise<void>, { path: string; message: string }[]][] = [
  [
    'a manifest that links to one outside the folder',
    linkManifestBackIn,
    [{ path: 'genesys/data-action-lookup-order-status.yaml', message: LINK }],
  ],
  [
    'a link to /etc/passwd',
    () => symlink('/etc/passwd', join(workspace, 'genesys/passwd.yaml')),
    [{ path: 'genesys/passwd.yaml', message: LINK }],
  ],
  ['a link to /dev/zero', () => symlink('/dev/zero', join(workspace, 'genesys/zero.yml')), [{ path: 'genesys/zero.yml', message: LINK }]],
  ['a dangling link', () => symlink('missing.yaml', join(workspace, 'genesys/gone.yaml')), [{ path: 'genesys/gone.yaml', message: LINK }]],
  ['a link to itself', () => symlink('loop.yaml', join(workspace, 'genesys/loop.yaml')), [{ path: 'genesys/loop.yaml', message: LINK }]],
  ['a .json link', () => symlink('role.yaml', join(workspace, 'genesys/role.json')), [{ path: 'genesys/role.json', message: LINK }]],
  [
    'a link to a folder of manifests',
    async () => {
      await writeFile(join(workspace, 'shared/extra.yaml'), 'kind: Role\n');
      await symlink('../shared', join(workspace, 'genesys/shared'));
    },
    [{ path: 'genesys/shared', message: FOLDER_LINK }],
  ],
  [
    'a link in a subfolder, beside another',
    async () => {
      await mkdir(join(workspace, 'genesys/nested'));
      await symlink('../role.yaml', join(workspace, 'genesys/nested/b.yaml'));
      await symlink('/dev/zero', join(workspace, 'genesys/a.yaml'));
    },
    [
      { path: 'genesys/a.yaml', message: LINK },
      { path: 'genesys/nested/b.yaml', message: LINK },
    ],
  ],
];

describe('a manifests folder with an entry that is not a regular file', () => {
  it.each(CASES)('refuses %s, named at file:1:1, and loads nothing', async (_case, arrange, expected) => {
    await arrange();
    const error = await readManifestFolder('genesys', workspace).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NonRegularManifestError);
    const entries = (error as NonRegularManifestError).entries;
    expect(entries.map(({ path, message }) => ({ path, message }))).toEqual(expected);
    expect((error as Error).message.split('\n')).toEqual([
      ...expected.map(({ path, message }) => `${path}:1:1: error: ${message}`),
      `${expected.length} ${expected.length === 1 ? 'entry' : 'entries'} of the manifests folder ${expected.length === 1 ? 'is' : 'are'} not a regular file: no manifest was loaded, nothing was planned or applied`,
    ]);
    const outcome = await validateManifests({ manifestsDir: 'genesys', environment: undefined, cwd: workspace });
    expect(outcome).toMatchObject({ desired: undefined, errorCount: expected.length, fileCount: 0 });
    expect(outcome.diagnostics.map(({ code, file, start, message }) => ({ code, file, start, message }))).toEqual(
      expected.map(({ path, message }) => ({ code: 'GLG-FILE-NOT-REGULAR', file: path, start: { line: 1, column: 1 }, message })),
    );
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO named x.yaml without opening it (which would wait for a writer)', async () => {
    execFileSync('mkfifo', [join(workspace, 'genesys/x.yaml')]);
    const error = await readManifestFolder('genesys', workspace).catch((caught: unknown) => caught);
    expect((error as NonRegularManifestError).entries).toEqual([{ path: 'genesys/x.yaml', kind: 'FIFO', message: FIFO }]);
  });

  it('ignores entries that are neither manifests nor folders (a linked README), and hidden ones', async () => {
    await writeFile(join(workspace, 'shared/README.md'), '# shared\n');
    await symlink('../shared/README.md', join(workspace, 'genesys/README.md'));
    await symlink('/dev/zero', join(workspace, 'genesys/.hidden.yaml'));
    await symlink('gone', join(workspace, 'genesys/dangling'));
    const files = await readManifestFolder('genesys', workspace);
    expect(Array.isArray(files) && files.map((file) => file.path)).toEqual([
      'genesys/data-action-check-store-hours.yaml',
      'genesys/data-action-find-customer-by-phone.yaml',
      'genesys/data-action-lookup-order-status.yaml',
      'genesys/environment-dev.yaml',
      'genesys/environment-prod.yaml',
      'genesys/integration.yaml',
      'genesys/role.yaml',
    ]);
  });

  it('follows the folder the user names, when it is itself a link', async () => {
    await symlink('genesys', join(workspace, 'manifests'));
    const files = await readManifestFolder('manifests', workspace);
    expect(Array.isArray(files) && files).toHaveLength(7);
  });

  it('fails `validate` with a non-zero exit, naming the linked manifest (not "0 error(s)")', async () => {
    await linkManifestBackIn();
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['validate', '--manifests', 'genesys'], {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      env: {},
      cwd: workspace,
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(`genesys/data-action-lookup-order-status.yaml:1:1: error GLG-FILE-NOT-REGULAR: ${LINK}`);
    expect([...out, ...err].join('\n')).toMatch(/0 file\(s\) checked: 1 error\(s\)/);
  });

  it('fails `plan --prune` before any read of Genesys or AWS, so nothing is deleted', async () => {
    await linkManifestBackIn();
    const err: string[] = [];
    const code = await runCli(['plan', '--manifests', 'genesys', '--environment', 'dev', '--prune'], {
      out: () => undefined,
      err: (text) => err.push(text),
      env: {},
      cwd: workspace,
      createProviders: () => {
        throw new Error('no provider may be created');
      },
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(`genesys/data-action-lookup-order-status.yaml:1:1: error GLG-FILE-NOT-REGULAR: ${LINK}`);
  });
});
