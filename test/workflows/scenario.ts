// The caller's side of the workflow tests: a checkout made from examples/ with the config where a user keeps it
// (.github/model-governance.yml, paths relative to the repository root), the action as the workflows' checkout of
// the action repository places it (action.yml and the bundle built from src/), real webhook payloads moved to the
// fake repository, and the seeds in the stand-ins.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseManifest } from '../../src/manifest/parse.js';
import type { Manifest } from '../../src/manifest/schema.js';
import { extraMetrics } from '../../src/registry/metrics.js';
import { COLUMNS, manifestRows } from '../../src/registry/row.js';
import { bundle } from '../e2e/bundle.js';
import { LEGACY } from '../e2e/repo.js';
import { example } from '../e2e/runner.js';
import { EXAMPLE_GATES, EXAMPLES, ROOT } from '../helpers/cli.js';
import type { BigQueryStandIn } from '../standins/bigquery/index.js';
import type { CloudRunStandin } from '../standins/cloud-run/index.js';
import type { GcsStandin } from '../standins/gcs/index.js';

export const OWNER = 'acme';
export const REPO = 'models';
export const REPOSITORY = `${OWNER}/${REPO}`;
export const PROJECT = 'nba-props-platform';
export const DATASET = 'ml_models';
export const TABLE_ID = 'model_registry';
export const TABLE = `${PROJECT}.${DATASET}.${TABLE_ID}`;
export const BUCKET = 'nba-props-platform-models';
export const SERVICE = `projects/${PROJECT}/locations/us-west2/services/prediction-worker`;
export const MODEL_ENV = 'CATBOOST_V9_MODEL_PATH';
export const MANIFEST_URL = `gs://${BUCKET}/catboost/v9/manifest.json`;
/** What a caller passes to the workflows that authenticate (names only, as in examples/workflows/). */
export const WIF = {
  workload_identity_provider: 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/model-governance',
  service_account: 'model-governance@nba-props-platform.iam.gserviceaccount.com',
};

export const workflow = (name: string): string => join(ROOT, '.github', 'workflows', `${name}.yml`);

/** action.yml beside dist/ (the bundle of the current src/), which is what `.model-governance-action` holds. */
export const actionDir = async (): Promise<string> => {
  const entry = await bundle();
  const dir = mkdtempSync(join(tmpdir(), 'mg-action-'));
  copyFileSync(join(ROOT, 'action.yml'), join(dir, 'action.yml'));
  symlinkSync(dirname(entry), join(dir, 'dist'));
  return dir;
};

export const config = (o: { manifest?: string; deployment?: string } = {}): string =>
  [
    'name: catboost_v9',
    `manifest: ${o.manifest ?? 'manifest.json'}`,
    `registry: bigquery:${TABLE}`,
    `deployment: ${o.deployment ?? 'prediction-worker.yaml'}`,
    `model-env: ${MODEL_ENV}`,
    'claude-md: CLAUDE.md',
    'title: CatBoost V9',
    'filenames:',
    `  legacy: [${LEGACY.join(', ')}]`,
    'gates:',
    EXAMPLE_GATES,
  ].join('\n');

const GOVERNED = ['manifest.json', 'CLAUDE.md', 'prediction-worker.yaml'];
export const CONFIG = '.github/model-governance.yml';

/** The repository as the workflow's first checkout leaves it. */
export const checkout = (configText: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-wf-repo-'));
  for (const f of GOVERNED) copyFileSync(join(EXAMPLES, f), join(dir, f));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, CONFIG), configText);
  return dir;
};

/** The same files by repository path, for the fake GitHub's default branch. */
export const repoFiles = (dir: string): Record<string, string> =>
  Object.fromEntries([...GOVERNED, CONFIG].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

const EXAMPLE_REPOS = new Set(['Codertocat/Hello-World', 'octo-org/octo-repo']);

/** Moves every repository of a webhook example to the fake's owner/repo, whose default branch is main. */
export const retarget = <T>(v: T): T => {
  if (Array.isArray(v)) for (const x of v) retarget(x);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.full_name === 'string' && EXAMPLE_REPOS.has(o.full_name)) {
      o.full_name = REPOSITORY;
      o.name = REPO;
      if (o.owner && typeof o.owner === 'object') (o.owner as Record<string, unknown>).login = OWNER;
      if ('default_branch' in o) o.default_branch = 'main';
    }
    for (const x of Object.values(o)) retarget(x);
  }
  return v;
};

/** A real payload from @octokit/webhooks-examples, moved to the fake repository. */
export const payload = (name: string, action?: string): Record<string, unknown> => retarget(example(name, action));

/**
 * The registry as the seeds left it, already in the registry schema (adopting the seeds' own columns is
 * sync --migrate's, tested in test/integration/registry-migrate.test.ts): the production model's training_end_date
 * is wrong; the metrics column holds what the manifest says.
 */
export const seedRegistry = async (bq: BigQueryStandIn): Promise<void> => {
  bq.createDataset(PROJECT, DATASET);
  const fields = COLUMNS.map(([name, type, required]) => ({ name, type, mode: required ? 'REQUIRED' : 'NULLABLE' }));
  await bq.createTable(PROJECT, DATASET, TABLE_ID, fields);
  const { manifest } = examplesManifest();
  const rows: Record<string, unknown>[] = JSON.parse(readFileSync(join(EXAMPLES, 'registry-rows.json'), 'utf8'));
  await bq.insertRows(
    PROJECT,
    DATASET,
    TABLE_ID,
    rows.map((r) => ({ ...r, metrics: extraMetrics(manifest.models[String(r.model_id)]?.metrics) })),
  );
};

export const registryRows = (bq: BigQueryStandIn): Promise<Record<string, unknown>[]> =>
  bq.table(PROJECT, DATASET, TABLE_ID, { orderBy: 'model_id' });

/** What the registry holds once it matches the manifest of a checkout. */
export const expectedRows = (dir: string) =>
  manifestRows(parseManifest('manifest.json', readFileSync(join(dir, 'manifest.json'))).manifest);

const examplesManifest = (): { bytes: Buffer; manifest: Manifest } => {
  const bytes = readFileSync(join(EXAMPLES, 'manifest.json'));
  return { bytes, manifest: parseManifest('manifest.json', bytes).manifest };
};

/** The examples' manifest at MANIFEST_URL, and every model object claiming the manifest's hash in its metadata. */
export const seedGcs = (gcs: GcsStandin): void => {
  const { bytes, manifest } = examplesManifest();
  gcs.put(BUCKET, MANIFEST_URL.replace(`gs://${BUCKET}/`, ''), bytes, { contentType: 'application/json' });
  for (const [id, m] of Object.entries(manifest.models))
    gcs.put(BUCKET, m.gcs_path.replace(`gs://${BUCKET}/`, ''), `bytes of ${id}`, { metadata: { sha256: m.sha256 } });
};

/** prediction-worker with all traffic on one revision that serves the production model, as the repo's YAML says. */
export const seedCloudRun = (run: CloudRunStandin): void => {
  const { manifest } = examplesManifest();
  const served = manifest.models[manifest.production_model ?? '']?.gcs_path;
  const image = 'us-west2-docker.pkg.dev/nba-props-platform/services/prediction-worker@sha256:abc';
  run.setRevision({
    name: `${SERVICE}/revisions/prediction-worker-00042-xyz`,
    service: 'prediction-worker',
    containers: [{ name: 'worker', image, env: [{ name: MODEL_ENV, value: served }] }],
  });
  run.setService({
    name: SERVICE,
    uid: 'f3e0c1c2-0000-4000-8000-000000000042',
    generation: '42',
    template: { containers: [{ image }] },
    trafficStatuses: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'prediction-worker-00042-xyz', percent: 100 }],
  });
};
