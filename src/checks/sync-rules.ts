// sync's rules beyond the plan itself: whose rows a manifest may take, what the report says about rows it keeps,
// and the --reason it records. Pure: the mode composes them.
import { InputError } from '../errors.js';
import type { ManifestRow, RegistryRow } from '../registry/row.js';
import type { Finding } from '../report/types.js';
import { unownedRows } from './migration.js';
import type { Plan } from './plan.js';

/** Notices for rows with no family this manifest does not list, warnings for extra rows kept (without --prune). */
export const syncFindings = (table: string, plan: Plan, all: RegistryRow[], ids: ReadonlySet<string>, prune: boolean): Finding[] => [
  ...unownedRows(all, ids).map(
    (r): Finding => ({
      code: 'registry.unowned',
      severity: 'notice',
      message: `${r.model_id} has no family in ${table} and is not in this manifest; kept as it is`,
      model_id: r.model_id,
    }),
  ),
  ...(prune
    ? []
    : plan.extra.map(
        (r): Finding => ({
          code: 'registry.extra',
          severity: 'warning',
          message: `${r.model_id} is in ${table} but not in the manifest; kept (--prune deletes it)`,
          model_id: r.model_id,
        }),
      )),
];

// The reason is stored and printed: one line of plain text.
export const checkReason = (reason: string | undefined): string | null => {
  if (reason === undefined) return null;
  if (reason.trim() === '') throw InputError.at('arguments', '--reason is empty; say why, or leave it out');
  if (reason.length > 1000) throw InputError.at('arguments', '--reason must be at most 1000 characters');
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(reason) || !reason.isWellFormed())
    throw InputError.at('arguments', '--reason contains a control character, newline or bidi override');
  return reason;
};

// model_id is the table's key: a manifest must not take over another family's row.
export const refuseForeignIds = (file: string, desired: ManifestRow[], all: RegistryRow[], family: string): void => {
  // A row with no family is adopted, not owned (see familyRows). Only other families' rows are held (a loop, not
  // a pair per row): in the usual registry there are none, or few. The last row of an id decides, as it always did.
  const owner = new Map<string, string>();
  for (const r of all)
    if (r.family !== null) {
      if (r.family !== family) owner.set(r.model_id, r.family);
      else owner.delete(r.model_id);
    }
  const clash = desired.find((r) => owner.has(r.model_id));
  if (clash) throw InputError.at(file, `model ${clash.model_id} already belongs to family "${owner.get(clash.model_id)}" in the registry`);
};
