/**
 * `npm run demo`: the whole flow, offline, against local stand-ins.
 *
 * Starts moto_server (AWS IAM/STS/Lambda, with the examples' functions) and the Genesys sandbox on free ports,
 * copies examples/genesys to a temporary folder, then runs the real CLI:
 * validate → plan (writes the PR comment it would post) → apply (drafts,
 * tests, publish, smoke tests) → plan again (no changes) → a published
 * Architect flow uses "Lookup Order Status" and its contract changes: the
 * plan names the flow, apply keeps the old action serving it under a
 * superseded name, the flow is republished onto the new action, and the
 * next plan and apply remove the old one → a hand edit in the Genesys UI →
 * the scheduled drift run (the action itself, against a fake GitHub: it
 * opens the drift issue) → apply again → drift run (closes it) → edit one
 * manifest and plan (one update) → validate a deliberately broken copy
 * (findings with file:line:col). Stops every server it started; exits
 * non-zero if any step does not end as expected.
 *
 * This entry imports only what starts moto: the steps (demo-steps.ts, with
 * the CLI, the sandbox and the AWS SDK) load while moto, a Python process of
 * its own, starts, instead of before it.
 */
import { MotoServerMissingError, startMotoServer, type MotoServer } from '../sandbox/aws/moto-server.js';

async function main(): Promise<number> {
  // moto first: when it is missing, that one line is all the demo prints.
  const starting = startMotoServer();
  const loading = import('./demo-steps.js');
  // Not awaited when moto is missing: its failure is not the demo's message then.
  loading.catch(() => undefined);
  let moto: MotoServer | undefined;
  try {
    moto = await starting;
    const { runDemo } = await loading;
    return await runDemo(moto);
  } finally {
    await moto?.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A missing moto is one line: what is missing and how to install it.
    if (error instanceof MotoServerMissingError) console.error(`demo: ${error.message}`);
    else console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    // Now, not once the steps still loading have loaded: nothing of theirs has run.
    process.exit(1);
  },
);
