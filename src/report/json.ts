// The JSON contract: one object per report (an array when several families ran). See README "JSON contract".
import type { Report } from './types.js';

export const toContract = (r: Report) => ({
  mode: r.mode,
  family: r.family,
  ok: r.ok,
  summary: r.summary,
  findings: r.findings,
  plan: r.plan ?? null,
  // Additive: only reports that run a checklist (gate) carry it, so other modes' JSON is unchanged.
  ...(r.checklist ? { checklist: r.checklist } : {}),
});

export const renderJson = (reports: Report[]): string =>
  `${JSON.stringify(reports.length === 1 ? toContract(reports[0] as Report) : reports.map(toContract), null, 2)}\n`;
