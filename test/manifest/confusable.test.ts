// The ASCII fast path of skeleton() must give what the definition gives (NFD, drop default-ignorables, map each code
// point to its prototype, NFD again), on every ASCII pair and on strings that leave ASCII after mapping.
import prototypes from 'unhomoglyph/data.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { ASCII_PROTOTYPES, skeleton } from '../../src/manifest/confusable.js';

const map = new Map(Object.entries(prototypes as Record<string, string>));
const definition = (s: string): string => {
  let out = '';
  for (const c of s.normalize('NFD').replace(/\p{Default_Ignorable_Code_Point}/gu, '')) out += map.get(c) ?? c;
  return out.normalize('NFD');
};

describe('skeleton', () => {
  it("holds exactly data.json's entries for ASCII code points", () => {
    const ascii = Object.fromEntries([...map].filter(([c]) => c.length === 1 && c.charCodeAt(0) < 128));
    expect(ASCII_PROTOTYPES).toEqual(ascii);
    expect(Object.keys(ascii).length).toBeGreaterThan(0);
  });

  it('equals the UTS #39 definition on every pair of ASCII characters', () => {
    const differ: string[] = [];
    for (let a = 0; a < 128; a++)
      for (let b = 0; b < 128; b++) {
        const s = String.fromCharCode(a, b);
        if (skeleton(s) !== definition(s)) differ.push(JSON.stringify(s));
      }
    expect(differ).toEqual([]);
  });

  it('equals it on ids with and without non-ASCII characters', () => {
    for (const s of ['catboost_v9_m000001', 'model_l', 'model_1', 'rn_m', 'caтboost', 'e\u0301', 'a\u200bb', '😀x', ''])
      expect(skeleton(s)).toBe(definition(s));
  });
});
