/**
 * The sandbox's Architect side: flows that call data actions by id, the
 * dependency-tracking build status, and which Architect permissions the
 * sandbox's OAuth client lacks. Seeded and changed by tests and the demo
 * through the {@link ArchitectController} (architect-controller.ts); read by
 * the dependency-tracking and flow-lookup routes.
 */

/** How dependency tracking names a consumed action: secure actions are tracked apart (docs/reference/genesys-next.md §2, provider PR #2418). */
export type ActionObjectType = 'DATAACTION' | 'SECUREACTION';

/** One action a flow version calls. */
export interface ConsumedAction {
  id: string;
  objectType: ActionObjectType;
}

/** One version of a flow and the actions it calls. */
export interface StoredFlowVersion {
  /** e.g. `3.0`, as Architect numbers versions. */
  version: string;
  uses: ConsumedAction[];
}

/** A flow; `published` is what runs, `checkedIn` a saved version not published yet. */
export interface StoredFlow {
  id: string;
  name: string;
  /** Flow type, e.g. `INBOUNDCALL`, `BOT`, `WORKFLOW`. */
  type: string;
  published: StoredFlowVersion | undefined;
  checkedIn: StoredFlowVersion | undefined;
}

/** `DependencyStatus.status` values (docs/reference/genesys-next.md §2); the sandbox accepts any string for tests of unknown ones. */
export type BuildStatus = 'BUILDINITIALIZING' | 'BUILDINPROGRESS' | 'NOTBUILT' | 'OPERATIONAL' | 'OPERATIONALNEEDSREBUILD' | (string & {});

export interface ArchitectState {
  flows: Map<string, StoredFlow>;
  buildStatus: BuildStatus;
}

export function createArchitectState(): ArchitectState {
  return { flows: new Map(), buildStatus: 'OPERATIONAL' };
}

/**
 * The dependency type of a flow type. ⚠️ The provider's SetFlowTypeObjectMaps maps e.g.
 * `INBOUNDCALL → INBOUNDCALLFLOW`; `WORKFLOW` is both (docs/reference/genesys-next.md §2 lists it as a dependency type).
 */
export function dependencyTypeOf(flowType: string): string {
  return flowType === 'WORKFLOW' || flowType.endsWith('FLOW') ? flowType : `${flowType}FLOW`;
}
