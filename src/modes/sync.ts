// sync: plan the registry from the manifest, then apply it and its history rows as one atomic change.
import { auditFor } from '../checks/history.js';
import { familyRows } from '../checks/migration.js';
import { isEmptyPlan, type Plan, planCounts, planSync } from '../checks/plan.js';
import { checkReason, refuseForeignIds, syncFindings } from '../checks/sync-rules.js';
import { InputError, ServiceError } from '../errors.js';
import { RegistryMovedError } from '../registry/history-row.js';
import { manifestRows } from '../registry/row.js';
import { makeReport, type Report } from '../report/types.js';
import { currentActor } from '../util/actor.js';
import { randomUuid } from '../util/uuid.js';
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
  // Everything that needs only the manifest (the hash, the rows, the sync's id) is done once the manifest is read:
  // then it overlaps the registry read (a DuckDB open runs on its own thread) rather than coming before it or after
  // it. The same work either way; the hash and the id without node:crypto's load where they can (util/sha256.ts,
  // util/uuid.ts), as this thread's work is what the registry read's answer waits behind.
  const fromManifest = readManifest(ctx).then(async ({ parsed, read }) => {
    // The manifest's identity in the history: which bytes this sync applied (only sync needs it, so only sync hashes).
    // Its code loads here, after the DuckDB open has started, not with the mode's before it.
    const { sha256HexOfBytes } = await import('../util/sha256.js');
    const sha256 = await sha256HexOfBytes(read.bytes);
    const desired = manifestRows(parsed.manifest);
    return { parsed, sha256, desired, ids: new Set(desired.map((r) => r.model_id)), syncId: await randomUuid() };
  });
  const [{ parsed, sha256, desired, ids, syncId }, first] = await inParallel([fromManifest, readState()] as const);
  const family = parsed.manifest.family;
  const label = familyOf(ctx, parsed);
  let state = first;
  for (let attempt = 1; ; attempt++) {
    const { all, seen, migration } = state;
    const current = familyRows(all, family, ids);
    refuseForeignIds(parsed.file, desired, all, family);
    // --migrate: the columns to add lead the plan (and its JSON), as they lead the writes.
    const merge = planSync(registry.name, desired, current, ctx.options.prune);
    const plan: Plan = migrate ? { migrate: migration?.add ?? [], ...merge } : merge;
    const findings = [...parsed.notices, ...syncFindings(registry.name, plan, all, ids, ctx.options.prune)];
    if (ctx.options.dryRun) {
      const counts = planCounts(plan, 'planned');
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
