// Public surface of the BigQuery stand-in for tests.
export { bqCli, bqCliPath } from './cli.js';
export type { ErrorProto, FaultKind } from './errors.js';
export type { Fault, FaultSpec, HeldQuery, Hold } from './faults.js';
export type { Job, QueryRecord } from './jobs.js';
export { BigQueryStandIn, type RequestRecord, type StandInOptions, startBigQueryStandIn, type Violation } from './server.js';
export type { QueryParameter, TableFieldSchema } from './values.js';
