// An idle timeout on every node:http client request, switched on once per process by the Google adapters.
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { requestTimeoutMs } from './retry.js';

/**
 * The Cloud Storage and BigQuery clients send through teeny-request 11, which hands its `timeout` to node-fetch 3,
 * which has no such option: a server that accepts the request and never answers would hold the run forever. So
 * every node:http client request gets an idle timeout (60 s without a byte either way) that fails it with
 * ETIMEDOUT, which the callers retry as transient; in the bundle that includes google-auth-library's token requests,
 * which its gaxios sends through node-fetch too. Requests sent with Node's own fetch (Octokit) do not go through
 * node:http and keep undici's timeouts.
 */
let idleTimeoutOn = false;
export const httpIdleTimeout = (): void => {
  if (idleTimeoutOn) return;
  idleTimeoutOn = true;
  const ms = requestTimeoutMs(60_000);
  subscribe('http.client.request.start', (message) => {
    const request = (message as { request: ClientRequest }).request;
    request.setTimeout(ms, () => request.destroy(Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: 'ETIMEDOUT' })));
  });
};
