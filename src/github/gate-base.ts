// The PR check's gate compares the PR's production model with the base branch's: this adapter hands the gate mode
// the manifest as the base commit has it (through the contents API; the checkout holds only the merge commit).
import type { EngineIo } from '../engine.js';
import type { Sources } from '../ports.js';
import { readRepoFile } from './contents.js';
import type { Client } from './octokit.js';
import { repoPath } from './paths.js';

/** A manifest outside the repository (gs://) cannot change in a PR: no base, so the gate then needs a model. */
export const baseManifestIo = (c: Client, sha: string): EngineIo => ({
  adapt: (sources: Sources): Sources => {
    const path = repoPath(sources.manifest.name);
    if (!path) return sources;
    return {
      ...sources,
      baseManifest: {
        name: `${path}@${sha.slice(0, 7)}`,
        load: async () => (await readRepoFile(c, path, sha))?.bytes ?? null,
      },
    };
  },
});
