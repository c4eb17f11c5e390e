// Races: two syncs against one BigQuery table at once, a sync killed with SIGKILL at each point of its run, and two
// CLAUDE.md PR runs at once. Every run is a real process from the bundle. The stand-ins hold each query or request
// and release them one at a time in the order a schedule names, so every interleaving is forced rather than hoped
// for, and a failure replays exactly.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MARKERS } from '../../src/docs/markers.js';
import { PR_BRANCH, PR_MARKER } from '../../src/github/claude-md-pr.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { byId, COLUMNS, manifestRows, type RegistryRow } from '../../src/registry/row.js';
import { bundle } from '../e2e/bundle.js';
import { fakeRepo } from '../e2e/repo.js';
import { type ActionRun, example, runAction } from '../e2e/runner.js';
import { refreshed } from '../helpers/claude-md.js';
import { workspace } from '../helpers/cli.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { DEFAULT_TOKENS, type FakeGitHub, WRITE_TOKEN } from '../standins/github/index.js';
import { cliProblems, exampleManifest, RUNS, record, type Tally, tempDir } from './harness.js';
import { type Actor, type Exit, interleave, interleavings, QueryStops, type Stop, spawnNode } from './interleave.js';

/** The full run (npm run test:reliability) tries every schedule; `npm test` a fixed sample of them. */
const FULL = RUNS >= 10_000;
/** A test's time limit: the full run tries every schedule, so it gets ten times as long. */
const limit = (ms: number): number => (FULL ? 10 * ms : ms);
const dir = tempDir('races');
const tallies = new Map<string, Tally>();
const tally = (target: string, c: { ok: boolean; lost?: string[]; problems?: string[]; outcome?: string }) => {
  const t = tallies.get(target) ?? { target, kind: 'race' as const, tried: 0, passed: 0, lost: [], outcomes: {} };
  t.tried++;
  if (c.ok && !c.lost?.length && !c.problems?.length) t.passed++;
  t.lost.push(...(c.lost ?? []));
  if (c.problems?.length) t.failure = [t.failure, ...c.problems].filter(Boolean).join('; ');
  if (c.outcome) t.outcomes = { ...t.outcomes, [c.outcome]: (t.outcomes?.[c.outcome] ?? 0) + 1 };
  tallies.set(target, t);
};

/** Run `fn` over `items`, at most `limit` at a time (each race is its own table or repository). */
const pool = async <T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> => {
  const out: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};

let cli: string;
let action: string;
beforeAll(async () => {
  action = await bundle();
  cli = join(dirname(action), 'cli', 'index.js');
}, 300_000);
afterAll(() => {
  for (const t of tallies.values()) record(t);
});

// ---------------------------------------------------------------------------------------------------------------
// The registry: manifests, rows, and the table they should leave.

type Model = Record<string, unknown>;
type Manifest = { family: string; production_model: string | null; models: Record<string, Model> } & Record<string, unknown>;

const PROJECT = 'test-project';
const DATASET = 'governance';
const PROD = 'catboost_v9_33features_20260201_011018';
const RETRAIN = 'catboost_v9_feb_02_retrain';
const CANDIDATE = 'catboost_v9_2026_02';
const FIELDS = COLUMNS.map(([name, type, required]) => ({ name, type, mode: required ? 'REQUIRED' : 'NULLABLE' }));

const edit = (f: (m: Manifest) => void): Manifest => {
  const m = structuredClone(exampleManifest()) as Manifest;
  f(m);
  return m;
};
const model = (m: Manifest, id: string): Model => m.models[id] as Model;
const M0 = edit(() => undefined);
// Two versions that change different rows: applied as two partial updates they would leave a mix of both.
const V1 = edit((m) => {
  model(m, PROD).notes = 'v1: re-graded on the Feb holdout';
});
const V2 = edit((m) => {
  model(m, RETRAIN).notes = 'v2: archived';
  const file = 'catboost_v9_33f_train20251102-20260131_20260301T101010.cbm';
  m.models.catboost_v9_2026_03 = {
    ...model(m, CANDIDATE),
    file,
    gcs_path: `gs://nba-props-platform-models/catboost/v9/${file}`,
    sha256: 'a'.repeat(64),
    created_at: '2026-03-01T10:10:10Z',
  };
});
const rowsOf = (m: Manifest): RegistryRow[] => manifestRows(parseManifest('manifest.json', Buffer.from(JSON.stringify(m))).manifest);
const withId = (r: RegistryRow, model_id: string, patch: Partial<RegistryRow> = {}): RegistryRow => ({ ...r, model_id, ...patch });
const [SOME] = rowsOf(M0) as [RegistryRow];
// Rows no manifest here names: another family's, and one of this family the manifests lack (kept: no --prune).
const FOREIGN = withId(SOME, 'xgb_v1_baseline', { family: 'xgb_v1', is_production: false });
const EXTRA = withId(SOME, 'catboost_v9_2025_12_trial', { is_production: false, status: 'deprecated', notes: 'kept' });
// The table as a previous sync left it: one field stale, one model missing.
const STALE = [
  ...rowsOf(M0)
    .filter((r) => r.model_id !== CANDIDATE)
    .map((r) => (r.model_id === PROD ? { ...r, training_end_date: '2026-01-31' } : r)),
  EXTRA,
  FOREIGN,
];

/** The table after syncing each manifest in turn (the rows each manifest names, in full; nothing else touched). */
const serial = (seed: RegistryRow[], ...manifests: Manifest[]): RegistryRow[] => {
  const t = new Map(seed.map((r) => [r.model_id, r]));
  for (const m of manifests) for (const r of rowsOf(m)) t.set(r.model_id, r);
  return [...t.values()].sort((a, b) => byId(a.model_id, b.model_id));
};
/** How `rows` differ from `want`, per model id and column; empty when equal. */
const rowDiff = (rows: Record<string, unknown>[], want: RegistryRow[]): string[] => {
  const out: string[] = [];
  const ids = rows.map((r) => String(r.model_id));
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) out.push(`${id}: ${ids.filter((x) => x === id).length} rows`);
  for (const w of want) {
    const r = rows.find((x) => x.model_id === w.model_id);
    if (!r) out.push(`${w.model_id}: row missing`);
    else
      for (const [c] of COLUMNS)
        if (!Object.is(r[c], w[c])) out.push(`${w.model_id}.${c}: ${JSON.stringify(r[c])}, want ${JSON.stringify(w[c])}`);
  }
  for (const id of new Set(ids)) if (!want.some((w) => w.model_id === id)) out.push(`${id}: row not expected`);
  return out;
};

let n = 0;
const writeManifest = (m: Manifest): string => {
  const p = join(dir, `manifest-${++n}.json`);
  writeFileSync(p, JSON.stringify(m, null, 2));
  return p;
};

const env = (bq: BigQueryStandIn): Record<string, string> => ({
  BIGQUERY_EMULATOR_HOST: `${bq.url}/bigquery/v2`,
  GOOGLE_OAUTH_ACCESS_TOKEN: 'stand-in-token',
  GOOGLE_CLOUD_PROJECT: PROJECT,
  METADATA_SERVER_DETECTION: 'none',
  MODEL_GOVERNANCE_RETRY_SCALE: '0.01',
  HOME: dir,
});

/** A fresh table seeded with `seed` (null: no table at all); returns its id and project.dataset.table. */
const newTable = async (bq: BigQueryStandIn, seed: RegistryRow[] | null) => {
  const id = `registry_${++n}`;
  if (seed) {
    await bq.createTable(PROJECT, DATASET, id, FIELDS);
    if (seed.length) await bq.insertRows(PROJECT, DATASET, id, seed as unknown as Record<string, unknown>[]);
  }
  return { id, full: `${PROJECT}.${DATASET}.${id}` };
};
const tableRows = async (bq: BigQueryStandIn, id: string): Promise<Record<string, unknown>[]> =>
  bq.engine.tables.has(`${PROJECT}.${DATASET}.${id}`) ? bq.table(PROJECT, DATASET, id, { orderBy: 'model_id' }) : [];

const syncArgs = (manifest: string, full: string, extra: string[] = []) => [
  'sync',
  '--manifest',
  manifest,
  '--registry',
  `bigquery:${full}`,
  ...extra,
];

interface SyncRace {
  bq: BigQueryStandIn;
  seed: RegistryRow[] | null;
  a: Manifest;
  b: Manifest;
  schedule: string;
  args?: string[];
}
/** Two syncs of one table, released query by query in the schedule's order. */
const syncRace = async (r: SyncRace) => {
  const { id, full } = await newTable(r.bq, r.seed);
  const stops = new QueryStops(r.bq, full);
  const exits: Record<string, Exit> = {};
  const actor = (name: string, m: Manifest): Actor => {
    const path = writeManifest(m);
    return {
      name,
      start: () =>
        spawnNode(cli, syncArgs(path, full, r.args), env(r.bq)).exit.then((e) => {
          exits[name] = e;
        }),
      next: () => stops.next(),
      cancel: () => stops.cancel(),
    };
  };
  const trace = await interleave([actor('A', r.a), actor('B', r.b)], r.schedule, { sequential: true });
  const merges = r.bq.queries.filter((q) => /^(?:BEGIN TRANSACTION;\s*)?MERGE/.test(q.sql) && q.sql.includes(`\`${full}\``));
  return {
    trace,
    exits: exits as { A: Exit; B: Exit },
    rows: await tableRows(r.bq, id),
    merges: merges.length,
    conflicts: merges.filter((q) => /due to concurrent update/.test(q.error ?? '')).length,
    // The sync's own guard: its transaction found the history grown since its read, so it read again and re-planned.
    replans: merges.filter((q) => /history moved since the read/.test(q.error ?? '')).length,
  };
};

describe('races: two syncs against one BigQuery table', () => {
  // Serial: the stand-in runs DML one statement at a time, as BigQuery's own conflict retries make it look.
  // Conflicts: first committer wins and the second MERGE fails with BigQuery's "Could not serialize access to table
  // … due to concurrent update" (400 invalidQuery), so the product's retry has to take it.
  let serialBq: BigQueryStandIn;
  let conflictBq: BigQueryStandIn;
  beforeAll(async () => {
    [serialBq, conflictBq] = await Promise.all([startBigQueryStandIn(), startBigQueryStandIn({ dmlConflicts: true })]);
    for (const bq of [serialBq, conflictBq]) bq.createDataset(PROJECT, DATASET);
  });
  afterAll(async () => {
    for (const bq of [serialBq, conflictBq]) {
      bq.assertNoViolations();
      await bq.close();
    }
  });
  const modes = () =>
    [
      ['serial', serialBq],
      ['conflicts', conflictBq],
    ] as const;
  // Each sync makes three stops (read, MERGE, read-back): every order of the two is one of 20 schedules. The fast
  // run takes these: lockstep; both read, then B's MERGE first; A's MERGE sent (uncommitted) before B reads; serial.
  const ALL = interleavings(3, 3);
  const pick = (fast: string[]) => (FULL ? ALL : fast);

  /** The same manifest twice: the table must end as the manifest says, both runs must succeed. */
  const same = async (target: string, seed: RegistryRow[] | null, schedules: string[], args: string[] = []) => {
    const want = serial(seed ?? [], M0);
    const cases = modes().flatMap(([mode, bq]) => schedules.map((schedule) => ({ mode, bq, schedule })));
    const failures = await pool(cases, 4, async ({ mode, bq, schedule }) => {
      const r = await syncRace({ bq, seed, a: M0, b: M0, schedule, args });
      const lost = rowDiff(r.rows, want);
      const problems = [...cliProblems(r.exits.A, [0]), ...cliProblems(r.exits.B, [0])];
      // A sync that reads after the other committed has nothing to do; each conflict costs one MERGE more.
      if (r.merges - r.conflicts - r.replans > 2) problems.push(`${r.merges} MERGEs for ${r.conflicts + r.replans} conflicts`);
      if (mode === 'serial' && r.conflicts) problems.push('a conflict without dmlConflicts');
      // In lockstep both MERGEs are sent before either commits: the second must meet the conflict (and retry).
      if (mode === 'conflicts' && schedule === 'ABABAB' && r.merges > 1 && !r.conflicts && !r.replans)
        problems.push('lockstep MERGEs did not conflict');
      tally(target, {
        ok: true,
        lost,
        problems,
        outcome: `${mode}: ${r.conflicts ? 'conflict retried' : r.replans ? 're-planned' : r.merges === 1 ? 'one MERGE' : 'two MERGEs'}`,
      });
      return lost.length || problems.length ? `${mode} ${schedule} [${r.trace.join(' ')}]: ${[...lost, ...problems].join('; ')}` : '';
    });
    expect(failures.filter(Boolean)).toEqual([]);
  };

  it(
    'both start from an empty table (both plan every insert): no duplicate row, the table equals the manifest',
    async () => {
      const seed = [FOREIGN];
      await same('race: two syncs, empty table', seed, pick(['ABABAB', 'ABBABA', 'AABABB', 'AAABBB']));
    },
    limit(60_000),
  );

  it(
    'both repair the same stale table: the table equals the manifest, the extra row and the other family are kept',
    async () => {
      await same('race: two syncs, stale table', STALE, pick(['ABABAB', 'AABABB']));
    },
    limit(60_000),
  );

  it(
    'no table yet, both with --create-table: one table, no duplicate row',
    async () => {
      // A's read fails (no table) before it can be held: A stops at its MERGE and read-back, B (started once A holds
      // its MERGE) also at its read. Fast run: B reads the empty table A just created, then the MERGEs race.
      const schedules = FULL ? interleavings(2, 3) : ['BABAB', 'BBABA'];
      await same('race: two syncs, no table', null, schedules, ['--create-table']);
    },
    limit(60_000),
  );

  it(
    'two manifest versions: the table ends equal to the one synced last, never a mix; no row lost',
    async () => {
      const target = 'race: two syncs of different manifests';
      const first = serial(STALE, V1, V2);
      const second = serial(STALE, V2, V1);
      const fast = ['ABABAB', 'ABBABA', 'BAABAB', 'AABABB', 'AAABBB', 'BBBAAA'];
      const cases = modes().flatMap(([mode, bq]) => pick(fast).map((schedule) => ({ mode, bq, schedule })));
      const failures = await pool(cases, 4, async ({ mode, bq, schedule }) => {
        const r = await syncRace({ bq, seed: STALE, a: V1, b: V2, schedule });
        const problems: string[] = [];
        const lost: string[] = [];
        const last = rowDiff(r.rows, first).length === 0 ? 'B' : rowDiff(r.rows, second).length === 0 ? 'A' : undefined;
        if (!last) lost.push(`neither manifest wins: ${rowDiff(r.rows, first).join(', ')}`);
        for (const who of ['A', 'B'] as const) {
          const e = r.exits[who];
          // The run whose manifest the table holds succeeded; the other may have seen its read-back overwritten.
          const allowed = who === last ? [0] : [0, 3];
          problems.push(...cliProblems(e, allowed).map((p) => `${who}: ${p}`));
          if (e.code === 3 && !/read-back differs from the manifest/.test(e.err)) problems.push(`${who}: exit 3: ${e.err.trim()}`);
        }
        tally(target, {
          ok: true,
          lost,
          problems,
          outcome: `${mode}: ${last ?? '?'} last${r.exits.A.code || r.exits.B.code ? ', other told read-back differs' : ''}${r.conflicts ? ', conflict retried' : ''}${r.replans ? ', re-planned' : ''}`,
        });
        return lost.length || problems.length ? `${mode} ${schedule} [${r.trace.join(' ')}]: ${[...lost, ...problems].join('; ')}` : '';
      });
      expect(failures.filter(Boolean)).toEqual([]);
    },
    limit(90_000),
  );
});

describe('races: a sync killed with SIGKILL', () => {
  // The kill lands at each query the sync makes (held in the stand-in), then across its whole run by time. A query
  // BigQuery was sent still runs when its client dies: the table must then hold the new rows exactly.
  let bq: BigQueryStandIn;
  let manifest: string;
  const OLD = STALE;
  const NEW = serial(STALE, V2);
  beforeAll(async () => {
    bq = await startBigQueryStandIn();
    bq.createDataset(PROJECT, DATASET);
    manifest = writeManifest(V2);
  });
  afterAll(async () => {
    bq.assertNoViolations();
    await bq.close();
  });
  const target = 'race: sync killed (SIGKILL)';
  const state = (rows: Record<string, unknown>[]) =>
    rowDiff(rows, OLD).length === 0 ? 'old' : rowDiff(rows, NEW).length === 0 ? 'new' : undefined;
  /** A run after the kill: it must bring the table to the manifest, whatever the kill left. */
  const recover = async (full: string, id: string): Promise<string[]> => {
    const e = await spawnNode(cli, syncArgs(manifest, full), env(bq)).exit;
    return [...cliProblems(e, [0]).map((p) => `re-run: ${p}`), ...rowDiff(await tableRows(bq, id), NEW).map((d) => `after re-run: ${d}`)];
  };

  it.each<[number, string, 'old' | 'new', string]>([
    [0, 'SELECT', 'old', 'its read (before any MERGE is sent)'],
    [1, 'MERGE', 'new', 'its MERGE (sent, running)'],
    [2, 'SELECT', 'new', 'its read-back (after the MERGE committed)'],
  ])('killed at stop %i (%s, %s expected): %s', async (k, label, want) => {
    const { id, full } = await newTable(bq, OLD);
    const stops = new QueryStops(bq, full);
    const p = spawnNode(cli, syncArgs(manifest, full), env(bq));
    let stop: (Stop & { jobId: string }) | undefined;
    for (let i = 0; i <= k; i++) {
      const got = await Promise.race([stops.next(), p.exit.then(() => undefined)]);
      if (!got) throw new Error(`the sync exited before stop ${k}: ${(await p.exit).err}`);
      if (i < k) got.release();
      else stop = got;
    }
    const held = stop as Stop & { jobId: string };
    expect(held.label).toBe(label);
    p.child.kill('SIGKILL');
    const e = await p.exit;
    held.release();
    await bq.job(held.jobId).done;
    const rows = await tableRows(bq, id);
    const got = state(rows);
    stops.passThrough();
    const lost = got ? [] : [`stop ${k}: a mix of old and new: ${rowDiff(rows, NEW).join(', ')}`];
    const problems = [
      ...(e.signal === 'SIGKILL' ? [] : [`not killed: exit ${e.code}`]),
      ...(got && got !== want ? [`stop ${k} (${label}): the table is ${got}, expected ${want}`] : []),
      ...(await recover(full, id)),
    ];
    tally(target, { ok: true, lost, problems, outcome: `at ${label}: ${got ?? 'mix'}` });
    expect([...lost, ...problems]).toEqual([]);
  });

  it(
    'killed at evenly spread times across its run: the old table or the new one, never a mix',
    async () => {
      // Calibrate on one unhindered run: when, after the spawn, its MERGE committed. Then kill from 0.3 to 1.5 times
      // that, one run at a time, so the kills straddle the MERGE (the outcome of each depends on the machine's speed;
      // what must hold is that there are only two).
      const calib = await newTable(bq, OLD);
      const t0 = Date.now();
      expect((await spawnNode(cli, syncArgs(manifest, calib.full), env(bq)).exit).code).toBe(0);
      const merge = bq.queries.find((q) => /^(?:BEGIN TRANSACTION;\s*)?MERGE/.test(q.sql) && q.sql.includes(`\`${calib.full}\``));
      const committed = (bq.job(merge?.jobId ?? '').endTime ?? Date.now()) - t0;
      const points = FULL ? 48 : 8;
      const failures = await pool(
        Array.from({ length: points }, (_, i) => committed * (0.3 + (1.2 * i) / (points - 1))),
        1,
        async (ms) => {
          const { id, full } = await newTable(bq, OLD);
          const p = spawnNode(cli, syncArgs(manifest, full), env(bq));
          await new Promise((r) => setTimeout(r, ms));
          const killed = p.child.kill('SIGKILL');
          const e = await p.exit;
          // Whatever it had sent runs to the end; give a request still in the stand-in's hands a moment to start.
          await new Promise((r) => setTimeout(r, 50));
          await Promise.all(bq.queries.filter((q) => q.sql.includes(`\`${full}\``)).map((q) => bq.job(q.jobId).done));
          const rows = await tableRows(bq, id);
          const got = state(rows);
          const lost = got ? [] : [`killed at ${ms.toFixed(0)} ms: a mix of old and new: ${rowDiff(rows, NEW).join(', ')}`];
          const problems = e.signal === 'SIGKILL' || e.code === 0 ? [] : [`exit ${e.code}: ${e.err}`];
          tally(target, {
            ok: true,
            lost,
            problems,
            outcome: `by time: ${e.signal === 'SIGKILL' && killed ? got : 'finished first'}`,
          });
          return [...lost, ...problems].join('; ');
        },
      );
      expect(failures.filter(Boolean)).toEqual([]);
    },
    limit(60_000),
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Two CLAUDE.md PR runs at once, through the action bundle against the fake GitHub.

const TOKEN_B = 'ghs_fakeWriteTokenB00000000000000000000';
const PR_TITLE = 'Refresh the MODEL block in CLAUDE.md';

/** Two claude-md runs with report=pr at once, each request released in the schedule's order (null: free-running). */
const prRace = async (schedule: string | null, before: 'fresh' | 'stale PR') => {
  const ws = workspace();
  const manifest = readFileSync(ws.manifest, 'utf8');
  const claude = readFileSync(ws.claudeMd, 'utf8');
  const gh: FakeGitHub = await fakeRepo(
    'octo-org',
    'octo-repo',
    { 'manifest.json': manifest, 'model-governance.yml': readFileSync(join(ws.dir, 'model-governance.yml'), 'utf8'), 'CLAUDE.md': claude },
    { tokens: { ...DEFAULT_TOKENS, [TOKEN_B]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'write' } } },
  );
  try {
    if (before === 'stale PR') {
      // An earlier run's PR, from before the manifest last changed: its branch holds an outdated block.
      gh.state.createBranch(PR_BRANCH);
      gh.state.commit(PR_BRANCH, { 'CLAUDE.md': claude.replace(DEFAULT_MARKERS.end, `| outdated | row |\n${DEFAULT_MARKERS.end}`) });
      const octokit = getOctokit(WRITE_TOKEN, { baseUrl: gh.url });
      await octokit.rest.pulls.create({
        owner: 'octo-org',
        repo: 'octo-repo',
        head: PR_BRANCH,
        base: 'main',
        title: PR_TITLE,
        body: PR_MARKER,
      });
    }
    const main = gh.state.headSha();
    // Every value the branch takes: it may never be main itself (GitHub closes a PR whose head lands on its base).
    const branchValues: string[] = [];
    const refs = gh.state.refs;
    const set = refs.set.bind(refs);
    refs.set = (k, v) => {
      if (k === `heads/${PR_BRANCH}`) branchValues.push(v);
      return set(k, v);
    };
    const runs: Record<string, ActionRun> = {};
    const actor = (name: string, token: string): Actor => {
      const gate = schedule === null ? undefined : gh.hold({ token, times: Number.POSITIVE_INFINITY });
      return {
        name,
        start: () =>
          runAction(action, {
            cwd: ws.dir,
            gh,
            repository: 'octo-org/octo-repo',
            eventName: 'workflow_dispatch',
            event: example('workflow_dispatch'),
            sha: main,
            inputs: { mode: 'claude-md', config: 'model-governance.yml', report: 'pr,summary', 'github-token': token },
          }).then((r) => {
            runs[name] = r;
          }),
        next: async () => {
          if (!gate) return new Promise<never>(() => undefined);
          const h = await gate.next();
          return { label: h.operationId ?? `${h.method} ${h.path}`, release: h.release };
        },
      };
    };
    const trace = await interleave([actor('A', WRITE_TOKEN), actor('B', TOKEN_B)], schedule ?? '', { timeoutMs: 30_000 });

    const problems: string[] = [];
    const lost: string[] = [];
    for (const [who, r] of Object.entries(runs)) {
      if (r.code !== 0) problems.push(`${who}: exit ${r.code}: ${/^::error.*$/m.exec(r.stdout)?.[0] ?? r.stderr.trim()}`);
      else if (r.stderr) problems.push(`${who}: stderr: ${r.stderr.trim()}`);
    }
    const open = gh.state.pulls.filter((p) => p.state === 'open' && p.pull?.head === PR_BRANCH);
    if (gh.state.pulls.length !== 1 || open.length !== 1)
      problems.push(`${gh.state.pulls.length} PRs, ${open.length} open from ${PR_BRANCH}`);
    const pr = open[0];
    if (pr && (pr.title !== PR_TITLE || !pr.body?.startsWith(PR_MARKER))) problems.push(`PR #${pr.number} has the wrong title or body`);
    for (const [who, r] of Object.entries(runs))
      if (pr && r.code === 0 && r.outputs['pull-request-url'] !== `https://github.com/octo-org/octo-repo/pull/${pr.number}`)
        problems.push(`${who}: pull-request-url ${r.outputs['pull-request-url']}`);
    if (branchValues.includes(main)) problems.push(`${PR_BRANCH} pointed at main itself`);
    const head = gh.state.refs.get(`heads/${PR_BRANCH}`);
    const parents = head ? gh.state.commits.get(head)?.parents : undefined;
    if (!head || parents?.length !== 1 || parents[0] !== main) {
      let depth = 0;
      for (let c = head; c && c !== main; c = gh.state.commits.get(c)?.parents[0]) depth++;
      problems.push(`${PR_BRANCH} is ${depth} commit(s) on main, not one`);
    }
    if (head) {
      const onBranch = gh.state.files(PR_BRANCH);
      if (!gh.state.fileBytes('CLAUDE.md', PR_BRANCH)?.equals(refreshed(Buffer.from(claude), manifest)))
        lost.push('CLAUDE.md on the branch is not the refreshed block');
      for (const [path, text] of Object.entries(gh.state.files(main)))
        if (path !== 'CLAUDE.md' && onBranch[path] !== text) lost.push(`${path} differs on the branch`);
    }
    problems.push(...gh.takeViolations());
    const outcome = Object.values(runs)
      .map((r) => /: (opened|updated|already proposed in) PR/.exec(r.stdout)?.[1] ?? 'failed')
      .sort()
      .join(' + ');
    return { trace, lost, problems, outcome, runs };
  } finally {
    await gh.close();
  }
};

describe('races: two CLAUDE.md PR runs at once', () => {
  // A run makes about eleven requests (repos/get, get-ref main, get-content, pulls/list, get-ref branch, [get-content on
  // the branch,] get-commit, create-blob, create-tree, create-commit, create-ref or update-ref, pulls/create or update);
  // 'A'.repeat(k) + 'B…' lets A make k of them, then B its whole run, then A the rest.
  const first = (k: number) => `${'A'.repeat(k)}${'B'.repeat(40)}`;
  const LOCKSTEP = 'AB'.repeat(20);
  // The runs mostly wait (Octokit spaces writes a second apart), so several races share the CPU well.
  const race = async (before: 'fresh' | 'stale PR', cases: [string, string | null][]) => {
    const target = `race: two claude-md PR runs, ${before === 'fresh' ? 'no PR yet' : 'an outdated PR open'}`;
    const failures = await pool(cases, 6, async ([name, schedule]) => {
      const r = await prRace(schedule, before);
      tally(target, { ok: true, lost: r.lost, problems: r.problems, outcome: r.outcome });
      return r.lost.length || r.problems.length ? `${name} [${r.trace.join(' ')}]: ${[...r.lost, ...r.problems].join('; ')}` : '';
    });
    expect(failures.filter(Boolean)).toEqual([]);
  };
  const prefixes = (ks: number[]) => ks.map((k): [string, string] => [`A makes ${k} requests, then B all`, first(k)]);

  it(
    'no branch and no PR yet: one PR, one commit on the default branch, the refreshed block; both runs succeed',
    async () => {
      // Free-running; lockstep (both read "no PR" and "no branch" and both build a commit; the second createRef meets
      // 422 and moves the branch to its own commit); A has read "no PR" / read "no branch" / built its commit / created
      // the branch when B runs whole.
      await race('fresh', [
        ['free-running', null],
        ['lockstep', LOCKSTEP],
        ...prefixes(FULL ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [4, 5, 9, 10]),
      ]);
    },
    limit(120_000),
  );

  it(
    'an outdated PR is open: both rebuild the branch; still one PR and one commit',
    async () => {
      // A has found the branch outdated / built its commit when B runs whole; either way the last ref write wins and the
      // branch never passes through main, so the open PR stays open.
      await race('stale PR', [
        ['free-running', null],
        ['lockstep', LOCKSTEP],
        ...prefixes(FULL ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [6, 10]),
      ]);
    },
    limit(120_000),
  );
});
