export const id = 290;
export const ids = [290];
export const modules = {

/***/ 80290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex),
/* harmony export */   sha256HexOfBytes: () => (/* binding */ sha256HexOfBytes)
/* harmony export */ });
/* unused harmony export JS_HASH_MAX_BYTES */
/* harmony import */ var _noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45072);
/* harmony import */ var _noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76769);
// sha256 as lower-case hex: the digests the CLAUDE.md block findings carry, and the manifest's in a sync's history.
// @noble/hashes rather than node:crypto for small inputs: loading node:crypto (its keys, ciphers and streams) costs
// more of a command's start-up than hashing a few kilobytes in JavaScript; past that, node:crypto's native hash wins.


/** The same bytes and hex as node:crypto's createHash('sha256').update(text).digest('hex'). */
const sha256Hex = (text) => (0,_noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesToHex */ .My)((0,_noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(Buffer.from(text, 'utf8')));
/** Up to this many bytes JavaScript hashes faster than node:crypto loads (a cold 64 KiB takes about as long as the load). */
const JS_HASH_MAX_BYTES = 32 * 1024;
/** The same hex as node:crypto's createHash('sha256').update(bytes).digest('hex'), by either. */
const sha256HexOfBytes = async (bytes) => {
    if (bytes.byteLength <= JS_HASH_MAX_BYTES)
        return (0,_noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesToHex */ .My)((0,_noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytes));
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 19));
    return createHash('sha256').update(bytes).digest('hex');
};


/***/ })

};
