// Promotion rules: whether a model may become production, given the flags and the gate results. Pure.
//
// Decisions the issue leaves open:
// - `--reason` alone (no --force) is allowed: the reason is recorded all the same.
// - `forced` in the record is true only when --force overrode something (failed gates or a deprecated model);
//   a --force with nothing to override is said in a notice and recorded as false.
// - A forced promotion exits 0: the failed gates are reported as warnings, beside a `promote.forced` warning that
//   names the reason.
import { InputError } from '../errors.js';
import { jsonPath, type PathSegment } from '../manifest/json-source.js';
import type { ParsedManifest } from '../manifest/parse.js';
import type { PromotionRecord } from '../manifest/promote-edit.js';
import { isCalendarDate, FAILED_GATE_MAX as LABEL_MAX, type Manifest, PromotionReasonSchema } from '../manifest/schema.js';
import type { Finding } from '../report/types.js';
import { printable } from '../util/printable.js';
import type { GateResult } from './gates.js';

export interface PromoteFlags {
  model: string | undefined;
  date: string | undefined;
  force: boolean;
  reason: string | undefined;
}

const bad = (message: string) => InputError.at('arguments', message);

/** The flags alone, before anything is read: exit 2 naming the flag. Returns the model id and the date to write. */
export const checkPromoteFlags = (f: PromoteFlags, today: string): { model: string; date: string } => {
  if (f.model === undefined || f.model === '') throw bad('promote needs --model ID (input model): the model to promote');
  if (f.force && (f.reason === undefined || f.reason.trim() === ''))
    throw bad('--force needs --reason TEXT (input reason): the reason is recorded with the promotion');
  if (f.reason !== undefined) {
    const r = PromotionReasonSchema.safeParse(f.reason);
    if (!r.success) throw bad(`--reason ${r.error.issues[0]?.message ?? 'is not valid'}`);
  }
  const date = f.date ?? today;
  if (!isCalendarDate(date)) throw bad(`--date ${printable(JSON.stringify(date))} is not a real date YYYY-MM-DD`);
  return { model: f.model, date };
};

export type Decision =
  | { kind: 'already'; summary: string }
  | { kind: 'refused'; findings: Finding[]; summary: string }
  | { kind: 'promote'; findings: Finding[]; record: PromotionRecord | undefined; previous: string | null };

/** Refuse a deprecated model unless forced with a reason (exit 2), before any gate is read. */
export const checkCandidate = (source: Pick<ParsedManifest, 'file' | 'manifest' | 'source'>, model: string, f: PromoteFlags): void => {
  const { file, manifest: m } = source;
  const entry = m.models[model];
  const at = (path: PathSegment[]) => ({ ...source.source.locate(path, true), path: jsonPath(path) });
  if (!entry) throw InputError.at(file, `--model ${printable(model)} is not a model of this manifest`, at(['models']));
  if (entry.status === 'deprecated' && model !== m.production_model && !(f.force && f.reason))
    throw InputError.at(
      file,
      `--model ${printable(model)} is deprecated; promoting it again needs --force --reason TEXT`,
      at(['models', model, 'status']),
    );
};

/** A gate's label as the record keeps it: bounded, whole code points. */
const recordLabel = (label: string): string => {
  const points = [...label];
  return points.length <= LABEL_MAX ? label : `${points.slice(0, LABEL_MAX - 1).join('')}…`;
};

export const decidePromotion = (m: Manifest, model: string, results: readonly GateResult[], f: PromoteFlags): Decision => {
  if (m.production_model === model) return { kind: 'already', summary: `${model} is already production; nothing written` };
  const failed = results.filter((r) => !r.passed);
  const gateFindings = results.flatMap((r) => r.findings);
  if (failed.length > 0 && !f.force)
    return {
      kind: 'refused',
      findings: gateFindings,
      summary: `Refused to promote ${model}: ${failed.length} of ${results.length} gate(s) failed; the manifest is unchanged (--force --reason TEXT overrides)`,
    };
  const deprecated = m.models[model]?.status === 'deprecated';
  const forced = f.force && (failed.length > 0 || deprecated);
  const findings: Finding[] = gateFindings.map((x) => (x.severity === 'error' ? { ...x, severity: 'warning' } : x));
  if (forced)
    findings.push({
      code: 'promote.forced',
      severity: 'warning',
      model_id: model,
      message: `--force: promoting ${model}${deprecated ? ' (deprecated)' : ''} despite ${failed.length} failed gate(s)${failed.length ? ` (${failed.map((r) => r.label).join('; ')})` : ''}; reason: ${f.reason}`,
    });
  else if (f.force)
    findings.push({
      code: 'promote.force-unused',
      severity: 'notice',
      model_id: model,
      message: '--force had nothing to override: every gate passed',
    });
  if (results.length === 0)
    findings.push({
      code: 'gate.none',
      severity: 'notice',
      model_id: model,
      message: 'no gates are configured for this family; nothing was checked',
    });
  const record = f.reason === undefined ? undefined : { reason: f.reason, forced, failed_gates: failed.map((r) => recordLabel(r.label)) };
  return { kind: 'promote', findings, record, previous: m.production_model };
};
