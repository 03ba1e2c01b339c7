/** Links from the plan to the manifests of the commit this run read, when the runner says which repository and commit. */
import type { RunContext } from '../run-context.js';
import { blobLinker, type SourceLinker } from '../render/source-link.js';

export function sourceLinksOf(context: Pick<RunContext, 'repositoryUrl' | 'sourceSha'>): { sourceLink?: SourceLinker } {
  if (context.repositoryUrl === undefined || context.sourceSha === undefined) return {};
  return { sourceLink: blobLinker(context.repositoryUrl, context.sourceSha) };
}
