// drift: compare the manifest, field by field, with the registry, the deployment, CLAUDE.md and the filenames.

import { artifactDrift, hashTargets } from '../checks/artifacts.js';
import { deploymentDrift, registryDrift } from '../checks/drift.js';
import { lintFilenames } from '../checks/filenames.js';
import { mirrorDrift } from '../checks/mirror.js';
import { staleModels } from '../checks/staleness.js';
import { blockState } from '../docs/block.js';
import { InputError } from '../errors.js';
import type { ParsedManifest } from '../manifest/parse.js';
import { countBy, type Finding, makeReport, type Report } from '../report/types.js';
import { todayUtc } from '../util/calendar.js';
import { requestsWritten } from '../util/written.js';
import { hashArtifacts, statArtifacts } from './artifacts.js';
import { familyOf, inParallel, loadManifest, loadMirror, type ModeContext } from './context.js';
import { compilePatternOrFail } from './pattern.js';
import { renderFor } from './render.js';

export const drift = async (ctx: ModeContext): Promise<Report> => {
  const { registry, deployment, doc, artifacts, mirror } = ctx.sources;
  const env = ctx.settings.modelEnv ?? '';
  const manifestRead = loadManifest(ctx);
  // Object stats need the manifest's paths, so they start as soon as it is parsed, still inside the one wave.
  const statsRead = artifacts ? manifestRead.then((p) => statArtifacts(artifacts, p)) : Promise.resolve(undefined);
  // The deployment's two round trips go before the registry's one: both clients load after the manifest read is sent.
  const deployedRead = deployment ? afterOthersSend(() => deployment.read(env)) : Promise.resolve(undefined);
  const rowsRead = registry ? afterOthersSend(() => registry.read()) : Promise.resolve(undefined);
  const [parsed, mirrored, rows, deployed, docBytes, extraNames, stats] = await inParallel([
    manifestRead,
    mirror ? loadMirror(mirror) : Promise.resolve(undefined),
    rowsRead,
    deployedRead,
    doc ? doc.read() : Promise.resolve(null),
    ctx.listFiles && ctx.settings.filenames.globs.length > 0 ? ctx.listFiles(ctx.settings.filenames.globs) : Promise.resolve([]),
    statsRead,
  ] as const);
  const checked: string[] = [];
  const findings: Finding[] = [...parsed.notices];
  if (mirror && mirrored) {
    checked.push(mirror.name);
    findings.push(...mirrorDrift(parsed, mirrored));
  }
  if (registry && rows) {
    checked.push(registry.name);
    findings.push(
      ...registryDrift(
        parsed,
        rows.filter((r) => r.family === parsed.manifest.family),
        registry.name,
      ),
    );
  }
  if (deployed) {
    checked.push(deployed.service);
    findings.push(...deploymentDrift(parsed, deployed));
  }
  if (artifacts && stats) {
    checked.push(`${artifacts.name} objects`);
    const hashes = await hashArtifacts(artifacts, hashTargets(parsed, stats, ctx.settings.verifyArtifacts), ctx.log);
    findings.push(...artifactDrift(parsed, stats, hashes, artifacts.name));
  }
  if (doc) {
    if (docBytes === null) {
      if (ctx.settings.claudeMdExplicit) throw InputError.at(doc.name, 'file not found');
    } else {
      checked.push(doc.name);
      const state = blockState(doc.name, docBytes, ctx.settings.markers, await renderFor(ctx, parsed));
      if (state.stale)
        findings.push({
          code: 'claude-md.stale',
          severity: 'error',
          message: `the block in ${doc.name} does not match the manifest; run claude-md --write`,
          location: { file: doc.name, line: state.block.beginLine, column: 1 },
          content: state.digest,
        });
    }
  }
  findings.push(...stale(ctx, parsed));
  checked.push('filenames');
  findings.push(...lintFilenames(parsed, { pattern: compilePatternOrFail(ctx), legacy: ctx.settings.filenames.legacy }, extraNames));
  const errors = countBy(findings, 'error');
  const warnings = countBy(findings, 'warning');
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const manifest = parsed.generation === undefined ? 'the manifest' : `the manifest (generation ${parsed.generation})`;
  const generation = parsed.generation === undefined ? '' : `; manifest generation ${parsed.generation}`;
  const summary =
    errors === 0
      ? `No drift: ${manifest} agrees with ${checked.join(', ')}${warnings ? ` (${plural(warnings, 'warning')})` : ''}`
      : `Drift: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (checked ${checked.join(', ')}${generation})`;
  return makeReport('drift', familyOf(ctx, parsed), findings, summary);
};

/**
 * Reading a live Cloud Run service first loads its client and builds its protobuf descriptors, and a BigQuery registry
 * first loads its client (backends.ts): the most CPU of a drift run, and JavaScript runs it on the one thread. Each
 * waits until the reads started before it have connected and written their requests, so their round trips (the
 * manifest's, first in the chain of three) run during that CPU work instead of after it.
 */
const afterOthersSend = <T>(read: () => Promise<T>): Promise<T> => requestsWritten().then(read);

/** The manifest's production model past stale-after-days; the clock is read only when the family sets the key. */
const stale = (ctx: ModeContext, parsed: ParsedManifest): Finding[] => {
  const limit = ctx.settings.staleAfterDays;
  const id = parsed.manifest.production_model;
  const entry = id === null ? undefined : parsed.manifest.models[id];
  if (limit === undefined || id === null || !entry) return [];
  return staleModels([{ model_id: id, training_end_date: entry.training_end_date }], limit, ctx.options.asOf ?? todayUtc()).map((f) => ({
    ...f,
    location: parsed.source.locate(['models', id, 'training_end_date']),
  }));
};
