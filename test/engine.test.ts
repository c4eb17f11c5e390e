// Many families at once, through the real clients against the GCS and Cloud Run stand-ins: the same bytes as one
// after another, the worst exit code, and one family's failure kept to its own report.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveSettings } from '../src/config/load.js';
import type { RunOptions } from '../src/config/settings.js';
import { DEFAULT_MARKERS } from '../src/docs/markers.js';
import { exitCodeOf, FAMILY_POOL, familyPool, runFamilies } from '../src/engine.js';
import { formatName } from '../src/filenames/grammar.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderPrintableText } from '../src/report/text.js';
import { BUCKET, ENV, PROJECT, REGION, sha256 } from './helpers/gcp.js';
import { type CloudRunStandin, Code, startCloudRun } from './standins/cloud-run/index.js';
import { type GcsStandin, startGcs } from './standins/gcs/index.js';

process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';

const N = 12;
const BAD_MANIFEST = 3; // not JSON: bad input, exit 2
const RUN_DOWN = 5; // Cloud Run answers UNAVAILABLE to every call: a service failure, exit 3
const WRONG_MODEL = 8; // the service serves the old model: drift, exit 1

const family = (i: number) => `fam${String(i).padStart(2, '0')}`;
const serviceName = (i: number) => `projects/${PROJECT}/locations/${REGION}/services/svc${i}`;
const objectOf = (i: number, month: number) => {
  const mm = String(month).padStart(2, '0');
  const file = formatName({
    family: family(i),
    features: 12,
    start: `2025-${mm}-01`,
    end: `2025-${mm}-28`,
    createdAt: new Date(`2025-12-${mm}T10:00:00Z`),
  });
  return { file, object: `${family(i)}/${file}`, gcsPath: `gs://${BUCKET}/${family(i)}/${file}`, body: `model ${i} ${month}` };
};

/** One family: a production and a deprecated model, both objects in the bucket with their sha256 claim. */
const manifestOf = (i: number): string => {
  const entry = (month: number, status: string) => {
    const o = objectOf(i, month);
    const mm = String(month).padStart(2, '0');
    return {
      file: o.file,
      gcs_path: o.gcsPath,
      feature_count: 12,
      training_start_date: `2025-${mm}-01`,
      training_end_date: `2025-${mm}-28`,
      status,
      sha256: sha256(o.body),
      created_at: `2025-12-${mm}T10:00:00Z`,
    };
  };
  return JSON.stringify({
    schema_version: 1,
    family: family(i),
    production_model: 'prod',
    models: { prod: entry(1, 'production'), old: entry(2, 'deprecated') },
  });
};

let gcs: GcsStandin;
let run: CloudRunStandin;
let config: string;
beforeAll(async () => {
  [gcs, run] = await Promise.all([startGcs(), startCloudRun()]);
  const dir = mkdtempSync(join(tmpdir(), 'mg-engine-'));
  for (let i = 0; i < N; i++) {
    for (const month of [1, 2]) {
      const o = objectOf(i, month);
      gcs.put(BUCKET, o.object, o.body, { metadata: { sha256: sha256(o.body) } });
    }
    gcs.put(BUCKET, `${family(i)}/manifest.json`, i === BAD_MANIFEST ? '{ "schema_version": 1, "family": ' : manifestOf(i));
    const served = objectOf(i, i === WRONG_MODEL ? 2 : 1).gcsPath;
    const revision = `${serviceName(i)}/revisions/svc${i}-00001-a`;
    run.setRevision({
      name: revision,
      service: `svc${i}`,
      containers: [{ name: 'scorer', image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc', env: [{ name: ENV, value: served }] }],
    });
    run.setService({
      name: serviceName(i),
      uid: `f3e0c1c2-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
      generation: '1',
      template: { containers: [{ image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc' }] },
      trafficStatuses: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: `svc${i}-00001-a`, percent: 100 }],
    });
    writeFileSync(join(dir, `CLAUDE-${i}.md`), `# Notes\n\n${DEFAULT_MARKERS.begin}\n${DEFAULT_MARKERS.end}\n`);
  }
  config = join(dir, 'model-governance.yml');
  writeFileSync(
    config,
    [
      'families:',
      ...Array.from({ length: N }, (_, i) => [
        `  - manifest: gs://${BUCKET}/${family(i)}/manifest.json`,
        `    deployment: run:${serviceName(i)}`,
        `    model-env: ${ENV}`,
        `    claude-md: ${join(dir, `CLAUDE-${i}.md`)}`,
      ]).flat(),
    ].join('\n'),
  );
  vi.stubEnv('STORAGE_EMULATOR_HOST', gcs.url);
  vi.stubEnv('CLOUD_RUN_EMULATOR_HOST', run.address);
  // Every block written once (one family after another: a writing mode), so drift then checks a fresh block.
  const families = await resolveSettings({ configPath: config, overrides: {}, confine: { inputs: false } });
  await runFamilies(families, options('claude-md', 'write'), () => {});
  // A little latency, so families really are in flight together.
  gcs.setLatency(5);
  run.setLatency(5);
});
afterAll(() => Promise.all([gcs.close(), run.close()]));
afterEach(() => {
  run.clearFaults();
  gcs.clearFaults();
});

const options = (mode: RunOptions['mode'], claudeMdAction: RunOptions['claudeMdAction'] = 'check'): RunOptions => ({
  mode,
  dryRun: false,
  prune: false,
  force: false,
  trainStart: undefined,
  trainEnd: undefined,
  claudeMdAction,
  failOn: 'error',
  offline: false,
  asOf: '2026-01-15',
});

/** One drift over every family with this many at once: everything a front end prints, and the exit code. */
const drift = async (familyPool: number, manifestBudget?: number) => {
  run.fault({ method: 'GetService', name: serviceName(RUN_DOWN), code: Code.UNAVAILABLE, details: 'down', times: Infinity });
  // The first family answers last, so a pool that printed in the order families finish would show it.
  gcs.fault({ path: new RegExp(`${family(0)}%2Fmanifest`), delayMs: 150, times: Infinity });
  const families = await resolveSettings({ configPath: config, overrides: {}, confine: { inputs: false } });
  const log: string[] = [];
  const reports = await runFamilies(families, options('drift'), (l) => log.push(l), {
    familyPool,
    ...(manifestBudget === undefined ? {} : { manifestBudget }),
  });
  return {
    reports,
    bytes: [renderJson(reports), renderMarkdown(reports), renderPrintableText(reports), log.join('\n')].join('\n\f\n'),
    code: exitCodeOf(reports, 'error'),
  };
};

describe('drift over many families at once', () => {
  it('prints the same bytes with a pool of 1 and of 12; exit code the worst; each failure is its own family', async () => {
    const one = await drift(1);
    const all = await drift(N);
    expect(all.bytes).toBe(one.bytes);
    expect((await drift(4)).bytes).toBe(one.bytes);
    // A manifest budget smaller than any manifest: each family holds all of it, the next waits for its release.
    expect((await drift(N, 1)).bytes).toBe(one.bytes);

    expect(all.code).toBe(3);
    const r = all.reports;
    expect(r.map((x) => x.family)).toEqual(
      Array.from({ length: N }, (_, i) => ([BAD_MANIFEST, RUN_DOWN].includes(i) ? `gs://${BUCKET}/${family(i)}/manifest.json` : family(i))),
    );
    expect(r[BAD_MANIFEST]).toMatchObject({ ok: false, summary: 'Not checked: bad input (exit 2)', failure: 2 });
    expect(r[RUN_DOWN]).toMatchObject({ ok: false, summary: 'Not checked: a service failed (exit 3)', failure: 3 });
    expect(r[RUN_DOWN]?.findings.map((f) => f.message).join()).toContain(`GetService ${serviceName(RUN_DOWN)}`);
    expect(r[WRONG_MODEL]?.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['deployment.model']);
    for (const [i, x] of r.entries())
      if (![BAD_MANIFEST, RUN_DOWN, WRONG_MODEL].includes(i))
        expect([x.family, x.ok, x.summary]).toEqual([family(i), true, expect.stringMatching(/^No drift: /)]);
    // A family that could not be checked is named by its manifest (no name in the config, none read).
    // The log lines come in family order: the generation of each family's manifest.
    expect(
      all.bytes
        .split('\f')
        .at(-1)
        ?.match(/fam\d\d/g),
    ).toEqual(Array.from({ length: N }, (_, i) => family(i)));
  });

  it('without the failing families the worst is the finding (exit 1)', async () => {
    const families = (await resolveSettings({ configPath: config, overrides: {}, confine: { inputs: false } })).filter(
      (_, i) => i !== BAD_MANIFEST && i !== RUN_DOWN,
    );
    const reports = await runFamilies(families, options('drift'), () => {}, { familyPool: N });
    expect(exitCodeOf(reports, 'error')).toBe(1);
    expect(reports.filter((x) => !x.ok).map((x) => x.family)).toEqual([family(WRONG_MODEL)]);
  });
});

describe('familyPool', () => {
  it('runs the families of a writing mode one after another, and of a reading mode up to the pool', () => {
    expect(familyPool(options('sync'))).toBe(1);
    expect(familyPool(options('promote'))).toBe(1);
    expect(familyPool(options('claude-md', 'write'))).toBe(1);
    for (const mode of ['drift', 'duplicate', 'lint-filenames', 'gate', 'list', 'history'] as const)
      expect(familyPool(options(mode))).toBe(FAMILY_POOL);
    expect(familyPool(options('claude-md', 'check'))).toBe(FAMILY_POOL);
  });
});
