/**
 * The sandbox's Architect endpoints over HTTP: dependency-tracking build
 * status, consuming resources (published vs checked in, DATAACTION vs
 * SECUREACTION, paging) and flow lookup, every answer checked against the
 * SDK model it claims to be; and the test controls (declare, republish,
 * build status, missing permissions).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { assertSdkModel } from '../../sandbox/genesys/sdk-model-validator.js';
import { createLambdaIntegration, lambdaActionBody, login, type ApiCaller } from './sandbox-http.js';

let sandbox: GenesysSandbox;
let api: ApiCaller;
let plainId: string;
let secureId: string;

beforeEach(async () => {
  sandbox = await startGenesysSandbox();
  api = await login(sandbox);
  const { integrationId } = await createLambdaIntegration(api);
  plainId = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId))).body.id;
  secureId = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId, { name: 'Verify', secure: true })))
    .body.id;
});
afterEach(async () => {
  await sandbox.stop();
});

const consuming = (id: string, objectType: string, extra = '') =>
  api.call('GET', `/api/v2/architect/dependencytracking/consumingresources?id=${id}&objectType=${objectType}${extra}`);

describe('GET /api/v2/architect/dependencytracking/build', () => {
  it('answers a DependencyStatus, OPERATIONAL unless a test sets another status', async () => {
    const first = await api.call('GET', '/api/v2/architect/dependencytracking/build');
    expect(first.status).toBe(200);
    expect(() => assertSdkModel('DependencyStatus', first.body)).not.toThrow();
    expect(first.body.status).toBe('OPERATIONAL');
    sandbox.architect.setBuildStatus('BUILDINPROGRESS');
    expect((await api.call('GET', '/api/v2/architect/dependencytracking/build')).body.status).toBe('BUILDINPROGRESS');
  });
});

describe('GET /api/v2/architect/dependencytracking/consumingresources', () => {
  it('lists the flows whose published version uses the action, as Dependency entries of the listing model', async () => {
    const ivr = sandbox.architect.publishFlow({ name: 'Main IVR', type: 'INBOUNDCALL', version: '3.0', uses: [plainId] });
    sandbox.architect.publishFlow({ name: 'Unrelated', uses: [] });
    const answer = await consuming(plainId, 'DATAACTION', '&flowFilter=published');
    expect(answer.status).toBe(200);
    expect(() => assertSdkModel('ConsumingResourcesEntityListing', answer.body)).not.toThrow();
    expect(answer.body.entities).toEqual([
      {
        id: ivr.id,
        name: 'Main IVR',
        version: '3.0',
        type: 'INBOUNDCALLFLOW',
        deleted: false,
        updated: false,
        stateUnknown: false,
        selfUri: `/api/v2/flows/${ivr.id}`,
      },
    ]);
  });

  it('files secure actions under SECUREACTION only', async () => {
    sandbox.architect.publishFlow({ name: 'Identity Bot', type: 'DIGITALBOT', uses: [secureId] });
    expect((await consuming(secureId, 'DATAACTION')).body.entities).toEqual([]);
    expect((await consuming(secureId, 'SECUREACTION')).body.entities.map((entity: { type: string }) => entity.type)).toEqual([
      'DIGITALBOTFLOW',
    ]);
  });

  it('tells published from checked-in versions with flowFilter, and a republish moves the consumer', async () => {
    const flow = sandbox.architect.publishFlow({ name: 'Main IVR', uses: [plainId] });
    sandbox.architect.checkInFlow(flow.id, [secureId]);
    expect((await consuming(secureId, 'SECUREACTION', '&flowFilter=published')).body.entities).toEqual([]);
    expect((await consuming(secureId, 'SECUREACTION', '&flowFilter=checkedIn')).body.entities).toHaveLength(1);
    sandbox.architect.republishFlow(flow.id, [secureId]);
    expect((await consuming(plainId, 'DATAACTION', '&flowFilter=published')).body.entities).toEqual([]);
    expect((await consuming(secureId, 'SECUREACTION', '&flowFilter=published')).body.entities).toEqual([
      expect.objectContaining({ id: flow.id, version: '3.0' }),
    ]);
  });

  it('pages: 130 consumers in pages of 100, with pageCount and nextUri', async () => {
    for (let index = 0; index < 130; index++) {
      sandbox.architect.publishFlow({ name: `Flow ${String(index).padStart(3, '0')}`, uses: [plainId] });
    }
    const first = await consuming(plainId, 'DATAACTION', '&flowFilter=published&pageSize=100');
    expect(first.body).toMatchObject({ pageSize: 100, pageNumber: 1, total: 130, pageCount: 2 });
    expect(first.body.entities).toHaveLength(100);
    expect(first.body.nextUri).toMatch(/pageNumber=2/);
    const second = await api.call('GET', first.body.nextUri);
    expect(second.body.entities).toHaveLength(30);
    expect((await consuming(plainId, 'DATAACTION')).body.pageSize).toBe(25);
  });

  it.each([
    ['no resourceType', '', ['Bot', 'Main IVR']],
    ['one resourceType', '&resourceType=INBOUNDCALLFLOW', ['Main IVR']],
    ['the other resourceType', '&resourceType=BOTFLOW', ['Bot']],
    ['repeated resourceType keys', '&resourceType=INBOUNDCALLFLOW&resourceType=BOTFLOW', ['Bot', 'Main IVR']],
    ['comma-joined resourceType (what the JS SDK sends for an array)', '&resourceType=INBOUNDCALLFLOW,BOTFLOW', ['Bot', 'Main IVR']],
    ['a resourceType no consumer has', '&resourceType=WORKFLOW', []],
  ])('filters by %s', async (_case, extra, names) => {
    sandbox.architect.publishFlow({ name: 'Main IVR', type: 'INBOUNDCALL', uses: [plainId] });
    sandbox.architect.publishFlow({ name: 'Bot', type: 'BOT', uses: [plainId] });
    const answer = await consuming(plainId, 'DATAACTION', `&flowFilter=published${extra}`);
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(names.length);
    expect(answer.body.entities.map((entity: { name: string }) => entity.name)).toEqual(names);
  });

  it.each([
    ['', 'id'],
    [`?id=x`, 'objectType'],
  ])('400 without a required parameter (%s)', async (query, missing) => {
    const answer = await api.call('GET', `/api/v2/architect/dependencytracking/consumingresources${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe(`Missing the required parameter ${missing}`);
  });

  it('400 on a flowFilter that is neither checkedIn nor published', async () => {
    const answer = await consuming(plainId, 'DATAACTION', '&flowFilter=draft');
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('invalid.value');
  });
});

describe('GET /api/v2/flows/lookup', () => {
  it('answers the flows with these ids (repeated id parameters), unknown ones left out, as a FlowEntityListing', async () => {
    const ivr = sandbox.architect.publishFlow({ id: 'flow-a', name: 'Main IVR', version: '4.0', uses: [plainId] });
    const bot = sandbox.architect.publishFlow({ id: 'flow-b', name: 'Bot', type: 'BOT', uses: [] });
    const answer = await api.call('GET', `/api/v2/flows/lookup?id=${ivr.id}&id=${bot.id}&id=nope`);
    expect(answer.status).toBe(200);
    expect(() => assertSdkModel('FlowEntityListing', answer.body)).not.toThrow();
    expect(
      answer.body.entities.map((flow: { id: string; type: string; publishedVersion: { id: string } }) => [
        flow.id,
        flow.type,
        flow.publishedVersion.id,
      ]),
    ).toEqual([
      ['flow-a', 'INBOUNDCALL', '4.0'],
      ['flow-b', 'BOT', '1.0'],
    ]);
    expect((await api.call('GET', '/api/v2/flows/lookup')).status).toBe(400);
  });

  it.each([
    ['repeated', 'id=flow-a&id=flow-b'],
    ['comma-joined (what the JS SDK sends for an array)', 'id=flow-a,flow-b'],
  ])('takes the ids %s', async (_how, ids) => {
    sandbox.architect.publishFlow({ id: 'flow-a', name: 'Main IVR', uses: [] });
    sandbox.architect.publishFlow({ id: 'flow-b', name: 'Bot', type: 'BOT', uses: [] });
    sandbox.architect.publishFlow({ id: 'flow-c', name: 'Other', uses: [] });
    const answer = await api.call('GET', `/api/v2/flows/lookup?${ids}`);
    expect(answer.body.entities.map((flow: { id: string }) => flow.id)).toEqual(['flow-a', 'flow-b']);
  });
});

describe('missing Architect permissions', () => {
  it('answer 403 missing.permissions naming the permission, on exactly the endpoints that need it', async () => {
    sandbox.architect.denyPermission('architect:dependencyTracking:view');
    for (const path of [
      '/api/v2/architect/dependencytracking/build',
      `/api/v2/architect/dependencytracking/consumingresources?id=${plainId}&objectType=DATAACTION`,
    ]) {
      const answer = await api.call('GET', path);
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({
        code: 'missing.permissions',
        message: expect.stringContaining('architect:dependencyTracking:view'),
      });
    }
    expect((await api.call('GET', '/api/v2/flows/lookup?id=x')).status).toBe(200);
    sandbox.architect.denyPermission('architect:flow:view');
    expect((await api.call('GET', '/api/v2/flows/lookup?id=x')).status).toBe(403);
    sandbox.architect.allowPermission('architect:dependencyTracking:view');
    expect((await api.call('GET', '/api/v2/architect/dependencytracking/build')).status).toBe(200);
  });
});
