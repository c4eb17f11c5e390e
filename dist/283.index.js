export const id = 283;
export const ids = [283];
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

/***/ 37364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ productionAt),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   om: () => (/* binding */ historyOf),
/* harmony export */   xL: () => (/* binding */ auditFor)
/* harmony export */ });
/* unused harmony exports promotionOf, viewOf */
/* harmony import */ var _registry_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11174);

const promotionOf = (manifest, id) => {
    const p = manifest.models[id]?.promotion;
    if (p === null || typeof p !== 'object' || Array.isArray(p))
        return null;
    const o = p;
    const gates = Array.isArray(o.failed_gates) ? o.failed_gates.filter((g) => typeof g === 'string') : null;
    return {
        reason: typeof o.reason === 'string' && o.reason !== '' ? o.reason : null,
        forced: typeof o.forced === 'boolean' ? o.forced : null,
        failedGates: gates,
    };
};
/** Every non-null column of a row, as a change from (or to) nothing. */
const wholeRow = (r, direction) => _registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .COLUMN_NAMES */ .aC.filter((c) => r[c] !== null).map((c) => direction === 'in' ? { field: c, old: null, new: r[c] } : { field: c, old: r[c], new: null });
const touchesStatus = (changes) => changes.some((c) => c.field === 'is_production' || c.field === 'status');
const json = (changes) => JSON.stringify(changes.map((c) => ({ field: c.field, old: c.old, new: c.new })));
/**
 * The rows one sync appends. `before` is every registry row as read (all families): it becomes the baseline when the
 * history is still empty. Reason: `--reason` on every row; else, on the rows whose production flag or status changes,
 * the promoted model's `promotion.reason` (the model becoming production in this plan), whose row also records
 * whether the promotion was forced and which gates it failed.
 */
const auditFor = (plan, before, manifest, id) => {
    const common = {
        sync_id: id.syncId,
        manifest: id.manifest,
        manifest_generation: id.generation,
        manifest_sha256: id.sha256,
        actor: id.actor,
    };
    const baseline = [...before]
        .sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.family ?? '', b.family ?? '') || (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.model_id, b.model_id))
        .map((r, seq) => ({
        ...common,
        seq,
        model_id: r.model_id,
        // A row of a table adopted by sync --migrate may have no family yet: '' (the history's family is required).
        family: r.family ?? '',
        change: 'baseline',
        fields: json(wholeRow(r, 'in')),
        // An adopted table's row may hold NULL here; it was not the production model.
        is_production: r.is_production === true,
        status: r.status,
        reason: null,
        forced: null,
        failed_gates: null,
    }));
    const promoted = plan.insert.find((r) => r.is_production)?.model_id ??
        plan.update.find((u) => u.row.is_production && u.changes.some((c) => c.field === 'is_production'))?.row.model_id;
    const promotion = promoted === undefined ? null : promotionOf(manifest, promoted);
    const reasonFor = (changes) => id.reason ?? (touchesStatus(changes) ? (promotion?.reason ?? null) : null);
    const forcedFor = (modelId) => modelId === promoted && promotion
        ? {
            forced: promotion.forced,
            failed_gates: promotion.failedGates && promotion.failedGates.length > 0 ? JSON.stringify(promotion.failedGates) : null,
        }
        : { forced: null, failed_gates: null };
    const deleted = new Set(plan.delete);
    const all = [
        ...plan.insert.map((row) => ({ row, kind: 'insert', changes: wholeRow(row, 'in') })),
        ...plan.update.filter((u) => u.changes.length > 0).map((u) => ({ row: u.row, kind: 'update', changes: u.changes })),
        ...plan.extra.filter((r) => deleted.has(r.model_id)).map((row) => ({ row, kind: 'delete', changes: wholeRow(row, 'out') })),
    ].sort((a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.row.model_id, b.row.model_id));
    const changes = all.map((c, i) => ({
        ...common,
        seq: baseline.length + i,
        model_id: c.row.model_id,
        // Every row a plan changes is of this manifest's family (a deleted row is one read back: typed nullable).
        family: c.row.family ?? manifest.family,
        change: c.kind,
        fields: json(c.changes),
        is_production: c.kind === 'delete' ? false : c.row.is_production === true,
        status: c.kind === 'delete' ? null : c.row.status,
        reason: reasonFor(c.changes),
        ...forcedFor(c.row.model_id),
    }));
    return { baseline, changes };
};
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * `--at`: an ISO 8601 date (midnight UTC) or date-time (UTC unless it names a zone). Returns the canonical form with
 * microseconds, or null when it is not a real timestamp.
 */
const parseInstant = (s) => {
    const m = TIMESTAMP.exec(s.trim());
    if (!m)
        return null;
    const [, y, mo, d, h = '00', mi = '00', sec = '00', frac = '', zone = 'Z'] = m;
    const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${sec}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
    if (Number.isNaN(ms) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59)
        return null;
    // Date.parse rolls 2026-02-30 over to March; a real day must round-trip.
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d))
        return null;
    const micros = `${frac.slice(1)}000000`.slice(0, 6);
    return `${new Date(ms).toISOString().slice(0, 19)}.${micros}Z`;
};
/** Chronological order: time, then the order inside one sync. */
const chronological = (a, b) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.changed_at, b.changed_at) || (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a.sync_id, b.sync_id) || a.seq - b.seq;
const viewOf = (r) => ({
    ...r,
    fields: parseJson(r.fields, []),
    failed_gates: r.failed_gates === null ? null : parseJson(r.failed_gates, []),
});
const parseJson = (s, fallback) => {
    try {
        return JSON.parse(s);
    }
    catch {
        return fallback;
    }
};
/** The family's changes, newest first; only one model's with `model`, only up to `at` (canonical) with `at`. */
const historyOf = (rows, family, o = {}) => rows
    .filter((r) => r.family === family && (o.model === undefined || r.model_id === o.model) && (o.at === undefined || r.changed_at <= o.at))
    .sort((a, b) => chronological(b, a))
    .map(viewOf);
/** Replay the family's history up to `at` (canonical, inclusive): the production model then, and since when. */
const productionAt = (rows, family, at) => {
    const mine = rows.filter((r) => r.family === family).sort(chronological);
    const state = new Map();
    for (const r of mine) {
        if (r.changed_at > at)
            break;
        if (!r.is_production)
            state.delete(r.model_id);
        else if (!state.has(r.model_id))
            state.set(r.model_id, { since: r.changed_at, baseline: r.change === 'baseline' });
    }
    // One production model per family is the manifest's rule; should the history hold two, the latest promotion wins.
    const [current] = [...state.entries()].sort(([a, x], [b, y]) => (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(y.since, x.since) || (0,_registry_row_js__WEBPACK_IMPORTED_MODULE_0__/* .byId */ .$H)(a, b));
    return {
        at,
        model_id: current?.[0] ?? null,
        since: current?.[1].since ?? null,
        since_baseline: current?.[1].baseline ?? false,
        history_starts: mine[0]?.changed_at ?? null,
    };
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


/***/ })

};
