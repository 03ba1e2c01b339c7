/**
 * The drift baseline: the manifests as they were last applied, loaded with
 * the same loader for the same environment. With it the planner reports
 * every live field that differs from what the last apply set (a timeout
 * edited in the Genesys UI) as drift, while the pull request's own changes
 * are not. The action takes them from the pull request's base commit, the
 * CLI from a folder (`plan --baseline DIR`).
 *
 * A baseline only adds drift notes, so a missing or broken one never stops a
 * plan: the outcome says why there is none, and the plan falls back to the
 * planner's heuristics.
 *
 * A base that declares nothing for the environment (no manifests yet: the
 * first pull request after `export`, or an environment the pull request
 * adds) is a baseline too, an empty one: nothing was owned before, so every
 * live resource the pull request declares is adopted rather than updated.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { CommittedFile } from '../github/repository-files.js';
import { loadManifests, MAX_MANIFEST_FILE_BYTES, selectManifestFiles, type ManifestFile } from '../manifests/index.js';
import type { DesiredEnvironment, DesiredState } from '../model/desired-state.js';
import { isSkippedEntry } from './manifest-folder.js';
import { validateManifests } from './validate.js';

export type BaselineOutcome =
  | { desired: DesiredState; message: string }
  /** `reason` says why there is none; `message` says what that means for the plan. */
  | { desired: undefined; reason: string; message: string };

function unavailable(reason: string): BaselineOutcome {
  return {
    desired: undefined,
    reason,
    message: `No drift baseline: ${reason}; drift is reported only where live values are ones this tool never sets.`,
  };
}

function loaded(desired: DesiredState, source: string): BaselineOutcome {
  return { desired, message: `Drift baseline: the manifests at ${source}; live values that differ from them are reported as drift.` };
}

/** The baseline of a base that declares nothing for the environment, or, without the environment to build it for, none. */
function nothingDeclared(environment: DesiredEnvironment | undefined, source: string, reason: string): BaselineOutcome {
  if (environment === undefined) return unavailable(reason);
  return {
    desired: { environment, roles: [], integrations: [], dataActions: [] },
    message: `Drift baseline: ${source} declares nothing for environment ${environment.name}, so every live resource the manifests declare is adopted.`,
  };
}

/**
 * The manifests folder as a path from the repository root (`''` for the root
 * itself), or undefined when it lies outside the repository.
 */
export function folderInRepository(options: { workspace: string; cwd: string; manifests: string }): string | undefined {
  const path = relative(resolve(options.workspace), resolve(options.cwd, options.manifests));
  if (path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

/** The manifest files under `folder` among a commit's files, chosen as the folder reader chooses them on disk. */
function manifestFilesUnder(files: readonly CommittedFile[], folder: string): CommittedFile[] {
  const prefix = folder === '' ? '' : `${folder}/`;
  const inFolder = files.filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).split('/').some(isSkippedEntry));
  const byPath = new Map(inFolder.map((file) => [file.path, file]));
  return selectManifestFiles([...byPath.keys()]).flatMap((path) => byPath.get(path) ?? []);
}

/** Loads the baseline from a commit's files (`source` names the commit in messages). */
export async function loadCommittedBaseline(
  files: readonly CommittedFile[],
  options: { folder: string; environment: string; source: string; declaredEnvironment?: DesiredEnvironment },
): Promise<BaselineOutcome> {
  const candidates = manifestFilesUnder(files, options.folder);
  if (candidates.length === 0)
    return nothingDeclared(
      options.declaredEnvironment,
      options.source,
      `${options.source} has no manifests in ${options.folder || 'the repository root'}`,
    );
  const tooLarge = candidates.find((file) => file.size > MAX_MANIFEST_FILE_BYTES);
  if (tooLarge !== undefined) return unavailable(`${tooLarge.path} at ${options.source} is larger than ${MAX_MANIFEST_FILE_BYTES} bytes`);
  const manifests: ManifestFile[] = [];
  for (const file of candidates) manifests.push({ path: file.path, bytes: await file.read() });
  const result = loadManifests(manifests, {
    manifestsFolder: options.folder || '.',
    requireEnvironment: true,
    environment: options.environment,
  });
  if (result.desired === undefined) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const reason = `the manifests at ${options.source} do not load for environment ${options.environment} (${errors.length} error(s))`;
    if (declaresOtherEnvironmentsOnly(errors.map((error) => error.code)))
      return nothingDeclared(options.declaredEnvironment, options.source, reason);
    return unavailable(reason);
  }
  return loaded(result.desired, options.source);
}

/** The only error is that the environment is not declared there (the pull request adds it). */
function declaresOtherEnvironmentsOnly(errorCodes: readonly string[]): boolean {
  return errorCodes.length === 1 && errorCodes[0] === 'GLG-UNKNOWN-ENVIRONMENT';
}

/** Loads the baseline from a folder on disk (`plan --baseline DIR`). */
export async function loadFolderBaseline(options: {
  folder: string;
  environment: string;
  cwd: string;
  declaredEnvironment?: DesiredEnvironment;
}): Promise<BaselineOutcome> {
  const outcome = await validateManifests({
    manifestsDir: options.folder,
    environment: options.environment,
    requireEnvironment: true,
    cwd: options.cwd,
  });
  if (outcome.desired === undefined) {
    const reason = `the manifests in ${options.folder} do not load for environment ${options.environment} (${outcome.errorCount} error(s))`;
    const codes = outcome.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.code);
    if ((codes.length === 1 && codes[0] === 'GLG-NO-MANIFESTS') || declaresOtherEnvironmentsOnly(codes))
      return nothingDeclared(options.declaredEnvironment, options.folder, reason);
    return unavailable(reason);
  }
  return loaded(outcome.desired, options.folder);
}

/**
 * The baseline of a pull request: the manifests at its base commit, listed
 * and read with `listFiles` (undefined without a github-token). Never
 * throws: whatever goes wrong is the reason there is no baseline.
 */
export async function loadPullRequestBaseline(
  listFiles: ((commit: string, folder: string) => Promise<CommittedFile[]>) | undefined,
  options: {
    baseSha: string;
    workspace: string;
    cwd: string;
    manifests: string;
    environment: string;
    /** The environment as the pull request declares it: what an empty baseline is built for. */
    declaredEnvironment?: DesiredEnvironment;
  },
): Promise<BaselineOutcome> {
  const source = `the pull request's base ${options.baseSha.slice(0, 7)}`;
  if (listFiles === undefined) return unavailable(`no github-token to read ${source} with`);
  const folder = folderInRepository(options);
  if (folder === undefined) return unavailable(`the manifests folder ${options.manifests} is outside the repository`);
  try {
    return await loadCommittedBaseline(await listFiles(options.baseSha, folder), {
      folder,
      environment: options.environment,
      source,
      ...(options.declaredEnvironment === undefined ? {} : { declaredEnvironment: options.declaredEnvironment }),
    });
  } catch (error) {
    return unavailable(`${source} could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
