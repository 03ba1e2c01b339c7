/**
 * The longest chain of Genesys calls each bench step must make one after
 * another (windowed-floor.ts), from what each call needs from an earlier
 * answer and from the order apply keeps on purpose. Calls that could overlap
 * with the chain (the org, the integration type, the other listings, the
 * other actions' pipelines) are not in it.
 */
export const DEPENDENT_ROUNDS: Record<string, number> = {
  // The token, then the org, integration type, credential and integration listings side by side.
  'plan (from empty)': 2,
  // The token; the integration listing; the action listing of the owned integrations (their ids);
  // each action by id (its contracts; the listing gives them only as URIs).
  'plan (no changes)': 4,
  'plan (1 field × N)': 4,
  // Those four; then the Architect consumers of each action the plan replaces (it is a replace only
  // once its contract was read); then the names of the flows they listed.
  'plan (contract × N)': 6,
  // The token; credential; integration (its id); its config (the version to write); the config
  // write; enable; two reads of the state (the first after enabling says ACTIVATING); draft;
  // validation; draft test; publish. (The draft listing could overlap with the integration's.)
  'apply (from empty)': 12,
  // The token; the draft listing; a draft from the action; its patch (the version the draft gave);
  // validation; draft test; publish.
  'apply (1 field × N)': 7,
  // The token; the draft listing; the new action drafted under a temporary name, validated, tested,
  // published; the old action's version, its rename; the new action's version, its rename (after
  // the old one's: names are unique); the old action's consumers, read again; its delete.
  'apply (contract × N: replace)': 12,
};
