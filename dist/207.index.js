export const id = 207;
export const ids = [207];
export const modules = {

/***/ 7207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gcsArtifacts: () => (/* binding */ gcsArtifacts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78645);
/* harmony import */ var _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68560);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16771);
// Model objects in Cloud Storage: stat (exists, generation, the custom-metadata sha256 claim) and a
// streamed SHA-256 of one pinned generation, with the client's CRC32C check on the bytes hashed.




const claimOf = (v) => typeof v === 'string' && /^[0-9a-fA-F]{64}$/.test(v) ? { metadataSha256: v.toLowerCase() } : {};
const gcsArtifacts = (opts = {}) => {
    let storage;
    const client = () => {
        storage ??= (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .storageClient */ .dA)(opts);
        return storage;
    };
    return {
        name: 'Cloud Storage',
        async stat(gcsPath) {
            const at = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGsUrl */ .rU)(gcsPath);
            try {
                const [meta] = await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFile */ .g)(client(), at).getMetadata(), _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .transient */ ["do"]);
                return { exists: true, size: Number(meta.size), generation: String(meta.generation), ...claimOf(meta.metadata?.sha256) };
            }
            catch (e) {
                if ((0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(e))
                    return { exists: false };
                throw (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFailure */ .Sf)(e, 'objects.get', at);
            }
        },
        async sha256(gcsPath, generation, onProgress) {
            const at = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGsUrl */ .rU)(gcsPath);
            const file = (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFile */ .g)(client(), at, generation);
            try {
                // A failed attempt starts over with a fresh hash: resuming with a Range request would skip CRC32C.
                return await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(async () => {
                    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
                    let bytes = 0;
                    for await (const chunk of file.createReadStream({ validation: 'crc32c' })) {
                        hash.update(chunk);
                        bytes += chunk.length;
                        onProgress?.(bytes);
                    }
                    return hash.digest('hex');
                }, _gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .transient */ ["do"]);
            }
            catch (e) {
                // Between stat and hash the object was replaced in a bucket without versioning.
                if ((0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(e))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('Cloud Storage', `download generation ${generation} of ${gcsPath}`, 'that generation is gone: the object was replaced during the run; run again', { cause: e });
                throw (0,_gcs_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gcsFailure */ .Sf)(e, `download generation ${generation} of`, at);
            }
        },
    };
};


/***/ })

};
