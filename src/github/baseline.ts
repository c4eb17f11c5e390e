// Baseline on pull requests: the same modes run again on the base commit's files, and a finding that already exists
// there is reported as pre-existing (a notice), so an old problem does not block an unrelated PR. Findings are
// matched by a stable key, never by line numbers, which a PR shifts.
// THE RULE: a finding is keyed by WHAT IT SAYS, not only by its code. A key of code alone let a PR hand-edit an already
// stale CLAUDE.md block with false numbers and pass as "pre-existing". So the key holds the compared values (expected,
// actual), the finding's `content` digest where it compares more than a value (claude-md.stale: both blocks), and
// otherwise its message (which names what it is about); a changed wrong value is then a new finding.
// The base files come from the contents API at the base sha (the PR checkout usually holds only the merge commit).
// Live sources (a gs:// manifest, the registry, a run: service) are the same on both sides and are read as they are.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type { ExtraName } from '../checks/filenames.js';
import type { FamilySettings, RunOptions } from '../config/settings.js';
import { serviceYamlDeployment } from '../deployment/service-yaml.js';
import { type EngineIo, runFamilies } from '../engine.js';
import { InputError, messageOf } from '../errors.js';
import { listFiles } from '../filenames/fs.js';
import type { Sources } from '../ports.js';
import { countBy, type Finding, type Report, sortFindings } from '../report/types.js';
import { listRepoDir, readRepoFile } from './contents.js';
import type { Client } from './octokit.js';
import { repoPath } from './paths.js';

export const PRE_EXISTING = 'pre-existing on the base branch: ';

export const stableKey = (f: Finding): string =>
  JSON.stringify([
    f.code,
    f.model_id ?? null,
    f.field ?? null,
    f.expected ?? null,
    f.actual ?? null,
    f.content ?? (f.expected === undefined && f.actual === undefined ? f.message : null),
  ]);

/** Head findings that the base also has (as a multiset) become notices; the rest keep their severity. */
export const markPreExisting = (head: Report, base: Report): Report => {
  const left = new Map<string, number>();
  for (const f of base.findings) left.set(stableKey(f), (left.get(stableKey(f)) ?? 0) + 1);
  let marked = 0;
  const findings = head.findings.map((f): Finding => {
    const n = left.get(stableKey(f)) ?? 0;
    if (n === 0 || f.severity === 'notice') return f;
    left.set(stableKey(f), n - 1);
    marked++;
    return { ...f, severity: 'notice', message: `${PRE_EXISTING}${f.message}` };
  });
  if (marked === 0) return head;
  return {
    ...head,
    findings: sortFindings(findings),
    ok: countBy(findings, 'error') === 0,
    summary: `${head.summary} (${marked} pre-existing on the base branch, shown as notices)`,
  };
};

export const countPreExisting = (reports: Report[]): number =>
  reports.reduce((n, r) => n + r.findings.filter((f) => f.message.startsWith(PRE_EXISTING)).length, 0);

/** Sources that read this repository's files at `sha` instead of the checkout. */
export const baseIo = (c: Client, sha: string): EngineIo => {
  const fetch = async (name: string, path: string): Promise<Buffer> => {
    const f = await readRepoFile(c, path, sha);
    if (!f) throw InputError.at(name, `does not exist on the base commit ${sha.slice(0, 7)}`);
    return f.bytes;
  };
  return {
    adapt: async (sources: Sources, settings: FamilySettings): Promise<Sources> => {
      const out: Sources = { ...sources };
      const m = repoPath(sources.manifest.name);
      if (m) out.manifest = { name: sources.manifest.name, load: async () => ({ bytes: await fetch(sources.manifest.name, m) }) };
      const doc = sources.doc;
      const d = doc && repoPath(doc.name);
      if (doc && d)
        out.doc = {
          name: doc.name,
          read: async () => (await readRepoFile(c, d, sha))?.bytes ?? null,
          write: () => Promise.reject(new Error('the baseline never writes')),
        };
      const y = sources.deployment && settings.deployment && !settings.deployment.startsWith('run:') && repoPath(settings.deployment);
      if (y && settings.deployment) {
        const file = join(await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'mg-base-')), posix.basename(y));
        await writeFile(file, await fetch(settings.deployment, y));
        out.deployment = serviceYamlDeployment(file);
      }
      return out;
    },
    // Glob matches of the checkout that also exist on the base commit: one listing per directory (root files one by one).
    listFiles: async (globs: string[], within?: string): Promise<ExtraName[]> => {
      const dirs = new Map<string, Set<string>>();
      const out: ExtraName[] = [];
      for (const x of await listFiles(globs, within)) {
        const p = repoPath(x.location.file);
        if (!p) continue;
        const dir = posix.dirname(p);
        if (dir === '.') {
          if (await readRepoFile(c, p, sha)) out.push(x);
          continue;
        }
        if (!dirs.has(dir)) dirs.set(dir, await listRepoDir(c, dir, sha));
        if (dirs.get(dir)?.has(p)) out.push(x);
      }
      return out;
    },
  };
};

/** The reports with base findings marked; a family whose base cannot be read (new in this PR, say) keeps its severities. */
export const withBaseline = async (
  c: Client,
  sha: string,
  families: FamilySettings[],
  options: RunOptions,
  head: Report[],
  log: (line: string) => void,
): Promise<Report[]> => {
  const io = baseIo(c, sha);
  const out: Report[] = [];
  for (const [i, settings] of families.entries()) {
    const h = head[i];
    if (!h) continue;
    try {
      const [base] = await runFamilies([settings], options, () => {}, io);
      out.push(base ? markPreExisting(h, base) : h);
    } catch (e) {
      log(`No baseline for ${options.mode} · ${h.family}: ${messageOf(e)}`);
      out.push(h);
    }
  }
  return out;
};
