// Promotion gates: what a model must show before it may become production (seed 001 "Governance Gates"). Pure:
// the config's gates, the manifest and the known windows in; one result per gate out, failures as findings.
//
// Decisions the issue leaves open:
// - A metric is "unknown" (bad input, exit 2) when it is neither a schema metric nor a key of any model's `metrics`
//   in the family's manifest: a typo such as `hit_rate_edge3plus` must not silently read as "missing" forever.
// - A metric that is absent or null in the model is `gate.missing` (error): a gate that cannot be judged does not pass.
//   A value that is present but not a finite number (`"71.2"`, `true`) is bad input (exit 2), as in the manifest schema.
// - `improves-on: production` compares with the production model strictly (equal is not an improvement). With no
//   production model (the family's first promotion) it passes, saying so; when the model IS the production model it
//   passes too (there is nothing to improve on; promoting it again is a no-op). When the production model lacks the
//   metric it is `gate.missing` naming the production model.
// - `duplicate-window` fails when another model that is not deprecated has exactly this training window (manifest or
//   registry); the same window as only deprecated models, or an overlapping window, passes with a warning, as in
//   the `duplicate` mode.
import type { GateConfig } from '../config/schema.js';
import { InputError, type Problem, type SourcePosition } from '../errors.js';
import { type JsonSource, jsonPath, type PathSegment } from '../manifest/json-source.js';
import { KNOWN_KEYS, type Manifest, type ModelEntry } from '../manifest/schema.js';
import type { Finding } from '../report/types.js';
import { showValue } from '../util/printable.js';
import { describeModel, fromManifest, type KnownModel, matchWindow } from './duplicate.js';

/** One configured gate and where it is written, so bad input can name the config key and line:column. */
export interface GateSite {
  gate: GateConfig;
  /** The config key, e.g. `$.gates[2]` or `$.families[1].gates[2]`. */
  key: string;
  at: SourcePosition;
}

/** The model improvement gates compare with, read from its own manifest copy (the PR check's base branch, say). */
export interface ProductionModel {
  id: string;
  entry: ModelEntry;
  file: string;
  locate: JsonSource['locate'];
}

export interface GateInput {
  sites: readonly GateSite[];
  modelId: string;
  manifest: Manifest;
  /** The manifest's display name and positions: failures point at the metric's value. */
  file: string;
  locate: JsonSource['locate'];
  /** Models the duplicate-window gate compares with (the mode merges in registry rows); default the manifest's. */
  known?: readonly KnownModel[];
  /** Default: the manifest's production_model. null: there is none. */
  production?: ProductionModel | null;
  /** Put every finding here instead (the PR check annotates the production_model line). */
  anchor?: SourcePosition;
}

export interface GateResult {
  key: string;
  /** What the gate demands and what the model shows, e.g. `hit_rate_edge_3plus >= 60: 71.2`. */
  label: string;
  passed: boolean;
  /** Failed: exactly one error (`gate.failed` or `gate.missing`). Passed: warnings only (an overlapping window). */
  findings: Finding[];
}

type MetricGate = Exclude<GateConfig, { 'duplicate-window': true }>;
const isMetricGate = (g: GateConfig): g is MetricGate => 'metric' in g;

/** The gate in words, as written in the config. */
export const describeGate = (g: GateConfig): string => {
  if (!isMetricGate(g)) return 'duplicate-window';
  if ('min' in g) return `${g.metric} >= ${g.min}`;
  if ('max' in g) return `${g.metric} <= ${g.max}`;
  if ('abs-max' in g) return `abs(${g.metric}) <= ${g['abs-max']}`;
  return `${g.metric} ${g.direction} than production`;
};

/** Metric names the gates read: declared by the config, so the manifest's copy of them is not an unknown field. */
export const gateMetrics = (sites: readonly GateSite[]): Set<string> =>
  new Set(sites.flatMap((s) => (isMetricGate(s.gate) ? [s.gate.metric] : [])));

const metricsOf = (e: ModelEntry | undefined): Record<string, unknown> => (e?.metrics ?? {}) as Record<string, unknown>;
const metricPath = (id: string, metric: string): PathSegment[] => ['models', id, 'metrics', metric];

const notANumber = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'number' && Number.isFinite(v));

/** Bad input the gates reveal: an unknown metric name (at the config key), a value that is not a number (at the value). */
export const gateProblems = (input: GateInput): Problem[] => {
  const { sites, manifest, modelId } = input;
  const carried = new Set(Object.values(manifest.models).flatMap((e) => Object.keys(metricsOf(e))));
  const production = productionOf(input);
  const problems: Problem[] = [];
  for (const s of sites) {
    if (!isMetricGate(s.gate)) continue;
    const m = s.gate.metric;
    if (!KNOWN_KEYS.metrics.includes(m) && !carried.has(m)) {
      problems.push({
        ...s.at,
        path: `${s.key}.metric`,
        message: `unknown metric "${m}": not a schema metric, and no model of ${manifest.family} in ${input.file} has it`,
      });
      continue;
    }
    const check = (id: string, e: ModelEntry | undefined, file: string, locate: JsonSource['locate']) => {
      const v = metricsOf(e)[m];
      if (notANumber(v))
        problems.push({
          ...locate(metricPath(id, m)),
          file,
          path: jsonPath(metricPath(id, m)),
          message: `is ${showValue(JSON.stringify(v) ?? String(v))}, not a number; the gate ${s.key} (${describeGate(s.gate)}) in ${s.at.file} needs a number`,
        });
    };
    check(modelId, manifest.models[modelId], input.file, input.locate);
    if ('improves-on' in s.gate && production && production.id !== modelId)
      check(production.id, production.entry, production.file, production.locate);
  }
  return problems;
};

const productionOf = (input: GateInput): ProductionModel | null => {
  if (input.production !== undefined) return input.production;
  const id = input.manifest.production_model;
  const entry = id === null ? undefined : input.manifest.models[id];
  return id !== null && entry ? { id, entry, file: input.file, locate: input.locate } : null;
};

const show = (n: number): string => String(n);

/**
 * Evaluate every gate for `modelId`, in config order. Throws InputError on bad input (see gateProblems); the model
 * must be in the manifest (the mode says which flag named it).
 */
export const evaluateGates = (input: GateInput): GateResult[] => {
  const problems = gateProblems(input);
  if (problems.length > 0) throw new InputError(problems);
  const { modelId, manifest } = input;
  const entry = manifest.models[modelId];
  if (!entry) throw new Error(`evaluateGates: ${modelId} is not in the manifest`);
  const production = productionOf(input);
  const known = input.known ?? fromManifest(manifest);
  const at = (path: PathSegment[], key = false): SourcePosition => input.anchor ?? input.locate(path, key);

  return input.sites.map((s): GateResult => {
    const g = s.gate;
    const name = describeGate(g);
    const pass = (label: string, findings: Finding[] = []): GateResult => ({ key: s.key, label, passed: true, findings });
    const fail = (label: string, f: Omit<Finding, 'severity' | 'model_id'>): GateResult => ({
      key: s.key,
      label,
      passed: false,
      findings: [{ model_id: modelId, severity: 'error', ...f }],
    });

    if (!isMetricGate(g)) {
      const w = { start: entry.training_start_date, end: entry.training_end_date };
      const window = `${w.start}..${w.end}`;
      const { equal, overlapping } = matchWindow(
        known.filter((k) => k.model_id !== modelId),
        w,
      );
      const live = equal.filter((k) => k.status !== 'deprecated');
      const where = at(['models', modelId, 'training_start_date']);
      const field = 'training window';
      if (live.length > 0)
        return fail(`${name}: ${window} is already trained by ${live.map((k) => k.model_id).join(', ')}`, {
          code: 'gate.failed',
          message: `gate ${name} failed: ${modelId}'s training window ${window} is already trained: ${live.map((k) => describeModel(k)).join('; ')}`,
          field,
          expected: 'a window no other live model has',
          actual: window,
          location: where,
        });
      const warnings: Finding[] = [];
      if (equal.length > 0)
        warnings.push({
          model_id: modelId,
          code: 'duplicate.shared-window',
          severity: 'warning',
          message: `${modelId}'s training window ${window} is also that of deprecated ${equal.map((k) => describeModel(k)).join('; ')}`,
          field,
          actual: window,
          location: where,
        });
      if (overlapping.length > 0)
        warnings.push({
          model_id: modelId,
          code: 'duplicate.overlap',
          severity: 'warning',
          message: `${modelId}'s training window ${window} overlaps ${overlapping.map((k) => `${k.window.start}..${k.window.end} of ${describeModel(k)}`).join('; ')}`,
          field,
          actual: window,
          location: where,
        });
      return pass(
        `${name}: no other live model has ${window}${overlapping.length ? ` (${overlapping.length} overlapping)` : ''}`,
        warnings,
      );
    }

    const m = g.metric;
    const field = `metrics.${m}`;
    const value = metricsOf(entry)[m] as number | null | undefined;
    const valueAt = at(metricPath(modelId, m), value === undefined);
    if (value === undefined || value === null)
      return fail(`${name}: ${modelId} has no ${m}`, {
        code: 'gate.missing',
        message: `gate ${name}: ${modelId} has no ${m} (${value === null ? 'null' : 'absent'} in metrics)`,
        field,
        actual: null,
        location: valueAt,
      });

    if ('improves-on' in g) {
      if (production === null) return pass(`${name}: no production model to compare with`);
      if (production.id === modelId) return pass(`${name}: ${modelId} is the production model`);
      const theirs = metricsOf(production.entry)[m] as number | null | undefined;
      if (theirs === undefined || theirs === null)
        return fail(`${name}: the production model ${production.id} has no ${m}`, {
          code: 'gate.missing',
          message: `gate ${name}: the production model ${production.id} has no ${m} to compare with`,
          field,
          actual: value,
          location: valueAt,
        });
      const better = g.direction === 'lower' ? value < theirs : value > theirs;
      const label = `${name}: ${show(value)} vs ${show(theirs)} of ${production.id}`;
      if (better) return pass(label);
      return fail(label, {
        code: 'gate.failed',
        message: `gate ${name} failed: ${m} is ${show(value)}, not ${g.direction} than ${show(theirs)} of the production model ${production.id}`,
        field,
        expected: `${g.direction === 'lower' ? '<' : '>'} ${show(theirs)}`,
        actual: value,
        location: valueAt,
      });
    }

    const [ok, bound, why] =
      'min' in g
        ? [value >= g.min, `>= ${g.min}`, `below the minimum ${g.min}`]
        : 'max' in g
          ? [value <= g.max, `<= ${g.max}`, `above the maximum ${g.max}`]
          : [Math.abs(value) <= g['abs-max'], `within ±${g['abs-max']}`, `outside ±${g['abs-max']}`];
    const label = `${name}: ${show(value)}`;
    if (ok) return pass(label);
    return fail(label, {
      code: 'gate.failed',
      message: `gate ${name} failed: ${m} is ${show(value)}, ${why}`,
      field,
      expected: bound,
      actual: value,
      location: valueAt,
    });
  });
};

/** Every finding of the results, for a report. */
export const gateFindings = (results: readonly GateResult[]): Finding[] => results.flatMap((r) => r.findings);
