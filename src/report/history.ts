// The audit trail in text and markdown. Values are shown as stored; callers make the text printable/inert.
import type { HistoryReport, HistoryView } from '../checks/history.js';
import { showValue as show } from '../util/printable.js';

const manifestOf = (e: HistoryView): string =>
  e.manifest_generation === null ? `sha256 ${e.manifest_sha256.slice(0, 12)}` : `generation ${e.manifest_generation}`;

/** A one-line account of why and how, for both renderings. */
const why = (e: HistoryView): string =>
  [
    e.reason === null ? '' : `reason: ${JSON.stringify(e.reason)}`,
    e.forced ? `forced${e.failed_gates?.length ? ` past failed gates: ${e.failed_gates.join(', ')}` : ''}` : '',
  ]
    .filter(Boolean)
    .join('; ');

/** Updates list their fields; baseline/insert/delete rows carry the whole row, summarised by its state. */
const changedFields = (e: HistoryView): string[] =>
  e.change === 'update'
    ? e.fields.map((f) => `${f.field}: ${show(f.old)} → ${show(f.new)}`)
    : [`status: ${show(e.status)}, is_production: ${e.is_production} (${e.fields.length} fields)`];

// History rows come from a table anyone with write access can fill: a value must never break a line (a line that
// starts with `::` is a workflow command). Control characters are left to printable(), as for the rest of the text.
const oneLine = (l: string): string => l.replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');

export const historyText = (h: HistoryReport): string[] =>
  [
    ...(h.production?.model_id
      ? [
          `Production at ${h.production.at}: ${h.production.model_id} (since ${h.production.since}${h.production.since_baseline ? ', the start of the history' : ''})`,
        ]
      : []),
    `History (newest first${h.at ? `, up to ${h.at}` : ''}):`,
    ...h.entries.flatMap((e) => [
      `  ${e.changed_at}  ${e.change.padEnd(8)}  ${e.model_id}  by ${e.actor}, manifest ${manifestOf(e)}${why(e) ? `; ${why(e)}` : ''}`,
      ...changedFields(e).map((l) => `      ${l}`),
    ]),
  ].map(oneLine);

export const historyMarkdown = (h: HistoryReport, cell: (v: unknown) => string): string =>
  `${[
    '| Time (UTC) | Change | Model | Fields | By | Manifest | Reason |',
    '|---|---|---|---|---|---|---|',
    ...h.entries.map(
      (e) =>
        `| ${cell(e.changed_at)} | ${cell(e.change)} | ${cell(e.model_id)} | ${changedFields(e).map(cell).join('<br>')} | ${cell(e.actor)} | ${cell(manifestOf(e))} | ${cell(why(e))} |`,
    ),
  ].join('\n')}\n`;
