/**
 * The provider's Architect reads against the sandbox over HTTP: the object
 * type follows the secure flag, only published consumers are asked for,
 * every page is read, consumers are deduplicated, flows are looked up in
 * batches, and a refusal (403) or an outage is a value that says why,
 * never an exception and never "no consumers". Also the name-only rename.
 */
import { describe, expect, it } from 'vitest';
import { assertSdkModel } from '../../../sandbox/genesys/sdk-model-validator.js';
import { desiredAction } from './desired-action-fixture.js';
import { useProviderHarness, type ProviderHarness } from './sandbox-harness.js';

const start = useProviderHarness();

async function withActions(h: ProviderHarness): Promise<{ plain: string; secure: string }> {
  const integrationId = await h.provider.createIntegration('Orders Lambda');
  const plain = (await h.provider.createAction(desiredAction({ name: 'Lookup Order' }), integrationId)).id;
  const secure = (await h.provider.createAction(desiredAction({ name: 'Verify Customer', secure: true }), integrationId)).id;
  return { plain, secure };
}

function queriesTo(h: ProviderHarness, path: string): Record<string, string>[] {
  return h.sandbox.requests.filter((request) => request.path === path).map((request) => request.query);
}

describe('Architect reads', () => {
  it('reads every page of published consumers, with the object type of the secure flag', async () => {
    const h = await start();
    const { plain, secure } = await withActions(h);
    for (let index = 0; index < 230; index++) h.sandbox.architect.publishFlow({ name: `Flow ${index}`, uses: [plain] });
    h.sandbox.architect.publishFlow({ id: 'bot', name: 'Identity Bot', type: 'DIGITALBOT', version: '5.0', uses: [secure] });

    const consumers = await h.provider.actionConsumers(plain, false);
    expect(consumers.readable && consumers.value).toHaveLength(230);
    const path = '/api/v2/architect/dependencytracking/consumingresources';
    expect(queriesTo(h, path)).toEqual(
      [1, 2, 3].map((page) => ({
        id: plain,
        objectType: 'DATAACTION',
        flowFilter: 'published',
        pageSize: '100',
        pageNumber: String(page),
      })),
    );
    expect(await h.provider.actionConsumers(secure, true)).toEqual({
      readable: true,
      value: [{ id: 'bot', name: 'Identity Bot', type: 'DIGITALBOTFLOW', version: '5.0' }],
    });
    expect(queriesTo(h, path).at(-1)).toMatchObject({ id: secure, objectType: 'SECUREACTION' });
  });

  it('looks flows up by repeated ids in batches of 50, reading every page of each', async () => {
    const h = await start();
    const ids = Array.from({ length: 120 }, (_, index) => `flow-${String(index).padStart(3, '0')}`);
    for (const id of ids) h.sandbox.architect.publishFlow({ id, name: `Name of ${id}`, version: '2.0', uses: [] });

    const flows = await h.provider.lookupFlows([...ids, 'unknown-flow', ids[0]!]);
    expect(flows.readable && flows.value.map((flow) => flow.id).sort()).toEqual(ids);
    expect(flows.readable && flows.value[0]).toEqual({
      id: 'flow-000',
      name: 'Name of flow-000',
      type: 'INBOUNDCALL',
      publishedVersion: '2.0',
    });
    const lookups = h.sandbox.requests.filter((request) => request.path === '/api/v2/flows/lookup');
    expect(lookups).toHaveLength(3);
    expect(lookups.every((request) => request.status === 200)).toBe(true);
  });

  it('reads the build status', async () => {
    const h = await start();
    h.sandbox.architect.setBuildStatus('OPERATIONALNEEDSREBUILD');
    expect(await h.provider.dependencyTrackingBuild()).toEqual({ readable: true, value: 'OPERATIONALNEEDSREBUILD' });
  });

  it('answers a 403 as unreadable, naming the permission to grant, without throwing', async () => {
    const h = await start();
    const { plain } = await withActions(h);
    h.sandbox.architect.denyPermission('architect:dependencyTracking:view');
    h.sandbox.architect.denyPermission('architect:flow:view');
    for (const read of [h.provider.dependencyTrackingBuild(), h.provider.actionConsumers(plain, false)]) {
      const answer = await read;
      expect(answer.readable).toBe(false);
      expect(!answer.readable && answer.reason).toMatch(
        /^the OAuth client lacks the permission architect:dependencyTracking:view \(.*HTTP 403 missing\.permissions.*contextId/,
      );
    }
    const lookup = await h.provider.lookupFlows(['x']);
    expect(!lookup.readable && lookup.reason).toMatch(/^the OAuth client lacks the permission architect:flow:view/);
  });

  it('answers an outage that outlasts the retries as unreadable too', async () => {
    const h = await start({ provider: { retryPolicy: { maxTransientRetries: 1 } } });
    h.sandbox.faults.inject({ pathPattern: '/architect/dependencytracking', status: 503 });
    const answer = await h.provider.actionConsumers('any', false);
    expect(answer).toEqual({ readable: false, reason: expect.stringMatching(/HTTP 503/) });
  });

  it('renames a published action with a PATCH carrying only name and version', async () => {
    const h = await start();
    const { plain } = await withActions(h);
    await h.provider.renameAction(plain, 'Lookup Order (superseded 2026-12-01T10:42:07Z)');
    const patch = h.sandbox.requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ name: 'Lookup Order (superseded 2026-12-01T10:42:07Z)', version: 1 });
    expect(() => assertSdkModel('UpdateActionInput', patch?.body)).not.toThrow();
    const stored = h.sandbox.state.actions.get(plain)!;
    expect(stored).toMatchObject({ name: 'Lookup Order (superseded 2026-12-01T10:42:07Z)', category: 'Orders', version: 2 });
    expect(stored.config.request?.requestUrlTemplate).toMatch(/^arn:aws:lambda:/);
  });

  it('renames with the version the caller read when this client has none (an apply run of its own), reading only when it is stale', async () => {
    const h = await start();
    const { plain, secure } = await withActions(h);
    const fresh = h.otherProvider();
    const before = h.sandbox.requests.length;
    await fresh.renameAction(plain, 'Lookup Order (superseded 2026-12-01T10:42:07Z)', 1);
    await fresh.renameAction(secure, 'Verify Customer (superseded 2026-12-01T10:42:07Z)', 7);
    expect(
      h.sandbox.requests
        .slice(before)
        .filter((request) => request.path.startsWith('/api/v2/'))
        .map((request) => [request.method, request.path === `/api/v2/integrations/actions/${plain}`, request.status]),
    ).toEqual([
      ['PATCH', true, 200],
      // Version 7 is stale: one read of the current version, then the PATCH.
      ['PATCH', false, 409],
      ['GET', false, 200],
      ['PATCH', false, 200],
    ]);
    expect(h.sandbox.state.actions.get(secure)).toMatchObject({ name: 'Verify Customer (superseded 2026-12-01T10:42:07Z)', version: 2 });
  });
});
