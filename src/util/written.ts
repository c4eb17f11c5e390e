// When the HTTP requests the run has made so far are on the wire: a moment to spend CPU without holding them back.
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

let started = 0;
let unwritten = 0;
// Every Google client here sends through node:http (node-fetch), which announces each request on this channel.
subscribe('http.client.request.start', (message) => {
  const request = (message as { request: ClientRequest }).request;
  started++;
  unwritten++;
  let done = false;
  const written = () => {
    if (done) return;
    done = true;
    unwritten--;
  };
  request.once('finish', written);
  request.once('close', written);
});

const turn = () => new Promise<void>((ok) => setImmediate(ok));

/**
 * Resolves once a turn of the event loop has passed with no request started and every request started so far
 * written to its socket, or after `capMs`. A request's socket connects and writes in later turns of the event loop
 * than the one that made it, so a long stretch of CPU right after the reads are started would hold their requests
 * back, and their round trips would begin only after it; after this, they run during it.
 */
export const requestsWritten = async (capMs = 100): Promise<void> => {
  const until = performance.now() + capMs;
  let seen = -1;
  while (performance.now() < until) {
    await turn();
    if (unwritten === 0 && started === seen) return;
    seen = started;
  }
};
