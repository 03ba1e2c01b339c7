/**
 * "Who changed it" for the drifted Genesys resources of a drift run: the
 * latest change the realtime audit trail holds for each (at most the last
 * 14 days, docs/reference/genesys-next.md §5), with the user's name or the
 * OAuth client. The audit trail is extra information: no permission
 * (403 `missing.permissions`) or any other failure to read it makes the
 * attribution "not available" with the reason, never a failed run.
 */
import {
  AUDIT_LOOKBACK_DAYS,
  attributionOf,
  entityTypesFor,
  latestChange,
  unnamedUserIds,
  type AuditRecord,
  type AuditServiceMap,
  type ChangeAttribution,
} from '../drift/change-attribution.js';
import { isoSecond } from '../drift/first-seen.js';
import type { ResourceKind } from '../plan/types.js';
import type { GenesysAuditReader } from '../providers/genesys/genesys-audit-reader.js';
import { GenesysApiError } from '../providers/genesys/genesys-api-error.js';

/** A drifted resource to attribute. */
export interface AttributionTarget {
  address: string;
  kind: ResourceKind;
  liveId?: string;
}

/** Resources looked up per run: each costs at least one query against Genesys' rate budget. */
export const MAX_ATTRIBUTED_RESOURCES = 25;

const DAY_MS = 24 * 60 * 60 * 1000;

function whyUnreadable(error: unknown): string {
  if (error instanceof GenesysApiError && error.status === 403) {
    return 'the OAuth client may not read the audit trail (grant audits:audit:view to see who changed it)';
  }
  return `the audit trail could not be read (${error instanceof Error ? error.message : String(error)})`;
}

function unavailable(reason: string): ChangeAttribution {
  return { status: 'unavailable', reason };
}

type Lookup = { target: AttributionTarget; outcome: { record: AuditRecord | undefined } | { attribution: ChangeAttribution } };

async function lookUp(target: AttributionTarget, mapping: AuditServiceMap, audits: GenesysAuditReader, interval: string): Promise<Lookup> {
  if (target.liveId === undefined) {
    return {
      target,
      outcome: { attribution: unavailable('the resource does not exist, so there is no id to search the audit trail for') },
    };
  }
  const entityTypes = entityTypesFor(target.kind, mapping);
  if (entityTypes.length === 0) {
    return { target, outcome: { attribution: unavailable(`the audit service mapping lists no entity type for ${target.kind}s`) } };
  }
  try {
    return { target, outcome: { record: latestChange(await audits.recordsOf(target.liveId, interval), entityTypes) } };
  } catch (error) {
    return { target, outcome: { attribution: unavailable(whyUnreadable(error)) } };
  }
}

async function namesOf(records: readonly (AuditRecord | undefined)[], audits: GenesysAuditReader, log: (line: string) => void) {
  const ids = unnamedUserIds(records);
  if (ids.length === 0) return new Map<string, string>();
  try {
    return await audits.userNames(ids);
  } catch (error) {
    log(`Could not look up the names of users ${ids.join(', ')}: ${error instanceof Error ? error.message : String(error)}`);
    return new Map<string, string>();
  }
}

/** The attribution of every Genesys target, by address (AWS roles get none: CloudTrail is not read). */
export async function attributeChanges(
  targets: readonly AttributionTarget[],
  audits: GenesysAuditReader | undefined,
  options: { now: number; log: (line: string) => void },
): Promise<Map<string, ChangeAttribution>> {
  const genesysTargets = targets.filter((target) => target.kind !== 'role');
  const attributions = new Map<string, ChangeAttribution>();
  if (genesysTargets.length === 0) return attributions;
  if (audits === undefined) {
    for (const target of genesysTargets) attributions.set(target.address, unavailable('this run does not read the audit trail'));
    return attributions;
  }
  let mapping: AuditServiceMap;
  try {
    mapping = await audits.serviceMapping();
  } catch (error) {
    const reason = whyUnreadable(error);
    options.log(`Who changed the drifted resources is not available: ${reason}.`);
    for (const target of genesysTargets) attributions.set(target.address, unavailable(reason));
    return attributions;
  }
  // Whole seconds (the documented format); the end is rounded up so that a change made this very second is inside.
  const interval = `${isoSecond(options.now - AUDIT_LOOKBACK_DAYS * DAY_MS + 1000)}/${isoSecond(options.now + 999)}`;
  const lookups: Lookup[] = [];
  for (const target of genesysTargets.slice(0, MAX_ATTRIBUTED_RESOURCES)) lookups.push(await lookUp(target, mapping, audits, interval));
  const records = lookups.map((lookup) => ('record' in lookup.outcome ? lookup.outcome.record : undefined));
  const names = await namesOf(records, audits, options.log);
  for (const { target, outcome } of lookups) {
    attributions.set(target.address, 'record' in outcome ? attributionOf(outcome.record, names, AUDIT_LOOKBACK_DAYS) : outcome.attribution);
  }
  for (const target of genesysTargets.slice(MAX_ATTRIBUTED_RESOURCES)) {
    attributions.set(target.address, unavailable(`not looked up: only the first ${MAX_ATTRIBUTED_RESOURCES} drifted resources are`));
  }
  return attributions;
}
