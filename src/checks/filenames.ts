// Filename lint: each manifest file name follows the convention and encodes the entry's own training window. Pure.
import type { SourcePosition } from '../errors.js';
import { type ParsedName, parseName } from '../filenames/grammar.js';
import type { ParsedManifest } from '../manifest/parse.js';
import type { Finding } from '../report/types.js';

export interface FilenameRules {
  pattern: RegExp;
  legacy: readonly string[];
}

export interface ExtraName {
  name: string;
  location: SourcePosition;
}

export const lintFilenames = (p: ParsedManifest, rules: FilenameRules, extra: ExtraName[] = []): Finding[] => {
  const out: Finding[] = [];
  const byFile = new Map<string, string>();
  for (const [id, e] of Object.entries(p.manifest.models)) {
    byFile.set(e.file, id);
    out.push(...lintOne(e.file, p.source.locate(['models', id, 'file']), rules, { id, p }));
  }
  for (const x of extra) {
    const id = byFile.get(x.name);
    if (id === undefined) out.push(...lintOne(x.name, x.location, rules));
  }
  return out;
};

const lintOne = (name: string, location: SourcePosition, rules: FilenameRules, entry?: { id: string; p: ParsedManifest }): Finding[] => {
  const base = { field: 'file', location, ...(entry ? { model_id: entry.id } : {}) };
  const r = parseName(rules.pattern, name);
  if (!r.ok) {
    const legacy = rules.legacy.includes(name);
    return [
      {
        ...base,
        code: legacy ? 'filename.legacy' : 'filename.convention',
        severity: legacy ? 'warning' : 'error',
        message: `${name} ${r.reason}${legacy ? ' (listed as legacy)' : ''}`,
        actual: name,
      },
    ];
  }
  if (!entry) return [];
  const e = entry.p.manifest.models[entry.id];
  if (!e) return [];
  return compare(name, r.name, base, {
    window: `${e.training_start_date}..${e.training_end_date}`,
    family: entry.p.manifest.family,
    features: e.feature_count ?? undefined,
  });
};

const compare = (
  name: string,
  n: ParsedName,
  base: Omit<Finding, 'code' | 'severity' | 'message'>,
  want: { window: string; family: string; features: number | undefined },
): Finding[] => {
  const out: Finding[] = [];
  const got = `${n.start}..${n.end}`;
  if (got !== want.window)
    out.push({
      ...base,
      code: 'filename.window',
      severity: 'error',
      message: `${name} encodes training window ${got} but the entry says ${want.window}`,
      expected: want.window,
      actual: got,
    });
  if (n.family !== undefined && n.family !== want.family)
    out.push({
      ...base,
      code: 'filename.family',
      severity: 'error',
      message: `${name} encodes family ${n.family} but the manifest family is ${want.family}`,
      expected: want.family,
      actual: n.family,
    });
  if (n.features !== undefined && want.features !== undefined && n.features !== want.features)
    out.push({
      ...base,
      code: 'filename.features',
      severity: 'error',
      message: `${name} encodes ${n.features} features but the entry says ${want.features}`,
      expected: want.features,
      actual: n.features,
    });
  return out;
};
