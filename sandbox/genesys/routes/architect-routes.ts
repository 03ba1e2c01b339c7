/**
 * Architect dependency tracking and flow lookup (docs/reference/genesys-next.md §2; SDK v262
 * `ArchitectApi.js`): the build status, the resources that consume an
 * object, and flows by id. Responses are the SDK models `DependencyStatus`,
 * `ConsumingResourcesEntityListing` (of `Dependency`) and `FlowEntityListing`
 * (of `Flow`), checked against their generated schemas in the route tests.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { badRequest, GenesysApiError } from '../api-error.js';
import { dependencyTypeOf, type StoredFlow, type StoredFlowVersion } from '../architect-state.js';
import { listingPage, listQueryParam } from '../listing-page.js';
import { requirePermission } from '../permissions.js';
import { isoNow, type Route, type RouteContext } from '../route.js';

const DEPENDENCY_TRACKING_VIEW = 'architect:dependencyTracking:view';
const FLOW_VIEW = 'architect:flow:view';
const FLOW_FILTERS = ['checkedIn', 'published'];

function requiredParameter(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (value === null || value === '') throw badRequest(`Missing the required parameter ${name}`);
  return value;
}

/** The flow versions `flowFilter` selects: published, checked in, or (without it ⚠️) both. */
function versionsFor(flow: StoredFlow, flowFilter: string | null): StoredFlowVersion[] {
  const versions: (StoredFlowVersion | undefined)[] =
    flowFilter === 'published' ? [flow.published] : flowFilter === 'checkedIn' ? [flow.checkedIn] : [flow.published, flow.checkedIn];
  return versions.filter((version): version is StoredFlowVersion => version !== undefined);
}

function consumingDependencies(context: RouteContext, query: URLSearchParams): Models.Dependency[] {
  const id = requiredParameter(query, 'id');
  const objectType = requiredParameter(query, 'objectType');
  const flowFilter = query.get('flowFilter');
  if (flowFilter !== null && !FLOW_FILTERS.includes(flowFilter)) {
    throw new GenesysApiError(400, 'invalid.value', `Invalid value for flowFilter: ${flowFilter}. Allowed: ${FLOW_FILTERS.join(', ')}`);
  }
  const resourceTypes = listQueryParam(query, 'resourceType');
  const found: Models.Dependency[] = [];
  for (const flow of context.state.architect.flows.values()) {
    const type = dependencyTypeOf(flow.type);
    if (resourceTypes.length > 0 && !resourceTypes.includes(type)) continue;
    for (const version of versionsFor(flow, flowFilter)) {
      if (!version.uses.some((use) => use.id === id && use.objectType === objectType)) continue;
      found.push({
        id: flow.id,
        name: flow.name,
        version: version.version,
        type,
        deleted: false,
        updated: false,
        stateUnknown: false,
        selfUri: `/api/v2/flows/${flow.id}`,
      });
    }
  }
  return found.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || (a.id ?? '').localeCompare(b.id ?? ''));
}

function flowVersionView(flow: StoredFlow, version: StoredFlowVersion): Models.FlowVersion {
  return {
    id: version.version,
    name: version.version,
    type: flow.type,
    secure: false,
    debug: false,
    selfUri: `/api/v2/flows/${flow.id}/versions/${version.version}`,
  };
}

function flowView(flow: StoredFlow): Models.Flow {
  const view: Models.Flow = {
    id: flow.id,
    name: flow.name,
    type: flow.type,
    active: flow.published !== undefined,
    system: false,
    deleted: false,
    selfUri: `/api/v2/flows/${flow.id}`,
  };
  if (flow.published) view.publishedVersion = flowVersionView(flow, flow.published);
  if (flow.checkedIn) view.checkedInVersion = flowVersionView(flow, flow.checkedIn);
  return view;
}

export const architectRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/architect\/dependencytracking\/build$/,
    handle: (_request, context) => {
      requirePermission(context, DEPENDENCY_TRACKING_VIEW);
      const at = isoNow(context.settings);
      const status: Models.DependencyStatus = {
        id: 'dependency-tracking-build',
        buildId: 'sandbox-build-1',
        dateStarted: at,
        dateCompleted: at,
        status: context.state.architect.buildStatus,
        failedObjects: [],
        selfUri: '/api/v2/architect/dependencytracking/build',
      };
      return { status: 200, body: status };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/architect\/dependencytracking\/consumingresources$/,
    handle: ({ query }, context) => {
      requirePermission(context, DEPENDENCY_TRACKING_VIEW);
      const page: Models.ConsumingResourcesEntityListing = listingPage(
        consumingDependencies(context, query),
        '/api/v2/architect/dependencytracking/consumingresources',
        query,
      );
      return { status: 200, body: page };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/flows\/lookup$/,
    handle: ({ query }, context) => {
      requirePermission(context, FLOW_VIEW);
      const ids = listQueryParam(query, 'id');
      if (ids.length === 0) throw badRequest('Missing the required parameter id');
      const flows = [...new Set(ids)]
        .map((id) => context.state.architect.flows.get(id))
        .filter((flow): flow is StoredFlow => flow !== undefined)
        .sort((a, b) => a.id.localeCompare(b.id));
      const page: Models.FlowEntityListing = listingPage(flows.map(flowView), '/api/v2/flows/lookup', query);
      return { status: 200, body: page };
    },
  },
];
