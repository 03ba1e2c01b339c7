/**
 * Resource addresses: the stable, human-readable names that plans, comments
 * and apply reports use for one resource (`role/<name>`, `credential/<name>`,
 * `integration/<name>`, `action/<integration>/<name>`).
 */
import type { ResourceKind } from './types.js';

export function roleAddress(name: string): string {
  return `role/${name}`;
}

export function credentialAddress(name: string): string {
  return `credential/${name}`;
}

export function integrationAddress(name: string): string {
  return `integration/${name}`;
}

export function actionAddress(integrationName: string, actionName: string): string {
  return `action/${integrationName}/${actionName}`;
}

/** Dependency order: a kind may only refer to kinds before it. */
export const RESOURCE_KIND_ORDER: readonly ResourceKind[] = ['role', 'credential', 'integration', 'action'];

/** Position of a kind in {@link RESOURCE_KIND_ORDER}. */
export function dependencyRank(kind: ResourceKind): number {
  return RESOURCE_KIND_ORDER.indexOf(kind);
}
