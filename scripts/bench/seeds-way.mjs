// Section 3: the seeds' own way, side by side with this tool, against the same stand-ins as section 2.
// Seeds' sync  = gsutil cat manifest → python3 seeds/build_merge.py (values pasted into the SQL text) → bq query.
// Seeds' check = gsutil cat manifest + bq query SELECT → python3 seeds/check_registry.py.
// Ours         = the CLI bundle: `sync` and `drift` (same manifest, same scope, registry in the same dataset).
// Each way writes its own table (model_registry_seeds / model_registry) from the same manifest; after every
// round both are read back and must hold the same rows, or the bench fails: a comparison of different
// results is worthless. `gcloud run services describe` could not be pointed at the Cloud Run stand-in (see NOT_POINTED).
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { startStandins } from './gcp.mjs';
import { median, NODE, ratio, runOnce } from './lib.mjs';

const SEEDS = join(import.meta.dirname, 'seeds');
const TOKEN = 'stand-in-token';
const TIMEOUT_MS = 120_000;

const onPath = (bin) => (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, bin)));

const NOT_POINTED = [
  {
    command: 'gcloud run services describe',
    why:
      'gcloud talks to Cloud Run through the Knative-style REST API v1 (GET /apis/serving.knative.dev/v1/namespaces/PROJECT/services/NAME, ' +
      'JSON over HTTP/1.1, on a region-prefixed host: CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN=http://127.0.0.1:PORT/ becomes ' +
      'http://europe-west1-127.0.0.1:PORT/…, which does not even resolve); the Cloud Run stand-in speaks only the Admin API v2 ' +
      '(REST: GET /v2/projects/…/services/NAME, as the @google-cloud/run clients call it). So the deployment half of the seeds’ check-deployment-drift.sh ' +
      'is not measured, and our drift runs without --deployment here (section 2 times it with the deployment).',
  },
];

/** A JSON call straight to the BigQuery stand-in (setup and read-back only; never inside a timed or counted window). */
const bqRest = (base) => async (method, path, body) => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`bench: stand-in ${method} ${path} → ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
};

const check = (r, what) => {
  if (r.code !== 0)
    throw new Error(`bench: ${what} exited ${r.code ?? r.signal}\n${(r.stderr || '').slice(0, 2000)}\n${(r.stdout || '').slice(0, 500)}`);
  return r;
};

export const seedsWay = async ({ bundle, work, runs, latencyMs = 50 }) => {
  const missing = ['gcloud', 'gsutil', 'bq', 'python3'].filter((b) => !onPath(b));
  if (missing.length) return { skipped: `${missing.join(', ')} not on PATH: the seeds' way needs the Google Cloud CLI and python3` };

  const dir = join(work, 'seeds-way');
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const tokenFile = join(dir, 'token');
  writeFileSync(tokenFile, TOKEN);
  // bq asks to create ~/.bigqueryrc on first use; an empty one keeps it quiet (HOME is throwaway).
  writeFileSync(join(home, '.bigqueryrc'), '');
  // The seeds ran `python3` from PATH; resolve it once, so a pyenv shim's bash start-up is not timed.
  const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  const pythonVersion = execFileSync(python, ['--version'], { encoding: 'utf8' }).trim();
  const [sdkRoot, sdkVersion] = execFileSync('gcloud', ['info', '--format=value(installation.sdk_root,basic.version)'], {
    encoding: 'utf8',
    env: { ...process.env, CLOUDSDK_CONFIG: join(home, 'gcloud'), CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true' },
  })
    .trim()
    .split('\t');
  // Against bigquery.googleapis.com, bq loads this bundled discovery document; with a custom --api it would
  // GET <api>/$discovery/rest on every run instead, a request it never sends to Google. So hand it the file.
  const discovery = join(sdkRoot, 'platform', 'bq', 'discovery_next', 'bigquery.json');

  const s = await startStandins();
  let proxy;
  try {
    const cli = join(bundle, 'cli', 'index.js');
    const sc = await s.call('roundTrips');
    const gcsUrl = s.env.STORAGE_EMULATOR_HOST;
    const bqBase = s.env.BIGQUERY_EMULATOR_HOST; // …/bigquery/v2
    const bqRoot = bqBase.replace(/\/bigquery\/v2$/, '');
    const rest = bqRest(bqBase);
    const bqFlags = [`--api=${bqRoot}`, ...(existsSync(discovery) ? [`--discovery_file=${discovery}`] : [])];
    const ours = { table: `${sc.project}.governance.model_registry` };
    const seeds = { table: `${sc.project}.governance.model_registry_seeds` };

    // The Google Cloud CLI, as a logged-in developer runs it, but with a throwaway config, an access token from a
    // file (no credential store) and a dead proxy for anything that is not loopback, so nothing leaves the machine.
    const cloudEnv = {
      PATH: process.env.PATH,
      HOME: home,
      LANG: 'C.UTF-8',
      CLOUDSDK_CONFIG: join(home, 'gcloud'),
      CLOUDSDK_CORE_PROJECT: sc.project,
      CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
      CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
      CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: 'true',
      CLOUDSDK_CORE_CHECK_GCE_METADATA: 'false',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      NO_PROXY: '127.0.0.1,localhost',
    };
    const how = {
      env: Object.keys(cloudEnv).filter((k) => !['PATH', 'HOME', 'LANG'].includes(k)),
      bq: `bq --api=http://127.0.0.1:PORT${existsSync(discovery) ? ` --discovery_file=${discovery}` : ''}`,
      bqNote:
        'token from CLOUDSDK_AUTH_ACCESS_TOKEN_FILE through the gcloud wrapper, project from CLOUDSDK_CORE_PROJECT; --discovery_file is the ' +
        'document bq loads by itself for bigquery.googleapis.com (with a custom --api it would otherwise GET <api>/$discovery/rest on every run)',
      python: `${pythonVersion} (${python})`,
      sdk: `Google Cloud SDK ${sdkVersion} (${sdkRoot})`,
    };

    // gsutil: boto config [Credentials] gs_json_host/gs_json_port → a TLS-terminating pipe to the GCS stand-in.
    let catManifest;
    const gsutilSetup = () => {
      if (!onPath('openssl')) throw new Error('openssl not on PATH (needed for the TLS pipe in front of the GCS stand-in)');
      const cert = join(dir, 'cert.pem');
      const key = join(dir, 'key.pem');
      execFileSync(
        'openssl',
        [
          ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2'],
          ...['-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
        ],
        { stdio: 'ignore' },
      );
      return { cert, key };
    };
    try {
      const { cert, key } = gsutilSetup();
      proxy = fork(join(SEEDS, 'tls-proxy.mjs'), [cert, key, new URL(gcsUrl).port], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      const { port } = await new Promise((ok, ko) => {
        proxy.once('message', ok);
        proxy.once('exit', (c) => ko(new Error(`tls pipe exited ${c}`)));
      });
      const boto = join(dir, 'boto');
      writeFileSync(
        boto,
        `[Credentials]\ngs_json_host = 127.0.0.1\ngs_json_port = ${port}\n[Boto]\nca_certificates_file = ${cert}\n[GSUtil]\ndefault_project_id = ${sc.project}\n`,
      );
      cloudEnv.BOTO_CONFIG = boto;
      const r = runOnce('gsutil', ['cat', sc.manifest], { env: cloudEnv, timeout: 60_000 });
      check(r, 'gsutil cat (setup)');
      JSON.parse(r.stdout);
      catManifest = { key: 'gsutil cat', args: ['gsutil', ['cat', sc.manifest]] };
      how.gsutil =
        'gsutil cat gs://… with BOTO_CONFIG: [Credentials] gs_json_host=127.0.0.1, gs_json_port=<TLS pipe>, [Boto] ca_certificates_file=<self-signed cert>; ' +
        'the pipe (scripts/bench/seeds/tls-proxy.mjs, its own process) decrypts and forwards the bytes to the GCS stand-in, because gsutil’s JSON API is https-only';
    } catch (e) {
      // The brief's fallback: gcloud storage cat, which honours CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE over plain HTTP.
      catManifest = { key: 'gcloud storage cat', args: ['gcloud', ['storage', 'cat', sc.manifest]] };
      how.gsutil = `gsutil could not be pointed at the GCS stand-in (${String(e.message).split('\n')[0]}); the manifest is read with gcloud storage cat instead`;
    }
    cloudEnv.CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE = `${gcsUrl}/`;
    how.gcloudStorage =
      'gcloud storage cat gs://… with CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE=http://127.0.0.1:PORT/ (GCS stand-in, plain HTTP)';

    const cloud = { env: cloudEnv, cwd: dir, timeout: TIMEOUT_MS };
    const oursOpts = { env: s.env, cwd: dir, timeout: TIMEOUT_MS };
    const registryArg = (t) => `bigquery:${t.table}`;

    // One command run with its request lines from the stand-ins' logs.
    const counted = async (fn) => {
      const from = await s.call('counts');
      const r = fn();
      return { r, requests: await s.call('since', from) };
    };
    const merge = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, [...a[k], ...b[k]]]));

    // The seeds' sync: three commands in sequence, as model-registry.sh runs them. Timed per command.
    const seedsSync = async () => {
      const cat = await counted(() => check(runOnce(...catManifest.args, cloud), catManifest.key));
      const env = { ...cloudEnv, MANIFEST: cat.r.stdout, REGISTRY_TABLE: seeds.table };
      const build = check(runOnce(python, [join(SEEDS, 'build_merge.py')], { ...cloud, env }), 'build_merge.py');
      const sql = build.stdout.trim();
      const q = await counted(() => check(runOnce('bq', [...bqFlags, 'query', '--use_legacy_sql=false', sql], cloud), 'bq query MERGE'));
      return {
        parts: { [catManifest.key]: cat.r.ms, 'python3 build_merge.py': build.ms, 'bq query (MERGE)': q.r.ms },
        ms: cat.r.ms + build.ms + q.r.ms,
        requests: merge(cat.requests, q.requests),
        sqlBytes: Buffer.byteLength(sql),
        out: q.r.stdout.trim().split('\n').slice(-1)[0],
      };
    };
    const seedsCheck = async () => {
      const cat = await counted(() => check(runOnce(...catManifest.args, cloud), catManifest.key));
      const sql = `SELECT * FROM \`${seeds.table}\` ORDER BY model_id`;
      const q = await counted(() =>
        check(runOnce('bq', [...bqFlags, '--format=json', 'query', '--use_legacy_sql=false', sql], cloud), 'bq query SELECT'),
      );
      const env = { ...cloudEnv, MANIFEST: cat.r.stdout };
      const cmp = check(runOnce(python, [join(SEEDS, 'check_registry.py')], { ...cloud, env, input: q.r.stdout }), 'check_registry.py');
      return {
        parts: { [catManifest.key]: cat.r.ms, 'bq query (SELECT)': q.r.ms, 'python3 check_registry.py': cmp.ms },
        ms: cat.r.ms + q.r.ms + cmp.ms,
        requests: merge(cat.requests, q.requests),
        out: cmp.stdout.trim().split('\n').join(' · '),
      };
    };
    const oursRun = (args) => async () => {
      const { r, requests } = await counted(() => check(runOnce(NODE, [cli, ...args], oursOpts), `ours ${args[0]}`));
      const text = r.stdout.trim();
      return { ms: r.ms, requests, out: (text.startsWith('{') ? JSON.parse(text).summary : text.split('\n').at(-1)).slice(0, 300) };
    };
    const oursSync = oursRun(['sync', '--manifest', sc.manifest, '--registry', registryArg(ours)]);
    // Same scope as the seeds' check: manifest against registry (plus our filename rules); no artifacts, no deployment.
    const oursDrift = oursRun([
      'drift',
      '--manifest',
      sc.manifest,
      '--registry',
      registryArg(ours),
      '--verify-artifacts',
      'none',
      '--json',
    ]);

    // Read a table back, directly from the stand-in (outside every counted window).
    const readBack = async (t) => {
      const r = await rest('POST', `/projects/${sc.project}/queries`, {
        query: `SELECT * FROM \`${t.table}\` ORDER BY model_id`,
        useLegacySql: false,
      });
      const names = r.schema.fields.map((f) => f.name);
      return (r.rows ?? []).map((row) => Object.fromEntries(row.f.map((c, i) => [names[i], c.v])));
    };
    let compared = 0;
    const sameRows = async (note) => {
      const [a, b] = await Promise.all([readBack(seeds), readBack(ours)]);
      const ja = JSON.stringify(a);
      if (ja !== JSON.stringify(b) || a.length !== sc.models.length)
        throw new Error(`bench: the two ways left different rows\nseeds: ${ja}\nours:  ${JSON.stringify(b)}`);
      const got = a.find((r) => r.model_id === 'm2')?.notes ?? null;
      if (got !== (note || null)) throw new Error(`bench: the registry note is ${got}, the manifest says ${note}: a sync did not apply`);
      compared++;
      return a;
    };

    // Setup, untimed: ours creates its table; the seeds' table is made with `bq mk` from the schema ours created
    // (the seeds' table was made by hand once), then each way's first sync inserts every row.
    check(
      runOnce(NODE, [cli, 'sync', '--manifest', sc.manifest, '--registry', registryArg(ours), '--create-table'], oursOpts),
      'ours sync --create-table',
    );
    const [, , , tableId] = seeds.table.match(/^(.+)\.(.+)\.(.+)$/);
    const schema = (await rest('GET', `/projects/${sc.project}/datasets/governance/tables/model_registry`)).schema.fields;
    const schemaFile = join(dir, 'schema.json');
    writeFileSync(schemaFile, JSON.stringify(schema));
    check(runOnce('bq', [...bqFlags, 'mk', '--table', `${sc.project}:governance.${tableId}`, schemaFile], cloud), 'bq mk --table');
    const first = await seedsSync();
    const initialRows = await sameRows('');

    const steps = {
      sync: { seeds: seedsSync, ours: oursSync, seedsCmd: `${catManifest.key} | python3 build_merge.py | bq query`, oursCmd: 'sync' },
      drift: {
        seeds: seedsCheck,
        ours: oursDrift,
        seedsCmd: `${catManifest.key} + bq query SELECT + python3 check_registry.py`,
        oursCmd: 'drift --verify-artifacts none',
      },
    };
    const out = Object.fromEntries(
      Object.entries(steps).map(([k, v]) => [k, { seedsCmd: v.seedsCmd, oursCmd: v.oursCmd, seeds: {}, ours: {} }]),
    );
    // gsutil's successor, for scale: the same manifest read over plain HTTP (not part of any total).
    const altCat = catManifest.key === 'gsutil cat' ? { times: { 0: [], [latencyMs]: [] } } : null;
    const STARTUP = { 'gsutil version': ['gsutil', 'version'], 'bq version': ['bq', 'version'] };
    const startup = Object.fromEntries(Object.keys(STARTUP).map((k) => [k, []]));
    let note = 0;
    for (const lat of [0, latencyMs]) {
      await s.call('setLatency', lat);
      const acc = Object.fromEntries(Object.keys(steps).map((k) => [k, { seeds: [], ours: [] }]));
      for (let i = 0; i < runs; i++) {
        const text = `run ${++note}`;
        await s.call('manifestNote', text);
        for (const [step, v] of Object.entries(steps)) {
          for (const way of i % 2 ? ['ours', 'seeds'] : ['seeds', 'ours']) acc[step][way].push(await v[way]());
          await sameRows(text);
        }
        // Start-up alone (no request): how much of each seeds' command is the CLI starting, not talking.
        if (lat === 0)
          for (const [k, args] of Object.entries(STARTUP)) startup[k].push(check(runOnce(args[0], args.slice(1), cloud), k).ms);
        if (altCat) {
          const c = await counted(() => check(runOnce('gcloud', ['storage', 'cat', sc.manifest], cloud), 'gcloud storage cat'));
          altCat.times[lat].push(c.r.ms);
          altCat.requests = c.requests.gcs;
        }
      }
      if (altCat) altCat[lat] = median(altCat.times[lat]);
      for (const [step, ways] of Object.entries(acc))
        for (const [way, list] of Object.entries(ways)) {
          const o = out[step][way];
          const last = list.at(-1);
          // Request totals of every run: they should not vary (a retry would show here).
          const totals = new Set([...(o.requestTotals ?? []), ...list.map((x) => Object.values(x.requests).flat().length)]);
          o.requestTotals = [...totals];
          o[lat] = { times: list.map((x) => x.ms), medianMs: median(list.map((x) => x.ms)) };
          if (last.parts) o[lat].parts = Object.fromEntries(Object.keys(last.parts).map((p) => [p, median(list.map((x) => x.parts[p]))]));
          o.requests = last.requests;
          o.counts = Object.fromEntries(Object.entries(last.requests).map(([k, v]) => [k, v.length]));
          o.last = last.out;
          if (last.sqlBytes) o.sqlBytes = last.sqlBytes;
        }
    }
    for (const o of Object.values(out)) {
      o.ratio = {
        0: ratio(o.ours[0].medianMs, o.seeds[0].medianMs),
        [latencyMs]: ratio(o.ours[latencyMs].medianMs, o.seeds[latencyMs].medianMs),
      };
    }
    const tls = proxy?.connected
      ? await new Promise((ok) => {
          proxy.once('message', (m) => ok(m.stats));
          proxy.send('stats');
        })
      : null;
    return {
      runs,
      latencyMs,
      steps: out,
      rowsAgree: true,
      comparisons: compared,
      rowsPerTable: initialRows.length,
      firstSeedsSync: { ms: first.ms, out: first.out, sqlBytes: first.sqlBytes },
      manifestCli: catManifest.key,
      gcloudStorageCat: altCat,
      startupMs: Object.fromEntries(Object.entries(startup).map(([k, v]) => [k, median(v)])),
      gsutilTls: tls,
      how,
      notPointed: NOT_POINTED,
      caveats: [
        'Seed 001 (Issue 1) shows the seeds’ Python using google.cloud.bigquery, so their MERGE may have gone through the Python client rather than `bq query`; the brief’s flow (bq query) is what is timed.',
        tls && tls.authorization === 0
          ? 'gsutil sent no Authorization header (gcloud does not hand an access-token file on to gsutil, so gsutil ran anonymously with its built-in API key); the GCS stand-in does not check tokens, so the requests are otherwise the ones gsutil sends.'
          : null,
        catManifest.key === 'gsutil cat'
          ? 'gsutil pays a TLS handshake to the local pipe per connection; our CLI and gcloud storage talk plain HTTP to the stand-in.'
          : null,
      ].filter(Boolean),
    };
  } finally {
    if (proxy?.connected) proxy.send('close');
    proxy?.kill();
    await s.close();
  }
};
