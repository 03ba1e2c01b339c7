/* eslint-disable */
/**
 * Generated from schemas/ by `npm run codegen` (scripts/codegen.mjs). DO NOT EDIT.
 */

/**
 * The Genesys Cloud `aws-lambda-data-actions` integration and the `amazonWebServicesARN` credential that holds its role ARN.
 */
export interface IntegrationManifest {
  /**
   * Manifest format version; always `genesys-lambda-gitops/v1`.
   */
  apiVersion: 'genesys-lambda-gitops/v1';
  /**
   * Always `Integration`.
   */
  kind: 'Integration';
  /**
   * Identity of the resource. Resources are matched with live state by name.
   */
  metadata: {
    /**
     * Integration name (1–256 characters), also its configuration name. May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment.
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
   * The integration.
   */
  spec: {
    /**
     * The role Genesys assumes: the name of a Role manifest, or `{ arn: ... }` for a role managed elsewhere.
     */
    role:
      | string
      | {
          /**
           * IAM role ARN. May use `{{ vars.NAME }}`, `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}` and `{{ genesys.region }}`, resolved for the selected Environment.
           */
          arn: string;
        };
    /**
     * Intended state: `true` → ENABLED, `false` → DISABLED. Default: `true`.
     */
    enabled?: boolean;
    /**
     * Integration configuration notes. Default: `Managed by genesys-lambda-gitops`.
     */
    notes?: string;
    /**
     * Name of the credential holding the role ARN. Default: the integration name followed by ` role`. May use `{{ env.name }}` and `{{ vars.NAME }}`.
     */
    credentialName?: string;
  };
}
