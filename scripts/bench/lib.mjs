// Shared bench helpers: wall-clock timing of child processes, medians, peak memory, machine facts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

export const NODE = process.execPath;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Run once, synchronously; returns wall ms, exit code and output. `before` runs untimed (e.g. reset a file). */
export const runOnce = (cmd, args, opts = {}) => {
  opts.before?.();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return { ms, code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
};

/**
 * Time several commands round-robin (the start rotates each round), so machine noise spreads over all of
 * them instead of landing on one. Each command: { key, cmd, args, opts, expect: [exit codes], keep: stdout of every run }.
 * Returns key → { median, runs[], code, last }.
 */
export const timeAll = (commands, runs) => {
  const out = Object.fromEntries(commands.map((c) => [c.key, { runs: [], stdouts: [], code: null, last: null }]));
  for (let round = 0; round < runs; round++)
    for (let i = 0; i < commands.length; i++) {
      const c = commands[(i + round) % commands.length];
      const r = runOnce(c.cmd, c.args, c.opts);
      const expect = c.expect ?? [0];
      if (!expect.includes(r.code))
        throw new Error(`bench: ${c.key} exited ${r.code ?? r.signal} (expected ${expect.join('|')})\n${r.stderr.slice(0, 2000)}`);
      const o = out[c.key];
      o.runs.push(r.ms);
      if (c.keep) o.stdouts.push(r.stdout);
      o.code = r.code;
      o.last = r;
    }
  for (const o of Object.values(out)) o.median = median(o.runs);
  return out;
};

/** Peak resident set size (KiB) of one run: /usr/bin/time (%M) when present, else (node targets only) a wrapper reading maxRSS. */
export const peakRssKiB = (cmd, args, opts = {}) => {
  const dir = mkdtempSync(join(os.tmpdir(), 'mg-bench-rss-'));
  try {
    opts.before?.();
    const file = join(dir, 'rss');
    if (existsSync('/usr/bin/time')) {
      spawnSync('/usr/bin/time', ['-f', '%M', '-o', file, cmd, ...args], { ...opts, stdio: 'ignore' });
      return { kib: Number(readFileSync(file, 'utf8').trim().split('\n').pop()), how: '/usr/bin/time' };
    }
    if (cmd !== NODE) return { kib: null, how: 'unavailable' };
    // Only node targets can report their own maxRSS: a wrapper drops itself from argv, then imports the script.
    const wrapper = join(dir, 'wrap.mjs');
    writeFileSync(
      wrapper,
      `import{writeFileSync}from'node:fs';import{pathToFileURL}from'node:url';` +
        `process.on('exit',()=>writeFileSync(${JSON.stringify(file)},String(process.resourceUsage().maxRSS)));` +
        `process.argv.splice(1,1);await import(pathToFileURL(process.argv[1]).href);`,
    );
    spawnSync(NODE, [wrapper, ...args], { ...opts, stdio: 'ignore' });
    return { kib: Number(readFileSync(file, 'utf8')), how: 'process.resourceUsage().maxRSS' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export const machine = () => {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    // The load average says how quiet the machine was: figures from a busy machine are noisy.
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
    date: new Date().toISOString(),
  };
};

export const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
export const ratio = (a, b) => Number((a / b).toFixed(2));
