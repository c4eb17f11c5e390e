export const id = 332;
export const ids = [332,951];
export const modules = {

/***/ 40332:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


exports.fallback = __webpack_require__(18692);
exports.loggingUtils = __webpack_require__(60517);
exports.decodeAnyProtosInArray = __webpack_require__(88646).decodeAnyProtosInArray;


/***/ })

};
