/**
 * Lambda function ARNs, the `requestUrlTemplate` of a Lambda data action:
 * `arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`, where
 * the qualifier is a version number, `$LATEST` or an alias name. IAM treats
 * qualified and unqualified ARNs as different resources, so the qualifier
 * is kept exactly as written.
 */

/** The parts of a valid function ARN. */
export interface LambdaFunctionArn {
  partition: string;
  region: string;
  accountId: string;
  functionName: string;
  /** Version, `$LATEST` or alias; undefined for an unqualified ARN. */
  qualifier?: string;
}

/** A parsed ARN, or a sentence saying what is wrong with it. */
export type LambdaArnParse = { ok: true; arn: LambdaFunctionArn } | { ok: false; reason: string };

const PARTITION = /^aws(-[a-z]+)*$/;
const REGION = /^[a-z]{2,4}(-[a-z]+)+-[0-9]+$/;
const ACCOUNT = /^[0-9]{12}$/;
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const QUALIFIER = /^(\$LATEST|[0-9]+|[A-Za-z0-9_-]{1,128})$/;

/** Parses and checks every part of a function ARN. */
export function parseLambdaFunctionArn(text: string): LambdaArnParse {
  const parts = text.split(':');
  if (parts[0] !== 'arn' || parts.length < 7) {
    return fail('expected arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]');
  }
  const [, partition, service, region, accountId, resourceType, functionName, qualifier, ...rest] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string | undefined,
    ...string[],
  ];
  if (!PARTITION.test(partition)) return fail(`partition "${partition}" is not an AWS partition (aws, aws-cn, aws-us-gov, ...)`);
  if (service !== 'lambda') return fail(`service is "${service}", expected "lambda"`);
  if (!REGION.test(region)) return fail(`region "${region}" is not an AWS region name`);
  if (!ACCOUNT.test(accountId)) return fail(`account "${accountId}" is not a 12-digit AWS account id`);
  if (resourceType !== 'function') return fail(`resource type is "${resourceType}", expected "function"`);
  if (!FUNCTION_NAME.test(functionName))
    return fail(`function name "${functionName}" must be 1–64 letters, digits, hyphens or underscores`);
  if (rest.length > 0) return fail('too many ":"-separated parts after the function name');
  if (qualifier !== undefined && !QUALIFIER.test(qualifier))
    return fail(`qualifier "${qualifier}" is not a version, $LATEST or an alias name`);
  const arn: LambdaFunctionArn = { partition, region, accountId, functionName };
  if (qualifier !== undefined) arn.qualifier = qualifier;
  return { ok: true, arn };
}

function fail(reason: string): LambdaArnParse {
  return { ok: false, reason };
}

/** The IAM role ARN shape accepted for `Integration.spec.role.arn`. */
export const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::[0-9]{12}:role\/([\x21-\x7e]+\/)*[\w+=,.@-]{1,64}$/;
