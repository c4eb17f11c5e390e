// Offline runs (a PR check has no cloud credentials, and fork PRs never will): cloud sources are dropped
// with a notice instead of failing the run. Pure.
import { InputError } from '../errors.js';
import type { Finding } from '../report/types.js';
import type { FamilySettings } from './settings.js';

export const offlineSettings = (s: FamilySettings): { settings: FamilySettings; skipped: Finding[] } => {
  if (s.manifest.startsWith('gs://'))
    throw InputError.at(
      s.origin,
      `offline: the manifest ${s.manifest} is in Cloud Storage; point manifest at the repository copy for PR checks`,
    );
  const skipped: Finding[] = [];
  const skip = (what: string, address: string) =>
    skipped.push({
      code: 'source.skipped',
      severity: 'notice',
      message: `offline: ${what} ${address} not read (needs Google Cloud credentials)`,
    });
  let { registry, deployment, manifestMirror } = s;
  if (manifestMirror?.startsWith('gs://')) {
    skip('manifest mirror', manifestMirror);
    manifestMirror = undefined;
  }
  if (registry?.startsWith('bigquery:')) {
    skip('registry', registry);
    registry = undefined;
  }
  if (deployment?.startsWith('run:')) {
    skip('deployment', deployment);
    deployment = undefined;
  }
  return { settings: { ...s, manifestMirror, registry, deployment, verifyArtifacts: 'none' }, skipped };
};
