// Fuzz the marker rewrite: arbitrary byte documents with marker lines (and fences, BOMs, CRLF, trailing
// spaces) mixed in. Outside the markers, bytes never change; `claude-md --write` either keeps them or exits 2
// with the file untouched. Oracles beyond "no crash": a rewritten block is found again holding exactly the new
// content, and a second `--write` changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { blockText, DEFAULT_MARKERS, findBlock, replaceBlock } from '../../src/docs/markers.js';
import { runCli } from '../helpers/cli.js';
import { CLI_RUNS, EXAMPLE_MANIFEST, ensure, ensureCliContract, fuzz, tempDir } from './harness.js';

const { begin: B, end: E } = DEFAULT_MARKERS;
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

// Random bytes for a line's text, never a line break (the document's line structure is chosen separately).
const junk = fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b.filter((x) => x !== 0x0a)).toString('latin1'));
const line = fc.oneof(
  { weight: 6, arbitrary: junk },
  { weight: 2, arbitrary: fc.constantFrom(B, E, ` ${B}  `, `${E}\t`, `  ${B}`) },
  { weight: 1, arbitrary: fc.constantFrom('```', '~~~', '````md', '   ```', '    ```', '```\t') },
  { weight: 1, arbitrary: fc.constantFrom(`${B} x`, '<!-- model-governance:begin-->', `> ${E}`, '\xef\xbb\xbf') },
);
const eol = fc.constantFrom('\n', '\r\n', '\r\n', '\n\n');
const lines = (arb: fc.Arbitrary<string>, maxLength: number) => fc.array(fc.tuple(arb, eol), { maxLength });
const render = (bom: boolean, ls: [string, string][], final: boolean) => {
  const s = (bom ? '\xef\xbb\xbf' : '') + ls.map(([l, e]) => l + e).join('');
  return Buffer.from(final || s === '' ? s : s.replace(/\r?\n$/, ''), 'latin1');
};
/**
 * A document as bytes: optional BOM, mixed line endings, maybe no final newline. Half are random line soup
 * (mostly refused), half frame junk between a begin and an end line (mostly accepted), with stray markers
 * and fences around.
 */
const doc = fc.oneof(
  fc.tuple(fc.boolean(), lines(line, 14), fc.boolean()).map(([bom, ls, final]) => render(bom, ls, final)),
  fc
    .tuple(
      fc.boolean(),
      lines(line, 4),
      lines(junk, 5),
      lines(line, 4),
      fc.constantFrom(B, ` ${B} `),
      fc.constantFrom(E, `${E}  `),
      eol,
      fc.boolean(),
    )
    .map(([bom, pre, mid, post, b, e, nl, final]) => render(bom, [...pre, [b, nl], ...mid, [e, nl], ...post], final)),
);

// The line (without its ending) that starts at `at`, and the one that ends just before `at`. A BOM opening
// the file is not part of its first line.
const lineFrom = (s: string, at: number) => {
  const from = at === 0 && s.startsWith('\xef\xbb\xbf') ? 3 : at;
  const nl = s.indexOf('\n', from);
  return s.slice(from, nl === -1 ? s.length : nl).replace(/\r$/, '');
};
const lineBefore = (s: string, at: number) => lineFrom(s, s.lastIndexOf('\n', at - 2) + 1);

/**
 * Independent of findBlock: `next` is `old` with only bytes strictly between a begin-marker line and a later
 * end-marker line replaced. Tries every such pair the common prefix and suffix allow.
 */
const onlyBetweenMarkers = (old: Buffer, next: Buffer): boolean => {
  let pre = 0;
  while (pre < old.length && pre < next.length && old[pre] === next[pre]) pre++;
  // Prefix and suffix are measured independently (they may overlap); the pair check below keeps them apart.
  let suf = 0;
  while (suf < old.length && suf < next.length && old[old.length - 1 - suf] === next[next.length - 1 - suf]) suf++;
  if (pre === old.length && old.length === next.length) return true;
  const s = latin1(old);
  const starts: number[] = [];
  for (let i = 1; i <= pre; i++) if (s[i - 1] === '\n' && lineBefore(s, i).trim() === B) starts.push(i);
  const ends: number[] = [];
  for (let j = old.length - suf; j <= old.length; j++) if ((j === 0 || s[j - 1] === '\n') && lineFrom(s, j).trim() === E) ends.push(j);
  return starts.some((i) => ends.some((j) => i <= j && next.length - (old.length - j) >= i));
};

describe('fuzz: findBlock / replaceBlock', () => {
  it('never throws; a found block is bounded by marker lines; outside bytes are unchanged', async () => {
    await fuzz('markers: findBlock/replaceBlock', fc.tuple(doc, fc.string({ unit: 'binary', maxLength: 40 })), ([bytes, content]) => {
      const r = findBlock(bytes, DEFAULT_MARKERS);
      if (!r.ok) {
        ensure(r.message.trim() !== '' && r.line >= 1, `refusal without message or line: ${JSON.stringify(r)}`);
        return 'refused';
      }
      const s = latin1(bytes);
      ensure(lineBefore(s, r.block.start).trim() === B, 'block does not start after a begin marker line');
      ensure(lineFrom(s, r.block.end).trim() === E, 'block does not end at an end marker line');
      const out = Buffer.from(replaceBlock(bytes, r.block, content));
      ensure(out.subarray(0, r.block.start).equals(bytes.subarray(0, r.block.start)), 'bytes before the block changed');
      ensure(out.subarray(out.length - (bytes.length - r.block.end)).equals(bytes.subarray(r.block.end)), 'bytes after the block changed');
      ensure(onlyBetweenMarkers(bytes, out), 'independent check: bytes outside the markers changed');
      // Plain lines of content (no markup that could open a fence or an HTML block) must read back as written.
      const plain = `${content.replace(/[\r\n`~<>\\]/g, ' ')}\n`;
      const again = findBlock(replaceBlock(bytes, r.block, plain), DEFAULT_MARKERS);
      ensure(again.ok, `the rewritten block is not found again: ${again.ok ? '' : again.message}`);
      if (again.ok) ensure(blockText(replaceBlock(bytes, r.block, plain), again.block) === plain, 'the block reads back other content');
      return 'rewritten';
    });
  });
});

describe('fuzz: claude-md --write on fuzzed CLAUDE.md files', () => {
  it('exit 0 with only the block rewritten, or exit 2 with the file byte-identical', async () => {
    const dir = tempDir('markers-cli');
    const file = join(dir, 'CLAUDE.md');
    await fuzz(
      'markers: claude-md --write',
      doc,
      async (bytes) => {
        writeFileSync(file, bytes);
        const r = await runCli(['claude-md', '--manifest', EXAMPLE_MANIFEST, '--claude-md', file, '--write']);
        ensureCliContract(r, [0, 2]);
        const after = readFileSync(file);
        if (r.code === 2) ensure(after.equals(bytes), 'exit 2 but the file changed');
        else {
          ensure(onlyBetweenMarkers(bytes, after), 'bytes outside the markers changed');
          // Idempotent: the second write finds its own block current and leaves the file byte-identical.
          const second = await runCli(['claude-md', '--manifest', EXAMPLE_MANIFEST, '--claude-md', file, '--write']);
          ensure(second.code === 0, `second --write exit ${second.code}: ${second.err.slice(0, 200)}`);
          ensure(readFileSync(file).equals(after), 'a second --write changed the file');
        }
        return `exit ${r.code}`;
      },
      CLI_RUNS,
    );
  });
});
