// "Nothing to check": a PR check is meant to be required, so it runs on every PR (a path filter would leave a
// required check "Expected" forever). When the PR touches no governed file it passes at once.
// THE RULE: decide on RESOLVED paths, and when in doubt, check. A governed file may be a symlink
// (manifest.json -> models/current.json): a PR that changes only the target changes what the tool reads, so the
// target is governed too, and so is every directory or link on the way to it. A link that leaves the checkout or a
// path that cannot be resolved means "check".
import { glob, realpath } from 'node:fs/promises';
import { isAbsolute, join, matchesGlob, relative, sep } from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import type { FamilySettings } from '../config/settings.js';
import { api, type Client } from './octokit.js';
import { repoPath, workspaceRoot } from './paths.js';

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

/** A changed path touches a governed one when it is that path, matches a glob, or is a directory/link on the way. */
export const touchesGoverned = (changed: string[], g: Governed): boolean =>
  changed.some((p) => g.paths.has(p) || g.globs.some((glob) => matchesGlob(p, glob)) || [...g.paths].some((q) => q.startsWith(`${p}/`)));

/**
 * The governed set with the real path of each governed file (and of each file the globs find in the checkout) added;
 * undefined when in doubt: a path resolves outside the checkout or cannot be resolved for another reason than absence.
 */
export const resolveGoverned = async (g: Governed, root = workspaceRoot()): Promise<Governed | undefined> => {
  const realRoot = await realpath(root);
  const paths = new Set(g.paths);
  const found: string[] = [];
  for (const pattern of g.globs) for await (const p of glob(pattern, { cwd: root })) found.push(p);
  for (const p of [...g.paths, ...found]) {
    let real: string;
    try {
      real = await realpath(join(root, p));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // absent: the PR's list names it if it removed it
      return undefined;
    }
    const rel = relative(realRoot, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    paths.add(rel.split(sep).join('/'));
    paths.add(p.split(sep).join('/'));
  }
  return { paths, globs: g.globs };
};

/** Paths the PR adds, changes, removes or renames (both names); undefined when the list may be incomplete. */
export const changedFiles = async (c: Client, pull: number): Promise<string[] | undefined> => {
  const files = await api('list the PR files', () =>
    c.octokit.paginate(c.octokit.rest.pulls.listFiles, { owner: c.owner, repo: c.repo, pull_number: pull, per_page: 100 }),
  );
  if (files.length >= MAX_LISTED) return undefined;
  return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
};
