import type { HistoryReport } from '../checks/history.js';
import type { Plan } from '../checks/plan.js';
import type { SourcePosition } from '../errors.js';
import type { Listing } from '../list/listing.js';

export type Severity = 'error' | 'warning' | 'notice';
export const MODES = ['sync', 'drift', 'duplicate', 'claude-md', 'lint-filenames', 'gate', 'promote', 'list', 'history'] as const;
export type Mode = (typeof MODES)[number];

export type Scalar = string | number | boolean | null;

/** One stable, documented JSON shape; see README "JSON contract". */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  model_id?: string;
  field?: string;
  /** In drift: the manifest's value (the source of truth). */
  expected?: Scalar;
  /** In drift: the other side's value. */
  actual?: Scalar;
  location?: SourcePosition;
  /** What the finding compares when expected/actual cannot show it (claude-md.stale: a digest of both blocks). */
  content?: string;
}

/** One line of a checklist (the gates): a reviewer sees what passed as well as what failed. */
export interface ChecklistItem {
  /** The config key of the check, e.g. `$.gates[2]`. */
  gate: string;
  label: string;
  passed: boolean;
}

export interface Report {
  mode: Mode;
  family: string;
  ok: boolean;
  summary: string;
  findings: Finding[];
  plan?: Plan;
  /** gate: every gate, passed or failed, in config order. */
  checklist?: ChecklistItem[];
  /** history: the audit trail read back. */
  history?: HistoryReport;
  /** Extra human-readable detail (a unified diff, a list of matches) for text and markdown output. */
  detail?: string;
  /** claude-md: the rendered MODEL block, and the unified diff from the file's block (null when current or printed). */
  block?: { rendered: string; diff: string | null };
  /** Set when this family could not be checked (with several families): the exit code its failure carries. */
  failure?: number;
  /** list: the family's rows and production periods. */
  listing?: Listing;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Deterministic order so the same inputs always render the same bytes. */
export const sortFindings = (findings: Finding[]): Finding[] =>
  [...findings].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      cmp(a.location?.file, b.location?.file) ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      cmp(a.model_id, b.model_id) ||
      cmp(a.code, b.code) ||
      cmp(a.field, b.field) ||
      cmp(a.message, b.message),
  );

const cmp = (a = '', b = ''): number => (a < b ? -1 : a > b ? 1 : 0);

export const countBy = (findings: Finding[], severity: Severity): number => findings.filter((f) => f.severity === severity).length;

export const makeReport = (mode: Mode, family: string, findings: Finding[], summary: string, extra: Partial<Report> = {}): Report => ({
  mode,
  family,
  ok: countBy(findings, 'error') === 0,
  summary,
  findings: sortFindings(findings),
  ...extra,
});
