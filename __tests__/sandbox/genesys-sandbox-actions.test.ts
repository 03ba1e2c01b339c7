import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { createLambdaIntegration, lambdaActionBody, login, type ApiCaller } from './sandbox-http.js';

let sandbox: GenesysSandbox;
let api: ApiCaller;
let integrationId: string;
beforeEach(async () => {
  sandbox = await startGenesysSandbox();
  api = await login(sandbox);
  ({ integrationId } = await createLambdaIntegration(api));
});
afterEach(async () => {
  await sandbox.stop();
});

const withInputSchema = (inputSchema: object) => ({
  contract: { input: { inputSchema }, output: { successSchema: { type: 'object', properties: { status: { type: 'string' } } } } },
});
const withOutputSchema = (successSchema: object) => ({
  contract: { input: { inputSchema: { type: 'object', properties: {} } }, output: { successSchema } },
});
const withConfig = (patch: { timeoutSeconds?: number; requestUrlTemplate?: string; requestType?: string }) => {
  const base = lambdaActionBody('x').config;
  const { timeoutSeconds, ...request } = patch;
  return { config: { ...base, ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }), request: { ...base.request, ...request } } };
};

describe('creating published actions (POST /api/v2/integrations/actions)', () => {
  it('creates a custom action with id custom_-_<uuid>, version 1', async () => {
    const created = await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId));
    expect(created.status).toBe(200);
    expect(created.body.id).toMatch(/^custom_-_[0-9a-f-]{36}$/);
    expect(created.body).toMatchObject({ name: 'Lookup Order', category: 'Orders', integrationId, version: 1, secure: false });
    expect(sandbox.state.actions.get(created.body.id)?.config.request?.requestUrlTemplate).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:orders-lookup',
    );
  });

  it.each([
    ['a missing category (SDK model)', { category: undefined }, /must have required property 'category'/],
    ['a type field, which actions do not have', { type: 'aws.lambda' }, /must NOT have additional properties \(type\)/],
    ['a non-boolean secure flag', { secure: 'yes' }, /\/secure must be boolean/],
    [
      'a nested input object',
      withInputSchema({ type: 'object', properties: { address: { type: 'object' } } }),
      /Failed Validation of contract.input.inputSchema as a simple properties schema/,
    ],
    [
      'an input array',
      withInputSchema({ type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } }),
      /simple properties schema: property 'tags'/,
    ],
    [
      'a reserved input name',
      withInputSchema({ type: 'object', properties: { rawRequest: { type: 'string' } } }),
      /'rawRequest' is reserved/,
    ],
    ['an input name starting with a digit', withInputSchema({ type: 'object', properties: { '1st': { type: 'string' } } }), /must match/],
    [
      'a non-object output',
      withOutputSchema({ type: 'array', items: { type: 'string' } }),
      /top-level item in the schema can only be an object/,
    ],
    [
      'nested output arrays',
      withOutputSchema({ type: 'object', properties: { grid: { type: 'array', items: { type: 'array', items: { type: 'string' } } } } }),
      /nested arrays are not supported/,
    ],
    ['a $ref', withOutputSchema({ type: 'object', properties: { a: { $ref: '#/definitions/a' } } }), /\$ref is not supported/],
    ['a timeout above 60 s', withConfig({ timeoutSeconds: 61 }), /timeoutSeconds must be an integer between 1 and 60/],
    [
      'a role ARN as the function',
      withConfig({ requestUrlTemplate: 'arn:aws:iam::123456789012:role/r' }),
      /is not an AWS Lambda function ARN/,
    ],
    ['a GET request type', withConfig({ requestType: 'GET' }), /requestType must be POST/],
  ])('rejects %s with 400 bad.request', async (_case, overrides, message) => {
    const body = JSON.parse(JSON.stringify(lambdaActionBody(integrationId, overrides)));
    const response = await api.call('POST', '/api/v2/integrations/actions', body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('bad.request');
    expect(response.body.message).toMatch(message);
    expect(sandbox.state.actions.size).toBe(0);
  });

  it('accepts arrays of primitives and nested objects in the output, and a qualified function ARN', async () => {
    const body = lambdaActionBody(integrationId, {
      ...withOutputSchema({
        type: 'object',
        properties: {
          hours: { type: 'object', properties: { open: { type: 'string' } } },
          items: { type: 'array', items: { type: 'string' } },
        },
      }),
      ...withConfig({ requestUrlTemplate: 'arn:aws:lambda:us-east-1:123456789012:function:orders-lookup:live' }),
    });
    expect((await api.call('POST', '/api/v2/integrations/actions', body)).status).toBe(200);
  });

  it('refuses an unknown integration and a second action of the same name in one integration', async () => {
    const orphan = await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody('no-such-integration'));
    expect(orphan.body.message).toMatch(/Integration no-such-integration was not found/);
    await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId));
    const duplicate = await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId));
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.message).toMatch(/already exists/);
  });
});

describe('reading actions', () => {
  let actionId: string;
  beforeEach(async () => {
    actionId = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId))).body.id;
  });

  it('inlines the contract only with expand=contract and the config only with includeConfig=true', async () => {
    const bare = await api.call('GET', `/api/v2/integrations/actions/${actionId}`);
    expect(bare.body.config).toBeUndefined();
    expect(bare.body.contract.input).toEqual({ inputSchemaUri: `/api/v2/integrations/actions/${actionId}/schemas/inputschema.json` });
    const full = await api.call('GET', `/api/v2/integrations/actions/${actionId}?expand=contract&includeConfig=true`);
    expect(full.body.contract).toEqual(lambdaActionBody(integrationId).contract);
    expect(full.body.config).toEqual(lambdaActionBody(integrationId).config);
    const schema = await api.call('GET', bare.body.contract.input.inputSchemaUri);
    expect(schema.body).toEqual(lambdaActionBody(integrationId).contract.input.inputSchema);
  });

  it('serves the templates as text/plain', async () => {
    const response = await fetch(`${sandbox.url}/api/v2/integrations/actions/${actionId}/templates/requesttemplate.vm`, {
      headers: { authorization: `Bearer ${api.token}` },
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('${input.rawRequest}');
    expect((await api.call('GET', `/api/v2/integrations/actions/${actionId}/templates/successtemplate.vm`)).body).toBe('${rawResult}');
    expect((await api.call('GET', `/api/v2/integrations/actions/${actionId}/templates/other.vm`)).status).toBe(404);
  });

  it('returns template URIs instead of text when configured to', async () => {
    const uriSandbox = await startGenesysSandbox({ templatesAsUris: true });
    try {
      const caller = await login(uriSandbox);
      const { integrationId: otherIntegration } = await createLambdaIntegration(caller);
      const id = (await caller.call('POST', '/api/v2/integrations/actions', lambdaActionBody(otherIntegration))).body.id;
      const read = await caller.call('GET', `/api/v2/integrations/actions/${id}?expand=contract&includeConfig=true`);
      expect(read.body.config.request.requestTemplate).toBeUndefined();
      expect(read.body.config.request.requestTemplateUri).toBe(`/api/v2/integrations/actions/${id}/templates/requesttemplate.vm`);
      expect((await caller.call('GET', read.body.config.response.successTemplateUri)).body).toBe('${rawResult}');
    } finally {
      await uriSandbox.stop();
    }
  });

  it('lists with paging, name (partial) and category filters; the listing ignores expand', async () => {
    for (const [name, category] of [
      ['Find Customer', 'Customers'],
      ['Store Hours', 'Stores'],
      ['Lookup Order Lines', 'Orders'],
    ]) {
      await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId, { name, category }));
    }
    const page = await api.call('GET', '/api/v2/integrations/actions?pageSize=2&includeConfig=true&expand=contract');
    expect(page.body).toMatchObject({ total: 4, pageCount: 2, pageSize: 2 });
    expect(page.body.entities.map((entry: any) => entry.name)).toEqual(['Find Customer', 'Lookup Order']);
    expect(page.body.entities[0].config).toBeDefined();
    expect(page.body.entities[0].contract.input.inputSchema).toBeUndefined();
    const byName = await api.call('GET', '/api/v2/integrations/actions?name=lookup');
    expect(byName.body.entities.map((entry: any) => entry.name)).toEqual(['Lookup Order', 'Lookup Order Lines']);
    const byCategory = await api.call('GET', '/api/v2/integrations/actions?category=Stores');
    expect(byCategory.body.entities.map((entry: any) => entry.name)).toEqual(['Store Hours']);
  });

  it.each([
    ['comma-joined (the SDK sends one string)', (a: string, b: string) => `ids=${a},${b}`],
    ['repeated', (a: string, b: string) => `ids=${a}&ids=${b}`],
  ])('lists by ids given %s, in the action and draft listings', async (_how, ids) => {
    const other = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId, { name: 'Store Hours' }))).body
      .id;
    await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId, { name: 'Find Customer' }));
    const listed = await api.call('GET', `/api/v2/integrations/actions?${ids(actionId, other)}`);
    expect(listed.body.entities.map((entry: any) => entry.id).sort()).toEqual([actionId, other].sort());
    const firstDraft = (await api.call('POST', '/api/v2/integrations/actions/drafts', lambdaActionBody(integrationId, { name: 'D1' }))).body
      .id;
    const secondDraft = (await api.call('POST', '/api/v2/integrations/actions/drafts', lambdaActionBody(integrationId, { name: 'D2' })))
      .body.id;
    await api.call('POST', '/api/v2/integrations/actions/drafts', lambdaActionBody(integrationId, { name: 'D3' }));
    const drafts = await api.call('GET', `/api/v2/integrations/actions/drafts?${ids(firstDraft, secondDraft)}`);
    expect(drafts.body.entities.map((entry: any) => entry.id).sort()).toEqual([firstDraft, secondDraft].sort());
  });

  it.each([
    ['comma-joined', (values: string[]) => `ids=${values.join(',')}`],
    ['repeated', (values: string[]) => values.map((value) => `ids=${value}`).join('&')],
  ])('refuses more than 50 ids given %s', async (_how, ids) => {
    const many = Array.from({ length: 51 }, (_, index) => `id-${index}`);
    const answer = await api.call('GET', `/api/v2/integrations/actions?${ids(many)}`);
    expect(answer.status).toBe(400);
    expect((await api.call('GET', `/api/v2/integrations/actions?${ids(many.slice(0, 50))}`)).status).toBe(200);
  });
});

describe('updating and deleting actions', () => {
  let actionId: string;
  beforeEach(async () => {
    actionId = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId))).body.id;
  });

  it('patches name, category and config with the current version, then refuses the stale version with 409', async () => {
    const config = { ...lambdaActionBody(integrationId).config, timeoutSeconds: 20 };
    const patched = await api.call('PATCH', `/api/v2/integrations/actions/${actionId}`, {
      name: 'Order Status',
      category: 'Orders',
      config,
      version: 1,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Order Status', version: 2 });
    expect(sandbox.state.actions.get(actionId)?.config.timeoutSeconds).toBe(20);
    const stale = await api.call('PATCH', `/api/v2/integrations/actions/${actionId}`, { name: 'Again', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/does not match the current version \[2\]/);
  });

  it.each([
    ['contract', { contract: lambdaActionBody('x').contract, version: 1 }, /cannot change the contracts after you publish/],
    ['secure', { secure: true, version: 1 }, /secure flag of a published action cannot be changed/],
    ['no version', { name: 'x' }, /must have required property 'version'/],
  ])('refuses a patch with %s', async (_case, patch, message) => {
    const response = await api.call('PATCH', `/api/v2/integrations/actions/${actionId}`, patch);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(message);
    expect(sandbox.state.actions.get(actionId)?.version).toBe(1);
  });

  it('deletes, then answers 404', async () => {
    expect((await api.call('DELETE', `/api/v2/integrations/actions/${actionId}`)).status).toBe(204);
    expect((await api.call('GET', `/api/v2/integrations/actions/${actionId}`)).status).toBe(404);
    expect((await api.call('PATCH', `/api/v2/integrations/actions/${actionId}`, { name: 'x', version: 1 })).status).toBe(404);
  });
});

describe('drafts: create → patch → validation → publish', () => {
  it('publishes a new action through a draft', async () => {
    const draft = await api.call('POST', '/api/v2/integrations/actions/drafts', lambdaActionBody(integrationId));
    expect(draft.status).toBe(200);
    const id = draft.body.id;
    expect(draft.body.version).toBe(1);
    expect((await api.call('GET', `/api/v2/integrations/actions/${id}`)).status).toBe(404);
    expect((await api.call('GET', '/api/v2/integrations/actions/drafts')).body.entities.map((entry: any) => entry.id)).toEqual([id]);

    const patched = await api.call('PATCH', `/api/v2/integrations/actions/${id}/draft`, { category: 'Order Desk', version: 1 });
    expect(patched.body.version).toBe(2);
    expect((await api.call('GET', `/api/v2/integrations/actions/${id}/draft/validation`)).body).toEqual({ valid: true, errors: [] });

    const stale = await api.call('POST', `/api/v2/integrations/actions/${id}/draft/publish`, { version: 1 });
    expect(stale.status).toBe(409);
    const published = await api.call('POST', `/api/v2/integrations/actions/${id}/draft/publish`, { version: 2 });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ id, category: 'Order Desk', version: 1 });
    expect((await api.call('GET', `/api/v2/integrations/actions/${id}/draft`)).status).toBe(404);
    expect((await api.call('GET', `/api/v2/integrations/actions/${id}`)).body.category).toBe('Order Desk');
  });

  it('accepts an invalid draft, reports it through validation and refuses to publish it', async () => {
    const body = lambdaActionBody(integrationId, withInputSchema({ type: 'object', properties: { orgId: { type: 'string' } } }));
    const id = (await api.call('POST', '/api/v2/integrations/actions/drafts', body)).body.id;
    const validation = await api.call('GET', `/api/v2/integrations/actions/${id}/draft/validation`);
    expect(validation.body.valid).toBe(false);
    expect(validation.body.errors.map((error: any) => error.message)).toEqual([expect.stringMatching(/'orgId' is reserved/)]);
    const publish = await api.call('POST', `/api/v2/integrations/actions/${id}/draft/publish`, { version: 1 });
    expect(publish.status).toBe(400);
    expect(sandbox.state.actions.has(id)).toBe(false);
  });

  it('keeps a published contract immutable through its draft, but allows config changes', async () => {
    const id = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId))).body.id;
    const draft = await api.call('POST', `/api/v2/integrations/actions/${id}/draft`);
    expect(draft.status).toBe(200);
    expect((await api.call('POST', `/api/v2/integrations/actions/${id}/draft`)).status).toBe(409);
    const changed = lambdaActionBody(integrationId, withInputSchema({ type: 'object', properties: { orderNumber: { type: 'string' } } }));
    const refused = await api.call('PATCH', `/api/v2/integrations/actions/${id}/draft`, { contract: changed.contract, version: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/cannot change the contracts after you publish/);
    const config = { ...lambdaActionBody(integrationId).config, timeoutSeconds: 30 };
    expect((await api.call('PATCH', `/api/v2/integrations/actions/${id}/draft`, { config, version: 1 })).status).toBe(200);
    const published = await api.call('POST', `/api/v2/integrations/actions/${id}/draft/publish`, { version: 2 });
    expect(published.body.version).toBe(2);
    expect(sandbox.state.actions.get(id)?.config.timeoutSeconds).toBe(30);
  });

  it('deletes a draft without touching the published action', async () => {
    const id = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId))).body.id;
    await api.call('POST', `/api/v2/integrations/actions/${id}/draft`);
    expect((await api.call('DELETE', `/api/v2/integrations/actions/${id}/draft`)).status).toBe(204);
    expect((await api.call('DELETE', `/api/v2/integrations/actions/${id}/draft`)).status).toBe(404);
    expect((await api.call('GET', `/api/v2/integrations/actions/${id}`)).status).toBe(200);
  });

  it.each([
    [{ version: '1' }, /\/version must be number/],
    [{}, /required property 'version'/],
  ])('validates the publish body %j against PublishDraftInput', async (body, message) => {
    const id = (await api.call('POST', '/api/v2/integrations/actions/drafts', lambdaActionBody(integrationId))).body.id;
    const response = await api.call('POST', `/api/v2/integrations/actions/${id}/draft/publish`, body);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(message);
  });
});
