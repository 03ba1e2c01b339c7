/**
 * The start of every action run: masks the Genesys credentials and the token
 * as soon as they are read, parses the inputs, reads the event, and connects
 * to GitHub when a token was given.
 */
import { createGitHubClient } from '../github/github-client.js';
import { createGitHubGateway } from '../github/github-gateway.js';
import { GENESYS_CREDENTIAL_VARIABLES } from '../commands/providers.js';
import { parseInputs } from '../inputs.js';
import { runContextFromEnvironment } from '../run-context.js';
import type { ActionIo } from './action-io.js';
import { WALL_CLOCK, type ActionSession, type RunClock } from './action-session.js';
import { readEventPayload } from './event-payload.js';

export interface SessionStart {
  io: ActionIo;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  clock?: RunClock;
}

export async function startSession({ io, env, cwd, clock = WALL_CLOCK }: SessionStart): Promise<ActionSession> {
  for (const name of GENESYS_CREDENTIAL_VARIABLES) if (env[name]) io.setSecret(env[name]);
  const inputs = parseInputs((name) => io.getInput(name));
  if (inputs.githubToken) io.setSecret(inputs.githubToken);
  const payload = await readEventPayload(env.GITHUB_EVENT_PATH, io);
  const context = runContextFromEnvironment(env, payload);
  const github = inputs.githubToken ? createGitHubGateway(createGitHubClient(inputs.githubToken, env.GITHUB_API_URL), context) : undefined;
  return { io, inputs, context, github, env, cwd, clock };
}
