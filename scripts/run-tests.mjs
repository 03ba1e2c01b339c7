// `npm test`: the linters and the whole test suite, side by side (ESLint with
// type information is single-threaded, the machine has two cores). Extra
// arguments go to vitest (`npm test -- --reporter=json …`).
//
// The integration project needs moto_server (AWS IAM/STS/Lambda). Without it
// the unit project still runs, one line says what is missing and what could
// not run, and the exit code is 1: a green `npm test` always means everything ran.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const vitestArgs = process.argv.slice(2);
const hasMoto = (process.env.PATH ?? '').split(delimiter).some((folder) => isExecutable(join(folder, 'moto_server')));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const lint = run(npm, ['run', '--silent', 'lint'], { buffered: true });
const tests = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...(hasMoto ? [] : ['--project', 'unit']), ...vitestArgs]);
const [lintResult, { code: testsCode }] = await Promise.all([lint, tests]);

if (lintResult.output.trim() !== '') process.stdout.write(`\n${lintResult.output.trimEnd()}\n`);
console.log(lintResult.code === 0 ? 'lint: ESLint and Prettier passed.' : 'lint: FAILED (npm run lint, output above).');
if (!hasMoto) {
  console.log(
    'moto_server is not on PATH: only the unit tests ran; the integration tests (AWS IAM/STS/Lambda against moto) could not run. Install it with: pipx install "moto[server]"',
  );
}
process.exit(lintResult.code !== 0 || testsCode !== 0 || !hasMoto ? 1 : 0);

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command; `buffered` keeps its output for later, otherwise it streams to ours. Resolves with its exit code (and output). */
function run(command, args, { buffered = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (buffered) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => resolve({ code: 1, output: `${output}${command}: ${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
