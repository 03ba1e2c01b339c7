/**
 * Starts moto_server (the real AWS wire protocol for IAM, STS and Lambda) on a
 * free loopback port. Used by the vitest global setup, the demo and the bench.
 * moto cannot be installed from npm; a missing moto is a loud failure with the
 * install hint, never a silent skip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A running moto_server. */
export interface MotoServer {
  url: string;
  port: number;
  /** The moto_server process, for a supervisor that must stop it even if this process cannot. */
  pid: number | undefined;
  /** Wipes all state (`POST /moto-api/reset`) and re-applies the Lambda config. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export const MOTO_INSTALL_HINT =
  'moto_server (the AWS IAM/STS emulator) is not on the PATH. Install it with: pipx install "moto[server]" ' +
  '(pipx, because Debian 12 and Ubuntu 24.04 refuse a system-wide pip install: PEP 668)';

/** moto_server is not installed (not on the PATH, or a pyenv shim with no moto behind it): the message is the install hint. */
export class MotoServerMissingError extends Error {
  override name = 'MotoServerMissingError';
  constructor() {
    super(MOTO_INSTALL_HINT);
  }
}

/** Exit code of a shell (or pyenv shim) that found no such command. */
const COMMAND_NOT_FOUND = 127;

/** Asks the OS for a free loopback port (port 0), then releases it for the child. */
export async function findFreePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not read the free port'));
      });
    });
  });
}

async function resetMoto(url: string): Promise<void> {
  const reset = await fetch(`${url}/moto-api/reset`, { method: 'POST' });
  if (!reset.ok) throw new Error(`moto reset failed: HTTP ${reset.status}`);
  // Lambda invoke without Docker (there is no Docker engine on these machines).
  await fetch(`${url}/moto-api/config`, { method: 'POST', body: JSON.stringify({ lambda: { use_docker: false } }) });
}

/**
 * Spawns moto_server and waits (bounded) until it answers.
 * @param extraEnv e.g. `{ INITIAL_NO_AUTH_ACTION_COUNT: '5' }` to turn on authorization.
 */
export async function startMotoServer(
  options: {
    extraEnv?: Record<string, string>;
    readyTimeoutMs?: number;
    /**
     * Authorize requests against the role, policy and function ARNs they are
     * about, as AWS does (moto alone judges most against "*"); see
     * moto_resource_authorization.py. Only meaningful with INITIAL_NO_AUTH_ACTION_COUNT.
     */
    authorizeResources?: boolean;
  } = {},
): Promise<MotoServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  let spawnError: Error | undefined;
  let stderr = '';
  const [program, ...programArgs] = options.authorizeResources
    ? ['python3', fileURLToPath(new URL('./moto_resource_authorization.py', import.meta.url))]
    : ['moto_server'];
  child = spawn(program, [...programArgs, '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...options.extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.on('error', (error) => {
    spawnError = error;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });

  const deadline = Date.now() + (options.readyTimeoutMs ?? 20_000);
  for (;;) {
    if (spawnError) {
      const code = (spawnError as NodeJS.ErrnoException).code;
      throw code === 'ENOENT' ? new MotoServerMissingError() : new Error(`moto_server failed to start: ${spawnError.message}`);
    }
    if (child.exitCode === COMMAND_NOT_FOUND) throw new MotoServerMissingError();
    if (child.exitCode !== null) {
      throw new Error(`moto_server exited with code ${child.exitCode} before answering. ${MOTO_INSTALL_HINT}\n${stderr}`);
    }
    try {
      await resetMoto(url);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`moto_server did not answer on ${url} within the timeout.\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    url,
    port,
    pid: child.pid,
    reset: () => resetMoto(url),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
