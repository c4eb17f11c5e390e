// Manifest from Cloud Storage: read the metadata, then download exactly that generation, so the bytes
// and the recorded generation always belong together even when a writer replaces the object meanwhile.
// A write (promote) is one upload with ifGenerationMatch on the generation read: compare-and-swap.
import { createHash } from 'node:crypto';

import { InputError, ServiceError } from '../errors.js';
import { type GcsClientOptions, gcsFailure, gcsFile, isNotFound, parseGsUrl, storageClient, transient } from '../gcs/client.js';
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
          const [meta] = await withRetry(() => gcsFile(storage, at).getMetadata(), transient);
          // Refuse a huge object before downloading it.
          checkManifestSize(address, Number(meta.size));
          generation = String(meta.generation);
        } catch (e) {
          if (isNotFound(e)) throw InputError.at(address, 'manifest not found');
          throw gcsFailure(e, 'objects.get', at);
        }
        try {
          const file = gcsFile(storage, at, generation);
          const [bytes] = await withRetry(() => file.download({ validation: 'crc32c' }), transient);
          return { bytes, generation };
        } catch (e) {
          if (isNotFound(e) && round < ROUNDS) continue;
          throw gcsFailure(e, `download generation ${generation} of`, at);
        }
      }
    },
    async write(bytes, read) {
      if (read.generation === undefined) throw new Error(`write of ${address} needs the generation that was read`);
      const storage = storageClient(opts);
      const file = gcsFile(storage, at);
      const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const conflict = () =>
        new ServiceError(
          'Cloud Storage',
          `write of ${address}`,
          `generation ${read.generation} is no longer current: someone else wrote the manifest meanwhile; nothing written, run again`,
        );
      try {
        // A small JSON: one multipart request, so the precondition and the bytes arrive together.
        await withRetry(
          () =>
            file.save(body, {
              resumable: false,
              contentType: 'application/json',
              preconditionOpts: { ifGenerationMatch: Number(read.generation) },
            }),
          transient,
        );
      } catch (e) {
        if (statusOf(e) !== 412) throw writeFailure(e, at);
        // A retry after a lost answer meets our own write: the live object holding exactly our bytes is success.
        const [meta] = await file.getMetadata().catch(() => [undefined]);
        if (meta?.md5Hash !== createHash('md5').update(body).digest('base64')) throw conflict();
      }
    },
  };
};

const statusOf = (e: unknown): number | undefined => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
};

const writeFailure = (e: unknown, at: ReturnType<typeof parseGsUrl>): Error =>
  statusOf(e) === 403
    ? new ServiceError(
        'Cloud Storage',
        `write of ${at.url}`,
        `permission denied: replacing the manifest needs storage.objects.create and storage.objects.delete on bucket ${at.bucket} (roles/storage.objectUser)`,
        { cause: e },
      )
    : gcsFailure(e, 'write of', at);
