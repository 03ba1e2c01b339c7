/**
 * Managed-policy rules for the role Genesys assumes. The role needs only
 * `lambda:InvokeFunction` on the declared functions, which the inline
 * permission policy already grants; a managed policy adds to that. Offline
 * only the AWS-managed policies can be judged, by name: those known to grant
 * every Lambda action, every action, or invoking every function are a warning
 * (suppressible with a reason, as some blueprints attach them on purpose).
 * What a customer-managed policy grants is shown in the plan, where it is read.
 */

/** One finding, at the index of the ARN in `spec.managedPolicyArns`. */
export interface ManagedPolicyFinding {
  code: 'GLG-IAM-MANAGED-POLICY-BROAD';
  message: string;
  index: number;
}

/**
 * AWS-managed policies (by name; AWS keeps some under `service-role/`) and what
 * they grant, as AWS documents them in its managed-policy reference.
 */
const BROAD_AWS_MANAGED_POLICIES: Readonly<Record<string, string>> = {
  AdministratorAccess: 'every action on every resource (*)',
  PowerUserAccess: 'every action outside IAM and Organizations, on every resource',
  AWSLambda_FullAccess: 'every Lambda action (lambda:*) on every function, and reads of other services',
  AWSLambdaFullAccess: 'every Lambda action (lambda:*) on every function (AWS has deprecated it)',
  AWSLambdaRole: 'lambda:InvokeFunction on every function (*)',
  'AWSLambdaInvocation-DynamoDB': 'lambda:InvokeFunction on every function (*), and DynamoDB stream reads',
};

const AWS_MANAGED_POLICY = /^arn:aws[\w-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/;

/** Findings for the managed policies a Role attaches. */
export function lintManagedPolicies(policyArns: readonly string[]): ManagedPolicyFinding[] {
  const findings: ManagedPolicyFinding[] = [];
  policyArns.forEach((arn, index) => {
    const name = AWS_MANAGED_POLICY.exec(arn)?.[1];
    const grants = name === undefined ? undefined : BROAD_AWS_MANAGED_POLICIES[name];
    if (grants === undefined) return;
    findings.push({
      code: 'GLG-IAM-MANAGED-POLICY-BROAD',
      message: `managed policy ${arn} grants ${grants}; Genesys needs only lambda:InvokeFunction on the functions your data actions call (the generated permission policy grants that). Suppress GLG-IAM-MANAGED-POLICY-BROAD with a reason if this is intended`,
      index,
    });
  });
  return findings;
}
