/**
 * File names for manifests written by `import` and `export`: stable (the
 * same resource always gets the same name, whatever else is in the org),
 * portable (lower-case ASCII letters, digits and `-` only, so no two differ
 * only by case and nothing Windows, macOS or Git refuses), and unique (names
 * whose slugs collide each get a short hash of the exact resource name).
 * Pure.
 */
import { createHash } from 'node:crypto';

/** Longest slug kept from a name (the whole file name stays well under every path limit). */
const MAX_SLUG_LENGTH = 60;

/** `Get Bookable Slots dev` → `get-bookable-slots-dev`; `''` when nothing portable is left. */
export function slugOf(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
}

/** Eight hex digits that tell apart names whose slugs are the same. */
function shortHash(name: string): string {
  return createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8);
}

/**
 * A file name for each name, `<prefix>-<slug>.yaml`. A slug shared by names
 * that differ (`Lookup Order` and `lookup-order`), or empty (a name in a
 * script with no ASCII letters), gets `-<hash of the name>`; the choice for
 * one name never depends on the order of the others.
 */
export function portableFileNames(prefix: string, names: readonly string[]): Map<string, string> {
  const namesBySlug = new Map<string, Set<string>>();
  for (const name of names) {
    const slug = slugOf(name);
    namesBySlug.set(slug, (namesBySlug.get(slug) ?? new Set()).add(name));
  }
  const files = new Map<string, string>();
  for (const name of names) {
    const slug = slugOf(name);
    const shared = slug === '' || (namesBySlug.get(slug)?.size ?? 0) > 1;
    files.set(name, fileName(prefix, slug, shared ? shortHash(name) : ''));
  }
  // A name that happens to look like another's slug-and-hash: both get the hash of the name itself, again.
  const users = new Map<string, string[]>();
  for (const [name, file] of files) users.set(file, [...(users.get(file) ?? []), name]);
  for (const clashing of users.values()) {
    if (clashing.length < 2) continue;
    for (const name of clashing) files.set(name, fileName(prefix, slugOf(name), shortHash(`${prefix}\u0000${name}`)));
  }
  return files;
}

function fileName(prefix: string, slug: string, hash: string): string {
  return `${[prefix, slug, hash].filter((part) => part !== '').join('-')}.yaml`;
}
