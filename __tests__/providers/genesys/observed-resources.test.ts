import type { Models } from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/model/json.js';
import {
  actionNeedsFullRead,
  actionTemplateSources,
  observedCredential,
  observedDataAction,
  observedIntegration,
} from '../../../src/providers/genesys/observed-resources.js';

const fullAction: Models.Action = {
  id: 'custom_-_1',
  name: 'Lookup Order',
  integrationId: 'integration-1',
  category: 'Orders',
  version: 3,
  secure: true,
  selfUri: '/api/v2/integrations/actions/custom_-_1',
  contract: {
    input: {
      inputSchema: { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' } } },
      inputSchemaFlattened: { type: 'object' },
      inputSchemaUri: '/api/v2/integrations/actions/custom_-_1/schemas/inputschema.json',
    },
    output: { successSchema: { type: 'object', properties: { status: { type: 'string' } } }, errorSchemaUri: '/x' },
  },
  config: {
    timeoutSeconds: 20,
    request: {
      requestUrlTemplate: 'arn:aws:lambda:us-east-1:123456789012:function:f',
      requestType: 'POST',
      headers: { A: 'b' },
      requestTemplate: 'ignored',
    },
    response: { translationMap: { s: '$.s' }, translationMapDefaults: { s: '"x"' }, successTemplate: 'ignored' },
  },
};

describe('observedDataAction', () => {
  it('keeps what the planner compares and drops server-only members', () => {
    const observed = observedDataAction(fullAction, { requestTemplate: 'REQ', successTemplate: 'OK' });
    expect(observed).toEqual({
      id: 'custom_-_1',
      name: 'Lookup Order',
      integrationId: 'integration-1',
      category: 'Orders',
      version: 3,
      secure: true,
      contract: {
        input: { properties: { orderId: { type: 'string' } }, required: ['orderId'], type: 'object' },
        output: { properties: { status: { type: 'string' } }, type: 'object' },
      },
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f',
      timeoutSeconds: 20,
      request: { template: 'REQ', headers: { A: 'b' } },
      response: { translationMap: { s: '$.s' }, translationMapDefaults: { s: '"x"' }, successTemplate: 'OK' },
    });
    expect(JSON.stringify(observed)).not.toMatch(/selfUri|Flattened|Uri/);
  });

  it('sorts contract keys so equal schemas compare equal whatever order Genesys returns', () => {
    const reordered: Models.Action = {
      ...fullAction,
      contract: {
        input: { inputSchema: { properties: { orderId: { type: 'string' } }, required: ['orderId'], type: 'object' } },
        output: fullAction.contract?.output ?? {},
      },
    };
    const a = observedDataAction(fullAction, { requestTemplate: '', successTemplate: '' });
    const b = observedDataAction(reordered, { requestTemplate: '', successTemplate: '' });
    expect(JSON.stringify(a.contract)).toBe(JSON.stringify(b.contract));
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it("defaults timeoutSeconds to Genesys' 60 when the server leaves it out", () => {
    const { timeoutSeconds: _dropped, ...config } = fullAction.config ?? {};
    expect(observedDataAction({ ...fullAction, config }, { requestTemplate: '', successTemplate: '' }).timeoutSeconds).toBe(60);
  });

  it('reads absent headers and maps as empty', () => {
    const config: Models.ActionConfig = { timeoutSeconds: 5, request: { requestUrlTemplate: 'arn' }, response: {} };
    const observed = observedDataAction({ ...fullAction, config }, { requestTemplate: '', successTemplate: '' });
    expect([observed.request.headers, observed.response.translationMap, observed.response.translationMapDefaults]).toEqual([{}, {}, {}]);
  });

  it('refuses an action without an id rather than inventing one', () => {
    const { id: _dropped, ...withoutId } = fullAction;
    expect(() => observedDataAction(withoutId, { requestTemplate: '', successTemplate: '' })).toThrow(/without action id/);
  });
});

describe('actionTemplateSources', () => {
  it.each([
    ['inline text', { requestTemplate: 'R', requestTemplateUri: '/u' }, { successTemplate: '' }, { text: 'R' }, { text: '' }],
    [
      'URIs only',
      { requestTemplateUri: '/api/v2/integrations/actions/a/templates/requesttemplate.vm' },
      { successTemplateUri: '/api/v2/integrations/actions/a/templates/successtemplate.vm' },
      { uri: '/api/v2/integrations/actions/a/templates/requesttemplate.vm' },
      { uri: '/api/v2/integrations/actions/a/templates/successtemplate.vm' },
    ],
    ['neither', {}, {}, { missing: true }, { missing: true }],
  ])('%s', (_label, request, response, expectedRequest, expectedSuccess) => {
    expect(actionTemplateSources({ config: { request, response } })).toEqual({ request: expectedRequest, success: expectedSuccess });
  });
});

describe('actionNeedsFullRead', () => {
  it.each([
    ['complete listing entry', fullAction, false],
    ['no config', { ...fullAction, config: undefined }, true],
    ['no contract', { ...fullAction, contract: undefined }, true],
    ['contract as URIs only', { ...fullAction, contract: { input: { inputSchemaUri: '/i' }, output: { successSchemaUri: '/o' } } }, true],
  ])('%s → %s', (_label, action, expected) => {
    expect(actionNeedsFullRead(action as Models.Action)).toBe(expected);
  });
});

describe('observedIntegration', () => {
  it('flattens the integration and its current config, credentials by key → id', () => {
    const observed = observedIntegration(
      {
        id: 'i-1',
        name: 'Orders Lambda',
        integrationType: { id: 'aws-lambda-data-actions' },
        intendedState: 'ENABLED',
        reportedState: { code: 'ACTIVE' },
        selfUri: '/x',
      },
      {
        name: 'Orders Lambda',
        version: 4,
        properties: {},
        advanced: {},
        notes: 'managed',
        credentials: { AmazonWebServicesARN: { id: 'c-1', name: 'role' } },
      },
    );
    expect(observed).toEqual({
      id: 'i-1',
      name: 'Orders Lambda',
      integrationTypeId: 'aws-lambda-data-actions',
      intendedState: 'ENABLED',
      reportedState: 'ACTIVE',
      config: { name: 'Orders Lambda', version: 4, notes: 'managed', credentials: { AmazonWebServicesARN: 'c-1' } },
    });
  });

  it.each([
    ['DISABLED', 'DISABLED'],
    ['ENABLED', 'ENABLED'],
    ['something new', 'DISABLED'],
  ])('intendedState %s reads as %s', (state, expected) => {
    expect(observedIntegration({ id: 'i', intendedState: state }, undefined).intendedState).toBe(expected);
  });
});

describe('observedCredential', () => {
  it.each([
    ['a readable ARN', { ARN: 'arn:aws:iam::123456789012:role/genesys' }, 'arn:aws:iam::123456789012:role/genesys'],
    ['a role ARN with a path', { ARN: 'arn:aws:iam::123456789012:role/team/genesys' }, 'arn:aws:iam::123456789012:role/team/genesys'],
    ['a GovCloud ARN', { ARN: 'arn:aws-us-gov:iam::123456789012:role/genesys' }, 'arn:aws-us-gov:iam::123456789012:role/genesys'],
    ['a redacted ARN', { ARN: '********' }, undefined],
    ['an empty ARN', { ARN: '' }, undefined],
    ['no fields at all', undefined, undefined],
  ])('%s → roleArn %s', (_label, fields, roleArn) => {
    const credential: Models.Credential = { id: 'c-1', name: 'orders-role', type: { name: 'amazonWebServicesARN' } };
    if (fields) credential.credentialFields = fields;
    expect(observedCredential(credential)).toEqual({ id: 'c-1', name: 'orders-role', typeName: 'amazonWebServicesARN', roleArn });
  });
});
