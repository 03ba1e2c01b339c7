import { describe, expect, it } from 'vitest';
import { BUILD_STATUS_REUSE_MS, sharingBuildStatus } from '../../src/apply/shared-build-status.js';
import type { ArchitectRead } from '../../src/providers/genesys/genesys-provider.js';

/** A reader answering the queued answers in order (a string is a thrown error), counting its reads. */
function countingReader(answers: (ArchitectRead<string> | string)[]) {
  const reader = {
    reads: 0,
    actionConsumers: async () => ({ readable: true as const, value: [] }),
    dependencyTrackingBuild: async (): Promise<ArchitectRead<string>> => {
      const answer = answers[reader.reads] ?? { readable: true, value: 'OPERATIONAL' };
      reader.reads += 1;
      if (typeof answer === 'string') throw new Error(answer);
      return answer;
    },
  };
  return reader;
}

const operational = { readable: true as const, value: 'OPERATIONAL' };
const unreadable = { readable: false as const, reason: 'HTTP 503' };

describe('the build status shared by the deletes of one apply', () => {
  it('shares a read still in flight', async () => {
    const reader = countingReader([]);
    const shared = sharingBuildStatus(reader, () => 0);
    expect(await Promise.all([shared.dependencyTrackingBuild(), shared.dependencyTrackingBuild()])).toEqual([operational, operational]);
    expect(reader.reads).toBe(1);
  });

  it.each([
    ['reuses an answer that arrived just now', [operational], 0, 1],
    [`reuses an answer ${BUILD_STATUS_REUSE_MS} ms old`, [operational], BUILD_STATUS_REUSE_MS, 1],
    ['reads again once the answer is older than that', [operational], BUILD_STATUS_REUSE_MS + 1, 2],
    ['never reuses an unreadable answer', [unreadable], 0, 2],
    ['never reuses a failed read', ['socket hang up'], 0, 2],
  ] as [string, (ArchitectRead<string> | string)[], number, number][])('%s', async (_name, answers, laterByMs, reads) => {
    const reader = countingReader(answers);
    let clock = 1_000;
    const shared = sharingBuildStatus(reader, () => clock);
    await shared.dependencyTrackingBuild().catch(() => undefined);
    clock += laterByMs;
    // Reused or read again, the second answer is OPERATIONAL: the count says which.
    expect(await shared.dependencyTrackingBuild()).toEqual(operational);
    expect(reader.reads).toBe(reads);
  });

  it('reads the consumers every time: they are the action’s own', async () => {
    const reader = countingReader([]);
    let consumerReads = 0;
    const shared = sharingBuildStatus(
      {
        ...reader,
        actionConsumers: async () => {
          consumerReads += 1;
          return { readable: true, value: [] };
        },
      },
      () => 0,
    );
    await Promise.all([shared.actionConsumers('a', false), shared.actionConsumers('a', false)]);
    expect(consumerReads).toBe(2);
  });
});
