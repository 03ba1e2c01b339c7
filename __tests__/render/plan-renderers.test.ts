import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../src/model/desired-state.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { planChanges } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderPlanComment } from '../../src/render/plan-comment.js';
import { renderPlanConsole } from '../../src/render/plan-console.js';
import { renderPlanJson } from '../../src/render/plan-json.js';
import { parsePlanMarker, planCommentMarker } from '../../src/render/plan-marker.js';
import { ACCOUNT, ORG_ID, SECRET_TEST_INPUT, desiredFixture, observedEmpty, observedInSync } from '../plan/plan-fixtures.js';
import { repositoryRoot } from '../support/repository-root.js';

const RUN_URL = 'https://github.com/acme/contact-center/actions/runs/42';
const PLAN_FILE = 'artifact `genesys-plan-prod`, file plan.json';

function comment(plan: Plan, maxChars?: number): string {
  return renderPlanComment(plan, {
    marker: planCommentMarker('prod'),
    environment: 'prod',
    runUrl: RUN_URL,
    fullPlanLocation: PLAN_FILE,
    ...(maxChars !== undefined ? { maxChars } : {}),
  });
}

function plan(mutate: (desired: DesiredState, observed: ObservedState) => void, options: { prune?: boolean; empty?: boolean } = {}): Plan {
  const desired = desiredFixture();
  const observed = options.empty === true ? observedEmpty() : observedInSync();
  mutate(desired, observed);
  return planChanges(desired, observed, { prune: options.prune ?? false });
}

const lookup = (desired: DesiredState) => desired.dataActions.find((action) => action.name === 'Lookup Order')!;

/** Two published flows, one with a name full of markup that must render as plain text. */
const IVR = { id: 'flow-ivr', name: 'Main IVR', type: 'INBOUNDCALLFLOW', version: '7.0' };
const HOSTILE_FLOW = { id: 'flow-bot', name: 'Orders <b>bot</b> | *v2* `x`', type: 'DIGITALBOTFLOW', version: null };
const SUPERSEDED = 'Lookup Order (superseded 2026-11-02T08:15:00Z)';

function withSuperseded(observed: ObservedState): void {
  observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_old', name: SUPERSEDED });
}

const changeContract = (desired: DesiredState): void => {
  lookup(desired).contract.output = { type: 'object', properties: { status: { type: 'string' }, etaDays: { type: 'integer' } } };
};

const scenarios: { name: string; plan: () => Plan }[] = [
  { name: 'no-changes', plan: () => plan(() => {}) },
  { name: 'creates-from-empty', plan: () => plan(() => {}, { empty: true }) },
  {
    name: 'update-template-diff',
    plan: () =>
      plan((desired) => {
        lookup(desired).request.template = '{\n  "orderId": "${input.orderId}",\n  "source": "genesys"\n}';
        lookup(desired).timeoutSeconds = 15;
      }),
  },
  {
    name: 'replace-contract-change',
    plan: () =>
      plan((desired) => {
        lookup(desired).contract.output = { type: 'object', properties: { status: { type: 'string' }, etaDays: { type: 'integer' } } };
      }),
  },
  {
    name: 'deletes-prune-off',
    plan: () =>
      plan((_desired, observed) => {
        observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_retired', name: 'Retired Action' });
      }),
  },
  {
    name: 'deletes-prune-on',
    plan: () =>
      plan(
        (_desired, observed) => {
          observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_retired', name: 'Retired Action' });
        },
        { prune: true },
      ),
  },
  {
    name: 'permissions-broadened',
    plan: () =>
      plan((desired) => {
        desired.roles[0]!.permissionPolicy = {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:*` }],
        };
      }),
  },
  {
    name: 'drift',
    plan: () =>
      plan((_desired, observed) => {
        observed.integrations[0]!.intendedState = 'DISABLED';
        observed.credentials[0]!.roleArn = `arn:aws:iam::${ACCOUNT}:role/hand-made`;
        observed.roles['genesys-orders-invoker']!.attachedPolicyArns = ['arn:aws:iam::aws:policy/AdministratorAccess'];
      }),
  },
  {
    name: 'failed-checks',
    plan: () =>
      plan((desired) => {
        desired.environment.aws.accountId = '999999999999';
        lookup(desired).functionArn = 'arn:aws:lambda:eu-west-1:123456789012:function:orders-lookup:beta';
      }),
  },
  {
    name: 'replace-with-consumers',
    plan: () =>
      plan((desired, observed) => {
        changeContract(desired);
        withSuperseded(observed);
        observed.architect = {
          build: { readable: true, status: 'OPERATIONAL' },
          consumers: {
            'custom_-_lookup': { readable: true, consumers: [IVR, HOSTILE_FLOW] },
            'custom_-_old': { readable: true, consumers: [{ ...IVR, id: 'flow-legacy', name: 'Legacy IVR', version: '2.0' }] },
          },
        };
      }),
  },
  {
    name: 'architect-unreadable',
    plan: () =>
      plan((desired, observed) => {
        changeContract(desired);
        const reason =
          'the OAuth client lacks the permission architect:dependencyTracking:view (Genesys API GET /api/v2/architect/dependencytracking/build failed with HTTP 403 missing.permissions (contextId c-1))';
        observed.architect = { build: { readable: false, reason }, consumers: { 'custom_-_lookup': { readable: false, reason } } };
      }),
  },
  {
    name: 'prune-used-action',
    plan: () =>
      plan(
        (_desired, observed) => {
          observed.dataActions.push({ ...structuredClone(observed.dataActions[0]!), id: 'custom_-_retired', name: 'Retired Action' });
          observed.architect = {
            build: { readable: true, status: 'BUILDINPROGRESS' },
            consumers: { 'custom_-_retired': { readable: true, consumers: [IVR] } },
          };
        },
        { prune: true },
      ),
  },
  {
    name: 'secure-action-redaction',
    plan: () =>
      plan((desired) => {
        const verify = desired.dataActions.find((action) => action.name === 'Verify Customer')!;
        verify.request.template = '{"ssn": "${input.ssn}", "channel": "ivr"}';
        verify.request.headers = { 'X-Api-Key': 'k-123-very-secret' };
      }),
  },
];

describe('renderPlanComment snapshots (read them in __snapshots__/)', () => {
  it.each(scenarios)('$name', async ({ name, plan: build }) => {
    const markdown = comment(build());
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    await expect(markdown).toMatchFileSnapshot(`__snapshots__/comment-${name}.md`);
  });
});

describe('other renderers', () => {
  it('renders the console view with symbols and field lines', async () => {
    const scenario = scenarios.find((candidate) => candidate.name === 'replace-contract-change')!;
    await expect(renderPlanConsole(scenario.plan())).toMatchFileSnapshot('__snapshots__/console-replace-contract-change.txt');
  });

  it('renders the job summary without a marker and with every diff', async () => {
    const scenario = scenarios.find((candidate) => candidate.name === 'update-template-diff')!;
    const summary = renderJobSummary(scenario.plan(), { environment: 'prod', fullPlanLocation: PLAN_FILE });
    expect(summary).not.toContain('<!--');
    expect(summary).toContain('```diff');
    await expect(summary).toMatchFileSnapshot('__snapshots__/summary-update-template-diff.md');
  });

  it('names the flows that use replaced actions, and the superseded ones, in the console, the summary and plan.json', async () => {
    const built = scenarios.find((candidate) => candidate.name === 'replace-with-consumers')!.plan();
    await expect(renderPlanConsole(built)).toMatchFileSnapshot('__snapshots__/console-replace-with-consumers.txt');
    expect(renderJobSummary(built, { environment: 'prod' })).toContain(
      '**2 published flows use actions this change replaces or deletes.**',
    );
    const json = JSON.parse(renderPlanJson(built)) as Plan;
    expect(json.changes.find((change) => change.action === 'replace')?.consumers).toEqual([IVR, HOSTILE_FLOW]);
    expect(json.superseded).toEqual([
      expect.objectContaining({ name: SUPERSEDED, liveId: 'custom_-_old', disposition: 'keep', actionName: 'Lookup Order' }),
    ]);
    expect(json.summary.consumingFlows).toBe(2);
  });

  it('shows the "could not check Architect consumers" warning even in a one-line comment', () => {
    const built = scenarios.find((candidate) => candidate.name === 'architect-unreadable')!.plan();
    expect(comment(built, 3_000)).toContain('**Could not check Architect consumers.**');
    expect(renderPlanConsole(built)).toMatch(/UNVERIFIABLE architect-consumers environment\/prod: Could not check Architect consumers/);
  });

  it('renders stable JSON: equal plans give equal text, keys sorted', () => {
    const first = renderPlanJson(scenarios[2]!.plan());
    expect(renderPlanJson(scenarios[2]!.plan())).toBe(first);
    const parsed = JSON.parse(first) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
  });

  it('writes a marker that identifies the environment and the reviewed fingerprint', () => {
    const built = scenarios[2]!.plan();
    expect(parsePlanMarker(comment(built))).toEqual({ environment: 'prod', fingerprint: built.fingerprint });
  });
});

describe('plan.json matches its published schema (schemas/output/plan.schema.json, docs/machine-readable-outputs.md)', () => {
  const schema = JSON.parse(readFileSync(join(repositoryRoot, 'schemas/output/plan.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
  it.each(scenarios)('$name', ({ plan: build }) => {
    const written = JSON.parse(renderPlanJson(build())) as unknown;
    expect(validate(written), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(written).toMatchObject({ formatVersion: 1 });
  });
});

describe('secrets never reach any renderer', () => {
  it.each(scenarios)('$name', ({ plan: build }) => {
    const built = build();
    const outputs = [
      comment(built),
      comment(built, 3_000),
      renderJobSummary(built, { environment: 'prod' }),
      renderPlanConsole(built),
      renderPlanJson(built),
    ];
    for (const output of outputs) {
      expect(output).not.toContain(SECRET_TEST_INPUT);
      expect(output).not.toContain('k-123-very-secret');
    }
  });
});

describe('character budget', () => {
  function hugePlan(count: number): Plan {
    const desired = desiredFixture();
    const observed = observedEmpty();
    observed.roles = observedInSync().roles;
    const template = Array.from({ length: 30 }, (_, line) => `"field${line}": "\${input.value${line}}"`).join(',\n');
    desired.dataActions = Array.from({ length: count }, (_, index) => ({
      ...structuredClone(desiredFixture().dataActions[0]!),
      name: `Action ${String(index).padStart(4, '0')} with a fairly long descriptive name`,
      request: { template: `{\n${template}\n}`, headers: {} },
    }));
    return planChanges(desired, observed, { prune: false });
  }

  it('keeps a 2,000-resource plan within 65,536 characters with the summary intact and says what it left out', () => {
    const built = hugePlan(2_000);
    expect(built.changes.length).toBeGreaterThanOrEqual(2_000);
    const markdown = comment(built);
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown.split('\n')[0]).toBe(`<!-- genesys-lambda-gitops:plan env=prod fingerprint=${built.fingerprint} -->`);
    expect(markdown).toContain(
      `| ${built.summary.create} | ${built.summary.update} | ${built.summary.replace} | ${built.summary.delete} |`,
    );
    expect(markdown).toMatch(/this leaves out: .*changed resource/);
    expect(markdown).toContain(`the full plan is in the [job summary](${RUN_URL}), then in the plan file`.replace('the full', 'The full'));
  });

  it.each([2_000, 10_000, 30_000, 65_536])('never exceeds maxChars=%i', (maxChars) => {
    const markdown = comment(hugePlan(300), maxChars);
    expect(markdown.length).toBeLessThanOrEqual(maxChars);
    expect(markdown).toContain('| Create | Update | Replace |');
  });

  it('drops the graph and the unified diffs before anything else', () => {
    const built = hugePlan(40);
    const full = comment(built, 1_000_000);
    expect(full).toContain('```diff');
    const tighter = comment(built, full.length - 1);
    expect(tighter).not.toContain('```diff');
    expect(tighter).toContain('<details>');
    expect(full).toContain('```mermaid');
    expect(tighter).not.toContain('```mermaid');
    expect(tighter).toMatch(/leaves out: the graph of what the plan touches; unified diffs/);
  });

  it('keeps the job summary under 1 MiB', () => {
    const summary = renderJobSummary(hugePlan(2_000), { environment: 'prod' });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toContain('| Create | Update | Replace |');
  });

  it('uses the live org id, never a placeholder, in rendered trust policies', () => {
    const summary = renderJobSummary(
      plan(() => {}, { empty: true }),
      { environment: 'prod' },
    );
    expect(summary).toContain(ORG_ID);
    expect(summary).not.toContain('{{ genesys.orgId }}');
  });
});

describe('last-resort cut', () => {
  it('closes what it cuts and still names where the full plan is, even with a tiny budget', () => {
    const built = plan((desired) => {
      lookup(desired).request.template = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    });
    const markdown = comment(built, 1_500);
    expect(markdown.length).toBeLessThanOrEqual(1_500);
    expect(markdown.split('\n')[0]).toMatch(/^<!-- genesys-lambda-gitops:plan env=prod fingerprint=sha256:/);
    expect(markdown).toContain('The full plan is in');
    expect((markdown.match(/<details>/g) ?? []).length).toBe((markdown.match(/<\/details>/g) ?? []).length);
    expect((markdown.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});
