/**
 * "Who changed it": the pure choice of the latest change (entity types from
 * the service mapping, reads ignored), and the command against the Genesys
 * sandbox's real audit endpoints through the real HTTP client, including
 * the fallbacks (users lookup when the expansion names nobody; "not
 * available" on 403 and for resources without an id).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_UI_USER, startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { attributeChanges, MAX_ATTRIBUTED_RESOURCES } from '../../src/commands/drift-attribution.js';
import { attributionOf, entityTypesFor, latestChange, type AuditRecord, type AuditServiceMap } from '../../src/drift/change-attribution.js';
import { createGenesysClients } from '../../src/providers/genesys/genesys-cloud-provider.js';
import type { GenesysAuditReader } from '../../src/providers/genesys/genesys-audit-reader.js';
import { createLambdaIntegration, lambdaActionBody, login } from '../sandbox/sandbox-http.js';

const MAPPING: AuditServiceMap = {
  services: [
    { name: 'Architect', entityTypes: ['Flow', 'FlowAction'] },
    { name: 'Integrations', entityTypes: ['Action', 'ActionDraft', 'Integration', 'Credential'] },
  ],
};

const record = (overrides: Partial<AuditRecord>): AuditRecord => ({
  id: 'a',
  eventDate: '2026-11-24T10:00:00Z',
  action: 'Update',
  entityType: 'Action',
  entityId: 'x',
  ...overrides,
});

describe('the latest change', () => {
  it.each([
    ['action', ['Action', 'ActionDraft']],
    ['integration', ['Integration']],
    ['credential', ['Credential']],
    ['role', []],
  ] as const)('a %s is logged under the mapping entity types %j', (kind, types) => {
    expect(entityTypesFor(kind, MAPPING)).toEqual(types);
  });

  it('picks the newest change of a mapped type, ignoring reads and other types', () => {
    const records = [
      record({ id: 'old', eventDate: '2026-11-20T10:00:00Z' }),
      record({ id: 'newest-change', eventDate: '2026-11-23T10:00:00Z', entityType: 'ActionDraft' }),
      record({ id: 'a-read', eventDate: '2026-11-24T09:00:00Z', action: 'View' }),
      record({ id: 'a-flow', eventDate: '2026-11-24T09:30:00Z', entityType: 'Flow' }),
      record({ id: 'no-date', eventDate: 'not a date' }),
    ];
    expect(latestChange(records, ['Action', 'ActionDraft'])?.id).toBe('newest-change');
  });

  it.each([
    [record({ user: { id: 'u1', name: 'Jane Doe' } }), new Map(), 'Jane Doe'],
    [record({ user: { id: 'u1' } }), new Map([['u1', 'Looked Up']]), 'Looked Up'],
    [record({ user: { id: 'u1' } }), new Map(), 'user u1'],
    [record({ clientId: 'c9' }), new Map(), 'OAuth client c9'],
  ])('names who made it', (latest, names, by) => {
    expect(attributionOf(latest, names, 14)).toMatchObject({ status: 'found', by, at: '2026-11-24T10:00:00Z', action: 'Update' });
  });
});

describe('attributeChanges against the sandbox', () => {
  let sandbox: GenesysSandbox;
  let audits: GenesysAuditReader;
  let actionId: string;
  const log: string[] = [];
  const options = () => ({ now: Date.now(), log: (line: string) => log.push(line) });

  async function start(sandboxOptions: Parameters<typeof startGenesysSandbox>[0] = {}): Promise<void> {
    sandbox = await startGenesysSandbox(sandboxOptions);
    const api = await login(sandbox);
    const { integrationId } = await createLambdaIntegration(api);
    actionId = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId))).body.id as string;
    audits = createGenesysClients({ env: sandbox.env, sleep: async () => undefined }).audits;
  }

  beforeEach(() => {
    log.length = 0;
  });
  afterEach(async () => {
    await sandbox.stop();
  });

  it('names the person who edited the action in the UI, and the OAuth client for API changes', async () => {
    await start();
    const target = { address: 'action/Orders/Lookup Order', kind: 'action' as const, liveId: actionId };
    expect((await attributeChanges([target], audits, options())).get(target.address)).toMatchObject({
      status: 'found',
      by: `OAuth client ${sandbox.clientId}`,
      action: 'Create',
    });
    sandbox.ui.editAction('Lookup Order', (action) => {
      action.category = 'Edited';
    });
    expect((await attributeChanges([target], audits, options())).get(target.address)).toMatchObject({
      status: 'found',
      by: DEFAULT_UI_USER.name,
      actor: 'user',
      action: 'Update',
    });
  });

  it('looks the name up when the expansion leaves it out, and falls back to the id when that is refused too', async () => {
    await start({ auditUserNames: false });
    sandbox.ui.editAction('Lookup Order', (action) => {
      action.category = 'Edited';
    });
    const target = { address: 'action/Orders/Lookup Order', kind: 'action' as const, liveId: actionId };
    expect((await attributeChanges([target], audits, options())).get(target.address)).toMatchObject({ by: DEFAULT_UI_USER.name });
    sandbox.state.deniedPermissions.add('directory:user:view');
    expect((await attributeChanges([target], audits, options())).get(target.address)).toMatchObject({ by: `user ${DEFAULT_UI_USER.id}` });
    expect(log).toEqual([expect.stringMatching(/^Could not look up the names of users/)]);
  });

  it('is "not available" without audits:audit:view, for resources without an id, and past the lookup limit; roles get none', async () => {
    await start();
    const targets = [
      { address: 'role/r', kind: 'role' as const, liveId: 'arn:aws:iam::1:role/r' },
      { address: 'action/Orders/Gone', kind: 'action' as const },
      ...Array.from({ length: MAX_ATTRIBUTED_RESOURCES }, (_, index) => ({
        address: `action/Orders/A${index}`,
        kind: 'action' as const,
        liveId: actionId,
      })),
    ];
    const attributions = await attributeChanges(targets, audits, options());
    expect(attributions.has('role/r')).toBe(false);
    expect(attributions.get('action/Orders/Gone')).toEqual({ status: 'unavailable', reason: expect.stringMatching(/does not exist/) });
    expect(attributions.get('action/Orders/A0')).toMatchObject({ status: 'found' });
    expect(attributions.get(`action/Orders/A${MAX_ATTRIBUTED_RESOURCES - 1}`)).toEqual({
      status: 'unavailable',
      reason: `not looked up: only the first ${MAX_ATTRIBUTED_RESOURCES} drifted resources are`,
    });

    sandbox.state.deniedPermissions.add('audits:audit:view');
    const denied = await attributeChanges(targets.slice(2, 3), audits, options());
    expect(denied.get('action/Orders/A0')).toEqual({
      status: 'unavailable',
      reason: 'the OAuth client may not read the audit trail (grant audits:audit:view to see who changed it)',
    });
  });

  it('says "none" when the trail holds no change of the resource in the window', async () => {
    await start();
    const target = { address: 'action/Orders/Lookup Order', kind: 'action' as const, liveId: actionId };
    const later = Date.now() + 15 * 24 * 60 * 60 * 1000;
    expect((await attributeChanges([target], audits, { now: later, log: () => undefined })).get(target.address)).toEqual({
      status: 'none',
      reason: 'no change recorded in the last 14 days',
    });
  });
});
