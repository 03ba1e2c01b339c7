/**
 * Two small decisions of drift mode: the read-only guard (every write of
 * both providers throws before it is sent; reads and runs pass through), and
 * what happens to the issue (create, update, reopen, close, nothing).
 */
import { describe, expect, it } from 'vitest';
import { carriedFirstSeen, decideDriftIssue } from '../../src/commands/drift-issue-policy.js';
import type { Providers } from '../../src/commands/providers.js';
import { ReadOnlyViolationError, readOnlyProviders } from '../../src/commands/read-only-providers.js';
import { firstSeenStateLine } from '../../src/drift/first-seen.js';
import type { FunctionProvider } from '../../src/providers/aws-lambda/function-provider.js';
import type { RoleProvider } from '../../src/providers/aws-iam/role-provider.js';
import type { GenesysProvider } from '../../src/providers/genesys/genesys-provider.js';

/** Providers whose every method records its name and answers nothing. */
function recordingProviders(calls: string[]): Providers {
  const recorder = <T extends object>(): T =>
    new Proxy({} as T, {
      get: (_target, name) => async () => {
        calls.push(String(name));
        return undefined;
      },
    });
  return { roles: recorder<RoleProvider>(), genesys: recorder<GenesysProvider>(), functions: recorder<FunctionProvider>() };
}

const GENESYS_READS = [
  'organizationId',
  'credentialKey',
  'listIntegrations',
  'listCredentials',
  'listDataActions',
  'listDrafts',
  'dependencyTrackingBuild',
  'actionConsumers',
  'lookupFlows',
  'testAction',
  'executeAction',
];
const GENESYS_WRITES = [
  'renameAction',
  'createCredential',
  'updateCredential',
  'deleteCredential',
  'createIntegration',
  'setIntegrationConfig',
  'setIntegrationEnabled',
  'waitForIntegrationState',
  'deleteIntegration',
  'createAction',
  'updateAction',
  'deleteAction',
  'createDraft',
  'draftFromAction',
  'updateDraft',
  'validateDraft',
  'testDraft',
  'publishDraft',
  'deleteDraft',
];

describe('readOnlyProviders', () => {
  it.each(GENESYS_WRITES)('refuses Genesys %s before anything is sent', async (method) => {
    const calls: string[] = [];
    const genesys = readOnlyProviders(recordingProviders(calls)).genesys as unknown as Record<string, () => Promise<unknown>>;
    await expect(async () => genesys[method]!()).rejects.toThrow(ReadOnlyViolationError);
    await expect(async () => genesys[method]!()).rejects.toThrow(`it tried to call Genesys Cloud ${method}; nothing was sent`);
    expect(calls).toEqual([]);
  });

  it.each(['applyRole', 'deleteRole', 'waitUntilRoleUsable'])('refuses AWS IAM %s before anything is sent', async (method) => {
    const calls: string[] = [];
    const roles = readOnlyProviders(recordingProviders(calls)).roles as unknown as Record<string, () => Promise<unknown>>;
    await expect(async () => roles[method]!()).rejects.toThrow(`it tried to call AWS IAM ${method}`);
    expect(calls).toEqual([]);
  });

  it('passes every read and every run through', async () => {
    const calls: string[] = [];
    const guarded = readOnlyProviders(recordingProviders(calls));
    const genesys = guarded.genesys as unknown as Record<string, () => Promise<unknown>>;
    for (const method of GENESYS_READS) await genesys[method]!();
    await guarded.roles.callerAccountId();
    await guarded.roles.readRole('r');
    await guarded.roles.listManagedRoleNames('prod');
    expect(calls).toEqual([...GENESYS_READS, 'callerAccountId', 'readRole', 'listManagedRoleNames']);
  });

  it('classifies every method of both interfaces', () => {
    const guarded = readOnlyProviders(recordingProviders([]));
    expect(Object.keys(guarded.genesys).sort()).toEqual([...GENESYS_READS, ...GENESYS_WRITES].sort());
    expect(Object.keys(guarded.roles).sort()).toEqual([
      'applyRole',
      'callerAccountId',
      'deleteRole',
      'listManagedRoleNames',
      'readExternalRole',
      'readManagedPolicy',
      'readRole',
      'waitUntilRoleUsable',
    ]);
  });
});

describe('decideDriftIssue', () => {
  const open = { state: 'open' as const, body: '' };
  const closed = { state: 'closed' as const, body: '' };
  it.each([
    ['no issue, drift', undefined, false, 'create'],
    ['no issue, clean', undefined, true, 'none'],
    ['open issue, drift', open, false, 'update'],
    ['open issue, clean', open, true, 'close'],
    ['closed issue, drift', closed, false, 'reopen'],
    ['closed issue, clean', closed, true, 'none'],
  ] as const)('%s → %s', (_name, existing, clean, kind) => {
    expect(decideDriftIssue(existing, clean).kind).toBe(kind);
  });

  it('carries first-seen times only from an open issue', () => {
    const body = `x\n${firstSeenStateLine([{ key: 'resource role/r', firstSeen: '2026-11-01T00:00:00Z' }], 1000)}`;
    expect(carriedFirstSeen({ state: 'open', body }).size).toBe(1);
    expect(carriedFirstSeen({ state: 'closed', body }).size).toBe(0);
    expect(carriedFirstSeen(undefined).size).toBe(0);
  });
});
