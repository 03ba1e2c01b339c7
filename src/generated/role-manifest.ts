/* eslint-disable */
/**
 * Generated from schemas/ by `npm run codegen` (scripts/codegen.mjs). DO NOT EDIT.
 */

/**
 * One string or a list of strings.
 */
export type StringOrList = string | string[];

/**
 * The AWS IAM role that Genesys Cloud assumes to invoke Lambda functions. Its trust and permission policies are generated unless written out here; either way the Genesys-aware IAM lint checks them.
 */
export interface RoleManifest {
  /**
   * Manifest format version; always `genesys-lambda-gitops/v1`.
   */
  apiVersion: 'genesys-lambda-gitops/v1';
  /**
   * Always `Role`.
   */
  kind: 'Role';
  /**
   * Identity of the resource. Resources are matched with live state by name.
   */
  metadata: {
    /**
     * IAM role name (1–64 characters: letters, digits and `+=,.@_-`). May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment (the resolved name must follow the same rule).
     */
    name: string;
    /**
     * Free text for people reading the manifests; not sent anywhere.
     */
    description?: string;
    /**
     * Free-form key/value labels for people and tooling; not sent anywhere.
     */
    labels?: {
      /**
       * Label value.
       */
      [k: string]: string;
    };
    /**
     * Limit this resource to these Environments (by name). Default: every Environment.
     *
     * @minItems 1
     *
     * Items: Name of an Environment manifest.
     */
    environments?: [string, ...string[]];
  };
  /**
   * The role.
   */
  spec: {
    /**
     * IAM role description. Default: empty.
     */
    description?: string;
    /**
     * IAM path. Default: `/`.
     */
    path?: string;
    /**
     * Maximum session duration, 3600–43200 seconds. Default: 3600.
     */
    maxSessionDurationSeconds?: number;
    trustPolicy?: PolicyDocument;
    permissionPolicy?: PolicyDocument1;
    /**
     * Name of the inline permission policy. Default: `genesys-lambda-invoke`.
     */
    permissionPolicyName?: string;
    /**
     * Managed policies to attach to the role, by ARN (AWS-managed `arn:aws:iam::aws:policy/...` or your own `arn:aws:iam::ACCOUNT:policy/...`). Apply attaches these and detaches every other managed policy. Broad AWS-managed policies (such as `AWSLambda_FullAccess`) are a warning that needs a suppression with a reason. Default: none.
     *
     * @maxItems 20
     *
     * Items: A managed policy ARN.
     */
    managedPolicyArns?:
      | []
      | [string]
      | [string, string]
      | [string, string, string]
      | [string, string, string, string]
      | [string, string, string, string, string]
      | [string, string, string, string, string, string]
      | [string, string, string, string, string, string, string]
      | [string, string, string, string, string, string, string, string]
      | [string, string, string, string, string, string, string, string, string]
      | [string, string, string, string, string, string, string, string, string, string]
      | [string, string, string, string, string, string, string, string, string, string, string]
      | [string, string, string, string, string, string, string, string, string, string, string, string]
      | [string, string, string, string, string, string, string, string, string, string, string, string, string]
      | [string, string, string, string, string, string, string, string, string, string, string, string, string, string]
      | [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string
        ]
      | [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string
        ]
      | [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string
        ]
      | [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string
        ]
      | [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string
        ]
      | [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string
        ];
    /**
     * IAM tags. The tool adds `managed-by` and `genesys-lambda-gitops/environment` itself; those keys are reserved.
     */
    tags?: {
      /**
       * Tag value.
       */
      [k: string]: string;
    };
    /**
     * Warnings accepted on purpose for this resource. Only warnings can be suppressed; errors cannot.
     *
     * Items: One accepted warning.
     */
    suppressions?: {
      /**
       * Diagnostic code to suppress, e.g. `GLG-IAM-PERMISSION-WILDCARD`.
       */
      code: string;
      /**
       * Why this warning is acceptable (required; reviewers read it).
       */
      reason: string;
    }[];
  };
}
/**
 * Trust policy, written out. Default: generated, allowing only `sts:AssumeRole` by the Genesys AWS account for the Environment's Genesys region, with `StringEquals sts:ExternalId` = `{{ genesys.orgId }}` (the live org id, resolved at plan time). `{{ genesys.orgId }}` is only allowed here.
 */
export interface PolicyDocument {
  /**
   * Policy language version; use `2012-10-17`.
   */
  Version: '2012-10-17' | '2008-10-17';
  /**
   * Optional policy id.
   */
  Id?: string;
  /**
   * One statement or a list of them.
   */
  Statement: Statement | Statement[];
}
/**
 * One IAM policy statement.
 */
export interface Statement {
  /**
   * Statement id.
   */
  Sid?: string;
  /**
   * `Allow` or `Deny`.
   */
  Effect: 'Allow' | 'Deny';
  /**
   * `"*"` or a map such as `{ AWS: "arn:aws:iam::765628985471:root" }`.
   */
  Principal?:
    | string
    | {
        [k: string]: StringOrList;
      };
  /**
   * Rejected by the IAM lint; listed so that the error can point at it.
   */
  NotPrincipal?:
    | string
    | {
        [k: string]: StringOrList;
      };
  /**
   * One string or a list of strings.
   */
  Action?: string | string[];
  /**
   * One string or a list of strings.
   */
  NotAction?: string | string[];
  /**
   * One string or a list of strings.
   */
  Resource?: string | string[];
  /**
   * One string or a list of strings.
   */
  NotResource?: string | string[];
  /**
   * Condition operator → condition key → value(s), e.g. `StringEquals: { sts:ExternalId: "{{ genesys.orgId }}" }`.
   */
  Condition?: {
    /**
     * Condition key → value(s).
     */
    [k: string]: {
      /**
       * Value(s) to compare with.
       */
      [k: string]: StringOrList | boolean | number;
    };
  };
}
/**
 * Inline permission policy, written out. Default: generated, allowing only `lambda:InvokeFunction` on exactly the function ARNs of the DataActions whose Integration uses this Role.
 */
export interface PolicyDocument1 {
  /**
   * Policy language version; use `2012-10-17`.
   */
  Version: '2012-10-17' | '2008-10-17';
  /**
   * Optional policy id.
   */
  Id?: string;
  /**
   * One statement or a list of them.
   */
  Statement: Statement | Statement[];
}
