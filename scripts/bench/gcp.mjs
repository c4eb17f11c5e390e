// Sections 2 (round trips) and 5 (artifact hashing): the CLI bundle against the GCS, BigQuery and Cloud Run
// stand-ins, which run in a forked node process (scripts/bench/standins.mjs) so they never share the CLI's thread.
import { fork } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, NODE, ratio, runOnce, timeAll } from './lib.mjs';

export const startStandins = async () => {
  const child = fork(join(import.meta.dirname, 'standins.mjs'), {
    execArgv: ['--experimental-transform-types', '--no-warnings', '--import', join(import.meta.dirname, 'ts-hooks.mjs')],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const pending = new Map();
  let next = 0;
  const ready = new Promise((ok, ko) => {
    child.once('exit', (c) => ko(new Error(`stand-ins exited ${c}`)));
    child.on('message', (m) => {
      if (m.ready) return ok(m.ready);
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p.ko(new Error(m.error));
      else p.ok(m.result);
    });
  });
  const urls = await ready;
  const call = (op, ...args) =>
    new Promise((ok, ko) => {
      pending.set(++next, { ok, ko });
      child.send({ id: next, op, args });
    });
  const env = {
    ...process.env,
    STORAGE_EMULATOR_HOST: urls.gcs,
    BIGQUERY_EMULATOR_HOST: urls.bigquery,
    CLOUD_RUN_EMULATOR_HOST: urls.run,
    GOOGLE_OAUTH_ACCESS_TOKEN: 'stand-in-token',
  };
  return { call, env, close: () => call('close').catch(() => undefined) };
};

const CLAUDE_MD = '# Notes\n\n<!-- model-governance:begin -->\n<!-- model-governance:end -->\n';
const check = (r, key, expect = [0]) => {
  if (!expect.includes(r.code)) throw new Error(`bench: ${key} exited ${r.code ?? r.signal}\n${r.stderr.slice(0, 2000)}`);
  return r;
};

/**
 * Section 5: drift streams a 1 GB object from the stand-in and hashes it; the limit is sha256sum of the same bytes
 * on disk. openssl dgst is timed too when present: it shows what this CPU's SHA-256 instructions allow.
 */
export const hashing = async ({ bundle, work, runs, sizeBytes = 2 ** 30 }) => {
  const s = await startStandins();
  const file = join(work, 'model-1g.bin');
  try {
    const cli = join(bundle, 'cli', 'index.js');
    const { manifest, sha } = await s.call('hashing', sizeBytes, file);
    const claudeMd = join(work, 'CLAUDE-hash.md');
    writeFileSync(claudeMd, CLAUDE_MD);
    const opts = { env: s.env, cwd: work };
    check(runOnce(NODE, [cli, 'claude-md', '--manifest', manifest, '--claude-md', claudeMd, '--write'], opts), 'claude-md');
    const cmds = {
      drift: [NODE, [cli, 'drift', '--manifest', manifest, '--claude-md', claudeMd, '--json']],
      sha256sum: ['sha256sum', [file]],
      ...(runOnce('openssl', ['version'], opts).code === 0 ? { openssl: ['openssl', ['dgst', '-sha256', '-r', file]] } : {}),
    };
    const keys = Object.keys(cmds);
    const times = Object.fromEntries(keys.map((k) => [k, []]));
    let summary = '';
    for (let i = 0; i < runs; i++)
      for (const k of i % 2 ? [...keys].reverse() : keys) {
        const r = check(runOnce(...cmds[k], opts), k);
        times[k].push(r.ms);
        if (k !== 'drift' && !r.stdout.startsWith(sha)) throw new Error(`bench: ${k} disagrees with the generator`);
        if (k === 'drift') {
          const report = JSON.parse(r.stdout);
          if (!report.findings.some((f) => f.code === 'artifact.verified' && f.message.includes('streamed content')))
            throw new Error('bench: drift did not stream and hash the object');
          summary = report.summary;
        }
      }
    const m = Object.fromEntries(keys.map((k) => [k, median(times[k])]));
    const ratios = { sha256sum: ratio(m.drift, m.sha256sum), ...(m.openssl ? { openssl: ratio(m.drift, m.openssl) } : {}) };
    return { bytes: sizeBytes, runs, times, medianMs: m, ratio: ratios.sha256sum, ratios, summary };
  } finally {
    rmSync(file, { force: true });
    await s.close();
  }
};
// The unavoidable sequential chain per mode (see bench/README.md): drift = GCS manifest metadata → download →
// artifact stats (3; GetService → GetRevision and BigQuery tables.get ‖ query run beside it); sync = the same read
// wave without artifact stats (2) + MERGE + the read that verifies it.
export const FLOORS = { drift: 3, sync: 4 };

/** Section 2: each mode at 0 ms and 50 ms latency per request; request counts from the stand-ins' logs. */
export const roundTrips = async ({ bundle, work, runs, latencyMs = 50 }) => {
  const s = await startStandins();
  try {
    const cli = join(bundle, 'cli', 'index.js');
    const sc = await s.call('roundTrips');
    const claudeMd = join(work, 'CLAUDE-rt.md');
    writeFileSync(claudeMd, CLAUDE_MD);
    const registry = `bigquery:${sc.project}.governance.model_registry`;
    // Each mode takes only the options it reads (a foreign one is a usage error).
    const [manifest, reg, doc] = [
      ['--manifest', sc.manifest],
      ['--registry', registry],
      ['--claude-md', claudeMd],
    ];
    const opts = { env: s.env, cwd: work };
    check(runOnce(NODE, [cli, 'sync', ...manifest, ...reg, '--create-table'], opts), 'sync --create-table');
    check(runOnce(NODE, [cli, 'claude-md', ...manifest, ...doc, '--write'], opts), 'claude-md');
    const modes = {
      drift: [cli, 'drift', ...manifest, ...reg, ...doc, '--deployment', `run:${sc.service}`, '--model-env', sc.env, '--json'],
      sync: [cli, 'sync', ...manifest, ...reg],
    };
    // Rounds interleave the latencies and modes (the first latency alternates), as timeAll does elsewhere: a slow
    // spell of a shared machine then falls on every configuration alike, not on one configuration's block of runs.
    const out = Object.fromEntries(
      Object.keys(modes).map((mode) => [mode, { floorTrips: FLOORS[mode], 0: { times: [] }, [latencyMs]: { times: [] } }]),
    );
    let note = 0;
    for (let i = 0; i < runs; i++)
      for (const lat of i % 2 === 0 ? [0, latencyMs] : [latencyMs, 0]) {
        await s.call('setLatency', lat);
        for (const [mode, args] of Object.entries(modes)) {
          if (mode === 'sync') await s.call('manifestNote', `run ${++note}`);
          const from = await s.call('counts');
          const r = check(runOnce(NODE, args, opts), mode);
          const o = out[mode];
          o[lat].times.push(r.ms);
          o.requests = await s.call('since', from);
          o.counts = Object.fromEntries(Object.entries(o.requests).map(([k, v]) => [k, v.length]));
          const stdout = r.stdout.trimStart().startsWith('{') ? JSON.parse(r.stdout).summary : r.stdout.trim().split('\n').slice(-1)[0];
          o.last = stdout.slice(0, 300);
        }
      }
    for (const o of Object.values(out)) for (const lat of [0, latencyMs]) o[lat].medianMs = median(o[lat].times);
    const families = await manyFamilies({ s, cli, work, runs, latencyMs, count: 20 });
    for (const o of Object.values(out)) {
      const floorMs = o.floorTrips * latencyMs;
      o.floorMs = floorMs;
      o.ratio = ratio(o[latencyMs].medianMs, floorMs);
      o.addedRatio = ratio(o[latencyMs].medianMs - o[0].medianMs, floorMs);
    }
    return { latencyMs, runs, modes: out, families };
  } finally {
    await s.close();
  }
};

/**
 * Section 2, many families: one config of `count` families (each its own manifest, BigQuery table, Cloud Run service
 * and CLAUDE.md), drift over all of them vs drift over one of them (`--family`), same config, same latency, run
 * round-robin. Both must exit 0 with every family clean, so the many-family run did all the work.
 */
const manyFamilies = async ({ s, cli, work, runs, latencyMs, count }) => {
  await s.call('setLatency', 0);
  const sc = await s.call('families', count);
  const config = join(work, 'families.yml');
  const lines = ['families:'];
  for (const f of sc.families) {
    const claudeMd = join(work, `CLAUDE-${f.family}.md`);
    writeFileSync(claudeMd, CLAUDE_MD);
    lines.push(
      `  - name: ${f.family}`,
      `    manifest: ${f.manifest}`,
      `    registry: ${f.registry}`,
      '    create-table: true',
      `    deployment: run:${f.service}`,
      `    model-env: ${sc.env}`,
      `    claude-md: ${claudeMd}`,
    );
  }
  writeFileSync(config, `${lines.join('\n')}\n`);
  const opts = { env: s.env, cwd: work };
  check(runOnce(NODE, [cli, 'sync', '--config', config], opts), 'families sync');
  check(runOnce(NODE, [cli, 'claude-md', '--config', config, '--write'], opts), 'families claude-md');
  await s.call('setLatency', latencyMs);
  const first = sc.families[0].family;
  const drift = (key, extra) => ({ key, cmd: NODE, args: [cli, 'drift', '--config', config, ...extra, '--json'], opts, keep: true });
  const from = await s.call('counts');
  const t = timeAll([drift('one', ['--family', first]), drift('all', [])], runs);
  const requests = await s.call('since', from);
  const clean = (key, n) => {
    for (const out of t[key].stdouts) {
      const parsed = JSON.parse(out);
      const reports = Array.isArray(parsed) ? parsed : [parsed];
      if (reports.length !== n || !reports.every((r) => r.ok && r.summary.startsWith('No drift')))
        throw new Error(`bench: drift over ${n} families was not clean: ${out.slice(0, 500)}`);
    }
  };
  clean('one', 1);
  clean('all', count);
  // A warning (say, Node's MaxListenersExceededWarning from families waiting at once) would be a stray line in a log.
  for (const key of ['one', 'all'])
    if (/Warning/.test(t[key].last.stderr)) throw new Error(`bench: drift over families warned: ${t[key].last.stderr.slice(0, 500)}`);
  await s.call('setLatency', 0);
  return {
    count,
    latencyMs,
    medianMs: { one: t.one.median, all: t.all.median },
    times: { one: t.one.runs, all: t.all.runs },
    // Both commands ran `runs` times: per run, the requests of one and of all families together.
    requestsPerRound: Object.fromEntries(Object.entries(requests).map(([k, v]) => [k, v.length / runs])),
    ratio: ratio(t.all.median, t.one.median),
  };
};
