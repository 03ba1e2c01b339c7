/**
 * The shells stay thin (DESIGN.md: policy lives in src/commands/): the action's
 * and the CLI's entry files hold at most 60 lines of code each, comments and
 * blank lines aside. A shell that grows past it has started deciding things.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/repository-root.js';

const SHELLS = ['src/main.ts', 'src/index.ts', 'src/cli.ts', 'src/cli-launcher.ts', 'src/cli-program.ts'];
const MAX_CODE_LINES = 60;

/** Lines that are neither blank nor part of a comment (`//` lines and `/* … *\/` blocks). */
function codeLines(text: string): number {
  let inBlock = false;
  let count = 0;
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    if (inBlock) {
      inBlock = !line.includes('*/');
      continue;
    }
    if (line === '' || line.startsWith('//')) continue;
    if (line.startsWith('/*')) {
      inBlock = !line.includes('*/');
      continue;
    }
    count += 1;
  }
  return count;
}

describe('the shells', () => {
  it('counts code lines, not comments or blank lines', () => {
    expect(codeLines('/**\n * a\n */\nimport x;\n\n// why\nrun();\n/* one-line */\n')).toBe(2);
  });

  it.each(SHELLS)(`%s has at most ${MAX_CODE_LINES} lines of code`, async (file) => {
    expect(codeLines(await readFile(join(repositoryRoot, file), 'utf8'))).toBeLessThanOrEqual(MAX_CODE_LINES);
  });
});
