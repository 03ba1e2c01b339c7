/**
 * Integrations (reference §2): list with filters and paging, get, create,
 * enable/disable, delete, and `config/current` with optimistic versioning.
 */
import { randomUUID } from 'node:crypto';
import type { Models } from 'purecloud-platform-client-v2';
import { badRequest, GenesysApiError, notFound, versionConflict } from '../api-error.js';
import { findIntegrationType } from '../integration-types.js';
import { INTEGRATIONS_LISTING_MAX_PAGE_SIZE, listingPage, listQueryParam } from '../listing-page.js';
import { firstParam, isoNow, type Route, type RouteContext, type SandboxSettings } from '../route.js';
import type { StoredIntegration } from '../sandbox-state.js';
import { assertSdkModel } from '../sdk-model-validator.js';

function requireIntegration(context: RouteContext, id: string): StoredIntegration {
  const integration = context.state.integrations.get(id);
  if (!integration) throw notFound(`Integration ${id} not found`);
  return integration;
}

/**
 * Reads advance a transition one step: the first `activationReads` reads after
 * an enable report ACTIVATING, later ones ACTIVE. Deterministic, so a
 * client's polling loop is tested without timers.
 */
function observeReportedState(integration: StoredIntegration): void {
  if (integration.reportedState !== 'ACTIVATING' && integration.reportedState !== 'DEACTIVATING') return;
  if (integration.transitionReadsLeft > 0) {
    integration.transitionReadsLeft--;
    return;
  }
  integration.reportedState = integration.settlesTo;
}

function configView(integration: StoredIntegration, context: RouteContext): Models.IntegrationConfiguration {
  const credentials: Record<string, Models.CredentialInfo> = {};
  for (const [key, reference] of Object.entries(integration.config.credentials)) {
    const credential = context.state.credentials.get(reference.id);
    credentials[key] = credential ? { id: credential.id, ...(credential.name ? { name: credential.name } : {}) } : { id: reference.id };
  }
  return {
    id: integration.id,
    name: integration.config.name,
    version: integration.config.version,
    properties: integration.config.properties,
    advanced: integration.config.advanced,
    notes: integration.config.notes,
    credentials,
    selfUri: `/api/v2/integrations/${integration.id}/config/current`,
  };
}

function integrationView(integration: StoredIntegration, context: RouteContext, withConfig: boolean): Models.Integration {
  const type = findIntegrationType(integration.integrationTypeId);
  const reportedState: Models.IntegrationStatusInfo = { code: integration.reportedState, effective: integration.reportedState };
  if (integration.reportedState === 'ERROR' && integration.errorDetail) reportedState.detail = { message: integration.errorDetail };
  const view: Models.Integration = {
    id: integration.id,
    name: integration.config.name,
    integrationType: { id: integration.integrationTypeId, name: type?.name ?? integration.integrationTypeId },
    notes: integration.config.notes,
    intendedState: integration.intendedState,
    reportedState,
    attributes: {},
    selfUri: `/api/v2/integrations/${integration.id}`,
  };
  if (withConfig) view.config = { current: configView(integration, context) };
  return view;
}

function wantsConfig(query: URLSearchParams): boolean {
  return listQueryParam(query, 'expand').includes('config.current');
}

/** Where an enable settles: ERROR when a required credential is missing. ❓ Genesys' exact behaviour is not documented. */
function settleTarget(integration: StoredIntegration, context: RouteContext): { code: 'ACTIVE' | 'ERROR'; detail?: string } {
  const type = findIntegrationType(integration.integrationTypeId);
  for (const [key, spec] of Object.entries(type?.credentials ?? {})) {
    const reference = integration.config.credentials[key];
    if (spec.required && (!reference || !context.state.credentials.has(reference.id))) {
      return { code: 'ERROR', detail: `Required credential '${key}' is not configured` };
    }
  }
  return { code: 'ACTIVE' };
}

function newIntegration(typeId: string, name: string, settings: SandboxSettings): StoredIntegration {
  return {
    id: randomUUID(),
    integrationTypeId: typeId,
    intendedState: 'DISABLED',
    reportedState: 'INACTIVE',
    transitionReadsLeft: 0,
    settlesTo: 'INACTIVE',
    config: { name, version: 1, properties: {}, advanced: {}, notes: '', credentials: {} },
    createdAt: isoNow(settings),
  };
}

export const integrationRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations$/,
    handle: ({ query }, context) => {
      const typeId = query.get('integrationType');
      const ids = listQueryParam(query, 'ids');
      const reportedState = query.get('reportedState');
      const credentialId = query.get('credentialId');
      let integrations = [...context.state.integrations.values()];
      integrations.forEach(observeReportedState);
      if (typeId) integrations = integrations.filter((entry) => entry.integrationTypeId === typeId);
      if (ids.length > 0) integrations = integrations.filter((entry) => ids.includes(entry.id));
      if (reportedState) integrations = integrations.filter((entry) => entry.reportedState === reportedState);
      if (credentialId) {
        integrations = integrations.filter((entry) => Object.values(entry.config.credentials).some((ref) => ref.id === credentialId));
      }
      const withConfig = wantsConfig(query);
      const views = integrations.map((entry) => integrationView(entry, context, withConfig));
      return { status: 200, body: listingPage(views, '/api/v2/integrations', query, { maxPageSize: INTEGRATIONS_LISTING_MAX_PAGE_SIZE }) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v2\/integrations$/,
    handle: ({ body }, context) => {
      assertSdkModel('CreateIntegrationRequest', body);
      const request = body as Models.CreateIntegrationRequest;
      const type = findIntegrationType(request.integrationType.id);
      if (!type) throw badRequest(`Integration type ${request.integrationType.id} was not found`);
      const integration = newIntegration(type.id, request.name ?? type.name ?? type.id, context.settings);
      context.state.integrations.set(integration.id, integration);
      return { status: 200, body: integrationView(integration, context, false) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/(?!actions$|credentials$|types$)([^/]+)$/,
    handle: (request, context) => {
      const integration = requireIntegration(context, firstParam(request));
      observeReportedState(integration);
      return { status: 200, body: integrationView(integration, context, wantsConfig(request.query)) };
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/api\/v2\/integrations\/(?!actions$|credentials$|types$)([^/]+)$/,
    handle: (request, context) => {
      const integration = requireIntegration(context, firstParam(request));
      assertSdkModel('Integration', request.body);
      const patch = request.body as Models.Integration;
      if (patch.intendedState !== 'ENABLED' && patch.intendedState !== 'DISABLED') {
        throw new GenesysApiError(
          400,
          'invalid.value',
          `Invalid value for intendedState: ${patch.intendedState}. Expected ENABLED or DISABLED.`,
        );
      }
      if (patch.intendedState !== integration.intendedState) {
        integration.intendedState = patch.intendedState;
        integration.transitionReadsLeft = context.settings.activationReads;
        if (patch.intendedState === 'ENABLED') {
          const target = settleTarget(integration, context);
          integration.reportedState = 'ACTIVATING';
          integration.settlesTo = target.code;
          if (target.detail) integration.errorDetail = target.detail;
          else delete integration.errorDetail;
        } else {
          integration.reportedState = 'DEACTIVATING';
          integration.settlesTo = 'INACTIVE';
        }
        if (context.settings.activationReads === 0) integration.reportedState = integration.settlesTo;
      }
      return { status: 200, body: integrationView(integration, context, false) };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/api\/v2\/integrations\/(?!actions$|credentials$|types$)([^/]+)$/,
    handle: (request, context) => {
      const integration = requireIntegration(context, firstParam(request));
      // The SDK declares `deleteIntegration(): Promise<Models.Integration>`: the deleted integration, as GET shows it.
      const deleted = integrationView(integration, context, false);
      context.state.integrations.delete(integration.id);
      // ⚠️ Deleting an integration deletes its actions (what Terraform assumes, reference §2).
      for (const map of [context.state.actions, context.state.drafts]) {
        for (const [id, action] of map) if (action.integrationId === integration.id) map.delete(id);
      }
      return { status: 200, body: deleted };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/([^/]+)\/config\/current$/,
    handle: (request, context) => {
      const integration = requireIntegration(context, firstParam(request));
      return { status: 200, body: configView(integration, context) };
    },
  },
  {
    method: 'PUT',
    pattern: /^\/api\/v2\/integrations\/([^/]+)\/config\/current$/,
    handle: (request, context) => {
      const integration = requireIntegration(context, firstParam(request));
      assertSdkModel('IntegrationConfiguration', request.body);
      const config = request.body as Models.IntegrationConfiguration;
      if (config.version !== integration.config.version) throw versionConflict(config.version, integration.config.version);
      const credentials: Record<string, { id: string }> = {};
      for (const [key, reference] of Object.entries(config.credentials)) {
        if (!reference.id || !context.state.credentials.has(reference.id)) {
          throw badRequest(`Credential ${reference.id ?? '(no id)'} for key '${key}' was not found`);
        }
        credentials[key] = { id: reference.id };
      }
      integration.config = {
        name: config.name,
        version: integration.config.version + 1,
        properties: config.properties,
        advanced: config.advanced,
        notes: config.notes,
        credentials,
      };
      return { status: 200, body: configView(integration, context) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/integrations\/types\/([^/]+)$/,
    handle: (request) => {
      const type = findIntegrationType(firstParam(request));
      if (!type) throw notFound(`Integration type ${firstParam(request)} not found`);
      return { status: 200, body: type };
    },
  },
];
