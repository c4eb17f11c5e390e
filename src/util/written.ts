// When the HTTP requests the run has made so far are on the wire: a moment to spend CPU without holding them back.
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { allWithin } from './wait-capped.js';

/**
 * Requests made and not yet written to their sockets (or failed), each with the one promise every waiter shares:
 * listeners per waiter would put one on a request for every family waiting at once (Node warns past 16, a stray
 * line in the user's log, and each family's wait cost as many listeners as requests in flight).
 */
const unwritten = new Map<ClientRequest, Promise<void>>();
// Every Google client here sends through node:http (node-fetch), which announces each request on this channel.
subscribe('http.client.request.start', (message) => {
  const request = (message as { request: ClientRequest }).request;
  unwritten.set(
    request,
    new Promise<void>((ok) => {
      const written = () => {
        unwritten.delete(request);
        ok();
      };
      request.once('finish', written);
      request.once('close', written);
    }),
  );
});

const turn = () => new Promise<void>((ok) => setImmediate(ok));

/**
 * Resolves once the requests made before it (and in its first turn of the event loop) are written to their
 * sockets, or after `capMs`. A request's socket connects and writes in later turns of the event loop than the one
 * that made it, so a long stretch of CPU right after the reads are started would hold their requests back, and their
 * round trips would begin only after it; after this, they run during it. Requests made later are not waited for.
 */
export const requestsWritten = async (capMs = 100): Promise<void> => {
  await turn();
  await allWithin([...unwritten.values()], capMs);
};
