import { describe, expect, it } from 'vitest';
import { readActionUsage, type UsageVerdict } from '../../src/apply/action-usage.js';
import type { ArchitectRead, ConsumingDependency } from '../../src/providers/genesys/genesys-provider.js';

const unreadable = { readable: false as const, reason: 'HTTP 503' };
const flow: ConsumingDependency = { id: 'f-1', name: 'Main IVR', type: 'INBOUNDCALLFLOW', version: '3.0' };

/** A reader whose answers arrive only once both reads were asked for, so a read made after the other's answer never ends. */
function sideBySideReader(consumers: ArchitectRead<ConsumingDependency[]>, build: ArchitectRead<string>) {
  const asked: string[] = [];
  let release: () => void = () => undefined;
  const bothAsked = new Promise<void>((resolve) => {
    release = resolve;
  });
  const ask = async <T>(name: string, answer: T, expected: number): Promise<T> => {
    asked.push(name);
    if (asked.length === expected) release();
    await bothAsked;
    return answer;
  };
  return {
    asked,
    reader: (expected: number) => ({
      actionConsumers: () => ask('consumers', consumers, expected),
      dependencyTrackingBuild: () => ask('build', build, expected),
    }),
  };
}

describe('whether an action is in use, right before a delete', () => {
  it.each([
    ['no consumers, index operational', { readable: true, value: [] }, { readable: true, value: 'OPERATIONAL' }, { inUse: false }],
    [
      'a published flow uses it',
      { readable: true, value: [flow] },
      { readable: true, value: 'OPERATIONAL' },
      { inUse: true, why: '1 published flow(s) still use it: Main IVR (INBOUNDCALLFLOW)' },
    ],
    [
      'consumers unreadable',
      unreadable,
      { readable: true, value: 'OPERATIONAL' },
      { inUse: true, why: 'its Architect consumers could not be read (HTTP 503)' },
    ],
    [
      'index rebuilding',
      { readable: true, value: [] },
      { readable: true, value: 'BUILDINPROGRESS' },
      { inUse: true, why: 'Architect dependency tracking is BUILDINPROGRESS, so its answer may be stale' },
    ],
    [
      'build status unreadable',
      { readable: true, value: [] },
      unreadable,
      { inUse: true, why: 'the dependency-tracking build status could not be read (HTTP 503)' },
    ],
  ] as [string, ArchitectRead<ConsumingDependency[]>, ArchitectRead<string>, UsageVerdict][])(
    '%s, both read side by side',
    async (_name, consumers, build, verdict) => {
      const { reader, asked } = sideBySideReader(consumers, build);
      expect(await readActionUsage(reader(2), { id: 'a-1', secure: false }, { requireCurrentIndex: true })).toEqual(verdict);
      expect([...asked].sort()).toEqual(['build', 'consumers']);
    },
  );

  it('without requireCurrentIndex, reads the consumers only', async () => {
    const { reader, asked } = sideBySideReader({ readable: true, value: [] }, unreadable);
    expect(await readActionUsage(reader(1), { id: 'a-1', secure: false }, { requireCurrentIndex: false })).toEqual({ inUse: false });
    expect(asked).toEqual(['consumers']);
  });
});
