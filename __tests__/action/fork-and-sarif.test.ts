/**
 * What the README workflow promises for a pull request from a fork: the AWS
 * credentials step is skipped (no OIDC token for forks) and no secrets are
 * set, yet the action runs, validates only and says why. And the
 * `sarif-file` input: the findings for code scanning, written even when the
 * manifests fail.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startActionHarness, type ActionHarness } from './action-harness.js';

let harness: ActionHarness;
const savedAwsEnvironment = { ...process.env };

beforeAll(async () => {
  harness = await startActionHarness();
});

afterEach(() => {
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_ENDPOINT_URL', 'AWS_REGION'])
    process.env[name] = savedAwsEnvironment[name];
});

afterAll(async () => {
  await harness.stop();
});

/** A fork's run: no AWS credentials at all (and an endpoint nothing listens on, so any AWS call would fail loudly), no Genesys secrets. */
function withoutAnyCredentials(): Record<string, undefined> {
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_SECRET_ACCESS_KEY;
  process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
  return { GENESYSCLOUD_OAUTHCLIENT_ID: undefined, GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined, GENESYSCLOUD_REGION: undefined };
}

describe('a pull request from a fork, as the README workflow runs it', () => {
  it('validates only, with a notice, without AWS or Genesys credentials, and writes the SARIF file', async () => {
    const genesysRequests = harness.sandbox.requests.length;
    const run = await harness.runPullRequest({ fork: true, env: withoutAnyCredentials(), inputs: { 'sarif-file': 'genesys.sarif' } });
    expect(run.io.failures).toEqual([]);
    expect(run.outputs.get('mode')).toBe('validate');
    expect(run.io.annotated('notice')).toEqual([
      'Plan skipped, validated only: this pull request comes from a fork, so the workflow has no secrets and a read-only token.',
    ]);
    expect(harness.sandbox.requests.length).toBe(genesysRequests);
    const log = JSON.parse(await readFile(join(harness.workspace, 'genesys.sarif'), 'utf8')) as Log;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toEqual([]);
  });
});

describe('sarif-file', () => {
  it('is written before the run fails on invalid manifests, with paths relative to the workspace', async () => {
    await harness.edit('data-action-find-customer-by-phone.yaml', (text) => text.replaceAll('phoneNumber', 'rawRequest'));
    const run = await harness.runPullRequest({ inputs: { 'sarif-file': 'reports/genesys.sarif' } });
    expect(run.io.failures).toEqual([expect.stringMatching(/error\(s\) in the manifests; nothing was planned or applied/)]);
    const log = JSON.parse(await readFile(join(harness.workspace, 'reports/genesys.sarif'), 'utf8')) as Log;
    const results = log.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((result) => result.ruleId)).toContain('GLG-CONTRACT-RESERVED-NAME');
    for (const result of results) {
      expect(result.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
        uri: 'genesys/data-action-find-customer-by-phone.yaml',
        uriBaseId: '%SRCROOT%',
      });
    }
  });
});
