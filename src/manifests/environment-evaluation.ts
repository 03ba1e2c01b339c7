/**
 * Everything that depends on the Environment: variables, references (a
 * resource may be limited to some Environments), Lambda ARNs, contracts,
 * templates, tests, the IAM lint and, when nothing is wrong, the
 * DesiredState. The loader runs this once per Environment it validates.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { describeValidRegions, findGenesysRegion, type GenesysRegion } from '../genesys/regions.js';
import type { InvokedFunction } from '../iam/lint/lint-finding.js';
import { lintManagedPolicies } from '../iam/lint/managed-policy-lint.js';
import { lintRole } from '../iam/lint/role-lint.js';
import type { PolicyDocument } from '../iam/policy-document.js';
import type { DesiredRole, DesiredState } from '../model/desired-state.js';
import type { DataActionManifest } from '../generated/data-action-manifest.js';
import type { IntegrationManifest } from '../generated/integration-manifest.js';
import type { RoleManifest } from '../generated/role-manifest.js';
import { checkDataActionContent } from './data-action-content.js';
import { registeredCode } from './diagnostic-codes.js';
import { locateFinding, type DocumentFinding } from './document-finding.js';
import { generatePermissionPolicy, generateTrustPolicy } from './generated-policies.js';
import { byName, desiredDataAction, desiredEnvironment, desiredIntegration, desiredRole } from './desired-state-builder.js';
import { parseLambdaFunctionArn, ROLE_ARN, type LambdaFunctionArn } from './lambda-arn.js';
import type { PathSegment } from './manifest-document.js';
import type { ValidManifest, ValidManifestOf } from './manifest-kinds.js';
import { checkResolvedDuplicates, checkResolvedLength, resolveResourceName } from './resource-names.js';
import { applySuppressions } from './suppressions.js';
import type { UnloadedResources } from './unloaded-resources.js';
import { resolveString, resolveTree, type VariableScope } from './variables.js';

/** The outcome for one Environment. */
export interface EnvironmentEvaluation {
  diagnostics: Diagnostic[];
  /** Present when this Environment produced no error. */
  desired?: DesiredState;
}

/** Records a finding against the manifest it is about. */
type Report = (manifest: ValidManifest, finding: DocumentFinding) => void;

/** One resource of the Environment with its name and spec, variables resolved. */
interface ResolvedResource<Spec> {
  manifest: ValidManifest;
  /** `metadata.name` for this Environment. */
  name: string;
  spec: Spec;
}

/** The resources that apply to one Environment, and how to describe a reference to a missing one. */
interface EnvironmentResources {
  roles: ResolvedResource<RoleManifest['spec']>[];
  integrations: ResolvedResource<IntegrationManifest['spec']>[];
  actions: ResolvedResource<DataActionManifest['spec']>[];
  roleNames: ReadonlySet<string>;
  integrationNames: ReadonlySet<string>;
  /** `Kind/name` of the resources limited to other Environments. */
  excludedNames: ReadonlySet<string>;
}

/**
 * Evaluates one Environment. `usedSuppressions` collects which suppressions
 * matched (by manifest). `notLoaded` says what the documents that failed to
 * load may declare: references to it are not reported a second time.
 */
export function evaluateEnvironment(
  environment: ValidManifestOf<'Environment'>,
  manifests: readonly ValidManifest[],
  usedSuppressions: Map<ValidManifest, Set<number>>,
  notLoaded: UnloadedResources,
): EnvironmentEvaluation {
  const findings = new Map<ValidManifest, DocumentFinding[]>();
  const report: Report = (manifest, finding) => {
    const list = findings.get(manifest) ?? [];
    list.push(finding);
    findings.set(manifest, list);
  };
  const envSpec = environment.manifest.spec;

  // Messages never name the Environment: when several are validated, the loader
  // merges identical findings and appends the environments a finding is specific to.
  const region = findGenesysRegion(envSpec.genesys.region);
  if (!region) {
    report(environment, {
      code: 'GLG-GENESYS-REGION',
      message: `unknown Genesys region or domain "${envSpec.genesys.region}"; use one of ${describeValidRegions()}`,
      path: ['spec', 'genesys', 'region'],
    });
    return { diagnostics: finish(findings, usedSuppressions) };
  }

  const resources = resolveResources(environment, region, manifests, usedSuppressions, report);
  checkIntegrationRoles(resources, notLoaded, report);
  const parsedArns = checkDataActions(resources, region, envSpec.aws.accountId, notLoaded, report);
  const desiredRoles = lintRoles(resources, region, parsedArns, notLoaded, report);

  const diagnostics = finish(findings, usedSuppressions);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return { diagnostics };
  const desired: DesiredState = {
    environment: desiredEnvironment(environment.manifest, region),
    roles: desiredRoles.sort(byName),
    integrations: resources.integrations.map(desiredIntegration).sort(byName),
    dataActions: resources.actions.map(desiredDataAction).sort(byName),
  };
  return { diagnostics, desired };
}

/** The resources that apply to the Environment, with `{{ ... }}` variables resolved in their specs. */
function resolveResources(
  environment: ValidManifestOf<'Environment'>,
  region: GenesysRegion,
  manifests: readonly ValidManifest[],
  usedSuppressions: Map<ValidManifest, Set<number>>,
  report: Report,
): EnvironmentResources {
  const envName = environment.manifest.metadata.name;
  const scope = buildScope(environment, region, (finding) => report(environment, finding));
  const included = manifests.filter((manifest) => manifest.kind !== 'Environment' && appliesTo(manifest, envName));
  for (const manifest of included) if (!usedSuppressions.has(manifest)) usedSuppressions.set(manifest, new Set());
  const excludedNames = new Set(
    manifests
      .filter((manifest) => manifest.kind !== 'Environment' && !appliesTo(manifest, envName))
      .map((manifest) => `${manifest.kind}/${quietlyResolved(manifest.manifest.metadata.name, scope)}`),
  );

  const resolve = <T>(manifest: ValidManifest): ResolvedResource<T> => {
    const name = resolveResourceName(manifest, scope, report);
    return { manifest, name, spec: resolveSpec<T>(manifest, scope, report) };
  };
  const roles = included.filter((manifest) => manifest.kind === 'Role').map((manifest) => resolve<RoleManifest['spec']>(manifest));
  const integrations = included
    .filter((manifest) => manifest.kind === 'Integration')
    .map((manifest) => resolve<IntegrationManifest['spec']>(manifest));
  const actions = included
    .filter((manifest) => manifest.kind === 'DataAction')
    .map((manifest) => resolve<DataActionManifest['spec']>(manifest));
  checkResolvedDuplicates([...roles, ...integrations, ...actions], report);
  for (const { manifest, spec } of integrations) {
    const raw = manifest.kind === 'Integration' ? manifest.manifest.spec.credentialName : undefined;
    if (raw !== undefined && spec.credentialName !== undefined)
      checkResolvedLength(manifest, ['spec', 'credentialName'], raw, spec.credentialName, report);
  }
  for (const { manifest, spec } of actions) {
    const raw = manifest.kind === 'DataAction' ? manifest.manifest.spec.category : undefined;
    if (raw !== undefined && spec.category !== undefined) checkResolvedLength(manifest, ['spec', 'category'], raw, spec.category, report);
  }
  const nameOf = (resource: ResolvedResource<unknown>): string => resource.name;
  return {
    roles,
    integrations,
    actions,
    roleNames: new Set(roles.map(nameOf)),
    integrationNames: new Set(integrations.map(nameOf)),
    excludedNames,
  };
}

/** The manifest's spec with its variables resolved; `{{ secrets.* }}` is kept in test input values, for apply. */
function resolveSpec<T>(manifest: ValidManifest, scope: VariableScope, report: Report): T {
  const resolved = resolveTree(manifest.manifest.spec, ['spec'], scope, (path) => ({
    allowOrgId: manifest.kind === 'Role' && path[1] === 'trustPolicy',
    allowVars: true,
    allowSecrets: manifest.kind === 'DataAction' && path.length === 5 && path[1] === 'tests' && path[3] === 'input',
  }));
  for (const problem of resolved.problems) {
    report(manifest, {
      code: problem.code,
      message: problem.message,
      path: problem.path,
      within: { needle: problem.reference, columnOffset: 0 },
    });
  }
  return resolved.value as T;
}

/** A name resolved for messages only (its problems are reported where the manifest is evaluated). */
function quietlyResolved(name: string, scope: VariableScope): string {
  return name.includes('{{') ? resolveString(name, scope, { allowOrgId: false, allowVars: true }).value : name;
}

/** Why a reference to `kind` `name` does not resolve in this Environment. */
function missingReference(resources: EnvironmentResources, kind: 'Role' | 'Integration', name: string): string {
  if (resources.excludedNames.has(`${kind}/${name}`))
    return `${kind} "${name}" is limited to other environments (see its metadata.environments)`;
  return `no ${kind} named "${name}" is declared${describeKnown([...(kind === 'Role' ? resources.roleNames : resources.integrationNames)])}`;
}

/** Each Integration names a declared Role or a well-formed external role ARN. */
function checkIntegrationRoles(resources: EnvironmentResources, notLoaded: UnloadedResources, report: Report): void {
  for (const { manifest, spec } of resources.integrations) {
    if (typeof spec.role === 'string') {
      if (!resources.roleNames.has(spec.role) && !notLoaded.mayDeclare('Role', spec.role))
        report(manifest, {
          code: 'GLG-UNKNOWN-REFERENCE',
          message: missingReference(resources, 'Role', spec.role),
          path: ['spec', 'role'],
        });
    } else if (!ROLE_ARN.test(spec.role.arn)) {
      report(manifest, {
        code: 'GLG-ROLE-ARN',
        message: `"${spec.role.arn}" is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)`,
        path: ['spec', 'role', 'arn'],
      });
    }
  }
}

/** Each DataAction's references, function ARN and content; returns the ARNs that parsed. */
function checkDataActions(
  resources: EnvironmentResources,
  region: GenesysRegion,
  awsAccountId: string | undefined,
  notLoaded: UnloadedResources,
  report: Report,
): Map<ValidManifest, LambdaFunctionArn> {
  const parsedArns = new Map<ValidManifest, LambdaFunctionArn>();
  for (const { manifest, spec } of resources.actions) {
    if (!resources.integrationNames.has(spec.integration) && !notLoaded.mayDeclare('Integration', spec.integration))
      report(manifest, {
        code: 'GLG-UNKNOWN-REFERENCE',
        message: missingReference(resources, 'Integration', spec.integration),
        path: ['spec', 'integration'],
      });
    const parsed = spec.function.includes('{{') ? undefined : parseLambdaFunctionArn(spec.function);
    if (parsed && !parsed.ok)
      report(manifest, {
        code: 'GLG-FUNCTION-ARN',
        message: `function "${spec.function}" is not a Lambda function ARN: ${parsed.reason}`,
        path: ['spec', 'function'],
      });
    if (parsed?.ok) {
      parsedArns.set(manifest, parsed.arn);
      if (parsed.arn.region !== region.awsRegion) {
        report(manifest, {
          code: 'GLG-LAMBDA-REGION',
          message: `the function is in ${parsed.arn.region} but the Genesys org is in ${region.awsRegion}; cross-region invocation works but is slower and usually means a wrong ARN`,
          path: ['spec', 'function'],
        });
      }
      if (awsAccountId !== undefined && parsed.arn.accountId !== awsAccountId) {
        report(manifest, {
          code: 'GLG-LAMBDA-ACCOUNT',
          message: `the function is in account ${parsed.arn.accountId} but the role is in ${awsAccountId}; the function then needs a resource policy allowing the role`,
          path: ['spec', 'function'],
        });
      }
    }
    for (const finding of checkDataActionContent(spec, { tests: true })) report(manifest, finding);
  }
  return parsedArns;
}

/** Runs the IAM lint on every Role (as written, or as generated) and returns the desired roles. */
function lintRoles(
  resources: EnvironmentResources,
  region: GenesysRegion,
  parsedArns: ReadonlyMap<ValidManifest, LambdaFunctionArn>,
  notLoaded: UnloadedResources,
  report: Report,
): DesiredRole[] {
  const desiredRoles: DesiredRole[] = [];
  for (const role of resources.roles) {
    const { manifest, spec, name: roleName } = role;
    const users = resources.integrations.filter((integration) => integration.spec.role === roleName).map((integration) => integration.name);
    if (users.length === 0 && !notLoaded.mayHold('Integration'))
      report(manifest, { code: 'GLG-ROLE-UNUSED', message: `no Integration uses role "${roleName}"`, path: ['metadata', 'name'] });
    const invoked: InvokedFunction[] = resources.actions
      .filter((action) => users.includes(action.spec.integration) && parsedArns.has(action.manifest))
      .map((action) => ({ arn: action.spec.function, dataActionName: action.name }));
    const trustPolicy = spec.trustPolicy ? (spec.trustPolicy as PolicyDocument) : generateTrustPolicy(region.genesysAwsAccountId ?? '');
    const permissionPolicy = spec.permissionPolicy
      ? (spec.permissionPolicy as PolicyDocument)
      : generatePermissionPolicy(invoked.map((fn) => fn.arn));
    const lint = lintRole({
      trustPolicy,
      permissionPolicy,
      genesysAccountId: region.genesysAwsAccountId,
      genesysRegion: region.awsRegion,
      trustPolicyGenerated: spec.trustPolicy === undefined,
      invokedFunctions: invoked,
    });
    // A grant may be used by an action in a document that did not load: calling it unused would be follow-on noise.
    const findings = notLoaded.mayHold('DataAction') ? lint.filter((finding) => finding.code !== 'GLG-IAM-PERMISSION-UNUSED') : lint;
    for (const finding of findings) {
      const explicit = finding.policy === 'trust' ? spec.trustPolicy !== undefined : spec.permissionPolicy !== undefined;
      const documentPath: PathSegment[] = explicit
        ? ['spec', finding.policy === 'trust' ? 'trustPolicy' : 'permissionPolicy', ...finding.path]
        : [manifest.manifest.spec ? 'spec' : 'kind'];
      const generatedNote = explicit ? '' : ` (in the generated ${finding.policy} policy)`;
      report(manifest, {
        code: registeredCode(finding.code),
        message: `${finding.message}${generatedNote}`,
        path: documentPath,
        ...(!explicit || finding.atKey ? { target: 'key' as const } : {}),
      });
    }
    for (const { code, message, index } of lintManagedPolicies(role.spec.managedPolicyArns ?? []))
      report(manifest, { code, message, path: ['spec', 'managedPolicyArns', index] });
    desiredRoles.push(desiredRole(role, trustPolicy, permissionPolicy));
  }
  return desiredRoles;
}

function buildScope(
  environment: ValidManifestOf<'Environment'>,
  region: GenesysRegion,
  report: (finding: DocumentFinding) => void,
): VariableScope {
  const spec = environment.manifest.spec;
  const builtins: Record<string, string | undefined> = {
    'env.name': environment.manifest.metadata.name,
    'aws.accountId': spec.aws.accountId,
    'aws.region': spec.aws.region,
    'genesys.region': region.awsRegion,
  };
  const unsetReasons = { 'aws.accountId': 'the Environment does not set spec.aws.accountId' };
  const resolved = resolveTree(spec.vars ?? {}, ['spec', 'vars'], { vars: {}, builtins, unsetReasons }, () => ({
    allowOrgId: false,
    allowVars: false,
  }));
  for (const problem of resolved.problems)
    report({ code: problem.code, message: problem.message, path: problem.path, within: { needle: problem.reference, columnOffset: 0 } });
  return { vars: resolved.value as Record<string, string>, builtins, unsetReasons };
}

/** Applies each manifest's suppressions and locates what is left. */
function finish(findings: Map<ValidManifest, DocumentFinding[]>, usedSuppressions: Map<ValidManifest, Set<number>>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [manifest, list] of findings) {
    const suppressions = manifest.kind === 'Role' || manifest.kind === 'DataAction' ? manifest.manifest.spec.suppressions : undefined;
    const used = usedSuppressions.get(manifest) ?? new Set<number>();
    usedSuppressions.set(manifest, used);
    for (const finding of applySuppressions(list, suppressions, used)) diagnostics.push(locateFinding(manifest.document, finding));
  }
  return diagnostics;
}

/** True when the manifest is not limited to other Environments. */
export function appliesTo(manifest: ValidManifest, environmentName: string): boolean {
  if (manifest.kind === 'Environment') return true;
  const limited = manifest.manifest.metadata.environments;
  return limited === undefined || limited.includes(environmentName);
}

function describeKnown(names: string[]): string {
  return names.length === 0 ? '' : ` (declared: ${names.sort().join(', ')})`;
}
