// Standard output and error without node's stdio streams. The first use of process.stdout builds its stream (node's
// stream modules, and net's for a pipe, how CI and scripts read us): a few milliseconds of every offline start-up,
// compiled afresh on each run. On Linux node writes stdout and stderr synchronously whether they are files, pipes or
// terminals, so a write(2) of our own puts the same bytes in the same order. Elsewhere (macOS writes pipes
// asynchronously, Windows descriptors are not what writeSync expects) node's streams do it. After any failed write
// (EAGAIN on a full non-blocking pipe, EPIPE, …) the stream takes the rest of it and every later write, so nothing is
// reordered and each error surfaces as it would have.
import { writeSync } from 'node:fs';

export interface Writable {
  write(chunk: string | Uint8Array): unknown;
}

/** Writes each string's UTF-8 bytes to `fd`; from the first failure on, to `stream()` instead. */
export const fdWriter = (fd: number, stream: () => Writable): ((s: string) => void) => {
  let fallback: Writable | undefined;
  return (s) => {
    if (fallback) {
      fallback.write(s);
      return;
    }
    const bytes = Buffer.from(s, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    } catch {
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
