/** The plan file (`plan.json`): stable, pretty JSON with sorted keys, so that equal plans are equal files. */
import { sortKeysDeep } from '../model/json.js';
import type { Plan } from '../plan/types.js';

export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(sortKeysDeep(plan), null, 2)}\n`;
}
