/**
 * Links from a plan to the manifest line that declares a resource:
 * `https://github.com/owner/repo/blob/<sha>/<path>#L<line>`, for the commit
 * the run read. Pure: the shell knows the repository and commit.
 */
export interface SourceLocation {
  file: string;
  line: number;
}

/** Makes a link for a manifest location, or none (a path outside the repository cannot be linked). */
export type SourceLinker = (source: SourceLocation) => string | undefined;

/** Each segment percent-encoded, parentheses too, so the URL cannot close the Markdown link around it. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * Links into `repositoryUrl` at `sha`. `file` is relative to the checkout (the
 * working directory of the run); an absolute path or one that leaves the
 * checkout gets no link.
 */
export function blobLinker(repositoryUrl: string, sha: string): SourceLinker {
  return ({ file, line }) => {
    const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (path.startsWith('/') || path.split('/').includes('..') || /^[A-Za-z]:/.test(path)) return undefined;
    return `${repositoryUrl}/blob/${encodeURIComponent(sha)}/${encodePath(path)}#L${line}`;
  };
}
