export const id = 523;
export const ids = [523];
export const modules = {

/***/ 74523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cloudRunDeployment: () => (/* binding */ cloudRunDeployment)
});

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./util/google.js
var google = __webpack_require__(77814);
// EXTERNAL MODULE: ./util/retry.js
var retry = __webpack_require__(16771);
;// CONCATENATED MODULE: ./util/shared.js
// One resource for every user of a run that asks with the same key, closed when the last one lets go.
const shared = new Map();
/**
 * Use the resource for `key` (made by `make` when there is none), then let it go. The last user's release closes it
 * one macrotask later, unless a next user took it in between: a task that waited for the same resource starts right
 * as the previous one finishes, and then reuses it instead of making another.
 */
const withShared = async (key, make, close, use) => {
    let entry = shared.get(key);
    if (!entry) {
        entry = { value: make(), users: 0 };
        shared.set(key, entry);
    }
    const mine = entry;
    if (mine.closing)
        clearImmediate(mine.closing);
    mine.closing = undefined;
    mine.users++;
    try {
        return await use(await mine.value);
    }
    finally {
        mine.users--;
        if (mine.users === 0)
            mine.closing = setImmediate(() => {
                if (mine.users > 0 || shared.get(key) !== mine)
                    return;
                shared.delete(key);
                mine.value.then(close).catch(() => undefined);
            });
    }
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





const NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/services\/([^/]+)$/;
/**
 * The client library, loaded on the first read rather than when the adapter is made. Loading it and building its
 * protobuf descriptors is the costliest CPU of a drift run; drift starts its Cloud Storage and BigQuery reads first,
 * so this work runs while their answers are on the way instead of before they are asked.
 */
const library = async () => {
    const [{ ServicesClient, RevisionsClient }, { grpc }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(140), __webpack_require__.e(31)]).then(__webpack_require__.t.bind(__webpack_require__, 78031, 19)), Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(140)]).then(__webpack_require__.t.bind(__webpack_require__, 11140, 19))]);
    return { ServicesClient, RevisionsClient, grpc };
};
const endpointOf = (opts) => opts.endpoint ?? process.env.CLOUD_RUN_EMULATOR_HOST ?? '';
const clientOptions = (opts, grpc) => {
    const raw = endpointOf(opts);
    if (raw === '')
        return { ...(0,google/* tokenAuth */.o)() };
    const m = /^(.+):(\d+)$/.exec(raw);
    if (!m)
        throw errors/* InputError */.dz.at('CLOUD_RUN_EMULATOR_HOST', `"${raw}" must be host:port`);
    // Insecure channel: gax then asks no credentials; the universe domain spares it the ADC search.
    const host = m[1].replace(/^\[(.*)\]$/, '$1');
    return { apiEndpoint: host, port: Number(m[2]), sslCreds: grpc.credentials.createInsecure(), universeDomain: 'googleapis.com' };
};
// The library retries GetService but never GetRevision (non_idempotent in its config); both are reads,
// so its retry is off and one policy covers both.
const NO_LIBRARY_RETRY = { retry: null, timeout: (0,retry/* requestTimeoutMs */.Hl)(30_000) };
const codeOf = (e) => e.code;
const PERMISSION = { GetService: 'run.services.get', GetRevision: 'run.revisions.get' };
const failure = (grpc, e, rpc, name, source) => {
    const code = codeOf(e);
    const detail = e.details || (e instanceof Error ? e.message : String(e));
    if (code === grpc.status.NOT_FOUND && rpc === 'GetService')
        return errors/* InputError */.dz.at(source, `service not found (${detail})`);
    const hint = code === grpc.status.PERMISSION_DENIED
        ? `permission denied: the caller needs ${PERMISSION[rpc]} (roles/run.viewer)`
        : code === grpc.status.UNAUTHENTICATED
            ? 'not authenticated: set up Application Default Credentials (google-github-actions/auth in workflows)'
            : code === grpc.status.NOT_FOUND
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
            const { ServicesClient, RevisionsClient, grpc } = await library();
            // One pair of clients for every read of the run with the same endpoint and token (the token only as a map key):
            // each client built after the first still costs tens of ms of CPU and much garbage for its descriptors, so
            // twenty families share one pair instead of building forty.
            const key = JSON.stringify(['cloud-run', endpointOf(opts), process.env.GOOGLE_OAUTH_ACCESS_TOKEN ?? '']);
            const make = async () => {
                const options = clientOptions(opts, grpc);
                return { services: new ServicesClient(options), revisions: new RevisionsClient(options) };
            };
            const close = async (c) => {
                await Promise.all([c.services.close(), c.revisions.close()]);
            };
            const retryable = new Set([grpc.status.UNAVAILABLE, grpc.status.DEADLINE_EXCEEDED]);
            const call = (rpc, name, fn) => (0,retry/* withRetry */.bD)(fn, (e) => retryable.has(codeOf(e) ?? -1)).then(([v]) => {
                // Protobuf decodes most garbled bytes without complaint, into a message with the wrong fields; the name
                // the API always echoes tells an answer from such nonsense. Only from /services/ on: the project part
                // may come back as the project's number.
                if (!v.name?.endsWith(name.slice(name.lastIndexOf('/services/'))))
                    throw new errors/* ServiceError */._7('Cloud Run', `${rpc} ${name}`, 'the answer is not that resource (a malformed response)');
                return v;
            }, (e) => Promise.reject(failure(grpc, e, rpc, name, source)));
            return withShared(key, make, close, async ({ services, revisions }) => {
                const svc = await call('GetService', address, () => services.getService({ name: address }, NO_LIBRARY_RETRY));
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

/***/ 77814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ httpIdleTimeout),
/* harmony export */   o: () => (/* binding */ tokenAuth)
/* harmony export */ });
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53053);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11488);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16771);
// Options every Google client gets. Application Default Credentials unless GOOGLE_OAUTH_ACCESS_TOKEN
// holds a token minted elsewhere (the same variable the Terraform provider reads); emulators are reached
// through the clients' own *_EMULATOR_HOST variables.



const tokenAuth = () => {
    const token = process.env.GOOGLE_OAUTH_ACCESS_TOKEN;
    if (!token)
        return {};
    const authClient = new google_auth_library__WEBPACK_IMPORTED_MODULE_1__.OAuth2Client();
    authClient.setCredentials({ access_token: token });
    return { authClient };
};
/**
 * The Cloud Storage and BigQuery clients send through teeny-request 11, which hands its `timeout` to node-fetch 3,
 * which has no such option: a server that accepts the request and never answers would hold the run forever. So
 * every node:http client request gets an idle timeout (60 s without a byte either way) that fails it with
 * ETIMEDOUT, which the callers retry as transient. Node's fetch (Octokit, google-auth-library) does not go through
 * node:http and keeps undici's own timeouts.
 */
let idleTimeoutOn = false;
const httpIdleTimeout = () => {
    if (idleTimeoutOn)
        return;
    idleTimeoutOn = true;
    const ms = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .requestTimeoutMs */ .Hl)(60_000);
    (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.subscribe)('http.client.request.start', (message) => {
        const request = message.request;
        request.setTimeout(ms, () => request.destroy(Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: 'ETIMEDOUT' })));
    });
};


/***/ }),

/***/ 16771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs),
/* harmony export */   NQ: () => (/* binding */ isNetworkFailure),
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, retryWaitMs */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
// Bounded exponential backoff with full jitter, for the failures a client library does not retry itself.

const DEFAULT_RETRY = { attempts: 5, baseMs: 200, maxMs: 5_000 };
// Node's codes for a connection refused, reset, cut off mid-body or timed out, and a DNS lookup that may answer next
// time: what the Google clients retry (the Cloud Storage client's default retry predicate lists the same).
const NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN', 'ERR_STREAM_PREMATURE_CLOSE']);
const isNetworkFailure = (e) => NETWORK_CODES.has(String(e.code ?? ''));
/** Tests shorten the waits; the product never reads this. */
const scale = Number(process.env.MODEL_GOVERNANCE_RETRY_SCALE ?? '1');
/** The same for the clients' per-request timeouts (MODEL_GOVERNANCE_TIMEOUT_SCALE); the product never sets it. */
const timeoutScale = Number(process.env.MODEL_GOVERNANCE_TIMEOUT_SCALE ?? '1');
/** A retry wait of a client library (e.g. Octokit's), in milliseconds, as scaled for tests. */
const retryWaitMs = (ms) => ms * scale;
/** How long one request may wait for an answer before it counts as failed (and is retried), in milliseconds. */
const requestTimeoutMs = (ms) => Math.max(1, Math.round(ms * timeoutScale));
const withRetry = async (fn, retryable, policy = DEFAULT_RETRY) => {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (e) {
            if (attempt >= policy.attempts || !retryable(e))
                throw e;
            const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(Math.random() * cap * scale);
        }
    }
};


/***/ })

};
