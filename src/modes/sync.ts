// sync: plan the registry from the manifest, then apply it and its history rows as one atomic change.
import { randomUUID } from 'node:crypto';
import { auditFor } from '../checks/history.js';
import { isEmptyPlan, planCounts, planSync } from '../checks/plan.js';
import { InputError, ServiceError } from '../errors.js';
import { manifestRows, type RegistryRow } from '../registry/row.js';
import { type Finding, makeReport, type Report } from '../report/types.js';
import { currentActor } from '../util/actor.js';
import { familyOf, inParallel, loadManifest, type ModeContext } from './context.js';

export const sync = async (ctx: ModeContext): Promise<Report> => {
  const registry = ctx.sources.registry;
  if (!registry)
    throw InputError.at(ctx.settings.origin, 'sync needs a registry (--registry duckdb:PATH or bigquery:PROJECT.DATASET.TABLE)');
  const reason = checkReason(ctx.options.reason);
  const [parsed, all] = await inParallel([loadManifest(ctx), registry.read()] as const);
  const family = parsed.manifest.family;
  const desired = manifestRows(parsed.manifest);
  const current = all.filter((r) => r.family === family);
  refuseForeignIds(parsed.file, desired, all, family);
  const plan = planSync(registry.name, desired, current, ctx.options.prune);
  const findings: Finding[] = [
    ...parsed.notices,
    ...(ctx.options.prune
      ? []
      : plan.extra.map(
          (r): Finding => ({
            code: 'registry.extra',
            severity: 'warning',
            message: `${r.model_id} is in ${registry.name} but not in the manifest; kept (--prune deletes it)`,
            model_id: r.model_id,
          }),
        )),
  ];
  const label = familyOf(ctx, parsed);
  if (ctx.options.dryRun) {
    const counts = `${plan.insert.length} to insert, ${plan.update.length} to update, ${plan.unchanged.length} unchanged${plan.delete.length ? `, ${plan.delete.length} to delete` : ''}`;
    return makeReport('sync', label, findings, `Plan for ${registry.name} (dry run, nothing written): ${counts}`, { plan });
  }
  if (!isEmptyPlan(plan)) {
    ctx.log(`Applying plan to ${registry.name}: ${planCounts(plan)}`);
    // The MERGE gets every manifest row, not only the planned changes: when another sync commits between our read
    // and our MERGE, the table still ends as one manifest whole (the one applied last), never a mix of two. Rows
    // that are already equal cost nothing: the MERGE updates only distinct rows.
    const same = new Set(plan.unchanged);
    const unchanged = desired.filter((r) => same.has(r.model_id)).map((row) => ({ row, changes: [] }));
    const audit = auditFor(plan, all, parsed.manifest, {
      syncId: randomUUID(),
      manifest: parsed.file,
      generation: parsed.generation ?? null,
      sha256: parsed.sha256,
      actor: currentActor(),
      reason,
    });
    await registry.apply({ ...plan, update: [...plan.update, ...unchanged] }, family, audit);
    const after = planSync(
      registry.name,
      desired,
      (await registry.read()).filter((r) => r.family === family),
      ctx.options.prune,
    );
    if (!isEmptyPlan(after))
      throw new ServiceError(registry.name, 'verify after sync', `read-back differs from the manifest: ${planCounts(after)}`);
  }
  return makeReport('sync', label, findings, `Synced ${desired.length} models to ${registry.name}: ${planCounts(plan)}`, { plan });
};

// The reason is stored and printed: one line of plain text.
const checkReason = (reason: string | undefined): string | null => {
  if (reason === undefined) return null;
  if (reason.trim() === '') throw InputError.at('arguments', '--reason is empty; say why, or leave it out');
  if (reason.length > 1000) throw InputError.at('arguments', '--reason must be at most 1000 characters');
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(reason) || !reason.isWellFormed())
    throw InputError.at('arguments', '--reason contains a control character, newline or bidi override');
  return reason;
};

// model_id is the table's key: a manifest must not take over another family's row.
const refuseForeignIds = (file: string, desired: RegistryRow[], all: RegistryRow[], family: string): void => {
  const owner = new Map(all.map((r) => [r.model_id, r.family]));
  const clash = desired.find((r) => owner.has(r.model_id) && owner.get(r.model_id) !== family);
  if (clash) throw InputError.at(file, `model ${clash.model_id} already belongs to family "${owner.get(clash.model_id)}" in the registry`);
};
