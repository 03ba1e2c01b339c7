/**
 * A stateful stand-in for the few GitHub REST endpoints this tool uses, on
 * 127.0.0.1 and a free port, reached through Octokit's `baseUrl` or
 * `GITHUB_API_URL`. It keeps issues (listed by state and labels), comments,
 * labels, commit → pull request links and the files of seeded commits (served through the git data API:
 * trees, recursive or not, and base64 blobs) in memory, pages like GitHub
 * (`per_page`, `page`, `Link: rel="next"`), enforces the 65,536-character
 * comment limit and comment authorship, and records every request so tests
 * can count writes.
 *
 * Payloads are typed with GitHub's own OpenAPI types so that the fake cannot
 * drift into shapes GitHub never sends.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';

type IssueComment = components['schemas']['issue-comment'];
type Issue = components['schemas']['issue'];
type SimpleUser = components['schemas']['simple-user'];
type Label = components['schemas']['label'];
type GitTree = components['schemas']['git-tree'];
type GitTreeEntry = GitTree['tree'][number];
type GitBlob = components['schemas']['blob'];
/** The fields of `pull-request-simple` this tool reads, typed by GitHub's schema. */
export type FakePullRequest = Pick<
  components['schemas']['pull-request-simple'],
  'number' | 'state' | 'title' | 'merged_at' | 'merge_commit_sha' | 'html_url'
> & { base: { ref: string }; head: { ref: string; sha: string } };

/** A comment as stored: the issue it belongs to plus GitHub's payload. */
export interface StoredComment {
  owner: string;
  repo: string;
  issueNumber: number;
  payload: IssueComment;
}

/** An issue as stored: the repository it belongs to plus GitHub's payload. */
export interface StoredIssue {
  owner: string;
  repo: string;
  payload: Issue;
}

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  token: string | undefined;
}

export interface FakeGitHubState {
  /** Issues (not pull requests), in creation order. */
  issues: StoredIssue[];
  /** When true, creating, editing and commenting on issues answers 403 (a token without `issues: write`). */
  forbidIssueWrites: boolean;
  /** Number of the next issue; pull requests in tests use lower numbers. */
  nextIssueNumber: number;
  comments: StoredComment[];
  /** `owner/repo#number` → label names. */
  labels: Map<string, string[]>;
  /** `owner/repo@sha` → pull requests associated with the commit. */
  commitPulls: Map<string, FakePullRequest[]>;
  requests: RecordedRequest[];
  /** Accepted tokens and the login each acts as. */
  tokens: Map<string, string>;
  /** When true, label writes answer 403 (a token without `issues: write`). */
  forbidLabelWrites: boolean;
  /** `owner/repo@commit` → sha of the commit's root tree. */
  commitTrees: Map<string, string>;
  /** `owner/repo@tree-sha` → the tree's direct entries. */
  trees: Map<string, StoredTreeEntry[]>;
  /** `owner/repo@blob-sha` → content. */
  blobs: Map<string, Uint8Array>;
  /** When true, recursive tree listings answer `truncated: true` (GitHub's cap: 100,000 entries or 7 MB). */
  truncateTrees: boolean;
  nextId: number;
}

/** One entry of a stored tree: a file (blob) or a folder (tree). */
export interface StoredTreeEntry {
  name: string;
  type: 'blob' | 'tree';
  /** 100644 for files, 040000 for folders, 120000 for a symlink. */
  mode: string;
  sha: string;
  size?: number;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:<port>`, for Octokit's baseUrl or GITHUB_API_URL. */
  url: string;
  state: FakeGitHubState;
  /** Adds a comment as `login` directly to the state (no request recorded). */
  seedComment(input: { owner: string; repo: string; issueNumber: number; body: string; login: string }): StoredComment;
  /**
   * Stores the files of a commit (paths from the repository root, `/`-separated;
   * a value `{ symlink: target }` stores a symlink), served by the git data API.
   */
  seedCommit(input: { owner: string; repo: string; sha: string; files: Record<string, string | { symlink: string }> }): void;
  /** Comments on one issue, in creation order. */
  commentsOn(owner: string, repo: string, issueNumber: number): StoredComment[];
  /** Adds an issue as `login` directly to the state (no request recorded). */
  seedIssue(input: {
    owner: string;
    repo: string;
    title: string;
    body: string;
    login: string;
    labels?: string[];
    state?: 'open' | 'closed';
  }): StoredIssue;
  /** The issues of one repository, in creation order. */
  issuesIn(owner: string, repo: string): StoredIssue[];
  labelsOn(owner: string, repo: string, issueNumber: number): string[];
  close(): Promise<void>;
}

/** Token the fake accepts by default, acting as `github-actions[bot]`. */
export const FAKE_GITHUB_TOKEN = 'ghs_fake_token_for_tests';
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

const COMMENT_LIMIT = 65_536;

function simpleUser(login: string, id: number): SimpleUser {
  const url = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

function label(name: string, id: number): Label {
  return {
    id,
    node_id: `LA_${id}`,
    url: `https://api.github.com/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

/** A git object id as git computes it: sha1 of `<type> <length>\0<content>`. */
function gitObjectSha(type: 'blob' | 'tree', content: Uint8Array): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}

/** Git's tree object: `<mode> <name>\0<20-byte id>` per entry, folders sorted as if their name ended in `/`. */
function treeObject(entries: readonly StoredTreeEntry[]): Uint8Array {
  const sortKey = (entry: StoredTreeEntry) => (entry.type === 'tree' ? `${entry.name}/` : entry.name);
  const sorted = [...entries].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  return Buffer.concat(
    sorted.map((entry) => Buffer.concat([Buffer.from(`${entry.mode.replace(/^0/, '')} ${entry.name}\0`), Buffer.from(entry.sha, 'hex')])),
  );
}

/** A folder being seeded: file contents and subfolders by name. */
interface SeedFolder {
  files: Map<string, { bytes: Uint8Array; mode: string }>;
  folders: Map<string, SeedFolder>;
}

function seedFolderOf(files: Record<string, string | { symlink: string }>): SeedFolder {
  const root: SeedFolder = { files: new Map(), folders: new Map() };
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    let folder = root;
    for (const part of parts) {
      const next = folder.folders.get(part) ?? { files: new Map(), folders: new Map() };
      folder.folders.set(part, next);
      folder = next;
    }
    const file =
      typeof content === 'string'
        ? { bytes: Buffer.from(content, 'utf8'), mode: '100644' }
        : { bytes: Buffer.from(content.symlink, 'utf8'), mode: '120000' };
    folder.files.set(name, file);
  }
  return root;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text =
    body === undefined ? '' : JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value));
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(text);
}

/** One parsed request, as every route sees it. */
interface Exchange {
  method: string;
  url: URL;
  /** The path's decoded segments: `repos`, owner, repo, … */
  segments: string[];
  body: unknown;
  /** Who the token acts as. */
  login: string;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The fake's state and the payload builders the routes share. */
interface FakeCore {
  state: FakeGitHubState;
  baseUrl: () => string;
  makeComment(owner: string, repo: string, issueNumber: number, body: string, login: string): StoredComment;
  makeIssue(owner: string, repo: string, fields: { title: string; body: string; labels: string[] }, login: string): StoredIssue;
  userFor(login: string): SimpleUser;
}

/** A route answers the requests it knows, and undefined for the rest. */
type Route = (core: FakeCore, exchange: Exchange) => Reply | undefined;

function createCore(state: FakeGitHubState, baseUrl: () => string): FakeCore {
  const userIds = new Map<string, number>();
  const userFor = (login: string): SimpleUser => {
    if (!userIds.has(login)) userIds.set(login, 41_898_282 + userIds.size);
    return simpleUser(login, userIds.get(login) ?? 0);
  };
  return {
    state,
    baseUrl,
    userFor,
    makeIssue(owner, repo, fields, login) {
      const number = state.nextIssueNumber++;
      const id = state.nextId++;
      const now = new Date(Date.UTC(2026, 0, 1, 0, 0, id % 60)).toISOString();
      const url = `${baseUrl()}/repos/${owner}/${repo}/issues/${number}`;
      const payload: Issue = {
        id,
        node_id: `I_${id}`,
        url,
        repository_url: `${baseUrl()}/repos/${owner}/${repo}`,
        labels_url: `${url}/labels{/name}`,
        comments_url: `${url}/comments`,
        events_url: `${url}/events`,
        html_url: `https://github.com/${owner}/${repo}/issues/${number}`,
        number,
        state: 'open',
        state_reason: null,
        title: fields.title,
        body: fields.body,
        user: userFor(login),
        labels: labelPayloads(fields.labels),
        assignee: null,
        milestone: null,
        locked: false,
        comments: 0,
        closed_at: null,
        created_at: now,
        updated_at: now,
        author_association: 'NONE',
      };
      const stored = { owner, repo, payload };
      state.issues.push(stored);
      return stored;
    },
    makeComment(owner, repo, issueNumber, body, login) {
      const id = state.nextId++;
      const now = new Date(Date.UTC(2026, 0, 1, 0, 0, id % 60)).toISOString();
      const payload: IssueComment = {
        id,
        node_id: `IC_${id}`,
        url: `${baseUrl()}/repos/${owner}/${repo}/issues/comments/${id}`,
        html_url: `https://github.com/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
        issue_url: `${baseUrl()}/repos/${owner}/${repo}/issues/${issueNumber}`,
        body,
        user: userFor(login),
        created_at: now,
        updated_at: now,
        author_association: 'NONE',
      };
      const stored = { owner, repo, issueNumber, payload };
      state.comments.push(stored);
      const issue = state.issues.find(
        (candidate) => candidate.owner === owner && candidate.repo === repo && candidate.payload.number === issueNumber,
      );
      if (issue !== undefined) issue.payload = { ...issue.payload, comments: issue.payload.comments + 1 };
      return stored;
    },
  };
}

function commentText(body: unknown): string {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== 'string') throw new HttpError(422, 'Invalid request: body is required');
  if (text.length > COMMENT_LIMIT) throw new HttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
  return text;
}

/** `GET|POST /repos/{owner}/{repo}/issues/{number}/comments`, listed in pages with `Link` headers. */
const issueCommentsRoute: Route = (core, { method, url, segments, body, login }) => {
  if (!(segments.length === 6 && segments[0] === 'repos' && segments[3] === 'issues' && segments[5] === 'comments')) return undefined;
  const [, owner = '', repo = '', , numberText = ''] = segments;
  const issueNumber = Number(numberText);
  if (!Number.isInteger(issueNumber)) throw new HttpError(404, 'Not Found');
  if (method === 'POST') {
    const onIssue = core.state.issues.some((issue) => issue.owner === owner && issue.repo === repo && issue.payload.number === issueNumber);
    if (onIssue && core.state.forbidIssueWrites) throw new HttpError(403, 'Resource not accessible by integration');
    return { status: 201, body: core.makeComment(owner, repo, issueNumber, commentText(body), login).payload };
  }
  if (method !== 'GET') return undefined;
  const all = core.state.comments.filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber);
  return pagedReply(
    core,
    url,
    all.map((c) => c.payload),
  );
};

/** One page of `all` as GitHub serves lists: `per_page` (at most 100), `page`, and a `Link` header; other query parameters are kept. */
function pagedReply(core: FakeCore, url: URL, all: readonly unknown[]): Reply {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const links: string[] = [];
  const pageUrl = (n: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.set('per_page', String(perPage));
    params.set('page', String(n));
    return `${core.baseUrl()}${url.pathname}?${params.toString()}`;
  };
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
  const slice = all.slice((page - 1) * perPage, page * perPage);
  return { status: 200, body: slice, ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}) };
}

function issueTitle(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new HttpError(422, 'Validation Failed: title is required');
  if (value.length > 256) throw new HttpError(422, 'Validation Failed: title is too long (maximum is 256 characters)');
  return value;
}

function issueBody(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new HttpError(422, 'Invalid request: body must be a string');
  if (value.length > COMMENT_LIMIT) throw new HttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
  return value;
}

/** Label names from `labels` as GitHub accepts them: strings or `{ name }` objects. */
function labelNames(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new HttpError(422, 'Invalid request: labels must be an array');
  return value.map((item: unknown) => {
    const name = typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') throw new HttpError(422, 'Invalid request: labels');
    return name;
  });
}

function issueHasLabels(issue: Issue, wanted: readonly string[]): boolean {
  const names = issue.labels.map((item) => (typeof item === 'string' ? item : item.name));
  return wanted.every((name) => names.includes(name));
}

/** `GET|POST /repos/{owner}/{repo}/issues`: listed newest first, filtered by `state` (default open), `labels` and `creator`. */
const issuesRoute: Route = (core, { method, url, segments, body, login }) => {
  if (!(segments.length === 4 && segments[0] === 'repos' && segments[3] === 'issues')) return undefined;
  const [, owner = '', repo = ''] = segments;
  if (method === 'POST') {
    if (core.state.forbidIssueWrites) throw new HttpError(403, 'Resource not accessible by integration');
    const fields = body as { title?: unknown; body?: unknown; labels?: unknown } | undefined;
    const issue = core.makeIssue(
      owner,
      repo,
      { title: issueTitle(fields?.title), body: issueBody(fields?.body), labels: labelNames(fields?.labels) },
      login,
    );
    return { status: 201, body: issue.payload };
  }
  if (method !== 'GET') return undefined;
  const state = url.searchParams.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) throw new HttpError(422, 'Validation Failed: state');
  const labels = (url.searchParams.get('labels') ?? '').split(',').filter((name) => name !== '');
  const creator = url.searchParams.get('creator');
  const listed = core.state.issues
    .filter((issue) => issue.owner === owner && issue.repo === repo)
    .filter((issue) => state === 'all' || issue.payload.state === state)
    .filter((issue) => issueHasLabels(issue.payload, labels))
    .filter((issue) => creator === null || issue.payload.user?.login === creator)
    .map((issue) => issue.payload)
    .reverse();
  return pagedReply(core, url, listed);
};

/** `GET|PATCH /repos/{owner}/{repo}/issues/{number}`: title, body, state (with state_reason) and labels. */
const issueRoute: Route = (core, { method, segments, body, login }) => {
  if (!(segments.length === 5 && segments[0] === 'repos' && segments[3] === 'issues' && /^\d+$/.test(segments[4] ?? ''))) return undefined;
  const number = Number(segments[4]);
  const stored = core.state.issues.find(
    (issue) => issue.owner === segments[1] && issue.repo === segments[2] && issue.payload.number === number,
  );
  if (stored === undefined) throw new HttpError(404, 'Not Found');
  if (method === 'GET') return { status: 200, body: stored.payload };
  if (method !== 'PATCH') return undefined;
  if (core.state.forbidIssueWrites) throw new HttpError(403, 'Resource not accessible by integration');
  const fields = (body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown; labels?: unknown };
  if (fields.state !== undefined && fields.state !== 'open' && fields.state !== 'closed')
    throw new HttpError(422, 'Validation Failed: state');
  const reasons = ['completed', 'not_planned', 'reopened', 'duplicate'];
  if (fields.state_reason !== undefined && fields.state_reason !== null && !reasons.includes(String(fields.state_reason)))
    throw new HttpError(422, 'Validation Failed: state_reason');
  const now = new Date(Date.UTC(2026, 0, 2, 0, 0, core.state.nextId++ % 60)).toISOString();
  const next: Issue = { ...stored.payload, updated_at: now };
  if (fields.title !== undefined) next.title = issueTitle(fields.title);
  if (fields.body !== undefined) next.body = issueBody(fields.body);
  if (fields.labels !== undefined) next.labels = labelPayloads(labelNames(fields.labels));
  if (fields.state === 'closed' && stored.payload.state !== 'closed') {
    next.state = 'closed';
    next.closed_at = now;
    next.closed_by = core.userFor(login);
    next.state_reason = (fields.state_reason as Issue['state_reason'] | undefined) ?? 'completed';
  } else if (fields.state === 'open' && stored.payload.state !== 'open') {
    next.state = 'open';
    next.closed_at = null;
    next.state_reason = 'reopened';
  }
  stored.payload = next;
  return { status: 200, body: next };
};

/** `GET|PATCH /repos/{owner}/{repo}/issues/comments/{id}` */
const commentRoute: Route = (core, { method, segments, body, login }) => {
  if (!(segments.length === 6 && segments[0] === 'repos' && segments[3] === 'issues' && segments[4] === 'comments')) return undefined;
  const id = Number(segments[5]);
  const stored = core.state.comments.find((c) => c.owner === segments[1] && c.repo === segments[2] && c.payload.id === id);
  if (stored === undefined) throw new HttpError(404, 'Not Found');
  if (method === 'GET') return { status: 200, body: stored.payload };
  if (method !== 'PATCH') return undefined;
  // GitHub lets an app edit only its own comments here (no admin rights in this fake).
  if (stored.payload.user?.login !== login) throw new HttpError(403, 'Resource not accessible by integration');
  stored.payload = { ...stored.payload, body: commentText(body), updated_at: new Date(Date.UTC(2026, 0, 2)).toISOString() };
  return { status: 200, body: stored.payload };
};

const labelKey = (owner: string, repo: string, issueNumber: number) => `${owner}/${repo}#${issueNumber}`;
const labelPayloads = (names: readonly string[]) => names.map((name, index) => label(name, 5000 + index));

/** `GET|POST /repos/{owner}/{repo}/issues/{number}/labels`, `DELETE …/labels/{name}` */
const issueLabelsRoute: Route = (core, { method, segments, body }) => {
  const isLabels =
    (segments.length === 6 || segments.length === 7) && segments[0] === 'repos' && segments[3] === 'issues' && segments[5] === 'labels';
  if (!isLabels) return undefined;
  const [, owner = '', repo = '', , numberText = '', , name] = segments;
  const key = labelKey(owner, repo, Number(numberText));
  const current = core.state.labels.get(key) ?? [];
  if (method === 'GET' && name === undefined) return { status: 200, body: labelPayloads(current) };
  if (core.state.forbidLabelWrites) throw new HttpError(403, 'Resource not accessible by integration');
  if (method === 'POST' && name === undefined) {
    const requested = (body as { labels?: unknown } | undefined)?.labels;
    if (!Array.isArray(requested) || !requested.every((item) => typeof item === 'string'))
      throw new HttpError(422, 'Invalid request: labels');
    const next = [...current, ...requested.filter((item) => !current.includes(item))];
    core.state.labels.set(key, next);
    return { status: 200, body: labelPayloads(next) };
  }
  if (method === 'DELETE' && name !== undefined) {
    if (!current.includes(name)) throw new HttpError(404, 'Label does not exist');
    const next = current.filter((item) => item !== name);
    core.state.labels.set(key, next);
    return { status: 200, body: labelPayloads(next) };
  }
  return undefined;
};

/** `GET /repos/{owner}/{repo}/commits/{sha}/pulls` */
const commitPullsRoute: Route = (core, { method, segments }) => {
  if (!(segments.length === 6 && segments[0] === 'repos' && segments[3] === 'commits' && segments[5] === 'pulls' && method === 'GET'))
    return undefined;
  return { status: 200, body: core.state.commitPulls.get(`${segments[1]}/${segments[2]}@${segments[4]}`) ?? [] };
};

function treeEntryPayload(core: FakeCore, repository: string, entry: StoredTreeEntry, path: string): GitTreeEntry {
  return {
    path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
    ...(entry.size === undefined ? {} : { size: entry.size }),
    url: `${core.baseUrl()}/repos/${repository}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
  };
}

/** Every entry below a tree, each folder before its contents, as GitHub lists `recursive` trees. */
function flattenTree(core: FakeCore, repository: string, treeSha: string, prefix: string): GitTreeEntry[] {
  return (core.state.trees.get(`${repository}@${treeSha}`) ?? []).flatMap((entry) => {
    const path = `${prefix}${entry.name}`;
    const own = treeEntryPayload(core, repository, entry, path);
    return entry.type === 'tree' ? [own, ...flattenTree(core, repository, entry.sha, `${path}/`)] : [own];
  });
}

/** `GET /repos/{owner}/{repo}/git/trees/{sha}`: a commit sha resolves to its root tree; any `recursive` value lists everything. */
const gitTreesRoute: Route = (core, { method, url, segments }) => {
  if (!(segments.length === 6 && segments[0] === 'repos' && segments[3] === 'git' && segments[4] === 'trees' && method === 'GET'))
    return undefined;
  const repository = `${segments[1]}/${segments[2]}`;
  const treeSha = core.state.commitTrees.get(`${repository}@${segments[5]}`) ?? segments[5] ?? '';
  const entries = core.state.trees.get(`${repository}@${treeSha}`);
  if (entries === undefined) throw new HttpError(404, 'Not Found');
  const recursive = url.searchParams.has('recursive');
  const tree: GitTree = {
    sha: treeSha,
    url: `${core.baseUrl()}/repos/${repository}/git/trees/${treeSha}`,
    tree: recursive
      ? flattenTree(core, repository, treeSha, '')
      : entries.map((entry) => treeEntryPayload(core, repository, entry, entry.name)),
    truncated: recursive && core.state.truncateTrees,
  };
  return { status: 200, body: tree };
};

/** `GET /repos/{owner}/{repo}/git/blobs/{sha}`: base64 in lines of 60 characters, as GitHub sends it. */
const gitBlobsRoute: Route = (core, { method, segments }) => {
  if (!(segments.length === 6 && segments[0] === 'repos' && segments[3] === 'git' && segments[4] === 'blobs' && method === 'GET'))
    return undefined;
  const repository = `${segments[1]}/${segments[2]}`;
  const sha = segments[5] ?? '';
  const bytes = core.state.blobs.get(`${repository}@${sha}`);
  if (bytes === undefined) throw new HttpError(404, 'Not Found');
  const blob: GitBlob = {
    content: `${(
      Buffer.from(bytes)
        .toString('base64')
        .match(/.{1,60}/g) ?? []
    ).join('\n')}\n`,
    encoding: 'base64',
    url: `${core.baseUrl()}/repos/${repository}/git/blobs/${sha}`,
    sha,
    size: bytes.length,
    node_id: `B_${sha}`,
  };
  return { status: 200, body: blob };
};

const ROUTES: readonly Route[] = [
  issuesRoute,
  issueRoute,
  issueCommentsRoute,
  commentRoute,
  issueLabelsRoute,
  commitPullsRoute,
  gitTreesRoute,
  gitBlobsRoute,
];

/** Stores a folder's blobs and subtrees, then the folder itself; returns its tree sha. */
function storeTree(state: FakeGitHubState, repository: string, folder: SeedFolder): string {
  const entries: StoredTreeEntry[] = [];
  for (const [name, child] of folder.folders)
    entries.push({ name, type: 'tree', mode: '040000', sha: storeTree(state, repository, child) });
  for (const [name, file] of folder.files) {
    const sha = gitObjectSha('blob', file.bytes);
    state.blobs.set(`${repository}@${sha}`, file.bytes);
    entries.push({ name, type: 'blob', mode: file.mode, sha, size: file.bytes.length });
  }
  const sha = gitObjectSha('tree', treeObject(entries));
  state.trees.set(`${repository}@${sha}`, entries);
  return sha;
}

/** Records the request, checks the token, and hands it to the first route that knows it. */
async function answer(core: FakeCore, request: IncomingMessage): Promise<Reply> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const method = request.method ?? 'GET';
  const token = /^(?:token|bearer)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const body = method === 'GET' || method === 'DELETE' ? undefined : await readJson(request);
  core.state.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, token });
  const login = token === undefined ? undefined : core.state.tokens.get(token);
  if (login === undefined) throw new HttpError(401, 'Bad credentials');
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeURIComponent);
  for (const route of ROUTES) {
    const reply = route(core, { method, url, segments, body, login });
    if (reply !== undefined) return reply;
  }
  throw new HttpError(404, 'Not Found');
}

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeGitHub(options: { tokens?: Record<string, string> } = {}): Promise<FakeGitHub> {
  const state: FakeGitHubState = {
    issues: [],
    forbidIssueWrites: false,
    nextIssueNumber: 101,
    comments: [],
    labels: new Map(),
    commitPulls: new Map(),
    requests: [],
    tokens: new Map(Object.entries(options.tokens ?? { [FAKE_GITHUB_TOKEN]: ACTIONS_BOT_LOGIN })),
    forbidLabelWrites: false,
    commitTrees: new Map(),
    trees: new Map(),
    blobs: new Map(),
    truncateTrees: false,
    nextId: 1000,
  };
  let baseUrl = '';
  const core = createCore(state, () => baseUrl);
  const server: Server = createServer((request, response) => {
    answer(core, request).then(
      (reply) => send(response, reply.status, reply.body, reply.headers),
      (error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof Error ? error.message : 'Internal error';
        send(response, status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    state,
    seedComment: ({ owner, repo, issueNumber, body, login }) => core.makeComment(owner, repo, issueNumber, body, login),
    seedCommit: ({ owner, repo, sha, files }) => {
      state.commitTrees.set(`${owner}/${repo}@${sha}`, storeTree(state, `${owner}/${repo}`, seedFolderOf(files)));
    },
    commentsOn: (owner, repo, issueNumber) =>
      state.comments.filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber),
    seedIssue: ({ owner, repo, title, body, login, labels = [], state: issueState = 'open' }) => {
      const issue = core.makeIssue(owner, repo, { title, body, labels }, login);
      if (issueState === 'closed')
        issue.payload = { ...issue.payload, state: 'closed', state_reason: 'completed', closed_at: issue.payload.created_at };
      return issue;
    },
    issuesIn: (owner, repo) => state.issues.filter((issue) => issue.owner === owner && issue.repo === repo),
    labelsOn: (owner, repo, issueNumber) => [...(state.labels.get(labelKey(owner, repo, issueNumber)) ?? [])],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
