import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Files that share their workers (isolate: false): a fresh worker and a fresh import of src/ and the stand-ins per file
// cost about a third of a second to a second each, as much as many files take to run. None of these sets a variable
// src/ reads when it loads (the retry and timeout scales), mocks a module, or leaves process.env, the working
// directory or the timers changed after it, so the order they share a worker in cannot change what they see. The
// rest (those that do, the reliability suite, the integration tests, the stand-ins' own tests) keep a fresh worker
// per file.
const SHARED = [
  'test/checks/**/*.test.ts',
  'test/manifest/**/*.test.ts',
  'test/report/**/*.test.ts',
  'test/list/**/*.test.ts',
  'test/filenames/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'test/util/**/*.test.ts',
  'test/gcs/**/*.test.ts',
  'test/deployment/**/*.test.ts',
  'test/config/**/*.test.ts',
  'test/modes/**/*.test.ts',
  'test/examples/**/*.test.ts',
  'test/workflows/**/*.test.ts',
  'test/service-limits.test.ts',
  'test/github/{annotations,annotate-once,baseline,changed,drift-issue,event,render,reporters}.test.ts',
  'test/registry/{row,metrics,duckdb-full,duckdb-read,duckdb-stage,duckdb-wal-link}.test.ts',
  'test/cli/!(help).test.ts',
  'test/e2e/!(list).test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/setup/network-guard.ts'],
    env: {
      METADATA_SERVER_DETECTION: 'none',
      GOOGLE_CLOUD_PROJECT: 'test-project',
    },
    // One test file per core. vitest's default keeps a core free (one worker on a 2-core machine), but the files spend
    // much of their time waiting on stand-ins and child processes: two workers ran test/e2e + test/cli in 235 s
    // against 343 s for one, side by side on the same loaded machine.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: SHARED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED } },
    ],
  },
});
