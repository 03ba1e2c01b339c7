/**
 * Which role invokes which function: a data action's function is invoked by
 * the role its integration's credential names (a declared role in the target
 * account, or an external role by ARN). The plan reads every distinct
 * function, and the resource policy of those in another AWS account than
 * their role (only then does Lambda need one, reference genesys-next.md §4).
 */
import type { DesiredDataAction, DesiredState } from './desired-state.js';
import { roleArnFor } from './resolve-desired.js';

/** The ARN of the role that invokes the action's function; undefined when its integration is not declared. */
export function invokingRoleArn(action: DesiredDataAction, desired: DesiredState, accountId: string): string | undefined {
  const integration = desired.integrations.find((candidate) => candidate.name === action.integrationName);
  if (integration === undefined) return undefined;
  if (integration.role.kind === 'external') return integration.role.roleArn;
  const roleName = integration.role.roleName;
  const role = desired.roles.find((candidate) => candidate.name === roleName);
  return roleArnFor(accountId, role?.path ?? '/', roleName);
}

/** The 12-digit account of an ARN (`arn:partition:service:region:ACCOUNT:…`). */
export function accountOfArn(arn: string): string {
  return arn.split(':')[4] ?? '';
}

/** True when the function lives in another account than the role that invokes it. */
export function isCrossAccount(functionArn: string, roleArn: string): boolean {
  return accountOfArn(functionArn) !== accountOfArn(roleArn);
}

/** Distinct function ARNs to read, and those among them whose resource policy matters. */
export function lambdaReadTargets(desired: DesiredState, accountId: string): { functionArns: string[]; crossAccountArns: string[] } {
  const functionArns = new Set<string>();
  const crossAccountArns = new Set<string>();
  for (const action of desired.dataActions) {
    functionArns.add(action.functionArn);
    const roleArn = invokingRoleArn(action, desired, accountId);
    if (roleArn !== undefined && isCrossAccount(action.functionArn, roleArn)) crossAccountArns.add(action.functionArn);
  }
  return { functionArns: [...functionArns].sort(), crossAccountArns: [...crossAccountArns].sort() };
}
