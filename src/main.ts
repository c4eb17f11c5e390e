// The action front end: inputs → engine → reporters. The only place that fails the run.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { type ActionInputs, GITHUB_REPORTERS, readInputs } from './action/inputs.js';
import { info } from './action/log.js';
import { refuseWorkspacePromotion } from './action/promote.js';
import { resolveSettings } from './config/load.js';
import type { FailOn, RunOptions } from './config/settings.js';
import { blocks, exitCodeOf, runFamilies } from './engine.js';
import { EXIT, exitCodeFor, InputError, messageOf } from './errors.js';
import { emitWorkflowAnnotations } from './github/annotations.js';
import { relativize, workspaceRoot } from './github/paths.js';
import type { Published } from './github/session.js';
import { BUDGET, truncatedLine } from './report/budget.js';
import { renderJson, renderJsonWithin, renderPlanWithin } from './report/json.js';
import { summaryText } from './report/summary.js';
import type { Report } from './report/types.js';
import { mkdtemp, writeFile } from './util/fs-async.js';
import { printable } from './util/printable.js';
import { safeLines } from './util/workflow-commands.js';

const usesGitHub = (i: ActionInputs): boolean => i.reporters.some((r) => GITHUB_REPORTERS.includes(r));

export const run = async (): Promise<void> => {
  const reports: Report[] = [];
  const notes: string[] = [];
  try {
    const inputs = readInputs();
    // Every path from the config or an input stays inside GITHUB_WORKSPACE (config/confine.ts).
    const families = await resolveSettings({
      configPath: inputs.config,
      family: inputs.family,
      overrides: inputs.overrides,
      confine: { root: workspaceRoot(), inputs: true },
    });
    refuseWorkspacePromotion(inputs, families);
    // Loaded only when used, so an offline run never parses Octokit.
    const session = usesGitHub(inputs) ? (await import('./github/session.js')).openSession(inputs) : undefined;
    const log = info;
    for (const mode of inputs.modes) {
      const options: RunOptions = {
        mode,
        dryRun: inputs.dryRun,
        prune: inputs.prune,
        migrate: inputs.migrate,
        force: inputs.force,
        trainStart: inputs.trainStart,
        trainEnd: inputs.trainEnd,
        scope: inputs.scope,
        claudeMdAction: 'check',
        failOn: inputs.failOn,
        offline: inputs.offline,
        ...(inputs.model === undefined ? {} : { model: inputs.model }),
        ...(inputs.asOf === undefined ? {} : { asOf: inputs.asOf }),
        reason: inputs.reason,
        at: inputs.at,
        ...(inputs.date === undefined ? {} : { date: inputs.date }),
        ...(inputs.adoptSection === undefined ? {} : { adoptSection: inputs.adoptSection }),
      };
      const r = session ? await session.runMode(families, options, log) : await runFamilies(families, options, log);
      reports.push(...r.map((x) => relativize(x)));
    }
    for (const r of reports) info(`${r.mode} · ${r.family}: ${r.summary}`);
    const published: Published | undefined = session ? await session.publish(reports) : undefined;
    notes.push(...(published?.notes ?? []));
    const unannotated = published?.annotated ? 0 : emitWorkflowAnnotations(reports);
    if (unannotated)
      notes.push(
        `Annotations of this step: ${truncatedLine(unannotated, 'finding', `GitHub shows ${BUDGET.commandAnnotationsPerSeverity} of each severity a step; the tables below and the findings-file output list every finding`)}.`,
      );
    await setOutputs(reports, published?.outputs ?? {});
    const failures = published?.failures ?? [];
    const code = exitCodeOf(reports, inputs.failOn);
    const problems = [
      ...(failures.length ? [`reporting to GitHub failed: ${failures.map(messageOf).join('; ')}`] : []),
      ...(code === EXIT.clean ? [] : [failing(reports, inputs.failOn)]),
    ];
    // A service failure outranks findings: the findings may be incomplete.
    if (problems.length) fail(failures.length ? EXIT.service : code, problems.join('; '));
  } catch (e) {
    if (e instanceof InputError)
      for (const p of e.problems) core.error(printable(p.message), { file: p.file, startLine: p.line, startColumn: p.column });
    fail(exitCodeFor(e), messageOf(e));
  } finally {
    await writeSummary(reports, notes);
  }
};

const failing = (reports: Report[], failOn: FailOn): string => {
  const unchecked = reports.filter((r) => r.failure !== undefined);
  const n = reports.filter((r) => r.failure === undefined && r.findings.some((f) => blocks(f, failOn))).length;
  return [
    ...(unchecked.length ? [`${unchecked.map((r) => `${r.mode} · ${r.family}`).join(', ')} could not be checked`] : []),
    ...(n ? [`${n} ${n === 1 ? 'report has' : 'reports have'} findings that fail the run (fail-on: ${failOn})`] : []),
  ].join('; ');
};

const fail = (code: number, message: string): void => {
  core.setFailed(message);
  process.exitCode = code;
};

// Each output within GitHub's 1 MB; the whole JSON contract always goes to a file under RUNNER_TEMP (a private
// mkdtemp directory), whose path is the findings-file output.
const setOutputs = async (reports: Report[], extra: Record<string, string>): Promise<void> => {
  const findings = reports.flatMap((r) => r.findings);
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'model-governance-'));
  const file = join(dir, 'findings.json');
  await writeFile(file, renderJson(reports), { flag: 'wx' });
  core.setOutput('findings-file', file);
  core.setOutput('ok', String(reports.every((r) => r.ok)));
  core.setOutput('findings', renderJsonWithin(reports, BUDGET.outputBytes, 'the findings-file output'));
  core.setOutput('error-count', String(findings.filter((f) => f.severity === 'error').length));
  const plan = reports.find((r) => r.plan)?.plan;
  if (plan) core.setOutput('plan', renderPlanWithin(plan, BUDGET.outputBytes, 'the findings-file output'));
  for (const [name, value] of Object.entries(extra)) core.setOutput(name, safeLines(value));
};

// The summary is written whatever else failed, so a failed run still explains itself.
const writeSummary = async (reports: Report[], notes: string[]): Promise<void> => {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(summaryText(reports, notes)).write();
  } catch (e) {
    core.warning(`could not write the job summary: ${messageOf(e)}`);
  }
};
