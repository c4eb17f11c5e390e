// The action front end: inputs → engine → reporters. The only place that fails the run.
import * as core from '@actions/core';
import { readInputs } from './action/inputs.js';
import { resolveSettings } from './config/load.js';
import type { RunOptions } from './config/settings.js';
import { exitCodeOf, runFamilies } from './engine.js';
import { EXIT, exitCodeFor, InputError, messageOf } from './errors.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import type { Report } from './report/types.js';

export const run = async (): Promise<void> => {
  const reports: Report[] = [];
  try {
    const inputs = readInputs();
    const families = await resolveSettings({ configPath: inputs.config, family: inputs.family, overrides: inputs.overrides });
    let code: number = EXIT.clean;
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
      };
      const r = await runFamilies(families, options, (l) => core.info(l));
      reports.push(...r);
      code = Math.max(code, exitCodeOf(r, inputs.failOn));
    }
    for (const r of reports) core.info(`${r.mode} · ${r.family}: ${r.summary}`);
    setOutputs(reports);
    if (code !== EXIT.clean) fail(code, `${reports.filter((r) => !r.ok).length} mode(s) found errors`);
  } catch (e) {
    if (e instanceof InputError)
      for (const p of e.problems) core.error(p.message, { file: p.file, startLine: p.line, startColumn: p.column });
    fail(exitCodeFor(e), messageOf(e));
  } finally {
    await writeSummary(reports);
  }
};

const fail = (code: number, message: string): void => {
  core.setFailed(message);
  process.exitCode = code;
};

const setOutputs = (reports: Report[]): void => {
  const findings = reports.flatMap((r) => r.findings);
  core.setOutput('ok', String(reports.every((r) => r.ok)));
  core.setOutput('findings', renderJson(reports).trim());
  core.setOutput('error-count', String(findings.filter((f) => f.severity === 'error').length));
  const plan = reports.find((r) => r.plan)?.plan;
  if (plan) core.setOutput('plan', JSON.stringify(plan));
};

// The summary is written whatever else failed, so a failed run still explains itself.
const writeSummary = async (reports: Report[]): Promise<void> => {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary
      .addRaw(`## model-governance\n\n${reports.length ? renderMarkdown(reports) : '_No report: see the error above._\n'}`)
      .write();
  } catch (e) {
    core.warning(`could not write the job summary: ${messageOf(e)}`);
  }
};
