/** The `sarif-file` input: the validation findings for code scanning, written before anything can stop the run. */
import { resolve } from 'node:path';
import { writeTextFile } from '../commands/output-file.js';
import { sarifReport } from '../commands/sarif-report.js';
import type { ValidationOutcome } from '../commands/validate.js';
import type { ActionSession } from './action-session.js';

export async function writeSarifFile(session: ActionSession, outcome: ValidationOutcome): Promise<void> {
  const path = session.inputs.sarifFile;
  if (path === undefined) return;
  // Diagnostics name files relative to the working directory; code scanning wants them relative to the checkout.
  await writeTextFile(
    resolve(session.cwd, path),
    await sarifReport(outcome, { cwd: session.cwd, root: session.env.GITHUB_WORKSPACE || session.cwd }),
  );
  session.io.info(`SARIF written to ${path} (${outcome.diagnostics.length} finding(s)).`);
}
