/**
 * Opening hours of a store on a date. Event: { store, date } (date as
 * YYYY-MM-DD; it selects nothing yet, stores keep the same hours daily).
 * Returns { store, open, hours: { open, close } }; a closed or unknown store
 * has open false and empty hours.
 */
const STORES = {
  S1: { open: true, hours: { open: '09:00', close: '18:00' } },
  S2: { open: false, hours: { open: '', close: '' } },
};

export async function handler(event) {
  const store = String(event?.store ?? '');
  if (event?.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(event.date))) {
    throw new Error(`date must be YYYY-MM-DD, got ${event.date}`);
  }
  const entry = STORES[store] ?? { open: false, hours: { open: '', close: '' } };
  return { store, open: entry.open, hours: { ...entry.hours } };
}
