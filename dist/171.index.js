export const id = 171;
export const ids = [171];
export const modules = {

/***/ 2171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   claudeMd: () => (/* binding */ claudeMd)
/* harmony export */ });
/* harmony import */ var _docs_block_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34337);
/* harmony import */ var _docs_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81209);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78645);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22074);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46584);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9009);
// claude-md: render the MODEL block; --check compares it, --write rewrites only between the markers.






const claudeMd = async (ctx) => {
    const doc = ctx.sources.doc;
    const action = ctx.options.claudeMdAction;
    const [parsed, bytes] = await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .inParallel */ .HN)([(0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .loadManifest */ .eY)(ctx), doc && action !== 'print' ? doc.read() : Promise.resolve(null)]);
    const family = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .familyOf */ .Ap)(ctx, parsed);
    const rendered = await (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderFor */ .E)(ctx, parsed);
    if (action === 'print' || !doc)
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `Rendered the MODEL block for ${family}`, {
            detail: rendered,
            block: { rendered, diff: null },
        });
    if (bytes === null)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz.at(doc.name, 'file not found; create it with the two marker lines where the block belongs');
    const adopt = ctx.options.adoptSection;
    const adopted = adopt === undefined ? undefined : (0,_docs_block_js__WEBPACK_IMPORTED_MODULE_0__/* .adoption */ .hY)(doc.name, bytes, ctx.settings.markers, adopt, rendered);
    if (adopted) {
        const block = { rendered, diff: adopted.diff };
        const what = `the section at line ${adopted.headingLine}`;
        if (action === 'check')
            return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, [
                ...parsed.notices,
                {
                    code: 'claude-md.stale',
                    severity: 'error',
                    message: `${doc.name} has no markers yet; ${what} is adopted by claude-md --write --adopt-section (in the action: report pr)`,
                    location: { file: doc.name, line: adopted.headingLine, column: 1 },
                    content: adopted.digest,
                },
            ], `${doc.name}: ${what} is not adopted yet`, { detail: adopted.diff, block });
        if (ctx.options.dryRun)
            return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `${doc.name}: ${what} would be adopted (dry run, nothing written)`, {
                detail: adopted.diff,
                block,
            });
        await doc.write(adopted.bytes, bytes);
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `${doc.name}: adopted ${what}; the MODEL block is at lines ${adopted.beginLine}-${adopted.endLine}`, { detail: adopted.diff, block });
    }
    const state = (0,_docs_block_js__WEBPACK_IMPORTED_MODULE_0__/* .blockState */ .hL)(doc.name, bytes, ctx.settings.markers, rendered);
    const block = { rendered, diff: state.stale ? state.diff : null };
    const location = { file: doc.name, line: state.block.beginLine, column: 1 };
    if (!state.stale)
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `${doc.name}: the MODEL block is current`, { block });
    if (action === 'check')
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, [
            ...parsed.notices,
            {
                code: 'claude-md.stale',
                severity: 'error',
                message: `the block in ${doc.name} does not match the manifest; run claude-md --write`,
                location,
                content: state.digest,
            },
        ], `${doc.name}: the MODEL block is stale`, { detail: state.diff, block });
    if (ctx.options.dryRun)
        return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `${doc.name}: the MODEL block would be rewritten (dry run, nothing written)`, {
            detail: state.diff,
            block,
        });
    await doc.write((0,_docs_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceBlock */ .sB)(bytes, state.block, rendered), bytes);
    return (0,_report_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeReport */ .dO)('claude-md', family, parsed.notices, `${doc.name}: rewrote the MODEL block (lines ${state.block.beginLine}-${state.block.endLine})`, { detail: state.diff, block });
};


/***/ })

};
