/**
 * A Genesys UI "Export" of a custom data action (`<Name>.custom.json`,
 * docs/reference/genesys-next.md §3) → the definition of a DataAction
 * manifest. The export is the API's action body without ids: `name` (with a
 * ` - Exported YYYY-MM-DD @ HH:MM` suffix), `integrationType`, `actionType`,
 * `config`, `contract`, `secure`; the API-ready form also carries `category`
 * and `integrationId`. Conversion keeps config, contract and secure as they
 * are and takes the integration from the user, as Genesys' own blueprint
 * scripts do. An export of another integration type is refused. Pure:
 * findings are by JSON path; the command locates them in the file.
 */
import { parseLambdaFunctionArn } from '../manifests/lambda-arn.js';
import type { PathSegment } from '../manifests/manifest-document.js';
import type { JsonObject } from '../model/json.js';
import type { ActionDefinition } from './data-action-document.js';

/** The integration type of AWS Lambda data actions (docs/reference/genesys-api.md §2). */
export const LAMBDA_INTEGRATION_TYPE = 'aws-lambda-data-actions';

/** A problem with one export file, by JSON path. */
export interface ExportFileFinding {
  severity: 'error' | 'warning';
  message: string;
  path: PathSegment[];
}

export interface ConversionOptions {
  /** Name of the Integration manifest the actions belong to (`--integration`). */
  integration: string;
  /** Lambda function ARN for every imported action (`--function`), replacing the export's requestUrlTemplate. */
  functionArn?: string;
}

export type ConversionResult =
  { ok: true; definition: ActionDefinition; findings: ExportFileFinding[] } | { ok: false; findings: ExportFileFinding[] };

/** The suffix the UI appends to an exported action's name. */
const EXPORTED_SUFFIX = / - Exported \d{4}-\d{2}-\d{2} @ \d{1,2}:\d{2}$/;

/** The action's name without the UI's export suffix. */
export function exportedActionName(name: string): string {
  return name.replace(EXPORTED_SUFFIX, '').trim();
}

/** Converts one parsed export file. */
export function convertUiExport(value: unknown, options: ConversionOptions): ConversionResult {
  const reader = new ExportReader(value);
  if (!reader.isObject([])) return refuse([], 'not a Genesys data-action export: the file must hold one JSON object');
  const integrationType = reader.string(['integrationType']);
  if (integrationType === undefined)
    return refuse([], 'not a Genesys data-action export: it has no "integrationType" (the UI writes one into every export)');
  if (integrationType !== LAMBDA_INTEGRATION_TYPE) {
    return refuse(
      ['integrationType'],
      `this is an export of a "${integrationType}" data action; only "${LAMBDA_INTEGRATION_TYPE}" (AWS Lambda) exports can be imported, so nothing is written for it`,
    );
  }
  const actionType = reader.string(['actionType']);
  if (actionType !== undefined && actionType !== 'custom')
    reader.error(['actionType'], `actionType "${actionType}": only custom actions can be imported`);
  const definition = readDefinition(reader, options);
  return definition === undefined || reader.hasErrors()
    ? { ok: false, findings: reader.findings }
    : { ok: true, definition, findings: reader.findings };
}

function readDefinition(reader: ExportReader, options: ConversionOptions): ActionDefinition | undefined {
  const rawName = reader.requiredString(['name']);
  const name = rawName === undefined ? undefined : exportedActionName(rawName);
  if (rawName !== undefined && name === '') reader.error(['name'], 'the action name is empty once the " - Exported …" suffix is removed');
  const input = reader.requiredObject(['contract', 'input', 'inputSchema']);
  const output = reader.requiredObject(['contract', 'output', 'successSchema']);
  const functionArn = readFunction(reader, options);
  const requestType = reader.string(['config', 'request', 'requestType']);
  if (requestType !== undefined && requestType !== 'POST')
    reader.warning(
      ['config', 'request', 'requestType'],
      `requestType ${requestType}: AWS Lambda data actions are invoked with POST, which the manifest always sends`,
    );
  const timeout = reader.value(['config', 'timeoutSeconds']);
  if (timeout !== undefined && !Number.isInteger(timeout))
    reader.error(['config', 'timeoutSeconds'], 'timeoutSeconds must be a whole number of seconds');
  const secure = reader.value(['secure']);
  if (secure !== undefined && typeof secure !== 'boolean') reader.error(['secure'], 'secure must be true or false');
  const definition = {
    category: reader.string(['category']),
    timeoutSeconds: typeof timeout === 'number' ? timeout : undefined,
    secure: secure === true,
    request: {
      template: reader.string(['config', 'request', 'requestTemplate']),
      headers: reader.stringMap(['config', 'request', 'headers']),
    },
    response: {
      translationMap: reader.stringMap(['config', 'response', 'translationMap']),
      translationMapDefaults: reader.stringMap(['config', 'response', 'translationMapDefaults']),
      successTemplate: reader.string(['config', 'response', 'successTemplate']),
    },
  };
  if (name === undefined || name === '' || input === undefined || output === undefined || functionArn === undefined) return undefined;
  return { name, integration: options.integration, functionArn, contract: { input, output }, ...definition };
}

/** The function ARN: `--function` when given, else the export's requestUrlTemplate, kept verbatim (placeholders included). */
function readFunction(reader: ExportReader, options: ConversionOptions): string | undefined {
  const path = ['config', 'request', 'requestUrlTemplate'];
  if (options.functionArn !== undefined) return options.functionArn;
  const arn = reader.requiredString(path);
  if (arn === undefined) return undefined;
  const parsed = parseLambdaFunctionArn(arn);
  if (!parsed.ok) {
    reader.warning(
      path,
      `requestUrlTemplate "${arn}" is not a Lambda function ARN (${parsed.reason}); it is kept as it is, so validate reports it until it is replaced: pass --function ARN to set it`,
    );
  }
  return arn;
}

function refuse(path: PathSegment[], message: string): ConversionResult {
  return { ok: false, findings: [{ severity: 'error', message, path }] };
}

/** Typed reads of the export, recording a finding for each member of the wrong type. */
class ExportReader {
  readonly findings: ExportFileFinding[] = [];

  constructor(private readonly root: unknown) {}

  value(path: readonly PathSegment[]): unknown {
    let node: unknown = this.root;
    for (const segment of path) {
      if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, segment)) return undefined;
      node = (node as Record<string, unknown>)[String(segment)];
    }
    return node;
  }

  isObject(path: readonly PathSegment[]): boolean {
    const node = this.value(path);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  }

  string(path: readonly PathSegment[]): string | undefined {
    const node = this.value(path);
    if (node === undefined || typeof node === 'string') return node;
    this.error(path, `${path.join('.')} must be text`);
    return undefined;
  }

  requiredString(path: readonly PathSegment[]): string | undefined {
    if (this.value(path) === undefined) this.error(path, `${path.join('.')} is missing`);
    return this.string(path);
  }

  requiredObject(path: readonly PathSegment[]): JsonObject | undefined {
    if (this.isObject(path)) return this.value(path) as JsonObject;
    this.error(path, `${path.join('.')} ${this.value(path) === undefined ? 'is missing' : 'must be a JSON object'}`);
    return undefined;
  }

  /** A map of strings (headers, translation maps); `{}` when absent. */
  stringMap(path: readonly PathSegment[]): Record<string, string> {
    const node = this.value(path);
    if (node === undefined) return {};
    if (!this.isObject(path)) {
      this.error(path, `${path.join('.')} must be a JSON object`);
      return {};
    }
    const map: Record<string, string> = {};
    for (const [key, member] of Object.entries(node as Record<string, unknown>)) {
      if (typeof member === 'string') map[key] = member;
      else this.error([...path, key], `${[...path, key].join('.')} must be text`);
    }
    return map;
  }

  error(path: readonly PathSegment[], message: string): void {
    this.findings.push({ severity: 'error', message, path: [...path] });
  }

  warning(path: readonly PathSegment[], message: string): void {
    this.findings.push({ severity: 'warning', message, path: [...path] });
  }

  hasErrors(): boolean {
    return this.findings.some((finding) => finding.severity === 'error');
  }
}
