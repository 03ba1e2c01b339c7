/**
 * Stepwise loading beside I/O: an answer that arrives while a long load runs
 * is taken in between its steps, and the steps are fine enough for that
 * (one YAML document each) with the same outcome as the load run at once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBesideIo } from '../../src/commands/run-beside-io.js';
import { loadManifests, loadManifestsInSteps, runStepwise, type Stepwise } from '../../src/manifests/index.js';
import { benchManifests } from '../../bench/bench-manifests.js';

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((_request, response) => response.end('ok'));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

/** `count` steps of about a millisecond of CPU each, recording which step each was. */
function* busySteps(count: number, done: number[]): Stepwise<number> {
  for (let step = 0; step < count; step++) {
    const until = performance.now() + 1;
    while (performance.now() < until) {
      // CPU-bound, as parsing is: nothing else runs on this thread meanwhile.
    }
    done.push(step);
    yield;
  }
  return count;
}

/** How many steps had run when a request sent before the work was answered, and the work's result. */
async function stepsBeforeAnswer(run: (steps: Stepwise<number>) => Promise<number> | number): Promise<{ steps: number; result: number }> {
  const done: number[] = [];
  let stepsAtAnswer = -1;
  const answered = fetch(url)
    .then((response) => response.text())
    .then(() => {
      stepsAtAnswer = done.length;
    });
  const result = await run(busySteps(200, done));
  await answered;
  return { steps: stepsAtAnswer, result };
}

describe('runBesideIo', () => {
  it('takes an answer in while the steps run, long before they end', async () => {
    const { steps, result } = await stepsBeforeAnswer((work) => runBesideIo(work));
    expect(result).toBe(200);
    expect(steps).toBeGreaterThanOrEqual(0);
    expect(steps).toBeLessThan(100);
  });

  it('is what the steps run at once do not do: the answer waits for the last step', async () => {
    const { steps, result } = await stepsBeforeAnswer((work) => runStepwise(work));
    expect(result).toBe(200);
    expect(steps).toBe(200);
  });
});

describe('loadManifestsInSteps', () => {
  const text = benchManifests(40, 10);
  const files = () => [{ path: 'bench.yaml', bytes: new TextEncoder().encode(text) }];

  it('yields at least twice per YAML document (read, then converted) and once per manifest checked', () => {
    const steps = loadManifestsInSteps(files(), { environment: 'bench' });
    let yields = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) yields += 1;
    const documents = text.split(/^---$/m).length;
    expect(yields).toBeGreaterThanOrEqual(3 * documents - 3);
  });

  it('loads in steps, beside I/O, exactly what it loads at once', async () => {
    const atOnce = loadManifests(files(), { environment: 'bench' });
    const inSteps = await runBesideIo(loadManifestsInSteps(files(), { environment: 'bench' }), 0);
    expect(atOnce.diagnostics).toEqual([]);
    expect(inSteps).toEqual(atOnce);
  });
});
