/**
 * The two pure pieces every written manifest goes through: YAML that reads back byte for byte (whatever a
 * template holds), and file names that are portable, unique and stable.
 */
import { describe, expect, it } from 'vitest';
import { renderManifestYaml } from '../../src/adoption/manifest-yaml.js';
import { portableFileNames, slugOf } from '../../src/adoption/portable-file-names.js';
import { loadManifests } from '../../src/manifests/index.js';

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '${input.id}',
  '#if($x)',
  '#end',
  '$!{a}',
  '\n',
  '\n\n',
  '  ',
  '\t',
  '\r\n',
  '#',
  ': ',
  '- ',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  ']',
  'é',
  '日本',
  '\u2028',
  'yes',
  'null',
  '0x1F',
  '~',
  '&a',
  '*b',
  '!t',
  '%',
  '@',
  '`',
  ',',
  '|',
  '>',
  'text',
];

function template(next: () => number): string {
  const length = Math.floor(next() * 12);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

const encoder = new TextEncoder();
const environment =
  'apiVersion: genesys-lambda-gitops/v1\nkind: Environment\nmetadata: { name: dev }\nspec:\n  genesys: { region: eu-west-1 }\n  aws: { region: eu-west-1 }\n';

describe('renderManifestYaml', () => {
  it('writes templates that the loader reads back byte for byte (300 generated ones)', () => {
    const next = random(7);
    let compared = 0;
    for (let run = 0; run < 300; run++) {
      const request = template(next);
      const success = template(next);
      const value = {
        apiVersion: 'genesys-lambda-gitops/v1',
        kind: 'DataAction',
        metadata: { name: `Action ${run}` },
        spec: {
          integration: 'Lambdas',
          function: 'arn:aws:lambda:eu-west-1:123456789012:function:f',
          contract: { input: { type: 'object', description: template(next) }, output: { type: 'object' } },
          request: { template: request },
          response: { successTemplate: success },
        },
      };
      const text = renderManifestYaml(value, { kind: 'DataAction', header: ['generated'] });
      const result = loadManifests([{ path: 'a.yaml', bytes: encoder.encode(text) }], { environment: 'missing' });
      // The document parses: only the chosen environment is unknown (and Velocity may dislike random text).
      expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'GLG-YAML-SYNTAX' || diagnostic.code === 'GLG-SCHEMA')).toEqual(
        [],
      );
      const withEnvironment = loadManifests(
        [
          { path: 'a.yaml', bytes: encoder.encode(text) },
          { path: 'e.yaml', bytes: encoder.encode(environment) },
          {
            path: 'i.yaml',
            bytes: encoder.encode(
              'apiVersion: genesys-lambda-gitops/v1\nkind: Integration\nmetadata: { name: Lambdas }\nspec: { role: { arn: "arn:aws:iam::123456789012:role/r" } }\n',
            ),
          },
        ],
        { environment: 'dev' },
      );
      const action = withEnvironment.desired?.dataActions[0];
      if (action !== undefined) {
        expect(action.request.template).toBe(request);
        expect(action.response.successTemplate).toBe(success);
        compared++;
      } else {
        // Only content rules may refuse a random template, never the file's syntax.
        expect(
          withEnvironment.diagnostics.every((diagnostic) =>
            ['GLG-VELOCITY', 'GLG-VARIABLE-SYNTAX', 'GLG-UNDEFINED-VARIABLE', 'GLG-SECRET-PLACEMENT'].includes(diagnostic.code),
          ),
        ).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('is deterministic and starts with the schema modeline', () => {
    const value = { apiVersion: 'genesys-lambda-gitops/v1', kind: 'Role', metadata: { name: 'r' }, spec: {} };
    const text = renderManifestYaml(value, { kind: 'Role' });
    expect(text).toBe(renderManifestYaml(structuredClone(value), { kind: 'Role' }));
    expect(text).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/role.schema.json\napiVersion: genesys-lambda-gitops/v1\nkind: Role\nmetadata:\n  name: r\nspec: {}\n',
    );
  });
});

describe('portableFileNames', () => {
  it('slugs names to lower-case ASCII', () => {
    expect(slugOf('Get Bookable Slots dev')).toBe('get-bookable-slots-dev');
    expect(slugOf('Café Hours')).toBe('cafe-hours');
    expect(slugOf('  ..CON..  ')).toBe('con');
    expect(slugOf('日本語')).toBe('');
    expect(slugOf(`${'word '.repeat(30)}end`).length).toBeLessThanOrEqual(60);
  });

  it('gives colliding and empty slugs a hash of the exact name, whatever the order', () => {
    const names = ['Lookup Order', 'lookup-order', 'LOOKUP ORDER!', 'Other', '日本語', 'アクション'];
    const files = portableFileNames('data-action', names);
    expect(files.get('Other')).toBe('data-action-other.yaml');
    const all = [...files.values()];
    expect(new Set(all.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of all) expect(name).toMatch(/^data-action(-[a-z0-9]+)+\.yaml$/);
    expect(portableFileNames('data-action', [...names].reverse())).toEqual(files);
    expect(files.get('Lookup Order')).toMatch(/^data-action-lookup-order-[0-9a-f]{8}\.yaml$/);
  });

  it('stays unique when a name looks like another name with its hash', () => {
    const first = portableFileNames('data-action', ['Lookup Order', 'lookup order']);
    const lookalike = (first.get('Lookup Order') as string).replace(/^data-action-|\.yaml$/g, '');
    const files = portableFileNames('data-action', ['Lookup Order', 'lookup order', lookalike]);
    expect(new Set(files.values()).size).toBe(3);
  });
});
