/**
 * Loader behaviour beyond single fixtures: names resolved per Environment (the blueprints' `… {{ env.name }}`),
 * secret test inputs kept for apply, and every finding in one run with no follow-on noise from a file that
 * did not load, however it failed.
 */
import { describe, expect, it } from 'vitest';
import { loadManifests, type ManifestFile } from '../../src/manifests/index.js';

const encoder = new TextEncoder();
const file = (path: string, text: string): ManifestFile => ({ path, bytes: encoder.encode(text) });

const environment = (name: string, account: string): string => `apiVersion: genesys-lambda-gitops/v1
kind: Environment
metadata: { name: ${name} }
spec:
  genesys: { region: us-east-1 }
  aws: { accountId: "${account}", region: us-east-1 }
  vars:
    prefix: scheduling
    fn: arn:aws:lambda:us-east-1:${account}:function:scheduling-bot
`;

const role = `apiVersion: genesys-lambda-gitops/v1
kind: Role
metadata: { name: "GenesysLambdaIntegrationRole-{{ env.name }}" }
spec: {}
`;

const integration = `apiVersion: genesys-lambda-gitops/v1
kind: Integration
metadata: { name: "{{ vars.prefix }}-{{ env.name }}-Lambda-Integration" }
spec:
  role: "GenesysLambdaIntegrationRole-{{ env.name }}"
  credentialName: "{{ vars.prefix }}-{{ env.name }}-LambdaIntegrationCredentials"
`;

const action = (
  name = 'Get Bookable Slots {{ env.name }}',
  integrationName = '{{ vars.prefix }}-{{ env.name }}-Lambda-Integration',
): string => `apiVersion: genesys-lambda-gitops/v1
kind: DataAction
metadata: { name: "${name}" }
spec:
  integration: "${integrationName}"
  category: "{{ vars.prefix }}-{{ env.name }}-Lambda"
  function: "{{ vars.fn }}"
  contract:
    input: { type: object, properties: { date: { type: string }, token: { type: string } } }
    output: { type: object, properties: { time: { type: array, items: { type: string } } } }
  tests:
    - name: slots
      input: { date: "2026-12-01", token: "Bearer {{ secrets.HAPIO_TOKEN }}" }
      expect: {}
`;

const folder = [
  file('env-dev.yaml', environment('dev', '111111111111')),
  file('env-prod.yaml', environment('prod', '222222222222')),
  file('role.yaml', role),
  file('integration.yaml', integration),
  file('action.yaml', action()),
];

describe('names per environment', () => {
  it.each([
    ['dev', '111111111111'],
    ['prod', '222222222222'],
  ])('resolves metadata.name, spec.category, spec.credentialName and the references between them for %s', (env, account) => {
    const result = loadManifests(folder, { environment: env });
    expect(result.diagnostics).toEqual([]);
    const desired = result.desired;
    expect(desired?.roles.map((candidate) => candidate.name)).toEqual([`GenesysLambdaIntegrationRole-${env}`]);
    expect(desired?.integrations).toMatchObject([
      {
        name: `scheduling-${env}-Lambda-Integration`,
        role: { kind: 'managed', roleName: `GenesysLambdaIntegrationRole-${env}` },
        credentialName: `scheduling-${env}-LambdaIntegrationCredentials`,
      },
    ]);
    expect(desired?.dataActions).toMatchObject([
      {
        name: `Get Bookable Slots ${env}`,
        integrationName: `scheduling-${env}-Lambda-Integration`,
        category: `scheduling-${env}-Lambda`,
        functionArn: `arn:aws:lambda:us-east-1:${account}:function:scheduling-bot`,
      },
    ]);
    // The generated permission policy grants the action's function to the resolved role.
    expect(JSON.stringify(desired?.roles[0]?.permissionPolicy)).toContain(`arn:aws:lambda:us-east-1:${account}:function:scheduling-bot`);
  });

  it('validates every environment at once when none is chosen', () => {
    expect(loadManifests(folder).diagnostics).toEqual([]);
  });

  it('reports a reference that resolves to no declared name, with the resolved name', () => {
    const result = loadManifests([...folder.slice(0, 4), file('action.yaml', action(undefined, 'scheduling-{{ env.name }}-Other'))], {
      environment: 'dev',
    });
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`)).toEqual([
      'GLG-UNKNOWN-REFERENCE: no Integration named "scheduling-dev-Other" is declared (declared: scheduling-dev-Lambda-Integration)',
    ]);
  });
});

describe('secret test inputs', () => {
  it('are kept as written in the desired state, with the secret names they need', () => {
    const test = loadManifests(folder, { environment: 'dev' }).desired?.dataActions[0]?.tests[0];
    expect(test).toEqual({
      name: 'slots',
      input: { date: '2026-12-01', token: 'Bearer {{ secrets.HAPIO_TOKEN }}' },
      expect: {},
      execute: false,
      secrets: ['HAPIO_TOKEN'],
    });
  });

  it('leave tests without secrets as they were', () => {
    const plain = action().replace('"Bearer {{ secrets.HAPIO_TOKEN }}"', 'plain');
    const test = loadManifests([...folder.slice(0, 4), file('action.yaml', plain)], { environment: 'dev' }).desired?.dataActions[0]
      ?.tests[0];
    expect(test).toEqual({ name: 'slots', input: { date: '2026-12-01', token: 'plain' }, expect: {}, execute: false });
  });
});

describe('every finding in one run', () => {
  const brokenContract = action().replace('items: { type: string }', 'items: { type: object }');

  it.each([
    ['a YAML syntax error', 'spec: { role: "GenesysLambdaIntegrationRole-{{ env.name }}"\n', 'GLG-YAML-SYNTAX'],
    ['a schema error', 'spec: { role: "GenesysLambdaIntegrationRole-{{ env.name }}", colour: blue }\n', 'GLG-SCHEMA'],
  ])('reports %s in the integration and the contract violation of the action, without follow-on findings', (_case, specLine, code) => {
    const broken = integration.replace(/spec:[\s\S]*$/, specLine);
    const result = loadManifests([...folder.slice(0, 3), file('integration.yaml', broken), file('action.yaml', brokenContract)], {
      environment: 'dev',
    });
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.code}`).sort()).toEqual([
      'action.yaml GLG-CONTRACT-NESTED-ARRAY',
      `integration.yaml ${code}`,
    ]);
    expect(result.desired).toBeUndefined();
  });

  it('still reports a reference to a name the broken file does not declare', () => {
    const broken = integration
      .replace('{{ vars.prefix }}-{{ env.name }}-Lambda-Integration', 'Something Else')
      .replace(/spec:[\s\S]*$/, 'spec: {\n');
    const result = loadManifests([...folder.slice(0, 3), file('integration.yaml', broken), file('action.yaml', action())], {
      environment: 'dev',
    });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(['GLG-UNKNOWN-REFERENCE', 'GLG-YAML-SYNTAX']);
  });

  it('does not trust a name the syntax error may have swallowed (an unclosed quote)', () => {
    const broken = integration.replace(
      'name: "{{ vars.prefix }}-{{ env.name }}-Lambda-Integration" }',
      'name: "{{ vars.prefix }}-{{ env.name }}-Lambda-Integration }',
    );
    const result = loadManifests([...folder.slice(0, 3), file('integration.yaml', broken), file('action.yaml', action())], {
      environment: 'dev',
    });
    expect([...new Set(result.diagnostics.map((diagnostic) => diagnostic.code))]).toEqual(['GLG-YAML-SYNTAX']);
  });

  it('assumes nothing about a file it cannot read at all', () => {
    const binary: ManifestFile = { path: 'integration.yaml', bytes: new Uint8Array([0x6b, 0x00, 0x01]) };
    const result = loadManifests([...folder.slice(0, 3), binary, file('action.yaml', brokenContract)], { environment: 'dev' });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(['GLG-CONTRACT-NESTED-ARRAY', 'GLG-FILE-BINARY']);
  });

  it('runs the contract checks when the Environment itself did not load', () => {
    const brokenEnvironment = environment('dev', '111111111111').replace('genesys: { region: us-east-1 }', 'genesys: { region: us-east-1');
    const result = loadManifests([file('env-dev.yaml', brokenEnvironment), ...folder.slice(2, 4), file('action.yaml', brokenContract)], {
      environment: 'dev',
    });
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.code}`).sort()).toEqual([
      'action.yaml GLG-CONTRACT-NESTED-ARRAY',
      'env-dev.yaml GLG-YAML-SYNTAX',
    ]);
  });

  it('does not call a grant unused when the action that uses it did not load', () => {
    const explicitRole = role.replace(
      'spec: {}',
      `spec:
  permissionPolicy:
    Version: "2012-10-17"
    Statement:
      - Effect: Allow
        Action: lambda:InvokeFunction
        Resource:
          - "{{ vars.fn }}"
          - arn:aws:lambda:us-east-1:111111111111:function:other`,
    );
    const otherAction = action('Other', '{{ vars.prefix }}-{{ env.name }}-Lambda-Integration').replace(
      '{{ vars.fn }}',
      'arn:aws:lambda:us-east-1:111111111111:function:other',
    );
    const files = [folder[0] as ManifestFile, file('role.yaml', explicitRole), folder[3] as ManifestFile, file('action.yaml', action())];
    expect(loadManifests([...files, file('other.yaml', otherAction)], { environment: 'dev' }).diagnostics).toEqual([]);
    const unused = loadManifests(files, { environment: 'dev' }).diagnostics.map((diagnostic) => diagnostic.code);
    expect(unused).toEqual(['GLG-IAM-PERMISSION-UNUSED']);
    const broken = loadManifests([...files, file('other.yaml', otherAction.replace('name: "Other" }', 'name: "Other"'))], {
      environment: 'dev',
    });
    expect(broken.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['GLG-YAML-SYNTAX']);
  });
});
