/** Filtering and sorting shared by the action and draft listings. */
import { badRequest } from '../api-error.js';
import { listQueryParam } from '../listing-page.js';
import type { StoredAction } from '../sandbox-state.js';

/** Filters and sorts actions the way `GET /integrations/actions` (and `/drafts`) do. */
export function filterActions(actions: StoredAction[], query: URLSearchParams): StoredAction[] {
  let result = actions;
  const name = query.get('name')?.toLowerCase();
  // `name` is a partial match (reference §4); category is matched whole. ❓ case rules are not documented.
  if (name) result = result.filter((action) => action.name.toLowerCase().includes(name));
  const category = query.get('category')?.toLowerCase();
  if (category) result = result.filter((action) => action.category.toLowerCase() === category);
  const secure = query.get('secure');
  if (secure === 'true' || secure === 'false') result = result.filter((action) => action.secure === (secure === 'true'));
  // The SDK sends `ids` as one comma-separated string; repeated keys are accepted too.
  const ids = listQueryParam(query, 'ids');
  if (ids.length > 0) {
    if (ids.length > 50) throw badRequest('At most 50 ids may be requested');
    result = result.filter((action) => ids.includes(action.id));
  }
  const descending = query.get('sortOrder')?.toUpperCase() === 'DESC';
  const sortBy = query.get('sortBy') === 'category' ? 'category' : 'name';
  return [...result].sort((a, b) => a[sortBy].localeCompare(b[sortBy]) * (descending ? -1 : 1) || a.id.localeCompare(b.id));
}
