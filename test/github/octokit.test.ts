// The Octokit factory's retry policy against the fake: 5xx and 429 are retried, other 4xx are answers, and the one
// documented 422 race (a just-pushed commit not yet visible to the checks API) gets one more try.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, READ_TOKEN, startGitHub, WRITE_TOKEN } from '../standins/github/index.js';

// The retry waits are real but scaled down (1 s and 4 s in the product): the product reads the scale when its modules
// load, so it is set before src/ is imported, and put back for a file vitest runs next in this process.
const scaleBefore = process.env.MODEL_GOVERNANCE_RETRY_SCALE;
process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';
const { api, createOctokit, isForbidden } = await import('../../src/github/octokit.js');
afterAll(() => {
  if (scaleBefore === undefined) delete process.env.MODEL_GOVERNANCE_RETRY_SCALE;
  else process.env.MODEL_GOVERNANCE_RETRY_SCALE = scaleBefore;
});

const repo = { owner: 'owner', repo: 'repo' };
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub({ files: { 'a.txt': 'a' } });
});
afterEach(async () => {
  await gh.close();
});

const statuses = (op: string) => gh.requests.filter((r) => r.operationId === op).map((r) => r.status);

describe('createOctokit', () => {
  it('retries a 500 and a 429', async () => {
    const octokit = createOctokit(WRITE_TOKEN, gh.url);
    gh.fault({ path: '/repos/{owner}/{repo}', status: 500 });
    gh.fault({ path: '/repos/{owner}/{repo}', status: 429 });
    expect((await octokit.rest.repos.get(repo)).data.name).toBe('repo');
    expect(statuses('repos/get')).toEqual([500, 429, 200]);
    gh.assertNoViolations();
  });

  it.each([
    [404, 'GET', '/repos/{owner}/{repo}/contents/{path}'],
    [409, 'PUT', '/repos/{owner}/{repo}/contents/{path}'],
    [422, 'PUT', '/repos/{owner}/{repo}/contents/{path}'],
  ])('does not retry a %i', async (status, method, path) => {
    const octokit = createOctokit(WRITE_TOKEN, gh.url);
    gh.fault({ method, path, status });
    const call =
      method === 'GET'
        ? octokit.rest.repos.getContent({ ...repo, path: 'a.txt' })
        : octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'a.txt', message: 'm', content: 'Yg==', sha: gh.state.headSha() });
    await expect(call).rejects.toMatchObject({ status });
    expect(gh.requests).toHaveLength(1);
  });

  it('tries a check run once more when the commit is not visible yet (a documented 422 race)', async () => {
    const octokit = createOctokit(WRITE_TOKEN, gh.url);
    gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', status: 422, body: { message: 'No commit found for SHA: abc' } });
    await octokit.rest.checks.create({ ...repo, name: 'n', head_sha: gh.state.headSha(), conclusion: 'success' });
    expect(statuses('checks/create')).toEqual([422, 201]);
    gh.assertNoViolations();
  });

  it('turns what is left into a ServiceError that still tells a 403', async () => {
    const octokit = createOctokit(READ_TOKEN, gh.url);
    const e = await api('create an issue', () => octokit.rest.issues.create({ ...repo, title: 't' })).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/^GitHub create an issue failed: 403 Resource not accessible by integration/);
    expect(isForbidden(e)).toBe(true);
    gh.assertNoViolations();
  });
});
