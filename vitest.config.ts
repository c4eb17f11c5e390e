import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most files share their workers (isolate: false): a fresh worker and a fresh import of src/ and the stand-ins per file
// cost a third of a second to a second each, as much as many files take to run. Two projects; vitest queues them by
// name ('isolated' first, so the two longest files start first), each file longest first (from its cache):
// - isolated: a fresh worker per file. Files that set a variable src/ reads when it loads (the retry and timeout
//   scales), mock a module, or drive the Google clients in-process against stand-ins whose addresses and token they put
//   in process.env (sharing a worker, one such file failed after another: "Could not load the default credentials").
// - unit: shared workers. Unit tests of pure code, the fuzzers, the CLI, e2e and workflow files (whose child processes
//   get an environment of their own). None of these leaves process.env, the working directory or the timers changed.
const ISOLATED = [
  'test/reliability/races.test.ts',
  'test/reliability/faults.test.ts',
  'test/registry/duckdb-lock.test.ts',
  'test/registry/bigquery.test.ts',
  'test/action/*.test.ts',
  'test/integration/*.test.ts',
  'test/standins/*.test.ts',
  'test/engine.test.ts',
  'test/cli/help.test.ts',
  'test/e2e/list.test.ts',
  'test/github/octokit.test.ts',
  // Runs drift in-process against the stand-ins, their addresses and token in process.env (the case above).
  'test/e2e/fetch-headers.test.ts',
  // Switches node:http's idle timeout on for its whole process, at a scale read when src/ loads.
  'test/backends.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/setup/network-guard.ts'],
    env: {
      METADATA_SERVER_DETECTION: 'none',
      GOOGLE_CLOUD_PROJECT: 'test-project',
    },
    // One test file per core, and one more. vitest's default keeps a core free (one worker on a 2-core machine), but the
    // files spend much of their time waiting on stand-ins, child processes and (the fault matrix) timeouts: two workers
    // ran test/e2e + test/cli in 235 s against 343 s for one, side by side on the same loaded machine; a third keeps
    // the cores busy while the fault matrix waits out its timeouts and fresh workers start.
    maxWorkers: availableParallelism() + 1,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
    ],
  },
});
