/**
 * Error branches that moto_server cannot produce on demand: throttling that
 * outlasts the SDK's retries, AccessDenied on one specific call, races with
 * another writer, truncated pages of inline policies. In-process mocks of the
 * SDK clients (aws-sdk-client-mock) stand in for AWS here only.
 */
import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetPolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListInstanceProfilesForRoleCommand,
  ListRolePoliciesCommand,
  ListRoleTagsCommand,
  ListRolesCommand,
  NoSuchEntityException,
  PutRolePolicyCommand,
  EntityAlreadyExistsException,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRoleProvider } from '../../../src/providers/aws-iam/iam-role-provider.js';
import { RoleOperationError } from '../../../src/providers/aws-iam/role-operation-error.js';
import { genesysTrustPolicy, invokePolicy, managedTags, roleSpec } from './role-fixtures.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';
const TOKEN = 'FQoGZXIvYXdzEBYaDHmockedSessionTokenForTheFailureTests0123456789';
const credentials = { accessKeyId: 'ASIAMOCKEDKEYID12345', secretAccessKey: SECRET, sessionToken: TOKEN };

const iamClient = new IAMClient({ region: 'us-east-1', credentials });
const stsClient = new STSClient({ region: 'us-east-1', credentials });
const iam = mockClient(iamClient);
const sts = mockClient(stsClient);

function awsError(code: string, message: string, status: number): Error {
  return Object.assign(new Error(message), { name: code, Code: code, $fault: 'client', $metadata: { httpStatusCode: status } });
}

const encoded = (document: unknown): string => encodeURIComponent(JSON.stringify(document));

function provider() {
  return createRoleProvider({ iam: iamClient, sts: stsClient });
}

/** Role `r` as GetRole returns it: the spec's trust policy and no tags. */
function roleR() {
  return {
    Role: {
      RoleName: 'r',
      Path: '/',
      Arn: 'arn:aws:iam::123456789012:role/r',
      RoleId: 'AROAEXAMPLE',
      CreateDate: new Date(0),
      AssumeRolePolicyDocument: encoded(genesysTrustPolicy()),
      Description: roleSpec('r').description,
      MaxSessionDuration: 3600,
    },
  };
}

/** A role `r` that exists with the spec's trust policy and no inline policies, attachments or tags. */
function existingRole(): void {
  iam.on(GetRoleCommand).resolves(roleR());
  iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: [] });
  iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] });
  iam.on(ListRoleTagsCommand).resolves({ Tags: [] });
  iam.on(ListInstanceProfilesForRoleCommand).resolves({ InstanceProfiles: [] });
}

beforeEach(() => {
  iam.reset();
  sts.reset();
});

describe('failures surface with the operation and the role, and no credentials', () => {
  it('throttling that outlasts the SDK retries (the mock answers in place of the whole retry stack)', async () => {
    iam.on(GetRoleCommand).rejects(awsError('Throttling', 'Rate exceeded', 400));

    const error = await provider()
      .readRole('r')
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );

    expect(error).toBeInstanceOf(RoleOperationError);
    expect((error as Error).message).toBe('read role/r: Throttling: Rate exceeded');
    expect((error as RoleOperationError).errorCode).toBe('Throttling');
  });

  it('AccessDenied on UpdateAssumeRolePolicy only, with the credentials quoted back by the server', async () => {
    existingRole();
    iam.on(CreateRoleCommand).rejects(new EntityAlreadyExistsException({ message: 'Role with name r already exists.', $metadata: {} }));
    iam
      .on(UpdateAssumeRolePolicyCommand)
      .rejects(
        awsError(
          'AccessDenied',
          `User with key ${credentials.accessKeyId} and token ${TOKEN} is not authorized to perform: iam:UpdateAssumeRolePolicy`,
          403,
        ),
      );

    const error = await provider()
      .applyRole(roleSpec('r', { trustPolicy: genesysTrustPolicy('new-org'), tags: {}, inlinePolicies: {} }))
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );

    expect((error as Error).message).toBe(
      'update trust policy of role/r: AccessDenied: User with key [redacted] and token [redacted] is not authorized to perform: iam:UpdateAssumeRolePolicy',
    );
    expect((error as RoleOperationError).httpStatusCode).toBe(403);
    expect(String(error)).not.toContain(SECRET);
    expect(iam.commandCalls(PutRolePolicyCommand)).toHaveLength(0);
  });

  it('AccessDenied on CreateRole is not mistaken for "already exists"', async () => {
    iam.on(GetRoleCommand).rejects(new NoSuchEntityException({ message: 'The role r cannot be found.', $metadata: {} }));
    iam.on(CreateRoleCommand).rejects(awsError('AccessDenied', 'not authorized to perform: iam:CreateRole', 403));
    await expect(provider().applyRole(roleSpec('r'))).rejects.toThrow(
      'create role/r: AccessDenied: not authorized to perform: iam:CreateRole',
    );
    // Only the read that said NoSuchEntity: no re-read as if the role existed.
    expect(iam.commandCalls(GetRoleCommand)).toHaveLength(1);
    iam
      .on(GetRoleCommand)
      .resolves({ Role: { RoleName: 'r', Path: '/', Arn: 'arn:aws:iam::1:role/r', RoleId: 'r', CreateDate: new Date(0) } });
  });

  it('a trust policy IAM returns in a form that is not JSON', async () => {
    existingRole();
    iam.on(GetRoleCommand).resolves({
      Role: { RoleName: 'r', Path: '/', Arn: 'a', RoleId: 'i', CreateDate: new Date(0), AssumeRolePolicyDocument: '%7Bnot-json' },
    });
    await expect(provider().readRole('r')).rejects.toThrow(/^read trust policy of role\/r: SyntaxError: /);
  });

  it('a failed GetCallerIdentity is not cached: the next call asks again', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejectsOnce(awsError('ExpiredToken', 'The security token included in the request is expired', 403))
      .resolves({ Account: '123456789012' });
    const roles = provider();
    await expect(roles.callerAccountId()).rejects.toThrow(
      'read the caller identity (STS GetCallerIdentity): ExpiredToken: The security token included in the request is expired',
    );
    expect(await roles.callerAccountId()).toBe('123456789012');
    expect(await roles.callerAccountId()).toBe('123456789012');
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(2);
  });
});

describe('races and paging', () => {
  it('follows IsTruncated/Marker for inline policies (moto returns them in one page)', async () => {
    existingRole();
    // Markers are recorded when each call is made: the SDK paginator reuses one input object.
    const markers: (string | undefined)[] = [];
    iam.on(ListRolePoliciesCommand).callsFake((input: { Marker?: string }) => {
      markers.push(input.Marker);
      return input.Marker === 'page-2'
        ? { PolicyNames: ['c'], IsTruncated: false }
        : { PolicyNames: ['a', 'b'], IsTruncated: true, Marker: 'page-2' };
    });
    iam.on(GetRolePolicyCommand).callsFake((input: { PolicyName: string }) => ({
      RoleName: 'r',
      PolicyName: input.PolicyName,
      PolicyDocument: encoded(invokePolicy(`arn:aws:lambda:us-east-1:123456789012:function:${input.PolicyName}`)),
    }));

    const role = await provider().readRole('r');

    expect(Object.keys(role?.inlinePolicies ?? {})).toEqual(['a', 'b', 'c']);
    expect(markers).toEqual([undefined, 'page-2']);
  });

  it('an inline policy deleted between listing and reading is simply absent', async () => {
    existingRole();
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ['gone', 'kept'] });
    iam
      .on(GetRolePolicyCommand, { RoleName: 'r', PolicyName: 'gone' })
      .rejects(new NoSuchEntityException({ message: 'not found', $metadata: {} }));
    iam
      .on(GetRolePolicyCommand, { RoleName: 'r', PolicyName: 'kept' })
      .resolves({ RoleName: 'r', PolicyName: 'kept', PolicyDocument: encoded(invokePolicy('arn:x')) });

    expect(Object.keys((await provider().readRole('r'))?.inlinePolicies ?? {})).toEqual(['kept']);
  });

  it('a role deleted by someone else while being deleted counts as deleted', async () => {
    existingRole();
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ['p'] });
    iam.on(DeleteRolePolicyCommand).rejects(new NoSuchEntityException({ message: 'The role r cannot be found.', $metadata: {} }));
    iam.on(ListAttachedRolePoliciesCommand).rejects(new NoSuchEntityException({ message: 'The role r cannot be found.', $metadata: {} }));

    await expect(provider().deleteRole('r')).resolves.toBeUndefined();
    expect(iam.commandCalls(DeleteRoleCommand)).toHaveLength(0);
  });

  it('a policy detached by someone else meanwhile does not stop the role from being deleted', async () => {
    existingRole();
    iam
      .on(ListAttachedRolePoliciesCommand)
      .resolves({ AttachedPolicies: [{ PolicyArn: 'arn:aws:iam::123456789012:policy/extra', PolicyName: 'extra' }] });
    iam.on(DetachRolePolicyCommand).rejects(new NoSuchEntityException({ message: 'Policy is not attached to role r.', $metadata: {} }));
    iam.on(DeleteRoleCommand).resolves({});

    await provider().deleteRole('r');

    expect(iam.commandCalls(DeleteRoleCommand)).toHaveLength(1);
  });

  it('a failure other than NoSuchEntity while deleting is reported, and the role is not deleted', async () => {
    existingRole();
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ['p'] });
    iam.on(DeleteRolePolicyCommand).rejects(awsError('AccessDenied', 'not authorized to perform: iam:DeleteRolePolicy', 403));

    await expect(provider().deleteRole('r')).rejects.toThrow(
      'delete inline policy p of role/r: AccessDenied: not authorized to perform: iam:DeleteRolePolicy',
    );
    expect(iam.commandCalls(DeleteRoleCommand)).toHaveLength(0);
  });

  it('a role deleted between GetRole and the reads of its parts reads as absent', async () => {
    existingRole();
    iam.on(ListRolePoliciesCommand).rejects(new NoSuchEntityException({ message: 'The role r cannot be found.', $metadata: {} }));
    expect(await provider().readRole('r')).toBeUndefined();
  });

  it('creates only after GetRole said NoSuchEntity; a role created meanwhile by another writer is updated instead', async () => {
    existingRole();
    iam
      .on(GetRoleCommand)
      .rejectsOnce(new NoSuchEntityException({ message: 'The role r cannot be found.', $metadata: {} }))
      .resolves(roleR());
    iam.on(CreateRoleCommand).rejects(new EntityAlreadyExistsException({ message: 'Role with name r already exists.', $metadata: {} }));
    iam.on(PutRolePolicyCommand).resolves({});

    const result = await provider().applyRole(roleSpec('r'));

    expect(result).toEqual({ arn: 'arn:aws:iam::123456789012:role/r', created: false });
    expect(iam.commandCalls(CreateRoleCommand)).toHaveLength(1);
    expect(iam.commandCalls(PutRolePolicyCommand)).toHaveLength(1);
  });

  it('a role deleted between ListRoles and ListRoleTags is skipped', async () => {
    iam.on(ListRolesCommand).resolves({
      Roles: ['vanished', 'kept'].map((name) => ({
        RoleName: name,
        Path: '/',
        Arn: `arn:aws:iam::1:role/${name}`,
        RoleId: name,
        CreateDate: new Date(0),
      })),
    });
    iam.on(ListRoleTagsCommand, { RoleName: 'vanished' }).rejects(new NoSuchEntityException({ message: 'gone', $metadata: {} }));
    iam
      .on(ListRoleTagsCommand, { RoleName: 'kept' })
      .resolves({ Tags: Object.entries(managedTags('dev')).map(([Key, Value]) => ({ Key, Value })) });

    expect(await provider().listManagedRoleNames('dev')).toEqual(['kept']);
  });
});

describe('roles managed elsewhere and managed policies: read only, refusals named', () => {
  const EXTERNAL = 'arn:aws:iam::123456789012:role/r';

  it('AccessDenied on GetRole makes the external role unreadable, naming iam:GetRole', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    iam.on(GetRoleCommand).rejects(awsError('AccessDenied', 'not authorized to perform: iam:GetRole', 403));
    expect(await provider().readExternalRole(EXTERNAL)).toEqual({
      status: 'unreadable',
      permission: 'iam:GetRole',
      message: 'read role/r: AccessDenied: not authorized to perform: iam:GetRole',
    });
  });

  it('a trust policy readable but policies not: found, with its identity policies unreadable (iam:ListRolePolicies)', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    existingRole();
    iam.on(ListRolePoliciesCommand).rejects(awsError('AccessDenied', 'not authorized to perform: iam:ListRolePolicies', 403));
    const reading = await provider().readExternalRole(EXTERNAL);
    expect(reading.status).toBe('found');
    expect(reading.status === 'found' && reading.value.identityPolicies).toMatchObject({
      status: 'unreadable',
      permission: 'iam:ListRolePolicies',
    });
    expect(iam.commandCalls(PutRolePolicyCommand)).toHaveLength(0);
  });

  it('a role in another account is unreadable with these credentials, and IAM is not even asked', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    const reading = await provider().readExternalRole('arn:aws:iam::999988887777:role/elsewhere');
    expect(reading).toMatchObject({ status: 'unreadable', permission: 'iam:GetRole in account 999988887777' });
    expect(iam.commandCalls(GetRoleCommand)).toHaveLength(0);
  });

  it('a managed policy: missing when IAM has none, unreadable (iam:GetPolicy) when refused', async () => {
    iam.on(GetPolicyCommand).rejectsOnce(new NoSuchEntityException({ message: 'Policy not found', $metadata: {} }));
    expect(await provider().readManagedPolicy('arn:aws:iam::aws:policy/Nope')).toEqual({
      status: 'missing',
      message: 'IAM has no managed policy arn:aws:iam::aws:policy/Nope',
    });
    iam.on(GetPolicyCommand).rejects(awsError('AccessDenied', 'not authorized to perform: iam:GetPolicy', 403));
    expect(await provider().readManagedPolicy('arn:aws:iam::aws:policy/AWSLambdaRole')).toMatchObject({
      status: 'unreadable',
      permission: 'iam:GetPolicy',
    });
  });
});
