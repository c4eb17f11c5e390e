// Run the CLI in-process, and make throwaway workspaces from examples/.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/program.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXAMPLES = join(ROOT, 'examples');

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export const runCli = async (args: string[]): Promise<CliResult> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join(''), err: err.join('') };
};

export interface Workspace {
  dir: string;
  manifest: string;
  registry: string;
  claudeMd: string;
  deployment: string;
  config: string;
  /** Read a workspace file's bytes. */
  bytes(name: string): Buffer;
}

/** The gates section of examples/model-governance.yml (the seeds' six), as YAML lines after `gates:`. */
export const EXAMPLE_GATES = readFileSync(join(EXAMPLES, 'model-governance.yml'), 'utf8').split(/^gates:\n/m)[1] ?? '';

/** A temp copy of examples/ with a config whose paths are absolute, and the examples' gates unless `gates` says other. */
export const workspace = (extraConfig = '', o: { gates?: string } = {}): Workspace => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-test-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  const p = (n: string) => join(dir, n);
  const config = p('config.yml');
  writeFileSync(
    config,
    [
      'name: catboost_v9',
      `manifest: ${p('manifest.json')}`,
      `registry: duckdb:${p('registry.duckdb')}`,
      `deployment: ${p('prediction-worker.yaml')}`,
      'model-env: CATBOOST_V9_MODEL_PATH',
      `claude-md: ${p('CLAUDE.md')}`,
      'title: CatBoost V9',
      'filenames:',
      '  legacy: [catboost_v9_33features_20260201_011018.cbm, catboost_v9_feb_02_retrain.cbm]',
      extraConfig,
      ...((o.gates ?? EXAMPLE_GATES) ? ['gates:', (o.gates ?? EXAMPLE_GATES).trimEnd()] : []),
    ].join('\n'),
  );
  return {
    dir,
    manifest: p('manifest.json'),
    registry: p('registry.duckdb'),
    claudeMd: p('CLAUDE.md'),
    deployment: p('prediction-worker.yaml'),
    config,
    bytes: (n) => readFileSync(p(n)),
  };
};

export const fixture = (name: string): string => join(ROOT, 'test', 'fixtures', 'bad', name);
