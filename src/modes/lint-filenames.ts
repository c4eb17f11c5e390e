// lint-filenames: every model file follows the naming convention and encodes its own training window.
import { lintFilenames } from '../checks/filenames.js';
import { countBy, makeReport, type Report } from '../report/types.js';
import { familyOf, inParallel, loadManifest, type ModeContext } from './context.js';
import { compilePatternOrFail } from './pattern.js';

export const lintFilenamesMode = async (ctx: ModeContext): Promise<Report> => {
  const pattern = compilePatternOrFail(ctx);
  const globs = ctx.settings.filenames.globs;
  const [parsed, extra] = await inParallel([
    loadManifest(ctx),
    ctx.listFiles && globs.length ? ctx.listFiles(globs) : Promise.resolve([]),
  ] as const);
  const findings = [...parsed.notices, ...lintFilenames(parsed, { pattern, legacy: ctx.settings.filenames.legacy }, extra)];
  const n = Object.keys(parsed.manifest.models).length + extra.length;
  const bad = countBy(findings, 'error');
  const legacy = findings.filter((f) => f.code === 'filename.legacy').length;
  return makeReport(
    'lint-filenames',
    familyOf(ctx, parsed),
    findings,
    `${n} filename(s) checked: ${bad} error(s)${legacy ? `, ${legacy} legacy` : ''}`,
  );
};
