import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// writeStdout against process.stdout.write, each in a node of its own (node strips the module's types itself).
const MODULE = pathToFileURL(resolve(import.meta.dirname, '../../src/util/stdout.ts')).href;
const dir = mkdtempSync(join(tmpdir(), 'stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Writes each string of the array `parts` evaluates to with `how`, then 'end' on stderr.
const program = (how: 'direct' | 'stream', parts: string): string[] => [
  '--input-type=module',
  '-e',
  `import { writeStdout } from ${JSON.stringify(MODULE)};
   const write = ${how === 'direct' ? 'writeStdout' : '(s) => process.stdout.write(s)'};
   for (const p of ${parts}) write(p);
   process.stderr.write('end');`,
];

// Non-ASCII text, a part far larger than a pipe's buffer, and an empty one.
const PARTS = ['héllo · wörld 🙂\n', `${'x'.repeat(3_000_000)}\n`, '', '::error::last\n'];
const PARTS_JS = `['héllo · wörld 🙂\\n', 'x'.repeat(3_000_000) + '\\n', '', '::error::last\\n']`;

describe('writeStdout', () => {
  it('puts the same bytes, in order, through a pipe as process.stdout.write does', () => {
    const run = (how: 'direct' | 'stream') =>
      spawnSync(process.execPath, program(how, PARTS_JS), { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    const [direct, stream] = [run('direct'), run('stream')];
    expect(direct.status).toBe(0);
    expect(direct.stderr.toString()).toBe('end');
    expect(direct.stdout.equals(stream.stdout)).toBe(true);
    expect(direct.stdout.toString()).toBe(PARTS.join(''));
  });

  it('puts the same bytes into a file', () => {
    const read = (how: 'direct' | 'stream') => {
      const file = join(dir, `${how}.txt`);
      const r = spawnSync('/bin/sh', ['-c', `"$0" "$@" > ${JSON.stringify(file)}`, process.execPath, ...program(how, PARTS_JS)]);
      expect(r.status).toBe(0);
      return readFileSync(file);
    };
    expect(read('direct').equals(read('stream'))).toBe(true);
  });

  it('ends as process.stdout.write does when the reader has gone (EPIPE)', async () => {
    const run = (how: 'direct' | 'stream') =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, program(how, `['a\\n', 'y'.repeat(1_000_000), 'b\\n']`), {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += d;
        });
        child.stdout.destroy(); // the reading end closes before the child writes
        child.on('close', (code) => done({ code, stderr: stderr.replace(/\n\s+at .*/g, '') }));
      });
    const [direct, stream] = [await run('direct'), await run('stream')];
    expect(direct.code).toBe(stream.code);
    expect(direct.stderr.split('\n')[0]).toBe(stream.stderr.split('\n')[0]);
  });

  it('never waits on a pipe nobody reads yet: past a pipe buffer the stream queues the rest, as node does', async () => {
    // The child writes 1 MiB, then says so on stderr; the test reads stdout only after that line. A write(2) of the
    // whole would wait for the reader forever (the test times out); the same bytes arrive either way.
    const child = spawn(process.execPath, program('direct', `['head\\n', 'z'.repeat(1 << 20), '\\ntail\\n']`), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pause();
    let stderr = '';
    await new Promise<void>((wrote) =>
      child.stderr.on('data', (d) => {
        stderr += d;
        if (stderr.includes('end')) wrote();
      }),
    );
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString()).toBe(`head\n${'z'.repeat(1 << 20)}\ntail\n`);
  });
});
