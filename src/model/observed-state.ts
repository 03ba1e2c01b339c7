/**
 * ObservedState: live AWS IAM and Genesys Cloud state, normalized by the
 * providers into the same shapes as {@link DesiredState} so that the pure
 * planner compares like with like (canonical policy documents, server-only
 * fields dropped, template text fetched when only URIs came back).
 */
import type { CanonicalPolicyDocument } from '../iam/policy-document.js';
import type { ObservedArchitect } from './architect-consumers.js';
import type { AwsReading } from './aws-reading.js';
import type { ContractSchema } from './desired-state.js';
import type { ObservedExternalRole } from './observed-external-role.js';
import type { ObservedFunction } from './observed-lambda.js';

/** Tag keys that mark a role as owned by this tool. */
export const MANAGED_BY_TAG = 'managed-by';
export const MANAGED_BY_VALUE = 'genesys-lambda-gitops';
export const ENVIRONMENT_TAG = 'genesys-lambda-gitops/environment';

/** A role as read from IAM. */
export interface ObservedRole {
  name: string;
  arn: string;
  path: string;
  description: string;
  maxSessionDurationSeconds: number;
  trustPolicy: CanonicalPolicyDocument;
  /** Inline policies by name, canonical. */
  inlinePolicies: Record<string, CanonicalPolicyDocument>;
  /** ARNs of attached managed policies (the manifest's `managedPolicyArns`; any other is drift). */
  attachedPolicyArns: string[];
  /** All tags, including the management tags. */
  tags: Record<string, string>;
}

/** A credential as read from Genesys. */
export interface ObservedCredential {
  id: string;
  name: string;
  /** e.g. `amazonWebServicesARN`. */
  typeName: string;
  /**
   * The role ARN in `credentialFields.ARN`, or undefined when Genesys redacts
   * it on GET (❓ unconfirmed either way; the planner then reports it as
   * unverifiable instead of claiming there is no drift).
   */
  roleArn: string | undefined;
}

/** An integration as read from Genesys, with its current config. */
export interface ObservedIntegration {
  id: string;
  name: string;
  integrationTypeId: string;
  intendedState: 'ENABLED' | 'DISABLED';
  /** reportedState.code: ACTIVE | ACTIVATING | INACTIVE | DEACTIVATING | ERROR. */
  reportedState: string | undefined;
  config: {
    name: string;
    version: number;
    notes: string;
    /** Credential key (e.g. `AmazonWebServicesARN`) → credential id. */
    credentials: Record<string, string>;
  };
}

/** A published data action as read from Genesys, normalized. */
export interface ObservedDataAction {
  id: string;
  name: string;
  integrationId: string;
  category: string;
  version: number;
  secure: boolean;
  contract: { input: ContractSchema; output: ContractSchema };
  functionArn: string;
  /** config.timeoutSeconds; Genesys' default (60) when the server leaves it out. */
  timeoutSeconds: number;
  request: { template: string; headers: Record<string, string> };
  response: {
    translationMap: Record<string, string>;
    translationMapDefaults: Record<string, string>;
    successTemplate: string;
  };
}

/** Everything live that the planner needs. */
export interface ObservedState {
  genesys: {
    /** `GET /api/v2/organizations/me` → id; the trust policy's sts:ExternalId. */
    orgId: string;
    /** The credential key the integration type declares (e.g. `AmazonWebServicesARN`). */
    credentialKey: string;
  };
  aws: {
    /** Account of the caller (STS GetCallerIdentity). */
    accountId: string;
  };
  /**
   * Roles by name: every desired role name (absent ones missing), plus, when
   * prune is on, the roles tagged as managed for this environment.
   */
  roles: Record<string, ObservedRole>;
  /** Roles named by ARN in an Integration (managed elsewhere, read only), by that ARN. Absent: not read. */
  externalRoles?: Record<string, AwsReading<ObservedExternalRole>>;
  /** Default-version documents of the managed policies declared on or attached to the roles, by ARN. Absent: not read. */
  managedPolicies?: Record<string, AwsReading<CanonicalPolicyDocument>>;
  /** Every data action's function (GetFunctionConfiguration), by the ARN as declared. Absent: not read. */
  lambdaFunctions?: Record<string, AwsReading<ObservedFunction>>;
  /**
   * Resource policies (GetPolicy) of the functions in another AWS account than
   * the role that invokes them, by the ARN as declared; `missing` means the
   * function has none. Absent: not read.
   */
  functionPolicies?: Record<string, AwsReading<CanonicalPolicyDocument>>;
  /** Credentials of type amazonWebServicesARN. */
  credentials: ObservedCredential[];
  /** Integrations of type aws-lambda-data-actions. */
  integrations: ObservedIntegration[];
  /** Data actions that belong to any of {@link integrations}. */
  dataActions: ObservedDataAction[];
  /**
   * Architect consumers of the actions a plan replaces or deletes (or would, or keeps superseded),
   * read after a first planning pass found them; absent when none needed reading (or nobody read them).
   */
  architect?: ObservedArchitect;
}
