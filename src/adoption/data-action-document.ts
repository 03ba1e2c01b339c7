/**
 * A DataAction manifest from what Genesys holds for an action (a UI export
 * file, or a live action read by `export`): every value written as Genesys
 * has it, templates byte for byte, and what equals the manifest default left
 * out so the file reads like one a person wrote. It ends with an empty
 * `tests:` list and a comment saying how to add a smoke test. Pure.
 */
import { DEFAULT_REQUEST_TEMPLATE, DEFAULT_SUCCESS_TEMPLATE, DEFAULT_TIMEOUT_SECONDS } from '../manifests/desired-state-builder.js';
import { API_VERSION } from '../manifests/manifest-kinds.js';
import type { JsonObject } from '../model/json.js';
import type { KeyComment } from './manifest-yaml.js';

/** One action as Genesys holds it. */
export interface ActionDefinition {
  name: string;
  /** Name of the Integration manifest it belongs to. */
  integration: string;
  /** undefined: Genesys' default, the integration name. */
  category: string | undefined;
  functionArn: string;
  /** undefined: Genesys' default (60). */
  timeoutSeconds: number | undefined;
  secure: boolean;
  contract: { input: JsonObject; output: JsonObject };
  request: { template: string | undefined; headers: Record<string, string> };
  response: {
    translationMap: Record<string, string>;
    translationMapDefaults: Record<string, string>;
    successTemplate: string | undefined;
  };
}

/** The manifest and the comment on its `tests:` key. */
export interface DataActionDocument {
  value: Record<string, unknown>;
  keyComments: KeyComment[];
}

export function dataActionDocument(action: ActionDefinition): DataActionDocument {
  const spec: Record<string, unknown> = { integration: action.integration };
  if (action.category !== undefined && action.category !== action.integration) spec['category'] = action.category;
  spec['function'] = action.functionArn;
  if (action.timeoutSeconds !== undefined && action.timeoutSeconds !== DEFAULT_TIMEOUT_SECONDS)
    spec['timeoutSeconds'] = action.timeoutSeconds;
  if (action.secure) spec['secure'] = true;
  spec['contract'] = { input: action.contract.input, output: action.contract.output };
  const request = compact({
    template: action.request.template === DEFAULT_REQUEST_TEMPLATE ? undefined : action.request.template,
    headers: nonEmpty(action.request.headers),
  });
  if (request) spec['request'] = request;
  const response = compact({
    translationMap: nonEmpty(action.response.translationMap),
    translationMapDefaults: nonEmpty(action.response.translationMapDefaults),
    successTemplate: action.response.successTemplate === DEFAULT_SUCCESS_TEMPLATE ? undefined : action.response.successTemplate,
  });
  if (response) spec['response'] = response;
  spec['tests'] = [];
  return {
    value: { apiVersion: API_VERSION, kind: 'DataAction', metadata: { name: action.name }, spec },
    keyComments: [{ path: ['spec', 'tests'], lines: testsStub(action) }],
  };
}

/** How to add a smoke test, with the action's own input names. */
function testsStub(action: ActionDefinition): string[] {
  const properties = action.contract.input['properties'];
  const names = properties !== null && typeof properties === 'object' && !Array.isArray(properties) ? Object.keys(properties) : [];
  const input =
    names.length === 0
      ? '{}'
      : `{ ${names.map((name) => `${/^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name)}: ""`).join(', ')} }`;
  return [
    'Smoke tests: after every apply each test runs the action with its input and',
    'checks the output (partially: keys not named in expect are not checked). Add one:',
    '  - name: a case that must keep working',
    `    input: ${input}`,
    '    expect: {}',
    'A credential in an input: "{{ secrets.NAME }}", set as GENESYS_TEST_SECRET_NAME at apply.',
  ];
}

function nonEmpty<T>(record: Record<string, T>): Record<string, T> | undefined {
  return Object.keys(record).length === 0 ? undefined : { ...record };
}

/** The object without its undefined members, or undefined when none is left. */
function compact(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
