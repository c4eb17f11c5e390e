// A real small filesystem for the full-disk and read-only cases: a tmpfs mounted on a directory. Needs root (the
// test machine is); elsewhere `canMount` is false and those tests say they were skipped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const probe = (): boolean => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmdirSync(dir);
  }
};

export const canMount: boolean = process.platform === 'linux' && process.getuid?.() === 0 && probe();

/** Mount a tmpfs with these options (e.g. `size=64k`, `nr_inodes=8`) on `dir`; returns the unmount. */
export const mountTmpfs = (dir: string, options: string): (() => void) => {
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  return () => execFileSync('umount', [dir]);
};

export const remountReadOnly = (dir: string): void => {
  execFileSync('mount', ['-o', 'remount,ro', dir]);
};
