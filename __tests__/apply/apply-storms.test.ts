/**
 * Apply through storms, against moto_server and the Genesys sandbox: a burst
 * of 429s with Retry-After: 1 on the very first calls (the token call
 * included) plus a 20 % rate of 503s on every API call still converges on the
 * end state a calm apply reaches; and a proxy's HTML 502 on every data-action
 * write fails the apply with plain-text messages that name the operation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplyReport } from '../../src/apply/apply-report.js';
import { renderApplyConsole, renderApplyMarkdown } from '../../src/render/apply-report.js';
import { startFlowHarness, type FlowHarness } from '../support/flow-harness.js';

const GATEWAY_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n<a href="https://evil.example/x"><img src="https://evil.example/pixel.png"></a>\r\n</body>\r\n</html>\r\n';

let harnesses: FlowHarness[] = [];
beforeEach(async () => {
  const motoReset = await fetch(`${process.env.AWS_ENDPOINT_URL}/moto-api/reset`, { method: 'POST' });
  expect(motoReset.ok).toBe(true);
});
afterEach(async () => {
  await Promise.all(harnesses.map((harness) => harness.stop()));
  harnesses = [];
});

async function harness(): Promise<FlowHarness> {
  const started = await startFlowHarness({ rateLimitPerMinute: 300 });
  harnesses.push(started);
  return started;
}

/** What Genesys holds, without ids, versions or dates: the end state two applies must agree on. */
function endState(flow: FlowHarness): unknown {
  const { state } = flow.sandbox;
  const credentialNames = new Map([...state.credentials.values()].map((credential) => [credential.id, credential.name]));
  return {
    credentials: [...state.credentials.values()].map((credential) => ({ name: credential.name, fields: credential.fields })).sort(byName),
    integrations: [...state.integrations.values()]
      .map((integration) => ({
        name: integration.config.name,
        intendedState: integration.intendedState,
        notes: integration.config.notes,
        credentials: Object.values(integration.config.credentials).map(({ id }) => credentialNames.get(id)),
      }))
      .sort(byName),
    actions: [...state.actions.values()]
      .map((action) => ({ name: action.name, category: action.category, contract: action.contract, config: action.config }))
      .sort(byName),
    drafts: [...state.drafts.values()].map((draft) => draft.name).sort(),
  };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}

describe('apply through a storm', () => {
  it('reaches the same end state through ten 429s (Retry-After: 1) on the first calls and 20 % of 503s', async () => {
    const calm = await harness();
    const calmReport = await calm.apply();
    expect(calmReport.success).toBe(true);
    const expected = endState(calm);
    await calm.stop();
    harnesses = [];
    await fetch(`${process.env.AWS_ENDPOINT_URL}/moto-api/reset`, { method: 'POST' });

    const stormy = await harness();
    stormy.sandbox.faults.inject({ pathPattern: /./, status: 429, times: 10, retryAfterSeconds: 1 });
    stormy.sandbox.faults.inject({ pathPattern: '/api/v2/', status: 503, rate: 0.2 });
    const report = await stormy.apply();

    expect(report.steps.filter((step) => step.status !== 'applied')).toEqual([]);
    expect(report.success).toBe(true);
    const statuses = stormy.sandbox.requests.map((request) => request.status);
    expect(statuses.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => 429));
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(5);
    expect(stormy.sandbox.requests[10]?.path).toBe('/oauth/token');
    expect(endState(stormy)).toEqual(expected);
    stormy.sandbox.faults.clear();
    expect((await stormy.plan()).plan.summary.hasChanges).toBe(false);
  });
});

describe('apply behind a proxy that answers every data-action write with an HTML 502', () => {
  it('fails, each action with one plain-text line naming the operation, and no markup reaches any rendering', async () => {
    const flow = await harness();
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      flow.sandbox.faults.inject({ method, pathPattern: '/api/v2/integrations/actions', status: 502, body: GATEWAY_PAGE });
    }
    const report: ApplyReport = await flow.apply();

    expect(report.success).toBe(false);
    const failedActions = report.steps.filter((step) => step.kind === 'action');
    expect(failedActions.length).toBeGreaterThan(0);
    for (const step of failedActions) {
      expect(step.status).toBe('failed');
      expect(step.message).toBe(
        'Genesys API POST /api/v2/integrations/actions/drafts failed with HTTP 502: an HTML page: "502 Bad Gateway 502 Bad Gateway nginx" (no contextId in the response)',
      );
    }
    const markdown = renderApplyMarkdown(report);
    const console = renderApplyConsole(report);
    for (const rendered of [markdown, console, JSON.stringify(report)]) {
      expect(rendered).not.toMatch(/<\/?(html|head|title|body|center|h1|hr|a|img)\b/i);
      expect(rendered).not.toContain('evil.example');
      expect(rendered).not.toContain('\r');
    }
  });
});

describe('apply through transient failures of a test run (it writes nothing, so it is retried like a read)', () => {
  it.each<[string, { status: number | 'drop'; body?: string }]>([
    ['an HTML 502 page', { status: 502, body: GATEWAY_PAGE }],
    ['a 504', { status: 504 }],
    ['a dropped connection', { status: 'drop' }],
    ['a 503', { status: 503 }],
  ])('applies through %s once on a draft test, running that test again', async (_label, fault) => {
    const flow = await harness();
    flow.sandbox.faults.inject({ method: 'POST', pathPattern: /\/draft\/test$/, times: 1, ...fault });
    const report = await flow.apply();
    expect(report.steps.filter((step) => step.status !== 'applied')).toEqual([]);
    expect(report.success).toBe(true);
    expect(report.smokeTests.every((test) => test.passed)).toBe(true);
    const draftTests = flow.sandbox.requests.filter((request) => request.path.endsWith('/draft/test'));
    expect(draftTests.length).toBe(report.smokeTests.filter((test) => test.endpoint === 'draft-test').length + 1);
  });

  it('reports a draft test whose calls keep failing as a failure of the call, in plain text, not of the action', async () => {
    const flow = await harness();
    flow.sandbox.faults.inject({ method: 'POST', pathPattern: /\/draft\/test$/, status: 502, body: GATEWAY_PAGE });
    const report = await flow.apply();
    expect(report.success).toBe(false);
    const failed = report.steps.filter((step) => step.kind === 'action' && step.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const step of failed) {
      expect(step.message).toMatch(
        /^draft \S+ left unpublished: test "[^"]+" could not run: the call to Genesys failed, not the action: Genesys API POST \/api\/v2\/integrations\/actions\/\S+\/draft\/test\?flatten=false failed with HTTP 502(: an HTML page: "502 Bad Gateway 502 Bad Gateway nginx")? \(no contextId in the response\)$/,
      );
      expect(step.message).not.toContain('Genesys reported failure');
    }
    // A secure action hides Genesys' body text, never the call and its status.
    expect(failed.some((step) => step.message?.includes('HTTP 502 (no contextId'))).toBe(true);
    for (const rendered of [renderApplyMarkdown(report), renderApplyConsole(report), JSON.stringify(report)]) {
      expect(rendered).not.toMatch(/<\/?(html|head|title|body|center|h1|hr|a|img)\b/i);
      expect(rendered).not.toContain('\r');
    }
  });
});
