/**
 * `{{ namespace.name }}` variables. Double braces were chosen because
 * Velocity, used in data-action templates, owns `$name`, `${...}`, `$!{...}`
 * and `#directive`, and never uses `{{`: a template can mix both freely.
 *
 * Namespaces: `vars` (the Environment's `spec.vars`), `env` (`name`), `aws`
 * (`accountId`, `region`), `genesys` (`region`, and `orgId` which is left for
 * the planner because only the live org knows it), and `secrets` (test inputs
 * only, left for apply, which reads them from the environment: see
 * model/test-secrets.ts). Any other `{{` is an error, so a reference is never
 * kept as literal text by accident.
 */
import { LIVE_ORG_ID_TOKEN } from '../model/desired-state.js';
import type { DiagnosticCode } from './diagnostic-codes.js';
import type { PathSegment } from './manifest-document.js';

/** Values available to `{{ ... }}` references in one Environment. */
export interface VariableScope {
  /** The Environment's `spec.vars`, already resolved. */
  vars: Readonly<Record<string, string>>;
  /** Built-ins by `namespace.name`; undefined when the Environment leaves it unset (e.g. `aws.accountId`). */
  builtins: Readonly<Record<string, string | undefined>>;
  /** Why a built-in is undefined, for the message. */
  unsetReasons?: Readonly<Record<string, string>>;
}

/** A problem with one reference, at a character offset of the string. */
export interface VariableProblem {
  code: DiagnosticCode;
  message: string;
  /** The reference as written, to find its column in the source. */
  reference: string;
}

/** What may appear where. */
export interface ResolutionRules {
  /** `{{ genesys.orgId }}` is allowed (Role trust policies only). */
  allowOrgId: boolean;
  /** `{{ vars.* }}` is allowed (not inside `spec.vars` itself, which would allow cycles). */
  allowVars: boolean;
  /** `{{ secrets.* }}` is allowed (test input values only); it is kept for apply to resolve. */
  allowSecrets?: boolean;
}

const REFERENCE = /\{\{([^{}]*)\}\}/g;
const NAME = /^\s*([A-Za-z]+)\.([A-Za-z][A-Za-z0-9_]*)\s*$/;
const SECRET_NAMESPACE = 'secrets';

/** Resolves every reference in one string. */
export function resolveString(text: string, scope: VariableScope, rules: ResolutionRules): { value: string; problems: VariableProblem[] } {
  const problems: VariableProblem[] = [];
  const value = text.replace(REFERENCE, (reference: string, inner: string) => {
    const match = NAME.exec(inner);
    if (!match) {
      problems.push({
        code: 'GLG-VARIABLE-SYNTAX',
        message: `"${reference}" is not a variable reference; write {{ vars.NAME }}, {{ env.name }}, {{ aws.accountId }}, {{ aws.region }} or {{ genesys.region }}`,
        reference,
      });
      return reference;
    }
    const [, namespace, name] = match as unknown as [string, string, string];
    const qualified = `${namespace}.${name}`;
    if (namespace === SECRET_NAMESPACE) {
      if (rules.allowSecrets) return reference;
      problems.push({
        code: 'GLG-SECRET-PLACEMENT',
        message: `"${reference}" (a secret test input, read at apply from GENESYS_TEST_SECRET_${name.toUpperCase()}) is allowed only as a value in spec.tests[].input`,
        reference,
      });
      return reference;
    }
    if (qualified === 'genesys.orgId') {
      if (rules.allowOrgId) return LIVE_ORG_ID_TOKEN;
      problems.push({
        code: 'GLG-ORG-ID-PLACEMENT',
        message: '{{ genesys.orgId }} (the live org id, known only at plan time) is allowed only in a Role trustPolicy',
        reference,
      });
      return reference;
    }
    if (namespace === 'vars') {
      if (!rules.allowVars) {
        problems.push({
          code: 'GLG-UNDEFINED-VARIABLE',
          message: `variables cannot refer to other variables ("${reference}"); use the built-ins only`,
          reference,
        });
        return reference;
      }
      const resolved = Object.hasOwn(scope.vars, name) ? scope.vars[name] : undefined;
      if (resolved === undefined) {
        const known = Object.keys(scope.vars).sort();
        problems.push({
          code: 'GLG-UNDEFINED-VARIABLE',
          message: `variable "${name}" is not defined in the Environment's spec.vars${known.length > 0 ? ` (defined: ${known.join(', ')})` : ' (it defines none)'}`,
          reference,
        });
        return reference;
      }
      return resolved;
    }
    if (!Object.hasOwn(scope.builtins, qualified)) {
      problems.push({
        code: 'GLG-UNDEFINED-VARIABLE',
        message: `unknown variable "${qualified}"; built-ins are ${Object.keys(scope.builtins).sort().join(', ')}, genesys.orgId, vars.NAME, and secrets.NAME in test inputs`,
        reference,
      });
      return reference;
    }
    const builtin = scope.builtins[qualified];
    if (builtin === undefined) {
      problems.push({
        code: 'GLG-UNDEFINED-VARIABLE',
        message: `"${qualified}" is not set${scope.unsetReasons?.[qualified] ? `: ${scope.unsetReasons[qualified]}` : ''}`,
        reference,
      });
      return reference;
    }
    return builtin;
  });
  const stray = strayBraces(text);
  if (stray) problems.push(stray);
  return { value, problems };
}

/** Whatever `{{` is left outside a well-formed reference would reach Genesys or IAM as literal text. */
function strayBraces(text: string): VariableProblem | undefined {
  const stray = text.replace(REFERENCE, (reference) => ' '.repeat(reference.length)).indexOf('{{');
  if (stray === -1) return undefined;
  const excerpt = (/^\{\{[^\n}]{0,40}/.exec(text.slice(stray))?.[0] ?? '{{').trimEnd();
  return {
    code: 'GLG-VARIABLE-SYNTAX',
    message: `"${excerpt}" is not a variable reference closed with }}; write {{ namespace.name }}`,
    reference: excerpt,
  };
}

/** A problem found somewhere in a tree, with the path of its string. */
export interface LocatedVariableProblem extends VariableProblem {
  path: PathSegment[];
}

/**
 * Resolves every string in a JSON tree (keys are left alone: they are names,
 * not values). Returns a new tree; the input is not modified.
 */
export function resolveTree(
  value: unknown,
  basePath: readonly PathSegment[],
  scope: VariableScope,
  rulesAt: (path: readonly PathSegment[]) => ResolutionRules,
): { value: unknown; problems: LocatedVariableProblem[] } {
  const problems: LocatedVariableProblem[] = [];
  const visit = (node: unknown, path: PathSegment[]): unknown => {
    if (typeof node === 'string') {
      if (!node.includes('{{')) return node;
      const resolved = resolveString(node, scope, rulesAt(path));
      for (const problem of resolved.problems) problems.push({ ...problem, path });
      return resolved.value;
    }
    if (Array.isArray(node)) return node.map((item, index) => visit(item, [...path, index]));
    if (node !== null && typeof node === 'object') {
      const result: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(node)) {
        // defineProperty: a key such as "__proto__" stays data and never becomes a prototype.
        Object.defineProperty(result, key, { value: visit(member, [...path, key]), enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    return node;
  };
  return { value: visit(value, [...basePath]), problems };
}
