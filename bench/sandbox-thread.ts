/**
 * The worker side of sandbox-in-thread.ts: runs the Genesys sandbox in a
 * thread of its own and answers the bench's questions about it (requests
 * seen, state to seed). Only the bench uses it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { newActionId } from '../sandbox/genesys/routes/action-definition.js';
import { compileSdkModelValidators } from '../sandbox/genesys/sdk-model-validator.js';
import { startGenesysSandbox, type GenesysSandboxOptions } from '../sandbox/genesys/server.js';
import type { SandboxThreadReply, SandboxThreadRequest } from './sandbox-in-thread.js';
import { warmUpActionRuns } from './sandbox-warm-up.js';

const port = parentPort;
if (!port) throw new Error('sandbox-thread.ts runs as a worker thread (sandbox-in-thread.ts)');
const sandbox = await startGenesysSandbox(workerData as GenesysSandboxOptions);
// A server's own start-up is not the client's time: no measured answer waits for a validator to compile.
compileSdkModelValidators();
const warmUpProblem = await warmUpActionRuns(workerData as GenesysSandboxOptions);
if (warmUpProblem !== undefined)
  console.warn(`bench: the sandbox's warm-up fell short (${warmUpProblem}); the first measured action runs pay its first-time costs`);

function handle(request: SandboxThreadRequest): SandboxThreadReply {
  switch (request.type) {
    case 'count':
      return { type: 'count', count: sandbox.requests.length };
    case 'requests':
      return {
        type: 'requests',
        requests: sandbox.requests.slice(request.from).map(({ method, path, status }) => ({ method, path, status })),
      };
    case 'copy-action': {
      // Copies of the one applied action, straight into the state (see measureLargePlan in run.ts).
      const [template] = [...sandbox.state.actions.values()];
      if (!template) throw new Error('there is no action to copy');
      for (let index = 1; index <= request.copies; index += 1) {
        const id = newActionId();
        sandbox.state.actions.set(id, { ...structuredClone(template), id, name: `${request.namePrefix}${String(index).padStart(4, '0')}` });
      }
      return { type: 'done' };
    }
  }
}

port.on('message', (message: { id: number; request: SandboxThreadRequest | { type: 'stop' } }) => {
  if (message.request.type === 'stop') {
    void sandbox.stop().then(() => {
      port.postMessage({ id: message.id, reply: { type: 'done' } });
      port.close();
    });
    return;
  }
  try {
    port.postMessage({ id: message.id, reply: handle(message.request) });
  } catch (error) {
    port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: { env: sandbox.env } });
