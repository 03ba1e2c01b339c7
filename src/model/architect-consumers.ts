/**
 * What Architect dependency tracking says about who uses a data action
 * (docs/reference/genesys-next.md §2): the published flows (and other
 * versioned Architect resources) that call it by id, read for the actions a
 * plan would replace or delete, and the freshness of that index. Plain data,
 * normalized by the provider and the observe step; the planner only reads it.
 */

/** One published resource that calls a data action by id. */
export interface ActionConsumer {
  /** Flow (or other dependency-tracking object) id. */
  id: string;
  /** Flow name as Genesys reports it: server text, rendered as plain text everywhere. */
  name: string;
  /** The dependency type, e.g. `INBOUNDCALLFLOW`, `BOTFLOW`, `WORKFLOW`. */
  type: string;
  /** The published version that uses the action; null when Genesys reports none. */
  version: string | null;
}

/** The consumers of one action, or why they could not be read (never read as "none"). */
export type ConsumerReading = { readable: true; consumers: ActionConsumer[] } | { readable: false; reason: string };

/** `GET /api/v2/architect/dependencytracking/build`: the index is current only when `OPERATIONAL`. */
export type DependencyBuildReading = { readable: true; status: string } | { readable: false; reason: string };

/** The status in which dependency tracking's index is up to date. */
export const OPERATIONAL_BUILD_STATUS = 'OPERATIONAL';

/** Architect facts for one plan; only the actions the plan replaces or deletes (or would) are read. */
export interface ObservedArchitect {
  build: DependencyBuildReading;
  /** By action id. An id missing here was not read: its consumers are unknown. */
  consumers: Record<string, ConsumerReading>;
  /**
   * Why flow names, types and versions come from dependency tracking itself
   * rather than from `GET /api/v2/flows/lookup` (e.g. the flow permission is
   * missing); undefined when the lookup answered or was not needed.
   */
  flowLookupProblem?: string;
}

/** The Genesys permissions these reads need (README: permissions). */
export const DEPENDENCY_TRACKING_PERMISSION = 'architect:dependencyTracking:view';
export const FLOW_VIEW_PERMISSION = 'architect:flow:view';
