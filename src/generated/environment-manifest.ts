/* eslint-disable */
/**
 * Generated from schemas/ by `npm run codegen` (scripts/codegen.mjs). DO NOT EDIT.
 */

/**
 * A deployment target: the Genesys Cloud org region, the AWS account and region, and named variables. The same Role, Integration and DataAction manifests are promoted between Environments.
 */
export interface EnvironmentManifest {
  /**
   * Manifest format version; always `genesys-lambda-gitops/v1`.
   */
  apiVersion: 'genesys-lambda-gitops/v1';
  /**
   * Always `Environment`.
   */
  kind: 'Environment';
  /**
   * Identity of the resource. Resources are matched with live state by name.
   */
  metadata: {
    /**
     * Environment name, chosen with `--environment` / the `environment` input, and available as `{{ env.name }}`.
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
  };
  /**
   * Where this Environment deploys.
   */
  spec: {
    /**
     * The Genesys Cloud org.
     */
    genesys: {
      /**
       * Region of the Genesys Cloud org: its AWS region name (`eu-west-1`) or its domain (`mypurecloud.ie`). Decides the API host and the Genesys AWS account that assumes the Role.
       */
      region: string;
    };
    /**
     * The AWS account that holds the Role and the Lambda functions.
     */
    aws: {
      /**
       * The 12-digit AWS account id, quoted. When set, plan and apply refuse to run with credentials for another account, and `{{ aws.accountId }}` can be used.
       */
      accountId?: string;
      /**
       * AWS region for the SDK clients, e.g. `eu-west-1`.
       */
      region: string;
    };
    /**
     * Named variables, used in other manifests as `{{ vars.NAME }}`. Values are strings and may use the built-ins `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}`, `{{ genesys.region }}` (not other vars).
     */
    vars?: {
      /**
       * Variable value.
       */
      [k: string]: string;
    };
  };
}
