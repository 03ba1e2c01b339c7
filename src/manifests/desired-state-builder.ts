/**
 * The last stage of the loader: validated, variable-resolved manifests →
 * DesiredState, with every default applied here and only here. The
 * defaults are documented in the schemas' descriptions.
 */
import type { GenesysRegion } from '../genesys/regions.js';
import type { PolicyDocument } from '../iam/policy-document.js';
import type {
  DesiredActionTest,
  DesiredDataAction,
  DesiredEnvironment,
  DesiredIntegration,
  DesiredRole,
  SourceRef,
} from '../model/desired-state.js';
import { secretNamesIn } from '../model/test-secrets.js';
import type { DataActionManifest } from '../generated/data-action-manifest.js';
import type { EnvironmentManifest } from '../generated/environment-manifest.js';
import type { IntegrationManifest } from '../generated/integration-manifest.js';
import type { RoleManifest } from '../generated/role-manifest.js';
import type { ActionTestManifest } from './action-test-rules.js';
import { DEFAULT_PERMISSION_POLICY_NAME } from './generated-policies.js';
import type { ValidManifest } from './manifest-kinds.js';

/** Default request template: the whole input object becomes the Lambda event. */
export const DEFAULT_REQUEST_TEMPLATE = '${input.rawRequest}';
/** Default success template: the Lambda result is the output. */
export const DEFAULT_SUCCESS_TEMPLATE = '${rawResult}';
/** Genesys' default action timeout. */
export const DEFAULT_TIMEOUT_SECONDS = 60;
/** Role defaults. */
export const DEFAULT_ROLE_PATH = '/';
export const DEFAULT_MAX_SESSION_DURATION_SECONDS = 3600;
/** Integration defaults. */
export const DEFAULT_INTEGRATION_NOTES = 'Managed by genesys-lambda-gitops';

/** The credential name used when an Integration does not set `credentialName`. */
export function defaultCredentialName(integrationName: string): string {
  return `${integrationName} role`;
}

/** A manifest with its name and spec after variable resolution. */
export type Resolved<T> = { manifest: ValidManifest; name: string; spec: T };

/** A role, with the policies already chosen (written out or generated). */
export function desiredRole(
  { manifest, name, spec }: Resolved<RoleManifest['spec']>,
  trustPolicy: PolicyDocument,
  permissionPolicy: PolicyDocument,
): DesiredRole {
  return {
    name,
    path: spec.path ?? DEFAULT_ROLE_PATH,
    description: spec.description ?? '',
    maxSessionDurationSeconds: spec.maxSessionDurationSeconds ?? DEFAULT_MAX_SESSION_DURATION_SECONDS,
    trustPolicy,
    trustPolicyGenerated: spec.trustPolicy === undefined,
    permissionPolicy,
    permissionPolicyGenerated: spec.permissionPolicy === undefined,
    permissionPolicyName: spec.permissionPolicyName ?? DEFAULT_PERMISSION_POLICY_NAME,
    tags: { ...(spec.tags ?? {}) },
    managedPolicyArns: [...(spec.managedPolicyArns ?? [])].sort(),
    source: sourceOf(manifest),
  };
}

export function desiredEnvironment(manifest: EnvironmentManifest, region: GenesysRegion): DesiredEnvironment {
  const aws: DesiredEnvironment['aws'] = { region: manifest.spec.aws.region };
  if (manifest.spec.aws.accountId !== undefined) aws.accountId = manifest.spec.aws.accountId;
  return {
    name: manifest.metadata.name,
    // The account is known here: an unknown one is an IAM lint error, and errors stop before this point.
    genesys: { region: region.awsRegion, domain: region.domain, awsAccountId: region.genesysAwsAccountId ?? '' },
    aws,
  };
}

export function desiredIntegration({ manifest, name, spec }: Resolved<IntegrationManifest['spec']>): DesiredIntegration {
  return {
    name,
    role: typeof spec.role === 'string' ? { kind: 'managed', roleName: spec.role } : { kind: 'external', roleArn: spec.role.arn },
    enabled: spec.enabled ?? true,
    notes: spec.notes ?? DEFAULT_INTEGRATION_NOTES,
    credentialName: spec.credentialName ?? defaultCredentialName(name),
    source: sourceOf(manifest),
  };
}

export function desiredDataAction({ manifest, name, spec }: Resolved<DataActionManifest['spec']>): DesiredDataAction {
  return {
    name,
    integrationName: spec.integration,
    category: spec.category ?? spec.integration,
    functionArn: spec.function,
    timeoutSeconds: spec.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    secure: spec.secure ?? false,
    contract: { input: spec.contract.input, output: spec.contract.output },
    request: { template: spec.request?.template ?? DEFAULT_REQUEST_TEMPLATE, headers: { ...(spec.request?.headers ?? {}) } },
    response: {
      translationMap: { ...(spec.response?.translationMap ?? {}) },
      translationMapDefaults: { ...(spec.response?.translationMapDefaults ?? {}) },
      successTemplate: spec.response?.successTemplate ?? DEFAULT_SUCCESS_TEMPLATE,
    },
    tests: ((spec.tests ?? []) as ActionTestManifest[]).map(desiredTest),
    source: sourceOf(manifest),
  };
}

function desiredTest(test: ActionTestManifest): DesiredActionTest {
  const secrets = [...new Set(Object.values(test.input).flatMap((value) => (typeof value === 'string' ? secretNamesIn(value) : [])))];
  return {
    name: test.name,
    input: test.input,
    expect: test.expect,
    execute: test.execute ?? false,
    ...(secrets.length > 0 ? { secrets: secrets.sort() } : {}),
  };
}

/** Where a manifest is declared: its `kind:` line. */
export function sourceOf(manifest: ValidManifest): SourceRef {
  const range = manifest.document.locate(['kind'], 'key');
  return { file: manifest.document.file, line: range.start.line, column: range.start.column };
}

export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
