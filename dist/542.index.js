export const id = 542;
export const ids = [542];
export const modules = {

/***/ 20161:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


module.exports = (__webpack_require__(48560)/* .loadAddon */ .JS)(__filename);


/***/ }),

/***/ 48560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ loadAddon)
/* harmony export */ });
/* unused harmony exports libcOfElf, addonFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
// DuckDB's native addon, the file @duckdb/node-bindings' own entry (duckdb.js) picks, without that entry's libc check
// on Linux: it asks detect-libc, whose load imports node:child_process (for a fallback that runs a shell), about
// 8-10 ms on a cold sync's critical path. detect-libc's first check reads the ELF interpreter of the running node from
// the first 2 KiB of /proc/self/exe; this reads the same. Wherever that does not decide (another platform, another
// interpreter, no /proc), the package's own entry loads the addon, as it always did.


/** How much of the executable detect-libc reads for its interpreter check (its MAX_LENGTH). */
const HEAD = 2048;
const NUL_TO_END = /\0.*$/;
/**
 * The libc family of a 64-bit little-endian ELF head's interpreter (PT_INTERP), decided as detect-libc decides it
 * (`/ld-musl-` is musl, `/ld-linux-` is glibc); null for anything else, a short or foreign file included.
 */
const libcOfElf = (elf) => {
    const b = Buffer.from(elf.buffer, elf.byteOffset, elf.byteLength);
    if (b.length < 64 || b.readUInt32BE(0) !== 0x7f454c46 || b[4] !== 2 || b[5] !== 1)
        return null;
    const table = b.readUInt32LE(32);
    const size = b.readUInt16LE(54);
    const count = b.readUInt16LE(56);
    for (let i = 0; i < count; i++) {
        const at = table + i * size;
        // A field past the head: detect-libc's read throws there, and it decides nothing.
        if (at + 4 > b.length)
            return null;
        if (b.readUInt32LE(at) !== 3)
            continue;
        if (at + 36 > b.length)
            return null;
        const from = b.readUInt32LE(at + 8);
        // The same cut as detect-libc's, so the same text is searched (a NUL followed by a line break cuts nothing).
        const path = b
            .subarray(from, from + b.readUInt32LE(at + 32))
            .toString()
            .replace(NUL_TO_END, '');
        return path.includes('/ld-musl-') ? 'musl' : path.includes('/ld-linux-') ? 'glibc' : null;
    }
    return null;
};
/**
 * The addon @duckdb/node-bindings' entry requires on this platform, when the interpreter check decides it (linux-x64
 * and linux-arm64 are where that entry asks for the libc); undefined where the entry itself should pick.
 */
const addonFor = (platform, arch, libc) => platform === 'linux' && (arch === 'x64' || arch === 'arm64') && libc
    ? `@duckdb/node-bindings-linux-${arch}${libc === 'musl' ? '-musl' : ''}/duckdb.node`
    : undefined;
/** The first bytes of the running executable, or undefined where there is no /proc/self/exe to read. */
const selfHead = () => {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/proc/self/exe', 'r');
        const b = Buffer.alloc(HEAD);
        return b.subarray(0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, b, 0, HEAD, 0));
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
};
/**
 * What `require('@duckdb/node-bindings')` from `base` (a file path or URL) returns: the addon, resolved from the
 * package's own directory as its entry resolves it (so the same file, and node's one copy of it); the package's
 * entry where the interpreter check does not decide. Throws as that require does when the package is missing.
 */
const loadAddon = (base) => {
    const req = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(base);
    const entry = req.resolve('@duckdb/node-bindings');
    const head = process.platform === 'linux' ? selfHead() : undefined;
    const addon = head ? addonFor(process.platform, process.arch, libcOfElf(head)) : undefined;
    return addon ? (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(entry)(addon) : req(entry);
};


/***/ })

};
