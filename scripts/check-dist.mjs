// Fail when dist/ differs from a fresh build of src/. The fresh build stays in .check-dist/ for CI to upload.
// `--share` (what `npm test` runs): the fresh build goes to the test build cache (scripts/build-cache.mjs), so the e2e
// tests running beside it use this build instead of making their own.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { freshBuild } from './build-cache.mjs';

const root = resolve(import.meta.dirname, '..');
const share = process.argv[2] === '--share';
const built = share ? await freshBuild(root) : { dir: join(root, '.check-dist'), shared: false };
const fresh = built.dir;
if (!share) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), fresh], { stdio: 'inherit' });

const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
const dist = join(root, 'dist');
const a = files(dist);
const b = files(fresh);
const differ = [...new Set([...a, ...b])].filter((f) => {
  try {
    return !readFileSync(join(dist, f)).equals(readFileSync(join(fresh, f)));
  } catch {
    return true;
  }
});
if (differ.length > 0) {
  console.error(`check-dist: dist/ does not match a fresh build (${differ.length} file(s)):\n  ${differ.join('\n  ')}`);
  console.error(`Run \`npm run build\` and commit dist/. The expected build is in ${share ? fresh : '.check-dist'}/.`);
  process.exit(1);
}
// A private build (the cache already had this tree's) is of no further use once it matches.
if (share && !built.shared) rmSync(fresh, { recursive: true, force: true });
console.log(`check-dist: dist/ matches a fresh build (${a.length} files).`);
