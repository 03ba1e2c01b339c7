/**
 * The drafts listing a draft-strategy apply needs (to find what an
 * interrupted apply left behind), started when the apply starts. The listing
 * takes no integration filter (it is filtered on our side), so it, and the
 * token it needs, go out while the roles, credentials and integrations are
 * applied instead of after them; only the filtering waits for the
 * integration ids the integrations phase ends with. Drafts are made only by
 * the actions phase, which comes later, so listing early misses none of
 * this apply's own.
 */
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';

export type ListedDraft = Awaited<ReturnType<GenesysProvider['listDrafts']>>[number];

export interface EarlyDraftListing {
  /** The drafts in these integrations (the ids known once the integrations are applied). */
  draftsIn(integrationIds: readonly string[]): Promise<ListedDraft[]>;
  /** Settles the listing when the actions phase never asked for it (an earlier phase failed), so no call is left in flight. */
  settle(): Promise<void>;
}

export function startDraftListing(genesys: GenesysProvider): EarlyDraftListing {
  let giveIds: (ids: readonly string[]) => void = () => undefined;
  const ids = new Promise<readonly string[]>((resolve) => {
    giveIds = resolve;
  });
  const listing = genesys.listDrafts(ids);
  // Its failure is reported by the actions phase, when that phase asks for it; otherwise it does not matter.
  listing.catch(() => undefined);
  return {
    draftsIn: (integrationIds) => {
      giveIds(integrationIds);
      return listing;
    },
    settle: async () => {
      giveIds([]);
      await listing.catch(() => undefined);
    },
  };
}
