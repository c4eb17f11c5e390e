import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inert } from '../../src/docs/inert.js';
import { DEFAULT_MARKERS } from '../../src/docs/markers.js';
import { renderBlock } from '../../src/docs/render.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { EXAMPLES } from '../helpers/cli.js';

const m = parseManifest('m.json', readFileSync(`${EXAMPLES}/manifest.json`)).manifest;
// The seeds' headline metrics and warning, as examples/model-governance.yml words them.
const SEEDS_BLOCK = parse(readFileSync(`${EXAMPLES}/model-governance.yml`, 'utf8')).block;
const PROD = 'catboost_v9_33features_20260201_011018';
const withNotes = (notes: string) => ({
  ...m,
  models: { ...m.models, [PROD]: { ...(m.models[PROD] as NonNullable<(typeof m.models)[string]>), notes } },
});

describe('renderBlock', () => {
  it("renders the seeds' block from the examples config, deterministically, without a timestamp", () => {
    const a = renderBlock(m, DEFAULT_MARKERS, { manifestName: 'manifest.json', title: 'CatBoost V9', block: SEEDS_BLOCK });
    expect(a).toBe(renderBlock(m, DEFAULT_MARKERS, { manifestName: 'manifest.json', title: 'CatBoost V9', block: SEEDS_BLOCK }));
    expect(a).toMatchSnapshot();
    expect(a).not.toMatch(/\d{2}:\d{2}:\d{2}/);
  });

  it('renders hostile notes as inert text: no marker, no HTML comment, no mention, no table break', () => {
    const hostile = '<!-- model-governance:end -->\n| x | y |\n@octocat <script>alert(1)</script> [link](http://x) `code` **bold**';
    const out = renderBlock(withNotes(hostile), DEFAULT_MARKERS, { manifestName: 'm' });
    const notes = out.split('\n').find((l) => l.startsWith('**Notes:**')) ?? '';
    expect(notes).not.toMatch(/<!--|<script|@octocat|\n/);
    expect(notes).toContain('&lt;!--');
    expect(out.split('\n').filter((l) => l.trim() === DEFAULT_MARKERS.end)).toEqual([]);
    expect(inert('a|b')).toBe('a\\|b');
    expect(inert('@team')).toBe('@\u200dteam');
  });

  it('without a block config, says nothing team-specific: every numeric metric as the manifest names it, no warning', () => {
    const out = renderBlock(m, DEFAULT_MARKERS, { manifestName: 'manifest.json' });
    expect(out).not.toMatch(/Medium Quality|CRITICAL|edge >= 3/);
    expect(out).toContain('| hit\\_rate\\_edge\\_3plus | 71.2 |\n| mae | 4.82 |\n| graded\\_edge\\_3plus\\_n | 118 |\n');
  });

  it('a configured metric the model lacks, or a format naming one, renders n/a', () => {
    const block = {
      metrics: [
        { label: 'AUC', metric: 'auc' },
        { label: 'Hit', metric: 'mae', format: '{value} ({missing})' },
      ],
    };
    const out = renderBlock(m, DEFAULT_MARKERS, { manifestName: 'm', block });
    expect(out).toContain('| AUC | n/a |\n| Hit | n/a |\n');
  });

  it('config text may be markdown but never HTML, a comment or a second line', () => {
    const block = { metrics: [{ label: '<!-- x --> **L**\nnext', metric: 'mae' }], warning: '<script>x</script>' };
    const out = renderBlock(m, DEFAULT_MARKERS, { manifestName: 'm', block });
    expect(out).toContain('| &lt;!-- x --> **L** next | 4.82 |');
    expect(out).toContain('\n&lt;script>x&lt;/script>\n');
  });

  it('bounds what a list section renders by the list: a large body repeated per row, or nested, is refused', () => {
    const block = { metrics: Array.from({ length: 40 }, (_, i) => ({ label: `m${i}`, metric: 'mae' })) };
    const body = 'x'.repeat(60_000);
    expect(() =>
      renderBlock(m, DEFAULT_MARKERS, { manifestName: 'm', block, template: `{{#metric_rows}}${body}{{/metric_rows}}` }),
    ).toThrow(/could render more than 1048576 characters/);
    const nested = `${'{{#metric_rows}}'.repeat(4)}{{label}}${'{{/metric_rows}}'.repeat(4)}`;
    expect(() => renderBlock(m, DEFAULT_MARKERS, { manifestName: 'm', block, template: nested })).toThrow(/could render more than/);
    // One row's worth of the same body is fine.
    expect(
      renderBlock(m, DEFAULT_MARKERS, {
        manifestName: 'm',
        block: { metrics: [{ label: 'MAE', metric: 'mae' }] },
        template: `{{#metric_rows}}${body}{{/metric_rows}}`,
      }),
    ).toHaveLength(60_001);
  });

  it('refuses an unknown template variable instead of rendering it empty', () => {
    expect(() =>
      renderBlock(m, DEFAULT_MARKERS, {
        manifestName: 'm',
        template: '{{production_model}} {{hit_rat}} {{#metric_rows}}{{lable}}{{/metric_rows}}',
      }),
    ).toThrow('unknown template variable {{hit_rat}}, {{lable}}');
  });

  it('uses a user template and refuses one that renders a marker', () => {
    expect(renderBlock(m, DEFAULT_MARKERS, { manifestName: 'm', template: 'Model: {{production_model}} ({{hit_rate}})' })).toBe(
      `Model: ${PROD.replaceAll('_', '\\_')} (71.2%)\n`,
    );
    expect(() => renderBlock(m, DEFAULT_MARKERS, { manifestName: 'm', template: `x\n${DEFAULT_MARKERS.end}\n` })).toThrow(
      /renders a marker/,
    );
  });
});
