import { defineConfig } from 'vitest/config';
import { INTEGRATION_TESTS } from './__tests__/setup/integration-tests.js';
import { LongestFirstSequencer } from './__tests__/setup/longest-first-sequencer.js';

export { INTEGRATION_TESTS };

export default defineConfig({
  test: {
    // Both projects share one pool of two workers (one per core: the suite is CPU-bound), so an
    // integration file and a unit file can run side by side; vitest does so only for projects of the
    // same group (sequence.groupOrder) and worker count.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Worker threads that keep loaded modules between files: half the time of isolated forks here.
          // So a unit test file must leave no global state behind (no module mocks, no stubbed globals;
          // an environment variable it sets is restored in afterAll).
          pool: 'threads',
          isolate: false,
          maxWorkers: 2,
          include: ['__tests__/**/*.test.ts'],
          exclude: INTEGRATION_TESTS,
          sequence: { groupOrder: 0 },
          setupFiles: ['__tests__/setup/no-aws.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION_TESTS,
          // Two workers, each with a moto of its own (global-setup.ts, support/worker-moto.ts).
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          // A worker keeps its loaded modules (the AWS SDK, the sandbox) from file to file: importing
          // them afresh for every file cost more than the tests. Each file still starts from a reset moto.
          isolate: false,
          globalSetup: ['__tests__/setup/global-setup.ts'],
          setupFiles: ['__tests__/setup/reset-moto.ts'],
        },
      },
    ],
  },
});
