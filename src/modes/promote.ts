// promote: run the gates for one model, then rewrite the manifest (the source of truth) in one compare-and-swap
// write. A failed gate refuses (exit 1) unless --force --reason; --dry-run shows the diff and writes nothing.
import { createTwoFilesPatch } from 'diff';
import { fromManifest, fromRegistry, mergeKnown } from '../checks/duplicate.js';
import { evaluateGates } from '../checks/gates.js';
import { checkCandidate, checkPromoteFlags, decidePromotion, type PromoteFlags } from '../checks/promotion.js';
import { InputError } from '../errors.js';
import { promoteBytes } from '../manifest/promote-edit.js';
import { makeReport, type Report } from '../report/types.js';
import { printable } from '../util/printable.js';
import { familyOf, inParallel, type ModeContext, readManifest } from './context.js';

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

const text = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');

export const promote = async (ctx: ModeContext): Promise<Report> => {
  const { force, dryRun } = ctx.options;
  const flags: PromoteFlags = { model: ctx.options.model, date: ctx.options.date, force, reason: ctx.options.reason };
  const { model, date } = checkPromoteFlags(flags, todayUtc());
  const registry = ctx.sources.registry;
  const [{ parsed, read }, rows] = await inParallel([readManifest(ctx), registry ? registry.read() : Promise.resolve([])] as const);
  const { manifest, file } = parsed;
  const family = familyOf(ctx, parsed);
  checkCandidate(parsed, model, flags);
  const notices = parsed.notices;

  const results = evaluateGates({
    sites: ctx.settings.gates,
    modelId: model,
    manifest,
    file,
    locate: parsed.source.locate,
    known: mergeKnown(fromManifest(manifest), fromRegistry(rows.filter((r) => r.family === manifest.family))),
  });
  const decision = decidePromotion(manifest, model, results, flags);
  // Every gate, passed or failed, so a reviewer sees the whole checklist (as in `gate`).
  const checklist = { checklist: results.map((r) => ({ gate: r.key, label: r.label, passed: r.passed })) };
  if (decision.kind === 'already') return makeReport('promote', family, notices, decision.summary);
  if (decision.kind === 'refused') return makeReport('promote', family, [...notices, ...decision.findings], decision.summary, checklist);

  const next = promoteBytes(file, read.bytes, { model, date, ...(decision.record ? { promotion: decision.record } : {}) });
  const diff = createTwoFilesPatch(file, file, text(read.bytes), text(next), '', '', { context: 2 });
  const findings = [...notices, ...decision.findings];
  const what = `${printable(model)} to production (promoted_at ${date}${decision.previous ? `; ${printable(decision.previous)} becomes deprecated` : ''})`;
  if (decision.record) ctx.log(`promotion reason: ${printable(decision.record.reason)}`);
  for (const label of decision.record?.failed_gates ?? []) ctx.log(`failed gate, overridden: ${printable(label)}`);
  if (dryRun)
    return makeReport('promote', family, findings, `Would promote ${what} (dry run, nothing written)`, { ...checklist, detail: diff });

  const manifestPort = ctx.sources.manifest;
  if (!manifestPort.write) throw InputError.at(file, 'this manifest source cannot be written');
  await manifestPort.write(next, read);
  return makeReport('promote', family, findings, `Promoted ${what} in ${file}`, { ...checklist, detail: diff });
};
