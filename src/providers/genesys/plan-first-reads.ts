/**
 * The reads a plan makes of Genesys before it needs anything from the
 * manifests: the org, the Lambda integration type (its credential key), and
 * the first page of the credential, integration and data action listings.
 * The provider makes these calls from here, and the early reads
 * (early-reads.ts) ask for exactly these paths, so the two cannot drift
 * apart (a path that stopped matching would only be asked twice).
 */
import { firstPagePath, type QueryParameters } from './genesys-http-client.js';
import { AWS_LAMBDA_INTEGRATION_TYPE_ID } from './request-bodies.js';

/** Entries per listing page, unless the provider is told otherwise (what Terraform uses; the documented maximum is unknown). */
export const DEFAULT_PAGE_SIZE = 100;

export const ORGANIZATION_PATH = '/api/v2/organizations/me';
export const LAMBDA_INTEGRATION_TYPE_PATH = `/api/v2/integrations/types/${AWS_LAMBDA_INTEGRATION_TYPE_ID}`;
export const ACTIONS_PATH = '/api/v2/integrations/actions';

/** A paged listing: its path and the query of every page. */
export interface Listing {
  path: string;
  query: QueryParameters;
}

export const CREDENTIAL_LISTING: Listing = { path: '/api/v2/integrations/credentials', query: {} };
// ⚠️ expand=config.current (public Genesys wizard code; docs/reference/genesys-next.md §1; SDK getIntegrations
// has `expand`) saves one read per integration; where an entry comes back without it, config/current is read.
export const INTEGRATION_LISTING: Listing = {
  path: '/api/v2/integrations',
  query: { integrationType: AWS_LAMBDA_INTEGRATION_TYPE_ID, expand: 'config.current' },
};
// There is no integrationId filter on the API: one paged listing with includeConfig, filtered on our side.
export const ACTION_LISTING: Listing = { path: ACTIONS_PATH, query: { includeConfig: true } };

/** The paths (with query) of those reads, for listings of `pageSize` entries a page. */
export function planFirstReadPaths(pageSize: number): string[] {
  return [
    ORGANIZATION_PATH,
    LAMBDA_INTEGRATION_TYPE_PATH,
    ...[CREDENTIAL_LISTING, INTEGRATION_LISTING, ACTION_LISTING].map((listing) => firstPagePath(listing.path, listing.query, pageSize)),
  ];
}
