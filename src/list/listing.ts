// What `list` shows: the family's rows, in a stable order, and the production periods derived from them. Pure.
import type { RegistryRow } from '../registry/row.js';
import { addDays } from '../util/calendar.js';

/** A registry row this tool did not write may hold NULL where a manifest always has a value (see RegistryRow). */
export interface ListedModel {
  model_id: string;
  model_version: string | null;
  training_start_date: string | null;
  training_end_date: string | null;
  is_production: boolean;
  status: string | null;
  /** The first 12 hex characters, as the seeds' CLAUDE.md block shows them. */
  sha256_prefix: string | null;
  hit_rate_edge_3plus: number | null;
  evaluation_mae: number | null;
  promoted_at: string | null;
}

/** A model was production from `from` to `to`, both days included. */
export interface ProductionPeriod {
  model_id: string;
  from: string;
  to: string;
  /** The model was production on the as-of day: the period runs to that day. */
  current: boolean;
}

export interface Listing {
  /** Where the rows came from: the registry table, or the manifest when no registry is configured. */
  source: 'registry' | 'manifest';
  /** The table or manifest name as shown in messages. */
  name: string;
  as_of: string;
  models: ListedModel[];
  production_periods: ProductionPeriod[];
}

export const SHA_PREFIX = 12;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** A missing date sorts after every date. */
const cmpDate = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(a, b));

/** Chronological by training window (no window last), then id (code-point order), so the same rows give the same bytes. */
const byWindow = (a: ListedModel, b: ListedModel): number =>
  cmpDate(a.training_start_date, b.training_start_date) || cmpDate(a.training_end_date, b.training_end_date) || cmp(a.model_id, b.model_id);

export const listedModel = (r: RegistryRow): ListedModel => ({
  model_id: r.model_id,
  model_version: r.model_version,
  training_start_date: r.training_start_date,
  training_end_date: r.training_end_date,
  // NULL in an adopted table's row: it is not the production model (as the history's baseline reads it).
  is_production: r.is_production === true,
  status: r.status,
  sha256_prefix: r.sha256 === null ? null : r.sha256.slice(0, SHA_PREFIX),
  hit_rate_edge_3plus: r.hit_rate_edge_3plus,
  evaluation_mae: r.evaluation_mae,
  promoted_at: r.promoted_at,
});

/**
 * Production periods from `promoted_at`: a promoted model is production from its promoted_at until the day
 * before the next (later-dated) promotion; the model production on the as-of day runs to that day (`current`).
 * A model promoted last that is no longer production has no known end and gets no period; neither does a
 * production model without promoted_at (its start is unknown). Promotions after the as-of day are not drawn, so
 * an earlier --as-of shows the past.
 */
export const productionPeriods = (models: ListedModel[], asOf: string): ProductionPeriod[] => {
  const promoted = models
    .filter((m): m is ListedModel & { promoted_at: string } => m.promoted_at !== null)
    .sort((a, b) => cmp(a.promoted_at, b.promoted_at) || cmp(a.model_id, b.model_id));
  return promoted.flatMap((m, i): ProductionPeriod[] => {
    if (m.promoted_at > asOf) return [];
    const next = promoted.slice(i + 1).find((n) => n.promoted_at > m.promoted_at);
    // Still production on the as-of day: the next promotion came later, or there is none and it is production now.
    const current = next ? next.promoted_at > asOf : m.is_production;
    const to = current ? asOf : next ? addDays(next.promoted_at, -1) : undefined;
    if (to === undefined || to < m.promoted_at) return [];
    return [{ model_id: m.model_id, from: m.promoted_at, to, current }];
  });
};

export const buildListing = (rows: RegistryRow[], source: Listing['source'], name: string, asOf: string): Listing => {
  const models = rows.map(listedModel).sort(byWindow);
  return { source, name, as_of: asOf, models, production_periods: productionPeriods(models, asOf) };
};
