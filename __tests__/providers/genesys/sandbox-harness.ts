/**
 * Starts the Genesys sandbox and a provider pointed at it through the
 * GENESYSCLOUD_GATEWAY_* variables, with a virtual clock: the provider's
 * sleeps advance time instantly and are recorded, so retry and rate-limit
 * tests assert on the waits without waiting.
 */
import { afterEach } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox, type GenesysSandboxOptions } from '../../../sandbox/genesys/server.js';
import { createGenesysProvider, type GenesysProviderOptions } from '../../../src/providers/genesys/genesys-cloud-provider.js';
import type { GenesysProvider } from '../../../src/providers/genesys/genesys-provider.js';

export interface VirtualClock {
  now(): number;
  advance(milliseconds: number): void;
}

export function virtualClock(start = Date.parse('2026-11-24T12:00:00Z')): VirtualClock {
  let current = start;
  return {
    now: () => current,
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}

export interface ProviderHarness {
  sandbox: GenesysSandbox;
  provider: GenesysProvider;
  /** Every sleep the provider asked for, in milliseconds. */
  waits: number[];
  /** Everything the provider logged. */
  logs: string[];
  /** Everything handed to onSecret. */
  secrets: string[];
  /** The provider's clock (also the sandbox's unless the test gave the sandbox its own). */
  clock: VirtualClock;
  /** A second provider on the same sandbox (another writer, for conflicts). */
  otherProvider(): GenesysProvider;
  /** Requests the sandbox saw, as `METHOD /path`. */
  calls(): string[];
}

export async function startProviderHarness(
  options: {
    sandbox?: GenesysSandboxOptions;
    provider?: Omit<GenesysProviderOptions, 'env'>;
    /** Share the provider's virtual clock with the sandbox (default true). */
    shareClock?: boolean;
  } = {},
): Promise<ProviderHarness> {
  const clock = virtualClock();
  const sandbox = await startGenesysSandbox({
    ...(options.shareClock === false ? {} : { now: clock.now }),
    ...options.sandbox,
  });
  const waits: number[] = [];
  const logs: string[] = [];
  const secrets: string[] = [];
  const build = (extra: Omit<GenesysProviderOptions, 'env'> = {}): GenesysProvider =>
    createGenesysProvider({
      env: sandbox.env,
      now: clock.now,
      sleep: async (milliseconds) => {
        waits.push(milliseconds);
        clock.advance(milliseconds);
      },
      random: () => 0.5,
      logger: {
        debug: (message) => logs.push(`debug: ${message}`),
        warning: (message) => logs.push(`warning: ${message}`),
      },
      onSecret: (secret) => secrets.push(secret),
      ...extra,
    });
  const provider = build(options.provider);
  return {
    sandbox,
    provider,
    waits,
    logs,
    secrets,
    clock,
    otherProvider: () => build({ logger: { debug: () => undefined, warning: () => undefined }, onSecret: () => undefined }),
    calls: () => sandbox.requests.map((request) => `${request.method} ${request.path}`),
  };
}

/**
 * For a test file: returns a `start` that launches a harness, and stops the
 * one a test started after that test, whatever its outcome.
 */
export function useProviderHarness(): (options?: Parameters<typeof startProviderHarness>[0]) => Promise<ProviderHarness> {
  let current: ProviderHarness | undefined;
  afterEach(async () => {
    await current?.sandbox.stop();
    current = undefined;
  });
  return async (options = {}) => {
    current = await startProviderHarness(options);
    return current;
  };
}
