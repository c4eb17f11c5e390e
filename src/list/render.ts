// The listing as text (terminal, log) and markdown (job summary, PR comment, check run). Pure.
import { inert } from '../docs/inert.js';
import { CHART_MAX_MODELS, chartModels, ganttChart } from './gantt.js';
import type { ListedModel, Listing } from './listing.js';

/** Rows a markdown table shows before it says how many more there are (every row is in the JSON). */
export const TABLE_MAX_ROWS = 200;

const num = (n: number | null, digits: number, suffix = ''): string => (n === null ? 'n/a' : `${Number(n.toFixed(digits))}${suffix}`);

const columns = (m: ListedModel) => [
  m.model_id,
  m.model_version ?? 'n/a',
  `${m.training_start_date ?? 'n/a'}..${m.training_end_date ?? 'n/a'}`,
  m.is_production ? 'yes' : 'no',
  m.status ?? 'n/a',
  m.sha256_prefix ?? 'n/a',
  num(m.hit_rate_edge_3plus, 1, '%'),
  num(m.evaluation_mae, 2),
  m.promoted_at ?? 'n/a',
];

const HEAD = ['model', 'version', 'training', 'production', 'status', 'sha256', 'hit rate 3+', 'MAE', 'promoted_at'];

const from = (l: Listing): string => (l.source === 'registry' ? l.name : `${l.name} (the manifest: no registry read)`);

// One line per value: a registry value may hold a newline, which must never start a log line of its own.
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Aligned columns. Every row starts with a fixed mark (`*` production, `-` otherwise), so no value from the
 * registry can begin a line (a runner reads a line starting with `::` as a workflow command).
 */
export const listingText = (l: Listing): string[] => {
  const rows = [HEAD.map((h) => h.toUpperCase()), ...l.models.map((m) => columns(m).map(oneLine))];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const pad = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - [...c].length)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  return [
    `  ${oneLine(from(l))}, as of ${l.as_of}: ${l.models.length} model${l.models.length === 1 ? '' : 's'}`,
    ...(l.models.length ? [`    ${pad(head ?? [])}`, ...body.map((r, i) => `  ${l.models[i]?.is_production ? '*' : '-'} ${pad(r)}`)] : []),
  ];
};

export const listingMarkdown = (l: Listing, family: string): string => {
  if (l.models.length === 0) return `_No models of this family in ${inert(from(l))}._\n`;
  const shown = l.models.slice(0, TABLE_MAX_ROWS);
  const drawn = chartModels(l).length;
  return [
    `Rows of ${inert(from(l))}, as of ${inert(l.as_of)}:`,
    '',
    `| ${HEAD.map(inert).join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...shown.map(
      (m) =>
        `| ${columns(m)
          .map((c, i) => (i === 0 && m.is_production ? `**${inert(c)}**` : inert(c)))
          .join(' | ')} |`,
    ),
    ...(l.models.length > shown.length ? ['', `_${l.models.length - shown.length} more rows are in the JSON output._`] : []),
    '',
    '```mermaid',
    ganttChart(l, family),
    '```',
    ...(drawn < l.models.length
      ? ['', `_The chart draws ${drawn} of ${l.models.length} models (at most ${CHART_MAX_MODELS}, latest training end first)._`]
      : []),
    '',
  ].join('\n');
};
