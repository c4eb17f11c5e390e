// Multi-statement scripts in the BigQuery stand-in, through the real client: a transaction commits all of its
// statements or none; statements outside one commit one by one; what the subset does not cover is refused.
import { BigQuery } from '@google-cloud/bigquery';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BigQueryStandIn, startBigQueryStandIn } from './bigquery/index.js';

const P = 'test-project';
const DS = 'scripts';
let bq: BigQueryStandIn;
let client: BigQuery;

beforeEach(async () => {
  bq = await startBigQueryStandIn({ dmlConflicts: true });
  await bq.createTable(P, DS, 'a', [{ name: 'k', type: 'STRING', mode: 'REQUIRED' }]);
  await bq.createTable(P, DS, 'b', [{ name: 'k', type: 'STRING', mode: 'REQUIRED' }]);
  client = new BigQuery(bq.clientOptions());
});
afterEach(async () => {
  bq.assertNoViolations();
  await bq.close();
});

const A = `\`${P}.${DS}.a\``;
const B = `\`${P}.${DS}.b\``;
const keys = async (t: string) => (await bq.table(P, DS, t, { orderBy: 'k' })).map((r) => r.k);
const run = (query: string, params: Record<string, unknown> = {}) => client.query({ query, params, types: { k: 'STRING' } });

describe('BigQuery stand-in: scripts', () => {
  it('BEGIN … COMMIT TRANSACTION changes both tables at once, with bound parameters', async () => {
    await run(`BEGIN TRANSACTION; INSERT INTO ${A} (k) VALUES (@k); INSERT INTO ${B} (k) SELECT k FROM ${A}; COMMIT TRANSACTION;`, {
      k: "it's",
    });
    expect([await keys('a'), await keys('b')]).toEqual([["it's"], ["it's"]]);
    const job = bq.queries.at(-1);
    expect(job?.sql).not.toContain("it's");
  });

  it('a failing statement inside the transaction rolls back the statements before it', async () => {
    bq.fault({ statement: /INSERT INTO "test-project\.scripts\.b"/, kind: 'accessDenied' });
    await expect(
      run(`BEGIN TRANSACTION; INSERT INTO ${A} (k) VALUES ('x'); INSERT INTO ${B} (k) VALUES ('x'); COMMIT TRANSACTION;`),
    ).rejects.toThrow(/Access Denied/);
    expect([await keys('a'), await keys('b')]).toEqual([[], []]);
    // A statement error (not a fault): NOT NULL violated in the second statement.
    await expect(
      run(`BEGIN TRANSACTION; INSERT INTO ${A} (k) VALUES ('y'); INSERT INTO ${B} (k) VALUES (NULL); COMMIT TRANSACTION;`),
    ).rejects.toThrow();
    expect([await keys('a'), await keys('b')]).toEqual([[], []]);
  });

  it('ROLLBACK TRANSACTION and a script ending inside its transaction keep nothing; statements outside one commit alone', async () => {
    await run(`BEGIN TRANSACTION; INSERT INTO ${A} (k) VALUES ('r'); ROLLBACK TRANSACTION;`);
    await run(`BEGIN TRANSACTION; INSERT INTO ${A} (k) VALUES ('open')`);
    expect(await keys('a')).toEqual([]);
    bq.fault({ statement: /INSERT INTO "test-project\.scripts\.b"/, kind: 'accessDenied' });
    await expect(run(`INSERT INTO ${A} (k) VALUES ('alone'); INSERT INTO ${B} (k) VALUES ('alone')`)).rejects.toThrow(/Access Denied/);
    expect([await keys('a'), await keys('b')]).toEqual([['alone'], []]);
  });

  it('a script returns the last SELECT; refuses nested transactions, COMMIT without BEGIN and unsupported scripting', async () => {
    const [rows] = await run(`INSERT INTO ${A} (k) VALUES ('s'); SELECT k FROM ${A}`);
    expect(rows).toEqual([{ k: 's' }]);
    await expect(run(`BEGIN TRANSACTION; BEGIN TRANSACTION; COMMIT TRANSACTION;`)).rejects.toThrow(/Nested transactions/);
    await expect(run(`SELECT 1; COMMIT TRANSACTION;`)).rejects.toThrow(/no active transaction/);
    await expect(run(`DECLARE x INT64; SELECT 1;`)).rejects.toThrow(/scripting statement DECLARE/);
    expect(await keys('a')).toEqual(['s']);
  });

  it('a transaction whose MERGE meets a concurrent commit is aborted as a whole', async () => {
    await run(`INSERT INTO ${A} (k) VALUES ('m')`);
    const hold = bq.hold(/^BEGIN TRANSACTION/);
    const tx = run(
      `BEGIN TRANSACTION; INSERT INTO ${B} (k) VALUES ('m'); MERGE ${A} AS t USING (SELECT 'm' AS k) AS s ON t.k = s.k WHEN MATCHED THEN DELETE; COMMIT TRANSACTION;`,
    ).catch((e: Error) => e);
    await hold.reached;
    await run(`UPDATE ${A} SET k = 'm' WHERE k = 'm'`);
    hold.release();
    expect(String(await tx)).toMatch(/Transaction is aborted due to concurrent update against table test-project:scripts\.a/);
    expect([await keys('a'), await keys('b')]).toEqual([['m'], []]);
  });
});
