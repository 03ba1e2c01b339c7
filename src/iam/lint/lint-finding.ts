/**
 * What the Genesys-aware IAM lint reports. Findings are addressed by JSON
 * path inside the policy document they concern; the manifest loader maps
 * them to the exact YAML node (policy written out) or to the Role manifest
 * (policy generated).
 */
import type { Severity } from '../../diagnostics/diagnostic.js';

/** Which of the role's two documents a finding is about. */
export type LintedPolicy = 'trust' | 'permission';

/** One IAM lint finding. */
export interface RoleLintFinding {
  severity: Severity;
  /** A `GLG-IAM-*` code from the manifest diagnostic registry. */
  code: string;
  message: string;
  policy: LintedPolicy;
  /** Path inside the policy document, e.g. `['Statement', 0, 'Principal', 'AWS']`. */
  path: (string | number)[];
  /** Point at the key of the node at `path` rather than its value. */
  atKey?: boolean;
  /** The data action the finding is about (missing grants). */
  dataActionName?: string;
}

/** A function that a data action using the role invokes. */
export interface InvokedFunction {
  /** Fully resolved function ARN, qualifier included. */
  arn: string;
  dataActionName: string;
}
