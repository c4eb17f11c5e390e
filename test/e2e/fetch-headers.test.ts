// The bundle's Google HTTP libraries build their headers with node-fetch's Headers (scripts/build.mjs,
// fetchGlobalsOfNodeFetch), not Node's undici ones: a drift through the bundle must send exactly the requests, with
// exactly the headers, that the same drift sends through the libraries as published (src, in-process), and never load
// Node's undici. The token carries a stray newline and space, which undici's Headers trims and node-fetch's would not.
import { execFile } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BUCKET, claudeMdFile, ENV, manifestJson, objectOf, PROJECT, revision, SERVICE, service, sha256 } from '../helpers/gcp.js';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';
import { type CloudRunStandin, startCloudRun } from '../standins/cloud-run/index.js';
import { type GcsStandin, startGcs } from '../standins/gcs/index.js';
import { bundle } from './bundle.js';

interface Sent {
  method: string;
  path: string;
  headers: Record<string, unknown>;
}

const MANIFEST = `gs://${BUCKET}/scorer/manifest.json`;
const REGISTRY = `bigquery:${PROJECT}.governance.model_registry`;
const TOKEN = 'stand-in-token\n ';

let entry: string;
let gcs: GcsStandin;
let bq: BigQueryStandIn;
let run: CloudRunStandin;
let env: Record<string, string>;
let claudeMd: string;

beforeAll(async () => {
  [entry, gcs, bq, run] = await Promise.all([bundle(), startGcs(), startBigQueryStandIn(), startCloudRun()]);
  const models = [1, 2].map((month) => ({
    id: `m${month}`,
    month,
    status: month === 1 ? ('production' as const) : ('candidate' as const),
    sha256: sha256(`model ${month}`),
  }));
  for (const m of models) gcs.put(BUCKET, objectOf(m).object, `model ${m.month}`, { metadata: { sha256: m.sha256 } });
  gcs.put(BUCKET, 'scorer/manifest.json', manifestJson(models));
  bq.createDataset(PROJECT, 'governance');
  run.setRevision(revision('scorer-00001-a', [{ name: 'scorer', env: [{ name: ENV, value: objectOf({ month: 1 }).gcsPath }] }]));
  run.setService(
    service({ trafficStatuses: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'scorer-00001-a', percent: 100 }] }),
  );
  env = {
    STORAGE_EMULATOR_HOST: gcs.url,
    BIGQUERY_EMULATOR_HOST: `${bq.url}/bigquery/v2`,
    CLOUD_RUN_EMULATOR_HOST: run.address,
    GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN,
  };
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  claudeMd = claudeMdFile();
  expect((await runCli(['sync', '--manifest', MANIFEST, '--registry', REGISTRY, '--create-table'])).code).toBe(0);
  expect((await runCli(['claude-md', '--manifest', MANIFEST, '--claude-md', claudeMd, '--write'])).code).toBe(0);
  vi.unstubAllEnvs();
}, 300_000);
afterAll(() => Promise.all([gcs.close(), bq.close(), run.close()]));
afterEach(() => vi.unstubAllEnvs());

const driftArgs = () => [
  'drift',
  '--manifest',
  MANIFEST,
  '--registry',
  REGISTRY,
  '--claude-md',
  claudeMd,
  '--deployment',
  `run:${SERVICE}`,
  '--model-env',
  ENV,
  '--json',
];

/** Per-run values (invocation ids, idempotency tokens, the stand-ins' ports) masked; requests in a stable order. */
const comparable = (sent: Sent[]) =>
  sent
    .map(({ method, path, headers }) => ({
      method,
      path,
      headers: JSON.parse(
        JSON.stringify(headers)
          .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID')
          .replace(/127\.0\.0\.1:\d+/g, 'HOST'),
      ),
    }))
    .sort((a, b) => `${a.method} ${a.path}`.localeCompare(`${b.method} ${b.path}`));

describe('the bundle sends the headers the published libraries send', () => {
  it('drift over Cloud Storage, BigQuery and Cloud Run: same requests, same headers, and undici never loaded', async () => {
    // Through src: the libraries from node_modules, with Node's global Headers.
    const viaSrc: Sent[] = [];
    const record = (message: unknown) => {
      const r = (message as { request: ClientRequest }).request;
      viaSrc.push({ method: r.method, path: r.path, headers: r.getHeaders() });
    };
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    subscribe('http.client.request.start', record);
    let code: number;
    try {
      code = (await runCli(driftArgs())).code;
    } finally {
      unsubscribe('http.client.request.start', record);
    }
    expect(code).toBe(0);

    // Through the bundle, in its own process.
    const dir = mkdtempSync(join(tmpdir(), 'mg-headers-'));
    const out = join(dir, 'sent.json');
    const recorder = join(dir, 'record.cjs');
    writeFileSync(
      recorder,
      `const sent = [];
require('node:diagnostics_channel').subscribe('http.client.request.start', ({ request: r }) => sent.push({ method: r.method, path: r.path, headers: r.getHeaders() }));
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({ sent, undici: process.moduleLoadList.filter((m) => m.includes('undici')) })));
`,
    );
    // Asynchronously: the stand-ins answer from this process's event loop.
    const r = await promisify(execFile)(process.execPath, ['--require', recorder, join(entry, '..', 'cli', 'index.js'), ...driftArgs()], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });
    expect(JSON.parse(r.stdout).summary).toMatch(/^No drift/);
    const viaBundle = JSON.parse(readFileSync(out, 'utf8')) as { sent: Sent[]; undici: string[] };

    expect(viaSrc.length).toBe(8);
    expect(comparable(viaBundle.sent)).toEqual(comparable(viaSrc));
    // The token's stray whitespace trimmed on both sides, as the Fetch standard's Headers does.
    const auth = viaBundle.sent.map((s) => s.headers.authorization).filter(Boolean);
    expect(auth.length).toBeGreaterThan(0);
    for (const a of auth) expect(a).toBe('Bearer stand-in-token');
    expect(viaBundle.undici).toEqual([]);
  });
});
