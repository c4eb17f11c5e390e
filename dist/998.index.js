export const id = 998;
export const ids = [998];
export const modules = {

/***/ 61998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cloudRunDeployment: () => (/* binding */ cloudRunDeployment)
});

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./util/google.js
var google = __webpack_require__(77814);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
// EXTERNAL MODULE: ./util/retry.js
var retry = __webpack_require__(16771);
// EXTERNAL MODULE: ./util/shared.js
var shared = __webpack_require__(35160);
// EXTERNAL MODULE: ./util/written.js
var written = __webpack_require__(60182);
;// CONCATENATED MODULE: ./deployment/cloud-run-descriptor.js
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
const parentOf = (name) => name.slice(0, Math.max(0, name.lastIndexOf('.')));
const isNamespace = (n) => !!n && !n.fields && !n.values && !n.methods && !n.extend;
/**
 * The descriptor with only the definitions reachable from `roots` (full names of services or messages): each
 * service's request and response types, each message's field types, transitively. A message is kept whole, with
 * its nested types; extension fields (options such as google.api.field_behavior, which stay in the kept nodes as
 * the strings protobufjs reads them as) and everything unreachable are left out. Kept nodes are the input's own
 * objects, not copies. Throws on a type name that resolves to nothing, as protobufjs would when loading it.
 */
const narrowDescriptor = (json, roots) => {
    const defs = new Map();
    const index = (node, path) => {
        for (const [k, v] of Object.entries(node.nested ?? {})) {
            const p = path ? `${path}.${k}` : k;
            defs.set(p, v);
            index(v, p);
        }
    };
    index(json, '');
    // Protobuf scoping: a relative name is looked up in the enclosing scope, then each scope outside it.
    const resolve = (name, scope) => {
        if (name.startsWith('.'))
            return defs.has(name.slice(1)) ? name.slice(1) : undefined;
        for (let s = scope;; s = parentOf(s)) {
            const candidate = s ? `${s}.${name}` : name;
            if (defs.has(candidate))
                return candidate;
            if (!s)
                return undefined;
        }
    };
    // A type nested in a message is kept with its outermost message.
    const unitOf = (name) => {
        let unit = name;
        for (let p = parentOf(name); p; p = parentOf(p))
            if (!isNamespace(defs.get(p)))
                unit = p;
        return unit;
    };
    const keep = new Set();
    const visit = (name) => {
        const unit = unitOf(name);
        if (keep.has(unit))
            return;
        const node = defs.get(unit);
        if (!node || isNamespace(node))
            throw new Error(`descriptor: ${name} is not a message, enum or service`);
        keep.add(unit);
        const walk = (n, scope) => {
            const ref = (type, from) => {
                if (SCALAR.has(type))
                    return;
                const found = resolve(type, from);
                if (!found)
                    throw new Error(`descriptor: ${type} (in ${scope}) resolves to nothing`);
                visit(found);
            };
            for (const f of Object.values(n.fields ?? {}))
                if (!f.extend)
                    ref(f.type, scope);
            // A method's types are named from the service's scope, which is the service's parent.
            for (const m of Object.values(n.methods ?? {})) {
                ref(m.requestType, parentOf(scope));
                ref(m.responseType, parentOf(scope));
            }
            for (const [k, v] of Object.entries(n.nested ?? {}))
                if (!v.extend)
                    walk(v, `${scope}.${k}`);
        };
        walk(node, unit);
    };
    for (const r of roots)
        visit(r);
    const kept = [...keep];
    const copy = (node, path) => {
        const { nested: all, ...rest } = node;
        const nested = {};
        for (const [k, v] of Object.entries(all ?? {})) {
            const p = path ? `${path}.${k}` : k;
            if (keep.has(p))
                nested[k] = v;
            else if (isNamespace(v) && kept.some((u) => u.startsWith(`${p}.`)))
                nested[k] = copy(v, p);
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
const RUN_ROOTS = ['google.cloud.run.v2.Services', 'google.cloud.run.v2.Revisions', 'google.longrunning.Operations'];
/** What each client's locations mixin builds from gax's locations.json: its service (the rest is descriptor.proto). */
const LOCATION_ROOTS = ['google.cloud.location.Locations'];
const cloud = (json) => json?.nested?.google?.nested?.cloud?.nested;
/** The roots to narrow a descriptor the clients load to; none for any other. */
const rootsOf = (json) => cloud(json)?.run ? RUN_ROOTS : cloud(json)?.location ? LOCATION_ROOTS : undefined;
/**
 * google-gax's REST transport as the clients take it (their constructors' second argument), loading the Cloud Run
 * descriptor narrowed to RUN_ROOTS and the locations mixin's to LOCATION_ROOTS, each into one root for both clients.
 * gax would load each whole for each client, most of it for APIs never called (its cache misses on the second
 * client's Cloud Run descriptor, since building the first edits the descriptor's HTTP rules).
 */
const narrowedGax = (fallback) => {
    const roots = new WeakMap();
    const load = (json, ignoreCache) => {
        const keep = rootsOf(json);
        if (!keep)
            return fallback.protobufFromJSON(json, ignoreCache);
        let root = roots.get(json);
        if (!root) {
            root = fallback.protobufFromJSON(narrowDescriptor(json, keep));
            roots.set(json, root);
        }
        return root;
    };
    class GrpcClient extends fallback.GrpcClient {
        loadProtoJSON(json, ignoreCache) {
            return load(json, ignoreCache);
        }
    }
    // gax's own module with these two in front (not a copy: reading every export would load the ones nothing uses),
    // and like it, its `fallback` is itself: the clients take the transport from there.
    const gax = Object.create(fallback);
    Object.defineProperties(gax, { GrpcClient: { value: GrpcClient }, protobufFromJSON: { value: load }, fallback: { value: gax } });
    return gax;
};

;// CONCATENATED MODULE: ./deployment/cloud-run-traffic.js
const isLatest = (t) => t === 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST' || t === 1;
const shortName = (revision) => revision.slice(revision.lastIndexOf('/') + 1);
/**
 * Revisions that receive traffic, with their summed share. `trafficStatuses` is what is served;
 * `traffic` (what was asked for) stands in only when no status is reported yet.
 */
const servedRevisions = (svc, service) => {
    const entries = svc.trafficStatuses?.length ? svc.trafficStatuses : (svc.traffic ?? []);
    const shares = new Map();
    for (const t of entries) {
        const percent = t.percent ?? 0;
        if (percent <= 0)
            continue; // a tag-only target receives no share of the traffic
        const ref = isLatest(t.type) ? svc.latestReadyRevision : t.revision;
        if (!ref)
            continue;
        const name = ref.includes('/revisions/') ? ref : `${service}/revisions/${ref}`;
        shares.set(name, (shares.get(name) ?? 0) + percent);
    }
    return [...shares].map(([name, percent]) => ({ name, percent }));
};
/** One entry per container that sets `env`; a revision where none does gets one entry with value null. */
const servedModels = (rev, served, env) => {
    const revision = shortName(served.name);
    const containers = rev.containers ?? [];
    const out = containers.flatMap((c, i) => {
        const e = (c.env ?? []).find((v) => v.name === env);
        if (!e)
            return [];
        const fromSecret = Boolean(e.valueSource?.secretKeyRef);
        return [{ value: fromSecret ? null : (e.value ?? ''), fromSecret, percent: served.percent, revision, container: c.name || `#${i}` }];
    });
    if (out.length > 0)
        return out;
    const names = containers.map((c, i) => c.name || `#${i}`).join(', ') || '(none)';
    return [{ value: null, fromSecret: false, percent: served.percent, revision, container: names }];
};

;// CONCATENATED MODULE: ./deployment/cloud-run.js
// Deployment from a live Cloud Run service (Admin API v2): the service, then every revision holding traffic.








const NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/services\/([^/]+)$/;
/**
 * The client library, loaded on the first read rather than when the adapter is made; drift starts its Cloud Storage
 * and BigQuery reads first, so this work runs while their answers are on the way instead of before they are asked.
 * The two clients' own modules, not the package index: the index also loads a 1.2 MB static protobuf module for
 * every Cloud Run API, which these clients never use (they build their types from the package's protos.json).
 */
const library = async () => {
    const [{ ServicesClient }, { RevisionsClient }, { fallback }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(528), __webpack_require__.e(503), __webpack_require__.e(613), __webpack_require__.e(332)]).then(__webpack_require__.t.bind(__webpack_require__, 94994, 19)),
        Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(528), __webpack_require__.e(503), __webpack_require__.e(198), __webpack_require__.e(332)]).then(__webpack_require__.t.bind(__webpack_require__, 66198, 19)),
        Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(528), __webpack_require__.e(332)]).then(__webpack_require__.t.bind(__webpack_require__, 40332, 19)),
    ]);
    gax ??= narrowedGax(fallback);
    return { ServicesClient, RevisionsClient, gax };
};
/** One for the process: it holds the root both clients of every read share. */
let gax;
const endpointOf = (opts) => opts.endpoint ?? process.env.CLOUD_RUN_EMULATOR_HOST ?? '';
/**
 * The REST transport (`fallback`: HTTP/1.1 JSON, the paths of the API's google.api.http rules) rather than gRPC:
 * building the gRPC service descriptors from the protos cost about three times the CPU of the REST client, before
 * the first request, and the API answers both alike.
 */
const clientOptions = async (opts) => {
    const raw = endpointOf(opts);
    if (raw === '')
        return { fallback: true, ...(0,google/* tokenAuth */.o)() };
    const m = /^(.+):(\d{1,5})$/.exec(raw);
    const port = Number(m?.[2]);
    // A port out of range would otherwise become the scheme's default (0) or an invalid URL (a service failure).
    if (!m || port < 1 || port > 65535)
        throw errors/* InputError */.dz.at('CLOUD_RUN_EMULATOR_HOST', `"${raw}" must be host:port`);
    // Plain HTTP and no credentials (a stand-in asks none); the universe domain spares gax the ADC search.
    const { PassThroughClient } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37097, 19));
    const bare = m[1].replace(/^\[(.*)\]$/, '$1');
    const host = bare.includes(':') ? `[${bare}]` : bare; // an IPv6 literal goes in the URL in brackets
    return {
        fallback: true,
        protocol: 'http',
        apiEndpoint: host,
        port,
        authClient: new PassThroughClient(),
        universeDomain: 'googleapis.com',
    };
};
// google.rpc.Code: the REST transport maps HTTP statuses and Google's JSON error bodies onto these, as gRPC did.
const CODE = { DEADLINE_EXCEEDED: 4, NOT_FOUND: 5, PERMISSION_DENIED: 7, UNAVAILABLE: 14, UNAUTHENTICATED: 16 };
// The library retries GetService but never GetRevision (non_idempotent in its config); both are reads,
// so its retry is off and one policy covers both.
const NO_LIBRARY_RETRY = { retry: null, timeout: (0,retry/* requestTimeoutMs */.Hl)(30_000) };
const codeOf = (e) => e.code;
const httpStatusOf = (e) => e.httpStatusCode;
/**
 * The REST transport reports a success whose body is not JSON as UNAVAILABLE, like a dropped connection; but the
 * server did answer, and asking again would only repeat it, so that one is not retried.
 */
const notJson = (e) => e.cause instanceof SyntaxError;
const answeredGarbage = (e) => notJson(e) && (httpStatusOf(e) ?? 200) < 400;
/**
 * Statuses asked again whatever their body: a proxy or load balancer in front of the API answers them with its own
 * page (gRPC's client mapped these, from anything but a gRPC server, to UNAVAILABLE). A 429 only as such a page: the
 * API's own (RESOURCE_EXHAUSTED, a JSON body) is not retried, by design (see test/reliability/faults.test.ts).
 */
const RETRY_HTTP = new Set([502, 503, 504]);
const proxyPage = (e) => httpStatusOf(e) === 429 && notJson(e);
/** The server's text as one line, its head only when long: a proxy's error page is a whole HTML document. */
const oneLine = (s) => (0,printable/* showValue */.v)(s.replace(/\s+/g, ' ').trim(), 300);
const PERMISSION = { GetService: 'run.services.get', GetRevision: 'run.revisions.get' };
const failure = (e, rpc, name, source) => {
    const code = codeOf(e);
    // gRPC put the server's text in `details`; the REST transport puts it in `message` and a (often empty) list there.
    const details = e.details;
    const detail = oneLine((typeof details === 'string' && details) || (e instanceof Error ? e.message : String(e)));
    if (code === CODE.NOT_FOUND && rpc === 'GetService')
        return errors/* InputError */.dz.at(source, `service not found (${detail})`);
    const hint = code === CODE.PERMISSION_DENIED
        ? `permission denied: the caller needs ${PERMISSION[rpc]} (roles/run.viewer)`
        : code === CODE.UNAUTHENTICATED
            ? 'not authenticated: set up Application Default Credentials (google-github-actions/auth in workflows)'
            : code === CODE.NOT_FOUND
                ? 'a revision holding traffic is gone; the service changed while it was read, so run again'
                : undefined;
    return new errors/* ServiceError */._7('Cloud Run', `${rpc} ${name}`, hint ? `${hint} (${detail})` : detail, { cause: e });
};
const cloudRunDeployment = (address, opts = {}) => {
    const source = `run:${address}`;
    const m = NAME.exec(address);
    if (!m)
        throw errors/* InputError */.dz.at(source, 'must be run:projects/PROJECT/locations/REGION/services/SERVICE');
    const [, project, region, service] = m;
    return {
        name: source,
        async read(env) {
            // One pair of clients for every read of the run with the same endpoint and token (the token only as a map key):
            // all clients share one descriptor root (cloud-run-descriptor.ts), but each still builds its stubs, settings
            // and operations client, so twenty families share one pair instead of building forty.
            const key = JSON.stringify(['cloud-run', endpointOf(opts), process.env.GOOGLE_OAUTH_ACCESS_TOKEN ?? '']);
            const make = async () => {
                const { ServicesClient, RevisionsClient, gax } = await library();
                const options = await clientOptions(opts);
                // Loading the library is itself long: requests made meanwhile go out before the first client is built.
                await (0,written/* requestsWritten */.i)();
                const services = new ServicesClient(options, gax);
                let revisions;
                return {
                    services,
                    built: () => revisions,
                    /**
                     * Built on first use, once the GetService just asked is written, so it is built while that is answered
                     * (the other families' reads find it built).
                     */
                    revisions: () => (revisions ??= (0,written/* requestsWritten */.i)().then(() => new RevisionsClient(options, gax))),
                };
            };
            const close = async (c) => {
                await Promise.all([c.services.close(), c.built()?.then((r) => r.close())]);
            };
            const retryable = new Set([CODE.UNAVAILABLE, CODE.DEADLINE_EXCEEDED]);
            const call = (rpc, name, fn) => (0,retry/* withRetry */.bD)(fn, (e) => RETRY_HTTP.has(httpStatusOf(e) ?? 0) || proxyPage(e) || (retryable.has(codeOf(e) ?? -1) && !answeredGarbage(e))).then(([v]) => {
                // An answer that parses but is not the resource asked for (a proxy's page, another message) decodes into
                // a message with no or the wrong fields; the name the API always echoes tells it from the real answer. Only from /services/ on: the project part
                // may come back as the project's number.
                if (!v.name?.endsWith(name.slice(name.lastIndexOf('/services/'))))
                    throw new errors/* ServiceError */._7('Cloud Run', `${rpc} ${name}`, 'the answer is not that resource (a malformed response)');
                return v;
            }, (e) => Promise.reject(failure(e, rpc, name, source)));
            return (0,shared/* withShared */.A)(key, make, close, async (clients) => {
                const asked = call('GetService', address, () => clients.services.getService({ name: address }, NO_LIBRARY_RETRY));
                const [svc, revisions] = await Promise.all([asked, clients.revisions()]);
                const targets = servedRevisions(svc, address);
                if (targets.length === 0)
                    throw errors/* InputError */.dz.at(source, 'no revision holds traffic, so there is no served model to compare');
                const revs = await Promise.all(targets.map((t) => call('GetRevision', t.name, () => revisions.getRevision({ name: t.name }, NO_LIBRARY_RETRY))));
                const served = revs.flatMap((r, i) => servedModels(r, targets[i], env));
                if (served.every((s) => s.value === null && !s.fromSecret))
                    throw errors/* InputError */.dz.at(source, `no container of ${targets.map((t) => shortName(t.name)).join(', ')} sets ${env}; check --model-env`);
                return { source, service, region, project, env, served, ...(svc.reconciling ? { reconciling: true } : {}) };
            });
        },
    };
};


/***/ }),

/***/ 60182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ requestsWritten)
/* harmony export */ });
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53053);
// When the HTTP requests the run has made so far are on the wire: a moment to spend CPU without holding them back.

/**
 * Requests made and not yet written to their sockets (or failed), each with the one promise every waiter shares:
 * listeners per waiter would put one on a request for every family waiting at once (Node warns past 16, a stray
 * line in the user's log, and each family's wait cost as many listeners as requests in flight).
 */
const unwritten = new Map();
// Every Google client here sends through node:http (node-fetch), which announces each request on this channel.
(0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.subscribe)('http.client.request.start', (message) => {
    const request = message.request;
    unwritten.set(request, new Promise((ok) => {
        const written = () => {
            unwritten.delete(request);
            ok();
        };
        request.once('finish', written);
        request.once('close', written);
    }));
});
const turn = () => new Promise((ok) => setImmediate(ok));
/**
 * Resolves once the requests made before it (and in its first turn of the event loop) are written to their
 * sockets, or after `capMs`. A request's socket connects and writes in later turns of the event loop than the one
 * that made it, so a long stretch of CPU right after the reads are started would hold their requests back, and their
 * round trips would begin only after it; after this, they run during it. Requests made later are not waited for.
 */
const requestsWritten = async (capMs = 100) => {
    await turn();
    const waiting = [...unwritten.values()];
    if (waiting.length === 0)
        return;
    let timer;
    await Promise.race([
        Promise.all(waiting),
        new Promise((ok) => {
            timer = setTimeout(ok, capMs).unref();
        }),
    ]);
    clearTimeout(timer);
};


/***/ })

};
