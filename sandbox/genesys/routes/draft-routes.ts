/**
 * Drafts (reference §4): create new or from a published action, get, patch
 * with version, delete, list, validation, publish. A published action's
 * contract and secure flag cannot change through its draft either
 * ("You cannot change the contracts after you publish the action").
 */
import type { Models } from 'purecloud-platform-client-v2';
import { canonicalJson } from '../../../src/model/json.js';
import { badRequest, errorBody, GenesysApiError, versionConflict } from '../api-error.js';
import { actionView, viewOptionsFromQuery } from '../action-view.js';
import { INTEGRATIONS_LISTING_MAX_PAGE_SIZE, listingPage } from '../listing-page.js';
import { firstParam, type Route, type RouteContext } from '../route.js';
import type { StoredAction } from '../sandbox-state.js';
import { assertSdkModel } from '../sdk-model-validator.js';
import { actionFromInput, definitionViolations, newActionId, rejectViolations, requireAction, requireDraft } from './action-definition.js';
import { schemaFile, textFile } from './action-files.js';
import { filterActions } from './action-listing.js';

const FULL_DRAFT_VIEW = { expandContract: true, includeConfig: true, templatesAsUris: false, draft: true } as const;

function publishedChangeViolations(draft: StoredAction, context: RouteContext): string[] {
  const published = context.state.actions.get(draft.id);
  if (!published) return [];
  const violations: string[] = [];
  if (canonicalJson(published.contract) !== canonicalJson(draft.contract)) {
    violations.push('You cannot change the contracts after you publish the action. Create a new action instead.');
  }
  if (published.secure !== draft.secure)
    violations.push('The secure flag of a published action cannot be changed. Create a new action instead.');
  return violations;
}

export const draftRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions\/drafts$/,
    handle: ({ query }, context) => {
      const options = { ...viewOptionsFromQuery(query, context.settings.templatesAsUris, true), expandContract: false };
      const entities = filterActions([...context.state.drafts.values()], query).map((draft) => actionView(draft, options));
      return {
        status: 200,
        body: listingPage(entities, '/api/v2/integrations/actions/drafts', query, { maxPageSize: INTEGRATIONS_LISTING_MAX_PAGE_SIZE }),
      };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations\/actions\/drafts$/,
    handle: ({ body }, context) => {
      assertSdkModel('PostActionInput', body);
      const draft = actionFromInput(newActionId(), body as Models.PostActionInput);
      // Genesys accepts an incomplete draft and reports problems through
      // /draft/validation; only a missing integration is refused outright.
      if (!context.state.integrations.has(draft.integrationId)) throw badRequest(`Integration ${draft.integrationId} was not found`);
      context.state.drafts.set(draft.id, draft);
      return { status: 200, body: actionView(draft, FULL_DRAFT_VIEW) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft$/,
    handle: (request, context) => {
      const action = requireAction(context, firstParam(request));
      // ❓ What Genesys answers when a draft already exists is not documented; 409 is the natural reading.
      if (context.state.drafts.has(action.id)) {
        throw new GenesysApiError(409, 'conflict', `A draft already exists for action ${action.id}`);
      }
      const draft: StoredAction = { ...structuredClone(action), version: 1 };
      context.state.drafts.set(action.id, draft);
      return { status: 200, body: actionView(draft, FULL_DRAFT_VIEW) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft$/,
    handle: (request, context) => {
      const draft = requireDraft(context, firstParam(request));
      return { status: 200, body: actionView(draft, viewOptionsFromQuery(request.query, context.settings.templatesAsUris, true)) };
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft$/,
    handle: (request, context) => {
      const draft = requireDraft(context, firstParam(request));
      assertSdkModel('UpdateDraftInput', request.body);
      const patch = request.body as Models.UpdateDraftInput;
      if (patch.version !== draft.version) throw versionConflict(patch.version, draft.version);
      const updated: StoredAction = {
        ...draft,
        name: patch.name ?? draft.name,
        category: patch.category ?? draft.category,
        config: patch.config ? structuredClone(patch.config) : draft.config,
        contract: patch.contract ? structuredClone(patch.contract) : draft.contract,
        secure: patch.secure ?? draft.secure,
        version: draft.version + 1,
      };
      rejectViolations(publishedChangeViolations(updated, context));
      context.state.drafts.set(draft.id, updated);
      return { status: 200, body: actionView(updated, FULL_DRAFT_VIEW) };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft$/,
    handle: (request, context) => {
      const draft = requireDraft(context, firstParam(request));
      context.state.drafts.delete(draft.id);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft\/validation$/,
    handle: (request, context) => {
      const draft = requireDraft(context, firstParam(request));
      const violations = [...definitionViolations(draft, context), ...publishedChangeViolations(draft, context)];
      const result: Models.DraftValidationResult = {
        valid: violations.length === 0,
        errors: violations.map((violation) => errorBody(400, 'bad.request', violation)),
      };
      return { status: 200, body: result };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft\/publish$/,
    handle: (request, context) => {
      const draft = requireDraft(context, firstParam(request));
      assertSdkModel('PublishDraftInput', request.body);
      const { version } = request.body as Models.PublishDraftInput;
      if (version !== draft.version) throw versionConflict(version, draft.version);
      rejectViolations([...definitionViolations(draft, context), ...publishedChangeViolations(draft, context)]);
      const previous = context.state.actions.get(draft.id);
      const published: StoredAction = { ...structuredClone(draft), version: (previous?.version ?? 0) + 1 };
      context.state.actions.set(published.id, published);
      context.state.drafts.delete(draft.id);
      return { status: 200, body: actionView(published, { ...FULL_DRAFT_VIEW, draft: false }) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft\/templates\/([^/]+)$/,
    handle: (request, context) => textFile(requireDraft(context, firstParam(request)), request.params[1] ?? ''),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft\/schemas\/([^/]+)$/,
    handle: (request, context) => schemaFile(requireDraft(context, firstParam(request)), request.params[1] ?? ''),
  },
];
