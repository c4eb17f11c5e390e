// The configured filename pattern, shared by lint-filenames and drift. Its own file so lint-filenames does not load
// drift's imports (the CLAUDE.md parser and the diff library) just to compile one regex.
import { InputError } from '../errors.js';
import { compilePattern } from '../filenames/grammar.js';
import type { ModeContext } from './context.js';

export const compilePatternOrFail = (ctx: ModeContext): RegExp => {
  try {
    return compilePattern(ctx.settings.filenames.pattern);
  } catch (e) {
    throw InputError.at(ctx.settings.origin, `filenames.pattern: ${(e as Error).message}`);
  }
};
