// CLAUDE.md files as the default branch holds them, for the refresh PR: the claude-md mode reads and "writes" them
// through this overlay, so the engine's byte-exact splice runs on GitHub's bytes and nothing touches the checkout.
import { DOC_MAX_BYTES } from '../docs/file.js';
import { InputError } from '../errors.js';
import type { DocFile } from '../ports.js';
import { type RepoFile, readRepoFile } from './contents.js';
import { api, type Client } from './octokit.js';
import { repoPath } from './paths.js';

export interface Head {
  branch: string;
  sha: string;
}

export const defaultHead = async (c: Client): Promise<Head> => {
  const repo = { owner: c.owner, repo: c.repo };
  const branch = (await api('read the repository', () => c.octokit.rest.repos.get(repo))).data.default_branch;
  const ref = await api(`read branch ${branch}`, () => c.octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }));
  return { branch, sha: ref.data.object.sha };
};

interface Entry {
  name: string;
  original: RepoFile | null;
  current: Buffer | null;
}

/** CLAUDE.md files as the default branch holds them; the engine's writes land here, not on disk. */
export class DocOverlay {
  readonly files = new Map<string, Entry>();
  constructor(
    private readonly c: Client,
    readonly head: Head,
  ) {}

  doc(name: string): DocFile {
    const path = repoPath(name);
    if (!path) throw InputError.at(name, 'is outside the repository checkout; the CLAUDE.md PR can only change files of this repository');
    const load = async (): Promise<Entry> => {
      let e = this.files.get(path);
      if (!e) {
        const original = await readRepoFile(this.c, path, this.head.sha, DOC_MAX_BYTES);
        e = { name, original, current: original?.bytes ?? null };
        this.files.set(path, e);
      }
      return e;
    };
    return {
      name,
      read: async () => (await load()).current,
      write: async (bytes, previous) => {
        const e = await load();
        if (!e.current?.equals(Buffer.from(previous))) throw InputError.at(name, 'changed while it was being updated; run again');
        e.current = Buffer.from(bytes);
      },
    };
  }

  /** Files whose desired bytes differ from the default branch. */
  changes(): { path: string; original: RepoFile; bytes: Buffer }[] {
    return [...this.files]
      .filter(([, e]) => e.original && e.current && !e.current.equals(e.original.bytes))
      .map(([path, e]) => ({ path, original: e.original as RepoFile, bytes: e.current as Buffer }));
  }
}
