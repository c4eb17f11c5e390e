// The action front end: inputs → engine → reporters. The only place that fails the run.
import * as core from '@actions/core';
import { type ActionInputs, GITHUB_REPORTERS, readInputs } from './action/inputs.js';
import { refuseWorkspacePromotion } from './action/promote.js';
import { resolveSettings } from './config/load.js';
import type { FailOn, RunOptions } from './config/settings.js';
import { blocks, exitCodeOf, runFamilies } from './engine.js';
import { EXIT, exitCodeFor, InputError, messageOf } from './errors.js';
import { emitWorkflowAnnotations } from './github/annotations.js';
import { relativize } from './github/paths.js';
import type { Published } from './github/session.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import type { Report } from './report/types.js';
import { printable } from './util/printable.js';

const usesGitHub = (i: ActionInputs): boolean => i.reporters.some((r) => GITHUB_REPORTERS.includes(r));

export const run = async (): Promise<void> => {
  const reports: Report[] = [];
  const notes: string[] = [];
  try {
    const inputs = readInputs();
    const families = await resolveSettings({ configPath: inputs.config, family: inputs.family, overrides: inputs.overrides });
    refuseWorkspacePromotion(inputs, families);
    // Loaded only when used, so an offline run never parses Octokit.
    const session = usesGitHub(inputs) ? (await import('./github/session.js')).openSession(inputs) : undefined;
    const log = (l: string) => core.info(l);
    for (const mode of inputs.modes) {
      const options: RunOptions = {
        mode,
        dryRun: inputs.dryRun,
        prune: inputs.prune,
        force: inputs.force,
        trainStart: inputs.trainStart,
        trainEnd: inputs.trainEnd,
        claudeMdAction: 'check',
        failOn: inputs.failOn,
        offline: inputs.offline,
        ...(inputs.model === undefined ? {} : { model: inputs.model }),
        ...(inputs.date === undefined ? {} : { date: inputs.date }),
        ...(inputs.reason === undefined ? {} : { reason: inputs.reason }),
      };
      const r = session ? await session.runMode(families, options, log) : await runFamilies(families, options, log);
      reports.push(...r.map((x) => relativize(x)));
    }
    for (const r of reports) core.info(`${r.mode} · ${r.family}: ${r.summary}`);
    const published: Published | undefined = session ? await session.publish(reports) : undefined;
    notes.push(...(published?.notes ?? []));
    if (!published?.annotated) emitWorkflowAnnotations(reports);
    setOutputs(reports, published?.outputs ?? {});
    const failures = published?.failures ?? [];
    const problems = [
      ...(failures.length ? [`reporting to GitHub failed: ${failures.map(messageOf).join('; ')}`] : []),
      ...(exitCodeOf(reports, inputs.failOn) === EXIT.clean ? [] : [failing(reports, inputs.failOn)]),
    ];
    // A service failure outranks findings: the findings may be incomplete.
    if (problems.length) fail(failures.length ? EXIT.service : EXIT.findings, problems.join('; '));
  } catch (e) {
    if (e instanceof InputError)
      for (const p of e.problems) core.error(printable(p.message), { file: p.file, startLine: p.line, startColumn: p.column });
    fail(exitCodeFor(e), messageOf(e));
  } finally {
    await writeSummary(reports, notes);
  }
};

const failing = (reports: Report[], failOn: FailOn): string => {
  const n = reports.filter((r) => r.findings.some((f) => blocks(f, failOn))).length;
  return `${n} ${n === 1 ? 'report has' : 'reports have'} findings that fail the run (fail-on: ${failOn})`;
};

const fail = (code: number, message: string): void => {
  core.setFailed(message);
  process.exitCode = code;
};

const setOutputs = (reports: Report[], extra: Record<string, string>): void => {
  const findings = reports.flatMap((r) => r.findings);
  core.setOutput('ok', String(reports.every((r) => r.ok)));
  core.setOutput('findings', renderJson(reports).trim());
  core.setOutput('error-count', String(findings.filter((f) => f.severity === 'error').length));
  const plan = reports.find((r) => r.plan)?.plan;
  if (plan) core.setOutput('plan', JSON.stringify(plan));
  for (const [name, value] of Object.entries(extra)) core.setOutput(name, value);
};

// The summary is written whatever else failed, so a failed run still explains itself.
const writeSummary = async (reports: Report[], notes: string[]): Promise<void> => {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    const body = reports.length ? printable(renderMarkdown(reports)) : '_No report: see the error above._\n';
    const list = notes.length ? `${notes.map((n) => `- ${n}`).join('\n')}\n\n` : '';
    await core.summary.addRaw(`## model-governance\n\n${list}${body}`).write();
  } catch (e) {
    core.warning(`could not write the job summary: ${messageOf(e)}`);
  }
};
