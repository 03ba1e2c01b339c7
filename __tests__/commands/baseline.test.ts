/**
 * Loading the drift baseline from a commit's files (as the action reads the
 * pull request's base) and from a folder (CLI --baseline): what counts as a
 * manifest, and every reason there is no baseline, none of which throws.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderInRepository, loadCommittedBaseline, loadFolderBaseline, loadPullRequestBaseline } from '../../src/commands/baseline.js';
import type { CommittedFile } from '../../src/github/repository-files.js';
import { MAX_MANIFEST_FILE_BYTES } from '../../src/manifests/index.js';
import { repositoryRoot } from '../support/repository-root.js';

const SOURCE = "the pull request's base abc1234";

function committed(path: string, text: string, size = Buffer.byteLength(text)): CommittedFile {
  return { path, size, read: async () => new Uint8Array(Buffer.from(text, 'utf8')) };
}

let examples: CommittedFile[];

beforeAll(async () => {
  const folder = join(repositoryRoot, 'examples/genesys');
  examples = await Promise.all(
    (await readdir(folder)).map(async (name) => committed(`infra/genesys/${name}`, await readFile(join(folder, name), 'utf8'))),
  );
});

describe('folderInRepository', () => {
  it.each([
    ['a relative folder', { workspace: '/w', cwd: '/w', manifests: 'genesys' }, 'genesys'],
    ['a nested folder', { workspace: '/w', cwd: '/w', manifests: './infra/genesys/' }, 'infra/genesys'],
    ['an absolute folder inside', { workspace: '/w', cwd: '/elsewhere', manifests: '/w/genesys' }, 'genesys'],
    ['the repository root', { workspace: '/w', cwd: '/w', manifests: '.' }, ''],
    ['outside the repository', { workspace: '/w', cwd: '/w', manifests: '../other' }, undefined],
    ['a sibling with a longer name', { workspace: '/w', cwd: '/w', manifests: '/wx/genesys' }, undefined],
  ])('%s', (_case, options, expected) => {
    expect(folderInRepository(options)).toBe(expected);
  });
});

describe('loadCommittedBaseline', () => {
  const load = (files: CommittedFile[]) => loadCommittedBaseline(files, { folder: 'infra/genesys', environment: 'dev', source: SOURCE });

  it('loads the manifests under the folder for the environment, skipping hidden folders and node_modules', async () => {
    const noise = [
      committed('infra/genesys/.drafts/broken.yaml', 'kind: [unclosed'),
      committed('infra/genesys/node_modules/x/broken.yaml', 'kind: [unclosed'),
      committed('infra/genesys/README.md', '# not a manifest'),
      committed('infra/other/broken.yaml', 'kind: [unclosed'),
    ];
    const outcome = await load([...examples, ...noise]);
    expect(outcome.message).toBe(`Drift baseline: the manifests at ${SOURCE}; live values that differ from them are reported as drift.`);
    expect(outcome.desired?.environment.name).toBe('dev');
    expect(outcome.desired?.dataActions.map((action) => action.name).sort()).toEqual([
      'Check Store Hours',
      'Find Customer By Phone',
      'Lookup Order Status',
    ]);
  });

  it('reads only the manifests it loads', async () => {
    const read: string[] = [];
    const spied = [...examples, committed('infra/genesys/notes.txt', 'x'), committed('docs/a.yaml', 'x')].map((file) => ({
      ...file,
      read: async () => (read.push(file.path), file.read()),
    }));
    await load(spied);
    expect(read.sort()).toEqual(examples.map((file) => file.path).sort());
  });

  it.each([
    [
      'the base has no manifests (the first pull request)',
      () => [committed('README.md', '# hello')],
      `${SOURCE} has no manifests in infra/genesys`,
    ],
    [
      'a manifest is too large',
      () => [...examples, committed('infra/genesys/huge.yaml', 'x', MAX_MANIFEST_FILE_BYTES + 1)],
      `infra/genesys/huge.yaml at ${SOURCE} is larger than ${MAX_MANIFEST_FILE_BYTES} bytes`,
    ],
    [
      'the manifests do not load',
      () => [...examples, committed('infra/genesys/broken.yaml', 'kind: [unclosed')],
      `the manifests at ${SOURCE} do not load for environment dev (1 error(s))`,
    ],
    [
      'the environment is not declared at the base',
      () => examples.filter((file) => !file.path.endsWith('environment-dev.yaml')),
      `the manifests at ${SOURCE} do not load for environment dev (1 error(s))`,
    ],
  ])('none when %s', async (_case, files, reason) => {
    const outcome = await load(files());
    expect(outcome).toEqual({
      desired: undefined,
      reason,
      message: `No drift baseline: ${reason}; drift is reported only where live values are ones this tool never sets.`,
    });
  });
});

describe('loadPullRequestBaseline', () => {
  const options = { baseSha: 'abc1234def', workspace: '/w', cwd: '/w', manifests: 'infra/genesys', environment: 'dev' };

  it('lists the base commit at the folder and loads it', async () => {
    const listed: string[] = [];
    const outcome = await loadPullRequestBaseline(async (commit, folder) => (listed.push(`${commit}:${folder}`), examples), options);
    expect(listed).toEqual(['abc1234def:infra/genesys']);
    expect(outcome.desired).toBeDefined();
  });

  it.each([
    ['without a token', undefined, options, `no github-token to read ${SOURCE} with`],
    ['when GitHub fails', async () => Promise.reject(new Error('Not Found')), options, `${SOURCE} could not be read (Not Found)`],
    [
      'for a folder outside the repository',
      async () => examples,
      { ...options, manifests: '/elsewhere' },
      'the manifests folder /elsewhere is outside the repository',
    ],
  ])('none %s', async (_case, listFiles, runOptions, reason) => {
    const outcome = await loadPullRequestBaseline(listFiles, runOptions);
    expect(outcome.desired).toBeUndefined();
    expect('reason' in outcome ? outcome.reason : undefined).toBe(reason);
  });
});

describe('loadFolderBaseline', () => {
  it('loads a folder on disk for the environment', async () => {
    const outcome = await loadFolderBaseline({ folder: 'examples/genesys', environment: 'prod', cwd: repositoryRoot });
    expect(outcome.desired?.environment.name).toBe('prod');
    expect(outcome.message).toMatch(/^Drift baseline: the manifests at examples\/genesys;/);
  });

  it('none for a folder that does not exist', async () => {
    const outcome = await loadFolderBaseline({ folder: 'no/such/folder', environment: 'prod', cwd: repositoryRoot });
    expect('reason' in outcome ? outcome.reason : undefined).toBe(
      'the manifests in no/such/folder do not load for environment prod (1 error(s))',
    );
  });
});
