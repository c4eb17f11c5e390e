// Staleness: the production model was trained too long ago (seed 004 flags models past 14 days since training).
// Pure: the day to measure from is passed in (--as-of or today), so a rerun gives the same answer.
import type { Finding } from '../report/types.js';
import { addDays, daysBetween } from '../util/calendar.js';

export interface Trained {
  model_id: string;
  training_end_date: string;
}

/**
 * One warning per model whose training ended more than `staleAfterDays` days before `asOf`.
 * `undefined` means the family set no limit: nothing is ever stale.
 */
export const staleModels = (models: Trained[], staleAfterDays: number | undefined, asOf: string): Finding[] =>
  staleAfterDays === undefined
    ? []
    : models.flatMap((m): Finding[] => {
        const days = daysBetween(m.training_end_date, asOf);
        return days > staleAfterDays
          ? [
              {
                code: 'model.stale',
                severity: 'warning',
                message: `production model ${m.model_id} is stale: its training ended ${m.training_end_date}, ${days} days before ${asOf} (stale-after-days: ${staleAfterDays})`,
                model_id: m.model_id,
                field: 'training_end_date',
                expected: `>= ${addDays(asOf, -staleAfterDays)}`,
                actual: m.training_end_date,
              },
            ]
          : [];
      });
