// BigQuery's error envelope, with the codes/reasons/statuses the real API uses, so a caller's
// error handling (retry on concurrent update, give up on accessDenied, ...) is tested against
// the shapes it will actually see.

export interface ErrorProto {
  reason: string;
  message: string;
  location?: string;
  locationType?: string;
  domain?: string;
}

// google.rpc canonical status names for the HTTP codes BigQuery returns.
const STATUS_NAME: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'NOT_IMPLEMENTED',
  503: 'UNAVAILABLE',
};

export class BqError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly extra: Partial<ErrorProto> = {},
  ) {
    super(message);
  }

  /** ErrorProto as in a job's status (discovery: reason, message, location only). */
  proto(): ErrorProto {
    const p: ErrorProto = { reason: this.reason, message: this.message };
    if (this.extra.location) p.location = this.extra.location;
    return p;
  }

  /** An entry of the HTTP error envelope's `errors`, which also carries domain/locationType. */
  private entry(): ErrorProto {
    return { message: this.message, domain: 'global', reason: this.reason, ...this.extra };
  }

  body(): { error: { code: number; message: string; errors: ErrorProto[]; status: string } } {
    return {
      error: { code: this.code, message: this.message, errors: [this.entry()], status: STATUS_NAME[this.code] ?? 'UNKNOWN' },
    };
  }
}

/** `project:dataset.table`, the form BigQuery uses inside error messages. */
export const tableLabel = (project: string, dataset: string, table: string): string => `${project}:${dataset}.${table}`;

export const errors = {
  invalidQuery: (message: string) => new BqError(400, 'invalidQuery', message, { location: 'q', locationType: 'parameter' }),
  invalid: (message: string) => new BqError(400, 'invalid', message),
  parseError: (message: string) => new BqError(400, 'parseError', message),
  notFound: (message: string) => new BqError(404, 'notFound', `Not found: ${message}`),
  duplicate: (what: string) => new BqError(409, 'duplicate', `Already Exists: ${what}`),
  accessDenied: (table: string, permission = 'bigquery.tables.updateData') =>
    new BqError(
      403,
      'accessDenied',
      `Access Denied: Table ${table}: Permission ${permission} denied on table ${table} (or it may not exist).`,
    ),
  concurrentUpdate: (table: string) =>
    new BqError(400, 'invalidQuery', `Could not serialize access to table ${table} due to concurrent update`),
  transactionAborted: (table: string) =>
    new BqError(400, 'invalidQuery', `Transaction is aborted due to concurrent update against table ${table}.`),
  backendError: () => new BqError(503, 'backendError', 'Error encountered during execution. Retrying may solve the problem.'),
  rateLimitExceeded: (table: string) =>
    new BqError(403, 'rateLimitExceeded', `Exceeded rate limits: too many table update operations for this table. Table: ${table}`),
  bytesBilledLimitExceeded: (limit: string, required: number) =>
    new BqError(400, 'bytesBilledLimitExceeded', `Query exceeded limit for bytes billed: ${limit}. ${required} or higher required.`),
  stopped: () => new BqError(400, 'stopped', 'Job execution was cancelled: User requested cancellation'),
  unauthenticated: () =>
    new BqError(
      401,
      'required',
      'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      {
        location: 'Authorization',
        locationType: 'header',
      },
    ),
};

export type FaultKind = 'concurrentUpdate' | 'backendError' | 'accessDenied' | 'rateLimitExceeded' | 'notFound';

export function presetError(kind: FaultKind, table: string): BqError {
  switch (kind) {
    case 'concurrentUpdate':
      return errors.concurrentUpdate(table);
    case 'backendError':
      return errors.backendError();
    case 'accessDenied':
      return errors.accessDenied(table);
    case 'rateLimitExceeded':
      return errors.rateLimitExceeded(table);
    case 'notFound':
      return errors.notFound(`Table ${table}`);
  }
}

/** Wrap anything thrown while executing into a BigQuery-shaped error without hiding its origin. */
export function asBqError(e: unknown): BqError {
  if (e instanceof BqError) return e;
  const message = e instanceof Error ? e.message : String(e);
  // DuckDB's own words, labelled so nobody mistakes them for BigQuery's wording.
  return errors.invalidQuery(`[stand-in DuckDB] ${message.split('\n')[0]}`);
}
