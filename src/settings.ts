/**
 * Setting parsers shared by the action's inputs and the CLI's flags, so one
 * rule decides what a valid value is. A bad value is an InputError that
 * names the setting the way the user wrote it (`mode` as an action input,
 * --format as a flag), the bad value and what is allowed.
 */
import type { PublishStrategy } from './apply/publish-strategy.js';
import { InputError } from './errors.js';

/** An action input (`{ input: 'prune' }`) or a CLI flag (`{ flag: 'prune' }`, written --prune). */
export type SettingName = { input: string } | { flag: string };

export const PUBLISH_STRATEGIES: readonly PublishStrategy[] = ['draft', 'direct'];

/** Genesys allows 300 requests per minute per OAuth client. */
export const DEFAULT_REQUESTS_PER_MINUTE = 300;

export { DEFAULT_GENESYS_CONCURRENCY } from './providers/genesys/genesys-concurrency.js';
/** More in flight gains nothing against a per-token budget and only bunches the 429s another client would cause. */
export const MAX_GENESYS_CONCURRENCY = 32;

function invalid(setting: SettingName, value: string, expected: string): InputError {
  return 'input' in setting
    ? new InputError(`Invalid \`${setting.input}\` '${value}'; expected ${expected}`)
    : new InputError(`invalid --${setting.flag} '${value}'; expected ${expected}`);
}

/** One of `allowed`, exactly as written. */
export function parseChoice<T extends string>(setting: SettingName, value: string, allowed: readonly T[]): T {
  const found = allowed.find((choice) => choice === value);
  if (found === undefined) throw invalid(setting, value, allowed.join('|'));
  return found;
}

/** true|yes|1 and false|no|0, any case; empty is false (the caller supplies any other default). */
export function parseBoolean(setting: SettingName, value: string): boolean {
  const lowered = value.toLowerCase();
  if (['true', 'yes', '1'].includes(lowered)) return true;
  if (['false', 'no', '0', ''].includes(lowered)) return false;
  throw invalid(setting, value, 'true|false');
}

/** A whole number of at least 1. */
export function parsePositiveInteger(setting: SettingName, value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isInteger(parsed) || parsed < 1) throw invalid(setting, value, 'a positive whole number');
  return parsed;
}

/** A whole number from 1 to {@link MAX_GENESYS_CONCURRENCY}. */
export function parseConcurrency(setting: SettingName, value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isInteger(parsed) || parsed < 1 || parsed > MAX_GENESYS_CONCURRENCY) {
    throw invalid(setting, value, `a whole number from 1 to ${MAX_GENESYS_CONCURRENCY}`);
  }
  return parsed;
}

export function parsePublishStrategy(setting: SettingName, value: string): PublishStrategy {
  return parseChoice(setting, value, PUBLISH_STRATEGIES);
}
