// Standard output and error without node's stdio streams. The first use of process.stdout builds its stream (node's
// stream modules, and net's for a pipe, how CI and scripts read us): a few milliseconds of every offline start-up,
// compiled afresh on each run. A write(2) of our own puts the same bytes in the same order; where it differs from
// node's stream is waiting: node writes files and terminals synchronously on Linux, but queues what a pipe or socket
// cannot take at once, where write(2) would wait for the reader (and hold every timer and socket of the run meanwhile).
// So a pipe or socket is written directly only while everything written to either so far fits in one page (4 KiB,
// counted over stdout and stderr together, as both may be the same pipe): the least a Linux pipe holds, even for a
// user over pipe-user-pages-soft, so the write never waits unless another process filled the pipe first. Past that,
// and after any failed write (EPIPE, …), node's streams take the rest of it and every later write of both, so nothing
// is reordered and each error surfaces as it would have. Elsewhere than Linux, node's streams do it all.
import { fstatSync, writeSync } from 'node:fs';

export interface Writable {
  write(chunk: string | Uint8Array): unknown;
}

/** The least a Linux pipe holds (one page): writers that have written less than this in all never wait on it. */
const PIPE_BYTES = 4096;
// Bytes written directly to a pipe or socket by either writer; PIPE_BYTES once either has handed over to its stream.
let pipeBytes = 0;

/** Whether writes to `fd` never wait on a reader (a file, a terminal, /dev/null), or may (a pipe, a socket, unknown). */
const neverWaits = (fd: number): boolean => {
  try {
    const s = fstatSync(fd);
    return s.isFile() || s.isCharacterDevice();
  } catch {
    return false;
  }
};

/** Writes each string's UTF-8 bytes to `fd`; once that could wait, or from the first failure on, to `stream()`. */
export const fdWriter = (fd: number, stream: () => Writable): ((s: string) => void) => {
  let fallback: Writable | undefined;
  let free: boolean | undefined;
  return (s) => {
    if (fallback) {
      fallback.write(s);
      return;
    }
    const bytes = Buffer.from(s, 'utf8');
    free ??= neverWaits(fd);
    if (!free && pipeBytes + bytes.length > PIPE_BYTES) {
      pipeBytes = PIPE_BYTES; // the other writer hands over too, so neither overtakes what a stream has queued
      fallback = stream();
      fallback.write(bytes);
      return;
    }
    if (!free) pipeBytes += bytes.length;
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    } catch {
      if (!free) pipeBytes = PIPE_BYTES;
      fallback = stream();
      if (done < bytes.length) fallback.write(bytes.subarray(done));
    }
  };
};

const direct = process.platform === 'linux';

/** Writes `text` (UTF-8) to standard output, as `process.stdout.write(text)` would. One writer per process. */
export const writeStdout: (text: string) => void = direct ? fdWriter(1, () => process.stdout) : (s) => void process.stdout.write(s);

/** The same for standard error. */
export const writeStderr: (text: string) => void = direct ? fdWriter(2, () => process.stderr) : (s) => void process.stderr.write(s);
