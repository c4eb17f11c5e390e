// Model objects in Cloud Storage: stat (exists, generation, the custom-metadata sha256 claim) and a
// streamed SHA-256 of one pinned generation, with the client's CRC32C check on the bytes hashed.
import { createHash } from 'node:crypto';
import type { Storage } from '@google-cloud/storage';
import { ServiceError } from '../errors.js';
import { type GcsClientOptions, gcsFailure, gcsFile, isNotFound, parseGsUrl, storageClient, transient } from '../gcs/client.js';
import type { ArtifactStat, Artifacts } from '../ports.js';
import { withRetry } from '../util/retry.js';

const claimOf = (v: unknown): { metadataSha256?: string } =>
  typeof v === 'string' && /^[0-9a-fA-F]{64}$/.test(v) ? { metadataSha256: v.toLowerCase() } : {};

export const gcsArtifacts = (opts: GcsClientOptions = {}): Artifacts => {
  let storage: Storage | undefined;
  const client = () => {
    storage ??= storageClient(opts);
    return storage;
  };
  return {
    name: 'Cloud Storage',
    async stat(gcsPath): Promise<ArtifactStat> {
      const at = parseGsUrl(gcsPath);
      try {
        const [meta] = await withRetry(() => gcsFile(client(), at).getMetadata(), transient);
        return { exists: true, size: Number(meta.size), generation: String(meta.generation), ...claimOf(meta.metadata?.sha256) };
      } catch (e) {
        if (isNotFound(e)) return { exists: false };
        throw gcsFailure(e, 'objects.get', at);
      }
    },
    async sha256(gcsPath, generation, onProgress) {
      const at = parseGsUrl(gcsPath);
      const file = gcsFile(client(), at, generation);
      try {
        // A failed attempt starts over with a fresh hash: resuming with a Range request would skip CRC32C.
        return await withRetry(async () => {
          const hash = createHash('sha256');
          let bytes = 0;
          for await (const chunk of file.createReadStream({ validation: 'crc32c' })) {
            hash.update(chunk as Buffer);
            bytes += (chunk as Buffer).length;
            onProgress?.(bytes);
          }
          return hash.digest('hex');
        }, transient);
      } catch (e) {
        // Between stat and hash the object was replaced in a bucket without versioning.
        if (isNotFound(e))
          throw new ServiceError(
            'Cloud Storage',
            `download generation ${generation} of ${gcsPath}`,
            'that generation is gone: the object was replaced during the run; run again',
            { cause: e },
          );
        throw gcsFailure(e, `download generation ${generation} of`, at);
      }
    },
  };
};
