// Model ids must read as what they are: no invisible code points, NFC, and no two ids that look alike.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, type Problem } from '../../src/errors.js';
import { skeleton } from '../../src/manifest/confusable.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { EXAMPLES } from '../helpers/cli.js';

const good = readFileSync(`${EXAMPLES}/manifest.json`, 'utf8');
const FIRST = 'catboost_v9_33features_20260201_011018';
const SECOND = 'catboost_v9_feb_02_retrain';
/** The example with its second (deprecated) model renamed to `id`. */
/** The line of the second model's key in the examples manifest, where these problems point. */
const SECOND_LINE = good.split('\n').findIndex((l) => l.includes(`"${'catboost_v9_feb_02_retrain'}": {`)) + 1;
const withSecond = (id: string) => good.replace(`"${SECOND}": {`, `${JSON.stringify(id)}: {`);
const problems = (text: string): Problem[] => {
  try {
    parseManifest('m.json', Buffer.from(text));
    return [];
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
};

describe('model ids', () => {
  it.each([
    ['U+200B zero width space', `${FIRST}\u200b`, 'U+200B'],
    ['U+2060 word joiner', `catboost\u2060_v9`, 'U+2060'],
    ['U+00AD soft hyphen', `cat\u00adboost`, 'U+00AD'],
    ['U+200E left-to-right mark', `\u200e${FIRST}`, 'U+200E'],
    ['U+200F right-to-left mark', `${FIRST}\u200f`, 'U+200F'],
    ['U+061C Arabic letter mark', `${FIRST}\u061c`, 'U+061C'],
    ['U+FEFF inside an id', `cat\ufeffboost`, 'U+FEFF'],
    ['U+180E Mongolian vowel separator', `cat\u180eboost`, 'U+180E'],
    ['U+FE0F variation selector', `cat\ufe0fboost`, 'U+FE0F'],
    ['U+E0041 tag letter', `cat\u{e0041}boost`, 'U+E0041'],
  ])('rejects an id with %s, naming the code point and showing it escaped in the path', (_, id, label) => {
    const [p, ...rest] = problems(withSecond(id));
    expect(rest).toEqual([]);
    expect(p?.message).toBe(`model id contains the invisible code point ${label} (default-ignorable); ids must not`);
    expect(p?.path).toMatch(/\\u\{?[0-9a-f]{4,5}\}?/);
    expect(p?.line).toBe(SECOND_LINE);
  });

  it('rejects an id that is not NFC (e + combining acute vs é)', () => {
    const [p] = problems(withSecond('mod\u0065\u0301le'));
    expect(p?.message).toBe('model id is not in Unicode normalization form NFC; write it composed (NFC)');
    expect(problems(withSecond('mod\u00e9le'))).toEqual([]);
  });

  it.each([
    ['Cyrillic а for Latin a', FIRST.replace('a', '\u0430'), String.raw`"c\u0430tboost_v9_33features_20260201_011018"`],
    ['fullwidth ｖ', FIRST.replace('v9', '\uff569'), String.raw`"catboost_\uff569_33features_20260201_011018"`],
    ['Greek ο for Latin o', FIRST.replace('boost', 'b\u03bfost'), String.raw`"catb\u03bfost_v9_33features_20260201_011018"`],
  ])('reports two ids that look alike (%s), naming both ids and JSON paths on one line', (_, id, shown) => {
    const ps = problems(withSecond(id));
    expect(ps).toHaveLength(1);
    const [p] = ps;
    expect(p?.line).toBe(SECOND_LINE);
    expect(p?.message).toBe(
      `model id ${shown} looks like "${FIRST}" at $.models.${FIRST} (same Unicode confusable skeleton, UTS #39); rename one`,
    );
    expect(p?.message).not.toMatch(/\n/);
  });

  it.each([
    ['model_1', 'model_l'],
    ['model_0', 'model_O'],
    ['model_rn', 'model_m'],
  ])('ASCII look-alikes %s / %s share a skeleton', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
    expect(
      problems(good.replace(`"${FIRST}": {`, `"${a}": {`).replace(`"${SECOND}": {`, `"${b}": {`).replaceAll(`"${FIRST}"`, `"${a}"`)),
    ).toEqual([expect.objectContaining({ message: expect.stringMatching(/looks like .* \(same Unicode confusable skeleton/) })]);
  });

  it('accepts ids that merely differ (v8 / v9, dates) and non-ASCII ids in NFC', () => {
    expect(problems(withSecond('catboost_v8_33features_20260201_011018'))).toEqual([]);
    expect(problems(withSecond('modèle_été'))).toEqual([]);
    expect(problems(withSecond('模型_2026'))).toEqual([]);
  });

  it('oracle: an invisible code point anywhere in an id is refused, and never hides in a skeleton', () => {
    const invisible = fc.constantFrom(
      '\u00ad',
      '\u034f',
      '\u061c',
      '\u115f',
      '\u17b4',
      '\u180b',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u2060',
      '\u2064',
      '\u3164',
      '\ufe00',
      '\ufeff',
      '\uffa0',
      '\u{1d173}',
      '\u{e0001}',
      '\u{e01ef}',
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9_]{1,20}$/), fc.nat(), invisible, (id, at, c) => {
        const i = at % (id.length + 1);
        const hidden = id.slice(0, i) + c + id.slice(i);
        expect(skeleton(hidden)).toBe(skeleton(id));
        const [p] = problems(withSecond(hidden));
        expect(p?.message).toMatch(/^model id contains the invisible code point U\+[0-9A-F]{4,5} /);
      }),
      { numRuns: 200 },
    );
  });
});
