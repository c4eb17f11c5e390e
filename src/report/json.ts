// The JSON contract: one object per report (an array when several families ran, and always for duplicate). See
// README "JSON contract".

import type { Plan } from '../checks/plan.js';
import { safeJson } from '../util/workflow-commands.js';
import { largest, truncatedLine, utf8Bytes } from './budget.js';
import type { Mode, Report } from './types.js';

export const toContract = (r: Report) => ({
  mode: r.mode,
  family: r.family,
  ok: r.ok,
  summary: r.summary,
  findings: r.findings,
  plan: r.plan ?? null,
  ...(r.block ? { block: r.block.rendered, diff: r.block.diff } : {}),
  // Additive: only reports that run a checklist (gate) carry it, so other modes' JSON is unchanged.
  ...(r.checklist ? { checklist: r.checklist } : {}),
  ...(r.listing ? { listing: r.listing } : {}),
  ...(r.history ? { history: r.history } : {}),
});

/**
 * Modes whose JSON is always an array of per-family objects, even for one family: scripts call `duplicate --json`
 * before training and read it without guessing the shape (README "JSON contract"). Other modes keep one object for
 * one family; each array element is exactly that object.
 */
const ALWAYS_ARRAY: ReadonlySet<Mode> = new Set<Mode>(['duplicate']);

/** Whether the CLI prints this mode's JSON as an array whatever the number of families. */
export const alwaysArray = (mode: Mode): boolean => ALWAYS_ARRAY.has(mode);

// One report is one object unless its mode always prints an array; several are an array.
const shape = <T>(reports: Report[], items: T[]): T | T[] =>
  items.length === 1 && !reports.every((r) => alwaysArray(r.mode)) ? (items[0] as T) : items;

/** JSON text; `##[` and line separators inside strings are JSON escapes (the same values, see workflow-commands). */
export const renderJson = (reports: Report[]): string => `${safeJson(JSON.stringify(shape(reports, reports.map(toContract)), null, 2))}\n`;

/**
 * The JSON contract within `limit` UTF-8 bytes (a step output): when the whole does not fit, every report keeps its
 * first k findings (errors first), k as large as fits, and says what it lost in a `truncated` line naming `where` the
 * full JSON is; a plan too large even then is dropped the same way. Still valid JSON of the same shape.
 */
export const renderJsonWithin = (reports: Report[], limit: number, where: string): string => {
  const full = renderJson(reports).trim();
  if (utf8Bytes(full) <= limit) return full;
  const fullJson = `the full JSON is in ${where}`;
  const render = (k: number, plans: boolean): string => {
    const cut = reports.map((r) => {
      const c = toContract(r);
      const lost = Math.max(0, r.findings.length - k);
      const dropPlan = !plans && c.plan !== null;
      const what = [...(lost ? [truncatedLine(lost, 'finding')] : []), ...(dropPlan ? ['the plan is left out'] : [])];
      return {
        ...c,
        findings: r.findings.slice(0, k),
        plan: dropPlan ? null : c.plan,
        ...(what.length ? { truncated: `${what.join('; ')}; ${fullJson}` } : {}),
      };
    });
    return safeJson(JSON.stringify(shape(reports, cut), null, 2));
  };
  const most = Math.max(0, ...reports.map((r) => r.findings.length));
  // A finding is at least 40 bytes of JSON, so no more than limit/40 can fit: each try stays small.
  const hi = Math.min(most, Math.floor(limit / 40));
  for (const plans of [true, false]) {
    const k = largest(0, hi, (n) => utf8Bytes(render(n, plans)) <= limit);
    if (k !== undefined) return render(k, plans);
  }
  return JSON.stringify({ truncated: `${truncatedLine(reports.length, 'report')}; ${fullJson}` });
};

/** The sync plan as JSON within `limit` UTF-8 bytes; a larger one becomes its table and a "truncated, N more" line. */
export const renderPlanWithin = (plan: Plan, limit: number, where: string): string => {
  const json = safeJson(JSON.stringify(plan));
  if (utf8Bytes(json) <= limit) return json;
  const changes = plan.insert.length + plan.update.length + plan.delete.length;
  return safeJson(JSON.stringify({ table: plan.table, truncated: truncatedLine(changes, 'change', `the plan is in ${where}`) }));
};
