export const id = 779;
export const ids = [779];
export const modules = {

/***/ 3779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gcsManifest: () => (/* binding */ gcsManifest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
// Placeholder until the Google Cloud backends land (issue 3).

const gcsManifest = (address, ..._rest) => {
    throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(address, 'this backend is not available in this build yet');
};


/***/ })

};
