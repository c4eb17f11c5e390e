// The Headers and FormData the bundle's copies of the Google HTTP libraries see instead of Node's globals
// (scripts/build.mjs, fetchGlobalsOfNodeFetch). Node's globals are undici's: the first touch of either (even
// `typeof Headers`) loads Node's whole built-in undici, HTTP/2 and web streams, about 20 ms before the first request
// of every run against Google, while those libraries send through node-fetch, which takes any Headers and copies it
// into its own class. These are node-fetch's own Headers, and a FormData that is Node's, touched only when needed.
import { types } from 'node:util';
import { Headers as FetchHeaders } from 'node-fetch';

type Init = ConstructorParameters<typeof FetchHeaders>[0];

/** The Fetch standard strips HTTP whitespace from both ends of a header value (undici does); node-fetch does not. */
const trimValue = (value: unknown): string => String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

/** The init with each value trimmed; any shape node-fetch rejects is passed on untouched, for it to reject. */
const trimmedInit = (init: Init): Init => {
  if (init === null || typeof init !== 'object' || init instanceof FetchHeaders || types.isBoxedPrimitive(init)) return init;
  const pairs = init as Iterable<unknown>;
  if (typeof pairs[Symbol.iterator] !== 'function')
    return Object.fromEntries(Object.entries(init).map(([name, value]) => [name, trimValue(value)]));
  return [...pairs].map((pair) => (Array.isArray(pair) && pair.length === 2 ? [pair[0], trimValue(pair[1])] : pair)) as Init;
};

/**
 * An object that may be an instance of some class other than Object or Array. A plain object, an array or a primitive
 * is never an instance of Node's Headers or FormData, so for those the answer is known without loading undici.
 */
const mayBeInstance = (x: unknown): boolean => {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function')) return false;
  const proto = Object.getPrototypeOf(x);
  return proto !== Object.prototype && proto !== Array.prototype && proto !== null;
};

/**
 * node-fetch's Headers, with values trimmed as the standard's are. `instanceof` it holds for Node's own Headers, as
 * `instanceof Headers` did in these libraries before (it asks Node's only of an object that may be one), and now also
 * for node-fetch's, which these libraries' own requests carry: teeny-request and storage's resumable upload then read
 * them through the Headers API (entries, get), which node-fetch's class has. Where it differs from Node's class (one
 * joined set-cookie value, no getSetCookie, stricter value bytes), the bundled versions of these libraries use none.
 */
export class Headers extends FetchHeaders {
  constructor(init?: Init) {
    super(trimmedInit(init));
    // node-fetch's constructor returns a Proxy that serves append and set itself: trim on the way in.
    // biome-ignore lint/correctness/noConstructorReturn: the instance is node-fetch's Proxy, wrapped once more
    return new Proxy(this, {
      get(target, p, receiver) {
        if (p === 'append' || p === 'set') {
          const call = Reflect.get(target, p) as (name: string, value: string) => void;
          return (name: string, value: unknown) => call(name, trimValue(value));
        }
        return Reflect.get(target, p, receiver);
      },
    });
  }

  static override [Symbol.hasInstance](x: unknown): boolean {
    return x instanceof FetchHeaders || (mayBeInstance(x) && x instanceof globalThis.Headers);
  }
}

/** Node's FormData, loaded when one is made or when a value may be one. */
export class FormData {
  constructor(...args: ConstructorParameters<typeof globalThis.FormData>) {
    // biome-ignore lint/correctness/noConstructorReturn: a FormData made here is Node's own
    return new globalThis.FormData(...args);
  }

  static [Symbol.hasInstance](x: unknown): boolean {
    return mayBeInstance(x) && x instanceof globalThis.FormData;
  }
}
