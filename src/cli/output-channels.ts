/**
 * Which stream each kind of CLI output goes to. Standard output carries
 * either the text for people or, when one is asked for (--format json,
 * --out -, …), exactly that one document: then everything for people moves
 * to stderr, so `plan --format json | jq` reads clean JSON. Findings and
 * errors always go to stderr.
 */
import { resolve } from 'node:path';
import { writeTextFile } from '../commands/output-file.js';
import type { ConsoleStyle } from '../render/console-style.js';
import type { CliIo } from './cli-io.js';
import { styleFor } from './colour.js';
import { FLAGS, type CliOptions } from './flags.js';

export interface OutputChannels {
  /** The one document on stdout, byte for byte (a trailing newline is not doubled). */
  document: (text: string) => void;
  /** Text for people: stdout, or stderr when stdout carries a document. */
  human: (text: string) => void;
  /** How `human` text may be coloured. */
  humanStyle: ConsoleStyle;
  /** Findings, refusals and errors. */
  problem: (text: string) => void;
}

/** What stdout carries when the options ask for a document there: at most one thing may. */
export function stdoutDocuments(options: CliOptions): string[] {
  const claims: string[] = [];
  if (options.format !== 'text') claims.push(`--format ${options.format}`);
  for (const key of ['out', 'markdown', 'summary'] as const) if (options[key] === '-') claims.push(`--${FLAGS[key].name} -`);
  return claims;
}

export function outputChannels(options: CliOptions, io: CliIo): OutputChannels {
  const stdoutTaken = stdoutDocuments(options).length > 0;
  return {
    document: (text) => io.out(text.endsWith('\n') ? text.slice(0, -1) : text),
    human: stdoutTaken ? io.err : io.out,
    humanStyle: styleFor(stdoutTaken ? (io.colour?.err ?? false) : (io.colour?.out ?? false)),
    problem: io.err,
  };
}

/** Writes `render()` where the flag says: `-` is stdout, anything else a file relative to the CLI's cwd. */
export async function writeRequested(io: CliIo, channels: OutputChannels, path: string | undefined, render: () => string): Promise<void> {
  if (path === undefined) return;
  if (path === '-') channels.document(render());
  else await writeTextFile(resolve(io.cwd, path), render());
}
