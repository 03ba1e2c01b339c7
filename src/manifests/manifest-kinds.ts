/**
 * The four manifest kinds and the typed view of a document that passed its
 * schema. Later stages only ever see {@link ValidManifest}s.
 */
import type { DataActionManifest } from '../generated/data-action-manifest.js';
import type { EnvironmentManifest } from '../generated/environment-manifest.js';
import type { IntegrationManifest } from '../generated/integration-manifest.js';
import type { RoleManifest } from '../generated/role-manifest.js';
import type { ManifestDocument } from './manifest-document.js';

/** The only apiVersion this release reads. */
export const API_VERSION = 'genesys-lambda-gitops/v1';

/** Kinds, in dependency order (what a kind refers to comes before it). */
export const MANIFEST_KINDS = ['Environment', 'Role', 'Integration', 'DataAction'] as const;

/** A manifest kind. */
export type ManifestKind = (typeof MANIFEST_KINDS)[number];

/** A document that passed its kind's JSON Schema, with its typed content. */
export type ValidManifest =
  | { kind: 'Environment'; document: ManifestDocument; manifest: EnvironmentManifest }
  | { kind: 'Role'; document: ManifestDocument; manifest: RoleManifest }
  | { kind: 'Integration'; document: ManifestDocument; manifest: IntegrationManifest }
  | { kind: 'DataAction'; document: ManifestDocument; manifest: DataActionManifest };

/** The {@link ValidManifest} of one kind. */
export type ValidManifestOf<K extends ManifestKind> = Extract<ValidManifest, { kind: K }>;

/** True when `value` is one of {@link MANIFEST_KINDS}. */
export function isManifestKind(value: unknown): value is ManifestKind {
  return typeof value === 'string' && (MANIFEST_KINDS as readonly string[]).includes(value);
}
