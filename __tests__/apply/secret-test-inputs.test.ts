/**
 * Secret test inputs at apply, through the smoke runner over the in-memory Genesys fake: the value comes
 * from GENESYS_TEST_SECRET_<NAME> and reaches only the function; it is masked with the runner before the
 * call; whatever comes back (output, mismatches, Genesys' error text, the trace) shows `(secret)`; a
 * missing or empty variable fails the test without calling Genesys.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runSmokeTest, type SmokeTestRequest } from '../../src/apply/smoke-runner.js';
import { testSecretSource } from '../../src/commands/test-secrets.js';
import type { ApplyReport } from '../../src/apply/apply-report.js';
import type { DesiredActionTest, DesiredDataAction } from '../../src/model/desired-state.js';
import type { JsonObject, JsonValue } from '../../src/model/json.js';
import { GenesysApiError, parseErrorBody } from '../../src/providers/genesys/genesys-api-error.js';
import { MAX_MESSAGE_CHARS } from '../../src/providers/genesys/server-body-text.js';
import { renderApplyConsole, renderApplyMarkdown } from '../../src/render/apply-report.js';
import { escapeHtml, escapeMarkdownText } from '../../src/render/markdown-text.js';
import { createFakeGenesysProvider, type FakeGenesysProvider } from '../fakes/fake-genesys-provider.js';

const SECRET = 's3cr3t-client-secret-value';

const action: DesiredDataAction = {
  name: 'Set Emergency Group',
  integrationName: 'Emergency Lambda',
  category: 'Emergency',
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:set-emergency-group',
  timeoutSeconds: 10,
  secure: false,
  contract: {
    input: { type: 'object', properties: { ClientID: { type: 'string' }, ClientSecret: { type: 'string' } } },
    output: { type: 'object', properties: { Status: { type: 'string' }, Echo: { type: 'string' } } },
  },
  request: { template: '${input.rawRequest}', headers: {} },
  response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' },
  tests: [],
  source: { file: 'genesys/emergency.yaml', line: 1, column: 1 },
};

const test = {
  name: 'enables the group',
  input: { ClientID: 'client-1', ClientSecret: 'Secret {{ secrets.emergency_client_secret }}' },
  expect: { Status: 'Success' },
  execute: false,
  secrets: ['emergency_client_secret'],
};

let fake: FakeGenesysProvider;
let request: SmokeTestRequest;
let log: string[];
let masked: string[];

beforeEach(async () => {
  fake = createFakeGenesysProvider();
  const integrationId = await fake.provider.createIntegration('Emergency Lambda');
  const created = await fake.provider.createAction(action, integrationId);
  request = { address: 'action/Emergency Lambda/Set Emergency Group', action, actionId: created.id, test, endpoint: 'test' };
  log = [];
  masked = [];
});

const run = (env: Record<string, string | undefined>, overrides: Partial<SmokeTestRequest> = {}) =>
  runSmokeTest(
    { ...request, ...overrides },
    { attempts: 2, firstDelayMs: 1 },
    {
      genesys: fake.provider,
      log: (line) => log.push(line),
      sleep: async () => undefined,
      now: () => 0,
      testSecrets: testSecretSource(env, (value) => masked.push(value)),
    },
  );

describe('a smoke test with a secret input', () => {
  it('sends the value from GENESYS_TEST_SECRET_<NAME>, masked first, and shows (secret) in what comes back', async () => {
    const seen: unknown[] = [];
    fake.runFunction = (call) => {
      seen.push(call.input);
      return { output: { Status: 'Success', Echo: `got ${String(call.input['ClientSecret'])}` } };
    };
    const result = await run({ GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: SECRET });
    expect(seen).toEqual([{ ClientID: 'client-1', ClientSecret: `Secret ${SECRET}` }]);
    expect(masked).toEqual([SECRET]);
    expect(result).toMatchObject({ passed: true, output: { Status: 'Success', Echo: 'got Secret (secret)' } });
    expect(JSON.stringify(result) + log.join('\n')).not.toContain(SECRET);
  });

  it('redacts the value from mismatches, Genesys errors and the trace of a failing run', async () => {
    fake.runFunction = (call) =>
      call.endpoint === 'test' && seenOnce()
        ? { output: { Status: `Failure for ${String(call.input['ClientSecret'])}` } }
        : { error: `bad secret ${String(call.input['ClientSecret'])}` };
    let calls = 0;
    function seenOnce(): boolean {
      calls += 1;
      return calls === 1;
    }
    const result = await run({ GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: SECRET });
    expect(result.passed).toBe(false);
    expect(result.attempts).toBe(2);
    expect(result.failures.join('\n')).toContain('bad secret Secret (secret)');
    expect(JSON.stringify(result) + log.join('\n')).not.toContain(SECRET);
  });

  it.each([
    ['not set', {}],
    ['set to an empty value (an undefined GitHub secret)', { GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: '' }],
  ])('fails without calling Genesys when the variable is %s', async (_case, env) => {
    const result = await run(env);
    expect(result).toMatchObject({
      passed: false,
      attempts: 0,
      failures: ['secret test input not set: GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET (set it in the env of the step that applies)'],
    });
    expect(fake.calls.filter((call) => call.method === 'testAction')).toEqual([]);
    expect(log).toEqual([expect.stringContaining('FAILED: secret test input not set: GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET')]);
  });

  it('fails without a secret source at all (a caller that passes none)', async () => {
    const result = await runSmokeTest(
      request,
      { attempts: 1, firstDelayMs: 1 },
      {
        genesys: fake.provider,
        log: () => undefined,
        sleep: async () => undefined,
        now: () => 0,
      },
    );
    expect(result.passed).toBe(false);
  });
});

/**
 * Hostile secret values echoed back in every way a run can carry them. Each value is built around
 * ASCII fragments of 3+ characters seen nowhere else ("qzx", "vwj"...), so that no encoding a renderer
 * or server applies (JSON, ASCII-only JSON, HTML, markdown escaping, collapsed whitespace) can let a
 * part of it through unnoticed: the literal value, its JSON and HTML forms, and each fragment must be
 * absent from the result, the log, the console report and the summary markdown.
 */
describe('a secret echoed back in any form never reaches a report', () => {
  const SECRETS: [string, string][] = [
    ['quotes, backslash, <>|', 'qzx"vwj\\kpq<rdz>|xyk'],
    ['backslashes in a row', 'qzx\\\\vwj\\kpq\\'],
    ['HTML-like markup and &', '<b>qzx</b>&amp;vwj&kpq'],
    ['newlines, tabs, CR', 'qzx\nvwj\r\n\tkpq  rdz'],
    ['unicode (accents, CJK, emoji)', 'qzxä日本vwj😀kpq'],
    ['single and double quotes', `qzx'vwj"kpq'`],
    ['JSON text', '{"qzx":"vwj","kpq":[1]}'],
    ['URL and JSON Pointer specials', 'qzx/vwj~kpq%20rdz+'],
    ['only non-ASCII', 'ключ-密码'],
  ];

  type Echo = { output: JsonObject } | { error: string } | { thrown: Error };
  const ECHOES: [string, Partial<DesiredActionTest>, (v: string) => Echo][] = [
    ['as the whole value', {}, (v) => ({ output: { Status: v } })],
    ['inside a longer string', {}, (v) => ({ output: { Status: `got ${v}!` } })],
    ['in a nested object', { expect: { Nested: 'nope' } }, (v) => ({ output: { Status: 'ok', Nested: { deep: { value: v } } } })],
    ['in an array', { expect: { List: [] } }, (v) => ({ output: { Status: 'ok', List: ['a', v, `x${v}y`] } })],
    ['as a key (a contract violation names it)', {}, (v) => ({ output: { Status: 'nope', [`k-${v}`]: 5 } })],
    ['quoted as JSON in Genesys error text', {}, (v) => ({ error: `Invalid input: {"orderId":${JSON.stringify(v)}}` })],
    ['quoted as ASCII-only JSON (Python json.dumps)', {}, (v) => ({ error: `Lambda said ${asciiJson(v)}` })],
    ['quoted twice as JSON', {}, (v) => ({ error: JSON.stringify({ body: JSON.stringify({ orderId: v }) }) })],
    [
      'in an /execute error body of the Genesys API (one line, whitespace collapsed)',
      { execute: true },
      (v) => ({ thrown: genesysError({ message: `Invalid value ${v} for orderId`, contextId: 'ctx-1' }) }),
    ],
    [
      'quoted as JSON in an /execute error body of the Genesys API',
      { execute: true },
      (v) => ({ thrown: genesysError({ message: `Bad request body {"ClientSecret":${JSON.stringify(v)}}`, contextId: 'ctx-1' }) }),
    ],
    [
      'in a non-JSON /execute error body (quotes dropped)',
      { execute: true },
      (v) => ({ thrown: genesysApiError('POST', 502, `<html><body><h1>Bad input ${v}</h1></body></html>`) }),
    ],
  ];

  const cases = SECRETS.flatMap(([secretCase, secret]) =>
    ECHOES.map(([echoCase, over, echo]) => [secretCase, echoCase, secret, over, echo] as const),
  );

  it.each(cases)('%s, %s', async (_secretCase, _echoCase, secret, over, echo) => {
    const endpoint = over.execute ? 'execute' : 'test';
    const answer = (input: Record<string, JsonValue>): Echo => echo(String(input['ClientSecret']));
    const genesys = {
      ...fake.provider,
      testAction: fake.provider.testAction,
      executeAction: async (_id: string, input: Record<string, JsonValue>) => {
        const result = answer(input);
        if ('thrown' in result) throw result.thrown;
        if ('error' in result) throw new Error(result.error);
        return result.output;
      },
    };
    fake.runFunction = (call) => {
      const result = answer(call.input);
      return 'thrown' in result ? { error: result.thrown.message } : result;
    };
    const result = await runSmokeTest(
      { ...request, action: hostileAction, test: { ...test, expect: { Status: 'Success' }, ...over }, endpoint },
      { attempts: 1, firstDelayMs: 1 },
      {
        genesys,
        log: (line) => log.push(line),
        sleep: async () => undefined,
        now: () => 0,
        testSecrets: testSecretSource({ GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: secret }, (value) => masked.push(value)),
      },
    );
    expect(result.passed).toBe(false);
    expect(result.failures.join('\n')).toContain('(secret)');
    expect(masked).toEqual(expect.arrayContaining([secret, JSON.stringify(secret).slice(1, -1)]));
    const report: ApplyReport = { environment: 'dev', steps: [], smokeTests: [result], success: false };
    expectNoFormOf(secret, {
      result: JSON.stringify(result),
      log: log.join('\n'),
      console: renderApplyConsole(report),
      markdown: renderApplyMarkdown(report),
    });
  });

  it('redacts the start of a value a long Genesys message cuts off (the cut may fall inside it)', async () => {
    const secret = 'qzx"vwj\\kpq<rdz>|xyk';
    for (const shown of [1, 3, 9]) {
      const message = `${'y'.repeat(MAX_MESSAGE_CHARS - 1 - shown)}${secret} and more`;
      const error = genesysError({ message, contextId: 'ctx-1' });
      expect(error.message).toContain(`${secret.slice(0, shown)}… (contextId ctx-1)`);
      log = [];
      const result = await runSmokeTest(
        { ...request, endpoint: 'execute' },
        { attempts: 1, firstDelayMs: 1 },
        {
          genesys: {
            ...fake.provider,
            executeAction: async () => {
              throw error;
            },
          },
          log: (line) => log.push(line),
          sleep: async () => undefined,
          now: () => 0,
          testSecrets: testSecretSource({ GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: secret }),
        },
      );
      expect(result.failures).toEqual([expect.stringMatching(/y\(secret\)… \(contextId ctx-1\)$/)]);
    }
  });

  it('judges the run as it was, and quotes the redacted value in the mismatch', async () => {
    const secret = 'pa"ss\\wo<rd>|x';
    fake.runFunction = (call) => ({ output: { Status: String(call.input['ClientSecret']) } });
    const passing = await run(
      { GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: secret },
      { test: { ...test, expect: { Status: `Secret ${secret}` } } },
    );
    expect(passing).toMatchObject({ passed: true, output: { Status: 'Secret (secret)' } });
    const failing = await run({ GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: secret }, { test: { ...test, expect: { Status: 'nope' } } });
    expect(failing.failures).toEqual(['expect: Status: expected "nope", got "Secret (secret)"']);
  });

  it('keeps its policy for a one-character secret: every occurrence in what came back, never what names the test', async () => {
    fake.runFunction = () => ({ output: { Status: 'fez' } });
    const result = await run({ GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: 'e' }, { test: { ...test, expect: { Status: 'nope' } } });
    expect(result).toMatchObject({
      address: request.address,
      testName: test.name,
      output: { Status: 'f(secret)z' },
      failures: ['(secret)xp(secret)ct: Status: (secret)xp(secret)ct(secret)d "nop(secret)", got "f(secret)z"'],
    });
  });
});

const hostileAction: DesiredDataAction = {
  ...action,
  contract: {
    ...action.contract,
    output: { type: 'object', properties: { Status: { type: 'string' } }, additionalProperties: { type: ['string', 'object', 'array'] } },
  },
};

function asciiJson(value: string): string {
  return JSON.stringify(value).replace(/[^\u0020-\u007e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function genesysApiError(method: string, status: number, body: string): GenesysApiError {
  return new GenesysApiError({ method, path: '/api/v2/integrations/actions/a-1/execute', status, ...parseErrorBody(body, null) });
}

function genesysError(body: Record<string, string>): GenesysApiError {
  return genesysApiError('POST', 400, JSON.stringify({ code: 'bad.request', ...body }));
}

/** Neither the value, nor its JSON, HTML or markdown forms, nor any ASCII fragment of 3+ characters of it, in any of `outputs`. */
function expectNoFormOf(secret: string, outputs: Record<string, string>): void {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = new Set([
    secret,
    json,
    JSON.stringify(json).slice(1, -1),
    asciiJson(secret).slice(1, -1),
    escapeHtml(secret),
    escapeMarkdownText(secret),
  ]);
  const fragments = secret.split(/[^A-Za-z0-9]+/).filter((fragment) => fragment.length >= 3);
  for (const [where, text] of Object.entries(outputs)) {
    for (const form of forms) expect(text, `${where} shows ${JSON.stringify(form)}`).not.toContain(form);
    for (const fragment of fragments) expect(text, `${where} shows the fragment ${fragment}`).not.toContain(fragment);
  }
}
