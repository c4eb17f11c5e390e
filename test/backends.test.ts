// Opening a bigquery: registry (or a run: deployment, the same call) switches node:http's idle timeout on for the run, before the
// client library loads: a request another library starts meanwhile (a credentials token fetch) cannot hang forever.
// Its own worker (vitest.config.ts): the subscription is for the whole process, and the timeout scale is read at load.

import { request } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilySettings } from '../src/config/settings.js';

process.env.MODEL_GOVERNANCE_TIMEOUT_SCALE = '0.002'; // 60 s → 120 ms
const { registryFor } = await import('../src/backends.js');

// Accepts a connection and never answers.
let server: Server;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = createServer((s) => sockets.push(s));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((ok) => server.close(ok));
});

const silentRequest = () =>
  new Promise<{ code?: string }>((done) => {
    const port = (server.address() as { port: number }).port;
    const r = request({ host: '127.0.0.1', port, path: '/token' });
    r.on('error', done);
    r.on('response', () => done({ code: 'answered' }));
    r.end();
  });

describe('the idle timeout of Google requests', () => {
  it('is on once a bigquery: registry is opened, though its client has not loaded', async () => {
    const settings = { registry: 'bigquery:my-project.governance.model_registry', location: undefined, createTable: false };
    await registryFor(settings as unknown as FamilySettings);
    expect((await silentRequest()).code).toBe('ETIMEDOUT');
  });
});
