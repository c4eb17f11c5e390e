// The model filename convention. Pure: parse and format, with the window the name encodes.
import { isCalendarDate } from '../manifest/schema.js';

export const DEFAULT_PATTERN =
  '^(?<family>[a-z0-9]+(?:_[a-z0-9]+)*?)_(?<features>\\d+)f_train(?<start>\\d{8})-(?<end>\\d{8})_(?<created>\\d{8}[T_]\\d{6})\\.cbm$';

export interface ParsedName {
  family?: string;
  features?: number;
  start: string;
  end: string;
  created?: string;
}

export type NameResult = { ok: true; name: ParsedName } | { ok: false; reason: string };

/** Compile a user pattern; it must name the groups `start` and `end`. */
export const compilePattern = (source: string): RegExp => {
  const re = new RegExp(source, 'u');
  const probe = new RegExp(`${source}|`, 'u').exec('');
  const groups = Object.keys(probe?.groups ?? {});
  for (const g of ['start', 'end']) if (!groups.includes(g)) throw new Error(`pattern must have a named group (?<${g}>…)`);
  return re;
};

const isoDate = (compact: string): string => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;

export const parseName = (pattern: RegExp, filename: string): NameResult => {
  const m = pattern.exec(filename);
  if (!m?.groups) return { ok: false, reason: 'does not match the naming convention' };
  const g = m.groups;
  const start = isoDate(g.start ?? '');
  const end = isoDate(g.end ?? '');
  for (const [label, d] of [
    ['start', start],
    ['end', end],
  ] as const)
    if (!isCalendarDate(d)) return { ok: false, reason: `encodes a training ${label} ${d} that is not a real date` };
  if (g.created !== undefined) {
    const c = g.created.replace('_', 'T');
    if (!isCalendarDate(isoDate(c.slice(0, 8))) || !/T([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(c))
      return { ok: false, reason: `encodes a creation time ${g.created} that is not a real time` };
  }
  if (start > end) return { ok: false, reason: `encodes a training window that ends (${end}) before it starts (${start})` };
  return {
    ok: true,
    name: {
      start,
      end,
      ...(g.family === undefined ? {} : { family: g.family }),
      ...(g.features === undefined ? {} : { features: Number(g.features) }),
      ...(g.created === undefined ? {} : { created: g.created }),
    },
  };
};

export interface NameParts {
  family: string;
  features: number;
  start: string;
  end: string;
  /** Any instant; rendered in UTC as YYYYMMDDTHHMMSS. */
  createdAt: Date;
}

const compact = (iso: string) => iso.replaceAll('-', '');

export const formatName = (p: NameParts): string => {
  const c = p.createdAt.toISOString();
  const stamp = `${compact(c.slice(0, 10))}T${c.slice(11, 19).replaceAll(':', '')}`;
  return `${p.family}_${p.features}f_train${compact(p.start)}-${compact(p.end)}_${stamp}.cbm`;
};
