export const id = 779;
export const ids = [779];
export const modules = {

/***/ 3779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gcsManifest: () => (/* binding */ gcsManifest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68560);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16771);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19799);
// Manifest from Cloud Storage: read the metadata, then download exactly that generation, so the bytes
// and the recorded generation always belong together even when a writer replaces the object meanwhile.
// A write (promote) is one upload with ifGenerationMatch on the generation read: compare-and-swap.





/** Rounds of metadata + download when the pinned generation disappears (replaced in a bucket without versioning). */
const ROUNDS = 3;
const gcsManifest = (address, opts = {}) => {
    const at = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGsUrl */ .rU)(address);
    return {
        name: address,
        async load() {
            const storage = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .storageClient */ .dA)(opts);
            for (let round = 1;; round++) {
                let generation;
                try {
                    const [meta] = await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFile */ .g)(storage, at).getMetadata(), _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .transient */ ["do"]);
                    // Refuse a huge object before downloading it.
                    (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .checkManifestSize */ .vs)(address, Number(meta.size));
                    generation = String(meta.generation);
                }
                catch (e) {
                    if ((0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(e))
                        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.at(address, 'manifest not found');
                    throw (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFailure */ .Sf)(e, 'objects.get', at);
                }
                try {
                    const file = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFile */ .g)(storage, at, generation);
                    const [bytes] = await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => file.download({ validation: 'crc32c' }), _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .transient */ ["do"]);
                    return { bytes, generation };
                }
                catch (e) {
                    if ((0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(e) && round < ROUNDS)
                        continue;
                    throw (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFailure */ .Sf)(e, `download generation ${generation} of`, at);
                }
            }
        },
        async write(bytes, read) {
            if (read.generation === undefined)
                throw new Error(`write of ${address} needs the generation that was read`);
            const storage = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .storageClient */ .dA)(opts);
            const file = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFile */ .g)(storage, at);
            const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            const conflict = () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('Cloud Storage', `write of ${address}`, `generation ${read.generation} is no longer current: someone else wrote the manifest meanwhile; nothing written, run again`);
            try {
                // A small JSON: one multipart request, so the precondition and the bytes arrive together.
                await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => file.save(body, {
                    resumable: false,
                    contentType: 'application/json',
                    preconditionOpts: { ifGenerationMatch: Number(read.generation) },
                }), _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .transient */ ["do"]);
            }
            catch (e) {
                if (statusOf(e) !== 412)
                    throw writeFailure(e, at);
                // A retry after a lost answer meets our own write: the live object holding exactly our bytes is success.
                const [meta] = await file.getMetadata().catch(() => [undefined]);
                if (meta?.md5Hash !== (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(body).digest('base64'))
                    throw conflict();
            }
        },
    };
};
const statusOf = (e) => {
    const code = e.code;
    return typeof code === 'number' ? code : undefined;
};
const writeFailure = (e, at) => statusOf(e) === 403
    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('Cloud Storage', `write of ${at.url}`, `permission denied: replacing the manifest needs storage.objects.create and storage.objects.delete on bucket ${at.bucket} (roles/storage.objectUser)`, { cause: e })
    : (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFailure */ .Sf)(e, 'write of', at);


/***/ })

};
