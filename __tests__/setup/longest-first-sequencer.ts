/**
 * The order files start in: the integration files in the order
 * integration-tests.ts lists them (longest first), then the rest as vitest
 * orders them (longest first by its cache of earlier runs, larger files first
 * on a fresh clone, which has no cache). With two workers, starting the long
 * files first is what keeps both busy to the end.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { INTEGRATION_TESTS } from './integration-tests.js';

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const listed = INTEGRATION_TESTS.indexOf(relative(spec.project.config.root, spec.moduleId));
      return listed === -1 ? INTEGRATION_TESTS.length : listed;
    };
    return sorted
      .map((spec, index) => ({ spec, index, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
