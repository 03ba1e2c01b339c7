/* eslint-disable */
/**
 * Generated from schemas/ by `npm run codegen` (scripts/codegen.mjs). DO NOT EDIT.
 */

/**
 * A Genesys Cloud data action that invokes an AWS Lambda function, with its contracts, templates and smoke tests.
 */
export interface DataActionManifest {
  /**
   * Manifest format version; always `genesys-lambda-gitops/v1`.
   */
  apiVersion: 'genesys-lambda-gitops/v1';
  /**
   * Always `DataAction`.
   */
  kind: 'DataAction';
  /**
   * Identity of the resource. Resources are matched with live state by name.
   */
  metadata: {
    /**
     * Data action name (1–256 characters), unique across the manifests. May use `{{ env.name }}` and `{{ vars.NAME }}`, resolved for the selected Environment (e.g. `Get Bookable Slots {{ env.name }}`).
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
   * The data action.
   */
  spec: {
    /**
     * Name of the Integration manifest this action belongs to.
     */
    integration: string;
    /**
     * Category shown in Genesys (1–256 characters). Default: the integration name. May use `{{ env.name }}` and `{{ vars.NAME }}`.
     */
    category?: string;
    /**
     * Lambda function ARN, optionally with a version or alias qualifier (`arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`). May use `{{ vars.NAME }}`, `{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}` and `{{ genesys.region }}`, resolved for the selected Environment.
     */
    function: string;
    /**
     * Genesys-side timeout, 1–60 seconds. Default: 60 (as Genesys).
     */
    timeoutSeconds?: number;
    /**
     * Secure action: inputs and outputs are sensitive and never shown in logs, comments or plans. Changing it recreates the action. Default: `false`.
     */
    secure?: boolean;
    /**
     * Input and output contracts (JSON Schema under Genesys' rules). Changing them recreates the action.
     */
    contract: {
      /**
       * JSON Schema of the input: an object whose properties are string, integer, number, boolean or null (a flat object, Genesys' rule). Names match `^[a-zA-Z][a-zA-Z0-9_-]*$`; `orgId`, `integrationId` and `rawRequest` are reserved.
       */
      input: {};
      /**
       * JSON Schema of the output: an object; nested objects and arrays of primitives are allowed, arrays of objects or arrays are not; no `$ref`; at most 50 levels deep.
       */
      output: {};
    };
    /**
     * How the Lambda event is built.
     */
    request?: {
      /**
       * Velocity template whose output is the Lambda event. Default: `${input.rawRequest}` (the whole input object).
       */
      template?: string;
      /**
       * Headers passed to the Lambda (as client context). Default: none.
       */
      headers?: {
        /**
         * Header value.
         */
        [k: string]: string;
      };
    };
    /**
     * How the Lambda result becomes the action output.
     */
    response?: {
      /**
       * Variables for the success template: name → JSONPath into the Lambda result (e.g. `$.hours.open`). Default: none.
       */
      translationMap?: {
        /**
         * JSONPath expression.
         */
        [k: string]: string;
      };
      /**
       * Value used when a translation-map JSONPath finds nothing, by variable name. Default: none.
       */
      translationMapDefaults?: {
        /**
         * Default value (JSON text, e.g. `"\"unknown\""`).
         */
        [k: string]: string;
      };
      /**
       * Velocity template that builds the output; it must match the output contract. Default: `${rawResult}` (the Lambda result as is).
       */
      successTemplate?: string;
    };
    /**
     * Smoke tests, run against the action after apply (and checked against the contracts by validate).
     *
     * Items: One smoke test.
     */
    tests?: {
      /**
       * Test name, unique within the action.
       */
      name: string;
      /**
       * Input values; must validate against the input contract. A value may be (or contain) `{{ secrets.NAME }}`: a secret test input, read at apply from the environment variable `GENESYS_TEST_SECRET_NAME` (NAME upper-cased), masked, and shown as `(secret)` everywhere.
       */
      input: {
        /**
         * One input value.
         */
        [k: string]: string | number | boolean | null;
      };
      /**
       * Expected output, matched partially: every key given must be in the output contract and match; other keys may exist.
       */
      expect: {};
      /**
       * Also run the test through `/execute` after publishing (real output instead of the test trace). Default: `false`.
       */
      execute?: boolean;
    }[];
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
