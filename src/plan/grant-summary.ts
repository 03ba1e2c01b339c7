/**
 * What a policy document allows, in one short line for a reviewer:
 * `lambda:InvokeFunction on arn:…:function:orders; lambda:* on *`. Denies are
 * named as such; long lists are cut with a count of what was left out. Pure.
 */
import type { CanonicalPolicyDocument, CanonicalStatement } from '../iam/policy-document.js';

const MAX_STATEMENTS = 4;
const MAX_VALUES = 3;

export function summarizeGrants(document: CanonicalPolicyDocument): string {
  if (document.Statement.length === 0) return 'nothing';
  const parts = document.Statement.slice(0, MAX_STATEMENTS).map(statementSummary);
  const rest = document.Statement.length - MAX_STATEMENTS;
  return rest > 0 ? `${parts.join('; ')}; and ${rest} more statement(s)` : parts.join('; ');
}

function statementSummary(statement: CanonicalStatement): string {
  const actions = statement.Action !== undefined ? listed(statement.Action) : `everything except ${listed(statement.NotAction ?? [])}`;
  const resources =
    statement.Resource !== undefined
      ? listed(statement.Resource)
      : statement.NotResource !== undefined
        ? `everything except ${listed(statement.NotResource)}`
        : 'this resource';
  const condition = statement.Condition !== undefined && Object.keys(statement.Condition).length > 0 ? ' (with a condition)' : '';
  return `${statement.Effect === 'Deny' ? 'denies ' : ''}${actions} on ${resources}${condition}`;
}

function listed(values: readonly string[]): string {
  const shown = values.slice(0, MAX_VALUES).join(', ');
  return values.length > MAX_VALUES ? `${shown} and ${values.length - MAX_VALUES} more` : shown;
}
