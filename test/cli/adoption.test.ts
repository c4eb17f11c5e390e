// Issue 11's acceptance, as a team with the seeds' setup adopts the tool: their registry table (the seeds' columns
// only, the wrong training_end_date) and their CLAUDE.md (a hand-written MODEL section, no markers). Two commands
// adopt both; the next drift finds only what is really wrong; no value they held is lost; a real drift afterwards is still found.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';
import { selectRows } from '../helpers/duckdb.js';
import { SEED_COLUMNS, SEEDS_AFTER, SEEDS_BEFORE, SEEDS_DOC, SEEDS_HEADING, seedDuckRegistry } from '../helpers/seeds.js';

const PROD = 'catboost_v9_33features_20260201_011018';
const rows = (path: string) => selectRows(path, 'SELECT COLUMNS(*)::VARCHAR FROM model_registry ORDER BY model_id');
const findings = async (config: string) => {
  const r = await runCli(['drift', '--config', config, '--json']);
  const body = JSON.parse(r.out) as { findings: { code: string; severity: string; model_id?: string; field?: string }[] };
  return { code: r.code, findings: body.findings.filter((f) => f.severity !== 'notice') };
};

describe("adopting the seeds' setup", () => {
  it('sync --migrate and claude-md --adopt-section adopt it; the next drift finds only real drift and no value is lost', async () => {
    const ws = workspace();
    await seedDuckRegistry(ws.registry);
    writeFileSync(ws.claudeMd, SEEDS_DOC);
    const before = await rows(ws.registry);

    // As found: drift refuses the table (exit 2, naming the flag), and claude-md says how to adopt the section.
    const refused = await runCli(['drift', '--config', ws.config]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('sync --migrate adds them');
    const noMarkers = await runCli(['claude-md', '--config', ws.config, '--check']);
    expect(noMarkers.code).toBe(2);
    expect(noMarkers.err).toContain(`claude-md --write --adopt-section '${SEEDS_HEADING}'`);

    const sync = await runCli(['sync', '--config', ws.config, '--migrate']);
    expect(sync.code, sync.err).toBe(0);
    const adopt = await runCli(['claude-md', '--config', ws.config, '--write', '--adopt-section', SEEDS_HEADING]);
    expect(adopt.code, adopt.err).toBe(0);

    // Drift over every source (registry, deployment, CLAUDE.md, filenames) finds only what is really wrong in the
    // seeds' files: the 2026_02 retrain's filename encodes a window its entry does not say (exit 1), and the
    // warnings the config asks for (the seeds' two names before the convention, listed as legacy).
    const REAL = [
      ['error', 'filename.window', 'catboost_v9_2026_02'],
      ['warning', 'filename.legacy', PROD],
      ['warning', 'filename.legacy', 'catboost_v9_feb_02_retrain'],
    ];
    const clean = await findings(ws.config);
    expect(clean.code).toBe(1);
    expect(clean.findings.map((f) => [f.severity, f.code, f.model_id])).toEqual(REAL);

    // No value the seeds held is lost: every seeds column keeps its value except the wrong date, which sync fixed.
    const after = await rows(ws.registry);
    expect(after.map((r) => r.model_id)).toEqual(before.map((r) => r.model_id));
    for (const [i, row] of before.entries())
      for (const c of SEED_COLUMNS)
        if (!(c === 'training_end_date' && row.model_id === PROD)) expect(after[i]?.[c], `${row.model_id}.${c}`).toEqual(row[c]);
    expect(before.find((r) => r.model_id === PROD)?.training_end_date).toBe('2026-01-31');
    expect(after.find((r) => r.model_id === PROD)?.training_end_date).toBe('2026-01-08');

    // The bytes around the adopted section are the seeds' own.
    const doc = ws.bytes('CLAUDE.md');
    expect(doc.subarray(0, SEEDS_BEFORE.length).equals(SEEDS_BEFORE)).toBe(true);
    expect(doc.subarray(doc.length - SEEDS_AFTER.length).equals(SEEDS_AFTER)).toBe(true);

    // Real drift is still drift: the table's date hand-edited back to the seeds' wrong value.
    await selectRows(ws.registry, `UPDATE model_registry SET training_end_date = '2026-01-31' WHERE model_id = '${PROD}'`);
    const drifted = await findings(ws.config);
    expect(drifted.findings.map((f) => [f.severity, f.code, f.model_id])).toEqual([['error', 'registry.field', PROD], ...REAL]);
  });
});
