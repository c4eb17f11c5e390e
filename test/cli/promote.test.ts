// promote through the CLI on a copy of examples/: bad input, dry run, already production, deprecated, force and
// reason, the local write's rules (mode, symbolic links, a concurrent edit), and the Session 163 story.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../src/errors.js';
import { localManifest } from '../../src/manifest/local.js';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { selectRows } from '../helpers/duckdb.js';
import { BAD, GOOD, PROD, session163 } from '../helpers/promotion.js';

const story = (): Workspace => {
  const ws = workspace(); // with the examples' gates: the seeds' six
  writeFileSync(ws.manifest, session163(readFileSync(ws.manifest, 'utf8')));
  return ws;
};

const promote = (ws: Workspace, ...args: string[]) => runCli(['promote', '--config', ws.config, ...args]);
const json = (out: string) =>
  JSON.parse(out) as { ok: boolean; summary: string; findings: { code: string; severity: string; message: string }[] };
const manifestOf = (ws: Workspace) => JSON.parse(ws.bytes('manifest.json').toString());

describe('promote: bad input exits 2 with one line naming the flag, and writes nothing', () => {
  it.each([
    [['--model', GOOD, '--force'], /--force needs --reason TEXT/],
    [['--model', 'catboost_v9_nope'], /manifest\.json:\d+:\d+: \$\.models: --model catboost_v9_nope is not a model of this manifest/],
    [
      ['--model', 'catboost_v9_feb_02_retrain'],
      /manifest\.json:\d+:\d+: \$\.models\.catboost_v9_feb_02_retrain\.status: --model .* is deprecated; promoting it again needs --force --reason TEXT/,
    ],
    [['--model', 'catboost_v9_feb_02_retrain', '--force'], /--force needs --reason/],
    [['--model', GOOD, '--date', '2026-02-30'], /--date "2026-02-30" is not a real date YYYY-MM-DD/],
    [['--model', GOOD, '--date', 'tomorrow'], /--date "tomorrow" is not a real date/],
    [['--model', GOOD, '--reason', 'two\nlines'], /--reason contains a control character, newline or bidi override/],
    [['--model', GOOD, '--reason', 'x'.repeat(1001)], /--reason must be at most 1000 characters/],
    [[], /promote needs --model ID/],
  ])('%s', async (args, message) => {
    const ws = story();
    const before = ws.bytes('manifest.json');
    const r = await promote(ws, ...args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
    expect(ws.bytes('manifest.json').equals(before)).toBe(true);
  });
});

describe('promote with a config of several families', () => {
  it('needs --family: exit 2 before any manifest is read or written', async () => {
    const ws = story();
    const other = join(ws.dir, 'other.json');
    writeFileSync(other, readFileSync(ws.manifest, 'utf8').replace('"family": "catboost_v9"', '"family": "xgboost_v1"'));
    const config = join(ws.dir, 'two.yml');
    writeFileSync(config, `families:\n  - name: catboost_v9\n    manifest: ${ws.manifest}\n  - name: xgboost_v1\n    manifest: ${other}\n`);
    const [a, b] = [ws.bytes('manifest.json'), readFileSync(other)];
    const r = await runCli(['promote', '--config', config, '--model', GOOD]);
    expect([r.code, r.out, r.err.trim()]).toEqual([
      2,
      '',
      `model-governance: ${config}: promote changes one manifest; name its family with --family (the config lists 2)`,
    ]);
    expect(ws.bytes('manifest.json').equals(a)).toBe(true);
    expect(readFileSync(other).equals(b)).toBe(true);
  });
});

describe('promote', () => {
  it('the model that is already production: exit 0, "already production", nothing written', async () => {
    const ws = story();
    const before = ws.bytes('manifest.json');
    const mtime = statSync(ws.manifest).mtimeMs;
    const r = await promote(ws, '--model', PROD, '--date', '2027-01-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${PROD} is already production; nothing written`);
    expect(ws.bytes('manifest.json').equals(before)).toBe(true);
    expect(statSync(ws.manifest).mtimeMs).toBe(mtime);
  });

  it('--dry-run prints the diff of exactly the promotion fields and writes nothing', async () => {
    const ws = story();
    const before = ws.bytes('manifest.json');
    const r = await promote(ws, '--model', GOOD, '--date', '2026-03-01', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Would promote ${GOOD} to production (promoted_at 2026-03-01; ${PROD} becomes deprecated) (dry run, nothing written)`,
    );
    const changed = r.out.split('\n').filter((l) => /^[-+] /.test(l));
    expect(changed).toEqual([
      `-  "production_model": "${PROD}",`,
      `+  "production_model": "${GOOD}",`,
      '-      "status": "production",',
      '+      "status": "deprecated",',
      '-      "status": "candidate",',
      '+      "status": "production",',
      '-      "created_at": "2026-02-15T12:00:00Z"',
      '+      "created_at": "2026-02-15T12:00:00Z",',
      '+      "promoted_at": "2026-03-01"',
    ]);
    expect(ws.bytes('manifest.json').equals(before)).toBe(true);
  });

  it('the date defaults to today (UTC), and a second run is "already production"', async () => {
    const ws = story();
    const today = new Date().toISOString().slice(0, 10);
    const r = await promote(ws, '--model', GOOD);
    // Around midnight UTC the day may turn between the two clock reads; either day is today.
    const after = manifestOf(ws).models[GOOD].promoted_at;
    expect(r.code).toBe(0);
    expect([today, new Date().toISOString().slice(0, 10)]).toContain(after);
    const before = ws.bytes('manifest.json');
    const again = await promote(ws, '--model', GOOD);
    expect(again.out).toContain('already production');
    expect(ws.bytes('manifest.json').equals(before)).toBe(true);
  });

  it('--force --reason overrides failed gates: exit 0, reason and failed gates printed and recorded', async () => {
    const ws = story();
    const r = await promote(ws, '--model', BAD, '--date', '2026-03-01', '--force', '--reason', 'hotfix for the playoffs', '--json');
    expect(r.code).toBe(0);
    const report = json(r.out);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'promote.forced',
        severity: 'warning',
        message: expect.stringContaining('reason: hotfix for the playoffs'),
      }),
    );
    expect(r.err).toContain('promotion reason: hotfix for the playoffs');
    expect(r.err).toContain('failed gate, overridden: hit_rate_edge_3plus >= 60: 51.2');
    const entry = manifestOf(ws).models[BAD];
    expect(entry.status).toBe('production');
    expect(entry.promotion).toEqual({
      reason: 'hotfix for the playoffs',
      forced: true,
      failed_gates: [
        'duplicate-window: 2025-11-02..2026-01-31 is already trained by catboost_v9_2026_02',
        'hit_rate_edge_3plus >= 60: 51.2',
      ],
    });
  });

  it('a deprecated model is promoted only with --force --reason; a reason alone is recorded as not forced', async () => {
    const ws = story();
    const r = await promote(ws, '--model', 'catboost_v9_feb_02_retrain', '--force', '--reason', 'rollback drill', '--date', '2026-03-02');
    expect(r.code).toBe(0);
    expect(manifestOf(ws).models.catboost_v9_feb_02_retrain.promotion.forced).toBe(true);
    const back = await promote(ws, '--model', GOOD, '--reason', 'all six gates pass', '--date', '2026-03-03');
    expect(back.code).toBe(0);
    const m = manifestOf(ws);
    expect(m.models[GOOD].promotion).toEqual({ reason: 'all six gates pass', forced: false, failed_gates: [] });
    expect(m.models.catboost_v9_feb_02_retrain.status).toBe('deprecated');
  });
});

describe('the local write', () => {
  it('keeps the file mode, and writes through a symbolic link inside the workspace', async () => {
    const ws = story();
    mkdirSync(join(ws.dir, 'data'));
    const real = join(ws.dir, 'data', 'manifest.json');
    writeFileSync(real, ws.bytes('manifest.json'));
    chmodSync(real, 0o640);
    const link = join(ws.dir, 'linked.json');
    symlinkSync(real, link);
    const src = localManifest(link, ws.dir);
    const read = await src.load();
    const next = Buffer.from(read.bytes.toString().replace('"schema_version": 1', '"schema_version":  1'));
    await src.write?.(next, read);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).equals(next)).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });

  it('refuses a symbolic link that leads outside the workspace (exit 2), writing nothing', async () => {
    const ws = story();
    const outside = join(mkdtempSync(join(tmpdir(), 'mg-outside-')), 'manifest.json');
    writeFileSync(outside, ws.bytes('manifest.json'));
    const link = join(ws.dir, 'linked.json');
    symlinkSync(outside, link);
    const before = readFileSync(outside);
    const src = localManifest(link, ws.dir);
    const read = await src.load();
    await expect(src.write?.(Buffer.from('{}'), read)).rejects.toThrow(/symbolic link that leads outside .*; refusing to write through it/);
    expect(readFileSync(outside).equals(before)).toBe(true);
  });

  it("refuses a symbolic link into the workspace's .git", async () => {
    const ws = story();
    mkdirSync(join(ws.dir, '.git'));
    const target = join(ws.dir, '.git', 'manifest.json');
    writeFileSync(target, ws.bytes('manifest.json'));
    const link = join(ws.dir, 'linked.json');
    symlinkSync(target, link);
    const src = localManifest(link, ws.dir);
    const read = await src.load();
    await expect(src.write?.(Buffer.from('{}'), read)).rejects.toThrow(
      /is a symbolic link that leads outside .*; refusing to write through it/,
    );
    expect(readFileSync(target).equals(ws.bytes('manifest.json'))).toBe(true);
  });

  it('a manifest changed since it was read is not overwritten (exit 3)', async () => {
    const ws = story();
    const src = localManifest(ws.manifest, ws.dir);
    const read = await src.load();
    writeFileSync(ws.manifest, `${read.bytes.toString()} `);
    const e = await src.write?.(Buffer.from('{}'), read).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ServiceError);
    expect(String(e)).toContain('someone else wrote it since it was read; nothing written');
    expect(readFileSync(ws.manifest, 'utf8').endsWith(' ')).toBe(true);
  });
});

describe('the Session 163 story', () => {
  it('a 51.2% candidate on an existing window fails the gates and is refused; one meeting all six is promoted, synced, and history --at before it names the previous model', async () => {
    const ws = story();
    // The registry as it was before the story: the first sync starts its history.
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const before = ws.bytes('manifest.json');

    const refused = await promote(ws, '--model', BAD, '--json');
    expect(refused.code).toBe(1);
    const report = json(refused.out);
    expect(report.summary).toContain(`Refused to promote ${BAD}: 2 of 6 gate(s) failed; the manifest is unchanged`);
    // Both failures named, and nothing else is an error.
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual(['gate.failed', 'gate.failed']);
    expect(errors.map((f) => f.message).join('\n')).toMatch(/hit_rate_edge_3plus is 51\.2, below the minimum 60/);
    expect(errors.map((f) => f.message).join('\n')).toMatch(
      /training window 2025-11-02\.\.2026-01-31 is already trained: catboost_v9_2026_02/,
    );
    // The whole checklist: the four gates that passed as well as the two that failed.
    const checklist = (JSON.parse(refused.out) as { checklist: { label: string; passed: boolean }[] }).checklist;
    expect(checklist.map((c) => c.passed)).toEqual([false, true, false, true, true, true]);
    expect(checklist[2]?.label).toBe('hit_rate_edge_3plus >= 60: 51.2');
    // The gates' metrics are declared by the config, so they are no unknown fields.
    expect(report.findings.filter((f) => f.code === 'manifest.unknown-field')).toEqual([]);
    expect(ws.bytes('manifest.json').equals(before)).toBe(true);

    const beforePromotion = new Date().toISOString();
    const promoted = await promote(ws, '--model', GOOD, '--date', '2026-02-21');
    expect(promoted.code).toBe(0);
    // An overlapping window stays a warning, as in `duplicate`.
    expect(promoted.out).toMatch(/warning .*overlaps .*\[duplicate\.overlap\]/);
    expect(promoted.out).toContain(`Promoted ${GOOD} to production (promoted_at 2026-02-21; ${PROD} becomes deprecated)`);
    const m = manifestOf(ws);
    expect([m.production_model, m.models[GOOD].status, m.models[GOOD].promoted_at, m.models[PROD].status]).toEqual([
      GOOD,
      'production',
      '2026-02-21',
      'deprecated',
    ]);

    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const rows = await selectRows(
      ws.registry,
      "SELECT model_id, status FROM model_registry WHERE status IN ('production', 'deprecated') ORDER BY model_id",
    );
    expect(rows).toContainEqual({ model_id: GOOD, status: 'production' });
    expect(rows).toContainEqual({ model_id: PROD, status: 'deprecated' });

    // The audit trail: the promotion's sync recorded both rows, and --at answers for either side of it.
    const history = async (...args: string[]) => {
      const r = await runCli(['history', '--config', ws.config, '--json', ...args]);
      expect(r.code, r.err).toBe(0);
      return JSON.parse(r.out).history as { entries: { model_id: string; change: string }[]; production: { model_id: string | null } };
    };
    expect((await history('--at', beforePromotion)).production.model_id).toBe(PROD);
    expect((await history('--at', new Date().toISOString())).production.model_id).toBe(GOOD);
    const changed = (await history()).entries.filter((e) => e.change === 'update').map((e) => e.model_id);
    expect(changed).toEqual(expect.arrayContaining([GOOD, PROD]));
  });
});
