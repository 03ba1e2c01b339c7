/** `GET /api/v2/organizations/me`: the org id is the trust policy's ExternalId. */
import type { Models } from 'purecloud-platform-client-v2';
import type { Route } from '../route.js';

export const organizationRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/organizations\/me$/,
    handle: (_request, { settings }) => {
      const organization: Models.Organization = {
        id: settings.orgId,
        name: settings.orgName,
        defaultLanguage: 'en-us',
        domain: 'sandbox',
        version: 1,
        state: 'active',
        selfUri: `/api/v2/organizations/${settings.orgId}`,
      };
      return { status: 200, body: organization };
    },
  },
];
