// Unicode confusable skeletons (UTS #39, section 4): two strings that look alike, such as "catboost" with a
// Cyrillic а and the Latin one, or "model_1" and "model_l", have the same skeleton. The mapping is Unicode's
// confusables.txt as the unhomoglyph package ships it (confusable-table.ts).
import { confusableTable } from './confusable-table.js';

/**
 * The table's entries for ASCII code points: every other ASCII character is its own prototype. Held here so an ASCII
 * id (the rule) never needs the whole table; test/manifest/confusable.test.ts derives it from data.json.
 */
export const ASCII_PROTOTYPES: Readonly<Record<string, string>> = {
  '"': "''",
  '%': 'º/₀',
  '0': 'O',
  '1': 'l',
  I: 'l',
  '`': "'",
  m: 'rn',
  '|': 'l',
};

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
      return ASCII_PROTOTYPES[c] ?? c;
    });
    const codes = ascii;
    let out = '';
    for (let k = 0; k < s.length; k++) out += codes[s.charCodeAt(k)];
    return ASCII.test(out) ? out : out.normalize('NFD');
  }
  // Looked up in the parsed JSON object itself: copying its 6,000 entries into a Map cost more than every lookup of a
  // run. Own properties only, so nothing inherited from Object.prototype is a prototype.
  const table = confusableTable();
  let out = '';
  for (const c of s.normalize('NFD').replace(INVISIBLE, '')) out += Object.hasOwn(table, c) ? table[c] : c;
  return out.normalize('NFD');
};
