// One check run per mode on the head commit, re-run safe: the run for that commit and name is updated in place.
// GitHub appends annotations on update and cannot delete them, so only the missing ones are sent; when the old run
// carries an annotation that is no longer true, a fresh run replaces it (the newest run of a name is the one shown).
import type { FailOn } from '../config/settings.js';
import { blocks } from '../engine.js';
import { BUDGET, truncatedLine } from '../report/budget.js';
import { countLine, fitSections, sectionForms } from '../report/markdown.js';
import { quietRefs } from '../report/mentions.js';
import type { Finding, Mode, Report } from '../report/types.js';
import { annotationKey, annotationsOf, type CheckAnnotation, inBatches } from './annotations.js';
import { api, type Client } from './octokit.js';

export const CHECK_TEXT_LIMIT = BUDGET.checkText;
export const checkName = (mode: Mode): string => `model-governance / ${mode}`;

export type Conclusion = 'success' | 'failure' | 'neutral';

/** failure when a finding fails the run at this fail-on level; neutral when findings remain that do not; else success. */
export const conclusionOf = (reports: Report[], failOn: FailOn): Conclusion =>
  reports.some((r) => r.findings.some((f) => blocks(f, failOn)))
    ? 'failure'
    : reports.some((r) => r.findings.some((f) => f.severity !== 'notice'))
      ? 'neutral'
      : 'success';

export const checkTitle = (reports: Report[]): string =>
  quietRefs(reports.map((r) => (reports.length > 1 ? `${r.family}: ${r.summary}` : r.summary)).join('; ')).slice(0, 1000);

/**
 * `unannotated`: findings with a place that the per-run annotation cap left out (said in the head, visibly).
 * `elsewhere`: per earlier mode, how many of these findings that mode's check run annotates instead (annotate-once.ts).
 */
export const checkSummary = (reports: Report[], runUrl: string, unannotated = 0, elsewhere?: Map<Mode, number>): string =>
  fitSections(
    `${countLine(reports.flatMap((r) => r.findings))}. ${
      unannotated
        ? `The first ${BUDGET.annotationsPerRun.toLocaleString('en-US')} findings with a place in a file are annotated there (annotations ${truncatedLine(unannotated, 'finding', `see the job summary of [this run](${runUrl})`)}).`
        : 'Each finding with a place in a file is annotated there.'
    }${elsewhereLine(elsewhere)}\n`,
    reports.map((r) => sectionForms(r, {}, 'The annotations list every finding.')),
    '',
    CHECK_TEXT_LIMIT,
    (n) => `_${n} more section(s) left out to fit GitHub's limit; see the job summary of [this run](${runUrl})._`,
  );

const elsewhereLine = (elsewhere?: Map<Mode, number>): string =>
  elsewhere?.size
    ? ` Annotated once per run, on the check run of the first mode that reports it: ${[...elsewhere]
        .map(([mode, n]) => `${n} on ${checkName(mode)}`)
        .join(', ')}.`
    : '';

export interface CheckRunOutcome {
  mode: Mode;
  url: string;
  action: 'created' | 'updated' | 'replaced' | 'unchanged';
}

interface Desired {
  name: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

export const publishCheckRun = async (
  c: Client,
  sha: string,
  mode: Mode,
  reports: Report[],
  // owned/elsewhere: from annotationOwners over the whole run, so a problem several modes report is annotated once.
  o: { failOn: FailOn; runUrl: string; root?: string; owned?: Set<Finding>; elsewhere?: Map<Mode, number> },
): Promise<CheckRunOutcome> => {
  const all = annotationsOf(reports, o.root, o.owned);
  const annotations = capAnnotations(all);
  const d: Desired = {
    name: checkName(mode),
    conclusion: conclusionOf(reports, o.failOn),
    title: checkTitle(reports),
    summary: checkSummary(reports, o.runUrl, all.length - annotations.length, o.elsewhere),
    annotations,
  };
  const repo = { owner: c.owner, repo: c.repo };
  const { data } = await api('list check runs', () =>
    c.octokit.rest.checks.listForRef({ ...repo, ref: sha, check_name: d.name, filter: 'latest', per_page: 1 }),
  );
  const existing = data.check_runs[0];
  if (!existing) return { mode, url: await create(c, sha, d), action: 'created' };

  const old = existing.output.annotations_count
    ? await api('list annotations', () =>
        c.octokit.paginate(c.octokit.rest.checks.listAnnotations, { ...repo, check_run_id: existing.id, per_page: 100 }),
      )
    : [];
  const { missing, stale } = compareAnnotations(d.annotations, old as CheckAnnotation[]);
  if (stale) return { mode, url: await create(c, sha, d), action: 'replaced' };
  const same =
    existing.status === 'completed' &&
    existing.conclusion === d.conclusion &&
    existing.output.title === d.title &&
    existing.output.summary === d.summary &&
    missing.length === 0;
  if (same) return { mode, url: existing.html_url ?? '', action: 'unchanged' };
  await send(c, existing.id, d, missing, true);
  return { mode, url: existing.html_url ?? '', action: 'updated' };
};

const LEVEL_RANK = { failure: 0, warning: 1, notice: 2 } as const;

/** At most BUDGET.annotationsPerRun annotations, failures first (a stable sort keeps the report order within a level). */
export const capAnnotations = (all: CheckAnnotation[]): CheckAnnotation[] =>
  all.length <= BUDGET.annotationsPerRun
    ? all
    : [...all].sort((a, b) => LEVEL_RANK[a.annotation_level] - LEVEL_RANK[b.annotation_level]).slice(0, BUDGET.annotationsPerRun);

/** Which desired annotations the run lacks, and whether it carries any that are no longer desired (as multisets). */
export const compareAnnotations = (
  desired: CheckAnnotation[],
  existing: CheckAnnotation[],
): { missing: CheckAnnotation[]; stale: boolean } => {
  const left = new Map<string, number>();
  for (const a of existing) left.set(annotationKey(a), (left.get(annotationKey(a)) ?? 0) + 1);
  const missing = desired.filter((a) => {
    const n = left.get(annotationKey(a)) ?? 0;
    if (n > 0) left.set(annotationKey(a), n - 1);
    return n === 0;
  });
  return { missing, stale: [...left.values()].some((n) => n > 0) };
};

const create = async (c: Client, sha: string, d: Desired): Promise<string> => {
  const [first = [], ...rest] = inBatches(d.annotations);
  const { data } = await api('create a check run', () =>
    c.octokit.rest.checks.create({
      owner: c.owner,
      repo: c.repo,
      name: d.name,
      head_sha: sha,
      status: 'completed',
      conclusion: d.conclusion,
      output: { title: d.title, summary: d.summary, ...(first.length ? { annotations: first } : {}) },
    }),
  );
  for (const batch of rest) await send(c, data.id, d, batch, false);
  return data.html_url ?? '';
};

// The first request sets the conclusion; each one appends at most 50 annotations.
const send = async (c: Client, id: number, d: Desired, annotations: CheckAnnotation[], withConclusion: boolean): Promise<void> => {
  const batches = annotations.length ? inBatches(annotations) : [[]];
  for (const [i, batch] of batches.entries())
    await api('update a check run', () =>
      c.octokit.rest.checks.update({
        owner: c.owner,
        repo: c.repo,
        check_run_id: id,
        ...(withConclusion && i === 0 ? { status: 'completed' as const, conclusion: d.conclusion } : {}),
        output: { title: d.title, summary: d.summary, ...(batch.length ? { annotations: batch } : {}) },
      }),
    );
};
