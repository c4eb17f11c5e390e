// Artifact reads for drift: stats join the first wave of reads; hashing follows, a few objects at a time.
import { artifactPaths, type HashResult, type HashTarget } from '../checks/artifacts.js';
import type { ParsedManifest } from '../manifest/parse.js';
import type { ArtifactStat, Artifacts } from '../ports.js';
import { mapLimit } from '../util/limit.js';

const STAT_CONCURRENCY = 16;
// Hashing is bandwidth-bound; two streams keep the link busy without many open downloads.
const HASH_CONCURRENCY = 2;
/** Objects at least this large log their hashing progress every 10%. */
export const PROGRESS_FROM_BYTES = 32 * 1024 * 1024;

const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

export const statArtifacts = async (a: Artifacts, p: ParsedManifest): Promise<Map<string, ArtifactStat>> => {
  const paths = artifactPaths(p);
  const stats = await mapLimit(paths, STAT_CONCURRENCY, (path) => a.stat(path));
  return new Map(paths.map((path, i) => [path, stats[i] as ArtifactStat]));
};

const progress = (t: HashTarget, log: (line: string) => void) => {
  if (t.size < PROGRESS_FROM_BYTES) return undefined;
  let shown = 0;
  return (bytes: number) => {
    const tenth = Math.floor((bytes * 10) / t.size);
    if (tenth < shown) shown = 0; // a retried download starts over
    if (tenth > shown) {
      shown = tenth;
      log(`sha256 ${t.gcsPath}: ${tenth * 10}% (${mib(bytes)} of ${mib(t.size)})`);
    }
  };
};

/** The metadata claim when the object carries one, else the streamed content's hash. */
export const hashArtifacts = (a: Artifacts, targets: HashTarget[], log: (line: string) => void): Promise<HashResult[]> =>
  mapLimit(targets, HASH_CONCURRENCY, async (t): Promise<HashResult> => {
    const at = { model_id: t.model_id, gcsPath: t.gcsPath, generation: t.generation };
    if (t.claim) return { ...at, source: 'metadata', sha256: t.claim };
    log(`hashing ${t.gcsPath} generation ${t.generation} (${mib(t.size)}): no sha256 in its metadata, so streaming it`);
    return { ...at, source: 'content', sha256: await a.sha256(t.gcsPath, t.generation, progress(t, log)) };
  });
