/** Loader behaviour that fixtures do not show: ordering, capping, environments, options. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadManifests, selectManifestFiles, type ManifestFile } from '../../src/manifests/index.js';

const encoder = new TextEncoder();
const file = (path: string, text: string): ManifestFile => ({ path, bytes: encoder.encode(text) });
const HEADER = 'apiVersion: genesys-lambda-gitops/v1\n';

const environment = (name: string, vars = 'fn: arn:aws:lambda:eu-west-1:123456789012:function:orders'): string =>
  `${HEADER}kind: Environment\nmetadata: { name: ${name} }\nspec:\n  genesys: { region: eu-west-1 }\n  aws: { accountId: "123456789012", region: eu-west-1 }\n  vars: { ${vars} }\n`;
const role = `${HEADER}kind: Role\nmetadata: { name: invoker }\nspec: {}\n`;
const integration = `${HEADER}kind: Integration\nmetadata: { name: Lambdas }\nspec: { role: invoker }\n`;
const action = (name: string, timeout = 10): string =>
  `${HEADER}kind: DataAction\nmetadata: { name: ${name} }\nspec:\n  integration: Lambdas\n  function: "{{ vars.fn }}"\n  timeoutSeconds: ${timeout}\n  contract:\n    input: { type: object, properties: { id: { type: string } } }\n    output: { type: object }\n`;

describe('loadManifests', () => {
  it('reports "no manifests found" for an empty folder, at the folder', () => {
    const result = loadManifests([], { manifestsFolder: 'genesys' });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'genesys:1:1: error GLG-NO-MANIFESTS: no manifests found: the folder holds no .yaml, .yml or .json file',
    ]);
  });

  it('is deterministic whatever the order of the files', () => {
    const files = [
      file('b.yaml', action('B', 99)),
      file('a.yaml', action('A', 0)),
      file('env.yaml', environment('dev')),
      file('role.yaml', role),
      file('int.yaml', integration),
    ];
    const forward = loadManifests(files);
    const backward = loadManifests([...files].reverse());
    expect(backward).toEqual(forward);
    expect(forward.diagnostics.map((diagnostic) => diagnostic.file)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('collects every finding, not just the first', () => {
    const files = [
      file('env.yaml', environment('dev')),
      file('role.yaml', role),
      file('int.yaml', integration),
      ...['A', 'B', 'C'].map((name) => file(`${name}.yaml`, action(name, 99))),
    ];
    expect(loadManifests(files).diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.code}`)).toEqual([
      'A.yaml GLG-TIMEOUT',
      'B.yaml GLG-TIMEOUT',
      'C.yaml GLG-TIMEOUT',
    ]);
  });

  it('caps findings, keeps errors first, and says how many were dropped', () => {
    const files = [
      file('env.yaml', environment('dev')),
      file('role.yaml', role),
      file('int.yaml', integration),
      ...Array.from({ length: 8 }, (_, index) => file(`a${index}.yaml`, action(`A${index}`, 99))),
    ];
    const result = loadManifests(files, { maxDiagnostics: 5 });
    expect(result.diagnostics).toHaveLength(5);
    expect(result.droppedCount).toBe(4);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'GLG-TIMEOUT')).toHaveLength(4);
    expect(result.diagnostics.find((diagnostic) => diagnostic.code === 'GLG-TOO-MANY-FINDINGS')?.message).toContain('4 more finding(s)');
  });

  it('stops after syntax errors (no follow-on findings from other stages)', () => {
    const result = loadManifests([file('broken.yaml', 'a: [\n'), file('role.yaml', role)]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['GLG-YAML-SYNTAX']);
  });

  it('returns the desired state of the only environment without being asked', () => {
    const result = loadManifests([
      file('env.yaml', environment('dev')),
      file('role.yaml', role),
      file('int.yaml', integration),
      file('a.yaml', action('A')),
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.desired?.environment.name).toBe('dev');
    expect(
      result.desired?.dataActions.map((dataAction) => [dataAction.name, dataAction.category, dataAction.timeoutSeconds, dataAction.secure]),
    ).toEqual([['A', 'Lambdas', 10, false]]);
  });

  it('returns the named environment among several, and only its findings', () => {
    const files = [
      file('dev.yaml', environment('dev')),
      file('prod.yaml', environment('prod', 'other: x')),
      file('role.yaml', role),
      file('int.yaml', integration),
      file('a.yaml', action('A')),
    ];
    expect(loadManifests(files, { environment: 'dev' }).desired?.environment.name).toBe('dev');
    const prod = loadManifests(files, { environment: 'prod' });
    expect(prod.desired).toBeUndefined();
    expect(prod.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringMatching(/^variable "fn" is not defined in the Environment's spec.vars \(defined: other\)$/),
    ]);
    const all = loadManifests(files);
    expect(all.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringMatching(/\[environment: prod\]$/)]);
  });

  it('reports a finding shared by every environment once, without naming them', () => {
    const files = [
      file('dev.yaml', environment('dev')),
      file('prod.yaml', environment('prod')),
      file('role.yaml', role),
      file('spare.yaml', role.replace('invoker', 'spare')),
      file('int.yaml', integration),
    ];
    expect(loadManifests(files).diagnostics.map(formatDiagnostic)).toEqual([
      'spare.yaml:3:19: warning GLG-ROLE-UNUSED: no Integration uses role "spare"',
    ]);
  });

  it('limits a resource to its environments', () => {
    const files = [
      file('dev.yaml', environment('dev')),
      file('prod.yaml', environment('prod')),
      file('role.yaml', role),
      file('int.yaml', integration),
      file('a.yaml', action('A').replace('{ name: A }', '{ name: A, environments: [dev] }')),
    ];
    expect(loadManifests(files, { environment: 'dev' }).desired?.dataActions.map((dataAction) => dataAction.name)).toEqual(['A']);
    const prod = loadManifests(files, { environment: 'prod' }).desired;
    expect(prod?.dataActions).toEqual([]);
    expect(prod?.roles[0]?.permissionPolicy).toEqual({ Version: '2012-10-17', Statement: [] });
  });

  it('reads a role managed elsewhere by ARN, with variables', () => {
    const files = [
      file('env.yaml', environment('dev')),
      file(
        'int.yaml',
        `${HEADER}kind: Integration\nmetadata: { name: Lambdas }\nspec:\n  role: { arn: "arn:aws:iam::{{ aws.accountId }}:role/platform/genesys" }\n  enabled: false\n  credentialName: lambda-role\n`,
      ),
      file('a.yaml', action('A')),
    ];
    const result = loadManifests(files);
    expect(result.diagnostics).toEqual([]);
    expect(result.desired?.roles).toEqual([]);
    expect(result.desired?.integrations).toEqual([
      {
        name: 'Lambdas',
        role: { kind: 'external', roleArn: 'arn:aws:iam::123456789012:role/platform/genesys' },
        enabled: false,
        notes: 'Managed by genesys-lambda-gitops',
        credentialName: 'lambda-role',
        source: { file: 'int.yaml', line: 2, column: 1 },
      },
    ]);
  });
});

describe('selectManifestFiles', () => {
  it.each([
    [
      ['b.yaml', 'a.YML', 'c.json', 'README.md', 'x.yaml.bak', 'd/e.yml'],
      ['a.YML', 'b.yaml', 'c.json', 'd/e.yml'],
    ],
    [[], []],
  ])('%j → %j', (paths, expected) => {
    expect(selectManifestFiles(paths)).toEqual(expected);
  });
});
