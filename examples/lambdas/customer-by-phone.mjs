/**
 * Finds a customer by phone number (E.164). Event: { phoneNumber }.
 * Returns { found, customerId, name, tier }; when nobody matches, found is
 * false and the strings are empty, so the output contract keeps its types.
 */
const CUSTOMERS = {
  '+13175550100': { customerId: 'C-1001', name: 'Ada Lovelace', tier: 'GOLD' },
  '+13175550101': { customerId: 'C-1002', name: 'Grace Hopper', tier: 'SILVER' },
};

/** Keeps '+' and digits only, so "+1 (317) 555-0100" matches "+13175550100". */
function normalize(phoneNumber) {
  return String(phoneNumber ?? '').replace(/[^+\d]/g, '');
}

export async function handler(event) {
  const customer = CUSTOMERS[normalize(event?.phoneNumber)];
  if (!customer) return { found: false, customerId: '', name: '', tier: '' };
  return { found: true, ...customer };
}
