/**
 * Test files that need moto_server (AWS IAM/STS/Lambda): each worker of the
 * `integration` project starts a moto of its own and resets it before each
 * file (__tests__/setup/reset-moto.ts), so two files run side by side without
 * sharing AWS state. Everything else is the `unit` project: no moto. A file
 * that starts needing moto belongs here (it fails fast in `unit`:
 * AWS_ENDPOINT_URL points at a closed port there).
 *
 * Listed longest first (as measured on two workers): the sequencer starts
 * them in this order, so the two workers finish together instead of one
 * running the longest file alone at the end.
 */
export const INTEGRATION_TESTS = [
  '__tests__/e2e/npm-package.test.ts',
  '__tests__/apply/apply-flow.test.ts',
  '__tests__/apply/replace-interruptions.test.ts',
  '__tests__/action/drift-schedule.test.ts',
  '__tests__/demo.test.ts',
  '__tests__/apply/live-role-truth.test.ts',
  '__tests__/e2e/action-bundle.test.ts',
  '__tests__/permissions/deployer-permissions.test.ts',
  '__tests__/cli.test.ts',
  '__tests__/sandbox/genesys-sandbox-runner.test.ts',
  '__tests__/apply/checks-before-writes.test.ts',
  '__tests__/apply/architect-consumers-flow.test.ts',
  '__tests__/providers/aws-iam/iam-role-provider.test.ts',
  '__tests__/providers/aws-iam/early-caller-identity.test.ts',
  '__tests__/adoption/export-round-trip.test.ts',
  '__tests__/adoption/blueprints.test.ts',
  '__tests__/apply/apply-storms.test.ts',
  '__tests__/providers/aws-iam/role-authorization.test.ts',
  '__tests__/permissions/scoped-deployer.test.ts',
  '__tests__/cli-drift.test.ts',
  '__tests__/action/merge-apply.test.ts',
  '__tests__/action/findings-and-secret-inputs.test.ts',
  '__tests__/action/pull-request-plan.test.ts',
  '__tests__/action/architect-consumers.test.ts',
  '__tests__/providers/genesys/genesys-provider-run.sandbox.test.ts',
  '__tests__/adoption/import-ui-exports.test.ts',
  '__tests__/action/drift-baseline.test.ts',
  '__tests__/action/gateway-errors.test.ts',
  '__tests__/providers/aws-lambda/lambda-function-provider.test.ts',
  '__tests__/action/fork-and-sarif.test.ts',
  '__tests__/apply/call-overlap.test.ts',
  '__tests__/sandbox/role-access.test.ts',
  '__tests__/moto-harness.test.ts',
];
