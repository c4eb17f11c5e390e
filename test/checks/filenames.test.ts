import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFilenames } from '../../src/checks/filenames.js';
import { compilePattern, DEFAULT_PATTERN } from '../../src/filenames/grammar.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { EXAMPLES } from '../helpers/cli.js';

const parsed = parseManifest('manifest.json', readFileSync(`${EXAMPLES}/manifest.json`));
const pattern = compilePattern(DEFAULT_PATTERN);
const LEGACY = 'catboost_v9_33features_20260201_011018.cbm';

describe('lintFilenames', () => {
  it('makes the legacy filename a warning when listed and an error when not', () => {
    const listed = lintFilenames(parsed, { pattern, legacy: [LEGACY] }).filter((f) => f.actual === LEGACY);
    const unlisted = lintFilenames(parsed, { pattern, legacy: [] }).filter((f) => f.actual === LEGACY);
    expect(listed.map((f) => [f.code, f.severity])).toEqual([['filename.legacy', 'warning']]);
    expect(unlisted.map((f) => [f.code, f.severity])).toEqual([['filename.convention', 'error']]);
  });

  it('catches a name whose encoded window is not the entry window', () => {
    const f = lintFilenames(parsed, { pattern, legacy: [] }).find((x) => x.code === 'filename.window');
    expect(f).toMatchObject({
      model_id: 'catboost_v9_2026_02',
      expected: '2025-11-02..2026-01-31',
      actual: '2025-11-02..2026-01-08',
      location: { line: 50, column: 15 },
    });
  });

  it('checks extra files from globs for conformance only', () => {
    const extra = [
      { name: 'catboost_v9_33f_train20251102-20260230_20260208T144749.cbm', location: { file: 'models/a.cbm' } },
      { name: 'catboost_v9_33f_train20251102-20260108_20260208T144749.cbm', location: { file: 'models/b.cbm' } },
    ];
    const found = lintFilenames(parsed, { pattern, legacy: [LEGACY, 'catboost_v9_feb_02_retrain.cbm'] }, extra).filter((f) =>
      f.location?.file.startsWith('models/'),
    );
    expect(found.map((f) => f.message)).toEqual([
      'catboost_v9_33f_train20251102-20260230_20260208T144749.cbm encodes a training end 2026-02-30 that is not a real date',
    ]);
  });
});
