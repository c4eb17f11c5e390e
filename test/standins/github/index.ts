// Fake GitHub REST API for tests; see server.ts.
//   const gh = await startGitHub({ files: { 'models.yaml': '…' } });
//   const octokit = getOctokit(WRITE_TOKEN, { baseUrl: gh.url });
//   … exercise the product …; assert on gh.state / gh.requests; gh.assertNoViolations(); await gh.close();
export { openapiStats } from './openapi.js';
export {
  DEFAULT_TOKENS,
  type FakeGitHub,
  type FaultSpec,
  type GitHubOptions,
  type HeldRequest,
  type HoldSpec,
  type LoggedRequest,
  READ_TOKEN,
  type RequestHold,
  startGitHub,
  type TokenInfo,
  WRITE_TOKEN,
} from './server.js';
export { blobSha, type RepoState } from './state.js';
