/**
 * Permissions the OAuth client's role lacks, switched off per test in
 * `state.deniedPermissions`. A route that needs one answers 403
 * `missing.permissions` (docs/reference/genesys-api.md §6 lists the code).
 */
import { GenesysApiError } from './api-error.js';
import type { RouteContext } from './route.js';

export function requirePermission(context: RouteContext, permission: string): void {
  if (!context.state.deniedPermissions.has(permission)) return;
  throw new GenesysApiError(403, 'missing.permissions', `You are missing the following permission(s): ${permission}`, {
    messageParams: { permissions: permission },
  });
}
