// Reports for renderer tests: small and hand-written, or large on purpose.
import { type Finding, type Mode, makeReport, type Report } from '../../src/report/types.js';

export const finding = (i: number, over: Partial<Finding> = {}): Finding => ({
  code: 'filename.convention',
  severity: 'error',
  message: `bad_${i}.cbm does not match the naming convention`,
  model_id: `bad_${i}`,
  field: 'file',
  actual: `bad_${i}.cbm`,
  location: { file: 'models/manifest.json', line: 10 + i, column: 15 },
  ...over,
});

export const report = (mode: Mode, findings: Finding[], summary = `${findings.length} finding(s)`): Report =>
  makeReport(mode, 'catboost_v9', findings, summary);

export const many = (mode: Mode, n: number, pad = 0): Report =>
  report(
    mode,
    Array.from({ length: n }, (_, i) => finding(i, { message: `bad_${i}.cbm does not match the naming convention ${'x'.repeat(pad)}` })),
  );
