/**
 * The manifest loader: files → diagnostics and, for one Environment, the
 * DesiredState. Pure (no fs, network or clock). Staged, like a compiler:
 *
 *   1. bytes: size, binary, UTF-8          (file-decoding)
 *   2. syntax: YAML/JSON, hostile shapes  (yaml-parsing)
 *   3. apiVersion, kind, JSON Schema       (schema-validation)
 *   4. rules that hold in every Environment (global-rules)
 *   5. per Environment: variables, names, references, contracts, templates,
 *      tests, IAM lint, DesiredState      (environment-evaluation)
 *
 * A document that fails a stage is left out of the later ones, and every
 * other document goes on through all of them: one run reports every finding.
 * Checks across documents skip what an unloaded document might declare
 * (unloaded-resources.ts), so a broken file adds no follow-on noise. When no
 * Environment can be evaluated, the contract and template checks still run
 * (environment-free-checks.ts). All findings are collected (capped), in a
 * deterministic order.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DesiredState } from '../model/desired-state.js';
import { DIAGNOSTIC_CODES, isSuppressibleCode } from './diagnostic-codes.js';
import { capDiagnostics, DEFAULT_MAX_DIAGNOSTICS } from './diagnostic-list.js';
import { locateFinding } from './document-finding.js';
import { checkWithoutEnvironment } from './environment-free-checks.js';
import { evaluateEnvironment, type EnvironmentEvaluation } from './environment-evaluation.js';
import { decodeManifestFile } from './file-decoding.js';
import { checkGlobalRules } from './global-rules.js';
import type { ManifestDocument } from './manifest-document.js';
import { comparePaths, type ManifestFile } from './manifest-file.js';
import type { ValidManifest, ValidManifestOf } from './manifest-kinds.js';
import { checkManifestSchema } from './schema-validation.js';
import { identityOf, unloadedResources, type UnloadedIdentity, type UnloadedResources } from './unloaded-resources.js';
import { runStepwise, type Stepwise } from './stepwise.js';
import { parseManifestTextInSteps } from './yaml-parsing.js';

/** How to load. */
export interface LoadManifestsOptions {
  /** The Environment to produce a DesiredState for (`--environment`). */
  environment?: string;
  /**
   * When several Environments exist and none is named: false (validate)
   * checks every Environment; true (plan, apply) reports GLG-ENVIRONMENT-REQUIRED.
   */
  requireEnvironment?: boolean;
  /** Path shown for folder-level findings (no manifests at all). Default `.`. */
  manifestsFolder?: string;
  /** Cap on reported findings. Default {@link DEFAULT_MAX_DIAGNOSTICS}. */
  maxDiagnostics?: number;
}

/** What the loader found. */
export interface LoadManifestsResult {
  /** Every finding, sorted by file, line, column, code; capped. */
  diagnostics: Diagnostic[];
  /**
   * The desired state of the selected Environment (named, or the only one),
   * present only when there is no error anywhere.
   */
  desired?: DesiredState;
  /** Names of the declared Environments, sorted. */
  environments: string[];
  /** Findings left out by the cap (a GLG-TOO-MANY-FINDINGS warning says so too). */
  droppedCount: number;
}

/** Loads and validates manifests. See the module comment for the stages. */
export function loadManifests(files: readonly ManifestFile[], options: LoadManifestsOptions = {}): LoadManifestsResult {
  return runStepwise(loadManifestsInSteps(files, options));
}

/**
 * {@link loadManifests} in steps (stepwise.ts): it yields after each YAML
 * document, each schema check and each Environment, so a shell can let the
 * answers of requests already in flight in while a large folder loads.
 */
export function* loadManifestsInSteps(files: readonly ManifestFile[], options: LoadManifestsOptions = {}): Stepwise<LoadManifestsResult> {
  const max = options.maxDiagnostics ?? DEFAULT_MAX_DIAGNOSTICS;
  const done = (diagnostics: Diagnostic[], environments: string[], desired?: DesiredState): LoadManifestsResult => {
    const capped = capDiagnostics(diagnostics, max);
    const result: LoadManifestsResult = { diagnostics: capped.diagnostics, environments, droppedCount: capped.droppedCount };
    if (desired && !capped.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) result.desired = desired;
    return result;
  };
  if (files.length === 0) {
    return done(
      [
        folderDiagnostic(
          options.manifestsFolder ?? '.',
          'GLG-NO-MANIFESTS',
          'no manifests found: the folder holds no .yaml, .yml or .json file',
        ),
      ],
      [],
    );
  }

  const diagnostics: Diagnostic[] = [];
  const documents: ManifestDocument[] = [];
  const unloaded: UnloadedIdentity[] = [];
  for (const file of [...files].sort((a, b) => comparePaths(a.path, b.path))) {
    const decoded = decodeManifestFile(file);
    if (!decoded.ok) {
      diagnostics.push(decoded.diagnostic);
      unloaded.push({});
      continue;
    }
    const parsed = yield* parseManifestTextInSteps(file.path, decoded.text);
    diagnostics.push(...parsed.diagnostics);
    documents.push(...parsed.documents);
    unloaded.push(...parsed.unloaded);
  }

  const manifests: ValidManifest[] = [];
  for (const document of documents) {
    yield;
    const check = checkManifestSchema(document);
    if (check.valid) manifests.push(check.valid);
    else unloaded.push(identityOf(document.value));
    for (const finding of check.findings) diagnostics.push(locateFinding(document, finding));
  }
  const notLoaded = unloadedResources(unloaded);

  yield;
  for (const [manifest, findings] of checkGlobalRules(manifests, notLoaded)) {
    for (const finding of findings) diagnostics.push(locateFinding(manifest.document, finding));
  }

  const environments = manifests.filter((manifest): manifest is ValidManifestOf<'Environment'> => manifest.kind === 'Environment');
  const environmentNames = [...new Set(environments.map((environment) => environment.manifest.metadata.name))].sort();
  const selection = selectEnvironments(environments, environmentNames, notLoaded, options, files);
  diagnostics.push(...selection.diagnostics);

  const usedSuppressions = new Map<ValidManifest, Set<number>>();
  const perEnvironment: (EnvironmentEvaluation & { name: string })[] = [];
  for (const environment of selection.selected) {
    yield;
    perEnvironment.push({
      name: environment.manifest.metadata.name,
      ...evaluateEnvironment(environment, manifests, usedSuppressions, notLoaded),
    });
  }
  yield;
  diagnostics.push(...mergeEnvironmentDiagnostics(perEnvironment));
  if (selection.selected.length === 0) diagnostics.push(...checkWithoutEnvironment(manifests));
  diagnostics.push(...unusedSuppressions(manifests, usedSuppressions, selection.selected.length > 0));

  const desired = selection.selected.length === 1 ? perEnvironment[0]?.desired : undefined;
  return done(diagnostics, environmentNames, desired);
}

interface EnvironmentSelection {
  selected: ValidManifestOf<'Environment'>[];
  diagnostics: Diagnostic[];
}

function selectEnvironments(
  environments: ValidManifestOf<'Environment'>[],
  names: string[],
  notLoaded: UnloadedResources,
  options: LoadManifestsOptions,
  files: readonly ManifestFile[],
): EnvironmentSelection {
  const firstFile = [...files].map((file) => file.path).sort(comparePaths)[0] ?? '.';
  const anchor = environments[0];
  const at = (code: 'GLG-NO-ENVIRONMENT' | 'GLG-UNKNOWN-ENVIRONMENT' | 'GLG-ENVIRONMENT-REQUIRED', message: string): Diagnostic =>
    anchor ? locateFinding(anchor.document, { code, message, path: ['metadata', 'name'] }) : folderDiagnostic(firstFile, code, message);
  if (options.environment !== undefined) {
    const selected = environments.filter((environment) => environment.manifest.metadata.name === options.environment);
    if (selected.length > 0) return { selected: selected.slice(0, 1), diagnostics: [] };
    // An Environment that failed to load already has an error; do not add a second one.
    if (notLoaded.mayDeclare('Environment', options.environment)) return { selected: [], diagnostics: [] };
    return {
      selected: [],
      diagnostics: [
        at(
          'GLG-UNKNOWN-ENVIRONMENT',
          `environment "${options.environment}" is not declared${names.length > 0 ? `; declared: ${names.join(', ')}` : ''}`,
        ),
      ],
    };
  }
  if (environments.length === 0) {
    if (notLoaded.mayHold('Environment')) return { selected: [], diagnostics: [] };
    return {
      selected: [],
      diagnostics: [
        at(
          'GLG-NO-ENVIRONMENT',
          'no Environment manifest is declared; add one (kind: Environment) naming the Genesys region and the AWS account',
        ),
      ],
    };
  }
  if (names.length > 1 && options.requireEnvironment) {
    return {
      selected: [],
      diagnostics: [
        at(
          'GLG-ENVIRONMENT-REQUIRED',
          `several environments are declared (${names.join(', ')}); choose one with --environment or the environment input`,
        ),
      ],
    };
  }
  // One Environment per name: duplicates were reported by the global rules.
  const seen = new Set<string>();
  return {
    selected: environments.filter(
      (environment) => !seen.has(environment.manifest.metadata.name) && seen.add(environment.manifest.metadata.name),
    ),
    diagnostics: [],
  };
}

/**
 * When several Environments are validated, a finding that appears in every
 * one is reported once; one that appears only in some says where.
 */
function mergeEnvironmentDiagnostics(results: readonly { name: string; diagnostics: Diagnostic[] }[]): Diagnostic[] {
  if (results.length <= 1) return results.flatMap((result) => result.diagnostics);
  const byKey = new Map<string, { diagnostic: Diagnostic; environments: string[] }>();
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      const key = `${diagnostic.file}\u0000${diagnostic.start.line}:${diagnostic.start.column}\u0000${diagnostic.code}\u0000${diagnostic.message}`;
      const entry = byKey.get(key);
      if (entry) {
        if (!entry.environments.includes(result.name)) entry.environments.push(result.name);
      } else byKey.set(key, { diagnostic, environments: [result.name] });
    }
  }
  return [...byKey.values()].map(({ diagnostic, environments }) =>
    environments.length === results.length
      ? diagnostic
      : { ...diagnostic, message: `${diagnostic.message} [environment${environments.length > 1 ? 's' : ''}: ${environments.join(', ')}]` },
  );
}

function unusedSuppressions(manifests: readonly ValidManifest[], used: Map<ValidManifest, Set<number>>, evaluated: boolean): Diagnostic[] {
  if (!evaluated) return [];
  const diagnostics: Diagnostic[] = [];
  for (const manifest of manifests) {
    if (manifest.kind !== 'Role' && manifest.kind !== 'DataAction') continue;
    const matched = used.get(manifest);
    // A manifest outside every evaluated Environment never had a chance to use its suppressions.
    if (!matched) continue;
    (manifest.manifest.spec.suppressions ?? []).forEach((suppression, index) => {
      if (matched.has(index) || !isSuppressibleCode(suppression.code)) return;
      diagnostics.push(
        locateFinding(manifest.document, {
          code: 'GLG-SUPPRESSION-UNUSED',
          message: `suppression of ${suppression.code} matched no finding; remove it`,
          path: ['spec', 'suppressions', index, 'code'],
        }),
      );
    });
  }
  return diagnostics;
}

function folderDiagnostic(
  file: string,
  code: 'GLG-NO-MANIFESTS' | 'GLG-NO-ENVIRONMENT' | 'GLG-UNKNOWN-ENVIRONMENT' | 'GLG-ENVIRONMENT-REQUIRED',
  message: string,
): Diagnostic {
  return { severity: DIAGNOSTIC_CODES[code].severity, code, message, file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
