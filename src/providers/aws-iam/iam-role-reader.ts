/**
 * Reads one role by name: GetRole (which carries the trust policy and the
 * tags, so ownership needs no ListRoleTags), its inline policies and its
 * attached managed policies, normalized (IAM returns documents URL-encoded).
 * The calls are per declared role, so a plan's IAM calls do not grow with the
 * number of unrelated roles in the account.
 */
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  paginateListAttachedRolePolicies,
  paginateListRolePolicies,
  paginateListRoleTags,
  type Role,
  type Tag,
} from '@aws-sdk/client-iam';
import { canonicalizePolicy, parsePolicyText, type CanonicalPolicyDocument } from '../../iam/policy-document.js';
import type { ObservedRole } from '../../model/observed-state.js';
import { isNoSuchEntity, type IamSession } from './iam-session.js';
import type { RoleReadOptions } from './role-provider.js';
import { wrapRoleError } from './role-operation-error.js';

/** What a role without a readable document is reported as: a document granting nothing. */
const UNREADABLE_POLICY: CanonicalPolicyDocument = { Version: '2012-10-17', Statement: [] };

/** GetRole; undefined when the role does not exist. */
export async function getRole(session: IamSession, name: string): Promise<Role | undefined> {
  try {
    return await session.call({ command: 'GetRole', action: 'read', roleName: name }, async () => {
      const response = await session.iam.send(new GetRoleCommand({ RoleName: name }));
      return response.Role;
    });
  } catch (error) {
    if (isNoSuchEntity(error)) return undefined;
    throw error;
  }
}

/**
 * The role read by name, normalized; undefined when it does not exist. With `justWritten` the
 * policies are listed beside GetRole rather than after it (see RoleReadOptions).
 */
export async function readRole(session: IamSession, name: string, options: RoleReadOptions = {}): Promise<ObservedRole | undefined> {
  const readParts = async (): Promise<[Record<string, CanonicalPolicyDocument>, string[]] | undefined> => {
    try {
      return await Promise.all([readInlinePolicies(session, name), readAttachedPolicyArns(session, name)]);
    } catch (error) {
      // Missing (or deleted between GetRole and these reads): absent, as a read right after would say.
      if (isNoSuchEntity(error)) return undefined;
      throw error;
    }
  };
  let role: Role | undefined;
  let parts: [Record<string, CanonicalPolicyDocument>, string[]] | undefined;
  if (options.justWritten) {
    [role, parts] = await Promise.all([getRole(session, name), readParts()]);
  } else {
    role = await getRole(session, name);
    if (role === undefined) return undefined;
    parts = await readParts();
  }
  if (role === undefined || parts === undefined) return undefined;
  const [inlinePolicies, attachedPolicyArns] = parts;
  return {
    name: role.RoleName ?? name,
    arn: role.Arn ?? '',
    path: role.Path ?? '/',
    description: role.Description ?? '',
    maxSessionDurationSeconds: role.MaxSessionDuration ?? 3600,
    trustPolicy: trustPolicyOf(role, name),
    inlinePolicies,
    attachedPolicyArns,
    tags: tagMap(role.Tags ?? []),
  };
}

/** The role's trust policy, canonical. */
export function trustPolicyOf(role: Role, name: string): CanonicalPolicyDocument {
  return parseDocument(role.AssumeRolePolicyDocument, name, 'read trust policy of', 'GetRole');
}

export async function listInlinePolicyNames(session: IamSession, name: string): Promise<string[]> {
  return await session.call({ command: 'ListRolePolicies', action: 'list inline policies of', roleName: name }, async () => {
    const names: string[] = [];
    for await (const page of paginateListRolePolicies({ client: session.iam }, { RoleName: name })) names.push(...(page.PolicyNames ?? []));
    return names.sort();
  });
}

export async function readInlinePolicies(session: IamSession, name: string): Promise<Record<string, CanonicalPolicyDocument>> {
  const result: Record<string, CanonicalPolicyDocument> = {};
  for (const policyName of await listInlinePolicyNames(session, name)) {
    const action = `read inline policy ${policyName} of`;
    try {
      const response = await session.call({ command: 'GetRolePolicy', action, roleName: name }, () =>
        session.iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName })),
      );
      result[policyName] = parseDocument(response.PolicyDocument, name, action, 'GetRolePolicy');
    } catch (error) {
      // Deleted between listing and reading: it no longer exists, which is what a read reports.
      if (isNoSuchEntity(error)) continue;
      throw error;
    }
  }
  return result;
}

export async function readAttachedPolicyArns(session: IamSession, name: string): Promise<string[]> {
  return await session.call({ command: 'ListAttachedRolePolicies', action: 'list attached policies of', roleName: name }, async () => {
    const arns: string[] = [];
    for await (const page of paginateListAttachedRolePolicies({ client: session.iam }, { RoleName: name })) {
      for (const policy of page.AttachedPolicies ?? []) if (policy.PolicyArn !== undefined) arns.push(policy.PolicyArn);
    }
    return arns.sort();
  });
}

/** ListRoleTags: only for discovering owned roles (prune), where ListRoles gave names without tags. */
export async function readTags(session: IamSession, name: string): Promise<Record<string, string>> {
  return await session.call({ command: 'ListRoleTags', action: 'list tags of', roleName: name }, async () => {
    const tags: Tag[] = [];
    for await (const page of paginateListRoleTags({ client: session.iam }, { RoleName: name })) tags.push(...(page.Tags ?? []));
    return tagMap(tags);
  });
}

function tagMap(tags: readonly Tag[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const tag of tags) if (tag.Key !== undefined) result[tag.Key] = tag.Value ?? '';
  return result;
}

export function parseDocument(text: string | undefined, roleName: string, action: string, command: string): CanonicalPolicyDocument {
  if (text === undefined || text === '') return UNREADABLE_POLICY;
  try {
    return canonicalizePolicy(parsePolicyText(text));
  } catch (error) {
    throw wrapRoleError(error, { command, action, roleName });
  }
}
