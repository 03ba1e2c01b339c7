/**
 * What makes a plan comment quick to review: "Declared in" links to the
 * manifest line, the banner colours the README promises, one clear sentence
 * about where the full plan is, and a small graph of what a pull request
 * creates, replaces or deletes (collapsed, capped, safe for any name).
 */
import { describe, expect, it } from 'vitest';
import { PLAN_FILE_LOCATION } from '../../src/action/pull-request.js';
import { sourceLinksOf } from '../../src/action/source-links.js';
import type { DesiredState } from '../../src/model/desired-state.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { planChanges } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { BANNERS } from '../../src/render/banner-alerts.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderPlanComment } from '../../src/render/plan-comment.js';
import { MAX_GRAPH_NODES, renderPlanGraph } from '../../src/render/plan-graph.js';
import { blobLinker } from '../../src/render/source-link.js';
import { readRunContext } from '../../src/run-context.js';
import { desiredFixture, observedEmpty, observedInSync } from '../plan/plan-fixtures.js';

function plan(mutate: (desired: DesiredState, observed: ObservedState) => void = () => {}, empty = false, prune = false): Plan {
  const desired = desiredFixture();
  const observed = empty ? observedEmpty() : observedInSync();
  mutate(desired, observed);
  return planChanges(desired, observed, { prune });
}

const timeoutChange = (desired: DesiredState) => {
  desired.dataActions[0]!.timeoutSeconds = 42;
};

describe('"Declared in" links', () => {
  const sha = '1f0c3a5b7d9e1f2a3b4c5d6e7f8091a2b3c4d5e6';

  it('point at blob/<sha>/<path>#L<line> when the run context knows the repository and commit', () => {
    const built = plan(timeoutChange);
    const source = built.changes.find((change) => change.action === 'update')!.source!;
    const markdown = renderPlanComment(built, { environment: 'prod', sourceLink: blobLinker('https://github.com/acme/cx', sha) });
    expect(markdown).toContain(
      `Declared in [\`${source.file}:${source.line}\`](https://github.com/acme/cx/blob/${sha}/${source.file.split('/').map(encodeURIComponent).join('/')}#L${source.line})`,
    );
    expect(renderJobSummary(built, { environment: 'prod', sourceLink: blobLinker('https://github.com/acme/cx', sha) })).toContain(
      `/blob/${sha}/`,
    );
  });

  it('stay plain text without a run context, and for paths outside the checkout', () => {
    const built = plan(timeoutChange);
    expect(renderPlanComment(built, { environment: 'prod' })).toMatch(/Declared in `[^`]+:\d+`\n/);
    const linker = blobLinker('https://github.com/acme/cx', sha);
    expect(linker({ file: '/etc/passwd', line: 1 })).toBeUndefined();
    expect(linker({ file: '../outside/x.yaml', line: 1 })).toBeUndefined();
    expect(linker({ file: 'genesys/my action (v2).yaml', line: 7 })).toBe(
      `https://github.com/acme/cx/blob/${sha}/genesys/my%20action%20(v2).yaml#L7`.replace('(', '%28').replace(')', '%29'),
    );
  });

  it('use the pull request head commit, not the temporary merge commit, and the push commit on main', () => {
    const pullRequest = readRunContext({
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      sha: 'merge-commit',
      repository: 'acme/cx',
      serverUrl: 'https://github.com',
      payload: { pull_request: { number: 7, head: { sha, repo: { full_name: 'acme/cx' } }, base: { repo: { full_name: 'acme/cx' } } } },
    });
    expect(sourceLinksOf(pullRequest).sourceLink?.({ file: 'genesys/a.yaml', line: 3 })).toBe(
      `https://github.com/acme/cx/blob/${sha}/genesys/a.yaml#L3`,
    );
    const push = readRunContext({
      eventName: 'push',
      ref: 'refs/heads/main',
      sha,
      repository: 'acme/cx',
      serverUrl: 'https://github.com',
      payload: {},
    });
    expect(push.sourceSha).toBe(sha);
    expect(sourceLinksOf(readRunContext({ eventName: 'push', ref: '', sha, repository: 'acme/cx', payload: {} }))).toEqual({});
  });
});

describe('banner colours', () => {
  const alertOf = (markdown: string, title: string) => new RegExp(`> \\[!(\\w+)\\]\\n> \\*\\*${title}`).exec(markdown)?.[1];
  const alertFor = (topic: string) => BANNERS.find((banner) => banner.topic === topic)?.alert;

  it('are the ones the banner table says, for every risk', () => {
    const replaced = plan((desired) => {
      desired.dataActions[0]!.contract.output = { type: 'object', properties: { other: { type: 'string' } } };
    });
    const replacedComment = renderPlanComment(replaced, { environment: 'prod' });
    expect(alertOf(replacedComment, 'Destructive:')).toBe(alertFor('destructive'));
    expect(alertOf(replacedComment, 'Breaking contract:')).toBe(alertFor('breaking-contract'));
    expect(alertFor('breaking-contract')).toBe('CAUTION');
    const observed = observedInSync();
    observed.dataActions[0]!.request.template = 'edited in the UI';
    const drifted = planChanges(desiredFixture(), observed, { prune: false, baseline: desiredFixture() });
    expect(drifted.summary.drift).toBe(true);
    expect(alertOf(renderPlanComment(drifted, { environment: 'prod' }), 'Drift:')).toBe(alertFor('drift'));
  });
});

describe('where the full plan is', () => {
  it('is one sentence: the job summary, then the plan file (the plan-json output), never "the plan file (the plan file …"', () => {
    const desired = desiredFixture();
    desired.dataActions = Array.from({ length: 2_000 }, (_, index) => ({
      ...structuredClone(desiredFixture().dataActions[0]!),
      name: `Action ${String(index).padStart(4, '0')} with a fairly long descriptive name`,
    }));
    const observed = observedEmpty();
    const built = planChanges(desired, observed, { prune: false });
    const markdown = renderPlanComment(built, {
      environment: 'prod',
      runUrl: 'https://github.com/acme/cx/actions/runs/1',
      fullPlanLocation: PLAN_FILE_LOCATION,
    });
    expect(markdown).toContain(
      'The full plan is in the [job summary](https://github.com/acme/cx/actions/runs/1), then in the plan file (plan-json output of this step).',
    );
    expect(markdown).not.toMatch(/the plan file \(the plan file/);
  });
});

describe('the graph of what a plan touches', () => {
  it('is absent when nothing is created, replaced or deleted', () => {
    expect(renderPlanGraph(plan())).toBe('');
    expect(renderPlanGraph(plan(timeoutChange))).toBe('');
    expect(renderPlanComment(plan(timeoutChange), { environment: 'prod' })).not.toContain('mermaid');
  });

  it('draws the touched resources, what they hang off and the functions they call, collapsed', () => {
    const graph = renderPlanGraph(plan(() => {}, true));
    expect(graph.startsWith('<details>\n<summary>Graph:')).toBe(true);
    expect(graph).toContain('```mermaid\nflowchart LR');
    expect(graph).toMatch(/n\d\["create: action\/Orders Lambda\/Lookup Order"\]:::create/);
    expect(graph).toContain('(["λ arn:aws:lambda:eu-west-1:123456789012:function:orders-lookup:live"])');
    // action → integration → credential → role
    const id = (label: string) => new RegExp(`(n\\d+)\\["create: ${label}"\\]`).exec(graph)?.[1];
    const [action, integration, credential, role] = [
      'action/Orders Lambda/Lookup Order',
      'integration/Orders Lambda',
      'credential/Orders Lambda \\(genesys-lambda-gitops\\)',
      'role/genesys-orders-invoker',
    ].map(id);
    expect(graph).toContain(`${action} --> ${integration}`);
    expect(graph).toContain(`${integration} --> ${credential}`);
    expect(graph).toContain(`${credential} --> ${role}`);
    expect(graph.endsWith('\n</details>')).toBe(true);
  });

  it(`shows at most ${MAX_GRAPH_NODES} nodes and counts the rest`, () => {
    const desired = desiredFixture();
    desired.dataActions = Array.from({ length: 80 }, (_, index) => ({
      ...structuredClone(desiredFixture().dataActions[0]!),
      name: `A${index}`,
    }));
    const graph = renderPlanGraph(planChanges(desired, observedEmpty(), { prune: false }));
    expect(graph.match(/^ {2}n\d+[[(]/gm)).toHaveLength(MAX_GRAPH_NODES);
    expect(graph).toMatch(/\d+ more resources not drawn \(the graph shows at most 30\)\./);
  });

  it('keeps hostile names inside their labels: no quote, bracket, backtick or HTML escapes the label or the fence', () => {
    const hostile = 'x"]\n  click n0 "javascript:alert(1)"\n```\n<img src=x onerror=alert(1)>#`';
    const graph = renderPlanGraph(
      plan((desired) => {
        desired.dataActions[0]!.name = hostile;
      }, true),
    );
    const body = /```mermaid\n([\s\S]*?)\n```/.exec(graph)?.[1] ?? '';
    expect(body).not.toContain('```');
    expect(body).not.toMatch(/<img|\nclick|^\s*click/m);
    for (const line of body.split('\n').filter((candidate) => candidate.includes('create: action/'))) {
      expect(line).toMatch(/^ {2}n\d+\["[^"]*"\]:::create$/);
    }
  });
});
