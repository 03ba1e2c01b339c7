/**
 * `GET /api/v2/users?id=…&id=…` (SDK v262 `UsersApi.js` getUsers: `id` is
 * "a list of user IDs to fetch by bulk", sent as repeated parameters), the
 * lookup a client uses to name the users an audit record points at. Only the
 * fields the sandbox knows (id, name, state) are served. ❓ The permission it
 * needs is not documented; the sandbox lets tests deny `directory:user:view`.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { listingPage, listQueryParam } from '../listing-page.js';
import { requirePermission } from '../permissions.js';
import type { Route } from '../route.js';

export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/users$/,
    handle: ({ query }, context) => {
      requirePermission(context, 'directory:user:view');
      const ids = listQueryParam(query, 'id');
      const users = [...context.state.users.values()].filter((user) => ids.length === 0 || ids.includes(user.id));
      const entities: Models.User[] = users.map((user) => ({
        id: user.id,
        name: user.name,
        state: 'active',
        version: 1,
        selfUri: `/api/v2/users/${user.id}`,
      }));
      return { status: 200, body: listingPage(entities, '/api/v2/users', query) };
    },
  },
];
