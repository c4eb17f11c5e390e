// The BigQuery stand-in for a test file that drives the product against it: started once per file, the client
// pointed at it (BIGQUERY_EMULATOR_HOST, a token, short retry waits), and after each test the faults cleared and
// every answer checked against the discovery document.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type BigQueryStandIn, startBigQueryStandIn } from '../standins/bigquery/index.js';

export const useBigQueryStandIn = (dataset: string): { readonly bq: BigQueryStandIn } => {
  let bq: BigQueryStandIn | undefined;
  beforeAll(async () => {
    bq = await startBigQueryStandIn();
    bq.createDataset('test-project', dataset);
    process.env.BIGQUERY_EMULATOR_HOST = `${bq.url}/bigquery/v2`;
    process.env.GOOGLE_OAUTH_ACCESS_TOKEN = 'stand-in-token';
    process.env.MODEL_GOVERNANCE_RETRY_SCALE = '0.01';
  });
  afterAll(async () => {
    await bq?.close();
    delete process.env.BIGQUERY_EMULATOR_HOST;
  });
  afterEach(() => {
    bq?.clearFaults();
    bq?.assertNoViolations();
  });
  return {
    get bq() {
      if (!bq) throw new Error('the BigQuery stand-in is used before beforeAll started it');
      return bq;
    },
  };
};
