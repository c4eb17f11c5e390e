// Runs the real `bq` CLI (Google Cloud CLI) against a stand-in: a second, independent client
// (Python, google-api-python-client built from the discovery document) to keep the stand-in
// honest about what real clients send and accept.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliOnPath } from '../../helpers/gcloud.js';

/** Path of `bq` on PATH, or undefined when the Google Cloud CLI is not installed. */
export const bqCliPath = (): string | undefined => cliOnPath('bq');

/**
 * `bq --api=<stand-in> --project_id=<p> --oauth_access_token=stand-in-token ...args`.
 * --oauth_access_token makes the gcloud wrapper skip its credential store entirely; a throwaway
 * CLOUDSDK_CONFIG and an empty bigqueryrc keep the developer's own gcloud/bq settings out.
 */
export function bqCli(
  target: { url: string; projectId: string },
  args: string[],
  timeoutMs = 60_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = bqCliPath();
  if (!bin) throw new Error('bq CLI not installed');
  const home = mkdtempSync(join(tmpdir(), 'bq-standin-'));
  const rc = join(home, 'bigqueryrc');
  writeFileSync(rc, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    CLOUDSDK_CONFIG: join(home, 'gcloud'),
    CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: '1',
    CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
    // Otherwise the gcloud wrapper resolves metadata.google.internal to detect GCE.
    CLOUDSDK_CORE_CHECK_GCE_METADATA: 'false',
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
  };
  const flags = [
    `--api=${target.url}`,
    `--project_id=${target.projectId}`,
    '--oauth_access_token=stand-in-token',
    `--bigqueryrc=${rc}`,
    '--quiet',
  ];
  return new Promise((resolve) => {
    execFile(bin, [...flags, ...args], { env, timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => {
      rmSync(home, { recursive: true, force: true });
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
