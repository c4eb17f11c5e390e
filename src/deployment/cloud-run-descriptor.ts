// The descriptors the Cloud Run clients load, narrowed to the services they call, each built once for both clients.
import type { fallback as Fallback } from 'google-gax';

/** A protobufjs JSON descriptor node: a namespace, message, enum, service or extension field. */
export interface DescriptorNode {
  nested?: Record<string, DescriptorNode>;
  fields?: Record<string, { type: string; id?: number; extend?: string }>;
  methods?: Record<string, { requestType: string; responseType: string }>;
  values?: unknown;
  extend?: string;
  [key: string]: unknown;
}

const SCALAR = new Set([
  'double',
  'float',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'sfixed32',
  'sfixed64',
  'bool',
  'string',
  'bytes',
]);

const parentOf = (name: string): string => name.slice(0, Math.max(0, name.lastIndexOf('.')));
const isNamespace = (n: DescriptorNode | undefined): boolean => !!n && !n.fields && !n.values && !n.methods && !n.extend;

/**
 * The descriptor with only the definitions reachable from `roots` (full names of services or messages): each
 * service's request and response types, each message's field types, transitively. A message is kept whole, with
 * its nested types; extension fields (options such as google.api.field_behavior, which stay in the kept nodes as
 * the strings protobufjs reads them as) and everything unreachable are left out. Kept nodes are the input's own
 * objects, not copies. Throws on a type name that resolves to nothing, as protobufjs would when loading it.
 */
export const narrowDescriptor = (json: DescriptorNode, roots: readonly string[]): DescriptorNode => {
  const defs = new Map<string, DescriptorNode>();
  const index = (node: DescriptorNode, path: string) => {
    for (const [k, v] of Object.entries(node.nested ?? {})) {
      const p = path ? `${path}.${k}` : k;
      defs.set(p, v);
      index(v, p);
    }
  };
  index(json, '');
  // Protobuf scoping: a relative name is looked up in the enclosing scope, then each scope outside it.
  const resolve = (name: string, scope: string): string | undefined => {
    if (name.startsWith('.')) return defs.has(name.slice(1)) ? name.slice(1) : undefined;
    for (let s = scope; ; s = parentOf(s)) {
      const candidate = s ? `${s}.${name}` : name;
      if (defs.has(candidate)) return candidate;
      if (!s) return undefined;
    }
  };
  // A type nested in a message is kept with its outermost message.
  const unitOf = (name: string): string => {
    let unit = name;
    for (let p = parentOf(name); p; p = parentOf(p)) if (!isNamespace(defs.get(p))) unit = p;
    return unit;
  };
  const keep = new Set<string>();
  const visit = (name: string) => {
    const unit = unitOf(name);
    if (keep.has(unit)) return;
    const node = defs.get(unit);
    if (!node || isNamespace(node)) throw new Error(`descriptor: ${name} is not a message, enum or service`);
    keep.add(unit);
    const walk = (n: DescriptorNode, scope: string) => {
      const ref = (type: string, from: string) => {
        if (SCALAR.has(type)) return;
        const found = resolve(type, from);
        if (!found) throw new Error(`descriptor: ${type} (in ${scope}) resolves to nothing`);
        visit(found);
      };
      for (const f of Object.values(n.fields ?? {})) if (!f.extend) ref(f.type, scope);
      // A method's types are named from the service's scope, which is the service's parent.
      for (const m of Object.values(n.methods ?? {})) {
        ref(m.requestType, parentOf(scope));
        ref(m.responseType, parentOf(scope));
      }
      for (const [k, v] of Object.entries(n.nested ?? {})) if (!v.extend) walk(v, `${scope}.${k}`);
    };
    walk(node, unit);
  };
  for (const r of roots) visit(r);
  const kept = [...keep];
  const copy = (node: DescriptorNode, path: string): DescriptorNode => {
    const { nested: all, ...rest } = node;
    const nested: Record<string, DescriptorNode> = {};
    for (const [k, v] of Object.entries(all ?? {})) {
      const p = path ? `${path}.${k}` : k;
      if (keep.has(p)) nested[k] = v;
      else if (isNamespace(v) && kept.some((u) => u.startsWith(`${p}.`))) nested[k] = copy(v, p);
    }
    return Object.keys(nested).length ? { ...rest, nested } : rest;
  };
  return copy(json, '');
};

/**
 * What the two clients build from the package's descriptor (protos.json, every Cloud Run v2 API: jobs, executions,
 * tasks, worker pools, builds…): the services drift calls, and google.longrunning.Operations, which every client's
 * operations client looks up when it is built.
 */
export const RUN_ROOTS = ['google.cloud.run.v2.Services', 'google.cloud.run.v2.Revisions', 'google.longrunning.Operations'] as const;
/** What each client's locations mixin builds from gax's locations.json: its service (the rest is descriptor.proto). */
export const LOCATION_ROOTS = ['google.cloud.location.Locations'] as const;

const cloud = (json: unknown) => (json as DescriptorNode | undefined)?.nested?.google?.nested?.cloud?.nested;
/** The roots to narrow a descriptor the clients load to; none for any other. */
const rootsOf = (json: unknown): readonly string[] | undefined =>
  cloud(json)?.run ? RUN_ROOTS : cloud(json)?.location ? LOCATION_ROOTS : undefined;

type Descriptor = Parameters<typeof Fallback.protobufFromJSON>[0];

/**
 * google-gax's REST transport as the clients take it (their constructors' second argument), loading the Cloud Run
 * descriptor narrowed to RUN_ROOTS and the locations mixin's to LOCATION_ROOTS, each into one root for both clients.
 * gax would load each whole for each client, most of it for APIs never called (its cache misses on the second
 * client's Cloud Run descriptor, since building the first edits the descriptor's HTTP rules).
 */
export const narrowedGax = (fallback: typeof Fallback): typeof Fallback => {
  const roots = new WeakMap<object, ReturnType<typeof Fallback.protobufFromJSON>>();
  const load = (json: Descriptor, ignoreCache?: boolean) => {
    const keep = rootsOf(json);
    if (!keep) return fallback.protobufFromJSON(json, ignoreCache);
    let root = roots.get(json);
    if (!root) {
      root = fallback.protobufFromJSON(narrowDescriptor(json as DescriptorNode, keep) as Descriptor);
      roots.set(json, root);
    }
    return root;
  };
  class GrpcClient extends fallback.GrpcClient {
    override loadProtoJSON(json: Descriptor, ignoreCache?: boolean) {
      return load(json, ignoreCache);
    }
  }
  // gax's own module with these two in front (not a copy: reading every export would load the ones nothing uses),
  // and like it, its `fallback` is itself: the clients take the transport from there.
  const gax: typeof Fallback = Object.create(fallback);
  Object.defineProperties(gax, { GrpcClient: { value: GrpcClient }, protobufFromJSON: { value: load }, fallback: { value: gax } });
  return gax;
};
