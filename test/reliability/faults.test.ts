// Fault matrix: Cloud Storage, BigQuery, Cloud Run and GitHub each answer 429, 500 or 503, too late (a timeout), not at
// all (a connection reset), with a malformed JSON body or with a truncated body; once (the retries absorb it: the same
// report as without the fault) and for good (a clean exit 3 whose one line names the service and the operation). Either
// way the registry, CLAUDE.md and the repository on GitHub end exactly as before or exactly as intended.
//
// How each fault reaches each service (a row names the operation it hits):
//   Cloud Storage (JSON API, test/standins/gcs), on objects.get (the manifest's metadata, under claude-md --write) and
//     on the download (under sync into DuckDB): 429/500/503 with GCS's error envelope; timeout: the answer
//     delayed past the client's idle timeout (httpIdleTimeout, src/util/google.ts); reset: the socket destroyed
//     unanswered; malformed: a 200 whose JSON does not parse. A download carries the manifest's own bytes, not JSON:
//     there the malformed body is a flipped bit, which the CRC32C check catches. Truncated: the real answer announced,
//     half of it sent, the socket destroyed.
//   BigQuery (REST, test/standins/bigquery), on the jobs.query carrying the sync's MERGE (matched by its SQL): the same
//     seven. A delayed or truncated MERGE still runs on the server, so after an exit 3 the table may be as intended.
//   Cloud Run (gRPC, test/standins/cloud-run), on GetService under `drift`. gRPC has neither HTTP statuses nor JSON:
//     429 → RESOURCE_EXHAUSTED, 500 → INTERNAL, 503 → UNAVAILABLE; timeout → the answer delayed past the call's deadline
//     (DEADLINE_EXCEEDED); reset → the HTTP/2 connection dropped unanswered; malformed → an OK answer whose message
//     bytes are a malformed JSON text, which protobuf decodes without complaint into a Service with the wrong fields,
//     and (a second row) bytes protobuf cannot decode at all; truncated → the message frame announced, half of it
//     sent, the connection dropped. RESOURCE_EXHAUSTED and INTERNAL are not retried, by design (Google's API design
//     guide retries UNAVAILABLE, and RESOURCE_EXHAUSTED only at a higher level after 30 s or more): exit 3 even once.
//   GitHub (REST, through the bundled action and test/standins/github), in the CLAUDE.md PR refresh, on the POST that
//     opens the PR (the last write, after the branch is pushed): 429, 500, 503 as GitHub sends them; timeout: the
//     answer delayed past undici's headers timeout (Octokit's only one, 300 s, shortened in the action's process by
//     undici-timeouts.ts); reset; malformed: a 200 whose JSON stops short; truncated as above. The two broken bodies
//     also on the read whose answer the writes follow (GET …/pulls). A POST is not repeated after a garbled answer,
//     since it may have been applied. Objects are judged one by one: a lasting failure of the POST leaves the branch
//     pushed (as intended) and no PR (as before), and the next run without the fault must end exactly as intended.
// Retry waits and client timeouts are scaled down (MODEL_GOVERNANCE_RETRY_SCALE, MODEL_GOVERNANCE_TIMEOUT_SCALE).
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionRun } from '../e2e/runner.js';
import type { CliResult } from '../helpers/cli.js';
import { selectRows } from '../helpers/duckdb.js';
import { BUCKET, claudeMdFile, ENV, manifestJson, objectOf, PROJECT, REGION, service, sha256 } from '../helpers/gcp.js';
import { type BigQueryStandIn, type FaultSpec as BqFault, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { type CloudRunFault, type CloudRunStandin, Code, type Message, startCloudRun } from '../standins/cloud-run/index.js';
import { type FaultSpec as GcsFault, type GcsStandin, startGcs } from '../standins/gcs/index.js';
import type { FakeGitHub, FaultSpec as GhFault } from '../standins/github/index.js';
import { WRITE_TOKEN } from '../standins/github/index.js';
import type { Tally } from './harness.js';

// The product reads the two scales once, when its modules load: they are set before anything importing src/ is
// imported. Every variable set here is put back afterwards, for a file vitest runs next in this process.
const ENV_KEYS = [
  'MODEL_GOVERNANCE_RETRY_SCALE',
  'MODEL_GOVERNANCE_TIMEOUT_SCALE',
  'STORAGE_EMULATOR_HOST',
  'BIGQUERY_EMULATOR_HOST',
  'CLOUD_RUN_EMULATOR_HOST',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
];
const envBefore = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
// 3 s for Cloud Storage and BigQuery, 1.5 s for Cloud Run: long enough that an answer slowed by a busy machine is not a
// timeout, short enough for the matrix. Counts of tries are still asserted as bounds where a slow answer could add one.
const TIMEOUT_SCALE = 0.05;
process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';
process.env.MODEL_GOVERNANCE_TIMEOUT_SCALE = String(TIMEOUT_SCALE);
const { EXAMPLES, ROOT, runCli, workspace } = await import('../helpers/cli.js');
const { cliProblems, exampleManifest, record, runFailure, step, tempDir } = await import('./harness.js');
const { DEFAULT_RETRY } = await import('../../src/util/retry.js');
const { bundle } = await import('../e2e/bundle.js');
const { fakeRepo } = await import('../e2e/repo.js');
const { example, runAction } = await import('../e2e/runner.js');

/** Cloud Storage and BigQuery requests idle out after 60 s, a Cloud Run call after 30 s: scaled, in ms. */
const HTTP_TIMEOUT = 60_000 * TIMEOUT_SCALE;
const RUN_TIMEOUT = 30_000 * TIMEOUT_SCALE;
/** undici's timeouts in the action's process (300 s in production). */
const UNDICI_TIMEOUT = 2_500;
/** Tries of one operation: withRetry's for the Google clients, plugin-retry's (the first and three more) for GitHub. */
const GOOGLE_TRIES = DEFAULT_RETRY.attempts;
const GITHUB_TRIES = 4;

const dir = tempDir('faults');
const PROD = 'catboost_v9_33features_20260201_011018';
const NEW_MODEL = 'catboost_v9_2026_02';

// ---- the table ----------------------------------------------------------------------------------------------------

/** How a cell ends: the retries absorb the fault (the same report as without it), or exit 3 leaving the state so. */
type State = 'before' | 'intended' | 'branch pushed';
type End = { code: 'same'; state: 'intended' } | { code: 3; state: State };
const SAME: End = { code: 'same', state: 'intended' };
const EXIT3 = (state: State = 'before'): End => ({ code: 3, state });

/** [fault, injected as, once, for good]. A fault the retries absorb once is tried as often as allowed for good. */
type Row<S> = [fault: string, spec: S, once: End, always: End];
interface Cell<S> {
  name: string;
  service: string;
  operation: string;
  fault: string;
  spec: S;
  times: number;
  end: End;
  /**
   * Requests the faulted operation gets, at least and at most. A fault for good is met by every try: the stand-in sees
   * them all, except that on a machine so busy the event loop stalls past the client's (scaled, 3 s) timeout one try
   * can time out before it is written, and count as a try the stand-in never saw. After a fault once, a retry slowed
   * past its timeout the same way may take one more try.
   */
  tries: [min: number, max: number];
}
const cells = <S>(service: string, operation: string, rows: Row<S>[], tries: number): Cell<S>[] =>
  rows.flatMap(([fault, spec, once, always]) => {
    const retried = once.code === 'same';
    return [
      { times: 1, end: once, tries: (retried ? [2, tries] : [1, 1]) as [number, number] },
      { times: Number.POSITIVE_INFINITY, end: always, tries: (retried ? [tries - 1, tries] : [1, 1]) as [number, number] },
    ].map((c) => ({
      ...c,
      name: `${service} ${operation} · ${fault} ${c.times === 1 ? 'once' : 'for good'} → ${c.end.code === 'same' ? 'retried, same report' : `exit 3, ${c.end.state}`}`,
      service,
      operation,
      fault,
      spec,
    }));
  });

const STATUS_ROWS = <S>(make: (status: number) => S): Row<S>[] => [
  ['429', make(429), SAME, EXIT3()],
  ['500', make(500), SAME, EXIT3()],
  ['503', make(503), SAME, EXIT3()],
];

const GCS_CELLS = (['objects.get', 'download'] as const).flatMap((op) =>
  cells<GcsFault>(
    'Cloud Storage',
    op,
    [
      ...STATUS_ROWS((status) => ({ status })),
      ['timeout', { delayMs: 2 * HTTP_TIMEOUT }, SAME, EXIT3()],
      ['connection reset', { reset: true }, SAME, EXIT3()],
      op === 'objects.get'
        ? ['malformed JSON body', { body: '{"kind": "storage#object", "name": "faults/sy' }, EXIT3(), EXIT3()]
        : ['malformed body (a flipped bit)', { corrupt: true }, EXIT3(), EXIT3()],
      ['truncated body', { truncate: true }, SAME, EXIT3()],
    ],
    GOOGLE_TRIES,
  ),
);

const BQ_CELLS = cells<BqFault>(
  'BigQuery',
  'MERGE into',
  [
    ...STATUS_ROWS((status) => ({ status })),
    ['timeout', { delayMs: 2 * HTTP_TIMEOUT }, SAME, EXIT3('intended')],
    ['connection reset', { reset: true }, SAME, EXIT3()],
    ['malformed JSON body', { raw: '{"kind": "bigquery#queryResponse", "jobComplete": tr' }, EXIT3(), EXIT3()],
    ['truncated body', { truncate: true }, SAME, EXIT3('intended')],
  ],
  GOOGLE_TRIES,
);

const RUN_CELLS = cells<CloudRunFault>(
  'Cloud Run',
  'GetService',
  [
    ['429 (RESOURCE_EXHAUSTED)', { code: Code.RESOURCE_EXHAUSTED }, EXIT3(), EXIT3()],
    ['500 (INTERNAL)', { code: Code.INTERNAL }, EXIT3(), EXIT3()],
    ['503 (UNAVAILABLE)', { code: Code.UNAVAILABLE }, SAME, EXIT3()],
    ['timeout (DEADLINE_EXCEEDED)', { delayMs: 2 * RUN_TIMEOUT }, SAME, EXIT3()],
    ['connection reset', { reset: true }, SAME, EXIT3()],
    ['malformed JSON body', { malformed: true }, EXIT3(), EXIT3()],
    ['JSON body of another shape', { malformed: new TextEncoder().encode('{"error": "invalid_grant", "page": 1}') }, EXIT3(), EXIT3()],
    ['truncated body', { truncate: true }, SAME, EXIT3()],
  ],
  GOOGLE_TRIES,
);

const PULLS = '/repos/{owner}/{repo}/pulls';
const on = (method: string, rows: Row<GhFault>[]): Row<GhFault>[] =>
  rows.map(([f, s, once, always]) => [f, { ...s, method, path: PULLS }, once, always]);
/** 429, 500, 503 and a timeout on the POST: plugin-retry's business, whatever the request. */
const GH_STATUS_CELLS = cells<GhFault>(
  'GitHub',
  'open the PR',
  on('POST', [
    // The slowest first: a suite runs five at a time.
    ['timeout', { latencyMs: 3 * UNDICI_TIMEOUT }, SAME, EXIT3('branch pushed')],
    ...STATUS_ROWS((status): GhFault => ({ status })).map(([f, s]): Row<GhFault> => [f, s, SAME, EXIT3('branch pushed')]),
  ]),
  GITHUB_TRIES,
);
/** A reset and the two broken bodies, on the POST and on the read before any write, whose answer the writes follow. */
const GH_BODY_CELLS = [
  ...cells<GhFault>(
    'GitHub',
    'open the PR',
    on('POST', [
      ['connection reset', { reset: true }, SAME, EXIT3('branch pushed')],
      // The fake answers before creating the PR; GitHub might have created it, so the action may not POST again.
      ['malformed JSON body', { malformed: true }, EXIT3('branch pushed'), EXIT3('branch pushed')],
      // The PR is created and its answer cut off: not POSTed again, and the run says it failed.
      ['truncated body', { truncate: true }, EXIT3('intended'), EXIT3('intended')],
    ]),
    GITHUB_TRIES,
  ),
  ...cells<GhFault>(
    'GitHub',
    'list pull requests',
    on('GET', [
      ['malformed JSON body', { malformed: true }, SAME, EXIT3()],
      ['truncated body', { truncate: true }, SAME, EXIT3()],
    ]),
    GITHUB_TRIES,
  ),
];

// ---- bookkeeping --------------------------------------------------------------------------------------------------

const tallies = new Map<string, Tally>();
const tally = (cell: Cell<unknown>, c: { lost: string[]; problems: string[] }) => {
  const target = `fault matrix: ${cell.service}`;
  const t = tallies.get(target) ?? { target, kind: 'fault' as const, tried: 0, passed: 0, lost: [], outcomes: {} };
  t.tried++;
  if (!c.lost.length && !c.problems.length) t.passed++;
  t.lost.push(...c.lost.map((l) => `${cell.operation} · ${cell.fault}: ${l}`));
  if (c.problems.length) t.failure = [t.failure, `${cell.operation} · ${cell.fault}: ${c.problems.join('; ')}`].filter(Boolean).join('; ');
  const outcome =
    cell.end.code === 'same'
      ? 'retried: same report'
      : `exit 3: ${cell.end.state === 'branch pushed' ? 'branch pushed (no PR)' : `as ${cell.end.state}`}`;
  t.outcomes = { ...t.outcomes, [outcome]: (t.outcomes?.[outcome] ?? 0) + 1 };
  tallies.set(target, t);
};

afterAll(() => {
  for (const t of tallies.values()) record(t);
  for (const [k, v] of Object.entries(envBefore)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** The tries a cell saw, against its bounds. */
const triesProblem = (tries: number, cell: Cell<unknown>, what: string): string[] => {
  const [min, max] = cell.tries;
  if (tries >= min && tries <= max) return [];
  return [`${tries} ${what}, expected ${min === max ? min : `${min} to ${max}`}`];
};

const firstLine = (s: string) => s.trim().split('\n')[0] ?? '';
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a CLI run must show: the report it gives without the fault, or exit 3 with one line naming service and operation. */
const cliOutcome = (r: CliResult, end: End, base: CliResult, service: string, operation: RegExp, norm = (s: string) => s) => {
  const problems = cliProblems(r, [0, 1, 3]);
  if (end.code === 'same') {
    if (r.code !== base.code) problems.push(`exit ${r.code}, ${base.code} without the fault: ${firstLine(r.err)}`);
    else if (norm(r.out) !== norm(base.out)) problems.push(`the report differs from the one without the fault: ${firstLine(r.out)}`);
    return problems;
  }
  if (r.code !== 3) problems.push(`exit ${r.code}, expected 3: ${firstLine(r.err) || firstLine(r.out)}`);
  const lines = r.err.split('\n').filter((l) => l.startsWith('model-governance: '));
  const want = new RegExp(`^model-governance: ${literal(service)} ${operation.source} failed: \\S`);
  if (lines.length !== 1 || !want.test(lines[0] as string))
    problems.push(`expected one line naming ${service} and the operation, got: ${JSON.stringify(lines)}`);
  if (r.out !== '') problems.push(`a report on stdout after a failure: ${firstLine(r.out)}`);
  return problems;
};

/** Poll until `ok` holds (delayed requests the client gave up on still finish on the server). */
const until = async (ok: () => boolean, ms = 60_000): Promise<void> => {
  for (const t0 = Date.now(); !ok() && Date.now() - t0 < ms; ) await sleep(20);
};

const changed = (m: Record<string, unknown>) => {
  const models = m.models as Record<string, Record<string, unknown>>;
  delete models[NEW_MODEL];
  (models[PROD] as Record<string, unknown>).notes = 'Before the February retrain.';
  return m;
};
/** Last version of the example manifest: the sync under test inserts one model and updates another. */
const OLD_MANIFEST = join(dir, 'old-manifest.json');
writeFileSync(OLD_MANIFEST, JSON.stringify(changed(exampleManifest()), null, 2));
const MANIFEST = join(EXAMPLES, 'manifest.json');
const EXAMPLE_CLAUDE_MD = join(EXAMPLES, 'CLAUDE.md');

// ---- Cloud Storage ------------------------------------------------------------------------------------------------

// claude-md --write meets the faults on objects.get, sync into DuckDB those on the download: the manifest is read before
// anything is written either way, so each state at stake meets one operation's faults (both at once would double the
// cost of the timeouts).
const GCS_COMMAND = { 'objects.get': 'claude-md', download: 'sync' } as const;

describe('Cloud Storage: the manifest on gs://, read by claude-md --write and by sync (DuckDB)', { concurrent: true }, () => {
  let gcs: GcsStandin;
  let seeded: string;
  type Run = { r: CliResult; rows: unknown[]; claudeMd: Buffer };
  const base = {} as Record<'objects.get' | 'download', Run>;
  let before: { rows: unknown[]; claudeMd: Buffer };
  const OBJECT = 'faults/manifest.json';
  const GS_URL = `gs://${BUCKET}/${OBJECT}`;
  const registryRows = (db: string) => selectRows(db, 'SELECT * FROM model_registry ORDER BY model_id');

  let n = 0;
  /** The operation's command on a fresh DuckDB registry holding the last version's rows and a fresh stale CLAUDE.md. */
  const run = async (op: 'objects.get' | 'download'): Promise<Run> => {
    const id = ++n;
    const db = join(dir, `gcs-${id}.duckdb`);
    for (const suffix of ['', '.wal']) if (existsSync(`${seeded}${suffix}`)) cpSync(`${seeded}${suffix}`, `${db}${suffix}`);
    const doc = join(dir, `gcs-${id}.md`);
    cpSync(EXAMPLE_CLAUDE_MD, doc);
    const r =
      GCS_COMMAND[op] === 'sync'
        ? await runCli(['sync', '--manifest', GS_URL, '--registry', `duckdb:${db}`])
        : await runCli(['claude-md', '--manifest', GS_URL, '--claude-md', doc, '--title', 'CatBoost V9', '--write']);
    // claude-md's report names the file it rewrote.
    return { r: { ...r, out: r.out.replaceAll(doc, 'CLAUDE.md') }, rows: await registryRows(db), claudeMd: readFileSync(doc) };
  };

  beforeAll(
    () =>
      step('Cloud Storage stand-in and the runs without a fault', async () => {
        gcs = await startGcs();
        process.env.STORAGE_EMULATOR_HOST = gcs.url;
        gcs.put(BUCKET, OBJECT, readFileSync(MANIFEST), { contentType: 'application/json' });
        seeded = join(dir, 'seeded.duckdb');
        const seed = await runCli(['sync', '--manifest', OLD_MANIFEST, '--registry', `duckdb:${seeded}`]);
        if (seed.code !== 0) throw runFailure('seeding the registry', seed);
        before = { rows: await registryRows(seeded), claudeMd: readFileSync(EXAMPLE_CLAUDE_MD) };
        for (const op of ['objects.get', 'download'] as const) {
          base[op] = await run(op);
          // A cell is only worth something if the run without a fault writes.
          const wrote =
            GCS_COMMAND[op] === 'sync' ? !isDeepStrictEqual(base[op].rows, before.rows) : !base[op].claudeMd.equals(before.claudeMd);
          if (base[op].r.code !== 0 || !wrote) throw runFailure(`the ${GCS_COMMAND[op]} run without a fault wrote nothing`, base[op].r);
        }
      }),
    120_000,
  );
  afterAll(() => gcs?.close());

  it.each(GCS_CELLS.map((c) => [c.name, c] as const))('%s', { concurrent: false, timeout: 120_000 }, async (_, cell) => {
    gcs.clearFaults();
    const op = cell.operation as 'objects.get' | 'download';
    const at = gcs.requests.length;
    const match = new RegExp(`${literal(encodeURIComponent(OBJECT))}${op === 'download' ? '\\?.*alt=media' : '$'}`);
    const f = gcs.fault({ ...cell.spec, path: match, times: cell.times });
    const now = await run(op);
    const operation =
      op === 'download' ? new RegExp(`download generation \\d+ of ${literal(GS_URL)}`) : new RegExp(`objects\\.get ${literal(GS_URL)}`);
    const problems = cliOutcome(now.r, cell.end, base[op].r, 'Cloud Storage', operation).map((p) => `${GCS_COMMAND[op]}: ${p}`);
    const tries = gcs.requests.slice(at).filter((q) => match.test(q.path + (q.query.alt ? `?alt=${q.query.alt}` : ''))).length;
    problems.push(...triesProblem(tries, cell, `requests to ${op}`));
    if (f.hits === 0) problems.push('the fault never fired');
    const want = cell.end.state === 'before' ? before : base[op];
    const lost: string[] = [];
    if (!isDeepStrictEqual(now.rows, want.rows))
      lost.push(`registry rows are not ${cell.end.state}: ${JSON.stringify(now.rows).slice(0, 300)}`);
    if (!now.claudeMd.equals(want.claudeMd)) lost.push(`CLAUDE.md is not ${cell.end.state}`);
    tally(cell, { lost, problems });
    expect([...lost, ...problems]).toEqual([]);
  });
});

// ---- BigQuery -----------------------------------------------------------------------------------------------------

describe('BigQuery: sync MERGEs the manifest into the registry table', { concurrent: true }, () => {
  let bq: BigQueryStandIn;
  let base: { r: CliResult; rows: Record<string, unknown>[] };
  let n = 0;

  /** A fresh table holding the last version's rows; returns its id, its address and its rows. */
  const seededTable = async () => {
    const id = `faults_${++n}`;
    const address = `bigquery:${PROJECT}.governance.${id}`;
    const seed = await runCli(['sync', '--manifest', OLD_MANIFEST, '--registry', address, '--create-table']);
    if (seed.code !== 0) throw runFailure(`seeding ${id}`, seed);
    return { id, address, rows: await rows(id) };
  };
  const rows = (id: string) => bq.table(PROJECT, 'governance', id, { orderBy: 'model_id' });
  const sync = (address: string) => runCli(['sync', '--manifest', MANIFEST, '--registry', address]);
  const settled = () => until(() => bq.requests.every((q) => q.status !== undefined));

  beforeAll(
    () =>
      step('BigQuery stand-in and the run without a fault', async () => {
        bq = await startBigQueryStandIn();
        bq.createDataset(PROJECT, 'governance');
        process.env.BIGQUERY_EMULATOR_HOST = `${bq.url}/bigquery/v2`;
        process.env.GOOGLE_OAUTH_ACCESS_TOKEN = 'stand-in-token';
        const t = await seededTable();
        const r = await sync(t.address);
        base = { r: { ...r, out: r.out.replaceAll(t.id, 'TABLE') }, rows: await rows(t.id) };
        if (r.code !== 0 || isDeepStrictEqual(base.rows, t.rows)) throw runFailure('the run without a fault wrote nothing', r);
      }),
    120_000,
  );
  afterAll(() => bq?.close());

  it.each(BQ_CELLS.map((c) => [c.name, c] as const))('%s', { concurrent: false, timeout: 120_000 }, async (_, cell) => {
    const t = await seededTable();
    const merge = new RegExp(`^\\s*(?:BEGIN TRANSACTION;\\s*)?MERGE \`${literal(`${PROJECT}.governance.${t.id}`)}\``);
    const at = bq.requests.length;
    const f = bq.fault({ ...cell.spec, method: 'POST', path: /\/queries$/, sql: merge, times: cell.times });
    const r = await sync(t.address);
    bq.clearFaults();
    await settled();
    const problems = cliOutcome(
      r,
      cell.end,
      base.r,
      'BigQuery',
      new RegExp(`MERGE into ${literal(`${PROJECT}.governance.${t.id}`)}`),
      (s) => s.replaceAll(t.id, 'TABLE'),
    );
    const tries = bq.requests.slice(at).filter((q) => merge.test(String((q.body as { query?: unknown } | undefined)?.query))).length;
    problems.push(...triesProblem(tries, cell, 'MERGE requests'));
    if (f.hits === 0) problems.push('the fault never fired');
    problems.push(...bq.takeViolations().map((v) => `contract: ${v.method} ${v.path}: ${v.problems.join(', ')}`));
    const now = await rows(t.id);
    const want = cell.end.state === 'before' ? t.rows : base.rows;
    const lost = isDeepStrictEqual(now, want) ? [] : [`table is not ${cell.end.state}: ${JSON.stringify(now).slice(0, 300)}`];
    tally(cell, { lost, problems });
    expect([...lost, ...problems]).toEqual([]);
  });
});

// ---- Cloud Run ----------------------------------------------------------------------------------------------------

describe('Cloud Run: drift reads the live service and its revisions', { concurrent: true }, () => {
  let run: CloudRunStandin;
  let base: CliResult;
  const SERVICE = `projects/${PROJECT}/locations/${REGION}/services/scorer`;
  const PROD_OBJ = objectOf({ month: 1 });
  const OLD_OBJ = objectOf({ month: 2 });
  const manifest = join(dir, 'run-manifest.json');
  let claudeMd: string;
  const args = () => [
    'drift',
    '--manifest',
    manifest,
    '--deployment',
    `run:${SERVICE}`,
    '--model-env',
    ENV,
    '--claude-md',
    claudeMd,
    '--json',
  ];
  const revision = (short: string, model: string): Message => ({
    name: `${SERVICE}/revisions/${short}`,
    service: 'scorer',
    containers: [{ name: 'scorer', image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc', env: [{ name: ENV, value: model }] }],
  });
  const split = (r: string, percent: number) => ({ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: r, percent });

  beforeAll(
    () =>
      step('Cloud Run stand-in and the run without a fault', async () => {
        run = await startCloudRun({
          revisions: [revision('scorer-00001-old', OLD_OBJ.gcsPath), revision('scorer-00002-new', PROD_OBJ.gcsPath)],
          services: [service({ trafficStatuses: [split('scorer-00001-old', 10), split('scorer-00002-new', 90)] })],
        });
        process.env.CLOUD_RUN_EMULATOR_HOST = run.address;
        writeFileSync(
          manifest,
          manifestJson([
            { id: 'prod', month: 1, status: 'production', sha256: sha256('p') },
            { id: 'old', month: 2, status: 'deprecated', sha256: sha256('o') },
          ]),
        );
        claudeMd = claudeMdFile();
        await runCli(['claude-md', '--manifest', manifest, '--claude-md', claudeMd, '--write']);
        base = await runCli(args());
        // 10% of traffic on the old model is drift: a read that failed quietly would lose this finding.
        if (base.code !== 1 || !base.out.includes('"deployment.model"')) throw runFailure('the run without a fault found no drift', base);
      }),
    120_000,
  );
  afterAll(() => run?.close());

  it.each(RUN_CELLS.map((c) => [c.name, c] as const))('%s', { concurrent: false, timeout: 120_000 }, async (_, cell) => {
    run.clearFaults();
    const bytes = readFileSync(claudeMd);
    const at = run.requests.length;
    const f = run.fault({ ...cell.spec, method: 'GetService', times: cell.times });
    const r = await runCli(args());
    const problems = cliOutcome(r, cell.end, base, 'Cloud Run', new RegExp(`GetService ${literal(SERVICE)}`));
    const tries = run.requests.slice(at).filter((q) => q.method === 'GetService').length;
    problems.push(...triesProblem(tries, cell, 'GetService calls'));
    if (f.hits === 0) problems.push('the fault never fired');
    // drift writes nothing: CLAUDE.md is as before whatever happened.
    const lost = readFileSync(claudeMd).equals(bytes) ? [] : ['CLAUDE.md changed'];
    tally(cell, { lost, problems });
    expect([...lost, ...problems]).toEqual([]);
  });
});

// ---- GitHub -------------------------------------------------------------------------------------------------------

const BRANCH = 'model-governance/claude-md';

/** Everything the refresh may touch, one object per key. Shas are deterministic: the fake's clock is fixed. */
const repoState = (gh: FakeGitHub) => {
  const branch = gh.state.refs.get(`heads/${BRANCH}`) ?? null;
  return {
    main: gh.state.refs.get('heads/main'),
    otherRefs: [...gh.state.refs.keys()].filter((k) => k !== 'heads/main' && k !== `heads/${BRANCH}`),
    branch,
    claudeMdOnBranch: branch ? (gh.state.file('CLAUDE.md', BRANCH) ?? null) : null,
    pulls: gh.state.pulls.map((p) => ({
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      head: p.pull?.head,
      base: p.pull?.base,
    })),
    issues: gh.state.issues.filter((i) => !i.pull).map((i) => ({ number: i.number, title: i.title, state: i.state })),
    comments: gh.state.comments.map((c) => ({ on: c.issueNumber, body: c.body })),
    labels: gh.state.labels.map((l) => l.name),
  };
};
type RepoState = ReturnType<typeof repoState>;

/** A checkout of the examples and the same files on a fresh fake GitHub. */
const repo = async () => {
  const ws = workspace();
  const files = Object.fromEntries(
    ['manifest.json', 'model-governance.yml', 'CLAUDE.md'].map((f) => [f, readFileSync(join(ws.dir, f), 'utf8')]),
  );
  return { ws, gh: await fakeRepo('octo-org', 'octo-repo', files) };
};

/** The scheduled refresh: claude-md with report pr, from the bundle, as the workflow runs it. */
const refresh = (entry: string, ws: { dir: string }, gh: FakeGitHub) =>
  runAction(entry, {
    cwd: ws.dir,
    gh,
    repository: 'octo-org/octo-repo',
    eventName: 'workflow_dispatch',
    event: example('workflow_dispatch'),
    sha: gh.state.headSha(),
    inputs: { mode: 'claude-md', config: 'model-governance.yml', report: 'pr,summary', 'github-token': WRITE_TOKEN },
    env: {
      MODEL_GOVERNANCE_RETRY_SCALE: '0.01',
      NODE_OPTIONS: `--import=${join(ROOT, 'test', 'reliability', 'undici-timeouts.ts')}`,
      MG_UNDICI_TIMEOUT_MS: String(UNDICI_TIMEOUT),
    },
  });

/** The bundle, the refresh without a fault, and the repository before and after it; shared by both GitHub suites. */
let github: Promise<{ entry: string; base: ActionRun; before: RepoState; intended: RepoState }> | undefined;
const githubBaseline = () =>
  (github ??= (async () => {
    const entry = await bundle();
    const { ws, gh } = await repo();
    const before = repoState(gh);
    const base = await refresh(entry, ws, gh);
    const intended = repoState(gh);
    await gh.close();
    if (base.code !== 0 || intended.pulls.length !== 1 || !intended.branch)
      throw new Error(`the refresh without a fault failed (exit ${base.code}): ${base.stdout.slice(-800)} ${base.stderr.slice(-400)}`);
    return { entry, base, before, intended };
  })());

/** Outputs to compare across runs: findings-file names a fresh private directory each run, so its content stands in. */
const comparable = (outputs: Record<string, string>): Record<string, string> => {
  const file = outputs['findings-file'];
  return file === undefined ? outputs : { ...outputs, 'findings-file': readFileSync(file, 'utf8') };
};

/** What an action run must show: the outputs and summary it gives without the fault, or exit 3 with one error line. */
const actionOutcome = (r: ActionRun, end: End, base: ActionRun, operation: string): string[] => {
  const problems: string[] = [];
  if (/\n\s+at /.test(r.stdout) || /\n\s+at /.test(r.stderr)) problems.push('a stack trace in the log');
  if (r.stderr.trim() !== '') problems.push(`stderr: ${firstLine(r.stderr)}`);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  if (end.code === 'same') {
    if (r.code !== base.code) problems.push(`exit ${r.code}, ${base.code} without the fault: ${errors.join(' ')}`);
    if (!isDeepStrictEqual(comparable(r.outputs), comparable(base.outputs)))
      problems.push(`outputs differ: ${JSON.stringify(r.outputs).slice(0, 200)}`);
    if (r.summary !== base.summary) problems.push('the job summary differs from the one without the fault');
    return problems;
  }
  if (r.code !== 3) problems.push(`exit ${r.code}, expected 3`);
  if (errors.length !== 1 || !errors[0]?.startsWith(`::error::GitHub ${operation} failed: `))
    problems.push(`expected one error naming GitHub and "${operation}", got: ${JSON.stringify(errors)}`);
  return problems;
};

// Two suites, so they run side by side (vitest runs five tests of a suite at a time).
for (const [title, list] of [
  ['statuses and timeouts', GH_STATUS_CELLS],
  ['resets and broken bodies', GH_BODY_CELLS],
] as const) {
  describe(`GitHub: the action refreshes CLAUDE.md through a PR; ${title}`, { concurrent: true }, () => {
    beforeAll(() => step('bundling the action and the refresh without a fault', githubBaseline), 300_000);

    it.each(list.map((c) => [c.name, c] as const))('%s', { timeout: 60_000 }, async (_, cell) => {
      const { entry, base, before, intended } = await githubBaseline();
      const expected: Record<State, RepoState> = {
        before,
        intended,
        'branch pushed': { ...before, branch: intended.branch, claudeMdOnBranch: intended.claudeMdOnBranch },
      };
      const { ws, gh } = await repo();
      try {
        gh.fault({ ...cell.spec, times: cell.times });
        const r = await refresh(entry, ws, gh);
        const problems = actionOutcome(r, cell.end, base, cell.operation);
        const tries = r.requests.filter((q) => q.method === cell.spec.method && q.route === PULLS).length;
        problems.push(...triesProblem(tries, cell, `${cell.spec.method} ${PULLS} requests`));
        problems.push(...gh.takeViolations().map((v) => `OpenAPI: ${v}`));
        const now = repoState(gh);
        const want = expected[cell.end.state];
        const lost = (Object.keys(want) as (keyof RepoState)[])
          .filter((k) => !isDeepStrictEqual(now[k], want[k]))
          .map((k) => `${k} is not ${cell.end.state}: ${JSON.stringify(now[k]).slice(0, 200)}`);
        tally(cell, { lost, problems });
        expect([...lost, ...problems]).toEqual([]);
      } finally {
        await gh.close();
      }
    });
  });
}

describe('GitHub: after a lasting failure to open the PR', { concurrent: true }, () => {
  beforeAll(() => step('bundling the action and the refresh without a fault', githubBaseline), 300_000);

  // Every "branch pushed" cell above ends in this same state (compared key by key). Half done is acceptable only as
  // a step: the next run without the fault must end exactly as intended, with no second commit and one PR.
  it('the branch is pushed and no PR opened; the next run, without the fault, ends exactly as intended', async () => {
    const { entry, before, intended } = await githubBaseline();
    const { ws, gh } = await repo();
    try {
      gh.fault({ method: 'POST', path: PULLS, status: 503, times: Number.POSITIVE_INFINITY });
      const failed = await refresh(entry, ws, gh);
      expect(failed.code).toBe(3);
      expect(repoState(gh)).toEqual({ ...before, branch: intended.branch, claudeMdOnBranch: intended.claudeMdOnBranch });
      gh.clearFaults();
      const again = await refresh(entry, ws, gh);
      expect(again.code).toBe(0);
      expect(again.requests.filter((q) => q.method !== 'GET').map((q) => q.operationId)).toEqual(['pulls/create']);
      expect(repoState(gh)).toEqual(intended);
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  }, 60_000);
});
