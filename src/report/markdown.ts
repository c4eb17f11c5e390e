// Markdown rendering for job summaries, PR comments and check-run bodies. Every value is escaped.

import { columnAddLine } from '../checks/migration.js';
import type { Plan } from '../checks/plan.js';
import { inert } from '../docs/inert.js';
import { listingMarkdown } from '../list/render.js';
import { showValue } from '../util/printable.js';
import { chars, cutTo, largest, type Measure, truncatedLine } from './budget.js';
import { historyMarkdown } from './history.js';
import type { ChecklistItem, Finding, Mode, Report } from './types.js';

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

const cell = (v: unknown): string => (v === undefined ? '' : v === null ? 'NULL' : inert(typeof v === 'string' ? v : JSON.stringify(v)));
/** A value (expected, actual, a plan's old and new): long ones by their head and length; the JSON keeps them whole. */
const valueCell = (v: unknown): string => (v === undefined ? '' : inert(showValue(v)));

const where = (f: Finding): string =>
  f.location ? inert(`${f.location.file}${f.location.line === undefined ? '' : `:${f.location.line}:${f.location.column ?? 1}`}`) : '';

/**
 * What `expected` and `actual` mean, by mode: in drift the manifest's value against another source's, in duplicate
 * the window asked about against one already trained, in a gate the bound against the model's value.
 */
const VALUE_HEADS: Partial<Record<Mode, [string, string]>> = {
  duplicate: ['Requested window', 'Trained window'],
  gate: ['Bound', 'Value'],
  promote: ['Bound', 'Value'],
};
const DEFAULT_HEADS: [string, string] = ['Expected (manifest)', 'Actual'];

/** The findings as a table; with `maxRows` below their number, the first rows and a visible "truncated, N more" line. */
export const findingsTable = (findings: Finding[], maxRows = findings.length, mode?: Mode): string =>
  findings.length === 0
    ? '_No findings._\n'
    : `${[
        `| | Finding | Where | ${((mode && VALUE_HEADS[mode]) || DEFAULT_HEADS).join(' | ')} |`,
        '|---|---|---|---|---|',
        ...findings
          .slice(0, Math.max(0, maxRows))
          .map(
            (f) =>
              `| ${ICON[f.severity]} | ${cell(f.message)} \`${f.code}\` | ${where(f)} | ${valueCell(f.expected)} | ${valueCell(f.actual)} |`,
          ),
      ].join('\n')}\n${maxRows < findings.length ? `\n_${truncatedLine(findings.length - maxRows, 'finding', 'not shown here')}._\n` : ''}`;

export const checklistList = (items: ChecklistItem[]): string =>
  `${items.map((i) => `- ${i.passed ? '✅ passed' : '❌ failed'}: ${cell(i.label)}`).join('\n')}\n`;

export const planTable = (p: Plan): string =>
  `${[
    `| Action | Model | Changes |`,
    '|---|---|---|',
    ...(p.migrate ?? []).map((c) => `| add column | | ${cell(columnAddLine(c))} |`),
    ...p.insert.map((r) => `| insert | ${cell(r.model_id)} | |`),
    ...p.update.map(
      (u) =>
        `| update | ${cell(u.row.model_id)} | ${u.changes.map((c) => `${cell(c.field)}: ${valueCell(c.old)} → ${valueCell(c.new)}`).join('<br>')} |`,
    ),
    ...p.extra.map((r) => `| ${p.delete.includes(r.model_id) ? 'delete' : 'extra (kept)'} | ${cell(r.model_id)} | |`),
    `| unchanged | ${p.unchanged.length} model(s) | |`,
  ].join('\n')}\n`;

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning, 0 notices" for a list of findings. */
export const countLine = (findings: Finding[]): string =>
  (['error', 'warning', 'notice'] as const).map((s) => plural(findings.filter((f) => f.severity === s).length, s)).join(', ');

const sectionHead = (r: Report): string => `### ${r.ok ? '✅' : '❌'} ${r.mode} · ${cell(r.family)}`;

export interface SectionOptions {
  /** Put the findings table in a collapsed <details> when it has more rows than this. */
  collapseOver?: number;
  /** Show at most this many findings, then a "truncated, N more" line. */
  maxRows?: number;
}

const table = (r: Report, o: SectionOptions): string =>
  o.collapseOver !== undefined && r.findings.length > o.collapseOver
    ? `<details><summary>${countLine(r.findings)}</summary>\n\n${findingsTable(r.findings, o.maxRows, r.mode)}\n</details>\n`
    : findingsTable(r.findings, o.maxRows, r.mode);

/** A section without its tables: what is left when the full one does not fit. */
export const compactSection = (r: Report, more: string): string =>
  [sectionHead(r), '', cell(r.summary), '', `${countLine(r.findings)}. ${more}`, ''].join('\n');

export const reportSection = (r: Report, o: SectionOptions = {}): string =>
  [
    sectionHead(r),
    '',
    cell(r.summary),
    '',
    table(r, o),
    ...(r.plan ? [planTable(r.plan)] : []),
    ...(r.checklist?.length ? [checklistList(r.checklist)] : []),
    ...(r.listing ? [listingMarkdown(r.listing, r.family)] : []),
    ...(r.history ? [historyMarkdown(r.history, cell)] : []),
    ...(r.detail
      ? [
          '<details><summary>Details</summary>',
          '',
          '```diff',
          r.detail.replaceAll('```', '`\u200b``').replace(/\n$/, ''),
          '```',
          '',
          '</details>',
          '',
        ]
      : []),
  ].join('\n');

export const renderMarkdown = (reports: Report[]): string => `${reports.map((r) => reportSection(r)).join('\n')}`;

export interface Section {
  full: string;
  compact: string;
  /** The section with only its first n findings and a "truncated, N more" line, for n below `rows`. */
  cut?: (n: number) => string;
  rows?: number;
}

/** A report's section in its three forms: full, cut to n findings, compact (counts and `more`). */
export const sectionForms = (r: Report, o: SectionOptions, more: string, wrap: (s: string) => string = (s) => s): Section => ({
  full: wrap(reportSection(r, o)),
  compact: wrap(compactSection(r, more)),
  cut: (n) => wrap(reportSection(r, { ...o, maxRows: n })),
  rows: r.findings.length,
});

/**
 * Join head, sections and tail within `limit` by `measure` (characters by default: GitHub counts UTF-16 units at most
 * as we do; the job summary measures UTF-8 bytes). The largest sections give way first: cut to as many findings as
 * fit (with a "truncated, N more" line), else compact; then trailing sections are dropped with a note, and a last
 * resort cuts the text. The head comes first and is kept, so a marker at its start survives every form.
 */
export const fitSections = (
  head: string,
  sections: Section[],
  tail: string,
  limit: number,
  omitted: (n: number) => string,
  measure: Measure = chars,
): string => {
  const parts = sections.map((s) => s.full);
  const join = (ps: string[]) => [head, ...ps, tail].join('\n');
  const fits = (ps: string[]) => measure(join(ps)) <= limit;
  if (fits(parts)) return join(parts);
  const bySize = [...parts.keys()].sort((a, b) => measure(parts[b] ?? '') - measure(parts[a] ?? ''));
  for (const i of bySize) {
    const s = sections[i];
    const cut = s?.cut;
    const rows = s?.rows ?? 0;
    // A table row is at least 20 characters (bytes), so no more rows than limit/20 can fit: each try stays small.
    const n = cut && rows > 1 ? largest(1, Math.min(rows - 1, Math.floor(limit / 20)), (k) => fits(parts.with(i, cut(k)))) : undefined;
    parts[i] = n !== undefined && cut ? cut(n) : (s?.compact ?? '');
    if (fits(parts)) return join(parts);
  }
  for (let keep = parts.length - 1; keep >= 0; keep--) {
    const text = join([...parts.slice(0, keep), omitted(parts.length - keep)]);
    if (measure(text) <= limit) return text;
  }
  const note = `\n\n${omitted(parts.length)}`;
  return cutTo(`${cutTo(head, Math.max(0, limit - measure(note)), measure)}${note}`, limit, measure);
};
