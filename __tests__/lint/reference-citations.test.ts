/**
 * Comments and docs justify Genesys behaviour by citing the API reference. The reference is vendored in
 * docs/reference/, so every citation must resolve inside the repository: `docs/reference/<name>.md` or
 * `reference/<name>.md` names a file there, and a section (`§4`) names one of its numbered headings.
 * A bare `reference §4` means the main reference, docs/reference/genesys-api.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/repository-root.js';

const MAIN_REFERENCE = 'genesys-api';
const SEARCHED = ['src', 'sandbox', 'scripts', 'bench', 'README.md'];
const SKIPPED = new Set(['node_modules', 'generated', 'sdk-models']);
const CITATION = /(?:docs\/)?reference\/([\w-]+)\.md(?: §(\d+))?|\breference §(\d+)/g;

interface Citation {
  where: string;
  reference: string;
  section: string | undefined;
}

function textFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((name) => !SKIPPED.has(name))
    .flatMap((name) => textFiles(join(path, name)))
    .filter((file) => /\.(ts|mts|mjs|js|md)$/.test(file));
}

function citations(): Citation[] {
  return SEARCHED.flatMap((entry) => textFiles(join(repositoryRoot, entry))).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        [...line.matchAll(CITATION)].map((match) => ({
          where: `${relative(repositoryRoot, file)}:${index + 1}`,
          reference: match[1] ?? MAIN_REFERENCE,
          section: match[2] ?? match[3],
        })),
      ),
  );
}

/** Why a citation does not resolve, or undefined when it does. */
function problemWith(citation: Citation): string | undefined {
  const path = join(repositoryRoot, 'docs', 'reference', `${citation.reference}.md`);
  if (!existsSync(path)) return `${citation.where}: docs/reference/${citation.reference}.md does not exist`;
  if (citation.section === undefined) return undefined;
  const heading = new RegExp(`^#{2,3} ${citation.section}\\. `, 'm');
  return heading.test(readFileSync(path, 'utf8'))
    ? undefined
    : `${citation.where}: ${citation.reference}.md has no section ${citation.section}`;
}

describe('citations of the Genesys API reference', () => {
  const found = citations();

  it('are found (the scan reads the files that cite it)', () => {
    expect(found.length).toBeGreaterThan(20);
    expect(found.some((citation) => citation.where.startsWith('src/providers/genesys/genesys-cloud-provider.ts'))).toBe(true);
  });

  it('each resolve to a file in docs/reference/ and, when they name one, to its section', () => {
    expect(found.map(problemWith).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('would report a citation of a missing file or section', () => {
    expect(problemWith({ where: 'x.ts:1', reference: 'genesys-ap', section: undefined })).toMatch(/does not exist/);
    expect(problemWith({ where: 'x.ts:1', reference: MAIN_REFERENCE, section: '42' })).toMatch(/no section 42/);
    expect(problemWith({ where: 'x.ts:1', reference: 'genesys-next', section: '2' })).toBeUndefined();
  });
});
