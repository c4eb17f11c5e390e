// requestsWritten: resolves once the HTTP requests started so far are written to their sockets, or at its cap.
import { type ClientRequest, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestsWritten } from '../../src/util/written.js';

let server: Server;
let port: number;
beforeAll(async () => {
  // Answers every request once its body is read; /stall never reads it, so a large body never finishes writing.
  server = createServer((req, res) => {
    if (req.url === '/stall') return req.pause();
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

const post = (path: string, body: Buffer): ClientRequest => {
  const r = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false });
  r.on('error', () => undefined);
  r.on('response', (res) => res.resume());
  r.end(body);
  return r;
};

describe('requestsWritten', () => {
  it('waits until every request just started has connected and written its body', async () => {
    const rs = [1, 2, 3].map((i) => post('/', Buffer.alloc(1024 * i, 1)));
    // Nothing is written in the turn that made them: the sockets connect later.
    expect(rs.map((r) => r.writableFinished)).toEqual([false, false, false]);
    await requestsWritten(60_000);
    expect(rs.map((r) => r.writableFinished)).toEqual([true, true, true]);
  });

  it('with no request in flight it resolves at once; a request that cannot be written holds it only to the cap', async () => {
    await requestsWritten(60_000);
    const stuck = post('/stall', Buffer.alloc(64 * 1024 * 1024, 1));
    await requestsWritten(50);
    expect(stuck.writableFinished).toBe(false);
    stuck.destroy();
  });

  it('many waiting at once (a family each) add no listener to the requests they wait for', async () => {
    const warnings: Error[] = [];
    const warned = (w: Error) => warnings.push(w);
    process.on('warning', warned);
    try {
      const stuck = post('/stall', Buffer.alloc(64 * 1024 * 1024, 1));
      // The request is announced (and tracked) once it has a socket, a turn later.
      await new Promise((ok) => setImmediate(ok));
      const before = stuck.listenerCount('finish') + stuck.listenerCount('close');
      const waits = Array.from({ length: 40 }, () => requestsWritten(50));
      await new Promise((ok) => setImmediate(ok));
      expect(stuck.listenerCount('finish') + stuck.listenerCount('close')).toBe(before);
      await Promise.all(waits);
      stuck.destroy();
      await new Promise((ok) => setImmediate(ok));
      expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', warned);
    }
  });
});
