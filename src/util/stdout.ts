// Standard output without node's stdout stream. Its first use builds the stream (node's stream modules, and net's
// for a pipe): a few milliseconds of an offline start-up, compiled afresh on every run. On Linux node writes stdout
// synchronously whether it is a file, a pipe or a terminal, so a write(2) of our own puts the same bytes in the same
// order. Elsewhere (a pipe on macOS is written asynchronously) and after any failed write, node's stream does it.
import { writeSync } from 'node:fs';

let direct = process.platform === 'linux';

/** Writes `text` (UTF-8) to standard output, as `process.stdout.write(text)` would. */
export const writeStdout = (text: string): void => {
  if (!direct) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch {
    // EAGAIN (a non-blocking pipe is full), EPIPE, …: the stream takes the rest, and every later write, so nothing is
    // reordered and each error surfaces as it would have.
    direct = false;
    process.stdout.write(bytes.subarray(done));
  }
};
