import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromManifest, fromRegistry, matchWindow, mergeKnown, sharedWindows } from '../../src/checks/duplicate.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { manifestRows } from '../../src/registry/row.js';
import { EXAMPLES } from '../helpers/cli.js';

const m = parseManifest('m.json', readFileSync(`${EXAMPLES}/manifest.json`)).manifest;

describe('duplicate windows', () => {
  it('finds the production model for the seeds window and marks overlaps separately', () => {
    const { equal, overlapping } = matchWindow(fromManifest(m), { start: '2025-11-02', end: '2026-01-08' });
    expect(equal.map((k) => k.model_id)).toEqual(['catboost_v9_33features_20260201_011018']);
    expect(overlapping.map((k) => k.model_id).sort()).toEqual(['catboost_v9_2026_02', 'catboost_v9_feb_02_retrain']);
    expect(matchWindow(fromManifest(m), { start: '2026-02-01', end: '2026-02-20' })).toEqual({ equal: [], overlapping: [] });
  });

  it("reports the seeds' two models sharing 2025-11-02..2026-01-31", () => {
    const groups = sharedWindows(fromManifest(m));
    expect(groups.map((g) => g.map((k) => k.model_id).sort())).toEqual([['catboost_v9_2026_02', 'catboost_v9_feb_02_retrain']]);
  });

  it('merges registry models the manifest lacks, manifest first', () => {
    const rows = manifestRows(m).map((r) => ({ ...r, model_id: r.model_id === 'catboost_v9_2026_02' ? 'registry_only' : r.model_id }));
    const known = mergeKnown(fromManifest(m), fromRegistry(rows));
    expect(known.map((k) => `${k.model_id}:${k.source}`)).toContain('registry_only:registry');
    expect(known.filter((k) => k.model_id === 'catboost_v9_33features_20260201_011018').map((k) => k.source)).toEqual(['manifest']);
  });
});
