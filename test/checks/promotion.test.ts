// The promotion rules, pure: flags, candidates, and what the gate results decide.
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/checks/gates.js';
import { checkPromoteFlags, decidePromotion, type PromoteFlags } from '../../src/checks/promotion.js';
import type { Manifest } from '../../src/manifest/schema.js';

const entry = (status: string) => ({ status }) as unknown as Manifest['models'][string];
const M = {
  schema_version: 1,
  family: 'f',
  production_model: 'a',
  models: { a: entry('production'), b: entry('candidate'), old: entry('deprecated') },
} as unknown as Manifest;

const result = (label: string, passed: boolean): GateResult => ({
  key: '$.gates[0]',
  label,
  passed,
  findings: passed ? [] : [{ code: 'gate.failed', severity: 'error', message: `gate ${label} failed`, model_id: 'b' }],
});
const flags = (f: Partial<PromoteFlags> = {}): PromoteFlags => ({ model: 'b', date: undefined, force: false, reason: undefined, ...f });

describe('checkPromoteFlags', () => {
  it('defaults the date to today and keeps a given one', () => {
    expect(checkPromoteFlags(flags(), '2026-03-01')).toEqual({ model: 'b', date: '2026-03-01' });
    expect(checkPromoteFlags(flags({ date: '2024-02-29' }), '2026-03-01').date).toBe('2024-02-29');
  });
  it.each([
    [{ model: undefined }, /needs --model/],
    [{ force: true }, /--force needs --reason/],
    [{ force: true, reason: '   ' }, /--force needs --reason/],
    [{ reason: 'a\u202Eb' }, /--reason contains a control character, newline or bidi override/],
    [{ date: '2025-02-29' }, /--date "2025-02-29" is not a real date/],
  ])('refuses %j', (f, message) => {
    expect(() => checkPromoteFlags(flags(f as Partial<PromoteFlags>), '2026-03-01')).toThrow(message);
  });
});

describe('decidePromotion', () => {
  it('already production: nothing to decide', () => {
    expect(decidePromotion(M, 'a', [result('g', false)], flags({ model: 'a' })).kind).toBe('already');
  });

  it('a failed gate refuses, with the gate errors', () => {
    const d = decidePromotion(M, 'b', [result('g1', true), result('g2', false)], flags());
    expect(d).toMatchObject({ kind: 'refused', summary: expect.stringContaining('1 of 2 gate(s) failed') });
    expect(d.kind === 'refused' && d.findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('forced: gate errors become warnings, the record names the reason and the failed gates', () => {
    const d = decidePromotion(M, 'b', [result('g1', true), result('g2', false)], flags({ force: true, reason: 'why' }));
    if (d.kind !== 'promote') throw new Error(d.kind);
    expect(d.record).toEqual({ reason: 'why', forced: true, failed_gates: ['g2'] });
    expect(d.findings.map((f) => [f.code, f.severity])).toEqual([
      ['gate.failed', 'warning'],
      ['promote.forced', 'warning'],
    ]);
    expect(d.previous).toBe('a');
  });

  it('--force with nothing to override is recorded as not forced; a deprecated model counts as overridden', () => {
    const plain = decidePromotion(M, 'b', [result('g1', true)], flags({ force: true, reason: 'why' }));
    expect(plain.kind === 'promote' && [plain.record?.forced, plain.findings.map((f) => f.code)]).toEqual([
      false,
      ['promote.force-unused'],
    ]);
    const old = decidePromotion(M, 'old', [result('g1', true)], flags({ model: 'old', force: true, reason: 'drill' }));
    expect(old.kind === 'promote' && old.record).toEqual({ reason: 'drill', forced: true, failed_gates: [] });
  });

  it('no reason, no record; no gates, a notice; a long label is cut to the schema bound', () => {
    const none = decidePromotion(M, 'b', [], flags());
    expect(none.kind === 'promote' && [none.record, none.findings.map((f) => f.code)]).toEqual([undefined, ['gate.none']]);
    const long = decidePromotion(M, 'b', [result('x'.repeat(600), false)], flags({ force: true, reason: 'r' }));
    const label = long.kind === 'promote' ? (long.record?.failed_gates[0] ?? '') : '';
    expect([...label].length).toBe(500);
    expect(label.endsWith('…')).toBe(true);
  });
});
