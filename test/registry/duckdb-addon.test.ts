// The bundle loads DuckDB's addon through duckdb-addon.ts instead of @duckdb/node-bindings' entry: it must pick the
// file that entry picks wherever it decides, and leave the choice to the entry wherever it cannot.
import { mkdtempSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addonFor, type Libc, libcOfElf, loadAddon } from '../../src/registry/duckdb-addon.js';

const require = createRequire(import.meta.url);
// detect-libc's own interpreter check (the file @duckdb/node-bindings' entry relies on), for comparison.
const detect = require('detect-libc') as { familySync: () => string | null };
const { interpreterPath } = require(require.resolve('detect-libc/lib/elf.js')) as { interpreterPath: (b: Buffer) => string | null };
const detectFamily = (head: Buffer): Libc | null => {
  try {
    const path = interpreterPath(head);
    return path?.includes('/ld-musl-') ? 'musl' : path?.includes('/ld-linux-') ? 'glibc' : null;
  } catch {
    return null; // detect-libc catches a read past the head and decides nothing
  }
};

/** A 64-bit ELF head: the program header table at `table`, `headers` of [type, offset, size], then `tail` bytes. */
const elf = (o: {
  headers: [number, number, number][];
  table?: number;
  size?: number;
  cls?: number;
  endian?: number;
  strings?: [number, string][];
  length?: number;
}) => {
  const b = Buffer.alloc(o.length ?? 2048);
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = o.cls ?? 2;
  b[5] = o.endian ?? 1;
  const table = o.table ?? 64;
  b.writeUInt32LE(table, 32);
  b.writeUInt16LE(o.size ?? 56, 54);
  b.writeUInt16LE(o.headers.length, 56);
  o.headers.forEach(([type, offset, size], i) => {
    const at = table + i * (o.size ?? 56);
    if (at + 4 <= b.length) b.writeUInt32LE(type, at);
    if (at + 12 <= b.length) b.writeUInt32LE(offset, at + 8);
    if (at + 36 <= b.length) b.writeUInt32LE(size, at + 32);
  });
  for (const [at, s] of o.strings ?? []) if (at < b.length) b.write(s, at);
  return b;
};
const withInterp = (path: string, extra: Partial<Parameters<typeof elf>[0]> = {}) =>
  elf({
    headers: [
      [6, 64, 112],
      [3, 600, path.length + 1],
    ],
    strings: [[600, `${path}\0`]],
    ...extra,
  });

describe('libcOfElf', () => {
  it.each([
    ['/lib64/ld-linux-x86-64.so.2', 'glibc'],
    ['/lib/ld-linux-aarch64.so.1', 'glibc'],
    ['/lib/ld-musl-x86_64.so.1', 'musl'],
    ['/lib/ld-musl-aarch64.so.1', 'musl'],
    ['/system/bin/linker64', null],
    ['/nix/store/abc-glibc/lib/ld.so', null],
  ])('interpreter %s → %s, as detect-libc decides', (path, libc) => {
    const head = withInterp(path);
    expect(libcOfElf(head)).toBe(libc);
    expect(detectFamily(head)).toBe(libc);
  });

  it.each([
    ['not an ELF file', Buffer.from('#!/bin/sh\n'.padEnd(2048, ' '))],
    ['a head shorter than the ELF header', withInterp('/lib64/ld-linux-x86-64.so.2').subarray(0, 40)],
    ['a 32-bit ELF', withInterp('/lib64/ld-linux-x86-64.so.2', { cls: 1 })],
    ['a big-endian ELF', withInterp('/lib64/ld-linux-x86-64.so.2', { endian: 2 })],
    [
      'no PT_INTERP (static)',
      elf({
        headers: [
          [6, 64, 112],
          [1, 0, 4096],
        ],
      }),
    ],
    ['a program header table past the head', withInterp('/lib64/ld-linux-x86-64.so.2', { table: 4000 })],
  ])('%s → null (the package entry decides)', (_, head) => {
    expect(libcOfElf(head)).toBeNull();
    expect(detectFamily(head)).toBeNull();
  });

  it('agrees with detect-libc on any head', () => {
    const paths = fc.constantFrom(
      '/lib64/ld-linux-x86-64.so.2',
      '/lib/ld-musl-x86_64.so.1',
      '/lib/x',
      '',
      '/lib/ld-linux-\0\n/ld-musl-',
      '\0',
    );
    fc.assert(
      fc.property(
        fc.record({
          table: fc.integer({ min: 0, max: 2100 }),
          size: fc.integer({ min: 0, max: 60 }),
          headers: fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 2100 }), fc.integer({ min: 0, max: 80 })), {
            minLength: 1,
            maxLength: 6,
          }),
          strings: fc.array(fc.tuple(fc.integer({ min: 0, max: 2047 }), paths), { maxLength: 3 }),
          length: fc.integer({ min: 0, max: 2048 }),
        }),
        (o) => {
          const head = elf({ ...o, length: Math.max(o.length, 58) }).subarray(0, o.length);
          expect(libcOfElf(head)).toBe(detectFamily(head));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads the running node as detect-libc does', () => {
    if (process.platform !== 'linux') return;
    const b = Buffer.alloc(2048);
    const head = b.subarray(0, readSync(openSync('/proc/self/exe', 'r'), b, 0, 2048, 0));
    const libc = libcOfElf(head);
    if (libc) expect(libc).toBe(detect.familySync());
  });
});

describe('addonFor', () => {
  it.each([
    ['linux', 'x64', 'glibc', '@duckdb/node-bindings-linux-x64/duckdb.node'],
    ['linux', 'x64', 'musl', '@duckdb/node-bindings-linux-x64-musl/duckdb.node'],
    ['linux', 'arm64', 'glibc', '@duckdb/node-bindings-linux-arm64/duckdb.node'],
    ['linux', 'arm64', 'musl', '@duckdb/node-bindings-linux-arm64-musl/duckdb.node'],
    ['linux', 'x64', null, undefined],
    ['linux', 'ppc64', 'glibc', undefined],
    ['darwin', 'arm64', null, undefined],
    ['win32', 'x64', null, undefined],
  ] as const)('%s-%s with %s → %s', (platform, arch, libc, file) => {
    expect(addonFor(platform, arch, libc)).toBe(file);
  });
});

describe('loadAddon', () => {
  it("returns the very module @duckdb/node-bindings' entry returns", () => {
    const addon = loadAddon(import.meta.url);
    expect(addon).toBe(require('@duckdb/node-bindings'));
    expect(typeof (addon as { open: unknown }).open).toBe('function');
  });

  it('throws where the package is not installed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-addon-'));
    expect(() => loadAddon(join(dir, 'index.js'))).toThrow(/@duckdb\/node-bindings/);
  });
});
