/**
 * Architect reads (docs/reference/genesys-next.md §2, confirmed in SDK v262
 * `ArchitectApi.js` and `index.d.ts`): who uses a data action, and how fresh
 * that answer is.
 *
 * - `GET /api/v2/architect/dependencytracking/build` (getArchitectDependencytrackingBuild) → `DependencyStatus`.
 * - `GET /api/v2/architect/dependencytracking/consumingresources` (getArchitectDependencytrackingConsumingresources):
 *   `id`, `objectType` (required), `flowFilter=published`, paging → `ConsumingResourcesEntityListing` of `Dependency`.
 * - `GET /api/v2/flows/lookup` (getFlowsLookup): `id` repeated (collection format `multi`), paging →
 *   `FlowEntityListing` of `Flow` (name, type, publishedVersion).
 *
 * The first two need `architect:dependencyTracking:view`, the lookup
 * `architect:flow:view`. A refusal (403) or any other failure after the
 * client's retries is returned as a value that says why, never thrown and
 * never read as "no consumers": the caller decides what an unknown means.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { DEPENDENCY_TRACKING_PERMISSION, FLOW_VIEW_PERMISSION } from '../../model/architect-consumers.js';
import { GenesysApiError, GenesysTransportError } from './genesys-api-error.js';
import type { GenesysHttpClient } from './genesys-http-client.js';

/** A value, or why it could not be read (the permission to grant, for a 403). */
export type ArchitectRead<T> = { readable: true; value: T } | { readable: false; reason: string };

/** One consuming resource as dependency tracking reports it. */
export interface ConsumingDependency {
  id: string;
  name: string;
  /** Dependency type, e.g. `INBOUNDCALLFLOW`. */
  type: string;
  version: string | null;
}

/** A flow as `GET /api/v2/flows/lookup` reports it. */
export interface FlowSummary {
  id: string;
  name: string;
  /** Flow type, e.g. `INBOUNDCALL`. */
  type: string;
  /** `publishedVersion.id`; null when the flow has no published version. */
  publishedVersion: string | null;
}

export interface ArchitectReads {
  /** The dependency-tracking build status (e.g. `OPERATIONAL`, `BUILDINPROGRESS`). */
  dependencyTrackingBuild(): Promise<ArchitectRead<string>>;
  /**
   * Every published resource that uses the action, every page, deduplicated
   * by id. The object type follows the action's secure flag: Genesys tracks
   * secure actions as `SECUREACTION`, others as `DATAACTION` (provider PR #2418).
   */
  actionConsumers(actionId: string, secure: boolean): Promise<ArchitectRead<ConsumingDependency[]>>;
  /** Name, type and published version of these flows (unknown ids are left out, as Genesys does). */
  lookupFlows(flowIds: readonly string[]): Promise<ArchitectRead<FlowSummary[]>>;
}

const DEPENDENCY_TRACKING_PATH = '/api/v2/architect/dependencytracking';
/** ❓ The most ids one lookup accepts is not documented; 50 keeps the URL short (the actions listing caps `ids` at 50). */
const FLOW_LOOKUP_BATCH = 50;

export function createArchitectReads(http: GenesysHttpClient): ArchitectReads {
  return {
    dependencyTrackingBuild: () =>
      readOrExplain(DEPENDENCY_TRACKING_PERMISSION, async () => {
        const status = await http.request<Models.DependencyStatus>({ method: 'GET', path: `${DEPENDENCY_TRACKING_PATH}/build` });
        return status?.status ?? 'UNKNOWN';
      }),
    actionConsumers: (actionId, secure) =>
      readOrExplain(DEPENDENCY_TRACKING_PERMISSION, async () => {
        const dependencies = await http.listAll<Models.Dependency>(`${DEPENDENCY_TRACKING_PATH}/consumingresources`, {
          id: actionId,
          objectType: secure ? 'SECUREACTION' : 'DATAACTION',
          flowFilter: 'published',
        });
        return distinctConsumers(dependencies);
      }),
    lookupFlows: (flowIds) =>
      readOrExplain(FLOW_VIEW_PERMISSION, async () => {
        const flows: FlowSummary[] = [];
        const ids = [...new Set(flowIds)];
        for (let start = 0; start < ids.length; start += FLOW_LOOKUP_BATCH) {
          const batch = ids.slice(start, start + FLOW_LOOKUP_BATCH);
          const query = batch.map((id) => `id=${encodeURIComponent(id)}`).join('&');
          const listed = await http.listAll<Models.Flow>(`/api/v2/flows/lookup?${query}`);
          for (const flow of listed) if (flow.id) flows.push(flowSummary(flow, flow.id));
        }
        return flows;
      }),
  };
}

/**
 * Consumers marked `deleted` no longer call anything. ❓ Whether a published
 * flow can be listed twice (several versions) is not documented; one entry
 * per id is kept, the first one Genesys lists.
 */
function distinctConsumers(dependencies: readonly Models.Dependency[]): ConsumingDependency[] {
  const byId = new Map<string, ConsumingDependency>();
  for (const dependency of dependencies) {
    if (!dependency.id || dependency.deleted === true || byId.has(dependency.id)) continue;
    byId.set(dependency.id, {
      id: dependency.id,
      name: dependency.name ?? dependency.id,
      type: dependency.type ?? 'UNKNOWN',
      version: dependency.version ?? null,
    });
  }
  return [...byId.values()];
}

function flowSummary(flow: Models.Flow, id: string): FlowSummary {
  return { id, name: flow.name || id, type: flow.type ?? 'UNKNOWN', publishedVersion: flow.publishedVersion?.id ?? null };
}

async function readOrExplain<T>(permission: string, read: () => Promise<T>): Promise<ArchitectRead<T>> {
  try {
    return { readable: true, value: await read() };
  } catch (error) {
    if (error instanceof GenesysApiError && error.status === 403) {
      return { readable: false, reason: `the OAuth client lacks the permission ${permission} (${error.message})` };
    }
    if (error instanceof GenesysApiError || error instanceof GenesysTransportError) return { readable: false, reason: error.message };
    throw error;
  }
}
