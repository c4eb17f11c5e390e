// Every registry column, through each real backend: a value changed in the table is drift, sync repairs it, and the
// read-back then agrees. One model per column, so one run covers the whole table and names the column that slipped.
import { readFileSync, writeFileSync } from 'node:fs';
import { BigQuery } from '@google-cloud/bigquery';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';
import { byId, type Column, manifestRows, type RegistryRow } from '../../src/registry/row.js';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { changed, DATA_COLUMNS, TYPE_OF } from '../helpers/columns.js';
import { execSql } from '../helpers/duckdb.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';

const PROD = 'catboost_v9_33features_20260201_011018';
const idFor = (c: Column) => `m_${c}`;

/** The example manifest plus one copy of the production entry per data column (each with its own file). */
const columnWorkspace = (registry?: string): { ws: Workspace; rows: RegistryRow[] } => {
  const ws = workspace();
  if (registry) writeFileSync(ws.config, readFileSync(ws.config, 'utf8').replace(/^registry: .*$/m, `registry: ${registry}`));
  const m = JSON.parse(readFileSync(ws.manifest, 'utf8'));
  for (const [c] of DATA_COLUMNS) {
    const file = `catboost_v9_33f_train20251102-20260108_20260208T1447${String(DATA_COLUMNS.findIndex(([x]) => x === c)).padStart(2, '0')}.cbm`;
    m.models[idFor(c)] = { ...m.models[PROD], status: 'candidate', file, gcs_path: `gs://nba-props-platform-models/catboost/v9/${file}` };
  }
  const text = JSON.stringify(m, null, 2);
  writeFileSync(ws.manifest, text);
  return { ws, rows: manifestRows(parseManifest('manifest.json', Buffer.from(text)).manifest) };
};

const registryFindings = async (ws: Workspace) =>
  (JSON.parse((await runCli(['drift', '--config', ws.config, '--json'])).out).findings as Record<string, unknown>[])
    .filter((f) => String(f.code).startsWith('registry.'))
    .map((f) => [f.model_id, f.field, f.expected, f.actual])
    .sort((a, b) => byId(String(a[0]), String(b[0])));

/** Change one column per model in the table, as another writer would, then check drift, sync and the read-back. */
const roundTrip = async (
  ws: Workspace,
  rows: RegistryRow[],
  set: (c: Column, id: string, v: string | number | boolean) => Promise<void>,
) => {
  const first = await runCli(['sync', '--config', ws.config, '--create-table']);
  expect(first.code, first.err).toBe(0);
  const expected: unknown[][] = [];
  for (const [c] of DATA_COLUMNS) {
    const row = rows.find((r) => r.model_id === idFor(c)) as RegistryRow;
    const v = changed(c, row[c]);
    await set(c, row.model_id, v);
    expected.push([row.model_id, c, row[c], v]);
  }
  expect(await registryFindings(ws)).toEqual(expected.sort((a, b) => byId(String(a[0]), String(b[0]))));
  const sync = await runCli(['sync', '--config', ws.config]);
  expect(sync.code, sync.err).toBe(0);
  expect(sync.out).toContain(`0 inserted, ${DATA_COLUMNS.length} updated, 3 unchanged`);
  for (const [c] of DATA_COLUMNS) expect(sync.out).toContain(`${idFor(c)}`);
  expect(await registryFindings(ws)).toEqual([]);
  expect((await runCli(['sync', '--config', ws.config])).out).toContain(`0 inserted, 0 updated, ${rows.length} unchanged`);
};

describe('every registry column, DuckDB', () => {
  it('is drift when changed in the table, and sync writes it back', async () => {
    const { ws, rows } = columnWorkspace();
    const duck = {
      STRING: 'VARCHAR',
      INT64: 'BIGINT',
      FLOAT64: 'DOUBLE',
      BOOL: 'BOOLEAN',
      DATE: 'DATE',
      TIMESTAMP: 'TIMESTAMP',
      JSON: 'JSON',
    };
    await roundTrip(ws, rows, (c, id, v) =>
      execSql(ws.registry, `UPDATE model_registry SET ${c} = CAST($v AS ${duck[TYPE_OF[c]]}) WHERE model_id = $id`, { v, id }),
    );
  });
});

describe('every registry column, BigQuery', () => {
  let bq: BigQueryStandIn;
  beforeAll(async () => {
    bq = await startBigQueryStandIn();
    bq.createDataset('test-project', 'governance');
    process.env.BIGQUERY_EMULATOR_HOST = `${bq.url}/bigquery/v2`;
    process.env.GOOGLE_OAUTH_ACCESS_TOKEN = 'stand-in-token';
  });
  afterAll(async () => {
    await bq?.close();
    delete process.env.BIGQUERY_EMULATOR_HOST;
  });

  it('is drift when changed in the table, and sync writes it back', async () => {
    const table = 'test-project.governance.model_registry_columns';
    const { ws, rows } = columnWorkspace(`bigquery:${table}`);
    const client = new BigQuery(bq.clientOptions());
    await roundTrip(ws, rows, async (c, id, v) => {
      const t = TYPE_OF[c];
      const value = t === 'DATE' ? BigQuery.date(String(v)) : t === 'TIMESTAMP' ? BigQuery.timestamp(String(v)) : v;
      await client.query({
        query: `UPDATE \`${table}\` SET ${c} = @v WHERE model_id = @id`,
        params: { v: value, id },
        types: { v: t, id: 'STRING' },
      });
    });
    bq.assertNoViolations();
  });
});
