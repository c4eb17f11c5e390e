// Fuzz the config loader: arbitrary YAML text and arbitrary objects dumped as YAML → settings or InputError.
// Oracles beyond "no crash": one object loads the same whichever way YAML writes it (block style, flow style, JSON),
// and a key written twice is refused.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { stringify } from 'yaml';
import { loadConfigFile } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { shortText as text } from './arbitraries.js';
import { CLI_RUNS, EXAMPLE_MANIFEST, ensure, ensureCliContract, fuzz, tempDir } from './harness.js';

// YAML's syntax pieces plus this config's keys, so random sequences form real (and broken) documents.
const TOKENS = [
  ...['families:', 'name:', 'manifest:', 'registry:', 'markers:', 'begin:', 'end:', 'filenames:', 'pattern:', 'globs:', 'legacy:'],
  ...[' ', '  ', '\n', '\r\n', '\t', '- ', ': ', ', ', '? ', '#', '|', '>', '---', '...', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n'],
  ...['&a ', '*a', '&b ', '*b', '<<: *a', '!!str ', '!!binary ', '!!map ', '!!set ', '!custom ', '[', ']', '{', '}', '"', "'"],
  ...['null', '~', 'true', 'yes', '1e999', '0x1F', '.nan', '-.inf', 'catboost_v9', 'duckdb:r.duckdb', 'gs://b/m.json', '\uFEFF'],
];
const yamlText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, text), { maxLength: 60 }).map((t) => t.join(''));

const value = fc.oneof(text, fc.jsonValue({ maxDepth: 2 }));
// Mostly valid values, so some configs pass and the checks behind the schema run too.
const good = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: a }, value);
const family = fc.record(
  {
    name: good(fc.constant('catboost_v9')),
    manifest: good(fc.constantFrom('manifest.json', 'gs://b/m.json')),
    registry: good(fc.constant('duckdb:r.duckdb')),
    'model-env': good(fc.constant('MODEL_PATH')),
    markers: good(fc.record({ begin: good(fc.constant('<!-- b:begin -->')), end: good(fc.constant('<!-- b:end -->')) })),
    title: good(fc.constant('CatBoost V9')),
    filenames: good(fc.record({ pattern: value, globs: fc.array(value), legacy: fc.array(value) }, { requiredKeys: [] })),
  },
  { requiredKeys: ['manifest'] },
);
// A stray key is an error under .strict(): sometimes add one.
const withStray = fc.tuple(family, fc.option(fc.dictionary(text, value, { maxKeys: 1 }), { freq: 4 })).map(([f, x]) => ({ ...x, ...f }));
const configObject = fc.oneof(
  withStray,
  fc.record({ families: fc.oneof(fc.array(withStray, { maxLength: 3 }), value) }),
  fc.object({ maxDepth: 3, maxKeys: 5 }),
);

describe('fuzz: loadConfigFile', () => {
  const dir = tempDir('config');
  const file = join(dir, 'config.yml');
  const load = async (yaml: string) => {
    writeFileSync(file, yaml);
    try {
      const families = await loadConfigFile(file);
      ensure(Array.isArray(families) && families.length > 0, 'accepted a config without families');
      return 'ok';
    } catch (e) {
      ensure(e instanceof InputError, `threw ${(e as Error).name}: ${(e as Error).message}`);
      for (const p of (e as InputError).problems) ensure(p.file === file && p.message.trim() !== '', `bad problem ${JSON.stringify(p)}`);
      return 'rejected';
    }
  };

  it('arbitrary YAML text: settings or InputError', async () => {
    await fuzz('config: YAML text', yamlText, load);
  });

  it('arbitrary objects dumped as YAML: settings or InputError', async () => {
    await fuzz('config: objects as YAML', configObject, (o) => load(stringify(o) ?? ''));
  });

  /** The loaded families, or the problems' messages: what the loader made of one text. */
  const outcome = async (yaml: string): Promise<{ ok: unknown } | { refused: string[] }> => {
    writeFileSync(file, yaml);
    try {
      return { ok: await loadConfigFile(file) };
    } catch (e) {
      ensure(e instanceof InputError, `threw ${(e as Error).name}: ${(e as Error).message}`);
      return { refused: (e as InputError).problems.map((p) => p.message) };
    }
  };

  it('one object loads the same in block style, flow style and as JSON', async () => {
    let accepted = 0;
    await fuzz('config: same object, three styles', configObject, async (o) => {
      const block = await outcome(stringify(o) ?? '');
      const flow = await outcome(stringify(o, { collectionStyle: 'flow' }) ?? '');
      const json = await outcome(JSON.stringify(o));
      ensure('ok' in block === 'ok' in flow && 'ok' in block === 'ok' in json, 'accepted in one style, refused in another');
      if ('ok' in block) {
        ensure(isDeepStrictEqual(block, flow), 'flow style loads to other settings');
        ensure(isDeepStrictEqual(block, json), 'JSON loads to other settings');
        accepted++;
        return 'ok';
      }
      return 'rejected';
    });
    // The comparison of settings only bites if some configs are accepted.
    ensure(accepted > 0, 'no generated config was accepted');
  });

  it('a key written twice is refused, whatever the two values', async () => {
    const keys = fc.constantFrom('name', 'manifest', 'registry', 'model-env', 'title', 'template');
    const scalar = fc.constantFrom('catboost_v9', 'manifest.json', 'duckdb:r.duckdb', 'MODEL_PATH', 'x');
    const dup = fc
      .tuple(configObject, keys, scalar, scalar, fc.boolean())
      .filter(([o]) => o !== null && typeof o === 'object' && !Array.isArray(o) && !('families' in o))
      .map(([o, key, a, b, front]) => {
        const rest = Object.entries(o as Record<string, unknown>).filter(([k]) => k !== key);
        const body = (stringify(Object.fromEntries(rest)) ?? '').replace(/^\{\}\n?$/, '');
        const twice = `${key}: ${JSON.stringify(a)}\n${key}: ${JSON.stringify(b)}\n`;
        return front ? `${twice}${body}` : `${body}${twice}`;
      });
    await fuzz('config: duplicate keys', dup, async (yaml) => {
      const r = await outcome(yaml);
      ensure('refused' in r, `a config with a key written twice was accepted:\n${yaml.slice(0, 300)}`);
      return 'rejected';
    });
  });

  it('the CLI on a sample: exit 0, 1 or 2, no stack trace', async () => {
    const cfg = join(dir, 'cli.yml');
    const doc = fc.oneof(
      yamlText,
      configObject.map((o) => stringify(o) ?? ''),
    );
    // claude-md without --check/--write only renders: it reads the config, the manifest and a template.
    await fuzz(
      'config: whole CLI',
      doc,
      async (yaml) => {
        writeFileSync(cfg, yaml);
        const r = await runCli(['claude-md', '--config', cfg, '--manifest', EXAMPLE_MANIFEST]);
        ensureCliContract(r);
        return `exit ${r.code}`;
      },
      CLI_RUNS,
    );
  });
});
