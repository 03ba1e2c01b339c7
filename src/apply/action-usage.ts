/**
 * Whether a data action is in use, read from Architect dependency tracking
 * right before apply deletes it (the plan's list may be minutes old, and a
 * flow may have been published onto the action since). Unknown counts as
 * used: a consumer list that could not be read never lets a delete through.
 */
import { OPERATIONAL_BUILD_STATUS } from '../model/architect-consumers.js';
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';

/** The two Architect reads that say whether an action is in use. */
export type UsageReader = Pick<GenesysProvider, 'dependencyTrackingBuild' | 'actionConsumers'>;

/** Why the action must stay, or undefined when no published flow uses it. */
export type UsageVerdict = { inUse: false } | { inUse: true; why: string };

/**
 * Reads the action's published consumers. With `requireCurrentIndex`, a
 * dependency-tracking index that is not OPERATIONAL counts as in use too:
 * a superseded action is kept rather than deleted on a possibly stale answer.
 */
export async function readActionUsage(
  genesys: UsageReader,
  action: { id: string; secure: boolean },
  options: { requireCurrentIndex: boolean },
): Promise<UsageVerdict> {
  // Both are read right now, side by side: the build status is one round trip, not one after the consumers.
  const [consumers, build] = await Promise.all([
    genesys.actionConsumers(action.id, action.secure),
    options.requireCurrentIndex ? genesys.dependencyTrackingBuild() : undefined,
  ]);
  if (!consumers.readable) return { inUse: true, why: `its Architect consumers could not be read (${consumers.reason})` };
  if (consumers.value.length > 0) {
    const names = consumers.value.map((consumer) => `${consumer.name} (${consumer.type})`).join(', ');
    return { inUse: true, why: `${consumers.value.length} published flow(s) still use it: ${names}` };
  }
  if (build === undefined) return { inUse: false };
  if (!build.readable) return { inUse: true, why: `the dependency-tracking build status could not be read (${build.reason})` };
  if (build.value !== OPERATIONAL_BUILD_STATUS) {
    return { inUse: true, why: `Architect dependency tracking is ${build.value}, so its answer may be stale` };
  }
  return { inUse: false };
}
