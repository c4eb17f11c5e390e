import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mirrorDrift, valueDifferences } from '../../src/checks/mirror.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { EXAMPLES } from '../helpers/cli.js';

const text = readFileSync(`${EXAMPLES}/manifest.json`, 'utf8');
const json = JSON.parse(text);
const PROD = json.production_model as string;
const parse = (name: string, value: unknown, indent: number | string = 2) =>
  parseManifest(name, Buffer.from(JSON.stringify(value, null, indent)));

describe('valueDifferences', () => {
  it.each([
    ['equal scalars', 1, 1, []],
    ['1.0 and 1 are one number', 1.0, 1, []],
    ['a changed leaf', { a: { b: 1 } }, { a: { b: 2 } }, [{ path: ['a', 'b'], here: 1, there: 2 }]],
    ['a key only here', { a: 1, b: 2 }, { a: 1 }, [{ path: ['b'], here: 2, there: undefined }]],
    ['a key only there', {}, { z: null }, [{ path: ['z'], here: undefined, there: null }]],
    [
      'arrays by index',
      [1, 2],
      [1, 3, 4],
      [
        { path: [1], here: 2, there: 3 },
        { path: [2], here: undefined, there: 4 },
      ],
    ],
    ['object against array', { a: [] }, { a: {} }, [{ path: ['a'], here: [], there: {} }]],
    ['a __proto__ key is data', JSON.parse('{"__proto__": 1}'), {}, [{ path: ['__proto__'], here: 1, there: undefined }]],
  ])('%s', (_, here, there, want) => {
    expect(valueDifferences(here, there)).toEqual(want);
  });
});

describe('mirrorDrift', () => {
  it('is clean for the same manifest formatted differently', () => {
    expect(mirrorDrift(parseManifest('manifest.json', Buffer.from(text)), parse('gs://b/manifest.json', json, '\t'))).toEqual([]);
  });

  it('names every differing field with both values, located in the configured copy', () => {
    const other = structuredClone(json);
    other.models[PROD].training_end_date = '2026-01-07';
    other.models[PROD].metrics.mae = 5;
    delete other.models[PROD].notes;
    const findings = mirrorDrift(parseManifest('manifest.json', Buffer.from(text)), parse('gs://b/manifest.json', other));
    expect(findings.map((f) => [f.field, f.expected, f.actual])).toEqual([
      [`$.models.${PROD}.metrics.mae`, 4.82, 5],
      [`$.models.${PROD}.notes`, json.models[PROD].notes, null],
      [`$.models.${PROD}.training_end_date`, '2026-01-08', '2026-01-07'],
    ]);
    expect(findings[2]).toMatchObject({
      code: 'manifest.mirror',
      severity: 'error',
      message: `$.models.${PROD}.training_end_date is "2026-01-08" in manifest.json but "2026-01-07" in gs://b/manifest.json`,
      location: { file: 'manifest.json', line: 12 },
    });
    expect(findings[1]?.message).toMatch(/ in manifest\.json but absent in gs:\/\/b\/manifest\.json$/);
  });

  it('shortens a long value in the message; expected and actual keep it whole', () => {
    const [here, there] = [structuredClone(json), structuredClone(json)];
    here.models[PROD].metrics.vegas_bias = 'a'.repeat(60_000);
    there.models[PROD].metrics.vegas_bias = 'b'.repeat(60_000);
    const [f] = mirrorDrift(parse('manifest.json', here), parse('gs://b/manifest.json', there));
    expect(f?.message).toMatch(
      /^\$\.models\.\S+\.metrics\.vegas_bias is "a{199}… \(60,002 characters\) in manifest\.json but "b{199}… \(60,002 characters\) in gs:/,
    );
    expect(f?.message.length).toBeLessThan(600);
    expect(f?.expected).toBe('a'.repeat(60_000));
  });
});
