export const id = 124;
export const ids = [124];
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
/** "1 column added, 0 inserted, …" for an applied plan; "1 column to add, 0 to insert, …" for a dry run's. */
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

/***/ 16124:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  duckdbRegistry: () => (/* binding */ duckdbRegistry)
});

// UNUSED EXPORTS: COLUMNS_FAST, COLUMNS_OF, HISTORY, LOCK_RETRY, TABLE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./checks/migration.js
var migration = __webpack_require__(21968);
// EXTERNAL MODULE: ./checks/plan.js
var checks_plan = __webpack_require__(38485);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./util/fs-async.js
var fs_async = __webpack_require__(62175);
// EXTERNAL MODULE: ./util/retry.js
var retry = __webpack_require__(16771);
// EXTERNAL MODULE: ./registry/metrics.js
var metrics = __webpack_require__(40111);
;// CONCATENATED MODULE: ./registry/duckdb-read.js

// JSON has no NaN or infinities: DuckDB would write bare NaN/Infinity (invalid JSON), so those travel as strings.
const NON_FINITE = {
    nan: Number.NaN,
    '-nan': Number.NaN,
    inf: Number.POSITIVE_INFINITY,
    '-inf': Number.NEGATIVE_INFINITY,
};
const field = (n, t) => {
    if (t === 'JSON')
        return `CAST(${n} AS VARCHAR)`; // as text, so the row mapping's canonical form is compared
    if (t === 'DATE')
        return `strftime(${n}, '%Y-%m-%d')`;
    if (t === 'TIMESTAMP')
        return `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%gZ')`;
    if (t === 'FLOAT64')
        return `CASE WHEN isfinite(${n}) OR ${n} IS NULL THEN to_json(${n}) ELSE to_json(CAST(${n} AS VARCHAR)) END`;
    return n;
};
/**
 * The select expression: one JSON object per row, with the columns' own names (which come from code, never data). A
 * column the table lacks (sync --migrate adds it) reads as NULL.
 */
const jsonRowSelect = (columns, present = () => true) => `to_json({${columns.map(([n, t]) => `${n}: ${present(n) ? field(n, t) : 'NULL'}`).join(', ')}})`;
/**
 * A reader of rows from their JSON texts (one reader a read). DuckDB writes every struct field, NULL as null, in column
 * order, so a parsed object is the row as it is; only the metrics text is put in its canonical form and non-finite
 * doubles are restored from their strings. Only those columns are visited in each row: a loop over all 20 names of
 * every row (a keyed read each) cost a 10,000-row read more than JSON.parse did. Every text is the same struct, so
 * the first row says whether a column is missing; only then is each row filled in name by name, as before.
 */
const rowReader = (columns) => {
    const names = columns.map(([n]) => n);
    const json = columns.filter(([, t]) => t === 'JSON').map(([n]) => n);
    const doubles = columns.filter(([, t]) => t === 'FLOAT64').map(([n]) => n);
    let complete;
    return (text) => {
        const row = JSON.parse(text);
        complete ??= names.every((n) => row[n] !== undefined);
        if (!complete)
            for (const n of names)
                if (row[n] === undefined)
                    row[n] = null;
        for (let k = 0; k < json.length; k++) {
            const n = json[k];
            row[n] = (0,metrics/* canonicalFromStore */.Mg)(row[n]);
        }
        for (let k = 0; k < doubles.length; k++) {
            const n = doubles[k];
            const v = row[n];
            if (typeof v === 'string')
                row[n] = NON_FINITE[v.toLowerCase()] ?? Number(v);
        }
        return row;
    };
};
/**
 * Each row of a result (a stream: DuckDB makes each chunk as it is fetched), as its first `width` cells, chunk by
 * chunk (up to 2,048 rows): a chunk's texts are turned into rows and dropped before the next chunk is fetched. A
 * materialized result read with getRows held DuckDB's copy of every text, then every text again in JS with a cell
 * array per row, until the last row was read; a 10,000-row apply (which reads twice) peaked about 12 MiB higher.
 */
const eachRow = async (result, width, visit) => {
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
        const a = chunk.getColumnVector(0);
        const b = width === 2 ? chunk.getColumnVector(1) : undefined;
        for (let r = 0; r < chunk.rowCount; r++)
            visit(a.getItem(r), b?.getItem(r));
    }
};

;// CONCATENATED MODULE: ./registry/duckdb-stage.js
/** How many rows the appender holds before it hands them to DuckDB: bounds the JS-side and native buffers. */
const STAGE_BATCH_ROWS = 2048;
const append = (a, t, v) => {
    if (v === null || v === undefined)
        a.appendNull();
    else if (t === 'BIGINT')
        a.appendBigInt(BigInt(v));
    else if (t === 'DOUBLE')
        a.appendDouble(v);
    else if (t === 'BOOLEAN')
        a.appendBoolean(v);
    else
        a.appendVarchar(String(v));
};
/**
 * Creates TEMP table `name` with `columns` and appends `rows` (each read by column name), flushing every `batch`
 * rows. Must run inside the caller's transaction, on the connection the statement that reads the table uses.
 */
const stageRows = async (c, name, columns, rows, batch = STAGE_BATCH_ROWS) => {
    // Identifiers come from the column lists in code, never from data.
    await c.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns.map(([n, t]) => `${n} ${t}`).join(', ')})`);
    const a = await c.createAppender(name, 'main', 'temp');
    let n = 0;
    try {
        for (const row of rows) {
            const r = row;
            for (const [col, t] of columns)
                append(a, t, r[col] ?? null);
            a.endRow();
            if (++n % batch === 0)
                a.flushSync();
        }
    }
    catch (e) {
        // The first failure is the one to report; closing may fail again on the same rows.
        try {
            a.closeSync();
        }
        catch { }
        throw e;
    }
    a.closeSync(); // flushes the last, partial batch
    return n;
};

// EXTERNAL MODULE: ./registry/history-row.js
var history_row = __webpack_require__(26703);
// EXTERNAL MODULE: ./registry/row.js
var row = __webpack_require__(11174);
;// CONCATENATED MODULE: ./registry/duckdb.js
// The embedded local registry: a DuckDB file. Loaded lazily (native binary, never bundled).










const TABLE = 'model_registry';
const HISTORY = (0,history_row/* historyTableOf */.ac)(TABLE);
const DUCK_TYPES = {
    STRING: 'VARCHAR',
    INT64: 'BIGINT',
    FLOAT64: 'DOUBLE',
    BOOL: 'BOOLEAN',
    DATE: 'DATE',
    TIMESTAMP: 'TIMESTAMP',
    JSON: 'JSON',
};
// What information_schema says for each of our types: only the type we create (another one is refused, not guessed).
const ACCEPTED = Object.fromEntries(Object.entries(DUCK_TYPES).map(([t, d]) => [t, [d]]));
const DIALECT = { types: ACCEPTED, required: 'NOT NULL' };
// The registry file's own default schema only: information_schema lists every schema (and attached catalog), and a
// table of the same name elsewhere is not the one our unqualified SQL reads and writes.
const COLUMNS_OF = `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
WHERE table_name = $t AND table_schema = current_schema() AND table_catalog = current_database()
ORDER BY ordinal_position`;
// The same four columns, read the cheap way: information_schema's views are built on an instance's first use of one
// (DuckDB parses and binds its default views then), which cost a cold sync --dry-run about 15 ms; pragma_table_info
// costs about one. It resolves the name as our unqualified SQL does, and on a fresh connection (no temp tables) that
// is the file's default schema, so a table it finds is the one COLUMNS_OF would list, with the same type names,
// nullability and defaults. It throws when there is no such table there: COLUMNS_OF then says what there is.
const COLUMNS_FAST = `SELECT name, type, CASE WHEN "notnull" THEN 'NO' ELSE 'YES' END, dflt_value FROM pragma_table_info($t) ORDER BY cid`;
// A read's two statements as one (the registry's usual case): the column rows first (k = 0, in column order, as
// COLUMNS_FAST gives them), then the registry rows by model_id, each as JSON text. One trip to DuckDB's thread pool
// instead of two, on a cold sync --dry-run's critical path.
const ONE_READ = `SELECT k, j FROM (
  SELECT 0 AS k, cid AS i, NULL AS id, to_json([name, type, CASE WHEN "notnull" THEN 'NO' ELSE 'YES' END, dflt_value]) AS j
  FROM pragma_table_info($t)
  UNION ALL SELECT 1, NULL, model_id, ${jsonRowSelect(row/* COLUMNS */.cZ)} FROM ${TABLE}
) ORDER BY k, i, id`;
const ddl = `CREATE TABLE IF NOT EXISTS ${TABLE} (${row/* COLUMNS */.cZ.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}${n === 'model_id' ? ' PRIMARY KEY' : ''}`).join(', ')})`;
const historyDdl = `CREATE TABLE IF NOT EXISTS ${HISTORY} (${history_row/* HISTORY_COLUMNS */.b4.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}`).join(', ')})`;
const written = history_row/* HISTORY_COLUMNS */.b4.filter(([n]) => n !== 'changed_at');
// The rows a sync writes are staged in connection-local temp tables (duckdb-stage.ts), not bound as list parameters.
const ROWS_STAGE = 'mg_sync_rows';
const ENTRIES_STAGE = 'mg_sync_entries';
// changed_at: the transaction's start time in UTC, the same for every row of one sync.
const historyInsertSql = `INSERT INTO ${HISTORY} (${history_row/* HISTORY_COLUMNS */.b4.map(([n]) => n).join(', ')})
SELECT current_timestamp AT TIME ZONE 'UTC', ${written.map(([n]) => n).join(', ')} FROM ${ENTRIES_STAGE}`;
// Every column under an alias: DuckDB names a result column as the table spells it (a history made by hand may say SEQ).
const historySelect = `SELECT ${history_row/* HISTORY_COLUMNS */.b4.map(([n, t]) => (t === 'TIMESTAMP' ? `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%fZ') AS ${n}` : `${n} AS ${n}`)).join(', ')} FROM ${HISTORY} ORDER BY changed_at, sync_id, seq`;
// Strings stay strings in the parameter; casts happen in SQL, so values never enter the SQL text.
const cast = (t) => t === 'DATE' || t === 'TIMESTAMP' || t === 'JSON';
const bindSide = (t) => (cast(t) ? 'STRING' : t);
const srcExpr = (n, t) => (cast(t) ? `CAST(s.${n} AS ${DUCK_TYPES[t]})` : `s.${n}`);
// Column names come from COLUMNS (never from input); quoted all the same. Added columns are nullable: the table has rows.
const addColumnSql = (name, t) => `ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS "${name}" ${DUCK_TYPES[t]}`;
const mergeSql = `MERGE INTO ${TABLE} AS t
USING ${ROWS_STAGE} AS s
ON t.model_id = s.model_id
WHEN MATCHED AND (${row/* COLUMNS */.cZ.map(([n, t]) => `t.${n} IS DISTINCT FROM ${srcExpr(n, t)}`).join(' OR ')})
  THEN UPDATE SET ${row/* COLUMNS */.cZ.filter(([n]) => n !== 'model_id')
    .map(([n, t]) => `${n} = ${srcExpr(n, t)}`)
    .join(', ')}
WHEN NOT MATCHED BY TARGET
  THEN INSERT (${row/* COLUMNS */.cZ.map(([n]) => n).join(', ')}) VALUES (${row/* COLUMNS */.cZ.map(([n, t]) => srcExpr(n, t)).join(', ')})
WHEN NOT MATCHED BY SOURCE AND t.family = $family AND list_contains($delete, t.model_id)
  THEN DELETE`;
const loadDuck = async () => {
    try {
        // The bundle holds @duckdb/node-api's JavaScript (one chunk reads faster than its 180 files, which cost a sync's
        // start-up more than the library's native load) and loads the native part from node_modules through
        // duckdb-addon.ts (scripts/build.mjs), so dist/ holds no binary and a missing install still fails here.
        return await Promise.all(/* import() */[__webpack_require__.e(577), __webpack_require__.e(542)]).then(__webpack_require__.t.bind(__webpack_require__, 90577, 19));
    }
    catch {
        throw new errors/* InputError */.dz([
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
// Checked synchronously (two lstat calls, microseconds): with no event-loop turn between the addon's load and the
// open, nothing else queued meanwhile (a cold sync's manifest parse) runs before DuckDB starts opening on its thread.
const SIDECARS = ['.wal', '.tmp'];
const lstatSyncOrNone = (p) => {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch {
        return undefined; // absent or unreadable, as before: DuckDB's own create then decides
    }
};
const refusePlantedSidecars = (path) => {
    for (const suffix of SIDECARS) {
        const st = lstatSyncOrNone(`${path}${suffix}`);
        if (st?.isSymbolicLink())
            throw errors/* InputError */.dz.at(`${path}${suffix}`, 'is a symbolic link where DuckDB writes beside the registry; remove it (nothing was opened)');
    }
};
const duckdbRegistry = (path) => {
    const name = `${path}#${TABLE}`;
    const open = async (readOnly) => {
        const duck = await loadDuck();
        refusePlantedSidecars(path);
        try {
            const db = await (0,retry/* withRetry */.bD)(() => duck.DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {}), isLocked, LOCK_RETRY);
            return { db, c: await db.connect() };
        }
        catch (e) {
            const detail = e.message.replace(/^IO Error: /, '').replace(/\.? See also https:\S*$/, '');
            if (isLocked(e))
                throw new errors/* ServiceError */._7('DuckDB', `lock of ${path}`, `another process holds it (${detail}); waited ${LOCK_RETRY.attempts} times, run again once that process has finished`, { cause: e });
            if (isEnvironment(e))
                throw new errors/* ServiceError */._7('DuckDB', `open of ${path}`, detail, { cause: e });
            throw errors/* InputError */.dz.at(path, `cannot open as a DuckDB registry: ${detail}`);
        }
    };
    const close = ({ db, c }) => {
        c.closeSync();
        db.closeSync();
    };
    /** `table`'s columns in the file's default schema as [name, type, 'YES'|'NO' nullable, default], in order. */
    const columnsOf = async (c, table) => {
        // A failed read binds nothing and leaves an open transaction usable (apply reads inside one).
        const r = await c.runAndReadAll(COLUMNS_FAST, { t: table }).catch(() => c.runAndReadAll(COLUMNS_OF, { t: table }));
        return r.getRows();
    };
    /** The migration a table with these columns needs; without `migrate`, missing columns are bad input naming --migrate. */
    const adoptionOf = (columns, migrate) => {
        const have = new Map(columns.map(([name, type, nullable, def]) => [
            String(name),
            { type: String(type).toUpperCase(), mode: nullable === 'NO' ? 'REQUIRED' : 'NULLABLE', hasDefault: def !== null },
        ]));
        if (have.size === 0)
            return null; // no table
        const m = (0,migration/* planMigration */.Eu)(path, TABLE, have, DIALECT);
        if (m.add.length > 0 && !migrate)
            throw (0,migration/* missingColumns */.Q6)(path, TABLE, m.add);
        return m;
    };
    const adoption = async (c, migrate) => adoptionOf(await columnsOf(c, TABLE), migrate);
    /**
     * The columns and the rows in one statement, when the table has every column of ours; undefined when it cannot
     * bind (no table, a column missing or of a type our select cannot read), and the caller asks the two questions apart.
     */
    const readWhole = async (c, migrate) => {
        const columns = [];
        const rows = [];
        const rowOf = rowReader(row/* COLUMNS */.cZ);
        // Streamed: DuckDB makes each chunk as it is fetched, rather than a second copy of the whole result first.
        const read = await c
            .stream(ONE_READ, { t: TABLE })
            .then((result) => eachRow(result, 2, (k, j) => {
            if (Number(k) === 0)
                columns.push(JSON.parse(String(j)));
            else
                rows.push(rowOf(String(j)));
        }))
            .then(() => true, () => false);
        if (!read)
            return undefined;
        const m = adoptionOf(columns, migrate);
        if (!m || m.add.length > 0)
            return undefined; // not when the select bound, but then the long way decides
        return { m, rows };
    };
    const checkSchema = async (c, table = TABLE, columns = row/* COLUMNS */.cZ) => {
        const have = (await columnsOf(c, table)).map((row) => String(row[0]));
        if (have.length === 0)
            return false;
        const missing = (0,migration/* missingNames */.JA)(have, columns.map(([n]) => n));
        if (missing.length > 0)
            throw errors/* InputError */.dz.at(path, `table ${table} has no column ${missing.join(', ')}; it does not have the ${table === TABLE ? 'registry' : 'history'} schema`);
        return true;
    };
    /** `fn` on a read-only connection; `absent` when there is no file yet (a read never creates one). */
    const readFile = async (absent, fn) => {
        try {
            await (0,fs_async/* access */.T_)(path);
        }
        catch {
            return absent;
        }
        const h = await open(true);
        try {
            return await fn(h.c);
        }
        finally {
            close(h);
        }
    };
    /** A read of the history table; `absent` when there is no file or no history table yet. */
    const historyRead = (absent, fn) => readFile(absent, async (c) => ((await checkSchema(c, HISTORY, history_row/* HISTORY_COLUMNS */.b4)) ? await fn(c) : absent));
    // The migration the last read() found, so migration() right after it (sync --migrate) needs no second open.
    let seen;
    return {
        name: TABLE,
        async read(opts = {}) {
            seen = undefined;
            const rows = await readFile(undefined, async (c) => {
                const whole = await readWhole(c, opts.migrate ?? false);
                if (whole) {
                    seen = whole.m;
                    return whole.rows;
                }
                const m = await adoption(c, opts.migrate ?? false);
                seen = m;
                if (!m)
                    return [];
                const missing = new Set(m.add.map((a) => a.name));
                const r = await c.stream(`SELECT ${jsonRowSelect(row/* COLUMNS */.cZ, (n) => !missing.has(n))} FROM ${TABLE} ORDER BY model_id`);
                const rows = [];
                const rowOf = rowReader(row/* COLUMNS */.cZ);
                await eachRow(r, 1, (text) => rows.push(rowOf(String(text))));
                return rows;
            });
            if (rows !== undefined)
                return rows;
            seen = null; // no file: nothing to migrate
            return [];
        },
        migration: async () => (seen !== undefined ? seen : readFile(null, (c) => adoption(c, true))),
        readHistory: () => historyRead([], async (c) => (await c.runAndReadAll(historySelect)).getRowObjectsJS().map((o) => normaliseHistory(o))),
        historyVersion: () => historyRead(0, async (c) => Number((await c.runAndReadAll(`SELECT count(*) FROM ${HISTORY}`)).getRows()[0]?.[0] ?? 0)),
        async apply(plan, family, audit) {
            seen = undefined; // the columns may change here
            const duck = await loadDuck();
            const h = await open(false);
            try {
                await h.c.run(ddl);
                await h.c.run(historyDdl);
                await checkSchema(h.c, HISTORY, history_row/* HISTORY_COLUMNS */.b4);
                await h.c.run('BEGIN TRANSACTION');
                try {
                    // DuckDB's DDL is transactional: the added columns commit with the MERGE that fills them, or not at all.
                    for (const c of plan.migrate ?? [])
                        await h.c.run(addColumnSql(c.name, c.type));
                    await adoption(h.c, false);
                    const count = async () => Number((await h.c.runAndReadAll(`SELECT count(*) FROM ${HISTORY}`)).getRows()[0]?.[0] ?? 0);
                    if (audit?.seen !== undefined && (await count()) !== audit.seen)
                        throw new history_row/* RegistryMovedError */.Zu(name);
                    await stageRows(h.c, ROWS_STAGE, ROW_STAGE_COLUMNS, (0,checks_plan/* planRows */.Lq)(plan));
                    await h.c.run(mergeSql, { family, delete: duck.listValue(plan.delete) }, { delete: duck.LIST(duck.VARCHAR) });
                    if (audit) {
                        // An empty history starts with a baseline: the registry as it was before this change.
                        const empty = (await count()) === 0;
                        const entries = [...(empty ? audit.baseline : []), ...audit.changes];
                        if (entries.length > 0) {
                            await stageRows(h.c, ENTRIES_STAGE, ENTRY_STAGE_COLUMNS, entries);
                            await h.c.run(historyInsertSql);
                        }
                    }
                    await h.c.run('COMMIT');
                }
                catch (e) {
                    await h.c.run('ROLLBACK');
                    if (e instanceof history_row/* RegistryMovedError */.Zu || e instanceof errors/* InputError */.dz)
                        throw e;
                    throw new errors/* ServiceError */._7('DuckDB', `MERGE into ${name}`, e.message, { cause: e });
                }
            }
            finally {
                close(h);
            }
        },
    };
};
const stageType = (t) => t === 'INT64' ? 'BIGINT' : t === 'FLOAT64' ? 'DOUBLE' : t === 'BOOL' ? 'BOOLEAN' : 'VARCHAR';
const ROW_STAGE_COLUMNS = row/* COLUMNS */.cZ.map(([n, t]) => [n, stageType(bindSide(t))]);
const ENTRY_STAGE_COLUMNS = written.map(([n, t]) => [n, stageType(t)]);
const normaliseHistory = (o) => Object.fromEntries(history_row/* HISTORY_COLUMNS */.b4.map(([n]) => {
    const v = o[n];
    return [n, typeof v === 'bigint' ? Number(v) : (v ?? null)];
}));


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
