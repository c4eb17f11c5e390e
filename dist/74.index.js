export const id = 74;
export const ids = [74];
export const modules = {

/***/ 44074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  claudeMd: () => (/* binding */ claudeMd)
});

// EXTERNAL MODULE: ./docs/block.js + 1 modules
var block = __webpack_require__(34337);
// EXTERNAL MODULE: ./docs/markers.js
var docs_markers = __webpack_require__(81209);
;// CONCATENATED MODULE: ./docs/rewrite.js
// What claude-md would do to the file, whichever way it gets there: rewrite the block between the markers, or
// adopt a hand-written section (--adopt-section) into new markers. The mode then checks, shows or writes it alike.


const rewriteOf = (file, bytes, markers, rendered, adoptSection) => {
    const adopted = adoptSection === undefined ? undefined : (0,block/* adoption */.h)(file, bytes, markers, adoptSection, rendered);
    if (adopted) {
        const what = `the section at line ${adopted.headingLine}`;
        return {
            bytes: adopted.bytes,
            diff: adopted.diff,
            digest: adopted.digest,
            line: adopted.headingLine,
            stale: `${file} has no markers yet; ${what} is adopted by claude-md --write --adopt-section (in the action: report pr)`,
            checked: `${file}: ${what} is not adopted yet`,
            planned: `${file}: ${what} would be adopted (dry run, nothing written)`,
            written: `${file}: adopted ${what}; the MODEL block is at lines ${adopted.beginLine}-${adopted.endLine}`,
        };
    }
    const state = (0,block/* blockState */.A)(file, bytes, markers, rendered);
    return {
        bytes: state.stale ? (0,docs_markers/* replaceBlock */.sB)(bytes, state.block, rendered) : null,
        diff: state.stale ? state.diff : '',
        digest: state.digest,
        line: state.block.beginLine,
        stale: `the block in ${file} does not match the manifest; run claude-md --write`,
        checked: state.stale ? `${file}: the MODEL block is stale` : `${file}: the MODEL block is current`,
        planned: `${file}: the MODEL block would be rewritten (dry run, nothing written)`,
        written: `${file}: rewrote the MODEL block (lines ${state.block.beginLine}-${state.block.endLine})`,
    };
};

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: ./modes/context.js
var context = __webpack_require__(46584);
// EXTERNAL MODULE: ./modes/render.js + 1 modules
var render = __webpack_require__(9009);
;// CONCATENATED MODULE: ./modes/claude-md.js
// claude-md: render the MODEL block; --check compares it, --write rewrites only between the markers (or adopts a
// hand-written section into new ones, --adopt-section).





const claudeMd = async (ctx) => {
    const doc = ctx.sources.doc;
    const action = ctx.options.claudeMdAction;
    const [parsed, bytes] = await (0,context/* inParallel */.HN)([(0,context/* loadManifest */.eY)(ctx), doc && action !== 'print' ? doc.read() : Promise.resolve(null)]);
    const family = (0,context/* familyOf */.Ap)(ctx, parsed);
    const rendered = await (0,render/* renderFor */.E)(ctx, parsed);
    if (action === 'print' || !doc)
        return (0,types/* makeReport */.dO)('claude-md', family, parsed.notices, `Rendered the MODEL block for ${family}`, {
            detail: rendered,
            block: { rendered, diff: null },
        });
    if (bytes === null)
        throw errors/* InputError */.dz.at(doc.name, 'file not found; create it with the two marker lines where the block belongs');
    const r = rewriteOf(doc.name, bytes, ctx.settings.markers, rendered, ctx.options.adoptSection);
    const block = { rendered, diff: r.bytes ? r.diff : null };
    if (!r.bytes)
        return (0,types/* makeReport */.dO)('claude-md', family, parsed.notices, r.checked, { block });
    if (action === 'check')
        return (0,types/* makeReport */.dO)('claude-md', family, [
            ...parsed.notices,
            {
                code: 'claude-md.stale',
                severity: 'error',
                message: r.stale,
                location: { file: doc.name, line: r.line, column: 1 },
                content: r.digest,
            },
        ], r.checked, { detail: r.diff, block });
    if (ctx.options.dryRun)
        return (0,types/* makeReport */.dO)('claude-md', family, parsed.notices, r.planned, { detail: r.diff, block });
    await doc.write(r.bytes, bytes);
    return (0,types/* makeReport */.dO)('claude-md', family, parsed.notices, r.written, { detail: r.diff, block });
};


/***/ })

};
