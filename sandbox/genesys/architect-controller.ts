/**
 * The test control for the sandbox's Architect side (like `faults`, an
 * object on the running sandbox, not an HTTP API): declare that a published
 * flow uses data actions, republish it onto others, set the dependency-
 * tracking build status, and take Architect permissions away from the client.
 */
import { randomUUID } from 'node:crypto';
import type { ActionObjectType, ArchitectState, BuildStatus, ConsumedAction, StoredFlow } from './architect-state.js';
import type { SandboxState } from './sandbox-state.js';

/** A flow to declare. */
export interface FlowDeclaration {
  /** Default: a fresh UUID. */
  id?: string;
  name: string;
  /** Flow type, e.g. `INBOUNDCALL` (default), `BOT`, `WORKFLOW`. */
  type?: string;
  /** Published version, default `1.0`. */
  version?: string;
  /** Ids of the data actions the published version calls. */
  uses: string[];
}

export interface ArchitectController {
  /** Flow F (type, published version) uses these actions; returns the stored flow. */
  publishFlow(flow: FlowDeclaration): StoredFlow;
  /** A new published version of F whose calls are exactly `uses` (e.g. the replacement's id). */
  republishFlow(flowId: string, uses: string[]): StoredFlow;
  /** A checked-in (saved, unpublished) version of F calling `uses`; `flowFilter=published` does not see it. */
  checkInFlow(flowId: string, uses: string[]): StoredFlow;
  deleteFlow(flowId: string): void;
  setBuildStatus(status: BuildStatus): void;
  /** The client lacks this permission (e.g. `architect:dependencyTracking:view`): its endpoints answer 403. */
  denyPermission(permission: string): void;
  allowPermission(permission: string): void;
  readonly state: ArchitectState;
}

export function createArchitectController(sandbox: SandboxState): ArchitectController {
  const state = sandbox.architect;

  /** The object type dependency tracking files the action under, by its secure flag. */
  const consumed = (actionId: string): ConsumedAction => {
    const action = sandbox.actions.get(actionId) ?? sandbox.drafts.get(actionId);
    if (action === undefined) throw new Error(`sandbox: no action ${actionId} for a flow to use`);
    const objectType: ActionObjectType = action.secure ? 'SECUREACTION' : 'DATAACTION';
    return { id: actionId, objectType };
  };
  const requireFlow = (flowId: string): StoredFlow => {
    const flow = state.flows.get(flowId);
    if (flow === undefined) throw new Error(`sandbox: no flow ${flowId}`);
    return flow;
  };
  const nextVersion = (flow: StoredFlow): string => {
    const versions = [flow.published?.version, flow.checkedIn?.version].map((version) => Number.parseFloat(version ?? '0'));
    return `${Math.floor(Math.max(0, ...versions.filter(Number.isFinite))) + 1}.0`;
  };

  return {
    state,
    publishFlow(declaration) {
      const flow: StoredFlow = {
        id: declaration.id ?? randomUUID(),
        name: declaration.name,
        type: declaration.type ?? 'INBOUNDCALL',
        published: { version: declaration.version ?? '1.0', uses: declaration.uses.map(consumed) },
        checkedIn: undefined,
      };
      state.flows.set(flow.id, flow);
      return flow;
    },
    republishFlow(flowId, uses) {
      const flow = requireFlow(flowId);
      flow.published = { version: nextVersion(flow), uses: uses.map(consumed) };
      flow.checkedIn = undefined;
      return flow;
    },
    checkInFlow(flowId, uses) {
      const flow = requireFlow(flowId);
      flow.checkedIn = { version: nextVersion(flow), uses: uses.map(consumed) };
      return flow;
    },
    deleteFlow(flowId) {
      state.flows.delete(flowId);
    },
    setBuildStatus(status) {
      state.buildStatus = status;
    },
    denyPermission(permission) {
      sandbox.deniedPermissions.add(permission);
    },
    allowPermission(permission) {
      sandbox.deniedPermissions.delete(permission);
    },
  };
}
