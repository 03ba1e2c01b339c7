/**
 * Secret test inputs at apply, through the smoke runner over the in-memory Genesys fake: the value comes
 * from GENESYS_TEST_SECRET_<NAME> and reaches only the function; it is masked with the runner before the
 * call; whatever comes back (output, mismatches, Genesys' error text, the trace) shows `(secret)`; a
 * missing or empty variable fails the test without calling Genesys.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runSmokeTest, type SmokeTestRequest } from '../../src/apply/smoke-runner.js';
import { testSecretSource } from '../../src/commands/test-secrets.js';
import type { DesiredDataAction } from '../../src/model/desired-state.js';
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
