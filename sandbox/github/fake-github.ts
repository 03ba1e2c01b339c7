/**
 * A stateful stand-in for the few GitHub REST endpoints this tool uses, on
 * 127.0.0.1 and a free port, reached through Octokit's `baseUrl` or
 * `GITHUB_API_URL`. It keeps comments, labels and commit → pull request
 * links in memory, pages like GitHub (`per_page`, `page`, `Link: rel="next"`),
 * enforces the 65,536-character comment limit and comment authorship, and
 * records every request so tests can count writes.
 *
 * Payloads are typed with GitHub's own OpenAPI types so that the fake cannot
 * drift into shapes GitHub never sends.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';

type IssueComment = components['schemas']['issue-comment'];
type SimpleUser = components['schemas']['simple-user'];
type Label = components['schemas']['label'];
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

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  token: string | undefined;
}

export interface FakeGitHubState {
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
  nextId: number;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:<port>`, for Octokit's baseUrl or GITHUB_API_URL. */
  url: string;
  state: FakeGitHubState;
  /** Adds a comment as `login` directly to the state (no request recorded). */
  seedComment(input: { owner: string; repo: string; issueNumber: number; body: string; login: string }): StoredComment;
  /** Comments on one issue, in creation order. */
  commentsOn(owner: string, repo: string, issueNumber: number): StoredComment[];
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
  return { id, node_id: `LA_${id}`, url: `https://api.github.com/labels/${encodeURIComponent(name)}`, name, description: null, color: 'ededed', default: false };
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
  const text = body === undefined ? '' : JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value));
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(text);
}

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeGitHub(options: { tokens?: Record<string, string> } = {}): Promise<FakeGitHub> {
  const state: FakeGitHubState = {
    comments: [],
    labels: new Map(),
    commitPulls: new Map(),
    requests: [],
    tokens: new Map(Object.entries(options.tokens ?? { [FAKE_GITHUB_TOKEN]: ACTIONS_BOT_LOGIN })),
    forbidLabelWrites: false,
    nextId: 1000,
  };
  let baseUrl = '';
  const userIds = new Map<string, number>();
  const userFor = (login: string): SimpleUser => {
    if (!userIds.has(login)) userIds.set(login, 41_898_282 + userIds.size);
    return simpleUser(login, userIds.get(login) ?? 0);
  };
  const makeComment = (owner: string, repo: string, issueNumber: number, body: string, login: string): StoredComment => {
    const id = state.nextId++;
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, id % 60)).toISOString();
    const payload: IssueComment = {
      id,
      node_id: `IC_${id}`,
      url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
      issue_url: `${baseUrl}/repos/${owner}/${repo}/issues/${issueNumber}`,
      body,
      user: userFor(login),
      created_at: now,
      updated_at: now,
      author_association: 'NONE',
    };
    const stored = { owner, repo, issueNumber, payload };
    state.comments.push(stored);
    return stored;
  };
  const labelKey = (owner: string, repo: string, issueNumber: number) => `${owner}/${repo}#${issueNumber}`;
  const labelPayloads = (names: readonly string[]) => names.map((name, index) => label(name, 5000 + index));

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const authorization = request.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization)?.[1];
    const body = method === 'GET' || method === 'DELETE' ? undefined : await readJson(request);
    state.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, token });
    const login = token === undefined ? undefined : state.tokens.get(token);
    if (login === undefined) throw new HttpError(401, 'Bad credentials');
    const segments = url.pathname.split('/').filter((segment) => segment !== '').map(decodeURIComponent);

    // /repos/{owner}/{repo}/issues/{number}/comments
    if (segments.length === 6 && segments[0] === 'repos' && segments[3] === 'issues' && segments[5] === 'comments') {
      const [, owner = '', repo = '', , numberText = ''] = segments;
      const issueNumber = Number(numberText);
      if (!Number.isInteger(issueNumber)) throw new HttpError(404, 'Not Found');
      if (method === 'GET') {
        const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const all = state.comments.filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber);
        const lastPage = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const pageUrl = (n: number) => `${baseUrl}${url.pathname}?per_page=${perPage}&page=${n}`;
        if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
        if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
        const slice = all.slice((page - 1) * perPage, page * perPage).map((c) => c.payload);
        send(response, 200, slice, links.length > 0 ? { link: links.join(', ') } : {});
        return;
      }
      if (method === 'POST') {
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') throw new HttpError(422, 'Invalid request: body is required');
        if (text.length > COMMENT_LIMIT) throw new HttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        send(response, 201, makeComment(owner, repo, issueNumber, text, login).payload);
        return;
      }
    }

    // /repos/{owner}/{repo}/issues/comments/{id}
    if (segments.length === 6 && segments[0] === 'repos' && segments[3] === 'issues' && segments[4] === 'comments') {
      const id = Number(segments[5]);
      const stored = state.comments.find((c) => c.owner === segments[1] && c.repo === segments[2] && c.payload.id === id);
      if (stored === undefined) throw new HttpError(404, 'Not Found');
      if (method === 'GET') {
        send(response, 200, stored.payload);
        return;
      }
      if (method === 'PATCH') {
        // GitHub lets an app edit only its own comments here (no admin rights in this fake).
        if (stored.payload.user?.login !== login) throw new HttpError(403, 'Resource not accessible by integration');
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') throw new HttpError(422, 'Invalid request: body is required');
        if (text.length > COMMENT_LIMIT) throw new HttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        stored.payload = { ...stored.payload, body: text, updated_at: new Date(Date.UTC(2026, 0, 2)).toISOString() };
        send(response, 200, stored.payload);
        return;
      }
    }

    // /repos/{owner}/{repo}/issues/{number}/labels[/{name}]
    if ((segments.length === 6 || segments.length === 7) && segments[0] === 'repos' && segments[3] === 'issues' && segments[5] === 'labels') {
      const [, owner = '', repo = '', , numberText = '', , name] = segments;
      const key = labelKey(owner, repo, Number(numberText));
      const current = state.labels.get(key) ?? [];
      if (method === 'GET' && name === undefined) {
        send(response, 200, labelPayloads(current));
        return;
      }
      if (state.forbidLabelWrites) throw new HttpError(403, 'Resource not accessible by integration');
      if (method === 'POST' && name === undefined) {
        const requested = (body as { labels?: unknown } | undefined)?.labels;
        if (!Array.isArray(requested) || !requested.every((item) => typeof item === 'string')) throw new HttpError(422, 'Invalid request: labels');
        const next = [...current, ...requested.filter((item) => !current.includes(item))];
        state.labels.set(key, next);
        send(response, 200, labelPayloads(next));
        return;
      }
      if (method === 'DELETE' && name !== undefined) {
        if (!current.includes(name)) throw new HttpError(404, 'Label does not exist');
        const next = current.filter((item) => item !== name);
        state.labels.set(key, next);
        send(response, 200, labelPayloads(next));
        return;
      }
    }

    // /repos/{owner}/{repo}/commits/{sha}/pulls
    if (segments.length === 6 && segments[0] === 'repos' && segments[3] === 'commits' && segments[5] === 'pulls' && method === 'GET') {
      send(response, 200, state.commitPulls.get(`${segments[1]}/${segments[2]}@${segments[4]}`) ?? []);
      return;
    }
    throw new HttpError(404, 'Not Found');
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : 'Internal error';
      send(response, status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    state,
    seedComment: ({ owner, repo, issueNumber, body, login }) => makeComment(owner, repo, issueNumber, body, login),
    commentsOn: (owner, repo, issueNumber) => state.comments.filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber),
    labelsOn: (owner, repo, issueNumber) => [...(state.labels.get(labelKey(owner, repo, issueNumber)) ?? [])],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
