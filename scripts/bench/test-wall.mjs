// `npm test` wall time: issue 12 asks for at most 3 minutes on this 2-core machine, with no test removed. It is the
// whole suite (minutes), so it runs once; the figure is a wall time, not a ratio, and the load average before and
// after stands beside it. `--test-files` runs a subset instead, only to check this section: never a met target.
import os from 'node:os';
import { join } from 'node:path';
import { NODE, runOnce } from './lib.mjs';

const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));

export const testWall = ({ root, files = [] }) => {
  const loadBefore = load();
  // The project's node first on PATH, as `npm test` has it: vitest's bin starts with `#!/usr/bin/env node`.
  const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` };
  const r = runOnce(NODE, [join(root, 'scripts', 'test.mjs'), ...files], { cwd: root, env });
  const tests = /Tests\s+(?:\S*\s)*?(\d+) passed/.exec(r.stdout.replace(/\x1b\[[0-9;]*m/g, ''));
  return {
    ms: Math.round(r.ms),
    code: r.code ?? r.signal,
    passed: tests ? Number(tests[1]) : null,
    subset: files,
    loadBefore,
    loadAfter: load(),
  };
};
