// Paths named by the config file (and, in the action, by inputs) must stay inside the workspace. The config comes
// from the checkout, which a pull request controls: `template: /proc/self/environ` would render the environment,
// token included, into check-run and comment bodies, and a glob like `../../x/*` or `/etc/ssh/*` would list outside
// files into the summary. Every such path is resolved as the kernel resolves it (util/contain realTarget: symbolic
// links followed, `..` climbing from a link's target) and must land inside the root and outside its .git directory;
// otherwise exit 2 naming the key. Remote addresses (gs://, bigquery:, run:) are not paths. A path typed on the CLI's
// command line is the user's own choice and is not confined.
import { resolve } from 'node:path';
import { InputError, type SourcePosition } from '../errors.js';
import { isInsideWorkspace, realTarget } from '../util/contain.js';
import { lstat } from '../util/fs-async.js';

/** What a path's value is checked against, and how a refusal names it. */
export interface PathKey {
  /** `$.template`, `$.families[1].filenames.globs[0]`, or `input manifest`. */
  key: string;
  value: string;
  /** The file (config path, or `input <name>`) and position named in the error. */
  where: SourcePosition;
  glob?: boolean;
  /** A default the user never named (claude-md's CLAUDE.md): checked only when something is there to read. */
  optional?: boolean;
}

const MAGIC = /[*?[\]{}()!+@]/;

/** The literal directory a glob starts from (`models/v9/*.cbm` → `models/v9`), which must itself lie inside. */
export const globBase = (pattern: string): string => {
  const parts = pattern.split('/');
  const i = parts.findIndex((p) => MAGIC.test(p));
  const base = (i < 0 ? parts.slice(0, -1) : parts.slice(0, i)).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
};

/** The local path inside an address, or undefined for a remote one. */
export const localPath = (key: 'manifest' | 'registry' | 'deployment' | 'other', value: string): string | undefined => {
  if (key === 'manifest') return value.startsWith('gs://') ? undefined : value;
  if (key === 'registry') return value.startsWith('duckdb:') ? value.slice('duckdb:'.length) : undefined;
  if (key === 'deployment') return value.startsWith('run:') ? undefined : value;
  return value;
};

const outside = (k: PathKey, root: string, why: string): InputError =>
  InputError.at(k.where.file, `${why}; paths from the config and inputs must stay inside the workspace ${root}`, {
    ...(k.where.line === undefined ? {} : { line: k.where.line, column: k.where.column }),
    ...(k.key.startsWith('$') ? { path: k.key } : {}),
  });

/** Refuse (exit 2) the first key whose path resolves outside `root`. Relative paths are relative to `cwd`. */
export const confinePaths = async (keys: PathKey[], root: string, cwd = process.cwd()): Promise<void> => {
  const realRoot = await realTarget(root, cwd);
  for (const k of keys) {
    const path = k.glob ? globBase(k.value) : k.value;
    if (
      k.optional &&
      !(await lstat(resolve(cwd, path)).then(
        () => true,
        () => false,
      ))
    )
      continue;
    const name = k.key.startsWith('$') ? `"${k.value}"` : `${k.key} "${k.value}"`;
    let real: string;
    try {
      real = await realTarget(path, cwd);
    } catch (e) {
      // A dangling link, a loop of links, a NUL byte, an unreadable directory: the path cannot be judged, so it is refused.
      const code = (e as NodeJS.ErrnoException).code;
      throw outside(
        k,
        root,
        code === 'EDANGLING'
          ? `${name} is a symbolic link to a missing file`
          : `${name} cannot be resolved (${code ?? (e as Error).message})`,
      );
    }
    if (!isInsideWorkspace(real, realRoot)) throw outside(k, root, `${name} resolves outside the workspace`);
  }
};

/** Refuse a glob match that leads outside `root` (a symbolic link inside the checkout pointing out). */
export const confineMatches = async (pattern: string, matches: string[], root: string, cwd = process.cwd()): Promise<void> => {
  const realRoot = await realTarget(root, cwd);
  for (const m of matches) {
    const real = await realTarget(m, cwd).catch(() => undefined);
    if (real === undefined || !isInsideWorkspace(real, realRoot))
      throw InputError.at(
        'filenames.globs',
        // The match's name is not printed: through a link it would list a name outside the workspace.
        `"${pattern}" matches a file through a symbolic link that leads outside the workspace; paths from the config and inputs must stay inside the workspace ${root}`,
      );
  }
};
