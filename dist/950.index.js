export const id = 950;
export const ids = [950];
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

/***/ 48950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bigqueryRegistry: () => (/* binding */ bigqueryRegistry)
/* harmony export */ });
/* unused harmony exports BATCH_BYTES, MAX_BYTES_BILLED, syncScript, stageSql, historySelectSql, mergeSql, selectSql, addColumnsSql, batches, microsIso */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _google_cloud_bigquery__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53920);
/* harmony import */ var _checks_migration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21968);
/* harmony import */ var _checks_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38485);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78645);
/* harmony import */ var _util_google_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77814);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16771);
/* harmony import */ var _util_shared_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35160);
/* harmony import */ var _bigquery_address_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92103);
/* harmony import */ var _history_row_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26703);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(40111);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(11174);
// The production registry: a BigQuery table. Reading is one query; sync is ONE multi-statement transaction (one query
// job): the parameterized MERGE (USING UNNEST(@rows) with explicit types) and the history INSERTs, committed together
// — no manifest value ever enters SQL text.












// Limits, from the BigQuery quotas page ("Query jobs"): a request is at most 10 MB and the resolved query
// 12 MB. Rows go in the request as parameters: up to 8 MB (room to spare) they ride with the sync's one script;
// beyond, they are staged in batches of at most 8 MB and the one script reads them from the staging tables.
const BATCH_BYTES = 8 * 1024 * 1024;
const MAX_BYTES_BILLED = String(1024 ** 3);
const PARAM_TYPES = {
    STRING: 'STRING',
    INT64: 'INT64',
    FLOAT64: 'FLOAT64',
    BOOL: 'BOOL',
    DATE: 'DATE',
    TIMESTAMP: 'TIMESTAMP',
    // JSON travels as its canonical text and is parsed in SQL (PARSE_JSON): JSON values cannot be compared or
    // DISTINCTed in BigQuery, text can.
    JSON: 'STRING',
};
// tables.get reports legacy names (INTEGER, FLOAT, BOOLEAN) for tables made by DDL or the API alike.
const ACCEPTED = {
    STRING: ['STRING'],
    INT64: ['INTEGER', 'INT64'],
    FLOAT64: ['FLOAT', 'FLOAT64'],
    BOOL: ['BOOLEAN', 'BOOL'],
    DATE: ['DATE'],
    TIMESTAMP: ['TIMESTAMP'],
    JSON: ['JSON'],
};
const DIALECT = { types: ACCEPTED, required: 'REQUIRED' };
const ROW_TYPE = Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.map(([n, t]) => [n, PARAM_TYPES[t]]));
const SCHEMA = _row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.map(([name, type, required]) => ({ name, type, mode: required ? 'REQUIRED' : 'NULLABLE' }));
// A staging table holds the rows as bound: the JSON column as its text.
const STAGE_SCHEMA = SCHEMA.map((f) => (f.type === 'JSON' ? { ...f, type: 'STRING' } : f));
const HISTORY_SCHEMA = _history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .HISTORY_COLUMNS */ .b4.map(([name, type, required]) => ({ name, type, mode: required ? 'REQUIRED' : 'NULLABLE' }));
const WRITTEN = _history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .HISTORY_COLUMNS */ .b4.filter(([n]) => n !== 'changed_at');
const ENTRY_TYPE = Object.fromEntries(WRITTEN.map(([n, t]) => [n, PARAM_TYPES[t]]));
// changed_at is CURRENT_TIMESTAMP(): inside a transaction BigQuery gives every statement the transaction's start time.
// One statement, so its conditions all see the history as it was before it: baseline rows only into an empty
// history; nothing when this sync's rows are there already (a retried script whose first answer was lost).
const historyInsert = (history, source, guard) => `INSERT INTO \`${history}\` (${_history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .HISTORY_COLUMNS */ .b4.map(([n]) => n).join(', ')})
SELECT CURRENT_TIMESTAMP(), ${WRITTEN.map(([n]) => `e.${n}`).join(', ')} FROM ${source} AS e
WHERE (e.change <> 'baseline' OR NOT EXISTS (SELECT 1 FROM \`${history}\`))${guard ? ` AND NOT ${ours(history)}` : ''}`;
const ours = (history) => `EXISTS (SELECT 1 FROM \`${history}\` WHERE sync_id = @sync_id)`;
/**
 * The whole sync as one script and one transaction: the MERGE, the baseline rows (only while the history is empty,
 * decided inside the transaction), the change rows. Any failure rolls all of it back.
 */
const syncScript = (table, history, from = { rows: 'params' }, guard = false) => {
    const staged = from.rows !== 'params' && 'entries' in from;
    return [
        'BEGIN TRANSACTION',
        // A staged batch that was retried after a lost answer is there twice, identically: DISTINCT keeps one.
        // A retry of a script that committed (this sync's rows are in the history) merges nothing: another sync may have
        // committed since, and this plan's rows would put its stale values back over that sync's.
        mergeSql(table, `${staged ? `SELECT DISTINCT * FROM \`${from.rows}\`` : 'SELECT * FROM UNNEST(@rows)'}${guard ? ` WHERE NOT ${ours(history)}` : ''}`, guard ? `NOT ${ours(history)}` : undefined),
        // The plan was made against a history of @seen rows; if another sync appended since, all of this rolls back
        // (see Audit.seen). After the MERGE, which leaves the history alone, so the script still leads with its MERGE.
        // (This sync's own rows being there means it is a retry of a script that committed: nothing more to do.)
        ...(guard ? [`ASSERT (SELECT COUNT(*) FROM \`${history}\`) = @seen OR ${ours(history)} AS '${_history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .MOVED_MARKER */ .Hc}'`] : []),
        historyInsert(history, staged ? `(SELECT DISTINCT * FROM \`${from.entries}\`)` : 'UNNEST(@entries)', guard),
        'COMMIT TRANSACTION',
    ]
        .join(';\n')
        .concat(';');
};
/** One batch into a staging table. */
const stageSql = (stage, columns) => `INSERT INTO \`${stage}\` (${columns.join(', ')})\nSELECT ${columns.join(', ')} FROM UNNEST(@rows)`;
const historySelectSql = (history) => `SELECT ${_history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .HISTORY_COLUMNS */ .b4.map(([n]) => `${n} AS ${n}`).join(', ')} FROM \`${history}\` ORDER BY changed_at, sync_id, seq`;
// The source's JSON column is text: parsed where it is stored, compared as BigQuery's own serialization of both sides.
// 'round': a metric like 1.2345678901234567e+25 (JS's shortest spelling of a double) is no exact decimal, which the
// default mode ('exact') refuses; rounding stores the same double the manifest parsed.
const src = (n, t) => (t === 'JSON' ? `PARSE_JSON(s.${n}, wide_number_mode => 'round')` : `s.${n}`);
const differs = (n, t) => t === 'JSON' ? `TO_JSON_STRING(t.${n}) IS DISTINCT FROM TO_JSON_STRING(${src(n, t)})` : `t.${n} IS DISTINCT FROM s.${n}`;
const mergeSql = (table, source = 'SELECT * FROM UNNEST(@rows)', deleteWhen) => `MERGE \`${table}\` AS t
USING (${source}) AS s
ON t.model_id = s.model_id
WHEN MATCHED AND (${_row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.filter(([n]) => n !== 'model_id')
    .map(([n, t]) => differs(n, t))
    .join(' OR ')})
  THEN UPDATE SET ${_row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.filter(([n]) => n !== 'model_id')
    .map(([n, t]) => `${n} = ${src(n, t)}`)
    .join(', ')}
WHEN NOT MATCHED BY TARGET
  THEN INSERT (${_row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.map(([n]) => n).join(', ')}) VALUES (${_row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.map(([n, t]) => src(n, t)).join(', ')})
WHEN NOT MATCHED BY SOURCE AND t.family = @family AND t.model_id IN UNNEST(@delete)${deleteWhen ? ` AND ${deleteWhen}` : ''}
  THEN DELETE`;
/**
 * The registry read; a column the table lacks (sync --migrate adds it) reads as NULL, JSON as its text. Every column
 * under our alias: a table may spell a column `Status`, and a result column is named as the query (or table) spells it.
 */
const selectSql = (table, present = () => true) => `SELECT ${_row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.map(([n, t]) => `${!present(n) ? 'NULL' : t === 'JSON' ? `TO_JSON_STRING(${n})` : n} AS ${n}`).join(', ')} FROM \`${table}\` ORDER BY model_id`;
/**
 * One statement adding every missing column; identifiers come from COLUMNS, never from input. IF NOT EXISTS: a
 * concurrent adopter that added one first is no failure. Nullable: a column added to a table with rows has no value.
 */
const addColumnsSql = (table, add) => `ALTER TABLE \`${table}\` ${add.map((c) => `ADD COLUMN IF NOT EXISTS ${c.name} ${c.type}`).join(', ')}`;
/** Split rows so each statement's parameters stay under the request limit. */
const batches = (rows, limit = BATCH_BYTES) => {
    const out = [[]];
    let size = 0;
    for (const r of rows) {
        const n = Buffer.byteLength(JSON.stringify(r)) * 2; // the typed wire form is about twice the JSON
        if (size + n > limit && (out.at(-1)?.length ?? 0) > 0) {
            out.push([]);
            size = 0;
        }
        out.at(-1)?.push(r);
        size += n;
    }
    return out;
};
const status = (e) => e.code;
const reasonOf = (e) => (e.errors?.[0]?.reason ?? '');
const transient = (e) => {
    const msg = e.message ?? '';
    const code = status(e);
    return (/concurrent update|could not serialize access/i.test(msg) ||
        (code !== undefined && (code === 408 || code === 429 || code >= 500)) ||
        ['backendError', 'rateLimitExceeded', 'userRateLimitExceeded', 'internalError'].includes(reasonOf(e)) ||
        /ECONNRESET|socket hang up|ETIMEDOUT/.test(msg) ||
        // A body cut off mid-way ("Invalid response body … aborted") or a request timed out says so only in its code.
        (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .isNetworkFailure */ .NQ)(e));
};
/** Staging tables of a big sync expire on their own after a day, so a killed run leaves nothing for long. */
const STAGING_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * One client per project, location and token for the whole run, shared by every family's registry: each client
 * would otherwise make its own credentials object (with Application Default Credentials, its own lookup and token).
 */
const clientFor = (project, location) => {
    const key = JSON.stringify([
        'bigquery',
        project,
        location ?? '',
        process.env.BIGQUERY_EMULATOR_HOST ?? '',
        process.env.GOOGLE_OAUTH_ACCESS_TOKEN ?? '',
    ]);
    return (0,_util_shared_js__WEBPACK_IMPORTED_MODULE_7__/* .runWide */ .j)(key, () => new _google_cloud_bigquery__WEBPACK_IMPORTED_MODULE_1__.BigQuery({ projectId: project, ...(location ? { location } : {}), retryOptions: { autoRetry: false }, ...(0,_util_google_js__WEBPACK_IMPORTED_MODULE_5__/* .tokenAuth */ .o)() }));
};
const bigqueryRegistry = (address, opts) => {
    // MODEL_GOVERNANCE_BATCH_BYTES: tests make a small sync take the staged path in a real process; the product never sets it.
    const batchBytes = opts.batchBytes ?? (Number(process.env.MODEL_GOVERNANCE_BATCH_BYTES) || BATCH_BYTES);
    const { project, dataset, tableId } = (0,_bigquery_address_js__WEBPACK_IMPORTED_MODULE_8__/* .parseBigQueryAddress */ .I)(address);
    const table = `${project}.${dataset}.${tableId}`;
    (0,_util_google_js__WEBPACK_IMPORTED_MODULE_5__/* .httpIdleTimeout */ .Q)();
    // The client's own retries are off (as for Cloud Storage and Cloud Run): withRetry is the one policy, so a lasting
    // failure costs DEFAULT_RETRY.attempts requests, not four times as many, each behind the library's second-long waits.
    // `transient` covers what the library retried (408, 429, 5xx, the rate-limit reasons, dropped connections).
    const bq = clientFor(project, opts.location);
    const ref = bq.dataset(dataset).table(tableId);
    const historyId = (0,_history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .historyTableOf */ .ac)(tableId);
    const history = `${project}.${dataset}.${historyId}`;
    const historyRef = bq.dataset(dataset).table(historyId);
    const fail = (operation, e) => {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7)
            throw e;
        const code = status(e);
        const msg = e.message ?? String(e);
        const detail = code === 403
            ? `${msg} (the identity needs ${/^(MERGE|INSERT|ALTER|tables\.insert)/.test(operation) ? 'roles/bigquery.dataEditor' : 'roles/bigquery.dataViewer'} and roles/bigquery.jobUser)`
            : msg;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7('BigQuery', `${operation} ${table}`, detail, { cause: e });
    };
    /** The table's columns (type, mode, default), or null when it does not exist. */
    const columns = async (which = ref) => {
        try {
            const [meta] = await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .withRetry */ .bD)(() => which.getMetadata(), transient);
            const fields = meta.schema?.fields ?? [];
            return new Map(fields.map((f) => [f.name, tableColumn(f)]));
        }
        catch (e) {
            if (status(e) === 404)
                return null;
            return fail('tables.get', e);
        }
    };
    /** What adopting the table takes; without `migrate`, missing columns are bad input naming --migrate. */
    const adoption = (have, migrate) => {
        const m = (0,_checks_migration_js__WEBPACK_IMPORTED_MODULE_2__/* .planMigration */ .Eu)(`bigquery:${table}`, tableId, have, DIALECT);
        if (m.add.length > 0 && !migrate)
            throw (0,_checks_migration_js__WEBPACK_IMPORTED_MODULE_2__/* .missingColumns */ .Q6)(`bigquery:${table}`, tableId, m.add);
        return m;
    };
    const checkHistoryColumns = (have) => {
        const missing = (0,_checks_migration_js__WEBPACK_IMPORTED_MODULE_2__/* .missingNames */ .JA)(have.keys(), _history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .HISTORY_COLUMNS */ .b4.map(([n]) => n));
        if (missing.length)
            throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.at(`bigquery:${history}`, `has no column ${missing.join(', ')}; it does not have the history schema`);
    };
    const query = (sql, params, types, mode) => (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .withRetry */ .bD)(() => bq.query({
        query: sql,
        params,
        types,
        parameterMode: 'named',
        useLegacySql: false,
        maximumBytesBilled: MAX_BYTES_BILLED,
        labels: { tool: 'model-governance', mode },
        wrapIntegers: false,
        ...(opts.location ? { location: opts.location } : {}),
    }), transient);
    // The columns read() saw: apply() then skips its own tables.get, one round trip off the sync's critical path.
    let seen;
    let seenHistory;
    return {
        name: tableId,
        async read(o = {}) {
            const [have, rows] = await Promise.all([columns(), query(selectSql(table), {}, {}, 'read').catch((e) => e)]);
            seen = have;
            if (have === null) {
                if (opts.createTable)
                    return [];
                throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.at(`bigquery:${table}`, 'table not found; create it with --create-table');
            }
            // A table still to be migrated: read again, the columns it lacks as NULL (only under --migrate).
            const { add } = adoption(have, o.migrate ?? false);
            if (add.length > 0) {
                const lacks = new Set(add.map((c) => c.name));
                const [again] = await query(selectSql(table, (n) => !lacks.has(n)), {}, {}, 'read').catch((e) => fail('query', e));
                return again.map(toRow);
            }
            if (rows instanceof Error)
                return fail('query', rows);
            return rows[0].map(toRow);
        },
        async migration() {
            const have = seen ?? (await columns());
            return have ? adoption(have, true) : null;
        },
        async readHistory() {
            const have = await columns(historyRef);
            if (have === null)
                return [];
            checkHistoryColumns(have);
            const [rows] = await query(historySelectSql(history), {}, {}, 'history').catch((e) => fail('query', e));
            return rows.map(toHistoryRow);
        },
        async historyVersion() {
            // The count and the schema check in one round trip; a missing table fails the count, and counts as 0.
            const [have, counted] = await Promise.all([
                columns(historyRef),
                query(`SELECT COUNT(*) AS n FROM \`${history}\``, {}, {}, 'read').catch((e) => e),
            ]);
            // apply() reuses what this saw, as it does the registry's columns.
            seenHistory = Promise.resolve(have);
            if (have === null)
                return 0;
            checkHistoryColumns(have);
            if (counted instanceof Error)
                return fail('query', counted);
            return Number(counted[0][0]?.n ?? 0);
        },
        async apply(plan, family, audit = { baseline: [], changes: [] }) {
            const [have, haveHistory] = await Promise.all([seen ?? columns(), seenHistory ?? columns(historyRef)]);
            if (have === null) {
                if (!opts.createTable)
                    throw _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.at(`bigquery:${table}`, 'table not found; create it with --create-table');
                await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .withRetry */ .bD)(() => ref.create({ schema: { fields: SCHEMA } }), transient).catch((e) => status(e) === 409 ? undefined : fail('tables.insert', e));
            }
            else {
                // sync --migrate: the columns first, as their own job (DDL on a permanent table cannot run inside the
                // sync's transaction); ADD COLUMN is additive and IF NOT EXISTS, so a MERGE that fails after it leaves a
                // table that still reads as before, and the next run finds nothing left to add.
                // The table is checked first: a column the sync cannot write is refused before the ALTER commits.
                const add = plan.migrate ?? [];
                adoption(have, true);
                if (add.length > 0)
                    await query(addColumnsSql(table, add), {}, {}, 'migrate').catch((e) => fail('ALTER TABLE', e));
                adoption(new Map([...have, ...add.map((c) => [c.name, { type: c.type, mode: 'NULLABLE', hasDefault: false }])]), false);
            }
            // The history starts with the first sync that finds no history table: created here (DDL on a permanent table
            // cannot run inside a transaction), filled inside the sync's transaction.
            if (haveHistory === null)
                await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .withRetry */ .bD)(() => historyRef.create({ schema: { fields: HISTORY_SCHEMA } }), transient).catch((e) => status(e) === 409 ? undefined : fail('tables.insert', e));
            else
                checkHistoryColumns(haveHistory);
            const rows = Array.from((0,_checks_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planRows */ .Lq)(plan), toParam);
            const entries = [...audit.baseline, ...audit.changes].map(toEntryParam);
            const syncId = audit.changes[0]?.sync_id;
            const guard = audit.seen !== undefined && syncId !== undefined;
            const apply = (sql, params, types) => query(sql, { family, delete: plan.delete, ...(guard ? { seen: audit.seen, sync_id: syncId } : {}), ...params }, { family: 'STRING', delete: ['STRING'], ...(guard ? { seen: 'INT64', sync_id: 'STRING' } : {}), ...types }, 'sync').catch((e) => {
                if (String(e.message).includes(_history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .MOVED_MARKER */ .Hc))
                    throw new _history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .RegistryMovedError */ .Zu(table);
                return fail('MERGE into', e);
            });
            // The common case: everything fits in one request, so the rows travel as parameters of the one script.
            if (batches([...rows, ...entries], batchBytes).length === 1)
                return void (await apply(syncScript(table, history, { rows: 'params' }, guard), { rows, entries }, { rows: [ROW_TYPE], entries: [ENTRY_TYPE] }));
            await staged(rows, entries, async (from) => void (await apply(syncScript(table, history, from, guard), {}, {})));
        },
    };
    /**
     * A sync too big for one request (10 MB) still commits as ONE transaction: its rows are first loaded into two
     * staging tables, batch by batch, then the script MERGEs from them. A failure or a kill before the script leaves the
     * registry and history untouched (only the staging tables, which expire after a day); the next run stages afresh.
     */
    async function staged(rows, entries, commit) {
        const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
        const stages = [
            { id: `${tableId}_staging_${suffix}`, fields: STAGE_SCHEMA, rows, type: ROW_TYPE },
            {
                id: `${historyId}_staging_${suffix}`,
                fields: HISTORY_SCHEMA.filter((f) => f.name !== 'changed_at'),
                rows: entries,
                type: ENTRY_TYPE,
            },
        ];
        const refs = stages.map((st) => bq.dataset(dataset).table(st.id));
        try {
            await Promise.all(stages.map((st, i) => (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .withRetry */ .bD)(() => refs[i].create({
                schema: { fields: st.fields },
                expirationTime: String(Date.now() + STAGING_TTL_MS),
                labels: { tool: 'model-governance', purpose: 'staging' },
            }), transient).catch((e) => (status(e) === 409 ? undefined : fail('tables.insert', e)))));
            for (const st of stages)
                for (const part of batches(st.rows, batchBytes))
                    if (part.length > 0)
                        await query(stageSql(`${project}.${dataset}.${st.id}`, st.fields.map((f) => f.name)), { rows: part }, { rows: [st.type] }, 'sync-stage').catch((e) => fail('INSERT into staging', e));
            await commit({ rows: `${project}.${dataset}.${stages[0].id}`, entries: `${project}.${dataset}.${stages[1].id}` });
        }
        finally {
            // Best effort: a staging table left behind (a kill, a failed delete) expires on its own.
            await Promise.all(refs.map((r) => r.delete().catch(() => undefined)));
        }
    }
};
// tables.get leaves mode out for NULLABLE; a default value expression fills a column an INSERT leaves out.
const tableColumn = (f) => {
    const mode = String(f.mode ?? 'NULLABLE').toUpperCase();
    return {
        type: String(f.type ?? '').toUpperCase(),
        mode: mode === 'REQUIRED' || mode === 'REPEATED' ? mode : 'NULLABLE',
        hasDefault: f.defaultValueExpression !== undefined,
    };
};
// The client sends a plain string typed DATE or TIMESTAMP as NULL; it must be wrapped.
const toParam = (r) => Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.map(([n, t]) => {
    const v = r[n];
    if (v === null)
        return [n, null];
    return [n, t === 'DATE' ? _google_cloud_bigquery__WEBPACK_IMPORTED_MODULE_1__.BigQuery.date(String(v)) : t === 'TIMESTAMP' ? _google_cloud_bigquery__WEBPACK_IMPORTED_MODULE_1__.BigQuery.timestamp(String(v)) : v];
}));
const toEntryParam = (e) => Object.fromEntries(WRITTEN.map(([n]) => [n, e[n]]));
const plain = (v) => (v !== null && typeof v === 'object' && 'value' in v ? v.value : v);
// The client returns DATE/TIMESTAMP wrapped; the row contract uses canonical strings.
const toRow = (r) => Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_11__/* .COLUMNS */ .cZ.map(([n, t]) => {
    const v = plain(r[n]) ?? null;
    if (v === null)
        return [n, null];
    if (t === 'TIMESTAMP')
        return [n, new Date(String(v)).toISOString()];
    if (t === 'INT64' || t === 'FLOAT64')
        return [n, Number(v)];
    if (t === 'JSON')
        return [n, (0,_metrics_js__WEBPACK_IMPORTED_MODULE_10__/* .canonicalFromStore */ .Mg)(v)];
    return [n, v];
}));
const toHistoryRow = (r) => Object.fromEntries(_history_row_js__WEBPACK_IMPORTED_MODULE_9__/* .HISTORY_COLUMNS */ .b4.map(([n, t]) => {
    const v = plain(r[n]) ?? null;
    if (v === null)
        return [n, null];
    if (t === 'TIMESTAMP')
        return [n, microsIso(String(v))];
    if (t === 'INT64')
        return [n, Number(v)];
    return [n, v];
}));
/** A timestamp as the client returns it, in the history's canonical form: ISO UTC with six fractional digits. */
const microsIso = (v) => {
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(?:Z|\+00:?00)?$/.exec(v);
    if (m)
        return `${m[1]}T${m[2]}.${(`${m[3] ?? ''}000000`).slice(0, 6)}Z`;
    const d = new Date(v);
    return `${d.toISOString().slice(0, 19)}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000Z`;
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


/***/ })

};
