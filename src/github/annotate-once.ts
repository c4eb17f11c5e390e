// One annotation per problem per run. Several modes report the same problem (drift repeats lint-filenames' filename
// findings and claude-md's stale block); each mode's check run and summary still list it, but a reviewer should read
// it once in the diff. The annotation belongs to the first report that carries it, in the run's order (the modes in
// the order the `mode` input lists them, families in config order), so the owner is the same on every re-run.
import type { Finding, Mode, Report } from '../report/types.js';

/**
 * What a finding says and where, without which mode said it: the place, the rule (code), the model and field it is
 * about, and the message. Severity is left out on purpose: a copy demoted elsewhere is still the same problem.
 */
export const findingIdentity = (f: Finding): string =>
  JSON.stringify([
    f.location?.file ?? null,
    f.location?.line ?? null,
    f.location?.column ?? null,
    f.code,
    f.model_id ?? null,
    f.field ?? null,
    f.message,
  ]);

export interface Ownership {
  /** The findings this run annotates: the first copy of each problem. */
  owned: Set<Finding>;
  /** Per mode: how many of its findings another mode's annotation already shows, and which modes those are. */
  elsewhere: Map<Mode, Map<Mode, number>>;
}

/**
 * Which copy of each problem is annotated, walking the reports in the run's order. `annotatable` says which findings
 * the channel can place (a check run only those in a file of the repository); only those are counted in `elsewhere`.
 */
export const annotationOwners = (reports: Report[], annotatable: (f: Finding) => boolean = () => true): Ownership => {
  const first = new Map<string, Mode>();
  const owned = new Set<Finding>();
  const elsewhere = new Map<Mode, Map<Mode, number>>();
  for (const r of reports)
    for (const f of r.findings) {
      const id = findingIdentity(f);
      const owner = first.get(id);
      if (owner === undefined) {
        first.set(id, r.mode);
        owned.add(f);
      } else if (owner !== r.mode && annotatable(f)) {
        const counts = elsewhere.get(r.mode) ?? new Map<Mode, number>();
        counts.set(owner, (counts.get(owner) ?? 0) + 1);
        elsewhere.set(r.mode, counts);
      }
    }
  return { owned, elsewhere };
};
