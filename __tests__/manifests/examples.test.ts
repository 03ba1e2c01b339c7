/**
 * examples/genesys validates clean for both environments, and its
 * DesiredState is exactly what the README promises: generated trust and
 * permission policies, documented defaults. Each example test also passes
 * against the example Lambda handler, run through the request template,
 * the translation map and the success template, so the manifests and the
 * handlers cannot drift apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSONPath } from 'jsonpath-plus';
import { render } from 'velocityjs';
import { describe, expect, it } from 'vitest';
import { loadManifests, selectManifestFiles } from '../../src/manifests/index.js';
import { LIVE_ORG_ID_TOKEN, type DesiredDataAction } from '../../src/model/desired-state.js';
import type { JsonValue } from '../../src/model/json.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = 'examples/genesys';
const files = selectManifestFiles(readdirSync(join(root, folder)).map((name) => `${folder}/${name}`)).map((path) => ({
  path,
  bytes: new Uint8Array(readFileSync(join(root, path))),
}));

function functionArns(account: string): string[] {
  return [
    `arn:aws:lambda:eu-west-1:${account}:function:customer-by-phone`,
    `arn:aws:lambda:eu-west-1:${account}:function:orders-lookup:live`,
    `arn:aws:lambda:eu-west-1:${account}:function:store-hours`,
  ];
}

describe('examples/genesys', () => {
  it('validates clean without choosing an environment (every environment is checked)', () => {
    const result = loadManifests(files);
    expect(result.diagnostics).toEqual([]);
    expect(result.environments).toEqual(['dev', 'prod']);
    expect(result.desired).toBeUndefined();
  });

  it('asks for an environment when one is required', () => {
    const result = loadManifests(files, { requireEnvironment: true });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['GLG-ENVIRONMENT-REQUIRED']);
    expect(result.diagnostics[0]?.message).toContain('dev, prod');
  });

  it.each([
    ['dev', '123456789012'],
    ['prod', '210987654321'],
  ])('generates exact policies for %s', (environment, account) => {
    const result = loadManifests(files, { environment });
    expect(result.diagnostics).toEqual([]);
    const desired = result.desired;
    expect(desired?.environment).toEqual({
      name: environment,
      genesys: { region: 'eu-west-1', domain: 'mypurecloud.ie', awsAccountId: '765628985471' },
      aws: { accountId: account, region: 'eu-west-1' },
    });
    expect(desired?.roles).toHaveLength(1);
    const role = desired?.roles[0];
    expect(role).toMatchObject({
      name: 'genesys-lambda-invoker',
      path: '/',
      maxSessionDurationSeconds: 3600,
      permissionPolicyName: 'genesys-lambda-invoke',
      trustPolicyGenerated: true,
      permissionPolicyGenerated: true,
      tags: { team: 'customer-service' },
    });
    expect(role?.trustPolicy).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::765628985471:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': LIVE_ORG_ID_TOKEN } },
        },
      ],
    });
    expect(role?.permissionPolicy).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: functionArns(account) }],
    });
    expect(desired?.integrations).toEqual([
      expect.objectContaining({
        name: 'Customer Lambdas',
        role: { kind: 'managed', roleName: 'genesys-lambda-invoker' },
        enabled: true,
        credentialName: 'Customer Lambdas role',
      }),
    ]);
    expect(
      desired?.dataActions.map((action) => [action.name, action.functionArn, action.timeoutSeconds, action.secure, action.category]),
    ).toEqual([
      ['Check Store Hours', functionArns(account)[2], 8, false, 'Stores'],
      ['Find Customer By Phone', functionArns(account)[0], 5, true, 'Customers'],
      ['Lookup Order Status', functionArns(account)[1], 10, false, 'Orders'],
    ]);
    const lookup = desired?.dataActions.find((action) => action.name === 'Lookup Order Status');
    expect(lookup?.request).toEqual({ template: '${input.rawRequest}', headers: {} });
    expect(lookup?.response).toEqual({ translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' });
    expect(lookup?.source).toEqual({ file: 'examples/genesys/data-action-lookup-order-status.yaml', line: 6, column: 1 });
  });

  describe('tests pass against the example handlers', () => {
    const desired = loadManifests(files, { environment: 'dev' }).desired;
    const cases = (desired?.dataActions ?? []).flatMap((action) =>
      action.tests.map((test) => [`${action.name}: ${test.name}`, action, test.name] as const),
    );

    it.each(cases)('%s', async (_label, action: DesiredDataAction, testName: string) => {
      const test = action.tests.find((candidate) => candidate.name === testName);
      const functionName = action.functionArn.split(':')[6] as string;
      const module = (await import(pathToFileURL(join(root, 'examples/lambdas', `${functionName}.mjs`)).href)) as {
        handler: (event: unknown) => Promise<unknown>;
      };
      const input = test?.input ?? {};
      const event = JSON.parse(render(action.request.template, { input: { ...input, rawRequest: JSON.stringify(input) } })) as unknown;
      const rawResult = await module.handler(event);
      const translated: Record<string, string> = {};
      for (const [name, path] of Object.entries(action.response.translationMap)) {
        translated[name] = JSON.stringify(JSONPath<unknown[]>({ path, json: rawResult as object, wrap: true })[0]);
      }
      const output = JSON.parse(render(action.response.successTemplate, { ...translated, rawResult: JSON.stringify(rawResult) })) as Record<
        string,
        JsonValue
      >;
      expect(output).toMatchObject(test?.expect ?? {});
    });
  });
});
