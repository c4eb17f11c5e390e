import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
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
  },
});
