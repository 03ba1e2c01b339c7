/**
 * The rules Genesys enforces on data-action contracts and Lambda action
 * config (reference §4, help ?p=141876 and ?p=141921), with Genesys-style
 * messages. Pure: returns the violations, the routes decide the status.
 */
import type { Models } from 'purecloud-platform-client-v2';

const SIMPLE_INPUT_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'null']);
const INPUT_NAME = /^[a-zA-Z][a-zA-Z0-9_-]*$/;
/** Genesys adds these to every input itself. */
export const RESERVED_INPUT_NAMES = ['orgId', 'integrationId', 'rawRequest'] as const;
const MAX_JSON_DEPTH = 50;
/**
 * ❓ Whether Genesys checks the ARN's shape, and whether qualified (alias or
 * version) ARNs are accepted, is unconfirmed (reference §4). The sandbox
 * requires a function ARN and accepts an optional qualifier, so a typo such
 * as a role ARN in requestUrlTemplate is caught offline.
 */
const LAMBDA_FUNCTION_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:(\$LATEST|[A-Za-z0-9_-]{1,128}))?$/;

const INPUT_PREFIX = 'Failed Validation of contract.input.inputSchema as a simple properties schema';
const OUTPUT_PREFIX = 'Failed Validation of contract.output.successSchema';

type SchemaNode = Record<string, unknown>;

function isObject(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (isObject(value)) return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

function containsRef(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsRef);
  if (isObject(value)) return Object.entries(value).some(([key, member]) => key === '$ref' || containsRef(member));
  return false;
}

function typesOf(node: SchemaNode): string[] {
  const type = node.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string');
  return [];
}

function inputViolations(schema: unknown): string[] {
  if (!isObject(schema)) return [`${INPUT_PREFIX}: the schema is missing`];
  const violations: string[] = [];
  if (!typesOf(schema).includes('object')) violations.push(`${INPUT_PREFIX}: the top-level type must be object`);
  const properties = schema.properties ?? {};
  if (!isObject(properties)) return [...violations, `${INPUT_PREFIX}: properties must be an object`];
  for (const [name, property] of Object.entries(properties)) {
    if (!INPUT_NAME.test(name)) {
      violations.push(`${INPUT_PREFIX}: property name '${name}' must match ${INPUT_NAME.source}`);
    }
    if ((RESERVED_INPUT_NAMES as readonly string[]).includes(name)) {
      violations.push(`${INPUT_PREFIX}: property name '${name}' is reserved`);
    }
    const types = isObject(property) ? typesOf(property) : [];
    const bad = types.filter((type) => !SIMPLE_INPUT_TYPES.has(type));
    // ❓ Whether Genesys accepts a property with no type is unconfirmed: the sandbox accepts it (never
    // stricter than Genesys where the reference is silent); the tool's validate warns about it.
    if (!isObject(property) || bad.length > 0) {
      violations.push(
        `${INPUT_PREFIX}: property '${name}' has type '${bad.join(',') || 'none'}'; only string, integer, number, boolean and null are allowed`,
      );
    }
  }
  return violations;
}

function nestedArrayPaths(node: unknown, path: string, insideArray: boolean): string[] {
  if (!isObject(node)) return [];
  const found: string[] = [];
  const types = typesOf(node);
  if (types.includes('array')) {
    if (insideArray) found.push(path);
    found.push(...nestedArrayPaths(node.items, `${path}.items`, true));
  }
  if (isObject(node.properties)) {
    for (const [name, child] of Object.entries(node.properties)) {
      found.push(...nestedArrayPaths(child, `${path}.properties.${name}`, false));
    }
  }
  return found;
}

function outputViolations(schema: unknown): string[] {
  if (!isObject(schema)) return [`${OUTPUT_PREFIX}: the schema is missing`];
  const violations: string[] = [];
  if (!typesOf(schema).includes('object')) violations.push(`${OUTPUT_PREFIX}: the top-level item in the schema can only be an object`);
  for (const path of nestedArrayPaths(schema, 'successSchema', false)) {
    violations.push(`${OUTPUT_PREFIX}: nested arrays are not supported (${path})`);
  }
  return violations;
}

/** Every violation of Genesys' contract rules, or an empty list. */
export function contractViolations(contract: Models.ActionContractInput | undefined): string[] {
  if (!contract) return ['contract is required'];
  const violations = [...inputViolations(contract.input?.inputSchema), ...outputViolations(contract.output?.successSchema)];
  if (containsRef(contract)) violations.push('Failed Validation of contract: $ref is not supported');
  if (depthOf(contract) > MAX_JSON_DEPTH) violations.push(`Failed Validation of contract: JSON depth exceeds ${MAX_JSON_DEPTH}`);
  return violations;
}

/** Violations of the action config rules for an AWS Lambda data action. */
export function lambdaConfigViolations(config: Models.ActionConfig | undefined): string[] {
  const violations: string[] = [];
  const timeout = config?.timeoutSeconds;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 1 || timeout > 60)) {
    violations.push(`config.timeoutSeconds must be an integer between 1 and 60, got ${String(timeout)}`);
  }
  const arn = config?.request?.requestUrlTemplate;
  if (arn === undefined || arn === '') {
    violations.push('config.request.requestUrlTemplate is required: the AWS Lambda function ARN');
  } else if (!LAMBDA_FUNCTION_ARN.test(arn)) {
    violations.push(`config.request.requestUrlTemplate '${arn}' is not an AWS Lambda function ARN`);
  }
  // ❓ Whether methods other than POST are rejected is unconfirmed; every
  // Genesys-authored Lambda action uses POST (reference §4), so insist on it.
  const method = config?.request?.requestType;
  if (method !== undefined && method !== 'POST') {
    violations.push(`config.request.requestType must be POST for an AWS Lambda data action, got ${method}`);
  }
  return violations;
}
