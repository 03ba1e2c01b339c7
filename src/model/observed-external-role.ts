/**
 * A role that an Integration names by ARN (`spec.role: { arn }`): managed
 * elsewhere, so this tool only reads it (GetRole, and where allowed its
 * identity policies), to check on the live role that Genesys can assume it
 * and that it may invoke the functions.
 */
import type { CanonicalPolicyDocument } from '../iam/policy-document.js';
import type { AwsReading } from './aws-reading.js';

export interface ObservedExternalRole {
  arn: string;
  trustPolicy: CanonicalPolicyDocument;
  /** Its inline and attached managed policies, as far as the deployer may read them. */
  identityPolicies: AwsReading<CanonicalPolicyDocument[]>;
}
