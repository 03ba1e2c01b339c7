/**
 * Reads, through the Genesys provider, what the planner needs to know about
 * Architect consumers of the given actions: the dependency-tracking build
 * status (is the index current?) beside each action's published consumers
 * (neither answer is needed to ask for the other), then one flow lookup for
 * the names, types and published versions of every consuming flow. Nothing here throws for a refusal: an
 * unreadable fact is recorded with its reason (the provider returns refusals
 * as values), and the planner treats unknown consumers as "used".
 */
import type { ActionConsumer, ConsumerReading, ObservedArchitect } from '../model/architect-consumers.js';
import { mapConcurrently } from '../model/map-concurrently.js';
import type { ConsumerQuery } from '../plan/action-consumers.js';
import { DEFAULT_GENESYS_CONCURRENCY } from '../providers/genesys/genesys-concurrency.js';
import type { ConsumingDependency, FlowSummary, GenesysProvider } from '../providers/genesys/genesys-provider.js';

type ArchitectReader = Pick<GenesysProvider, 'dependencyTrackingBuild' | 'actionConsumers' | 'lookupFlows'>;

/** Dependency types of flows (the ones `GET /api/v2/flows/lookup` can name): `…FLOW`, and `WORKFLOW` (docs/reference/genesys-next.md §2). */
function isFlowType(type: string): boolean {
  return type.endsWith('FLOW');
}

export async function readArchitectConsumers(
  genesys: ArchitectReader,
  queries: readonly ConsumerQuery[],
  concurrency: number = DEFAULT_GENESYS_CONCURRENCY,
): Promise<ObservedArchitect> {
  // A contract change across many actions asks for every one's consumers: read side by side, the client's rate budget pacing them.
  const [build, reads] = await Promise.all([
    genesys.dependencyTrackingBuild(),
    mapConcurrently(queries, concurrency, (query) => genesys.actionConsumers(query.actionId, query.secure)),
  ]);
  const raw = new Map<string, ConsumingDependency[] | { reason: string }>(
    queries.map((query, index) => {
      const read = reads[index]!;
      return [query.actionId, read.readable ? read.value : { reason: read.reason }];
    }),
  );
  const flowIds = [...raw.values()].flatMap((value) => (Array.isArray(value) ? value : [])).filter((item) => isFlowType(item.type));
  const lookup = flowIds.length > 0 ? await genesys.lookupFlows(flowIds.map((item) => item.id)) : undefined;
  const flows = new Map<string, FlowSummary>(lookup?.readable ? lookup.value.map((flow) => [flow.id, flow]) : []);
  const consumers: Record<string, ConsumerReading> = {};
  for (const [actionId, value] of raw) {
    consumers[actionId] = Array.isArray(value)
      ? { readable: true, consumers: value.map((item) => consumerOf(item, flows.get(item.id))) }
      : { readable: false, reason: value.reason };
  }
  return {
    build: build.readable ? { readable: true, status: build.value } : { readable: false, reason: build.reason },
    consumers,
    ...(lookup !== undefined && !lookup.readable ? { flowLookupProblem: lookup.reason } : {}),
  };
}

/** The flow lookup's name and published version where it has them; the dependency's own otherwise. The type stays the dependency type. */
function consumerOf(dependency: ConsumingDependency, flow: FlowSummary | undefined): ActionConsumer {
  return {
    id: dependency.id,
    name: flow?.name ?? dependency.name,
    type: dependency.type,
    version: flow?.publishedVersion ?? dependency.version,
  };
}
