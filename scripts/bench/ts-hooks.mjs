// Lets a plain node child import the TypeScript stand-ins: './x.js' falls back to './x.ts'.
// Used with --experimental-transform-types (the stand-ins use non-erasable syntax).
import { registerHooks } from 'node:module';

registerHooks({
  resolve(spec, ctx, next) {
    try {
      return next(spec, ctx);
    } catch (e) {
      if (spec.startsWith('.') && spec.endsWith('.js')) return next(`${spec.slice(0, -3)}.ts`, ctx);
      throw e;
    }
  },
});
