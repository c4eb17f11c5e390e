export const id = 950;
export const ids = [950];
export const modules = {

/***/ 8950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bigqueryRegistry: () => (/* binding */ bigqueryRegistry)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
// Placeholder until the Google Cloud backends land (issue 3).

const bigqueryRegistry = (address, ..._rest) => {
    throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.at(address, 'this backend is not available in this build yet');
};


/***/ })

};
