/**
 * The policies a Role gets when its manifest does not write them out:
 * the narrowest documents that let Genesys invoke exactly the functions its
 * data actions call. Deterministic: same inputs, byte-identical documents.
 */
import { genesysPrincipalArn } from '../genesys/regions.js';
import type { PolicyDocument } from '../iam/policy-document.js';
import { LIVE_ORG_ID_TOKEN } from '../model/desired-state.js';

/** Name of the inline permission policy when the Role does not set one. */
export const DEFAULT_PERMISSION_POLICY_NAME = 'genesys-lambda-invoke';

/**
 * Allow `sts:AssumeRole` for the Genesys account, only with the org's
 * external id ({@link LIVE_ORG_ID_TOKEN}; the planner substitutes the live id).
 */
export function generateTrustPolicy(genesysAccountId: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: genesysPrincipalArn(genesysAccountId) },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': LIVE_ORG_ID_TOKEN } },
      },
    ],
  };
}

/**
 * Allow `lambda:InvokeFunction` on exactly these function ARNs (sorted,
 * de-duplicated, qualifiers kept); no statement at all when there are none.
 */
export function generatePermissionPolicy(functionArns: readonly string[]): PolicyDocument {
  const resources = [...new Set(functionArns)].sort();
  return {
    Version: '2012-10-17',
    Statement: resources.length === 0 ? [] : [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: resources }],
  };
}
