import { describe, expect, it } from 'vitest';
import { createAccessTokenCache, renewalMarginMs, type IssuedToken } from '../../../src/providers/genesys/access-token-cache.js';

function setup(expiresInSeconds: number, early?: Promise<IssuedToken | undefined>) {
  let now = 0;
  let issued = 0;
  const announced: string[] = [];
  const cache = createAccessTokenCache({
    now: () => now,
    onToken: (token) => announced.push(token),
    issue: async () => {
      issued += 1;
      return { accessToken: `token-${issued}`, expiresInSeconds };
    },
    ...(early ? { early } : {}),
  });
  return {
    cache,
    announced,
    issuedCount: () => issued,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('renewalMarginMs', () => {
  it.each([
    [86_399, 60_000],
    [600, 60_000],
    [300, 30_000],
    [10, 1_000],
    [0, 0],
  ])('for a lifetime of %i s renews %i ms early', (lifetime, margin) => {
    expect(renewalMarginMs(lifetime)).toBe(margin);
  });
});

describe('createAccessTokenCache', () => {
  it('re-uses the token until the renewal margin, then requests a new one', async () => {
    const { cache, issuedCount, advance, announced } = setup(3600);
    expect(await cache.get()).toBe('token-1');
    advance(3_600_000 - 60_000 - 1);
    expect(await cache.get()).toBe('token-1');
    advance(1);
    expect(await cache.get()).toBe('token-2');
    expect(issuedCount()).toBe(2);
    expect(announced).toEqual(['token-1', 'token-2']);
  });

  it('shares one token request among concurrent callers', async () => {
    const { cache, issuedCount } = setup(3600);
    const tokens = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(tokens).toEqual(['token-1', 'token-1', 'token-1']);
    expect(issuedCount()).toBe(1);
  });

  it('forgets a rejected token only if it is still the cached one', async () => {
    const { cache } = setup(3600);
    await cache.get();
    cache.invalidate('some-older-token');
    expect(await cache.get()).toBe('token-1');
    cache.invalidate('token-1');
    expect(await cache.get()).toBe('token-2');
  });

  it('lets the next call try again after a failed token request', async () => {
    let attempts = 0;
    const cache = createAccessTokenCache({
      now: () => 0,
      onToken: () => undefined,
      issue: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('login down');
        return { accessToken: 'recovered', expiresInSeconds: 60 };
      },
    });
    await expect(cache.get()).rejects.toThrow('login down');
    expect(await cache.get()).toBe('recovered');
  });
});

describe('a token asked for early', () => {
  it('is adopted by the first get, announced, and kept until its renewal margin; the renewal issues a new one', async () => {
    const { cache, issuedCount, advance, announced } = setup(3600, Promise.resolve({ accessToken: 'early', expiresInSeconds: 600 }));
    expect(await Promise.all([cache.get(), cache.get()])).toEqual(['early', 'early']);
    expect(issuedCount()).toBe(0);
    expect(announced).toEqual(['early']);
    advance(600_000 - 60_000);
    expect(await cache.get()).toBe('token-1');
  });

  it('that came to nothing makes the first get issue one itself', async () => {
    const { cache, issuedCount } = setup(3600, Promise.resolve(undefined));
    expect(await cache.get()).toBe('token-1');
    expect(issuedCount()).toBe(1);
  });

  it('is taken once: after a 401 invalidates it, the next get issues, never re-adopts', async () => {
    const { cache, issuedCount } = setup(3600, Promise.resolve({ accessToken: 'early', expiresInSeconds: 3600 }));
    expect(await cache.get()).toBe('early');
    cache.invalidate('early');
    expect(await cache.get()).toBe('token-1');
    expect(issuedCount()).toBe(1);
  });
});
