// Self-test of the stand-in's one DDL statement, ALTER TABLE … ADD COLUMN, through the real client's jobs.query, with
// every exchange checked against the discovery document: it changes the table for real (schema and data), all of its
// columns or none, and refuses what BigQuery refuses.
import { BigQuery } from '@google-cloud/bigquery';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigQueryStandIn, startBigQueryStandIn } from './bigquery/index.js';

const P = 'test-project';
const DS = 'governance';
const T = `\`${P}.${DS}.t\``;

let bq: BigQueryStandIn;
let client: BigQuery;
beforeEach(async () => {
  bq = await startBigQueryStandIn();
  bq.createDataset(P, DS);
  await bq.createTable(P, DS, 't', [
    { name: 'model_id', type: 'STRING', mode: 'REQUIRED' },
    { name: 'n', type: 'INT64' },
  ]);
  await bq.insertRows(P, DS, 't', [{ model_id: 'a', n: 1 }]);
  client = new BigQuery(bq.clientOptions());
});
afterEach(async () => {
  bq.assertNoViolations();
  await bq.close();
});

const fields = async () =>
  ((await client.dataset(DS).table('t').getMetadata())[0].schema.fields as { name: string; type: string }[]).map(
    (f) => `${f.name}:${f.type}`,
  );
const failure = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: Error) => e.message,
  );

describe('BigQuery stand-in: ALTER TABLE ADD COLUMN', () => {
  it('adds nullable columns to the schema and the rows, reports ALTER_TABLE, and bills nothing', async () => {
    const [job] = await client.createQueryJob({ query: `ALTER TABLE ${T} ADD COLUMN family STRING, ADD COLUMN IF NOT EXISTS m JSON` });
    await job.getQueryResults();
    const [meta] = await job.getMetadata();
    expect(meta.statistics.query.statementType).toBe('ALTER_TABLE');
    expect(meta.statistics.query.totalBytesBilled).toBe('0');
    expect(await fields()).toEqual(['model_id:STRING', 'n:INTEGER', 'family:STRING', 'm:JSON']);
    expect(await bq.table(P, DS, 't')).toEqual([{ model_id: 'a', n: 1, family: null, m: null }]);
    await client.query({
      query: `UPDATE ${T} SET m = PARSE_JSON(@j), family = 'f' WHERE model_id = 'a'`,
      params: { j: '{"b": 1, "a": [2]}' },
    });
    const [rows] = await client.query(
      `SELECT family, JSON_VALUE(m, '$.b') AS b, JSON_VALUE(m, '$.a') AS arr, TO_JSON_STRING(m) AS text FROM ${T}`,
    );
    expect(rows).toMatchObject([{ family: 'f', b: '1', arr: null }]);
    expect(JSON.parse(rows[0].text)).toEqual({ a: [2], b: 1 });
  });

  it('IF NOT EXISTS skips a column that is there; without it the statement fails and adds nothing', async () => {
    await client.query(`ALTER TABLE ${T} ADD COLUMN IF NOT EXISTS n INT64, ADD COLUMN IF NOT EXISTS x DATE`);
    expect(await fields()).toEqual(['model_id:STRING', 'n:INTEGER', 'x:DATE']);
    expect(await failure(client.query(`ALTER TABLE ${T} ADD COLUMN y STRING, ADD COLUMN n INT64`))).toMatch(/Column already exists: n/);
    expect(await fields()).toEqual(['model_id:STRING', 'n:INTEGER', 'x:DATE']);
  });

  it('refuses a REQUIRED column, an unknown type, another ALTER, and a missing table', async () => {
    expect(await failure(client.query(`ALTER TABLE ${T} ADD COLUMN r STRING NOT NULL`))).toMatch(/REQUIRED/);
    expect(await failure(client.query(`ALTER TABLE ${T} ADD COLUMN g GEOGRAPHY`))).toMatch(/unsupported column type/);
    expect(await failure(client.query(`ALTER TABLE ${T} DROP COLUMN n`))).toMatch(/only ALTER TABLE … ADD COLUMN/);
    expect(await failure(client.query(`ALTER TABLE \`${P}.${DS}.nope\` ADD COLUMN g STRING`))).toMatch(/Not found: Table/);
    await client.query(`ALTER TABLE IF EXISTS \`${P}.${DS}.nope\` ADD COLUMN g STRING`);
    expect(await fields()).toEqual(['model_id:STRING', 'n:INTEGER']);
  });

  it("PARSE_JSON takes wide_number_mode => 'exact' | 'round' and nothing else", async () => {
    await client.query(`ALTER TABLE ${T} ADD COLUMN m JSON`);
    await client.query({
      query: `UPDATE ${T} SET m = PARSE_JSON(@j, wide_number_mode => 'round') WHERE model_id = 'a'`,
      params: { j: '{"x":1.2345678901234567e+25}' },
    });
    const [rows] = await client.query(`SELECT JSON_VALUE(m, '$.x') AS x FROM ${T}`);
    expect(Number(rows[0].x) / Number('1.2345678901234567e25')).toBeCloseTo(1, 12);
    expect(await failure(client.query(`SELECT PARSE_JSON('1', wide_number_mode => 'loose') AS j`))).toMatch(/wide_number_mode/);
  });

  it('a JSON query parameter must be JSON text', async () => {
    await client.query(`ALTER TABLE ${T} ADD COLUMN m JSON`);
    expect(
      await failure(
        client.query({ query: `UPDATE ${T} SET m = @j WHERE model_id = 'a'`, params: { j: '{not json' }, types: { j: 'JSON' } }),
      ),
    ).toMatch(/invalid value/);
  });
});
