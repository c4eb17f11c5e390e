// results → bench/results.md. Every timing is shown with the same-run baseline it is divided by.
import { fmtMs } from './lib.mjs';
import { seedsWaySection } from './report-seeds.mjs';

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const mib = (b) => `${(b / 2 ** 20).toLocaleString('en')} MiB`;

const coldStart = (c) => [
  `## 1. Cold start (baseline \`node -e 0\` = ${fmtMs(c.baselineMs)} ms)`,
  '',
  table(
    ['command', 'median ms', '× node -e 0', 'exit', 'bundle chunks opened', 'native addons', 'Google clients loaded'],
    c.rows.map((r) => [
      r.key,
      fmtMs(r.medianMs),
      r.ratio,
      r.exit,
      r.chunks.join(', ') || '—',
      r.native.join(', ') || '—',
      r.how ? (r.loadsGoogle ? '**yes**' : 'no') : '—',
    ]),
  ),
  '',
  `Chunks opened were read with ${c.rows.find((r) => r.how)?.how ?? 'n/a'}. Bundle files (tags are strings found in the chunk):`,
  '',
  table(
    ['file', 'size', 'holds'],
    c.bundle.map((f) => [f.file, kib(f.bytes), f.tags.join(', ') || '—']),
  ),
];

const roundTrips = (rt) => {
  const L = rt.latencyMs;
  const rows = Object.entries(rt.modes).map(([mode, o]) => [
    mode,
    Object.entries(o.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
    `${o.floorTrips} × ${L} = ${o.floorMs}`,
    fmtMs(o[0].medianMs),
    fmtMs(o[L].medianMs),
    `${o.ratio}×`,
    `${o.addedRatio}×`,
  ]);
  return [
    `## 2. Round trips (every stand-in request delayed ${L} ms)`,
    '',
    table(
      [
        'mode',
        'requests',
        'floor ms (sequential trips × latency)',
        'wall ms at 0 ms',
        `wall ms at ${L} ms`,
        'wall ÷ floor',
        'added by latency ÷ floor',
      ],
      rows,
    ),
    '',
    'The floor counts only the requests that must wait for one another (see bench/README.md). "Added by latency" is',
    `wall at ${L} ms minus wall at 0 ms: the time the network costs, which is what running reads in parallel controls;`,
    '"wall ÷ floor" also carries the fixed CPU cost of starting node and loading the Google clients.',
    '',
    ...Object.entries(rt.modes).map(([mode, o]) => `- ${mode}: ${Object.values(o.requests).flat().join(' · ')}; printed "${o.last}"`),
    ...(rt.families ? ['', ...manyFamilies(rt.families)] : []),
  ];
};

const manyFamilies = (f) => [
  `### Many families at ${f.latencyMs} ms: one config of ${f.count} families, each its own manifest, BigQuery table, Cloud Run service`,
  '',
  table(
    ['drift --config', 'median ms', '÷ one family'],
    [
      [`--family ${'fam00'} (1 family)`, fmtMs(f.medianMs.one), '1'],
      [`all ${f.count} families`, fmtMs(f.medianMs.all), `${f.ratio}×`],
    ],
  ),
  '',
  `Requests per round (both commands): ${Object.entries(f.requestsPerRound)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}. Both exit 0 with every family "No drift" (checked on every run).`,
];

const hashing = (h) => [
  `## 5. Artifact hashing (${mib(h.bytes)} streamed from the GCS stand-in vs the same bytes on disk)`,
  '',
  table(
    ['command', 'median ms', 'MiB/s', 'drift ÷ this'],
    Object.entries(h.medianMs).map(([k, v]) => [
      k === 'drift'
        ? 'model-governance drift (download + CRC32C + SHA-256)'
        : k === 'openssl'
          ? 'openssl dgst -sha256 (disk)'
          : 'sha256sum (disk)',
      fmtMs(v),
      Math.round(h.bytes / 2 ** 20 / (v / 1000)).toLocaleString('en'),
      k === 'drift' ? '1' : (h.medianMs.drift / v).toFixed(2),
    ]),
  ),
  '',
  `drift ÷ sha256sum = ${h.ratios.sha256sum}×${h.ratios.openssl ? `; drift ÷ openssl = ${h.ratios.openssl}×` : ''}. drift printed: "${h.summary}".`,
  'drift’s time includes starting node, loading the Cloud Storage client and reading the manifest; the stand-in',
  'generates the bytes in its own process.',
];

const lint = (l) => [
  `## 4. lint-filenames at scale (${l.files.toLocaleString('en')} files on disk)`,
  '',
  table(
    ['command', 'median ms', '× floor (end to end)', '× floor loop only'],
    l.rows.map((r) => [r.key, fmtMs(r.medianMs), r.ratio, r.ratioToLoop]),
  ),
  '',
  `Floor, in process: readdir ${fmtMs(l.floorReaddirMs)} ms, regex loop over ${l.files.toLocaleString('en')} names ${fmtMs(l.floorLoopMs)} ms.`,
  `Violations found: ${Object.entries(l.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')} — ${l.countsAgree ? 'all agree' : '**they disagree**'}.`,
  `ls-lint rule: \`.cbm: regex:${l.lsLintRegex}\`${l.lsLintAvailable ? '' : ' (**ls-lint binary not found: not measured**)'}.`,
  l.patternInSync ? '' : '**Warning:** the copied DEFAULT_PATTERN no longer matches src/filenames/grammar.ts.',
];

const scale = (s) => [
  `## 6. Scale (${s.models.toLocaleString('en')} models vs ${s.registryRows.toLocaleString('en')} DuckDB rows; baseline \`node -e 0\` = ${fmtMs(s.baselineMs)} ms)`,
  '',
  table(
    ['command', 'median ms', '× node -e 0', '× INSERT floors (all rows / plan rows)', 'peak RSS MiB', 'exit'],
    s.rows.map((r) => [r.key, fmtMs(r.medianMs), r.ratio, r.ratioToFloors?.join(' / ') ?? '—', r.peakRssMiB ?? 'n/a', r.exit]),
  ),
  '',
  `Plan: ${s.plan.insert} insert, ${s.plan.update} update, ${s.plan.unchanged} unchanged, ${s.plan.extra} extra (kept). Apply printed: "${s.syncSummary}".`,
  `Raw INSERT floors, in process, the statement alone (binding the rows as one list parameter dominates): ${Object.entries(s.floorInsertMs)
    .map(([k, v]) => `${k.replace('floor: raw DuckDB INSERT of ', '')} ${fmtMs(v)} ms`)
    .join('; ')}.`,
  `Statements per apply (DuckDB): ${s.statements.total} in all, ${s.statements.merge} MERGE — SQL text ${s.statements.mergeSqlBytes.join(', ')} bytes, bound parameters ≈ ${s.statements.mergeParamBytes.map(kib).join(', ')} of data (strings' UTF-8 bytes, 8 per number). The rest: ${[...new Set(s.statements.list.filter((q) => !q.startsWith('MERGE')).map((q) => q.split(' ').slice(0, 2).join(' ')))].join('; ')}.`,
  ...(s.statements.appended?.length
    ? [
        `Rows staged through DuckDB's appender (temp tables, inside the transaction): ${s.statements.appended.map((a) => `${a.table} ${a.rows} rows${a.bytes != null ? ` (${kib(a.bytes)} of data)` : ''}`).join(', ')}.`,
      ]
    : []),
  ...(s.planPerRowMs != null ? [`10,000-model plan minus the 10-model plan (medians): ${fmtMs(s.planPerRowMs)} ms.`] : []),
  `claude-md ran on a ${(s.claudeMdBytes / 1048576).toFixed(2)} MiB CLAUDE.md with the block in the middle.`,
];

// Issue 6's acceptance figures, checked against this run (the lead re-runs on a quiet machine before quoting).
const targets = (r) => {
  const mark = (ok) => (ok ? 'met' : '**not met**');
  const cli = r.coldStart?.rows.filter((x) => x.key.startsWith('cli ') || x.key.startsWith('action ')) ?? [];
  const lint = r.lintScale?.rows;
  const ours = lint?.find((x) => x.key.startsWith('model-governance'));
  const peer = lint?.find((x) => x.key.startsWith('ls-lint'));
  return [
    '## Targets from issue 6 (this run)',
    '',
    table(
      ['target', 'this run', 'status'],
      [
        ...cli.map((x) => [`offline cold start ≤ 3× node -e 0: ${x.key}`, `${x.ratio}×`, mark(x.ratio <= 3)]),
        ...(ours && peer
          ? [
              [
                'lint-filenames ahead of ls-lint on 100,000 names',
                `${fmtMs(ours.medianMs)} vs ${fmtMs(peer.medianMs)} ms`,
                mark(ours.medianMs < peer.medianMs),
              ],
            ]
          : []),
        ...(r.roundTrips
          ? [
              [
                'drift within 1.5× its round-trip floor (latency added ÷ floor; wall ÷ floor)',
                `${r.roundTrips.modes.drift.addedRatio}×; ${r.roundTrips.modes.drift.ratio}×`,
                `${mark(r.roundTrips.modes.drift.addedRatio <= 1.5)} (wall: ${mark(r.roundTrips.modes.drift.ratio <= 1.5)})`,
              ],
            ]
          : []),
        ...(r.hashing ? [['hashing within 1.5× sha256sum', `${r.hashing.ratio}×`, mark(r.hashing.ratio <= 1.5)]] : []),
      ],
    ),
    '',
  ];
};

// Issue 12's cold-start targets, from section 1's ratios to node -e 0 in this run. The action's must hold from an empty
// code cache too: on a GitHub-hosted runner, where most actions run, every run is a first run (no cache is kept).
const COLD_START_12 = [
  ['action lint-filenames', 'action cold start (lint-filenames, offline)', 3, true],
  ['cli drift (service YAML, no registry)', 'CLI drift on a service YAML', 2.5, false],
  ['cli sync --dry-run (duckdb)', 'CLI sync --dry-run on DuckDB', 4, false],
];
const coldStartTargets12 = (r) =>
  COLD_START_12.flatMap(([key, what, max, firstRunCounts]) => {
    const x = r.coldStart?.rows.find((row) => row.key === key);
    if (!x) return [];
    const first = r.coldStart?.rows.find((row) => row.key === `${key}, first run (empty code cache)`);
    const also = first ? ` (first run, empty code cache: ${first.ratio}×)` : '';
    const warm = x.ratio <= max;
    const status =
      !firstRunCounts || !first
        ? warm
          ? 'met'
          : '**not met**'
        : warm && first.ratio <= max
          ? 'met'
          : warm
            ? 'met with a warm cache; **not met** from an empty one (a GitHub-hosted runner)'
            : '**not met**';
    return [[`${what} ≤ ${max}× node -e 0`, `${x.ratio}×${also}`, status]];
  });

// Issue 12's targets, each from figures measured in this same run (a section not run leaves its rows out).
const targets12 = (r) => {
  const mark = (ok) => (ok ? 'met' : '**not met**');
  const s = r.scale;
  const apply = s?.rows.find((x) => x.key === 'sync (apply)');
  const rt = r.roundTrips;
  // `npm test` is a wall time on this machine (the issue's own terms), not a ratio.
  const t = r.testWall;
  const rows = [
    ...coldStartTargets12(r),
    ...(rt
      ? [[`drift wall time ÷ its round-trip floor at ${rt.latencyMs} ms ≤ 2×`, `${rt.modes.drift.ratio}×`, mark(rt.modes.drift.ratio <= 2)]]
      : []),
    ...(s?.planPerRowMs != null
      ? [['10,000-model plan minus a 10-model plan ≤ 0.3 s', `${(s.planPerRowMs / 1000).toFixed(2)} s`, mark(s.planPerRowMs <= 300)]]
      : []),
    ...(apply?.peakRssMiB != null
      ? [['10,000-model apply on DuckDB, peak RSS ≤ 300 MiB', `${apply.peakRssMiB} MiB`, mark(apply.peakRssMiB <= 300)]]
      : []),
    ...(rt?.families
      ? [
          [
            `drift over ${rt.families.count} families ÷ drift over 1 family at ${rt.families.latencyMs} ms ≤ 2×`,
            `${rt.families.ratio}×`,
            mark(rt.families.ratio <= 2),
          ],
        ]
      : []),
    ...(t
      ? [
          [
            `\`npm test\` wall time ≤ 3 min, no test removed${t.subset.length ? ` (a subset: ${t.subset.join(' ')}; never counts as met)` : ''}`,
            `${(t.ms / 1000).toFixed(0)} s, exit ${t.code}, ${t.passed ?? '?'} tests passed; load ${t.loadBefore.join(' / ')} before, ${t.loadAfter.join(' / ')} after`,
            mark(t.code === 0 && !t.subset.length && t.ms <= 180_000),
          ],
        ]
      : []),
  ];
  return rows.length ? ['## Targets from issue 12 (this run)', '', table(['target', 'this run', 'status'], rows), ''] : [];
};

export const renderMarkdown = (r) => {
  const m = r.machine;
  // Only the load before the run counts: the bench itself keeps one core busy, so the load after always rises.
  const busy = (m.loadavg[0] ?? 0) > m.cores / 2;
  return [
    '# model-governance benchmarks',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os}, node ${m.node}. ${m.date}.`,
    `Each figure is the median of ${r.runs} runs, commands interleaved round-robin; ratios divide by a baseline measured in the same run.`,
    `Load average (1/5/15 min) ${m.loadavg.join(' / ')} before, ${(m.loadavgAfter ?? []).join(' / ')} after (the bench's own load)${busy ? ' — **the machine was busy: treat these figures as rough**' : ''}.`,
    '',
    ...targets(r),
    ...targets12(r),
    ...(r.coldStart ? coldStart(r.coldStart) : ['## 1. Cold start: not run']),
    '',
    ...(r.roundTrips ? roundTrips(r.roundTrips) : ['## 2. Round trips: not run']),
    '',
    ...seedsWaySection(r),
    '',
    ...(r.lintScale ? lint(r.lintScale) : ['## 4. lint-filenames at scale: not run']),
    '',
    ...(r.hashing ? hashing(r.hashing) : ['## 5. Artifact hashing: not run']),
    '',
    ...(r.scale ? scale(r.scale) : ['## 6. Scale: not run']),
    '',
  ].join('\n');
};
