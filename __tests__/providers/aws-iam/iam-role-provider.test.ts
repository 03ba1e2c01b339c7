/**
 * The IAM role provider against moto_server (the real IAM wire protocol),
 * reached through AWS_ENDPOINT_URL as set by the global setup.
 */
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  TagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  CreateRoleCommand,
  CreateInstanceProfileCommand,
  AddRoleToInstanceProfileCommand,
  GetInstanceProfileCommand,
} from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { canonicalizePolicy, type PolicyDocument } from '../../../src/iam/policy-document.js';
import { createRoleProvider } from '../../../src/providers/aws-iam/iam-role-provider.js';
import { RoleOperationError } from '../../../src/providers/aws-iam/role-operation-error.js';
import {
  genesysTrustPolicy,
  invokePolicy,
  managedTags,
  recordCommands,
  roleSpec,
  writeCommands,
  ORG_ID,
  GENESYS_ACCOUNT_ID,
} from './role-fixtures.js';

const ORDERS_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:orders-lookup';
const RETURNS_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:returns-lookup';

function newClient(): IAMClient {
  return new IAMClient({});
}

describe('callerAccountId', () => {
  /** The STS commands a client sends. */
  function stsCalls(): { sts: STSClient; calls: string[] } {
    const sts = new STSClient({});
    const calls: string[] = [];
    sts.middlewareStack.add(
      (next, context) => async (args) => {
        calls.push(context.commandName ?? 'unknown');
        return await next(args);
      },
      { step: 'initialize', name: 'recordStsForTest' },
    );
    return { sts, calls };
  }

  it('reads the account from STS GetCallerIdentity', async () => {
    const provider = createRoleProvider();
    expect(await provider.callerAccountId()).toBe('123456789012');
  });

  it('takes the account asked while the manifests loaded, and asks STS nothing', async () => {
    const { sts, calls } = stsCalls();
    const provider = createRoleProvider({ sts, earlyCallerAccountId: Promise.resolve('210987654321') });
    expect(await provider.callerAccountId()).toBe('210987654321');
    expect(await provider.callerAccountId()).toBe('210987654321');
    expect(calls).toEqual([]);
  });

  it('asks STS itself, once, when the early attempt gave nothing', async () => {
    const { sts, calls } = stsCalls();
    const provider = createRoleProvider({ sts, earlyCallerAccountId: Promise.resolve(undefined) });
    expect(await provider.callerAccountId()).toBe('123456789012');
    expect(await provider.callerAccountId()).toBe('123456789012');
    expect(calls).toEqual(['GetCallerIdentityCommand']);
  });
});

describe('readRole', () => {
  it('returns undefined for a role that does not exist', async () => {
    expect(await createRoleProvider().readRole('no-such-role')).toBeUndefined();
    expect(await createRoleProvider().readRole('no-such-role', { justWritten: true })).toBeUndefined();
  });

  /** When each IAM call starts and ends, in order. */
  function timeline(client: IAMClient): string[] {
    const events: string[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const name = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        events.push(`start ${name}`);
        try {
          return await next(args);
        } finally {
          events.push(`end ${name}`);
        }
      },
      { step: 'initialize', name: 'timelineForTest' },
    );
    return events;
  }

  it('lists the policies of a role it has just written beside GetRole, and only after it otherwise', async () => {
    await newClient().send(
      new CreateRoleCommand({ RoleName: 'side-by-side', AssumeRolePolicyDocument: JSON.stringify(genesysTrustPolicy()) }),
    );
    const after = newClient();
    const afterEvents = timeline(after);
    await createRoleProvider({ iam: after }).readRole('side-by-side');
    expect(afterEvents.indexOf('end GetRole')).toBeLessThan(afterEvents.indexOf('start ListRolePolicies'));

    const beside = newClient();
    const besideEvents = timeline(beside);
    await createRoleProvider({ iam: beside }).readRole('side-by-side', { justWritten: true });
    expect(besideEvents.indexOf('start ListRolePolicies')).toBeLessThan(besideEvents.indexOf('end GetRole'));
    expect(besideEvents.indexOf('start ListAttachedRolePolicies')).toBeLessThan(besideEvents.indexOf('end GetRole'));
  });

  it('reads every part of a role written directly with the SDK, decoded and canonical', async () => {
    const iam = newClient();
    // Written in a different shape from the canonical one: single values, reordered statements, odd key order.
    const trustText = JSON.stringify({
      Statement: {
        Condition: { StringEquals: { 'sts:ExternalId': ORG_ID } },
        Action: 'sts:AssumeRole',
        Principal: { AWS: `arn:aws:iam::${GENESYS_ACCOUNT_ID}:root` },
        Effect: 'Allow',
      },
      Version: '2012-10-17',
    });
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'read-me',
        Path: '/genesys/',
        AssumeRolePolicyDocument: trustText,
        Description: 'Read me & decode me: 100% "quoted"',
        MaxSessionDuration: 7200,
        Tags: [
          { Key: 'team', Value: 'cx' },
          { Key: 'cost center', Value: 'a/b+c=d' },
        ],
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'read-me',
        PolicyName: 'invoke',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [RETURNS_ARN, ORDERS_ARN, ORDERS_ARN] },
            { Effect: 'Deny', Action: 'lambda:InvokeAsync', Resource: '*' },
          ],
        }),
      }),
    );
    const policy = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'extra', PolicyDocument: JSON.stringify(invokePolicy(ORDERS_ARN)) }),
    );
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'read-me', PolicyArn: policy.Policy?.Arn }));

    // The raw document really is URL-encoded on the wire, so decoding is being exercised.
    const raw = await iam.send(new GetRoleCommand({ RoleName: 'read-me' }));
    expect(raw.Role?.AssumeRolePolicyDocument).toMatch(/^%7B/);

    const role = await createRoleProvider().readRole('read-me');
    // Read just after a write, side by side: the same role.
    expect(await createRoleProvider().readRole('read-me', { justWritten: true })).toEqual(role);

    expect(role).toEqual({
      name: 'read-me',
      arn: 'arn:aws:iam::123456789012:role/genesys/read-me',
      path: '/genesys/',
      description: 'Read me & decode me: 100% "quoted"',
      maxSessionDurationSeconds: 7200,
      trustPolicy: canonicalizePolicy(genesysTrustPolicy()),
      inlinePolicies: {
        invoke: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [ORDERS_ARN, RETURNS_ARN] },
            { Effect: 'Deny', Action: ['lambda:InvokeAsync'], Resource: ['*'] },
          ],
        },
      },
      attachedPolicyArns: [policy.Policy?.Arn],
      tags: { team: 'cx', 'cost center': 'a/b+c=d' },
    });
  });

  it('takes the tags from GetRole, and follows Marker paging for attached policies (inline policy paging: see the mocked tests)', async () => {
    const iam = newClient();
    await iam.send(new CreateRoleCommand({ RoleName: 'many', AssumeRolePolicyDocument: JSON.stringify(genesysTrustPolicy()) }));
    const tags = Array.from({ length: 45 }, (_, index) => ({ Key: `k${index}`, Value: `v${index}` }));
    await iam.send(new TagRoleCommand({ RoleName: 'many', Tags: tags }));
    const policyArns: string[] = [];
    for (let index = 0; index < 7; index++) {
      const policy = await iam.send(
        new CreatePolicyCommand({ PolicyName: `attached-${index}`, PolicyDocument: JSON.stringify(invokePolicy(ORDERS_ARN)) }),
      );
      policyArns.push(policy.Policy?.Arn ?? '');
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'many', PolicyArn: policy.Policy?.Arn }));
    }
    // Force small pages: the SDK paginators send MaxItems, which moto honours with IsTruncated + Marker.
    const client = newClient();
    client.middlewareStack.add(
      (next) => async (args) => {
        (args.input as { MaxItems?: number }).MaxItems = 5;
        return await next(args);
      },
      { step: 'initialize', name: 'smallPagesForTest' },
    );
    const commands = recordCommands(client);

    const role = await createRoleProvider({ iam: client }).readRole('many');

    expect(role?.tags).toEqual(Object.fromEntries(tags.map((tag) => [tag.Key, tag.Value])));
    expect(role?.attachedPolicyArns).toEqual([...policyArns].sort());
    expect(commands.filter((name) => name === 'ListRoleTags')).toHaveLength(0);
    expect(commands.filter((name) => name === 'ListAttachedRolePolicies')).toHaveLength(2);
  });
});

describe('applyRole', () => {
  it('creates a role with its tags and inline policy, and reads it back equal to the spec', async () => {
    const provider = createRoleProvider();
    const spec = roleSpec('create-me', { path: '/genesys/', maxSessionDurationSeconds: 7200 });

    const result = await provider.applyRole(spec);

    expect(result).toEqual({ arn: 'arn:aws:iam::123456789012:role/genesys/create-me', created: true });
    const role = await provider.readRole('create-me');
    expect(role).toMatchObject({
      path: '/genesys/',
      description: spec.description,
      maxSessionDurationSeconds: 7200,
      trustPolicy: canonicalizePolicy(spec.trustPolicy),
      inlinePolicies: { 'invoke-functions': canonicalizePolicy(spec.inlinePolicies['invoke-functions'] as PolicyDocument) },
      tags: spec.tags,
    });
  });

  it('makes no write call when applied a second time, even when the spec is written in another but equivalent shape', async () => {
    const provider = createRoleProvider();
    await provider.applyRole(roleSpec('twice'));
    const iam = newClient();
    const commands = recordCommands(iam);
    const equivalent = roleSpec('twice', {
      trustPolicy: {
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Action: ['sts:AssumeRole'],
          Principal: { AWS: [`arn:aws:iam::${GENESYS_ACCOUNT_ID}:root`] },
          Condition: { StringEquals: { 'sts:ExternalId': [ORG_ID] } },
        },
      },
    });

    const result = await createRoleProvider({ iam }).applyRole(equivalent);

    expect(result.created).toBe(false);
    expect(commands).toContain('GetRole');
    // Read first: an existing role is never sent a CreateRole (no 409 in CloudTrail, no need for iam:CreateRole).
    expect(writeCommands(commands)).toEqual([]);
  });

  it('a role left by an interrupted apply is read and updated, never sent CreateRole again', async () => {
    const iam = newClient();
    // The interrupted run: CreateRole went through, nothing after it did.
    await iam.send(
      new CreateRoleCommand({ RoleName: 'interrupted', AssumeRolePolicyDocument: JSON.stringify(genesysTrustPolicy('old-org')) }),
    );
    const commands = recordCommands(iam);
    const spec = roleSpec('interrupted');

    const result = await createRoleProvider({ iam }).applyRole(spec);

    expect(result).toEqual({ arn: 'arn:aws:iam::123456789012:role/interrupted', created: false });
    expect(writeCommands(commands)).toEqual(['UpdateAssumeRolePolicy', 'UpdateRole', 'PutRolePolicy', 'TagRole']);
    const role = await createRoleProvider().readRole('interrupted');
    expect(role?.trustPolicy).toEqual(canonicalizePolicy(spec.trustPolicy));
    expect(role?.description).toBe(spec.description);
    expect(role?.tags).toEqual(spec.tags);
    expect(Object.keys(role?.inlinePolicies ?? {})).toEqual(['invoke-functions']);
  });

  it('changes only what differs: trust policy, settings, inline policies (put and delete), tags (set and remove)', async () => {
    const provider = createRoleProvider();
    await provider.applyRole(
      roleSpec('drifted', {
        inlinePolicies: { 'invoke-functions': invokePolicy(ORDERS_ARN), 'stale-policy': invokePolicy(RETURNS_ARN) },
        tags: { ...managedTags('dev'), team: 'old', obsolete: 'yes' },
      }),
    );
    const iam = newClient();
    const commands = recordCommands(iam);
    const spec = roleSpec('drifted', {
      description: 'new description',
      maxSessionDurationSeconds: 10800,
      trustPolicy: genesysTrustPolicy('new-org-id'),
      inlinePolicies: {
        'invoke-functions': invokePolicy(ORDERS_ARN, RETURNS_ARN),
        'empty-means-none': { Version: '2012-10-17', Statement: [] },
      },
      tags: { ...managedTags('dev'), team: 'new' },
    });

    await createRoleProvider({ iam }).applyRole(spec);

    expect(writeCommands(commands)).toEqual([
      'UpdateAssumeRolePolicy',
      'UpdateRole',
      'PutRolePolicy',
      'DeleteRolePolicy',
      'TagRole',
      'UntagRole',
    ]);
    const role = await provider.readRole('drifted');
    expect(role).toMatchObject({
      description: 'new description',
      maxSessionDurationSeconds: 10800,
      trustPolicy: canonicalizePolicy(genesysTrustPolicy('new-org-id')),
      inlinePolicies: { 'invoke-functions': canonicalizePolicy(invokePolicy(ORDERS_ARN, RETURNS_ARN)) },
      tags: { ...managedTags('dev'), team: 'new' },
    });
    expect(Object.keys(role?.inlinePolicies ?? {})).toEqual(['invoke-functions']);
  });

  it('deletes an inline policy whose spec has an empty statement list', async () => {
    const provider = createRoleProvider();
    await provider.applyRole(roleSpec('emptied'));
    await provider.applyRole(roleSpec('emptied', { inlinePolicies: { 'invoke-functions': { Version: '2012-10-17', Statement: [] } } }));
    expect((await provider.readRole('emptied'))?.inlinePolicies).toEqual({});
  });

  it('refuses to change the path, which IAM cannot do, and says the role must be replaced', async () => {
    const provider = createRoleProvider();
    await provider.applyRole(roleSpec('pathed', { path: '/a/' }));
    await expect(provider.applyRole(roleSpec('pathed', { path: '/b/' }))).rejects.toThrow(
      /^change path of role\/pathed: Error: the role's path is \/a\/ but the spec asks for \/b\/; .*replaced/,
    );
  });

  it('surfaces MalformedPolicyDocument from PutRolePolicy with the role, the policy and the cause', async () => {
    const provider = createRoleProvider();
    await provider.applyRole(roleSpec('bad-inline'));
    const bad = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Maybe', Action: 'lambda:InvokeFunction', Resource: ORDERS_ARN }],
    } as unknown as PolicyDocument;

    const error = await provider
      .applyRole(roleSpec('bad-inline', { inlinePolicies: { 'invoke-functions': bad } }))
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RoleOperationError);
    expect((error as RoleOperationError).message).toMatch(
      /^put inline policy invoke-functions of role\/bad-inline: MalformedPolicyDocument: \S/,
    );
    expect((error as RoleOperationError).errorCode).toBe('MalformedPolicyDocument');
    expect((error as RoleOperationError).httpStatusCode).toBe(400);
    expect(((error as RoleOperationError).cause as Error).name).toBe('MalformedPolicyDocumentException');
  });

  it('surfaces MalformedPolicyDocument from UpdateAssumeRolePolicy', async () => {
    const provider = createRoleProvider();
    await provider.applyRole(roleSpec('bad-trust'));
    const bad = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] } as unknown as PolicyDocument;
    const withoutVersion = { Statement: [] } as unknown as PolicyDocument;

    await expect(
      provider.applyRole(roleSpec('bad-trust', { trustPolicy: { ...bad, Statement: [{ Effect: 'Maybe' } as never] } })),
    ).rejects.toThrow(/^update trust policy of role\/bad-trust: MalformedPolicyDocument: /);
    await expect(provider.applyRole(roleSpec('bad-trust', { trustPolicy: withoutVersion }))).rejects.toThrow(
      /^update trust policy of role\/bad-trust: MalformedPolicyDocument/,
    );
  });
});

describe('listManagedRoleNames', () => {
  it('returns only roles tagged managed-by this tool for the given environment', async () => {
    const provider = createRoleProvider();
    await provider.applyRole(roleSpec('managed-dev-b', { tags: managedTags('dev') }));
    await provider.applyRole(roleSpec('managed-dev-a', { path: '/genesys/', tags: { ...managedTags('dev'), team: 'x' } }));
    await provider.applyRole(roleSpec('managed-prod', { tags: managedTags('prod') }));
    await provider.applyRole(
      roleSpec('someone-elses', { tags: { 'managed-by': 'terraform', 'genesys-lambda-gitops/environment': 'dev' } }),
    );
    await provider.applyRole(roleSpec('untagged', { tags: {} }));

    expect(await provider.listManagedRoleNames('dev')).toEqual(expect.arrayContaining(['managed-dev-a', 'managed-dev-b']));
    const dev = await provider.listManagedRoleNames('dev');
    expect(dev.filter((name) => ['managed-prod', 'someone-elses', 'untagged'].includes(name))).toEqual([]);
    expect(dev).toEqual([...dev].sort());
    expect(await provider.listManagedRoleNames('prod')).toContain('managed-prod');
    expect(await provider.listManagedRoleNames('staging')).toEqual([]);
  });
});

describe('deleteRole', () => {
  it('removes inline policies, detaches managed policies and instance profiles, then deletes the role', async () => {
    const iam = newClient();
    const provider = createRoleProvider();
    await provider.applyRole(roleSpec('doomed', { inlinePolicies: { a: invokePolicy(ORDERS_ARN), b: invokePolicy(RETURNS_ARN) } }));
    const policy = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'doomed-extra', PolicyDocument: JSON.stringify(invokePolicy(ORDERS_ARN)) }),
    );
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'doomed', PolicyArn: policy.Policy?.Arn }));
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'doomed-profile' }));
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'doomed-profile', RoleName: 'doomed' }));
    const commands = recordCommands(iam);

    await createRoleProvider({ iam }).deleteRole('doomed');

    expect(writeCommands(commands)).toEqual([
      'DeleteRolePolicy',
      'DeleteRolePolicy',
      'DetachRolePolicy',
      'RemoveRoleFromInstanceProfile',
      'DeleteRole',
    ]);
    expect(await provider.readRole('doomed')).toBeUndefined();
    await expect(iam.send(new GetRolePolicyCommand({ RoleName: 'doomed', PolicyName: 'a' }))).rejects.toThrow();
    const profile = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'doomed-profile' }));
    expect(profile.InstanceProfile?.Roles).toEqual([]);
  });

  it('is a no-op for a role that does not exist', async () => {
    const iam = newClient();
    const commands = recordCommands(iam);
    await createRoleProvider({ iam }).deleteRole('never-existed');
    expect(writeCommands(commands)).toEqual([]);
  });
});

describe('waitUntilRoleUsable', () => {
  it('resolves true at once for a role this provider just applied', async () => {
    const sleeps: number[] = [];
    const provider = createRoleProvider({ sleep: async (ms) => void sleeps.push(ms), now: () => 0 });
    await provider.applyRole(roleSpec('ready'));
    expect(await provider.waitUntilRoleUsable('ready')).toBe(true);
    expect(sleeps).toEqual([]);
  });

  it('keeps polling until the trust policy matches, then resolves true', async () => {
    const iam = newClient();
    await createRoleProvider().applyRole(roleSpec('lagging', { trustPolicy: genesysTrustPolicy('old-org') }));
    let clock = 0;
    const sleeps: number[] = [];
    const provider = createRoleProvider({
      iam,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
        // The change "arrives" during the third pause, as eventual consistency would deliver it.
        if (sleeps.length === 3) {
          await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'lagging', PolicyDocument: JSON.stringify(genesysTrustPolicy()) }));
        }
      },
    });

    expect(await provider.waitUntilRoleUsable('lagging', { expectedTrustPolicy: genesysTrustPolicy() })).toBe(true);
    expect(sleeps).toEqual([500, 1000, 2000]);
  });

  it('gives up with false when the deadline passes, never sleeping past it', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const provider = createRoleProvider({
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
    });

    expect(await provider.waitUntilRoleUsable('never-appears', { timeoutMs: 10_000 })).toBe(false);
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(10_000);
    expect(Math.max(...sleeps)).toBe(4000);
  });
});
