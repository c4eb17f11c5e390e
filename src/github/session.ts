// Everything the action does with GitHub, for one run: loaded lazily by main.ts, so offline runs that only write the
// job summary never load Octokit. Each reporter is isolated: a 403 degrades to annotations of the job, any other
// failure is collected (exit 3) while the other reporters and the job summary still run.
import * as core from '@actions/core';
import { context } from '@actions/github';
import type { ActionInputs } from '../action/inputs.js';
import { info } from '../action/log.js';
import type { FamilySettings, RunOptions } from '../config/settings.js';
import { runFamilies } from '../engine.js';
import { messageOf } from '../errors.js';
import { type Mode, makeReport, type Report } from '../report/types.js';
import { annotationOwners } from './annotate-once.js';
import { annotationOf } from './annotations.js';
import { countPreExisting, withBaseline } from './baseline.js';
import { changedFiles, governedFiles, resolveGoverned, touchesGoverned } from './changed.js';
import { publishCheckRun } from './check-runs.js';
import { refreshViaPullRequest } from './claude-md-pr.js';
import { renderComment, upsertComment } from './comment.js';
import { publishDriftIssue } from './drift-issue.js';
import { type GitHubEvent, readEvent } from './event.js';
import { baseManifestIo } from './gate-base.js';
import { type Identity, whoAmI } from './identity.js';
import { type Client, createOctokit, isForbidden } from './octokit.js';

export interface Published {
  notes: string[];
  outputs: Record<string, string>;
  failures: unknown[];
  /** Whether check runs carry the annotations (otherwise main emits them as workflow commands). */
  annotated: boolean;
}

const NOTHING = 'Nothing to check: this pull request changes no governed file';

export class Session {
  readonly notes: string[] = [];
  readonly outputs: Record<string, string> = {};
  private skip: Promise<string | undefined> | undefined;
  private me: Promise<Identity> | undefined;

  constructor(
    private readonly inputs: ActionInputs,
    private readonly c: Client,
    readonly event: GitHubEvent,
  ) {}

  // The baseline and "nothing to check" belong to the PR check (check runs or the comment report on the PR). A
  // summary-only step on a PR reports the files as they are, like the CLI.
  private get prCheck(): boolean {
    return this.event.pull !== undefined && (this.inputs.reporters.includes('checks') || this.inputs.reporters.includes('comment'));
  }

  /** One mode over every family: skipped, refreshed through the PR, or run and (on a PR check) baselined. */
  async runMode(families: FamilySettings[], options: RunOptions, log: (line: string) => void): Promise<Report[]> {
    this.skip ??= this.nothingToCheck(families);
    const reason = await this.skip;
    if (reason && !(options.mode === 'duplicate' && options.trainStart) && !(options.mode === 'gate' && options.model))
      return families.map((f) => makeReport(options.mode, f.name ?? f.manifest, [], reason));
    if (options.mode === 'claude-md' && this.inputs.claudeMd === 'pr') {
      try {
        const { reports, outcome } = await refreshViaPullRequest(this.c, families, options, log);
        if (outcome?.url) this.outputs['pull-request-url'] = outcome.url;
        if (outcome && outcome.action !== 'none') this.notes.push(`CLAUDE.md PR: ${outcome.action} ${outcome.url ?? ''}`.trim());
        return reports;
      } catch (e) {
        // A read-only token (a fork, or no contents/pull-requests permission): check the block instead.
        if (!isForbidden(e)) throw e;
        core.warning(`CLAUDE.md PR: the token may not write here (403); checking the block instead.`);
        this.notes.push('CLAUDE.md PR: not opened, the token may not write here (403). The block was checked instead.');
        return runFamilies(families, { ...options, claudeMdAction: 'check' }, log);
      }
    }
    const pull = this.event.pull;
    // gate judges one model, not the repository's state: no baseline. With no model named, a PR check gates the
    // model the PR makes production, against the base branch's production model.
    if (options.mode === 'gate')
      return runFamilies(
        families,
        options,
        log,
        pull && this.prCheck && options.model === undefined ? baseManifestIo(this.c, pull.baseSha) : {},
      );
    const head = await runFamilies(families, options, log);
    // sync writes, so it never runs a second time on the base.
    if (!pull || !this.prCheck || options.mode === 'sync') return head;
    return withBaseline(this.c, pull.baseSha, families, options, head, info);
  }

  private async nothingToCheck(families: FamilySettings[]): Promise<string | undefined> {
    const pull = this.event.pull;
    if (!pull || !this.prCheck) return undefined;
    try {
      const changed = await changedFiles(this.c, pull.number);
      const governed = changed && (await resolveGoverned(governedFiles(families, this.inputs.config)));
      return changed && governed && !touchesGoverned(changed, governed) ? NOTHING : undefined;
    } catch (e) {
      info(`Could not list the PR's files (${messageOf(e)}); checking everything.`);
      return undefined;
    }
  }

  private identity(): Promise<Identity> {
    this.me ??= whoAmI(this.c.octokit, this.inputs.token);
    return this.me;
  }

  async publish(reports: Report[]): Promise<Published> {
    const { reporters, failOn } = this.inputs;
    const ev = this.event;
    const notes = [...this.notes];
    const failures: unknown[] = [];
    const pre = countPreExisting(reports);
    if (pre) notes.push(`${pre} finding(s) already present on the base branch are shown as notices.`);
    const guard = async (what: string, fn: () => Promise<void>): Promise<boolean> => {
      try {
        await fn();
        return true;
      } catch (e) {
        if (isForbidden(e)) {
          core.warning(`${what}: the token may not write here (403); reporting through annotations and the job summary.`);
          notes.push(`${what}: not written, the token may not write here (403). Findings are annotations of this job.`);
        } else {
          failures.push(e);
          core.error(`${what} failed: ${messageOf(e)}`);
          notes.push(`${what}: failed (${messageOf(e)}).`);
        }
        return false;
      }
    };
    // A fork's token is read-only whatever the workflow grants: skip the writes instead of collecting 403s.
    const readOnly = ev.pull?.fork === true && (reporters.includes('checks') || reporters.includes('comment'));
    if (readOnly)
      notes.push('Pull request from a fork: the token is read-only, so findings are annotations of this job, not check runs or a comment.');

    const checkRuns: Partial<Record<Mode, string>> = {};
    let annotated = false;
    if (reporters.includes('checks') && !readOnly)
      annotated = await guard('Check runs', async () => {
        if (!ev.sha) throw new Error('GITHUB_SHA is not set');
        const { owned, elsewhere } = annotationOwners(reports, (f) => annotationOf(f) !== undefined);
        for (const mode of [...new Set(reports.map((r) => r.mode))]) {
          const o = await publishCheckRun(
            this.c,
            ev.sha,
            mode,
            reports.filter((r) => r.mode === mode),
            { failOn, runUrl: ev.runUrl, owned, ...(elsewhere.has(mode) ? { elsewhere: elsewhere.get(mode) } : {}) },
          );
          checkRuns[mode] = o.url;
          info(`Check run ${mode}: ${o.action} ${o.url}`);
        }
      });

    if (reporters.includes('comment') && !readOnly) {
      const pull = ev.pull;
      if (!pull) info(`No PR comment: a ${ev.name} event has no pull request.`);
      else
        await guard('PR comment', async () => {
          const body = renderComment(reports, { sha: ev.sha, checkRuns, runUrl: ev.runUrl, notes });
          const skipped = reports.every((r) => r.summary === NOTHING);
          const o = await upsertComment(this.c, pull.number, body, await this.identity(), !skipped);
          info(`PR comment: ${o.action} ${o.url ?? ''}`);
        });
    }

    if (reporters.includes('issue')) {
      if (ev.pull) info('No drift issue from a pull request: the issue tracks the default branch.');
      else
        await guard('Drift issue', async () => {
          const o = await publishDriftIssue(
            this.c,
            reports.filter((r) => r.mode === 'drift'),
            { me: await this.identity(), sha: ev.sha, runUrl: ev.runUrl },
          );
          if (o.url) this.outputs['issue-url'] = o.url;
          info(`Drift issue: ${o.action} ${o.url ?? ''}`);
          if (o.url) notes.push(`Drift issue: ${o.action} ${o.url}`);
        });
    }
    return { notes, outputs: this.outputs, failures, annotated };
  }
}

export const openSession = (inputs: ActionInputs): Session => {
  const event = readEvent(context);
  return new Session(inputs, { octokit: createOctokit(inputs.token), owner: event.owner, repo: event.repo }, event);
};
