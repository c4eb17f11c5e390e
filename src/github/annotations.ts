// Findings as annotations: check-run annotations (batched, GitHub takes 50 per request), or, when the token cannot
// write check runs, workflow commands (`::error file=…,line=…,col=…::`) that the runner turns into annotations.
import { isAbsolute, posix } from 'node:path';
import * as core from '@actions/core';
import { BUDGET } from '../report/budget.js';
import type { Finding, Report } from '../report/types.js';
import { printable } from '../util/printable.js';
import { annotationOwners } from './annotate-once.js';
import { repoPath } from './paths.js';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export const MAX_ANNOTATIONS_PER_REQUEST = BUDGET.annotationsPerRequest;
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

const show = (v: unknown): string => (v === null ? 'NULL' : typeof v === 'string' ? v : JSON.stringify(v));

const details = (f: Finding): string | undefined =>
  f.expected === undefined && f.actual === undefined
    ? undefined
    : [
        f.expected === undefined ? '' : `expected (manifest): ${show(f.expected)}`,
        f.actual === undefined ? '' : `actual: ${show(f.actual)}`,
      ]
        .filter(Boolean)
        .join('\n')
        .slice(0, 60_000);

// Reports reach the reporters relativized (main.ts): a relative location is already a repository path.
const pathOf = (file: string, root?: string): string | undefined => {
  if (isAbsolute(file)) return repoPath(file, root);
  const p = posix.normalize(file.replaceAll('\\', '/'));
  return /^[a-z][a-z0-9+.-]+:/i.test(p) || p.startsWith('../') || p === '..' ? undefined : p;
};

/** The annotation for a finding, or undefined when it has no position in a file of this repository. */
export const annotationOf = (f: Finding, root?: string): CheckAnnotation | undefined => {
  const path = f.location && pathOf(f.location.file, root);
  if (!path || !f.location) return undefined;
  const line = f.location.line ?? 1;
  const raw = details(f);
  return {
    path,
    start_line: line,
    end_line: line,
    // GitHub accepts columns only on single-line annotations, which these are.
    ...(f.location.column === undefined ? {} : { start_column: f.location.column, end_column: f.location.column }),
    annotation_level: LEVEL[f.severity],
    message: printable(f.message).slice(0, 60_000),
    title: f.code,
    ...(raw ? { raw_details: raw } : {}),
  };
};

/** `owned`: when given, only these findings are annotated (the others are another mode's; see annotate-once.ts). */
export const annotationsOf = (reports: Report[], root?: string, owned?: Set<Finding>): CheckAnnotation[] =>
  reports.flatMap((r) =>
    r.findings
      .filter((f) => owned === undefined || owned.has(f))
      .map((f) => annotationOf(f, root))
      .filter((a): a is CheckAnnotation => a !== undefined),
  );

/** Identity of an annotation, to tell which ones a check run already carries. */
export const annotationKey = (a: CheckAnnotation): string =>
  JSON.stringify([a.path, a.start_line, a.start_column ?? null, a.annotation_level, a.title ?? null, a.message]);

export const inBatches = <T>(items: T[], size = MAX_ANNOTATIONS_PER_REQUEST): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * Report findings as workflow commands; the runner attaches those with a file to it. Each problem once, by the
 * first mode that reports it (annotate-once.ts). GitHub shows only the first BUDGET.commandAnnotationsPerSeverity of
 * each severity a step, so no more are sent. Returns how many were left out.
 */
export const emitWorkflowAnnotations = (reports: Report[], root?: string): number => {
  const sent = { error: 0, warning: 0, notice: 0 };
  const { owned } = annotationOwners(reports);
  let left = 0;
  for (const r of reports)
    for (const f of r.findings) {
      if (!owned.has(f)) continue;
      if (sent[f.severity] >= BUDGET.commandAnnotationsPerSeverity) {
        left++;
        continue;
      }
      sent[f.severity]++;
      const a = annotationOf(f, root);
      const props: core.AnnotationProperties = {
        title: `${r.mode}: ${f.code}`,
        ...(a ? { file: a.path, startLine: a.start_line, ...(a.start_column ? { startColumn: a.start_column } : {}) } : {}),
      };
      const emit = f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice;
      emit(printable(f.message), props);
    }
  return left;
};
