// A bigquery: registry address, checked without loading the client library (backends.ts opens the adapter lazily).
import { InputError } from '../errors.js';

/** Project (optionally domain-scoped), dataset, table: validated, because identifiers cannot be parameters. */
const ADDRESS = /^((?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9])\.([A-Za-z0-9_]{1,1024})\.([A-Za-z0-9_-]{1,1024})$/;

export interface BigQueryAddress {
  project: string;
  dataset: string;
  tableId: string;
}

/** `PROJECT.DATASET.TABLE` (what follows `bigquery:`), or bad input. */
export const parseBigQueryAddress = (address: string): BigQueryAddress => {
  const m = ADDRESS.exec(address);
  if (!m) throw InputError.at(`bigquery:${address}`, 'must be bigquery:PROJECT.DATASET.TABLE');
  const [, project, dataset, tableId] = m as unknown as [string, string, string, string];
  return { project, dataset, tableId };
};
