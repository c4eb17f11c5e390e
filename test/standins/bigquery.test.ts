// Self-test of the BigQuery stand-in, driven by the real @google-cloud/bigquery client and the
// real `bq` CLI, with every exchange checked against the official discovery document.
import { BigQuery } from '@google-cloud/bigquery';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigQueryStandIn, bqCli, bqCliPath, startBigQueryStandIn } from './bigquery/index.js';

const P = 'test-project';
const DS = 'governance';
const TABLE = `\`${P}.${DS}.model_registry\``;
const SCHEMA = [
  { name: 'model_id', type: 'STRING', mode: 'REQUIRED' },
  { name: 'family', type: 'STRING' },
  { name: 'params_b', type: 'FLOAT64' },
  { name: 'context_tokens', type: 'INT64' },
  { name: 'release_date', type: 'DATE' },
  { name: 'active', type: 'BOOL' },
  { name: 'notes', type: 'STRING' },
  { name: 'updated_at', type: 'TIMESTAMP' },
];
const ROW_TYPE = {
  model_id: 'STRING',
  family: 'STRING',
  params_b: 'FLOAT64',
  context_tokens: 'INT64',
  release_date: 'DATE',
  active: 'BOOL',
  notes: 'STRING',
  updated_at: 'TIMESTAMP',
};
const INJECTION = 'x\'); DROP TABLE model_registry; -- \\ " `';
const MERGE = `
MERGE ${TABLE} AS T
USING (SELECT * FROM UNNEST(@rows)) AS S
ON T.model_id = S.model_id
WHEN MATCHED AND (T.family IS DISTINCT FROM S.family OR T.params_b IS DISTINCT FROM S.params_b
  OR T.context_tokens IS DISTINCT FROM S.context_tokens OR T.release_date IS DISTINCT FROM S.release_date
  OR T.active IS DISTINCT FROM S.active OR T.notes IS DISTINCT FROM S.notes) THEN
  UPDATE SET family = S.family, params_b = S.params_b, context_tokens = S.context_tokens,
    release_date = S.release_date, active = S.active, notes = S.notes, updated_at = S.updated_at
WHEN NOT MATCHED BY TARGET THEN
  INSERT (model_id, family, params_b, context_tokens, release_date, active, notes, updated_at)
  VALUES (S.model_id, S.family, S.params_b, S.context_tokens, S.release_date, S.active, S.notes, S.updated_at)
WHEN NOT MATCHED BY SOURCE AND T.family = @family THEN DELETE`;

let bq: BigQueryStandIn;
let client: BigQuery;

const manifestRows = () => [
  {
    model_id: 'llama-3-8b',
    family: 'llama',
    params_b: 8.0,
    context_tokens: 8192,
    release_date: BigQuery.date('2024-04-18'),
    active: true,
    notes: INJECTION,
    updated_at: BigQuery.timestamp('2026-02-04T00:10:10.123456Z'),
  },
  {
    model_id: 'phi-3',
    family: null,
    params_b: 1.0,
    context_tokens: null,
    release_date: null,
    active: false,
    notes: null,
    updated_at: null,
  },
];

async function seedTable(): Promise<void> {
  await bq.createTable(P, DS, 'model_registry', SCHEMA);
  await bq.insertRows(P, DS, 'model_registry', [
    {
      model_id: 'llama-3-8b',
      family: 'llama',
      params_b: 7.5,
      context_tokens: 4096,
      release_date: '2024-04-01',
      active: false,
      notes: 'old',
      updated_at: '2025-01-01T00:00:00Z',
    },
    { model_id: 'llama-2-7b', family: 'llama', params_b: 7, active: true },
    { model_id: 'gpt-2', family: 'gpt', params_b: 1.5 },
  ]);
}

const runMerge = () =>
  client.query({ query: MERGE, params: { rows: manifestRows(), family: 'llama' }, types: { rows: [ROW_TYPE] }, location: 'US' });

/** The raw wire response of the last request to a path (what the client parsed). */
// biome-ignore lint/suspicious/noExplicitAny: raw wire JSON, asserted by shape below
type Wire = Record<string, any>;
const lastResponse = (suffix: string) => [...bq.requests].reverse().find((r) => r.path.endsWith(suffix))?.response as Wire;

beforeEach(async () => {
  bq = await startBigQueryStandIn({ projectId: P });
  client = new BigQuery(bq.clientOptions());
});
afterEach(async () => {
  try {
    bq.assertNoViolations();
  } finally {
    await bq.close();
  }
});

describe('BigQuery stand-in with the real client', () => {
  it('creates a dataset and table (datasets.insert, tables.insert) and reads the schema back (tables.get)', async () => {
    const [dataset] = await client.createDataset(DS, { location: 'US' });
    await dataset.createTable('model_registry', { schema: SCHEMA, description: 'registry' });
    const [meta] = await dataset.table('model_registry').getMetadata();
    expect(meta.schema.fields.map((f: { name: string; type: string; mode: string }) => [f.name, f.type, f.mode])).toEqual([
      ['model_id', 'STRING', 'REQUIRED'],
      ['family', 'STRING', 'NULLABLE'],
      ['params_b', 'FLOAT', 'NULLABLE'],
      ['context_tokens', 'INTEGER', 'NULLABLE'],
      ['release_date', 'DATE', 'NULLABLE'],
      ['active', 'BOOLEAN', 'NULLABLE'],
      ['notes', 'STRING', 'NULLABLE'],
      ['updated_at', 'TIMESTAMP', 'NULLABLE'],
    ]);
    expect(meta.numRows).toBe('0');
    await expect(dataset.createTable('model_registry', { schema: SCHEMA })).rejects.toMatchObject({ code: 409 });
  });

  it('round-trips an ARRAY<STRUCT> parameter with NULLs, dates, timestamps, 1.0 floats and bools', async () => {
    const [rows] = await client.query({
      query:
        'SELECT model_id, family, params_b, context_tokens, release_date, active, notes, updated_at FROM UNNEST(@rows) AS r ORDER BY model_id',
      params: { rows: manifestRows() },
      types: { rows: [ROW_TYPE] },
      location: 'US',
    });
    expect(rows[0]).toMatchObject({
      model_id: 'llama-3-8b',
      family: 'llama',
      params_b: 8,
      context_tokens: 8192,
      active: true,
      notes: INJECTION,
    });
    expect(rows[0].release_date.value).toBe('2024-04-18');
    expect(rows[0].updated_at.value).toBe('2026-02-04T00:10:10.123456000Z'); // the client's nanosecond ISO form
    expect(rows[1]).toMatchObject({
      model_id: 'phi-3',
      family: null,
      params_b: 1,
      context_tokens: null,
      release_date: null,
      active: false,
      updated_at: null,
    });
    const wire = lastResponse('/queries');
    // FLOAT64 stays FLOAT64 on the wire (Java double text), INT64 is a string, TIMESTAMP int64 micros.
    expect(wire.schema.fields.find((f: { name: string }) => f.name === 'params_b').type).toBe('FLOAT');
    expect(wire.rows[1].f[2].v).toBe('1.0');
    expect(wire.rows[0].f[3].v).toBe('8192');
    expect(wire.rows[0].f[7].v).toBe('1770163810123456');
    const sent = bq.queries.at(-1)?.parameters[0];
    expect(sent?.parameterType).toMatchObject({ type: 'ARRAY', arrayType: { type: 'STRUCT' } });
  });

  it('MERGE upserts and deletes, reports DML stats, and stores an injection string verbatim', async () => {
    await seedTable();
    await runMerge();
    const wire = lastResponse('/queries');
    expect(wire.dmlStats).toEqual({ insertedRowCount: '1', updatedRowCount: '1', deletedRowCount: '1' });
    expect(wire.numDmlAffectedRows).toBe('3');
    expect(wire.jobComplete).toBe(true);
    expect(await bq.table(P, DS, 'model_registry', { orderBy: 'model_id' })).toEqual([
      {
        model_id: 'gpt-2',
        family: 'gpt',
        params_b: 1.5,
        context_tokens: null,
        release_date: null,
        active: null,
        notes: null,
        updated_at: null,
      },
      {
        model_id: 'llama-3-8b',
        family: 'llama',
        params_b: 8,
        context_tokens: 8192,
        release_date: '2024-04-18',
        active: true,
        notes: INJECTION,
        updated_at: '2026-02-04T00:10:10.123456Z',
      },
      {
        model_id: 'phi-3',
        family: null,
        params_b: 1,
        context_tokens: null,
        release_date: null,
        active: false,
        notes: null,
        updated_at: null,
      },
    ]);
    // Values travelled only as parameters.
    for (const q of bq.queries) expect(q.sql).not.toContain('DROP TABLE');
    // Re-running is a no-op thanks to the IS DISTINCT FROM guard.
    await runMerge();
    expect(lastResponse('/queries').dmlStats).toEqual({ insertedRowCount: '0', updatedRowCount: '0', deletedRowCount: '0' });
  });

  it('fails a concurrent update once; the caller retry then succeeds', async () => {
    await seedTable();
    const fault = bq.fault({ kind: 'concurrentUpdate', query: /^\s*MERGE/ });
    const err = await runMerge().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 400, errors: [{ reason: 'invalidQuery' }] });
    expect((err as Error).message).toBe(`Could not serialize access to table ${P}:${DS}.model_registry due to concurrent update`);
    expect((await bq.table(P, DS, 'model_registry')).find((r) => r.model_id === 'phi-3')).toBeUndefined();
    await runMerge();
    expect(fault.hits).toBe(1);
    expect((await bq.table(P, DS, 'model_registry')).map((r) => r.model_id).sort()).toEqual(['gpt-2', 'llama-3-8b', 'phi-3']);
  });

  it('answers 404 with the real error shape for a missing table, via tables.get and via a query', async () => {
    bq.createDataset(P, DS);
    const err = await client
      .dataset(DS)
      .table('nope')
      .getMetadata()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 404, errors: [{ reason: 'notFound' }] });
    expect(lastResponse('/tables/nope')).toEqual({
      error: {
        code: 404,
        message: `Not found: Table ${P}:${DS}.nope`,
        errors: [{ message: `Not found: Table ${P}:${DS}.nope`, domain: 'global', reason: 'notFound' }],
        status: 'NOT_FOUND',
      },
    });
    const q = await client.query({ query: `SELECT * FROM \`${P}.${DS}.nope\``, location: 'US' }).catch((e: unknown) => e);
    expect(q).toMatchObject({ code: 404, message: `Not found: Table ${P}:${DS}.nope was not found in location US` });
  });

  it('runs a client-chosen jobs.insert job, pages getQueryResults, and refuses the job id on replay with 409', async () => {
    await seedTable();
    const query = `SELECT model_id FROM ${TABLE} WHERE family = @family ORDER BY model_id`;
    const [job] = await client.createQueryJob({ query, params: { family: 'llama' }, jobId: 'sync-1', location: 'US' });
    const [page1, next] = await job.getQueryResults({ maxResults: 1, autoPaginate: false });
    expect(page1).toEqual([{ model_id: 'llama-2-7b' }]);
    const [page2] = await job.getQueryResults({ ...(next as object), autoPaginate: false });
    expect(page2).toEqual([{ model_id: 'llama-3-8b' }]);
    const [meta] = await job.getMetadata();
    expect(meta.status.state).toBe('DONE');
    expect(meta.statistics.query.statementType).toBe('SELECT');
    const replay = await client
      .createQueryJob({ query, params: { family: 'llama' }, jobId: 'sync-1', location: 'US' })
      .catch((e: unknown) => e);
    expect(replay).toMatchObject({ code: 409, message: `Already Exists: Job ${P}:US.sync-1` });
  });

  it('retries a 503 transparently (client auto-retry) and keeps a permanent 403', async () => {
    await seedTable();
    bq.fault({ path: '/queries', method: 'POST', status: 503 });
    const [rows] = await client.query({ query: `SELECT COUNT(*) AS n FROM ${TABLE}`, location: 'US' });
    expect(rows).toEqual([{ n: 3 }]);
    // The retry reused the requestId, so the stand-in would have answered idempotently too.
    const posts = bq.requests.filter((r) => r.path.endsWith('/queries') && r.method === 'POST');
    expect(posts.map((r) => r.status)).toEqual([503, 200]);
    bq.fault({ kind: 'accessDenied', query: /MERGE/, times: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 2; i++) {
      const err = await runMerge().catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 403, errors: [{ reason: 'accessDenied' }] });
      expect((err as Error).message).toContain('Permission bigquery.tables.updateData denied');
    }
  }, 20_000);

  it('holds a MERGE running so a caller can cancel it; the table is untouched', async () => {
    await seedTable();
    const hold = bq.hold(/MERGE/);
    const [job] = await client.createQueryJob({
      query: MERGE,
      params: { rows: manifestRows(), family: 'llama' },
      types: { rows: [ROW_TYPE] },
      location: 'US',
      jobId: 'held-merge',
    });
    await hold.reached;
    expect((await job.getMetadata())[0].status.state).toBe('RUNNING');
    await job.cancel();
    const [meta] = await job.getMetadata();
    expect(meta.status).toMatchObject({ state: 'DONE', errorResult: { reason: 'stopped' } });
    expect((await bq.table(P, DS, 'model_registry')).length).toBe(3);
  });

  it('refuses SQL outside the supported subset and bad parameter values with 400 invalidQuery', async () => {
    await seedTable();
    const bad = (query: string, extra: object = {}) => client.query({ query, location: 'US', ...extra }).catch((e: unknown) => e);
    expect(await bad(`SELECT ARRAY_AGG(model_id) FROM ${TABLE}`)).toMatchObject({ code: 400, errors: [{ reason: 'invalidQuery' }] });
    expect(await bad(`SELECT @nope`)).toMatchObject({ code: 400, message: "Query parameter 'nope' not found at [1:8]" });
    expect(await bad(`UPDATE ${TABLE} SET active = true`)).toMatchObject({
      code: 400,
      message: 'UPDATE must have a WHERE clause at [1:1]',
    });
    const dupes = [...manifestRows(), manifestRows()[0]];
    expect(await bad(MERGE, { params: { rows: dupes, family: 'llama' }, types: { rows: [ROW_TYPE] } })).toMatchObject({
      code: 400,
      message: 'UPDATE/MERGE must match at most one source row for each target row',
    });
  });
});

describe('discovery contract validation', () => {
  it('answers an unknown path or endpoint with 404 and records a violation that fails the test', async () => {
    for (const [method, path] of [
      ['GET', '/bigquery/v2/projects/p/datasets/d/tables/t/iam'],
      ['POST', '/bigquery/v2/projects/p/queries/extra'],
      ['GET', '/storage/v1/b/x'],
    ] as const) {
      const res = await fetch(`${bq.url}${path}`, { method, headers: { authorization: 'Bearer t' } });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    await fetch(`${bq.url}/bigquery/v2/nowhere`, { headers: { authorization: 'Bearer t' } });
    expect(() => bq.assertNoViolations()).toThrow(/BigQuery contract violations:[\s\S]*no such BigQuery v2 endpoint/);
    expect(bq.violations.map((v) => `${v.method} ${v.path}`)).toEqual([
      'GET /bigquery/v2/projects/p/datasets/d/tables/t/iam',
      'POST /bigquery/v2/projects/p/queries/extra',
      'GET /storage/v1/b/x',
      'GET /bigquery/v2/nowhere',
    ]);
    bq.takeViolations();
  });

  it('flags a misspelled request property as a violation (BigQuery would silently ignore it)', async () => {
    bq.createDataset(P, DS);
    const res = await fetch(`${bq.url}/bigquery/v2/projects/${P}/queries`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'SELECT @x AS x', useLegacySql: false, parameterMode: 'NAMED', queryParamters: [] }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("Query parameter 'x' not found at [1:8]");
    const violations = bq.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]?.problems).toEqual(['QueryRequest/: unknown property "queryParamters"']);
    const typeErr = await fetch(`${bq.url}/bigquery/v2/projects/${P}/queries?formatOptions.useInt64Timestamp=yes`, {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: JSON.stringify({ query: 'SELECT 1', useLegacySql: 'false' }),
    });
    expect(typeErr.status).toBe(400); // legacy SQL: useLegacySql was not the boolean false
    expect(bq.takeViolations()[0]?.problems).toEqual([
      'query parameter "formatOptions.useInt64Timestamp" is not defined for bigquery.jobs.query',
      'QueryRequest/useLegacySql: must be boolean',
    ]);
  });

  it('answers contract violations with 400 in strict mode', async () => {
    const strict = await startBigQueryStandIn({ strict: true });
    try {
      const res = await fetch(`${strict.url}/bigquery/v2/projects/${P}/queries`, {
        method: 'POST',
        headers: { authorization: 'Bearer t' },
        body: JSON.stringify({ query: 'SELECT 1 AS one', useLegacySql: false, maxResutls: 5 }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('unknown property "maxResutls"');
      expect(strict.takeViolations()).toHaveLength(1);
    } finally {
      await strict.close();
    }
  });

  it('requires a bearer token', async () => {
    const res = await fetch(`${bq.url}/bigquery/v2/projects/${P}/datasets/${DS}`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { status: string } }).error.status).toBe('UNAUTHENTICATED');
  });
});

describe.skipIf(!bqCliPath())('BigQuery stand-in with the bq CLI (Google Cloud CLI)', () => {
  it('bq query returns the rows and bq show --schema the table schema', async () => {
    await seedTable();
    const sql = `SELECT model_id, params_b, active, updated_at FROM ${TABLE} WHERE family = @family ORDER BY model_id`;
    const q = await bqCli(bq, ['--format=json', 'query', '--use_legacy_sql=false', '--parameter=family:STRING:llama', sql]);
    expect(q.stderr).toBe('');
    expect(JSON.parse(q.stdout)).toEqual([
      { model_id: 'llama-2-7b', params_b: '7.0', active: 'true', updated_at: null },
      { model_id: 'llama-3-8b', params_b: '7.5', active: 'false', updated_at: '2025-01-01 00:00:00' },
    ]);
    // bq asks for no int64 timestamps, so it got BigQuery's float-seconds spelling.
    const wire = lastResponse(`/queries/${bq.queries.at(-1)?.jobId}`);
    expect(wire.rows[1].f[3].v).toBe('1.7356896E9');
    const show = await bqCli(bq, ['--format=json', 'show', '--schema', `${P}:${DS}.model_registry`]);
    expect(JSON.parse(show.stdout)).toEqual([
      { name: 'model_id', type: 'STRING', mode: 'REQUIRED' },
      { name: 'family', type: 'STRING', mode: 'NULLABLE' },
      { name: 'params_b', type: 'FLOAT', mode: 'NULLABLE' },
      { name: 'context_tokens', type: 'INTEGER', mode: 'NULLABLE' },
      { name: 'release_date', type: 'DATE', mode: 'NULLABLE' },
      { name: 'active', type: 'BOOLEAN', mode: 'NULLABLE' },
      { name: 'notes', type: 'STRING', mode: 'NULLABLE' },
      { name: 'updated_at', type: 'TIMESTAMP', mode: 'NULLABLE' },
    ]);
  }, 60_000);
});
