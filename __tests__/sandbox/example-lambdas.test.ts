/** The sample handlers the demo and the example manifests rely on: names and shapes are a contract. */
import { describe, expect, it } from 'vitest';

type Handler = (event: Record<string, unknown>) => Promise<unknown>;
/** Plain-JS modules without typings: imported through a computed specifier, typed here. */
async function loadHandler(name: string): Promise<Handler> {
  const module = (await import(new URL(`../../examples/lambdas/${name}.mjs`, import.meta.url).href)) as { handler: Handler };
  return module.handler;
}
const ordersLookup = await loadHandler('orders-lookup');
const customerByPhone = await loadHandler('customer-by-phone');
const storeHours = await loadHandler('store-hours');

describe('orders-lookup', () => {
  it.each([
    ['1001', { orderId: '1001', status: 'SHIPPED', eta: '2026-11-28', items: ['Headset H-200', 'USB-C cable'] }],
    ['1002', { orderId: '1002', status: 'PROCESSING', eta: '2026-12-03', items: ['Desk phone DP-10'] }],
    ['4242', { orderId: '4242', status: 'NOT_FOUND', eta: '', items: [] }],
  ])('order %s', async (orderId, expected) => {
    expect(await ordersLookup({ orderId })).toEqual(expected);
  });

  it('fails without an orderId, as a Lambda error', async () => {
    await expect(ordersLookup({})).rejects.toThrow('orderId is required');
  });
});

describe('customer-by-phone', () => {
  it.each([
    ['+13175550100', { found: true, customerId: 'C-1001', name: 'Ada Lovelace', tier: 'GOLD' }],
    ['+1 (317) 555-0100', { found: true, customerId: 'C-1001', name: 'Ada Lovelace', tier: 'GOLD' }],
    ['+15555550199', { found: false, customerId: '', name: '', tier: '' }],
  ])('%s', async (phoneNumber, expected) => {
    expect(await customerByPhone({ phoneNumber })).toEqual(expected);
  });
});

describe('store-hours', () => {
  it.each([
    ['S1', { store: 'S1', open: true, hours: { open: '09:00', close: '18:00' } }],
    ['S2', { store: 'S2', open: false, hours: { open: '', close: '' } }],
    ['S9', { store: 'S9', open: false, hours: { open: '', close: '' } }],
  ])('%s', async (store, expected) => {
    expect(await storeHours({ store, date: '2026-11-24' })).toEqual(expected);
  });

  it('rejects a malformed date', async () => {
    await expect(storeHours({ store: 'S1', date: '24/11/2026' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
