// When the HTTP requests the run has made so far are on the wire: a moment to spend CPU without holding them back.
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

/**
 * Requests made and not yet written to their sockets (or failed), each with the promise of that moment: one pair of
 * listeners per request, however many wait for it (twenty families may wait on the same few).
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
  const waiting = [...unwritten.values()];
  if (waiting.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(waiting),
    new Promise<void>((ok) => {
      timer = setTimeout(ok, capMs).unref();
    }),
  ]);
  clearTimeout(timer);
};
