export const id = 375;
export const ids = [375];
export const modules = {

/***/ 18375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   duckdbRegistry: () => (/* binding */ duckdbRegistry)
/* harmony export */ });
/* unused harmony export TABLE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11174);
// The embedded local registry: a DuckDB file. Loaded lazily (native binary, never bundled).



const TABLE = 'model_registry';
const DUCK_TYPES = {
    STRING: 'VARCHAR',
    INT64: 'BIGINT',
    FLOAT64: 'DOUBLE',
    BOOL: 'BOOLEAN',
    DATE: 'DATE',
    TIMESTAMP: 'TIMESTAMP',
};
const ddl = `CREATE TABLE IF NOT EXISTS ${TABLE} (${_row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.map(([n, t, req]) => `${n} ${DUCK_TYPES[t]}${req ? ' NOT NULL' : ''}${n === 'model_id' ? ' PRIMARY KEY' : ''}`).join(', ')})`;
// Dates and timestamps read back as the same canonical strings the row mapping produces.
const selectList = _row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.map(([n, t]) => t === 'DATE' ? `strftime(${n}, '%Y-%m-%d') AS ${n}` : t === 'TIMESTAMP' ? `strftime(${n}, '%Y-%m-%dT%H:%M:%S.%gZ') AS ${n}` : n).join(', ');
// Strings stay strings in the parameter; casts happen in SQL, so values never enter the SQL text.
const bindSide = (t) => (t === 'DATE' || t === 'TIMESTAMP' ? 'STRING' : t);
const srcExpr = (n, t) => (t === 'DATE' || t === 'TIMESTAMP' ? `CAST(s.${n} AS ${DUCK_TYPES[t]})` : `s.${n}`);
const mergeSql = `MERGE INTO ${TABLE} AS t
USING (SELECT unnest($rows, recursive := true)) AS s
ON t.model_id = s.model_id
WHEN MATCHED AND (${_row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.map(([n, t]) => `t.${n} IS DISTINCT FROM ${srcExpr(n, t)}`).join(' OR ')})
  THEN UPDATE SET ${_row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.filter(([n]) => n !== 'model_id')
    .map(([n, t]) => `${n} = ${srcExpr(n, t)}`)
    .join(', ')}
WHEN NOT MATCHED BY TARGET
  THEN INSERT (${_row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.map(([n]) => n).join(', ')}) VALUES (${_row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.map(([n, t]) => srcExpr(n, t)).join(', ')})
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
const duckdbRegistry = (path) => {
    const name = `${path}#${TABLE}`;
    const open = async (readOnly) => {
        const duck = await loadDuck();
        try {
            const db = await duck.DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
            return { db, c: await db.connect() };
        }
        catch (e) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, `cannot open as a DuckDB registry: ${e.message.replace(/^IO Error: /, '')}`);
        }
    };
    const close = ({ db, c }) => {
        c.closeSync();
        db.closeSync();
    };
    const checkSchema = async (c) => {
        const r = await c.runAndReadAll(`SELECT column_name FROM information_schema.columns WHERE table_name = $t`, { t: TABLE });
        const have = new Set(r.getRows().map((row) => String(row[0])));
        if (have.size === 0)
            return false;
        const missing = _row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.map(([n]) => n).filter((n) => !have.has(n));
        if (missing.length > 0)
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(path, `table ${TABLE} has no column ${missing.join(', ')}; it does not have the registry schema`);
        return true;
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
        async apply(plan, family) {
            const duck = await loadDuck();
            const h = await open(false);
            try {
                await h.c.run(ddl);
                await checkSchema(h.c);
                const rowType = duck.LIST(duck.STRUCT(Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.map(([n, t]) => [n, duckType(duck, bindSide(t))]))));
                const rows = duck.listValue([...plan.insert, ...plan.update.map((u) => u.row)].map((r) => duck.structValue(r)));
                await h.c.run('BEGIN TRANSACTION');
                try {
                    await h.c.run(mergeSql, { rows, family, delete: duck.listValue(plan.delete) }, { rows: rowType, delete: duck.LIST(duck.VARCHAR) });
                    await h.c.run('COMMIT');
                }
                catch (e) {
                    await h.c.run('ROLLBACK');
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
// BIGINT reads back as bigint; the row contract uses numbers.
const normalise = (o) => Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_2__/* .COLUMNS */ .cZ.map(([n]) => [n, typeof o[n] === 'bigint' ? Number(o[n]) : (o[n] ?? null)]));


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


/***/ })

};
