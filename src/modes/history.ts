// history: the registry's audit trail, newest first; with --at, which model was production at that instant.
import { historyOf, parseInstant, productionAt } from '../checks/history.js';
import { InputError } from '../errors.js';
import { makeReport, type Report } from '../report/types.js';
import { printable } from '../util/printable.js';
import { familyOf, inParallel, loadManifest, type ModeContext } from './context.js';

/** A value from the history table or a flag, in the one-line summary: no newline, no control character. */
const oneLine = (s: string): string => printable(s.replace(/[\r\n\u2028\u2029]/g, ' '));

export const history = async (ctx: ModeContext): Promise<Report> => {
  const given = ctx.options.at;
  const at = given === undefined ? undefined : parseInstant(given);
  if (at === null)
    throw InputError.at('arguments', `--at ${given} is not a timestamp: use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.ffffff][Z|±HH:MM]`);
  const registry = ctx.sources.registry;
  if (!registry)
    throw InputError.at(ctx.settings.origin, 'history needs a registry (--registry duckdb:PATH or bigquery:PROJECT.DATASET.TABLE)');
  const [parsed, rows] = await inParallel([loadManifest(ctx), registry.readHistory()] as const);
  const family = parsed.manifest.family;
  const model = ctx.options.model;
  const entries = historyOf(rows, family, { model, at });
  const production = at === undefined ? null : productionAt(rows, family, at);
  const of = model === undefined ? '' : ` of ${oneLine(model)}`;
  const summary = production
    ? production.model_id === null
      ? `At ${production.at} no model was production${production.history_starts === null || production.history_starts > production.at ? ` (the history starts ${production.history_starts ?? 'at the first sync'})` : ''}`
      : // The id comes from the history table, not a validated manifest: no control character reaches a log line.
        `At ${production.at} the production model was ${oneLine(production.model_id)}, ${production.since_baseline ? 'at least ' : ''}since ${production.since}`
    : entries.length === 0
      ? `No history${of} yet in ${registry.name}: it starts at the next sync that changes the registry`
      : `${entries.length} change(s)${of} in ${registry.name}, newest first`;
  return makeReport('history', familyOf(ctx, parsed), [], summary, { history: { at: at ?? null, production, entries } });
};
