/**
 * The sandbox's audit trail: API writes recorded under the OAuth client, UI
 * edits under the person, the realtime query (filters, sort, paging, 14 days,
 * expand=user), the service mapping, the users lookup, 403 without
 * `audits:audit:view`, and request bodies checked against the SDK model. The
 * official SDK is driven against it too, as a client of the real API would be.
 */
import platformClient from 'purecloud-platform-client-v2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_UI_USER, startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { createLambdaIntegration, lambdaActionBody, login, type ApiCaller } from './sandbox-http.js';

const DAY_MS = 24 * 60 * 60 * 1000;
let clock = Date.parse('2026-11-24T12:00:00Z');
let sandbox: GenesysSandbox;
let api: ApiCaller;

beforeEach(async () => {
  clock = Date.parse('2026-11-24T12:00:00Z');
  sandbox = await startGenesysSandbox({ now: () => clock });
  api = await login(sandbox);
});
afterEach(async () => {
  await sandbox.stop();
});

const interval = (days = 14) => `${new Date(clock - days * DAY_MS).toISOString()}/${new Date(clock).toISOString()}`;

async function publishedAction(): Promise<string> {
  const { integrationId } = await createLambdaIntegration(api);
  const created = await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId));
  return created.body.id as string;
}

describe('the audit trail', () => {
  it('records API writes under the OAuth client and UI edits under the person, with what changed', async () => {
    const id = await publishedAction();
    clock += 60_000;
    sandbox.ui.editAction('Lookup Order', (action) => {
      action.config = { ...action.config, timeoutSeconds: 30 };
    });
    const query = await api.call('POST', '/api/v2/audits/query/realtime?expand=user', {
      interval: interval(),
      serviceName: 'Integrations',
      filters: [{ property: 'EntityId', value: id }],
      sort: [{ name: 'Timestamp', sortOrder: 'descending' }],
    });
    expect(query.status).toBe(200);
    expect(query.body.total).toBe(2);
    const [edit, create] = query.body.entities;
    expect(edit).toMatchObject({
      user: { id: DEFAULT_UI_USER.id, name: 'Jane Doe' },
      action: 'Update',
      entityType: 'Action',
      entity: { id, name: 'Lookup Order' },
      eventDate: '2026-11-24T12:01:00.000Z',
      propertyChanges: [{ property: 'config.timeoutSeconds', oldValues: ['10'], newValues: ['30'] }],
    });
    expect(create).toMatchObject({ client: { id: sandbox.clientId }, action: 'Create', entityType: 'Action', entity: { id } });
    expect(create.user).toBeUndefined();
  });

  it('names the user only with expand=user, or not at all when the org does not say (the users lookup names them)', async () => {
    await publishedAction();
    sandbox.ui.editAction('Lookup Order', (action) => {
      action.category = 'Edited';
    });
    const body = { interval: interval(), serviceName: 'Integrations', filters: [{ property: 'UserId', value: DEFAULT_UI_USER.id }] };
    const plain = await api.call('POST', '/api/v2/audits/query/realtime', body);
    expect(plain.body.entities[0].user).toEqual({ id: DEFAULT_UI_USER.id, selfUri: `/api/v2/users/${DEFAULT_UI_USER.id}` });
    for (const ids of [`id=${DEFAULT_UI_USER.id}&id=unknown`, `id=${DEFAULT_UI_USER.id},unknown`]) {
      const users = await api.call('GET', `/api/v2/users?${ids}`);
      expect(users.body.entities).toEqual([expect.objectContaining({ id: DEFAULT_UI_USER.id, name: 'Jane Doe' })]);
    }
  });

  it('keeps 14 days, filters by the SDK properties, and pages', async () => {
    const id = await publishedAction();
    for (let edit = 1; edit <= 5; edit++) {
      clock += DAY_MS;
      sandbox.ui.editAction('Lookup Order', (action) => {
        action.config = { ...action.config, timeoutSeconds: 10 + edit };
      });
    }
    clock += 12 * DAY_MS; // the create and the first two edits are now older than 14 days
    api = await login(sandbox); // the token of 17 days ago has expired
    const page = (pageNumber: number) =>
      api.call('POST', '/api/v2/audits/query/realtime', {
        interval: interval(30),
        serviceName: 'Integrations',
        filters: [
          { property: 'EntityId', value: id },
          { property: 'Action', value: 'Update' },
        ],
        sort: [{ name: 'Timestamp', sortOrder: 'ascending' }],
        pageSize: 2,
        pageNumber,
      });
    const first = await page(1);
    expect(first.body).toMatchObject({ total: 3, pageCount: 2, pageNumber: 1, pageSize: 2 });
    expect(
      first.body.entities.map((message: { propertyChanges: { newValues: string[] }[] }) => message.propertyChanges[0]?.newValues),
    ).toEqual([['13'], ['14']]);
    expect((await page(2)).body.entities).toHaveLength(1);
  });

  it.each([
    [{ serviceName: 'Integrations' }, /must have required property 'interval'/],
    [{ interval: 'yesterday' }, /Invalid interval/],
    [{ interval: interval(), serviceName: 'DataActions' }, /Invalid serviceName 'DataActions'/],
    [{ interval: interval(), filters: [{ property: 'Entity', value: 'x' }] }, /Invalid filter property 'Entity'/],
    [{ interval: interval(), pageSize: 501 }, /Invalid pageSize 501/],
    [{ interval: interval(), expand: ['user'] }, /must NOT have additional properties \(expand\)/],
  ])('rejects %j with 400', async (body, message) => {
    const response = await api.call('POST', '/api/v2/audits/query/realtime', body);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(message);
  });

  it('answers 403 missing.permissions without audits:audit:view', async () => {
    sandbox.state.deniedPermissions.add('audits:audit:view');
    const mapping = await api.call('GET', '/api/v2/audits/query/realtime/servicemapping');
    const query = await api.call('POST', '/api/v2/audits/query/realtime', { interval: interval() });
    for (const response of [mapping, query]) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('missing.permissions');
    }
  });

  it('disables an integration "in the UI", audited as the person', async () => {
    const { integrationId } = await createLambdaIntegration(api, { enable: true, roleArn: 'arn:aws:iam::123456789012:role/r' });
    sandbox.ui.disableIntegration('Orders Lambda');
    expect((await api.call('GET', `/api/v2/integrations/${integrationId}`)).body).toMatchObject({
      intendedState: 'DISABLED',
      reportedState: { code: 'INACTIVE' },
    });
    expect(sandbox.state.audits.at(-1)).toMatchObject({
      user: { id: DEFAULT_UI_USER.id },
      entityType: 'Integration',
      action: 'Disable',
      entity: { id: integrationId },
    });
  });

  it('does not audit runs of an action', async () => {
    const id = await publishedAction();
    const before = sandbox.state.audits.length;
    await api.call('POST', `/api/v2/integrations/actions/${id}/test`, { orderId: '1' });
    expect(sandbox.state.audits).toHaveLength(before);
  });
});

describe('the official SDK against the audit endpoints', () => {
  it('reads the service mapping and queries the realtime audits with expand=user', async () => {
    const id = await publishedAction();
    sandbox.ui.editAction('Lookup Order', (action) => {
      action.config = { ...action.config, timeoutSeconds: 42 };
    });
    const client = platformClient.ApiClient.instance;
    client.setGateway({ host: sandbox.host, port: sandbox.port, protocol: sandbox.protocol });
    client.setAccessToken(api.token);
    const audits = new platformClient.AuditApi();
    const mapping = await audits.getAuditsQueryRealtimeServicemapping();
    expect(mapping.services?.find((service) => service.name === 'Integrations')?.entities?.map((entity) => entity.name)).toContain(
      'Action',
    );
    const results = await audits.postAuditsQueryRealtime(
      {
        interval: interval(),
        serviceName: 'Integrations',
        filters: [{ property: 'EntityId', value: id }],
        sort: [{ name: 'Timestamp', sortOrder: 'descending' }],
        pageSize: 25,
        pageNumber: 1,
      },
      { expand: ['user'] },
    );
    expect(results.entities?.[0]).toMatchObject({ user: { name: 'Jane Doe' }, action: 'Update', entity: { id } });
    const users = await new platformClient.UsersApi().getUsers({ id: [DEFAULT_UI_USER.id] });
    expect(users.entities?.map((user) => user.name)).toEqual(['Jane Doe']);
  });
});
