/**
 * The CLI's engine: wires the real process into runCli. Built into
 * dist/cli/engine.cjs, which the bin (cli-launcher.ts) runs with a compile
 * cache; CommonJS has no top-level await, so the exit code is set when the
 * run settles.
 */
import { createInterface } from 'node:readline/promises';
import { colourAllowed } from './cli/colour.js';
import { runCli } from './cli-program.js';

async function confirmOnTerminal(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question(question)).trim() === 'yes';
  } finally {
    prompt.close();
  }
}

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
  colour: { out: colourAllowed(process.stdout.isTTY, process.env), err: colourAllowed(process.stderr.isTTY, process.env) },
  ...(process.stdin.isTTY ? { confirm: confirmOnTerminal } : {}),
}).then((exitCode) => {
  process.exitCode = exitCode;
});
