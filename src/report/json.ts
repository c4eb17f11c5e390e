// The JSON contract: one object per report (an array when several families ran). See README "JSON contract".
import { safeJson } from '../util/workflow-commands.js';
import type { Report } from './types.js';

export const toContract = (r: Report) => ({
  mode: r.mode,
  family: r.family,
  ok: r.ok,
  summary: r.summary,
  findings: r.findings,
  plan: r.plan ?? null,
});

/** JSON text; `##[` and line separators inside strings are JSON escapes (the same values, see workflow-commands). */
export const renderJson = (reports: Report[]): string =>
  `${safeJson(JSON.stringify(reports.length === 1 ? toContract(reports[0] as Report) : reports.map(toContract), null, 2))}\n`;
