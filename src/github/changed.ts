// "Nothing to check": a PR check is meant to be required, so it runs on every PR (a path filter would leave a
// required check "Expected" forever). When the PR touches no governed file it passes at once.
import { matchesGlob } from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import type { FamilySettings } from '../config/settings.js';
import { api, type Client } from './octokit.js';
import { repoPath } from './paths.js';

// GitHub lists at most 3000 files of a PR; a longer list may hide a governed one.
const MAX_LISTED = 3000;

export interface Governed {
  paths: Set<string>;
  globs: string[];
}

/** Repository paths and globs whose change can change a finding. */
export const governedFiles = (families: FamilySettings[], configPath: string | undefined): Governed => {
  const paths = new Set<string>();
  const add = (p: string | undefined) => {
    const r = p === undefined ? undefined : repoPath(p);
    if (r) paths.add(r);
  };
  add(configPath ?? DEFAULT_CONFIG_PATH);
  const globs: string[] = [];
  for (const f of families) {
    for (const p of [f.manifest, f.claudeMd, f.deployment, f.template, f.registry?.replace(/^duckdb:/, '')]) add(p);
    for (const g of f.filenames.globs) {
      const r = repoPath(g);
      if (r) globs.push(r);
    }
  }
  return { paths, globs };
};

export const touchesGoverned = (changed: string[], g: Governed): boolean =>
  changed.some((p) => g.paths.has(p) || g.globs.some((glob) => matchesGlob(p, glob)));

/** Paths the PR adds, changes, removes or renames (both names); undefined when the list may be incomplete. */
export const changedFiles = async (c: Client, pull: number): Promise<string[] | undefined> => {
  const files = await api('list the PR files', () =>
    c.octokit.paginate(c.octokit.rest.pulls.listFiles, { owner: c.owner, repo: c.repo, pull_number: pull, per_page: 100 }),
  );
  if (files.length >= MAX_LISTED) return undefined;
  return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
};
