/**
 * The README's "Permissions the tool needs": the table (one row per AWS
 * permission, a ✓ per mode) and the paste-able least-privilege policy of
 * each mode (a ```json block between `<!-- deployer-policy:<mode>:start -->`
 * and `:end -->` markers), parsed for the permission tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDocument, PolicyStatement } from '../../src/iam/policy-document.js';
import { repositoryRoot } from '../support/repository-root.js';

export type DeployerMode = 'plan' | 'apply' | 'apply with prune';
export const DEPLOYER_MODES: { mode: DeployerMode; marker: string }[] = [
  { mode: 'plan', marker: 'plan' },
  { mode: 'apply', marker: 'apply' },
  { mode: 'apply with prune', marker: 'prune' },
];

const readme = (): string => readFileSync(join(repositoryRoot, 'README.md'), 'utf8');

function section(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(readme());
  if (!match?.[1]) throw new Error(`README has no ${name} section`);
  return match[1];
}

/** The permissions the table marks for `mode`, sorted. */
export function documentedActions(mode: DeployerMode): string[] {
  const lines = section('deployer-permissions')
    .split('\n')
    .filter((line) => line.startsWith('|'));
  const header = (lines[0] ?? '').split('|').map((cell) => cell.trim());
  const column = header.indexOf(mode);
  if (column < 0) throw new Error(`the permissions table has no "${mode}" column`);
  return lines
    .slice(2)
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells[column] === '✓')
    .map((cells) => (cells[1] ?? '').replaceAll('`', ''))
    .sort();
}

/** The README's policy for `mode`, as written (with its placeholders). */
export function documentedPolicy(mode: DeployerMode): PolicyDocument {
  const marker = DEPLOYER_MODES.find((entry) => entry.mode === mode)?.marker ?? mode;
  const json = /```json\n([\s\S]*?)```/.exec(section(`deployer-policy:${marker}`))?.[1];
  if (json === undefined) throw new Error(`the ${mode} policy has no json block`);
  return JSON.parse(json) as PolicyDocument;
}

/** Every action the policy for `mode` allows, sorted and distinct. */
export function policyActions(mode: DeployerMode): string[] {
  const statements = documentedPolicy(mode).Statement as PolicyStatement[];
  return [
    ...new Set(statements.flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action ?? '']))),
  ].sort();
}

/** What the README's placeholders stand for in one deployment; a list value expands a resource into one per item. */
export type PolicyPlaceholders = Record<'ACCOUNT_ID' | 'REGION' | 'ROLE_NAME' | 'FUNCTION_NAME', string | string[]>;

/** The README's policy for `mode` with its placeholders filled in, as a user would paste it. */
export function instantiatedPolicy(mode: DeployerMode, values: PolicyPlaceholders): PolicyDocument {
  const expand = (resource: string): string[] =>
    Object.entries(values).reduce<string[]>(
      (partial, [name, value]) =>
        partial.flatMap((text) =>
          text.includes(name) ? (Array.isArray(value) ? value : [value]).map((item) => text.split(name).join(item)) : [text],
        ),
      [resource],
    );
  const statements = (documentedPolicy(mode).Statement as PolicyStatement[]).map((statement) => {
    const resources =
      statement.Resource === undefined
        ? undefined
        : (Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]).flatMap(expand);
    return resources === undefined ? statement : { ...statement, Resource: resources };
  });
  return { Version: '2012-10-17', Statement: statements };
}
