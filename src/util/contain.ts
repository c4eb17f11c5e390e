// Where a path really leads. A checkout is attacker-controlled: any name in it may be a symbolic link, and `..` after a
// link climbs from the link's target, not from where the name sits. So a path is judged by what the kernel resolves
// (realpath), never by its spelling, and the path that was judged is the path that is then opened.
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { access, lstat, realpath } from './fs-async.js';

/** Whether `child` is `parent` or lies below it (both absolute and already resolved). */
export const isWithin = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
};

/**
 * Whether a resolved path lies inside the resolved workspace `root` and outside its `.git` directory, which holds
 * what the checkout must never reach: hooks, and with actions/checkout's default the token in `.git/config`.
 */
export const isInsideWorkspace = (real: string, realRoot: string): boolean =>
  isWithin(real, realRoot) && !isWithin(real, join(realRoot, '.git'));

const isMissing = (e: unknown): boolean => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

/**
 * The absolute path the kernel reaches for `path` (relative to `cwd`), following every link. A name that does not exist
 * yet resolves through its deepest existing ancestor, so a file about to be created is judged by the directory it will
 * land in. The string is never normalised first: `link/../x` must climb from the link's target, as open() does.
 */
export const realTarget = async (path: string, cwd = process.cwd()): Promise<string> => {
  const abs = isAbsolute(path) ? path : `${cwd}${sep}${path}`;
  const tail: string[] = [];
  let at = abs;
  for (;;) {
    try {
      const real = await realpath(at);
      return tail.length ? join(real, ...tail.reverse()) : real;
    } catch (e) {
      if (!isMissing(e)) throw e;
      // A dangling link is a name that exists: it leads where its target would be, which realpath cannot say.
      if (
        await lstat(at).then(
          (s) => s.isSymbolicLink(),
          () => false,
        )
      )
        throw Object.assign(new Error(`${at} is a symbolic link to a missing file`), { code: 'EDANGLING' });
      const up = dirname(at);
      if (up === at) return resolve(abs);
      tail.push(basename(at));
      at = up;
    }
  }
};

/**
 * The repository root the CLI confines config paths to: the nearest ancestor of `from` holding `.git` (a directory, or a
 * file in a worktree); without one, `fallback`. In the action the root is GITHUB_WORKSPACE instead.
 */
export const repositoryRoot = async (from: string, fallback: string): Promise<string> => {
  for (let at = resolve(from); ; at = dirname(at)) {
    if (
      await access(join(at, '.git')).then(
        () => true,
        () => false,
      )
    )
      return at;
    if (dirname(at) === at) return resolve(fallback);
  }
};

/**
 * Where a write to `path` must go. A plain file is replaced where it is named. A name that passes through a symbolic
 * link (`CLAUDE.md -> AGENTS.md`, the common layout) is written through to its target when that target lies inside
 * `root`, so the real file is updated and the link stays a link; a link leading outside `root` is refused (exit 2),
 * since a cloned repository must never turn a doc refresh into a write elsewhere (e.g. ~/.bashrc or .git/hooks of
 * another checkout). Hard links cannot be told apart from the file: the rename in replaceFile gives `path` a new inode
 * and the other names keep the old bytes.
 */
export const resolveWriteTarget = async (path: string, root: string, cwd = process.cwd()): Promise<string> => {
  let real: string;
  try {
    real = await realTarget(path, cwd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EDANGLING') throw InputError.at(path, 'is a symbolic link to a missing file; nothing written');
    if (code === 'ELOOP' || code === 'EACCES' || code === 'ERR_INVALID_ARG_VALUE' || code === 'ENAMETOOLONG')
      throw InputError.at(path, `cannot be resolved (${code}); nothing written`);
    throw e;
  }
  if (real === resolve(cwd, path)) return path;
  if (isInsideWorkspace(real, await realTarget(root, cwd))) return real;
  throw InputError.at(path, `is a symbolic link that leads outside ${root}; refusing to write through it`);
};
