/**
 * One fact read from AWS at plan time, as the planner needs to know it: what
 * was found, that AWS says it does not exist, or that the deployer may not
 * read it. An unreadable fact names the IAM permission that would have let
 * the read through, so a check built on it is `unverifiable`, never a pass.
 */

export type AwsReading<T> =
  | { status: 'found'; value: T }
  /** AWS answered that the thing does not exist (e.g. ResourceNotFoundException); `message` says what is missing. */
  | { status: 'missing'; message: string }
  /** The read was refused or cannot be made with these credentials; `permission` is what the deployer lacks, e.g. `lambda:GetPolicy`. */
  | { status: 'unreadable'; permission: string; message: string };
