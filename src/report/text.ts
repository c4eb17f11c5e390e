// Plain-text rendering for terminals and logs.
import { columnAddLine } from '../checks/migration.js';
import type { Plan } from '../checks/plan.js';
import { formatProblem } from '../errors.js';
import { listingText } from '../list/render.js';
import { printable, showValue as show } from '../util/printable.js';
import { indentContinuation } from '../util/workflow-commands.js';
import { historyText } from './history.js';
import type { ChecklistItem, Finding, Report } from './types.js';

export const findingLine = (f: Finding): string => {
  const where = f.location ? `${formatProblem({ ...f.location, message: '' }).replace(/: $/, '')}: ` : '';
  return `${f.severity.padEnd(7)} ${where}${f.message} [${f.code}]`;
};

export const planText = (p: Plan): string[] => [
  `Plan for ${p.table}:`,
  ...(p.migrate ?? []).map((c) => `  + column    ${columnAddLine(c)} (ALTER TABLE ADD COLUMN)`),
  ...p.insert.map((r) => `  + insert    ${r.model_id}`),
  ...p.update.flatMap((u) => [
    `  ~ update    ${u.row.model_id}`,
    ...u.changes.map((c) => `      ${c.field}: ${show(c.old)} → ${show(c.new)}`),
  ]),
  ...p.unchanged.map((id) => `  = unchanged ${id}`),
  ...p.extra.map((r) =>
    p.delete.includes(r.model_id) ? `  - delete    ${r.model_id}` : `  ? extra     ${r.model_id} (kept; --prune deletes it)`,
  ),
];

export const checklistText = (items: ChecklistItem[]): string[] => [
  'Checklist:',
  ...items.map((i) => `  ${i.passed ? 'passed ' : 'FAILED '} ${i.label}`),
];

// A value that spans lines (multi-line notes) continues indented under its own line, never at the line start.
const hanging = (line: string): string => indentContinuation(line, `${' '.repeat(line.length - line.trimStart().length)}    `);

export const renderText = (reports: Report[]): string =>
  reports
    .map((r) =>
      [
        ...[
          `${r.mode} · ${r.family}`,
          ...r.findings.map((f) => `  ${findingLine(f)}`),
          ...(r.plan ? planText(r.plan) : []),
          ...(r.checklist?.length ? checklistText(r.checklist) : []),
          ...(r.listing ? listingText(r.listing) : []),
          ...(r.history ? historyText(r.history) : []),
        ].map(hanging),
        ...(r.detail ? [r.detail.replace(/\n$/, '')] : []),
        hanging(r.summary),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');

/** What a terminal receives: no control or bidi character from a file name or value. */
export const renderPrintableText = (reports: Report[]): string => printable(renderText(reports));
