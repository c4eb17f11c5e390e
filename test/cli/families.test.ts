// Several families in one config: windows are compared inside a family, and one family's failure is its own.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const example = JSON.parse(readFileSync(join(EXAMPLES, 'manifest.json'), 'utf8'));
const PROD = example.production_model as string;

/** Two one-model families trained on the same dates, one DuckDB registry, one config listing both. */
const twoFamilies = (second = (m: Record<string, unknown>) => m) => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-families-'));
  const one = (family: string, id: string) => ({
    schema_version: 1,
    family,
    production_model: id,
    models: { [id]: { ...example.models[PROD], file: `${id}.cbm`, gcs_path: `gs://models-bucket/${family}/${id}.cbm` } },
  });
  writeFileSync(join(dir, 'a.json'), JSON.stringify(one('catboost_v9', PROD), null, 2));
  writeFileSync(join(dir, 'b.json'), JSON.stringify(second(one('xgboost_v1', 'xgboost_v1_same_dates')), null, 2));
  const config = join(dir, 'config.yml');
  const registry = `duckdb:${join(dir, 'registry.duckdb')}`;
  writeFileSync(
    config,
    ['families:', ...['a', 'b'].flatMap((n) => [`  - manifest: ${join(dir, `${n}.json`)}`, `    registry: ${registry}`])].join('\n'),
  );
  return { dir, config };
};

describe('duplicate across families', () => {
  it('another family trained on the same dates is not a duplicate; --scope all reports it', async () => {
    const { config } = twoFamilies();
    expect((await runCli(['sync', '--config', config])).code).toBe(0);
    const inside = await runCli(['duplicate', '--config', config, '--json']);
    expect(inside.code).toBe(0);
    expect(JSON.parse(inside.out).map((r: { findings: unknown[] }) => r.findings)).toEqual([[], []]);

    const all = await runCli(['duplicate', '--config', config, '--json', '--scope', 'all']);
    const reports = JSON.parse(all.out) as { family: string; findings: { code: string; message: string }[] }[];
    expect(reports.map((r) => [r.family, r.findings.map((f) => f.code)])).toEqual([
      ['catboost_v9', ['duplicate.shared-window', 'duplicate.shared-window']],
      ['xgboost_v1', ['duplicate.shared-window', 'duplicate.shared-window']],
    ]);
    expect(reports[0]?.findings.map((f) => f.message).join('\n')).toContain('xgboost_v1_same_dates (family xgboost_v1, production)');
    expect(all.code).toBe(1);
  });

  it('--json is an array of per-family objects for one family and for several; other modes keep one object for one', async () => {
    const { dir, config } = twoFamilies();
    const one = join(dir, 'one.yml');
    writeFileSync(one, `manifest: ${join(dir, 'a.json')}\n`);
    const shape = (out: string) => {
      const j = JSON.parse(out) as Record<string, unknown>[];
      return Array.isArray(j) ? j.map((r) => Object.keys(r)) : Object.keys(j);
    };
    const keys = ['mode', 'family', 'ok', 'summary', 'findings', 'plan'];
    for (const window of [[], ['--train-start', '2025-11-02', '--train-end', '2026-01-08']]) {
      expect(shape((await runCli(['duplicate', '--config', one, '--json', ...window])).out)).toEqual([keys]);
      expect(shape((await runCli(['duplicate', '--config', config, '--json', ...window])).out)).toEqual([keys, keys]);
      expect(shape((await runCli(['duplicate', '--config', one, '--format', 'json', ...window])).out)).toEqual([keys]);
    }
    // Each element is the object every mode prints; lint-filenames prints that object alone for one family.
    expect(shape((await runCli(['lint-filenames', '--config', one, '--json'])).out)).toEqual(keys);
  });

  it('a window asked about before training matches only inside the family unless --scope all', async () => {
    const { config } = twoFamilies();
    await runCli(['sync', '--config', config]);
    const ask = ['duplicate', '--config', config, '--train-start', '2025-11-02', '--train-end', '2026-01-08', '--json'];
    // The xgboost_v1 family's report: does the window match its own model, and catboost_v9's too?
    const run = async (extra: string[]) =>
      JSON.parse((await runCli([...ask, ...extra])).out)[1].findings.map((f: { code: string; message: string }) => [
        f.code,
        f.message.includes('family catboost_v9'),
      ]);
    expect(await run([])).toEqual([['duplicate.window', false]]);
    expect(await run(['--scope', 'all'])).toEqual([
      ['duplicate.window', true],
      ['duplicate.window', false],
    ]);
  });
});

describe('one family failing', () => {
  it('is reported for that family; the other family still runs; the exit code is the worst', async () => {
    const { dir, config } = twoFamilies();
    writeFileSync(join(dir, 'a.json'), '{ "schema_version": 1, "family": ');
    const r = await runCli(['sync', '--config', config, '--json']);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.out) as {
      family: string;
      ok: boolean;
      summary: string;
      findings: { code: string; location?: { file: string } }[];
    }[];
    expect(reports.map((x) => [x.ok, x.summary])).toEqual([
      [false, 'Not checked: bad input (exit 2)'],
      [true, 'Synced 1 models to model_registry: 1 inserted, 0 updated, 0 unchanged'],
    ]);
    expect(reports[0]?.findings).toEqual([
      expect.objectContaining({
        code: 'input.invalid',
        severity: 'error',
        location: expect.objectContaining({ file: join(dir, 'a.json') }),
      }),
    ]);
  });

  it('a single family still fails the run with its one line', async () => {
    const { dir } = twoFamilies();
    writeFileSync(join(dir, 'a.json'), '{');
    const r = await runCli(['sync', '--manifest', join(dir, 'a.json'), '--registry', `duckdb:${join(dir, 'r.duckdb')}`]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
