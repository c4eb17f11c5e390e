// Training-window duplicates: the same window trained twice is how a worse model replaces a good one. Pure.
import type { Manifest } from '../manifest/schema.js';
import type { RegistryRow } from '../registry/row.js';
import { byId } from '../registry/row.js';

export interface Window {
  start: string;
  end: string;
}

export interface KnownModel {
  model_id: string;
  /** A registry row this tool did not write (see RegistryRow) may hold NULL in these. */
  family: string | null;
  status: string | null;
  sha256: string | null;
  created_at: string | null;
  window: Window;
  source: 'manifest' | 'registry';
}

export const fromManifest = (m: Manifest): KnownModel[] =>
  Object.entries(m.models).map(([id, e]) => ({
    model_id: id,
    family: m.family,
    status: e.status,
    sha256: e.sha256,
    created_at: new Date(e.created_at).toISOString(),
    window: { start: e.training_start_date, end: e.training_end_date },
    source: 'manifest',
  }));

/** A row with no training window (a legacy row may hold NULL there) cannot share or overlap one: left out. */
export const fromRegistry = (rows: RegistryRow[]): KnownModel[] =>
  rows.flatMap((r): KnownModel[] =>
    r.training_start_date === null || r.training_end_date === null
      ? []
      : [
          {
            model_id: r.model_id,
            family: r.family,
            status: r.status,
            sha256: r.sha256,
            created_at: r.created_at,
            window: { start: r.training_start_date, end: r.training_end_date },
            source: 'registry',
          },
        ],
  );

/** One entry per model id; the manifest wins over the registry. */
export const mergeKnown = (manifest: KnownModel[], registry: KnownModel[]): KnownModel[] => {
  const ids = new Set(manifest.map((k) => k.model_id));
  return [...manifest, ...registry.filter((k) => !ids.has(k.model_id))].sort((a, b) => byId(a.model_id, b.model_id));
};

export const sameWindow = (a: Window, b: Window): boolean => a.start === b.start && a.end === b.end;
export const overlaps = (a: Window, b: Window): boolean => a.start <= b.end && b.start <= a.end;

export const matchWindow = (known: KnownModel[], w: Window) => ({
  equal: known.filter((k) => sameWindow(k.window, w)),
  overlapping: known.filter((k) => !sameWindow(k.window, w) && overlaps(k.window, w)),
});

/** Groups of two or more models that share one window exactly. */
export const sharedWindows = (known: KnownModel[]): KnownModel[][] => {
  const groups = new Map<string, KnownModel[]>();
  for (const k of known) {
    const key = `${k.window.start}..${k.window.end}`;
    groups.set(key, [...(groups.get(key) ?? []), k]);
  }
  return [...groups.entries()]
    .filter(([, g]) => g.length > 1)
    .sort(([a], [b]) => byId(a, b))
    .map(([, g]) => g);
};

/** "no family" or "family X" when it is not `family`; nothing when it is (or no family is given). */
export const otherFamily = (k: KnownModel, family?: string): string[] =>
  family === undefined || k.family === family ? [] : [k.family === null ? 'no family' : `family ${k.family}`];

/** A model's status, or what a row without one shows. */
export const statusOf = (k: KnownModel): string => k.status ?? 'no status';

export const describeModel = (k: KnownModel, family?: string): string =>
  `${k.model_id} (${[
    ...otherFamily(k, family),
    statusOf(k),
    k.sha256 === null ? 'no sha256' : `sha256 ${k.sha256.slice(0, 12)}`,
    ...(k.created_at === null ? [] : [`created ${k.created_at}`]),
    `from ${k.source}`,
  ].join(', ')})`;
