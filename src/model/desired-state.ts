/**
 * DesiredState: what the manifests ask for, for one environment, with
 * `{{ vars.* }}` resolved. Produced by the pure manifest loader, consumed by
 * the pure planner. Plain data only.
 *
 * One value cannot be known offline: the live Genesys org id, which is the
 * trust policy's `sts:ExternalId`. Manifests write it as
 * {@link LIVE_ORG_ID_TOKEN}; generated trust policies contain the same token;
 * the planner substitutes the observed org id.
 */
import type { PolicyDocument } from '../iam/policy-document.js';
import type { JsonObject, JsonValue } from './json.js';

/** Placeholder for the live Genesys organization id, resolved at plan time. */
export const LIVE_ORG_ID_TOKEN = '{{ genesys.orgId }}';

/** Where a desired resource was declared, for diagnostics and plan links. */
export interface SourceRef {
  /** Path relative to the manifests folder's parent (as the user passed it). */
  file: string;
  /** 1-based line of the document's `kind:` (or start of the document). */
  line: number;
  /** 1-based column. */
  column: number;
}

/** The deployment target, from the selected `Environment` manifest. */
export interface DesiredEnvironment {
  name: string;
  genesys: {
    /** AWS region name of the Genesys org, e.g. `eu-west-1`. */
    region: string;
    /** Domain for the API and login hosts, e.g. `mypurecloud.ie`. */
    domain: string;
    /** The Genesys AWS account that assumes roles (765628985471, or 325654371633 for FedRAMP). */
    awsAccountId: string;
  };
  aws: {
    /** The AWS account the roles live in, when the manifest pins it (checked against STS). */
    accountId?: string;
    /** The AWS region used for the SDK clients. */
    region: string;
  };
}

/** An IAM role that Genesys assumes. Trust and permission policies are always materialized. */
export interface DesiredRole {
  name: string;
  /** IAM path, default `/`. */
  path: string;
  description: string;
  /** 3600–43200. */
  maxSessionDurationSeconds: number;
  /**
   * The trust policy. Its `sts:ExternalId` condition holds {@link LIVE_ORG_ID_TOKEN}
   * when generated, or whatever the manifest wrote.
   */
  trustPolicy: PolicyDocument;
  /** True when the trust policy was generated rather than written in the manifest. */
  trustPolicyGenerated: boolean;
  /** The inline permission policy (only `lambda:InvokeFunction` when generated). */
  permissionPolicy: PolicyDocument;
  permissionPolicyGenerated: boolean;
  /** Name of the inline policy holding {@link permissionPolicy}. */
  permissionPolicyName: string;
  /** ARNs of the managed policies attached to the role (sorted; absent or empty: none). */
  managedPolicyArns?: string[];
  /** User tags; the management tags are added by the provider. */
  tags: Record<string, string>;
  source: SourceRef;
}

/** How an integration's credential finds its role. */
export type DesiredRoleReference = { kind: 'managed'; roleName: string } | { kind: 'external'; roleArn: string };

/** The Genesys `aws-lambda-data-actions` integration and its `amazonWebServicesARN` credential. */
export interface DesiredIntegration {
  /** Integration name, also the config name; matched by name. */
  name: string;
  role: DesiredRoleReference;
  /** intendedState ENABLED vs DISABLED. */
  enabled: boolean;
  /** Integration config notes. */
  notes: string;
  /** Name of the credential this tool keeps for the integration. */
  credentialName: string;
  source: SourceRef;
}

/** A JSON Schema object for a data-action contract (plain JSON: Genesys' typings lack `items`). */
export type ContractSchema = JsonObject;

/** One smoke test declared on a data action. */
export interface DesiredActionTest {
  name: string;
  /** Flat map of input values, sent as the body of `/test` or `/draft/test`. */
  input: Record<string, JsonValue>;
  /** Expected output, matched partially (every key given must match; others may exist). */
  expect: JsonObject;
  /** Also run the test through `/execute` after publishing (real output, not the debug trace). */
  execute: boolean;
  /**
   * Names of the secrets its input values refer to (`{{ secrets.NAME }}`, kept
   * as written in {@link input} and resolved only at apply: model/test-secrets.ts);
   * absent when it uses none.
   */
  secrets?: string[];
}

/** A data action that calls a Lambda function. */
export interface DesiredDataAction {
  name: string;
  /** Name of the {@link DesiredIntegration} it belongs to. */
  integrationName: string;
  category: string;
  /** Fully resolved Lambda function ARN (requestUrlTemplate). */
  functionArn: string;
  /** 1–60. */
  timeoutSeconds: number;
  secure: boolean;
  contract: { input: ContractSchema; output: ContractSchema };
  request: { template: string; headers: Record<string, string> };
  response: {
    translationMap: Record<string, string>;
    translationMapDefaults: Record<string, string>;
    successTemplate: string;
  };
  tests: DesiredActionTest[];
  source: SourceRef;
}

/** Everything the manifests declare for one environment. */
export interface DesiredState {
  environment: DesiredEnvironment;
  roles: DesiredRole[];
  integrations: DesiredIntegration[];
  dataActions: DesiredDataAction[];
}
