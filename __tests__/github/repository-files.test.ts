/**
 * Reading a commit's files through the git data API (trees + blobs), against
 * the fake GitHub over HTTP. The fake's object ids are checked against real
 * git, so the tree it serves is the tree GitHub would serve for those files.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPullRequestBaseline } from '../../src/commands/baseline.js';
import { createGitHubClient, httpStatusOf, type GitHubClient } from '../../src/github/github-client.js';
import { listFilesAtCommit } from '../../src/github/repository-files.js';
import { FAKE_GITHUB_TOKEN, startFakeGitHub, type FakeGitHub } from '../../sandbox/github/fake-github.js';

const REPOSITORY = { owner: 'acme', repo: 'contact-center' };
const COMMIT = 'c0ffee0000000000000000000000000000000001';
const FILES = {
  'README.md': '# contact center\n',
  'genesys/role.yaml': 'kind: Role\n',
  'genesys/actions/lookup.yaml': `kind: DataAction\n${'x'.repeat(200)}\n`,
  'genesys/.hidden/skip.yaml': 'kind: Role\n',
  'genesys/link.yaml': { symlink: 'role.yaml' },
  'genesystems/other.yaml': 'not under genesys/\n',
};

let github: FakeGitHub;
let octokit: GitHubClient;

beforeEach(async () => {
  github = await startFakeGitHub();
  octokit = createGitHubClient(FAKE_GITHUB_TOKEN, github.url);
  github.seedCommit({ ...REPOSITORY, sha: COMMIT, files: FILES });
});

afterEach(async () => {
  await github.close();
});

const text = async (file: { read(): Promise<Uint8Array> }) => Buffer.from(await file.read()).toString('utf8');

describe('listFilesAtCommit', () => {
  it('lists the regular files and links under a folder (not a sibling with the same prefix) and reads each on demand', async () => {
    const files = await listFilesAtCommit(octokit, REPOSITORY, COMMIT, 'genesys');
    expect(files.map((file) => file.path).sort()).toEqual([
      'genesys/.hidden/skip.yaml',
      'genesys/actions/lookup.yaml',
      'genesys/link.yaml',
      'genesys/role.yaml',
    ]);
    const lookup = files.find((file) => file.path === 'genesys/actions/lookup.yaml');
    expect(lookup?.size).toBe(FILES['genesys/actions/lookup.yaml'].length);
    const gitReads = () => github.state.requests.map((request) => request.path).filter((path) => path.includes('/git/'));
    expect(gitReads()).toEqual([`/repos/acme/contact-center/git/trees/${COMMIT}`]);
    expect(await text(lookup!)).toBe(FILES['genesys/actions/lookup.yaml']);
    expect(gitReads()).toHaveLength(2);
    expect(gitReads()[1]).toMatch(/^\/repos\/acme\/contact-center\/git\/blobs\/[0-9a-f]{40}$/);
  });

  it.each([
    ['a link beside its target', 'genesys/link.yaml', 'role.yaml'],
    ['a link out of the repository', 'genesys/passwd.yaml', '../../../../etc/passwd'],
    ['a link to a device', 'genesys/zero.yml', '/dev/zero'],
    ['a dangling link', 'genesys/gone.yaml', 'missing.yaml'],
    ['a link to itself', 'genesys/loop.yaml', 'loop.yaml'],
    ['a link to a folder', 'genesys/shared', '../shared'],
  ])('lists %s but never follows it: reading it says it is a link', async (_case, path, target) => {
    github.seedCommit({ ...REPOSITORY, sha: COMMIT, files: { ...FILES, 'shared/role.yaml': 'kind: Role\n', [path]: { symlink: target } } });
    const files = await listFilesAtCommit(octokit, REPOSITORY, COMMIT, 'genesys');
    const link = files.find((file) => file.path === path);
    expect(link).toBeDefined();
    const blobReads = () => github.state.requests.filter((request) => request.path.includes('/git/blobs/'));
    await expect(link!.read()).rejects.toThrow(
      `${path} at c0ffee0 is a symbolic link; manifests must be regular files, and links are never followed (git stores a link as a link: commit the file itself)`,
    );
    expect(blobReads()).toEqual([]);
  });

  it('gives no drift baseline for a base whose manifest is a link, and says why (the plan goes on without one)', async () => {
    const outcome = await loadPullRequestBaseline((commit, folder) => listFilesAtCommit(octokit, REPOSITORY, commit, folder), {
      baseSha: COMMIT,
      workspace: '/w',
      cwd: '/w',
      manifests: 'genesys',
      environment: 'dev',
    });
    expect(outcome.desired).toBeUndefined();
    expect(outcome.message).toContain('genesys/link.yaml at c0ffee0 is a symbolic link');
  });

  it('lists the whole repository for the root folder', async () => {
    const files = await listFilesAtCommit(octokit, REPOSITORY, COMMIT, '');
    expect(files.map((file) => file.path)).toContain('README.md');
    expect(files.map((file) => file.path)).toContain('genesystems/other.yaml');
  });

  it('refuses a truncated listing rather than returning part of the folder', async () => {
    github.state.truncateTrees = true;
    await expect(listFilesAtCommit(octokit, REPOSITORY, COMMIT, 'genesys')).rejects.toThrow(/truncated the file listing of commit/);
  });

  it('fails with 404 for a commit GitHub does not know', async () => {
    const error = await listFilesAtCommit(octokit, REPOSITORY, 'f'.repeat(40), 'genesys').catch((caught: unknown) => caught);
    expect(httpStatusOf(error)).toBe(404);
  });

  it('serves the object ids real git computes for the same files', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'glg-git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8', stdio: 'pipe' }).trim();
    git('init', '--quiet');
    for (const [path, content] of Object.entries(FILES)) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      if (typeof content === 'string') await writeFile(join(folder, path), content);
      else await symlink(content.symlink, join(folder, path));
    }
    git('add', '--all');
    const treeId = git('write-tree');
    const tree = await octokit.rest.git.getTree({ ...REPOSITORY, tree_sha: COMMIT, recursive: '1' });
    expect(tree.data.sha).toBe(treeId);
    const gitEntries = git('ls-tree', '-r', '-t', treeId)
      .split('\n')
      .map((line) => {
        const [meta = '', path = ''] = line.split('\t');
        const [mode, type, sha] = meta.split(' ');
        return { path, mode, type, sha };
      });
    const served = tree.data.tree.map(({ path, mode, type, sha }) => ({ path, mode, type, sha }));
    expect(served.sort((a, b) => a.path.localeCompare(b.path))).toEqual(gitEntries.sort((a, b) => a.path.localeCompare(b.path)));
  });
});
