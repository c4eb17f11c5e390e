// gate: may this model become production? Every configured gate, passed or failed, for `--model ID`. In a PR check
// with no model named, the model the PR makes production (when it changes production_model), compared with the base
// branch's production model and annotated on the production_model line.
import { fromManifest, fromRegistry, mergeKnown } from '../checks/duplicate.js';
import { evaluateGates, gateFindings, gateMetrics, type ProductionModel } from '../checks/gates.js';
import { InputError, type SourcePosition } from '../errors.js';
import { type ParsedManifest, parseManifest } from '../manifest/parse.js';
import { type Finding, makeReport, type Report } from '../report/types.js';
import { familyOf, inParallel, loadManifest, type ModeContext } from './context.js';

interface Target {
  modelId: string;
  /** undefined: the manifest's own production model. */
  production?: ProductionModel | null;
  anchor?: SourcePosition;
}

/** The base branch's manifest: undefined outside a PR check, null when the base lacks it, an error when it is broken. */
const loadBase = async (ctx: ModeContext): Promise<ParsedManifest | null | undefined | InputError> => {
  const base = ctx.sources.baseManifest;
  if (!base) return undefined;
  const bytes = await base.load();
  try {
    return bytes === null ? null : parseManifest(base.name, bytes, { metrics: gateMetrics(ctx.settings.gates) });
  } catch (e) {
    // The PR may be what fixes a broken base: gate the PR's production model, with nothing to improve on, and say so.
    if (e instanceof InputError) return e;
    throw e;
  }
};

export const gate = async (ctx: ModeContext): Promise<Report> => {
  const registry = ctx.sources.registry;
  const [parsed, rows, base] = await inParallel([
    loadManifest(ctx),
    registry ? registry.read() : Promise.resolve([]),
    loadBase(ctx),
  ] as const);
  const family = familyOf(ctx, parsed);
  const notes: Finding[] = [];
  const report = (findings: Finding[], summary: string, extra = {}) =>
    makeReport('gate', family, [...parsed.notices, ...notes, ...findings], summary, extra);

  let target: Target;
  const named = ctx.options.model;
  if (named !== undefined) {
    if (!Object.hasOwn(parsed.manifest.models, named))
      throw InputError.at('arguments', `--model ${JSON.stringify(named)} is not a model of ${parsed.file}`);
    target = { modelId: named };
  } else if (base instanceof InputError) {
    const after = parsed.manifest.production_model;
    const anchor = parsed.source.locate(['production_model'], true);
    notes.push({
      code: 'gate.no-base',
      severity: 'warning',
      message: `the base branch's manifest could not be read (${base.message.split('\n')[0]}): improvement gates have no production model to compare with`,
      location: anchor,
    });
    if (after === null) return report([], 'production_model is null: no model to gate');
    target = { modelId: after, production: null, anchor };
  } else if (base !== undefined) {
    // A PR check: gate only what the PR changes.
    const before = base?.manifest.production_model ?? null;
    const after = parsed.manifest.production_model;
    if (after === before) return report([], `production_model is unchanged (${after ?? 'none'}): no model to gate`);
    if (after === null) return report([], `production_model is cleared (was ${before}): no model to gate`);
    const entry = before === null ? undefined : base?.manifest.models[before];
    target = {
      modelId: after,
      production: base && before !== null && entry ? { id: before, entry, file: base.file, locate: base.source.locate } : null,
      anchor: parsed.source.locate(['production_model'], true),
    };
  } else throw InputError.at('arguments', '--model (input model) is required: the model to gate');

  const sites = ctx.settings.gates;
  if (sites.length === 0)
    return report(
      [
        {
          code: 'gate.none',
          severity: 'notice',
          message: `no gates configured for ${family} (config key gates in ${ctx.settings.origin})`,
          model_id: target.modelId,
        },
      ],
      `No gates configured: ${target.modelId} passes by default`,
      { checklist: [] },
    );

  const known = mergeKnown(fromManifest(parsed.manifest), fromRegistry(rows.filter((r) => r.family === parsed.manifest.family)));
  const results = evaluateGates({
    sites,
    modelId: target.modelId,
    manifest: parsed.manifest,
    file: parsed.file,
    locate: parsed.source.locate,
    known,
    ...(target.production === undefined ? {} : { production: target.production }),
    ...(target.anchor ? { anchor: target.anchor } : {}),
  });
  const failed = results.filter((r) => !r.passed).length;
  const summary =
    failed === 0 ? `${target.modelId} passes all ${results.length} gates` : `${target.modelId} fails ${failed} of ${results.length} gates`;
  return report(gateFindings(results), summary, {
    checklist: results.map((r) => ({ gate: r.key, label: r.label, passed: r.passed })),
  });
};
