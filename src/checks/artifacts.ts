// Artifact rules: every model's object exists, and the verified ones hash to the manifest's sha256. Pure.
import type { ParsedManifest } from '../manifest/parse.js';
import type { ArtifactStat } from '../ports.js';
import type { Finding } from '../report/types.js';

export type VerifyArtifacts = 'production' | 'all' | 'none';

/** Where a SHA-256 came from: the object's custom metadata (a claim) or its streamed bytes (a proof). */
export type HashSource = 'metadata' | 'content';

export interface HashTarget {
  model_id: string;
  gcsPath: string;
  generation: string;
  size: number;
  /** The metadata claim, used instead of streaming when present. */
  claim?: string;
}

export interface HashResult {
  model_id: string;
  gcsPath: string;
  generation: string;
  source: HashSource;
  sha256: string;
}

const SOURCE_TEXT: Record<HashSource, string> = {
  metadata: 'custom metadata sha256 (a claim, not a proof)',
  content: 'streamed content (a proof)',
};

/** Distinct object paths of the manifest, so each is read once. */
export const artifactPaths = (p: ParsedManifest): string[] => [...new Set(Object.values(p.manifest.models).map((m) => m.gcs_path))];

/** The models whose hash is verified, among those whose object exists. */
export const hashTargets = (p: ParsedManifest, stats: ReadonlyMap<string, ArtifactStat>, which: VerifyArtifacts): HashTarget[] => {
  const ids =
    which === 'all'
      ? Object.keys(p.manifest.models)
      : which === 'production' && p.manifest.production_model !== null
        ? [p.manifest.production_model]
        : [];
  return ids.flatMap((id) => {
    const gcsPath = p.manifest.models[id]?.gcs_path;
    const s = gcsPath === undefined ? undefined : stats.get(gcsPath);
    if (gcsPath === undefined || !s?.exists || s.generation === undefined) return [];
    return [
      { model_id: id, gcsPath, generation: s.generation, size: s.size ?? 0, ...(s.metadataSha256 ? { claim: s.metadataSha256 } : {}) },
    ];
  });
};

export const artifactDrift = (
  p: ParsedManifest,
  stats: ReadonlyMap<string, ArtifactStat>,
  hashes: HashResult[],
  store: string,
): Finding[] => {
  const at = (id: string, field: string) => p.source.locate(['models', id, field]);
  const missing = Object.entries(p.manifest.models).flatMap(([id, m]): Finding[] =>
    stats.get(m.gcs_path)?.exists === false
      ? [
          {
            code: 'artifact.missing',
            severity: 'error',
            message: `${id}: ${m.gcs_path} does not exist in ${store}`,
            model_id: id,
            field: 'gcs_path',
            expected: m.gcs_path,
            actual: null,
            location: at(id, 'gcs_path'),
          },
        ]
      : [],
  );
  const hashed = hashes.map((h): Finding => {
    const expected = p.manifest.models[h.model_id]?.sha256 ?? '';
    const what = `${h.gcsPath} generation ${h.generation}, checked by its ${SOURCE_TEXT[h.source]}`;
    const base = { model_id: h.model_id, field: 'sha256', expected, actual: h.sha256, location: at(h.model_id, 'sha256') };
    return h.sha256 === expected
      ? { ...base, code: 'artifact.verified', severity: 'notice', message: `${h.model_id}: SHA-256 matches the manifest (${what})` }
      : {
          ...base,
          code: 'artifact.sha256',
          severity: 'error',
          message: `${h.model_id}: SHA-256 is ${h.sha256} but the manifest says ${expected} (${what})`,
        };
  });
  return [...missing, ...hashed];
};
