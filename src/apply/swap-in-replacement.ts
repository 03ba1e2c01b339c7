/**
 * The end of every replace, whichever way the new action was published: the
 * old action is renamed to a superseded name, then the new one (published
 * under its temporary name) takes the real name. The old id stays published
 * and answers throughout; the real name is without a published action only
 * during the second rename write itself, and no test runs in between.
 *
 * An apply stopped after the first rename converges: the planner sees the
 * replacement under its temporary name standing in for the declared action
 * and plans the rename as an update (plan/live-matching.ts).
 */
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';
import type { LifecycleNameBook } from './lifecycle-name-book.js';
import { published, type PublishResult } from './publish-action.js';

export interface Swap {
  /** The live action being replaced, and the version the plan read of it (tried first; a stale one costs a read). */
  old: { id: string; integrationId: string; version?: number };
  /** The replacement, published under its temporary name. */
  replacementId: string;
  name: string;
}

export async function swapInReplacement(
  genesys: Pick<GenesysProvider, 'renameAction'>,
  names: LifecycleNameBook,
  swap: Swap,
): Promise<PublishResult> {
  const supersededAs = names.reserve('superseded', swap.name, swap.old.integrationId);
  await genesys.renameAction(swap.old.id, supersededAs, swap.old.version);
  await genesys.renameAction(swap.replacementId, swap.name);
  return published(swap.replacementId, { id: swap.old.id, name: supersededAs });
}
