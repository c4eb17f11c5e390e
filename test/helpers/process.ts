// What a child process prints, gathered until it exits.
import type { ChildProcess } from 'node:child_process';

export interface Collected {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Resolves once `child` has closed, with its exit and everything it wrote; rejects if it cannot be spawned. */
export const collect = (child: ChildProcess): Promise<Collected> =>
  new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
