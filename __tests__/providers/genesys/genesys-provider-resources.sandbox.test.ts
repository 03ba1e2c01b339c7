/**
 * Every read and write of the Genesys provider against the sandbox over real
 * HTTP: organization, credential key, credentials, integrations, published
 * actions, drafts, paging and URI-only templates.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredDataAction } from '../../../src/model/desired-state.js';
import type { ObservedDataAction } from '../../../src/model/observed-state.js';
import { desiredAction } from './desired-action-fixture.js';
import { useProviderHarness, type ProviderHarness } from './sandbox-harness.js';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/genesys-orders-invoker';
const OTHER_ROLE_ARN = 'arn:aws:iam::123456789012:role/genesys-orders-invoker-v2';

const start = useProviderHarness();

/** The observed form the provider should read back for a desired action. */
function expectedObserved(action: DesiredDataAction, integrationId: string): Omit<ObservedDataAction, 'id' | 'version'> {
  return {
    name: action.name,
    integrationId,
    category: action.category,
    secure: action.secure,
    contract: action.contract,
    functionArn: action.functionArn,
    timeoutSeconds: action.timeoutSeconds,
    request: action.request,
    response: action.response,
  };
}

async function integrationWithCredential(
  h: ProviderHarness,
  name = 'Orders Lambda',
): Promise<{ integrationId: string; credentialId: string }> {
  const credentialId = await h.provider.createCredential(`${name} role`, ROLE_ARN);
  const integrationId = await h.provider.createIntegration(name);
  const key = await h.provider.credentialKey();
  await h.provider.setIntegrationConfig(integrationId, {
    name,
    notes: 'managed by genesys-lambda-gitops',
    credentials: { [key]: credentialId },
  });
  return { integrationId, credentialId };
}

describe('organization and integration type', () => {
  it('reads the org id (the trust policy ExternalId) from /organizations/me', async () => {
    const h = await start({ sandbox: { orgId: '0a1b2c3d-0000-4000-8000-000000000001' } });
    expect(await h.provider.organizationId()).toBe('0a1b2c3d-0000-4000-8000-000000000001');
    expect(h.calls()).toEqual(['POST /oauth/token', 'GET /api/v2/organizations/me']);
  });

  it('reads the credential key from the integration type once, then remembers it', async () => {
    const h = await start();
    expect(await h.provider.credentialKey()).toBe('AmazonWebServicesARN');
    expect(await h.provider.credentialKey()).toBe('AmazonWebServicesARN');
    expect(h.calls().filter((call) => call.includes('/integrations/types/'))).toEqual([
      'GET /api/v2/integrations/types/aws-lambda-data-actions',
    ]);
  });

  it('falls back to AmazonWebServicesARN when the integration type cannot be read', async () => {
    const h = await start();
    h.sandbox.faults.inject({ pathPattern: '/integrations/types/', status: 404 });
    expect(await h.provider.credentialKey()).toBe('AmazonWebServicesARN');
  });
});

describe('credentials', () => {
  it('creates, lists (with the role ARN), updates and deletes an amazonWebServicesARN credential', async () => {
    const h = await start();
    const id = await h.provider.createCredential('orders-role', ROLE_ARN);
    expect(await h.provider.listCredentials()).toEqual([{ id, name: 'orders-role', typeName: 'amazonWebServicesARN', roleArn: ROLE_ARN }]);
    expect(h.sandbox.state.credentials.get(id)?.fields).toEqual({ ARN: ROLE_ARN });

    await h.provider.updateCredential(id, 'orders-role-renamed', OTHER_ROLE_ARN);
    expect(await h.provider.listCredentials()).toEqual([
      { id, name: 'orders-role-renamed', typeName: 'amazonWebServicesARN', roleArn: OTHER_ROLE_ARN },
    ]);

    await h.provider.deleteCredential(id);
    expect(await h.provider.listCredentials()).toEqual([]);
    await expect(h.provider.deleteCredential(id)).resolves.toBeUndefined();
  });

  it.each([['mask'], ['omit']] as const)(
    'reports the role ARN as unknown when Genesys redacts fields (%s)',
    async (credentialFieldRedaction) => {
      const h = await start({ sandbox: { credentialFieldRedaction } });
      const id = await h.provider.createCredential('orders-role', ROLE_ARN);
      expect(await h.provider.listCredentials()).toEqual([
        { id, name: 'orders-role', typeName: 'amazonWebServicesARN', roleArn: undefined },
      ]);
    },
  );

  it('ignores credentials of other types', async () => {
    const h = await start();
    const ours = await h.provider.createCredential('orders-role', ROLE_ARN);
    h.sandbox.state.credentials.set('basic-1', {
      id: 'basic-1',
      name: 'web service',
      typeName: 'basicAuth',
      fields: { userName: 'u', password: 'p' },
      createdDate: '2026-01-01T00:00:00Z',
      modifiedDate: '2026-01-01T00:00:00Z',
    });
    expect((await h.provider.listCredentials()).map((credential) => credential.id)).toEqual([ours]);
  });
});

describe('integrations', () => {
  it('creates an integration, attaches its credential, enables it and waits until ACTIVE, polling soon and then less often', async () => {
    const h = await start({ sandbox: { activationReads: 2 }, provider: { integrationStatePollIntervalMs: 1_000 } });
    const { integrationId, credentialId } = await integrationWithCredential(h);

    const [disabled] = await h.provider.listIntegrations();
    expect(disabled).toMatchObject({
      id: integrationId,
      name: 'Orders Lambda',
      integrationTypeId: 'aws-lambda-data-actions',
      intendedState: 'DISABLED',
      config: { name: 'Orders Lambda', notes: 'managed by genesys-lambda-gitops', credentials: { AmazonWebServicesARN: credentialId } },
    });

    await h.provider.setIntegrationEnabled(integrationId, true);
    expect(await h.provider.waitForIntegrationState(integrationId, 'ACTIVE')).toBe('ACTIVE');
    expect(h.waits).toEqual([25, 50]);
    expect((await h.provider.listIntegrations())[0]).toMatchObject({ intendedState: 'ENABLED', reportedState: 'ACTIVE' });

    await h.provider.setIntegrationEnabled(integrationId, false);
    expect(await h.provider.waitForIntegrationState(integrationId, 'INACTIVE')).toBe('INACTIVE');
  });

  it('gives up waiting after the timeout and says what state it last saw', async () => {
    const h = await start({ sandbox: { activationReads: 1_000 }, provider: { integrationStatePollIntervalMs: 2_000 } });
    const { integrationId } = await integrationWithCredential(h);
    await h.provider.setIntegrationEnabled(integrationId, true);
    expect(await h.provider.waitForIntegrationState(integrationId, 'ACTIVE', { timeoutMs: 9_000 })).toBe('ACTIVATING');
    // 25 + 50 + 100 + 200 + 400 + 800 + 1,600, then the 2 s cap, and the rest of the 9 s.
    expect(h.waits).toEqual([25, 50, 100, 200, 400, 800, 1_600, 2_000, 2_000, 1_825]);
  });

  it('ends the poll after the timeout even with an instant sleep on a real clock (no hammering)', async () => {
    const h = await start({
      sandbox: { activationReads: 1_000 },
      provider: { sleep: async () => undefined, now: Date.now, integrationStatePollIntervalMs: 1_000 },
    });
    const { integrationId } = await integrationWithCredential(h);
    await h.provider.setIntegrationEnabled(integrationId, true);
    h.sandbox.requests.length = 0;
    expect(await h.provider.waitForIntegrationState(integrationId, 'ACTIVE', { timeoutMs: 5_000 })).toBe('ACTIVATING');
    // Waits of 25, 50, 100, 200, 400, 800, then 1,000 (the cap) three times and the last 425 until 5 s
    // have been waited: a read before each of the ten waits and one after the last.
    expect(h.calls()).toHaveLength(11);
  });

  it('updates the config with its current version each time', async () => {
    const h = await start();
    const { integrationId, credentialId } = await integrationWithCredential(h);
    const before = (await h.provider.listIntegrations())[0]?.config.version ?? 0;
    await h.provider.setIntegrationConfig(integrationId, {
      name: 'Orders Lambda',
      notes: 'second',
      credentials: { AmazonWebServicesARN: credentialId },
    });
    const [after] = await h.provider.listIntegrations();
    expect(after?.config.notes).toBe('second');
    expect(after?.config.version).toBeGreaterThan(before);
  });

  it('lists only aws-lambda-data-actions integrations, across pages', async () => {
    const h = await start({ provider: { pageSize: 2 } });
    const ids = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) ids.push(await h.provider.createIntegration(name));
    const observed = await h.provider.listIntegrations();
    expect(observed.map((integration) => integration.id).sort()).toEqual([...ids].sort());
    expect(h.calls().filter((call) => call === 'GET /api/v2/integrations')).toHaveLength(3);
  });

  it('deletes an integration; deleting it again is not an error', async () => {
    const h = await start();
    const id = await h.provider.createIntegration('Doomed');
    await h.provider.deleteIntegration(id);
    expect(await h.provider.listIntegrations()).toEqual([]);
    await expect(h.provider.deleteIntegration(id)).resolves.toBeUndefined();
  });
});

describe('published data actions', () => {
  it('creates an action published, and reads back exactly what was desired', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const action = desiredAction();
    const created = await h.provider.createAction(action, integrationId);
    expect(created).toMatchObject(expectedObserved(action, integrationId));
    expect(created.id).toMatch(/^custom_-_/);
    expect(await h.provider.listDataActions([integrationId])).toEqual([created]);
  });

  it('lists actions with one paged call, filtered by integration, reading only its own actions one by one for their contracts', async () => {
    const h = await start();
    const orders = await integrationWithCredential(h, 'Orders Lambda');
    const billing = await integrationWithCredential(h, 'Billing Lambda');
    const ours = [];
    for (const name of ['One', 'Two', 'Three']) ours.push(await h.provider.createAction(desiredAction({ name }), orders.integrationId));
    await h.provider.createAction(desiredAction({ name: 'Invoice' }), billing.integrationId);
    h.sandbox.requests.length = 0;

    const observed = await h.provider.listDataActions([orders.integrationId]);
    expect(observed.map((action) => action.name).sort()).toEqual(['One', 'Three', 'Two']);
    expect(observed).toEqual(expect.arrayContaining(ours));
    // The sandbox, like the SDK's listing, gives contracts only as URIs: one GET per matching action, no template reads.
    expect(h.calls().sort()).toEqual(
      ['GET /api/v2/integrations/actions', ...ours.map((action) => `GET /api/v2/integrations/actions/${action.id}`)].sort(),
    );
    expect(h.sandbox.requests[0]?.query).toMatchObject({ includeConfig: 'true', pageSize: '100', pageNumber: '1' });
    expect(h.sandbox.requests.slice(1).map((request) => request.query)).toEqual(
      ours.map(() => ({ expand: 'contract', includeConfig: 'true' })),
    );
  });

  it('makes no call at all when there is no integration to list actions for', async () => {
    const h = await start();
    expect(await h.provider.listDataActions([])).toEqual([]);
    expect(h.calls()).toEqual([]);
  });

  it('reads every action past the first 100 (default page size), never stopping at a cap', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    for (let index = 0; index < 101; index += 1) {
      await h.provider.createAction(desiredAction({ name: `Action ${String(index).padStart(3, '0')}` }), integrationId);
    }
    h.sandbox.requests.length = 0;
    const observed = await h.provider.listDataActions([integrationId]);
    expect(observed).toHaveLength(101);
    expect(new Set(observed.map((action) => action.id)).size).toBe(101);
    const listings = h.sandbox.requests.filter((request) => request.path === '/api/v2/integrations/actions');
    expect(listings.map((request) => request.query.pageNumber)).toEqual(['1', '2']);
  });

  it('fetches the template text when Genesys returns only template URIs', async () => {
    const h = await start({ sandbox: { templatesAsUris: true } });
    const { integrationId } = await integrationWithCredential(h);
    const action = desiredAction({
      request: { template: '{"orderId":"$input.orderId"}', headers: {} },
      response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '{"status":"${status}"}' },
    });
    const created = await h.provider.createAction(action, integrationId);
    h.sandbox.requests.length = 0;
    const [observed] = await h.provider.listDataActions([integrationId]);
    expect(observed?.request.template).toBe('{"orderId":"$input.orderId"}');
    expect(observed?.response.successTemplate).toBe('{"status":"${status}"}');
    expect(h.calls().sort()).toEqual([
      'GET /api/v2/integrations/actions',
      `GET /api/v2/integrations/actions/${created.id}`,
      `GET /api/v2/integrations/actions/${created.id}/templates/requesttemplate.vm`,
      `GET /api/v2/integrations/actions/${created.id}/templates/successtemplate.vm`,
    ]);
  });

  it('updates name, category and config with the current version; contract stays', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const created = await h.provider.createAction(desiredAction(), integrationId);
    const changed = desiredAction({ name: 'Lookup Order v2', category: 'Shipping', timeoutSeconds: 25 });
    await h.provider.updateAction(created.id, changed);
    const [observed] = await h.provider.listDataActions([integrationId]);
    expect(observed).toMatchObject({ ...expectedObserved(changed, integrationId), id: created.id, version: created.version + 1 });
  });

  it('deletes an action; deleting it again is not an error', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const created = await h.provider.createAction(desiredAction(), integrationId);
    await h.provider.deleteAction(created.id);
    expect(await h.provider.listDataActions([integrationId])).toEqual([]);
    await expect(h.provider.deleteAction(created.id)).resolves.toBeUndefined();
  });

  it('surfaces Genesys contract rules as a typed error with the contextId', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const nested = desiredAction({
      contract: {
        input: { type: 'object', properties: { order: { type: 'object', properties: {} } } },
        output: { type: 'object', properties: {} },
      },
    });
    const failure = h.provider.createAction(nested, integrationId);
    await expect(failure).rejects.toMatchObject({
      name: 'GenesysApiError',
      status: 400,
      method: 'POST',
      path: '/api/v2/integrations/actions',
    });
    await expect(failure).rejects.toThrow(/\(contextId [0-9a-f-]{36}\)$/);
  });
});

describe('drafts', () => {
  it('creates a new action as a draft, validates it and publishes it', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const action = desiredAction();
    const draft = await h.provider.createDraft(action, integrationId);
    expect(await h.provider.listDrafts([integrationId])).toEqual([{ ...draft, name: action.name, integrationId }]);
    expect(await h.provider.listDataActions([integrationId])).toEqual([]);

    expect(await h.provider.validateDraft(draft.id)).toEqual({ valid: true, errors: [] });
    const published = await h.provider.publishDraft(draft.id, draft.version);
    expect(published).toMatchObject({ ...expectedObserved(action, integrationId), id: draft.id });
    expect(await h.provider.listDataActions([integrationId])).toEqual([published]);
    expect(await h.provider.listDrafts([integrationId])).toEqual([]);
  });

  it('starts a draft from a published action with the desired fields, then publishes the change', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const created = await h.provider.createAction(desiredAction(), integrationId);
    const changed = desiredAction({ request: { template: '{"id":"${input.orderId}"}', headers: {} }, timeoutSeconds: 30 });
    const draft = await h.provider.draftFromAction(created.id, changed);
    expect(draft.id).toBe(created.id);
    expect(await h.provider.validateDraft(draft.id)).toEqual({ valid: true, errors: [] });
    await h.provider.publishDraft(draft.id, draft.version);
    const [observed] = await h.provider.listDataActions([integrationId]);
    expect(observed).toMatchObject({ request: changed.request, timeoutSeconds: 30 });
  });

  it('re-uses a draft left behind by an interrupted apply instead of failing', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const created = await h.provider.createAction(desiredAction(), integrationId);
    await h.provider.draftFromAction(created.id, desiredAction({ category: 'First attempt' }));
    const second = await h.provider.draftFromAction(created.id, desiredAction({ category: 'Second attempt' }));
    expect(h.sandbox.state.drafts.get(created.id)?.category).toBe('Second attempt');
    expect(second.version).toBe(h.sandbox.state.drafts.get(created.id)?.version);
  });

  it('keeps the real reason when a draft cannot be started and none exists', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const created = await h.provider.createAction(desiredAction(), integrationId);
    h.sandbox.faults.inject({ method: 'POST', pathPattern: /\/draft$/, status: 400, times: 1 });
    await expect(h.provider.draftFromAction(created.id, desiredAction())).rejects.toMatchObject({ method: 'POST', status: 400 });
  });

  it('reports validation errors of a draft that changes a published contract', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const created = await h.provider.createAction(desiredAction(), integrationId);
    await expect(
      h.provider.draftFromAction(
        created.id,
        desiredAction({ contract: { input: { type: 'object', properties: {} }, output: { type: 'object', properties: {} } } }),
      ),
    ).rejects.toThrow(/cannot change the contracts/);
  });

  it('reports an invalid draft through validation, not by throwing', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const draft = await h.provider.createDraft(
      desiredAction({
        contract: { input: { type: 'object', properties: { orgId: { type: 'string' } } }, output: { type: 'object', properties: {} } },
      }),
      integrationId,
    );
    const validation = await h.provider.validateDraft(draft.id);
    expect(validation.valid).toBe(false);
    expect(validation.errors.join('\n')).toMatch(/orgId/);
  });

  it('deletes a draft; a missing draft is not an error', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const draft = await h.provider.createDraft(desiredAction(), integrationId);
    await h.provider.deleteDraft(draft.id);
    expect(await h.provider.listDrafts([integrationId])).toEqual([]);
    await expect(h.provider.deleteDraft(draft.id)).resolves.toBeUndefined();
  });

  it('publishes exactly the version it was given (a stale version fails rather than publishing something untested)', async () => {
    const h = await start();
    const { integrationId } = await integrationWithCredential(h);
    const created = await h.provider.createAction(desiredAction(), integrationId);
    const draft = await h.provider.draftFromAction(created.id, desiredAction({ category: 'tested' }));
    await h.otherProvider().draftFromAction(created.id, desiredAction({ category: 'changed meanwhile' }));
    await expect(h.provider.publishDraft(draft.id, draft.version)).rejects.toMatchObject({ status: 409 });
    expect(h.calls().filter((call) => call.endsWith('/draft/publish'))).toHaveLength(1);
    expect((await h.provider.listDataActions([integrationId]))[0]?.category).toBe('Orders');
  });
});
