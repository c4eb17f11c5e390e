// The bundle loads unhomoglyph's full confusables table only for a non-ASCII id (scripts/build.mjs
// lazyConfusableTable): the bundled CLI must still refuse confusable ids, non-ASCII and ASCII, as the source does.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, workspace } from '../helpers/cli.js';
import { bundle } from './bundle.js';

let cli: string;
beforeAll(async () => {
  cli = join(dirname(await bundle()), 'cli', 'index.js');
}, 300_000);

const cyrillic = () => readFileSync(fixture('model-id-confusable.json'), 'utf8');
// The same pair in ASCII: 1 and l share a prototype.
const ascii = () => cyrillic().replace('c\u0430tboost_v9_33features_20260201_011018', 'catboost_v9_33features_20260201_0ll0l8');

describe('confusable model ids, bundled CLI', () => {
  it('has an ASCII pair to try', () => expect(ascii()).not.toBe(cyrillic()));

  it.each([
    ['a Cyrillic а', cyrillic],
    ['1 for l', ascii],
  ])('%s: exit 2 with the same line as the source', async (_, manifest) => {
    const ws = workspace();
    writeFileSync(ws.manifest, manifest());
    const args = [
      'duplicate',
      '--config',
      ws.config,
      '--manifest',
      ws.manifest,
      '--train-start',
      '2025-11-02',
      '--train-end',
      '2026-01-08',
    ];
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: ws.dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/looks like .* \(same Unicode confusable skeleton, UTS #39\); rename one$/m);
    const source = await runCli(args);
    expect(source.code).toBe(2);
    expect(r.stderr).toBe(source.err);
  });
});
