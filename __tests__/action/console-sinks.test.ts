/**
 * Server and manifest text reaching the console outside the renderers: a hostile name cannot start a
 * workflow command (`::error::`), split a line, or carry raw control characters; normal text is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { consoleLines } from '../../src/action/action-io.js';
import { runSmokeTest } from '../../src/apply/smoke-runner.js';
import { createStepLog } from '../../src/apply/step-log.js';
import type { ResourceChange } from '../../src/plan/types.js';
import { consoleText } from '../../src/render/console-text.js';
import { desiredAction } from '../providers/genesys/desired-action-fixture.js';

const HOSTILE = 'Lookup\r\n::error::x \u001b[31mred\u2028::warning::y ##[group]z';

function expectSafe(lines: readonly string[]): void {
  for (const output of lines) {
    for (const line of output.split('\n')) {
      expect(line).not.toMatch(/^\s*::/);
      expect(line).not.toContain('##[');

      expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/);
    }
  }
}

describe('console sinks', () => {
  it('consoleLines keeps our line breaks, neutralises each line, and changes neither normal nor already-safe text', () => {
    expectSafe([consoleLines(`plan\n${HOSTILE}\n::error::direct`)]);
    expect(consoleLines('create action/x …\n  ✓ passed')).toBe('create action/x …\n  ✓ passed');
    const once = consoleLines(consoleText(HOSTILE));
    expect(consoleLines(once)).toBe(once);
    expect(consoleText(once)).toBe(once);
  });

  it('step log lines carry a hostile address and Genesys message as one safe line each', async () => {
    const lines: string[] = [];
    const log = createStepLog((line) => lines.push(line));
    const change = { action: 'create', address: `action/${HOSTILE}`, kind: 'action' } as unknown as ResourceChange;
    await log.record(change, async () => {
      throw new Error(`Genesys said: ${HOSTILE}`);
    });
    await log.record({ ...change, address: 'action/ok' }, async () => ({ status: 'applied' as const, liveId: HOSTILE }));
    expect(lines).toHaveLength(4);
    expectSafe(lines);
    expect(lines[0]).toBe(`create action/${consoleText(HOSTILE)} …`);
  });

  it('smoke-test progress lines carry a hostile test name and failure as one safe line each', async () => {
    const action = desiredAction({ tests: [{ name: HOSTILE, input: { orderId: '1' }, expect: { status: 'SHIPPED' }, execute: false }] });
    const [test] = action.tests;
    if (!test) throw new Error('fixture has no test');
    const lines: string[] = [];
    const failing = async () => ({ operations: [], success: false, error: { message: HOSTILE } });
    await runSmokeTest(
      { address: `action/${HOSTILE}`, action, actionId: 'a-1', test, endpoint: 'test' },
      { attempts: 2, firstDelayMs: 1 },
      {
        genesys: { testDraft: failing, testAction: failing, executeAction: async () => ({}) },
        log: (line) => lines.push(line),
        sleep: async () => undefined,
        now: () => 0,
      },
    );
    expect(lines).toHaveLength(2);
    expectSafe(lines);
  });
});
