export const id = 164;
export const ids = [164];
export const modules = {

/***/ 48783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   history: () => (/* binding */ history)
/* harmony export */ });
/* harmony import */ var _checks_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37364);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22074);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92426);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46584);
// history: the registry's audit trail, newest first; with --at, which model was production at that instant.





/** A value from the history table or a flag, in the one-line summary: no newline, no control character. */
const oneLine = (s) => (0,_util_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g)(s.replace(/[\r\n\u2028\u2029]/g, ' '));
const history = async (ctx) => {
    const given = ctx.options.at;
    const at = given === undefined ? undefined : (0,_checks_history_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(given);
    if (at === null)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at('arguments', `--at ${given} is not a timestamp: use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.ffffff][Z|\u00b1HH:MM]`);
    const registry = ctx.sources.registry;
    if (!registry)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(ctx.settings.origin, 'history needs a registry (--registry duckdb:PATH or bigquery:PROJECT.DATASET.TABLE)');
    const [parsed, rows] = await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .inParallel */ .HN)([(0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .loadManifest */ .eY)(ctx), registry.readHistory()]);
    const family = parsed.manifest.family;
    const model = ctx.options.model;
    const entries = (0,_checks_history_js__WEBPACK_IMPORTED_MODULE_0__/* .historyOf */ .om)(rows, family, { model, at });
    const production = at === undefined ? null : (0,_checks_history_js__WEBPACK_IMPORTED_MODULE_0__/* .productionAt */ .B7)(rows, family, at);
    const of = model === undefined ? '' : ` of ${oneLine(model)}`;
    const summary = production
        ? production.model_id === null
            ? `At ${production.at} no model was production${production.history_starts === null || production.history_starts > production.at ? ` (the history starts ${production.history_starts ?? 'at the first sync'})` : ''}`
            : // The id comes from the history table, not a validated manifest: no control character reaches a log line.
                `At ${production.at} the production model was ${oneLine(production.model_id)}, ${production.since_baseline ? 'at least ' : ''}since ${production.since}`
        : entries.length === 0
            ? `No history${of} yet in ${registry.name}: it starts at the next sync that changes the registry`
            : `${entries.length} change(s)${of} in ${registry.name}, newest first`;
    return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_2__/* .makeReport */ .dO)('history', (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .familyOf */ .Ap)(ctx, parsed), [], summary, { history: { at: at ?? null, production, entries } });
};


/***/ })

};
