export const id = 582;
export const ids = [582];
export const modules = {

/***/ 3665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ fromRegistry),
/* harmony export */   Q8: () => (/* binding */ mergeKnown),
/* harmony export */   UG: () => (/* binding */ matchWindow),
/* harmony export */   Vy: () => (/* binding */ describeModel),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   l: () => (/* binding */ otherFamily),
/* harmony export */   uu: () => (/* binding */ fromManifest),
/* harmony export */   xY: () => (/* binding */ sharedWindows)
/* harmony export */ });
/* unused harmony exports sameWindow, overlaps */
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11174);

const fromManifest = (m) => Object.entries(m.models).map(([id, e]) => ({
    model_id: id,
    family: m.family,
    status: e.status,
    sha256: e.sha256,
    created_at: new Date(e.created_at).toISOString(),
    window: { start: e.training_start_date, end: e.training_end_date },
    source: 'manifest',
}));
/** A row with no training window (a legacy row may hold NULL there) cannot share or overlap one: left out. */
const fromRegistry = (rows) => rows.flatMap((r) => r.training_start_date === null || r.training_end_date === null
    ? []
    : [
        {
            model_id: r.model_id,
            family: r.family,
            status: r.status,
            sha256: r.sha256,
            created_at: r.created_at,
            window: { start: r.training_start_date, end: r.training_end_date },
            source: 'registry',
        },
    ]);
/** One entry per model id; the manifest wins over the registry. */
const mergeKnown = (manifest, registry) => {
    const ids = new Set(manifest.map((k) => k.model_id));
    return [...manifest, ...registry.filter((k) => !ids.has(k.model_id))].sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id));
};
const sameWindow = (a, b) => a.start === b.start && a.end === b.end;
const overlaps = (a, b) => a.start <= b.end && b.start <= a.end;
const matchWindow = (known, w) => ({
    equal: known.filter((k) => sameWindow(k.window, w)),
    overlapping: known.filter((k) => !sameWindow(k.window, w) && overlaps(k.window, w)),
});
/** Groups of two or more models that share one window exactly. */
const sharedWindows = (known) => {
    const groups = new Map();
    for (const k of known) {
        const key = `${k.window.start}..${k.window.end}`;
        groups.set(key, [...(groups.get(key) ?? []), k]);
    }
    return [...groups.entries()]
        .filter(([, g]) => g.length > 1)
        .sort(([a], [b]) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a, b))
        .map(([, g]) => g);
};
/** "no family" or "family X" when it is not `family`; nothing when it is (or no family is given). */
const otherFamily = (k, family) => family === undefined || k.family === family ? [] : [k.family === null ? 'no family' : `family ${k.family}`];
/** A model's status, or what a row without one shows. */
const statusOf = (k) => k.status ?? 'no status';
const describeModel = (k, family) => `${k.model_id} (${[
    ...otherFamily(k, family),
    statusOf(k),
    k.sha256 === null ? 'no sha256' : `sha256 ${k.sha256.slice(0, 12)}`,
    ...(k.created_at === null ? [] : [`created ${k.created_at}`]),
    `from ${k.source}`,
].join(', ')})`;


/***/ }),

/***/ 91240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ gateFindings),
/* harmony export */   PE: () => (/* binding */ gateMetrics),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* unused harmony exports describeGate, gateProblems */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _manifest_json_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87812);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8185);
/* harmony import */ var _util_printable_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92426);
/* harmony import */ var _duplicate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3665);





const isMetricGate = (g) => 'metric' in g;
/** The gate in words, as written in the config. */
const describeGate = (g) => {
    if (!isMetricGate(g))
        return 'duplicate-window';
    if ('min' in g)
        return `${g.metric} >= ${g.min}`;
    if ('max' in g)
        return `${g.metric} <= ${g.max}`;
    if ('abs-max' in g)
        return `abs(${g.metric}) <= ${g['abs-max']}`;
    return `${g.metric} ${g.direction} than production`;
};
/** Metric names the gates read: declared by the config, so the manifest's copy of them is not an unknown field. */
const gateMetrics = (sites) => new Set(sites.flatMap((s) => (isMetricGate(s.gate) ? [s.gate.metric] : [])));
const metricsOf = (e) => (e?.metrics ?? {});
const metricPath = (id, metric) => ['models', id, 'metrics', metric];
const notANumber = (v) => v !== undefined && v !== null && !(typeof v === 'number' && Number.isFinite(v));
/** Bad input the gates reveal: an unknown metric name (at the config key), a value that is not a number (at the value). */
const gateProblems = (input) => {
    const { sites, manifest, modelId } = input;
    const carried = new Set(Object.values(manifest.models).flatMap((e) => Object.keys(metricsOf(e))));
    const production = productionOf(input);
    const problems = [];
    for (const s of sites) {
        if (!isMetricGate(s.gate))
            continue;
        const m = s.gate.metric;
        if (!_manifest_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_KEYS */ .B.metrics.includes(m) && !carried.has(m)) {
            problems.push({
                ...s.at,
                path: `${s.key}.metric`,
                message: `unknown metric "${m}": not a schema metric, and no model of ${manifest.family} in ${input.file} has it`,
            });
            continue;
        }
        const check = (id, e, file, locate) => {
            const v = metricsOf(e)[m];
            if (notANumber(v))
                problems.push({
                    ...locate(metricPath(id, m)),
                    file,
                    path: (0,_manifest_json_source_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPath */ .U1)(metricPath(id, m)),
                    message: `is ${(0,_util_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .showValue */ .v)(JSON.stringify(v) ?? String(v))}, not a number; the gate ${s.key} (${describeGate(s.gate)}) in ${s.at.file} needs a number`,
                });
        };
        check(modelId, manifest.models[modelId], input.file, input.locate);
        if ('improves-on' in s.gate && production && production.id !== modelId)
            check(production.id, production.entry, production.file, production.locate);
    }
    return problems;
};
const productionOf = (input) => {
    if (input.production !== undefined)
        return input.production;
    const id = input.manifest.production_model;
    const entry = id === null ? undefined : input.manifest.models[id];
    return id !== null && entry ? { id, entry, file: input.file, locate: input.locate } : null;
};
const show = (n) => String(n);
/**
 * Evaluate every gate for `modelId`, in config order. Throws InputError on bad input (see gateProblems); the model
 * must be in the manifest (the mode says which flag named it).
 */
const evaluateGates = (input) => {
    const problems = gateProblems(input);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    const { modelId, manifest } = input;
    const entry = manifest.models[modelId];
    if (!entry)
        throw new Error(`evaluateGates: ${modelId} is not in the manifest`);
    const production = productionOf(input);
    const known = input.known ?? (0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .fromManifest */ .uu)(manifest);
    const at = (path, key = false) => input.anchor ?? input.locate(path, key);
    return input.sites.map((s) => {
        const g = s.gate;
        const name = describeGate(g);
        const pass = (label, findings = []) => ({ key: s.key, label, passed: true, findings });
        const fail = (label, f) => ({
            key: s.key,
            label,
            passed: false,
            findings: [{ model_id: modelId, severity: 'error', ...f }],
        });
        if (!isMetricGate(g)) {
            const w = { start: entry.training_start_date, end: entry.training_end_date };
            const window = `${w.start}..${w.end}`;
            const { equal, overlapping } = (0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .matchWindow */ .UG)(known.filter((k) => k.model_id !== modelId), w);
            const live = equal.filter((k) => k.status !== 'deprecated');
            const where = at(['models', modelId, 'training_start_date']);
            const field = 'training window';
            if (live.length > 0)
                return fail(`${name}: ${window} is already trained by ${live.map((k) => k.model_id).join(', ')}`, {
                    code: 'gate.failed',
                    message: `gate ${name} failed: ${modelId}'s training window ${window} is already trained: ${live.map((k) => (0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .describeModel */ .Vy)(k)).join('; ')}`,
                    field,
                    expected: 'a window no other live model has',
                    actual: window,
                    location: where,
                });
            const warnings = [];
            if (equal.length > 0)
                warnings.push({
                    model_id: modelId,
                    code: 'duplicate.shared-window',
                    severity: 'warning',
                    message: `${modelId}'s training window ${window} is also that of deprecated ${equal.map((k) => (0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .describeModel */ .Vy)(k)).join('; ')}`,
                    field,
                    actual: window,
                    location: where,
                });
            if (overlapping.length > 0)
                warnings.push({
                    model_id: modelId,
                    code: 'duplicate.overlap',
                    severity: 'warning',
                    message: `${modelId}'s training window ${window} overlaps ${overlapping.map((k) => `${k.window.start}..${k.window.end} of ${(0,_duplicate_js__WEBPACK_IMPORTED_MODULE_3__/* .describeModel */ .Vy)(k)}`).join('; ')}`,
                    field,
                    actual: window,
                    location: where,
                });
            return pass(`${name}: no other live model has ${window}${overlapping.length ? ` (${overlapping.length} overlapping)` : ''}`, warnings);
        }
        const m = g.metric;
        const field = `metrics.${m}`;
        const value = metricsOf(entry)[m];
        const valueAt = at(metricPath(modelId, m), value === undefined);
        if (value === undefined || value === null)
            return fail(`${name}: ${modelId} has no ${m}`, {
                code: 'gate.missing',
                message: `gate ${name}: ${modelId} has no ${m} (${value === null ? 'null' : 'absent'} in metrics)`,
                field,
                actual: null,
                location: valueAt,
            });
        if ('improves-on' in g) {
            if (production === null)
                return pass(`${name}: no production model to compare with`);
            if (production.id === modelId)
                return pass(`${name}: ${modelId} is the production model`);
            const theirs = metricsOf(production.entry)[m];
            if (theirs === undefined || theirs === null)
                return fail(`${name}: the production model ${production.id} has no ${m}`, {
                    code: 'gate.missing',
                    message: `gate ${name}: the production model ${production.id} has no ${m} to compare with`,
                    field,
                    actual: value,
                    location: valueAt,
                });
            const better = g.direction === 'lower' ? value < theirs : value > theirs;
            const label = `${name}: ${show(value)} vs ${show(theirs)} of ${production.id}`;
            if (better)
                return pass(label);
            return fail(label, {
                code: 'gate.failed',
                message: `gate ${name} failed: ${m} is ${show(value)}, not ${g.direction} than ${show(theirs)} of the production model ${production.id}`,
                field,
                expected: `${g.direction === 'lower' ? '<' : '>'} ${show(theirs)}`,
                actual: value,
                location: valueAt,
            });
        }
        const [ok, bound, why] = 'min' in g
            ? [value >= g.min, `>= ${g.min}`, `below the minimum ${g.min}`]
            : 'max' in g
                ? [value <= g.max, `<= ${g.max}`, `above the maximum ${g.max}`]
                : [Math.abs(value) <= g['abs-max'], `within ±${g['abs-max']}`, `outside ±${g['abs-max']}`];
        const label = `${name}: ${show(value)}`;
        if (ok)
            return pass(label);
        return fail(label, {
            code: 'gate.failed',
            message: `gate ${name} failed: ${m} is ${show(value)}, ${why}`,
            field,
            expected: bound,
            actual: value,
            location: valueAt,
        });
    });
};
/** Every finding of the results, for a report. */
const gateFindings = (results) => results.flatMap((r) => r.findings);


/***/ }),

/***/ 34337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ adoption),
  A: () => (/* binding */ blockState)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../../node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(35415);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
// EXTERNAL MODULE: ./util/shell-quote.js
var shell_quote = __webpack_require__(25730);
// EXTERNAL MODULE: ./docs/bytes.js
var docs_bytes = __webpack_require__(31737);
// EXTERNAL MODULE: ./docs/markers.js
var docs_markers = __webpack_require__(81209);
;// CONCATENATED MODULE: ./docs/adopt.js
// Adopting a hand-written section: wrap it in the markers and put the rendered block there. Pure and byte-exact like
// markers.ts: bytes are handled as latin1 (one char per byte), everything outside the section is sliced, not re-encoded.
//
// Which headings count: ATX and setext headings that a CommonMark parser (commonmark.js, block structure only) puts at
// the top level of the document; a heading inside a code block, an HTML block, a quote or a list item is not one.
// A heading's text is its source text: for ATX what lies between the opening #s and the optional closing #s, for
// setext its lines joined by one space; spaces and tabs around it trimmed. The name given is compared with it as
// UTF-8 bytes, exactly (case, punctuation and any garbled characters included), so what is copied from the file
// matches and nothing else does.
// The section runs from its heading line up to the next top-level heading of the same or a higher level (or the
// end), less the blank lines before that heading, which stay outside the markers.


/** The document's text after any BOM, and the offset of each of its lines (CommonMark's: \r\n, \n or a lone \r). */
const linesOf = (s) => {
    const from = s.startsWith(docs_bytes/* BOM */.bh) ? 3 : 0;
    return { from, starts: (0,docs_bytes/* lineStarts */._$)(s, from) };
};
const parseHeadings = (s, from) => {
    const walker = (0,docs_bytes/* blockParser */.LN)().parse(s.slice(from)).walker();
    const found = [];
    for (let e = walker.next(); e; e = walker.next()) {
        const node = e.node;
        if (!e.entering || node.type !== 'heading' || node.parent?.type !== 'document')
            continue;
        const text = (0,docs_bytes/* trimBlank */.J2)((node._string_content ?? '').replace(/[ \t]*(?:\r\n|\n|\r)[ \t]*/g, ' '));
        found.push({ text, level: node.level, line: node.sourcepos[0][0], endLine: node.sourcepos[1][0] });
    }
    return found;
};
/** Top-level headings of a document, in order. */
const headings = (bytes) => {
    const s = (0,docs_bytes/* latin1 */.Wy)(bytes);
    return parseHeadings(s, linesOf(s).from);
};
/** A heading's text for a message: decoded as UTF-8 (bytes that are not become U+FFFD). */
const headingName = (h) => Buffer.from(h.text, 'latin1').toString('utf8');
/** The heading that looks like the MODEL section: the first containing "MODEL", else the first containing "Model". */
const modelHeading = (all) => all.find((h) => h.text.includes('MODEL')) ?? all.find((h) => h.text.includes('Model'));
/** Whether a rendered block begins with a heading of its own (the built-in template does). */
const rendersHeading = (rendered) => {
    const first = (0,docs_bytes/* blockParser */.LN)().parse(rendered).firstChild;
    return first?.type === 'heading' && first.sourcepos[0][0] === 1;
};
/**
 * Wrap the section headed `name` in the markers and render `rendered` (\n line endings) between them. The file must
 * have no marker lines (the caller checks). When the block renders its own heading, the section's heading is inside
 * the markers and replaced by it; otherwise the heading stays above the begin marker and only the body is replaced.
 */
const adoptSection = (bytes, markers, name, rendered) => {
    const s = (0,docs_bytes/* latin1 */.Wy)(bytes);
    const { starts } = linesOf(s);
    const want = (0,docs_bytes/* asBytes */.Yd)((0,docs_bytes/* trimBlank */.J2)(name));
    const all = parseHeadings(s, starts[0]);
    const matches = all.filter((h) => h.text === want);
    const shown = JSON.stringify((0,docs_bytes/* trimBlank */.J2)(name));
    if (matches.length === 0) {
        // Named with its #s ("## ML Model ..."): point at the heading without them; else at the MODEL-looking one.
        const hashed = want.match(/^#{1,6}[ \t]+(.*)$/)?.[1];
        const hint = all.find((o) => hashed !== undefined && o.text === (0,docs_bytes/* trimBlank */.J2)(hashed)) ?? modelHeading(all);
        return {
            ok: false,
            message: `has no top-level heading ${shown} to adopt${hint ? ` (did you mean ${JSON.stringify(headingName(hint))} at line ${hint.line}?)` : ''}`,
            line: 1,
        };
    }
    const [h, twice] = matches;
    if (twice)
        return {
            ok: false,
            message: `has the heading ${shown} ${matches.length} times (lines ${matches.map((m) => m.line).join(', ')}); rename one to adopt the other`,
            line: twice.line,
        };
    const lineStart = (n) => (n <= starts.length ? starts[n - 1] : s.length);
    const lineText = (n) => s.slice(lineStart(n), n < starts.length ? lineStart(n + 1) : s.length);
    const next = all.find((o) => o.line > h.line && o.level <= h.level);
    const lastLine = next ? next.line - 1 : starts.length;
    // The blank lines before the next heading stay where they are, outside the markers.
    let bodyEnd = lastLine;
    while (bodyEnd > h.endLine && (0,docs_bytes/* trimBlank */.J2)(lineText(bodyEnd).replace(/[\r\n]+$/, '')) === '')
        bodyEnd--;
    const eolOf = (n) => lineText(n).match(/\r\n|\n|\r$/)?.[0] ?? '';
    // The markers are found as lines of their own ending in LF or CRLF; a lone CR (old Mac) ends no such line.
    if (eolOf(h.line) === '\r')
        return {
            ok: false,
            message: `the heading at line ${h.line} ends its lines with a lone CR (old Mac line endings); convert the file to LF or CRLF line endings to adopt it`,
            line: h.line,
        };
    const eol = eolOf(h.line) || s.slice(starts[0]).match(/\r\n|\n/)?.[0] || '\n';
    const keepHeading = !rendersHeading(rendered);
    const cut = keepHeading ? lineStart(h.endLine + 1) : lineStart(h.line);
    // A heading with no line ending (the last line of the file) gets one before the begin marker.
    const head = keepHeading && h.endLine >= starts.length && eolOf(h.endLine) === '' ? eol : '';
    const tail = lineStart(bodyEnd + 1);
    // The end marker ends with the line ending the section's last line had (none at the end of a file without one).
    const framed = Buffer.from(`${s.slice(0, cut)}${head}${(0,docs_bytes/* asBytes */.Yd)(markers.begin)}${eol}${(0,docs_bytes/* asBytes */.Yd)(markers.end)}${eolOf(bodyEnd)}${s.slice(tail)}`, 'latin1');
    const found = (0,docs_markers/* findBlock */.P_)(framed, markers);
    // Cannot happen for a top-level heading; checked so that a parser surprise is bad input, never a broken file.
    if (!found.ok)
        return { ok: false, message: `cannot adopt the section at line ${h.line}: ${found.message}`, line: h.line };
    const adopted = (0,docs_markers/* replaceBlock */.sB)(framed, found.block, rendered.endsWith('\n') ? rendered : `${rendered}\n`);
    const block = (0,docs_markers/* findBlock */.P_)(adopted, markers);
    if (!block.ok)
        return { ok: false, message: `cannot adopt the section at line ${h.line}: ${block.message}`, line: h.line };
    return { ok: true, bytes: adopted, heading: h, beginLine: block.block.beginLine, endLine: block.block.endLine };
};

;// CONCATENATED MODULE: ./docs/block.js
// The CLAUDE.md block compared with what the manifest renders. Pure.








const blockState = (file, bytes, markers, rendered) => {
    const r = (0,docs_markers/* findBlock */.P_)(bytes, markers);
    if (!r.ok)
        throw errors/* InputError */.dz.at(file, r.none ? `${r.message}, ${howToAdopt(bytes)}` : r.message, { line: r.line, column: 1 });
    const current = (0,docs_markers/* blockText */.dK)(bytes, r.block);
    const stale = current !== rendered;
    const diff = stale ? (0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, current, rendered, '', '', { context: 3 }) : '';
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([current, rendered]))
        .digest('hex')}`;
    return { block: r.block, current, stale, diff, digest };
};
/** The other way out of "no markers": adopt the section that looks like the MODEL one, named so it can be pasted. */
const howToAdopt = (bytes) => {
    const h = modelHeading(headings(bytes));
    return h
        ? `or adopt the section at line ${h.line} with claude-md --write --adopt-section ${(0,shell_quote/* shellQuote */.Z)((0,printable/* printable */.g)(headingName(h)))}`
        : `or adopt an existing section with claude-md --write --adopt-section 'HEADING TEXT'`;
};
const block_text = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replaceAll('\r\n', '\n');
/**
 * `--adopt-section`: the file with the named section wrapped in the markers, or undefined when the file already has
 * its markers and the section is not outside them (adopted before: the caller refreshes the block as usual, so a
 * second run changes nothing). Bad input (no such heading, two of them, markers elsewhere) throws.
 */
const adoption = (file, bytes, markers, name, rendered) => {
    const r = (0,docs_markers/* findBlock */.P_)(bytes, markers);
    if (r.ok) {
        const trimmed = (0,docs_bytes/* trimBlank */.J2)(name);
        const want = (0,docs_bytes/* asBytes */.Yd)(trimmed);
        const outside = headings(bytes).find((h) => h.text === want && (h.line < r.block.beginLine || h.line > r.block.endLine));
        if (outside)
            throw errors/* InputError */.dz.at(file, `already has the markers (lines ${r.block.beginLine}-${r.block.endLine}) and the section ${JSON.stringify(trimmed)} (line ${outside.line}) is outside them; remove the markers to adopt it, or drop --adopt-section`, { line: outside.line, column: 1 });
        return undefined;
    }
    if (!r.none)
        return undefined;
    const a = adoptSection(bytes, markers, name, rendered);
    if (!a.ok)
        throw errors/* InputError */.dz.at(file, (0,printable/* printable */.g)(a.message), { line: a.line, column: 1 });
    const [before, after] = [block_text(bytes), block_text(a.bytes)];
    return {
        bytes: a.bytes,
        diff: (0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, before, after, '', '', { context: 3 }),
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256')
            .update(JSON.stringify([before, after]))
            .digest('hex')}`,
        headingLine: a.heading.line,
        beginLine: a.beginLine,
        endLine: a.endLine,
    };
};


/***/ }),

/***/ 31737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ trimBlank),
/* harmony export */   LN: () => (/* binding */ blockParser),
/* harmony export */   Wy: () => (/* binding */ latin1),
/* harmony export */   Yd: () => (/* binding */ asBytes),
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   bh: () => (/* binding */ BOM)
/* harmony export */ });
/* harmony import */ var commonmark__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56550);
// A markdown file as bytes: latin1 maps every byte to one char, so offsets in the string are offsets in the bytes,
// and text to find (a marker, a heading) is compared in the same form (its UTF-8 bytes as latin1), so a non-ASCII
// string matches its own bytes and nothing else. Shared by the marker search and section adoption.

const BOM = '\xef\xbb\xbf';
const latin1 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const asBytes = (text) => Buffer.from(text, 'utf8').toString('latin1');
const trimBlank = (s) => s.replace(/^[ \t]+|[ \t]+$/g, '');
/** Offsets where each line of `s` starts from `from` on, as CommonMark ends lines: at \r\n, \n or a lone \r. */
const lineStarts = (s, from = 0) => {
    const starts = [from];
    for (const m of s.slice(from).matchAll(/\r\n|\n|\r/g))
        starts.push(from + m.index + m[0].length);
    return starts;
};
/** A CommonMark parser for block structure only: inline parsing would only cost time and memory. */
const blockParser = () => {
    const parser = new commonmark__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX();
    parser.processInlines = () => { };
    return parser;
};


/***/ }),

/***/ 81209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ findBlock),
/* harmony export */   dK: () => (/* binding */ blockText),
/* harmony export */   sB: () => (/* binding */ replaceBlock)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31737);
/* harmony import */ var _marker_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97781);
// Find and rewrite the generated block between marker lines. Pure, and byte-exact: everything outside the
// markers is sliced from the original bytes, never decoded and re-encoded.
//
// Which lines count: a line whose text (spaces and tabs trimmed) is the marker, compared as UTF-8 bytes, and that
// a CommonMark parser (commonmark.js, block structure only) does not put inside a code block (fenced or indented,
// at any depth of lists and quotes) or inside an HTML block begun on an earlier line (<pre>, <details>, a multi-
// line comment). A marker shown as an example is therefore never taken for the real one.


// Markers are compared as bytes (see bytes.ts), so a non-ASCII marker matches its own bytes and nothing else.
function* lines(s) {
    let start = s.startsWith(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .BOM */ .bh) ? 3 : 0;
    for (let number = 1; start < s.length || (start === s.length && number === 1); number++) {
        const nl = s.indexOf('\n', start);
        const stop = nl === -1 ? s.length : nl;
        const cr = stop > start && s.charCodeAt(stop - 1) === 13;
        const text = s.slice(start, cr ? stop - 1 : stop);
        yield { text, start, next: nl === -1 ? s.length : nl + 1, eol: nl === -1 ? '' : cr ? '\r\n' : '\n', number };
        if (nl === -1)
            break;
        start = nl + 1;
    }
}
/**
 * Whether the line starting at an offset is inside code, or inside an HTML block after that block's first line.
 * CommonMark ends a line at \r\n, \n or a lone \r, so its line numbers are mapped back to offsets here.
 */
const deadLineTest = (s, from) => {
    const text = s.slice(from);
    const walker = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .blockParser */ .LN)().parse(text).walker();
    const starts = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .lineStarts */ ._$)(text);
    const dead = new Uint8Array(starts.length + 2);
    for (let e = walker.next(); e; e = walker.next()) {
        const node = e.node;
        if (!e.entering || (node.type !== 'code_block' && node.type !== 'html_block'))
            continue;
        const [[first], [last]] = node.sourcepos;
        for (let l = node.type === 'html_block' ? first + 1 : first; l <= last && l < dead.length; l++)
            dead[l] = 1;
    }
    return (offset) => {
        const at = offset - from;
        let [lo, hi] = [0, starts.length - 1];
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return dead[lo + 1] === 1;
    };
};
const findBlock = (bytes, markers) => {
    const s = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .latin1 */ .Wy)(bytes);
    const [begin, end] = [(0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .asBytes */ .Yd)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .trimBlank */ .J2)(markers.begin)), (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .asBytes */ .Yd)((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .trimBlank */ .J2)(markers.end))];
    const candidates = [...lines(s)].filter((l) => {
        const t = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .trimBlank */ .J2)(l.text);
        return t === begin || t === end;
    });
    // The parser runs only when a marker-like line exists, and only to rule lines out.
    const dead = candidates.length > 0 ? deadLineTest(s, s.startsWith(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .BOM */ .bh) ? 3 : 0) : () => false;
    const begins = [];
    const ends = [];
    for (const line of candidates) {
        if (dead(line.start))
            continue;
        if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .trimBlank */ .J2)(line.text) === begin)
            begins.push(line);
        else
            ends.push(line);
    }
    const [b, e] = [begins[0], ends[0]];
    if (begins.length > 1 && begins[1])
        return {
            ok: false,
            message: `begin marker appears ${begins.length} times (lines ${begins.map((l) => l.number).join(', ')})`,
            line: begins[1].number,
        };
    if (ends.length > 1 && ends[1])
        return {
            ok: false,
            message: `end marker appears ${ends.length} times (lines ${ends.map((l) => l.number).join(', ')})`,
            line: ends[1].number,
        };
    if (!b && !e)
        return {
            ok: false,
            message: `has no marker lines; add "${markers.begin}" and "${markers.end}" on lines of their own where the block belongs (not inside a code block or an HTML block)`,
            line: 1,
            none: true,
        };
    if (!b || !e) {
        const [missing, present] = b ? [markers.end, b] : [markers.begin, e];
        return { ok: false, message: `is missing the marker "${missing}"`, line: present.number };
    }
    if (e.number < b.number)
        return { ok: false, message: `end marker (line ${e.number}) comes before begin marker (line ${b.number})`, line: e.number };
    if (b.eol === '')
        return { ok: false, message: 'begin marker is the last line; the end marker must follow it', line: b.number };
    return { ok: true, block: { start: b.next, end: e.start, beginLine: b.number, endLine: e.number, eol: b.eol } };
};
/** The block's current content with line endings normalised to \n, for comparison and diffs. */
const blockText = (bytes, block) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(block.start, block.end).toString('utf8').replaceAll('\r\n', '\n');
/** Replace the block's content; `content` uses \n and is written with the file's own line ending. */
const replaceBlock = (bytes, block, content) => {
    const body = block.eol === '\r\n' ? content.replaceAll('\n', '\r\n') : content;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Buffer.concat([buf.subarray(0, block.start), Buffer.from(body, 'utf8'), buf.subarray(block.end)]);
};


/***/ }),

/***/ 46584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   HN: () => (/* binding */ inParallel),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Yi: () => (/* binding */ loadMirror),
/* harmony export */   eY: () => (/* binding */ loadManifest)
/* harmony export */ });
/* harmony import */ var _checks_gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91240);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _manifest_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40347);



const loadManifest = async (ctx) => (await readManifest(ctx)).parsed;
/** The parsed manifest and the read it came from (bytes and generation), for a mode that writes it back (promote). */
const readManifest = async (ctx) => {
    const read = await ctx.sources.manifest.load();
    const { bytes, generation } = read;
    if (generation !== undefined)
        ctx.log(`read ${ctx.sources.manifest.name} generation ${generation}`);
    const metrics = (0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .gateMetrics */ .PE)(ctx.settings.gates);
    const parsed = {
        ...(0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(ctx.sources.manifest.name, bytes, { metrics }),
        ...(generation === undefined ? {} : { generation }),
    };
    const want = ctx.settings.name;
    if (want !== undefined && want !== parsed.manifest.family)
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(parsed.file, `family is "${parsed.manifest.family}" but the config names "${want}"`, {
            ...parsed.source.locate(['family']),
            path: '$.family',
        });
    return { parsed, read };
};
/** The other copy of the manifest, parsed by the same rules (a bad copy is bad input, named by its own address). */
const loadMirror = async (mirror) => {
    const { bytes, generation } = await mirror.load();
    return { ...(0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(mirror.name, bytes), ...(generation === undefined ? {} : { generation }) };
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

/***/ 9009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ renderFor)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/mustache/mustache.mjs
var mustache = __webpack_require__(5030);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
// EXTERNAL MODULE: ./docs/inert.js + 1 modules
var inert = __webpack_require__(24556);
// EXTERNAL MODULE: ./docs/limits.js
var limits = __webpack_require__(4892);
;// CONCATENATED MODULE: ./docs/render.js
// Render the MODEL block from the manifest. Pure and deterministic: no clock, values escaped to inert text
// (the block steers coding agents, so a manifest string must never become markup, a marker or a mention).




const DEFAULT_TEMPLATE = `## ML Model - {{title}} [Keyword: MODEL]

| Property | Value |
|----------|-------|
| System ID | {{{system_id_code}}} |
| Production Model | {{{production_model_code}}} |
| Model File | {{{file_code}}} |
| Training | {{training_start}} to {{training_end}} |
{{#has_eval}}
| Evaluation | {{eval_start}} to {{eval_end}} |
{{/has_eval}}
{{#metric_rows}}
| {{{label}}} | {{{value}}} |
{{/metric_rows}}
| SHA256 (prefix) | {{{sha_prefix_code}}} |
| Status | {{status_upper}}{{#since}} (since {{since}}){{/since}} |
{{#warning}}

{{{warning}}}
{{/warning}}
{{#notes}}

**Notes:** {{notes}}
{{/notes}}

_Generated by model-governance from {{manifest_name}}. Edit the manifest, not this block._
`;
const SAFE_CODE = /^[A-Za-z0-9._:/-]+$/;
/** A code span only for values that cannot break out of one; anything else is escaped text. */
const code = (value) => value == null || value === '' ? 'n/a' : SAFE_CODE.test(value) ? `\`${value}\`` : (0,inert/* inert */.t)(value);
const fixed = (n, digits, suffix = '') => n == null ? 'n/a' : `${Number(n.toFixed(digits))}${suffix}`;
/**
 * Config text is the team's own markdown, but it may not open HTML (a comment would hide text from a reviewer, a
 * tag would become markup for the agents that read the block) nor span lines; manifest values never reach it.
 */
const configMarkdown = (s) => (0,printable/* printable */.g)(s.replace(/\s+/g, ' ')).replace(/[<&]/g, (c) => inert/* ENTITIES */.E[c] ?? c);
const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
/** The value cell, or `n/a` when a metric it names is missing or not a number. */
const metricCell = (metrics, m) => {
    const values = {};
    for (const [, name] of (m.format ?? '{value}').matchAll(PLACEHOLDER)) {
        const v = metrics[name === 'value' ? m.metric : name];
        if (typeof v !== 'number' || !Number.isFinite(v))
            return 'n/a';
        values[name] = name === 'value' && m.digits !== undefined ? String(Number(v.toFixed(m.digits))) : String(v);
    }
    return configMarkdown((m.format ?? '{value}').replace(PLACEHOLDER, (_, name) => values[name] ?? ''));
};
/** The table's metric rows: the family's configured headline, or every numeric metric as the manifest names it. */
const metricRows = (metrics, configured) => configured
    ? configured.map((bm) => ({ label: configMarkdown(bm.label), value: metricCell(metrics, bm) }))
    : Object.entries(metrics)
        .filter((kv) => typeof kv[1] === 'number' && Number.isFinite(kv[1]))
        .map(([name, v]) => ({ label: (0,inert/* inert */.t)(name), value: String(v) }));
const blockView = (m, opts) => {
    const id = m.production_model;
    const e = id === null ? undefined : m.models[id];
    const metrics = e?.metrics ?? {};
    return {
        metric_rows: metricRows(metrics, opts.block?.metrics),
        warning: opts.block?.warning === undefined ? null : configMarkdown(opts.block.warning),
        title: opts.title ?? m.family,
        system_id_code: code(m.family),
        production_model_code: code(id ?? 'none'),
        production_model: id ?? 'none',
        file_code: code(e?.file),
        training_start: e?.training_start_date ?? 'n/a',
        training_end: e?.training_end_date ?? 'n/a',
        has_eval: Boolean(e?.eval_start_date && e.eval_end_date),
        eval_start: e?.eval_start_date ?? '',
        eval_end: e?.eval_end_date ?? '',
        hit_rate: fixed(e?.metrics?.hit_rate_edge_3plus, 1, '%'),
        graded_n: e?.metrics?.graded_edge_3plus_n ?? null,
        mae: fixed(e?.metrics?.mae, 2),
        sha_prefix_code: code(e?.sha256.slice(0, 12)),
        status_upper: e ? e.status.toUpperCase() : 'NO PRODUCTION MODEL',
        since: e?.promoted_at ?? null,
        notes: e?.notes ?? null,
        manifest_name: opts.manifestName,
    };
};
/** Every variable a parsed template names, sections' contents included. */
const templateNames = (tokens) => tokens.flatMap((t) => [
    ...(['name', '&', '{', '#', '^'].includes(t[0]) ? [t[1]] : []),
    ...(Array.isArray(t[4]) ? templateNames(t[4]) : []),
]);
/**
 * Most characters the tokens can render: a 64 KiB template of `{{notes}}` (10,000 characters, escaped up to six
 * times longer) would render gigabytes. A section over a list (`metric_rows`) renders once per item, and a nested
 * one again per item, since mustache finds the outer list from inside; any other section renders at most once.
 */
const renderBound = (tokens, longest, lists) => tokens.reduce((n, [type, value, , , children]) => n +
    (type === 'text'
        ? value.length
        : type === 'name' || type === '&' || type === '{'
            ? longest
            : type === '#'
                ? Math.max(1, lists.get(value) ?? 1) * renderBound(children ?? [], longest, lists)
                : type === '^'
                    ? renderBound(children ?? [], longest, lists)
                    : 0), 0);
/** The longest text one variable can render (list items' fields included), and each list's length. */
const viewSizes = (view) => {
    const texts = [];
    const lists = new Map();
    for (const [k, v] of Object.entries(view))
        if (Array.isArray(v)) {
            lists.set(k, v.length);
            for (const item of v)
                texts.push(...Object.values(item));
        }
        else
            texts.push(v);
    return { longest: Math.max(0, ...texts.map((v) => Math.max(String(v).length, (0,inert/* inert */.t)(v).length))), lists };
};
/** Render the block; the result never contains a marker or an HTML comment opener outside escapes. */
const renderBlock = (m, markers, opts) => {
    const template = opts.template ?? DEFAULT_TEMPLATE;
    const view = blockView(m, opts);
    // Mustache renders an unknown name as nothing; a typo in a template would silently drop a line from the block.
    const known = new Set([...Object.keys(view), 'label', 'value', '.']);
    const unknown = templateNames(mustache/* default */.A.parse(template)).filter((n) => !known.has(n.split('.')[0] ?? n));
    if (unknown.length)
        throw new Error(`unknown template variable ${[...new Set(unknown)].map((n) => `{{${n}}}`).join(', ')}`);
    const { longest, lists } = viewSizes(view);
    if (renderBound(mustache/* default */.A.parse(template), longest, lists) > limits/* BLOCK_MAX_CHARS */.B)
        throw new Error(`the block could render more than ${limits/* BLOCK_MAX_CHARS */.B} characters; use fewer or shorter fields`);
    let out = mustache/* default */.A.render(template, view, {}, { escape: inert/* inert */.t });
    if (!out.endsWith('\n'))
        out += '\n';
    for (const marker of [markers.begin, markers.end])
        if (out.split('\n').some((l) => l.trim() === marker))
            throw new Error('the template renders a marker line');
    return out;
};

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
;// CONCATENATED MODULE: ./modes/render.js
// Render the block for a family, with its user template when one is configured.



const renderFor = async (ctx, parsed) => {
    const { template, markers, title, block } = ctx.settings;
    const text = template && ctx.readTemplate ? await ctx.readTemplate(template) : undefined;
    try {
        return renderBlock(parsed.manifest, markers, {
            // The basename: ./models/manifest.json, models/manifest.json and the gs:// copy all render the same block.
            manifestName: (0,external_node_path_.basename)(parsed.file),
            ...(title ? { title } : {}),
            ...(block ? { block } : {}),
            ...(text === undefined ? {} : { template: text }),
        });
    }
    catch (e) {
        throw errors/* InputError */.dz.at(template ?? 'template', `cannot render the block: ${e.message}`);
    }
};


/***/ }),

/***/ 25730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote),
/* harmony export */   a: () => (/* binding */ hasControl)
/* harmony export */ });
// Words for a command line the user may paste into a POSIX shell. Manifest and service values are attacker-
// controlled: a bare `$(…)`, backtick, `;` or quote would run as code. Rule: every value goes through
// shellQuote; words of plainly safe characters stay bare, anything else is single-quoted, where nothing
// expands, and an embedded ' is closed, escaped and reopened ('\'').
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
const shellQuote = (value) => (SAFE_WORD.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`);
/** True when a value cannot appear in a one-line command at all (a newline or other control character). */
const hasControl = (value) => /[\u0000-\u001f\u007f-\u009f]/.test(value);


/***/ })

};
