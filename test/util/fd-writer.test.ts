// fdWriter (util/stdout.ts): the bytes of every write reach the descriptor in order; from a failed write on,
// the rest of that write and every later one go to the stream.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fdWriter } from '../../src/util/stdout.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-stdio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collector = () => {
  const got: (string | Uint8Array)[] = [];
  return { got, stream: { write: (c: string | Uint8Array) => got.push(c) } };
};

describe('fdWriter', () => {
  it('writes UTF-8 bytes to the descriptor, in order, without the stream', () => {
    const file = join(dir, 'out');
    const fd = openSync(file, 'w');
    const { got, stream } = collector();
    try {
      const write = fdWriter(fd, () => stream);
      write('drift · catboost_v9\n');
      write('');
      write(`${'x'.repeat(200_000)}\n`);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe(`drift · catboost_v9\n${'x'.repeat(200_000)}\n`);
    expect(got).toEqual([]);
  });

  it('hands a write that fails, and every later one, to the stream', () => {
    const fd = openSync('/dev/full', 'w'); // every write fails (ENOSPC); a closed number could be reused meanwhile
    const { got, stream } = collector();
    try {
      const write = fdWriter(fd, () => stream);
      write('first\n');
      write('second\n');
    } finally {
      closeSync(fd);
    }
    expect(got.map((c) => Buffer.from(c).toString())).toEqual(['first\n', 'second\n']);
  });

  it('gives a pipe reader the whole of a large output (a child writing to its stdout pipe)', () => {
    const code = `import { fdWriter } from ${JSON.stringify(resolve(import.meta.dirname, '../../src/util/stdout.ts'))};
const out = fdWriter(1, () => process.stdout);
for (let i = 0; i < 2000; i++) out(\`line \${i} \${'é'.repeat(100)}\\n\`);`;
    const r = spawnSync(process.execPath, ['--experimental-strip-types', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(Array.from({ length: 2000 }, (_, i) => `line ${i} ${'é'.repeat(100)}\n`).join(''));
  });
});

describe('fdWriter on a pipe', () => {
  it('writes a page directly, then hands that writer and every other pipe writer to their streams', async () => {
    vi.resetModules(); // the count of bytes written to pipes is the module's own
    const { fdWriter: fresh } = await import('../../src/util/stdout.js');
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const fd = openSync(fifo, 'r+'); // read and write: the open does not wait for a reader
    try {
      const a = collector();
      const b = collector();
      const writeA = fresh(fd, () => a.stream);
      const writeB = fresh(fd, () => b.stream);
      writeA('x'.repeat(4000)); // direct
      writeB('y'.repeat(200)); // over the page in all: B's stream, and from now on A's too
      writeA('z');
      expect(a.got.map((c) => Buffer.from(c).toString())).toEqual(['z']);
      expect(b.got.map((c) => Buffer.from(c).toString())).toEqual(['y'.repeat(200)]);
      const read = Buffer.alloc(8192);
      expect(readSync(fd, read, 0, 8192, null)).toBe(4000);
    } finally {
      closeSync(fd);
    }
  });
});
