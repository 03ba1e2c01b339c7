/**
 * Stand-in for the web-messaging chatbot blueprint's order-status Lambda.
 * Event: { OrderNumber }. Returns the customer and the order's status: one
 * fixed sample customer for every order, like the blueprint's function.
 */
export async function handler(event) {
  const orderNumber = String(event?.OrderNumber ?? '').trim();
  if (orderNumber === '') throw new Error('OrderNumber is required');
  return {
    CustomerId: 'C-2001',
    CustomerFirstName: 'Grace',
    CustomerLastName: 'Hopper',
    OrderNumber: orderNumber,
    OrderStatus: 'Shipped',
  };
}
