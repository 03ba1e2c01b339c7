/**
 * The Plan: plain, JSON-serializable data. Computed by the pure planner from
 * DesiredState and ObservedState, rendered by separate renderers, and
 * executed by apply. Sensitive values are already redacted here, so no
 * renderer can leak them.
 */

/** What happens to one resource. Every switch over it ends in assertNever. */
export type ChangeAction = 'create' | 'update' | 'replace' | 'delete' | 'no-op';

/** Resource kinds in dependency order. */
export type ResourceKind = 'role' | 'credential' | 'integration' | 'action';

/**
 * Risk flags a reviewer must see.
 * - `permissions-broadened`: the trust or permission policy admits more than before (statement-level).
 * - `breaking-contract`: an output field removed or retyped, or an input newly required.
 * - `destructive`: the resource (or its id, for replace) goes away.
 * - `repoint-flows`: a replace gives the data action a new id; Architect flows using the old one must be re-pointed.
 * - `drift`: live state differs from what the manifests (and so the last apply) set.
 */
export type RiskFlag = 'permissions-broadened' | 'breaking-contract' | 'destructive' | 'repoint-flows' | 'drift';

/** One changed field. `path` is a list of keys/indexes from the resource root. */
export interface FieldDiff {
  path: (string | number)[];
  kind: 'add' | 'remove' | 'update';
  /** Absent for `add`; the string `(sensitive)` when {@link sensitive}. */
  before?: unknown;
  /** Absent for `remove`; the string `(sensitive)` when {@link sensitive}. */
  after?: unknown;
  /** Genesys or IAM cannot change this field in place. */
  forcesReplace: boolean;
  sensitive: boolean;
}

/**
 * One resource's change.
 *
 * | action  | before        | after          |
 * |---------|---------------|----------------|
 * | create  | null          | desired        |
 * | update  | observed      | desired        |
 * | replace | observed      | desired        |
 * | delete  | observed      | null           |
 * | no-op   | observed      | desired (equal)|
 *
 * before/after are the comparable (normalized) shapes of the resource, with
 * sensitive values replaced by `(sensitive)`.
 */
export interface ResourceChange {
  /** `role/<name>`, `credential/<name>`, `integration/<name>`, `action/<integration>/<name>`. */
  address: string;
  kind: ResourceKind;
  /** Resource name (for actions: the action name). */
  name: string;
  action: ChangeAction;
  /** Live id (Genesys id or role ARN) when the resource exists. */
  liveId?: string;
  before: unknown;
  after: unknown;
  fields: FieldDiff[];
  /** Why Genesys/IAM cannot update in place (replace only). */
  replaceReasons: string[];
  /** For display only; apply never reads it. */
  reason: string;
  risks: RiskFlag[];
  /** Details per risk for display (what broadened, which contract fields break, what drifted); absent when none. */
  riskNotes?: Partial<Record<RiskFlag, string[]>>;
  /** Where the manifest declared it (absent for deletes of undeclared resources). */
  source?: { file: string; line: number; column: number };
}

/** A resource that exists, is owned, is no longer declared, and is kept because prune is off. */
export interface SkippedDelete {
  address: string;
  kind: ResourceKind;
  name: string;
  liveId: string;
  reason: string;
}

/**
 * What a cross-system check is about.
 * - `aws-account`: the AWS account in use is the one the manifest pins.
 * - `trust-external-id`: every trust statement that lets Genesys in requires sts:ExternalId = the live Genesys org id.
 * - `trust-principal`: the trust policy lets the Genesys account for the org's region assume the role, and no one else.
 * - `credential-role-arn`: the Genesys credential holds the declared role's ARN.
 * - `function-covered`: the role's identity policies let it invoke the action's function (see iam/evaluate.ts).
 * - `function-exists`: Lambda has the action's function and qualifier, Active, with a timeout Genesys waits for.
 * - `function-resource-policy`: a function in another account than its role allows that role to invoke it.
 * - `managed-policy-exists`: every managed policy a declared role attaches exists in IAM.
 *
 * The trust and function checks are judged on the live role and function as
 * AWS returns them (a declared role also on what apply will make it); a fact
 * AWS would not let the deployer read is `unverifiable`, never a pass.
 * - `role-ownership`: the live role is not managed by another environment.
 * - `duplicate-integration`: only one live integration has the declared name.
 * - `integration-state`: Genesys does not report the integration in state ERROR.
 */
export type CrossCheckCode =
  | 'aws-account'
  | 'trust-external-id'
  | 'trust-principal'
  | 'credential-role-arn'
  | 'function-covered'
  | 'function-exists'
  | 'function-resource-policy'
  | 'managed-policy-exists'
  | 'role-ownership'
  | 'duplicate-integration'
  | 'integration-state';

/** `fail` blocks apply; `warn` and `unverifiable` are shown to the reviewer. */
export type CrossCheckStatus = 'pass' | 'fail' | 'warn' | 'unverifiable';

/** A cross-system consistency check (ExternalId = org id, credential ARN = role ARN, function covered by role). */
export interface CrossCheck {
  code: CrossCheckCode;
  status: CrossCheckStatus;
  /** Address of the resource the check is about. */
  address: string;
  message: string;
}

/** Counts and flags, computed in the model (never in templates). */
export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  noOp: number;
  /** Deletes listed but not planned because prune is off. */
  skippedDeletes: number;
  hasChanges: boolean;
  hasDeletes: boolean;
  permissionsBroadened: boolean;
  breakingContract: boolean;
  drift: boolean;
  failedChecks: number;
}

/** A redacted smoke test planned for a data action (the real inputs stay in DesiredState). */
export interface PlannedSmokeTest {
  address: string;
  testName: string;
  input: unknown;
  expect: unknown;
  secure: boolean;
  /** Why it runs: the action changes, or only the role it runs with does (its policies changed). Absent: the action changes. */
  trigger?: 'action-changed' | 'role-changed';
}

/** The whole plan. */
export interface Plan {
  formatVersion: 1;
  environment: string;
  /** Destructive first, then by dependency order and address. */
  changes: ResourceChange[];
  skippedDeletes: SkippedDelete[];
  checks: CrossCheck[];
  smokeTests: PlannedSmokeTest[];
  summary: PlanSummary;
  /** sha256 of canonical desired + observed state: apply refuses a stale reviewed plan. */
  fingerprint: string;
  prune: boolean;
}
