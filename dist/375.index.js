export const id = 375;
export const ids = [375];
export const modules = {

/***/ 18375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   duckdbRegistry: () => (/* binding */ duckdbRegistry)
/* harmony export */ });
/* unused harmony exports TABLE, HISTORY, LOCK_RETRY */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16771);
/* harmony import */ var _history_row_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26703);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11174);
// The embedded local registry: a DuckDB file. Loaded lazily (native binary, never bundled).





const TABLE = 'model_registry';
const HISTORY = (0,_history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .historyTableOf */ .ac)(TABLE);
const DUCK_TYPES = {
    STRING: 'VARCHAR',
    INT64: 'BIGINT',
    FLOAT64: 'DOUBLE',
    BOOL: 'BOOLEAN',
    DATE: 'DATE',
    TIMESTAMP: 'TIMESTAMP',
};
const ddl = `CREATE TABLE IF NOT EXISTS ${TABLE} (${_row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}${n === 'model_id' ? ' PRIMARY KEY' : ''}`).join(', ')})`;
const historyDdl = `CREATE TABLE IF NOT EXISTS ${HISTORY} (${_history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_COLUMNS */ .b4.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}`).join(', ')})`;
const written = _history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_COLUMNS */ .b4.filter(([n]) => n !== 'changed_at');
// changed_at: the transaction's start time in UTC, the same for every row of one sync.
const historyInsertSql = `INSERT INTO ${HISTORY} (${_history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_COLUMNS */ .b4.map(([n]) => n).join(', ')})
SELECT current_timestamp AT TIME ZONE 'UTC', ${written.map(([n]) => n).join(', ')} FROM (SELECT unnest($entries, recursive := true))`;
const historySelect = `SELECT ${_history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_COLUMNS */ .b4.map(([n, t]) => (t === 'TIMESTAMP' ? `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%fZ') AS ${n}` : n)).join(', ')} FROM ${HISTORY} ORDER BY changed_at, sync_id, seq`;
// Dates and timestamps read back as the same canonical strings the row mapping produces.
const selectList = _row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ.map(([n, t]) => t === 'DATE' ? `strftime(${n}, '%Y-%m-%d') AS ${n}` : t === 'TIMESTAMP' ? `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%gZ') AS ${n}` : n).join(', ');
// Strings stay strings in the parameter; casts happen in SQL, so values never enter the SQL text.
const bindSide = (t) => (t === 'DATE' || t === 'TIMESTAMP' ? 'STRING' : t);
const srcExpr = (n, t) => (t === 'DATE' || t === 'TIMESTAMP' ? `CAST(s.${n} AS ${DUCK_TYPES[t]})` : `s.${n}`);
const mergeSql = `MERGE INTO ${TABLE} AS t
USING (SELECT unnest($rows, recursive := true)) AS s
ON t.model_id = s.model_id
WHEN MATCHED AND (${_row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ.map(([n, t]) => `t.${n} IS DISTINCT FROM ${srcExpr(n, t)}`).join(' OR ')})
  THEN UPDATE SET ${_row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ.filter(([n]) => n !== 'model_id')
    .map(([n, t]) => `${n} = ${srcExpr(n, t)}`)
    .join(', ')}
WHEN NOT MATCHED BY TARGET
  THEN INSERT (${_row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ.map(([n]) => n).join(', ')}) VALUES (${_row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ.map(([n, t]) => srcExpr(n, t)).join(', ')})
WHEN NOT MATCHED BY SOURCE AND t.family = $family AND list_contains($delete, t.model_id)
  THEN DELETE`;
const loadDuck = async () => {
    try {
        // webpackIgnore: the bundler must leave this import alone, or it hoists the native module into dist/.
        return await import(/* webpackIgnore: true */ '@duckdb/node-api');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([
            { file: 'duckdb:', message: 'the DuckDB registry needs the optional package @duckdb/node-api; run npm install' },
        ]);
    }
};
// A DuckDB file takes one writer process at a time, and a reader cannot open it while another process writes. A lock
// held by a concurrent run is the environment, not the user's file: wait for it with bounded backoff (at most about
// 24 s in all), then exit 3 naming the lock. Any other failure to open is the file's fault (exit 2).
// A full disk, a quota or a read-only mount is the environment too (exit 3), whatever DuckDB was doing.
const LOCK_RETRY = { attempts: 10, baseMs: 250, maxMs: 4_000 };
const isLocked = (e) => /Could not set lock on file/i.test(e?.message ?? '');
const isEnvironment = (e) => /No space left on device|Disk quota exceeded|Read-only file system|Input\/output error/i.test(e?.message ?? '');
// DuckDB creates its write-ahead log and temp directory beside the file with ordinary creates, which follow links: a
// link a checkout plants at one of those names would receive the log (manifest strings included) wherever it points.
// The registry path itself is confined by config/confine.ts; its sidecars must not be links at all.
const SIDECARS = ['.wal', '.tmp'];
const refusePlantedSidecars = async (path) => {
    for (const suffix of SIDECARS) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(`${path}${suffix}`).catch(() => undefined);
        if (st?.isSymbolicLink())
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(`${path}${suffix}`, 'is a symbolic link where DuckDB writes beside the registry; remove it (nothing was opened)');
    }
};
const duckdbRegistry = (path) => {
    const name = `${path}#${TABLE}`;
    const open = async (readOnly) => {
        const duck = await loadDuck();
        await refusePlantedSidecars(path);
        try {
            const db = await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => duck.DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {}), isLocked, LOCK_RETRY);
            return { db, c: await db.connect() };
        }
        catch (e) {
            const detail = e.message.replace(/^IO Error: /, '').replace(/\.? See also https:\S*$/, '');
            if (isLocked(e))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('DuckDB', `lock of ${path}`, `another process holds it (${detail}); waited ${LOCK_RETRY.attempts} times, run again once that process has finished`, { cause: e });
            if (isEnvironment(e))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('DuckDB', `open of ${path}`, detail, { cause: e });
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, `cannot open as a DuckDB registry: ${detail}`);
        }
    };
    const close = ({ db, c }) => {
        c.closeSync();
        db.closeSync();
    };
    const checkSchema = async (c, table = TABLE, columns = _row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ) => {
        const r = await c.runAndReadAll(`SELECT column_name FROM information_schema.columns WHERE table_name = $t`, { t: table });
        const have = new Set(r.getRows().map((row) => String(row[0])));
        if (have.size === 0)
            return false;
        const missing = columns.map(([n]) => n).filter((n) => !have.has(n));
        if (missing.length > 0)
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, `table ${table} has no column ${missing.join(', ')}; it does not have the ${table === TABLE ? 'registry' : 'history'} schema`);
        return true;
    };
    /** A read of the history table; `absent` when there is no file or no history table yet. */
    const historyRead = async (absent, fn) => {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        }
        catch {
            return absent;
        }
        const h = await open(true);
        try {
            return (await checkSchema(h.c, HISTORY, _history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_COLUMNS */ .b4)) ? await fn(h.c) : absent;
        }
        finally {
            close(h);
        }
    };
    return {
        name: TABLE,
        async read() {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
            }
            catch {
                return [];
            }
            const h = await open(true);
            try {
                if (!(await checkSchema(h.c)))
                    return [];
                const r = await h.c.runAndReadAll(`SELECT ${selectList} FROM ${TABLE} ORDER BY model_id`);
                return r.getRowObjectsJS().map((o) => normalise(o));
            }
            finally {
                close(h);
            }
        },
        readHistory: () => historyRead([], async (c) => (await c.runAndReadAll(historySelect)).getRowObjectsJS().map((o) => normaliseHistory(o))),
        historyVersion: () => historyRead(0, async (c) => Number((await c.runAndReadAll(`SELECT count(*) FROM ${HISTORY}`)).getRows()[0]?.[0] ?? 0)),
        async apply(plan, family, audit) {
            const duck = await loadDuck();
            const h = await open(false);
            try {
                await h.c.run(ddl);
                await checkSchema(h.c);
                await h.c.run(historyDdl);
                await checkSchema(h.c, HISTORY, _history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_COLUMNS */ .b4);
                const entryType = duck.LIST(duck.STRUCT(Object.fromEntries(written.map(([n, t]) => [n, duckType(duck, t)]))));
                const rowType = duck.LIST(duck.STRUCT(Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ.map(([n, t]) => [n, duckType(duck, bindSide(t))]))));
                const rows = duck.listValue([...plan.insert, ...plan.update.map((u) => u.row)].map((r) => duck.structValue(r)));
                await h.c.run('BEGIN TRANSACTION');
                try {
                    const count = async () => Number((await h.c.runAndReadAll(`SELECT count(*) FROM ${HISTORY}`)).getRows()[0]?.[0] ?? 0);
                    if (audit?.seen !== undefined && (await count()) !== audit.seen)
                        throw new _history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryMovedError */ .Zu(name);
                    await h.c.run(mergeSql, { rows, family, delete: duck.listValue(plan.delete) }, { rows: rowType, delete: duck.LIST(duck.VARCHAR) });
                    if (audit) {
                        // An empty history starts with a baseline: the registry as it was before this change.
                        const empty = (await count()) === 0;
                        const entries = [...(empty ? audit.baseline : []), ...audit.changes];
                        if (entries.length > 0)
                            await h.c.run(historyInsertSql, {
                                entries: duck.listValue(entries.map((e) => duck.structValue(e))),
                            }, { entries: entryType });
                    }
                    await h.c.run('COMMIT');
                }
                catch (e) {
                    await h.c.run('ROLLBACK');
                    if (e instanceof _history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryMovedError */ .Zu)
                        throw e;
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('DuckDB', `MERGE into ${name}`, e.message, { cause: e });
                }
            }
            finally {
                close(h);
            }
        },
    };
};
const duckType = (duck, t) => t === 'INT64' ? duck.BIGINT : t === 'FLOAT64' ? duck.DOUBLE : t === 'BOOL' ? duck.BOOLEAN : duck.VARCHAR;
const normaliseHistory = (o) => Object.fromEntries(_history_row_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_COLUMNS */ .b4.map(([n]) => {
    const v = o[n];
    return [n, typeof v === 'bigint' ? Number(v) : (v ?? null)];
}));
// BIGINT reads back as bigint; the row contract uses numbers.
const normalise = (o) => Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_4__/* .COLUMNS */ .cZ.map(([n]) => [n, typeof o[n] === 'bigint' ? Number(o[n]) : (o[n] ?? null)]));


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
/** The history table is named after the registry table: model_registry → model_registry_history. */
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


/***/ }),

/***/ 11174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ byId),
/* harmony export */   $P: () => (/* binding */ manifestRows),
/* harmony export */   aC: () => (/* binding */ COLUMN_NAMES),
/* harmony export */   cZ: () => (/* binding */ COLUMNS),
/* harmony export */   ji: () => (/* binding */ manifestPath)
/* harmony export */ });
/* unused harmony exports canonicalTimestamp, toRow */
const COLUMNS = [
    ['model_id', 'STRING', true],
    ['family', 'STRING', true],
    ['model_version', 'STRING', false],
    ['file', 'STRING', true],
    ['gcs_path', 'STRING', true],
    ['feature_count', 'INT64', false],
    ['training_start_date', 'DATE', true],
    ['training_end_date', 'DATE', true],
    ['eval_start_date', 'DATE', false],
    ['eval_end_date', 'DATE', false],
    ['status', 'STRING', true],
    ['is_production', 'BOOL', true],
    ['sha256', 'STRING', true],
    ['hit_rate_edge_3plus', 'FLOAT64', false],
    ['evaluation_mae', 'FLOAT64', false],
    ['graded_edge_3plus_n', 'INT64', false],
    ['created_at', 'TIMESTAMP', true],
    ['promoted_at', 'DATE', false],
    ['notes', 'STRING', false],
];
const COLUMN_NAMES = COLUMNS.map(([name]) => name);
/** Timestamps compare as instants: one canonical form whatever zone the manifest wrote. */
const canonicalTimestamp = (s) => new Date(s).toISOString();
const toRow = (family, productionModel, id, e) => ({
    model_id: id,
    family,
    model_version: e.model_version ?? null,
    file: e.file,
    gcs_path: e.gcs_path,
    feature_count: e.feature_count ?? null,
    training_start_date: e.training_start_date,
    training_end_date: e.training_end_date,
    eval_start_date: e.eval_start_date ?? null,
    eval_end_date: e.eval_end_date ?? null,
    status: e.status,
    is_production: id === productionModel,
    sha256: e.sha256,
    hit_rate_edge_3plus: e.metrics?.hit_rate_edge_3plus ?? null,
    evaluation_mae: e.metrics?.mae ?? null,
    graded_edge_3plus_n: e.metrics?.graded_edge_3plus_n ?? null,
    created_at: canonicalTimestamp(e.created_at),
    promoted_at: e.promoted_at ?? null,
    notes: e.notes ?? null,
});
const manifestRows = (m) => Object.entries(m.models)
    .map(([id, e]) => toRow(m.family, m.production_model, id, e))
    .sort((a, b) => byId(a.model_id, b.model_id));
/** Code-point order, the same on every machine and locale. */
const byId = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The manifest field a registry column comes from, for pointing findings at the manifest source. */
const manifestPath = (column) => {
    switch (column) {
        case 'hit_rate_edge_3plus':
            return ['metrics', 'hit_rate_edge_3plus'];
        case 'evaluation_mae':
            return ['metrics', 'mae'];
        case 'graded_edge_3plus_n':
            return ['metrics', 'graded_edge_3plus_n'];
        case 'is_production':
            return ['status'];
        default:
            return [column];
    }
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
// time: what the Google clients retry (@google-cloud/storage's default predicate lists the same).
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
