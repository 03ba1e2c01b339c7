/**
 * Data actions, after their integrations: each planned action is published
 * by the chosen strategy, then smoke-tested. Actions do not depend on each
 * other, so their pipelines (draft → validate → tests → publish → smoke) run
 * with bounded concurrency; what each one logs and records is handed over in
 * plan order (plan-order-pool.ts), so the console and the report read the same
 * as a run one action at a time. One action's failure does not stop the
 * others; it does stop prune.
 *
 * A replace ends with the old action under a superseded name (the publishers
 * swap the names); once the new one passes its smoke tests, the old one is
 * deleted if no published flow uses it, and kept, still serving, if one does
 * or if that cannot be read. A later apply deletes it once its flows moved.
 */
import { assertNever } from '../model/assert-never.js';
import type { DesiredDataAction } from '../model/desired-state.js';
import { actionAddress } from '../plan/resource-address.js';
import type { ResourceChange } from '../plan/types.js';
import type { ApplyContext } from './apply-context.js';
import { DEFAULT_APPLY_CONCURRENCY } from './apply-options.js';
import type { SmokeTestResult } from './apply-report.js';
import { readActionUsage } from './action-usage.js';
import { createDirectPublisher } from './direct-publisher.js';
import { createDraftPublisher } from './draft-publisher.js';
import { createLifecycleNameBook } from './lifecycle-name-book.js';
import { runInPlanOrder } from './plan-order-pool.js';
import type { ActionPublisher, LiveAction, SupersededOld } from './publish-action.js';
import type { SmokeTestRequest } from './smoke-runner.js';
import { applied, createStepLog, failed, type StepLog, type StepResult } from './step-log.js';

/** One planned action and where its pipeline writes until it is handed over. */
interface ActionRun {
  action: DesiredDataAction;
  change: ResourceChange;
}

/** One pipeline's buffers: its log lines, its step, its smoke-test results. */
interface ActionOutput {
  lines: string[];
  steps: StepLog;
  smokeTests: SmokeTestResult[];
}

/**
 * Pipelines under way per Genesys call allowed in flight: the provider keeps the calls in flight to
 * `concurrency`, and a pipeline between two of its calls (or waiting for its Lambda) holds none, so
 * twice as many pipelines keep every slot busy instead of starting the last actions only when the
 * first have finished. Bounded, so an interrupted apply leaves few drafts half-way.
 */
const PIPELINES_PER_CALL_IN_FLIGHT = 2;

/** A concurrency of 1 keeps everything one at a time, one action after the other. */
function pipelinesFor(callsInFlight: number): number {
  return callsInFlight > 1 ? PIPELINES_PER_CALL_IN_FLIGHT * callsInFlight : 1;
}

/** True when every planned action applied and passed its smoke tests. */
export async function applyActions(context: ApplyContext): Promise<boolean> {
  const runs: ActionRun[] = context.desired.dataActions.flatMap((action) => {
    const change = context.pendingChange(actionAddress(action.integrationName, action.name));
    return change ? [{ action, change }] : [];
  });
  if (runs.length === 0) return true;
  const outputs = new Map<string, ActionOutput>();
  // Smoke tests run inside the publisher too (draft tests): each goes to the buffer of the action it tests.
  const smokeTest = async (request: SmokeTestRequest): Promise<SmokeTestResult> => {
    const output = outputs.get(request.address);
    if (!output) return context.smokeTest(request);
    const result = await context.runSmokeTest(request, (line) => output.lines.push(line));
    output.smokeTests.push(result);
    return result;
  };
  const publisher = await publisherFor(context, smokeTest);
  const results = await runInPlanOrder(
    runs,
    pipelinesFor(context.options.concurrency ?? DEFAULT_APPLY_CONCURRENCY),
    {
      createOutput: ({ change }) => {
        const lines: string[] = [];
        const output: ActionOutput = { lines, steps: createStepLog((line) => lines.push(line)), smokeTests: [] };
        outputs.set(change.address, output);
        return output;
      },
      flush: (output) => {
        for (const line of output.lines) context.deps.log(line);
        context.steps.takeOver(output.steps.steps);
        context.recordSmokeTests(output.smokeTests);
      },
    },
    ({ action, change }, output) =>
      output.steps.record(change, () => applyAction(context, publisher, { change, action }, { smokeTest, earlier: output.smokeTests })),
  );
  return results.every(Boolean);
}

async function publisherFor(
  context: ApplyContext,
  smokeTest: (request: SmokeTestRequest) => Promise<SmokeTestResult>,
): Promise<ActionPublisher> {
  const { genesys } = context.deps;
  const strategy = context.options.publishStrategy;
  const liveActions = context.observed.dataActions;
  const names = createLifecycleNameBook(liveActions, context.deps.now);
  const liveActionOf = (actionId: string): LiveAction | undefined => {
    const live = liveActions.find((candidate) => candidate.id === actionId);
    return live && { integrationId: live.integrationId, version: live.version };
  };
  switch (strategy) {
    case 'draft': {
      const integrationIds = [...context.ids.integrationIds.values()];
      // No listing when the apply makes no new draft (updates only): there is no leftover to find.
      const drafts = context.draftListing ? await context.draftListing.draftsIn(integrationIds) : [];
      return createDraftPublisher({ genesys, smokeTest, names, liveActionOf }, drafts);
    }
    case 'direct':
      return createDirectPublisher(genesys, names, liveActionOf);
    default:
      return assertNever(strategy, 'publish strategy');
  }
}

/** How a pipeline runs its smoke tests, and the results it has so far (its draft tests). */
export interface PipelineTests {
  smokeTest: (request: SmokeTestRequest) => Promise<SmokeTestResult>;
  earlier: readonly SmokeTestResult[];
}

async function applyAction(context: ApplyContext, publisher: ActionPublisher, run: ActionRun, tests: PipelineTests): Promise<StepResult> {
  const { change, action } = run;
  const integrationId = context.ids.integrationIds.get(action.integrationName);
  if (integrationId === undefined) return failed(`integration ${action.integrationName} does not exist`);
  const publication = await publisher.publish(change, action, integrationId);
  if (!publication.published) return failed(publication.message);
  const { liveId, superseded } = publication;
  const results = await testPublished(tests, change.address, action, liveId);
  if (results.some((result) => !result.passed)) {
    const kept = superseded === undefined ? '' : `; the old action ${superseded.id} stays published as "${superseded.name}"`;
    return failed(`published, but its smoke tests failed (see the smoke-test results)${kept}`);
  }
  // Only a replace has a superseded old action (both publishers swap names for every replace).
  if (superseded === undefined) return applied({ liveId });
  return applied({ liveId, previousId: superseded.id, ...(await retireSuperseded(context, superseded)) });
}

/** Deletes the old action of a replace when nothing uses it; otherwise says why it stays. */
async function retireSuperseded(context: ApplyContext, old: SupersededOld): Promise<{ superseded?: SupersededOld; message?: string }> {
  const secure = context.observed.dataActions.find((live) => live.id === old.id)?.secure ?? false;
  const usage = await readActionUsage(context.usageReader, { id: old.id, secure }, { requireCurrentIndex: true });
  if (usage.inUse) {
    return {
      superseded: old,
      message: `the old action ${old.id} is kept as "${old.name}": ${usage.why}; a later apply deletes it once unused`,
    };
  }
  await context.deps.genesys.deleteAction(old.id);
  return { message: `the old action ${old.id} was deleted: no published flow uses it` };
}

/**
 * The manifest tests on the published action: through /test, and through /execute too where the test
 * asks for it. A test that already passed on the draft this apply published (publish-strategy draft)
 * ran on exactly what is now live, so running it again through /test would be a second, identical
 * validation: it is left out, and its draft-test result stands in the report. /execute, the path
 * flows take, still runs after publishing.
 */
export async function testPublished(
  tests: PipelineTests,
  address: string,
  action: DesiredDataAction,
  actionId: string,
): Promise<SmokeTestResult[]> {
  const { smokeTest, earlier } = tests;
  const results: SmokeTestResult[] = [];
  for (const test of action.tests) {
    const passedAsDraft = earlier.some((result) => result.endpoint === 'draft-test' && result.testName === test.name && result.passed);
    if (!passedAsDraft) results.push(await smokeTest({ address, action, actionId, test, endpoint: 'test' }));
    if (test.execute) results.push(await smokeTest({ address, action, actionId, test, endpoint: 'execute' }));
  }
  return results;
}
