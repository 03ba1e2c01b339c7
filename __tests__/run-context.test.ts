import { describe, expect, it } from 'vitest';
import { readRunContext, resolveMode } from '../src/run-context.js';

const repository = { full_name: 'acme/cx', default_branch: 'main' };
const pullRequest = (headRepo: string | null) => ({
  pull_request: { number: 7, head: { repo: headRepo === null ? null : { full_name: headRepo } }, base: { repo: { full_name: 'acme/cx' } } },
  repository,
});

describe('readRunContext + resolveMode', () => {
  it.each([
    ['pull_request from the same repo plans', 'pull_request', 'refs/pull/7/merge', pullRequest('acme/cx'), 'plan', false, 7],
    [
      'pull_request from a fork plans (the shell then falls back)',
      'pull_request',
      'refs/pull/7/merge',
      pullRequest('someone/cx'),
      'plan',
      true,
      7,
    ],
    ['pull_request from a deleted fork counts as a fork', 'pull_request', 'refs/pull/7/merge', pullRequest(null), 'plan', true, 7],
    ['push to the default branch applies', 'push', 'refs/heads/main', { repository }, 'apply', false, undefined],
    ['push to another branch validates', 'push', 'refs/heads/feature', { repository }, 'validate', false, undefined],
    ['workflow_dispatch checks for drift', 'workflow_dispatch', 'refs/heads/main', { repository }, 'drift', false, undefined],
    ['schedule checks for drift', 'schedule', 'refs/heads/main', { schedule: '17 6 * * *' }, 'drift', false, undefined],
    ['any other event validates', 'release', 'refs/tags/v1', { repository }, 'validate', false, undefined],
  ])('%s', (_name, eventName, ref, payload, mode, isFork, number) => {
    const context = readRunContext({ eventName, ref, sha: 'abc', repository: 'acme/cx', payload });
    expect(resolveMode('auto', context)).toBe(mode);
    expect(context.isFork).toBe(isFork);
    expect(context.pullRequestNumber).toBe(number);
    expect([context.owner, context.repo]).toEqual(['acme', 'cx']);
  });

  it('an explicit mode wins over the event', () => {
    const context = readRunContext({ eventName: 'pull_request', ref: '', sha: '', repository: 'a/b', payload: pullRequest('acme/cx') });
    expect(resolveMode('apply', context)).toBe('apply');
  });
});
