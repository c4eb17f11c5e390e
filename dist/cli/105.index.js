export const id = 105;
export const ids = [105];
export const modules = {

/***/ 91105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serviceYamlDeployment: () => (/* binding */ serviceYamlDeployment)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43045);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78645);
/* harmony import */ var _util_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52094);
// Deployment from a Cloud Run service exported as YAML (`gcloud run services describe SVC --format export`).



const Env = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    valueFrom: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ secretKeyRef: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional() }).passthrough().optional(),
});
const Container = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), env: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(Env).optional() }).passthrough();
const KnativeService = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^serving\.knative\.dev\//, { message: 'must be serving.knative.dev/v1' }),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('Service'),
    metadata: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).optional(),
        labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    })
        .passthrough(),
    spec: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        template: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            metadata: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() }).passthrough().optional(),
            spec: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ containers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(Container).min(1) }).passthrough(),
        })
            .passthrough(),
        traffic: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ percent: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(), latestRevision: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(), revisionName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() })
            .passthrough())
            .optional(),
    })
        .passthrough(),
})
    .passthrough();
const serviceYamlDeployment = (file) => ({
    name: file,
    async read(env) {
        const src = await (0,_util_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlFile */ .kv)(file);
        const parsed = KnativeService.safeParse(src.value);
        if (!parsed.success) {
            const i = parsed.error.issues[0];
            const path = (i?.path ?? []).filter((p) => typeof p !== 'symbol');
            const why = (i?.message ?? 'unexpected shape').replace(/^Invalid input: /, '');
            throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(file, `not an exported Cloud Run service: ${path.join('.') || '(root)'}: ${why}`, src.locate(path));
        }
        const svc = parsed.data;
        const template = svc.spec.template;
        const revision = template.metadata?.name ?? null;
        const traffic = svc.spec.traffic ?? [{ latestRevision: true, percent: 100 }];
        const percent = traffic
            .filter((t) => t.latestRevision || (revision !== null && t.revisionName === revision))
            .reduce((sum, t) => sum + (t.percent ?? 0), 0);
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
            throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(file, `no container sets ${env}; check --model-env`, src.locate(['spec', 'template', 'spec', 'containers']));
        return {
            source: file,
            service: svc.metadata.name,
            region: svc.metadata.labels?.['cloud.googleapis.com/location'] ?? null,
            project: svc.metadata.namespace === undefined ? null : String(svc.metadata.namespace),
            env,
            served,
        };
    },
});


/***/ })

};
