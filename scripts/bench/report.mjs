// results → bench/results.md. Every timing is shown with the same-run baseline it is divided by.
import { fmtMs } from './lib.mjs';

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const TODO = 'TODO — measured in part 2 (needs the GCS/BigQuery/Cloud Run stand-ins with added latency)';

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
  `Statements per apply (DuckDB): ${s.statements.total} in all, ${s.statements.merge} MERGE — SQL text ${s.statements.mergeSqlBytes.join(', ')} bytes, bound rows ≈ ${s.statements.mergeParamBytes.map(kib).join(', ')} as JSON. The rest: ${[...new Set(s.statements.list.filter((q) => !q.startsWith('MERGE')).map((q) => q.split(' ').slice(0, 2).join(' ')))].join('; ')}.`,
  'BigQuery MERGE count and size: measured in part 2.',
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
        ['drift within 1.5× its round-trip floor', '—', 'part 2'],
        ['hashing within 1.5× sha256sum', '—', 'part 2'],
      ],
    ),
    '',
  ];
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
    ...(r.coldStart ? coldStart(r.coldStart) : ['## 1. Cold start: not run']),
    '',
    '## 2. Round trips',
    '',
    TODO,
    '',
    '## 3. The seeds’ own way (gsutil / bq / gcloud)',
    '',
    TODO,
    '',
    ...(r.lintScale ? lint(r.lintScale) : ['## 4. lint-filenames at scale: not run']),
    '',
    '## 5. Artifact hashing (1 GB from the GCS stand-in vs sha256sum)',
    '',
    TODO,
    '',
    ...(r.scale ? scale(r.scale) : ['## 6. Scale: not run']),
    '',
  ].join('\n');
};
