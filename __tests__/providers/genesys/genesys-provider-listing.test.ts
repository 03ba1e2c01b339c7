/**
 * Listing shapes the sandbox does not produce (it follows the SDK: contracts
 * only as URIs in listings), so they are served by a stubbed fetch: a listing
 * that does inline contracts must cost exactly one call, and a server that
 * refuses `expand` on the listing must not break reading.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { createGenesysProvider } from '../../../src/providers/genesys/genesys-cloud-provider.js';

const ENV = { GENESYSCLOUD_OAUTHCLIENT_ID: 'id', GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret', GENESYSCLOUD_REGION: 'eu-west-1' };

function listedAction(id: string, integrationId: string): Models.Action {
  return {
    id,
    name: id,
    integrationId,
    category: 'c',
    version: 1,
    secure: false,
    contract: { input: { inputSchema: { type: 'object', properties: {} } }, output: { successSchema: { type: 'object', properties: {} } } },
    config: {
      timeoutSeconds: 5,
      request: {
        requestUrlTemplate: 'arn:aws:lambda:eu-west-1:123456789012:function:f',
        requestType: 'POST',
        requestTemplate: '${input.rawRequest}',
      },
      response: { successTemplate: '${rawResult}' },
    },
  };
}

function stubbedProvider(respond: (url: URL) => Response) {
  const urls: URL[] = [];
  const provider = createGenesysProvider({
    env: ENV,
    sleep: async () => undefined,
    fetch: async (input) => {
      const url = new URL(String(input));
      if (url.pathname === '/oauth/token') return Response.json({ access_token: 't', expires_in: 3600 });
      urls.push(url);
      return respond(url);
    },
  });
  return { provider, urls };
}

describe('listDataActions with a listing that inlines contracts', () => {
  it('costs exactly one call, whatever the number of actions', async () => {
    const entities = [listedAction('a', 'i-1'), listedAction('b', 'i-2'), listedAction('c', 'i-1')];
    const { provider, urls } = stubbedProvider(() => Response.json({ entities, pageNumber: 1, pageCount: 1 }));
    const observed = await provider.listDataActions(['i-1']);
    expect(observed.map((action) => action.id)).toEqual(['a', 'c']);
    expect(urls.map((url) => `${url.host}${url.pathname}`)).toEqual(['api.mypurecloud.ie/api/v2/integrations/actions']);
  });

  it('asks the listing for config only: the SDK lists no expand there (docs/reference/genesys-next.md §1)', async () => {
    const { provider, urls } = stubbedProvider(() => Response.json({ entities: [listedAction('a', 'i-1')], pageNumber: 1, pageCount: 1 }));
    expect((await provider.listDataActions(['i-1'])).map((action) => action.id)).toEqual(['a']);
    expect(urls.map((url) => [url.searchParams.get('includeConfig'), url.searchParams.has('expand')])).toEqual([['true', false]]);
  });
});
