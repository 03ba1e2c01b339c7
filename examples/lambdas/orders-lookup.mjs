/**
 * Looks up an order by id. Event: { orderId } (the data action's input, sent
 * with the request template "${input.rawRequest}").
 * Returns { orderId, status, eta, items }; an unknown order is NOT_FOUND
 * with an empty eta and no items, so the output contract keeps its types.
 */
const ORDERS = {
  1001: { status: 'SHIPPED', eta: '2026-11-28', items: ['Headset H-200', 'USB-C cable'] },
  1002: { status: 'PROCESSING', eta: '2026-12-03', items: ['Desk phone DP-10'] },
};

export async function handler(event) {
  const orderId = String(event?.orderId ?? '').trim();
  if (orderId === '') throw new Error('orderId is required');
  const order = ORDERS[orderId];
  if (!order) return { orderId, status: 'NOT_FOUND', eta: '', items: [] };
  return { orderId, status: order.status, eta: order.eta, items: [...order.items] };
}
