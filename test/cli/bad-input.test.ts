// The bad-input corpus (test/fixtures/bad/): every case exits 2 with one line per problem naming the file and,
// where the input has one, the JSON path and line:column; and nothing is written anywhere.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, type Workspace, workspace } from '../helpers/cli.js';
import { execSql } from '../helpers/duckdb.js';

const at = /:\d+:\d+: /;
const manifestCases: [string, RegExp][] = [
  ['invalid-json.json', /manifest\.json:9:29: invalid JSON: Unexpected token Comma/],
  ['empty.json', /manifest\.json:1:1: is empty/],
  ['whitespace-only.json', /is empty/],
  ['not-an-object.json', /manifest\.json:1:1: \$: expected object/],
  ['duplicate-key.json', /\$\.models\.catboost_v9_33features_20260201_011018\.feature_count: duplicate key \(first at 10:7\)/],
  ['duplicate-model-id.json', /\$\.models\.catboost_v9_33features_20260201_011018: duplicate key/],
  ['schema-version-2.json', /\$\.schema_version: expected 1/],
  ['missing-family.json', /\$\.family: is required/],
  ['production-not-in-models.json', /\$\.production_model: names "catboost_v9_missing", which is not in models/],
  ['production-status-mismatch.json', /\.status: is "candidate" but production_model names this model/],
  ['two-production.json', /catboost_v9_2026_02\.status: is "production" but production_model is/],
  ['impossible-date.json', /\.training_end_date: must be a real calendar date/],
  ['start-after-end.json', /\.training_start_date: 2026-01-20 is after training_end_date 2026-01-08/],
  ['eval-leaks-into-training.json', /\.eval_start_date: .*leakage/],
  ['eval-start-after-end.json', /\.eval_start_date: 2026-02-10 is after eval_end_date 2026-02-01/],
  ['sha256-short.json', /\.sha256: must be 64 lowercase hex/],
  ['sha256-uppercase.json', /\.sha256: must be 64 lowercase hex/],
  ['file-not-basename.json', /\.file: "catboost_v9_other\.cbm" is not the basename of gcs_path/],
  ['file-path-traversal.json', /\.file: "\.\.\/\.\.\/etc\/passwd" is not the basename/],
  ['unknown-status.json', /catboost_v9_2026_02\.status: Invalid option/],
  ['metric-numeric-string.json', /\.metrics\.hit_rate_edge_3plus: expected number, received string/],
  [
    'metric-overflow.json',
    /manifest\.json:18:32: \$\.models\.\w+\.metrics\.hit_rate_edge_3plus: number out of range \(beyond ±1\.8e308\)$/m,
  ],
  ['number-1e400.json', /manifest\.json:19:16: \$\.models\.\w+\.metrics\.mae: number out of range \(beyond ±1\.8e308\)$/m],
  ['count-beyond-2-53.json', /\.metrics\.graded_edge_3plus_n: /],
  ['created-at-no-zone.json', /\.created_at: must be an ISO 8601 timestamp with a time zone/],
  ['notes-bidi-override.json', /\.notes: contains a control or bidi-override character/],
  ['notes-lone-surrogate.json', /\.notes: contains a lone surrogate/],
  ['model-id-nul.json', /manifest\.json:45:5: \$\.models\["catboost_v9_2026\\u0000_02"\]: model id contains a control character/],
  [
    'model-id-confusable.json',
    /manifest\.json:26:5: \$\.models\["c\u0430tboost_v9_33features_20260201_011018"\]: model id "c\\u0430tboost_v9_33features_20260201_011018" looks like "catboost_v9_33features_20260201_011018" at \$\.models\.catboost_v9_33features_20260201_011018 \(same Unicode confusable skeleton, UTS #39\); rename one$/m,
  ],
  [
    'model-id-zero-width.json',
    /manifest\.json:26:5: \$\.models\["catboost_v9_33features_20260201_011018\\u200b"\]: model id contains the invisible code point U\+200B \(default-ignorable\); ids must not$/m,
  ],
  ['model-id-nfd.json', /manifest\.json:26:5: \$\.models\["mode\u0301le"\]: model id is not in Unicode normalization form NFC/],
  ['proto-key.json', /__proto__.*: reserved key "__proto__"/],
  ['nesting-bomb.json', /manifest\.json:1:\d+: nesting deeper than 64 levels/],
  ['non-utf8.json', /manifest\.json:\d+:\d+: is not valid UTF-8/],
  ['bom-then-garbage.json', /manifest\.json:\d+:1: invalid JSON/],
  ['gcs-path-not-gs.json', /\.gcs_path: must be gs:\/\/BUCKET\/OBJECT/],
  ['notes-too-long.json', /\.notes: must be at most 10000 characters/],
];

const snapshot = (ws: Workspace) => ({ registry: ws.bytes('registry.duckdb'), claude: ws.bytes('CLAUDE.md') });
const expectUntouched = (ws: Workspace, before: ReturnType<typeof snapshot>) => {
  expect(ws.bytes('registry.duckdb').equals(before.registry)).toBe(true);
  expect(ws.bytes('CLAUDE.md').equals(before.claude)).toBe(true);
};
const expectInputError = (r: { code: number; out: string; err: string }, message: RegExp, positioned = true) => {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toMatch(message);
  const first = r.err.split('\n')[0] ?? '';
  expect(first).toMatch(/^model-governance: \S/);
  if (positioned) expect(first).toMatch(at);
};

let seeded: Workspace;
beforeAll(async () => {
  seeded = workspace();
  expect((await runCli(['sync', '--config', seeded.config])).code).toBe(0);
});
const fresh = (): Workspace => {
  const ws = workspace();
  copyFileSync(seeded.registry, ws.registry);
  return ws;
};

describe('bad manifests: exit 2, file + JSON path + line:column, nothing written', () => {
  it.each(manifestCases)('%s', async (name, message) => {
    const ws = fresh();
    copyFileSync(fixture(name), ws.manifest);
    const before = snapshot(ws);
    for (const args of [['sync'], ['claude-md', '--write'], ['drift']]) {
      const r = await runCli([...args, '--config', ws.config]);
      expectInputError(r, message);
      expect(r.err).toContain(ws.manifest);
    }
    expectUntouched(ws, before);
  });

  it('a 20 MB manifest is refused by size before it is read', async () => {
    const ws = fresh();
    writeFileSync(ws.manifest, `{"pad": "${'x'.repeat(20 * 1024 * 1024)}"}`);
    const before = snapshot(ws);
    const r = await runCli(['sync', '--config', ws.config]);
    expectInputError(r, /manifest\.json: is 20\.0 MiB; the limit is 16 MiB/, false);
    expectUntouched(ws, before);
  });

  it('a missing manifest', async () => {
    const ws = fresh();
    rmSync(ws.manifest);
    expectInputError(await runCli(['sync', '--config', ws.config]), /manifest\.json: manifest not found/, false);
  });
});

describe('bad CLAUDE.md: exit 2, the line, nothing written', () => {
  it.each([
    ['claude-no-markers.md', /CLAUDE\.md:1:1: has no marker lines/],
    ['claude-only-begin.md', /CLAUDE\.md:3:1: is missing the marker "<!-- model-governance:end -->"/],
    ['claude-duplicate-begin.md', /CLAUDE\.md:5:1: begin marker appears 2 times \(lines 3, 5\)/],
    ['claude-misordered.md', /CLAUDE\.md:3:1: end marker \(line 3\) comes before begin marker \(line 5\)/],
    ['claude-markers-in-fence.md', /CLAUDE\.md:1:1: has no marker lines/],
    [
      'claude-markers-in-list-fence-and-html.md',
      /CLAUDE\.md:1:1: has no marker lines; .*\(not inside a code block or an HTML block\), or adopt an existing section with claude-md --write --adopt-section 'HEADING TEXT'$/m,
    ],
    // The indented example does not count: the two live begin markers (lines 8 and 10) are the error.
    ['claude-markers-in-indented-code.md', /CLAUDE\.md:10:1: begin marker appears 2 times \(lines 8, 10\)$/m],
  ])('%s', async (name, message) => {
    const ws = fresh();
    copyFileSync(fixture(name), ws.claudeMd);
    const before = snapshot(ws);
    expectInputError(await runCli(['claude-md', '--config', ws.config, '--write']), message);
    expectInputError(await runCli(['drift', '--config', ws.config]), message);
    expectUntouched(ws, before);
  });

  it('a missing CLAUDE.md is an error for --write and is not created', async () => {
    const ws = fresh();
    rmSync(ws.claudeMd);
    expectInputError(await runCli(['claude-md', '--config', ws.config, '--write']), /CLAUDE\.md: file not found/, false);
    expect(existsSync(ws.claudeMd)).toBe(false);
  });
});

describe('bad service YAML: exit 2 with the line', () => {
  it.each([
    ['service-without-variable.yaml', /prediction-worker\.yaml:\d+:\d+: no container sets CATBOOST_V9_MODEL_PATH/],
    ['service-invalid-yaml.yaml', /prediction-worker\.yaml:\d+:\d+: invalid YAML/],
    ['service-not-a-service.yaml', /prediction-worker\.yaml:3:7: not an exported Cloud Run service: kind: expected "Service"/],
    ['service-duplicate-key.yaml', /prediction-worker\.yaml:\d+:\d+: invalid YAML: Map keys must be unique/],
  ])('%s', async (name, message) => {
    const ws = fresh();
    copyFileSync(fixture(name), ws.deployment);
    const before = snapshot(ws);
    expectInputError(await runCli(['drift', '--config', ws.config]), message);
    expectUntouched(ws, before);
  });
});

describe('bad registries: exit 2, the file left as it was', () => {
  it('a foreign file', async () => {
    const ws = fresh();
    copyFileSync(fixture('foreign.duckdb'), ws.registry);
    const before = readFileSync(ws.registry);
    expectInputError(
      await runCli(['sync', '--config', ws.config]),
      /registry\.duckdb: cannot open as a DuckDB registry: .*not a valid DuckDB database file/,
      false,
    );
    expect(readFileSync(ws.registry).equals(before)).toBe(true);
  });

  it('a table without a registry column', async () => {
    const ws = fresh();
    await execSql(ws.registry, 'ALTER TABLE model_registry DROP COLUMN notes');
    const before = readFileSync(ws.registry);
    expectInputError(await runCli(['sync', '--config', ws.config]), /registry\.duckdb: table model_registry has no column notes/, false);
    expect(readFileSync(ws.registry).equals(before)).toBe(true);
  });

  it('a directory where the file should be', async () => {
    const ws = fresh();
    rmSync(ws.registry);
    mkdirSync(ws.registry);
    expectInputError(await runCli(['sync', '--config', ws.config]), /registry\.duckdb: cannot open as a DuckDB registry/, false);
  });
});

describe('bad config and usage: exit 2', () => {
  it.each([
    ['config-unknown-key.yml', 'sync', /config-unknown-key\.yml:\d+:\d+: .*registery/],
    ['config-invalid-yaml.yml', 'sync', /config-invalid-yaml\.yml:\d+:\d+: invalid YAML/],
    [
      'config-pattern-without-groups.yml',
      'lint-filenames',
      /config-pattern-without-groups\.yml: filenames\.pattern: pattern must have a named group/,
    ],
  ])('%s', async (name, mode, message) => {
    const r = await runCli([mode, '--config', fixture(name)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it.each([
    [['drift', '--bogus']],
    [['nope']],
    [['duplicate', '--manifest', 'x.json', '--train-start', '2026-02-30', '--train-end', '2026-03-01']],
    [['claude-md', '--manifest', 'x.json', '--check', '--write']],
  ])('%j', async (args) => {
    expect((await runCli(args)).code).toBe(2);
  });
});

describe('inputs over their limit: exit 2 naming the file, read no further than the limit', () => {
  // /dev/zero reports size 0 to stat() and then never ends: only a bounded read refuses it.
  it.each([
    ['manifest', 'claude-md'],
    ['claude-md', 'claude-md'],
    ['template', 'claude-md'],
    ['deployment', 'drift'],
  ])('%s: /dev/zero', async (key, mode) => {
    const ws = fresh();
    const before = snapshot(ws);
    const r = await runCli([mode, ...(mode === 'claude-md' ? ['--write'] : []), '--config', ws.config, `--${key}`, '/dev/zero']);
    expectInputError(r, /: \/dev\/zero: is larger than \d+ [KM]iB, the limit for this file$/m, false);
    expectUntouched(ws, before);
  });

  it('service YAML and config one byte over 256 KiB', async () => {
    const ws = fresh();
    writeFileSync(ws.deployment, `${ws.bytes('prediction-worker.yaml')}# ${'x'.repeat(256 * 1024)}\n`);
    expectInputError(await runCli(['drift', '--config', ws.config]), /prediction-worker\.yaml: is larger than 256 KiB/, false);
    writeFileSync(ws.config, `${ws.bytes('config.yml')}\n# ${'x'.repeat(256 * 1024)}\n`);
    expectInputError(await runCli(['drift', '--config', ws.config]), /config\.yml: is larger than 256 KiB/, false);
  });

  it('a template that could render gigabytes (a field repeated) is refused before it renders', async () => {
    const ws = fresh();
    const template = join(ws.dir, 'block.mustache');
    writeFileSync(template, '{{notes}}'.repeat(7000));
    writeFileSync(ws.manifest, readFileSync(ws.manifest, 'utf8').replace(/"notes": "[^"]*"/, `"notes": "${'n'.repeat(10_000)}"`));
    const before = snapshot(ws);
    const r = await runCli(['claude-md', '--write', '--config', ws.config, '--template', template]);
    expectInputError(r, /block\.mustache: cannot render the block: the block could render more than 1048576 characters/, false);
    expectUntouched(ws, before);
  });
});

describe('every fixture in the corpus is exercised', () => {
  it('covers at least 30 files', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(join(import.meta.dirname, '..', 'fixtures', 'bad'));
    expect(files.length).toBeGreaterThanOrEqual(30);
    const src = readFileSync(import.meta.filename, 'utf8');
    expect(files.filter((f) => !src.includes(`'${f}'`))).toEqual([]);
  });
});
