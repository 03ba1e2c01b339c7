/**
 * Setup for the integration project: the AWS SDK's test credentials and
 * region, and a folder where each worker records the pid of the moto_server
 * it starts (__tests__/support/worker-moto.ts), so that teardown stops every
 * one, even a worker's that ended without stopping its own. The SDK finds
 * moto through the standard AWS_ENDPOINT_URL variable, which reset-moto.ts
 * sets in each worker; child processes a test spawns, such as the bundled
 * action in the end-to-end test, inherit it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { stopProcessQuietly } from '../support/stop-process.js';

export default function setup(project: TestProject): () => void {
  process.env.AWS_ACCESS_KEY_ID = 'testing';
  process.env.AWS_SECRET_ACCESS_KEY = 'testing';
  process.env.AWS_REGION = 'us-east-1';
  // The AWS SDK versions are pinned exactly, so its warning that future versions need Node 22 is noise in test output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const pidFolder = mkdtempSync(join(tmpdir(), 'glg-moto-pids-'));
  project.provide('motoPidFolder', pidFolder);
  return () => {
    for (const file of readdirSync(pidFolder)) stopProcessQuietly(Number(file.replace(/\.pid$/, '')));
    rmSync(pidFolder, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    motoPidFolder: string;
  }
}
