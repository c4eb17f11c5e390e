// The JSON contract's shape: one object for one report unless the mode always prints an array (duplicate); the CLI's
// --json and the action's findings / findings-file outputs have the same shape.
import { describe, expect, it } from 'vitest';
import { alwaysArray, renderJson, renderJsonWithin } from '../../src/report/json.js';
import { MODES } from '../../src/report/types.js';
import { finding, report } from '../github/fixtures.js';

describe('renderJson', () => {
  const drift = report('drift', [finding(1)]);
  const dup = report('duplicate', [finding(1)]);
  const two = [drift, { ...report('drift', []), family: 'xgboost_v1' }];

  it('is one object for one report, an array of the same objects for several', () => {
    const object = JSON.parse(renderJson([drift]));
    expect(Array.isArray(object)).toBe(false);
    expect(JSON.parse(renderJson(two))[0]).toEqual(object);
    expect(JSON.parse(renderJson(two))).toHaveLength(2);
  });

  it('prints duplicate as an array even for one family, in the CLI and the action outputs alike', () => {
    const whole = JSON.parse(renderJson([dup]));
    expect(whole).toEqual([JSON.parse(renderJson([drift]).replace('"drift"', '"duplicate"'))]);
    expect(JSON.parse(renderJsonWithin([dup], 1_000_000, 'the file'))).toEqual(whole);
    // Cut to fit, still the array.
    const many = report(
      'duplicate',
      Array.from({ length: 200 }, (_, i) => finding(i)),
    );
    const cut = JSON.parse(renderJsonWithin([many], 4_000, 'the file'));
    expect(Array.isArray(cut)).toBe(true);
    expect(cut[0].truncated).toMatch(/the full JSON is in the file/);
  });

  it('always arrays duplicate only; the other modes keep the documented one-object form', () => {
    expect(MODES.filter(alwaysArray)).toEqual(['duplicate']);
  });
});
