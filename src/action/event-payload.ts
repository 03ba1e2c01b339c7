/** The event payload the runner wrote to GITHUB_EVENT_PATH. */
import { readFile } from 'node:fs/promises';
import type { ActionIo } from './action-io.js';

/** The parsed payload, or `{}` (a plain validate run) when there is none or it cannot be read. */
export async function readEventPayload(path: string | undefined, io: ActionIo): Promise<unknown> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    io.annotate('warning', `Could not read the event payload at ${path}; treating this run as a plain validate.`);
    return {};
  }
}
