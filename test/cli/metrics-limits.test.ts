// The metrics JSON column from the manifest's side: a lone surrogate (which DuckDB's and BigQuery's JSON parsers
// refuse) and metrics over the size cap are bad input before anything is written; a long value within the cap is
// shortened in every finding message and text line, never printed whole twice on one line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS_MAX_BYTES } from '../../src/registry/metrics.js';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { PROD } from '../helpers/promotion.js';

/** The production model's vegas_bias metric, as raw JSON text. */
const setMetric = (ws: Workspace, json: string) =>
  writeFileSync(ws.manifest, readFileSync(ws.manifest, 'utf8').replace(/"vegas_bias": [^,\n]+/, `"vegas_bias": ${json}`));

const longestLine = (s: string) => Math.max(...s.split('\n').map((l) => l.length));

describe('metrics the registry cannot hold are bad input', () => {
  it('a lone surrogate in a metric: sync exits 2 with one line naming its path and line:column, nothing written', async () => {
    const ws = workspace();
    setMetric(ws, '"\\ud800x"');
    const r = await runCli(['sync', '--config', ws.config]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([
      `model-governance: ${ws.manifest}:21:23: $.models.${PROD}.metrics.vegas_bias: contains a lone surrogate (not valid Unicode)`,
    ]);
    expect(existsSync(ws.registry)).toBe(false);
  });

  it('metrics over the cap: sync exits 2 naming the model and the size, nothing written', async () => {
    const ws = workspace();
    setMetric(ws, JSON.stringify('x'.repeat(2 * 1024 * 1024)));
    const r = await runCli(['sync', '--config', ws.config]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`$.models.${PROD}.metrics: its metrics beyond hit_rate_edge_3plus, mae and graded_edge_3plus_n are 2.0 MiB`);
    expect(existsSync(ws.registry)).toBe(false);
  });
});

describe('a long metric within the cap', () => {
  it('is shortened in drift messages, the dry-run plan and the history; the JSON keeps the values', async () => {
    const ws = workspace();
    const near = METRICS_MAX_BYTES - 100;
    setMetric(ws, JSON.stringify('a'.repeat(near)));
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    setMetric(ws, JSON.stringify('b'.repeat(near)));

    const drift = await runCli(['drift', '--config', ws.config]);
    expect(drift.code).toBe(1);
    expect(drift.out).toMatch(/metrics is \{"tier_bias_max":2\.1,"vegas_bias":"a+… \(65,\d{3} characters\) in model_registry but /);
    expect(longestLine(drift.out)).toBeLessThan(1000);
    const json = await runCli(['drift', '--config', ws.config, '--json']);
    const field = JSON.parse(json.out).findings.find((f: { code: string }) => f.code === 'registry.field');
    expect(field.message.length).toBeLessThan(1000);
    expect(field.expected).toBe(`{"tier_bias_max":2.1,"vegas_bias":"${'b'.repeat(near)}"}`);
    // The values once each (expected and actual), not again in the message.
    expect(json.out.length).toBeLessThan(2 * METRICS_MAX_BYTES + 10_000);

    const dry = await runCli(['sync', '--config', ws.config, '--dry-run']);
    expect(dry.out).toContain('metrics: {"tier_bias_max":2.1,"vegas_bias":"aaa');
    expect(longestLine(dry.out)).toBeLessThan(1000);
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    const history = await runCli(['history', '--config', ws.config]);
    expect(history.out).toContain('metrics: {"tier_bias_max":2.1,"vegas_bias":"aaa');
    expect(longestLine(history.out)).toBeLessThan(1000);
  });
});
