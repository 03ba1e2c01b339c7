/**
 * Publishing one data action's planned change: the interface both
 * publishing strategies implement (draft-publisher.ts, direct-publisher.ts).
 */
import type { DesiredDataAction } from '../model/desired-state.js';
import type { ResourceChange } from '../plan/types.js';

/**
 * Published (with the action's live id, new for a replace, and for a replace the old action, now under a
 * superseded name), or deliberately left unpublished (why).
 */
export type PublishResult = { published: true; liveId: string; superseded?: SupersededOld } | NotPublished;

/** The old action of a replace: still published, renamed, and retired by the caller after the smoke tests. */
export interface SupersededOld {
  id: string;
  name: string;
}

/** What the plan read of a live action that a publisher may replace: where it is, and its version then. */
export interface LiveAction {
  integrationId: string;
  version: number;
}

export interface NotPublished {
  published: false;
  message: string;
}

export interface ActionPublisher {
  /** Makes the live action match `action`; provider errors are thrown, a refusal to publish is returned. */
  publish(change: ResourceChange, action: DesiredDataAction, integrationId: string): Promise<PublishResult>;
}

export function published(liveId: string, superseded?: SupersededOld): PublishResult {
  return superseded === undefined ? { published: true, liveId } : { published: true, liveId, superseded };
}

export function notPublished(message: string): NotPublished {
  return { published: false, message };
}
