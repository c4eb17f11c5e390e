// The Mermaid `gantt` chart of training windows and production periods. Pure and deterministic.
//
// Every label comes from data, so it is reduced to characters Mermaid's gantt grammar treats as plain text:
// the lexer ends a task's text at `:` and a line at a newline, treats `#…;` as an entity, `%` as the start of a
// comment, and reads a line that begins with a keyword (section, title, click, excludes, a date…, in any case)
// as that statement. So a label keeps only ASCII letters, digits and `_ . - + / = , ( )` and spaces (anything
// else becomes `?`, which also stops `@mentions` and `#references`), is cut to a bounded length, and starts with
// `›`, a character no gantt statement begins with. The exact ids are in the table above the chart.
import { isCalendarDate } from '../manifest/schema.js';
import type { ListedModel, Listing } from './listing.js';

export const LABEL_MAX = 60;
/** GitHub refuses diagrams above ~50,000 characters; this many models keeps well below it. */
export const CHART_MAX_MODELS = 50;

const PLAIN = /^[A-Za-z0-9_.\-+/=,() ]$/u;

/** Text that Mermaid's gantt lexer reads as plain text, on one line, at most `max` characters. */
export const ganttText = (value: string, max = LABEL_MAX): string => {
  const chars = [...value.replace(/\s+/g, ' ').trim()].map((c) => (PLAIN.test(c) ? c : '?'));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};

export const ganttLabel = (id: string): string => `› ${ganttText(id) || '(blank)'}`;

const trainingTag = (m: ListedModel): string => (m.is_production ? 'active, ' : m.status === 'deprecated' ? 'done, ' : '');

/** The models the chart draws: all of them, or the CHART_MAX_MODELS whose training ended last. */
export const chartModels = (listing: Listing): ListedModel[] => {
  // A registry is data too: a row whose dates are not real dates cannot be drawn (and must not reach the source).
  const drawable = listing.models.filter(
    (m): m is ListedModel & { training_start_date: string; training_end_date: string } =>
      m.training_start_date !== null &&
      m.training_end_date !== null &&
      isCalendarDate(m.training_start_date) &&
      isCalendarDate(m.training_end_date),
  );
  if (drawable.length <= CHART_MAX_MODELS) return drawable;
  const keep = new Set(
    [...drawable]
      .sort((a, b) => (a.training_end_date < b.training_end_date ? 1 : a.training_end_date > b.training_end_date ? -1 : 0))
      .slice(0, CHART_MAX_MODELS),
  );
  return drawable.filter((m) => keep.has(m));
};

/**
 * The chart's source, without the code fence. Dates are inclusive (`inclusiveEndDates`), so every date in the
 * source is a date from the data (or the as-of day). Task ids are generated (t0…, p0…), never taken from data.
 */
export const ganttChart = (listing: Listing, family: string): string => {
  const models = chartModels(listing);
  const ids = new Set(models.map((m) => m.model_id));
  const periods = listing.production_periods.filter((p) => ids.has(p.model_id) && isCalendarDate(p.from) && isCalendarDate(p.to));
  return [
    'gantt',
    `  title ${ganttText(`${family} training windows and production (as of ${listing.as_of})`, 200)}`,
    '  dateFormat YYYY-MM-DD',
    '  inclusiveEndDates',
    // The chart is as of one day; a marker at the viewer's today would contradict an earlier --as-of.
    '  todayMarker off',
    '  section Training',
    ...models.map((m, i) => `  ${ganttLabel(m.model_id)} :${trainingTag(m)}t${i}, ${m.training_start_date}, ${m.training_end_date}`),
    ...(periods.length
      ? [
          '  section Production',
          ...periods.map((p, i) => `  ${ganttLabel(p.model_id)} :${p.current ? 'active' : 'done'}, p${i}, ${p.from}, ${p.to}`),
        ]
      : []),
  ].join('\n');
};
