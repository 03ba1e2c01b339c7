import { defineConfig } from 'vitest/config';

/**
 * Test files that need moto_server (AWS IAM/STS/Lambda): each worker of the
 * `integration` project starts a moto of its own and resets it before each
 * file (__tests__/setup/reset-moto.ts), so two files run side by side without
 * sharing AWS state. Everything else is the `unit` project: no moto. A file
 * that starts needing moto belongs here (it fails fast in `unit`:
 * AWS_ENDPOINT_URL points at a closed port there).
 */
export const INTEGRATION_TESTS = [
  '__tests__/action/architect-consumers.test.ts',
  '__tests__/action/drift-baseline.test.ts',
  '__tests__/action/drift-schedule.test.ts',
  '__tests__/action/findings-and-secret-inputs.test.ts',
  '__tests__/action/fork-and-sarif.test.ts',
  '__tests__/action/gateway-errors.test.ts',
  '__tests__/action/merge-apply.test.ts',
  '__tests__/action/pull-request-plan.test.ts',
  '__tests__/adoption/blueprints.test.ts',
  '__tests__/adoption/export-round-trip.test.ts',
  '__tests__/adoption/import-ui-exports.test.ts',
  '__tests__/apply/apply-flow.test.ts',
  '__tests__/apply/apply-storms.test.ts',
  '__tests__/apply/architect-consumers-flow.test.ts',
  '__tests__/apply/checks-before-writes.test.ts',
  '__tests__/apply/live-role-truth.test.ts',
  '__tests__/apply/replace-interruptions.test.ts',
  '__tests__/cli-drift.test.ts',
  '__tests__/cli.test.ts',
  '__tests__/demo.test.ts',
  '__tests__/e2e/action-bundle.test.ts',
  '__tests__/moto-harness.test.ts',
  '__tests__/permissions/deployer-permissions.test.ts',
  '__tests__/permissions/scoped-deployer.test.ts',
  '__tests__/providers/aws-iam/iam-role-provider.test.ts',
  '__tests__/providers/aws-iam/role-authorization.test.ts',
  '__tests__/providers/aws-lambda/lambda-function-provider.test.ts',
  '__tests__/providers/genesys/genesys-provider-run.sandbox.test.ts',
  '__tests__/sandbox/genesys-sandbox-runner.test.ts',
];

export default defineConfig({
  test: {
    // Both projects share one pool of two workers (one per core: the suite is CPU-bound), so an
    // integration file and a unit file can run side by side; vitest does so only for projects of the
    // same group (sequence.groupOrder) and worker count.
    testTimeout: 30_000,
    hookTimeout: 60_000,
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
