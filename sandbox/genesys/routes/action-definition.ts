/**
 * Checks shared by published actions and drafts: the integration exists, the
 * contract follows Genesys' rules, Lambda config is sane, names fit.
 */
import { randomUUID } from 'node:crypto';
import type { Models } from 'purecloud-platform-client-v2';
import { contractViolations, lambdaConfigViolations } from '../contract-rules.js';
import { AWS_LAMBDA_INTEGRATION_TYPE } from '../integration-types.js';
import { badRequest, errorBody, notFound } from '../api-error.js';
import type { RouteContext } from '../route.js';
import type { StoredAction } from '../sandbox-state.js';

const MAX_NAME_LENGTH = 256;

/** Custom action ids look like `custom_-_<uuid>` (reference §4). */
export function newActionId(): string {
  return `custom_-_${randomUUID()}`;
}

/** Every reason Genesys would refuse this definition (empty when valid). */
export function definitionViolations(action: Omit<StoredAction, 'version'>, context: RouteContext): string[] {
  const violations: string[] = [];
  if (!action.name || action.name.length > MAX_NAME_LENGTH) violations.push(`name must be 1 to ${MAX_NAME_LENGTH} characters`);
  if (!action.category || action.category.length > MAX_NAME_LENGTH) violations.push(`category must be 1 to ${MAX_NAME_LENGTH} characters`);
  const integration = context.state.integrations.get(action.integrationId);
  if (!integration) {
    violations.push(`Integration ${action.integrationId} was not found`);
  } else if (integration.integrationTypeId === AWS_LAMBDA_INTEGRATION_TYPE) {
    violations.push(...lambdaConfigViolations(action.config));
  }
  violations.push(...contractViolations(action.contract));
  // ❓ Whether names must be unique is unconfirmed (reference §10). The sandbox
  // refuses a second action of the same name in one integration, because this
  // tool matches actions by name and a duplicate would be ambiguous.
  const clash = [...context.state.actions.values(), ...context.state.drafts.values()].find(
    (other) => other.id !== action.id && other.integrationId === action.integrationId && other.name === action.name,
  );
  if (clash) violations.push(`An action named '${action.name}' already exists in integration ${action.integrationId} (${clash.id})`);
  return violations;
}

/** A stored action from a `PostActionInput`. */
export function actionFromInput(id: string, input: Models.PostActionInput): StoredAction {
  return {
    id,
    name: input.name,
    category: input.category,
    integrationId: input.integrationId,
    secure: input.secure ?? false,
    contract: structuredClone(input.contract),
    config: structuredClone(input.config),
    version: 1,
  };
}

/** The published action or 404. */
export function requireAction(context: RouteContext, id: string): StoredAction {
  const action = context.state.actions.get(id);
  if (!action) throw notFound(`Action ${id} not found`);
  return action;
}

/** The draft of an action or 404. */
export function requireDraft(context: RouteContext, id: string): StoredAction {
  const draft = context.state.drafts.get(id);
  if (!draft) throw notFound(`Draft for action ${id} not found`);
  return draft;
}

/** 400 listing every violation: the first as the message, all as `errors`. */
export function rejectViolations(violations: string[]): void {
  const [first] = violations;
  if (first === undefined) return;
  throw badRequest(first, { errors: violations.map((violation) => errorBody(400, 'bad.request', violation)) });
}
