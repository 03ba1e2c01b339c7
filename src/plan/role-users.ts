/**
 * What in Genesys uses an IAM role: the credentials that hold its ARN, and
 * the integrations those credentials sign in (with how many data actions
 * each carries). A role prune would delete is checked against them: deleting
 * the role of a live integration breaks every action of it, and integrations
 * are never pruned, so nothing else in the plan would say so. Pure.
 */
import type { ObservedState } from '../model/observed-state.js';
import type { CrossCheck, ResourceChange } from './types.js';

export interface RoleUser {
  integration: string;
  intendedState: string;
  credential: string;
  actions: number;
}

export interface RoleUsers {
  users: RoleUser[];
  /** Credentials an integration uses whose ARN Genesys did not show: any of them could hold this role. */
  unreadable: string[];
}

export function roleUsers(roleArn: string, observed: ObservedState): RoleUsers {
  const users: RoleUser[] = [];
  const unreadable: string[] = [];
  for (const integration of observed.integrations) {
    for (const credentialId of Object.values(integration.config.credentials)) {
      const credential = observed.credentials.find((candidate) => candidate.id === credentialId);
      if (credential === undefined) continue;
      if (credential.roleArn === undefined) {
        unreadable.push(`${credential.name} (integration ${integration.name})`);
        continue;
      }
      if (credential.roleArn !== roleArn) continue;
      users.push({
        integration: integration.name,
        intendedState: integration.intendedState,
        credential: credential.name,
        actions: observed.dataActions.filter((action) => action.integrationId === integration.id).length,
      });
    }
  }
  return { users, unreadable };
}

export function describeRoleUsers(users: readonly RoleUser[]): string {
  return users
    .map(
      (user) =>
        `integration ${user.integration} (${user.intendedState}, ${user.actions} data action(s)) signs in with it through credential ${user.credential}`,
    )
    .join('; ');
}

/** For each role the plan deletes: refused while a Genesys integration signs in with it. */
export function usedRoleDeleteChecks(changes: readonly ResourceChange[], observed: ObservedState): CrossCheck[] {
  const code = 'used-role-delete';
  return changes
    .filter((change) => change.kind === 'role' && change.action === 'delete' && change.liveId !== undefined)
    .map((change): CrossCheck => {
      const { users, unreadable } = roleUsers(change.liveId!, observed);
      const address = change.address;
      if (users.length > 0)
        return {
          code,
          status: 'fail',
          address,
          message: `Refusing to delete this role: ${describeRoleUsers(users)}; every one of those actions would fail to assume it. Point the credential at another role, or delete the integration, first.`,
        };
      if (unreadable.length > 0)
        return {
          code,
          status: 'warn',
          address,
          message: `Genesys did not show the role ARN of ${unreadable.join(', ')}: this role may be one of them.`,
        };
      return { code, status: 'pass', address, message: 'No Genesys credential holds this role.' };
    });
}
