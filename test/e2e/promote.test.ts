// `mode: promote` from the bundled action against the Cloud Storage stand-in: the Session 163 candidate is refused
// with the manifest untouched, and two promotions racing on one generation end with exactly one winner (the other
// exits 3) and a manifest that is one of the two whole results, never a mix.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { promoteBytes } from '../../src/manifest/promote-edit.js';
import { type Workspace, workspace } from '../helpers/cli.js';
import { BAD, GOOD, PROD, SIX_GATES, session163 } from '../helpers/promotion.js';
import { type GcsStandin, startGcs } from '../standins/gcs/index.js';
import { bundle } from './bundle.js';
import { type ActionRun, runAction } from './runner.js';

const BUCKET = 'governance-bucket';
const OBJECT = 'catboost/v9/manifest.json';
const URL = `gs://${BUCKET}/${OBJECT}`;
let entry: string;
let gcs: GcsStandin | undefined;

beforeAll(async () => {
  entry = await bundle();
}, 300_000);

afterEach(async () => {
  await gcs?.close();
  gcs = undefined;
});

/** A checkout whose config has the six gates and the manifest on gs://, which holds the Session 163 models. */
const setup = async (): Promise<{ ws: Workspace; gcs: GcsStandin; bytes: Buffer; generation: string }> => {
  const ws = workspace();
  writeFileSync(ws.config, ['name: catboost_v9', `manifest: ${URL}`, SIX_GATES, ''].join('\n'));
  const bytes = Buffer.from(session163(readFileSync(ws.manifest, 'utf8')));
  gcs = await startGcs();
  const generation = gcs.put(BUCKET, OBJECT, bytes, { contentType: 'application/json' });
  return { ws, gcs, bytes, generation };
};

/** As the job summary's markdown escapes it. */
const md = (s: string) => s.replaceAll('_', '\\_');

const run = (ws: Workspace, g: GcsStandin, inputs: Record<string, string>): Promise<ActionRun> =>
  runAction(entry, {
    cwd: ws.dir,
    repository: 'acme/models',
    eventName: 'workflow_dispatch',
    event: { inputs: {} },
    sha: 'a'.repeat(40),
    inputs: { mode: 'promote', config: ws.config, report: 'summary', date: '2026-02-21', ...inputs },
    env: { STORAGE_EMULATOR_HOST: g.url, MODEL_GOVERNANCE_RETRY_SCALE: '0.01' },
  });

describe('mode: promote from the bundled action, on gs://', () => {
  it('refuses the Session 163 candidate (exit 1, the failed gates in the summary, no upload), then promotes one meeting all six', async () => {
    const s = await setup();
    const refused = await run(s.ws, s.gcs, { model: BAD });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^::error .*hit_rate_edge_3plus is 51\.2, below the minimum 60/m);
    expect(refused.summary).toContain(md(`Refused to promote ${BAD}: 2 of 6 gate(s) failed`));
    expect(s.gcs.requests.filter((r) => r.path.startsWith('/upload/'))).toEqual([]);
    expect(s.gcs.get(BUCKET, OBJECT)?.generation).toBe(s.generation);

    const promoted = await run(s.ws, s.gcs, { model: GOOD });
    expect(promoted.stderr).toBe('');
    expect(promoted.code).toBe(0);
    expect(promoted.outputs.ok).toBe('true');
    expect(promoted.summary).toContain(md(`Promoted ${GOOD} to production (promoted_at 2026-02-21; ${PROD} becomes deprecated)`));
    const want = promoteBytes(URL, s.bytes, { model: GOOD, date: '2026-02-21' });
    expect(s.gcs.get(BUCKET, OBJECT)?.body).toEqual(Buffer.from(want));
  }, 120_000);

  it('refuses to promote a manifest in the checkout (exit 2, nothing written); a dry run shows its diff', async () => {
    const s = await setup();
    writeFileSync(s.ws.config, ['name: catboost_v9', `manifest: ${s.ws.manifest}`, ''].join('\n'));
    const before = s.ws.bytes('manifest.json');
    const r = await run(s.ws, s.gcs, { model: 'catboost_v9_2026_02' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error::input mode: promote writes the manifest, but .* is in the checkout/m);
    const dry = await run(s.ws, s.gcs, { model: 'catboost_v9_2026_02', 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(dry.summary).toContain('+  "production_model": "catboost_v9_2026_02",');
    expect(s.ws.bytes('manifest.json').equals(before)).toBe(true);
  }, 120_000);

  it('two promotions racing on one generation: exactly one wins, the other exits 3, the manifest is never a mix', async () => {
    const s = await setup();
    // Both runs read the same generation: each metadata answer is held until both have been asked for.
    let arrived = 0;
    let release = () => {};
    const both = new Promise<void>((r) => {
      release = r;
    });
    const barrier = async () => {
      if (++arrived === 2) release();
      await both;
    };
    s.gcs.onceAfterMetadata(BUCKET, OBJECT, barrier);
    s.gcs.onceAfterMetadata(BUCKET, OBJECT, barrier);

    const reason = 'rollback drill: the override is reviewed';
    const [good, forced] = await Promise.all([run(s.ws, s.gcs, { model: GOOD }), run(s.ws, s.gcs, { model: BAD, force: 'true', reason })]);
    const results: Record<string, { run: ActionRun; bytes: Uint8Array }> = {
      [GOOD]: { run: good, bytes: promoteBytes(URL, s.bytes, { model: GOOD, date: '2026-02-21' }) },
      [BAD]: {
        run: forced,
        bytes: promoteBytes(URL, s.bytes, {
          model: BAD,
          date: '2026-02-21',
          promotion: {
            reason,
            forced: true,
            failed_gates: [
              'duplicate-window: 2025-11-02..2026-01-31 is already trained by catboost_v9_2026_02',
              'hit_rate_edge_3plus >= 60: 51.2',
            ],
          },
        }),
      },
    };
    expect([good.code, forced.code].sort()).toEqual([0, 3]);
    const [winner, loser] = good.code === 0 ? [GOOD, BAD] : [BAD, GOOD];
    const lost = results[loser]?.run as ActionRun;
    expect(lost.stdout).toMatch(/^::error::Cloud Storage write of gs:\/\/.* someone else wrote the manifest meanwhile; nothing written/m);
    expect(lost.summary).toContain('_No report: see the error above._');

    // The live object is the winner's whole result, one generation after the one both read, and no version ever
    // held anything else.
    const live = s.gcs.get(BUCKET, OBJECT);
    expect(live?.generation).toBe(String(Number(s.generation) + 1));
    expect(live?.body).toEqual(Buffer.from(results[winner]?.bytes as Uint8Array));
    const uploads = s.gcs.requests.filter((r) => r.path.startsWith('/upload/'));
    expect(uploads.map((u) => [u.query.ifGenerationMatch, u.status]).sort()).toEqual([
      [s.generation, 200],
      [s.generation, 412],
    ]);
  }, 120_000);
});
