// What the reporters read from the run: real webhook payloads from @octokit/webhooks-examples.
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/github/event.js';
import { example, pullRequestEvent, scheduleEvent } from '../e2e/runner.js';

const ctx = (eventName: string, payload: Record<string, unknown>, repository = 'Codertocat/Hello-World') =>
  ({
    eventName,
    payload,
    sha: 'a'.repeat(40),
    serverUrl: 'https://github.com',
    runId: 42,
    get repo() {
      const [owner = '', repo = ''] = repository.split('/');
      return { owner, repo };
    },
  }) as never;

describe('readEvent', () => {
  it('reports a pull request on its head commit, not the merge commit', () => {
    const e = readEvent(ctx('pull_request', pullRequestEvent('opened', { number: 7, baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40) })));
    expect(e).toEqual({
      owner: 'Codertocat',
      repo: 'Hello-World',
      name: 'pull_request',
      sha: 'c'.repeat(40),
      pull: { number: 7, baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40), fork: false },
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42',
    });
  });

  it('tells a fork by the head repository', () => {
    const p = pullRequestEvent('synchronize', { number: 7, baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40), fork: true });
    expect(readEvent(ctx('pull_request', p)).pull?.fork).toBe(true);
    (p.pull_request as { head: { repo: unknown } }).head.repo = null;
    expect(readEvent(ctx('pull_request', p)).pull?.fork).toBe(true);
  });

  it.each([
    ['push', example('push')],
    ['workflow_dispatch', example('workflow_dispatch')],
    ['schedule', scheduleEvent({ full_name: 'Codertocat/Hello-World' })],
  ])('uses GITHUB_SHA and has no pull request on %s', (name, payload) => {
    const e = readEvent(ctx(name, payload));
    expect(e.sha).toBe('a'.repeat(40));
    expect(e.pull).toBeUndefined();
  });

  it('refuses to run the GitHub reporters without a repository', () => {
    const c = {
      ...(ctx('push', {}) as object),
      get repo(): never {
        throw new Error('context.repo requires a GITHUB_REPOSITORY');
      },
    };
    expect(() => readEvent(c as never)).toThrow(/GITHUB_REPOSITORY: is not set/);
  });
});
