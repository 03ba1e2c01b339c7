/**
 * The Plan: plain, JSON-serializable data. Computed by the pure planner from
 * DesiredState and ObservedState, rendered by separate renderers, and
 * executed by apply. Sensitive values are already redacted here, so no
 * renderer can leak them.
 */
import type { ActionConsumer } from '../model/architect-consumers.js';

export type { ActionConsumer } from '../model/architect-consumers.js';

/**
 * What happens to one resource. Every switch over it ends in assertNever.
 * `adopt`: the resource exists live but is not yet owned (an IAM role without
 * this tool's management tags; a Genesys resource the drift baseline does not
 * declare, e.g. on the first pull request after `export`). Its `fields` are
 * what adopting it writes: none means adopting it is not a change at all.
 */
export type ChangeAction = 'create' | 'update' | 'replace' | 'delete' | 'no-op' | 'adopt';

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
 * | adopt   | observed      | desired        |
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
  /**
   * Replace or delete of a data action: the published flows (and other Architect resources)
   * that call its live id, from dependency tracking. Absent when they were not read.
   */
  consumers?: ActionConsumer[];
  /** Why {@link consumers} could not be read (e.g. a missing permission): unknown, never "none". */
  consumersUnknown?: string;
  /**
   * Set on the delete of an action this tool renamed during a replace (a superseded old action,
   * or a replacement an interrupted apply left behind): planned whether prune is on or not, and
   * kept instead of deleted if a flow uses it by the time apply gets there.
   */
  retirement?: 'superseded' | 'replacement';
}

/** A resource that exists, is owned, is no longer declared, and is kept because prune is off. */
export interface SkippedDelete {
  address: string;
  kind: ResourceKind;
  name: string;
  liveId: string;
  reason: string;
  /** For a data action: the published flows that call it (see {@link ResourceChange.consumers}). */
  consumers?: ActionConsumer[];
  consumersUnknown?: string;
}

/**
 * A data action an earlier replace renamed to `<name> (superseded <time>)` (or a replacement an
 * interrupted apply left under its temporary name). It still answers under its old id, so it is
 * kept while published flows use it, and deleted by the first apply that finds none.
 */
export interface SupersededAction {
  /** `action/<integration>/<its current name>`. */
  address: string;
  /** Its current (lifecycle) name. */
  name: string;
  /** The declared action it stood for. */
  actionName: string;
  /** When it was superseded (ISO-8601 UTC), when its name says. */
  since?: string;
  liveId: string;
  kind: 'superseded' | 'replacement';
  /** `delete`: no published flow uses it (a delete is planned); `keep`: used, or its consumers are unknown. */
  disposition: 'delete' | 'keep';
  consumers?: ActionConsumer[];
  consumersUnknown?: string;
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
 * - `architect-consumers`: the consumers of the actions a plan replaces or deletes could be read from
 *   Architect dependency tracking, from an up-to-date index (`unverifiable` without the permission, `warn` when stale).
 * - `used-action-delete`: a delete (prune) of a data action that published flows still use, or whose
 *   consumers could not be read, is refused (`fail`) unless `allow-deleting-used-actions` is set (`warn`).
 * - `used-role-delete`: a delete (prune) of a role that a Genesys integration signs in with (its
 *   credential holds the role's ARN) is refused (`fail`); `warn` when a credential's ARN is not shown.
 * - `test-secret`: every secret test input of a planned smoke test is set (`GENESYS_TEST_SECRET_*`).
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
  | 'integration-state'
  | 'architect-consumers'
  | 'used-action-delete'
  | 'used-role-delete'
  | 'test-secret';

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
  /** Resources adopted (live, not yet owned), with or without a write; the ones with a write count as changes. */
  adopt: number;
  /** Deletes listed but not planned because prune is off. */
  skippedDeletes: number;
  hasChanges: boolean;
  hasDeletes: boolean;
  permissionsBroadened: boolean;
  breakingContract: boolean;
  drift: boolean;
  failedChecks: number;
  /** Distinct published flows that use the data actions this plan replaces or deletes (set by the planner). */
  consumingFlows?: number;
}

/** A redacted smoke test planned for a data action (the real inputs stay in DesiredState). */
export interface PlannedSmokeTest {
  address: string;
  testName: string;
  /** The input, with every value that uses a secret test input shown as `(secret)`. */
  input: unknown;
  expect: unknown;
  secure: boolean;
  /**
   * Environment variables (`GENESYS_TEST_SECRET_*`) the test needs that the
   * plan did not see set: the plan skips the test, and apply fails it unless
   * they are set then. Absent when nothing is missing (or the shell could not tell).
   */
  missingSecrets?: string[];
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
  /** Actions kept under a superseded name, and why (set by the planner; every plan shows them). */
  superseded?: SupersededAction[];
  checks: CrossCheck[];
  smokeTests: PlannedSmokeTest[];
  summary: PlanSummary;
  /** sha256 of canonical desired + observed state: apply refuses a stale reviewed plan. */
  fingerprint: string;
  prune: boolean;
}
