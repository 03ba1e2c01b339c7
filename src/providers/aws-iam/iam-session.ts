/**
 * One IAM client and the way every call through it is made: a failure is
 * wrapped with the operation and the role (RoleOperationError), with the
 * signing credentials scrubbed from the message. The reader, writer and
 * deleter modules share it, and classify failures with the predicates here.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import type { STSClient } from '@aws-sdk/client-sts';
import { isAwsError, wrapRoleError, type CredentialValues, type RoleOperationError } from './role-operation-error.js';

/** What a failed call was doing, for its message. */
export interface IamCallContext {
  /** The SDK command, e.g. `GetRole`. */
  command: string;
  /** A phrase such as `read` or `put inline policy x of`. */
  action: string;
  roleName: string | undefined;
}

export interface IamSession {
  readonly iam: IAMClient;
  /** Runs one SDK call; its failure becomes a RoleOperationError naming the operation and the role. */
  call<T>(context: IamCallContext, run: () => Promise<T>): Promise<T>;
}

export function createIamSession(iam: IAMClient, sts: STSClient): IamSession {
  const knownCredentials = async (): Promise<CredentialValues[]> => {
    const known: CredentialValues[] = [];
    for (const provider of [iam.config.credentials, sts.config.credentials]) {
      try {
        if (typeof provider === 'function') known.push(await provider());
      } catch {
        // No credentials resolvable: then none can leak either.
      }
    }
    return known;
  };
  return {
    iam,
    async call(context, run) {
      try {
        return await run();
      } catch (error) {
        if (error instanceof Error && error.name === 'RoleOperationError') throw error;
        throw wrapRoleError(error, { ...context, credentials: await knownCredentials() });
      }
    },
  };
}

/** The wrapped SDK failure said the entity does not exist. */
export function isNoSuchEntity(error: unknown): boolean {
  return isAwsErrorOf(error, 'NoSuchEntity');
}

/**
 * The wrapped SDK failure is a refusal of the deployer's permissions. A 403
 * whose body the SDK could not parse counts too (moto answers some services'
 * denials in XML), but a bad signature or an unknown key is not a refusal of
 * one read: those fail the run.
 */
export function isAccessDenied(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'RoleOperationError') return false;
  const failure = error as RoleOperationError;
  if (isAwsError(failure.cause, 'AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation')) return true;
  return failure.httpStatusCode === 403 && isAwsError(failure.cause, 'SyntaxError', 'Error');
}

/** Runs a removal step; NoSuchEntity means someone removed that part already, which is what the step wanted. */
export async function ignoringMissing(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!isNoSuchEntity(error)) throw error;
  }
}

/** The wrapped SDK failure carries one of these AWS error codes. */
export function isAwsErrorOf(error: unknown, ...codes: string[]): boolean {
  return isAwsError((error as RoleOperationError | undefined)?.cause, ...codes);
}
