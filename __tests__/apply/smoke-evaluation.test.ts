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
