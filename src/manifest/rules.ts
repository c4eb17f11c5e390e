// Cross-field rules the schema alone cannot say. Pure: manifest in, problems out.
import { extraMetrics, METRICS_MAX_BYTES } from '../registry/metrics.js';
import { skeleton } from './confusable.js';
import { escapeCodePoint, jsonPath, type PathSegment } from './json-source.js';
import type { Manifest, ModelEntry } from './schema.js';

export interface RuleProblem {
  path: PathSegment[];
  message: string;
  /** Point at the key rather than its value (a problem with a model id). */
  key?: boolean;
}

// Non-ASCII shown as escapes: two confusable ids would otherwise print identically in the message about them.
const visible = (id: string): string => JSON.stringify(id).replace(/[^\x20-\x7e]/gu, escapeCodePoint);

/** Ids that would look alike to a reader (same UTS #39 skeleton): each later one is reported, naming the first. */
const confusableIds = (ids: string[]): RuleProblem[] => {
  const first = new Map<string, string>();
  const out: RuleProblem[] = [];
  if (ids.length < 2) return out;
  for (const id of ids) {
    const k = skeleton(id);
    const other = first.get(k);
    if (other === undefined) first.set(k, id);
    else
      out.push({
        path: ['models', id],
        key: true,
        message: `model id ${visible(id)} looks like ${visible(other)} at ${jsonPath(['models', other])} (same Unicode confusable skeleton, UTS #39); rename one`,
      });
  }
  return out;
};

/**
 * The first key or string with a lone surrogate in a metric value. The schema checks the manifest's own strings;
 * metrics are any JSON, and DuckDB's and BigQuery's JSON parsers refuse such text, which would fail every sync.
 */
const loneSurrogate = (v: unknown, path: PathSegment[]): RuleProblem | undefined => {
  if (typeof v === 'string') return v.isWellFormed() ? undefined : { path, message: LONE_SURROGATE };
  if (v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = loneSurrogate(v[i], [...path, i]);
      if (p) return p;
    }
    return undefined;
  }
  for (const k of Object.keys(v)) {
    if (!k.isWellFormed()) return { path: [...path, k], key: true, message: LONE_SURROGATE };
    const p = loneSurrogate((v as Record<string, unknown>)[k], [...path, k]);
    if (p) return p;
  }
  return undefined;
};
const LONE_SURROGATE = 'contains a lone surrogate (not valid Unicode)';

/**
 * One pass for the common case, building no path: an upper bound of `v`'s UTF-8 bytes as JSON (a UTF-16 unit is at
 * most 6 bytes, as a \u escape; a number at most 24 characters), or -1 when a key or string holds a lone surrogate.
 * Only metrics whose bound is over the cap pay for their canonical text here.
 */
const scan = (v: unknown): number => {
  if (typeof v === 'string') return v.isWellFormed() ? 6 * v.length + 2 : -1;
  if (v === null || typeof v !== 'object') return 24;
  let n = 2;
  if (Array.isArray(v)) {
    for (const x of v) {
      const m = scan(x);
      if (m < 0) return -1;
      n += m + 1;
    }
    return n;
  }
  for (const k in v) {
    const m = k.isWellFormed() ? scan((v as Record<string, unknown>)[k]) : -1;
    if (m < 0) return -1;
    n += 6 * k.length + 4 + m;
  }
  return n;
};

const size = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/** A model's metrics as the registry's `metrics` column will hold them: valid Unicode, within METRICS_MAX_BYTES. */
const metricsProblem = (id: string, metrics: Record<string, unknown> | null | undefined): RuleProblem | undefined => {
  if (!metrics) return undefined;
  const at: PathSegment[] = ['models', id, 'metrics'];
  const bound = scan(metrics);
  if (bound < 0) return loneSurrogate(metrics, at);
  if (bound <= METRICS_MAX_BYTES) return undefined;
  const text = extraMetrics(metrics);
  const bytes = text === null ? 0 : Buffer.byteLength(text, 'utf8');
  if (bytes > METRICS_MAX_BYTES)
    return {
      path: at,
      message: `its metrics beyond hit_rate_edge_3plus, mae and graded_edge_3plus_n are ${size(bytes)} as canonical JSON; the limit is ${METRICS_MAX_BYTES / 1024} KiB`,
    };
  return undefined;
};

export const basename = (gcsPath: string): string => gcsPath.slice(gcsPath.lastIndexOf('/') + 1);

export const checkRules = (m: Manifest): RuleProblem[] => {
  const out: RuleProblem[] = confusableIds(Object.keys(m.models));
  const prod = m.production_model;
  if (prod !== null && !Object.hasOwn(m.models, prod))
    out.push({ path: ['production_model'], message: `names "${prod}", which is not in models` });
  for (const id of Object.keys(m.models)) {
    const e = m.models[id] as ModelEntry;
    const at = (...p: PathSegment[]) => ['models', id, ...p];
    if (id === prod && e.status !== 'production')
      out.push({ path: at('status'), message: `is "${e.status}" but production_model names this model; expected "production"` });
    if (id !== prod && e.status === 'production')
      out.push({
        path: at('status'),
        message: prod === null ? 'is "production" but production_model is null' : `is "production" but production_model is "${prod}"`,
      });
    if (e.training_start_date > e.training_end_date)
      out.push({ path: at('training_start_date'), message: `${e.training_start_date} is after training_end_date ${e.training_end_date}` });
    if (e.eval_start_date && e.eval_end_date && e.eval_start_date > e.eval_end_date)
      out.push({ path: at('eval_start_date'), message: `${e.eval_start_date} is after eval_end_date ${e.eval_end_date}` });
    if (e.eval_start_date && e.eval_start_date <= e.training_end_date)
      out.push({
        path: at('eval_start_date'),
        message: `${e.eval_start_date} is not after training_end_date ${e.training_end_date}: evaluation overlaps training (leakage)`,
      });
    const metrics = metricsProblem(id, e.metrics);
    if (metrics) out.push(metrics);
    const base = basename(e.gcs_path);
    if (e.file !== base || base === '.' || base === '..')
      out.push({ path: at('file'), message: `"${e.file}" is not the basename of gcs_path ("${base}")` });
  }
  return out;
};
