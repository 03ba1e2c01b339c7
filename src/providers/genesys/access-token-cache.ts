/**
 * Caches the OAuth client-credentials token. The grant has no refresh token,
 * so a new one is requested shortly before `expires_in` runs out, and once
 * more when the API answers 401 (revoked or expired early).
 */
import type { Clock } from './request-rate-limiter.js';

/** A token as the OAuth server issued it. */
export interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
}

export interface AccessTokenCache {
  /** A token valid for at least the renewal margin; requests one when needed (concurrent callers share one request). */
  get(): Promise<string>;
  /** Forgets `token` if it is still the cached one (after a 401), so the next get() renews it. */
  invalidate(token: string): void;
}

/** Renew when this much of the lifetime is left: 60 s, or a tenth of a short lifetime. */
export function renewalMarginMs(expiresInSeconds: number): number {
  return Math.min(60_000, expiresInSeconds * 100);
}

export function createAccessTokenCache(options: {
  issue: () => Promise<IssuedToken>;
  now: Clock;
  /** Told about every new token, so the action shell can mask it in logs. */
  onToken: (token: string) => void;
  /**
   * A token asked for before the cache existed (early-token.ts): the first get() takes it instead
   * of issuing one, or issues one when it came to nothing. Taken once: a renewal always issues.
   */
  early?: Promise<IssuedToken | undefined>;
}): AccessTokenCache {
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  let early = options.early;

  const remember = (issued: IssuedToken): string => {
    options.onToken(issued.accessToken);
    const lifetimeMs = Math.max(0, issued.expiresInSeconds) * 1000;
    cached = { token: issued.accessToken, renewAt: options.now() + lifetimeMs - renewalMarginMs(issued.expiresInSeconds) };
    return issued.accessToken;
  };
  const renew = async (): Promise<string> => remember(await options.issue());
  const adoptOrRenew = async (offered: Promise<IssuedToken | undefined>): Promise<string> => {
    const issued = await offered;
    return issued ? remember(issued) : renew();
  };

  return {
    get(): Promise<string> {
      if (cached && options.now() < cached.renewAt) return Promise.resolve(cached.token);
      if (!pending) {
        const offered = early;
        early = undefined;
        pending = (offered ? adoptOrRenew(offered) : renew()).finally(() => {
          pending = undefined;
        });
      }
      return pending;
    },
    invalidate(token: string): void {
      if (cached?.token === token) cached = undefined;
    },
  };
}
