// Fuzz the manifest parser: anything in → a parsed manifest or an InputError naming the file; never another
// exception. Oracles beyond "no crash": what is accepted keeps the schema's promises and round-trips (serialised
// again, re-indented or with its keys reordered it parses to the same manifest and the same registry rows); a
// duplicated key anywhere is refused, whatever its value. A sample goes through the whole CLI: exit 0/1/2, no stack
// trace.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type ParsedManifest, parseManifest } from '../../src/manifest/parse.js';
import { isCalendarDate, STATUSES } from '../../src/manifest/schema.js';
import { METRICS_MAX_BYTES } from '../../src/registry/metrics.js';
import { COLUMN_NAMES, manifestRows } from '../../src/registry/row.js';
import { runCli } from '../helpers/cli.js';
import { manifestBytes, manifestShaped, text } from './arbitraries.js';
import { acceptOrInputError, CLI_RUNS, EXAMPLE_MANIFEST, ensure, ensureCliContract, exampleManifest, fuzz, tempDir } from './harness.js';

const FILE = 'fuzz/manifest.json';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** Keys in a shuffled order, at every depth: JSON objects are unordered, so the manifest must not change. */
const shuffled = (v: unknown, seed: number): unknown => {
  if (Array.isArray(v)) return v.map((x) => shuffled(x, seed));
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v);
  const order = entries.map((e, i) => [((i + 1) * 2654435761 + seed) % 4294967296, e] as const).sort((a, b) => a[0] - b[0]);
  // __proto__ as an own key survives only through defineProperty.
  const out: Record<string, unknown> = {};
  for (const [, [k, x]] of order)
    Object.defineProperty(out, k, { value: shuffled(x, seed), enumerable: true, writable: true, configurable: true });
  return out;
};

const wellFormed = (v: unknown): boolean =>
  typeof v === 'string'
    ? v.isWellFormed()
    : v === null || typeof v !== 'object'
      ? true
      : Object.entries(v).every(([k, x]) => k.isWellFormed() && wellFormed(x));

/** The metrics column holds what DuckDB's and BigQuery's JSON parsers take (no lone surrogate), within the cap. */
const metricsPromise = (id: string, metrics: string | null): void => {
  if (metrics === null) return;
  ensure(Buffer.byteLength(metrics) <= METRICS_MAX_BYTES, `${id}: metrics of ${metrics.length} characters accepted`);
  ensure(wellFormed(JSON.parse(metrics)), `${id}: a metric with a lone surrogate accepted`);
};

/** What an accepted manifest promises, checked independently of the schema code. */
const promises = (p: ParsedManifest, bytes: Uint8Array): void => {
  const m = p.manifest;
  const ids = Object.keys(m.models);
  ensure(m.production_model === null || ids.includes(m.production_model), `production_model ${m.production_model} is not a model`);
  for (const [id, e] of Object.entries(m.models)) {
    ensure(/^[0-9a-f]{64}$/.test(e.sha256), `${id}: sha256 ${e.sha256} accepted`);
    ensure(STATUSES.includes(e.status), `${id}: status ${e.status} accepted`);
    for (const d of [e.training_start_date, e.training_end_date, e.eval_start_date, e.eval_end_date, e.promoted_at])
      ensure(d === null || d === undefined || isCalendarDate(d), `${id}: date ${d} accepted`);
    ensure(
      (e.status === 'production') === (id === m.production_model),
      `${id}: status ${e.status} vs production_model ${m.production_model}`,
    );
  }
  const rows = manifestRows(m);
  ensure(rows.length === ids.length, 'a model without a registry row');
  for (const r of rows) ensure(isDeepStrictEqual(Object.keys(r), [...COLUMN_NAMES]), `row keys ${Object.keys(r).join(',')}`);
  for (const r of rows) metricsPromise(r.model_id, r.metrics);
  // Round trips: the parsed value serialised again, re-indented, and with its keys reordered.
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const again = [JSON.stringify(m), JSON.stringify(m, null, 2), JSON.stringify(shuffled(JSON.parse(text), bytes.length))];
  for (const [i, t] of again.entries()) {
    let back: ParsedManifest;
    try {
      back = parseManifest(FILE, utf8(t));
    } catch (e) {
      throw new Error(`round trip ${i}: an accepted manifest is refused: ${(e as Error).message.slice(0, 300)}`);
    }
    ensure(isDeepStrictEqual(back.manifest, m), `round trip ${i}: parses to another manifest`);
    ensure(isDeepStrictEqual(manifestRows(back.manifest), rows), `round trip ${i}: gives other registry rows`);
  }
};

describe('fuzz: parseManifest', () => {
  for (const [name, arb] of Object.entries(manifestBytes))
    it(`${name}: parses or throws InputError naming the file; what it accepts keeps its promises and round-trips`, async () => {
      await fuzz(`manifest parser: ${name}`, arb, (bytes) => {
        const outcome = acceptOrInputError(FILE, () => parseManifest(FILE, bytes));
        if (outcome === 'ok') promises(parseManifest(FILE, bytes), bytes);
        return outcome;
      });
    });
});

describe("fuzz: a family's own metrics", () => {
  // The example with one model's extra metrics replaced: any JSON, keys and strings of any code units (lone
  // surrogates included), sometimes huge. Accepted, they make a metrics column the backends take; refused, the
  // problem names that model's metrics.
  const value = fc.oneof(text, fc.double(), fc.jsonValue({ maxDepth: 2 }), fc.array(text, { maxLength: 3 }));
  const metrics = fc.dictionary(text, fc.oneof(value, fc.dictionary(text, value, { maxKeys: 2 })), { minKeys: 1, maxKeys: 3 });
  it('accepted metrics are valid Unicode within the cap; refused ones are named by their path', async () => {
    const m = exampleManifest() as { production_model: string; models: Record<string, { metrics: Record<string, unknown> }> };
    const id = m.production_model;
    await fuzz('manifest: extra metrics', metrics, (extra) => {
      const copy = structuredClone(m);
      copy.models[id] = { ...(copy.models[id] as { metrics: Record<string, unknown> }), metrics: { ...extra, mae: 4.82 } };
      const bytes = utf8(JSON.stringify(copy));
      let parsed: ParsedManifest | undefined;
      const outcome = acceptOrInputError(FILE, () => {
        try {
          parsed = parseManifest(FILE, bytes);
        } catch (e) {
          if (e instanceof InputError)
            for (const p of e.problems) ensure(p.path?.startsWith(`$.models.${id}.metrics`), `refused at ${p.path}: ${p.message}`);
          throw e;
        }
      });
      if (parsed) for (const r of manifestRows(parsed.manifest)) metricsPromise(r.model_id, r.metrics);
      return outcome;
    });
  });
});

/** Every object in a JSON value, by path, with at least one key. */
const objects = (v: unknown, path: string[] = []): string[][] =>
  v === null || typeof v !== 'object'
    ? []
    : [
        ...(Array.isArray(v) || Object.keys(v).length === 0 ? [] : [path]),
        ...Object.entries(v).flatMap(([k, x]) => objects(x, [...path, k])),
      ];

/** JSON text of `v` whose object at `at` carries `key` twice: once with its own value, once with `second`. */
const withDuplicate = (v: unknown, at: string[], key: string, second: unknown, before: boolean, path: string[] = []): string => {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x, i) => withDuplicate(x, at, key, second, before, [...path, String(i)])).join(',')}]`;
  // Members whose value is undefined are left out, as JSON.stringify leaves them out.
  const parts = Object.entries(v)
    .filter(([, x]) => x !== undefined)
    .map(([k, x]) => `${JSON.stringify(k)}:${withDuplicate(x, at, key, second, before, [...path, k])}`);
  if (isDeepStrictEqual(path, at)) {
    const extra = `${JSON.stringify(key)}:${JSON.stringify(second) ?? 'null'}`;
    if (before) parts.unshift(extra);
    else parts.push(extra);
  }
  return `{${parts.join(',')}}`;
};

describe('fuzz: duplicate keys', () => {
  it('a key written twice in any object is refused, naming the duplicate, even with the same value twice', async () => {
    const source = fc.oneof(fc.constant(exampleManifest() as unknown), manifestShaped);
    const dup = fc
      .tuple(source, fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), fc.jsonValue({ maxDepth: 1 }))
      .map(([v, ...rest]) => [JSON.parse(JSON.stringify(v)) as unknown, ...rest] as const)
      .filter(([v]) => objects(v).length > 0)
      .map(([v, i, j, same, before, other]) => {
        const paths = objects(v);
        const at = paths[i % paths.length] as string[];
        const target = at.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, v as Record<string, unknown>);
        const keys = Object.keys(target).filter((k) => target[k] !== undefined);
        const key = keys[j % keys.length] as string;
        return withDuplicate(v, at, key, same ? target[key] : other, before);
      });
    await fuzz('manifest parser: duplicate keys', dup, (text) => {
      try {
        parseManifest(FILE, utf8(text));
      } catch (e) {
        ensure(e instanceof InputError, `threw ${(e as Error).name}`);
        ensure(
          // __proto__ is refused wherever it appears, once or twice.
          (e as InputError).problems.some((p) => /duplicate key|reserved key "__proto__"/.test(p.message)),
          `refused without naming the duplicate: ${(e as InputError).problems.map((p) => p.message).join('; ')}`,
        );
        return 'refused';
      }
      throw new Error(`a duplicate key was accepted: ${text.slice(0, 300)}`);
    });
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
