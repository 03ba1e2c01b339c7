/** Pure helpers the shells use to publish findings. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js';
import { renderDiagnosticsMarkdown, selectAnnotations } from '../../src/manifests/index.js';

const diagnostic = (severity: Severity, file: string, line: number, message = 'something is wrong'): Diagnostic => ({
  severity,
  code: severity === 'error' ? 'GLG-SCHEMA' : 'GLG-ROLE-UNUSED',
  message,
  file,
  start: { line, column: 1 },
  end: { line, column: 1 },
});

describe('selectAnnotations', () => {
  it.each([
    ['nothing', 0, 0, 10, 0, 0, 0],
    ['under the cap', 3, 2, 10, 3, 2, 0],
    ['errors over the cap', 12, 0, 10, 10, 0, 2],
    ['both over the cap', 15, 11, 10, 10, 10, 6],
    ['cap of one', 2, 2, 1, 1, 1, 2],
  ])('%s', (_name, errors, warnings, cap, selectedErrors, selectedWarnings, omitted) => {
    const all = [
      ...Array.from({ length: warnings }, (_, index) => diagnostic('warning', 'w.yaml', index + 1)),
      ...Array.from({ length: errors }, (_, index) => diagnostic('error', 'e.yaml', errors - index)),
    ];
    const { selected, omittedCount } = selectAnnotations(all, { perSeverityCap: cap });
    expect(selected.filter((item) => item.severity === 'error')).toHaveLength(selectedErrors);
    expect(selected.filter((item) => item.severity === 'warning')).toHaveLength(selectedWarnings);
    expect(omittedCount).toBe(omitted);
    expect(selected.map((item) => item.severity)).toEqual([
      ...Array<Severity>(selectedErrors).fill('error'),
      ...Array<Severity>(selectedWarnings).fill('warning'),
    ]);
  });

  it('keeps the first findings of each file in line order', () => {
    const { selected } = selectAnnotations([diagnostic('error', 'a.yaml', 9), diagnostic('error', 'a.yaml', 2)], { perSeverityCap: 1 });
    expect(selected.map((item) => item.start.line)).toEqual([2]);
  });
});

describe('renderDiagnosticsMarkdown', () => {
  it('says so when there are no findings', () => {
    expect(renderDiagnosticsMarkdown([])).toContain('No findings');
  });

  it('lists every finding with counts, errors first', () => {
    const markdown = renderDiagnosticsMarkdown([
      diagnostic('warning', 'a.yaml', 1),
      diagnostic('error', 'b.yaml', 2),
      diagnostic('error', 'c.yaml', 3),
    ]);
    expect(markdown).toContain('**2 errors, 1 warning**');
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ❌') || line.startsWith('| ⚠️'));
    expect(rows.map((row) => row.split('`')[1])).toEqual(['b.yaml:2:1', 'c.yaml:3:1', 'a.yaml:1:1']);
  });

  it('cannot be broken out of its table by a message', () => {
    const markdown = renderDiagnosticsMarkdown([diagnostic('error', 'a.yaml', 1, 'pipe | and <script>alert(1)</script>\nnext line')]);
    const row = markdown.split('\n').find((line) => line.startsWith('| ❌')) ?? '';
    expect(row).toContain('pipe \\| and &lt;script&gt;');
    expect(row).not.toContain('<script>');
    expect(markdown).not.toContain('\nnext line');
  });
});
