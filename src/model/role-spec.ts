/**
 * RoleSpec: a desired role with everything resolved that only live state
 * knows (the Genesys org id in the trust policy) and the management tags
 * added. The planner compares it with the observed role; apply hands it to
 * the role provider. It lives in the model because both sides depend on it
 * and neither owns it.
 */
import type { PolicyDocument } from '../iam/policy-document.js';

/** What a role should look like after it is applied. */
export interface RoleSpec {
  name: string;
  path: string;
  description: string;
  maxSessionDurationSeconds: number;
  /** Fully resolved (no placeholders left). */
  trustPolicy: PolicyDocument;
  /** Inline policies to keep, by name; any other inline policy on the role is deleted. */
  inlinePolicies: Record<string, PolicyDocument>;
  /** User tags plus the management tags; tags not listed are removed, except `aws:` ones. */
  tags: Record<string, string>;
  /** Managed policies to attach; any other attached managed policy is detached. Absent: none. */
  managedPolicyArns?: string[];
}
