/**
 * What an end-to-end test gives a bundle it runs as a child process: AWS
 * pointed at this worker's moto (the region the sandbox is started in), and
 * the child's exit and output once it has closed. Waited for without
 * blocking this process, which serves the sandbox the child talks to.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { workerMotoUrl } from './worker-moto.js';

export interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function motoAwsEnvironment(): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: workerMotoUrl(),
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'eu-west-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

export async function childRun(child: ChildProcessWithoutNullStreams): Promise<ChildRun> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}
