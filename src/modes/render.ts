// Render the block for a family, with its user template when one is configured.
import { basename, isAbsolute, relative, sep } from 'node:path';
import { renderBlock } from '../docs/render.js';
import { InputError } from '../errors.js';
import type { ParsedManifest } from '../manifest/parse.js';
import type { ModeContext } from './context.js';

export const renderFor = async (ctx: ModeContext, parsed: ParsedManifest): Promise<string> => {
  const { template, markers, title } = ctx.settings;
  const text = template && ctx.readTemplate ? await ctx.readTemplate(template) : undefined;
  try {
    return renderBlock(parsed.manifest, markers, {
      manifestName: stableName(parsed.file),
      ...(title ? { title } : {}),
      ...(text === undefined ? {} : { template: text }),
    });
  } catch (e) {
    throw InputError.at(template ?? 'template', `cannot render the block: ${(e as Error).message}`);
  }
};

// The block is committed, so it must not carry a machine's absolute path: repo-relative, else the basename.
const stableName = (file: string): string => {
  if (file.startsWith('gs://') || !isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') || isAbsolute(rel) ? basename(file) : rel.split(sep).join('/');
};
