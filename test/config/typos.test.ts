import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchemas } from '../../src/config/schema.js';

const { FamilyConfigSchema } = configSchemas();

import { distance, keysAt, nearest } from '../../src/config/typos.js';
import { runCli } from '../helpers/cli.js';

describe('nearest key', () => {
  it.each([
    ['model_env', 'model-env'],
    ['manfest', 'manifest'],
    ['Registry', 'registry'],
    ['stale_after_days', 'stale-after-days'],
    ['verify-artefacts', 'verify-artifacts'],
    ['clade-md', 'claude-md'],
    ['owner', undefined],
    ['x', undefined],
  ])('%s → %s', (typo, want) => {
    expect(nearest(typo, keysAt(FamilyConfigSchema, []) ?? [])).toBe(want);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect([distance('ab', 'ba'), distance('kitten', 'sitting'), distance('', 'abc')]).toEqual([1, 3, 3]);
  });

  it('finds the keys valid inside nested objects and lists', () => {
    expect(keysAt(FamilyConfigSchema, ['filenames'])).toEqual(['pattern', 'globs', 'legacy']);
    expect(keysAt(FamilyConfigSchema, ['block', 'metrics', 0])).toEqual(['label', 'metric', 'digits', 'format']);
    expect(keysAt(FamilyConfigSchema, ['nope'])).toBeUndefined();
  });
});

describe('a config typo through the CLI', () => {
  const run = async (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-typo-'));
    writeFileSync(join(dir, 'manifest.json'), '{}');
    writeFileSync(join(dir, 'c.yml'), yaml.replaceAll('DIR', dir));
    const r = await runCli(['lint-filenames', '--config', join(dir, 'c.yml')]);
    return { ...r, lines: r.err.trim().split('\n'), file: join(dir, 'c.yml') };
  };

  it('one line naming the key where it is written and the nearest valid key', async () => {
    const r = await run('manifest: DIR/manifest.json\nmodel_env: CATBOOST_V9_MODEL_PATH\n');
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([`model-governance: ${r.file}:2:1: $.model_env: unknown key "model_env"; did you mean "model-env"?`]);
  });

  it('a misspelt required key is one line, not also "manifest is required"', async () => {
    const r = await run('manfest: DIR/manifest.json\n');
    expect(r.lines).toEqual([`model-governance: ${r.file}:1:1: $.manfest: unknown key "manfest"; did you mean "manifest"?`]);
  });

  it('inside a list of families, and in a nested object', async () => {
    const r = await run('families:\n  - manifest: DIR/manifest.json\n    filenames:\n      paternn: x\n');
    expect(r.lines).toEqual([
      `model-governance: ${r.file}:4:7: $.families[0].filenames.paternn: unknown key "paternn"; did you mean "pattern"?`,
    ]);
  });

  it('a key nothing resembles is named without a guess', async () => {
    const r = await run('manifest: DIR/manifest.json\nowner: ml-team\n');
    expect(r.lines).toEqual([`model-governance: ${r.file}:2:1: $.owner: unknown key "owner"`]);
  });
});
