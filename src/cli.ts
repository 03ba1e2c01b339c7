#!/usr/bin/env node
/** CLI entry point: wires the real process into runCli. */
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

const exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
  colour: { out: colourAllowed(process.stdout.isTTY, process.env), err: colourAllowed(process.stderr.isTTY, process.env) },
  ...(process.stdin.isTTY ? { confirm: confirmOnTerminal } : {}),
});
process.exitCode = exitCode;
