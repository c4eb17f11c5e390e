// Any connection off loopback fails loudly, so no test can reach Google or GitHub by accident.
import net from 'node:net';

const loopback = (host: string | undefined): boolean =>
  host === undefined || host === 'localhost' || host === '::1' || host.startsWith('127.') || host === '[::1]';

// Once per worker: files sharing a worker (isolate: false) run this setup each, and would wrap connect again each time.
const GUARDED = Symbol.for('model-governance.network-guard');
if (!(GUARDED in net.Socket.prototype)) {
  Object.defineProperty(net.Socket.prototype, GUARDED, { value: true });
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const opts = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string } | number | string;
    const host =
      typeof opts === 'object' && opts !== null ? (opts.path ? 'localhost' : opts.host) : typeof args[1] === 'string' ? args[1] : undefined;
    if (!loopback(host)) throw new Error(`network guard: test tried to connect to ${host}; only loopback is allowed`);
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
}
