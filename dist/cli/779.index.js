export const id = 779;
export const ids = [779];
export const modules = {

/***/ 46482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sf: () => (/* binding */ gcsFailure),
  g: () => (/* binding */ gcsFile),
  c4: () => (/* binding */ isNotFound),
  rU: () => (/* binding */ parseGsUrl),
  dA: () => (/* binding */ storageClient),
  "do": () => (/* binding */ client_transient)
});

// UNUSED EXPORTS: allowDownloadListeners

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ../../node_modules/@google-cloud/storage/build/esm/src/index.js + 27 modules
var src = __webpack_require__(2407);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./util/google.js
var google = __webpack_require__(77814);
// EXTERNAL MODULE: ./util/retry.js
var retry = __webpack_require__(16771);
// EXTERNAL MODULE: ./util/shared.js
var shared = __webpack_require__(35160);
// EXTERNAL MODULE: ../../node_modules/crc-32/crc32c.js
var crc32c = __webpack_require__(53906);
;// CONCATENATED MODULE: ./gcs/crc32c.js
// The client's CRC32C check with a slicing-by-16 implementation: the library's own table loop runs at
// ~150 MiB/s and was most of a large download's time; crc-32/crc32c runs at ~1 GiB/s (bench section 5).

/** Matches @google-cloud/storage's CRC32CValidator: base64 of the big-endian unsigned checksum. */
class FastCrc32c {
    #crc = 0;
    update(data) {
        this.#crc = (0,crc32c.buf)(data, this.#crc);
    }
    toString() {
        const out = Buffer.alloc(4);
        out.writeInt32BE(this.#crc);
        return out.toString('base64');
    }
    validate(value) {
        return value === this.toString();
    }
}
const fastCrc32c = () => new FastCrc32c();

;// CONCATENATED MODULE: ./gcs/client.js
// The one place a Cloud Storage client is built, and its failures classified. Loaded only for gs:// addresses.







const parseGsUrl = (url) => {
    const m = /^gs:\/\/([^/]+)\/(.+)$/.exec(url);
    if (!m)
        throw errors/* InputError */.dz.at(url, 'must be gs://BUCKET/OBJECT');
    return { url, bucket: m[1], object: m[2] };
};
/** `host:port`, `http://host:port` or `\u2026/storage/v1` \u2192 the origin the client wants as apiEndpoint. */
const emulatorOrigin = (raw) => (/^https?:\/\//.test(raw) ? raw : `http://${raw}`).replace(/\/+$/, '').replace(/\/storage\/v1$/, '');
/**
 * Client retries are off: a retried media download crashes the process (teeny-request 11.1.1,
 * googleapis/google-cloud-node#8670), so every call is retried by us instead (`transient`, withRetry),
 * with one policy for metadata and media alike.
 */
/**
 * A media download whose body is cut off ends with 11 'error' and 'close' listeners on its response body (node-fetch,
 * teeny-request, the client's pipelines and Node's pipeline cleanup): one request, not a leak. Node warns on stderr
 * above 10, a stray line in the user's log, so a process with a Cloud Storage client allows a few more.
 */
const allowDownloadListeners = () => {
    if (external_node_events_.EventEmitter.defaultMaxListeners < 16)
        external_node_events_.EventEmitter.defaultMaxListeners = 16;
};
/**
 * One client per endpoint, project and token for the whole run, shared by every family and by a family's manifest
 * and object reads: each client would otherwise make its own credentials object (with Application Default Credentials,
 * its own credential lookup and token fetch) and its own request wrappers, all the same for every family.
 */
const storageClient = (opts = {}) => {
    const raw = opts.endpoint ?? process.env.STORAGE_EMULATOR_HOST ?? '';
    const key = JSON.stringify(['gcs', raw, process.env.GOOGLE_CLOUD_PROJECT ?? '', process.env.GOOGLE_OAUTH_ACCESS_TOKEN ?? '']);
    return (0,shared/* runWide */.j)(key, () => newStorageClient(raw));
};
const newStorageClient = (raw) => {
    (0,google/* httpIdleTimeout */.Q)();
    allowDownloadListeners();
    if (raw === '')
        return new src/* Storage */.wc({ retryOptions: { autoRetry: false }, crc32cGenerator: fastCrc32c, ...(0,google/* tokenAuth */.o)() });
    const origin = emulatorOrigin(raw);
    // With a custom endpoint the client sends no credentials.
    const storage = new src/* Storage */.wc({
        apiEndpoint: origin,
        projectId: process.env.GOOGLE_CLOUD_PROJECT,
        retryOptions: { autoRetry: false },
        crc32cGenerator: fastCrc32c,
    });
    // The client takes STORAGE_EMULATOR_HOST verbatim as the JSON API base (no /storage/v1), whatever
    // apiEndpoint says; pin the base so metadata and media URLs agree with the real API's paths.
    storage.baseUrl = `${origin}/storage/v1`;
    return storage;
};
/**
 * Bucket handles, kept per client: the library builds a bucket's ACL and IAM helpers (dozens of closures) in its
 * constructor, and every object read names its bucket, nearly always the same one. A few hundred names at most (a
 * manifest's objects may name any number of buckets).
 */
const buckets = new WeakMap();
const BUCKETS_KEPT = 256;
/** The object `at` (one generation of it when given) through the shared bucket handle. */
const gcsFile = (storage, at, generation) => {
    const kept = buckets.get(storage) ?? new Map();
    buckets.set(storage, kept);
    let bucket = kept.get(at.bucket);
    if (!bucket) {
        if (kept.size >= BUCKETS_KEPT)
            kept.clear();
        bucket = storage.bucket(at.bucket);
        kept.set(at.bucket, bucket);
    }
    return generation === undefined ? bucket.file(at.object) : bucket.file(at.object, { generation });
};
const statusOf = (e) => {
    const code = e.code;
    return typeof code === 'number' ? code : undefined;
};
/** What the client library would retry: 408, 429, 5xx, and network failures (reset, cut off mid-body, DNS). */
const client_transient = (e) => {
    const status = statusOf(e);
    if (status !== undefined)
        return status === 408 || status === 429 || status >= 500;
    return (0,retry/* isNetworkFailure */.NQ)(e);
};
const isNotFound = (e) => statusOf(e) === 404;
/** The server's own words: a media error arrives as the raw JSON error body. */
const detailOf = (e) => {
    const msg = e instanceof Error ? e.message : String(e);
    try {
        const parsed = JSON.parse(msg);
        return parsed.error?.message ?? msg;
    }
    catch {
        return msg;
    }
};
/** A failure after retries, as the typed error the entry point maps to an exit code. */
const gcsFailure = (e, operation, at) => {
    if (e instanceof errors/* InputError */.dz || e instanceof errors/* ServiceError */._7)
        return e;
    const status = statusOf(e);
    const detail = detailOf(e);
    const hint = status === 403
        ? `permission denied: the caller needs storage.objects.get on bucket ${at.bucket} (roles/storage.objectViewer)`
        : status === 401
            ? 'not authenticated: set up Application Default Credentials (google-github-actions/auth in workflows)'
            : e.code === 'CONTENT_DOWNLOAD_MISMATCH'
                ? 'the downloaded bytes did not match the CRC32C/MD5 the server sent'
                : undefined;
    return new errors/* ServiceError */._7('Cloud Storage', `${operation} ${at.url}`, hint ? `${hint} (${detail})` : detail, { cause: e });
};


/***/ }),

/***/ 3779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gcsManifest: () => (/* binding */ gcsManifest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46482);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16771);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19799);
// Manifest from Cloud Storage: read the metadata, then download exactly that generation, so the bytes
// and the recorded generation always belong together even when a writer replaces the object meanwhile.
// A write (promote) is one upload with ifGenerationMatch on the generation read: compare-and-swap.





/** Rounds of metadata + download when the pinned generation disappears (replaced in a bucket without versioning). */
const ROUNDS = 3;
const gcsManifest = (address, opts = {}) => {
    const at = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGsUrl */ .rU)(address);
    return {
        name: address,
        async load() {
            const storage = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .storageClient */ .dA)(opts);
            for (let round = 1;; round++) {
                let generation;
                try {
                    const [meta] = await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFile */ .g)(storage, at).getMetadata(), _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .transient */ ["do"]);
                    // Refuse a huge object before downloading it.
                    (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .checkManifestSize */ .vs)(address, Number(meta.size));
                    generation = String(meta.generation);
                }
                catch (e) {
                    if ((0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(e))
                        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(address, 'manifest not found');
                    throw (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFailure */ .Sf)(e, 'objects.get', at);
                }
                try {
                    const file = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFile */ .g)(storage, at, generation);
                    const [bytes] = await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => file.download({ validation: 'crc32c' }), _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .transient */ ["do"]);
                    return { bytes, generation };
                }
                catch (e) {
                    if ((0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(e) && round < ROUNDS)
                        continue;
                    throw (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFailure */ .Sf)(e, `download generation ${generation} of`, at);
                }
            }
        },
        async write(bytes, read) {
            if (read.generation === undefined)
                throw new Error(`write of ${address} needs the generation that was read`);
            const storage = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .storageClient */ .dA)(opts);
            const file = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFile */ .g)(storage, at);
            const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            const conflict = () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('Cloud Storage', `write of ${address}`, `generation ${read.generation} is no longer current: someone else wrote the manifest meanwhile; nothing written, run again`);
            try {
                // A small JSON: one multipart request, so the precondition and the bytes arrive together.
                await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => file.save(body, {
                    resumable: false,
                    contentType: 'application/json',
                    preconditionOpts: { ifGenerationMatch: Number(read.generation) },
                }), _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .transient */ ["do"]);
            }
            catch (e) {
                if (statusOf(e) !== 412)
                    throw writeFailure(e, at);
                // A retry after a lost answer meets our own write: the live object holding exactly our bytes is success.
                const [meta] = await file.getMetadata().catch(() => [undefined]);
                if (meta?.md5Hash !== (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(body).digest('base64'))
                    throw conflict();
            }
        },
    };
};
const statusOf = (e) => {
    const code = e.code;
    return typeof code === 'number' ? code : undefined;
};
const writeFailure = (e, at) => statusOf(e) === 403
    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('Cloud Storage', `write of ${at.url}`, `permission denied: replacing the manifest needs storage.objects.create and storage.objects.delete on bucket ${at.bucket} (roles/storage.objectUser)`, { cause: e })
    : (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFailure */ .Sf)(e, 'write of', at);


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


/***/ }),

/***/ 35160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ withShared),
/* harmony export */   j: () => (/* binding */ runWide)
/* harmony export */ });
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
const kept = new Map();
/**
 * The one value for `key` for the whole run, made by `make` on first use and never closed: for clients that hold no
 * connection of their own to close (their sockets belong to node's agent), shared so that each is built once.
 */
const runWide = (key, make) => {
    if (!kept.has(key))
        kept.set(key, make());
    return kept.get(key);
};


/***/ })

};
