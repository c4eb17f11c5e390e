// Markdown rendering for job summaries, PR comments and check-run bodies. Every value is escaped.

import type { Plan } from '../checks/plan.js';
import { inert } from '../docs/render.js';
import type { ChecklistItem, Finding, Report } from './types.js';

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

const cell = (v: unknown): string => (v === undefined ? '' : v === null ? 'NULL' : inert(typeof v === 'string' ? v : JSON.stringify(v)));

const where = (f: Finding): string =>
  f.location ? inert(`${f.location.file}${f.location.line === undefined ? '' : `:${f.location.line}:${f.location.column ?? 1}`}`) : '';

export const findingsTable = (findings: Finding[]): string =>
  findings.length === 0
    ? '_No findings._\n'
    : `${[
        '| | Finding | Where | Expected (manifest) | Actual |',
        '|---|---|---|---|---|',
        ...findings.map(
          (f) => `| ${ICON[f.severity]} | ${cell(f.message)} \`${f.code}\` | ${where(f)} | ${cell(f.expected)} | ${cell(f.actual)} |`,
        ),
      ].join('\n')}\n`;

export const checklistList = (items: ChecklistItem[]): string =>
  `${items.map((i) => `- ${i.passed ? '✅ passed' : '❌ failed'}: ${cell(i.label)}`).join('\n')}\n`;

export const planTable = (p: Plan): string =>
  `${[
    `| Action | Model | Changes |`,
    '|---|---|---|',
    ...p.insert.map((r) => `| insert | ${cell(r.model_id)} | |`),
    ...p.update.map(
      (u) =>
        `| update | ${cell(u.row.model_id)} | ${u.changes.map((c) => `${cell(c.field)}: ${cell(c.old)} → ${cell(c.new)}`).join('<br>')} |`,
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
}

const table = (r: Report, o: SectionOptions): string =>
  o.collapseOver !== undefined && r.findings.length > o.collapseOver
    ? `<details><summary>${countLine(r.findings)}</summary>\n\n${findingsTable(r.findings)}\n</details>\n`
    : findingsTable(r.findings);

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
}

/**
 * Join head, sections and tail within `limit` characters (GitHub counts UTF-16 units at most as we do). The largest
 * sections fall back to their compact form first, then trailing sections are dropped with a note, and a last resort
 * cuts the text. The head comes first and is kept, so a marker at its start survives every form.
 */
export const fitSections = (head: string, sections: Section[], tail: string, limit: number, omitted: (n: number) => string): string => {
  const parts = sections.map((s) => s.full);
  const join = (ps: string[]) => [head, ...ps, tail].join('\n');
  if (join(parts).length <= limit) return join(parts);
  const bySize = [...parts.keys()].sort((a, b) => (parts[b]?.length ?? 0) - (parts[a]?.length ?? 0));
  for (const i of bySize) {
    parts[i] = sections[i]?.compact ?? '';
    if (join(parts).length <= limit) return join(parts);
  }
  for (let keep = parts.length - 1; keep >= 0; keep--) {
    const text = join([...parts.slice(0, keep), omitted(parts.length - keep)]);
    if (text.length <= limit) return text;
  }
  const note = `\n\n${omitted(parts.length)}`;
  return `${head.slice(0, Math.max(0, limit - note.length))}${note}`.slice(0, limit);
};
