// Running the Google Cloud CLI as a second, independent client against the stand-ins.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The tool's path on PATH (gcloud, bq, gsutil), or undefined when the Google Cloud CLI is not installed. */
export const cliOnPath = (name: string): string | undefined =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((d) => join(d, name))
    .find((p) => existsSync(p));

/**
 * A gcloud process isolated in `dir`: its own HOME and config (nothing of the developer's setup), the access token in
 * `dir/token`, no update checks or usage reports, and no traffic off the machine. A separate process escapes the
 * in-process network guard, so anything non-loopback goes to a dead proxy.
 */
export const isolatedGcloudEnv = (dir: string, extra: Record<string, string>): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: dir,
  CLOUDSDK_CONFIG: join(dir, 'config'),
  CLOUDSDK_CORE_PROJECT: 'test-project',
  CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: join(dir, 'token'),
  CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
  CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: 'true',
  CLOUDSDK_CORE_CHECK_GCE_METADATA: 'false',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '127.0.0.1,localhost',
  ...extra,
});
