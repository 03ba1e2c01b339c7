/**
 * Contract test: the bodies the provider sends validate against the JSON
 * Schemas generated from the official SDK's models (sandbox/genesys/sdk-models,
 * committed by the sandbox). The schemas are compiled here as committed, with
 * nothing relaxed, so a body that only the sandbox tolerates still fails.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  createIntegrationInput,
  credentialInput,
  intendedStateInput,
  integrationConfigurationInput,
  postActionInput,
  publishDraftInput,
  updateActionInput,
  updateDraftInput,
} from '../../../src/providers/genesys/request-bodies.js';
import { desiredAction } from './desired-action-fixture.js';

const ajv = new Ajv({ allErrors: true, strict: false });

function officialModel(name: string) {
  const url = new URL(`../../../sandbox/genesys/sdk-models/${name}.schema.json`, import.meta.url);
  return ajv.compile(JSON.parse(readFileSync(url, 'utf8')) as object);
}

const action = desiredAction();

describe('request bodies validate against the official SDK models', () => {
  it.each([
    ['PostActionInput', postActionInput(action, 'integration-1')],
    [
      'PostActionInput',
      postActionInput(desiredAction({ secure: true, request: { template: '{"id":"${input.orderId}"}', headers: {} } }), 'i'),
    ],
    ['UpdateActionInput', updateActionInput(action, 3)],
    ['UpdateDraftInput', updateDraftInput(action, 1)],
    ['PublishDraftInput', publishDraftInput(2)],
    ['Credential', credentialInput('orders-role', 'arn:aws:iam::123456789012:role/genesys-orders-invoker')],
    ['CreateIntegrationRequest', createIntegrationInput('Orders Lambda')],
    [
      'IntegrationConfiguration',
      integrationConfigurationInput({ name: 'Orders Lambda', notes: 'managed', credentials: { AmazonWebServicesARN: 'cred-1' } }, 4),
    ],
    ['Integration', intendedStateInput(true)],
  ])('%s', (model, body) => {
    const validate = officialModel(model);
    const valid = validate(body);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the official-model check itself', () => {
  it.each([
    ['PostActionInput', { ...postActionInput(action, 'i'), type: 'aws.lambda' }],
    ['PostActionInput', { name: 'n', category: 'c', integrationId: 'i', contract: {} }],
    ['Credential', { name: 'c', credentialFields: { ARN: 'arn' } }],
    ['UpdateActionInput', { name: 'n' }],
  ])('rejects a %s body the API would reject (%#)', (model, body) => {
    expect(officialModel(model)(body)).toBe(false);
  });
});

describe('request body content', () => {
  it('makes the Lambda ARN the request URL, always POSTs, and carries every template and map', () => {
    expect(postActionInput(action, 'integration-1')).toEqual({
      name: 'Lookup Order',
      category: 'Orders',
      integrationId: 'integration-1',
      secure: false,
      contract: { input: { inputSchema: action.contract.input }, output: { successSchema: action.contract.output } },
      config: {
        timeoutSeconds: 10,
        request: {
          requestUrlTemplate: action.functionArn,
          requestType: 'POST',
          headers: { 'X-Team': 'orders' },
          requestTemplate: '${input.rawRequest}',
        },
        response: {
          translationMap: { status: '$.status' },
          translationMapDefaults: { status: '"UNKNOWN"' },
          successTemplate: '${rawResult}',
        },
      },
    });
  });

  it('leaves contract and secure out of a published-action update (Genesys cannot change them)', () => {
    const body = updateActionInput(action, 7);
    expect(body).not.toHaveProperty('contract');
    expect(body).not.toHaveProperty('secure');
    expect(body).toMatchObject({ version: 7, name: 'Lookup Order', category: 'Orders' });
  });

  it('lets a draft update change contract and secure', () => {
    expect(updateDraftInput(desiredAction({ secure: true }), 2)).toMatchObject({
      version: 2,
      secure: true,
      contract: { input: { inputSchema: action.contract.input } },
    });
  });

  it('puts the role ARN in the ARN field of an amazonWebServicesARN credential', () => {
    expect(credentialInput('c', 'arn:aws:iam::123456789012:role/r')).toEqual({
      name: 'c',
      type: { name: 'amazonWebServicesARN' },
      credentialFields: { ARN: 'arn:aws:iam::123456789012:role/r' },
    });
  });

  it('sends every required member of the integration configuration, credentials by id', () => {
    expect(integrationConfigurationInput({ name: 'n', notes: '', credentials: { K: 'id-1' } }, 5)).toEqual({
      name: 'n',
      version: 5,
      properties: {},
      advanced: {},
      notes: '',
      credentials: { K: { id: 'id-1' } },
    });
  });

  it.each([
    [true, 'ENABLED'],
    [false, 'DISABLED'],
  ])('enabled=%s becomes intendedState %s', (enabled, state) => {
    expect(intendedStateInput(enabled)).toEqual({ intendedState: state });
  });

  it('copies maps, so later changes to the desired state do not leak into a sent body', () => {
    const source = desiredAction();
    const body = postActionInput(source, 'i');
    source.request.headers.Injected = 'yes';
    expect(body.config.request?.headers).toEqual({ 'X-Team': 'orders' });
  });
});
