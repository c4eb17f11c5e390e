import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildListing } from '../../src/list/listing.js';
import { listingMarkdown, listingText, TABLE_MAX_ROWS } from '../../src/list/render.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { manifestRows, type RegistryRow } from '../../src/registry/row.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderPrintableText } from '../../src/report/text.js';
import { makeReport } from '../../src/report/types.js';
import { EXAMPLES } from '../helpers/cli.js';

const rows = manifestRows(parseManifest('m.json', readFileSync(`${EXAMPLES}/manifest.json`)).manifest);
const seeds = buildListing(rows, 'registry', 'model_registry', '2026-03-01');

describe('list as text', () => {
  it("shows the seeds' rows in aligned columns, production marked", () => {
    expect(listingText(seeds).join('\n')).toBe(
      [
        '  model_registry, as of 2026-03-01: 3 models',
        '    MODEL                                   VERSION  TRAINING                PRODUCTION  STATUS      SHA256        HIT RATE 3+  MAE   PROMOTED_AT',
        '  * catboost_v9_33features_20260201_011018  v9       2025-11-02..2026-01-08  yes         production  5b3a187b1b6d  71.2%        4.82  2026-02-08',
        '  - catboost_v9_2026_02                     v9       2025-11-02..2026-01-31  no          untested    f761b55259f0  n/a          n/a   n/a',
        '  - catboost_v9_feb_02_retrain              v9       2025-11-02..2026-01-31  no          deprecated  f7182f139c20  51.2%        5.31  n/a',
      ].join('\n'),
    );
  });

  it('keeps every registry value on its own line, and no line starts with a value', () => {
    const evil = { ...(rows[0] as RegistryRow), model_id: 'a\n::stop-commands::tok\r\n::error::x', status: 'x\u001b[2Jy' };
    const text = renderPrintableText([
      makeReport('list', 'f', [], 'summary', { listing: buildListing([evil], 'registry', 'r', '2026-03-01') }),
    ]);
    expect(text.split('\n').filter((l) => l.includes('stop-commands'))).toHaveLength(1);
    expect(text).not.toMatch(/^\s*::/m);
    expect(text).not.toContain('\u001b');
    const named = buildListing([evil], 'manifest', 'dir\n::error::x/manifest.json', '2026-03-01');
    expect(listingText(named)[0]).toBe('  dir ::error::x/manifest.json (the manifest: no registry read), as of 2026-03-01: 1 model');
  });

  it('says where the rows came from when no registry was read', () => {
    const l = buildListing(rows, 'manifest', 'manifest.json', '2026-03-01');
    expect(listingText(l)[0]).toBe('  manifest.json (the manifest: no registry read), as of 2026-03-01: 3 models');
  });
});

describe('list as markdown', () => {
  it('is a table of every field, then the chart in a mermaid fence', () => {
    const md = listingMarkdown(seeds, 'catboost_v9');
    expect(md).toContain('| model | version | training | production | status | sha256 | hit rate 3+ | MAE | promoted\\_at |');
    expect(md).toContain(
      '| **catboost\\_v9\\_33features\\_20260201\\_011018** | v9 | 2025-11-02..2026-01-08 | yes | production | 5b3a187b1b6d | 71.2% | 4.82 | 2026-02-08 |',
    );
    expect(md).toContain('| catboost\\_v9\\_2026\\_02 | v9 | 2025-11-02..2026-01-31 | no | untested | f761b55259f0 | n/a | n/a | n/a |');
    expect(md).toMatch(
      /```mermaid\ngantt\n[\s\S]*section Production\n {2}› catboost_v9_33features_20260201_011018 :active, p0, 2026-02-08, 2026-03-01\n```/,
    );
  });

  it('neutralises mentions and markup in the table; the chart holds none', () => {
    const evil = { ...(rows[0] as RegistryRow), model_id: '@octocat <b>x</b> | `y` #1' };
    const md = listingMarkdown(buildListing([evil], 'registry', 'r', '2026-03-01'), '@team');
    expect(md).not.toMatch(/@\w/);
    expect(md).not.toContain('<b>');
    // The table's cells go through the shared escape (inert); the exact mention form is that rule's business.
    expect(md).toContain('&lt;b&gt;x&lt;/b&gt; \\| \\`y\\`');
    const chart = md.slice(md.indexOf('```mermaid'));
    expect(chart).toContain('› ?octocat ?b?x?/b? ? ?y? ?1 :t0, ');
  });

  it('caps the table and says how many rows the JSON has beyond it', () => {
    const many = Array.from({ length: TABLE_MAX_ROWS + 3 }, (_, i) => ({
      ...(rows[0] as RegistryRow),
      model_id: `m${String(i).padStart(4, '0')}`,
    }));
    const md = listingMarkdown(buildListing(many, 'registry', 'r', '2026-03-01'), 'f');
    expect(md.split('\n').filter((l) => l.startsWith('| m0')).length).toBe(TABLE_MAX_ROWS);
    expect(md).toContain('_3 more rows are in the JSON output._');
    expect(md).toContain('_The chart draws 50 of 203 models (at most 50, latest training end first)._');
  });

  it('says so when the family has no rows', () => {
    expect(listingMarkdown(buildListing([], 'registry', 'model_registry', '2026-03-01'), 'f')).toBe(
      '_No models of this family in model\\_registry._\n',
    );
  });

  it('renders inside the report section, and the same report gives the same bytes', () => {
    const report = makeReport('list', 'catboost_v9', [], '3 models', { listing: seeds });
    const md = renderMarkdown([report]);
    expect(md).toContain('### ✅ list · catboost\\_v9');
    expect(md).toContain('```mermaid');
    expect(
      renderMarkdown([
        makeReport('list', 'catboost_v9', [], '3 models', {
          listing: buildListing([...rows].reverse(), 'registry', 'model_registry', '2026-03-01'),
        }),
      ]),
    ).toBe(md);
  });
});

describe('list as JSON', () => {
  it('adds `listing` to the contract only for list reports', () => {
    const json = JSON.parse(renderJson([makeReport('list', 'catboost_v9', [], 's', { listing: seeds })]));
    expect(Object.keys(json)).toEqual(['mode', 'family', 'ok', 'summary', 'findings', 'plan', 'listing']);
    expect(json.listing).toEqual(JSON.parse(JSON.stringify(seeds)));
    expect(Object.keys(JSON.parse(renderJson([makeReport('drift', 'f', [], 's')])))).not.toContain('listing');
  });
});
