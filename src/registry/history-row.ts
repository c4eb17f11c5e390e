// The model_registry_history row: the audit trail beside the registry, the same columns in every backend.
// Append-only: the tool only ever INSERTs here, in the same transaction as the registry MERGE.
import type { ColumnType } from './row.js';

/** The history table is named after the registry table: model_registry → model_registry_history. */
export const historyTableOf = (registryTable: string): string => `${registryTable}_history`;

export const CHANGE_KINDS = ['baseline', 'insert', 'update', 'delete'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const HISTORY_COLUMNS = [
  // When the change committed: the database's clock inside the transaction (CURRENT_TIMESTAMP), not the runner's.
  ['changed_at', 'TIMESTAMP', true],
  // One id per sync, so the rows one change wrote can be told apart from the next one's.
  ['sync_id', 'STRING', true],
  // Order inside one sync: baseline rows first, then the changes in model_id order.
  ['seq', 'INT64', true],
  ['model_id', 'STRING', true],
  ['family', 'STRING', true],
  ['change', 'STRING', true],
  // JSON array of {field, old, new}: the registry columns this change touched (every non-null one for
  // baseline/insert/delete), so the old and new values of each are kept.
  ['fields', 'STRING', true],
  // The model's state after the change (false and NULL after a delete), so "production at T" is one query.
  ['is_production', 'BOOL', true],
  ['status', 'STRING', false],
  ['manifest', 'STRING', true],
  ['manifest_generation', 'STRING', false],
  ['manifest_sha256', 'STRING', true],
  ['actor', 'STRING', true],
  ['reason', 'STRING', false],
  ['forced', 'BOOL', false],
  // JSON array of the gates a forced promotion failed.
  ['failed_gates', 'STRING', false],
] as const satisfies readonly (readonly [string, ColumnType, boolean])[];

export type HistoryColumn = (typeof HISTORY_COLUMNS)[number][0];

/** A history row as written (changed_at is set by the database when it commits). */
export interface HistoryEntry {
  sync_id: string;
  seq: number;
  model_id: string;
  family: string;
  change: ChangeKind;
  fields: string;
  is_production: boolean;
  status: string | null;
  manifest: string;
  manifest_generation: string | null;
  manifest_sha256: string;
  actor: string;
  reason: string | null;
  forced: boolean | null;
  failed_gates: string | null;
}

/** A history row as read back: changed_at as an ISO UTC timestamp. */
export interface HistoryRow extends HistoryEntry {
  changed_at: string;
}

/** What one sync appends: baseline rows (written only when the history is empty) and the change rows. */
export interface Audit {
  baseline: HistoryEntry[];
  changes: HistoryEntry[];
  /**
   * How many history rows there were before the registry was read for this plan. The history only grows, and every
   * change through this tool appends to it, so a different count inside the transaction means another sync committed
   * since the read: the plan (and so its history rows) may be stale, and nothing is written.
   */
  seen?: number;
}

/** Another sync changed the registry between this sync's read and its transaction: read again and re-plan. */
export class RegistryMovedError extends Error {
  override readonly name = 'RegistryMovedError';
  constructor(table: string) {
    super(`${table} changed since it was read (another sync committed)`);
  }
}

/** The text a BigQuery ASSERT carries, so its failure is recognised as RegistryMovedError. */
export const MOVED_MARKER = 'model-governance: the registry history moved since the read';
