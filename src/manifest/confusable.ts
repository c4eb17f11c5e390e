// Unicode confusable skeletons (UTS #39, section 4): two strings that look alike, such as "catboost" with a
// Cyrillic а and the Latin one, or "model_1" and "model_l", have the same skeleton. The mapping is Unicode's
// confusables.txt as the unhomoglyph package ships it (data.json: source code point → prototype).
import prototypes from 'unhomoglyph/data.json' with { type: 'json' };

// Built on first use: a manifest with one model never needs it.
let map: Map<string, string> | undefined;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

// ASCII ids are the rule, and for them NFD and the ignorable filter change nothing: their prototypes, one lookup
// per character in a table of 128, skip both Unicode passes over the input (a manifest may hold 10,000 ids).
let ascii: string[] | undefined;
const ASCII = /^[\x00-\x7f]*$/;

/** skeleton(X) = NFD(prototype of each code point of NFD(X) without default-ignorables). */
export const skeleton = (s: string): string => {
  map ??= new Map(Object.entries(prototypes as Record<string, string>));
  if (ASCII.test(s)) {
    const m = map;
    ascii ??= Array.from({ length: 128 }, (_, k) => m.get(String.fromCharCode(k)) ?? String.fromCharCode(k));
    const table = ascii;
    let out = '';
    for (let k = 0; k < s.length; k++) out += table[s.charCodeAt(k)];
    return ASCII.test(out) ? out : out.normalize('NFD');
  }
  let out = '';
  for (const c of s.normalize('NFD').replace(INVISIBLE, '')) out += map.get(c) ?? c;
  return out.normalize('NFD');
};
