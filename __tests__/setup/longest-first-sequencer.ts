/**
 * The order files start in: the integration files in the order
 * integration-tests.ts lists them (longest first), then the unit files
 * listed below (the slowest, longest first), then the rest as vitest orders
 * them (longest first by its cache of earlier runs, larger files first on a
 * fresh clone, which has no cache). With two workers, starting the long
 * files first is what keeps both busy to the end.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { INTEGRATION_TESTS } from './integration-tests.js';

/**
 * Unit files that take a second or more on two workers although their files are small (they run codegen,
 * ESLint, child processes or a sandbox): on a fresh clone vitest would start them late, by size, and
 * one of them would run alone at the end. A file missing from here only starts later.
 */
const SLOW_UNIT_TESTS = [
  '__tests__/manifests/codegen.test.ts',
  '__tests__/providers/genesys/genesys-provider-resilience.sandbox.test.ts',
  '__tests__/render/plan-renderers.test.ts',
  '__tests__/lint/eslint-config.test.ts',
  '__tests__/cli/compile-cache.test.ts',
  '__tests__/providers/aws-iam/iam-role-provider-retries.test.ts',
  '__tests__/editor/yaml-language-server.test.ts',
  '__tests__/providers/genesys/genesys-provider-resources.sandbox.test.ts',
  '__tests__/adoption/manifest-files.test.ts',
  '__tests__/commands/manifest-folder.test.ts',
  '__tests__/lint/workflows.test.ts',
];

const STARTING_ORDER = [...INTEGRATION_TESTS, ...SLOW_UNIT_TESTS];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const listed = STARTING_ORDER.indexOf(relative(spec.project.config.root, spec.moduleId));
      return listed === -1 ? STARTING_ORDER.length : listed;
    };
    return sorted
      .map((spec, index) => ({ spec, index, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
