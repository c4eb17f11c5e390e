export const id = 220;
export const ids = [220];
export const modules = {

/***/ 38485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ planCounts),
/* harmony export */   Lq: () => (/* binding */ planRows),
/* harmony export */   R4: () => (/* binding */ planSync),
/* harmony export */   lM: () => (/* binding */ isEmptyPlan)
/* harmony export */ });
/* unused harmony exports diffRow, sameRow */
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11174);
// The sync plan: what a MERGE must do to make the registry equal the manifest. Pure.

// Equal as Object.is says, except that 0 and -0 are the same value in every backend.
const same = (w, h) => w === h || (Number.isNaN(w) && Number.isNaN(h));
// One loop, and no allocation for a row that is the same (most rows of a big manifest).
const diffRow = (want, have) => {
    const out = [];
    for (const c of _registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .COLUMN_NAMES */ .aC) {
        const w = want[c];
        const h = have[c];
        if (!same(w, h))
            out.push({ field: c, old: h, new: w });
    }
    return out;
};
/**
 * diffRow(want, have) is empty, column by column written out: the loop's keyed reads (want[c] for 20 names) cost a
 * 10,000-row plan more than the rest of it, and nearly every row of a big manifest is the same (so `===` first, inline;
 * `same` only for a pair that differs). Every column of COLUMNS must be here (test/checks/plan.test.ts changes each
 * one alone).
 */
const sameRow = (w, h) => (w.model_id === h.model_id || same(w.model_id, h.model_id)) &&
    (w.family === h.family || same(w.family, h.family)) &&
    (w.model_version === h.model_version || same(w.model_version, h.model_version)) &&
    (w.file === h.file || same(w.file, h.file)) &&
    (w.gcs_path === h.gcs_path || same(w.gcs_path, h.gcs_path)) &&
    (w.feature_count === h.feature_count || same(w.feature_count, h.feature_count)) &&
    (w.training_start_date === h.training_start_date || same(w.training_start_date, h.training_start_date)) &&
    (w.training_end_date === h.training_end_date || same(w.training_end_date, h.training_end_date)) &&
    (w.eval_start_date === h.eval_start_date || same(w.eval_start_date, h.eval_start_date)) &&
    (w.eval_end_date === h.eval_end_date || same(w.eval_end_date, h.eval_end_date)) &&
    (w.status === h.status || same(w.status, h.status)) &&
    (w.is_production === h.is_production || same(w.is_production, h.is_production)) &&
    (w.sha256 === h.sha256 || same(w.sha256, h.sha256)) &&
    (w.hit_rate_edge_3plus === h.hit_rate_edge_3plus || same(w.hit_rate_edge_3plus, h.hit_rate_edge_3plus)) &&
    (w.evaluation_mae === h.evaluation_mae || same(w.evaluation_mae, h.evaluation_mae)) &&
    (w.graded_edge_3plus_n === h.graded_edge_3plus_n || same(w.graded_edge_3plus_n, h.graded_edge_3plus_n)) &&
    (w.created_at === h.created_at || same(w.created_at, h.created_at)) &&
    (w.promoted_at === h.promoted_at || same(w.promoted_at, h.promoted_at)) &&
    (w.notes === h.notes || same(w.notes, h.notes)) &&
    (w.metrics === h.metrics || same(w.metrics, h.metrics));
/** The rows in model_id order: as given when they already are (manifestRows sorts), else a sorted copy. */
const inIdOrder = (rows) => {
    for (let i = 1; i < rows.length; i++)
        if ((0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(rows[i - 1].model_id, rows[i].model_id) > 0)
            return [...rows].sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id));
    return rows;
};
const planSync = (table, desired, current, prune) => {
    // Filled by loops, not from mapped arrays of pairs: 10,000 rows a side.
    const have = new Map();
    for (const r of current)
        have.set(r.model_id, r);
    const want = new Set();
    for (const r of desired)
        want.add(r.model_id);
    const plan = { table, insert: [], update: [], unchanged: [], extra: [], delete: [] };
    for (const row of inIdOrder(desired)) {
        const old = have.get(row.model_id);
        if (!old)
            plan.insert.push(row);
        else if (sameRow(row, old))
            plan.unchanged.push(row.model_id);
        else
            plan.update.push({ row, changes: diffRow(row, old) });
    }
    plan.extra = current.filter((r) => !want.has(r.model_id)).sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id));
    if (prune)
        plan.delete = plan.extra.map((r) => r.model_id);
    return plan;
};
/** The rows a sync writes, inserts then updates in plan order, without copying them into one more array. */
function* planRows(plan) {
    yield* plan.insert;
    for (const u of plan.update)
        yield u.row;
}
const isEmptyPlan = (p) => (p.migrate?.length ?? 0) === 0 && p.insert.length === 0 && p.update.length === 0 && p.delete.length === 0;
/** "1 column added, 0 inserted, \u2026" for an applied plan; "1 column to add, 0 to insert, \u2026" for a dry run's. */
const planCounts = (p, tense = 'applied') => {
    const verb = (done, todo) => (tense === 'applied' ? done : todo);
    return [
        ...(p.migrate?.length ? [`${p.migrate.length} column${p.migrate.length === 1 ? '' : 's'} ${verb('added', 'to add')}`] : []),
        `${p.insert.length} ${verb('inserted', 'to insert')}`,
        `${p.update.length} ${verb('updated', 'to update')}`,
        `${p.unchanged.length} unchanged`,
        ...(p.delete.length > 0 ? [`${p.delete.length} ${verb('deleted', 'to delete')}`] : []),
    ].join(', ');
};


/***/ }),

/***/ 59220:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sync: () => (/* binding */ sync)
});

// EXTERNAL MODULE: ./checks/history.js
var checks_history = __webpack_require__(37364);
// EXTERNAL MODULE: ./checks/migration.js
var checks_migration = __webpack_require__(21968);
// EXTERNAL MODULE: ./checks/plan.js
var checks_plan = __webpack_require__(38485);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
;// CONCATENATED MODULE: ./checks/sync-rules.js
// sync's rules beyond the plan itself: whose rows a manifest may take, what the report says about rows it keeps,
// and the --reason it records. Pure: the mode composes them.


/** Notices for rows with no family this manifest does not list, warnings for extra rows kept (without --prune). */
const syncFindings = (table, plan, all, ids, prune) => [
    ...(0,checks_migration/* unownedRows */.Kr)(all, ids).map((r) => ({
        code: 'registry.unowned',
        severity: 'notice',
        message: `${r.model_id} has no family in ${table} and is not in this manifest; kept as it is`,
        model_id: r.model_id,
    })),
    ...(prune
        ? []
        : plan.extra.map((r) => ({
            code: 'registry.extra',
            severity: 'warning',
            message: `${r.model_id} is in ${table} but not in the manifest; kept (--prune deletes it)`,
            model_id: r.model_id,
        }))),
];
// The reason is stored and printed: one line of plain text.
const checkReason = (reason) => {
    if (reason === undefined)
        return null;
    if (reason.trim() === '')
        throw errors/* InputError */.dz.at('arguments', '--reason is empty; say why, or leave it out');
    if (reason.length > 1000)
        throw errors/* InputError */.dz.at('arguments', '--reason must be at most 1000 characters');
    if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(reason) || !reason.isWellFormed())
        throw errors/* InputError */.dz.at('arguments', '--reason contains a control character, newline or bidi override');
    return reason;
};
// model_id is the table's key: a manifest must not take over another family's row.
const refuseForeignIds = (file, desired, all, family) => {
    // A row with no family is adopted, not owned (see familyRows). Only other families' rows are held (a loop, not
    // a pair per row): in the usual registry there are none, or few. The last row of an id decides, as it always did.
    const owner = new Map();
    for (const r of all)
        if (r.family !== null) {
            if (r.family !== family)
                owner.set(r.model_id, r.family);
            else
                owner.delete(r.model_id);
        }
    const clash = desired.find((r) => owner.has(r.model_id));
    if (clash)
        throw errors/* InputError */.dz.at(file, `model ${clash.model_id} already belongs to family "${owner.get(clash.model_id)}" in the registry`);
};

// EXTERNAL MODULE: ./registry/history-row.js
var history_row = __webpack_require__(26703);
// EXTERNAL MODULE: ./registry/row.js
var row = __webpack_require__(11174);
// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./util/actor.js
// Who is running: the GitHub user that triggered the workflow, else the local account. Recorded in the history.

const currentActor = (env = process.env) => {
    if (env.GITHUB_ACTOR)
        return env.GITHUB_ACTOR;
    try {
        return (0,external_node_os_.userInfo)().username || env.USER || 'unknown';
    }
    catch {
        // No passwd entry (a container running under an arbitrary uid).
        return env.USER || env.USERNAME || 'unknown';
    }
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./util/uuid.js
// A random (version 4) UUID, as node:crypto's randomUUID makes one: 16 bytes of the kernel's CSPRNG with the version
// and variant bits set. Read from /dev/urandom, so a sync does not load node:crypto for its id (its keys, ciphers and
// streams: a few ms on a cold sync's critical path); node:crypto's own where there is no /dev/urandom (Windows).

/** The UUID text of 16 random bytes (`b` is changed: version 4, RFC 9562 variant). */
const uuidOf = (b) => {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Buffer.from(b.buffer, b.byteOffset, 16).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const urandom = () => {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)('/dev/urandom', 'r');
        const b = Buffer.alloc(16);
        return (0,external_node_fs_.readSync)(fd, b, 0, 16, null) === 16 ? b : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
};
const randomUuid = async () => {
    const b = urandom();
    if (b)
        return uuidOf(b);
    const { randomUUID } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 19));
    return randomUUID();
};

// EXTERNAL MODULE: ./modes/context.js
var context = __webpack_require__(46584);
;// CONCATENATED MODULE: ./modes/sync.js
// sync: plan the registry from the manifest, then apply it and its history rows as one atomic change.











/** How many times a sync re-reads and re-plans when another sync committed between its read and its transaction. */
const REPLANS = 5;
const sync = async (ctx) => {
    const registry = ctx.sources.registry;
    if (!registry)
        throw errors/* InputError */.dz.at(ctx.settings.origin, 'sync needs a registry (--registry duckdb:PATH or bigquery:PROJECT.DATASET.TABLE)');
    const reason = checkReason(ctx.options.reason);
    const migrate = ctx.options.migrate ?? false;
    // The history's size first, then the rows: a sync committing in between makes the count stale, never the reverse.
    const readState = async () => {
        const seen = ctx.options.dryRun ? undefined : await registry.historyVersion();
        const all = await registry.read({ migrate });
        return { seen, all, migration: migrate ? await registry.migration() : null };
    };
    // Everything that needs only the manifest (the hash, the rows, the sync's id) is done once the manifest is read:
    // then it overlaps the registry read (a DuckDB open runs on its own thread) rather than coming before it or after
    // it. The same work either way; the hash and the id without node:crypto's load where they can (util/sha256.ts,
    // util/uuid.ts), as this thread's work is what the registry read's answer waits behind.
    const fromManifest = (0,context/* readManifest */.WI)(ctx).then(async ({ parsed, read }) => {
        // The manifest's identity in the history: which bytes this sync applied (only sync needs it, so only sync hashes).
        // Its code loads here, after the DuckDB open has started, not with the mode's before it.
        const { sha256HexOfBytes } = await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(290)]).then(__webpack_require__.bind(__webpack_require__, 80290));
        const sha256 = await sha256HexOfBytes(read.bytes);
        const desired = (0,row/* manifestRows */.$P)(parsed.manifest);
        return { parsed, sha256, desired, ids: new Set(desired.map((r) => r.model_id)), syncId: await randomUuid() };
    });
    const [{ parsed, sha256, desired, ids, syncId }, first] = await (0,context/* inParallel */.HN)([fromManifest, readState()]);
    const family = parsed.manifest.family;
    const label = (0,context/* familyOf */.Ap)(ctx, parsed);
    let state = first;
    for (let attempt = 1;; attempt++) {
        const { all, seen, migration } = state;
        const current = (0,checks_migration/* familyRows */.ob)(all, family, ids);
        refuseForeignIds(parsed.file, desired, all, family);
        // --migrate: the columns to add lead the plan (and its JSON), as they lead the writes.
        const merge = (0,checks_plan/* planSync */.R4)(registry.name, desired, current, ctx.options.prune);
        const plan = migrate ? { migrate: migration?.add ?? [], ...merge } : merge;
        const findings = [...parsed.notices, ...syncFindings(registry.name, plan, all, ids, ctx.options.prune)];
        if (ctx.options.dryRun) {
            const counts = (0,checks_plan/* planCounts */.Ai)(plan, 'planned');
            return (0,types/* makeReport */.dO)('sync', label, findings, `Plan for ${registry.name} (dry run, nothing written): ${counts}`, { plan });
        }
        const done = () => (0,types/* makeReport */.dO)('sync', label, findings, `Synced ${desired.length} models to ${registry.name}: ${(0,checks_plan/* planCounts */.Ai)(plan)}`, { plan });
        if ((0,checks_plan/* isEmptyPlan */.lM)(plan))
            return done();
        ctx.log(`Applying plan to ${registry.name}: ${(0,checks_plan/* planCounts */.Ai)(plan)}`);
        // The MERGE gets every manifest row, not only the planned changes: when another sync commits between our read
        // and our MERGE, the table still ends as one manifest whole (the one applied last), never a mix of two. Rows
        // that are already equal cost nothing: the MERGE updates only distinct rows.
        const same = new Set(plan.unchanged);
        const unchanged = desired.filter((r) => same.has(r.model_id)).map((row) => ({ row, changes: [] }));
        const audit = (0,checks_history/* auditFor */.xL)(plan, all, parsed.manifest, {
            syncId,
            manifest: parsed.file,
            generation: parsed.generation ?? null,
            sha256,
            actor: currentActor(),
            reason,
        });
        try {
            await registry.apply({ ...plan, update: [...plan.update, ...unchanged] }, family, { ...audit, seen });
        }
        catch (e) {
            // Another sync committed after our read: our plan, and so our history rows, may be stale. Nothing was written;
            // read again and plan again (often the other sync did our work, and the new plan is empty).
            if (!(e instanceof history_row/* RegistryMovedError */.Zu))
                throw e;
            if (attempt >= REPLANS)
                throw new errors/* ServiceError */._7(registry.name, 'sync', `${e.message}, ${REPLANS} times in a row`);
            ctx.log(`${e.message}: reading it again`);
            state = await readState();
            continue;
        }
        const after = (0,checks_plan/* planSync */.R4)(registry.name, desired, (0,checks_migration/* familyRows */.ob)(await registry.read(), family, ids), ctx.options.prune);
        if (!(0,checks_plan/* isEmptyPlan */.lM)(after))
            throw new errors/* ServiceError */._7(registry.name, 'verify after sync', `read-back differs from the manifest: ${(0,checks_plan/* planCounts */.Ai)(after)}`);
        return done();
    }
};


/***/ }),

/***/ 26703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ MOVED_MARKER),
/* harmony export */   Zu: () => (/* binding */ RegistryMovedError),
/* harmony export */   ac: () => (/* binding */ historyTableOf),
/* harmony export */   b4: () => (/* binding */ HISTORY_COLUMNS)
/* harmony export */ });
/* unused harmony export CHANGE_KINDS */
/** The history table is named after the registry table: model_registry \u2192 model_registry_history. */
const historyTableOf = (registryTable) => `${registryTable}_history`;
const CHANGE_KINDS = (/* unused pure expression or super */ null && (['baseline', 'insert', 'update', 'delete']));
const HISTORY_COLUMNS = [
    // When the change committed: the database's clock inside the transaction (CURRENT_TIMESTAMP), not the runner's.
    ['changed_at', 'TIMESTAMP', true],
    // One id per sync, so the rows one change wrote can be told apart from the next one's.
    ['sync_id', 'STRING', true],
    // Order inside one sync: baseline rows first, then the changes in model_id order.
    ['seq', 'INT64', true],
    ['model_id', 'STRING', true],
    ['family', 'STRING', true],
    ['change', 'STRING', true],
    // JSON array of {field, old, new}: the registry columns this change touched (every non-null one for
    // baseline/insert/delete), so the old and new values of each are kept.
    ['fields', 'STRING', true],
    // The model's state after the change (false and NULL after a delete), so "production at T" is one query.
    ['is_production', 'BOOL', true],
    ['status', 'STRING', false],
    ['manifest', 'STRING', true],
    ['manifest_generation', 'STRING', false],
    ['manifest_sha256', 'STRING', true],
    ['actor', 'STRING', true],
    ['reason', 'STRING', false],
    ['forced', 'BOOL', false],
    // JSON array of the gates a forced promotion failed.
    ['failed_gates', 'STRING', false],
];
/** Another sync changed the registry between this sync's read and its transaction: read again and re-plan. */
class RegistryMovedError extends Error {
    name = 'RegistryMovedError';
    constructor(table) {
        super(`${table} changed since it was read (another sync committed)`);
    }
}
/** The text a BigQuery ASSERT carries, so its failure is recognised as RegistryMovedError. */
const MOVED_MARKER = 'model-governance: the registry history moved since the read';


/***/ })

};
