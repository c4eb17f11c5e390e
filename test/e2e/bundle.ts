// The action bundle the e2e tests run: `scripts/build.mjs` into a temp directory, never dist/ (the lead rebuilds that
// at commit time). scripts/build-cache.mjs keys the build by a hash of its inputs, so parallel test files share one
// build, an unchanged tree reuses the last one, and `npm test` builds once for these tests and check-dist.
import { join } from 'node:path';
import { cachedBuild } from '../../scripts/build-cache.mjs';
import { ROOT } from '../helpers/cli.js';

/** Path of dist/index.js built from the current tree. */
export const bundle = async (): Promise<string> => join(await cachedBuild(ROOT), 'index.js');
