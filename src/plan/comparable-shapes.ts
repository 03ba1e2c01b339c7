/**
 * The comparable shapes of each resource kind: what `before` and `after` of a
 * {@link ResourceChange} hold. Desired and observed resources are both mapped
 * into these shapes, so that comparing them is a canonical-JSON comparison and
 * every difference is a difference someone can act on.
 *
 * - role: {@link RoleShape}. Policies are canonical documents; tags include the
 *   management tags (the provider writes them); `aws:` tags are left out
 *   because nobody can change them.
 * - credential: {@link CredentialShape}. Only the role ARN field is kept; it
 *   is `null` in `before` when Genesys does not return it (❓ the reference
 *   cannot say whether GET redacts `ARN`).
 * - integration: {@link IntegrationShape}. The credential is shown by name,
 *   not by id, so that a reviewer can read it.
 * - action: {@link ActionShape}. Name and integration are the match key (the
 *   address), so they are not part of the shape.
 *
 * [[ResourceChange]]: ./types.ts
 */
import type { CanonicalPolicyDocument, PolicyDocument } from '../iam/policy-document.js';
import { canonicalizePolicy, isEmptyPolicy } from '../iam/policy-document.js';
import type { DesiredDataAction, DesiredIntegration } from '../model/desired-state.js';
import type { ObservedCredential, ObservedDataAction, ObservedIntegration, ObservedRole } from '../model/observed-state.js';
import type { RoleSpec } from '../model/role-spec.js';

// Materializing desired state with live facts is not a shape; it lives in model/resolve-desired.ts.

/** The only credential type this tool manages. */
export const CREDENTIAL_TYPE = 'amazonWebServicesARN';

/**
 * Comparable shape of an IAM role: the observed role without its name and ARN
 * (the address). Policies are canonical; tags include the management tags;
 * attached managed policies are the manifest's `managedPolicyArns`.
 */
export type RoleShape = Omit<ObservedRole, 'name' | 'arn'>;

/** Comparable shape of the integration's `amazonWebServicesARN` credential. */
export interface CredentialShape {
  name: string;
  type: string;
  /** `null` when Genesys did not return the ARN (observed side only). */
  roleArn: string | null;
}

/** Comparable shape of a Genesys `aws-lambda-data-actions` integration. */
export interface IntegrationShape {
  name: string;
  enabled: boolean;
  notes: string;
  /** Name of the credential the integration config points at; `null` when it points at none. */
  credential: string | null;
}

/** Comparable shape of a data action: the fields desired and observed actions share (name and integration are the address). */
export type ActionShape = Pick<
  DesiredDataAction & ObservedDataAction,
  'category' | 'functionArn' | 'timeoutSeconds' | 'secure' | 'contract' | 'request' | 'response'
>;

function canonicalPolicies(policies: Record<string, PolicyDocument | CanonicalPolicyDocument>): Record<string, CanonicalPolicyDocument> {
  const result: Record<string, CanonicalPolicyDocument> = {};
  for (const name of Object.keys(policies).sort()) {
    const document = policies[name];
    if (document !== undefined) result[name] = canonicalizePolicy(document);
  }
  return result;
}

/** Tags that can be compared: AWS-reserved `aws:` tags are dropped (nobody can set them). */
function comparableTags(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => !key.startsWith('aws:')));
}

export function desiredRoleShape(spec: RoleSpec): RoleShape {
  // A generated permission policy with no function to grant is "no inline policy" (the provider writes none).
  const inlinePolicies = Object.fromEntries(Object.entries(spec.inlinePolicies).filter(([, document]) => !isEmptyPolicy(document)));
  return {
    path: spec.path,
    description: spec.description,
    maxSessionDurationSeconds: spec.maxSessionDurationSeconds,
    trustPolicy: canonicalizePolicy(spec.trustPolicy),
    inlinePolicies: canonicalPolicies(inlinePolicies),
    attachedPolicyArns: [...(spec.managedPolicyArns ?? [])].sort(),
    tags: comparableTags(spec.tags),
  };
}

export function observedRoleShape(role: ObservedRole): RoleShape {
  return {
    path: role.path,
    description: role.description,
    maxSessionDurationSeconds: role.maxSessionDurationSeconds,
    // Providers already canonicalize; doing it again costs little and makes the planner robust to a provider that forgot.
    trustPolicy: canonicalizePolicy(role.trustPolicy),
    inlinePolicies: canonicalPolicies(role.inlinePolicies),
    attachedPolicyArns: [...role.attachedPolicyArns].sort(),
    tags: comparableTags(role.tags),
  };
}

export function desiredCredentialShape(name: string, roleArn: string): CredentialShape {
  return { name, type: CREDENTIAL_TYPE, roleArn };
}

export function observedCredentialShape(credential: ObservedCredential): CredentialShape {
  return { name: credential.name, type: credential.typeName, roleArn: credential.roleArn ?? null };
}

export function desiredIntegrationShape(integration: DesiredIntegration): IntegrationShape {
  return { name: integration.name, enabled: integration.enabled, notes: integration.notes, credential: integration.credentialName };
}

/** The observed integration, its credential shown by name (or `(unknown credential <id>)`). */
export function observedIntegrationShape(
  integration: ObservedIntegration,
  credentialKey: string,
  credentials: readonly ObservedCredential[],
): IntegrationShape {
  const credentialId = integration.config.credentials[credentialKey];
  let credential: string | null = null;
  if (credentialId !== undefined) {
    credential = credentials.find((candidate) => candidate.id === credentialId)?.name ?? `(unknown credential ${credentialId})`;
  }
  return {
    name: integration.config.name || integration.name,
    enabled: integration.intendedState === 'ENABLED',
    notes: integration.config.notes,
    credential,
  };
}

/** The comparable shape of a desired or an observed data action (a copy: the plan never aliases its inputs). */
export function actionShape(action: ActionShape): ActionShape {
  return {
    category: action.category,
    functionArn: action.functionArn,
    timeoutSeconds: action.timeoutSeconds,
    secure: action.secure,
    contract: { input: action.contract.input, output: action.contract.output },
    request: { template: action.request.template, headers: { ...action.request.headers } },
    response: {
      translationMap: { ...action.response.translationMap },
      translationMapDefaults: { ...action.response.translationMapDefaults },
      successTemplate: action.response.successTemplate,
    },
  };
}
