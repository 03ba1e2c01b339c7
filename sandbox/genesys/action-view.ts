/**
 * How an action (published or draft) is rendered in responses: the contract
 * is inline only with `expand=contract`, otherwise as schema URIs; config
 * only with `includeConfig=true`, its templates inline or (option
 * `templatesAsUris`) as URIs, both of which Genesys is known to return
 * (reference §4: "Config templates can come back as URIs").
 */
import type { Models } from 'purecloud-platform-client-v2';
import type { StoredAction } from './sandbox-state.js';

/** What the request asked to see. */
export interface ActionViewOptions {
  expandContract: boolean;
  includeConfig: boolean;
  templatesAsUris: boolean;
  draft: boolean;
}

/** Base path of an action's (or its draft's) sub-resources. */
export function actionBasePath(id: string, draft: boolean): string {
  return `/api/v2/integrations/actions/${id}${draft ? '/draft' : ''}`;
}

function configView(config: Models.ActionConfig, base: string, templatesAsUris: boolean): Models.ActionConfig {
  const copy = structuredClone(config);
  if (templatesAsUris) {
    if (copy.request) {
      delete copy.request.requestTemplate;
      copy.request.requestTemplateUri = `${base}/templates/requesttemplate.vm`;
    }
    if (copy.response) {
      delete copy.response.successTemplate;
      copy.response.successTemplateUri = `${base}/templates/successtemplate.vm`;
    }
  }
  return copy;
}

/** The `Action` body for one stored action. */
export function actionView(action: StoredAction, options: ActionViewOptions): Models.Action {
  const base = actionBasePath(action.id, options.draft);
  const view: Models.Action = {
    id: action.id,
    name: action.name,
    integrationId: action.integrationId,
    category: action.category,
    contract: options.expandContract
      ? structuredClone(action.contract)
      : {
          input: { inputSchemaUri: `${base}/schemas/inputschema.json` },
          output: { successSchemaUri: `${base}/schemas/successschema.json` },
        },
    version: action.version,
    secure: action.secure,
    selfUri: base,
  };
  if (options.includeConfig) view.config = configView(action.config, base, options.templatesAsUris);
  return view;
}

/** Reads `expand=contract` and `includeConfig=true` from a query. */
export function viewOptionsFromQuery(query: URLSearchParams, templatesAsUris: boolean, draft: boolean): ActionViewOptions {
  return {
    expandContract: query.getAll('expand').some((value) => value.split(',').includes('contract')),
    includeConfig: query.get('includeConfig') === 'true',
    templatesAsUris,
    draft,
  };
}

/** The text of `requesttemplate.vm` / `successtemplate.vm`, or undefined for another file name. */
export function templateText(action: StoredAction, fileName: string): string | undefined {
  if (fileName === 'requesttemplate.vm') return action.config.request?.requestTemplate ?? '';
  if (fileName === 'successtemplate.vm') return action.config.response?.successTemplate ?? '';
  return undefined;
}

/** The schema behind `inputschema.json` / `successschema.json`, or undefined. */
export function schemaDocument(action: StoredAction, fileName: string): Models.JsonSchemaDocument | undefined {
  if (fileName === 'inputschema.json') return action.contract.input.inputSchema;
  if (fileName === 'successschema.json') return action.contract.output.successSchema;
  return undefined;
}
