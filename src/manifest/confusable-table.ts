// Unicode's confusables.txt as the unhomoglyph package ships it (data.json: source code point → prototype), behind a
// function: parsing its 6,300 entries is a few milliseconds that only a non-ASCII id needs. The bundle makes this
// module load the JSON on the first call (scripts/build.mjs lazyConfusableTable); here it loads with the module.
import prototypes from 'unhomoglyph/data.json' with { type: 'json' };

export const confusableTable = (): Readonly<Record<string, string>> => prototypes as Record<string, string>;
