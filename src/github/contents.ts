// Files of the repository at a given commit, through the contents API (the checkout may not hold that commit).
import { InputError } from '../errors.js';
import { sizeName } from '../util/bounded-read.js';
import { api, type Client, statusOf } from './octokit.js';

export interface RepoFile {
  bytes: Buffer;
  /** Blob sha (git's id of the bytes). */
  sha: string;
}

/** The file's exact bytes at `ref`, or null when it does not exist there; over `maxBytes` is bad input, not fetched. */
export const readRepoFile = async (c: Client, path: string, ref: string, maxBytes = Infinity): Promise<RepoFile | null> => {
  const at = { owner: c.owner, repo: c.repo, path, ref };
  try {
    const { data } = await c.octokit.rest.repos.getContent(at);
    if (Array.isArray(data) || data.type !== 'file') throw InputError.at(path, `is not a file at ${ref}`);
    if (data.size > maxBytes) throw InputError.at(path, `is larger than ${sizeName(maxBytes)}, the limit for this file (at ${ref})`);
    // Over 1 MB the JSON form carries no content. The raw form would arrive as a decoded string (any byte that is
    // not UTF-8 lost); the blob API returns base64 up to 100 MB, so the bytes stay exact.
    if (data.encoding === 'none' || (data.content === '' && data.size > 0)) {
      const blob = await c.octokit.rest.git.getBlob({ owner: c.owner, repo: c.repo, file_sha: data.sha });
      return { bytes: Buffer.from(blob.data.content, 'base64'), sha: data.sha };
    }
    return { bytes: Buffer.from(data.content, 'base64'), sha: data.sha };
  } catch (e) {
    if (statusOf(e) === 404) return null;
    return api(`read ${path} at ${ref}`, () => Promise.reject(e));
  }
};

/**
 * Paths of the entries of a directory at `ref`; empty when it does not exist there. Not the root: GitHub's OpenAPI
 * description has no operation for `contents/` with an empty path, so root files are checked one by one instead.
 */
export const listRepoDir = async (c: Client, path: string, ref: string): Promise<Set<string>> => {
  if (path === '') throw new Error('listRepoDir needs a directory; check root files with readRepoFile');
  try {
    const { data } = await c.octokit.rest.repos.getContent({ owner: c.owner, repo: c.repo, path, ref });
    return new Set(Array.isArray(data) ? data.map((e) => e.path) : []);
  } catch (e) {
    if (statusOf(e) === 404) return new Set();
    return api(`list ${path || '/'} at ${ref}`, () => Promise.reject(e));
  }
};

/**
 * Git's mode of the entry at `path` in tree `treeSha` (100644 file, 100755 executable, 120000 link, 160000
 * submodule), or undefined when there is none. Walks one directory level per request: a recursive listing of a big
 * repository is truncated.
 */
export const treeMode = async (c: Client, treeSha: string, path: string): Promise<string | undefined> => {
  let tree = treeSha;
  const parts = path.split('/');
  for (const [i, name] of parts.entries()) {
    const { data } = await api(`read the tree of ${parts.slice(0, i).join('/') || '/'}`, () =>
      c.octokit.rest.git.getTree({ owner: c.owner, repo: c.repo, tree_sha: tree }),
    );
    const entry = data.tree.find((e) => e.path === name);
    if (!entry) return undefined;
    if (i === parts.length - 1) return entry.mode;
    if (entry.type !== 'tree' || !entry.sha) return undefined;
    tree = entry.sha;
  }
  return undefined;
};
