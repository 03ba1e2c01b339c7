/**
 * The moto_server of this test worker. The integration project runs its files
 * on two worker processes side by side, and each starts a moto of its own the
 * first time one of its files asks (reset-moto.ts, before every file, which
 * also wipes it), so files on different workers never see each other's roles
 * and functions. A worker stops its moto when it exits; the global setup's
 * teardown stops any that a worker could not (every moto's pid is recorded in
 * the folder it provides).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startMotoServer, type MotoServer } from '../../sandbox/aws/moto-server.js';
import { stopProcessQuietly } from './stop-process.js';

let started: Promise<MotoServer> | undefined;
let url: string | undefined;

/** Starts this worker's moto (once) and resolves with it. */
export async function startWorkerMoto(): Promise<MotoServer> {
  started ??= startMotoServer().then((moto) => {
    if (moto.pid !== undefined) {
      const pid = moto.pid;
      writeFileSync(join(inject('motoPidFolder'), `${pid}.pid`), String(pid));
      process.once('exit', () => stopProcessQuietly(pid));
    }
    url = moto.url;
    return moto;
  });
  return await started;
}

/** This worker's moto; reset-moto.ts has started it before any test file runs. */
export function workerMotoUrl(): string {
  if (url === undefined) throw new Error('this worker has no moto: is the file in INTEGRATION_TESTS (vitest.config.ts)?');
  return url;
}
