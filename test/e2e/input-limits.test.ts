// Every input at its documented maximum is processed by the bundled CLI under a 512 MB heap: an exit code and
// a report, never an out-of-memory abort (exit 134). A 16 MiB manifest used to take 2.4 GB as a syntax tree.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_MAX_BYTES } from '../../src/docs/file.js';
import { TEMPLATE_MAX_BYTES } from '../../src/docs/limits.js';
import { MANIFEST_MAX_BYTES, UNKNOWN_FIELD_NOTICES } from '../../src/manifest/parse.js';
import { YAML_MAX_BYTES } from '../../src/util/yaml-source.js';
import { workspace } from '../helpers/cli.js';
import { collect } from '../helpers/process.js';
import { bundle } from './bundle.js';

let cli: string;
beforeAll(async () => {
  cli = join(dirname(await bundle()), 'cli', 'index.js');
}, 300_000);

const run = async (args: string[], cwd: string) =>
  collect(spawn(process.execPath, ['--max-old-space-size=512', cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }));

/** `head` + as many copies of `unit` as fit (joined by `sep`) + `tail`, exactly `size` bytes or one unit short. */
const fill = (head: string, unit: string, sep: string, tail: string, size: number): string => {
  const n = Math.floor((size - Buffer.byteLength(head) - Buffer.byteLength(tail) + sep.length) / Buffer.byteLength(unit + sep));
  const out = head + Array(n).fill(unit).join(sep) + tail;
  expect(Buffer.byteLength(out)).toBeLessThanOrEqual(size);
  expect(Buffer.byteLength(out)).toBeGreaterThan(size - Buffer.byteLength(unit + sep) - 64);
  return out;
};

describe('inputs at their documented maximum, under --max-old-space-size=512', () => {
  it('drift reads a manifest, CLAUDE.md, service YAML and config, each at its limit', async () => {
    const ws = workspace();
    const manifest = readFileSync(ws.manifest, 'utf8').trimEnd().slice(0, -1);
    // Half the budget the tree parser's worst case (a node per 3 bytes), half a million unknown top-level keys.
    const half = Math.floor(MANIFEST_MAX_BYTES / 2);
    const keys = fill(`${manifest}, `, '"k":0', ', ', ', ', half)
      .split('"k":0')
      .map((s, i) => (i === 0 ? s : `"k${i}":0${s}`))
      .join('');
    writeFileSync(ws.manifest, fill(`${keys}"x": [`, '{}', ',', ']}\n', MANIFEST_MAX_BYTES));
    const doc = readFileSync(ws.claudeMd, 'utf8');
    // The Markdown parser's worst case: a list item (two nodes) for every two bytes.
    writeFileSync(ws.claudeMd, fill(`${doc}\n`, '-', '\n', '\n', DOC_MAX_BYTES));
    const yaml = readFileSync(ws.deployment, 'utf8');
    writeFileSync(ws.deployment, fill(`${yaml}x: [`, '{}', ',', ']\n', YAML_MAX_BYTES));
    // The config's legacy list is the one list it may make long.
    // It goes last, so the filler can end the file: the rest of the config first, then filenames with that list.
    const config = readFileSync(ws.config, 'utf8');
    const legacy = /^filenames:\n {2}legacy: \[(.*)\]\n/m.exec(config);
    expect(legacy).not.toBeNull();
    const rest = config.replace(legacy?.[0] ?? '', '').trimEnd();
    writeFileSync(ws.config, fill(`${rest}\nfilenames:\n  legacy: [${legacy?.[1]}, `, 'l.cbm', ', ', ']\n', YAML_MAX_BYTES));

    const r = await run(['drift', '--config', ws.config, '--fail-on', 'never'], ws.dir);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^drift · catboost_v9\n/);
    expect(r.stdout.match(/\[manifest\.unknown-field\]/g)).toHaveLength(UNKNOWN_FIELD_NOTICES + 1);
    expect(r.stdout).toMatch(/ \d{6,} more fields are not part of schema v1/);
  }, 240_000);

  // A key written with an escape sends the manifest through the full scan and a value rebuilt key by key (V8's
  // JSON.parse can misread such keys, util/json-parse.ts): at the limit, that path fits the heap too.
  it('drift reads a manifest at its limit whose keys are written with escapes', async () => {
    const ws = workspace();
    const manifest = readFileSync(ws.manifest, 'utf8').trimEnd().slice(0, -1);
    const keys = fill(`${manifest}, `, '"\\u006b":0', ', ', ', ', Math.floor(MANIFEST_MAX_BYTES / 2))
      .split('"\\u006b":0')
      .map((s, i) => (i === 0 ? s : `"\\u006b${i}":0${s}`))
      .join('');
    writeFileSync(ws.manifest, fill(`${keys}"x": [`, '{}', ',', ']}\n', MANIFEST_MAX_BYTES));
    const r = await run(['drift', '--config', ws.config, '--fail-on', 'never'], ws.dir);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^drift · catboost_v9\n/);
    expect(r.stdout).toContain('$.k1 is not part of schema v1');
    expect(r.stdout).toMatch(/ \d{6,} more fields are not part of schema v1/);
  }, 240_000);

  it('claude-md --write renders a template at its limit into a CLAUDE.md near its limit', async () => {
    const ws = workspace();
    const doc = readFileSync(ws.claudeMd, 'utf8');
    // Room for the larger block, so the written file is still within the limit for the next run.
    writeFileSync(ws.claudeMd, fill(`${doc}\n`, '1. x\n   ```\n   y\n   ```', '\n', '\n', DOC_MAX_BYTES - TEMPLATE_MAX_BYTES));
    const template = join(ws.dir, 'block.mustache');
    writeFileSync(template, fill('{{title}}\n', 'text ', '', '{{production_model}}\n', TEMPLATE_MAX_BYTES));
    const r = await run(['claude-md', '--config', ws.config, '--template', template, '--write'], ws.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = ws.bytes('CLAUDE.md');
    expect(after.length).toBeGreaterThan(DOC_MAX_BYTES - TEMPLATE_MAX_BYTES);
    expect(after.length).toBeLessThanOrEqual(DOC_MAX_BYTES);
    expect(after.toString('utf8')).toContain('text text text');
  }, 240_000);
});
