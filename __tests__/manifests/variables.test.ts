/** `{{ ... }}` resolution, table-driven. */
import { describe, expect, it } from 'vitest';
import { LIVE_ORG_ID_TOKEN } from '../../src/model/desired-state.js';
import { resolveString, resolveTree, type ResolutionRules, type VariableScope } from '../../src/manifests/variables.js';

const scope: VariableScope = {
  vars: { fn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders', team: 'cs' },
  builtins: { 'env.name': 'dev', 'aws.accountId': undefined, 'aws.region': 'eu-west-1', 'genesys.region': 'eu-west-1' },
  unsetReasons: { 'aws.accountId': 'environment "dev" does not set spec.aws.accountId' },
};
const everywhere: ResolutionRules = { allowOrgId: false, allowVars: true };
const trustPolicy: ResolutionRules = { allowOrgId: true, allowVars: true };
const insideVars: ResolutionRules = { allowOrgId: false, allowVars: false };
const testInput: ResolutionRules = { allowOrgId: false, allowVars: true, allowSecrets: true };

type Case = [name: string, text: string, rules: ResolutionRules, value: string, codes: string[]];

const cases: Case[] = [
  ['plain text is untouched', 'no variables here', everywhere, 'no variables here', []],
  ['a var', '{{ vars.fn }}', everywhere, 'arn:aws:lambda:eu-west-1:123456789012:function:orders', []],
  ['spacing inside the braces is free', '{{vars.team}}-{{   env.name   }}', everywhere, 'cs-dev', []],
  ['built-ins', '{{ aws.region }}/{{ genesys.region }}/{{ env.name }}', everywhere, 'eu-west-1/eu-west-1/dev', []],
  [
    'Velocity is left alone',
    '{"id": "${input.orderId}", "x": "$!{input.x}"} #if($a) $b #end',
    everywhere,
    '{"id": "${input.orderId}", "x": "$!{input.x}"} #if($a) $b #end',
    [],
  ],
  ['Velocity and variables mix', '{"team": "{{ vars.team }}", "id": "${input.id}"}', everywhere, '{"team": "cs", "id": "${input.id}"}', []],
  ['undefined var', '{{ vars.missing }}', everywhere, '{{ vars.missing }}', ['GLG-UNDEFINED-VARIABLE']],
  ['unknown built-in', '{{ aws.account }}', everywhere, '{{ aws.account }}', ['GLG-UNDEFINED-VARIABLE']],
  ['unknown namespace', '{{ config.token }}', everywhere, '{{ config.token }}', ['GLG-UNDEFINED-VARIABLE']],
  ['a secret in a test input is kept for apply', 'Bearer {{ secrets.API_TOKEN }}', testInput, 'Bearer {{ secrets.API_TOKEN }}', []],
  ['a secret anywhere else', '{{ secrets.API_TOKEN }}', everywhere, '{{ secrets.API_TOKEN }}', ['GLG-SECRET-PLACEMENT']],
  ['not closed, in an unknown namespace', 'x-{{ team', everywhere, 'x-{{ team', ['GLG-VARIABLE-SYNTAX']],
  ['a stray {{ before a reference', '{{ {{ vars.team }}', everywhere, '{{ cs', ['GLG-VARIABLE-SYNTAX']],
  ['built-in the environment leaves unset', '{{ aws.accountId }}', everywhere, '{{ aws.accountId }}', ['GLG-UNDEFINED-VARIABLE']],
  ['not a reference', '{{ fn }}', everywhere, '{{ fn }}', ['GLG-VARIABLE-SYNTAX']],
  ['not closed', 'arn:{{ vars.fn', everywhere, 'arn:{{ vars.fn', ['GLG-VARIABLE-SYNTAX']],
  ['org id in a trust policy becomes the plan-time token', '{{genesys.orgId}}', trustPolicy, LIVE_ORG_ID_TOKEN, []],
  ['org id elsewhere', '{{ genesys.orgId }}', everywhere, '{{ genesys.orgId }}', ['GLG-ORG-ID-PLACEMENT']],
  ['vars cannot use vars', '{{ vars.fn }}', insideVars, '{{ vars.fn }}', ['GLG-UNDEFINED-VARIABLE']],
  ['vars can use built-ins', 'x-{{ env.name }}', insideVars, 'x-dev', []],
  [
    'several problems in one string',
    '{{ vars.a }}{{ vars.b }}',
    everywhere,
    '{{ vars.a }}{{ vars.b }}',
    ['GLG-UNDEFINED-VARIABLE', 'GLG-UNDEFINED-VARIABLE'],
  ],
  ['inherited names are not variables', '{{ vars.constructor }}', everywhere, '{{ vars.constructor }}', ['GLG-UNDEFINED-VARIABLE']],
];

describe('resolveString', () => {
  it.each(cases)('%s', (_name, text, rules, value, codes) => {
    const result = resolveString(text, scope, rules);
    expect(result.value).toBe(value);
    expect(result.problems.map((problem) => problem.code)).toEqual(codes);
  });

  it('names the defined variables when one is missing', () => {
    const [problem] = resolveString('{{ vars.fnn }}', scope, everywhere).problems;
    expect(problem?.message).toContain('defined: fn, team');
    expect(problem?.reference).toBe('{{ vars.fnn }}');
  });
});

describe('resolveTree', () => {
  it('resolves strings at any depth, reports paths, and leaves keys and other values alone', () => {
    const tree = { a: ['{{ vars.team }}', 3, true, null], b: { '{{ vars.team }}': '{{ vars.nope }}' } };
    const result = resolveTree(tree, ['spec'], scope, () => everywhere);
    expect(result.value).toEqual({ a: ['cs', 3, true, null], b: { '{{ vars.team }}': '{{ vars.nope }}' } });
    expect(result.problems.map((problem) => problem.path)).toEqual([['spec', 'b', '{{ vars.team }}']]);
    expect(tree.a[0]).toBe('{{ vars.team }}');
  });

  it('keeps a "__proto__" key as data', () => {
    const tree = JSON.parse('{"__proto__": {"polluted": "{{ vars.team }}"}}') as unknown;
    const result = resolveTree(tree, [], scope, () => everywhere).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
