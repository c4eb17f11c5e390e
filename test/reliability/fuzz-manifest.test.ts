// Fuzz the manifest parser: anything in → a parsed manifest or an InputError naming the file; never another
// exception. A sample goes through the whole CLI: exit 0/1/2 and no stack trace.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';
import { runCli } from '../helpers/cli.js';
import { manifestBytes } from './arbitraries.js';
import { acceptOrInputError, CLI_RUNS, EXAMPLE_MANIFEST, ensureCliContract, fuzz, tempDir } from './harness.js';

const FILE = 'fuzz/manifest.json';

describe('fuzz: parseManifest', () => {
  for (const [name, arb] of Object.entries(manifestBytes))
    it(`${name}: parses or throws InputError naming the file`, async () => {
      await fuzz(`manifest parser: ${name}`, arb, (bytes) => acceptOrInputError(FILE, () => parseManifest(FILE, bytes)));
    });
});

describe('fuzz: the CLI on fuzzed manifests', () => {
  it('every mode exits 0, 1 or 2 with a message and no stack trace', async () => {
    const dir = tempDir('manifest-cli');
    const manifest = join(dir, 'manifest.json');
    const config = join(dir, 'config.yml');
    // An explicit config keeps the run hermetic: no .github/model-governance.yml of this checkout is read.
    writeFileSync(config, `manifest: ${manifest}\n`);
    const modes = [
      ['lint-filenames'],
      ['claude-md'],
      ['duplicate', '--train-start', '2025-11-02', '--train-end', '2026-01-08'],
      ['drift', '--claude-md', join(dir, 'CLAUDE.md')],
      ['sync', '--dry-run', '--registry', `duckdb:${join(dir, 'absent.duckdb')}`],
      ['sync', '--registry', `duckdb:${join(dir, 'registry.duckdb')}`],
    ];
    const anyBytes = fc.oneof(...Object.values(manifestBytes));
    await fuzz(
      'manifest: whole CLI',
      fc.tuple(anyBytes, fc.constantFrom(...modes)),
      async ([bytes, mode]) => {
        writeFileSync(manifest, bytes);
        const r = await runCli([...mode, '--config', config]);
        ensureCliContract(r);
        return `exit ${r.code}`;
      },
      CLI_RUNS,
    );
    // The example itself goes through too, so the sample always includes an accepted manifest.
    writeFileSync(manifest, readFileSync(EXAMPLE_MANIFEST));
    for (const mode of modes) ensureCliContract(await runCli([...mode, '--config', config]));
  });
});
