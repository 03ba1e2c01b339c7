/**
 * Published data actions (reference §4): list, create (published), get,
 * patch (name/category/config with version; contract and secure are
 * immutable), delete, and the template and schema files.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { badRequest, versionConflict } from '../api-error.js';
import { actionView, viewOptionsFromQuery } from '../action-view.js';
import { INTEGRATIONS_LISTING_MAX_PAGE_SIZE, listingPage } from '../listing-page.js';
import { firstParam, type Route, type RouteContext } from '../route.js';
import type { StoredAction } from '../sandbox-state.js';
import { assertSdkModel } from '../sdk-model-validator.js';
import { actionFromInput, definitionViolations, newActionId, rejectViolations, requireAction } from './action-definition.js';
import { schemaFile, textFile } from './action-files.js';
import { filterActions } from './action-listing.js';

function immutableFieldsError(body: unknown): void {
  if (body === null || typeof body !== 'object') return;
  if ('contract' in body) throw badRequest('You cannot change the contracts after you publish the action. Create a new action instead.');
  if ('secure' in body) throw badRequest('The secure flag of a published action cannot be changed. Create a new action instead.');
}

export const actionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions$/,
    handle: ({ query }, context) => {
      // ❓ The SDK lists no `expand` for this endpoint (only for a single
      // action), so the listing ignores it and shows contracts as URIs.
      const options = { ...viewOptionsFromQuery(query, context.settings.templatesAsUris, false), expandContract: false };
      const entities = filterActions([...context.state.actions.values()], query).map((action) => actionView(action, options));
      return {
        status: 200,
        body: listingPage(entities, '/api/v2/integrations/actions', query, { maxPageSize: INTEGRATIONS_LISTING_MAX_PAGE_SIZE }),
      };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations\/actions$/,
    handle: ({ body }, context) => {
      assertSdkModel('PostActionInput', body);
      const action = actionFromInput(newActionId(), body as Models.PostActionInput);
      rejectViolations(definitionViolations(action, context));
      context.state.actions.set(action.id, action);
      return { status: 200, body: actionView(action, { expandContract: true, includeConfig: true, templatesAsUris: false, draft: false }) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions\/(?!drafts$)([^/]+)$/,
    handle: (request, context) => {
      const action = requireAction(context, firstParam(request));
      return { status: 200, body: actionView(action, viewOptionsFromQuery(request.query, context.settings.templatesAsUris, false)) };
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)$/,
    handle: (request, context: RouteContext) => {
      const action = requireAction(context, firstParam(request));
      immutableFieldsError(request.body);
      assertSdkModel('UpdateActionInput', request.body);
      const patch = request.body as Models.UpdateActionInput;
      if (patch.version !== action.version) throw versionConflict(patch.version, action.version);
      const updated: StoredAction = {
        ...action,
        name: patch.name ?? action.name,
        category: patch.category ?? action.category,
        config: patch.config ? structuredClone(patch.config) : action.config,
      };
      rejectViolations(definitionViolations(updated, context));
      updated.version = action.version + 1;
      context.state.actions.set(action.id, updated);
      return {
        status: 200,
        body: actionView(updated, { expandContract: true, includeConfig: true, templatesAsUris: false, draft: false }),
      };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)$/,
    handle: (request, context) => {
      const action = requireAction(context, firstParam(request));
      context.state.actions.delete(action.id);
      context.state.drafts.delete(action.id);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/templates\/([^/]+)$/,
    handle: (request, context) => textFile(requireAction(context, firstParam(request)), request.params[1] ?? ''),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/schemas\/([^/]+)$/,
    handle: (request, context) => schemaFile(requireAction(context, firstParam(request)), request.params[1] ?? ''),
  },
];
