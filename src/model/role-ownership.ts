/**
 * Which environment owns a live role, read from the management tags this
 * tool writes. Ownership decides what the planner may adopt, update or delete.
 */
import type { ObservedRole } from './observed-state.js';
import { ENVIRONMENT_TAG, MANAGED_BY_TAG, MANAGED_BY_VALUE } from './observed-state.js';

/** The environment whose management tags the role carries; undefined when it is not managed by this tool. */
export function managingEnvironment(role: ObservedRole): string | undefined {
  return role.tags[MANAGED_BY_TAG] === MANAGED_BY_VALUE ? role.tags[ENVIRONMENT_TAG] : undefined;
}

/** True when the role carries this tool's management tags for `environment`. */
export function isManagedRole(role: ObservedRole, environment: string): boolean {
  return managingEnvironment(role) === environment;
}
