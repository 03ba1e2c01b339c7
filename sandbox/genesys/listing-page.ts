/**
 * Listing query parameters and envelopes. Envelopes (`ActionEntityListing`,
 * `IntegrationEntityListing`, `CredentialInfoListing`, …): 1-based
 * `pageNumber`, `pageSize` default 25. List-valued parameters (`ids`, `id`,
 * `resourceType`, `expand`) come repeated or comma-joined.
 */
import { GenesysApiError } from './api-error.js';

/** The envelope every listing endpoint returns. */
export interface ListingPage<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri: string;
  selfUri: string;
  lastUri: string;
  nextUri?: string;
  previousUri?: string;
}

export const DEFAULT_PAGE_SIZE = 25;
/**
 * ❓ The maximum pageSize of the action, integration and credential listings
 * is not documented (reference §6); Terraform uses 100. The sandbox rejects
 * larger pages there so that a client that relies on bigger pages fails here
 * rather than silently truncating in an org. Listings whose maximum the
 * references do not mark ❓ (users, flows lookup, consuming resources) are
 * not capped: the sandbox is never stricter than Genesys.
 */
export const INTEGRATIONS_LISTING_MAX_PAGE_SIZE = 100;

/** What a listing enforces beyond the paging itself. */
export interface ListingLimits {
  /** The largest `pageSize` accepted (larger is 400 `invalid.value`); none when absent. */
  maxPageSize?: number;
}

/**
 * The values of a list-valued query parameter, accepted both ways a client
 * sends one: repeated keys (`ids=a&ids=b`, the SDK's 'multi' format on the
 * wire) and comma-joined (`ids=a,b`, what the JS SDK's `ApiClient.serialize`
 * sends for an array). Empty values are dropped.
 */
export function listQueryParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .filter((value) => value !== '');
}

function positiveInteger(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new GenesysApiError(400, 'invalid.value', `Invalid value for ${name}: ${raw}`);
  }
  return value;
}

/**
 * Slices `items` into the page the query asks for. `basePath` and the other
 * query parameters are kept in the page URIs, as Genesys does.
 */
export function listingPage<T>(items: readonly T[], basePath: string, query: URLSearchParams, limits: ListingLimits = {}): ListingPage<T> {
  const pageSize = positiveInteger(query, 'pageSize', DEFAULT_PAGE_SIZE);
  const { maxPageSize } = limits;
  if (maxPageSize !== undefined && pageSize > maxPageSize) {
    throw new GenesysApiError(400, 'invalid.value', `Invalid value for pageSize: ${pageSize}. The maximum is ${maxPageSize}.`);
  }
  const pageNumber = positiveInteger(query, 'pageNumber', 1);
  const total = items.length;
  const pageCount = Math.ceil(total / pageSize);
  const uri = (page: number): string => {
    const params = new URLSearchParams(query);
    params.set('pageSize', String(pageSize));
    params.set('pageNumber', String(page));
    return `${basePath}?${params.toString()}`;
  };
  const page: ListingPage<T> = {
    entities: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    lastUri: uri(Math.max(1, pageCount)),
  };
  if (pageNumber < pageCount) page.nextUri = uri(pageNumber + 1);
  if (pageNumber > 1) page.previousUri = uri(Math.min(pageNumber - 1, Math.max(1, pageCount)));
  return page;
}
