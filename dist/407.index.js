export const id = 407;
export const ids = [407,105];
export const modules = {

/***/ 91105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serviceYamlDeployment: () => (/* binding */ serviceYamlDeployment)
/* harmony export */ });
/* unused harmony export revisionShares */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92527);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17197);
/* harmony import */ var _manifest_zod_locale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81704);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _util_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52094);
// Deployment from a Cloud Run service exported as YAML (`gcloud run services describe SVC --format export`).




const Env = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    value: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    valueFrom: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ secretKeyRef: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()) })),
});
const TrafficTarget = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    percent: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()),
    latestRevision: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()),
    revisionName: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
});
const Container = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ name: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), env: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(Env)) });
const KnativeService = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    apiVersion: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._regex */ .Fk(/^serving\.knative\.dev\//, { message: 'must be serving.knative.dev/v1' })),
    kind: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('Service'),
    metadata: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
        name: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        namespace: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()])),
        labels: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())),
    }),
    spec: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
        template: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
            metadata: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ name: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()) })),
            spec: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ containers: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(Container).check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(1)) }),
        }),
        traffic: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(TrafficTarget)),
    }),
    // Present in `gcloud run services describe --format yaml`, absent from `--format export`.
    status: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
        latestReadyRevisionName: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        latestCreatedRevisionName: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        traffic: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(TrafficTarget)),
    })),
});
const serviceYamlDeployment = (file) => ({
    name: file,
    async read(env) {
        const src = await (0,_util_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlFile */ .kv)(file);
        const parsed = KnativeService.safeParse(src.value);
        if (!parsed.success) {
            const i = parsed.error.issues[0];
            const path = (i?.path ?? []).filter((p) => typeof p !== 'symbol');
            const why = (i?.message ?? 'unexpected shape').replace(/^Invalid input: /, '');
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `not an exported Cloud Run service: ${path.join('.') || '(root)'}: ${why}`, src.locate(path));
        }
        const svc = parsed.data;
        const template = svc.spec.template;
        const seen = svc.status?.traffic !== undefined;
        const trafficPath = seen ? ['status', 'traffic'] : ['spec', 'traffic'];
        const targets = (seen ? svc.status?.traffic : svc.spec.traffic) ?? [];
        // The template's revision: named in the template, or (when Cloud Run named it) the latest one created.
        const revision = template.metadata?.name ?? (seen ? (svc.status?.latestCreatedRevisionName ?? null) : null);
        // status.traffic is what is served; spec.traffic only what was asked for, which is all an export shows.
        const shares = seen
            ? revisionShares(svc.status?.traffic ?? [], svc.status?.latestReadyRevisionName ?? null)
            : revisionShares(svc.spec.traffic ?? [{ latestRevision: true, percent: 100 }], revision);
        const percent = shares.get(revision) ?? 0;
        const served = [];
        template.spec.containers.forEach((c, ci) => {
            const ei = (c.env ?? []).findIndex((e) => e.name === env);
            const e = c.env?.[ei];
            if (!e)
                return;
            served.push({
                value: e.value ?? null,
                fromSecret: e.value === undefined && e.valueFrom !== undefined,
                percent,
                revision,
                container: c.name ?? `#${ci}`,
                location: src.locate(['spec', 'template', 'spec', 'containers', ci, 'env', ei, e.value === undefined ? 'valueFrom' : 'value']),
            });
        });
        if (served.length === 0)
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `no container sets ${env}; check --model-env`, src.locate(['spec', 'template', 'spec', 'containers']));
        // Revisions other than the template's that hold traffic (a rollback): the file cannot show what they serve.
        const others = [...shares].filter(([r, p]) => r !== revision && p > 0);
        const unseen = others.map(([r, p]) => ({
            value: null,
            fromSecret: false,
            percent: p,
            revision: r,
            container: '(not in this file)',
            unseen: true,
            location: src.locate([
                ...trafficPath,
                Math.max(0, targets.findIndex((t) => !t.latestRevision && t.revisionName === r)),
            ]),
        }));
        return {
            source: file,
            service: svc.metadata.name,
            region: svc.metadata.labels?.['cloud.googleapis.com/location'] ?? null,
            project: svc.metadata.namespace === undefined ? null : String(svc.metadata.namespace),
            env,
            // The template is listed even at 0%, so its model is still checked before traffic moves to it.
            served: [...served, ...unseen],
            ...(seen ? {} : { trafficSeen: false }),
        };
    },
});
/** Share of traffic per revision name; a `latestRevision` target counts for `latest` (null when unknown). */
const revisionShares = (targets, latest) => {
    const shares = new Map();
    for (const t of targets) {
        const name = t.latestRevision ? latest : (t.revisionName ?? null);
        shares.set(name, (shares.get(name) ?? 0) + (t.percent ?? 0));
    }
    return shares;
};


/***/ }),

/***/ 6407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Session: () => (/* binding */ Session),
  openSession: () => (/* binding */ openSession)
});

// EXTERNAL MODULE: ./vendor/@actions/core/lib/core.js + 6 modules
var core = __webpack_require__(79835);
// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(71738);
// EXTERNAL MODULE: ./action/log.js
var action_log = __webpack_require__(23529);
// EXTERNAL MODULE: ./engine.js + 5 modules
var engine = __webpack_require__(5243);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: ./github/annotate-once.js
var annotate_once = __webpack_require__(49284);
// EXTERNAL MODULE: ./github/annotations.js
var github_annotations = __webpack_require__(76328);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./deployment/service-yaml.js
var service_yaml = __webpack_require__(91105);
// EXTERNAL MODULE: ./filenames/fs.js
var fs = __webpack_require__(89882);
// EXTERNAL MODULE: ./util/bounded-read.js
var bounded_read = __webpack_require__(80073);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(22812);
// EXTERNAL MODULE: ../../node_modules/bottleneck/light.js
var light = __webpack_require__(46503);
// EXTERNAL MODULE: ./util/retry.js
var retry = __webpack_require__(16771);
;// CONCATENATED MODULE: ./github/octokit.js
// The one Octokit factory: @actions/github's client plus retry and throttling. @actions/github ships neither.








// A 4xx is an answer, not an outage: retrying cannot change it. 409 is a compare-and-swap conflict the caller
// resolves by re-reading. 429 stays retryable, and the throttling plugin handles the 403 rate limits itself.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];
// Waiting past this for a rate limit would outlive a sensible job timeout; fail instead.
const MAX_WAIT_S = 120;
// 422s GitHub produces while a just-pushed commit propagates between its services; worth one more try.
const TRANSIENT_422 = [/No commit found for SHA/i];
const raceRetry = (octokit) => {
    octokit.hook.error('request', async (error, options) => {
        const e = error;
        const request = (options.request ?? {});
        if (e.status === 422 && TRANSIENT_422.some((re) => re.test(e.message ?? '')) && !request.raceRetried) {
            await (0,external_node_timers_promises_.setTimeout)(1000);
            return octokit.request({ ...options, request: { ...request, raceRetried: true } });
        }
        throw error;
    });
};
// Octokit hands a JSON body that does not parse (cut off mid-way, or garbled) to the caller as a string, "" when cut
// off, where `data[0]` or `data.number` then read nonsense: an open PR named "{", a PR "opened" with no number. Such
// an answer is a failure instead. A read (or an idempotent write) is tried again, as plugin-retry would a 5xx; a POST
// is not, since it may have been applied, and its ServiceError says so.
const JSON_BODY = /^application\/(?:scim\+)?json\s*(?:;|$)/i;
const BODY_TRIES = 4; // plugin-retry's: the first try and three retries
const wholeBodies = (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
        for (let attempt = 1;; attempt++) {
            const response = await request(options);
            if (typeof response.data !== 'string' || !JSON_BODY.test(String(response.headers['content-type'] ?? '')))
                return response;
            const post = options.method === 'POST';
            if (post || attempt >= BODY_TRIES)
                throw Object.assign(new Error(`with a body that is cut off or not JSON${post ? '; the request may have been applied' : ''}`), {
                    status: response.status,
                    response,
                });
            await (0,external_node_timers_promises_.setTimeout)((0,retry/* retryWaitMs */.Ko)(1000) * attempt ** 2);
        }
    });
};
// plugin-throttling spaces writes (1 s apart, 3 s for those that notify, 2 s for searches), as GitHub asks of
// integrations. Tests shorten these waits with the retry waits; unscaled, the plugin keeps its own groups. Groups are
// shared by every client in the process, as the plugin's are.
const spacedGroups = () => {
    if ((0,retry/* retryWaitMs */.Ko)(1000) === 1000)
        return {};
    const group = (id, minTime) => new light.Group({ id: `octokit-${id}`, maxConcurrent: 1, minTime: (0,retry/* retryWaitMs */.Ko)(minTime), timeout: 120_000 });
    return { write: group('write', 1000), notifications: group('notifications', 3000), search: group('search', 2000) };
};
const SPACED = spacedGroups();
const createOctokit = (token, baseUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com') => (0,github/* getOctokit */.Q)(token, {
    baseUrl,
    log: { debug: core/* debug */.Yz, info: core/* debug */.Yz, warn: core/* warning */.$e, error: core/* warning */.$e },
    retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: (0,retry/* retryWaitMs */.Ko)(1000) },
    throttle: {
        ...SPACED,
        onRateLimit: (after, options, _o, count) => {
            core/* warning */.$e(`GitHub rate limit on ${options.method} ${options.url}; ${count < 2 && after <= MAX_WAIT_S ? `retrying in ${after}s` : 'giving up'}`);
            return count < 2 && after <= MAX_WAIT_S;
        },
        onSecondaryRateLimit: (after, options, _o, count) => {
            core/* warning */.$e(`GitHub secondary rate limit on ${options.method} ${options.url}; ${count < 3 && after <= MAX_WAIT_S ? `retrying in ${after}s` : 'giving up'}`);
            return count < 3 && after <= MAX_WAIT_S;
        },
    },
}, wholeBodies, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, raceRetry);
/** The HTTP status of an Octokit error (or of the cause of our ServiceError), if it is one. */
const statusOf = (e) => {
    const o = e;
    if (typeof o?.status === 'number')
        return o.status;
    return o?.cause ? statusOf(o.cause) : undefined;
};
/** The token may not write here: a fork or Dependabot PR, or a job without the permission. */
const isForbidden = (e) => statusOf(e) === 403;
/** Run one GitHub call; an HTTP failure left after the retries becomes a ServiceError (exit 3). */
const api = async (operation, call) => {
    try {
        return await call();
    }
    catch (e) {
        if (e instanceof errors/* ServiceError */._7 || typeof e.status !== 'number')
            throw e;
        throw new errors/* ServiceError */._7('GitHub', operation, `${statusOf(e)} ${e.message.split('\n')[0]}`, { cause: e });
    }
};

;// CONCATENATED MODULE: ./github/contents.js
// Files of the repository at a given commit, through the contents API (the checkout may not hold that commit).



/** The file's exact bytes at `ref`, or null when it does not exist there; over `maxBytes` is bad input, not fetched. */
const readRepoFile = async (c, path, ref, maxBytes = Infinity) => {
    const at = { owner: c.owner, repo: c.repo, path, ref };
    try {
        const { data } = await c.octokit.rest.repos.getContent(at);
        if (Array.isArray(data) || data.type !== 'file')
            throw errors/* InputError */.dz.at(path, `is not a file at ${ref}`);
        if (data.size > maxBytes)
            throw errors/* InputError */.dz.at(path, `is larger than ${(0,bounded_read/* sizeName */.T)(maxBytes)}, the limit for this file (at ${ref})`);
        // Over 1 MB the JSON form carries no content. The raw form would arrive as a decoded string (any byte that is
        // not UTF-8 lost); the blob API returns base64 up to 100 MB, so the bytes stay exact.
        if (data.encoding === 'none' || (data.content === '' && data.size > 0)) {
            const blob = await c.octokit.rest.git.getBlob({ owner: c.owner, repo: c.repo, file_sha: data.sha });
            return { bytes: Buffer.from(blob.data.content, 'base64'), sha: data.sha };
        }
        return { bytes: Buffer.from(data.content, 'base64'), sha: data.sha };
    }
    catch (e) {
        if (statusOf(e) === 404)
            return null;
        return api(`read ${path} at ${ref}`, () => Promise.reject(e));
    }
};
/**
 * Paths of the entries of a directory at `ref`; empty when it does not exist there. Not the root: GitHub's OpenAPI
 * description has no operation for `contents/` with an empty path, so root files are checked one by one instead.
 */
const listRepoDir = async (c, path, ref) => {
    if (path === '')
        throw new Error('listRepoDir needs a directory; check root files with readRepoFile');
    try {
        const { data } = await c.octokit.rest.repos.getContent({ owner: c.owner, repo: c.repo, path, ref });
        return new Set(Array.isArray(data) ? data.map((e) => e.path) : []);
    }
    catch (e) {
        if (statusOf(e) === 404)
            return new Set();
        return api(`list ${path || '/'} at ${ref}`, () => Promise.reject(e));
    }
};
/**
 * Git's mode of the entry at `path` in tree `treeSha` (100644 file, 100755 executable, 120000 link, 160000
 * submodule), or undefined when there is none. Walks one directory level per request: a recursive listing of a big
 * repository is truncated.
 */
const treeMode = async (c, treeSha, path) => {
    let tree = treeSha;
    const parts = path.split('/');
    for (const [i, name] of parts.entries()) {
        const { data } = await api(`read the tree of ${parts.slice(0, i).join('/') || '/'}`, () => c.octokit.rest.git.getTree({ owner: c.owner, repo: c.repo, tree_sha: tree }));
        const entry = data.tree.find((e) => e.path === name);
        if (!entry)
            return undefined;
        if (i === parts.length - 1)
            return entry.mode;
        if (entry.type !== 'tree' || !entry.sha)
            return undefined;
        tree = entry.sha;
    }
    return undefined;
};

// EXTERNAL MODULE: ./github/paths.js
var github_paths = __webpack_require__(4550);
;// CONCATENATED MODULE: ./github/baseline.js
// Baseline on pull requests: the same modes run again on the base commit's files, and a finding that already exists
// there is reported as pre-existing (a notice), so an old problem does not block an unrelated PR. Findings are
// matched by a stable key, never by line numbers, which a PR shifts.
// THE RULE: a finding is keyed by WHAT IT SAYS, not only by its code. A key of code alone let a PR hand-edit an already
// stale CLAUDE.md block with false numbers and pass as "pre-existing". So the key holds the compared values (expected,
// actual), the finding's `content` digest where it compares more than a value (claude-md.stale: both blocks), and
// otherwise its message (which names what it is about); a changed wrong value is then a new finding.
// The base files come from the contents API at the base sha (the PR checkout usually holds only the merge commit).
// Live sources (a gs:// manifest, the registry, a run: service) are the same on both sides and are read as they are.










const PRE_EXISTING = 'pre-existing on the base branch: ';
const stableKey = (f) => JSON.stringify([
    f.code,
    f.model_id ?? null,
    f.field ?? null,
    f.expected ?? null,
    f.actual ?? null,
    f.content ?? (f.expected === undefined && f.actual === undefined ? f.message : null),
]);
/** Head findings that the base also has (as a multiset) become notices; the rest keep their severity. */
const markPreExisting = (head, base) => {
    const left = new Map();
    for (const f of base.findings)
        left.set(stableKey(f), (left.get(stableKey(f)) ?? 0) + 1);
    let marked = 0;
    const findings = head.findings.map((f) => {
        const n = left.get(stableKey(f)) ?? 0;
        if (n === 0 || f.severity === 'notice')
            return f;
        left.set(stableKey(f), n - 1);
        marked++;
        return { ...f, severity: 'notice', message: `${PRE_EXISTING}${f.message}` };
    });
    if (marked === 0)
        return head;
    return {
        ...head,
        findings: (0,types/* sortFindings */.Tc)(findings),
        ok: (0,types/* countBy */.Tr)(findings, 'error') === 0,
        summary: `${head.summary} (${marked} pre-existing on the base branch, shown as notices)`,
    };
};
const countPreExisting = (reports) => reports.reduce((n, r) => n + r.findings.filter((f) => f.message.startsWith(PRE_EXISTING)).length, 0);
/** Sources that read this repository's files at `sha` instead of the checkout. */
const baseIo = (c, sha) => {
    const fetch = async (name, path) => {
        const f = await readRepoFile(c, path, sha);
        if (!f)
            throw errors/* InputError */.dz.at(name, `does not exist on the base commit ${sha.slice(0, 7)}`);
        return f.bytes;
    };
    return {
        adapt: async (sources, settings) => {
            const out = { ...sources };
            const m = (0,github_paths/* repoPath */.qN)(sources.manifest.name);
            if (m)
                out.manifest = { name: sources.manifest.name, load: async () => ({ bytes: await fetch(sources.manifest.name, m) }) };
            const doc = sources.doc;
            const d = doc && (0,github_paths/* repoPath */.qN)(doc.name);
            if (doc && d)
                out.doc = {
                    name: doc.name,
                    read: async () => (await readRepoFile(c, d, sha))?.bytes ?? null,
                    write: () => Promise.reject(new Error('the baseline never writes')),
                };
            const y = sources.deployment && settings.deployment && !settings.deployment.startsWith('run:') && (0,github_paths/* repoPath */.qN)(settings.deployment);
            if (y && settings.deployment) {
                const file = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'mg-base-')), external_node_path_.posix.basename(y));
                await (0,promises_.writeFile)(file, await fetch(settings.deployment, y));
                out.deployment = (0,service_yaml.serviceYamlDeployment)(file);
            }
            return out;
        },
        // Glob matches of the checkout that also exist on the base commit: one listing per directory (root files one by one).
        listFiles: async (globs, within) => {
            const dirs = new Map();
            const out = [];
            for (const x of await (0,fs/* listFiles */.C)(globs, within)) {
                const p = (0,github_paths/* repoPath */.qN)(x.location.file);
                if (!p)
                    continue;
                const dir = external_node_path_.posix.dirname(p);
                if (dir === '.') {
                    if (await readRepoFile(c, p, sha))
                        out.push(x);
                    continue;
                }
                if (!dirs.has(dir))
                    dirs.set(dir, await listRepoDir(c, dir, sha));
                if (dirs.get(dir)?.has(p))
                    out.push(x);
            }
            return out;
        },
    };
};
/** The reports with base findings marked; a family whose base cannot be read (new in this PR, say) keeps its severities. */
const withBaseline = async (c, sha, families, options, head, log) => {
    const io = baseIo(c, sha);
    const out = [];
    for (const [i, settings] of families.entries()) {
        const h = head[i];
        if (!h)
            continue;
        try {
            const [base] = await (0,engine/* runFamilies */.WR)([settings], options, () => { }, io);
            out.push(base ? markPreExisting(h, base) : h);
        }
        catch (e) {
            log(`No baseline for ${options.mode} \u00b7 ${h.family}: ${(0,errors/* messageOf */.bD)(e)}`);
            out.push(h);
        }
    }
    return out;
};

// EXTERNAL MODULE: ./config/schema.js
var schema = __webpack_require__(80492);
;// CONCATENATED MODULE: ./github/changed.js
// "Nothing to check": a PR check is meant to be required, so it runs on every PR (a path filter would leave a
// required check "Expected" forever). When the PR touches no governed file it passes at once.
// THE RULE: decide on RESOLVED paths, and when in doubt, check. A governed file may be a symlink
// (manifest.json -> models/current.json): a PR that changes only the target changes what the tool reads, so the
// target is governed too, and so is every directory or link on the way to it. A link that leaves the checkout or a
// path that cannot be resolved means "check".





// GitHub lists at most 3000 files of a PR; a longer list may hide a governed one.
const MAX_LISTED = 3000;
/** Repository paths and globs whose change can change a finding. */
const governedFiles = (families, configPath) => {
    const paths = new Set();
    const add = (p) => {
        const r = p === undefined ? undefined : (0,github_paths/* repoPath */.qN)(p);
        if (r)
            paths.add(r);
    };
    add(configPath ?? schema/* DEFAULT_CONFIG_PATH */.B);
    const globs = [];
    for (const f of families) {
        for (const p of [f.manifest, f.claudeMd, f.deployment, f.template, f.registry?.replace(/^duckdb:/, '')])
            add(p);
        for (const g of f.filenames.globs) {
            const r = (0,github_paths/* repoPath */.qN)(g);
            if (r)
                globs.push(r);
        }
    }
    return { paths, globs };
};
/** A changed path touches a governed one when it is that path, matches a glob, or is a directory/link on the way. */
const touchesGoverned = (changed, g) => changed.some((p) => g.paths.has(p) || g.globs.some((glob) => (0,external_node_path_.matchesGlob)(p, glob)) || [...g.paths].some((q) => q.startsWith(`${p}/`)));
/**
 * The governed set with the real path of each governed file (and of each file the globs find in the checkout) added;
 * undefined when in doubt: a path resolves outside the checkout or cannot be resolved for another reason than absence.
 */
const resolveGoverned = async (g, root = (0,github_paths/* workspaceRoot */.oS)()) => {
    const realRoot = await (0,promises_.realpath)(root);
    const paths = new Set(g.paths);
    const found = [];
    for (const pattern of g.globs)
        for await (const p of (0,promises_.glob)(pattern, { cwd: root }))
            found.push(p);
    for (const p of [...g.paths, ...found]) {
        let real;
        try {
            real = await (0,promises_.realpath)((0,external_node_path_.join)(root, p));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                continue; // absent: the PR's list names it if it removed it
            return undefined;
        }
        const rel = (0,external_node_path_.relative)(realRoot, real);
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return undefined;
        paths.add(rel.split(external_node_path_.sep).join('/'));
        paths.add(p.split(external_node_path_.sep).join('/'));
    }
    return { paths, globs: g.globs };
};
/** Paths the PR adds, changes, removes or renames (both names); undefined when the list may be incomplete. */
const changedFiles = async (c, pull) => {
    const files = await api('list the PR files', () => c.octokit.paginate(c.octokit.rest.pulls.listFiles, { owner: c.owner, repo: c.repo, pull_number: pull, per_page: 100 }));
    if (files.length >= MAX_LISTED)
        return undefined;
    return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
};

// EXTERNAL MODULE: ./report/budget.js
var budget = __webpack_require__(86154);
// EXTERNAL MODULE: ./report/markdown.js + 3 modules
var markdown = __webpack_require__(38163);
// EXTERNAL MODULE: ./report/mentions.js
var mentions = __webpack_require__(2384);
;// CONCATENATED MODULE: ./github/check-runs.js






const CHECK_TEXT_LIMIT = budget/* BUDGET */.o3.checkText;
const checkName = (mode) => `model-governance / ${mode}`;
/** failure when a finding fails the run at this fail-on level; neutral when findings remain that do not; else success. */
const conclusionOf = (reports, failOn) => reports.some((r) => r.findings.some((f) => (0,engine/* blocks */.Bv)(f, failOn)))
    ? 'failure'
    : reports.some((r) => r.findings.some((f) => f.severity !== 'notice'))
        ? 'neutral'
        : 'success';
const checkTitle = (reports) => (0,mentions/* quietRefs */.F)(reports.map((r) => (reports.length > 1 ? `${r.family}: ${r.summary}` : r.summary)).join('; ')).slice(0, 1000);
/**
 * `unannotated`: findings with a place that the per-run annotation cap left out (said in the head, visibly).
 * `elsewhere`: per earlier mode, how many of these findings that mode's check run annotates instead (annotate-once.ts).
 */
const checkSummary = (reports, runUrl, unannotated = 0, elsewhere) => (0,markdown/* fitSections */.WK)(`${(0,markdown/* countLine */.QK)(reports.flatMap((r) => r.findings))}. ${unannotated
    ? `The first ${budget/* BUDGET */.o3.annotationsPerRun.toLocaleString('en-US')} findings with a place in a file are annotated there (annotations ${(0,budget/* truncatedLine */.hl)(unannotated, 'finding', `see the job summary of [this run](${runUrl})`)}).`
    : 'Each finding with a place in a file is annotated there.'}${elsewhereLine(elsewhere)}\n`, reports.map((r) => (0,markdown/* sectionForms */.HO)(r, {}, 'The annotations list every finding.')), '', CHECK_TEXT_LIMIT, (n) => `_${n} more section(s) left out to fit GitHub's limit; see the job summary of [this run](${runUrl})._`);
const elsewhereLine = (elsewhere) => elsewhere?.size
    ? ` Annotated once per run, on the check run of the first mode that reports it: ${[...elsewhere]
        .map(([mode, n]) => `${n} on ${checkName(mode)}`)
        .join(', ')}.`
    : '';
const publishCheckRun = async (c, sha, mode, reports, 
// owned/elsewhere: from annotationOwners over the whole run, so a problem several modes report is annotated once.
o) => {
    const all = (0,github_annotations/* annotationsOf */.Ih)(reports, o.root, o.owned);
    const annotations = capAnnotations(all);
    const d = {
        name: checkName(mode),
        conclusion: conclusionOf(reports, o.failOn),
        title: checkTitle(reports),
        summary: checkSummary(reports, o.runUrl, all.length - annotations.length, o.elsewhere),
        annotations,
    };
    const repo = { owner: c.owner, repo: c.repo };
    const { data } = await api('list check runs', () => c.octokit.rest.checks.listForRef({ ...repo, ref: sha, check_name: d.name, filter: 'latest', per_page: 1 }));
    const existing = data.check_runs[0];
    if (!existing)
        return { mode, url: await create(c, sha, d), action: 'created' };
    const old = existing.output.annotations_count
        ? await api('list annotations', () => c.octokit.paginate(c.octokit.rest.checks.listAnnotations, { ...repo, check_run_id: existing.id, per_page: 100 }))
        : [];
    const { missing, stale } = compareAnnotations(d.annotations, old);
    if (stale)
        return { mode, url: await create(c, sha, d), action: 'replaced' };
    const same = existing.status === 'completed' &&
        existing.conclusion === d.conclusion &&
        existing.output.title === d.title &&
        existing.output.summary === d.summary &&
        missing.length === 0;
    if (same)
        return { mode, url: existing.html_url ?? '', action: 'unchanged' };
    await send(c, existing.id, d, missing, true);
    return { mode, url: existing.html_url ?? '', action: 'updated' };
};
const LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
/** At most BUDGET.annotationsPerRun annotations, failures first (a stable sort keeps the report order within a level). */
const capAnnotations = (all) => all.length <= budget/* BUDGET */.o3.annotationsPerRun
    ? all
    : [...all].sort((a, b) => LEVEL_RANK[a.annotation_level] - LEVEL_RANK[b.annotation_level]).slice(0, budget/* BUDGET */.o3.annotationsPerRun);
/** Which desired annotations the run lacks, and whether it carries any that are no longer desired (as multisets). */
const compareAnnotations = (desired, existing) => {
    const left = new Map();
    for (const a of existing)
        left.set((0,github_annotations/* annotationKey */.ro)(a), (left.get((0,github_annotations/* annotationKey */.ro)(a)) ?? 0) + 1);
    const missing = desired.filter((a) => {
        const n = left.get((0,github_annotations/* annotationKey */.ro)(a)) ?? 0;
        if (n > 0)
            left.set((0,github_annotations/* annotationKey */.ro)(a), n - 1);
        return n === 0;
    });
    return { missing, stale: [...left.values()].some((n) => n > 0) };
};
const create = async (c, sha, d) => {
    const [first = [], ...rest] = (0,github_annotations/* inBatches */.oq)(d.annotations);
    const { data } = await api('create a check run', () => c.octokit.rest.checks.create({
        owner: c.owner,
        repo: c.repo,
        name: d.name,
        head_sha: sha,
        status: 'completed',
        conclusion: d.conclusion,
        output: { title: d.title, summary: d.summary, ...(first.length ? { annotations: first } : {}) },
    }));
    for (const batch of rest)
        await send(c, data.id, d, batch, false);
    return data.html_url ?? '';
};
// The first request sets the conclusion; each one appends at most 50 annotations.
const send = async (c, id, d, annotations, withConclusion) => {
    const batches = annotations.length ? (0,github_annotations/* inBatches */.oq)(annotations) : [[]];
    for (const [i, batch] of batches.entries())
        await api('update a check run', () => c.octokit.rest.checks.update({
            owner: c.owner,
            repo: c.repo,
            check_run_id: id,
            ...(withConclusion && i === 0 ? { status: 'completed', conclusion: d.conclusion } : {}),
            output: { title: d.title, summary: d.summary, ...(batch.length ? { annotations: batch } : {}) },
        }));
};

// EXTERNAL MODULE: ./docs/file.js
var file = __webpack_require__(38934);
;// CONCATENATED MODULE: ./github/doc-overlay.js
// CLAUDE.md files as the default branch holds them, for the refresh PR: the claude-md mode reads and "writes" them
// through this overlay, so the engine's byte-exact splice runs on GitHub's bytes and nothing touches the checkout.





const defaultHead = async (c) => {
    const repo = { owner: c.owner, repo: c.repo };
    const branch = (await api('read the repository', () => c.octokit.rest.repos.get(repo))).data.default_branch;
    const ref = await api(`read branch ${branch}`, () => c.octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }));
    return { branch, sha: ref.data.object.sha };
};
/** CLAUDE.md files as the default branch holds them; the engine's writes land here, not on disk. */
class DocOverlay {
    c;
    head;
    files = new Map();
    constructor(c, head) {
        this.c = c;
        this.head = head;
    }
    doc(name) {
        const path = (0,github_paths/* repoPath */.qN)(name);
        if (!path)
            throw errors/* InputError */.dz.at(name, 'is outside the repository checkout; the CLAUDE.md PR can only change files of this repository');
        const load = async () => {
            let e = this.files.get(path);
            if (!e) {
                const original = await readRepoFile(this.c, path, this.head.sha, file/* DOC_MAX_BYTES */.i);
                e = { name, original, current: original?.bytes ?? null };
                this.files.set(path, e);
            }
            return e;
        };
        return {
            name,
            read: async () => (await load()).current,
            write: async (bytes, previous) => {
                const e = await load();
                if (!e.current?.equals(Buffer.from(previous)))
                    throw errors/* InputError */.dz.at(name, 'changed while it was being updated; run again');
                e.current = Buffer.from(bytes);
            },
        };
    }
    /** Files whose desired bytes differ from the default branch. */
    changes() {
        return [...this.files]
            .filter(([, e]) => e.original && e.current && !e.current.equals(e.original.bytes))
            .map(([path, e]) => ({ path, original: e.original, bytes: e.current }));
    }
}

;// CONCATENATED MODULE: ./github/claude-md-pr.js







const PR_BRANCH = 'model-governance/claude-md';
const PR_MARKER = '<!-- model-governance:claude-md-pr -->';
const PR_TITLE = 'Refresh the MODEL block in CLAUDE.md';
const BODY_LIMIT = 65536;
const DIFF_LIMIT = 60_000;
/** A code fence longer than any backtick run inside, so the diff cannot close it. */
const fenced = (lang, text) => {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
};
const renderPrBody = (diff, branch) => {
    const cut = diff.length > DIFF_LIMIT ? `${diff.slice(0, diff.lastIndexOf('\n', DIFF_LIMIT) + 1)}\u2026 (diff truncated)\n` : diff;
    return (0,mentions/* quietMarkdown */.Q)([
        PR_MARKER,
        `The MODEL block in CLAUDE.md no longer matches the manifest. model-governance regenerated it; only the lines between the markers change.`,
        '',
        fenced('diff', cut),
        '',
        `This PR is kept up to date on the branch \`${PR_BRANCH}\` and closed by itself once \`${branch}\` is current. Edit the manifest, not the block.`,
    ].join('\n')).slice(0, BODY_LIMIT);
};
const publishPullRequest = async (c, overlay, diff) => {
    const repo = { owner: c.owner, repo: c.repo };
    const { head } = overlay;
    const open = (await api('list pull requests', () => c.octokit.rest.pulls.list({ ...repo, head: `${c.owner}:${PR_BRANCH}`, base: head.branch, state: 'open', per_page: 10 }))).data[0];
    const changes = overlay.changes();
    if (changes.length === 0) {
        if (!open)
            return { action: 'none', committed: false };
        const at = { ...repo, issue_number: open.number };
        await api('comment on the PR', () => c.octokit.rest.issues.createComment({
            ...at,
            body: `The MODEL block on \`${head.branch}\` is current (${head.sha.slice(0, 7)}). Closing.`,
        }));
        await api('close the PR', () => c.octokit.rest.pulls.update({ ...repo, pull_number: open.number, state: 'closed' }));
        return { url: open.html_url, number: open.number, action: 'closed', committed: false };
    }
    let committed = await commitChanges(c, head, changes);
    const body = renderPrBody(diff, head.branch);
    if (open) {
        if (open.title === PR_TITLE && open.body === body)
            return { url: open.html_url, number: open.number, action: 'unchanged', committed };
        await api('update the PR', () => c.octokit.rest.pulls.update({ ...repo, pull_number: open.number, title: PR_TITLE, body }));
        return { url: open.html_url, number: open.number, action: 'updated', committed };
    }
    for (let attempt = 1;; attempt++) {
        try {
            const { data } = await c.octokit.rest.pulls.create({ ...repo, title: PR_TITLE, head: PR_BRANCH, base: head.branch, body });
            return { url: data.html_url, number: data.number, action: 'created', committed };
        }
        catch (e) {
            // A concurrent run, or a retried POST the server had already done, opened it: update that one.
            if (statusOf(e) !== 422)
                return api('open the PR', () => Promise.reject(e));
            const again = (await api('list pull requests', () => c.octokit.rest.pulls.list({ ...repo, head: `${c.owner}:${PR_BRANCH}`, state: 'open' }))).data[0];
            if (again) {
                await api('update the PR', () => c.octokit.rest.pulls.update({ ...repo, pull_number: again.number, title: PR_TITLE, body }));
                return { url: again.html_url, number: again.number, action: 'updated', committed };
            }
            // No PR, and GitHub saw no commits on the branch: something moved it back onto the default head after our
            // commit (this version never does, but an older one resets the branch before it commits). Commit again
            // (nothing, if the branch holds the bytes by now) and open the PR once more.
            if (attempt >= 3)
                return api('open the PR', () => Promise.reject(e));
            committed = (await commitChanges(c, head, changes)) || committed;
        }
    }
};
// Nothing is committed when the branch already holds the desired bytes. Otherwise one commit on the default head (the
// branch belongs to this tool) is built with the Git Database API: a blob per changed file (base64, so every byte is
// kept), a tree over the head's tree, and a commit whose only parent is the head. Only then does the branch move, in
// one forced ref write, so it never points at the default head itself (GitHub can close a PR whose head is
// force-pushed onto its base, and then not reopen it), and a run that stops half way leaves the branch as it was.
const commitChanges = async (c, head, changes) => {
    const repo = { owner: c.owner, repo: c.repo };
    const ref = `heads/${PR_BRANCH}`;
    const branchSha = await c.octokit.rest.git.getRef({ ...repo, ref }).then((r) => r.data.object.sha, (e) => (statusOf(e) === 404 ? undefined : api(`read branch ${PR_BRANCH}`, () => Promise.reject(e))));
    if (branchSha) {
        const onBranch = await Promise.all(changes.map((ch) => readRepoFile(c, ch.path, branchSha)));
        if (changes.every((ch, i) => onBranch[i]?.bytes.equals(ch.bytes)))
            return false;
    }
    const base = await api(`read commit ${head.sha.slice(0, 7)} of ${head.branch}`, () => c.octokit.rest.git.getCommit({ ...repo, commit_sha: head.sha }));
    // Each file keeps its mode from the head's tree (an executable CLAUDE.md stays 100755). A link (120000) is refused
    // before anything is written: GitHub's contents API reads through it, and committing those bytes at the link's
    // path would replace the link with a copy. The engine's write-through rule (util/contain) applies to checkouts.
    const modes = [];
    for (const ch of changes) {
        const mode = await treeMode(c, base.data.tree.sha, ch.path);
        if (mode !== '100644' && mode !== '100755')
            throw errors/* InputError */.dz.at(ch.path, mode === '120000'
                ? `is a symbolic link on ${head.branch} (tree mode 120000); the CLAUDE.md PR never replaces a link with a file: set claude-md to the file it points to`
                : `is not a regular file on ${head.branch} (tree mode ${mode ?? 'none'}); the CLAUDE.md PR only changes regular files`);
        modes.push(mode);
    }
    const tree = [];
    for (const [i, ch] of changes.entries()) {
        const blob = await api(`upload ${ch.path}`, () => c.octokit.rest.git.createBlob({ ...repo, content: ch.bytes.toString('base64'), encoding: 'base64' }));
        tree.push({ path: ch.path, mode: modes[i], type: 'blob', sha: blob.data.sha });
    }
    const newTree = await api(`write the tree for ${PR_BRANCH}`, () => c.octokit.rest.git.createTree({ ...repo, base_tree: base.data.tree.sha, tree }));
    const commit = await api(`commit to ${PR_BRANCH}`, () => c.octokit.rest.git.createCommit({
        ...repo,
        message: (0,mentions/* quietRefs */.F)(`Refresh the MODEL block in ${changes.map((ch) => ch.path).join(', ')} from the manifest`),
        tree: newTree.data.sha,
        parents: [head.sha],
    }));
    const move = () => api(`move ${PR_BRANCH}`, () => c.octokit.rest.git.updateRef({ ...repo, ref, sha: commit.data.sha, force: true }));
    if (branchSha)
        await move();
    else
        await c.octokit.rest.git.createRef({ ...repo, ref: `refs/${ref}`, sha: commit.data.sha }).catch((e) => 
        // 422: a concurrent run created it meanwhile; ours replaces its commit (the same change on the same head).
        statusOf(e) === 422 ? move() : api(`create ${PR_BRANCH}`, () => Promise.reject(e)));
    return true;
};
/** claude-md with report pr: run the mode against the default branch's CLAUDE.md, then open or update the PR. */
const refreshViaPullRequest = async (c, families, options, log) => {
    const overlay = new DocOverlay(c, await defaultHead(c));
    const reports = await (0,engine/* runFamilies */.WR)(families, { ...options, claudeMdAction: 'write' }, log, {
        adapt: (s) => (s.doc ? { ...s, doc: overlay.doc(s.doc.name) } : s),
    });
    // A dry run reports what would change and touches neither the branch nor the PR.
    if (options.dryRun)
        return { reports };
    const outcome = await publishPullRequest(c, overlay, reports.map((r) => (0,github_paths/* relativize */.wr)(r).detail ?? '').join(''));
    const pr = outcome.url ? `PR #${outcome.number} (${outcome.url})` : 'the PR';
    const verb = { created: 'opened', updated: 'updated', unchanged: 'already proposed in', closed: 'closed', none: '' }[outcome.action];
    const branch = overlay.head.branch;
    return {
        outcome,
        reports: reports.map((r) => 
        // The engine attaches the diff exactly when it rewrote the block.
        r.detail ? { ...r, summary: `The MODEL block on ${branch} differs from the manifest: ${verb} ${pr}` } : r),
    };
};

;// CONCATENATED MODULE: ./github/identity.js
// Whose comments and issues are ours. GET /user answers 403 to installation tokens (GITHUB_TOKEN and GitHub Apps),
// and nothing else names an installation's bot login without an app JWT. So:
//   - a user token (PAT): its login, from GET /user; only that login's items are ours;
//   - an installation token (ghs_\u2026, or /user refused): any Bot-type author is a candidate. Users cannot be of
//     type Bot, so a person pasting our marker is never mistaken for us. Once we create an item, its author's
//     login is known, and duplicate cleanup deletes only items of that exact login.
// Every item is also recognised by a hidden marker at the very start of its body.

const whoAmI = async (octokit, token) => {
    if (token.startsWith('ghs_'))
        return {};
    try {
        return { login: (await octokit.rest.users.getAuthenticated()).data.login };
    }
    catch (e) {
        if (statusOf(e) === 403 || statusOf(e) === 401)
            return {};
        throw e;
    }
};
const isOwn = (me, author) => me.login === undefined ? author?.type === 'Bot' : author?.login === me.login;

;// CONCATENATED MODULE: ./github/comment.js
// The sticky PR comment: exactly one per PR, found by a hidden marker among our own comments on every page, and
// edited in place. No write when the body is unchanged; after a create, duplicates a concurrent run made are
// deleted, keeping the oldest.




const COMMENT_MARKER = '<!-- model-governance:comment -->';
const COMMENT_LIMIT = 65536;
/** Findings tables longer than this are collapsed. */
const COLLAPSE_OVER = 10;
const renderComment = (reports, o) => {
    const findings = reports.flatMap((r) => r.findings);
    const ok = reports.every((r) => r.ok);
    const head = [
        COMMENT_MARKER,
        '## model-governance',
        '',
        `${ok ? '\u2705' : '\u274c'} ${(0,markdown/* countLine */.QK)(findings)} at ${o.sha.slice(0, 7)}.`,
        // Notes carry error messages and URLs with data in them.
        ...(o.notes?.length ? ['', ...o.notes.map(mentions/* quietMarkdown */.Q)] : []),
        '',
    ].join('\n');
    const link = (r) => {
        const url = o.checkRuns[r.mode];
        return url ? `[the check run](${url})` : `[the job summary](${o.runUrl})`;
    };
    return (0,markdown/* fitSections */.WK)(head, reports.map((r) => ({
        full: `${(0,markdown/* reportSection */.iZ)(r, { collapseOver: COLLAPSE_OVER })}\nDetails in ${link(r)}.\n`,
        compact: (0,markdown/* compactSection */.r$)(r, `Every finding is in ${link(r)}.`),
        cut: (n) => `${(0,markdown/* reportSection */.iZ)(r, { collapseOver: COLLAPSE_OVER, maxRows: n })}\nEvery finding is in ${link(r)}.\n`,
        rows: r.findings.length,
    })), '', COMMENT_LIMIT, (n) => `_${n} more section(s) left out to fit GitHub's comment limit; see [the job summary](${o.runUrl})._`);
};
/** `create: false` only edits an existing comment (a PR with nothing to check gets no new one). */
const upsertComment = async (c, issue, body, me, create = true) => {
    const repo = { owner: c.owner, repo: c.repo, issue_number: issue };
    const ours = async (login) => {
        const all = (await api('list PR comments', () => c.octokit.paginate(c.octokit.rest.issues.listComments, { ...repo, per_page: 100 })));
        return all
            .filter((x) => x.body?.startsWith(COMMENT_MARKER) && isOwn(me, x.user) && (login === undefined || x.user?.login === login))
            .sort((a, b) => a.id - b.id);
    };
    const found = await ours();
    const keep = found[0];
    if (keep) {
        await removeDuplicates(c, found.filter((x) => x !== keep && x.user?.login === keep.user?.login));
        if (keep.body === body)
            return { url: keep.html_url, action: 'unchanged' };
        await update(c, keep.id, body);
        return { url: keep.html_url, action: 'updated' };
    }
    if (!create)
        return { action: 'skipped' };
    const { data: created } = await api('create the PR comment', () => c.octokit.rest.issues.createComment({ ...repo, body }));
    // A concurrent run (or a retried POST the server had already done) may have made another one: keep the oldest.
    const after = await ours(created.user?.login);
    const [oldest, ...extra] = after;
    await removeDuplicates(c, extra);
    if (oldest && oldest.id !== created.id && oldest.body !== body)
        await update(c, oldest.id, body);
    return { url: oldest?.html_url ?? created.html_url, action: 'created' };
};
const update = (c, id, body) => api('edit the PR comment', () => c.octokit.rest.issues.updateComment({ owner: c.owner, repo: c.repo, comment_id: id, body }));
const removeDuplicates = async (c, extra) => {
    for (const x of extra)
        await c.octokit.rest.issues.deleteComment({ owner: c.owner, repo: c.repo, comment_id: x.id }).catch((e) => {
            // Another run deleted it first.
            if (statusOf(e) !== 404)
                return api('delete a duplicate PR comment', () => Promise.reject(e));
        });
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./docs/inert.js
var inert = __webpack_require__(79602);
;// CONCATENATED MODULE: ./github/drift-issue.js
// The drift tracking issue: one open issue labelled model-drift, created on the first drift, its body kept current
// while drift lasts, a comment only when the set of drift findings changes, closed with a comment when drift is gone.
// The set is compared through a digest kept in the body as a hidden comment, next to the keys themselves (so the
// comment can say what appeared and what went away).







const ISSUE_MARKER = '<!-- model-governance:drift-issue -->';
const DRIFT_LABEL = 'model-drift';
const ISSUE_LIMIT = 65536;
const KEYS_LIMIT = 20_000;
/** A drift finding without its wording or position: what stays the same while the same drift persists. */
const driftKey = (family, f) => JSON.stringify([family, f.code, f.model_id ?? null, f.field ?? null, f.expected ?? null, f.actual ?? null]);
/** Drift is every error of the drift reports; warnings such as legacy filenames are standing policy, not drift. */
const driftKeys = (reports) => [...new Set(reports.flatMap((r) => r.findings.filter((f) => f.severity === 'error').map((f) => driftKey(r.family, f))))].sort();
const digestOf = (keys) => (0,external_node_crypto_.createHash)('sha256').update(keys.join('\n')).digest('hex');
const shown = (v) => (0,inert/* inert */.t)(typeof v === 'string' ? v : JSON.stringify(v));
const describeKey = (key) => {
    const [family, code, model, field, expected, actual] = JSON.parse(key);
    const subject = [family, model, field]
        .filter((v) => v !== null)
        .map(inert/* inert */.t)
        .join(' \u00b7 ');
    const values = [expected === null ? '' : `expected ${shown(expected)}`, actual === null ? '' : `found ${shown(actual)}`].filter(Boolean);
    return `\`${String(code)}\` ${subject}${values.length ? `: ${values.join(', ')}` : ''}`;
};
const issueTitle = (reports) => (0,mentions/* quietRefs */.F)(`Model drift: ${[...new Set(reports.map((r) => r.family))].join(', ')}`).slice(0, 250);
const renderIssueBody = (reports, keys) => {
    const encoded = Buffer.from(JSON.stringify(keys)).toString('base64url');
    const head = [
        ISSUE_MARKER,
        `<!-- model-governance:drift-digest=${digestOf(keys)} -->`,
        ...(encoded.length <= KEYS_LIMIT ? [`<!-- model-governance:drift-keys=${encoded} -->`] : []),
        '## Model drift',
        '',
        'The manifest (the source of truth) disagrees with the sources below. model-governance keeps this issue current and closes it when the drift is gone.',
        '',
    ].join('\n');
    return (0,markdown/* fitSections */.WK)(head, reports.map((r) => (0,markdown/* sectionForms */.HO)(r, { collapseOver: 20 }, 'Run the drift mode for the full list.')), '', ISSUE_LIMIT, (n) => `_${n} more section(s) left out to fit GitHub's limit._`);
};
const parseIssueBody = (body) => {
    const digest = /<!-- model-governance:drift-digest=([0-9a-f]{64}) -->/.exec(body)?.[1];
    const encoded = /<!-- model-governance:drift-keys=([A-Za-z0-9_-]*) -->/.exec(body)?.[1];
    let keys;
    try {
        const parsed = encoded === undefined ? undefined : JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
        if (Array.isArray(parsed) && parsed.every((k) => typeof k === 'string'))
            keys = parsed;
    }
    catch {
        // A hand-edited body: the comment then just says the set changed.
    }
    return { ...(digest ? { digest } : {}), ...(keys ? { keys } : {}) };
};
const changeComment = (before, after, where) => {
    if (!before)
        return `The set of drift findings changed at ${where}; the description above is current.`;
    const added = after.filter((k) => !before.includes(k));
    const gone = before.filter((k) => !after.includes(k));
    const lines = [...added.map((k) => `- new: ${describeKey(k)}`), ...gone.map((k) => `- resolved: ${describeKey(k)}`)];
    const head = `The set of drift findings changed at ${where}:\n`;
    // Within the body limit, with a visible line for what did not fit (the issue body above lists the current set).
    let text = head;
    for (const [i, line] of lines.entries()) {
        const rest = lines.length - i - 1;
        const note = rest ? `\n_${(0,budget/* truncatedLine */.hl)(rest, 'change', 'the description above is current')}._` : '';
        if (text.length + 1 + line.length + note.length > ISSUE_LIMIT)
            return `${text}\n_${(0,budget/* truncatedLine */.hl)(lines.length - i, 'change', 'the description above is current')}._`;
        text += `\n${line}`;
    }
    return text;
};
const publishDriftIssue = async (c, reports, o) => {
    const repo = { owner: c.owner, repo: c.repo };
    const where = `${o.sha.slice(0, 7)} ([run](${o.runUrl}))`;
    const listed = (await api('list drift issues', () => c.octokit.paginate(c.octokit.rest.issues.listForRepo, { ...repo, labels: DRIFT_LABEL, state: 'open', per_page: 100 })));
    const open = listed
        .filter((i) => !i.pull_request && i.body?.startsWith(ISSUE_MARKER) && isOwn(o.me, i.user))
        .sort((a, b) => a.number - b.number);
    const [issue, ...duplicates] = open;
    for (const d of duplicates)
        await drift_issue_close(c, d.number, `Duplicate of #${issue?.number}.`, 'not_planned');
    const keys = driftKeys(reports);
    if (keys.length === 0) {
        if (!issue)
            return { action: 'none' };
        await drift_issue_close(c, issue.number, `No drift at ${where}. Closing.`, 'completed');
        return { url: issue.html_url, action: 'closed' };
    }
    const body = renderIssueBody(reports, keys);
    const title = issueTitle(reports);
    if (!issue) {
        await ensureLabel(c);
        const { data } = await api('create the drift issue', () => c.octokit.rest.issues.create({ ...repo, title, body, labels: [DRIFT_LABEL] }));
        return { url: data.html_url, action: 'created' };
    }
    const before = parseIssueBody(issue.body ?? '');
    if (issue.body === body && issue.title === title)
        return { url: issue.html_url, action: 'unchanged' };
    await api('update the drift issue', () => c.octokit.rest.issues.update({ ...repo, issue_number: issue.number, title, body }));
    if (before.digest === digestOf(keys))
        return { url: issue.html_url, action: 'updated' };
    await api('comment on the drift issue', () => c.octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: changeComment(before.keys, keys, where) }));
    return { url: issue.html_url, action: 'commented' };
};
const drift_issue_close = async (c, number, comment, reason) => {
    const repo = { owner: c.owner, repo: c.repo, issue_number: number };
    await api('comment on the drift issue', () => c.octokit.rest.issues.createComment({ ...repo, body: comment }));
    await api('close the drift issue', () => c.octokit.rest.issues.update({ ...repo, state: 'closed', state_reason: reason }));
};
const ensureLabel = async (c) => {
    const repo = { owner: c.owner, repo: c.repo };
    try {
        await c.octokit.rest.issues.getLabel({ ...repo, name: DRIFT_LABEL });
        return;
    }
    catch (e) {
        if (statusOf(e) !== 404)
            return api('read the model-drift label', () => Promise.reject(e));
    }
    await c.octokit.rest.issues
        .createLabel({
        ...repo,
        name: DRIFT_LABEL,
        color: 'd93f0b',
        description: 'The model manifest disagrees with the registry, deployment or docs',
    })
        .catch((e) => {
        // 422 already_exists: a concurrent run made it.
        if (statusOf(e) !== 422)
            return api('create the model-drift label', () => Promise.reject(e));
    });
};

;// CONCATENATED MODULE: ./github/event.js

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const readEvent = (c) => {
    let repo;
    try {
        repo = c.repo;
    }
    catch {
        throw errors/* InputError */.dz.at('GITHUB_REPOSITORY', 'is not set: the GitHub reporters run inside GitHub Actions only');
    }
    const pr = PR_EVENTS.has(c.eventName) ? c.payload.pull_request : undefined;
    const pull = pr?.number !== undefined && pr.base?.sha && pr.head?.sha
        ? {
            number: pr.number,
            baseSha: pr.base.sha,
            headSha: pr.head.sha,
            // A deleted fork has no head repository; treat it as a fork.
            fork: !pr.head.repo || pr.head.repo.full_name?.toLowerCase() !== pr.base.repo?.full_name?.toLowerCase(),
        }
        : undefined;
    return {
        ...repo,
        name: c.eventName,
        sha: pull?.headSha ?? c.sha ?? '',
        ...(pull ? { pull } : {}),
        runUrl: `${c.serverUrl}/${repo.owner}/${repo.repo}/actions${Number.isFinite(c.runId) ? `/runs/${c.runId}` : ''}`,
    };
};

;// CONCATENATED MODULE: ./github/gate-base.js


/** A manifest outside the repository (gs://) cannot change in a PR: no base, so the gate then needs a model. */
const baseManifestIo = (c, sha) => ({
    adapt: (sources) => {
        const path = (0,github_paths/* repoPath */.qN)(sources.manifest.name);
        if (!path)
            return sources;
        return {
            ...sources,
            baseManifest: {
                name: `${path}@${sha.slice(0, 7)}`,
                load: async () => (await readRepoFile(c, path, sha))?.bytes ?? null,
            },
        };
    },
});

;// CONCATENATED MODULE: ./github/session.js
// Everything the action does with GitHub, for one run: loaded lazily by main.ts, so offline runs that only write the
// job summary never load Octokit. Each reporter is isolated: a 403 degrades to annotations of the job, any other
// failure is collected (exit 3) while the other reporters and the job summary still run.


















const NOTHING = 'Nothing to check: this pull request changes no governed file';
class Session {
    inputs;
    c;
    event;
    notes = [];
    outputs = {};
    skip;
    me;
    constructor(inputs, c, event) {
        this.inputs = inputs;
        this.c = c;
        this.event = event;
    }
    // The baseline and "nothing to check" belong to the PR check (check runs or the comment report on the PR). A
    // summary-only step on a PR reports the files as they are, like the CLI.
    get prCheck() {
        return this.event.pull !== undefined && (this.inputs.reporters.includes('checks') || this.inputs.reporters.includes('comment'));
    }
    /** One mode over every family: skipped, refreshed through the PR, or run and (on a PR check) baselined. */
    async runMode(families, options, log) {
        this.skip ??= this.nothingToCheck(families);
        const reason = await this.skip;
        if (reason && !(options.mode === 'duplicate' && options.trainStart) && !(options.mode === 'gate' && options.model))
            return families.map((f) => (0,types/* makeReport */.dO)(options.mode, f.name ?? f.manifest, [], reason));
        if (options.mode === 'claude-md' && this.inputs.claudeMd === 'pr') {
            try {
                const { reports, outcome } = await refreshViaPullRequest(this.c, families, options, log);
                if (outcome?.url)
                    this.outputs['pull-request-url'] = outcome.url;
                if (outcome && outcome.action !== 'none')
                    this.notes.push(`CLAUDE.md PR: ${outcome.action} ${outcome.url ?? ''}`.trim());
                return reports;
            }
            catch (e) {
                // A read-only token (a fork, or no contents/pull-requests permission): check the block instead.
                if (!isForbidden(e))
                    throw e;
                core/* warning */.$e(`CLAUDE.md PR: the token may not write here (403); checking the block instead.`);
                this.notes.push('CLAUDE.md PR: not opened, the token may not write here (403). The block was checked instead.');
                return (0,engine/* runFamilies */.WR)(families, { ...options, claudeMdAction: 'check' }, log);
            }
        }
        const pull = this.event.pull;
        // gate judges one model, not the repository's state: no baseline. With no model named, a PR check gates the
        // model the PR makes production, against the base branch's production model.
        if (options.mode === 'gate')
            return (0,engine/* runFamilies */.WR)(families, options, log, pull && this.prCheck && options.model === undefined ? baseManifestIo(this.c, pull.baseSha) : {});
        const head = await (0,engine/* runFamilies */.WR)(families, options, log);
        // sync writes, so it never runs a second time on the base.
        if (!pull || !this.prCheck || options.mode === 'sync')
            return head;
        return withBaseline(this.c, pull.baseSha, families, options, head, action_log/* info */.p);
    }
    async nothingToCheck(families) {
        const pull = this.event.pull;
        if (!pull || !this.prCheck)
            return undefined;
        try {
            const changed = await changedFiles(this.c, pull.number);
            const governed = changed && (await resolveGoverned(governedFiles(families, this.inputs.config)));
            return changed && governed && !touchesGoverned(changed, governed) ? NOTHING : undefined;
        }
        catch (e) {
            (0,action_log/* info */.p)(`Could not list the PR's files (${(0,errors/* messageOf */.bD)(e)}); checking everything.`);
            return undefined;
        }
    }
    identity() {
        this.me ??= whoAmI(this.c.octokit, this.inputs.token);
        return this.me;
    }
    async publish(reports) {
        const { reporters, failOn } = this.inputs;
        const ev = this.event;
        const notes = [...this.notes];
        const failures = [];
        const pre = countPreExisting(reports);
        if (pre)
            notes.push(`${pre} finding(s) already present on the base branch are shown as notices.`);
        const guard = async (what, fn) => {
            try {
                await fn();
                return true;
            }
            catch (e) {
                if (isForbidden(e)) {
                    core/* warning */.$e(`${what}: the token may not write here (403); reporting through annotations and the job summary.`);
                    notes.push(`${what}: not written, the token may not write here (403). Findings are annotations of this job.`);
                }
                else {
                    failures.push(e);
                    core/* error */.z3(`${what} failed: ${(0,errors/* messageOf */.bD)(e)}`);
                    notes.push(`${what}: failed (${(0,errors/* messageOf */.bD)(e)}).`);
                }
                return false;
            }
        };
        // A fork's token is read-only whatever the workflow grants: skip the writes instead of collecting 403s.
        const readOnly = ev.pull?.fork === true && (reporters.includes('checks') || reporters.includes('comment'));
        if (readOnly)
            notes.push('Pull request from a fork: the token is read-only, so findings are annotations of this job, not check runs or a comment.');
        const checkRuns = {};
        let annotated = false;
        if (reporters.includes('checks') && !readOnly)
            annotated = await guard('Check runs', async () => {
                if (!ev.sha)
                    throw new Error('GITHUB_SHA is not set');
                const { owned, elsewhere } = (0,annotate_once/* annotationOwners */.s)(reports, (f) => (0,github_annotations/* annotationOf */.lW)(f) !== undefined);
                for (const mode of [...new Set(reports.map((r) => r.mode))]) {
                    const o = await publishCheckRun(this.c, ev.sha, mode, reports.filter((r) => r.mode === mode), { failOn, runUrl: ev.runUrl, owned, ...(elsewhere.has(mode) ? { elsewhere: elsewhere.get(mode) } : {}) });
                    checkRuns[mode] = o.url;
                    (0,action_log/* info */.p)(`Check run ${mode}: ${o.action} ${o.url}`);
                }
            });
        if (reporters.includes('comment') && !readOnly) {
            const pull = ev.pull;
            if (!pull)
                (0,action_log/* info */.p)(`No PR comment: a ${ev.name} event has no pull request.`);
            else
                await guard('PR comment', async () => {
                    const body = renderComment(reports, { sha: ev.sha, checkRuns, runUrl: ev.runUrl, notes });
                    const skipped = reports.every((r) => r.summary === NOTHING);
                    const o = await upsertComment(this.c, pull.number, body, await this.identity(), !skipped);
                    (0,action_log/* info */.p)(`PR comment: ${o.action} ${o.url ?? ''}`);
                });
        }
        if (reporters.includes('issue')) {
            if (ev.pull)
                (0,action_log/* info */.p)('No drift issue from a pull request: the issue tracks the default branch.');
            else
                await guard('Drift issue', async () => {
                    const o = await publishDriftIssue(this.c, reports.filter((r) => r.mode === 'drift'), { me: await this.identity(), sha: ev.sha, runUrl: ev.runUrl });
                    if (o.url)
                        this.outputs['issue-url'] = o.url;
                    (0,action_log/* info */.p)(`Drift issue: ${o.action} ${o.url ?? ''}`);
                    if (o.url)
                        notes.push(`Drift issue: ${o.action} ${o.url}`);
                });
        }
        return { notes, outputs: this.outputs, failures, annotated };
    }
}
const openSession = (inputs) => {
    const event = readEvent(github/* context */._);
    return new Session(inputs, { octokit: createOctokit(inputs.token), owner: event.owner, repo: event.repo }, event);
};


/***/ }),

/***/ 16771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs),
/* harmony export */   Ko: () => (/* binding */ retryWaitMs),
/* harmony export */   NQ: () => (/* binding */ isNetworkFailure),
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony export DEFAULT_RETRY */
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
