/**
 * What each bench step must do one round trip after another, whatever the
 * client (windowed-floor.ts): stages of calls, each of which can start only
 * once the stage before it has answered (it needs an id, a version or a
 * contract from that answer, or apply's safety order demands it: draft →
 * validation → test → publish), with `depth` calls inside a stage that must
 * follow one another (an action's pipeline). A stage of `calls` takes at
 * least max(depth, ⌈calls ÷ calls in flight⌉) round trips.
 *
 * The stages hold only the calls a step needs, not the ones this client
 * happens to make: a call the tool makes without needing it lengthens its
 * wall time, never its floor. Every step is a run of its own (bench/run.ts),
 * so each starts with a token; an apply is given the state its plan read
 * (ids, versions).
 */
export interface CallStage {
  calls: number;
  /** Calls within the stage that must follow one another; 1 when nothing orders them. */
  depth?: number;
}

/** The least round trips a run of these stages takes with `concurrency` calls in flight. */
export function stagedRounds(stages: readonly CallStage[], concurrency: number): number {
  return stages.reduce((rounds, stage) => rounds + Math.max(stage.depth ?? 1, Math.ceil(stage.calls / concurrency)), 0);
}

/** Actions per page of a listing (the provider's pageSize). */
const PAGE_SIZE = 100;
const pages = (n: number): number => Math.max(1, Math.ceil(n / PAGE_SIZE));

/** The token; then the org, the integration type, the credential and integration listings side by side. */
const readsBeforeActions: readonly CallStage[] = [{ calls: 1 }, { calls: 4 }];

/**
 * The token; the org, integration type, credential, integration and first action listing side by side
 * (the action listing takes no integration filter); then the credential (the listing gives no ARN), the
 * later listing pages and each owned action by id (the listing gives no contract) side by side.
 */
const planReads = (n: number): CallStage[] => [{ calls: 1 }, { calls: 5 }, { calls: 1 + (pages(n) - 1) + n }];

export const STEP_STAGES: Record<string, (n: number) => readonly CallStage[]> = {
  // Nothing exists yet: no action listing is needed.
  'plan (from empty)': () => readsBeforeActions,
  'plan (no changes)': planReads,
  'plan (1 field × N)': planReads,
  // Then the Architect consumers of each action it replaces (a replace is known only once the contract
  // was read) beside the dependency-tracking build status. No flow uses them here: no flow lookup.
  'plan (contract × N)': (n) => [...planReads(n), { calls: n + 1 }],
  // The token; the credential; the integration (its id); its config (the version to write); the config
  // write; enable; two reads of the state (the first after enabling says ACTIVATING); then each action's
  // draft, validation, draft test and publish. A new integration has no leftover drafts to list.
  'apply (from empty)': (n) => [
    { calls: 1 },
    { calls: 1 },
    { calls: 1 },
    { calls: 1 },
    { calls: 1 },
    { calls: 1 },
    { calls: 1 },
    { calls: 1 },
    { calls: 4 * n, depth: 4 },
  ],
  // The token; then each action: a draft from it, its patch (the version that draft gave), validation,
  // draft test, publish. An update makes no new draft: no leftover drafts to list.
  'apply (1 field × N)': (n) => [{ calls: 1 }, { calls: 5 * n, depth: 5 }],
  // The token; the drafts listing (leftovers of an interrupted replace); then each action: the new action
  // drafted under a temporary name, validated, tested, published; the old action renamed (its version
  // from the plan), the new one renamed (its version from the publish answer; after the old one's:
  // names are unique); the old action's consumers read again (beside the dependency-tracking build
  // status, the org's, read once at least: a stale index keeps the old action); its delete.
  'apply (contract × N: replace)': (n) => [{ calls: 1 }, { calls: 1 }, { calls: 8 * n + 1, depth: 8 }],
};
