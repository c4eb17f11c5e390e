// list: the registry's rows for the family (the seeds' `model-registry.sh list`), with production periods and
// the staleness of the production model. Without a registry it lists the manifest's rows and says so.
import { staleModels } from '../checks/staleness.js';
import { buildListing } from '../list/listing.js';
import { manifestRows } from '../registry/row.js';
import { type Finding, makeReport, type Report } from '../report/types.js';
import { todayUtc } from '../util/calendar.js';
import { familyOf, inParallel, loadManifest, type ModeContext } from './context.js';

export const list = async (ctx: ModeContext): Promise<Report> => {
  const registry = ctx.sources.registry;
  const [parsed, all] = await inParallel([loadManifest(ctx), registry ? registry.read() : Promise.resolve(undefined)] as const);
  const family = parsed.manifest.family;
  const asOf = ctx.options.asOf ?? todayUtc();
  const listing =
    registry && all
      ? buildListing(
          all.filter((r) => r.family === family),
          'registry',
          registry.name,
          asOf,
        )
      : buildListing(manifestRows(parsed.manifest), 'manifest', parsed.file, asOf);
  const production = listing.models.filter((m) => m.is_production);
  const findings: Finding[] = [
    ...parsed.notices,
    ...(registry
      ? []
      : [
          {
            code: 'list.no-registry',
            severity: 'notice',
            message: `no registry read (none configured, or skipped offline): listing the manifest's rows instead`,
          } satisfies Finding,
        ]),
    // A row with no training end (one this tool did not write) cannot be judged stale.
    ...staleModels(
      production.filter((m): m is typeof m & { training_end_date: string } => m.training_end_date !== null),
      ctx.settings.staleAfterDays,
      asOf,
    ),
  ];
  const n = listing.models.length;
  const current =
    production.length === 0 ? 'no production model' : `production: ${production.map((m) => m.model_id.replace(/\s+/g, ' ')).join(', ')}`;
  const where = listing.name.replace(/\s+/g, ' ');
  const summary =
    n === 0 ? `No models of ${family.replace(/\s+/g, ' ')} in ${where}` : `${n} model${n === 1 ? '' : 's'} in ${where} (${current})`;
  return makeReport('list', familyOf(ctx, parsed), findings, summary, { listing });
};
