// bundle/fetch-globals.ts's Headers behaves as Node's (undici's) where the Google libraries use it, and node-fetch
// takes it as its own; its FormData is Node's.
import { FormData as NodeFetchFormData, Headers as NodeFetchHeaders, Request } from 'node-fetch';
import { describe, expect, it } from 'vitest';
import { FormData, Headers } from '../../src/bundle/fetch-globals.js';

const inits: [string, ConstructorParameters<typeof globalThis.Headers>[0]][] = [
  ['a record', { Authorization: 'Bearer t', 'X-Goog-Api-Client': 'gl-node/24 gccl/8', accept: 'application/json' }],
  [
    'pairs, a name twice',
    [
      ['x-a', '1'],
      ['X-A', '2'],
      ['b', 'v'],
    ],
  ],
  ['values with HTTP whitespace at the ends', { authorization: ' Bearer t\n', 'x-b': '\tv \r\n' }],
  ['nothing', undefined],
];

const entriesOf = (h: Iterable<[string, string]>) => [...h];

describe('Headers', () => {
  it.each(inits)('%s: the same entries, get and has as Node’s Headers', (_, init) => {
    const ours = new Headers(init as never);
    const node = new globalThis.Headers(init);
    expect(entriesOf(ours)).toEqual(entriesOf(node));
    for (const name of ['authorization', 'X-A', 'x-b', 'missing']) {
      expect(ours.get(name)).toBe(node.get(name));
      expect(ours.has(name)).toBe(node.has(name));
    }
  });

  it('append and set trim values as Node’s do; delete and forEach agree', () => {
    const ours = new Headers();
    const node = new globalThis.Headers();
    for (const h of [ours, node]) {
      h.append('x-goog-user-project', ' p \n');
      h.append('x-goog-user-project', 'q');
      h.set('Authorization', 'Bearer t\r\n');
      h.set('content-type', 'application/json');
      h.delete('Content-Type');
    }
    expect(entriesOf(ours)).toEqual(entriesOf(node));
    const seen = (h: { forEach: (f: (v: string, k: string) => void) => void }) => {
      const out: string[] = [];
      h.forEach((v, k) => {
        out.push(`${k}=${v}`);
      });
      return out;
    };
    expect(seen(ours)).toEqual(seen(node));
  });

  it('rejects a bad name or a value with a line break inside, as Node’s does', () => {
    for (const init of [{ 'bad name': 'v' }, { a: 'x\ny' }] as Record<string, string>[]) {
      expect(() => new globalThis.Headers(init)).toThrow(TypeError);
      expect(() => new Headers(init)).toThrow(TypeError);
    }
    expect(() => new Headers().set('a', 'x\ry')).toThrow(TypeError);
  });

  it('instanceof holds for ours, node-fetch’s and Node’s, and not for plain objects or arrays', () => {
    expect(new Headers() instanceof Headers).toBe(true);
    expect(new NodeFetchHeaders() instanceof Headers).toBe(true);
    expect(new globalThis.Headers() instanceof Headers).toBe(true);
    for (const x of [{}, [], null, undefined, 'a', new Map()]) expect(x instanceof Headers).toBe(false);
  });

  it('node-fetch takes it as its own: a request carries exactly its entries', () => {
    const h = new Headers({ authorization: 'Bearer t\n', 'x-a': '1' });
    h.append('x-a', '2');
    expect(h instanceof NodeFetchHeaders).toBe(true);
    const req = new Request('http://127.0.0.1/', { headers: h });
    expect(entriesOf(req.headers)).toEqual([
      ['authorization', 'Bearer t'],
      ['x-a', '1, 2'],
    ]);
  });
});

describe('FormData', () => {
  it('makes Node’s FormData; instanceof holds for Node’s only', () => {
    const f = new FormData();
    expect(f).toBeInstanceOf(globalThis.FormData);
    expect(new globalThis.FormData() instanceof FormData).toBe(true);
    for (const x of [{}, [], undefined, 'a', Buffer.from('a'), new NodeFetchFormData()]) expect(x instanceof FormData).toBe(false);
  });
});
