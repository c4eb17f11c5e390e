// Config typos: an unknown key is named where it is written, with the nearest key that is valid there, in one line
// (and without a second line about the required key it was meant to be). Pure.
import type * as z from 'zod/mini';

type Path = (string | number)[];
export interface KeyIssue {
  path: Path;
  message: string;
  /** The issue is about the key itself (point at it), not its value. */
  key?: boolean;
}

/** Edit distance (insert, delete, substitute, swap of neighbours): `model_env` is 1 from `model-env`. */
export const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
};

/** The closest candidate, when it is close enough to be what was meant. */
export const nearest = (word: string, candidates: readonly string[]): string | undefined => {
  const norm = (s: string) => s.toLowerCase().replace(/[-_ ]/g, '');
  let best: { key: string; d: number } | undefined;
  for (const c of candidates) {
    const d = norm(word) === norm(c) ? 0 : distance(word.toLowerCase(), c.toLowerCase());
    if (best === undefined || d < best.d) best = { key: c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.key : undefined;
};

// zod/mini keeps a schema's parts in `def`: objects their shape, wrappers their inner type, arrays their element.
interface Def {
  type: string;
  shape?: Record<string, { def: Def }>;
  innerType?: { def: Def };
  element?: { def: Def };
}

/** The keys valid in the object at `path` of a schema, or undefined where the path leaves the known shape. */
export const keysAt = (schema: z.ZodMiniType, path: Path): string[] | undefined => {
  let def = (schema as unknown as { def: Def }).def;
  for (const seg of [...path, null]) {
    while (def.innerType) def = def.innerType.def;
    if (seg === null) return def.shape ? Object.keys(def.shape) : undefined;
    const next = typeof seg === 'number' ? def.element : def.shape?.[seg];
    if (!next) return undefined;
    def = next.def;
  }
  return undefined;
};

/**
 * Rewrite zod issues: each unknown key becomes its own issue at the key, suggesting the nearest valid one; a
 * "required" issue for the key that a typo was meant to be is dropped, since the typo line already says it.
 */
export const explainUnknownKeys = (
  issues: readonly { code: string; path: PropertyKey[]; message: string; keys?: string[] }[],
  schemaAt: (path: Path) => string[] | undefined,
): KeyIssue[] => {
  const plain = (p: PropertyKey[]): Path => p.filter((s): s is string | number => typeof s !== 'symbol');
  const suggested = new Set<string>();
  const typos: KeyIssue[] = [];
  for (const i of issues) {
    if (i.code !== 'unrecognized_keys') continue;
    const at = plain(i.path);
    const valid = schemaAt(at) ?? [];
    for (const key of i.keys ?? []) {
      const near = nearest(key, valid);
      if (near) suggested.add(JSON.stringify([...at, near]));
      typos.push({ path: [...at, key], key: true, message: `unknown key "${key}"${near ? `; did you mean "${near}"?` : ''}` });
    }
  }
  const rest = issues
    .filter((i) => i.code !== 'unrecognized_keys' && !suggested.has(JSON.stringify(plain(i.path))))
    .map((i) => ({ path: plain(i.path), message: i.message }));
  return [...typos, ...rest];
};
