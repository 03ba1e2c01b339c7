// `npm test`: the whole test suite, the unit and integration projects side by
// side on two workers (vitest.config.ts). Extra arguments go to vitest
// (`npm test -- --reporter=json …`). The linters are `npm run lint`, a gate of
// their own in CI (.ci/run, .github/workflows/test.yml): type-checked ESLint
// and Prettier over the whole tree cost about 60 s of CPU, as much as half the
// suite, on a machine with two cores.
//
// The integration project needs moto_server (AWS IAM/STS/Lambda). Without it
// the unit project still runs, one line says what is missing and what could
// not run, and the exit code is 1: a green `npm test` always means everything ran.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const vitestArgs = process.argv.slice(2);
const hasMoto = (process.env.PATH ?? '').split(delimiter).some((folder) => isExecutable(join(folder, 'moto_server')));

const testsCode = await run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  ...(hasMoto ? [] : ['--project', 'unit']),
  ...vitestArgs,
]);
if (!hasMoto) {
  console.log(
    'moto_server is not on PATH: only the unit tests ran; the integration tests (AWS IAM/STS/Lambda against moto) could not run. Install it with: pipx install "moto[server]"',
  );
}
process.exit(testsCode !== 0 || !hasMoto ? 1 : 0);

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command with our stdio; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}
