// Render the block for a family, with its user template when one is configured.
import { basename } from 'node:path';
import { renderBlock } from '../docs/render.js';
import { InputError } from '../errors.js';
import type { ParsedManifest } from '../manifest/parse.js';
import type { ModeContext } from './context.js';

export const renderFor = async (ctx: ModeContext, parsed: ParsedManifest): Promise<string> => {
  const { template, markers, title, block } = ctx.settings;
  const text = template && ctx.readTemplate ? await ctx.readTemplate(template) : undefined;
  try {
    return renderBlock(parsed.manifest, markers, {
      // The basename: ./models/manifest.json, models/manifest.json and the gs:// copy all render the same block.
      manifestName: basename(parsed.file),
      ...(title ? { title } : {}),
      ...(block ? { block } : {}),
      ...(text === undefined ? {} : { template: text }),
    });
  } catch (e) {
    throw InputError.at(template ?? 'template', `cannot render the block: ${(e as Error).message}`);
  }
};
