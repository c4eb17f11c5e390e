// The chart checked by Mermaid's own gantt parser: it must parse, and what Mermaid reads back (sections, task
// labels, ids, dates, tags) must be exactly what the rows say, whatever the model ids hold.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_MAX_MODELS, ganttChart, ganttLabel, LABEL_MAX } from '../../src/list/gantt.js';
import { buildListing } from '../../src/list/listing.js';
import type { RegistryRow } from '../../src/registry/row.js';
import { closeMermaid, day, type ParsedTask, parseGantt } from '../helpers/mermaid.js';

afterAll(closeMermaid);

const row = (model_id: string, over: Partial<RegistryRow> = {}): RegistryRow => ({
  model_id,
  family: 'catboost_v9',
  model_version: 'v9',
  file: 'm.cbm',
  gcs_path: 'gs://b/m.cbm',
  feature_count: 33,
  training_start_date: '2025-11-02',
  training_end_date: '2026-01-08',
  eval_start_date: null,
  eval_end_date: null,
  status: 'deprecated',
  is_production: false,
  sha256: '5b3a187b1b6db07d7536686f2be2e25895c045580064af1755b4cb93c032c5e9',
  hit_rate_edge_3plus: 71.2,
  evaluation_mae: 4.82,
  graded_edge_3plus_n: 118,
  created_at: '2026-02-04T00:10:15.000Z',
  promoted_at: null,
  notes: null,
  metrics: null,
  ...over,
});

// What the tasks must be: one training bar per model, one production bar per period; end dates are inclusive.
const expectedTasks = (rows: RegistryRow[], asOf: string): ParsedTask[] => {
  const l = buildListing(rows, 'registry', 'model_registry', asOf);
  const next = (d: string) => day(new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000));
  const base = { crit: false, milestone: false };
  return [
    ...l.models.map((m, i) => ({
      ...base,
      section: 'Training',
      task: ganttLabel(m.model_id),
      id: `t${i}`,
      // Every row here has a training window (rows without one are not drawn).
      start: m.training_start_date as string,
      end: next(m.training_end_date as string),
      active: m.is_production,
      done: !m.is_production && m.status === 'deprecated',
    })),
    ...l.production_periods.map((p, i) => ({
      ...base,
      section: 'Production',
      task: ganttLabel(p.model_id),
      id: `p${i}`,
      start: p.from,
      end: next(p.to),
      active: p.current,
      done: !p.current,
    })),
  ];
};

const SEEDS: RegistryRow[] = [
  row('catboost_v9_33features_20260201_011018', { status: 'production', is_production: true, promoted_at: '2026-02-08' }),
  row('catboost_v9_feb_02_retrain', { training_end_date: '2026-01-31' }),
  row('catboost_v9_2026_02', { training_end_date: '2026-01-31', status: 'untested' }),
];

const HOSTILE = [
  'a:b',
  'x :crit, t9, 2020-01-01, 2020-01-02',
  'section Evil',
  'SECTION Evil',
  'title pwned',
  'click t0 href "javascript:alert(1)"',
  'click t0 call alert()',
  '%%{init: {"theme":"dark"}}%%',
  'a%%comment',
  '% comment',
  'line1\nsection Injected\nevil :2020-01-01, 1d',
  'cr\r\nsection Injected',
  '#quot;#59;',
  'x;y',
  '<img src=x onerror=alert(1)>',
  '&lt;script&gt;',
  '@octocat',
  'ping @github/security #123',
  'dateFormat X',
  'axisFormat %d',
  'excludes weekends',
  'includes 2026-01-01',
  'inclusiveEndDates',
  'todayMarker off',
  'topAxis',
  'tickInterval 1day',
  'weekday monday',
  'weekend friday',
  'accTitle: x',
  'accDescr { x }',
  'accDescription x',
  'gantt',
  'gantt-x',
  '2025-01-01-model',
  '"quoted"',
  '`code` $x$ \\ {y}',
  '}',
  'bidi \u202e txt',
  'nul \u0000 byte',
  'emoji 🧠 and Ω',
  `long_${'x'.repeat(5000)}`,
  '   ',
  '::stop-commands::token',
];

// Any string, weighted towards what the gantt grammar treats specially (random code points rarely hit those).
const anyId = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      ':',
      '#',
      ';',
      '%',
      '%%',
      '\n',
      '@',
      '"',
      '<',
      '&',
      '}',
      '`',
      ' ',
      'a',
      '1',
      'section ',
      'title ',
      'click ',
      '2025-01-01',
      'excludes ',
    ),
    maxLength: 12,
  }),
);

describe('the gantt chart, read back by Mermaid', () => {
  it("draws the seeds' training windows and the production line", async () => {
    const source = ganttChart(buildListing(SEEDS, 'registry', 'model_registry', '2026-03-01'), 'catboost_v9');
    const parsed = await parseGantt(source);
    expect(parsed.title).toBe('catboost_v9 training windows and production (as of 2026-03-01)');
    expect(parsed.todayMarker).toBe('off');
    expect(parsed.sections).toEqual(['Training', 'Production']);
    expect(parsed.tasks).toEqual(expectedTasks(SEEDS, '2026-03-01'));
    expect(parsed.tasks.find((t) => t.section === 'Production')).toMatchObject({
      task: '› catboost_v9_33features_20260201_011018',
      start: '2026-02-08',
      end: '2026-03-02',
      active: true,
    });
  });

  it('same rows in any order → the same bytes', () => {
    const a = ganttChart(buildListing(SEEDS, 'registry', 'r', '2026-03-01'), 'f');
    const b = ganttChart(buildListing([...SEEDS].reverse(), 'registry', 'r', '2026-03-01'), 'f');
    expect(b).toBe(a);
  });

  it('hostile model ids and family stay labels: nothing injected, every task where the rows put it', async () => {
    const rows = HOSTILE.map((id, i) =>
      row(id, {
        training_start_date: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
        training_end_date: `2025-${String((i % 12) + 1).padStart(2, '0')}-20`,
        promoted_at: i % 3 === 0 ? `2026-01-${String((i % 28) + 1).padStart(2, '0')}` : null,
        is_production: i === 3,
        status: i === 3 ? 'production' : 'deprecated',
      }),
    );
    const source = ganttChart(buildListing(rows, 'registry', 'r', '2026-02-15'), 'fam\nsection X :crit, 2020-01-01, 1d %% @team');
    const parsed = await parseGantt(source);
    expect(parsed.sections).toEqual(['Training', 'Production']);
    expect(parsed.title).toBe('fam section X ?crit, 2020-01-01, 1d ?? ?team training windows and production (as of 2026-02-15)');
    expect(parsed.tasks).toEqual(expectedTasks(rows, '2026-02-15'));
    for (const t of parsed.tasks) {
      expect(t.task).toMatch(/^› [A-Za-z0-9_.\-+/=,() ?]*…?$/);
      expect([...t.task].length).toBeLessThanOrEqual(LABEL_MAX + 2);
    }
    expect(source).not.toMatch(/[@#;%<>&"]|:\S*:/);
    // Every line is one the chart composed: a statement keyword, or an indented label with generated task data.
    for (const line of source.split('\n').slice(1))
      expect(line).toMatch(
        /^ {2}(title |dateFormat YYYY-MM-DD$|inclusiveEndDates$|todayMarker off$|section (Training|Production)$|› [^:]* :(\w+, )?[tp]\d+, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d$)/,
      );
  });

  it('any model id at all parses to exactly the rows (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyId, { minLength: 1, maxLength: 4 }), async (ids) => {
        const rows = ids.map((id, i) =>
          row(id, { is_production: i === 0, status: i === 0 ? 'production' : 'untested', promoted_at: '2026-01-20' }),
        );
        const parsed = await parseGantt(ganttChart(buildListing(rows, 'registry', 'r', '2026-02-01'), 'f'));
        expect(parsed.tasks).toEqual(expectedTasks(rows, '2026-02-01'));
      }),
      { numRuns: 60 },
    );
  });

  it(`draws at most ${CHART_MAX_MODELS} models, those whose training ended last`, async () => {
    const rows = Array.from({ length: CHART_MAX_MODELS + 5 }, (_, i) =>
      row(`m${String(i).padStart(3, '0')}`, { training_end_date: day(new Date(Date.UTC(2026, 0, 1 + i))) }),
    );
    const parsed = await parseGantt(ganttChart(buildListing(rows, 'registry', 'r', '2026-05-01'), 'f'));
    expect(parsed.tasks.length).toBe(CHART_MAX_MODELS);
    expect(parsed.tasks.map((t) => t.task)).not.toContain('› m004');
    expect(parsed.tasks.map((t) => t.task)).toContain('› m005');
  });

  it('a row whose dates are not dates is left out of the chart rather than written into it', () => {
    const rows = [row('ok'), row('bad', { training_end_date: '2026-01-08\nclick t0 href "x"' })];
    const source = ganttChart(buildListing(rows, 'registry', 'r', '2026-03-01'), 'f');
    expect(source).toContain('› ok ');
    expect(source).not.toContain('bad');
  });
});
