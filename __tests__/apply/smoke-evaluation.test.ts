import { describe, expect, it } from 'vitest';
import { findExpectationMismatches, judgeSmokeRun, type SmokeExpectation, type SmokeRun } from '../../src/apply/smoke-evaluation.js';

const contract = {
  type: 'object',
  properties: { status: { type: 'string' }, eta: { type: 'string' }, items: { type: 'array', items: { type: 'string' } } },
};
const base: SmokeExpectation = { expect: { status: 'SHIPPED' }, outputContract: contract, timeoutSeconds: 10, secure: false };
const run = (over: Partial<SmokeRun>): SmokeRun => ({ success: true, output: { status: 'SHIPPED', eta: 'x' }, elapsedMs: 100, ...over });

describe('judgeSmokeRun', () => {
  it.each<[string, SmokeRun, Partial<SmokeExpectation>, string[]]>([
    ['passes on a partial match', run({}), {}, []],
    [
      'reports Genesys failure with its error',
      run({ success: false, error: 'AccessDenied' }),
      {},
      ['Genesys reported failure: AccessDenied'],
    ],
    [
      'hides the error text of a secure action',
      run({ success: false, error: 'phone +1317' }),
      { secure: true },
      ['Genesys reported failure: (error text hidden: secure action)'],
    ],
    ['reports a value mismatch', run({ output: { status: 'LOST' } }), {}, ['expect: status: expected "SHIPPED", got "LOST"']],
    ['reports a missing key', run({ output: {} }), {}, ['expect: status: expected "SHIPPED", got nothing']],
    [
      'hides values of a secure action',
      run({ output: { status: 'LOST' } }),
      { secure: true },
      ['expect: status does not match (values hidden: secure action)'],
    ],
    [
      'reports an output contract violation',
      run({ output: { status: 'SHIPPED', eta: 5 } }),
      {},
      ['output contract: output.eta must be string'],
    ],
    [
      'reports latency over the timeout',
      run({ elapsedMs: 10_001 }),
      {},
      ["latency: took 10001 ms, over the action's timeoutSeconds (10 s)"],
    ],
  ])('%s', (_name, smokeRun, over, failures) => {
    expect(judgeSmokeRun(smokeRun, { ...base, ...over })).toEqual(failures);
  });
});

describe('findExpectationMismatches', () => {
  it.each<[string, unknown, unknown, number]>([
    ['nested partial object', { a: { b: 1 } }, { a: { b: 1, c: 2 }, d: 3 }, 0],
    ['nested difference', { a: { b: 1 } }, { a: { b: 2 } }, 1],
    ['arrays compare whole', { items: ['x'] }, { items: ['x', 'y'] }, 1],
    ['object expected, scalar found', { a: { b: 1 } }, { a: 'b' }, 1],
    ['booleans', { found: true }, { found: false }, 1],
  ])('%s', (_name, expected, actual, count) => {
    expect(findExpectationMismatches(expected, actual)).toHaveLength(count);
  });
});

describe('judgeSmokeRun with a redaction (secret test inputs)', () => {
  const SECRET = 'pa"ss\\wo<rd>|x';
  /** Replaces the secret in strings, and marks error texts, so the test sees which way each was asked. */
  const redact = <T>(value: T, error?: boolean): T => {
    const walk = (node: unknown): unknown => {
      if (typeof node === 'string') return node.split(SECRET).join(error ? '(secret:error)' : '(secret)');
      if (Array.isArray(node)) return node.map(walk);
      if (node !== null && typeof node === 'object') {
        return Object.fromEntries(Object.entries(node).map(([key, member]) => [walk(key), walk(member)]));
      }
      return node;
    };
    return walk(value) as T;
  };
  const withRedact: Partial<SmokeExpectation> = { redact };

  it.each<[string, SmokeRun, Partial<SmokeExpectation>, string[]]>([
    [
      'redacts the actual value before quoting it as JSON',
      run({ output: { status: `got ${SECRET}` } }),
      withRedact,
      ['expect: status: expected "SHIPPED", got "got (secret)"'],
    ],
    [
      'redacts nested values and arrays before quoting them',
      run({ output: { status: 'SHIPPED', items: ['a', SECRET] } }),
      { ...withRedact, expect: { items: ['a'] } },
      ['expect: items: expected ["a"], got ["a","(secret)"]'],
    ],
    [
      'redacts the expected value too',
      run({ output: { status: 'LOST' } }),
      { ...withRedact, expect: { status: `x${SECRET}` } },
      ['expect: status: expected "x(secret)", got "LOST"'],
    ],
    [
      "redacts Genesys' error text as an error message",
      run({ success: false, error: `bad input ${SECRET}` }),
      withRedact,
      ['Genesys reported failure: bad input (secret:error)'],
    ],
    [
      'judges the run as it was (a value equal to the expectation passes)',
      run({ output: { status: SECRET } }),
      { ...withRedact, expect: { status: SECRET } },
      [],
    ],
  ])('%s', (_name, smokeRun, over, failures) => {
    const judged = judgeSmokeRun(smokeRun, { ...base, ...over });
    expect(judged).toEqual(failures);
    expect(judged.join('\n')).not.toContain(JSON.stringify(SECRET).slice(1, -1));
  });

  it('redacts a contract violation path with an echoed key', () => {
    const failures = judgeSmokeRun(run({ output: { status: 'SHIPPED', [SECRET]: 5 } }), {
      ...base,
      outputContract: { ...contract, additionalProperties: { type: 'string' } },
      redact,
    });
    expect(failures).toEqual(['output contract: output.(secret) must be string']);
  });
});
