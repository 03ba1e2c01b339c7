/**
 * Starts one moto_server for the whole test run on a free port and points the
 * AWS SDK at it through the standard AWS_ENDPOINT_URL variable (inherited by
 * the test workers and by any child process they spawn, such as the bundled
 * action in the end-to-end test).
 */
import type { TestProject } from 'vitest/node';
import { startMotoServer } from '../../sandbox/aws/moto-server.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const moto = await startMotoServer();
  process.env.AWS_ENDPOINT_URL = moto.url;
  process.env.AWS_ACCESS_KEY_ID = 'testing';
  process.env.AWS_SECRET_ACCESS_KEY = 'testing';
  process.env.AWS_REGION = 'us-east-1';
  // The AWS SDK versions are pinned exactly, so its warning that future versions need Node 22 is noise in test output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  project.provide('motoUrl', moto.url);
  return async () => {
    await moto.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    motoUrl: string;
  }
}
