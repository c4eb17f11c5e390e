// Manifest from Cloud Storage: read the metadata, then download exactly that generation, so the bytes
// and the recorded generation always belong together even when a writer replaces the object meanwhile.

import { InputError } from '../errors.js';
import { type GcsClientOptions, gcsFailure, isNotFound, parseGsUrl, storageClient, transient } from '../gcs/client.js';
import type { ManifestSource } from '../ports.js';
import { withRetry } from '../util/retry.js';
import { checkManifestSize } from './parse.js';

/** Rounds of metadata + download when the pinned generation disappears (replaced in a bucket without versioning). */
const ROUNDS = 3;

export const gcsManifest = (address: string, opts: GcsClientOptions = {}): ManifestSource => {
  const at = parseGsUrl(address);
  return {
    name: address,
    async load() {
      const storage = storageClient(opts);
      for (let round = 1; ; round++) {
        let generation: string;
        try {
          const [meta] = await withRetry(() => storage.bucket(at.bucket).file(at.object).getMetadata(), transient);
          // Refuse a huge object before downloading it.
          checkManifestSize(address, Number(meta.size));
          generation = String(meta.generation);
        } catch (e) {
          if (isNotFound(e)) throw InputError.at(address, 'manifest not found');
          throw gcsFailure(e, 'objects.get', at);
        }
        try {
          const file = storage.bucket(at.bucket).file(at.object, { generation });
          const [bytes] = await withRetry(() => file.download({ validation: 'crc32c' }), transient);
          return { bytes, generation };
        } catch (e) {
          if (isNotFound(e) && round < ROUNDS) continue;
          throw gcsFailure(e, `download generation ${generation} of`, at);
        }
      }
    },
  };
};
