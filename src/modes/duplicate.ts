// duplicate: before training, is this window already trained? Without dates: windows shared inside the manifest.
import {
  describeModel,
  fromManifest,
  fromRegistry,
  type KnownModel,
  matchWindow,
  mergeKnown,
  otherFamily,
  sharedWindows,
  statusOf,
} from '../checks/duplicate.js';
import { InputError } from '../errors.js';
import { isCalendarDate } from '../manifest/schema.js';
import { type Finding, makeReport, type Report } from '../report/types.js';
import { familyOf, inParallel, loadManifest, type ModeContext } from './context.js';

const at = (k: KnownModel): Pick<Finding, 'model_id'> => ({ model_id: k.model_id });

export const duplicate = async (ctx: ModeContext): Promise<Report> => {
  const { trainStart, trainEnd, force } = ctx.options;
  if ((trainStart === undefined) !== (trainEnd === undefined))
    throw InputError.at('arguments', '--train-start and --train-end go together');
  for (const [flag, v] of [
    ['--train-start', trainStart],
    ['--train-end', trainEnd],
  ] as const)
    if (v !== undefined && !isCalendarDate(v)) throw InputError.at('arguments', `${flag} ${v} is not a real date YYYY-MM-DD`);
  if (trainStart && trainEnd && trainStart > trainEnd)
    throw InputError.at('arguments', `--train-start ${trainStart} is after --train-end ${trainEnd}`);

  const registry = ctx.sources.registry;
  const [parsed, rows] = await inParallel([loadManifest(ctx), registry ? registry.read() : Promise.resolve([])] as const);
  const family = parsed.manifest.family;
  // Windows are compared inside the family: another family training on the same dates is not a duplicate.
  const scoped = ctx.options.scope === 'all' ? rows : rows.filter((r) => r.family === family);
  const known = mergeKnown(fromManifest(parsed.manifest), fromRegistry(scoped));
  const locate = (k: KnownModel) => (k.source === 'manifest' ? { location: parsed.source.locate(['models', k.model_id], true) } : {});

  if (trainStart && trainEnd) {
    const window = `${trainStart}..${trainEnd}`;
    const { equal, overlapping } = matchWindow(known, { start: trainStart, end: trainEnd });
    const findings: Finding[] = [
      ...equal.map(
        (k): Finding => ({
          ...at(k),
          ...locate(k),
          code: 'duplicate.window',
          severity: force ? 'warning' : 'error',
          message: `training window ${window} is already trained: ${describeModel(k, family)}`,
          expected: window,
          actual: `${k.window.start}..${k.window.end}`,
        }),
      ),
      ...overlapping.map(
        (k): Finding => ({
          ...at(k),
          ...locate(k),
          code: 'duplicate.overlap',
          severity: 'warning',
          message: `training window ${window} overlaps ${k.window.start}..${k.window.end} of ${describeModel(k, family)}`,
          expected: window,
          actual: `${k.window.start}..${k.window.end}`,
        }),
      ),
    ];
    if (force && equal.length > 0)
      findings.push({
        code: 'duplicate.forced',
        severity: 'warning',
        message: `--force used: training ${window} again despite ${equal.length} existing model(s)`,
      });
    const summary =
      equal.length === 0
        ? `No model is trained on ${window}${overlapping.length ? ` (${overlapping.length} overlapping)` : ''}`
        : `${equal.length} model(s) already trained on ${window}${force ? '; proceeding because --force was given' : '; use --force to train anyway'}`;
    return makeReport('duplicate', familyOf(ctx, parsed), findings, summary);
  }

  const groups = sharedWindows(known);
  const findings = groups.flatMap((g) => {
    const live = g.filter((k) => k.status !== 'deprecated');
    const window = `${g[0]?.window.start}..${g[0]?.window.end}`;
    return g.map(
      (k): Finding => ({
        ...at(k),
        ...locate(k),
        code: 'duplicate.shared-window',
        severity: live.length > 1 ? 'error' : 'warning',
        message: `${k.model_id} (${statusOf(k)}) shares training window ${window} with ${g
          .filter((o) => o !== k)
          .map((o) => `${o.model_id} (${[...otherFamily(o, family), statusOf(o)].join(', ')})`)
          .join(', ')}`,
        actual: window,
      }),
    );
  });
  const summary =
    groups.length === 0
      ? `No two models share a training window (${known.length} checked)`
      : `${groups.length} training window(s) shared by more than one model`;
  return makeReport('duplicate', familyOf(ctx, parsed), findings, summary);
};
