/**
 * Credentials (reference §2): `amazonWebServicesARN` with the single field
 * `ARN`. Listing returns `CredentialInfo` (no fields); GET one returns the
 * fields, redacted or not per `credentialFieldRedaction`. The credential
 * types are a plain array (SDK `getIntegrationsCredentialsTypes():
 * Promise<Array<Models.CredentialType>>`), not a listing.
 */
import { randomUUID } from 'node:crypto';
import type { Models } from 'purecloud-platform-client-v2';
import { badRequest, notFound } from '../api-error.js';
import { AWS_ARN_CREDENTIAL_TYPE, CREDENTIAL_TYPES } from '../integration-types.js';
import { INTEGRATIONS_LISTING_MAX_PAGE_SIZE, listingPage } from '../listing-page.js';
import { firstParam, isoNow, type Route, type RouteContext } from '../route.js';
import type { StoredCredential } from '../sandbox-state.js';
import { assertSdkModel } from '../sdk-model-validator.js';

/**
 * ❓ Whether Genesys validates the ARN's shape is unconfirmed; the sandbox
 * insists on an IAM role ARN so a wrong paste (a function ARN, a policy ARN)
 * fails at create time rather than at the first test run.
 */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

function requireCredential(context: RouteContext, id: string): StoredCredential {
  const credential = context.state.credentials.get(id);
  if (!credential) throw notFound(`Credential ${id} not found`);
  return credential;
}

/** `name` is optional in the SDK models (`Credential.name?`, `CredentialInfo.name?`): a nameless credential is shown without one. */
function nameView(credential: StoredCredential): { name?: string } {
  return credential.name === '' ? {} : { name: credential.name };
}

function infoView(credential: StoredCredential): Models.CredentialInfo {
  return {
    id: credential.id,
    ...nameView(credential),
    createdDate: credential.createdDate,
    modifiedDate: credential.modifiedDate,
    type: { name: credential.typeName },
    selfUri: `/api/v2/integrations/credentials/${credential.id}`,
  };
}

function fullView(credential: StoredCredential, context: RouteContext): Models.Credential {
  const view: Models.Credential = {
    id: credential.id,
    ...nameView(credential),
    type: { name: credential.typeName },
    selfUri: `/api/v2/integrations/credentials/${credential.id}`,
  };
  const redaction = context.settings.credentialFieldRedaction;
  if (redaction === 'none') view.credentialFields = { ...credential.fields };
  if (redaction === 'mask') view.credentialFields = Object.fromEntries(Object.keys(credential.fields).map((key) => [key, '********']));
  return view;
}

/** Checks a POST/PUT body and returns the validated parts. */
function parseCredentialBody(body: unknown): { name: string; typeName: string; fields: Record<string, string> } {
  assertSdkModel('Credential', body);
  const credential = body as Models.Credential;
  const typeName = credential.type.name ?? '';
  const type = CREDENTIAL_TYPES.find((entry) => entry.name === typeName);
  if (!type) throw badRequest(`Credential type '${typeName}' was not found`);
  const fields = credential.credentialFields ?? {};
  for (const required of type.required ?? []) {
    if (!fields[required]) throw badRequest(`Credential field '${required}' is required for type ${typeName}`);
  }
  if (typeName === AWS_ARN_CREDENTIAL_TYPE && !ROLE_ARN.test(fields.ARN ?? '')) {
    throw badRequest(`Credential field 'ARN' must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)`);
  }
  // `name` is optional in the SDK model `Credential` and the references set no rule: a missing one is stored empty.
  return { name: credential.name ?? '', typeName, fields: { ...fields } };
}

export const credentialRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/credentials\/types$/,
    handle: () => ({ status: 200, body: CREDENTIAL_TYPES }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/credentials$/,
    handle: ({ query }, context) => {
      const entities = [...context.state.credentials.values()].map(infoView);
      return {
        status: 200,
        body: listingPage(entities, '/api/v2/integrations/credentials', query, { maxPageSize: INTEGRATIONS_LISTING_MAX_PAGE_SIZE }),
      };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations\/credentials$/,
    handle: ({ body }, context) => {
      const parsed = parseCredentialBody(body);
      const now = isoNow(context.settings);
      const credential: StoredCredential = { id: randomUUID(), ...parsed, createdDate: now, modifiedDate: now };
      context.state.credentials.set(credential.id, credential);
      return { status: 200, body: infoView(credential) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/credentials\/([^/]+)$/,
    handle: (request, context) => ({ status: 200, body: fullView(requireCredential(context, firstParam(request)), context) }),
  },
  {
    method: 'PUT',
    pattern: /^\/api\/v2\/integrations\/credentials\/([^/]+)$/,
    handle: (request, context) => {
      const credential = requireCredential(context, firstParam(request));
      const parsed = parseCredentialBody(request.body);
      Object.assign(credential, parsed, { modifiedDate: isoNow(context.settings) });
      return { status: 200, body: infoView(credential) };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/api\/v2\/integrations\/credentials\/([^/]+)$/,
    handle: (request, context) => {
      const credential = requireCredential(context, firstParam(request));
      context.state.credentials.delete(credential.id);
      return { status: 204 };
    },
  },
];
