// claude-md --write --adopt-section: the seeds' CLAUDE.md (a hand-written MODEL section, no markers) adopted through
// the CLI, as a team starting out runs it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKERS } from '../../src/docs/markers.js';
import { runCli, type Workspace, workspace } from '../helpers/cli.js';
import { SEEDS_AFTER, SEEDS_BEFORE, SEEDS_DOC, SEEDS_HEADING } from '../helpers/seeds.js';

const { begin: B, end: E } = DEFAULT_MARKERS;
const HEADING = SEEDS_HEADING;
const _crlf = (s: string) => s.replaceAll('\n', '\r\n');

const seeded = (doc: Buffer = SEEDS_DOC): Workspace => {
  const ws = workspace();
  writeFileSync(ws.claudeMd, doc);
  return ws;
};
const claudeMd = (ws: Workspace, ...args: string[]) => runCli(['claude-md', '--config', ws.config, ...args]);

describe('claude-md --adopt-section', () => {
  it("adopts the seeds' section: every byte outside it kept, --check passes after, a second run changes nothing", async () => {
    const ws = seeded();
    const r = await claudeMd(ws, '--write', '--adopt-section', HEADING);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/adopted the section at line 5; the MODEL block is at lines 5-\d+/);
    const out = ws.bytes('CLAUDE.md');
    expect(out.subarray(0, SEEDS_BEFORE.length).equals(SEEDS_BEFORE)).toBe(true);
    expect(out.subarray(out.length - SEEDS_AFTER.length).equals(SEEDS_AFTER)).toBe(true);
    const middle = out.subarray(SEEDS_BEFORE.length, out.length - SEEDS_AFTER.length).toString('utf8');
    expect(middle.startsWith(`${B}\r\n## ${HEADING}\r\n`)).toBe(true);
    expect(middle.endsWith(`\r\n${E}\r\n\r\n`)).toBe(true);
    expect(middle.replaceAll('\r\n', '')).not.toContain('\n');
    // The hand-written lines the manifest does not carry are gone; the block is the rendered one.
    expect(middle).not.toContain('Last updated');
    expect((await claudeMd(ws, '--check')).code).toBe(0);

    const again = await claudeMd(ws, '--write', '--adopt-section', HEADING);
    expect(again.code).toBe(0);
    expect(again.out).toContain('the MODEL block is current');
    expect(ws.bytes('CLAUDE.md').equals(out)).toBe(true);
  });

  it('with --check or --dry-run shows the diff and writes nothing', async () => {
    const ws = seeded();
    const check = await claudeMd(ws, '--check', '--adopt-section', HEADING);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`+${B}`);
    expect(check.out).toContain('-<!-- Last updated: 2026-02-08 14:43:41 UTC -->');
    const dry = await claudeMd(ws, '--write', '--dry-run', '--adopt-section', HEADING);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('would be adopted (dry run, nothing written)');
    expect(dry.out).toContain(`+${E}`);
    expect(ws.bytes('CLAUDE.md').equals(SEEDS_DOC)).toBe(true);
  });

  it('without the flag, the error names it and the heading that looks like the MODEL section (one line, exit 2)', async () => {
    const ws = seeded();
    const r = await claudeMd(ws, '--write');
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`or adopt the section at line 5 with claude-md --write --adopt-section '${HEADING}'`);
    expect(ws.bytes('CLAUDE.md').equals(SEEDS_DOC)).toBe(true);
  });

  it.each([
    [
      'a heading that is not there',
      SEEDS_DOC,
      'ML Model - CatBoost V9',
      /has no top-level heading "ML Model - CatBoost V9" to adopt \(did you mean/,
    ],
    [
      'a heading found twice',
      Buffer.concat([SEEDS_DOC, Buffer.from(`\r\n## ${HEADING}\r\n`)]),
      HEADING,
      /has the heading ".*" 2 times \(lines 5, 24\)/,
    ],
    [
      'markers elsewhere',
      Buffer.concat([Buffer.from(`${B}\r\nx\r\n${E}\r\n`), SEEDS_DOC]),
      HEADING,
      /already has the markers \(lines 1-3\) and the section ".*" \(line 8\) is outside them/,
    ],
    ['an empty heading', SEEDS_DOC, '  ', /--adopt-section names a heading; it is empty/],
  ])('refuses %s: one line, exit 2, nothing written', async (_, doc, heading, message) => {
    const ws = seeded(doc);
    const r = await claudeMd(ws, '--write', '--adopt-section', heading);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
    expect(ws.bytes('CLAUDE.md').equals(doc)).toBe(true);
  });

  it('goes with --write or --check only (exit 2)', async () => {
    const ws = seeded();
    const r = await claudeMd(ws, '--adopt-section', HEADING);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('--adopt-section goes with --write')]);
  });

  it('writes through CLAUDE.md -> AGENTS.md (the link stays a link), by the same write path as --write', async () => {
    const ws = seeded();
    const agents = join(ws.dir, 'AGENTS.md');
    writeFileSync(agents, SEEDS_DOC);
    rmSync(ws.claudeMd);
    symlinkSync('AGENTS.md', ws.claudeMd);
    expect((await claudeMd(ws, '--write', '--adopt-section', HEADING)).code).toBe(0);
    expect(readFileSync(agents).subarray(0, SEEDS_BEFORE.length).equals(SEEDS_BEFORE)).toBe(true);
    expect((await claudeMd(ws, '--check')).code).toBe(0);
    expect(readFileSync(ws.claudeMd).equals(readFileSync(agents))).toBe(true);
  });

  it('refuses (exit 2) to adopt through a link that leads outside the repository; nothing written', async () => {
    const ws = seeded();
    const elsewhere = mkdtempSync(join(tmpdir(), 'mg-outside-'));
    const victim = join(elsewhere, 'AGENTS.md');
    writeFileSync(victim, SEEDS_DOC);
    const link = join(ws.dir, 'AGENTS-link.md');
    symlinkSync(victim, link);
    // Typed on the command line (not confined like the config's paths): the write path refuses the link.
    const r = await claudeMd(ws, '--claude-md', link, '--write', '--adopt-section', HEADING);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${link}: is a symbolic link that leads outside ${ws.dir}; refusing to write through it`);
    expect(readFileSync(victim).equals(SEEDS_DOC)).toBe(true);
    expect(readdirSync(elsewhere)).toEqual(['AGENTS.md']);
  });

  it('after adoption, drift finds no stale block', async () => {
    const ws = seeded();
    expect((await runCli(['sync', '--config', ws.config])).code).toBe(0);
    expect((await claudeMd(ws, '--write', '--adopt-section', HEADING)).code).toBe(0);
    const drift = await runCli(['drift', '--config', ws.config, '--json']);
    const codes = JSON.parse(drift.out).findings.map((f: { code: string }) => f.code);
    expect(codes).not.toContain('claude-md.stale');
    expect(codes).not.toContain('input.invalid');
  });
});
