// Section 3 of bench/results.md: the seeds' own way (results.seedsWay from scripts/bench/seeds-way.mjs).
import { fmtMs } from './lib.mjs';

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const HEAD = '## 3. The seeds’ own way (gsutil / python3 / bq; gcloud run)';

/** "2 GCS + 1 BigQuery" from a { gcs, bigquery, run } count object. */
const reqs = (c) =>
  [
    ['GCS', c.gcs],
    ['BigQuery', c.bigquery],
    ['Cloud Run', c.run],
  ]
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}`)
    .join(' + ') || '0';
// A run whose request total differed from the others (a retry, say) is shown, not hidden.
const vary = (w) => (w.requestTotals?.length > 1 ? `; **varied across runs: ${w.requestTotals.join(', ')}**` : '');
const label = (step) => (step === 'drift' ? 'read check / drift' : step);
const total = (c) => (c.gcs ?? 0) + (c.bigquery ?? 0) + (c.run ?? 0);
const lines = (r) => [...r.gcs.map((x) => `GCS ${x}`), ...r.bigquery.map((x) => `BigQuery ${x}`), ...r.run.map((x) => `Cloud Run ${x}`)];
const code = (s) => `\`${s.replaceAll('`', "'")}\``;
// Inside a table cell a pipe must be escaped, even in a code span (GFM).
const cellCode = (s) => code(s).replaceAll('|', '\\|');

export const seedsWaySection = (results) => {
  const s = results.seedsWay;
  if (!s) return [`${HEAD}: not run`];
  if (s.skipped) return [HEAD, '', `Not run: ${s.skipped}.`];
  const L = s.latencyMs;
  const steps = Object.entries(s.steps);
  const cell = (o, lat) => `${fmtMs(o.seeds[lat].medianMs)} / ${fmtMs(o.ours[lat].medianMs)}`;
  const speed = (o, lat) => `${o.ratio[lat]} (${(o.seeds[lat].medianMs / o.ours[lat].medianMs).toFixed(0)}× faster)`;
  return [
    HEAD,
    '',
    `Median of ${s.runs} runs per latency, the two ways interleaved (the first one alternates). Same scenario as section 2: ` +
      `the manifest (${s.rowsPerTable} models) in the GCS stand-in, the registry in the BigQuery stand-in; each way writes its own table ` +
      'in the same dataset from the same manifest, and every timed sync changes one row. ' +
      `After every round both tables were read back from the stand-in: **identical rows in all ${s.comparisons} comparisons** ` +
      '(the bench fails otherwise).',
    '',
    table(
      [
        'step',
        'seeds’ way',
        'ours',
        '0 ms: seeds / ours ms',
        'ours ÷ seeds',
        `${L} ms: seeds / ours ms`,
        'ours ÷ seeds',
        'requests, seeds’ way',
        'requests, ours',
      ],
      steps.map(([step, o]) => [
        label(step),
        cellCode(o.seedsCmd),
        cellCode(o.oursCmd),
        cell(o, 0),
        speed(o, 0),
        cell(o, L),
        speed(o, L),
        `${total(o.seeds.counts)} (${reqs(o.seeds.counts)})${vary(o.seeds)}`,
        `${total(o.ours.counts)} (${reqs(o.ours.counts)})${vary(o.ours)}`,
      ]),
    ),
    '',
    `The seeds’ way, per command (median ms at 0 / ${L} ms; each command is its own process, as in the seeds’ shell scripts):`,
    '',
    table(
      ['step', 'command', `0 ms`, `${L} ms`],
      steps.flatMap(([step, o]) =>
        Object.keys(o.seeds[0].parts).map((p) => [label(step), cellCode(p), fmtMs(o.seeds[0].parts[p]), fmtMs(o.seeds[L].parts[p])]),
      ),
    ),
    '',
    ...(s.gcloudStorageCat
      ? [
          `For scale, \`gcloud storage cat\` (gsutil's successor, plain HTTP to the stand-in, not in any total): ${fmtMs(s.gcloudStorageCat[0])} / ${fmtMs(s.gcloudStorageCat[L])} ms.`,
          '',
        ]
      : []),
    ...(s.startupMs
      ? [
          `Start-up alone, no request sent: ${Object.entries(s.startupMs)
            .map(([k, v]) => `${code(k)} ${fmtMs(v)} ms`)
            .join(', ')} — most of each seeds’ command is the Google Cloud CLI starting (our CLI’s start-up is in section 1).`,
        ]
      : []),
    '',
    'Requests (from the stand-ins’ logs, last run):',
    '',
    ...steps.flatMap(([step, o]) => [
      `- ${label(step)}, seeds’ way: ${lines(o.seeds.requests).map(code).join(', ')}`,
      `- ${label(step)}, ours: ${lines(o.ours.requests).map(code).join(', ')}`,
    ]),
    '',
    `Last output — seeds’ sync: “${steps.find(([k]) => k === 'sync')?.[1].seeds.last}”; ours: “${steps.find(([k]) => k === 'sync')?.[1].ours.last}”. ` +
      `Seeds’ check: “${steps.find(([k]) => k === 'drift')?.[1].seeds.last}”; ours: “${steps.find(([k]) => k === 'drift')?.[1].ours.last}”. ` +
      `The seeds’ MERGE carries every value in its SQL text (${s.steps.sync.seeds.sqlBytes} bytes for ${s.rowsPerTable} models); ours sends one fixed statement with the rows bound as parameters.`,
    '',
    `**Pointed at the stand-ins** (${s.how.sdk}; ${s.how.python}; environment: ${s.how.env.map(code).join(', ')}, throwaway HOME and config, non-loopback traffic sent to a dead proxy):`,
    '',
    `- Manifest read (${code(s.manifestCli)}): ${s.how.gsutil}.`,
    `- BigQuery (${code('bq query')}, ${code('bq mk')} for the seeds’ table): ${code(s.how.bq)} — ${s.how.bqNote}.`,
    ...(s.gcloudStorageCat ? [`- ${s.how.gcloudStorage}.`] : []),
    '',
    '**Not pointed at the stand-ins:**',
    '',
    ...s.notPointed.map((n) => `- ${code(n.command)}: ${n.why}`),
    '',
    'Caveats:',
    '',
    ...s.caveats.map((c) => `- ${c}`),
  ];
};
