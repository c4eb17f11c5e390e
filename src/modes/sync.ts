// sync: plan the registry from the manifest, then apply it and its history rows as one atomic change.
import { createHash, randomUUID } from 'node:crypto';
import { auditFor } from '../checks/history.js';
import { familyRows, unownedRows } from '../checks/migration.js';
import { isEmptyPlan, type Plan, planCounts, planSync } from '../checks/plan.js';
import { InputError, ServiceError } from '../errors.js';
import { RegistryMovedError } from '../registry/history-row.js';
import { manifestRows, type RegistryRow } from '../registry/row.js';
import { type Finding, makeReport, type Report } from '../report/types.js';
import { currentActor } from '../util/actor.js';
import { familyOf, inParallel, type ModeContext, readManifest } from './context.js';

/** How many times a sync re-reads and re-plans when another sync committed between its read and its transaction. */
const REPLANS = 5;

export const sync = async (ctx: ModeContext): Promise<Report> => {
  const registry = ctx.sources.registry;
  if (!registry)
    throw InputError.at(ctx.settings.origin, 'sync needs a registry (--registry duckdb:PATH or bigquery:PROJECT.DATASET.TABLE)');
  const reason = checkReason(ctx.options.reason);
  const migrate = ctx.options.migrate ?? false;
  // The history's size first, then the rows: a sync committing in between makes the count stale, never the reverse.
  const readState = async () => {
    const seen = ctx.options.dryRun ? undefined : await registry.historyVersion();
    const all = await registry.read({ migrate });
    return { seen, all, migration: migrate ? await registry.migration() : null };
  };
  const [{ parsed, read }, first] = await inParallel([readManifest(ctx), readState()] as const);
  // The manifest's identity in the history: which bytes this sync applied (only sync needs it, so only sync hashes).
  const sha256 = createHash('sha256').update(read.bytes).digest('hex');
  const family = parsed.manifest.family;
  const desired = manifestRows(parsed.manifest);
  const ids = new Set(desired.map((r) => r.model_id));
  const label = familyOf(ctx, parsed);
  const syncId = randomUUID();
  let state = first;
  for (let attempt = 1; ; attempt++) {
    const { all, seen, migration } = state;
    const current = familyRows(all, family, ids);
    refuseForeignIds(parsed.file, desired, all, family);
    // --migrate: the columns to add lead the plan (and its JSON), as they lead the writes.
    const merge = planSync(registry.name, desired, current, ctx.options.prune);
    const plan: Plan = migrate ? { migrate: migration?.add ?? [], ...merge } : merge;
    const findings: Finding[] = [
      ...parsed.notices,
      ...unownedRows(all, ids).map(
        (r): Finding => ({
          code: 'registry.unowned',
          severity: 'notice',
          message: `${r.model_id} has no family in ${registry.name} and is not in this manifest; kept as it is`,
          model_id: r.model_id,
        }),
      ),
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
    if (ctx.options.dryRun) {
      const columns = plan.migrate?.length ? `${plan.migrate.length} column${plan.migrate.length === 1 ? '' : 's'} to add, ` : '';
      const counts = `${columns}${plan.insert.length} to insert, ${plan.update.length} to update, ${plan.unchanged.length} unchanged${plan.delete.length ? `, ${plan.delete.length} to delete` : ''}`;
      return makeReport('sync', label, findings, `Plan for ${registry.name} (dry run, nothing written): ${counts}`, { plan });
    }
    const done = () =>
      makeReport('sync', label, findings, `Synced ${desired.length} models to ${registry.name}: ${planCounts(plan)}`, { plan });
    if (isEmptyPlan(plan)) return done();
    ctx.log(`Applying plan to ${registry.name}: ${planCounts(plan)}`);
    // The MERGE gets every manifest row, not only the planned changes: when another sync commits between our read
    // and our MERGE, the table still ends as one manifest whole (the one applied last), never a mix of two. Rows
    // that are already equal cost nothing: the MERGE updates only distinct rows.
    const same = new Set(plan.unchanged);
    const unchanged = desired.filter((r) => same.has(r.model_id)).map((row) => ({ row, changes: [] }));
    const audit = auditFor(plan, all, parsed.manifest, {
      syncId,
      manifest: parsed.file,
      generation: parsed.generation ?? null,
      sha256,
      actor: currentActor(),
      reason,
    });
    try {
      await registry.apply({ ...plan, update: [...plan.update, ...unchanged] }, family, { ...audit, seen });
    } catch (e) {
      // Another sync committed after our read: our plan, and so our history rows, may be stale. Nothing was written;
      // read again and plan again (often the other sync did our work, and the new plan is empty).
      if (!(e instanceof RegistryMovedError)) throw e;
      if (attempt >= REPLANS) throw new ServiceError(registry.name, 'sync', `${e.message}, ${REPLANS} times in a row`);
      ctx.log(`${e.message}: reading it again`);
      state = await readState();
      continue;
    }
    const after = planSync(registry.name, desired, familyRows(await registry.read(), family, ids), ctx.options.prune);
    if (!isEmptyPlan(after))
      throw new ServiceError(registry.name, 'verify after sync', `read-back differs from the manifest: ${planCounts(after)}`);
    return done();
  }
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
  // A row with no family is adopted, not owned (see familyRows).
  const owner = new Map(all.filter((r) => r.family !== null).map((r) => [r.model_id, r.family]));
  const clash = desired.find((r) => owner.has(r.model_id) && owner.get(r.model_id) !== family);
  if (clash) throw InputError.at(file, `model ${clash.model_id} already belongs to family "${owner.get(clash.model_id)}" in the registry`);
};
