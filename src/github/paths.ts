// Config paths are relative to the working directory; GitHub wants paths relative to the repository root.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Report } from '../report/types.js';

/** The repository root: the runner's checkout, else the working directory. */
export const workspaceRoot = (): string => resolve(process.env.GITHUB_WORKSPACE || process.cwd());

/** `file` as a repository path (posix separators), or undefined when it is remote (gs://, run:…) or outside the checkout. */
export const repoPath = (file: string, root = workspaceRoot()): string | undefined => {
  if (/^[a-z][a-z0-9+.-]+:/i.test(file)) return undefined;
  const rel = relative(root, resolve(process.cwd(), file));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
};

/** Show files under the checkout by their repository path (a config may name them absolutely). */
export const relativize = (r: Report, root = workspaceRoot()): Report => {
  const prefix = `${root}${sep}`;
  const strip = (s: string) => s.replaceAll(prefix, '');
  return {
    ...r,
    summary: strip(r.summary),
    findings: r.findings.map((f) => ({
      ...f,
      message: strip(f.message),
      ...(f.location ? { location: { ...f.location, file: repoPath(f.location.file, root) ?? f.location.file } } : {}),
    })),
    ...(r.detail === undefined ? {} : { detail: strip(r.detail) }),
    ...(r.listing ? { listing: { ...r.listing, name: strip(r.listing.name) } } : {}),
  };
};
