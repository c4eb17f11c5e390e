export const id = 319;
export const ids = [319];
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
                : [Math.abs(value) <= g['abs-max'], `within \u00b1${g['abs-max']}`, `outside \u00b1${g['abs-max']}`];
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
/* harmony import */ var _manifest_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19799);



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

/***/ 24319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ../../node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(35415);
// EXTERNAL MODULE: ./checks/duplicate.js
var duplicate = __webpack_require__(3665);
// EXTERNAL MODULE: ./checks/gates.js
var gates = __webpack_require__(91240);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(78645);
// EXTERNAL MODULE: ./manifest/json-source.js
var json_source = __webpack_require__(87812);
// EXTERNAL MODULE: ./manifest/schema.js
var schema = __webpack_require__(8185);
// EXTERNAL MODULE: ./util/printable.js
var printable = __webpack_require__(92426);
;// CONCATENATED MODULE: ./checks/promotion.js
// Promotion rules: whether a model may become production, given the flags and the gate results. Pure.
//
// Decisions the issue leaves open:
// - `--reason` alone (no --force) is allowed: the reason is recorded all the same.
// - `forced` in the record is true only when --force overrode something (failed gates or a deprecated model);
//   a --force with nothing to override is said in a notice and recorded as false.
// - A forced promotion exits 0: the failed gates are reported as warnings, beside a `promote.forced` warning that
//   names the reason.




const bad = (message) => errors/* InputError */.dz.at('arguments', message);
/** The flags alone, before anything is read: exit 2 naming the flag. Returns the model id and the date to write. */
const checkPromoteFlags = (f, today) => {
    if (f.model === undefined || f.model === '')
        throw bad('promote needs --model ID (input model): the model to promote');
    if (f.force && (f.reason === undefined || f.reason.trim() === ''))
        throw bad('--force needs --reason TEXT (input reason): the reason is recorded with the promotion');
    if (f.reason !== undefined) {
        const r = schema/* PromotionReasonSchema */.bp.safeParse(f.reason);
        if (!r.success)
            throw bad(`--reason ${r.error.issues[0]?.message ?? 'is not valid'}`);
    }
    const date = f.date ?? today;
    if (!(0,schema/* isCalendarDate */.tf)(date))
        throw bad(`--date ${(0,printable/* printable */.g)(JSON.stringify(date))} is not a real date YYYY-MM-DD`);
    return { model: f.model, date };
};
/** Refuse a deprecated model unless forced with a reason (exit 2), before any gate is read. */
const checkCandidate = (source, model, f) => {
    const { file, manifest: m } = source;
    const entry = m.models[model];
    const at = (path) => ({ ...source.source.locate(path, true), path: (0,json_source/* jsonPath */.U1)(path) });
    if (!entry)
        throw errors/* InputError */.dz.at(file, `--model ${(0,printable/* printable */.g)(model)} is not a model of this manifest`, at(['models']));
    if (entry.status === 'deprecated' && model !== m.production_model && !(f.force && f.reason))
        throw errors/* InputError */.dz.at(file, `--model ${(0,printable/* printable */.g)(model)} is deprecated; promoting it again needs --force --reason TEXT`, at(['models', model, 'status']));
};
/** A gate's label as the record keeps it: bounded, whole code points. */
const recordLabel = (label) => {
    const points = [...label];
    return points.length <= schema/* FAILED_GATE_MAX */.DY ? label : `${points.slice(0, schema/* FAILED_GATE_MAX */.DY - 1).join('')}\u2026`;
};
const decidePromotion = (m, model, results, f) => {
    if (m.production_model === model)
        return { kind: 'already', summary: `${model} is already production; nothing written` };
    const failed = results.filter((r) => !r.passed);
    const gateFindings = results.flatMap((r) => r.findings);
    if (failed.length > 0 && !f.force)
        return {
            kind: 'refused',
            findings: gateFindings,
            summary: `Refused to promote ${model}: ${failed.length} of ${results.length} gate(s) failed; the manifest is unchanged (--force --reason TEXT overrides)`,
        };
    const deprecated = m.models[model]?.status === 'deprecated';
    const forced = f.force && (failed.length > 0 || deprecated);
    const findings = gateFindings.map((x) => (x.severity === 'error' ? { ...x, severity: 'warning' } : x));
    if (forced)
        findings.push({
            code: 'promote.forced',
            severity: 'warning',
            model_id: model,
            message: `--force: promoting ${model}${deprecated ? ' (deprecated)' : ''} despite ${failed.length} failed gate(s)${failed.length ? ` (${failed.map((r) => r.label).join('; ')})` : ''}; reason: ${f.reason}`,
        });
    else if (f.force)
        findings.push({
            code: 'promote.force-unused',
            severity: 'notice',
            model_id: model,
            message: '--force had nothing to override: every gate passed',
        });
    if (results.length === 0)
        findings.push({
            code: 'gate.none',
            severity: 'notice',
            model_id: model,
            message: 'no gates are configured for this family; nothing was checked',
        });
    const record = f.reason === undefined ? undefined : { reason: f.reason, forced, failed_gates: failed.map((r) => recordLabel(r.label)) };
    return { kind: 'promote', findings, record, previous: m.production_model };
};

// EXTERNAL MODULE: ../../node_modules/@humanwhocodes/momoa/dist/momoa.js
var momoa = __webpack_require__(93550);
// EXTERNAL MODULE: ./manifest/parse.js + 1 modules
var parse = __webpack_require__(19799);
;// CONCATENATED MODULE: ./manifest/promote-edit.js
// The promotion as a byte-preserving edit of the manifest: only production_model, the promoted model's status,
// promoted_at (and promotion record), and the previous production model's status change. Every other byte stays
// (key order, formatting, unknown keys, BOM, CRLF), so the diff a reviewer sees is only those fields. Pure.




const keyOf = (m) => (m.name.type === 'String' ? m.name.value : m.name.name);
const member = (o, key) => o.members.find((m) => keyOf(m) === key);
const offsets = (n) => ({ start: n.loc.start.offset, end: n.loc.end.offset });
/** The whitespace that puts a member on its line, read from the object itself (so CRLF, tabs and one-line forms follow). */
const memberSeparator = (text, o) => {
    const last = o.members.at(-1);
    const prev = o.members.at(-2);
    const between = prev
        ? text.slice(prev.value.loc.end.offset, last.name.loc.start.offset)
        : text.slice(o.loc.start.offset + 1, last.name.loc.start.offset);
    return between.replace(',', '');
};
/** `": "` or `":"` or `" : "`, as the object writes it. */
const colonOf = (text, m) => text.slice(m.name.loc.end.offset, m.value.loc.start.offset);
/** The indentation of the line a node starts on. */
const indentAt = (text, offset) => {
    const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
    return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
};
const newlineOf = (text) => (text.includes('\r\n') ? '\r\n' : '\n');
/**
 * A new value laid out the way JSON.stringify would with this file's indentation step, newline and colon; on one
 * line (members joined by the file's own separator) when its host object is on one line.
 */
const renderValue = (v, colon, layout) => {
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v);
    const items = Array.isArray(v)
        ? v.map((x) => ({ key: '', x }))
        : Object.entries(v).map(([k, x]) => ({ key: `${JSON.stringify(k)}${colon}`, x }));
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    if (items.length === 0)
        return `${open}${close}`;
    if ('sep' in layout)
        return `${open}${items.map((i) => i.key + renderValue(i.x, colon, layout)).join(`,${layout.sep}`)}${close}`;
    const { newline, indent, unit } = layout;
    const deeper = { newline, indent: indent + unit, unit };
    return `${open}${items.map((i) => `${newline}${deeper.indent}${i.key}${renderValue(i.x, colon, deeper)}`).join(',')}${newline}${indent}${close}`;
};
/** Set `key` in `o` to `value`: replace the value in place, or append a member in the object's own style. */
const setMember = (text, o, key, value) => {
    const m = member(o, key);
    if (m)
        return { ...offsets(m.value), text: value(indentAt(text, m.name.loc.start.offset)) };
    const last = o.members.at(-1);
    const sep = memberSeparator(text, o);
    const indent = sep.includes('\n') ? (sep.slice(sep.lastIndexOf('\n') + 1).match(/^[ \t]*/)?.[0] ?? '') : '';
    const at = last.value.loc.end.offset;
    return { start: at, end: at, text: `,${sep}${JSON.stringify(key)}${colonOf(text, last)}${value(indent)}` };
};
/** Remove `key` from `o` with its comma, leaving the neighbours' formatting as it was. */
const removeMember = (o, key) => {
    const i = o.members.findIndex((m) => keyOf(m) === key);
    if (i === -1)
        return undefined;
    const m = o.members[i];
    const prev = o.members[i - 1];
    const next = o.members[i + 1];
    if (prev)
        return { start: prev.value.loc.end.offset, end: m.value.loc.end.offset, text: '' };
    if (next)
        return { start: m.name.loc.start.offset, end: next.name.loc.start.offset, text: '' };
    return { start: m.name.loc.start.offset, end: m.value.loc.end.offset, text: '' };
};
// From the end backwards, so earlier offsets stay valid; two inserts at one offset keep their listed order.
const apply = (text, splices) => splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i)
    .reduce((t, s) => t.slice(0, s.start) + s.text + t.slice(s.end), text);
/** What the manifest's JSON value must be after the promotion: the check that the edit changed exactly these fields. */
const expectedValue = (before, prev, c) => {
    const out = structuredClone(before);
    out.production_model = c.model;
    if (prev !== null && prev !== c.model && out.models[prev])
        out.models[prev].status = 'deprecated';
    const entry = out.models[c.model];
    entry.status = 'production';
    entry.promoted_at = c.date;
    if (c.promotion)
        entry.promotion = { ...c.promotion };
    else
        delete entry.promotion;
    return out;
};
const sameJson = (a, b) => {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return Object.is(a, b);
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
};
/**
 * The manifest bytes with the promotion applied. `bytes` must already parse as a valid manifest naming `model`.
 * The result is parsed again with the normal parser and compared with the intended change, so a wrong edit
 * fails here instead of reaching the source of truth.
 */
const promoteBytes = (file, bytes, change) => {
    const before = (0,parse/* parseManifest */.Ng)(file, bytes);
    const prev = before.manifest.production_model;
    const text = (0,json_source/* decodeUtf8 */._6)(file, bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const root = (0,momoa/* parse */.qg)(text, { mode: 'json' }).body;
    const models = member(root, 'models')?.value;
    const entryOf = (id) => member(models, id)?.value;
    const entry = entryOf(change.model);
    if (!entry)
        throw errors/* InputError */.dz.at(file, `has no model "${change.model}"`, { path: '$.models' });
    const prodMember = member(root, 'production_model');
    const splices = [{ ...offsets(prodMember.value), text: JSON.stringify(change.model) }];
    splices.push(setMember(text, entry, 'status', () => '"production"'));
    splices.push(setMember(text, entry, 'promoted_at', () => JSON.stringify(change.date)));
    if (change.promotion) {
        const record = change.promotion;
        const sep = memberSeparator(text, entry);
        const multiline = sep.includes('\n');
        const colon = colonOf(text, entry.members[0]);
        // One indentation step: this entry's member indent beyond the models object's member indent.
        const inner = indentAt(text, entry.members[0].name.loc.start.offset);
        const outer = indentAt(text, models.members[0].name.loc.start.offset);
        const unit = inner.startsWith(outer) && inner.length > outer.length ? inner.slice(outer.length) : '';
        const value = { reason: record.reason, forced: record.forced, failed_gates: record.failed_gates };
        splices.push(setMember(text, entry, 'promotion', (indent) => renderValue(value, colon, multiline && unit ? { newline: newlineOf(sep), indent, unit } : { sep: multiline ? ' ' : sep })));
    }
    else {
        const removal = removeMember(entry, 'promotion');
        if (removal)
            splices.push(removal);
    }
    if (prev !== null && prev !== change.model) {
        const old = entryOf(prev);
        if (old)
            splices.push(setMember(text, old, 'status', () => '"deprecated"'));
    }
    const edited = apply(text, splices);
    const out = Buffer.from(bom ? `\uFEFF${edited}` : edited, 'utf8');
    const after = (0,parse/* parseManifest */.Ng)(file, out);
    if (!sameJson(after.source.value, expectedValue(before.source.value, prev, change)))
        throw new Error(`promotion edit of ${file} changed more than the promotion fields; nothing written`);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};

// EXTERNAL MODULE: ./report/types.js
var types = __webpack_require__(22074);
// EXTERNAL MODULE: ./modes/context.js
var context = __webpack_require__(46584);
;// CONCATENATED MODULE: ./modes/promote.js
// promote: run the gates for one model, then rewrite the manifest (the source of truth) in one compare-and-swap
// write. A failed gate refuses (exit 1) unless --force --reason; --dry-run shows the diff and writes nothing.









const todayUtc = () => new Date().toISOString().slice(0, 10);
const promote_text = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
const promote = async (ctx) => {
    const { force, dryRun } = ctx.options;
    const flags = { model: ctx.options.model, date: ctx.options.date, force, reason: ctx.options.reason };
    const { model, date } = checkPromoteFlags(flags, todayUtc());
    const registry = ctx.sources.registry;
    const [{ parsed, read }, rows] = await (0,context/* inParallel */.HN)([(0,context/* readManifest */.WI)(ctx), registry ? registry.read() : Promise.resolve([])]);
    const { manifest, file } = parsed;
    const family = (0,context/* familyOf */.Ap)(ctx, parsed);
    checkCandidate(parsed, model, flags);
    const notices = parsed.notices;
    const results = (0,gates/* evaluateGates */.ud)({
        sites: ctx.settings.gates,
        modelId: model,
        manifest,
        file,
        locate: parsed.source.locate,
        known: (0,duplicate/* mergeKnown */.Q8)((0,duplicate/* fromManifest */.uu)(manifest), (0,duplicate/* fromRegistry */.KP)(rows.filter((r) => r.family === manifest.family))),
    });
    const decision = decidePromotion(manifest, model, results, flags);
    // Every gate, passed or failed, so a reviewer sees the whole checklist (as in `gate`).
    const checklist = { checklist: results.map((r) => ({ gate: r.key, label: r.label, passed: r.passed })) };
    if (decision.kind === 'already')
        return (0,types/* makeReport */.dO)('promote', family, notices, decision.summary);
    if (decision.kind === 'refused')
        return (0,types/* makeReport */.dO)('promote', family, [...notices, ...decision.findings], decision.summary, checklist);
    const next = promoteBytes(file, read.bytes, { model, date, ...(decision.record ? { promotion: decision.record } : {}) });
    const diff = (0,create/* createTwoFilesPatch */.ss)(file, file, promote_text(read.bytes), promote_text(next), '', '', { context: 2 });
    const findings = [...notices, ...decision.findings];
    const what = `${(0,printable/* printable */.g)(model)} to production (promoted_at ${date}${decision.previous ? `; ${(0,printable/* printable */.g)(decision.previous)} becomes deprecated` : ''})`;
    if (decision.record)
        ctx.log(`promotion reason: ${(0,printable/* printable */.g)(decision.record.reason)}`);
    for (const label of decision.record?.failed_gates ?? [])
        ctx.log(`failed gate, overridden: ${(0,printable/* printable */.g)(label)}`);
    if (dryRun)
        return (0,types/* makeReport */.dO)('promote', family, findings, `Would promote ${what} (dry run, nothing written)`, { ...checklist, detail: diff });
    const manifestPort = ctx.sources.manifest;
    if (!manifestPort.write)
        throw errors/* InputError */.dz.at(file, 'this manifest source cannot be written');
    await manifestPort.write(next, read);
    return (0,types/* makeReport */.dO)('promote', family, findings, `Promoted ${what} in ${file}`, { ...checklist, detail: diff });
};


/***/ })

};
