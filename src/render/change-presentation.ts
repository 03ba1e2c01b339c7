/** Words and symbols that every plan renderer uses for actions, risks and check results. */
import type { ChangeAction, CrossCheck, RiskFlag } from '../plan/types.js';

/** Terraform-style symbol: `+` create, `~` update, `-/+` replace, `-` delete, ` ` no-op, `<=` adopt (brought under management). */
export function actionSymbol(action: ChangeAction): string {
  switch (action) {
    case 'create':
      return '+';
    case 'update':
      return '~';
    case 'replace':
      return '-/+';
    case 'delete':
      return '-';
    case 'no-op':
      return ' ';
    case 'adopt':
      return '<=';
    default:
      return assertNever(action);
  }
}

/** The verb a reviewer reads: `create`, `update in place`, `replace`, `delete`, `unchanged`, `adopt`. */
export function actionVerb(action: ChangeAction): string {
  switch (action) {
    case 'create':
      return 'create';
    case 'update':
      return 'update in place';
    case 'replace':
      return 'replace';
    case 'delete':
      return 'delete';
    case 'no-op':
      return 'unchanged';
    case 'adopt':
      return 'adopt';
    default:
      return assertNever(action);
  }
}

export function riskLabel(risk: RiskFlag): string {
  switch (risk) {
    case 'permissions-broadened':
      return 'permissions broadened';
    case 'breaking-contract':
      return 'breaking contract';
    case 'destructive':
      return 'destructive';
    case 'repoint-flows':
      return 're-point flows';
    case 'drift':
      return 'drift';
    default:
      return assertNever(risk);
  }
}

export function checkStatusIcon(status: CrossCheck['status']): string {
  switch (status) {
    case 'fail':
      return '❌ fail';
    case 'warn':
      return '⚠️ warn';
    case 'unverifiable':
      return '❔ unverifiable';
    case 'pass':
      return '✅ pass';
    default:
      return assertNever(status);
  }
}

/** fail, warn, unverifiable, pass: what needs attention first. */
export function checkStatusRank(status: CrossCheck['status']): number {
  return ['fail', 'warn', 'unverifiable', 'pass'].indexOf(status);
}

function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}
