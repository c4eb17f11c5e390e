// Manifests whose model objects live in the GCS stand-in, and Cloud Run messages in the v2 proto's shape.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MARKERS } from '../../src/docs/markers.js';
import { formatName } from '../../src/filenames/grammar.js';

export const BUCKET = 'models-bucket';
export const FAMILY = 'scorer_v1';

export const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

export interface ModelSpec {
  id: string;
  /** Training window start month (the end is the 28th of the same month), so names are unique and valid. */
  month: number;
  status?: 'production' | 'candidate' | 'untested' | 'deprecated';
  sha256: string;
}

/** A conforming filename and gs:// path for a model. */
export const objectOf = (spec: Pick<ModelSpec, 'month'>) => {
  const mm = String(spec.month).padStart(2, '0');
  const file = formatName({
    family: FAMILY,
    features: 12,
    start: `2025-${mm}-01`,
    end: `2025-${mm}-28`,
    createdAt: new Date(`2025-12-${mm}T10:00:00Z`),
  });
  return { file, object: `models/${file}`, gcsPath: `gs://${BUCKET}/models/${file}` };
};

export const manifestJson = (models: ModelSpec[]): string => {
  const production = models.find((m) => m.status === 'production')?.id ?? null;
  const entries = models.map((m) => {
    const mm = String(m.month).padStart(2, '0');
    const { file, gcsPath } = objectOf(m);
    return [
      m.id,
      {
        file,
        gcs_path: gcsPath,
        feature_count: 12,
        training_start_date: `2025-${mm}-01`,
        training_end_date: `2025-${mm}-28`,
        status: m.status ?? 'candidate',
        sha256: m.sha256,
        created_at: `2025-12-${mm}T10:00:00Z`,
      },
    ];
  });
  return `${JSON.stringify({ schema_version: 1, family: FAMILY, production_model: production, models: Object.fromEntries(entries) }, null, 2)}\n`;
};

/** An empty CLAUDE.md block in a temp dir, so a drift run never reads the repository's own files. */
export const claudeMdFile = (): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'mg-gcp-')), 'CLAUDE.md');
  writeFileSync(path, `# Notes\n\n${DEFAULT_MARKERS.begin}\n${DEFAULT_MARKERS.end}\n`);
  return path;
};

export const PROJECT = 'test-project';
export const REGION = 'europe-west1';
export const SERVICE = `projects/${PROJECT}/locations/${REGION}/services/scorer`;
export const revisionName = (short: string) => `${SERVICE}/revisions/${short}`;
export const ENV = 'SCORER_MODEL_PATH';

type Env = { name: string; value?: string; valueSource?: { secretKeyRef: { secret: string; version: string } } };

export const revision = (short: string, containers: { name?: string; env: Env[] }[]) => ({
  name: revisionName(short),
  service: 'scorer',
  containers: containers.map((c) => ({ image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc', ...c })),
});

export const service = (fields: Record<string, unknown>) => ({
  name: SERVICE,
  uid: 'f3e0c1c2-0000-4000-8000-000000000001',
  generation: '7',
  template: { containers: [{ image: 'europe-docker.pkg.dev/p/r/scorer@sha256:abc' }] },
  ...fields,
});
