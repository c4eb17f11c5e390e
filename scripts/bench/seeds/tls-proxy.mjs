// Bench section 3 only: gsutil's JSON API client always speaks https:// (gslib/gcs_json_api.py builds
// 'https://' + gs_json_host + ':' + gs_json_port), while the GCS stand-in speaks plain HTTP. This forked
// process terminates TLS with a throwaway self-signed certificate and pipes the bytes, unchanged, to the
// stand-in, which logs every request as usual. It also counts request lines and Authorization headers in
// the decrypted stream, so the report can say whether gsutil sent a token.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

const [cert, key, port] = process.argv.slice(2);
const stats = { connections: 0, requests: 0, authorization: 0 };
const server = tls.createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (client) => {
  stats.connections++;
  const upstream = net.connect(Number(port), '127.0.0.1');
  client.on('data', (chunk) => {
    const text = chunk.toString('latin1');
    stats.requests += (text.match(/^(?:GET|HEAD|POST|PUT|PATCH|DELETE) \S+ HTTP\/1\.[01]\r$/gm) ?? []).length;
    stats.authorization += (text.match(/^authorization:/gim) ?? []).length;
  });
  client.pipe(upstream).pipe(client);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', (m) => {
  if (m === 'stats') process.send({ stats });
  if (m === 'close') server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
