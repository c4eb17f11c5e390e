// claude-md: render the MODEL block; --check compares it, --write rewrites only between the markers (or adopts a
// hand-written section into new ones, --adopt-section).
import { rewriteOf } from '../docs/rewrite.js';
import { InputError } from '../errors.js';
import { makeReport, type Report } from '../report/types.js';
import { familyOf, inParallel, loadManifest, type ModeContext } from './context.js';
import { renderFor } from './render.js';

export const claudeMd = async (ctx: ModeContext): Promise<Report> => {
  const doc = ctx.sources.doc;
  const action = ctx.options.claudeMdAction;
  const [parsed, bytes] = await inParallel([loadManifest(ctx), doc && action !== 'print' ? doc.read() : Promise.resolve(null)] as const);
  const family = familyOf(ctx, parsed);
  const rendered = await renderFor(ctx, parsed);
  if (action === 'print' || !doc)
    return makeReport('claude-md', family, parsed.notices, `Rendered the MODEL block for ${family}`, {
      detail: rendered,
      block: { rendered, diff: null },
    });
  if (bytes === null) throw InputError.at(doc.name, 'file not found; create it with the two marker lines where the block belongs');
  const r = rewriteOf(doc.name, bytes, ctx.settings.markers, rendered, ctx.options.adoptSection);
  const block = { rendered, diff: r.bytes ? r.diff : null };
  if (!r.bytes) return makeReport('claude-md', family, parsed.notices, r.checked, { block });
  if (action === 'check')
    return makeReport(
      'claude-md',
      family,
      [
        ...parsed.notices,
        {
          code: 'claude-md.stale',
          severity: 'error',
          message: r.stale,
          location: { file: doc.name, line: r.line, column: 1 },
          content: r.digest,
        },
      ],
      r.checked,
      { detail: r.diff, block },
    );
  if (ctx.options.dryRun) return makeReport('claude-md', family, parsed.notices, r.planned, { detail: r.diff, block });
  await doc.write(r.bytes, bytes);
  return makeReport('claude-md', family, parsed.notices, r.written, { detail: r.diff, block });
};
