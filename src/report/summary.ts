// The job summary: the step's report in markdown, within GitHub's 1 MiB (a larger summary is dropped whole).
import { printable } from '../util/printable.js';
import { safeLines } from '../util/workflow-commands.js';
import { BUDGET, truncatedLine, utf8Bytes } from './budget.js';
import { fitSections, sectionForms } from './markdown.js';
import { quietMarkdown } from './mentions.js';
import type { Report } from './types.js';

/** The job summary within GitHub's 1 MiB: sections cut to the findings that fit, each cut with a "truncated, N more" line. */
export const summaryText = (reports: Report[], notes: string[], limit: number = BUDGET.summaryBytes): string => {
  const safe = (s: string) => safeLines(printable(s));
  const list = notes.length ? `\n${notes.map((n) => `- ${quietMarkdown(n)}`).join('\n')}\n` : '';
  const head = safe(`## model-governance\n${list}`);
  if (!reports.length) return `${head}\n_No report: see the error above._\n`;
  const where = 'every finding is in the findings-file output';
  return fitSections(
    head,
    reports.map((r) => sectionForms(r, {}, `${where[0]?.toUpperCase()}${where.slice(1)}.`, safe)),
    '',
    limit,
    (n) => `_${truncatedLine(n, 'section', where)}._`,
    utf8Bytes,
  );
};
