// The JSON contract's shape: one object for one report unless the mode always prints an array (duplicate).
import { describe, expect, it } from 'vitest';
import { alwaysArray, renderJson } from '../../src/report/json.js';
import { MODES } from '../../src/report/types.js';
import { finding, report } from '../github/fixtures.js';

describe('renderJson', () => {
  const one = report('duplicate', [finding(1)]);
  const two = [one, { ...report('duplicate', []), family: 'xgboost_v1' }];

  it('is one object for one report, an array for several, and an array of the same objects when asked', () => {
    const object = JSON.parse(renderJson([one]));
    expect(Array.isArray(object)).toBe(false);
    expect(JSON.parse(renderJson([one], true))).toEqual([object]);
    expect(JSON.parse(renderJson(two))).toEqual(JSON.parse(renderJson(two, true)));
    expect(JSON.parse(renderJson(two))[0]).toEqual(object);
  });

  it('always arrays duplicate only; the other modes keep the documented one-object form', () => {
    expect(MODES.filter(alwaysArray)).toEqual(['duplicate']);
  });
});
