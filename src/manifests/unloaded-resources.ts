/**
 * Documents that failed to load: a file that is not UTF-8 or not YAML, a
 * document that fails its schema. The loader reports their own findings and
 * goes on checking every other document; cross-document checks must then not
 * add follow-on noise about them ("no Integration named X" when X is in the
 * file with the syntax error). What such a document might declare is read
 * where it can be (its `kind` and `metadata.name`); where it cannot, it might
 * declare anything.
 */
import { isManifestKind, type ManifestKind } from './manifest-kinds.js';

/** What one unloaded document is known to declare; a member left out is unknown. */
export interface UnloadedIdentity {
  kind?: string;
  name?: string;
}

/** The questions cross-document checks ask about the documents that failed to load. */
export interface UnloadedResources {
  /** True when an unloaded document may declare a `kind` named `name` (a reference to it is then not reported). */
  mayDeclare(kind: ManifestKind, name: string): boolean;
  /** True when an unloaded document may declare some `kind` (checks that need every one of them are skipped). */
  mayHold(kind: ManifestKind): boolean;
}

export function unloadedResources(identities: readonly UnloadedIdentity[]): UnloadedResources {
  // A kind the loader does not know may be a misspelt known one: it could be any kind.
  const ofKind = (kind: ManifestKind): UnloadedIdentity[] =>
    identities.filter((identity) => identity.kind === undefined || !isManifestKind(identity.kind) || identity.kind === kind);
  return {
    mayDeclare: (kind, name) =>
      ofKind(kind).some((identity) => identity.name === undefined || identity.name === name || identity.name.includes('{{')),
    mayHold: (kind) => ofKind(kind).length > 0,
  };
}

/** Kind and name of a document as far as they can be read without its schema passing. */
export function identityOf(value: unknown): UnloadedIdentity {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const metadata = record['metadata'];
  const name = metadata !== null && typeof metadata === 'object' ? (metadata as Record<string, unknown>)['name'] : undefined;
  return {
    ...(typeof record['kind'] === 'string' ? { kind: record['kind'] } : {}),
    ...(typeof name === 'string' ? { name } : {}),
  };
}
