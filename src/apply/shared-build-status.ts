/**
 * The dependency-tracking build status as the deletes of one apply read it:
 * the index's status is the org's, not the action's, so deletes asking for it
 * at about the same time share one read. A read still in flight is shared,
 * and an answer is reused for {@link BUILD_STATUS_REUSE_MS} after it arrived;
 * a later delete reads it again. A replace of 100 actions then reads it a few
 * times instead of 100 times, and that is what keeps it within three of the
 * platform's rate windows instead of four. A failed read is never reused.
 */
import type { ArchitectRead } from '../providers/genesys/genesys-provider.js';
import type { UsageReader } from './action-usage.js';

/**
 * How long an answer stands in for a fresh read: about the spread of one round of concurrent deletes,
 * well under the time the index takes to notice a publish.
 */
export const BUILD_STATUS_REUSE_MS = 2_000;

export function sharingBuildStatus(genesys: UsageReader, now: () => number): UsageReader {
  let last: { read: Promise<ArchitectRead<string>>; answeredAt: number | undefined } | undefined;
  return {
    actionConsumers: (actionId, secure) => genesys.actionConsumers(actionId, secure),
    dependencyTrackingBuild: () => {
      const reusable = last !== undefined && (last.answeredAt === undefined || now() - last.answeredAt <= BUILD_STATUS_REUSE_MS);
      if (last && reusable) return last.read;
      const current: { read: Promise<ArchitectRead<string>>; answeredAt: number | undefined } = {
        read: genesys.dependencyTrackingBuild(),
        answeredAt: undefined,
      };
      last = current;
      void current.read.then(
        (answer) => {
          if (answer.readable) current.answeredAt = now();
          else if (last === current) last = undefined;
        },
        () => {
          if (last === current) last = undefined;
        },
      );
      return current.read;
    },
  };
}
