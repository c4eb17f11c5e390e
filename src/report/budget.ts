// GitHub's size limits, one budget per channel. THE RULE: every text the action hands GitHub fits its channel's budget,
// and whatever is left out is announced by a visible "truncated, N more" line (never a silent cut); every truncated
// form keeps its marker (the marker is in the head, which is kept). The full JSON always goes to the findings-file.
// GitHub drops a step summary over 1 MiB, keeps an output up to 1 MB, a check-run summary/text up to 65,535
// characters, a comment/issue/PR body up to 65,536, takes 50 annotations a request and shows 10 error and 10 warning
// annotations a step from workflow commands.
export const BUDGET = {
  /** Job summary, in UTF-8 bytes (the runner measures the file). */
  summaryBytes: 1024 * 1024,
  /** Each step output, in UTF-8 bytes. */
  outputBytes: 1_000_000,
  /** Check-run output.summary / output.text, in characters. */
  checkText: 65_535,
  /** Comment, issue and pull-request bodies, in characters. */
  body: 65_536,
  annotationsPerRequest: 50,
  /** Check-run annotations per run: 20 requests; the job summary and the findings-file list every finding. */
  annotationsPerRun: 1_000,
  /** Workflow-command annotations per severity: what GitHub shows of a step. */
  commandAnnotationsPerSeverity: 10,
} as const;

export type Measure = (s: string) => number;
export const chars: Measure = (s) => s.length;
export const utf8Bytes: Measure = (s) => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `text` within `limit` by `measure`, never splitting a surrogate pair. */
export const cutTo = (text: string, limit: number, measure: Measure = chars): string => {
  if (measure(text) <= limit) return text;
  let lo = 0;
  let hi = Math.min(text.length, limit);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  const code = text.charCodeAt(lo - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? lo - 1 : lo);
};

/** The largest n in [lo, hi] with ok(n), or undefined when not even ok(lo); ok must be monotone (true then false). */
export const largest = (lo: number, hi: number, ok: (n: number) => boolean): number | undefined => {
  if (hi < lo || !ok(lo)) return undefined;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** "truncated, 1,234 more findings: where" (`where` optional). */
export const truncatedLine = (n: number, what: string, where = ''): string =>
  `truncated, ${n.toLocaleString('en-US')} more ${what}${n === 1 ? '' : 's'}${where ? `: ${where}` : ''}`;
