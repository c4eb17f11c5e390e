import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKERS } from '../../src/docs/markers.js';
import { inert, renderBlock } from '../../src/docs/render.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { EXAMPLES } from '../helpers/cli.js';

const m = parseManifest('m.json', readFileSync(`${EXAMPLES}/manifest.json`)).manifest;
const PROD = 'catboost_v9_33features_20260201_011018';
const withNotes = (notes: string) => ({
  ...m,
  models: { ...m.models, [PROD]: { ...(m.models[PROD] as NonNullable<(typeof m.models)[string]>), notes } },
});

describe('renderBlock', () => {
  it('renders the seed block deterministically, without a timestamp', () => {
    const a = renderBlock(m, DEFAULT_MARKERS, { manifestName: 'manifest.json', title: 'CatBoost V9' });
    expect(a).toBe(renderBlock(m, DEFAULT_MARKERS, { manifestName: 'manifest.json', title: 'CatBoost V9' }));
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

  it('uses a user template and refuses one that renders a marker', () => {
    expect(renderBlock(m, DEFAULT_MARKERS, { manifestName: 'm', template: 'Model: {{production_model}} ({{hit_rate}})' })).toBe(
      `Model: ${PROD.replaceAll('_', '\\_')} (71.2%)\n`,
    );
    expect(() => renderBlock(m, DEFAULT_MARKERS, { manifestName: 'm', template: `x\n${DEFAULT_MARKERS.end}\n` })).toThrow(
      /renders a marker/,
    );
  });
});
