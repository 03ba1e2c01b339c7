/** Desired data actions for the Genesys provider tests. */
import type { DesiredDataAction } from '../../../src/model/desired-state.js';

/** A complete, valid Lambda data action; `overrides` replace top-level members. */
export function desiredAction(overrides: Partial<DesiredDataAction> = {}): DesiredDataAction {
  return {
    name: 'Lookup Order',
    integrationName: 'Orders Lambda',
    category: 'Orders',
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders-lookup:live',
    timeoutSeconds: 10,
    secure: false,
    contract: {
      input: {
        type: 'object',
        required: ['orderId'],
        properties: { orderId: { type: 'string' } },
      },
      output: {
        type: 'object',
        properties: {
          status: { type: 'string' },
          eta: { type: 'string' },
          tags: { type: 'array', items: { type: 'string' } },
          shipment: { type: 'object', properties: { carrier: { type: 'string' } } },
        },
      },
    },
    request: { template: '${input.rawRequest}', headers: { 'X-Team': 'orders' } },
    response: {
      translationMap: { status: '$.status' },
      translationMapDefaults: { status: '"UNKNOWN"' },
      successTemplate: '${rawResult}',
    },
    tests: [],
    source: { file: 'genesys/orders.yaml', line: 1, column: 1 },
    ...overrides,
  };
}
