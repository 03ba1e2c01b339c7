/**
 * drift (schedule, workflow_dispatch): the read-only check of one
 * environment, kept as one GitHub issue per environment. Reads the open
 * issue first (it carries since when each problem has been seen), runs the
 * check, then opens, edits, reopens or closes the issue, and always writes
 * the report to the job summary. Drift and failing tests are reported, not
 * failures, unless `fail-on-drift`; a token that may not touch issues is a
 * warning.
 */
import { testSecretSource } from '../commands/test-secrets.js';
import { carriedFirstSeen } from '../commands/drift-issue-policy.js';
import { runDrift } from '../commands/drift.js';
import type { Providers } from '../commands/providers.js';
import { driftIssueMarker } from '../drift/drift-issue-marker.js';
import type { DriftReport } from '../drift/drift-report.js';
import { DriftFoundError } from '../errors.js';
import type { TrackedIssue } from '../github/drift-issue.js';
import type { DesiredState } from '../model/desired-state.js';
import { renderDriftConsole, renderDriftSummary } from '../render/drift-issue.js';
import { planFileOf, type ActionSession } from './action-session.js';
import { isIssueAccessDenied, issueAccessMessage, syncDriftIssue, type DriftIssueSync } from './drift-issue-sync.js';
import { publishPlan } from './publish.js';

/** The issue as found before the run; `usable` is false when there is no token or it may not read issues. */
interface IssueLookup {
  usable: boolean;
  issue: TrackedIssue | undefined;
}

async function findIssue(session: ActionSession, environment: string): Promise<IssueLookup> {
  const { github, io } = session;
  if (github === undefined) {
    io.annotate('warning', 'No github-token: the drift report is in the job summary only (no issue is kept).');
    return { usable: false, issue: undefined };
  }
  try {
    return { usable: true, issue: await github.findDriftIssue(driftIssueMarker(environment)) };
  } catch (error) {
    if (!isIssueAccessDenied(error)) throw error;
    io.annotate('warning', issueAccessMessage(error));
    return { usable: false, issue: undefined };
  }
}

/** The issue step; an access problem is a warning (undefined), anything else is thrown after the summary is written. */
async function keepIssue(session: ActionSession, lookup: IssueLookup, report: DriftReport): Promise<DriftIssueSync | undefined> {
  const { github, io, context } = session;
  if (!lookup.usable || github === undefined) return undefined;
  try {
    const sync = await syncDriftIssue(github, lookup.issue, report, context.runUrl === undefined ? {} : { runUrl: context.runUrl });
    if (sync.issue !== undefined && sync.outcome !== 'none')
      io.info(`Drift issue #${sync.issue.number} ${sync.outcome}: ${sync.issue.htmlUrl}`);
    return sync;
  } catch (error) {
    if (!isIssueAccessDenied(error)) throw error;
    io.annotate('warning', issueAccessMessage(error));
    return undefined;
  }
}

function issueLine(sync: DriftIssueSync | undefined): string | undefined {
  if (sync?.issue === undefined) return undefined;
  return `Drift issue [#${sync.issue.number}](${sync.issue.htmlUrl}): ${sync.outcome}.`;
}

export async function runDriftMode(session: ActionSession, desired: DesiredState, providers: Providers): Promise<void> {
  const { io, inputs, context, clock } = session;
  const environment = desired.environment.name;
  const lookup = await findIssue(session, environment);
  const outcome = await runDrift(desired, providers, {
    previous: carriedFirstSeen(lookup.issue),
    now: clock.now,
    sleep: clock.sleep,
    log: (line) => io.info(line),
    testSecrets: testSecretSource(session.env, (value) => io.setSecret(value)),
  });
  const { report } = outcome;
  await publishPlan(io, outcome.plan, planFileOf(session, environment));
  io.info(renderDriftConsole(report));
  let sync: DriftIssueSync | undefined;
  let issueError: unknown;
  try {
    sync = await keepIssue(session, lookup, report);
  } catch (error) {
    issueError = error;
  }
  io.setOutput('drift', String(report.summary.drift));
  io.setOutput('failed-tests', String(report.summary.failedTests));
  io.setOutput('issue-number', sync?.issue?.state === 'open' ? String(sync.issue.number) : '');
  const line = issueLine(sync);
  await io.appendSummary(
    renderDriftSummary(report, {
      ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
      ...(line === undefined ? {} : { issue: line }),
    }),
  );
  if (issueError !== undefined) throw issueError;
  if (inputs.failOnDrift && !report.summary.clean) {
    throw new DriftFoundError(
      `Drift in ${environment}: ${report.summary.driftedResources} resource(s) differ, ${report.summary.failedTests} smoke test(s) fail (fail-on-drift is on).`,
    );
  }
}
