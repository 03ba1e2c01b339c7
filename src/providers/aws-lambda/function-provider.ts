/**
 * The narrow interface through which the plan reads Lambda (never writes
 * it): each data action's function, and, when the function lives in another
 * AWS account than the role that invokes it, the function's resource policy.
 * The implementation (AWS SDK v3, default credential chain,
 * `AWS_ENDPOINT_URL` honoured) lives beside this file; tests run it against
 * moto_server, and apply-logic tests use the in-memory fake.
 */
import type { CanonicalPolicyDocument } from '../../iam/policy-document.js';
import type { AwsReading } from '../../model/aws-reading.js';
import type { ObservedFunction } from '../../model/observed-lambda.js';

export interface FunctionProvider {
  /**
   * GetFunctionConfiguration on the ARN exactly as declared (a qualified ARN
   * as-is). `missing` says whether the function or only its qualifier is
   * missing; a refused read is `unreadable` (lambda:GetFunctionConfiguration).
   */
  readFunction(functionArn: string): Promise<AwsReading<ObservedFunction>>;
  /**
   * GetPolicy on the ARN as declared: the resource-based policy that governs
   * invoking exactly that ARN. `missing` when the function has none; a refused
   * read is `unreadable` (lambda:GetPolicy).
   */
  readResourcePolicy(functionArn: string): Promise<AwsReading<CanonicalPolicyDocument>>;
}
