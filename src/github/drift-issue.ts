// The drift tracking issue: one open issue labelled model-drift, created on the first drift, its body kept current
// while drift lasts, a comment only when the set of drift findings changes, closed with a comment when drift is gone.
// The set is compared through a digest kept in the body as a hidden comment, next to the keys themselves (so the
// comment can say what appeared and what went away).
import { createHash } from 'node:crypto';
import { inert } from '../docs/inert.js';
import { truncatedLine } from '../report/budget.js';
import { fitSections, sectionForms } from '../report/markdown.js';
import { quietRefs } from '../report/mentions.js';
import type { Finding, Report } from '../report/types.js';
import { type Identity, isOwn } from './identity.js';
import { api, type Client, statusOf } from './octokit.js';

export const ISSUE_MARKER = '<!-- model-governance:drift-issue -->';
export const DRIFT_LABEL = 'model-drift';
const ISSUE_LIMIT = 65536;
const KEYS_LIMIT = 20_000;

/** A drift finding without its wording or position: what stays the same while the same drift persists. */
export const driftKey = (family: string, f: Finding): string =>
  JSON.stringify([family, f.code, f.model_id ?? null, f.field ?? null, f.expected ?? null, f.actual ?? null]);

/** Drift is every error of the drift reports; warnings such as legacy filenames are standing policy, not drift. */
export const driftKeys = (reports: Report[]): string[] =>
  [...new Set(reports.flatMap((r) => r.findings.filter((f) => f.severity === 'error').map((f) => driftKey(r.family, f))))].sort();

export const digestOf = (keys: string[]): string => createHash('sha256').update(keys.join('\n')).digest('hex');

const shown = (v: unknown): string => inert(typeof v === 'string' ? v : JSON.stringify(v));

const describeKey = (key: string): string => {
  const [family, code, model, field, expected, actual] = JSON.parse(key) as unknown[];
  const subject = [family, model, field]
    .filter((v) => v !== null)
    .map(inert)
    .join(' · ');
  const values = [expected === null ? '' : `expected ${shown(expected)}`, actual === null ? '' : `found ${shown(actual)}`].filter(Boolean);
  return `\`${String(code)}\` ${subject}${values.length ? `: ${values.join(', ')}` : ''}`;
};

export const issueTitle = (reports: Report[]): string =>
  quietRefs(`Model drift: ${[...new Set(reports.map((r) => r.family))].join(', ')}`).slice(0, 250);

export const renderIssueBody = (reports: Report[], keys: string[]): string => {
  const encoded = Buffer.from(JSON.stringify(keys)).toString('base64url');
  const head = [
    ISSUE_MARKER,
    `<!-- model-governance:drift-digest=${digestOf(keys)} -->`,
    ...(encoded.length <= KEYS_LIMIT ? [`<!-- model-governance:drift-keys=${encoded} -->`] : []),
    '## Model drift',
    '',
    'The manifest (the source of truth) disagrees with the sources below. model-governance keeps this issue current and closes it when the drift is gone.',
    '',
  ].join('\n');
  return fitSections(
    head,
    reports.map((r) => sectionForms(r, { collapseOver: 20 }, 'Run the drift mode for the full list.')),
    '',
    ISSUE_LIMIT,
    (n) => `_${n} more section(s) left out to fit GitHub's limit._`,
  );
};

export const parseIssueBody = (body: string): { digest?: string; keys?: string[] } => {
  const digest = /<!-- model-governance:drift-digest=([0-9a-f]{64}) -->/.exec(body)?.[1];
  const encoded = /<!-- model-governance:drift-keys=([A-Za-z0-9_-]*) -->/.exec(body)?.[1];
  let keys: string[] | undefined;
  try {
    const parsed: unknown = encoded === undefined ? undefined : JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.every((k) => typeof k === 'string')) keys = parsed;
  } catch {
    // A hand-edited body: the comment then just says the set changed.
  }
  return { ...(digest ? { digest } : {}), ...(keys ? { keys } : {}) };
};

export const changeComment = (before: string[] | undefined, after: string[], where: string): string => {
  if (!before) return `The set of drift findings changed at ${where}; the description above is current.`;
  const added = after.filter((k) => !before.includes(k));
  const gone = before.filter((k) => !after.includes(k));
  const lines = [...added.map((k) => `- new: ${describeKey(k)}`), ...gone.map((k) => `- resolved: ${describeKey(k)}`)];
  const head = `The set of drift findings changed at ${where}:\n`;
  // Within the body limit, with a visible line for what did not fit (the issue body above lists the current set).
  let text = head;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1;
    const note = rest ? `\n_${truncatedLine(rest, 'change', 'the description above is current')}._` : '';
    if (text.length + 1 + line.length + note.length > ISSUE_LIMIT)
      return `${text}\n_${truncatedLine(lines.length - i, 'change', 'the description above is current')}._`;
    text += `\n${line}`;
  }
  return text;
};

interface Issue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  user: { login?: string; type?: string } | null;
  pull_request?: unknown;
}

export interface IssueOutcome {
  url?: string;
  action: 'created' | 'updated' | 'commented' | 'unchanged' | 'closed' | 'none';
}

export const publishDriftIssue = async (
  c: Client,
  reports: Report[],
  o: { me: Identity; sha: string; runUrl: string },
): Promise<IssueOutcome> => {
  const repo = { owner: c.owner, repo: c.repo };
  const where = `${o.sha.slice(0, 7)} ([run](${o.runUrl}))`;
  const listed = (await api('list drift issues', () =>
    c.octokit.paginate(c.octokit.rest.issues.listForRepo, { ...repo, labels: DRIFT_LABEL, state: 'open', per_page: 100 }),
  )) as Issue[];
  const open = listed
    .filter((i) => !i.pull_request && i.body?.startsWith(ISSUE_MARKER) && isOwn(o.me, i.user))
    .sort((a, b) => a.number - b.number);
  const [issue, ...duplicates] = open;
  for (const d of duplicates) await close(c, d.number, `Duplicate of #${issue?.number}.`, 'not_planned');

  const keys = driftKeys(reports);
  if (keys.length === 0) {
    if (!issue) return { action: 'none' };
    await close(c, issue.number, `No drift at ${where}. Closing.`, 'completed');
    return { url: issue.html_url, action: 'closed' };
  }
  const body = renderIssueBody(reports, keys);
  const title = issueTitle(reports);
  if (!issue) {
    await ensureLabel(c);
    const { data } = await api('create the drift issue', () =>
      c.octokit.rest.issues.create({ ...repo, title, body, labels: [DRIFT_LABEL] }),
    );
    return { url: data.html_url, action: 'created' };
  }
  const before = parseIssueBody(issue.body ?? '');
  if (issue.body === body && issue.title === title) return { url: issue.html_url, action: 'unchanged' };
  await api('update the drift issue', () => c.octokit.rest.issues.update({ ...repo, issue_number: issue.number, title, body }));
  if (before.digest === digestOf(keys)) return { url: issue.html_url, action: 'updated' };
  await api('comment on the drift issue', () =>
    c.octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: changeComment(before.keys, keys, where) }),
  );
  return { url: issue.html_url, action: 'commented' };
};

const close = async (c: Client, number: number, comment: string, reason: 'completed' | 'not_planned'): Promise<void> => {
  const repo = { owner: c.owner, repo: c.repo, issue_number: number };
  await api('comment on the drift issue', () => c.octokit.rest.issues.createComment({ ...repo, body: comment }));
  await api('close the drift issue', () => c.octokit.rest.issues.update({ ...repo, state: 'closed', state_reason: reason }));
};

const ensureLabel = async (c: Client): Promise<void> => {
  const repo = { owner: c.owner, repo: c.repo };
  try {
    await c.octokit.rest.issues.getLabel({ ...repo, name: DRIFT_LABEL });
    return;
  } catch (e) {
    if (statusOf(e) !== 404) return api('read the model-drift label', () => Promise.reject(e));
  }
  await c.octokit.rest.issues
    .createLabel({
      ...repo,
      name: DRIFT_LABEL,
      color: 'd93f0b',
      description: 'The model manifest disagrees with the registry, deployment or docs',
    })
    .catch((e: unknown) => {
      // 422 already_exists: a concurrent run made it.
      if (statusOf(e) !== 422) return api('create the model-drift label', () => Promise.reject(e));
    });
};
