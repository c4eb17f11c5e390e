// Options every Google client gets. Application Default Credentials unless GOOGLE_OAUTH_ACCESS_TOKEN
// holds a token minted elsewhere (the same variable the Terraform provider reads); emulators are reached
// through the clients' own *_EMULATOR_HOST variables.
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { OAuth2Client } from 'google-auth-library';
import { requestTimeoutMs } from './retry.js';

export const tokenAuth = (): { authClient: OAuth2Client } | Record<string, never> => {
  const token = process.env.GOOGLE_OAUTH_ACCESS_TOKEN;
  if (!token) return {};
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: token });
  return { authClient };
};

/**
 * The Cloud Storage and BigQuery clients send through teeny-request 11, which hands its `timeout` to node-fetch 3,
 * which has no such option: a server that accepts the request and never answers would hold the run forever. So
 * every node:http client request gets an idle timeout (60 s without a byte either way) that fails it with
 * ETIMEDOUT, which the callers retry as transient. Node's fetch (Octokit, google-auth-library) does not go through
 * node:http and keeps undici's own timeouts.
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
