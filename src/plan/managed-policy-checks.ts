/**
 * `managed-policy-exists`: every managed policy a declared role attaches
 * exists in IAM, so that apply does not stop half-way on AttachRolePolicy.
 * A policy IAM would not let the deployer read is `unverifiable`.
 */
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import { roleAddress } from './resource-address.js';
import { sortedBy } from './sorted-by.js';
import type { CrossCheck } from './types.js';

export function managedPolicyChecks(desired: DesiredState, observed: ObservedState): CrossCheck[] {
  const code = 'managed-policy-exists';
  return sortedBy(desired.roles, (role) => role.name).flatMap((role) =>
    (role.managedPolicyArns ?? []).map((arn): CrossCheck => {
      const address = roleAddress(role.name);
      const reading = observed.managedPolicies?.[arn];
      if (reading === undefined) return { code, status: 'unverifiable', address, message: `The managed policy ${arn} was not read.` };
      if (reading.status === 'missing') return { code, status: 'fail', address, message: `${reading.message}: apply could not attach it.` };
      if (reading.status === 'unreadable') {
        return {
          code,
          status: 'unverifiable',
          address,
          message: `IAM did not let the deployer read ${arn} (needs ${reading.permission}); whether it exists is not verified.`,
        };
      }
      return { code, status: 'pass', address, message: `The managed policy ${arn} exists.` };
    }),
  );
}
