// Shared by the reliability suite: run counts, seeds, the tally each target reports, and the invariants
// every front-end outcome must keep (exit code, no stack trace, typed problems).
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { EXAMPLES } from '../helpers/cli.js';

/** Cases per fuzz target: small in `npm test`, 10,000 under `npm run test:reliability`. */
export const RUNS = Number(process.env.RELIABILITY_RUNS ?? 300);
/** Whole-CLI cases per target: each writes files, so a sample of the in-memory cases. */
export const CLI_RUNS = Math.max(12, Math.ceil(RUNS / 25));
const BASE_SEED = Number(process.env.RELIABILITY_SEED ?? 20260208);

// One seed per target, derived from its name: targets stay independent and each replays alone.
export const seedFor = (target: string): number => {
  let h = BASE_SEED | 0;
  for (const c of target) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h | 0;
};

export interface Tally {
  target: string;
  kind: 'fuzz' | 'hostile' | 'race' | 'fault';
  seed?: number;
  tried: number;
  passed: number;
  /** What was lost or corrupted (rows, bytes outside the markers); must stay empty. */
  lost: string[];
  /** How the cases ended (e.g. accepted / rejected), so the report shows the fuzzers reach both sides. */
  outcomes?: Record<string, number>;
  /** A product bug the test documents (the test is marked .fails); named in the report. */
  knownBug?: string;
  failure?: string;
}

/** Append one tally line to $RELIABILITY_LOG, which scripts/test-reliability.mjs aggregates. */
export const record = (t: Tally): void => {
  const log = process.env.RELIABILITY_LOG;
  if (log) appendFileSync(log, `${JSON.stringify(t)}\n`);
};

/** fc.assert with this target's seed, counting cases; the tally is recorded whether it passes or not. */
export const fuzz = async <T>(
  target: string,
  arb: fc.Arbitrary<T>,
  check: (value: T) => string | undefined | Promise<string | undefined>,
  numRuns = RUNS,
): Promise<void> => {
  const seed = seedFor(target);
  let tried = 0;
  let failed = 0;
  let failure: string | undefined;
  const outcomes: Record<string, number> = {};
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (v) => {
        tried++;
        try {
          const outcome = await check(v);
          if (outcome) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        } catch (e) {
          failed++;
          throw e;
        }
      }),
      { seed, numRuns },
    );
  } catch (e) {
    failure = String((e as Error).message)
      .split('\n')
      .slice(0, 3)
      .join(' ');
    throw e;
  } finally {
    // Shrinking re-runs failing cases; `tried` counts them too, so the report shows the real effort.
    record({ target, kind: 'fuzz', seed, tried, passed: tried - failed, lost: [], outcomes, ...(failure ? { failure } : {}) });
  }
};

export class Violation extends Error {}
export const ensure = (ok: unknown, message: string): void => {
  if (!ok) throw new Violation(message);
};

/** A parser may accept, or refuse with InputError whose problems each name the file and say something. */
export const acceptOrInputError = (file: string, run: () => unknown): 'ok' | 'rejected' => {
  try {
    run();
    return 'ok';
  } catch (e) {
    ensure(e instanceof InputError, `threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
    const problems = (e as InputError).problems;
    ensure(problems.length > 0, 'InputError without problems');
    for (const p of problems) {
      ensure(p.file === file, `problem names ${p.file}, not ${file}`);
      ensure(typeof p.message === 'string' && p.message.trim() !== '', 'problem without a message');
    }
    return 'rejected';
  }
};

/** What every CLI run must keep: a documented exit code and no stack trace. */
export const ensureCliContract = (r: { code: number; err: string; out: string }, allowed: number[] = [0, 1, 2]): void => {
  ensure(allowed.includes(r.code), `exit ${r.code} (allowed ${allowed.join(', ')}): ${r.err.slice(0, 300)}`);
  ensure(!/\n\s+at /.test(r.err) && !/\n\s+at /.test(r.out), `stack trace in output: ${r.err.slice(0, 300)}`);
  if (r.code === 2) ensure(r.err.startsWith('model-governance: '), `exit 2 without a message: ${r.err.slice(0, 200)}`);
};

/** The same contract as a list of broken promises, for tallies that must be recorded before a test fails. */
export const cliProblems = (r: { code: number; err: string; out: string }, allowed?: number[]): string[] => {
  try {
    ensureCliContract(r, allowed);
    return [];
  } catch (e) {
    return [(e as Error).message];
  }
};

export const tempDir = (tag: string): string => mkdtempSync(join(tmpdir(), `mg-rel-${tag}-`));
export const EXAMPLE_MANIFEST = join(EXAMPLES, 'manifest.json');
export const exampleManifest = (): Record<string, unknown> => JSON.parse(readFileSync(EXAMPLE_MANIFEST, 'utf8'));

/**
 * An error as one readable line with its whole chain: an AggregateError (a refused connection tried on two
 * addresses) has an empty message of its own, so a hook failing with one used to print nothing at all.
 */
export const explain = (e: unknown): string => {
  if (!(e instanceof Error)) return String(e);
  const code = (e as { code?: unknown }).code;
  const own = [e.name, code === undefined ? '' : `[${String(code)}]`, e.message].filter(Boolean).join(' ');
  const inner = e instanceof AggregateError ? e.errors.map(explain) : [];
  const cause = e.cause === undefined ? [] : [`caused by ${explain(e.cause)}`];
  return [own, ...inner.map((x) => `(${x})`), ...cause].join(' ');
};

/** A setup step that names itself and its cause when it fails, so a broken hook never reports an empty message. */
export const step = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (e) {
    throw new Error(`${what} failed: ${explain(e)}`, { cause: e });
  }
};

/** Why a CLI run did not do what a setup needed: its exit code and the first lines of both streams. */
export const runFailure = (what: string, r: { code: number; err: string; out: string }): Error =>
  new Error(
    `${what} (exit ${r.code}); stderr: ${r.err.trim().slice(0, 400) || '(empty)'}; stdout: ${r.out.trim().slice(0, 400) || '(empty)'}`,
  );
