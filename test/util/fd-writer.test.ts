// fdWriter (util/stdout.ts): the bytes of every write reach the descriptor in order; from a failed write on,
// the rest of that write and every later one go to the stream.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
