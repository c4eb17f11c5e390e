// The CLI's stdout and stderr, written to their file descriptors. Node makes process.stdout a stream on first use,
// and for a pipe (how CI and scripts read the CLI) a net.Socket: that loads node's net and stream modules, about 4 ms
// of every command's start-up, for writes node itself makes synchronously on Linux and macOS pipes, files and
// terminals. A write that does not go through here (a full non-blocking pipe, a closed one, any other error) goes,
// with every later one, to the stream as before: the same bytes in the same order, and the stream's errors.
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

/**
 * The CLI's two writers. On Windows, where node writes pipes asynchronously and their descriptors are not what
 * writeSync expects, the streams themselves.
 */
export const stdio = (): { out: (s: string) => void; err: (s: string) => void } =>
  process.platform === 'win32'
    ? { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }
    : { out: fdWriter(1, () => process.stdout), err: fdWriter(2, () => process.stderr) };
