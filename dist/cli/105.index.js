export const id = 105;
export const ids = [105];
export const modules = {

/***/ 91105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serviceYamlDeployment: () => (/* binding */ serviceYamlDeployment)
/* harmony export */ });
/* unused harmony export revisionShares */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92527);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17197);
/* harmony import */ var _manifest_zod_locale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81704);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _util_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52094);
// Deployment from a Cloud Run service exported as YAML (`gcloud run services describe SVC --format export`).




const Env = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    value: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    valueFrom: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ secretKeyRef: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()) })),
});
const TrafficTarget = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    percent: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()),
    latestRevision: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()),
    revisionName: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
});
const Container = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ name: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()), env: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(Env)) });
const KnativeService = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    apiVersion: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._regex */ .Fk(/^serving\.knative\.dev\//, { message: 'must be serving.knative.dev/v1' })),
    kind: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('Service'),
    metadata: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
        name: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        namespace: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()])),
        labels: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP())),
    }),
    spec: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
        template: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
            metadata: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ name: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()) })),
            spec: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ containers: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(Container).check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(1)) }),
        }),
        traffic: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(TrafficTarget)),
    }),
    // Present in `gcloud run services describe --format yaml`, absent from `--format export`.
    status: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
        latestReadyRevisionName: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        latestCreatedRevisionName: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        traffic: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(TrafficTarget)),
    })),
});
const serviceYamlDeployment = (file) => ({
    name: file,
    async read(env) {
        const src = await (0,_util_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlFile */ .kv)(file);
        const parsed = KnativeService.safeParse(src.value);
        if (!parsed.success) {
            const i = parsed.error.issues[0];
            const path = (i?.path ?? []).filter((p) => typeof p !== 'symbol');
            const why = (i?.message ?? 'unexpected shape').replace(/^Invalid input: /, '');
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `not an exported Cloud Run service: ${path.join('.') || '(root)'}: ${why}`, src.locate(path));
        }
        const svc = parsed.data;
        const template = svc.spec.template;
        const seen = svc.status?.traffic !== undefined;
        const trafficPath = seen ? ['status', 'traffic'] : ['spec', 'traffic'];
        const targets = (seen ? svc.status?.traffic : svc.spec.traffic) ?? [];
        // The template's revision: named in the template, or (when Cloud Run named it) the latest one created.
        const revision = template.metadata?.name ?? (seen ? (svc.status?.latestCreatedRevisionName ?? null) : null);
        // status.traffic is what is served; spec.traffic only what was asked for, which is all an export shows.
        const shares = seen
            ? revisionShares(svc.status?.traffic ?? [], svc.status?.latestReadyRevisionName ?? null)
            : revisionShares(svc.spec.traffic ?? [{ latestRevision: true, percent: 100 }], revision);
        const percent = shares.get(revision) ?? 0;
        const served = [];
        template.spec.containers.forEach((c, ci) => {
            const ei = (c.env ?? []).findIndex((e) => e.name === env);
            const e = c.env?.[ei];
            if (!e)
                return;
            served.push({
                value: e.value ?? null,
                fromSecret: e.value === undefined && e.valueFrom !== undefined,
                percent,
                revision,
                container: c.name ?? `#${ci}`,
                location: src.locate(['spec', 'template', 'spec', 'containers', ci, 'env', ei, e.value === undefined ? 'valueFrom' : 'value']),
            });
        });
        if (served.length === 0)
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(file, `no container sets ${env}; check --model-env`, src.locate(['spec', 'template', 'spec', 'containers']));
        // Revisions other than the template's that hold traffic (a rollback): the file cannot show what they serve.
        const others = [...shares].filter(([r, p]) => r !== revision && p > 0);
        const unseen = others.map(([r, p]) => ({
            value: null,
            fromSecret: false,
            percent: p,
            revision: r,
            container: '(not in this file)',
            unseen: true,
            location: src.locate([
                ...trafficPath,
                Math.max(0, targets.findIndex((t) => !t.latestRevision && t.revisionName === r)),
            ]),
        }));
        return {
            source: file,
            service: svc.metadata.name,
            region: svc.metadata.labels?.['cloud.googleapis.com/location'] ?? null,
            project: svc.metadata.namespace === undefined ? null : String(svc.metadata.namespace),
            env,
            // The template is listed even at 0%, so its model is still checked before traffic moves to it.
            served: [...served, ...unseen],
            ...(seen ? {} : { trafficSeen: false }),
        };
    },
});
/** Share of traffic per revision name; a `latestRevision` target counts for `latest` (null when unknown). */
const revisionShares = (targets, latest) => {
    const shares = new Map();
    for (const t of targets) {
        const name = t.latestRevision ? latest : (t.revisionName ?? null);
        shares.set(name, (shares.get(name) ?? 0) + (t.percent ?? 0));
    }
    return shares;
};


/***/ })

};
