/**
 * The action on a merge push behind a proxy that answers every data-action
 * write with its own HTML 502 page: the run fails once (exit 1) with one
 * plain-text line naming the operation, and no markup from the page reaches
 * the job summary, the comment on the merged pull request, an annotation or
 * the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER, PR_NUMBER, REPO, startActionHarness, type ActionHarness } from './action-harness.js';

const GATEWAY_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n<a href="https://evil.example/x"><img src="https://evil.example/pixel.png"></a>\r\n</body>\r\n</html>\r\n';

let harness: ActionHarness;

beforeAll(async () => {
  harness = await startActionHarness();
  const reviewed = await harness.runPullRequest();
  expect(reviewed.io.failures).toEqual([]);
  harness.linkMergeCommit();
});

afterAll(async () => {
  await harness.stop();
});

describe('the action behind a proxy that answers data-action writes with an HTML 502', () => {
  it('fails once with a plain line naming the operation, and renders no markup anywhere', async () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      harness.sandbox.faults.inject({ method, pathPattern: '/api/v2/integrations/actions', status: 502, body: GATEWAY_PAGE });
    }
    const run = await harness.runMergePush();

    expect(run.io.failures).toHaveLength(1);
    const [failure = ''] = run.io.failures;
    expect(failure).not.toContain('\n');
    expect(failure).toMatch(
      /^Apply failed at create action\/Customer Lambdas\/[^:]+ \(and 2 more\): Genesys API POST \/api\/v2\/integrations\/actions\/drafts failed with HTTP 502: an HTML page: "502 Bad Gateway 502 Bad Gateway nginx" \(no contextId in the response\); the job summary lists what was applied and what was not\.$/,
    );
    const comment = harness.github
      .commentsOn(OWNER, REPO, PR_NUMBER)
      .find((candidate) => candidate.payload.body?.startsWith('<!-- genesys-lambda-gitops:apply env=dev -->\n'));
    expect(comment?.payload.body).toContain('❌ failed');
    const rendered = [run.io.visibleText(), comment?.payload.body ?? ''].join('\n');
    expect(rendered).toContain('HTTP 502');
    expect(rendered).not.toMatch(/<\/?(html|head|title|body|center|h1|hr|a|img)\b/i);
    expect(rendered).not.toContain('evil.example');
    expect(rendered).not.toContain('\r');
  });
});
