/**
 * Stand-in for the scheduling-bot blueprint's Lambda (one function, two
 * operations chosen by the event's `type`, as the blueprint's request
 * templates shape it). Event: { type: "getBookableSlots", body: { date } } or
 * { type: "createBooking", body: { start_time, end_time } }. Slots are a
 * fixed day plan instead of the booking service the blueprint calls.
 */
const SLOT_STARTS = ['09:00', '10:30', '14:00'];

function getBookableSlots(body) {
  const date = String(body?.date ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date must be YYYY-MM-DD, got ${JSON.stringify(body?.date)}`);
  const start_time = SLOT_STARTS.map((time) => `${date}T${time}:00Z`);
  const end_time = SLOT_STARTS.map((time) => `${date}T${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}${time.slice(2)}:00Z`);
  return { time: [...SLOT_STARTS], time_complete: SLOT_STARTS.map((time) => `${time}:00.000`), start_time, end_time };
}

function createBooking(body) {
  const start = String(body?.start_time ?? '');
  const end = String(body?.end_time ?? '');
  if (start === '' || end === '') throw new Error('start_time and end_time are required');
  if (end <= start) throw new Error('end_time must be after start_time');
  return { id: `booking-${start.replace(/[^0-9]/g, '')}` };
}

export async function handler(event) {
  switch (event?.type) {
    case 'getBookableSlots':
      return getBookableSlots(event.body);
    case 'createBooking':
      return createBooking(event.body);
    default:
      throw new Error(`Unknown event type: ${event?.type}`);
  }
}
