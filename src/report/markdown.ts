// Markdown rendering for job summaries, PR comments and check-run bodies. Every value is escaped.

import type { Plan } from '../checks/plan.js';
import { inert } from '../docs/render.js';
import type { Finding, Report } from './types.js';

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

export const reportSection = (r: Report): string =>
  [
    `### ${r.ok ? '✅' : '❌'} ${r.mode} · ${cell(r.family)}`,
    '',
    cell(r.summary),
    '',
    findingsTable(r.findings),
    ...(r.plan ? [planTable(r.plan)] : []),
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

export const renderMarkdown = (reports: Report[]): string => `${reports.map(reportSection).join('\n')}`;
