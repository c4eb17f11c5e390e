// Forked by the bench: runs the GCS, BigQuery and Cloud Run stand-ins in their own process (so they do not
// share a thread with the CLI being timed) and answers { id, op, args } messages from the parent.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const root = new URL('../../', import.meta.url);
const load = (p) => import(new URL(p, root).href);
const [{ startGcs, generatedStream }, { startBigQueryStandIn }, { startCloudRun }, h, { formatName }] = await Promise.all([
  load('test/standins/gcs/index.ts'),
  load('test/standins/bigquery/index.ts'),
  load('test/standins/cloud-run/index.ts'),
  load('test/helpers/gcp.ts'),
  load('src/filenames/grammar.ts'),
]);
const [gcs, bq, run] = await Promise.all([startGcs(), startBigQueryStandIn(), startCloudRun()]);
const logs = { gcs: gcs.requests, bigquery: bq.requests, run: run.requests };

const ops = {
  put: (bucket, name, text, metadata) => gcs.put(bucket, name, text, metadata ? { metadata } : {}),
  // Writes the synthetic bytes to `file` and returns their SHA-256, in one pass.
  async putGenerated(bucket, name, size, seed, file) {
    await gcs.putGenerated(bucket, name, size, seed);
    const h = createHash('sha256');
    const src = generatedStream(seed, 0, size);
    src.on('data', (c) => h.update(c));
    await pipeline(src, createWriteStream(file));
    return h.digest('hex');
  },
  // Section 5: one production model, a `size`-byte generated object without a sha256 claim (so it is streamed).
  async hashing(size, file) {
    const sha = await ops.putGenerated(h.BUCKET, h.objectOf({ month: 1 }).object, size, 'bench-1g', file);
    gcs.put(h.BUCKET, 'manifests/hash.json', h.manifestJson([{ id: 'prod', month: 1, status: 'production', sha256: sha }]));
    return { manifest: `gs://${h.BUCKET}/manifests/hash.json`, sha };
  },
  // Section 2: two models whose objects carry a sha256 claim (stat only), a dataset, a live service.
  roundTrips() {
    const models = [1, 2].map((month) => ({ id: `m${month}`, month, status: month === 1 ? 'production' : 'candidate' }));
    for (const m of models) {
      const body = `model ${m.id}`;
      m.sha256 = h.sha256(body);
      gcs.put(h.BUCKET, h.objectOf(m).object, body, { metadata: { sha256: m.sha256 } });
    }
    bq.createDataset(h.PROJECT, 'governance');
    const prod = h.objectOf(models[0]);
    run.setRevision(h.revision('scorer-00001-a', [{ name: 'scorer', env: [{ name: h.ENV, value: prod.gcsPath }] }]));
    const status = { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'scorer-00001-a', percent: 100 };
    run.setService(h.service({ trafficStatuses: [status] }));
    ops.manifestNote('');
    return { manifest: `gs://${h.BUCKET}/manifests/rt.json`, service: h.SERVICE, env: h.ENV, project: h.PROJECT, models };
  },
  // Section 2, many families: `n` families, each with its own manifest (the round trips' two models, named for the
  // family), objects carrying a sha256 claim, its own service with one revision; their tables are the bench's to create.
  families(n) {
    bq.createDataset(h.PROJECT, 'families');
    const out = [];
    for (let i = 0; i < n; i++) {
      const family = `fam${String(i).padStart(2, '0')}`;
      const models = {};
      for (const month of [1, 2]) {
        const mm = String(month).padStart(2, '0');
        const file = formatName({
          family,
          features: 12,
          start: `2025-${mm}-01`,
          end: `2025-${mm}-28`,
          createdAt: new Date(`2025-12-${mm}T10:00:00Z`),
        });
        const body = `model ${family} ${month}`;
        gcs.put(h.BUCKET, `${family}/${file}`, body, { metadata: { sha256: h.sha256(body) } });
        models[`m${month}`] = {
          file,
          gcs_path: `gs://${h.BUCKET}/${family}/${file}`,
          feature_count: 12,
          training_start_date: `2025-${mm}-01`,
          training_end_date: `2025-${mm}-28`,
          status: month === 1 ? 'production' : 'candidate',
          sha256: h.sha256(body),
          created_at: `2025-12-${mm}T10:00:00Z`,
        };
      }
      gcs.put(h.BUCKET, `${family}/manifest.json`, JSON.stringify({ schema_version: 1, family, production_model: 'm1', models }, null, 2));
      const service = `projects/${h.PROJECT}/locations/${h.REGION}/services/${family}`;
      run.setRevision({
        name: `${service}/revisions/${family}-00001-a`,
        service: family,
        containers: [
          { name: 'scorer', image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc', env: [{ name: h.ENV, value: models.m1.gcs_path }] },
        ],
      });
      run.setService({
        name: service,
        uid: `f3e0c1c2-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
        generation: '1',
        template: { containers: [{ image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc' }] },
        trafficStatuses: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: `${family}-00001-a`, percent: 100 }],
      });
      out.push({
        family,
        manifest: `gs://${h.BUCKET}/${family}/manifest.json`,
        registry: `bigquery:${h.PROJECT}.families.registry_${family}`,
        service,
      });
    }
    return { env: h.ENV, families: out };
  },
  // Rewrites the round-trip manifest with a new note on the candidate, so each sync has a row to MERGE.
  manifestNote(note) {
    const models = [1, 2].map((month) => ({
      id: `m${month}`,
      month,
      status: month === 1 ? 'production' : 'candidate',
      sha256: h.sha256(`model m${month}`),
    }));
    const m = JSON.parse(h.manifestJson(models));
    if (note) m.models.m2.notes = note;
    return gcs.put(h.BUCKET, 'manifests/rt.json', JSON.stringify(m));
  },
  setLatency(ms) {
    gcs.setLatency(ms);
    run.setLatency(ms);
    bq.opts.latencyMs = ms;
  },
  counts: () => Object.fromEntries(Object.entries(logs).map(([k, v]) => [k, v.length])),
  // Request lines since `from` (counts()), per service: "METHOD path" or the gRPC method name.
  since: (from) => ({
    gcs: gcs.requests.slice(from.gcs).map((r) => `${r.method} ${r.path}${r.query.alt ? `?alt=${r.query.alt}` : ''}`),
    bigquery: bq.requests.slice(from.bigquery).map((r) => `${r.method} ${r.methodId ?? r.path}`),
    run: run.requests.slice(from.run).map((r) => r.method),
  }),
  async close() {
    await Promise.all([gcs.close(), bq.close(), run.close()]);
    setImmediate(() => process.exit(0));
  },
};

process.on('message', async ({ id, op, args }) => {
  try {
    process.send({ id, result: await ops[op](...args) });
  } catch (e) {
    process.send({ id, error: String(e?.stack ?? e) });
  }
});
process.send({ ready: { gcs: gcs.url, bigquery: `${bq.url}/bigquery/v2`, run: run.address } });
