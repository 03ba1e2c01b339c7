/**
 * Stand-in for the set-emergency-group blueprint's Lambda, which logs in to
 * Genesys Cloud with the OAuth client in its input and switches an emergency
 * group on or off. Event: { ClientID, ClientSecret, GroupID,
 * EnableEmergencyGroup }. Here the login succeeds for any non-empty client
 * id and secret (the smoke test sends the secret from a secret test input);
 * the secret never appears in what the function returns.
 */
export async function handler(event) {
  const clientId = String(event?.ClientID ?? '');
  const clientSecret = String(event?.ClientSecret ?? '');
  if (clientId === '' || clientSecret === '') throw new Error('Error authorizing client: client id and secret are required');
  const groupId = String(event?.GroupID ?? '');
  if (groupId === '') throw new Error('API Error: GroupID is required');
  if (typeof event?.EnableEmergencyGroup !== 'boolean') throw new Error('EnableEmergencyGroup must be true or false');
  return { Success: true, Status: 'Success', GroupID: groupId, Enabled: event.EnableEmergencyGroup };
}
