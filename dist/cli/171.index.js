export const id = 171;
export const ids = [171];
export const modules = {

/***/ 43211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ blockState)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35415);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81209);
// The CLAUDE.md block compared with what the manifest renders. Pure.



const blockState = (file, bytes, markers, rendered) => {
    const r = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .findBlock */ .P_)(bytes, markers);
    if (!r.ok)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(file, r.message, { line: r.line, column: 1 });
    const current = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .blockText */ .dK)(bytes, r.block);
    const stale = current !== rendered;
    const diff = stale ? (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .createTwoFilesPatch */ .ss)(`a/${file}`, `b/${file}`, current, rendered, '', '', { context: 3 }) : '';
    return { block: r.block, current, stale, diff };
};


/***/ }),

/***/ 2171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   claudeMd: () => (/* binding */ claudeMd)
/* harmony export */ });
/* harmony import */ var _docs_block_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43211);
/* harmony import */ var _docs_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81209);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78645);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22074);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46584);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40687);
// claude-md: render the MODEL block; --check compares it, --write rewrites only between the markers.






const claudeMd = async (ctx) => {
    const doc = ctx.sources.doc;
    const action = ctx.options.claudeMdAction;
    const [parsed, bytes] = await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .inParallel */ .HN)([(0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .loadManifest */ .eY)(ctx), doc && action !== 'print' ? doc.read() : Promise.resolve(null)]);
    const family = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .familyOf */ .Ap)(ctx, parsed);
    const rendered = await (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderFor */ .E)(ctx, parsed);
    if (action === 'print' || !doc)
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `Rendered the MODEL block for ${family}`, { detail: rendered });
    if (bytes === null)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(doc.name, 'file not found; create it with the two marker lines where the block belongs');
    const state = (0,_docs_block_js__WEBPACK_IMPORTED_MODULE_0__/* .blockState */ .h)(doc.name, bytes, ctx.settings.markers, rendered);
    const location = { file: doc.name, line: state.block.beginLine, column: 1 };
    if (!state.stale)
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `${doc.name}: the MODEL block is current`);
    if (action === 'check')
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, [
            ...parsed.notices,
            {
                code: 'claude-md.stale',
                severity: 'error',
                message: `the block in ${doc.name} does not match the manifest; run claude-md --write`,
                location,
            },
        ], `${doc.name}: the MODEL block is stale`, { detail: state.diff });
    if (ctx.options.dryRun)
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `${doc.name}: the MODEL block would be rewritten (dry run, nothing written)`, {
            detail: state.diff,
        });
    await doc.write((0,_docs_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceBlock */ .sB)(bytes, state.block, rendered), bytes);
    return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `${doc.name}: rewrote the MODEL block (lines ${state.block.beginLine}-${state.block.endLine})`, { detail: state.diff });
};


/***/ }),

/***/ 46584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   HN: () => (/* binding */ inParallel),
/* harmony export */   eY: () => (/* binding */ loadManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _manifest_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40347);


const loadManifest = async (ctx) => {
    const { bytes, generation } = await ctx.sources.manifest.load();
    if (generation !== undefined)
        ctx.log(`read ${ctx.sources.manifest.name} generation ${generation}`);
    const parsed = { ...(0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(ctx.sources.manifest.name, bytes), ...(generation === undefined ? {} : { generation }) };
    const want = ctx.settings.name;
    if (want !== undefined && want !== parsed.manifest.family)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(parsed.file, `family is "${parsed.manifest.family}" but the config names "${want}"`, {
            ...parsed.source.locate(['family']),
            path: '$.family',
        });
    return parsed;
};
/**
 * Run independent reads at once (drift is one wave of reads). When several fail,
 * the earliest-listed failure wins, so a bad manifest is reported before a service error.
 */
const inParallel = async (tasks) => {
    const settled = await Promise.allSettled(tasks);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((s) => s.value);
};
const familyOf = (ctx, parsed) => ctx.settings.name ?? parsed.manifest.family;


/***/ }),

/***/ 40687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _docs_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78645);
// Render the block for a family, with its user template when one is configured.



const renderFor = async (ctx, parsed) => {
    const { template, markers, title } = ctx.settings;
    const text = template && ctx.readTemplate ? await ctx.readTemplate(template) : undefined;
    try {
        return (0,_docs_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderBlock */ .g8)(parsed.manifest, markers, {
            manifestName: stableName(parsed.file),
            ...(title ? { title } : {}),
            ...(text === undefined ? {} : { template: text }),
        });
    }
    catch (e) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(template ?? 'template', `cannot render the block: ${e.message}`);
    }
};
// The block is committed, so it must not carry a machine's absolute path: repo-relative, else the basename.
const stableName = (file) => {
    if (file.startsWith('gs://') || !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file))
        return file;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), file);
    return rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file) : rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
};


/***/ })

};
