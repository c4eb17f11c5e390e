import { afterEach, describe, expect, it, vi } from 'vitest';
import { gcsFile, parseGsUrl, storageClient } from '../../src/gcs/client.js';

afterEach(() => vi.unstubAllEnvs());

describe('storageClient', () => {
  it('is one client for every read of a run with the same endpoint, project and token', () => {
    vi.stubEnv('STORAGE_EMULATOR_HOST', '127.0.0.1:9');
    vi.stubEnv('GOOGLE_OAUTH_ACCESS_TOKEN', 'a');
    const first = storageClient();
    expect(storageClient()).toBe(first);
    expect(storageClient({ endpoint: '127.0.0.1:9' })).toBe(first);
    // Anything that changes where or as whom it asks is another client.
    expect(storageClient({ endpoint: '127.0.0.1:10' })).not.toBe(first);
    vi.stubEnv('GOOGLE_OAUTH_ACCESS_TOKEN', 'b');
    expect(storageClient()).not.toBe(first);
    vi.stubEnv('GOOGLE_OAUTH_ACCESS_TOKEN', 'a');
    vi.stubEnv('GOOGLE_CLOUD_PROJECT', 'other-project');
    expect(storageClient()).not.toBe(first);
  });

  it('keeps the emulator base URL on the shared client', () => {
    const s = storageClient({ endpoint: 'http://127.0.0.1:11/storage/v1' });
    expect((s as unknown as { baseUrl: string }).baseUrl).toBe('http://127.0.0.1:11/storage/v1');
  });
});

describe('gcsFile', () => {
  const storage = storageClient({ endpoint: '127.0.0.1:12' });

  it('names the object, and the generation only when given', () => {
    const f = gcsFile(storage, parseGsUrl('gs://bucket-a/dir/model.bin'), '17');
    expect([f.bucket.name, f.name, f.generation]).toEqual(['bucket-a', 'dir/model.bin', 17]);
    expect(gcsFile(storage, parseGsUrl('gs://bucket-a/dir/model.bin')).generation).toBeUndefined();
  });

  it("reuses a bucket's handle, per client, and holds a bounded number of them", () => {
    const a = gcsFile(storage, parseGsUrl('gs://bucket-a/x')).bucket;
    expect(gcsFile(storage, parseGsUrl('gs://bucket-a/y')).bucket).toBe(a);
    expect(gcsFile(storage, parseGsUrl('gs://bucket-b/y')).bucket).not.toBe(a);
    expect(gcsFile(storageClient({ endpoint: '127.0.0.1:13' }), parseGsUrl('gs://bucket-a/x')).bucket).not.toBe(a);
    // Hundreds of bucket names (a hostile manifest may name any number): the handles are dropped, not hoarded.
    for (let i = 0; i < 300; i++) expect(gcsFile(storage, parseGsUrl(`gs://bucket-${i}/o`)).bucket.name).toBe(`bucket-${i}`);
    expect(gcsFile(storage, parseGsUrl('gs://bucket-a/x')).bucket).not.toBe(a);
  });
});
