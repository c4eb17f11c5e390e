// The gates config: published in the config JSON Schema, and each gate's config key and line:column kept in the
// settings (single family and `families:`), so bad input can name them. A malformed gate is reported once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { schemasFor } from '../../src/schemas.js';

const schemas = schemasFor('model-governance/model-governance');

const dir = mkdtempSync(join(tmpdir(), 'mg-gates-config-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('gates config', () => {
  it('is in the published config schema, one shape per kind', () => {
    const json = JSON.stringify(schemas['config.schema.json']);
    for (const key of ['"duplicate-window"', '"abs-max"', '"improves-on"', '"direction"']) expect(json).toContain(key);
    const family = (schemas['config.schema.json'] as { anyOf: { properties: Record<string, { items?: { anyOf: unknown[] } }> }[] })
      .anyOf[1];
    expect(family?.properties.gates?.items?.anyOf).toHaveLength(5);
  });

  it('keeps each gate with its config key and line:column', async () => {
    const p = file('one.yml', ['manifest: m.json', 'gates:', '  - duplicate-window: true', '  - { metric: mae, max: 5 }', ''].join('\n'));
    const [s] = await resolveSettings({ configPath: p, overrides: {} });
    expect(s?.gates).toEqual([
      { gate: { 'duplicate-window': true }, key: '$.gates[0]', at: { file: p, line: 3, column: 5 } },
      { gate: { metric: 'mae', max: 5 }, key: '$.gates[1]', at: { file: p, line: 4, column: 5 } },
    ]);
  });

  it('names the family in the key with families:, also when --family picks one', async () => {
    const p = file(
      'many.yml',
      [
        'families:',
        '  - { name: a, manifest: a.json }',
        '  - name: b',
        '    manifest: b.json',
        '    gates:',
        '      - { metric: mae, min: 1 }',
        '',
      ].join('\n'),
    );
    const [b] = await resolveSettings({ configPath: p, family: 'b', overrides: {} });
    expect(b?.gates).toEqual([{ gate: { metric: 'mae', min: 1 }, key: '$.families[1].gates[0]', at: { file: p, line: 6, column: 9 } }]);
  });

  it('reports a malformed gate on one line, at its key', async () => {
    const p = file('bad.yml', ['manifest: m.json', 'gates:', '  - { metric: mae, min: 1, max: 2 }', ''].join('\n'));
    const e = await resolveSettings({ configPath: p, overrides: {} }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).problems).toEqual([expect.objectContaining({ file: p, line: 3, column: 5, path: '$.gates[0]' })]);
  });
});
