/**
 * The checks about each data action's Lambda function, made at plan time so
 * that a mistyped ARN fails the plan instead of the smoke test after publish
 * (reference genesys-next.md §4):
 * - `function-exists`: the function and its qualifier exist and are Active;
 *   warnings for a function in another region than the Genesys org, and for
 *   one that may run longer than the action waits (Genesys gives up first);
 * - `function-resource-policy`: a function in another account than its role
 *   must allow that role (or its account) to invoke it;
 * - `function-covered`: the role's identity policies allow invoking exactly
 *   the ARN, by the one IAM engine (../iam/evaluate.ts): for a declared role
 *   as apply will make it, for a role managed elsewhere as IAM returned it.
 * A read AWS refused is `unverifiable` and names the permission.
 */
import { canInvoke, INVOKE_FUNCTION_ACTION, resourcePolicyAnswer, type InvokeAnswer, type PrincipalValue } from '../iam/evaluate.js';
import { assertNever } from '../model/assert-never.js';
import type { CanonicalPolicyDocument } from '../iam/policy-document.js';
import type { DesiredDataAction, DesiredRole, DesiredState } from '../model/desired-state.js';
import { accountOfArn, isCrossAccount } from '../model/lambda-targets.js';
import type { ObservedState } from '../model/observed-state.js';
import { desiredIdentityPolicy, invokingRoleOf, type InvokingRole } from './invoking-role.js';
import { actionAddress } from './resource-address.js';
import type { CrossCheck } from './types.js';

export function functionChecks(desired: DesiredState, observed: ObservedState): CrossCheck[] {
  // A declared role's policy as apply will make it covers every function of its actions: made once per role, not per action.
  const policies = new Map<DesiredRole, CanonicalPolicyDocument>();
  const identityPolicyOf = (role: DesiredRole): CanonicalPolicyDocument => {
    let policy = policies.get(role);
    if (policy === undefined) {
      policy = desiredIdentityPolicy(role, desired, observed);
      policies.set(role, policy);
    }
    return policy;
  };
  return desired.dataActions.flatMap((action) => {
    const role = invokingRoleOf(action, desired, observed);
    const exists = existenceChecks(action, desired, observed);
    const found = observed.lambdaFunctions?.[action.functionArn]?.status !== 'missing';
    const policy =
      role.kind !== 'undeclared' && found && isCrossAccount(action.functionArn, role.arn)
        ? [resourcePolicyCheck(action, role.arn, observed)]
        : [];
    return [...exists, ...policy, coverageCheck(action, role, identityPolicyOf)];
  });
}

function existenceChecks(action: DesiredDataAction, desired: DesiredState, observed: ObservedState): CrossCheck[] {
  const address = actionAddress(action.integrationName, action.name);
  const code = 'function-exists';
  const reading = observed.lambdaFunctions?.[action.functionArn];
  if (reading === undefined)
    return [{ code, status: 'unverifiable', address, message: `Lambda was not read, so ${action.functionArn} is not verified.` }];
  if (reading.status === 'unreadable') {
    const message = `Lambda did not let the deployer read ${action.functionArn} (needs ${reading.permission}: ${reading.message}); whether it exists is not verified.`;
    return [{ code, status: 'unverifiable', address, message }];
  }
  if (reading.status === 'missing')
    return [{ code, status: 'fail', address, message: `${reading.message}: ${action.functionArn} cannot be invoked.` }];
  const { state, stateReason, timeoutSeconds } = reading.value;
  const reason = stateReason === undefined || stateReason === '' ? '' : ` (${stateReason})`;
  const checks: CrossCheck[] = [];
  if (state === 'Failed')
    checks.push({ code, status: 'fail', address, message: `${action.functionArn} is in state Failed${reason}: invocations fail.` });
  else if (state !== undefined && state !== 'Active') {
    const message = `${action.functionArn} is in state ${state}${reason}, not Active: invocations fail until Lambda makes it Active.`;
    checks.push({ code, status: 'warn', address, message });
  } else checks.push({ code, status: 'pass', address, message: `${action.functionArn} exists and is Active.` });
  if (timeoutSeconds !== undefined && timeoutSeconds > action.timeoutSeconds) {
    const message = `The function may run ${timeoutSeconds} s, but the action waits ${action.timeoutSeconds} s (timeoutSeconds): Genesys gives up first, and the function keeps running.`;
    checks.push({ code, status: 'warn', address, message });
  }
  const functionRegion = action.functionArn.split(':')[3] ?? '';
  if (functionRegion !== desired.environment.genesys.region) {
    const message = `The function is in ${functionRegion} and the Genesys org in ${desired.environment.genesys.region}: cross-region invocation works but is slower, and often means a wrong ARN.`;
    checks.push({ code, status: 'warn', address, message });
  }
  return checks;
}

function resourcePolicyCheck(action: DesiredDataAction, roleArn: string, observed: ObservedState): CrossCheck {
  const address = actionAddress(action.integrationName, action.name);
  const code = 'function-resource-policy';
  const roleAccount = accountOfArn(roleArn);
  const where = `The function is in account ${accountOfArn(action.functionArn)} and the role in ${roleAccount}`;
  const fix = `allow lambda:InvokeFunction to ${roleArn} (e.g. aws lambda add-permission --function-name ${action.functionArn} --action lambda:InvokeFunction --principal ${roleArn} --statement-id genesys)`;
  const reading = observed.functionPolicies?.[action.functionArn];
  if (reading === undefined) return { code, status: 'unverifiable', address, message: `${where}; its resource policy was not read.` };
  if (reading.status === 'unreadable') {
    return {
      code,
      status: 'unverifiable',
      address,
      message: `${where}; Lambda did not let the deployer read its resource policy (needs ${reading.permission}): not verified.`,
    };
  }
  if (reading.status === 'missing') return { code, status: 'fail', address, message: `${where}, and ${reading.message}: ${fix}.` };
  const namesRole = (principal: PrincipalValue): boolean =>
    principal === '*' || (principal.type === 'AWS' && [roleArn, roleAccount, `arn:aws:iam::${roleAccount}:root`].includes(principal.value));
  const { answer, openToEveryone } = resourcePolicyAnswer(reading.value, {
    action: INVOKE_FUNCTION_ACTION,
    resource: action.functionArn,
    principalMatches: namesRole,
  });
  if (answer === 'denied')
    return {
      code,
      status: 'fail',
      address,
      message: `${where}, and its resource policy does not let the role invoke ${action.functionArn}: ${fix}.`,
    };
  if (openToEveryone) {
    const condition = answer === 'conditional' ? ' under a Condition' : '';
    return {
      code,
      status: 'warn',
      address,
      message: `${where}; its resource policy lets any principal (*) invoke it${condition}: narrow it to ${roleArn}.`,
    };
  }
  if (answer === 'conditional') {
    return {
      code,
      status: 'warn',
      address,
      message: `${where}; its resource policy lets the role invoke it only under a Condition, which cannot be checked offline.`,
    };
  }
  return { code, status: 'pass', address, message: `${where}; its resource policy lets the role invoke ${action.functionArn}.` };
}

function coverageCheck(
  action: DesiredDataAction,
  role: InvokingRole,
  identityPolicyOf: (role: DesiredRole) => CanonicalPolicyDocument,
): CrossCheck {
  const address = actionAddress(action.integrationName, action.name);
  const code = 'function-covered';
  switch (role.kind) {
    case 'undeclared':
      return { code, status: 'fail', address, message: role.message };
    case 'managed':
      return coverageVerdict(
        address,
        `role/${role.desired.name}`,
        canInvoke(identityPolicyOf(role.desired), action.functionArn),
        action.functionArn,
      );
    case 'external': {
      const reading = role.reading;
      if (reading === undefined)
        return {
          code,
          status: 'unverifiable',
          address,
          message: `The role ${role.arn} was not read; whether it may invoke ${action.functionArn} is not verified.`,
        };
      if (reading.status === 'missing')
        return { code, status: 'fail', address, message: `${reading.message}, so nothing can invoke ${action.functionArn} through it.` };
      const policies = reading.status === 'found' ? reading.value.identityPolicies : reading;
      if (policies.status !== 'found') {
        const permission = policies.status === 'unreadable' ? policies.permission : 'iam:GetRole';
        return {
          code,
          status: 'unverifiable',
          address,
          message: `IAM did not let the deployer read the policies of ${role.arn} (needs ${permission}); whether it may invoke ${action.functionArn} is not verified.`,
        };
      }
      const document = { Version: '2012-10-17', Statement: policies.value.flatMap((policy) => policy.Statement) };
      return coverageVerdict(address, role.arn, canInvoke(document, action.functionArn), action.functionArn);
    }
    default:
      return assertNever(role, 'invoking role');
  }
}

function coverageVerdict(address: string, roleName: string, answer: InvokeAnswer, functionArn: string): CrossCheck {
  const code = 'function-covered';
  switch (answer) {
    case 'granted':
      return { code, status: 'pass', address, message: `${roleName} may invoke ${functionArn}.` };
    case 'conditional':
      return {
        code,
        status: 'warn',
        address,
        message: `${roleName} may invoke ${functionArn} only if a Condition in its policies holds at run time; that cannot be checked offline, so the condition decides.`,
      };
    case 'denied':
      return {
        code,
        status: 'fail',
        address,
        message: `${roleName}'s policies do not allow lambda:InvokeFunction on exactly ${functionArn} (qualifiers must match).`,
      };
    default:
      return assertNever(answer, 'invoke answer');
  }
}
