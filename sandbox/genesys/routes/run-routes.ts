/**
 * Running actions (reference §5): `/test` and `/draft/test` return a
 * `TestExecutionResult`; `/execute` returns the output object or an ErrorBody.
 *
 * ❓ Whether /test answers HTTP 200 with `success:false` or an error status
 * when the action fails is unconfirmed; the sandbox answers 200 (the result
 * body is the report either way), and clients must cope with both.
 * `flatten=true` (Architect's flattened output) is not modelled: the output
 * is always returned unflattened.
 */
import { GenesysApiError } from '../api-error.js';
import { firstParam, type Route } from '../route.js';
import { requireAction, requireDraft } from './action-definition.js';

export const runRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/test$/,
    handle: async (request, context) => {
      const action = requireAction(context, firstParam(request));
      const run = await context.runner.run(action, request.body, context.state);
      return { status: 200, body: run.result };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/draft\/test$/,
    handle: async (request, context) => {
      const draft = requireDraft(context, firstParam(request));
      const run = await context.runner.run(draft, request.body, context.state);
      return { status: 200, body: run.result };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations\/actions\/([^/]+)\/execute$/,
    handle: async (request, context) => {
      const action = requireAction(context, firstParam(request));
      const run = await context.runner.run(action, request.body, context.state);
      if (run.result.success) return { status: 200, body: run.result.finalResult };
      const error = run.result.error;
      throw new GenesysApiError(run.failureStatus ?? 500, error?.code ?? 'internal.server.error', error?.message ?? 'The action failed');
    },
  },
];
