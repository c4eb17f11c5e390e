import { describe, expect, it } from 'vitest';
import { offlineSettings } from '../../src/config/offline.js';
import { familySettings } from '../../src/config/settings.js';
import { InputError } from '../../src/errors.js';
import { runCli, workspace } from '../helpers/cli.js';

const base = {
  manifest: 'models/manifest.json',
  registry: 'bigquery:proj-123.ds.model_registry',
  deployment: 'run:projects/p/locations/r/services/s',
  'model-env': 'X',
};

describe('offline', () => {
  it('drops cloud sources with a notice each and keeps local ones', () => {
    const { settings, skipped } = offlineSettings(familySettings(base, 'cfg.yml'));
    expect([settings.registry, settings.deployment, settings.verifyArtifacts]).toEqual([undefined, undefined, 'none']);
    expect(skipped.map((f) => [f.code, f.severity])).toEqual([
      ['source.skipped', 'notice'],
      ['source.skipped', 'notice'],
    ]);
    const local = offlineSettings(familySettings({ ...base, registry: 'duckdb:r.duckdb', deployment: 'svc.yaml' }, 'cfg.yml'));
    expect([local.settings.registry, local.settings.deployment, local.skipped]).toEqual(['duckdb:r.duckdb', 'svc.yaml', []]);
  });

  it('refuses a gs:// manifest, naming the config', () => {
    expect(() => offlineSettings(familySettings({ ...base, manifest: 'gs://b/m.json' }, 'cfg.yml'))).toThrow(InputError);
  });

  it('runs drift through the CLI without touching BigQuery', async () => {
    const ws = workspace();
    const r = await runCli(['drift', '--config', ws.config, '--offline', '--registry', 'bigquery:proj-123.ds.model_registry', '--json']);
    const report = JSON.parse(r.out);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'source.skipped', message: expect.stringContaining('bigquery:proj-123.ds.model_registry') }),
    );
    expect(report.summary).not.toContain('model_registry');
  });
});
