import { describe, expect, it } from 'vitest';
import { findExpectationMismatches, judgeSmokeRun, type SmokeExpectation, type SmokeRun } from '../../src/apply/smoke-evaluation.js';
import { runSmokeTest, type SmokeRunnerDependencies, type SmokeTestRequest } from '../../src/apply/smoke-runner.js';
import { GenesysApiError, GenesysTransportError } from '../../src/providers/genesys/genesys-api-error.js';
import { desiredAction } from '../providers/genesys/desired-action-fixture.js';

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
      'reports a failed call (not the action) with the whole description',
      run({
        success: false,
        callFailure: {
          message: 'Genesys API POST /x/draft/test failed with HTTP 502: page +1317',
          withoutServerText: 'Genesys API POST /x/draft/test failed with HTTP 502',
        },
      }),
      {},
      ['the call to Genesys failed, not the action: Genesys API POST /x/draft/test failed with HTTP 502: page +1317'],
    ],
    [
      "shows our own description of a failed call for a secure action, without Genesys' body text",
      run({
        success: false,
        error: 'phone +1317',
        callFailure: {
          message: 'Genesys API POST /x/test failed with HTTP 504: phone +1317',
          withoutServerText: 'Genesys API POST /x/test failed with HTTP 504',
        },
      }),
      { secure: true },
      ['the call to Genesys failed, not the action: Genesys API POST /x/test failed with HTTP 504'],
    ],
    [
      'shows a transport failure of a secure action in full (it carries no action data)',
      run({
        success: false,
        callFailure: {
          message: 'Genesys API POST /x/execute failed: fetch failed: other side closed (UND_ERR_SOCKET)',
          withoutServerText: 'Genesys API POST /x/execute failed: fetch failed: other side closed (UND_ERR_SOCKET)',
        },
      }),
      { secure: true },
      ['the call to Genesys failed, not the action: Genesys API POST /x/execute failed: fetch failed: other side closed (UND_ERR_SOCKET)'],
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

describe('runSmokeTest: a call that fails is reported as the call, not as the action', () => {
  const api = (status: number, message = 'echo +1317'): GenesysApiError =>
    new GenesysApiError({
      method: 'POST',
      path: '/api/v2/integrations/actions/d-1/draft/test?flatten=false',
      status,
      code: status === 500 ? 'internal.server.error' : undefined,
      genesysMessage: message,
      contextId: 'ctx-1',
      body: undefined,
    });
  const socket = new GenesysTransportError(
    'POST',
    '/api/v2/integrations/actions/a-1/execute?flatten=false',
    'network',
    'fetch failed: other side closed (UND_ERR_SOCKET)',
  );

  async function run(error: Error, secure: boolean, endpoint: SmokeTestRequest['endpoint'], attempts = 3) {
    let calls = 0;
    const fail = async (): Promise<never> => {
      calls += 1;
      throw error;
    };
    const genesys: SmokeRunnerDependencies['genesys'] = { testDraft: fail, testAction: fail, executeAction: fail };
    const action = desiredAction({ secure, tests: [{ name: 'shipped', input: { orderId: '1' }, expect: {}, execute: false }] });
    const [test] = action.tests;
    if (!test) throw new Error('fixture has no test');
    const lines: string[] = [];
    const result = await runSmokeTest(
      { address: 'action/x', action, actionId: 'd-1', test, endpoint },
      { attempts, firstDelayMs: 1 },
      { genesys, log: (line) => lines.push(line), sleep: async () => undefined, now: () => 0 },
    );
    return { result, calls, lines };
  }

  it.each<[string, Error, boolean, SmokeTestRequest['endpoint'], string, boolean]>([
    [
      "a 502 after the client's retries",
      api(502),
      false,
      'draft-test',
      'the call to Genesys failed, not the action: Genesys API POST /api/v2/integrations/actions/d-1/draft/test?flatten=false failed with HTTP 502: echo +1317 (contextId ctx-1)',
      true,
    ],
    [
      'a 502 of a secure action: status and call kept, body text hidden',
      api(502),
      true,
      'draft-test',
      'the call to Genesys failed, not the action: Genesys API POST /api/v2/integrations/actions/d-1/draft/test?flatten=false failed with HTTP 502 (contextId ctx-1)',
      true,
    ],
    [
      'a 504 on /test',
      api(504),
      false,
      'test',
      'the call to Genesys failed, not the action: Genesys API POST /api/v2/integrations/actions/d-1/draft/test?flatten=false failed with HTTP 504: echo +1317 (contextId ctx-1)',
      true,
    ],
    [
      'a dropped connection of a secure action',
      socket,
      true,
      'execute',
      'the call to Genesys failed, not the action: Genesys API POST /api/v2/integrations/actions/a-1/execute?flatten=false failed: fetch failed: other side closed (UND_ERR_SOCKET)',
      true,
    ],
    [
      'a Lambda error (500) from /execute stays a failure of the action',
      api(500),
      false,
      'execute',
      'Genesys reported failure: Genesys API POST /api/v2/integrations/actions/d-1/draft/test?flatten=false failed with HTTP 500 internal.server.error: echo +1317 (contextId ctx-1)',
      false,
    ],
    [
      'a Lambda error (500) of a secure action stays hidden',
      api(500),
      true,
      'execute',
      'Genesys reported failure: (error text hidden: secure action)',
      false,
    ],
    [
      'a 400 bad.request from /execute stays a failure of the action',
      api(400, 'bad input'),
      false,
      'execute',
      'Genesys reported failure: Genesys API POST /api/v2/integrations/actions/d-1/draft/test?flatten=false failed with HTTP 400: bad input (contextId ctx-1)',
      false,
    ],
  ])('%s', async (_name, error, secure, endpoint, failure, callFailed) => {
    const { result, calls, lines } = await run(error, secure, endpoint);
    expect(result.failures).toEqual([failure]);
    expect(result.passed).toBe(false);
    expect(result.callFailed === true).toBe(callFailed);
    // The client has spent its retry budget on a failed call: the runner adds no second loop.
    expect(calls).toBe(endpoint === 'draft-test' || callFailed ? 1 : 3);
    expect(lines.at(-1)).toContain(failure);
  });
});
