// Unicode confusable skeletons (UTS #39, section 4): two strings that look alike, such as "catboost" with a
// Cyrillic а and the Latin one, or "model_1" and "model_l", have the same skeleton. The mapping is Unicode's
// confusables.txt as the unhomoglyph package ships it (data.json: source code point → prototype).
import prototypes from 'unhomoglyph/data.json' with { type: 'json' };

// Looked up in the parsed JSON object itself: copying its 6,000 entries into a Map cost more at start-up than every
// lookup of a run. Own properties only, so nothing inherited from Object.prototype is a prototype.
const table = prototypes as Record<string, string>;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

// ASCII ids are the rule, and for them NFD and the ignorable filter change nothing: their prototypes, one lookup
// per character in a table of 128, skip both Unicode passes over the input (a manifest may hold 10,000 ids).
let ascii: string[] | undefined;
const ASCII = /^[\x00-\x7f]*$/;

/** skeleton(X) = NFD(prototype of each code point of NFD(X) without default-ignorables). */
export const skeleton = (s: string): string => {
  if (ASCII.test(s)) {
    ascii ??= Array.from({ length: 128 }, (_, k) => {
      const c = String.fromCharCode(k);
      return Object.hasOwn(table, c) ? (table[c] as string) : c;
    });
    const codes = ascii;
    let out = '';
    for (let k = 0; k < s.length; k++) out += codes[s.charCodeAt(k)];
    return ASCII.test(out) ? out : out.normalize('NFD');
  }
  let out = '';
  for (const c of s.normalize('NFD').replace(INVISIBLE, '')) out += Object.hasOwn(table, c) ? table[c] : c;
  return out.normalize('NFD');
};
