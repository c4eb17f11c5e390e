// Drift rules: manifest (the source of truth) against each other source. Pure.
import type { ParsedManifest } from '../manifest/parse.js';
import { basename } from '../manifest/rules.js';
import type { DeploymentSnapshot } from '../ports.js';
import { manifestPath, manifestRows, type RegistryRow } from '../registry/row.js';
import type { Finding } from '../report/types.js';
import { showValue as show } from '../util/printable.js';
import { hasControl, shellQuote } from '../util/shell-quote.js';
import { planSync } from './plan.js';

const modelAt = (p: ParsedManifest, id: string, ...rest: string[]) => p.source.locate(['models', id, ...rest], rest.length === 0);

export const registryDrift = (p: ParsedManifest, rows: RegistryRow[], table: string): Finding[] => {
  const plan = planSync(table, manifestRows(p.manifest), rows, false);
  return [
    ...plan.insert.map(
      (r): Finding => ({
        code: 'registry.missing',
        severity: 'error',
        message: `${r.model_id} is in the manifest but not in ${table}`,
        model_id: r.model_id,
        location: modelAt(p, r.model_id),
      }),
    ),
    ...plan.update.flatMap(({ row, changes }) =>
      changes.map(
        (c): Finding => ({
          code: 'registry.field',
          severity: 'error',
          message: `${row.model_id}: ${c.field} is ${show(c.old)} in ${table} but ${show(c.new)} in the manifest`,
          model_id: row.model_id,
          field: c.field,
          expected: c.new,
          actual: c.old,
          location: modelAt(p, row.model_id, ...manifestPath(c.field)),
        }),
      ),
    ),
    ...plan.extra.map(
      (r): Finding => ({
        code: 'registry.extra',
        severity: 'warning',
        message: `${r.model_id} is in ${table} but not in the manifest (sync --prune deletes it)`,
        model_id: r.model_id,
        actual: r.model_id,
      }),
    ),
  ];
};

// gcloud reads --update-env-vars as a comma-separated dict, so a comma in a value would set a second variable;
// `^D^` makes D the separator instead (`gcloud topic escaping`), with D a character the pair does not hold. A pair
// that itself starts with ^ would be read as such a prefix, so it gets one too.
const envPair = (name: string, value: string): string | undefined => {
  const pair = `${name}=${value}`;
  if (!pair.includes(',') && !pair.startsWith('^')) return pair;
  const d = [',', '@', '|', '#', ';', '~', '%', '+'].find((c) => !pair.includes(c));
  return d ? `^${d}^${pair}` : undefined;
};

/**
 * The gcloud command that points the service at the production model, or undefined when no safe one exists.
 * Every value is shell-quoted (util/shell-quote); a value with a newline cannot be in a one-line hint at all,
 * and a service name starting with `-` goes after `--`, where gcloud cannot take it for a flag.
 */
export const fixCommand = (d: DeploymentSnapshot, gcsPath: string): string | undefined => {
  const region = d.region ?? 'REGION';
  const values = [d.service, region, d.project ?? '', d.env, gcsPath];
  const pair = envPair(d.env, gcsPath);
  if (pair === undefined || values.some(hasControl)) return undefined;
  const flags = [
    `--region=${shellQuote(region)}`,
    ...(d.project ? [`--project=${shellQuote(d.project)}`] : []),
    `--update-env-vars=${shellQuote(pair)}`,
  ];
  const service = shellQuote(d.service);
  return d.service.startsWith('-')
    ? `gcloud run services update ${flags.join(' ')} -- ${service}`
    : `gcloud run services update ${service} ${flags.join(' ')}`;
};

/** How to read the live service instead; the address is quoted like the fix command's values (a YAML names it). */
const liveHint = (d: DeploymentSnapshot): string => {
  const address = `run:projects/${d.project ?? 'P'}/locations/${d.region ?? 'R'}/services/${d.service}`;
  return hasControl(address) ? '' : ` Check it with --deployment ${shellQuote(address)}`;
};

export const deploymentDrift = (p: ParsedManifest, d: DeploymentSnapshot): Finding[] => {
  const prod = p.manifest.production_model;
  const entry = prod === null ? undefined : p.manifest.models[prod];
  const out: Finding[] = [];
  if (d.reconciling)
    out.push({
      code: 'deployment.reconciling',
      severity: 'notice',
      field: d.env,
      message: `${d.service} is mid-rollout (reconciling): the traffic split below may still move, so run drift again once it settles`,
    });
  if (d.trafficSeen === false)
    out.push({
      code: 'deployment.traffic-unknown',
      severity: 'notice',
      field: d.env,
      message: `${d.source} has no status.traffic (exported with --format export), so only the template was checked: which revision serves traffic could not be seen. Export with --format yaml, or read the live service (run:…), to check it`,
    });
  for (const s of d.served) {
    const where = `${d.service}${s.revision ? ` revision ${s.revision}` : ''} container ${s.container} (${s.percent}% of traffic)`;
    const base = { field: d.env, ...(s.location ? { location: s.location } : {}) };
    if (s.unseen) {
      out.push({
        ...base,
        code: 'deployment.revision-unseen',
        severity: 'error',
        message: `${d.service} revision ${s.revision} holds ${s.percent}% of traffic, but ${d.source} shows only the template revision, so the model it serves cannot be read (a rollback pinned to an old revision?).${liveHint(d)}`,
        actual: s.revision,
      });
      continue;
    }
    if (s.fromSecret) {
      out.push({
        ...base,
        code: 'deployment.not-comparable',
        severity: 'warning',
        message: `${where}: ${d.env} comes from a secret, so the served model cannot be compared`,
      });
      continue;
    }
    if (s.value === null) {
      out.push({
        ...base,
        code: 'deployment.env-missing',
        severity: 'error',
        message: `${where} does not set ${d.env}`,
        ...(entry ? { expected: entry.file } : {}),
        actual: null,
      });
      continue;
    }
    // A gs:// value names one object: it must be the production model's own (a same-named copy in a scratch bucket is
    // not). Anything else (a bare name, a path inside the image) can only be compared by its basename.
    const byPath = s.value.startsWith('gs://');
    const served = byPath ? s.value : basename(s.value);
    // Shown quoted when it holds a control character (a stray newline).
    const shown = /[\u0000-\u001f\u007f]/.test(served) ? JSON.stringify(served) : served;
    if (!entry) {
      out.push({
        ...base,
        code: 'deployment.no-production',
        severity: 'error',
        message: `${where} serves ${shown} but the manifest names no production model`,
        actual: served,
      });
    } else if (served !== (byPath ? entry.gcs_path : entry.file)) {
      const expected = byPath ? entry.gcs_path : entry.file;
      const fix = fixCommand(d, entry.gcs_path);
      out.push({
        ...base,
        code: 'deployment.model',
        // A revision holding no traffic serves nothing yet: what it would serve is worth a warning, not an error.
        severity: s.percent > 0 ? 'error' : 'warning',
        model_id: prod as string,
        message: `${where} serves ${shown} but the manifest's production model is ${expected}.${fix === undefined ? '' : ` Fix: ${fix}`}`,
        expected,
        actual: served,
      });
    }
  }
  return out;
};
