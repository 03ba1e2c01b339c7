/**
 * The sandbox checks request bodies against the committed SDK-model schemas.
 * That those schemas match what the installed purecloud-platform-client-v2
 * declares is `npm run check:sdk-models` (it regenerates them from index.d.ts,
 * about a minute; CI runs it after the tests, as .ci/run and check-dist.yml do).
 * If it fails after an SDK upgrade, run `node scripts/generate-sdk-schemas.mjs`,
 * review the diff of sandbox/genesys/sdk-models/ and commit it.
 */
import { describe, expect, it } from 'vitest';
import { GenesysApiError } from '../../sandbox/genesys/api-error.js';
import { assertSdkModel, compileSdkModelValidators, type SdkModelName } from '../../sandbox/genesys/sdk-model-validator.js';

describe('sandbox/genesys/sdk-models', () => {
  it.each<[SdkModelName, unknown, RegExp | null]>([
    ['PublishDraftInput', { version: 3 }, null],
    ['PublishDraftInput', { version: 3, force: true }, /must NOT have additional properties \(force\)/],
    ['UpdateActionInput', { name: 'x', version: 1 }, null],
    ['UpdateActionInput', { name: 'x', version: 1, contract: {} }, /additional properties \(contract\)/],
    [
      'IntegrationConfiguration',
      { name: 'n', version: 1, properties: {}, advanced: {}, notes: '', credentials: { AmazonWebServicesARN: { id: 'c' } } },
      null,
    ],
    ['Credential', { name: 'n', type: { name: 'amazonWebServicesARN' }, credentialFields: { ARN: 'a' } }, null],
    ['CreateIntegrationRequest', { integrationType: { id: 'aws-lambda-data-actions' } }, null],
    ['Integration', { intendedState: 'ENABLED' }, null],
    ['Integration', {}, /required property 'intendedState'/],
    // The d.ts has no `items` on JsonSchemaDocument; contracts must still accept it.
    [
      'PostActionInput',
      {
        name: 'n',
        category: 'c',
        integrationId: 'i',
        config: {},
        contract: { input: { inputSchema: { type: 'object' } }, output: { successSchema: { type: 'object', items: {}, enum: [] } } },
      },
      null,
    ],
  ])('%s %j', (model, body, error) => {
    if (error === null) {
      expect(() => assertSdkModel(model, body)).not.toThrow();
    } else {
      expect(() => assertSdkModel(model, body)).toThrow(GenesysApiError);
      expect(() => assertSdkModel(model, body)).toThrow(error);
    }
  });

  it('compiles every committed schema up front (the bench sandbox does, before it is measured)', () => {
    expect(() => compileSdkModelValidators()).not.toThrow();
    expect(() => assertSdkModel('PublishDraftInput', { version: 3 })).not.toThrow();
  });
});
