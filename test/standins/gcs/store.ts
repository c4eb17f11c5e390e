// Object store with full generation history (GCS with versioning on): a download pinned to an old
// generation must still get that generation's bytes after the object is overwritten.
import { createHash } from 'node:crypto';
import { crc32cBase64 } from './crc32c.js';

export interface ObjectFields {
  contentType?: string;
  contentEncoding?: string;
  cacheControl?: string;
  /** Custom metadata, e.g. `{ sha256: '…' }`. */
  metadata?: Record<string, string>;
}

export interface StoredObject extends ObjectFields {
  bucket: string;
  name: string;
  generation: string;
  metageneration: number;
  size: number;
  crc32c: string;
  md5Hash: string;
  timeCreated: string;
  updated: string;
  /** A Buffer, or the seed of a synthetic body (see generated.ts). */
  body: Buffer | { seed: string };
}

export type Preconditions = {
  ifGenerationMatch?: string | number | undefined;
  ifGenerationNotMatch?: string | number | undefined;
  ifMetagenerationMatch?: string | number | undefined;
  ifMetagenerationNotMatch?: string | number | undefined;
};

export class PreconditionFailed extends Error {
  constructor(readonly status: 304 | 412) {
    super(status === 412 ? 'At least one of the pre-conditions you specified did not hold.' : 'Not Modified');
  }
}

const key = (bucket: string, name: string): string => `${bucket}\u0000${name}`;

export class Store {
  private readonly versions = new Map<string, StoredObject[]>();
  private readonly live = new Map<string, StoredObject>();
  private nextGeneration: number;
  private tick = 0;

  constructor(firstGeneration: number) {
    this.nextGeneration = firstGeneration;
  }

  /** Deterministic clock: one second per write from 2024-01-01, so snapshots are stable. */
  private now(): string {
    return new Date(Date.UTC(2024, 0, 1) + 1000 * this.tick++).toISOString();
  }

  current(bucket: string, name: string): StoredObject | undefined {
    return this.live.get(key(bucket, name));
  }

  /** The live object, or the given generation (live or not). */
  find(bucket: string, name: string, generation?: string | number): StoredObject | undefined {
    if (generation === undefined || generation === '') return this.current(bucket, name);
    return this.versions.get(key(bucket, name))?.find((o) => o.generation === String(generation));
  }

  liveObjects(): StoredObject[] {
    return [...this.live.values()];
  }

  allVersions(): StoredObject[] {
    return [...this.versions.values()].flat();
  }

  /** Throws PreconditionFailed like GCS: 412 for writes, 304 for reads on *NotMatch. */
  static check(obj: StoredObject | undefined, p: Preconditions, write: boolean): void {
    const gen = obj?.generation ?? '0';
    const meta = obj ? String(obj.metageneration) : undefined;
    const fail = (notMatch: boolean) => {
      throw new PreconditionFailed(notMatch && !write ? 304 : 412);
    };
    if (p.ifGenerationMatch !== undefined && String(p.ifGenerationMatch) !== gen) fail(false);
    if (p.ifGenerationNotMatch !== undefined && String(p.ifGenerationNotMatch) === gen) fail(true);
    if (p.ifMetagenerationMatch !== undefined && String(p.ifMetagenerationMatch) !== meta) fail(false);
    if (p.ifMetagenerationNotMatch !== undefined && String(p.ifMetagenerationNotMatch) === meta) fail(true);
  }

  write(
    bucket: string,
    name: string,
    body: Buffer | { seed: string; size: number; crc32c: string; md5Hash: string },
    fields: ObjectFields,
    pre: Preconditions = {},
  ): StoredObject {
    Store.check(this.current(bucket, name), pre, true);
    const time = this.now();
    const hashes = Buffer.isBuffer(body)
      ? { size: body.length, crc32c: crc32cBase64(body), md5Hash: createHash('md5').update(body).digest('base64') }
      : { size: body.size, crc32c: body.crc32c, md5Hash: body.md5Hash };
    const obj: StoredObject = {
      bucket,
      name,
      generation: String(this.nextGeneration++),
      metageneration: 1,
      contentType: fields.contentType ?? 'application/octet-stream',
      ...(fields.contentEncoding ? { contentEncoding: fields.contentEncoding } : {}),
      ...(fields.cacheControl ? { cacheControl: fields.cacheControl } : {}),
      ...(fields.metadata ? { metadata: { ...fields.metadata } } : {}),
      ...hashes,
      timeCreated: time,
      updated: time,
      body: Buffer.isBuffer(body) ? body : { seed: body.seed },
    };
    const k = key(bucket, name);
    this.versions.set(k, [...(this.versions.get(k) ?? []), obj]);
    this.live.set(k, obj);
    return obj;
  }

  /** Metadata-only update (PATCH): same generation, metageneration + 1, in place. */
  patch(obj: StoredObject, fields: ObjectFields): StoredObject {
    if (fields.contentType !== undefined) obj.contentType = fields.contentType;
    if (fields.contentEncoding !== undefined) obj.contentEncoding = fields.contentEncoding;
    if (fields.cacheControl !== undefined) obj.cacheControl = fields.cacheControl;
    if (fields.metadata !== undefined) {
      // GCS semantics: keys with null values are removed, others merged.
      const merged: Record<string, string> = { ...obj.metadata };
      for (const [k, v] of Object.entries(fields.metadata)) {
        if (v === null) delete merged[k];
        else merged[k] = v;
      }
      obj.metadata = merged;
    }
    obj.metageneration++;
    obj.updated = this.now();
    return obj;
  }

  /** Deletes the live version; older generations stay readable by generation number. */
  delete(bucket: string, name: string): boolean {
    return this.live.delete(key(bucket, name));
  }
}
