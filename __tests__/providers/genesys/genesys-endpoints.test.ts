import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { GENESYS_REGIONS } from '../../../src/genesys/regions.js';
import { resolveGenesysEndpoints } from '../../../src/providers/genesys/genesys-endpoints.js';

// The reference's table, written out again so that a typo in regions.ts cannot pass unnoticed.
const REFERENCE_REGIONS: [awsRegion: string, domain: string][] = [
  ['us-east-1', 'mypurecloud.com'],
  ['us-east-2', 'use2.us-gov-pure.cloud'],
  ['us-west-2', 'usw2.pure.cloud'],
  ['ca-central-1', 'cac1.pure.cloud'],
  ['sa-east-1', 'sae1.pure.cloud'],
  ['mx-central-1', 'mxc1.pure.cloud'],
  ['eu-west-1', 'mypurecloud.ie'],
  ['eu-west-2', 'euw2.pure.cloud'],
  ['eu-central-1', 'mypurecloud.de'],
  ['eu-central-2', 'euc2.pure.cloud'],
  ['me-central-1', 'mec1.pure.cloud'],
  ['ap-south-1', 'aps1.pure.cloud'],
  ['ap-northeast-1', 'mypurecloud.jp'],
  ['ap-northeast-2', 'apne2.pure.cloud'],
  ['ap-northeast-3', 'apne3.pure.cloud'],
  ['ap-southeast-1', 'apse1.pure.cloud'],
  ['ap-southeast-2', 'mypurecloud.com.au'],
  ['eusc-de-east-1', 'edee1.eusc-pure.cloud'],
];

describe('resolveGenesysEndpoints', () => {
  it('knows exactly the 18 regions of the reference', () => {
    expect(GENESYS_REGIONS.map((region) => [region.awsRegion, region.domain])).toEqual(REFERENCE_REGIONS);
  });

  it.each(REFERENCE_REGIONS)('resolves %s by AWS region name to api./login.%s', (awsRegion, domain) => {
    const endpoints = resolveGenesysEndpoints({ GENESYSCLOUD_REGION: awsRegion });
    expect(endpoints).toMatchObject({ apiBaseUrl: `https://api.${domain}`, loginBaseUrl: `https://login.${domain}` });
    expect(endpoints.region.awsRegion).toBe(awsRegion);
  });

  it.each(REFERENCE_REGIONS)('resolves %s by its domain %s (any case, surrounding spaces)', (awsRegion, domain) => {
    const endpoints = resolveGenesysEndpoints({ GENESYSCLOUD_REGION: `  ${domain.toUpperCase()} ` });
    expect(endpoints.region.awsRegion).toBe(awsRegion);
    expect(endpoints.apiBaseUrl).toBe(`https://api.${domain}`);
  });

  it.each([
    ['invented tutorial region', 'us-east-9'],
    ['api host instead of domain', 'api.mypurecloud.com'],
    ['internal dca region', 'inindca.com'],
  ])('rejects an unknown region (%s) with a message listing the valid ones', (_label, value) => {
    const attempt = () => resolveGenesysEndpoints({ GENESYSCLOUD_REGION: value });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(new RegExp(`"${value.replace(/\./g, '\\.')}" is not a Genesys Cloud region`));
    for (const [awsRegion, domain] of REFERENCE_REGIONS) expect(attempt).toThrow(`${awsRegion} (${domain})`);
  });

  it.each([[undefined], [''], ['   ']])('explains that GENESYSCLOUD_REGION is required when it is %j', (value) => {
    expect(() => resolveGenesysEndpoints({ GENESYSCLOUD_REGION: value })).toThrow(
      /GENESYSCLOUD_REGION is not set.*us-east-1 \(mypurecloud\.com\)/,
    );
  });

  it.each([
    [
      { GENESYSCLOUD_GATEWAY_HOST: '127.0.0.1', GENESYSCLOUD_GATEWAY_PORT: '8443', GENESYSCLOUD_GATEWAY_PROTOCOL: 'http' },
      'http://127.0.0.1:8443',
    ],
    [{ GENESYSCLOUD_GATEWAY_HOST: 'proxy.example.com' }, 'https://proxy.example.com'],
    [{ GENESYSCLOUD_GATEWAY_HOST: 'proxy.example.com', GENESYSCLOUD_GATEWAY_PROTOCOL: 'HTTPS' }, 'https://proxy.example.com'],
    [
      { GENESYSCLOUD_GATEWAY_HOST: 'localhost', GENESYSCLOUD_GATEWAY_PORT: '80', GENESYSCLOUD_GATEWAY_PROTOCOL: 'http:' },
      'http://localhost:80',
    ],
    [{ GENESYSCLOUD_GATEWAY_HOST: '[::1]', GENESYSCLOUD_GATEWAY_PORT: '9000', GENESYSCLOUD_GATEWAY_PROTOCOL: 'http' }, 'http://[::1]:9000'],
  ])('a gateway %j redirects both API and login to %s', (gateway, baseUrl) => {
    const endpoints = resolveGenesysEndpoints({ GENESYSCLOUD_REGION: 'eu-west-1', ...gateway });
    expect(endpoints.apiBaseUrl).toBe(baseUrl);
    expect(endpoints.loginBaseUrl).toBe(baseUrl);
    expect(endpoints.region.domain).toBe('mypurecloud.ie');
  });

  it.each([
    [{ GENESYSCLOUD_GATEWAY_HOST: 'proxy.example.com', GENESYSCLOUD_GATEWAY_PROTOCOL: 'ftp' }, /GENESYSCLOUD_GATEWAY_PROTOCOL "ftp"/],
    [{ GENESYSCLOUD_GATEWAY_HOST: 'http://proxy.example.com' }, /GENESYSCLOUD_GATEWAY_HOST .* bare host/],
    [{ GENESYSCLOUD_GATEWAY_HOST: 'proxy.example.com/path' }, /GENESYSCLOUD_GATEWAY_HOST .* bare host/],
    [{ GENESYSCLOUD_GATEWAY_HOST: 'user:pw@proxy.example.com' }, /GENESYSCLOUD_GATEWAY_HOST .* bare host/],
    [{ GENESYSCLOUD_GATEWAY_HOST: 'proxy.example.com', GENESYSCLOUD_GATEWAY_PORT: '70000' }, /GENESYSCLOUD_GATEWAY_PORT "70000"/],
    [{ GENESYSCLOUD_GATEWAY_HOST: 'proxy.example.com', GENESYSCLOUD_GATEWAY_PORT: 'eighty' }, /GENESYSCLOUD_GATEWAY_PORT "eighty"/],
  ])('rejects a malformed gateway %j', (gateway, message) => {
    expect(() => resolveGenesysEndpoints({ GENESYSCLOUD_REGION: 'us-east-1', ...gateway })).toThrow(message);
  });
});
