// The sticky PR comment: exactly one per PR, found by a hidden marker among our own comments on every page, and
// edited in place. No write when the body is unchanged; after a create, duplicates a concurrent run made are
// deleted, keeping the oldest.
import { compactSection, countLine, fitSections, reportSection } from '../report/markdown.js';
import { quietMarkdown } from '../report/mentions.js';
import type { Mode, Report } from '../report/types.js';
import { type Identity, isOwn } from './identity.js';
import { api, type Client, statusOf } from './octokit.js';

export const COMMENT_MARKER = '<!-- model-governance:comment -->';
export const COMMENT_LIMIT = 65536;
/** Findings tables longer than this are collapsed. */
const COLLAPSE_OVER = 10;

export interface CommentInput {
  sha: string;
  /** Check run per mode, linked from each section; the workflow run otherwise. */
  checkRuns: Partial<Record<Mode, string>>;
  runUrl: string;
  notes?: string[];
}

export const renderComment = (reports: Report[], o: CommentInput): string => {
  const findings = reports.flatMap((r) => r.findings);
  const ok = reports.every((r) => r.ok);
  const head = [
    COMMENT_MARKER,
    '## model-governance',
    '',
    `${ok ? '✅' : '❌'} ${countLine(findings)} at ${o.sha.slice(0, 7)}.`,
    // Notes carry error messages and URLs with data in them.
    ...(o.notes?.length ? ['', ...o.notes.map(quietMarkdown)] : []),
    '',
  ].join('\n');
  const link = (r: Report) => {
    const url = o.checkRuns[r.mode];
    return url ? `[the check run](${url})` : `[the job summary](${o.runUrl})`;
  };
  return fitSections(
    head,
    reports.map((r) => ({
      full: `${reportSection(r, { collapseOver: COLLAPSE_OVER })}\nDetails in ${link(r)}.\n`,
      compact: compactSection(r, `Every finding is in ${link(r)}.`),
      cut: (n: number) => `${reportSection(r, { collapseOver: COLLAPSE_OVER, maxRows: n })}\nEvery finding is in ${link(r)}.\n`,
      rows: r.findings.length,
    })),
    '',
    COMMENT_LIMIT,
    (n) => `_${n} more section(s) left out to fit GitHub's comment limit; see [the job summary](${o.runUrl})._`,
  );
};

interface Comment {
  id: number;
  body?: string;
  html_url: string;
  user: { login?: string; type?: string } | null;
}

export interface CommentOutcome {
  url?: string;
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
}

/** `create: false` only edits an existing comment (a PR with nothing to check gets no new one). */
export const upsertComment = async (c: Client, issue: number, body: string, me: Identity, create = true): Promise<CommentOutcome> => {
  const repo = { owner: c.owner, repo: c.repo, issue_number: issue };
  const ours = async (login?: string): Promise<Comment[]> => {
    const all = (await api('list PR comments', () =>
      c.octokit.paginate(c.octokit.rest.issues.listComments, { ...repo, per_page: 100 }),
    )) as Comment[];
    return all
      .filter((x) => x.body?.startsWith(COMMENT_MARKER) && isOwn(me, x.user) && (login === undefined || x.user?.login === login))
      .sort((a, b) => a.id - b.id);
  };
  const found = await ours();
  const keep = found[0];
  if (keep) {
    await removeDuplicates(
      c,
      found.filter((x) => x !== keep && x.user?.login === keep.user?.login),
    );
    if (keep.body === body) return { url: keep.html_url, action: 'unchanged' };
    await update(c, keep.id, body);
    return { url: keep.html_url, action: 'updated' };
  }
  if (!create) return { action: 'skipped' };
  const { data: created } = await api('create the PR comment', () => c.octokit.rest.issues.createComment({ ...repo, body }));
  // A concurrent run (or a retried POST the server had already done) may have made another one: keep the oldest.
  const after = await ours(created.user?.login);
  const [oldest, ...extra] = after;
  await removeDuplicates(c, extra);
  if (oldest && oldest.id !== created.id && oldest.body !== body) await update(c, oldest.id, body);
  return { url: oldest?.html_url ?? created.html_url, action: 'created' };
};

const update = (c: Client, id: number, body: string) =>
  api('edit the PR comment', () => c.octokit.rest.issues.updateComment({ owner: c.owner, repo: c.repo, comment_id: id, body }));

const removeDuplicates = async (c: Client, extra: Comment[]): Promise<void> => {
  for (const x of extra)
    await c.octokit.rest.issues.deleteComment({ owner: c.owner, repo: c.repo, comment_id: x.id }).catch((e: unknown) => {
      // Another run deleted it first.
      if (statusOf(e) !== 404) return api('delete a duplicate PR comment', () => Promise.reject(e));
    });
};
