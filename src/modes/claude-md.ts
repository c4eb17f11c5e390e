// claude-md: render the MODEL block; --check compares it, --write rewrites only between the markers.
import { adoption, blockState } from '../docs/block.js';
import { replaceBlock } from '../docs/markers.js';
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
  const adopt = ctx.options.adoptSection;
  const adopted = adopt === undefined ? undefined : adoption(doc.name, bytes, ctx.settings.markers, adopt, rendered);
  if (adopted) {
    const block = { rendered, diff: adopted.diff };
    const what = `the section at line ${adopted.headingLine}`;
    if (action === 'check')
      return makeReport(
        'claude-md',
        family,
        [
          ...parsed.notices,
          {
            code: 'claude-md.stale',
            severity: 'error',
            message: `${doc.name} has no markers yet; ${what} is adopted by claude-md --write --adopt-section (in the action: report pr)`,
            location: { file: doc.name, line: adopted.headingLine, column: 1 },
            content: adopted.digest,
          },
        ],
        `${doc.name}: ${what} is not adopted yet`,
        { detail: adopted.diff, block },
      );
    if (ctx.options.dryRun)
      return makeReport('claude-md', family, parsed.notices, `${doc.name}: ${what} would be adopted (dry run, nothing written)`, {
        detail: adopted.diff,
        block,
      });
    await doc.write(adopted.bytes, bytes);
    return makeReport(
      'claude-md',
      family,
      parsed.notices,
      `${doc.name}: adopted ${what}; the MODEL block is at lines ${adopted.beginLine}-${adopted.endLine}`,
      { detail: adopted.diff, block },
    );
  }
  const state = blockState(doc.name, bytes, ctx.settings.markers, rendered);
  const block = { rendered, diff: state.stale ? state.diff : null };
  const location = { file: doc.name, line: state.block.beginLine, column: 1 };
  if (!state.stale) return makeReport('claude-md', family, parsed.notices, `${doc.name}: the MODEL block is current`, { block });
  if (action === 'check')
    return makeReport(
      'claude-md',
      family,
      [
        ...parsed.notices,
        {
          code: 'claude-md.stale',
          severity: 'error',
          message: `the block in ${doc.name} does not match the manifest; run claude-md --write`,
          location,
          content: state.digest,
        },
      ],
      `${doc.name}: the MODEL block is stale`,
      { detail: state.diff, block },
    );
  if (ctx.options.dryRun)
    return makeReport('claude-md', family, parsed.notices, `${doc.name}: the MODEL block would be rewritten (dry run, nothing written)`, {
      detail: state.diff,
      block,
    });
  await doc.write(replaceBlock(bytes, state.block, rendered), bytes);
  return makeReport(
    'claude-md',
    family,
    parsed.notices,
    `${doc.name}: rewrote the MODEL block (lines ${state.block.beginLine}-${state.block.endLine})`,
    { detail: state.diff, block },
  );
};
