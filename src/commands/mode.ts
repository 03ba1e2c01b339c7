/**
 * Which mode actually runs. A pull request from a fork has no secrets and a
 * read-only token, and a repository may not have configured the Genesys
 * client yet: neither can plan, so both validate only, with a notice saying
 * why, instead of failing every pull request. Pure.
 */
import type { EffectiveMode, RunContext } from '../run-context.js';

export interface ModeDecision {
  mode: EffectiveMode;
  /** Set when the requested mode fell back to validate: shown as a notice. */
  notice?: string;
}

export function decideMode(requested: EffectiveMode, context: Pick<RunContext, 'isFork'>, hasGenesysCredentials: boolean): ModeDecision {
  if (requested !== 'plan' || (!context.isFork && hasGenesysCredentials)) return { mode: requested };
  const why = context.isFork
    ? 'this pull request comes from a fork, so the workflow has no secrets and a read-only token'
    : 'GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET are not set';
  return { mode: 'validate', notice: `Plan skipped, validated only: ${why}.` };
}
