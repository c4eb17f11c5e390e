import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { bundle } from '../e2e/bundle.js';
import { ROOT, runCli } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

// A Node older than the one the CLI needs, when the machine has one (Debian's system node here is 20).
const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((n) => {
  try {
    return Number(execFileSync(n, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' })) < 22;
  } catch {
    return false;
  }
});

let cli: string;
beforeAll(async () => {
  cli = join(dirname(await bundle()), 'cli', 'index.js');
}, 300_000);

describe('--version', () => {
  it("prints package.json's version and exits 0", async () => {
    expect(VERSION).toBe(pkg.version);
    expect(await runCli(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it('the bundled CLI prints it too', () => {
    const r = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${pkg.version}\n`, '']);
  });
});

describe('Node version', () => {
  it('package.json asks for Node 22 or newer, as the CLI checks', () => {
    expect(pkg.engines.node).toBe('>=22');
  });

  it.skipIf(oldNode === undefined)('below 22, the bundled CLI exits 2 with one line naming both versions', () => {
    const r = spawnSync(oldNode as string, [cli, 'lint-filenames', '--manifest', 'x.json'], { encoding: 'utf8' });
    const found = execFileSync(oldNode as string, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `model-governance: Node.js ${found} found; 22 or newer is needed\n`]);
  });
});
