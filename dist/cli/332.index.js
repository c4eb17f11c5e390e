export const id = 332;
export const ids = [332];
export const modules = {

/***/ 90136:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAPICaller = createAPICaller;
const normalApiCaller_1 = __webpack_require__(37066);
function createAPICaller(settings, descriptor) {
    if (!descriptor) {
        return new normalApiCaller_1.NormalApiCaller();
    }
    return descriptor.getApiCaller(settings);
}
//# sourceMappingURL=apiCaller.js.map

/***/ }),

/***/ 14335:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BundleApiCaller = void 0;
const call_1 = __webpack_require__(15395);
const googleError_1 = __webpack_require__(61552);
/**
 * An implementation of APICaller for bundled calls.
 * Uses BundleExecutor to do bundling.
 */
class BundleApiCaller {
    bundler;
    constructor(bundler) {
        this.bundler = bundler;
    }
    init(callback) {
        if (callback) {
            return new call_1.OngoingCall(callback);
        }
        return new call_1.OngoingCallPromise();
    }
    wrap(func) {
        return func;
    }
    call(apiCall, argument, settings, status) {
        if (!settings.isBundling) {
            throw new googleError_1.GoogleError('Bundling enabled with no isBundling!');
        }
        status.call((argument, callback) => {
            this.bundler.schedule(apiCall, argument, callback);
            return status;
        }, argument);
    }
    fail(canceller, err) {
        canceller.callback(err);
    }
    result(canceller) {
        return canceller.promise;
    }
}
exports.BundleApiCaller = BundleApiCaller;
//# sourceMappingURL=bundleApiCaller.js.map

/***/ }),

/***/ 15899:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BundleDescriptor = void 0;
const normalApiCaller_1 = __webpack_require__(37066);
const bundleApiCaller_1 = __webpack_require__(14335);
const bundleExecutor_1 = __webpack_require__(74927);
const util_1 = __webpack_require__(70263);
/**
 * A descriptor for calls that can be bundled into one call.
 */
class BundleDescriptor {
    bundledField;
    requestDiscriminatorFields;
    subresponseField;
    byteLengthFunction;
    /**
     * Describes the structure of bundled call.
     *
     * requestDiscriminatorFields may include '.' as a separator, which is used to
     * indicate object traversal. This allows fields in nested objects to be used
     * to determine what request to bundle.
     *
     * @property {String} bundledField
     * @property {String} requestDiscriminatorFields
     * @property {String} subresponseField
     * @property {Function} byteLengthFunction
     *
     * @param {String} bundledField - the repeated field in the request message
     *   that will have its elements aggregated by bundling.
     * @param {String} requestDiscriminatorFields - a list of fields in the
     *   target request message class that are used to detemrine which request
     *   messages should be bundled together.
     * @param {String} subresponseField - an optional field, when present it
     *   indicates the field in the response message that should be used to
     *   demultiplex the response into multiple response messages.
     * @param {Function} byteLengthFunction - a function to obtain the byte
     *   length to be consumed for the bundled field messages. Because Node.JS
     *   protobuf.js/gRPC uses builtin Objects for the user-visible data and
     *   internally they are encoded/decoded in protobuf manner, this function
     *   is actually necessary to calculate the byte length.
     * @constructor
     */
    constructor(bundledField, requestDiscriminatorFields, subresponseField, byteLengthFunction) {
        if (!byteLengthFunction && typeof subresponseField === 'function') {
            byteLengthFunction = subresponseField;
            subresponseField = null;
        }
        this.bundledField = bundledField;
        this.requestDiscriminatorFields =
            requestDiscriminatorFields.map(util_1.toCamelCase);
        this.subresponseField = subresponseField;
        this.byteLengthFunction = byteLengthFunction;
    }
    getApiCaller(settings) {
        if (settings.isBundling === false) {
            return new normalApiCaller_1.NormalApiCaller();
        }
        return new bundleApiCaller_1.BundleApiCaller(new bundleExecutor_1.BundleExecutor(settings.bundleOptions, this));
    }
}
exports.BundleDescriptor = BundleDescriptor;
//# sourceMappingURL=bundleDescriptor.js.map

/***/ }),

/***/ 74927:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BundleExecutor = void 0;
const status_1 = __webpack_require__(39705);
const googleError_1 = __webpack_require__(61552);
const warnings_1 = __webpack_require__(6002);
const bundlingUtils_1 = __webpack_require__(49340);
const task_1 = __webpack_require__(60127);
function noop() { }
/**
 * BundleExecutor stores several timers for each bundle (calls are bundled based
 * on the options passed, each bundle has unique ID that is calculated based on
 * field values). Each timer fires and sends a call after certain amount of
 * time, and if a new request comes to the same bundle, the timer can be
 * restarted.
 */
class BundleExecutor {
    _options;
    _descriptor;
    _tasks;
    _timers;
    _invocations;
    _invocationId;
    /**
     * Organizes requests for an api service that requires to bundle them.
     *
     * @param {BundleOptions} bundleOptions - configures strategy this instance
     *   uses when executing bundled functions.
     * @param {BundleDescriptor} bundleDescriptor - the description of the bundling.
     * @constructor
     */
    constructor(bundleOptions, bundleDescriptor) {
        this._options = bundleOptions;
        this._descriptor = bundleDescriptor;
        this._tasks = {};
        this._timers = {};
        this._invocations = {};
        this._invocationId = 0;
    }
    /**
     * Schedule a method call.
     *
     * @param {function} apiCall - the function for an API call.
     * @param {Object} request - the request object to be bundled with others.
     * @param {APICallback} callback - the callback to be called when the method finished.
     * @return {function()} - the function to cancel the scheduled invocation.
     */
    schedule(apiCall, request, callback) {
        const bundleId = (0, bundlingUtils_1.computeBundleId)(request, this._descriptor.requestDiscriminatorFields);
        callback = (callback || noop);
        if (bundleId === undefined) {
            (0, warnings_1.warn)('bundling_schedule_bundleid_undefined', 'The request does not have enough information for request bundling. ' +
                `Invoking immediately. Request: ${JSON.stringify(request)} ` +
                `discriminator fields: ${this._descriptor.requestDiscriminatorFields}`);
            return apiCall(request, callback);
        }
        if (request[this._descriptor.bundledField] === undefined) {
            (0, warnings_1.warn)('bundling_no_bundled_field', `Request does not contain field ${this._descriptor.bundledField} that must present for bundling. ` +
                `Invoking immediately. Request: ${JSON.stringify(request)}`);
            return apiCall(request, callback);
        }
        if (!(bundleId in this._tasks)) {
            this._tasks[bundleId] = new task_1.Task(apiCall, request, this._descriptor.bundledField, this._descriptor.subresponseField);
        }
        let task = this._tasks[bundleId];
        callback.id = String(this._invocationId++);
        this._invocations[callback.id] = bundleId;
        const bundledField = request[this._descriptor.bundledField];
        const elementCount = bundledField.length;
        let requestBytes = 0;
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const self = this;
        bundledField.forEach(obj => {
            requestBytes += this._descriptor.byteLengthFunction(obj);
        });
        const countLimit = this._options.elementCountLimit || 0;
        const byteLimit = this._options.requestByteLimit || 0;
        if ((countLimit > 0 && elementCount > countLimit) ||
            (byteLimit > 0 && requestBytes >= byteLimit)) {
            let message;
            if (countLimit > 0 && elementCount > countLimit) {
                message =
                    'The number of elements ' +
                        elementCount +
                        ' exceeds the limit ' +
                        this._options.elementCountLimit;
            }
            else {
                message =
                    'The required bytes ' +
                        requestBytes +
                        ' exceeds the limit ' +
                        this._options.requestByteLimit;
            }
            const error = new googleError_1.GoogleError(message);
            error.code = status_1.Status.INVALID_ARGUMENT;
            callback(error);
            return {
                cancel: noop,
            };
        }
        const existingCount = task.getElementCount();
        const existingBytes = task.getRequestByteSize();
        if ((countLimit > 0 && elementCount + existingCount >= countLimit) ||
            (byteLimit > 0 && requestBytes + existingBytes >= byteLimit)) {
            this._runNow(bundleId);
            this._tasks[bundleId] = new task_1.Task(apiCall, request, this._descriptor.bundledField, this._descriptor.subresponseField);
            task = this._tasks[bundleId];
        }
        task.extend(bundledField, requestBytes, callback);
        const ret = {
            cancel() {
                self._cancel(callback.id);
            },
        };
        const countThreshold = this._options.elementCountThreshold || 0;
        const sizeThreshold = this._options.requestByteThreshold || 0;
        if ((countThreshold > 0 && task.getElementCount() >= countThreshold) ||
            (sizeThreshold > 0 && task.getRequestByteSize() >= sizeThreshold)) {
            this._runNow(bundleId);
            return ret;
        }
        if (!(bundleId in this._timers) && this._options.delayThreshold > 0) {
            this._timers[bundleId] = setTimeout(() => {
                delete this._timers[bundleId];
                this._runNow(bundleId);
            }, this._options.delayThreshold);
        }
        return ret;
    }
    /**
     * Clears scheduled timeout if it exists.
     *
     * @param {String} bundleId - the id for the task whose timeout needs to be
     *   cleared.
     * @private
     */
    _maybeClearTimeout(bundleId) {
        if (bundleId in this._timers) {
            const timerId = this._timers[bundleId];
            delete this._timers[bundleId];
            clearTimeout(timerId);
        }
    }
    /**
     * Cancels an event.
     *
     * @param {String} id - The id for the event in the task.
     * @private
     */
    _cancel(id) {
        if (!(id in this._invocations)) {
            return;
        }
        const bundleId = this._invocations[id];
        if (!(bundleId in this._tasks)) {
            return;
        }
        const task = this._tasks[bundleId];
        delete this._invocations[id];
        if (task.cancel(id)) {
            this._maybeClearTimeout(bundleId);
            delete this._tasks[bundleId];
        }
    }
    /**
     * Invokes a task.
     *
     * @param {String} bundleId - The id for the task.
     * @private
     */
    _runNow(bundleId) {
        if (!(bundleId in this._tasks)) {
            (0, warnings_1.warn)('bundle_runnow_bundleid_unknown', `No such bundleid: ${bundleId}`);
            return;
        }
        this._maybeClearTimeout(bundleId);
        const task = this._tasks[bundleId];
        delete this._tasks[bundleId];
        task.run().forEach(id => {
            delete this._invocations[id];
        });
    }
}
exports.BundleExecutor = BundleExecutor;
//# sourceMappingURL=bundleExecutor.js.map

/***/ }),

/***/ 49340:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.computeBundleId = computeBundleId;
/**
 * Compute the identifier of the `obj`. The objects of the same ID
 * will be bundled together.
 *
 * @param {RequestType} obj - The request object.
 * @param {String[]} discriminatorFields - The array of field names.
 *   A field name may include '.' as a separator, which is used to
 *   indicate object traversal.
 * @return {String|undefined} - the identifier string, or undefined if any
 *   discriminator fields do not exist.
 */
function computeBundleId(obj, discriminatorFields) {
    const ids = [];
    let hasIds = false;
    for (const field of discriminatorFields) {
        const id = at(obj, field);
        if (id === undefined) {
            ids.push(null);
        }
        else {
            hasIds = true;
            ids.push(id);
        }
    }
    if (!hasIds) {
        return undefined;
    }
    return JSON.stringify(ids);
}
/**
 * Given an object field path that may contain dots, dig into the obj and find
 * the value at the given path.
 * @example
 * const obj = {
 *   a: {
 *     b: 5
 *   }
 * }
 * const id = at(obj, 'a.b');
 * // id = 5
 * @param field Path to the property with `.` notation
 * @param obj The object to traverse
 * @returns the value at the given path
 */
function at(obj, field) {
    const pathParts = field.split('.');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let currentObj = obj;
    for (const pathPart of pathParts) {
        currentObj = currentObj?.[pathPart];
    }
    return currentObj;
}
//# sourceMappingURL=bundlingUtils.js.map

/***/ }),

/***/ 60127:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Task = void 0;
exports.deepCopyForResponse = deepCopyForResponse;
const status_1 = __webpack_require__(39705);
const googleError_1 = __webpack_require__(61552);
/**
 * Creates a deep copy of the object with the consideration of subresponse
 * fields for bundling.
 *
 * @param {Object} obj - The source object.
 * @param {Object?} subresponseInfo - The information to copy the subset of
 *   the field for the response. Do nothing if it's null.
 * @param {String} subresponseInfo.field - The field name.
 * @param {number} subresponseInfo.start - The offset where the copying
 *   element should starts with.
 * @param {number} subresponseInfo.end - The ending index where the copying
 *   region of the elements ends.
 * @return {Object} The copied object.
 * @private
 */
function deepCopyForResponse(
// eslint-disable-next-line @typescript-eslint/no-explicit-any
obj, subresponseInfo) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let result;
    if (obj === null) {
        return null;
    }
    if (obj === undefined) {
        return undefined;
    }
    if (Array.isArray(obj)) {
        result = [];
        obj.forEach(element => {
            result.push(deepCopyForResponse(element, null));
        });
        return result;
    }
    // Some objects (such as ByteBuffer) have copy method.
    if (obj.copy !== undefined) {
        return obj.copy();
    }
    // ArrayBuffer should be copied through slice().
    if (obj instanceof ArrayBuffer) {
        return obj.slice(0);
    }
    if (typeof obj === 'object') {
        result = {};
        Object.keys(obj).forEach(key => {
            if (subresponseInfo &&
                key === subresponseInfo.field &&
                Array.isArray(obj[key])) {
                // Note that subresponses are not deep-copied. This is safe because
                // those subresponses are not shared among callbacks.
                result[key] = obj[key].slice(subresponseInfo.start, subresponseInfo.end);
            }
            else {
                result[key] = deepCopyForResponse(obj[key], null);
            }
        });
        return result;
    }
    return obj;
}
class Task {
    _apiCall;
    _request;
    _bundledField;
    _subresponseField;
    _data;
    callCanceller;
    /**
     * A task coordinates the execution of a single bundle.
     *
     * @param {function} apiCall - The function to conduct calling API.
     * @param {Object} bundlingRequest - The base request object to be used
     *   for the actual API call.
     * @param {string} bundledField - The name of the field in bundlingRequest
     *   to be bundled.
     * @param {string=} subresponseField - The name of the field in the response
     *   to be passed to the callback.
     * @constructor
     * @private
     */
    constructor(apiCall, bundlingRequest, bundledField, subresponseField) {
        this._apiCall = apiCall;
        this._request = bundlingRequest;
        this._bundledField = bundledField;
        this._subresponseField = subresponseField;
        this._data = [];
    }
    /**
     * Returns the number of elements in a task.
     * @return {number} The number of elements.
     */
    getElementCount() {
        let count = 0;
        for (let i = 0; i < this._data.length; ++i) {
            count += this._data[i].elements.length;
        }
        return count;
    }
    /**
     * Returns the total byte size of the elements in a task.
     * @return {number} The byte size.
     */
    getRequestByteSize() {
        let size = 0;
        for (let i = 0; i < this._data.length; ++i) {
            size += this._data[i].bytes;
        }
        return size;
    }
    /**
     * Invokes the actual API call with current elements.
     * @return {string[]} - the list of ids for invocations to be run.
     */
    run() {
        if (this._data.length === 0) {
            return [];
        }
        const request = this._request;
        const elements = [];
        const ids = [];
        for (let i = 0; i < this._data.length; ++i) {
            elements.push(...this._data[i].elements);
            ids.push(this._data[i].callback.id);
        }
        request[this._bundledField] = elements;
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const self = this;
        this.callCanceller = this._apiCall(request, (err, response) => {
            const responses = [];
            if (err) {
                self._data.forEach(() => {
                    responses.push(undefined);
                });
            }
            else {
                let subresponseInfo = null;
                if (self._subresponseField) {
                    subresponseInfo = {
                        field: self._subresponseField,
                        start: 0,
                    };
                }
                self._data.forEach(data => {
                    if (subresponseInfo) {
                        subresponseInfo.end =
                            subresponseInfo.start + data.elements.length;
                    }
                    responses.push(deepCopyForResponse(response, subresponseInfo));
                    if (subresponseInfo) {
                        subresponseInfo.start = subresponseInfo.end;
                    }
                });
            }
            for (let i = 0; i < self._data.length; ++i) {
                if (self._data[i].cancelled) {
                    const error = new googleError_1.GoogleError('cancelled');
                    error.code = status_1.Status.CANCELLED;
                    self._data[i].callback(error);
                }
                else {
                    self._data[i].callback(err, responses[i]);
                }
            }
        });
        return ids;
    }
    /**
     * Appends the list of elements into the task.
     * @param {Object[]} elements - the new list of elements.
     * @param {number} bytes - the byte size required to encode elements in the API.
     * @param {APICallback} callback - the callback of the method call.
     */
    extend(elements, bytes, callback) {
        this._data.push({
            elements,
            bytes,
            callback,
        });
    }
    /**
     * Cancels a part of elements.
     * @param {string} id - The identifier of the part of elements.
     * @return {boolean} Whether the entire task will be canceled or not.
     */
    cancel(id) {
        if (this.callCanceller) {
            let allCancelled = true;
            this._data.forEach(d => {
                if (d.callback.id === id) {
                    d.cancelled = true;
                }
                if (!d.cancelled) {
                    allCancelled = false;
                }
            });
            if (allCancelled) {
                this.callCanceller.cancel();
            }
            return allCancelled;
        }
        for (let i = 0; i < this._data.length; ++i) {
            if (this._data[i].callback.id === id) {
                const error = new googleError_1.GoogleError('cancelled');
                error.code = status_1.Status.CANCELLED;
                this._data[i].callback(error);
                this._data.splice(i, 1);
                break;
            }
        }
        return this._data.length === 0;
    }
}
exports.Task = Task;
//# sourceMappingURL=task.js.map

/***/ }),

/***/ 15395:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OngoingCallPromise = exports.OngoingCall = void 0;
const status_1 = __webpack_require__(39705);
const googleError_1 = __webpack_require__(61552);
class OngoingCall {
    callback;
    cancelFunc;
    completed;
    /**
     * OngoingCall manages callback, API calls, and cancellation
     * of the API calls.
     * @param {APICallback=} callback
     *   The callback to be called asynchronously when the API call
     *   finishes.
     * @constructor
     * @property {APICallback} callback
     *   The callback function to be called.
     * @private
     */
    constructor(callback) {
        this.callback = callback;
        this.completed = false;
    }
    /**
     * Cancels the ongoing promise.
     */
    cancel() {
        if (this.completed) {
            return;
        }
        this.completed = true;
        if (this.cancelFunc) {
            this.cancelFunc();
        }
        else {
            const error = new googleError_1.GoogleError('cancelled');
            error.code = status_1.Status.CANCELLED;
            this.callback(error);
        }
    }
    /**
     * Call calls the specified function. Result will be used to fulfill
     * the promise.
     *
     * @param {SimpleCallbackFunction} func
     *   A function for an API call.
     * @param {Object} argument
     *   A request object.
     */
    call(func, argument) {
        if (this.completed) {
            return;
        }
        const canceller = func(argument, (err, response, next, rawResponse) => {
            this.completed = true;
            setImmediate(this.callback, err, response, next, rawResponse);
        });
        if (canceller instanceof Promise) {
            canceller.catch(err => {
                setImmediate(this.callback, new googleError_1.GoogleError(err), null, null, null);
            });
        }
        this.cancelFunc = () => canceller.cancel();
    }
}
exports.OngoingCall = OngoingCall;
class OngoingCallPromise extends OngoingCall {
    promise;
    /**
     * GaxPromise is GRPCCallbackWrapper, but it holds a promise when
     * the API call finishes.
     * @constructor
     * @private
     */
    constructor() {
        let resolveCallback;
        let rejectCallback;
        const callback = (err, response, next, rawResponse) => {
            if (err) {
                // If gRPC metadata exist, parsed google.rpc.status details.
                if (err.metadata) {
                    rejectCallback(googleError_1.GoogleError.parseGRPCStatusDetails(err));
                }
                else {
                    rejectCallback(err);
                }
            }
            else if (response !== undefined) {
                resolveCallback([response, next || null, rawResponse || null]);
            }
            else {
                throw new googleError_1.GoogleError('Neither error nor response are defined');
            }
        };
        const promise = new Promise((resolve, reject) => {
            resolveCallback = resolve;
            rejectCallback = reject;
        });
        super(callback);
        this.promise = promise;
        this.promise.cancel = () => {
            this.cancel();
        };
    }
}
exports.OngoingCallPromise = OngoingCallPromise;
//# sourceMappingURL=call.js.map

/***/ }),

/***/ 12119:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createApiCall = createApiCall;
/**
 * Provides function wrappers that implement page streaming and retrying.
 */
const api_1 = __webpack_require__(59836);
const apiCaller_1 = __webpack_require__(90136);
const gax_1 = __webpack_require__(27383);
const retries_1 = __webpack_require__(82258);
const timeout_1 = __webpack_require__(47411);
const streamingApiCaller_1 = __webpack_require__(19110);
const streaming_1 = __webpack_require__(40829);
const warnings_1 = __webpack_require__(6002);
const TracerHelper_1 = __webpack_require__(84104);
const LoggerHelper_1 = __webpack_require__(84117);
const util_1 = __webpack_require__(90817);
const contextUtil_1 = __webpack_require__(28506);
/**
 * Converts an rpc call into an API call governed by the settings.
 *
 * In typical usage, `func` will be a promise to a callable used to make an rpc
 * request. This will mostly likely be a bound method from a request stub used
 * to make an rpc call. It is not a direct function but a Promise instance,
 * because of its asynchronism (typically, obtaining the auth information).
 *
 * The result is a function which manages the API call with the given settings
 * and the options on the invocation.
 *
 * @param {Promise<GRPCCall>|GRPCCall} func - is either a promise to be used to make
 *   a bare RPC call, or just a bare RPC call.
 * @param {CallSettings} settings - provides the settings for this call
 * @param {Descriptor} [descriptor] - optionally specify the descriptor for
 *   the method call.
 * @param {boolean | 'proto' | 'rest'} [_fallback] - optionally specify whether
 *   the call uses HTTP/REST fallback transport rather than gRPC.
 * @return {GaxCall} func - a bound method on a request stub used
 *   to make an rpc call.
 */
function createApiCall(func, settings, descriptor, _fallback) {
    // we want to be able to accept both promise resolving to a function and a
    // function. Currently client librares are only calling this method with a
    // promise, but it will change.
    const funcPromise = typeof func === 'function' ? Promise.resolve(func) : func;
    // the following apiCaller will be used for all calls of this function...
    const apiCaller = (0, apiCaller_1.createAPICaller)(settings, descriptor);
    const tracingEnabled = (0, util_1.checkTracingEnabled)(settings);
    const loggingEnabled = (0, util_1.checkLoggingEnabled)(settings);
    const staticArgs = tracingEnabled || loggingEnabled
        ? (0, contextUtil_1.resolveStaticTraceContext)(settings)
        : undefined;
    const serviceName = settings.apiName?.split('.').pop() ?? '';
    const isFallback = Boolean(_fallback);
    const dynamicArgs = tracingEnabled || loggingEnabled
        ? {
            clientName: serviceName ? `${serviceName}Client` : '',
            methodName: settings.otherArgs?.internalMethodName ?? '',
            rpcType: isFallback ? 'http' : 'grpc',
            apiName: settings.apiName ?? '',
        }
        : undefined;
    const invokeCall = (request, callOptions, callback) => {
        // Capture the active OpenTelemetry context to parent async attempt spans and preserve
        // outer span correlation on attempt logs when context does not propagate across async gaps.
        const parentContext = tracingEnabled || loggingEnabled ? api_1.context.active() : undefined;
        let currentApiCaller = apiCaller;
        let thisSettings;
        if (currentApiCaller instanceof streamingApiCaller_1.StreamingApiCaller) {
            const gaxStreamingRetries = currentApiCaller.descriptor?.gaxStreamingRetries ?? false;
            // If Gax streaming retries are enabled, check settings passed at call time and convert parameters if needed
            const convertedRetryOptions = (0, gax_1.convertRetryOptions)(callOptions, gaxStreamingRetries);
            thisSettings = settings.merge(convertedRetryOptions);
        }
        else {
            thisSettings = settings.merge(callOptions);
        }
        // special case: if bundling is disabled for this one call,
        // use default API caller instead
        if (settings.isBundling && !thisSettings.isBundling) {
            currentApiCaller = (0, apiCaller_1.createAPICaller)(settings, undefined);
        }
        const ongoingCall = currentApiCaller.init(callback);
        const signal = thisSettings.signal;
        if (signal && !(ongoingCall instanceof streaming_1.StreamProxy)) {
            if (signal.aborted) {
                process.nextTick(() => {
                    ongoingCall.cancel();
                });
                return currentApiCaller.result(ongoingCall);
            }
            const abortListener = () => {
                ongoingCall.cancel();
            };
            signal.addEventListener('abort', abortListener, { once: true });
            const originalCallback = ongoingCall.callback;
            ongoingCall.callback = (...args) => {
                signal.removeEventListener('abort', abortListener);
                originalCallback?.(...args);
            };
        }
        // Track resends per logical request so auto-paginated subsequent page
        // requests start at resendCount = 0 instead of being counted as retries.
        let attemptResendCount = 0;
        let isRetryAttempt = false;
        const recordResend = tracingEnabled
            ? () => {
                attemptResendCount++;
                isRetryAttempt = true;
            }
            : undefined;
        // Server-streaming calls retry inside the stream rather than through
        // `retryable`, so the recorder is handed to the stream proxy so each
        // resumed stream attempt span receives the incremented resendCount.
        if (recordResend && ongoingCall instanceof streaming_1.StreamProxy) {
            ongoingCall.recordResend = recordResend;
        }
        funcPromise
            .then((func) => {
            // Initially, the function is just what gRPC server stub contains.
            let wrappedFunc = currentApiCaller.wrap(func);
            const streaming = currentApiCaller.descriptor
                ?.streaming;
            // Wrap the transport call so each attempt (initial send and retries) emits a low level network CLIENT span.
            if ((tracingEnabled || loggingEnabled) && dynamicArgs && staticArgs) {
                const callerWrappedFunc = wrappedFunc;
                wrappedFunc = (argument, metadata, options, attemptCallback) => {
                    let attemptExecution = (cb) => Reflect.apply(callerWrappedFunc, undefined, [
                        argument,
                        metadata,
                        options,
                        cb,
                    ]);
                    // If logging is enabled, wrap with L4 attempt error logging.
                    // When tracing is disabled, restore `parentContext` around the attempt so
                    // `logNetworkAttempt` preserves the caller's outer OpenTelemetry span even
                    // without an async ContextManager across `funcPromise.then` or retry timers.
                    if (loggingEnabled) {
                        const originalAttemptExecution = attemptExecution;
                        attemptExecution = (cb) => {
                            const runLoggedAttempt = () => (0, LoggerHelper_1.logNetworkAttempt)(dynamicArgs, staticArgs, loggedCallback => originalAttemptExecution(loggedCallback ?? cb), Boolean(streaming), cb);
                            return !tracingEnabled && parentContext
                                ? api_1.context.with(parentContext, runLoggedAttempt)
                                : runLoggedAttempt();
                        };
                    }
                    if (tracingEnabled) {
                        if (!isRetryAttempt) {
                            attemptResendCount = 0;
                        }
                        isRetryAttempt = false;
                        const resendCount = attemptResendCount;
                        const originalAttemptExecution = attemptExecution;
                        attemptExecution = (cb) => (0, TracerHelper_1.traceAttempt)({ ...dynamicArgs, resendCount }, staticArgs, tracedAttemptCallback => originalAttemptExecution(tracedAttemptCallback ?? cb), Boolean(streaming), cb, parentContext);
                    }
                    return attemptExecution(attemptCallback);
                };
            }
            const retry = thisSettings.retry;
            if (streaming && retry) {
                if (retry.retryCodes.length > 0 && retry.shouldRetryFn) {
                    (0, warnings_1.warn)('either_retrycodes_or_shouldretryfn', 'Only one of retryCodes or shouldRetryFn may be defined. Ignoring retryCodes.');
                    retry.retryCodes = [];
                }
                if (!currentApiCaller.descriptor
                    .gaxStreamingRetries &&
                    retry.getResumptionRequestFn) {
                    throw new Error('getResumptionRequestFn can only be used when gaxStreamingRetries is set to true.');
                }
            }
            if (!streaming && retry) {
                if (retry.shouldRetryFn) {
                    throw new Error('Using a function to determine retry eligibility is only supported with server streaming calls');
                }
                if (retry.getResumptionRequestFn) {
                    throw new Error('Resumption strategy can only be used with server streaming retries');
                }
                if (retry.retryCodes && retry.retryCodes.length > 0) {
                    retry.backoffSettings.initialRpcTimeoutMillis ??=
                        thisSettings.timeout;
                    return (0, retries_1.retryable)(wrappedFunc, thisSettings.retry, thisSettings.otherArgs, thisSettings.apiName, recordResend);
                }
            }
            return (0, timeout_1.addTimeoutArg)(wrappedFunc, thisSettings.timeout, thisSettings.otherArgs);
        })
            .then((apiCall) => {
            // After adding retries / timeouts, the call function becomes simpler:
            // it only accepts request and callback.
            return currentApiCaller.call(apiCall, request, thisSettings, ongoingCall);
        })
            .catch(err => {
            currentApiCaller.fail(ongoingCall, err);
        });
        // Calls normally return a "cancellable promise" that can be used to `await` for the actual result,
        // or to cancel the ongoing call.
        return currentApiCaller.result(ongoingCall);
    };
    if ((tracingEnabled || loggingEnabled) && dynamicArgs && staticArgs) {
        const isStreamingCall = apiCaller instanceof streamingApiCaller_1.StreamingApiCaller;
        return (request, callOptions, callback) => {
            let callExecution = (cb) => invokeCall(request, callOptions, cb);
            // Wrap with L3 terminal logging
            if (loggingEnabled) {
                const originalCallExecution = callExecution;
                callExecution = (cb) => (0, LoggerHelper_1.logCall)(dynamicArgs, staticArgs, loggedCallback => originalCallExecution(loggedCallback ?? cb), isStreamingCall, cb);
            }
            if (tracingEnabled) {
                const originalCallExecution = callExecution;
                callExecution = (cb) => (0, TracerHelper_1.traceCall)(dynamicArgs, staticArgs, (tracedCallback) => {
                    // `traceCall` wraps the user's callback whenever one was supplied,
                    // for stream and non-stream calls alike, and that wrapper is what
                    // closes the span. It is undefined only when there is no callback to
                    // wrap, in which case the span is bound to the returned promise or
                    // stream instead; the fallback keeps this correct either way.
                    return originalCallExecution(tracedCallback ?? cb);
                }, isStreamingCall, cb);
            }
            return callExecution(callback);
        };
    }
    else {
        return invokeCall;
    }
}
//# sourceMappingURL=createApiCall.js.map

/***/ }),

/***/ 83790:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResumableUploadDescriptor = exports.BundleDescriptor = exports.StreamDescriptor = exports.PageDescriptor = exports.LongrunningDescriptor = void 0;
var longRunningDescriptor_1 = __webpack_require__(22594);
Object.defineProperty(exports, "LongrunningDescriptor", ({ enumerable: true, get: function () { return longRunningDescriptor_1.LongRunningDescriptor; } }));
var pageDescriptor_1 = __webpack_require__(99431);
Object.defineProperty(exports, "PageDescriptor", ({ enumerable: true, get: function () { return pageDescriptor_1.PageDescriptor; } }));
var streamDescriptor_1 = __webpack_require__(67208);
Object.defineProperty(exports, "StreamDescriptor", ({ enumerable: true, get: function () { return streamDescriptor_1.StreamDescriptor; } }));
var bundleDescriptor_1 = __webpack_require__(15899);
Object.defineProperty(exports, "BundleDescriptor", ({ enumerable: true, get: function () { return bundleDescriptor_1.BundleDescriptor; } }));
var resumableUpload_1 = __webpack_require__(47714);
Object.defineProperty(exports, "ResumableUploadDescriptor", ({ enumerable: true, get: function () { return resumableUpload_1.ResumableUploadDescriptor; } }));
//# sourceMappingURL=descriptor.js.map

/***/ }),

/***/ 95349:
/***/ (function(module, exports, __webpack_require__) {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fallback = exports.GoogleError = exports.operation = exports.Operation = exports.warn = exports.protobufMinimal = exports.protobuf = exports.LocationProtos = exports.IamProtos = exports.operationsProtos = exports.protobufFromJSON = exports.GrpcClient = exports.defaultToObjectOptions = exports.makeUUID = exports.LocationsClient = exports.IamClient = exports.OperationsClient = exports.StreamType = exports.resumableSourceFromFile = exports.resumableUploadStub = exports.ResumableUploadState = exports.ResumableUploadSession = exports.ResumableUploadDescriptor = exports.StreamDescriptor = exports.PageDescriptor = exports.LongrunningDescriptor = exports.BundleDescriptor = exports.version = exports.createDefaultBackoffSettings = exports.RetryOptions = exports.constructSettings = exports.CallSettings = exports.routingHeader = exports.PathTemplate = void 0;
exports.lro = lro;
exports.createApiCall = createApiCall;
const object_hash_1 = __importDefault(__webpack_require__(81742));
const protobuf = __importStar(__webpack_require__(52092));
exports.protobuf = protobuf;
const gax = __importStar(__webpack_require__(27383));
const contextUtil_1 = __webpack_require__(28506);
const routingHeader = __importStar(__webpack_require__(92168));
exports.routingHeader = routingHeader;
const status_1 = __webpack_require__(39705);
const google_auth_library_1 = __webpack_require__(37097);
const operationsClient_1 = __webpack_require__(39618);
const createApiCall_1 = __webpack_require__(12119);
const fallbackRest = __importStar(__webpack_require__(36879));
const featureDetection_1 = __webpack_require__(88870);
const fallbackServiceStub_1 = __webpack_require__(77106);
const streaming_1 = __webpack_require__(40829);
const util_1 = __webpack_require__(70263);
Object.defineProperty(exports, "IamProtos", ({ enumerable: true, get() { throw new Error('google-gax IamProtos: not in this bundle (model-governance never polls or cancels operations)'); } }));
Object.defineProperty(exports, "LocationProtos", ({ enumerable: true, get() { throw new Error('google-gax LocationProtos: not in this bundle (model-governance never polls or cancels operations)'); } }));
Object.defineProperty(exports, "operationsProtos", ({ enumerable: true, get() { throw new Error('google-gax operationsProtos: not in this bundle (model-governance never polls or cancels operations)'); } }));
var pathTemplate_1 = __webpack_require__(55818);
Object.defineProperty(exports, "PathTemplate", ({ enumerable: true, get: function () { return pathTemplate_1.PathTemplate; } }));
var gax_1 = __webpack_require__(27383);
Object.defineProperty(exports, "CallSettings", ({ enumerable: true, get: function () { return gax_1.CallSettings; } }));
Object.defineProperty(exports, "constructSettings", ({ enumerable: true, get: function () { return gax_1.constructSettings; } }));
Object.defineProperty(exports, "RetryOptions", ({ enumerable: true, get: function () { return gax_1.RetryOptions; } }));
Object.defineProperty(exports, "createDefaultBackoffSettings", ({ enumerable: true, get: function () { return gax_1.createDefaultBackoffSettings; } }));
exports.version = (__webpack_require__(41344)/* .version */ .rE) + '-fallback';
var descriptor_1 = __webpack_require__(83790);
Object.defineProperty(exports, "BundleDescriptor", ({ enumerable: true, get: function () { return descriptor_1.BundleDescriptor; } }));
Object.defineProperty(exports, "LongrunningDescriptor", ({ enumerable: true, get: function () { return descriptor_1.LongrunningDescriptor; } }));
Object.defineProperty(exports, "PageDescriptor", ({ enumerable: true, get: function () { return descriptor_1.PageDescriptor; } }));
Object.defineProperty(exports, "StreamDescriptor", ({ enumerable: true, get: function () { return descriptor_1.StreamDescriptor; } }));
var resumableUpload_1 = __webpack_require__(47714);
Object.defineProperty(exports, "ResumableUploadDescriptor", ({ enumerable: true, get: function () { return resumableUpload_1.ResumableUploadDescriptor; } }));
Object.defineProperty(exports, "ResumableUploadSession", ({ enumerable: true, get: function () { return resumableUpload_1.ResumableUploadSession; } }));
Object.defineProperty(exports, "ResumableUploadState", ({ enumerable: true, get: function () { return resumableUpload_1.ResumableUploadState; } }));
Object.defineProperty(exports, "resumableUploadStub", ({ enumerable: true, get: function () { return resumableUpload_1.resumableUploadStub; } }));
var resumableSourceFromFile_1 = __webpack_require__(19768);
Object.defineProperty(exports, "resumableSourceFromFile", ({ enumerable: true, get: function () { return resumableSourceFromFile_1.resumableSourceFromFile; } }));
var streaming_2 = __webpack_require__(40829);
Object.defineProperty(exports, "StreamType", ({ enumerable: true, get: function () { return streaming_2.StreamType; } }));
var operationsClient_2 = __webpack_require__(39618);
Object.defineProperty(exports, "OperationsClient", ({ enumerable: true, get: function () { return operationsClient_2.OperationsClient; } }));
var iamService_1 = __webpack_require__(26187);
Object.defineProperty(exports, "IamClient", ({ enumerable: true, get: function () { return iamService_1.IamClient; } }));
var locationService_1 = __webpack_require__(73393);
Object.defineProperty(exports, "LocationsClient", ({ enumerable: true, get: function () { return locationService_1.LocationsClient; } }));
var util_2 = __webpack_require__(70263);
Object.defineProperty(exports, "makeUUID", ({ enumerable: true, get: function () { return util_2.makeUUID; } }));
exports.defaultToObjectOptions = {
    keepCase: false,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
};
const CLIENT_VERSION_HEADER = 'x-goog-api-client';
class GrpcClient {
    auth;
    /**
     * @deprecated use {@link GrpcClient.auth} instead
     */
    authClient;
    fallback;
    grpcVersion;
    static protoCache = new Map();
    httpRules;
    numericEnums;
    minifyJson;
    _servicePath;
    _port;
    _enableTelemetryTracing;
    _enableTelemetryLogging;
    /**
     * In rare cases users might need to deallocate all memory consumed by loaded protos.
     * This method will delete the proto cache content.
     */
    static clearProtoCache() {
        GrpcClient.protoCache.clear();
    }
    /**
     * gRPC-fallback version of GrpcClient
     * Implements GrpcClient API for a browser using grpc-fallback protocol (sends serialized protobuf to HTTP/1 $rpc endpoint).
     *
     * @param options {@link GrpcClientOptions}
     */
    constructor(options = {}) {
        if (options.auth) {
            this.auth = options.auth;
        }
        else if ('authClient' in options) {
            this.auth = options.authClient;
        }
        else {
            this.auth = new google_auth_library_1.GoogleAuth({
                authClient: options.auth,
                ...options,
            });
        }
        this.fallback = options.fallback ? true : false;
        this.grpcVersion = (__webpack_require__(41344)/* .version */ .rE);
        this.httpRules = options.httpRules;
        this.numericEnums = options.numericEnums ?? false;
        this.minifyJson = options.minifyJson ?? false;
        this._servicePath =
            options.servicePath ||
                options.apiEndpoint;
        const rawPort = options.port;
        this._port = typeof rawPort === 'string' ? parseInt(rawPort, 10) : rawPort;
        this._enableTelemetryTracing = options.enableTelemetryTracing;
        this._enableTelemetryLogging = options.enableTelemetryLogging;
    }
    /**
     * gRPC-fallback version of loadProto
     * Loads the protobuf root object from a JSON object created from a proto file
     * @param {Object} jsonObject - A JSON version of a protofile created usin protobuf.js
     * @returns {Object} Root namespace of proto JSON
     */
    loadProto(jsonObject) {
        const rootObject = protobuf.Root.fromJSON(jsonObject);
        return rootObject;
    }
    loadProtoJSON(json, ignoreCache = false) {
        return GrpcClient.protobufFromJSON(json, ignoreCache);
    }
    /**
     * Loads the protobuf root object from a JSON object created from a proto file.
     * By default, this is cached in a global cache and the results should not be mutated.
     * @param {Object} jsonObject - A JSON version of a protofile created usin protobuf.js
     * @returns {Object} Root namespace of proto JSON
     */
    static protobufFromJSON(json, ignoreCache = false) {
        const hash = (0, object_hash_1.default)(JSON.stringify(json)).toString();
        const cached = GrpcClient.protoCache.get(hash);
        if (cached && !ignoreCache) {
            return cached;
        }
        const root = protobuf.Root.fromJSON(json);
        GrpcClient.protoCache.set(hash, root);
        return root;
    }
    static getServiceMethods(service) {
        const methods = {};
        for (const [methodName, methodObject] of Object.entries(service.methods)) {
            const methodNameLowerCamelCase = (0, util_1.toLowerCamelCase)(methodName);
            methods[methodNameLowerCamelCase] = methodObject;
        }
        return methods;
    }
    /**
     * gRPC-fallback version of constructSettings
     * A wrapper of {@link constructSettings} function under the gRPC-fallback context.
     *
     * Most of parameters are common among constructSettings, please take a look.
     * @param {string} serviceName - The fully-qualified name of the service.
     * @param {Object} clientConfig - A dictionary of the client config.
     * @param {Object} configOverrides - A dictionary of overriding configs.
     * @param {Object} headers - A dictionary of additional HTTP header name to
     *   its value.
     * @param {boolean} [enableTelemetryTracing] - Flag to enable telemetry tracing.
     * @param {unknown} [_legacyTelemetryInfo] - Unused legacy parameter kept for backward compatibility.
     * @param {boolean} [enableTelemetryLogging] - Flag to enable telemetry logging.
     * @return {Object} A mapping of method names to CallSettings.
     */
    constructSettings(serviceName, clientConfig, configOverrides, headers, enableTelemetryTracing, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    _legacyTelemetryInfo, enableTelemetryLogging) {
        function buildMetadata(abTests, moreHeaders) {
            const metadata = {};
            if (!headers) {
                headers = {};
            }
            // Since gRPC expects each header to be an array,
            // we are doing the same for fallback here.
            for (const key in headers) {
                metadata[key] = Array.isArray(headers[key])
                    ? headers[key]
                    : [headers[key]];
            }
            // gRPC-fallback request must have 'grpc-web/' in 'x-goog-api-client'
            const clientVersions = [];
            if (metadata[CLIENT_VERSION_HEADER] &&
                metadata[CLIENT_VERSION_HEADER][0]) {
                clientVersions.push(...metadata[CLIENT_VERSION_HEADER][0].split(' '));
            }
            clientVersions.push(`grpc-web/${exports.version}`);
            metadata[CLIENT_VERSION_HEADER] = [clientVersions.join(' ')];
            if (!moreHeaders) {
                return metadata;
            }
            for (const key in moreHeaders) {
                if (key.toLowerCase() !== CLIENT_VERSION_HEADER) {
                    const value = moreHeaders[key];
                    if (Array.isArray(value)) {
                        if (metadata[key] === undefined) {
                            metadata[key] = value;
                        }
                        else {
                            if (Array.isArray(metadata[key])) {
                                metadata[key].push(...value);
                            }
                            else {
                                throw new Error(`Can not add value ${value} to the call metadata.`);
                            }
                        }
                    }
                    else {
                        metadata[key] = [value];
                    }
                }
            }
            return metadata;
        }
        const otherArgs = {
            metadataBuilder: buildMetadata,
        };
        if (this._servicePath) {
            otherArgs.servicePath = this._servicePath;
        }
        if (this._port !== undefined) {
            otherArgs.port = this._port;
        }
        const defaults = gax.constructSettings(serviceName, clientConfig, configOverrides, status_1.Status, otherArgs, enableTelemetryTracing ?? this._enableTelemetryTracing, _legacyTelemetryInfo, enableTelemetryLogging ?? this._enableTelemetryLogging);
        const defaultServicePath = this.auth
            ?.defaultServicePath;
        if (typeof defaultServicePath === 'string' &&
            defaultServicePath.includes('.')) {
            for (const methodName of Object.keys(defaults)) {
                (0, contextUtil_1.setSettingsDefaultDomain)(defaults[methodName], defaultServicePath);
            }
        }
        return defaults;
    }
    /**
     * gRPC-fallback version of createStub
     * Creates a gRPC-fallback stub with authentication headers built from supplied `AuthClient` instance
     *
     * @param {function} CreateStub - The constructor function of the stub.
     * @param {Object} service - A protobufjs Service object (as returned by lookupService)
     * @param {Object} opts - Connection options, as described below.
     * @param {string} opts.servicePath - The hostname of the API endpoint service.
     * @param {number} opts.port - The port of the service.
     * @return {Promise} A promise which resolves to a gRPC-fallback service stub, which is a protobuf.js service stub instance modified to match the gRPC stub API
     */
    async createStub(service, opts, 
    // For consistency with createStub in grpc.ts, customServicePath is defined:
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    customServicePath) {
        if (!this.authClient) {
            if (this.auth && 'getClient' in this.auth) {
                this.authClient = await this.auth.getClient();
            }
            else if (this.auth && 'getRequestHeaders' in this.auth) {
                this.authClient = this.auth;
            }
        }
        if (!this.authClient) {
            throw new Error('No authentication was provided');
        }
        if (!opts.universeDomain) {
            opts.universeDomain = 'googleapis.com';
        }
        if (opts.universeDomain) {
            const universeFromAuth = this.authClient.universeDomain;
            if (universeFromAuth && opts.universeDomain !== universeFromAuth) {
                throw new Error(`The configured universe domain (${opts.universeDomain}) does not match the universe domain found in the credentials (${universeFromAuth}). ` +
                    "If you haven't configured the universe domain explicitly, googleapis.com is the default.");
            }
        }
        service.resolveAll();
        const methods = GrpcClient.getServiceMethods(service);
        const protocol = opts.protocol || 'https';
        let servicePath = opts.servicePath;
        if (!servicePath &&
            service.options &&
            service.options['(google.api.default_host)']) {
            servicePath = service.options['(google.api.default_host)'];
        }
        if (!servicePath) {
            throw new Error(`Cannot determine service API path for service ${service.name}.`);
        }
        let servicePort;
        const match = servicePath.match(/^(.*):(\d+)$/);
        if (match) {
            servicePath = match[1];
            servicePort = parseInt(match[2]);
        }
        if (opts.port) {
            servicePort =
                typeof opts.port === 'string' ? parseInt(opts.port, 10) : opts.port;
        }
        else if (!servicePort) {
            servicePort = 443;
        }
        const encoder = fallbackRest.encodeRequest;
        const decoder = fallbackRest.decodeResponse;
        const serviceStub = (0, fallbackServiceStub_1.generateServiceStub)(methods, protocol, servicePath, servicePort, this.auth || this.authClient, encoder, decoder, this.numericEnums, this.minifyJson);
        return serviceStub;
    }
    /**
     * Creates a 'bytelength' function for a given proto message class.
     *
     * See {@link BundleDescriptor} about the meaning of the return value.
     *
     * @param {function} message - a constructor function that is generated by
     *   protobuf.js. Assumes 'encoder' field in the message.
     * @return {function(Object):number} - a function to compute the byte length
     *   for an object.
     */
    static createByteLengthFunction(message) {
        return gax.createByteLengthFunction(message);
    }
}
exports.GrpcClient = GrpcClient;
exports.protobufFromJSON = GrpcClient.protobufFromJSON;
/**
 * gRPC-fallback version of lro
 *
 * @param {Object=} options.auth - An instance of google-auth-library.
 * @return {Object} A OperationsClientBuilder that will return a OperationsClient
 */
function lro(options) {
    options = Object.assign({ scopes: [] }, options);
    if (options.protoJson) {
        options = Object.assign(options, { fallback: true });
    }
    const gaxGrpc = new GrpcClient(options);
    return new operationsClient_1.OperationsClientBuilder(gaxGrpc, options.protoJson);
}
/**
 * gRPC-fallback version of createApiCall
 *
 * Converts an rpc call into an API call governed by the settings.
 *
 * In typical usage, `func` will be a promise to a callable used to make an rpc
 * request. This will mostly likely be a bound method from a request stub used
 * to make an rpc call. It is not a direct function but a Promise instance,
 * because of its asynchronism (typically, obtaining the auth information).
 *
 * The result is a function which manages the API call with the given settings
 * and the options on the invocation.
 *
 * Throws exception on unsupported streaming calls
 *
 * @param {Promise<GRPCCall>|GRPCCall} func - is either a promise to be used to make
 *   a bare RPC call, or just a bare RPC call.
 * @param {CallSettings} settings - provides the settings for this call
 * @param {Descriptor} descriptor - optionally specify the descriptor for
 *   the method call.
 * @return {GaxCall} func - a bound method on a request stub used
 *   to make an rpc call.
 */
function createApiCall(func, settings, descriptor, 
// eslint-disable-next-line @typescript-eslint/no-unused-vars
_fallback) {
    if (descriptor &&
        'streaming' in descriptor &&
        descriptor.type !== streaming_1.StreamType.SERVER_STREAMING) {
        return () => {
            throw new Error('The REST transport currently does not support client-streaming or bidi-stream calls.');
        };
    }
    if (descriptor && 'streaming' in descriptor && !(0, featureDetection_1.isNodeJS)()) {
        // TODO: with `fetch` this functionality is available in the browser...
        return () => {
            throw new Error('Server streaming over the REST transport is only supported in Node.js.');
        };
    }
    return (0, createApiCall_1.createApiCall)(func, settings, descriptor, true);
}
exports.protobufMinimal = __importStar(__webpack_require__(69147));
var warnings_1 = __webpack_require__(6002);
Object.defineProperty(exports, "warn", ({ enumerable: true, get: function () { return warnings_1.warn; } }));
var longrunning_1 = __webpack_require__(86807);
Object.defineProperty(exports, "Operation", ({ enumerable: true, get: function () { return longrunning_1.Operation; } }));
Object.defineProperty(exports, "operation", ({ enumerable: true, get: function () { return longrunning_1.operation; } }));
var googleError_1 = __webpack_require__(61552);
Object.defineProperty(exports, "GoogleError", ({ enumerable: true, get: function () { return googleError_1.GoogleError; } }));
// Different environments or bundlers may or may not respect "browser" field
// in package.json (e.g. Electron does not respect it, but if you run the code
// through webpack first, it will follow the "browser" field).
// To make it safer and more compatible, let's make sure that if you do
// const gax = require("google-gax");
// you can always ask for gax.fallback, regardless of "browser" field being
// understood or not.
const fallback = module.exports;
exports.fallback = fallback;
//# sourceMappingURL=fallback.js.map

/***/ }),

/***/ 36879:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * Copyright 2021 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encodeRequest = encodeRequest;
exports.decodeResponse = decodeResponse;
// proto-over-HTTP request encoding and decoding
const serializer = __importStar(__webpack_require__(49037));
const fallback_1 = __webpack_require__(95349);
const googleError_1 = __webpack_require__(61552);
const status_1 = __webpack_require__(39705);
const transcoding_1 = __webpack_require__(71411);
function encodeRequest(rpc, protocol, servicePath, servicePort, request, numericEnums, minifyJson) {
    const headers = {
        'Content-Type': 'application/json',
    };
    const message = rpc.resolvedRequestType.fromObject(request);
    const json = serializer.toProto3JSON(message, {
        numericEnums,
    });
    if (!json) {
        throw new Error(`Cannot send null request to RPC ${rpc.name}.`);
    }
    if (typeof json !== 'object' || Array.isArray(json)) {
        throw new Error(`Request to RPC ${rpc.name} must be an object.`);
    }
    const transcoded = (0, transcoding_1.transcode)(json, rpc.parsedOptions);
    if (!transcoded) {
        throw new Error(`Cannot build HTTP request for ${JSON.stringify(json)}, method: ${rpc.name}`);
    }
    // If numeric enums feature is requested, add extra parameter to the query string
    if (numericEnums) {
        transcoded.queryString =
            (transcoded.queryString ? `${transcoded.queryString}&` : '') +
                '$alt=json%3Benum-encoding=int';
    }
    // If minifyJson feature is requested, disable pretty-print JSON responses
    if (minifyJson) {
        transcoded.queryString =
            (transcoded.queryString ? `${transcoded.queryString}&` : '') +
                '$prettyPrint=0';
    }
    // Converts httpMethod to method that permitted in standard Fetch API spec
    // https://fetch.spec.whatwg.org/#methods
    const method = transcoded.httpMethod.toUpperCase();
    const body = JSON.stringify(transcoded.data);
    const url = `${protocol}://${servicePath}:${servicePort}/${transcoded.url.replace(/^\//, '')}?${transcoded.queryString}`;
    return {
        method,
        url,
        urlTemplate: (0, transcoding_1.getMatchedUrlTemplate)(transcoded),
        headers,
        body,
    };
}
/**
 * How much of an undecodable error body is kept in the error message: enough to
 * identify the responder, which an error page names in its title, without
 * pasting a whole HTML document into a log line.
 */
const MAX_ERROR_BODY_LENGTH = 1024;
/**
 * Builds the error for a failed response whose body is not the JSON error
 * payload the API defines.
 *
 * An HTTP error does not necessarily come from the API: a GFE, a proxy or a
 * load balancer in front of it answers a 404 or a 502 with an HTML page, and a
 * body can also arrive empty or truncated. Decoding those throws before the
 * received status is recorded anywhere, leaving a bare `SyntaxError` with no
 * `httpStatusCode` for telemetry and no `code`, which the transport then
 * classifies as an UNAVAILABLE transport failure — indistinguishable from never
 * having reached the server. The status on its own is enough to classify the
 * response, so map it the way a decodable body would be.
 *
 * @param rpc The method whose response failed to decode.
 * @param httpStatusCode The status received, when the caller knows it.
 * @param detail Why the body could not be decoded.
 * @param cause The underlying decoding error, if there was one.
 */
function _undecodableErrorResponse(rpc, httpStatusCode, detail, cause) {
    const status = httpStatusCode === undefined ? '' : ` with status ${httpStatusCode}`;
    const error = new googleError_1.GoogleError(`Error response from RPC ${rpc.name}${status} could not be decoded: ${detail}`, cause === undefined ? undefined : { cause });
    if (httpStatusCode !== undefined) {
        error.httpStatusCode = httpStatusCode;
        error.code = (0, status_1.rpcCodeFromHttpStatusCode)(httpStatusCode);
    }
    return error;
}
function decodeResponse(rpc, ok, response, httpStatusCode) {
    // eslint-disable-next-line n/no-unsupported-features/node-builtins
    const decodedString = new TextDecoder().decode(response);
    if (!decodedString) {
        if (!ok) {
            throw _undecodableErrorResponse(rpc, httpStatusCode, 'the response body was empty');
        }
        // A successful response with an empty body is a separate condition, and the
        // transport depends on this exact shape: it treats a throw from here on a
        // 204 as the legacy Apiary empty-success response.
        throw new Error(`Received null response from RPC ${rpc.name}`);
    }
    let json;
    try {
        json = JSON.parse(decodedString);
    }
    catch (err) {
        if (ok) {
            throw err;
        }
        const undecodableError = _undecodableErrorResponse(rpc, httpStatusCode, `the response body is not JSON: ${decodedString.length > MAX_ERROR_BODY_LENGTH
            ? `${decodedString.slice(0, MAX_ERROR_BODY_LENGTH)}… (truncated)`
            : decodedString}`, err);
        (0, googleError_1.setRawHttpResponsePayload)(undecodableError, decodedString);
        throw undecodableError;
    }
    if (!ok) {
        let error;
        try {
            error = googleError_1.GoogleError.parseHttpError(json);
        }
        catch (err) {
            // `parseHttpError` indexes into the body, so JSON that parses but is not
            // an object — `null`, a string, a number — fails there for the same
            // reason an HTML body fails above, and must not lose the status either.
            const undecodableError = _undecodableErrorResponse(rpc, httpStatusCode, 'the response body is not a JSON error object', err);
            (0, googleError_1.setRawHttpResponsePayload)(undecodableError, decodedString);
            throw undecodableError;
        }
        // `parseHttpError` reads the status out of the response body and maps it
        // onto the gRPC `code`, keeping no record of the status the transport
        // actually received — and the body's status can differ from it, or be
        // missing entirely. Record the received one when the caller knows it.
        //
        // Optional because `decodeResponse` is also called from
        // `streamArrayParser`, which only ever decodes an already-successful body
        // and so has no status to pass.
        if (httpStatusCode !== undefined) {
            error.httpStatusCode = httpStatusCode;
        }
        (0, googleError_1.setRawHttpResponsePayload)(error, decodedString);
        throw error;
    }
    const message = serializer.fromProto3JSON(rpc.resolvedResponseType, json);
    if (!message) {
        throw new Error(`Received null or malformed response from JSON serializer from RPC ${rpc.name}`);
    }
    return rpc.resolvedResponseType.toObject(message, fallback_1.defaultToObjectOptions);
}
//# sourceMappingURL=fallbackRest.js.map

/***/ }),

/***/ 77106:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


const { Headers, FormData } = __webpack_require__(59040);
/**
 * Copyright 2021 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.generateServiceStub = generateServiceStub;
const serializer = __importStar(__webpack_require__(49037));
const featureDetection_1 = __webpack_require__(88870);
const streamArrayParser_1 = __webpack_require__(92473);
const fallback_1 = __webpack_require__(95349);
const googleError_1 = __webpack_require__(61552);
const TracerHelper_1 = __webpack_require__(84104);
const status_1 = __webpack_require__(39705);
const stream_1 = __webpack_require__(2203);
// Node.js before v19 does not enable keepalive by default.
// We'll try to enable it very carefully to make sure we don't break possible non-Node use cases.
// TODO: remove this after Node 18 is EOL.
// More info:
// - https://github.com/node-fetch/node-fetch#custom-agent
// - https://github.com/googleapis/gax-nodejs/pull/1534
let agentOption = null;
if ((0, featureDetection_1.isNodeJS)()) {
    const http = __webpack_require__(58611);
    const https = __webpack_require__(65692);
    const httpAgent = new http.Agent({ keepAlive: true });
    const httpsAgent = new https.Agent({ keepAlive: true });
    agentOption = (parsedUrl) => {
        if (parsedUrl.protocol === 'http:') {
            return httpAgent;
        }
        return httpsAgent;
    };
}
// helper function used to properly format empty responses
// when the response code is 204
function _formatEmptyResponse(rpc) {
    // format the empty response the same way we format non-empty responses in fallbackRest.ts
    const emptyMessage = serializer.fromProto3JSON(rpc.resolvedResponseType, JSON.parse('{}'));
    const resp = rpc.resolvedResponseType.toObject(emptyMessage, fallback_1.defaultToObjectOptions);
    return resp;
}
/**
 * Translates an error thrown by the underlying fetch implementation into a
 * {@link GoogleError} carrying a numeric gRPC status code.
 *
 * Retry logic (see `normalCalls/retries.ts`) and user code both match on
 * numeric gRPC status codes. An untranslated error from `auth.fetch()` carries
 * either a system error string (e.g. `'ECONNRESET'` for a socket hang up) or an
 * HTTP status number, so it never matches a retry code and is silently treated
 * as a permanent failure.
 *
 * An error carrying an HTTP status maps through `rpcCodeFromHttpStatusCode`,
 * decoding a structured Google HTTP error payload when present so `ErrorInfo`
 * and `statusDetails` are promoted for rejected 401 and 403 responses.
 * Otherwise the call failed before producing a response, which is reported as
 * UNAVAILABLE, except for an explicit cancellation (CANCELLED) or an elapsed
 * deadline (DEADLINE_EXCEEDED).
 *
 * @param err The error thrown by `auth.fetch()`.
 * @param outcome What the caller recorded about how the call ended.
 * @returns A GoogleError with a numeric `code`, or the original value if it is
 *   not an Error.
 */
function _isPlainObject(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        return false;
    }
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function _isGoogleErrorStatusObject(value, wrapped) {
    if (!_isPlainObject(value)) {
        return false;
    }
    const hasProtoDetails = Array.isArray(value.details) &&
        value.details.some(detail => _isPlainObject(detail) && typeof detail['@type'] === 'string');
    if (hasProtoDetails) {
        return true;
    }
    if (typeof value.message === 'string') {
        return (wrapped ||
            value.code === undefined ||
            (typeof value.code === 'number' && value.code >= 100 && value.code < 600));
    }
    return (wrapped &&
        (typeof value.status === 'string' ||
            typeof value.code === 'number' ||
            Array.isArray(value.details)));
}
/**
 * Checks whether a decoded JSON value has the structure of a Google HTTP error
 * payload accepted by {@link GoogleError.parseHttpError} (standard
 * `{error: {...}}`, streaming `[{error: {...}}]`, or an unwrapped status
 * object). Guarding before `parseHttpError` prevents non-Google JSON payloads
 * (such as `{}` or OAuth `{"error": "invalid_token"}`) from discarding the
 * fallback error message or HTTP status mapping.
 */
function _isHttpErrorPayload(json) {
    if (Array.isArray(json)) {
        const entry = json.find(item => _isPlainObject(item) && 'error' in item);
        return entry !== undefined && _isGoogleErrorStatusObject(entry.error, true);
    }
    if (!_isPlainObject(json)) {
        return false;
    }
    if ('error' in json) {
        return _isGoogleErrorStatusObject(json.error, true);
    }
    return _isGoogleErrorStatusObject(json, false);
}
/**
 * Attempts to decode a structured Google HTTP error (`ErrorInfo`,
 * `statusDetails`, message, and canonical status) from a rejected fetch error.
 *
 * With `responseType: 'stream'`, gaxios drains rejected 401/403 bodies as UTF-8
 * text into `err.message`, while `response.data` may be `undefined`, redacted,
 * or pre-parsed depending on the fetch implementation or adapter.
 */
function _parseHttpErrorFromRejection(err, responseData) {
    for (const candidate of [responseData, err.message]) {
        let json;
        if (typeof candidate === 'string') {
            try {
                json = JSON.parse(candidate);
            }
            catch {
                continue;
            }
        }
        else if (_isHttpErrorPayload(candidate)) {
            try {
                // `GoogleError.parseHttpError` mutates its input in place.
                json = JSON.parse(JSON.stringify(candidate));
            }
            catch {
                continue;
            }
        }
        else {
            continue;
        }
        if (!_isHttpErrorPayload(json)) {
            continue;
        }
        try {
            return googleError_1.GoogleError.parseHttpError(json);
        }
        catch {
            // Fall through to the next candidate or raw status mapping.
        }
    }
    return undefined;
}
const GAXIOS_REDACTED_BODY = '<<REDACTED> - See `errorRedactor` option in `gaxios` for configuration>.';
function _isStreamLike(value) {
    if (!value || typeof value !== 'object') {
        return false;
    }
    const stream = value;
    return (typeof stream.pipe === 'function' || typeof stream.getReader === 'function');
}
function _extractRawPayloadFromRejection(err, responseData, httpStatus) {
    if (responseData !== undefined &&
        responseData !== null &&
        responseData !== '' &&
        responseData !== GAXIOS_REDACTED_BODY &&
        !_isStreamLike(responseData)) {
        return responseData;
    }
    if (err.message.length > 0 &&
        err.message !== GAXIOS_REDACTED_BODY &&
        err.message !== `Request failed with status code ${httpStatus}`) {
        return err.message;
    }
    return undefined;
}
function _toGoogleError(err, outcome) {
    if (err instanceof googleError_1.GoogleError) {
        return err;
    }
    if (!(err instanceof Error)) {
        return err;
    }
    const error = new googleError_1.GoogleError(err.message);
    error.cause = err;
    // `GaxiosError` shape, described structurally to avoid depending on the
    // error instance originating from any particular copy of gaxios.
    const fetchError = err;
    // Errors that carry an HTTP status arrive here when `validateStatus` rejects
    // them (401 and 403; see below), bypassing `decodeResponse`. Checked first: a
    // response arrived, so it outranks the abort bookkeeping below. Decode a JSON
    // Google error payload when present so `ErrorInfo` and `statusDetails` are
    // promoted onto the `GoogleError`, and always preserve the received status
    // because the HTTP-to-gRPC table is lossy — it collapses whole ranges.
    const httpStatus = typeof fetchError.status === 'number'
        ? fetchError.status
        : fetchError.response?.status;
    if (typeof httpStatus === 'number') {
        const responseData = fetchError.response?.data;
        const parsedError = _parseHttpErrorFromRejection(err, responseData) ?? error;
        parsedError.cause = err;
        if (typeof parsedError.code !== 'number') {
            parsedError.code = (0, status_1.rpcCodeFromHttpStatusCode)(httpStatus);
        }
        parsedError.httpStatusCode = httpStatus;
        const rawPayload = _extractRawPayloadFromRejection(err, responseData, httpStatus);
        if (rawPayload !== undefined) {
            (0, googleError_1.setRawHttpResponsePayload)(parsedError, rawPayload);
        }
        return parsedError;
    }
    // An explicit cancellation and an elapsed deadline are distinct conditions in
    // gRPC. They are resolved from the state the caller recorded, because — as
    // described on `CallOutcome` — the error itself cannot distinguish them on
    // the node-fetch path gaxios currently takes.
    if (outcome.timedOut) {
        const timedOutError = new googleError_1.GoogleError(`Deadline exceeded: ${outcome.rpcName} did not respond within ${outcome.timeoutMs} milliseconds.`, { cause: err });
        timedOutError.code = status_1.Status.DEADLINE_EXCEEDED;
        return timedOutError;
    }
    if (outcome.cancelRequested) {
        error.code = status_1.Status.CANCELLED;
        return error;
    }
    // Retained for the case the recorded state does not cover: a future gaxios on
    // native fetch reports both conditions as a DOMException, where `code` is a
    // numeric DOMException value (20 and 23) rather than a string, so match on
    // `name` as the rest of this file does when it detects cancellation. A string
    // `code` is also accepted, because gaxios normalizes a DOMException's name
    // onto `code`.
    if (err.name === 'AbortError' || fetchError.code === 'AbortError') {
        error.code = status_1.Status.CANCELLED;
        return error;
    }
    if (err.name === 'TimeoutError' || fetchError.code === 'TimeoutError') {
        error.code = status_1.Status.DEADLINE_EXCEEDED;
        return error;
    }
    // Anything else that rejects here failed before producing a response, which
    // gRPC reports as UNAVAILABLE irrespective of the underlying system error:
    // @grpc/grpc-js defaults transport failures to UNAVAILABLE and only inspects
    // errno to refine an HTTP/2 INTERNAL_ERROR. Enumerating errnos here would
    // classify anything left off the list as non-retryable, so follow gRPC and
    // treat the whole category uniformly. Errors raised while decoding a response
    // are handled nearer the decoder and do not reach this point.
    error.code = status_1.Status.UNAVAILABLE;
    return error;
}
function generateServiceStub(rpcs, protocol, servicePath, servicePort, auth, requestEncoder, responseDecoder, numericEnums, minifyJson) {
    const serviceStub = {
        // close method should close all cancel controllers. If this feature request in the future, we can have a cancelControllerFactory that tracks created cancel controllers, and abort them all in close method.
        close: () => {
            return { cancel: () => { } };
        },
    };
    for (const [rpcName, rpc] of Object.entries(rpcs)) {
        // Named for what gax actually passes, which is its `UnaryCall` order:
        // (request, metadata, options, callback). `FallbackServiceStub` declares
        // the middle two the other way round, so the third argument — the one gRPC
        // calls `options`, carrying the deadline — reads as metadata there and was
        // long ignored as such.
        serviceStub[rpcName] = (request, metadata, callOptions, callback) => {
            metadata ??= {};
            // `addTimeoutArg` sets a deadline on every call and `CallSettings.timeout`
            // defaults to 30s, so one is essentially always present. gRPC enforces its
            // own deadline, but nothing here ever read this one, so an endpoint that
            // accepted the connection and then went quiet left the request — and the
            // promise or callback waiting on it — outstanding forever. Convert it to
            // the remaining duration and arm an abort signal with it below.
            //
            // Server-streaming RPCs are deliberately excluded. Their response is
            // long-lived by design and the signal stays armed once the body starts
            // flowing, so forwarding the deadline would abort a healthy stream
            // mid-read. Bounding those is a separate, user-visible change.
            let timeoutMs;
            if (callOptions?.deadline && !rpc.responseStream) {
                // `AbortSignal.timeout` rejects a negative delay with a RangeError, so
                // an already-expired deadline is clamped. Zero is a fine value here: it
                // aborts on the next tick, which is the right answer for a deadline
                // that has already passed.
                const deadlineMs = callOptions.deadline instanceof Date
                    ? callOptions.deadline.getTime()
                    : Number(callOptions.deadline);
                if (Number.isFinite(deadlineMs)) {
                    timeoutMs = Math.max(0, Math.trunc(deadlineMs - Date.now()));
                }
            }
            // We cannot use async-await in this function because we need to return the canceller object as soon as possible.
            // Using plain old promises instead.
            let fetchParameters;
            try {
                fetchParameters = requestEncoder(rpc, protocol, servicePath, servicePort, request, numericEnums, minifyJson);
            }
            catch (err) {
                // we could not encode parameters; pass error to the callback
                // and return a no-op canceler object.
                if (callback) {
                    callback(err);
                }
                return {
                    cancel() { },
                };
            }
            (0, TracerHelper_1.setAttemptHttpMethod)(fetchParameters.method, fetchParameters.urlTemplate);
            const cancelController = new AbortController();
            const cancelSignal = cancelController.signal;
            let cancelRequested = false;
            // Constructed up here, ahead of the request, so that the cancel signal it
            // carries can be composed into the one the request is made with below.
            const streamArrayParser = new streamArrayParser_1.StreamArrayParser(rpc);
            // Arm the deadline here rather than handing `timeout` to gaxios, which
            // would build the identical `AbortSignal.timeout` internally. The
            // difference is bookkeeping: both a deadline expiry and a `cancel()`
            // abort the same request and surface the same error, so unless we record
            // which one fired, the handlers below cannot tell them apart.
            //
            // The request is always made with `cancelSignal`; every other signal is
            // forwarded onto `cancelController` by hand. `AbortSignal.any` would
            // express this more directly, but it is a recent addition to browsers
            // (Chrome 116, Safari 17.4) and this module is also the browser entry
            // point, so the composition is done by hand instead.
            let timedOut = false;
            if (timeoutMs !== undefined) {
                const timeoutSignal = AbortSignal.timeout(timeoutMs);
                timeoutSignal.addEventListener('abort', () => {
                    // Set before aborting: the abort synchronously unwinds into the
                    // handlers below, which read this flag to tell a deadline expiry
                    // apart from a `cancel()`.
                    timedOut = true;
                    cancelController.abort();
                }, { once: true });
            }
            // A server-streaming call is handed the parser itself rather than a
            // canceller object, so `StreamArrayParser.cancel()` is the only way a
            // caller can end one. It has always aborted a controller of its own, but
            // nothing ever listened to it — the request was made with `cancelSignal`
            // above — so a cancel ended the local stream and left the request in
            // flight, and the pipeline then reported the resulting teardown as a
            // spurious 'Premature close' error. Forward that cancel onto the request,
            // and record it the way the unary canceller does so that the handlers
            // below recognise it as one.
            if (rpc.responseStream) {
                streamArrayParser.cancelSignal.addEventListener('abort', () => {
                    cancelRequested = true;
                    cancelController.abort();
                }, { once: true });
            }
            const url = fetchParameters.url;
            const headers = new Headers(fetchParameters.headers);
            // gRPC metadata is multi-valued, and `buildMetadata` normalizes every
            // value to an array for exactly that reason. This used to read
            // `metadata[key][0]`, which dropped every value after the first and, for
            // a value that was a plain string rather than an array, sent only its
            // first character. Replace whatever the request encoder set, as the
            // single-value `set` did, then keep all of the values.
            for (const key of Object.keys(metadata)) {
                const value = metadata[key];
                if (Array.isArray(value)) {
                    headers.delete(key);
                    for (const item of value) {
                        headers.append(key, String(item));
                    }
                }
                else {
                    headers.set(key, String(value));
                }
            }
            let response204Ok = false;
            const fetchRequest = {
                headers: headers,
                body: typeof fetchParameters.body === 'string'
                    ? fetchParameters.body
                    : Buffer.from(fetchParameters.body),
                method: fetchParameters.method,
                signal: cancelSignal,
                responseType: 'stream', // ensure gaxios returns the data directly so that it handle data/streams itself
                // Error responses must resolve so that they are decoded below into a
                // GoogleError carrying a gRPC status code. 401 and 403 keep rejecting
                // so that the auth client can refresh credentials and retry; if they
                // still fail, `_toGoogleError` decodes their error payload off the
                // rejection.
                validateStatus: (status) => status !== 401 && status !== 403,
                agent: agentOption || undefined,
            };
            if (fetchParameters.method === 'GET' ||
                fetchParameters.method === 'DELETE') {
                delete fetchRequest['body'];
            }
            auth
                .fetch(url, fetchRequest)
                .then((response) => {
                // There is a legacy Apiary configuration that some services
                // use which allows 204 empty responses on success instead of
                // a 200 OK. This most commonly is seen in delete RPCs,
                // but does occasionally show up in other endpoints. We
                // need to allow this behavior so that these clients do not throw an error
                // when the call actually succeeded
                // See b/411675301 for more context
                if (response.status === 204 && response.ok) {
                    response204Ok = true;
                }
                if (response.ok && rpc.responseStream) {
                    (0, stream_1.pipeline)(response.body, streamArrayParser, (err) => {
                        // A caller that cancelled has already torn this stream down
                        // and is not waiting to be told about the consequences. The
                        // teardown does not arrive as an AbortError, which is what
                        // this used to test for: ending the parser makes `pipeline`
                        // destroy the response body and report 'Premature close', an
                        // ordinary Error. That check therefore never matched and every
                        // cancelled stream emitted a spurious error. Use the recorded
                        // state, as the handlers below do.
                        if (err && (timedOut || !cancelRequested)) {
                            if (callback) {
                                callback(err);
                            }
                            streamArrayParser.emit('error', err);
                        }
                    });
                    return;
                }
                else {
                    // Captured here because the decoded value below is also named
                    // `response` and shadows the fetch response.
                    const httpStatusCode = response.status;
                    return Promise.all([
                        Promise.resolve(response.ok),
                        response.arrayBuffer(),
                    ])
                        .then(([ok, buffer]) => {
                        const response = responseDecoder(rpc, ok, buffer, httpStatusCode);
                        callback(null, response);
                        return;
                    })
                        .catch((err) => {
                        // The deadline can expire after the response headers arrive but
                        // before the body is fully read, which rejects here rather than
                        // in the outer handler.
                        const callErr = _toGoogleError(err, {
                            timedOut,
                            cancelRequested,
                            rpcName,
                            timeoutMs,
                        });
                        if (rpc.responseStream) {
                            // A caller that cancelled a stream has already torn it down
                            // and stopped listening, so reporting the resulting abort
                            // would surface as an unhandled 'error' event. A deadline is
                            // always reported, because nobody asked for it.
                            //
                            // This used to test `err.name !== 'AbortError'`; gaxios wraps
                            // node-fetch's AbortError and never sets its own `name`,
                            // leaving the inherited 'Error', so the check never matched
                            // and cancelled streams reported an error anyway. Use the
                            // state we recorded.
                            if (timedOut || !cancelRequested) {
                                if (callback) {
                                    callback(callErr);
                                }
                                streamArrayParser.emit('error', callErr);
                            }
                            return;
                        }
                        // A unary call must always be settled, a cancellation included.
                        // Once a canceller is registered, `OngoingCall.cancel()` only
                        // invokes it and reports nothing itself (see `call.ts`); it is
                        // the transport calling back that rejects
                        // `OngoingCallPromise.promise` and runs the traced callback
                        // that ends the OpenTelemetry span. Staying silent here would
                        // leave both outstanding for the lifetime of the process.
                        //
                        // `_toGoogleError` has already mapped a cancellation that beat
                        // the deadline to CANCELLED, which is the status
                        // `OngoingCall.cancel()` reports when no canceller is set.
                        //
                        // This supports a legacy Apiary behavior that allows
                        // empty 204 responses. If we do not intercept this potential error
                        // from decodeResponse in fallbackRest
                        // it will cause libraries to erroneously throw an
                        // error when the call succeeded. This error cannot be checked in
                        // fallbackRest.ts because decodeResponse does not have the necessary
                        // context about the response to validate the status code + ok-ness
                        if (!response204Ok) {
                            // by this point, we're guaranteed to have added a callback
                            // it is added in the library before calling this.innerApiCalls
                            callback(callErr);
                        }
                        else {
                            const resp = _formatEmptyResponse(rpc);
                            // by this point, we're guaranteed to have added a callback
                            // it is added in the library before calling this.innerApiCalls
                            callback(null, resp);
                        }
                    });
                }
            })
                .catch((rawErr) => {
                // The usual failure path: the request rejected before any response
                // was received — an expired deadline, a cancellation, or a transport
                // error — so it is translated to a gRPC status here.
                const err = _toGoogleError(rawErr, {
                    timedOut,
                    cancelRequested,
                    rpcName,
                    timeoutMs,
                });
                if (rpc.responseStream) {
                    // Now that a stream cancel aborts the request, this handler is
                    // where that abort lands when it happens before any response
                    // arrives. Same reasoning as the two handlers above: the caller
                    // ended the stream, so it does not need the abort reported, and
                    // emitting here would raise an unhandled 'error' on a stream
                    // nobody is listening to any more.
                    if (timedOut || !cancelRequested) {
                        if (callback) {
                            callback(err);
                        }
                        streamArrayParser.emit('error', err);
                    }
                }
                else if (callback) {
                    callback(err);
                }
                else {
                    throw err;
                }
            });
            if (rpc.responseStream) {
                return streamArrayParser;
            }
            return {
                cancel: () => {
                    cancelRequested = true;
                    cancelController.abort();
                },
            };
        };
    }
    return serviceStub;
}
//# sourceMappingURL=fallbackServiceStub.js.map

/***/ }),

/***/ 88870:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Copyright 2021 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hasWindowFetch = hasWindowFetch;
exports.isNodeJS = isNodeJS;
/* global window */
const features = {
    windowFetch: typeof window !== 'undefined' &&
        window?.fetch &&
        typeof window?.fetch === 'function',
    // eslint-disable-next-line n/no-unsupported-features/node-builtins
    textEncoder: typeof TextEncoder !== 'undefined',
    // eslint-disable-next-line n/no-unsupported-features/node-builtins
    textDecoder: typeof TextDecoder !== 'undefined',
    nodeJS: typeof process !== 'undefined' && process?.versions?.node,
};
function hasWindowFetch() {
    return features.windowFetch;
}
function isNodeJS() {
    return features.nodeJS;
}
//# sourceMappingURL=featureDetection.js.map

/***/ }),

/***/ 27383:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CallSettings = exports.RetryOptions = void 0;
exports.convertRetryOptions = convertRetryOptions;
exports.createRetryOptions = createRetryOptions;
exports.createBackoffSettings = createBackoffSettings;
exports.createDefaultBackoffSettings = createDefaultBackoffSettings;
exports.createMaxRetriesBackoffSettings = createMaxRetriesBackoffSettings;
exports.createBundleOptions = createBundleOptions;
exports.constructSettings = constructSettings;
exports.createByteLengthFunction = createByteLengthFunction;
const warnings_1 = __webpack_require__(6002);
const util_1 = __webpack_require__(70263);
const util_2 = __webpack_require__(90817);
const contextUtil_1 = __webpack_require__(28506);
const status_1 = __webpack_require__(39705);
/**
 * Encapsulates the overridable settings for a particular API call.
 *
 * ``CallOptions`` is an optional arg for all GAX API calls.  It is used to
 * configure the settings of a specific API call.
 *
 * When provided, its values override the GAX service defaults for that
 * particular call.
 *
 * Typically the API clients will accept this as the second to the last
 * argument. See the examples below.
 * @typedef {Object} CallOptions
 * @property {number=} timeout - The client-side timeout for API calls.
 * @property {RetryOptions=} retry - determines whether and how to retry
 *   on transient errors. When set to null, the call will not retry.
 * @property {boolean=} autoPaginate - If set to false and the call is
 *   configured for paged iteration, page unrolling is not performed, instead
 *   the callback will be called with the response object.
 * @property {Object=} pageToken - If set and the call is configured for
 *   paged iteration, paged iteration is not performed and requested with this
 *   pageToken.
 * @property {number} maxResults - If set and the call is configured for
 *   paged iteration, the call will stop when the number of response elements
 *   reaches to the specified size. By default, it will unroll the page to
 *   the end of the list.
 * @property {boolean=} isBundling - If set to false and the call is configured
 *   for bundling, bundling is not performed.
 * @property {BackoffSettings=} longrunning - BackoffSettings used for polling.
 * @example
 * // suppress bundling for bundled method.
 * api.bundlingMethod(
 *     param, {optParam: aValue, isBundling: false}, function(err, response) {
 *   // handle response.
 * });
 * @example
 * // suppress streaming for page-streaming method.
 * api.pageStreamingMethod(
 *     param, {optParam: aValue, autoPaginate: false}, function(err, page) {
 *   // not returning a stream, but callback is called with the paged response.
 * });
 */
/**
 * Per-call configurable settings for retrying upon transient failure.
 * @implements {RetryOptionsType}
 * @typedef {Object} RetryOptions
 * @property {number[]} retryCodes
 * @property {BackoffSettings} backoffSettings
 * @property {(function)} shouldRetryFn
 * @property {(function)} getResumptionRequestFn
 */
class RetryOptions {
    retryCodes;
    backoffSettings;
    shouldRetryFn;
    getResumptionRequestFn;
    constructor(retryCodes, backoffSettings, shouldRetryFn, getResumptionRequestFn) {
        this.retryCodes = retryCodes;
        this.backoffSettings = backoffSettings;
        this.shouldRetryFn = shouldRetryFn;
        this.getResumptionRequestFn = getResumptionRequestFn;
    }
}
exports.RetryOptions = RetryOptions;
class CallSettings {
    timeout;
    retry;
    autoPaginate;
    pageToken;
    pageSize;
    maxResults;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    otherArgs;
    bundleOptions;
    isBundling;
    longrunning;
    apiName;
    retryRequestOptions;
    enableTelemetryTracing;
    enableTelemetryLogging;
    resumableUpload;
    signal;
    /**
     * @param {Object} settings - An object containing parameters of this settings.
     * @param {number} settings.timeout - The client-side timeout for API calls.
     *   This parameter is ignored for retrying calls.
     * @param {RetryOptions} settings.retry - The configuration for retrying upon
     *   transient error. If set to null, this call will not retry.
     * @param {boolean} settings.autoPaginate - If there is no `pageDescriptor`,
     *   this attrbute has no meaning. Otherwise, determines whether a page
     * streamed response should make the page structure transparent to the user by
     *   flattening the repeated field in the returned generator.
     * @param {number} settings.pageToken - If there is no `pageDescriptor`,
     *   this attribute has no meaning. Otherwise, determines the page token used
     * in the page streaming request.
     * @param {Object} settings.otherArgs - Additional arguments to be passed to
     *   the API calls.
     *
     * @constructor
     */
    constructor(settings) {
        settings = settings || {};
        this.timeout = settings.timeout || 30 * 1000;
        this.retry = settings.retry;
        this.autoPaginate =
            'autoPaginate' in settings ? settings.autoPaginate : true;
        this.maxResults = settings.maxResults;
        this.otherArgs = settings.otherArgs || {};
        this.bundleOptions = settings.bundleOptions;
        this.isBundling = 'isBundling' in settings ? settings.isBundling : true;
        this.longrunning =
            'longrunning' in settings ? settings.longrunning : undefined;
        this.apiName = settings.apiName ?? undefined;
        this.retryRequestOptions = settings.retryRequestOptions;
        this.enableTelemetryTracing = settings.enableTelemetryTracing;
        this.enableTelemetryLogging = settings.enableTelemetryLogging;
        this.resumableUpload =
            'resumableUpload' in settings ? settings.resumableUpload : undefined;
        this.signal = 'signal' in settings ? settings.signal : undefined;
    }
    /**
     * Returns a new CallSettings merged from this and a CallOptions object.
     *
     * @param {CallOptions} options - an instance whose values override
     *   those in this object. If null, ``merge`` returns a copy of this
     *   object
     * @return {CallSettings} The merged CallSettings instance.
     */
    merge(options) {
        if (!options) {
            const merged = new CallSettings(this);
            const defaultDomain = (0, contextUtil_1.getSettingsDefaultDomain)(this);
            if (defaultDomain) {
                (0, contextUtil_1.setSettingsDefaultDomain)(merged, defaultDomain);
            }
            return merged;
        }
        let timeout = this.timeout;
        let retry = this.retry;
        let retryCloned = false;
        let autoPaginate = this.autoPaginate;
        let maxResults = this.maxResults;
        let otherArgs = this.otherArgs;
        let isBundling = this.isBundling;
        let longrunning = this.longrunning;
        let apiName = this.apiName;
        let retryRequestOptions = this.retryRequestOptions;
        let enableTelemetryTracing = this.enableTelemetryTracing;
        let enableTelemetryLogging = this.enableTelemetryLogging;
        let resumableUpload = this.resumableUpload;
        let signal = this.signal;
        // If the user provides a timeout to the method, that timeout value will be used
        // to override the backoff settings.
        if ('timeout' in options) {
            timeout = options.timeout;
        }
        // If a method-specific timeout is set in the service config, and the retry codes for that
        // method are non-null, then that timeout value will be used to
        // override backoff settings.
        if (retry?.retryCodes &&
            !('retry' in options && (!options.retry || options.retry.backoffSettings))) {
            const backoff = retry.backoffSettings;
            if (!backoff ||
                backoff.initialRpcTimeoutMillis !== timeout ||
                backoff.maxRpcTimeoutMillis !== timeout ||
                backoff.totalTimeoutMillis !== timeout) {
                retry = cloneRetryOptions(retry);
                retryCloned = true;
                retry.backoffSettings.initialRpcTimeoutMillis = timeout;
                retry.backoffSettings.maxRpcTimeoutMillis = timeout;
                retry.backoffSettings.totalTimeoutMillis = timeout;
            }
        }
        if ('retry' in options) {
            const mergedRetry = mergeRetryOptions(retry || {}, options.retry);
            if (!mergedRetry ||
                mergedRetry.backoffSettings !== retry?.backoffSettings) {
                retryCloned = false;
            }
            retry = mergedRetry;
        }
        if ('autoPaginate' in options && !options.autoPaginate) {
            autoPaginate = false;
        }
        if ('maxResults' in options) {
            maxResults = options.maxResults;
        }
        if ('otherArgs' in options) {
            otherArgs = {};
            for (const key in this.otherArgs) {
                otherArgs[key] = this.otherArgs[key];
            }
            for (const optionsKey in options.otherArgs) {
                otherArgs[optionsKey] = options.otherArgs[optionsKey];
            }
        }
        if ('isBundling' in options) {
            isBundling = options.isBundling;
        }
        if ('maxRetries' in options && options.maxRetries !== undefined) {
            if (!retryCloned) {
                retry = cloneRetryOptions(retry);
                retryCloned = true;
            }
            retry.backoffSettings.maxRetries = options.maxRetries;
            delete retry.backoffSettings.totalTimeoutMillis;
        }
        if ('longrunning' in options) {
            longrunning = options.longrunning;
        }
        if ('apiName' in options) {
            apiName = options.apiName;
        }
        if ('retryRequestOptions' in options) {
            retryRequestOptions = options.retryRequestOptions;
        }
        if ('enableTelemetryTracing' in options) {
            enableTelemetryTracing = options.enableTelemetryTracing;
        }
        if ('enableTelemetryLogging' in options) {
            enableTelemetryLogging = options.enableTelemetryLogging;
        }
        if ('resumableUpload' in options) {
            resumableUpload = options.resumableUpload;
        }
        if ('signal' in options) {
            signal = options.signal;
        }
        const merged = new CallSettings({
            timeout,
            retry,
            bundleOptions: this.bundleOptions,
            longrunning,
            autoPaginate,
            maxResults,
            otherArgs,
            isBundling,
            apiName,
            retryRequestOptions,
            enableTelemetryTracing,
            enableTelemetryLogging,
            resumableUpload,
            signal,
        });
        const defaultDomain = (options instanceof CallSettings
            ? (0, contextUtil_1.getSettingsDefaultDomain)(options)
            : undefined) ??
            (!('apiName' in options) || options.apiName === this.apiName
                ? (0, contextUtil_1.getSettingsDefaultDomain)(this)
                : undefined);
        if (defaultDomain) {
            (0, contextUtil_1.setSettingsDefaultDomain)(merged, defaultDomain);
        }
        return merged;
    }
}
exports.CallSettings = CallSettings;
/**
 * Validates passed retry options in preparation for eventual parameter deprecation
 * converts retryRequestOptions to retryOptions
 * then sets retryRequestOptions to null
 *
 * @param {CallOptions} options - a list of passed retry option
 * @return {CallOptions} A new CallOptions object.
 *
 */
function convertRetryOptions(options, gaxStreamingRetries) {
    // options will be undefined if no CallOptions object is passed at call time
    if (!options) {
        return options;
    }
    // if a user provided retry AND retryRequestOptions at call time, throw an error
    // otherwise, convert supported parameters
    if (!gaxStreamingRetries) {
        return options;
    }
    if (options.retry && options.retryRequestOptions) {
        throw new Error('Only one of retry or retryRequestOptions may be set');
    } // handles parameter conversion from retryRequestOptions to retryOptions
    if (options.retryRequestOptions) {
        if (options.retryRequestOptions.objectMode !== undefined) {
            (0, warnings_1.warn)('retry_request_options', 'objectMode override is not supported. It is set to true internally by default in gax.', 'UnsupportedParameterWarning');
        }
        if (options.retryRequestOptions.noResponseRetries !== undefined) {
            (0, warnings_1.warn)('retry_request_options', 'noResponseRetries override is not supported. Please specify retry codes or a function to determine retry eligibility.', 'UnsupportedParameterWarning');
        }
        if (options.retryRequestOptions.currentRetryAttempt !== undefined) {
            (0, warnings_1.warn)('retry_request_options', 'currentRetryAttempt override is not supported. Retry attempts are tracked internally.', 'UnsupportedParameterWarning');
        }
        let retryCodes = [status_1.Status.UNAVAILABLE];
        let shouldRetryFn;
        if (options.retryRequestOptions.shouldRetryFn) {
            retryCodes = [];
            shouldRetryFn = options.retryRequestOptions.shouldRetryFn;
        }
        //Backoff settings
        options.maxRetries =
            options?.retryRequestOptions?.retries ?? options.maxRetries;
        // create a default backoff settings object in case the user didn't provide overrides for everything
        const backoffSettings = createDefaultBackoffSettings();
        let maxRetryDelayMillis;
        let totalTimeoutMillis;
        // maxRetryDelay - this is in seconds, need to convert to milliseconds
        if (options.retryRequestOptions.maxRetryDelay !== undefined) {
            maxRetryDelayMillis = options.retryRequestOptions.maxRetryDelay * 1000;
        }
        // retryDelayMultiplier - should be a one to one mapping to retryDelayMultiplier
        const retryDelayMultiplier = options?.retryRequestOptions?.retryDelayMultiplier ??
            backoffSettings.retryDelayMultiplier;
        // this is in seconds and needs to be converted to milliseconds and the totalTimeoutMillis parameter
        if (options.retryRequestOptions.totalTimeout !== undefined) {
            totalTimeoutMillis = options.retryRequestOptions.totalTimeout * 1000;
        }
        else {
            if (options.maxRetries === undefined) {
                totalTimeoutMillis = 30000;
                (0, warnings_1.warn)('retry_request_options_no_max_retries_timeout', 'Neither maxRetries nor totalTimeout were passed. Defaulting to totalTimeout of 30000ms.', 'MissingParameterWarning');
            }
        }
        // for the variables the user wants to override, override in the backoff settings object we made
        backoffSettings.maxRetryDelayMillis =
            maxRetryDelayMillis ?? backoffSettings.maxRetryDelayMillis;
        backoffSettings.retryDelayMultiplier =
            retryDelayMultiplier ?? backoffSettings.retryDelayMultiplier;
        backoffSettings.totalTimeoutMillis =
            totalTimeoutMillis ?? backoffSettings.totalTimeoutMillis;
        const convertedRetryOptions = createRetryOptions(retryCodes, backoffSettings, shouldRetryFn);
        options.retry = convertedRetryOptions;
        delete options.retryRequestOptions; // completely remove them to avoid any further confusion
        (0, warnings_1.warn)('retry_request_options', 'retryRequestOptions will be deprecated in a future release. Please use retryOptions to pass retry options at call time', 'DeprecationWarning');
    }
    return options;
}
/**
 * Per-call configurable settings for retrying upon transient failure.
 * @param {number[]} retryCodes - a list of Google API canonical error codes OR a function that returns a boolean to determine retry behavior
 *   upon which a retry should be attempted.
 * @param {BackoffSettings} backoffSettings - configures the retry
 *   exponential backoff algorithm.
 * @param {function} shouldRetryFn - a function that determines whether a call should retry. If this is defined retryCodes must be empty
 * @param {function} getResumptionRequestFn - a function with a resumption strategy - only used with server streaming retries
 * @return {RetryOptions} A new RetryOptions object.
 *
 */
function createRetryOptions(retryCodes, backoffSettings, shouldRetryFn, getResumptionRequestFn) {
    return {
        retryCodes,
        backoffSettings,
        shouldRetryFn,
        getResumptionRequestFn,
    };
}
/**
 * Parameters to the exponential backoff algorithm for retrying.
 *
 * @param {number} initialRetryDelayMillis - the initial delay time,
 *   in milliseconds, between the completion of the first failed request and the
 *   initiation of the first retrying request.
 * @param {number} retryDelayMultiplier - the multiplier by which to
 *   increase the delay time between the completion of failed requests, and the
 *   initiation of the subsequent retrying request.
 * @param {number} maxRetryDelayMillis - the maximum delay time, in
 *   milliseconds, between requests. When this value is reached,
 *   ``retryDelayMultiplier`` will no longer be used to increase delay time.
 * @param {number} initialRpcTimeoutMillis - the initial timeout parameter
 *   to the request.
 * @param {number} rpcTimeoutMultiplier - the multiplier by which to
 *   increase the timeout parameter between failed requests.
 * @param {number} maxRpcTimeoutMillis - the maximum timeout parameter, in
 *   milliseconds, for a request. When this value is reached,
 *   ``rpcTimeoutMultiplier`` will no longer be used to increase the timeout.
 * @param {number} totalTimeoutMillis - the total time, in milliseconds,
 *   starting from when the initial request is sent, after which an error will
 *   be returned, regardless of the retrying attempts made meanwhile.
 * @return {BackoffSettings} a new settings.
 *
 */
function createBackoffSettings(initialRetryDelayMillis, retryDelayMultiplier, maxRetryDelayMillis, initialRpcTimeoutMillis, rpcTimeoutMultiplier, maxRpcTimeoutMillis, totalTimeoutMillis) {
    return {
        initialRetryDelayMillis,
        retryDelayMultiplier,
        maxRetryDelayMillis,
        initialRpcTimeoutMillis,
        rpcTimeoutMultiplier,
        maxRpcTimeoutMillis,
        totalTimeoutMillis,
    };
}
function createDefaultBackoffSettings() {
    return createBackoffSettings(100, 1.3, 60000, null, null, null, null);
}
/**
 * Parameters to the exponential backoff algorithm for retrying.
 * This function is unsupported, and intended for internal use only.
 *
 * @param {number} initialRetryDelayMillis - the initial delay time,
 *   in milliseconds, between the completion of the first failed request and the
 *   initiation of the first retrying request.
 * @param {number} retryDelayMultiplier - the multiplier by which to
 *   increase the delay time between the completion of failed requests, and the
 *   initiation of the subsequent retrying request.
 * @param {number} maxRetryDelayMillis - the maximum delay time, in
 *   milliseconds, between requests. When this value is reached,
 *   ``retryDelayMultiplier`` will no longer be used to increase delay time.
 * @param {number} initialRpcTimeoutMillis - the initial timeout parameter
 *   to the request.
 * @param {number} rpcTimeoutMultiplier - the multiplier by which to
 *   increase the timeout parameter between failed requests.
 * @param {number} maxRpcTimeoutMillis - the maximum timeout parameter, in
 *   milliseconds, for a request. When this value is reached,
 *   ``rpcTimeoutMultiplier`` will no longer be used to increase the timeout.
 * @param {number} maxRetries - the maximum number of retrying attempts that
 *   will be made. If reached, an error will be returned.
 * @return {BackoffSettings} a new settings.
 *
 */
function createMaxRetriesBackoffSettings(initialRetryDelayMillis, retryDelayMultiplier, maxRetryDelayMillis, initialRpcTimeoutMillis, rpcTimeoutMultiplier, maxRpcTimeoutMillis, maxRetries) {
    return {
        initialRetryDelayMillis,
        retryDelayMultiplier,
        maxRetryDelayMillis,
        initialRpcTimeoutMillis,
        rpcTimeoutMultiplier,
        maxRpcTimeoutMillis,
        maxRetries,
    };
}
/**
 * Creates a new {@link BundleOptions}.
 *
 * @private
 * @param {Object} options - An object to hold optional parameters. See
 *   properties for the content of options.
 * @return {BundleOptions} - A new options.
 */
function createBundleOptions(options) {
    const params = [
        'element_count_threshold',
        'element_count_limit',
        'request_byte_threshold',
        'request_byte_limit',
        'delay_threshold_millis',
    ];
    params.forEach(param => {
        if (param in options && typeof options[param] !== 'number') {
            throw new Error(`${param} should be a number`);
        }
    });
    const elementCountThreshold = options.element_count_threshold || 0;
    const elementCountLimit = options.element_count_limit || 0;
    const requestByteThreshold = options.request_byte_threshold || 0;
    const requestByteLimit = options.request_byte_limit || 0;
    const delayThreshold = options.delay_threshold_millis || 0;
    if (elementCountThreshold === 0 &&
        requestByteThreshold === 0 &&
        delayThreshold === 0) {
        throw new Error('one threshold should be > 0');
    }
    return {
        elementCountThreshold,
        elementCountLimit,
        requestByteThreshold,
        requestByteLimit,
        delayThreshold,
    };
}
/**
 * Helper for {@link constructSettings}
 *
 * @private
 *
 * @param {Object} methodConfig - A dictionary representing a single
 *   `methods` entry of the standard API client config file. (See
 *   {@link constructSettings} for information on this yaml.)
 * @param {?Object} retryCodes - A dictionary parsed from the
 *   `retry_codes_def` entry of the standard API client config
 *   file. (See {@link constructSettings} for information on this yaml.)
 * @param {Object} retryParams - A dictionary parsed from the
 *   `retry_params` entry of the standard API client config
 *   file. (See {@link constructSettings} for information on this yaml.)
 * @param {Object} retryNames - A dictionary mapping the string names
 *   used in the standard API client config file to API response
 *   status codes.
 * @return {?RetryOptions} The new retry options.
 */
function constructRetry(methodConfig, retryCodes, retryParams, retryNames) {
    if (!methodConfig) {
        return null;
    }
    let codes = null; // this is one instance where it will NOT be an array OR a function because we do not allow shouldRetryFn in the client
    if (retryCodes && 'retry_codes_name' in methodConfig) {
        const retryCodesName = methodConfig['retry_codes_name'];
        codes = (retryCodes[retryCodesName] || []).map(name => {
            return Number(retryNames[name]);
        });
    }
    let backoffSettings = null;
    if (retryParams && 'retry_params_name' in methodConfig) {
        const params = retryParams[methodConfig.retry_params_name];
        backoffSettings = createBackoffSettings(params.initial_retry_delay_millis, params.retry_delay_multiplier, params.max_retry_delay_millis, params.initial_rpc_timeout_millis, params.rpc_timeout_multiplier, params.max_rpc_timeout_millis, params.total_timeout_millis);
    }
    return createRetryOptions(codes, backoffSettings);
}
function cloneRetryOptions(retry) {
    if (!retry) {
        return retry;
    }
    return createRetryOptions(retry.retryCodes ? [...retry.retryCodes] : retry.retryCodes, retry.backoffSettings ? { ...retry.backoffSettings } : retry.backoffSettings, retry.shouldRetryFn, retry.getResumptionRequestFn);
}
/**
 * Helper for {@link constructSettings}
 *
 * Takes two retry options, and merges them into a single RetryOption instance.
 *
 * @private
 *
 * @param {RetryOptions} retry - The base RetryOptions.
 * @param {RetryOptions} overrides - The RetryOptions used for overriding
 *   `retry`. Use the values if it is not null. If entire `overrides` is null,
 *   ignore the base retry and return null.
 * @return {?RetryOptions} The merged RetryOptions.
 */
function mergeRetryOptions(retry, overrides) {
    if (!overrides) {
        return null;
    }
    if (!overrides.retryCodes &&
        !overrides.backoffSettings &&
        !overrides.shouldRetryFn &&
        !overrides.getResumptionRequestFn) {
        return retry;
    }
    const retryCodes = overrides.retryCodes
        ? overrides.retryCodes
        : retry.retryCodes;
    const backoffSettings = overrides.backoffSettings
        ? overrides.backoffSettings
        : retry.backoffSettings;
    const shouldRetryFn = overrides.shouldRetryFn
        ? overrides.shouldRetryFn
        : retry.shouldRetryFn;
    const getResumptionRequestFn = overrides.getResumptionRequestFn
        ? overrides.getResumptionRequestFn
        : retry.getResumptionRequestFn;
    return createRetryOptions(retryCodes, backoffSettings, shouldRetryFn, getResumptionRequestFn);
}
/**
 * Constructs a dictionary mapping method names to {@link CallSettings}.
 *
 * The `clientConfig` parameter is parsed from a client configuration JSON
 * file of the form:
 *
 *     {
 *       "interfaces": {
 *         "google.fake.v1.ServiceName": {
 *           "retry_codes": {
 *             "idempotent": ["UNAVAILABLE", "DEADLINE_EXCEEDED"],
 *             "non_idempotent": []
 *           },
 *           "retry_params": {
 *             "default": {
 *               "initial_retry_delay_millis": 100,
 *               "retry_delay_multiplier": 1.2,
 *               "max_retry_delay_millis": 1000,
 *               "initial_rpc_timeout_millis": 2000,
 *               "rpc_timeout_multiplier": 1.5,
 *               "max_rpc_timeout_millis": 30000,
 *               "total_timeout_millis": 45000
 *             }
 *           },
 *           "methods": {
 *             "CreateFoo": {
 *               "retry_codes_name": "idempotent",
 *               "retry_params_name": "default"
 *             },
 *             "Publish": {
 *               "retry_codes_name": "non_idempotent",
 *               "retry_params_name": "default",
 *               "bundling": {
 *                 "element_count_threshold": 40,
 *                 "element_count_limit": 200,
 *                 "request_byte_threshold": 90000,
 *                 "request_byte_limit": 100000,
 *                 "delay_threshold_millis": 100
 *               }
 *             }
 *           }
 *         }
 *       }
 *     }
 *
 * @param {String} serviceName - The fully-qualified name of this
 *   service, used as a key into the client config file (in the
 *   example above, this value should be 'google.fake.v1.ServiceName').
 * @param {Object} clientConfig - A dictionary parsed from the
 *   standard API client config file.
 * @param {Object} configOverrides - A dictionary in the same structure of
 *   client_config to override the settings.
 * @param {Object.<string, string[]>} retryNames - A dictionary mapping the strings
 *   referring to response status codes to objects representing
 *   those codes.
 * @param {Object} [otherArgs] - the non-request arguments to be passed to the API
 *   calls.
 * @param {boolean} [enableTelemetryTracing] - Flag to enable telemetry tracing
 *   when passed in client options (or overridden by `GOOGLE_SDK_NODE_ENABLE_TRACING`).
 * @param {unknown} [_legacyTelemetryInfo] - Unused legacy parameter kept for backward compatibility.
 * @param {boolean} [enableTelemetryLogging] - Flag to enable or disable telemetry
 *   logging for this client, taking precedence over `GOOGLE_SDK_NODE_LOGGING` when set.
 * @return {Object} A mapping from method name to CallSettings, or null if the
 *   service is not found in the config.
 */
function constructSettings(serviceName, clientConfig, configOverrides, retryNames, otherArgs, enableTelemetryTracing, 
// eslint-disable-next-line @typescript-eslint/no-unused-vars
_legacyTelemetryInfo, enableTelemetryLogging) {
    const env = typeof process === 'object' && typeof process.env === 'object'
        ? process.env
        : {};
    const envTracing = env.GOOGLE_SDK_NODE_ENABLE_TRACING?.trim();
    const isEnvSet = envTracing !== undefined && envTracing !== '';
    const isEnvEnabled = (0, util_2.checkTracingEnabled)();
    // Tracing is only enabled via GOOGLE_SDK_NODE_ENABLE_TRACING or when the user
    // passes enableTelemetryTracing: true in their client options. If
    // GOOGLE_SDK_NODE_ENABLE_TRACING is explicitly set, it takes precedence.
    const tracingRequested = isEnvSet
        ? isEnvEnabled
        : Boolean(enableTelemetryTracing);
    const isLoggingEnvEnabled = enableTelemetryLogging === undefined
        ? (0, util_2.checkLoggingEnabled)(new CallSettings({ apiName: serviceName }))
        : false;
    const resolvedLogging = enableTelemetryLogging !== undefined
        ? enableTelemetryLogging
        : isLoggingEnvEnabled
            ? true
            : undefined;
    const loggingRequested = Boolean(resolvedLogging);
    otherArgs = otherArgs || {};
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const defaults = {};
    const serviceConfig = (clientConfig.interfaces || {})[serviceName];
    if (!serviceConfig) {
        return null;
    }
    // users can override the config from client side, like bundling options.
    // The detailed structure of the clientConfig can be found here: https://github.com/googleapis/gax-nodejs/blob/main/src/gax.ts#L546
    // The way to override bundling options:
    //
    // const customConfig = {"interfaces": {"service": {"methods": {"methodName": {"bundling": {..}}}}}}
    // const client = new Client({ projectId, customConfig });
    const overrides = (configOverrides.interfaces || {})[serviceName] || {};
    const methods = serviceConfig.methods;
    const overridingMethods = overrides.methods || {};
    for (const methodName in methods) {
        const methodConfig = methods[methodName];
        const jsName = (0, util_1.toLowerCamelCase)(methodName);
        let retry = constructRetry(methodConfig, serviceConfig.retry_codes, serviceConfig.retry_params, retryNames);
        let bundlingConfig = methodConfig.bundling;
        let timeout = methodConfig.timeout_millis;
        if (methodName in overridingMethods) {
            const overridingMethod = overridingMethods[methodName];
            if (overridingMethod) {
                if ('bundling' in overridingMethod) {
                    bundlingConfig = overridingMethod.bundling;
                }
                if ('timeout_millis' in overridingMethod) {
                    timeout = overridingMethod.timeout_millis;
                }
            }
            retry = mergeRetryOptions(retry, constructRetry(overridingMethod, overrides.retry_codes, overrides.retry_params, retryNames));
        }
        const apiName = serviceName;
        defaults[jsName] = new CallSettings({
            timeout,
            retry,
            bundleOptions: bundlingConfig
                ? createBundleOptions(bundlingConfig)
                : null,
            otherArgs: tracingRequested || loggingRequested
                ? {
                    ...otherArgs,
                    internalMethodName: methodName,
                    enableTelemetryTracing: tracingRequested,
                    enableTelemetryLogging: loggingRequested,
                }
                : otherArgs,
            apiName,
            enableTelemetryTracing: isEnvSet ? isEnvEnabled : enableTelemetryTracing,
            enableTelemetryLogging: resolvedLogging,
        });
    }
    return defaults;
}
function createByteLengthFunction(message) {
    return function getByteLength(obj) {
        try {
            return message.encode(obj).finish().length;
        }
        catch (err) {
            const stringified = JSON.stringify(obj);
            (0, warnings_1.warn)('error_encoding_protobufjs_object', `Cannot encode protobuf.js object: ${stringified}: ${err}`);
            // We failed to encode the object properly, let's just return an upper boundary of its length.
            // It's only needed for calculating the size of the batch, so it's safe if it's bigger than needed.
            return stringified.length;
        }
    };
}
//# sourceMappingURL=gax.js.map

/***/ }),

/***/ 61552:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GoogleErrorDecoder = exports.GoogleError = void 0;
exports.setRawHttpResponsePayload = setRawHttpResponsePayload;
exports.getRawHttpResponsePayload = getRawHttpResponsePayload;
const status_1 = __webpack_require__(39705);
const protobuf = __importStar(__webpack_require__(52092));
const serializer = __importStar(__webpack_require__(49037));
const fallback_1 = __webpack_require__(95349);
const PROTO_TYPE_PREFIX = 'type.googleapis.com/';
const RESOURCE_INFO_TYPE = 'type.googleapis.com/google.rpc.ResourceInfo';
const DEFAULT_RESOURCE_TYPE_NAME_FOR_UNKNOWN_TYPES = 'Unknown type';
const ANY_PROTO_TYPE_NAME = 'google.protobuf.Any';
const UNKNOWN_TYPE_ENCONDED_ERROR_PREFIX = 'Unknown type encoded in';
const UNKNOWN_TYPE_NO_SUCH_TYPE = 'no such type';
const NUM_OF_PARTS_IN_PROTO_TYPE_NAME = 2;
const RAW_HTTP_RESPONSE_PAYLOAD = Symbol.for('google-gax.rawHttpResponsePayload');
/**
 * Attaches the full raw HTTP response body non-enumerably to a GoogleError so
 * telemetry debug logging can report `response.payload` without altering
 * standard error formatting or serialization.
 */
function setRawHttpResponsePayload(err, payload) {
    try {
        Object.defineProperty(err, RAW_HTTP_RESPONSE_PAYLOAD, {
            value: payload,
            configurable: true,
            enumerable: false,
            writable: true,
        });
    }
    catch {
        // Fail open if err is frozen, non-extensible, or traps defineProperty.
    }
}
/**
 * Reads the raw HTTP response body previously attached by
 * {@link setRawHttpResponsePayload}, if any.
 */
function getRawHttpResponsePayload(err) {
    try {
        return err[RAW_HTTP_RESPONSE_PAYLOAD];
    }
    catch {
        return undefined;
    }
}
class GoogleError extends Error {
    code;
    /**
     * The HTTP response status received by the REST fallback transport.
     *
     * `code` holds the gRPC status the response was mapped to, which is lossy:
     * `rpcCodeFromHttpStatusCode` collapses whole ranges (every unmapped 5xx
     * becomes INTERNAL), so the original status cannot be recovered from it.
     * Telemetry reports the two separately, so the received status is kept here
     * as well.
     *
     * Undefined for gRPC calls, and for fallback failures that never produced a
     * response at all, such as an expired deadline or a connection error.
     */
    httpStatusCode;
    note;
    metadata;
    statusDetails;
    reason;
    domain;
    errorInfoMetadata;
    // Parse details field in google.rpc.status wire over gRPC medatadata.
    // Promote google.rpc.ErrorInfo if exist.
    static parseGRPCStatusDetails(err) {
        const decoder = new GoogleErrorDecoder();
        try {
            if (err.metadata && err.metadata.get('grpc-status-details-bin')) {
                const statusDetailsObj = decoder.decodeGRPCStatusDetails(err.metadata.get('grpc-status-details-bin'));
                if (statusDetailsObj &&
                    statusDetailsObj.details &&
                    statusDetailsObj.details.length > 0) {
                    err.statusDetails = statusDetailsObj.details;
                }
                if (statusDetailsObj && statusDetailsObj.errorInfo) {
                    err.reason = statusDetailsObj.errorInfo.reason;
                    err.domain = statusDetailsObj.errorInfo.domain;
                    err.errorInfoMetadata = statusDetailsObj.errorInfo.metadata;
                }
            }
        }
        catch (decodeErr) {
            // ignoring the error
        }
        return err;
    }
    // Parse http JSON error and promote google.rpc.ErrorInfo if exist.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    static parseHttpError(json) {
        if (Array.isArray(json)) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            json = json.find((obj) => {
                return 'error' in obj;
            });
        }
        // fallback logic.
        // related issue: https://github.com/googleapis/gax-nodejs/issues/1303
        // google error mapping: https://cloud.google.com/apis/design/errors
        // if input json doesn't have 'error' fields, wrap the whole object with 'error' field
        if (!json['error']) {
            json['error'] = {};
            Object.keys(json)
                .filter(key => key !== 'error')
                .forEach(key => {
                json['error'][key] = json[key];
                delete json[key];
            });
        }
        const decoder = new GoogleErrorDecoder();
        const proto3Error = decoder.decodeHTTPError(json['error']);
        const error = Object.assign(new GoogleError(json['error']['message']), proto3Error);
        // Get gRPC Status Code
        if (json['error']['status'] &&
            status_1.Status[json['error']['status']]) {
            error.code = status_1.Status[json['error']['status']];
        }
        else if (json['error']['code']) {
            // Map Http Status Code to gRPC Status Code
            error.code = (0, status_1.rpcCodeFromHttpStatusCode)(json['error']['code']);
        }
        else {
            // If error code is absent, proto3 message default value is 0. We should
            // keep error code as undefined.
            delete error.code;
        }
        // Keep consistency with gRPC statusDetails fields. gRPC details has been occupied before.
        // Rename "details" to "statusDetails".
        if (error.details) {
            try {
                const statusDetailsObj = decoder.decodeHttpStatusDetails(error.details);
                if (statusDetailsObj &&
                    statusDetailsObj.details &&
                    statusDetailsObj.details.length > 0) {
                    error.statusDetails = statusDetailsObj.details;
                }
                if (statusDetailsObj && statusDetailsObj.errorInfo) {
                    error.reason = statusDetailsObj.errorInfo.reason;
                    error.domain = statusDetailsObj.errorInfo.domain;
                    // error.metadata has been occupied for gRPC metadata, so we use
                    // errorInfoMetadata to represent ErrorInfo' metadata field. Keep
                    // consistency with gRPC ErrorInfo metadata field name.
                    error.errorInfoMetadata = statusDetailsObj.errorInfo.metadata;
                }
            }
            catch (decodeErr) {
                // ignoring the error
            }
        }
        return error;
    }
}
exports.GoogleError = GoogleError;
// Get proto type name removing the prefix. For example full type name: type.googleapis.com/google.rpc.Help, the function returns google.rpc.Help.
const getProtoTypeNameFromFullNameType = (fullTypeName) => {
    const parts = fullTypeName.split(PROTO_TYPE_PREFIX);
    if (parts.length !== NUM_OF_PARTS_IN_PROTO_TYPE_NAME) {
        throw Error("Can't convert full type name");
    }
    return parts[1];
};
// Return true if proto is known in protobuf.
const isDetailKnownProto = (protobuf, detail) => {
    try {
        const typeName = getProtoTypeNameFromFullNameType(detail['@type']);
        if (typeName === ANY_PROTO_TYPE_NAME) {
            return isDetailKnownProto(protobuf, detail.value);
        }
        const proto = protobuf.lookup(typeName);
        if (!proto) {
            return false;
        }
        return true;
    }
    catch (e) {
        return false;
    }
};
// Check if error is unknown type encoded.
const isUnknownTypeEncodedError = (error) => {
    if (typeof error === 'object' && error && 'message' in error) {
        return (error.message.includes(UNKNOWN_TYPE_ENCONDED_ERROR_PREFIX) ||
            error.message.includes(UNKNOWN_TYPE_NO_SUCH_TYPE));
    }
    return false;
};
// Build unknown proto as protobuf.Message<{}>.
const buildUnknownProtoAsAny = (unknownProto, anyProto) => {
    return anyProto.create({
        type_url: unknownProto.type_url,
        value: unknownProto.value,
    });
};
// Given a protobuf with rpc status protos and a json response value, generate ErrorDetails.
// Function will traverse trough all the details of the json value and split them based on ErrorDetails.
const getErrorDetails = (protobuf, json) => {
    const error_details = {
        knownDetails: [],
        unknownDetails: [],
    };
    if (typeof json === 'object' && json !== null && 'details' in json) {
        const details = json['details'];
        for (const detail of details) {
            if (isDetailKnownProto(protobuf, detail)) {
                error_details.knownDetails.push(detail);
            }
            else {
                error_details.unknownDetails.push(detail);
            }
        }
    }
    return error_details;
};
const makeResourceInfoError = (resourceType, description) => {
    return {
        '@type': RESOURCE_INFO_TYPE,
        resourceType,
        description,
    };
};
// Convert unknownDetails to rpc.ResourceInfo. The JSONValue is converted to string and returned as description.
const convertUnknownDetailsToResourceInfoError = (unknownDetails) => {
    const unknownDetailsAsResourceInfoError = [];
    for (const unknownDetail of unknownDetails) {
        try {
            let resourceType = DEFAULT_RESOURCE_TYPE_NAME_FOR_UNKNOWN_TYPES;
            if (typeof unknownDetail === 'object' &&
                unknownDetail !== null &&
                '@type' in unknownDetail) {
                const unknownType = unknownDetail['@type'];
                resourceType = unknownType;
            }
            // We don't know the proto, so we convert the object to string and assign it as description.
            const description = JSON.stringify(unknownDetail);
            unknownDetailsAsResourceInfoError.push(makeResourceInfoError(resourceType, description));
        }
        catch (e) {
            // Failed convert to string, ignore it.
        }
    }
    return unknownDetailsAsResourceInfoError;
};
class GoogleErrorDecoder {
    root;
    anyType;
    statusType;
    constructor() {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const errorProtoJson = __webpack_require__(83033);
        this.root = protobuf.Root.fromJSON(errorProtoJson);
        this.anyType = this.root.lookupType('google.protobuf.Any');
        this.statusType = this.root.lookupType('google.rpc.Status');
    }
    decodeProtobufAny(anyValue) {
        const match = anyValue.type_url.match(/^type.googleapis.com\/(.*)/);
        if (!match) {
            throw new Error(`Unknown type encoded in google.protobuf.any: ${anyValue.type_url}`);
        }
        const typeName = match[1];
        const type = this.root.lookupType(typeName);
        if (!type) {
            throw new Error(`Cannot lookup type ${typeName}`);
        }
        return type.decode(anyValue.value);
    }
    // Decodes gRPC-fallback error which is an instance of google.rpc.Status.
    decodeRpcStatus(buffer) {
        const uint8array = new Uint8Array(buffer);
        const status = this.statusType.decode(uint8array);
        // google.rpc.Status contains an array of google.protobuf.Any
        // which need a special treatment
        const details = [];
        let errorInfo;
        for (const detail of status.details) {
            try {
                const decodedDetail = this.decodeProtobufAny(detail);
                details.push(decodedDetail);
                if (detail.type_url === 'type.googleapis.com/google.rpc.ErrorInfo') {
                    errorInfo = decodedDetail;
                }
            }
            catch (err) {
                // cannot decode detail, likely because of the unknown type - just skip it
            }
        }
        const result = {
            code: status.code,
            message: status.message,
            statusDetails: details,
            reason: errorInfo?.reason,
            domain: errorInfo?.domain,
            errorInfoMetadata: errorInfo?.metadata,
        };
        return result;
    }
    // Construct an Error from a StatusObject.
    // Adapted from https://github.com/grpc/grpc-node/blob/main/packages/grpc-js/src/call.ts#L79
    callErrorFromStatus(status) {
        status.message = `${status.code} ${status_1.Status[status.code]}: ${status.message}`;
        return Object.assign(new GoogleError(status.message), status);
    }
    // Decodes gRPC-fallback error which is an instance of google.rpc.Status,
    // and puts it into the object similar to gRPC ServiceError object.
    decodeErrorFromBuffer(buffer) {
        return this.callErrorFromStatus(this.decodeRpcStatus(buffer));
    }
    // Decodes gRPC metadata error details which is an instance of google.rpc.Status.
    decodeGRPCStatusDetails(bufferArr) {
        const details = [];
        let errorInfo;
        bufferArr.forEach(buffer => {
            const uint8array = new Uint8Array(buffer);
            const rpcStatus = this.statusType.decode(uint8array);
            for (const detail of rpcStatus.details) {
                try {
                    const decodedDetail = this.decodeProtobufAny(detail);
                    details.push(decodedDetail);
                    if (detail.type_url === 'type.googleapis.com/google.rpc.ErrorInfo') {
                        errorInfo = decodedDetail;
                    }
                }
                catch (error) {
                    if (isUnknownTypeEncodedError(error)) {
                        const customErrorAsAny = buildUnknownProtoAsAny(detail, this.anyType);
                        details.push(customErrorAsAny);
                    }
                    // cannot decode detail - just skip it
                }
            }
        });
        const result = {
            details,
            errorInfo,
        };
        return result;
    }
    // Decodes http error which is an instance of google.rpc.Status.
    decodeHTTPError(json) {
        const errorDetails = getErrorDetails(this.root, json);
        let details = [];
        if (typeof json === 'object' && json !== null && 'details' in json) {
            if (errorDetails.knownDetails.length) {
                details = errorDetails.knownDetails;
            }
            if (errorDetails.unknownDetails.length) {
                const unknowDetailsAsResourceInfo = convertUnknownDetailsToResourceInfoError(errorDetails.unknownDetails);
                details = [...details, ...unknowDetailsAsResourceInfo];
            }
            if (details.length) {
                json.details = details;
            }
        }
        const errorMessage = serializer.fromProto3JSON(this.statusType, json);
        if (!errorMessage) {
            throw new Error(`Received error message ${json}, but failed to serialize as proto3 message`);
        }
        return this.statusType.toObject(errorMessage, fallback_1.defaultToObjectOptions);
    }
    // Decodes http error details which is an instance of Array<google.protobuf.Any>.
    decodeHttpStatusDetails(rawDetails) {
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        const details = [];
        let errorInfo;
        for (const detail of rawDetails) {
            try {
                const decodedDetail = this.decodeProtobufAny(detail);
                details.push(decodedDetail);
                if (detail.type_url === 'type.googleapis.com/google.rpc.ErrorInfo') {
                    errorInfo = decodedDetail;
                }
            }
            catch (err) {
                // cannot decode detail, likely because of the unknown type - just skip it
            }
        }
        return { details, errorInfo };
    }
}
exports.GoogleErrorDecoder = GoogleErrorDecoder;
//# sourceMappingURL=googleError.js.map

/***/ }),

/***/ 26187:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Copyright 2020 Google LLC
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     https://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.
//
// ** This file is automatically generated by gapic-generator-typescript. **
// ** https://github.com/googleapis/gapic-generator-typescript **
// ** All changes to this file may be overwritten. **
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IamClient = void 0;
const createApiCall_1 = __webpack_require__(12119);
const routingHeader = __importStar(__webpack_require__(92168));
const gapicConfig = __importStar(__webpack_require__(56223));
const fallback = __importStar(__webpack_require__(95349));
let version = (__webpack_require__(41344)/* .version */ .rE);
const jsonProtos = __webpack_require__(54532);
/**
 *  Google Cloud IAM Client.
 *  This is manually written for providing methods [setIamPolicy, getIamPolicy, testIamPerssion] to the generated client.
 */
class IamClient {
    _terminated = false;
    _opts;
    _defaults;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    _protos;
    auth;
    descriptors = { page: {}, stream: {}, longrunning: {} };
    innerApiCalls = {};
    iamPolicyStub;
    gaxGrpc;
    constructor(gaxGrpc, 
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    options) {
        this.gaxGrpc = gaxGrpc;
        // Ensure that options include the service address and port.
        const opts = Object.assign({
            servicePath: options.servicePath,
            port: options.port,
            clientConfig: options.clientConfig,
            apiEndpoint: options.apiEndpoint,
            fallback: options.fallback,
        }, options);
        if (!opts.fallback && gaxGrpc.fallback) {
            opts.fallback = gaxGrpc.fallback;
        }
        version = opts.fallback ? fallback.version : version;
        opts.scopes = this.constructor.scopes;
        // Save options to use in initialize() method.
        this._opts = opts;
        // Save the auth object to the client, for use by other methods.
        this.auth = gaxGrpc.auth;
        // Determine the client header string.
        const clientHeader = [`gax/${version}`, `gapic/${version}`];
        if (typeof process !== 'undefined' && 'versions' in process) {
            clientHeader.push(`gl-node/${process.versions.node}`);
        }
        else {
            clientHeader.push(`gl-web/${version}`);
        }
        if (!opts.fallback) {
            clientHeader.push(`grpc/${gaxGrpc.grpcVersion}`);
        }
        if (opts.libName && opts.libVersion) {
            clientHeader.push(`${opts.libName}/${opts.libVersion}`);
        }
        // Load the applicable protos.
        this._protos = this.gaxGrpc.loadProtoJSON(jsonProtos);
        // Put together the default options sent with requests.
        this._defaults = gaxGrpc.constructSettings('google.iam.v1.IAMPolicy', gapicConfig, opts.clientConfig || {}, { 'x-goog-api-client': clientHeader.join(' ') }, opts.enableTelemetryTracing, undefined, opts.enableTelemetryLogging);
        const servicePath = opts.servicePath || opts.apiEndpoint;
        const parsedPort = typeof opts.port === 'string' ? parseInt(opts.port, 10) : opts.port;
        for (const methodName of Object.keys(this._defaults)) {
            const otherArgs = this._defaults[methodName].otherArgs;
            if (otherArgs) {
                if (servicePath) {
                    otherArgs.servicePath = servicePath;
                }
                if (parsedPort !== undefined && !Number.isNaN(parsedPort)) {
                    otherArgs.port = parsedPort;
                }
            }
        }
        this.innerApiCalls = {};
    }
    /**
     * Initialize the client.
     * Performs asynchronous operations (such as authentication) and prepares the client.
     * This function will be called automatically when any class method is called for the
     * first time, but if you need to initialize it before calling an actual method,
     * feel free to call initialize() directly.
     *
     * You can await on this method if you want to make sure the client is initialized.
     *
     * @returns {Promise} A promise that resolves to an authenticated service stub.
     */
    initialize() {
        // If the client stub promise is already initialized, return immediately.
        if (this.iamPolicyStub) {
            return this.iamPolicyStub;
        }
        // Put together the "service stub" for
        // google.iam.v1.IAMPolicy.
        this.iamPolicyStub = this.gaxGrpc.createStub(this._opts.fallback
            ? this._protos.lookupService('google.iam.v1.IAMPolicy')
            : this._protos.google.iam.v1.IAMPolicy, this._opts);
        // Iterate over each of the methods that the service provides
        // and create an API call method for each.
        const iamPolicyStubMethods = [
            'getIamPolicy',
            'setIamPolicy',
            'testIamPermissions',
        ];
        for (const methodName of iamPolicyStubMethods) {
            const innerCallPromise = this.iamPolicyStub.then(stub => (...args) => {
                if (this._terminated) {
                    return Promise.reject('The client has already been closed.');
                }
                const func = stub[methodName];
                return func.apply(stub, args);
            }, (err) => () => {
                throw err;
            });
            this.innerApiCalls[methodName] = (0, createApiCall_1.createApiCall)(innerCallPromise, this._defaults[methodName], this.descriptors.page[methodName], this._opts.fallback || this.gaxGrpc.fallback);
        }
        return this.iamPolicyStub;
    }
    /**
     * The DNS address for this API service.
     */
    static get servicePath() {
        return 'cloudkms.googleapis.com';
    }
    /**
     * The DNS address for this API service - same as servicePath(),
     * exists for compatibility reasons.
     */
    static get apiEndpoint() {
        return 'cloudkms.googleapis.com';
    }
    /**
     * The port for this API service.
     */
    static get port() {
        return 443;
    }
    /**
     * The scopes needed to make gRPC calls for every method defined
     * in this service.
     */
    static get scopes() {
        return [
            'https://www.googleapis.com/auth/cloud-platform',
            'https://www.googleapis.com/auth/cloudkms',
        ];
    }
    getProjectId(callback) {
        if (this.auth && 'getProjectId' in this.auth) {
            return this.auth.getProjectId(callback);
        }
        if (callback) {
            callback(new Error('Cannot determine project ID.'));
        }
        else {
            return Promise.reject('Cannot determine project ID.');
        }
    }
    getIamPolicy(request, optionsOrCallback, callback) {
        let options;
        if (optionsOrCallback instanceof Function && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers['x-goog-request-params'] =
            routingHeader.fromParams({
                resource: request.resource,
            });
        this.initialize().catch(console.error);
        return this.innerApiCalls.getIamPolicy(request, options, callback);
    }
    setIamPolicy(request, optionsOrCallback, callback) {
        let options;
        if (optionsOrCallback instanceof Function && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers['x-goog-request-params'] =
            routingHeader.fromParams({
                resource: request.resource,
            });
        this.initialize().catch(console.error);
        return this.innerApiCalls.setIamPolicy(request, options, callback);
    }
    testIamPermissions(request, optionsOrCallback, callback) {
        let options;
        if (optionsOrCallback instanceof Function && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers['x-goog-request-params'] =
            routingHeader.fromParams({
                resource: request.resource,
            });
        this.initialize().catch(console.error);
        return this.innerApiCalls.testIamPermissions(request, options, callback);
    }
    /**
     * Terminate the GRPC channel and close the client.
     *
     * The client will no longer be usable and all future behavior is undefined.
     */
    close() {
        this.initialize().catch(console.error);
        if (!this._terminated) {
            // eslint-disable-next-line promise/always-return
            return this.iamPolicyStub.then(stub => {
                this._terminated = true;
                stub.close();
            });
        }
        return Promise.resolve();
    }
}
exports.IamClient = IamClient;
//# sourceMappingURL=iamService.js.map

/***/ }),

/***/ 73393:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


// Copyright 2021 Google LLC
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     https://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LocationsClient = void 0;
/* global window */
const gax = __importStar(__webpack_require__(27383));
const warnings_1 = __webpack_require__(6002);
const createApiCall_1 = __webpack_require__(12119);
const routingHeader = __importStar(__webpack_require__(92168));
const pageDescriptor_1 = __webpack_require__(99431);
const jsonProtos = __webpack_require__(48897);
/**
 * This file defines retry strategy and timeouts for all API methods in this library.
 */
const gapicConfig = __importStar(__webpack_require__(63219));
const version = (__webpack_require__(41344)/* .version */ .rE);
/**
 *  Google Cloud Locations Client.
 *  This is manually written for providing methods [listLocations, getLocations] to the generated client.
 */
class LocationsClient {
    _terminated = false;
    _opts;
    _providedCustomServicePath;
    _protos;
    _defaults;
    auth;
    descriptors = {
        page: {},
        stream: {},
        longrunning: {},
        batching: {},
    };
    warn;
    innerApiCalls;
    locationsStub;
    gaxGrpc;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    PageDescriptor;
    /**
     * Construct an instance of LocationsClient.
     *
     * @param {object} [options] - The configuration object.
     * The options accepted by the constructor are described in detail
     * in [this document](https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#creating-the-client-instance).
     * The common options are:
     * @param {object} [options.credentials] - Credentials object.
     * @param {string} [options.credentials.client_email]
     * @param {string} [options.credentials.private_key]
     * @param {string} [options.email] - Account email address. Required when
     *     using a .pem or .p12 keyFilename.
     * @param {string} [options.keyFilename] - Full path to the a .json, .pem, or
     *     .p12 key downloaded from the Google Developers Console. If you provide
     *     a path to a JSON file, the projectId option below is not necessary.
     *     NOTE: .pem and .p12 require you to specify options.email as well.
     * @param {number} [options.port] - The port on which to connect to
     *     the remote host.
     * @param {string} [options.projectId] - The project ID from the Google
     *     Developer's Console, e.g. 'grape-spaceship-123'. We will also check
     *     the environment variable GCLOUD_PROJECT for your project ID. If your
     *     app is running in an environment which supports
     *     {@link https://developers.google.com/identity/protocols/application-default-credentials Application Default Credentials},
     *     your project ID will be detected automatically.
     * @param {string} [options.apiEndpoint] - The domain name of the
     *     API remote host.
     * @param {gax.ClientConfig} [options.clientConfig] - Client configuration override.
     *     Follows the structure of {@link gapicConfig}.
     * @param {boolean} [options.fallback] - Use HTTP fallback mode.
     *     In fallback mode, a special browser-compatible transport implementation is used
     *     instead of gRPC transport. In browser context (if the `window` object is defined)
     *     the fallback mode is enabled automatically; set `options.fallback` to `false`
     *     if you need to override this behavior.
     */
    constructor(gaxGrpc, 
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    opts) {
        // Ensure that options include all the required fields.
        this.gaxGrpc = gaxGrpc;
        const staticMembers = this.constructor;
        const gaxGrpcEndpoint = gaxGrpc;
        const servicePath = opts?.servicePath ||
            opts?.apiEndpoint ||
            gaxGrpcEndpoint._servicePath ||
            staticMembers.servicePath;
        this._providedCustomServicePath = !!(opts?.servicePath ||
            opts?.apiEndpoint ||
            gaxGrpcEndpoint._servicePath);
        const port = opts?.port ?? gaxGrpcEndpoint._port ?? staticMembers.port;
        const clientConfig = opts?.clientConfig ?? {};
        const fallback = opts?.fallback ??
            (gaxGrpc.fallback ||
                (typeof window !== 'undefined' && typeof window?.fetch === 'function'));
        opts = Object.assign({ clientConfig }, opts, { servicePath, port, fallback });
        // If scopes are unset in options and we're connecting to a non-default endpoint, set scopes just in case.
        if (servicePath !== staticMembers.servicePath && !('scopes' in opts)) {
            opts['scopes'] = staticMembers.scopes;
        }
        // Save options to use in initialize() method.
        this._opts = opts;
        // Save the auth object to the client, for use by other methods.
        this.auth = gaxGrpc.auth;
        // Set the default scopes in auth client if needed.
        if (servicePath === staticMembers.servicePath) {
            this.auth.defaultScopes = staticMembers.scopes;
        }
        // Determine the client header string.
        const clientHeader = [`gax/${version}`, `gapic/${version}`];
        if (typeof process !== 'undefined' && 'versions' in process) {
            clientHeader.push(`gl-node/${process.versions.node}`);
        }
        else {
            clientHeader.push(`gl-web/${version}`);
        }
        if (!opts.fallback) {
            clientHeader.push(`grpc/${gaxGrpc.grpcVersion}`);
        }
        else if (opts.fallback === 'rest') {
            clientHeader.push(`rest/${gaxGrpc.grpcVersion}`);
        }
        if (opts.libName && opts.libVersion) {
            clientHeader.push(`${opts.libName}/${opts.libVersion}`);
        }
        // Load the applicable protos.
        this._protos = gaxGrpc.loadProtoJSON(jsonProtos);
        // Some of the methods on this service return "paged" results,
        // (e.g. 50 results at a time, with tokens to get subsequent
        // pages). Denote the keys used for pagination and results.
        this.descriptors.page = {
            listLocations: new pageDescriptor_1.PageDescriptor('pageToken', 'nextPageToken', 'locations'),
        };
        // Put together the default options sent with requests.
        this._defaults = gaxGrpc.constructSettings('google.cloud.location.Locations', gapicConfig, opts.clientConfig || {}, { 'x-goog-api-client': clientHeader.join(' ') }, opts.enableTelemetryTracing, undefined, opts.enableTelemetryLogging);
        const parsedPort = typeof opts.port === 'string' ? parseInt(opts.port, 10) : opts.port;
        for (const methodName of Object.keys(this._defaults)) {
            const otherArgs = this._defaults[methodName].otherArgs;
            if (otherArgs) {
                if (opts.servicePath) {
                    otherArgs.servicePath = opts.servicePath;
                }
                if (parsedPort !== undefined && !Number.isNaN(parsedPort)) {
                    otherArgs.port = parsedPort;
                }
            }
        }
        // Set up a dictionary of "inner API calls"; the core implementation
        // of calling the API is handled in `google-gax`, with this code
        // merely providing the destination and request information.
        this.innerApiCalls = {};
        // Add a warn function to the client constructor so it can be easily tested.
        this.warn = warnings_1.warn;
    }
    /**
     * Initialize the client.
     * Performs asynchronous operations (such as authentication) and prepares the client.
     * This function will be called automatically when any class method is called for the
     * first time, but if you need to initialize it before calling an actual method,
     * feel free to call initialize() directly.
     *
     * You can await on this method if you want to make sure the client is initialized.
     *
     * @returns {Promise} A promise that resolves to an authenticated service stub.
     */
    initialize() {
        // If the client stub promise is already initialized, return immediately.
        if (this.locationsStub) {
            return this.locationsStub;
        }
        // Put together the "service stub" for
        // google.cloud.location.Locations.
        this.locationsStub = this.gaxGrpc.createStub(this._opts.fallback
            ? this._protos.lookupService('google.cloud.location.Locations')
            : // eslint-disable-next-line @typescript-eslint/no-explicit-any
                this._protos.google.cloud.location.Locations, this._opts, this._providedCustomServicePath);
        // Iterate over each of the methods that the service provides
        // and create an API call method for each.
        const locationsStubMethods = ['listLocations', 'getLocation'];
        for (const methodName of locationsStubMethods) {
            const callPromise = this.locationsStub.then(stub => (...args) => {
                if (this._terminated) {
                    return Promise.reject('The client has already been closed.');
                }
                const func = stub[methodName];
                return func.apply(stub, args);
            }, (err) => () => {
                throw err;
            });
            const descriptor = this.descriptors.page[methodName] || undefined;
            const apiCall = (0, createApiCall_1.createApiCall)(callPromise, this._defaults[methodName], descriptor, this._opts.fallback || this.gaxGrpc.fallback);
            this.innerApiCalls[methodName] = apiCall;
        }
        return this.locationsStub;
    }
    /**
     * The DNS address for this API service.
     * @returns {string} The DNS address for this service.
     */
    static get servicePath() {
        return 'cloud.googleapis.com';
    }
    /**
     * The DNS address for this API service - same as servicePath(),
     * exists for compatibility reasons.
     * @returns {string} The DNS address for this service.
     */
    static get apiEndpoint() {
        return 'cloud.googleapis.com';
    }
    /**
     * The port for this API service.
     * @returns {number} The default port for this service.
     */
    static get port() {
        return 443;
    }
    /**
     * The scopes needed to make gRPC calls for every method defined
     * in this service.
     * @returns {string[]} List of default scopes.
     */
    static get scopes() {
        return ['https://www.googleapis.com/auth/cloud-platform'];
    }
    getProjectId(callback) {
        if (callback) {
            this.auth.getProjectId(callback);
            return;
        }
        return this.auth.getProjectId();
    }
    /**
     * Gets information about a location.
     *
     * @param {Object} request
     *   The request object that will be sent.
     * @param {string} request.name
     *   Resource name for the location.
     * @param {object} [options]
     *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
     * @returns {Promise} - The promise which resolves to an array.
     *   The first element of the array is an object representing [Location]{@link google.cloud.location.Location}.
     *   Please see the
     *   [documentation](https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#regular-methods)
     *   for more details and examples.
     * @example
     * const [response] = await client.getLocation(request);
     */
    getLocation(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === 'function' && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers['x-goog-request-params'] =
            routingHeader.fromParams({
                name: request.name || '',
            });
        this.initialize().catch(console.error);
        return this.innerApiCalls.getLocation(request, options, callback);
    }
    /**
     * Lists information about the supported locations for this service.
     *
     * @param {Object} request
     *   The request object that will be sent.
     * @param {string} request.name
     *   The resource that owns the locations collection, if applicable.
     * @param {string} request.filter
     *   The standard list filter.
     * @param {number} request.pageSize
     *   The standard list page size.
     * @param {string} request.pageToken
     *   The standard list page token.
     * @param {object} [options]
     *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
     * @returns {Promise} - The promise which resolves to an array.
     *   The first element of the array is Array of [Location]{@link google.cloud.location.Location}.
     *   The client library will perform auto-pagination by default: it will call the API as many
     *   times as needed and will merge results from all the pages into this array.
     *   Note that it can affect your quota.
     *   We recommend using `listLocationsAsync()`
     *   method described below for async iteration which you can stop as needed.
     *   Please see the
     *   [documentation](https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#auto-pagination)
     *   for more details and examples.
     */
    listLocations(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === 'function' && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers['x-goog-request-params'] =
            routingHeader.fromParams({
                name: request.name || '',
            });
        this.initialize().catch(console.error);
        return this.innerApiCalls.listLocations(request, options, callback);
    }
    /**
     * Equivalent to `listLocations`, but returns an iterable object.
     *
     * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
     * @param {Object} request
     *   The request object that will be sent.
     * @param {string} request.name
     *   The resource that owns the locations collection, if applicable.
     * @param {string} request.filter
     *   The standard list filter.
     * @param {number} request.pageSize
     *   The standard list page size.
     * @param {string} request.pageToken
     *   The standard list page token.
     * @param {object} [options]
     *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
     * @returns {Object}
     *   An iterable Object that allows [async iteration](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols).
     *   When you iterate the returned iterable, each element will be an object representing
     *   [Location]{@link google.cloud.location.Location}. The API will be called under the hood as needed, once per the page,
     *   so you can stop the iteration when you don't need more results.
     *   Please see the
     *   [documentation](https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#auto-pagination)
     *   for more details and examples.
     * @example
     * const iterable = client.listLocationsAsync(request);
     * for await (const response of iterable) {
     *   // process response
     * }
     */
    listLocationsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers['x-goog-request-params'] =
            routingHeader.fromParams({
                name: request.name || '',
            });
        options = options || {};
        const callSettings = new gax.CallSettings(options);
        this.initialize().catch(console.error);
        return this.descriptors.page.listLocations.asyncIterate(this.innerApiCalls['listLocations'], request, callSettings);
    }
    /**
     * Terminate the gRPC channel and close the client.
     *
     * The client will no longer be usable and all future behavior is undefined.
     * @returns {Promise} A promise that resolves when the client is closed.
     */
    close() {
        this.initialize().catch(console.error);
        if (!this._terminated) {
            // eslint-disable-next-line promise/always-return
            return this.locationsStub.then(stub => {
                this._terminated = true;
                stub.close();
            });
        }
        return Promise.resolve();
    }
}
exports.LocationsClient = LocationsClient;
//# sourceMappingURL=locationService.js.map

/***/ }),

/***/ 29260:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LongrunningApiCaller = void 0;
const call_1 = __webpack_require__(15395);
const gax_1 = __webpack_require__(27383);
const longrunning_1 = __webpack_require__(86807);
class LongrunningApiCaller {
    longrunningDescriptor;
    /**
     * Creates an API caller that performs polling on a long running operation.
     *
     * @private
     * @constructor
     * @param {LongRunningDescriptor} longrunningDescriptor - Holds the
     * decoders used for unpacking responses and the operationsClient
     * used for polling the operation.
     */
    constructor(longrunningDescriptor) {
        this.longrunningDescriptor = longrunningDescriptor;
    }
    init(callback) {
        if (callback) {
            return new call_1.OngoingCall(callback);
        }
        return new call_1.OngoingCallPromise();
    }
    wrap(func) {
        return func;
    }
    call(apiCall, argument, settings, canceller) {
        canceller.call((argument, callback) => {
            return this._wrapOperation(apiCall, settings, argument, callback);
        }, argument);
    }
    _wrapOperation(apiCall, settings, argument, callback) {
        let backoffSettings = settings.longrunning;
        if (!backoffSettings) {
            backoffSettings = (0, gax_1.createDefaultBackoffSettings)();
        }
        const longrunningDescriptor = this.longrunningDescriptor;
        return apiCall(argument, (err, rawResponse) => {
            if (err) {
                callback(err, null, null, rawResponse);
                return;
            }
            const operation = new longrunning_1.Operation(rawResponse, longrunningDescriptor, backoffSettings, settings);
            callback(null, operation, rawResponse);
        });
    }
    fail(canceller, err) {
        canceller.callback(err);
    }
    result(canceller) {
        return canceller.promise;
    }
}
exports.LongrunningApiCaller = LongrunningApiCaller;
//# sourceMappingURL=longRunningApiCaller.js.map

/***/ }),

/***/ 22594:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LongRunningDescriptor = void 0;
const longRunningApiCaller_1 = __webpack_require__(29260);
/**
 * A descriptor for long-running operations.
 */
class LongRunningDescriptor {
    operationsClient;
    responseDecoder;
    metadataDecoder;
    constructor(operationsClient, responseDecoder, metadataDecoder) {
        this.operationsClient = operationsClient;
        this.responseDecoder = responseDecoder;
        this.metadataDecoder = metadataDecoder;
    }
    getApiCaller() {
        return new longRunningApiCaller_1.LongrunningApiCaller(this);
    }
}
exports.LongRunningDescriptor = LongRunningDescriptor;
//# sourceMappingURL=longRunningDescriptor.js.map

/***/ }),

/***/ 86807:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Operation = void 0;
exports.operation = operation;
const events_1 = __webpack_require__(24434);
const status_1 = __webpack_require__(39705);
const googleError_1 = __webpack_require__(61552);
const operationProtos = { get google() { throw new Error('google-gax operation protos: not in this bundle (model-governance never polls or cancels operations)'); } };
class Operation extends events_1.EventEmitter {
    completeListeners;
    hasActiveListeners;
    latestResponse;
    longrunningDescriptor;
    result;
    metadata;
    backoffSettings;
    _callOptions;
    currentCallPromise_;
    name;
    done;
    error;
    response;
    /**
     * Wrapper for a google.longrunnung.Operation.
     *
     * @constructor
     *
     * @param {google.longrunning.Operation} grpcOp - The operation to be wrapped.
     * @param {LongRunningDescriptor} longrunningDescriptor - This defines the
     * operations service client and unpacking mechanisms for the operation.
     * @param {BackoffSettings} backoffSettings - The backoff settings used in
     * in polling the operation.
     * @param {CallOptions} callOptions - CallOptions used in making get operation
     * requests.
     */
    constructor(grpcOp, longrunningDescriptor, backoffSettings, callOptions) {
        super();
        this.completeListeners = 0;
        this.hasActiveListeners = false;
        this.latestResponse = grpcOp;
        this.name = this.latestResponse.name;
        this.done = this.latestResponse.done;
        this.error = this.latestResponse.error;
        this.longrunningDescriptor = longrunningDescriptor;
        this.result = null;
        this.metadata = null;
        this.backoffSettings = backoffSettings;
        this._unpackResponse(grpcOp);
        this._listenForEvents();
        this._callOptions = callOptions;
    }
    /**
     * Begin listening for events on the operation. This method keeps track of how
     * many "complete" listeners are registered and removed, making sure polling
     * is handled automatically.
     *
     * As long as there is one active "complete" listener, the connection is open.
     * When there are no more listeners, the polling stops.
     *
     * @private
     */
    _listenForEvents() {
        this.on('newListener', event => {
            if (event === 'complete') {
                this.completeListeners++;
                if (!this.hasActiveListeners) {
                    this.hasActiveListeners = true;
                    this.startPolling_();
                }
            }
        });
        this.on('removeListener', event => {
            if (event === 'complete' && --this.completeListeners === 0) {
                this.hasActiveListeners = false;
            }
        });
    }
    /**
     * Cancels current polling api call and cancels the operation.
     *
     * @return {Promise} the promise of the OperationsClient#cancelOperation api
     * request.
     */
    cancel() {
        if (this.currentCallPromise_) {
            this.currentCallPromise_.cancel();
        }
        const operationsClient = this.longrunningDescriptor.operationsClient;
        const cancelRequest = new operationProtos.google.longrunning.CancelOperationRequest();
        cancelRequest.name = this.latestResponse.name;
        return operationsClient.cancelOperation(cancelRequest);
    }
    getOperation(callback) {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const self = this;
        const operationsClient = this.longrunningDescriptor.operationsClient;
        function promisifyResponse() {
            if (!callback) {
                return new Promise((resolve, reject) => {
                    if (self.latestResponse.error) {
                        const error = new googleError_1.GoogleError(self.latestResponse.error.message);
                        error.code = self.latestResponse.error.code;
                        reject(error);
                    }
                    else {
                        resolve([self.result, self.metadata, self.latestResponse]);
                    }
                });
            }
            return;
        }
        if (this.latestResponse.done) {
            this._unpackResponse(this.latestResponse, callback);
            return promisifyResponse();
        }
        const request = new operationProtos.google.longrunning.GetOperationRequest();
        request.name = this.latestResponse.name;
        this.currentCallPromise_ = operationsClient.getOperationInternal(request, this._callOptions);
        const noCallbackPromise = this.currentCallPromise_.then(responses => {
            self.latestResponse = responses[0];
            self._unpackResponse(responses[0], callback);
            return promisifyResponse();
        }, (err) => {
            if (callback) {
                callback(err);
                return;
            }
            return Promise.reject(err);
        });
        if (!callback) {
            return noCallbackPromise;
        }
    }
    _unpackResponse(op, callback) {
        const responseDecoder = this.longrunningDescriptor.responseDecoder;
        const metadataDecoder = this.longrunningDescriptor.metadataDecoder;
        let response;
        let metadata;
        if (op.done) {
            if (op.result === 'error') {
                const error = new googleError_1.GoogleError(op.error.message);
                error.code = op.error.code;
                this.error = error;
                if (callback) {
                    callback(error);
                }
                return;
            }
            if (responseDecoder && op.response) {
                this.response = op.response;
                response = responseDecoder(op.response.value);
                this.result = response;
                this.done = true;
            }
        }
        if (metadataDecoder && op.metadata) {
            metadata = metadataDecoder(op.metadata.value);
            this.metadata = metadata;
        }
        if (callback) {
            callback(null, response, metadata, op);
        }
    }
    /**
     * Poll `getOperation` to check the operation's status. This runs a loop to
     * ping using the backoff strategy specified at initialization.
     *
     * Note: This method is automatically called once a "complete" event handler
     * is registered on the operation.
     *
     * @private
     */
    startPolling_() {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const self = this;
        let now = new Date();
        const delayMult = this.backoffSettings.retryDelayMultiplier;
        const maxDelay = this.backoffSettings.maxRetryDelayMillis;
        let delay = this.backoffSettings.initialRetryDelayMillis;
        let deadline = Infinity;
        if (this.backoffSettings.totalTimeoutMillis) {
            deadline = now.getTime() + this.backoffSettings.totalTimeoutMillis;
        }
        let previousMetadataBytes;
        if (this.latestResponse.metadata) {
            previousMetadataBytes = this.latestResponse.metadata.value;
        }
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        function emit(event, ...args) {
            self.emit(event, ...args);
        }
        // Helper function to replace nodejs buffer's equals()
        function arrayEquals(a, b) {
            if (a.byteLength !== b.byteLength) {
                return false;
            }
            for (let i = 0; i < a.byteLength; ++i) {
                if (a[i] !== b[i])
                    return false;
            }
            return true;
        }
        function retry() {
            if (!self.hasActiveListeners) {
                return;
            }
            if (now.getTime() >= deadline) {
                const error = new googleError_1.GoogleError('Total timeout exceeded before any response was received');
                error.code = status_1.Status.DEADLINE_EXCEEDED;
                setImmediate(emit, 'error', error);
                return;
            }
            self.getOperation((err, result, metadata, rawResponse) => {
                if (err) {
                    setImmediate(emit, 'error', err);
                    return;
                }
                if (!result) {
                    if (rawResponse.metadata &&
                        (!previousMetadataBytes ||
                            (rawResponse &&
                                !arrayEquals(rawResponse.metadata.value, previousMetadataBytes)))) {
                        setImmediate(emit, 'progress', metadata, rawResponse);
                        previousMetadataBytes = rawResponse.metadata.value;
                    }
                    // special case: some APIs fail to set either result or error
                    // but set done = true (e.g. speech with silent file).
                    // Some APIs just use this for the normal completion
                    // (e.g. nodejs-contact-center-insights), so let's just return
                    // an empty response in this case.
                    if (rawResponse.done) {
                        setImmediate(emit, 'complete', {}, metadata, rawResponse);
                        return;
                    }
                    setTimeout(() => {
                        now = new Date();
                        delay = Math.min(delay * delayMult, maxDelay);
                        retry();
                    }, delay);
                    return;
                }
                setImmediate(emit, 'complete', result, metadata, rawResponse);
            });
        }
        retry();
    }
    /**
     * Wraps the `complete` and `error` events in a Promise.
     *
     * @return {promise} - Promise that resolves on operation completion and rejects
     * on operation error.
     */
    promise() {
        return new Promise((resolve, reject) => {
            this.on('error', reject).on('complete', (result, metadata, rawResponse) => {
                resolve([result, metadata, rawResponse]);
            });
        });
    }
}
exports.Operation = Operation;
/**
 * Method used to create Operation objects.
 *
 * @constructor
 *
 * @param {google.longrunning.Operation} op - The operation to be wrapped.
 * @param {LongRunningDescriptor} longrunningDescriptor - This defines the
 * operations service client and unpacking mechanisms for the operation.
 * @param {BackoffSettings} backoffSettings - The backoff settings used in
 * in polling the operation.
 * @param {CallOptions=} callOptions - CallOptions used in making get operation
 * requests.
 */
function operation(op, longrunningDescriptor, backoffSettings, callOptions) {
    return new Operation(op, longrunningDescriptor, backoffSettings, callOptions);
}
//# sourceMappingURL=longrunning.js.map

/***/ }),

/***/ 37066:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NormalApiCaller = void 0;
const call_1 = __webpack_require__(15395);
/**
 * Creates an API caller for regular unary methods.
 */
class NormalApiCaller {
    init(callback) {
        if (callback) {
            return new call_1.OngoingCall(callback);
        }
        return new call_1.OngoingCallPromise();
    }
    wrap(func) {
        return func;
    }
    call(apiCall, argument, settings, canceller) {
        canceller.call(apiCall, argument);
    }
    fail(canceller, err) {
        canceller.callback(err);
    }
    result(canceller) {
        return canceller.promise;
    }
}
exports.NormalApiCaller = NormalApiCaller;
//# sourceMappingURL=normalApiCaller.js.map

/***/ }),

/***/ 82258:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retryable = retryable;
const status_1 = __webpack_require__(39705);
const googleError_1 = __webpack_require__(61552);
const timeout_1 = __webpack_require__(47411);
/**
 * Creates a function equivalent to func, but that retries on certain
 * exceptions.
 *
 * @private
 *
 * @param {GRPCCall} func - A function.
 * @param {RetryOptions} retry - Configures the exceptions upon which the
 *   function eshould retry, and the parameters to the exponential backoff retry
 *   algorithm.
 * @param {GRPCCallOtherArgs} otherArgs - the additional arguments to be passed to func.
 * @param {string} [apiName] - the name of the API being called, used in error messages.
 * @param {ResendRecorder} [recordResend] - called once for each resend of the
 *   request, so a traced call can report how many were needed. Absent when the
 *   call is not traced.
 * @return {SimpleCallbackFunction} A function that will retry.
 */
function retryable(func, retry, otherArgs, apiName, recordResend) {
    const delayMult = retry.backoffSettings.retryDelayMultiplier;
    const maxDelay = retry.backoffSettings.maxRetryDelayMillis;
    const timeoutMult = retry.backoffSettings.rpcTimeoutMultiplier;
    const maxTimeout = retry.backoffSettings.maxRpcTimeoutMillis;
    let delay = retry.backoffSettings.initialRetryDelayMillis;
    let timeout = retry.backoffSettings.initialRpcTimeoutMillis;
    /**
     * Equivalent to ``func``, but retries upon transient failure.
     *
     * Retrying is done through an exponential backoff algorithm configured
     * by the options in ``retry``.
     * @param {RequestType} argument The request object.
     * @param {APICallback} callback The callback.
     * @return {GRPCCall}
     */
    return (argument, callback) => {
        let canceller;
        let timeoutId;
        let cancelled = false;
        let now = new Date();
        let deadline;
        const totalTimeoutMillis = retry.backoffSettings.totalTimeoutMillis;
        if (totalTimeoutMillis !== undefined && totalTimeoutMillis !== null) {
            deadline = now.getTime() + totalTimeoutMillis;
        }
        let retries = 0;
        const maxRetries = retry.backoffSettings.maxRetries;
        // For retries, errorsEncountered maintains a list of errors encountered so
        // that they can be sent back to the user and the user can see ALL errors
        // that were encountered during a series of retries.
        const errorsEncountered = [];
        // The errors that were encountered should be immediately visible to the
        // user so we should concatenate them onto the details because details are
        // immediately visible to the user. This method provideds a string we can
        // concatenate onto the details.
        function errorDetailsSuffix(errsEncountered) {
            if (errsEncountered.length < 2) {
                // If only one error has been encountered then this information will
                // already be in the error message so no additional information is
                // necessary. In this case, don't add anything to the details.
                return '';
            }
            const errorsAsString = errsEncountered
                .map(err => {
                const statusDetailsString = err.statusDetails
                    ? err.statusDetails.toString()
                    : '';
                const codeString = err.code && err.code.toString ? err.code.toString() : '';
                const noteString = err.note && err.note.toString ? err.note.toString() : '';
                const messageString = err.message && err.message.toString ? err.message.toString() : '';
                return `{message: ${messageString}, code: ${codeString}, details: ${statusDetailsString}, note: ${noteString}}`;
            })
                .join(',');
            return ` : Previous errors : [${errorsAsString}]`;
        }
        // TODO: define A/B testing values for retry behaviors.
        /** Repeat the API call as long as necessary. */
        function repeat(err) {
            if (err) {
                errorsEncountered.push(err);
            }
            timeoutId = null;
            if (deadline !== undefined &&
                (retries > 0 || totalTimeoutMillis > 0) &&
                now.getTime() >= deadline) {
                const error = new googleError_1.GoogleError(`Total timeout of API ${apiName} exceeded ${retry.backoffSettings.totalTimeoutMillis} milliseconds ${err ? `retrying error ${err} ` : ''} before any response was received.${errorDetailsSuffix(errorsEncountered)}`);
                error.code = status_1.Status.DEADLINE_EXCEEDED;
                callback(error);
                return;
            }
            if (retries && retries >= maxRetries) {
                const error = new googleError_1.GoogleError('Exceeded maximum number of retries ' +
                    (err ? `retrying error ${err} ` : '') +
                    'before any response was received' +
                    errorDetailsSuffix(errorsEncountered));
                error.code = status_1.Status.DEADLINE_EXCEEDED;
                callback(error);
                return;
            }
            if (retries > 0) {
                recordResend?.();
            }
            retries++;
            let lastError = err;
            const toCall = (0, timeout_1.addTimeoutArg)(func, timeout, otherArgs);
            canceller = toCall(argument, (err, response, next, rawResponse) => {
                if (err) {
                    lastError = err;
                }
                if (!err) {
                    callback(null, response, next, rawResponse);
                    return;
                }
                canceller = null;
                if (cancelled) {
                    callback(err);
                    return;
                }
                if (retry.retryCodes.length > 0 &&
                    retry.retryCodes.indexOf(err.code) < 0) {
                    err.note =
                        'Exception occurred in retry method that was ' +
                            'not classified as transient';
                    callback(err);
                }
                else {
                    now = new Date();
                    if (deadline !== undefined && now.getTime() >= deadline) {
                        repeat(lastError);
                        return;
                    }
                    const toSleep = Math.random() * delay;
                    timeoutId = setTimeout(() => {
                        now = new Date();
                        delay = Math.min(delay * delayMult, maxDelay);
                        const timeoutCal = timeout && timeoutMult ? timeout * timeoutMult : 0;
                        const rpcTimeout = maxTimeout ? maxTimeout : 0;
                        const newDeadline = deadline !== undefined ? deadline - now.getTime() : Infinity;
                        timeout = Math.min(timeoutCal, rpcTimeout, newDeadline);
                        repeat(lastError);
                    }, toSleep);
                }
            });
            if (canceller instanceof Promise) {
                canceller.catch(err => {
                    callback(new googleError_1.GoogleError(err));
                });
            }
        }
        if (maxRetries && deadline !== undefined) {
            const error = new googleError_1.GoogleError('Cannot set both totalTimeoutMillis and maxRetries ' +
                'in backoffSettings.');
            error.code = status_1.Status.INVALID_ARGUMENT;
            callback(error);
        }
        else {
            repeat();
        }
        return {
            cancel() {
                cancelled = true;
                if (timeoutId) {
                    clearTimeout(timeoutId);
                }
                if (canceller) {
                    canceller.cancel();
                }
                else {
                    const error = new googleError_1.GoogleError('cancelled' + errorDetailsSuffix(errorsEncountered));
                    error.code = status_1.Status.CANCELLED;
                    callback(error);
                }
            },
        };
    };
}
//# sourceMappingURL=retries.js.map

/***/ }),

/***/ 47411:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addTimeoutArg = addTimeoutArg;
/**
 * Updates func so that it gets called with the timeout as its final arg.
 *
 * This converts a function, func, into another function with updated deadline.
 *
 * @private
 *
 * @param {GRPCCall} func - a function to be updated.
 * @param {number} timeout - to be added to the original function as it final
 *   positional arg.
 * @param {Object} otherArgs - the additional arguments to be passed to func.
 * @param {Object=} abTests - the A/B testing key/value pairs.
 * @return {function(Object, APICallback)}
 *  the function with other arguments and the timeout.
 */
function addTimeoutArg(func, timeout, otherArgs, abTests) {
    // TODO: this assumes the other arguments consist of metadata and options,
    // which is specific to gRPC calls. Remove the hidden dependency on gRPC.
    return (argument, callback) => {
        const now = new Date();
        const options = otherArgs.options || {};
        options.deadline = new Date(now.getTime() + timeout);
        const metadata = otherArgs.metadataBuilder
            ? otherArgs.metadataBuilder(abTests, otherArgs.headers || {})
            : null;
        return func(argument, metadata, options, callback);
    };
}
//# sourceMappingURL=timeout.js.map

/***/ }),

/***/ 84117:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * Copyright 2026 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getGaxLogger = getGaxLogger;
exports.buildLogAttributes = buildLogAttributes;
exports.logCall = logCall;
exports.logNetworkAttempt = logNetworkAttempt;
const events_1 = __webpack_require__(24434);
const api_1 = __webpack_require__(59836);
const loggingUtils = __importStar(__webpack_require__(43734));
const status_1 = __webpack_require__(39705);
const contextUtil_1 = __webpack_require__(28506);
const errorUtil_1 = __webpack_require__(95039);
const TracerHelper_1 = __webpack_require__(84104);
const gaxLoggerCache = new Map();
let fallbackNodeBackend;
let nodeBackendPrototype;
function getFallbackNodeBackend() {
    if (!fallbackNodeBackend) {
        const backend = loggingUtils.getNodeBackend();
        if (Array.isArray(backend.filters)) {
            backend.filters = ['*'];
        }
        fallbackNodeBackend = backend;
    }
    return fallbackNodeBackend;
}
function getNodeBackendPrototype() {
    if (nodeBackendPrototype === undefined) {
        try {
            const proto = Object.getPrototypeOf(loggingUtils.getNodeBackend());
            nodeBackendPrototype = proto ?? null;
        }
        catch {
            nodeBackendPrototype = null;
        }
    }
    return nodeBackendPrototype;
}
function emitGaxLog(namespace, fields, ...args) {
    const target = loggingUtils.log(namespace);
    if (target === loggingUtils.placeholder) {
        const env = typeof process === 'object' && typeof process.env === 'object'
            ? process.env
            : {};
        const envKey = loggingUtils.env?.nodeEnables ?? 'GOOGLE_SDK_NODE_LOGGING';
        // When `GOOGLE_SDK_NODE_LOGGING` is non-empty, `loggingUtils.log()` only returns
        // `placeholder` if the backend was explicitly disabled via `setBackend(null)`.
        // When unset/empty, `loggingUtils.log()` returns `placeholder` whenever no backend
        // was cached, so fall back to an unfiltered `NodeBackend` so `{enableTelemetryLogging: true}`
        // delivers logs without requiring `GOOGLE_SDK_NODE_LOGGING` or mutating global state.
        if (!env[envKey]) {
            getFallbackNodeBackend().log(namespace, fields, ...args);
        }
        return;
    }
    const nodeProto = getNodeBackendPrototype();
    if (!nodeProto || typeof nodeProto.log !== 'function') {
        target(fields, ...args);
        return;
    }
    // Detect when the active backend is `google-logging-utils`'s built-in `NodeBackend`
    // dropping an unmatched namespace (e.g. `{enableTelemetryLogging: true}` paired with
    // `GOOGLE_SDK_NODE_LOGGING=spanner` or `=false`), without interfering with custom
    // backends set via `setBackend()`.
    let droppedByNodeBackend = false;
    let dispatchDepth = 0;
    const originalNodeLog = nodeProto.log;
    const hadOwnLog = Object.prototype.hasOwnProperty.call(nodeProto, 'log');
    const wrappedNodeLog = function (ns, logFields, ...logArgs) {
        dispatchDepth++;
        try {
            originalNodeLog.call(this, ns, logFields, ...logArgs);
            if (dispatchDepth === 1 &&
                ns === namespace &&
                typeof this.isEnabled === 'function' &&
                !this.isEnabled(ns)) {
                droppedByNodeBackend = true;
            }
        }
        finally {
            dispatchDepth--;
        }
    };
    let patched = false;
    try {
        nodeProto.log = wrappedNodeLog;
        patched = true;
    }
    catch {
        // Prototype may be frozen; dispatch directly.
    }
    try {
        target(fields, ...args);
    }
    finally {
        if (patched && nodeProto.log === wrappedNodeLog) {
            if (hadOwnLog) {
                nodeProto.log = originalNodeLog;
            }
            else {
                delete nodeProto.log;
            }
        }
    }
    if (droppedByNodeBackend) {
        getFallbackNodeBackend().log(namespace, fields, ...args);
    }
}
/**
 * Resolves a `LogSeverity` enum value. Until a `google-logging-utils` release
 * containing #9718 is published to npm (this repo uses `link-workspace-packages=false`),
 * the published package exports `LogSeverity` as a type only while each enum member's
 * runtime value equals its uppercase level string.
 */
function resolveLogSeverity(level) {
    return level;
}
/**
 * Returns the `google-logging-utils` logger for the given GCP client service,
 * defaulting to the `'google-gax'` namespace when no service name is provided.
 *
 * Ensures telemetry logs are still delivered to `NodeBackend` when logging was
 * enabled via `{enableTelemetryLogging: true}` without `GOOGLE_SDK_NODE_LOGGING`
 * matching the namespace, while preserving any custom backend installed via
 * `loggingUtils.setBackend()`.
 *
 * @param {string} [serviceName] - The GCP client service name (e.g. 'storage').
 * @returns {loggingUtils.AdhocDebugLogFunction} The logger function.
 */
function getGaxLogger(serviceName) {
    const namespace = serviceName || 'google-gax';
    const existing = gaxLoggerCache.get(namespace);
    if (existing) {
        return existing;
    }
    const wrapper = new loggingUtils.AdhocDebugLogger(namespace, (fields, ...args) => {
        emitGaxLog(namespace, fields, ...args);
    }).func;
    wrapper.sublog = (sub) => getGaxLogger(`${namespace}:${sub}`);
    gaxLoggerCache.set(namespace, wrapper);
    return wrapper;
}
/**
 * Builds the structured `LogPayload` attributes for a failed RPC call or attempt.
 *
 * @param {unknown} err - The error thrown or reported for the call.
 * @param {AttemptTraceContext} dynamicArgs - Dynamic context for the RPC call or attempt.
 * @param {StaticTraceContext} [staticArgs={}] - Static context for the client library.
 * @param {boolean} [includeExceptionAttributes=true] - Whether to populate `exception.*`
 *   attributes (set on L3 client call logs, omitted on L4 transport attempt logs).
 * @returns {LogPayload} The populated log payload attributes with undefined fields omitted.
 */
function buildLogAttributes(err, dynamicArgs, staticArgs = {}, includeExceptionAttributes = true) {
    const { rawAddress, urlDomain } = (0, contextUtil_1.resolveEndpointAndDomain)(dynamicArgs, staticArgs);
    const initialAttributes = (0, contextUtil_1.buildInitialAttributes)(dynamicArgs, staticArgs, urlDomain);
    const attributes = {};
    for (const [key, value] of Object.entries(initialAttributes)) {
        if (value !== undefined) {
            attributes[key] = value;
        }
    }
    if (rawAddress !== undefined && !(0, errorUtil_1.isPreConnectionFailure)(err)) {
        attributes['server.address'] = rawAddress;
    }
    const rpcMethod = (0, contextUtil_1.resolveRpcMethod)(dynamicArgs);
    if (rpcMethod) {
        attributes['rpc.method'] = rpcMethod;
    }
    const { rpcStatusName, httpStatusCode } = (0, errorUtil_1.resolveResponseStatusCode)(dynamicArgs.rpcType, true, err);
    const normalizedRpcStatusName = dynamicArgs.rpcType === 'http'
        ? httpStatusCode !== undefined
            ? ((0, errorUtil_1.resolveRpcStatusName)(err) ??
                status_1.Status[(0, status_1.rpcCodeFromHttpStatusCode)(httpStatusCode)])
            : undefined
        : rpcStatusName;
    if (normalizedRpcStatusName !== undefined) {
        attributes['rpc.response.status_code'] = normalizedRpcStatusName;
    }
    if (httpStatusCode !== undefined) {
        attributes['http.response.status_code'] = httpStatusCode;
    }
    attributes['error.type'] = (0, errorUtil_1.resolveErrorType)(err, dynamicArgs.rpcType);
    const errorDomain = (0, errorUtil_1.resolveErrorInfoDomain)(err);
    if (errorDomain !== undefined) {
        attributes['gcp.errors.domain'] = errorDomain;
    }
    Object.assign(attributes, (0, errorUtil_1.resolveErrorInfoMetadataAttributes)(err));
    if (includeExceptionAttributes) {
        attributes['exception.type'] = (0, errorUtil_1.resolveExceptionType)(err);
        attributes['exception.message'] = (0, errorUtil_1.resolveExceptionMessage)(err, dynamicArgs.rpcType);
        const stacktrace = (0, errorUtil_1.resolveExceptionStacktrace)(err);
        if (stacktrace !== undefined) {
            attributes['exception.stacktrace'] = stacktrace;
        }
    }
    return attributes;
}
/**
 * Executes `fn` and attaches stream, promise, callback, or synchronous error
 * handlers to invoke `onError` at most once when the operation fails.
 */
function executeLoggedOperation(fn, onError, isStreamCall, userCallback) {
    // Latch to emit at most one log per invocation across execution boundaries.
    let hasLogged = false;
    const logOnce = (err) => {
        if (hasLogged) {
            return;
        }
        hasLogged = true;
        try {
            onError(err);
        }
        catch {
            // Fail open: telemetry logging must never mask or replace application errors.
        }
    };
    // Wrap user callback to log RPC errors before forwarding.
    let callbackInvoked = false;
    const loggedCallback = userCallback
        ? function (...args) {
            callbackInvoked = true;
            const err = args[0];
            if (err) {
                logOnce(err);
            }
            userCallback.apply(this, args);
        }
        : undefined;
    // Execute call and attach error handlers for streams, promises, or sync throws.
    try {
        const result = fn(loggedCallback);
        const promiseTarget = !isStreamCall ? (0, TracerHelper_1.getPromiseTarget)(result) : null;
        if (isStreamCall && result instanceof events_1.EventEmitter) {
            (0, TracerHelper_1.handleStream)(result, logOnce, () => { }, Boolean(loggedCallback));
        }
        else if (promiseTarget) {
            (0, TracerHelper_1.handlePromise)(promiseTarget, logOnce, () => { });
        }
        return result;
    }
    catch (syncErr) {
        // Avoid logging errors thrown inside userCallback after RPC completion.
        if (!callbackInvoked) {
            logOnce(syncErr);
        }
        throw syncErr;
    }
}
/**
 * Executes an API call and emits a single `WARNING` log entry if the logical
 * request fails across promise, callback, stream, or synchronous execution boundaries.
 *
 * @template T
 * @param {AttemptTraceContext} dynamicArgs - Dynamic context for the RPC call.
 * @param {StaticTraceContext} staticArgs - Static context for the client library.
 * @param {function} fn - The operation to execute. Receives the wrapped callback
 *   when `userCallback` is supplied, otherwise `undefined`.
 * @param {boolean} [isStreamCall=false] - Whether the operation returns a stream (`EventEmitter`).
 * @param {APICallback} [userCallback] - Optional user callback for callback-style invocations.
 * @returns {T} The return value of `fn`.
 */
function logCall(dynamicArgs, staticArgs, fn, isStreamCall = false, userCallback) {
    // Snapshot initial context in case async rejection loses active context.
    let initialContext;
    try {
        initialContext = api_1.context.active();
    }
    catch {
        // Fail open if active context retrieval throws.
    }
    const emitL3WarnLog = (err) => {
        // Resolve logger and active T3 client request span (or outer OpenTelemetry span when GAX tracing is disabled).
        const logger = getGaxLogger(staticArgs?.gcpClientService);
        const activeTrace = (0, contextUtil_1.getActiveTraceContext)();
        const initialTrace = initialContext
            ? (0, contextUtil_1.getActiveTraceContext)(initialContext)
            : undefined;
        const activeSpan = activeTrace?.clientRequestSpan ??
            initialTrace?.clientRequestSpan ??
            activeTrace?.span ??
            initialTrace?.span;
        const spanContext = activeSpan?.spanContext();
        const traceId = spanContext?.traceId;
        const spanId = spanContext?.spanId;
        // Build structured log attributes with exception details.
        const attributes = buildLogAttributes(err, dynamicArgs, staticArgs);
        // Emit structured WARNING log.
        logger({
            severity: resolveLogSeverity('WARNING'),
            ...(traceId ? { telemetryTraceId: traceId } : {}),
            ...(spanId ? { telemetrySpanId: spanId } : {}),
            other: attributes,
        }, 'Client API call failed: %s', attributes['exception.message'] || err);
    };
    return executeLoggedOperation(fn, emitL3WarnLog, isStreamCall, userCallback);
}
/**
 * Executes an individual RPC transport attempt and emits a `DEBUG` log entry
 * if the attempt fails across promise, callback, stream, or synchronous execution boundaries.
 *
 * @template T
 * @param {AttemptTraceContext} attemptDynamicArgs - Dynamic context for the RPC attempt.
 * @param {StaticTraceContext} staticArgs - Static context for the client library.
 * @param {function} fn - The transport attempt operation to execute. Receives the wrapped
 *   callback when `userCallback` is supplied, otherwise `undefined`.
 * @param {boolean} [isStreamCall=false] - Whether the operation returns a stream (`EventEmitter`).
 * @param {APICallback} [userCallback] - Optional attempt callback.
 * @returns {T} The return value of `fn`.
 */
function logNetworkAttempt(attemptDynamicArgs, staticArgs, fn, isStreamCall = false, userCallback) {
    // Snapshot attempt context in case async rejection loses active context.
    let initialContext;
    try {
        initialContext = api_1.context.active();
    }
    catch {
        // Fail open if active context retrieval throws.
    }
    const emitL4DebugLog = (err) => {
        // Resolve logger and active T4 attempt span (or outer OpenTelemetry span when GAX tracing is disabled).
        const logger = getGaxLogger(staticArgs?.gcpClientService);
        const activeTrace = (0, contextUtil_1.getActiveTraceContext)();
        const initialTrace = initialContext
            ? (0, contextUtil_1.getActiveTraceContext)(initialContext)
            : undefined;
        const attemptSpan = activeTrace?.attemptSpan ??
            initialTrace?.attemptSpan ??
            activeTrace?.span ??
            initialTrace?.span;
        const spanContext = attemptSpan?.spanContext();
        const traceId = spanContext?.traceId;
        const spanId = spanContext?.spanId;
        // Build structured log attributes without exception details and attach raw attempt response payload when present.
        const attributes = buildLogAttributes(err, attemptDynamicArgs, staticArgs, false);
        const responsePayload = (0, errorUtil_1.resolveErrorResponsePayload)(err);
        if (responsePayload !== undefined) {
            attributes['response.payload'] = responsePayload;
        }
        // Emit structured DEBUG log for the failed attempt.
        const message = (0, errorUtil_1.resolveExceptionMessage)(err, attemptDynamicArgs.rpcType);
        logger({
            severity: resolveLogSeverity('DEBUG'),
            ...(traceId ? { telemetryTraceId: traceId } : {}),
            ...(spanId ? { telemetrySpanId: spanId } : {}),
            other: attributes,
        }, 'RPC attempt failed: %s', message || err);
    };
    // Intercept and dispatch execution boundaries for the attempt.
    return executeLoggedOperation(fn, emitL4DebugLog, isStreamCall, userCallback);
}
//# sourceMappingURL=LoggerHelper.js.map

/***/ }),

/***/ 84104:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2026 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setAttemptHttpMethod = setAttemptHttpMethod;
exports.getGaxTracer = getGaxTracer;
exports.getPromiseTarget = getPromiseTarget;
exports.handlePromise = handlePromise;
exports.handleStream = handleStream;
exports.traceCall = traceCall;
exports.traceAttempt = traceAttempt;
const events_1 = __webpack_require__(24434);
const api_1 = __webpack_require__(59836);
const contextUtil_1 = __webpack_require__(28506);
const errorUtil_1 = __webpack_require__(95039);
const attemptUrlTemplates = new WeakMap();
const clientRequestFirstAttempt = new WeakMap();
/**
 * Formats the span name for an HTTP low level network attempt span as
 * `"{http.request.method} {url.template}"` when a URL template is available,
 * or `"{http.request.method}"` otherwise.
 *
 * @param {string} httpMethod - The HTTP request method (e.g. 'GET', 'POST').
 * @param {string} [urlTemplate] - Optional URL path template (e.g. '/v1/{name}:access').
 * @returns {string} The formatted HTTP attempt span name.
 */
function formatHttpAttemptSpanName(httpMethod, urlTemplate) {
    return urlTemplate ? `${httpMethod} ${urlTemplate}` : httpMethod;
}
/**
 * Propagates `url.template` from an HTTP attempt span to its parent client request span,
 * binding the parent span to the first child attempt span that resolves a URL template.
 *
 * @param {Span | undefined} clientRequestSpan - The parent client request span, if active.
 * @param {Span} attemptSpan - The child low level network HTTP attempt span.
 * @param {string | undefined} urlTemplate - The URL path template resolved for the attempt.
 */
function propagateUrlTemplateToClientSpan(clientRequestSpan, attemptSpan, urlTemplate) {
    if (!clientRequestSpan || !urlTemplate) {
        return;
    }
    const boundAttempt = clientRequestFirstAttempt.get(clientRequestSpan);
    if (!boundAttempt) {
        clientRequestFirstAttempt.set(clientRequestSpan, attemptSpan);
        clientRequestSpan.setAttribute('url.template', urlTemplate);
    }
    else if (boundAttempt === attemptSpan) {
        clientRequestSpan.setAttribute('url.template', urlTemplate);
    }
}
/**
 * Updates the `http.request.method` attribute, optional `url.template` attribute,
 * and span name on the currently active low level network attempt span, and
 * propagates `url.template` to the active client request span if this is the first
 * attempt span to resolve a URL template.
 *
 * @param {string} httpMethod - The HTTP request method (e.g. 'GET', 'POST').
 * @param {string} [urlTemplate] - Optional URL path template (e.g. '/v1/{name}:access').
 */
function setAttemptHttpMethod(httpMethod, urlTemplate) {
    const activeTrace = (0, contextUtil_1.getActiveTraceContext)();
    const attemptSpan = activeTrace?.attemptSpan;
    const clientRequestSpan = activeTrace?.clientRequestSpan;
    if (attemptSpan) {
        attemptSpan.setAttribute('http.request.method', httpMethod);
        if (urlTemplate) {
            attemptUrlTemplates.set(attemptSpan, urlTemplate);
            attemptSpan.setAttribute('url.template', urlTemplate);
            propagateUrlTemplateToClientSpan(clientRequestSpan, attemptSpan, urlTemplate);
        }
        // Preserve any previously recorded URL template when updating the span name.
        const resolvedUrlTemplate = urlTemplate || attemptUrlTemplates.get(attemptSpan);
        attemptSpan.updateName(formatHttpAttemptSpanName(httpMethod, resolvedUrlTemplate));
    }
}
/**
 * Returns the OpenTelemetry Tracer instance for google-gax.
 *
 * @returns {Tracer} The OpenTelemetry Tracer.
 */
function getGaxTracer() {
    return api_1.trace.getTracer('google-gax');
}
/**
 * Checks if a value behaves like a Promise or Thenable.
 *
 * Note: It is not sufficient to check `result instanceof Promise` because:
 * 1. Custom classes implementing `CancellablePromise` or Thenables may not
 *    inherit directly from the native JavaScript `Promise` prototype.
 * 2. GAX callers or custom callers may return objects such as `OngoingCallPromise`
 *    that hold the actual promise on a `.promise` property.
 * 3. Promises originating from different execution realms (such as Node.js vm
 *    contexts or different package bundles) fail `instanceof Promise` checks.
 *
 * @template T
 * @param {unknown} value - The value to check.
 * @returns {boolean} True if `value` is a Promise or Thenable.
 */
function isPromiseLike(value) {
    return (value instanceof Promise ||
        (value !== null &&
            (typeof value === 'object' || typeof value === 'function') &&
            typeof value.then === 'function'));
}
/**
 * Extracts a PromiseLike target from a value, supporting native Promises,
 * custom Thenables, classes implementing CancellablePromise, and OngoingCallPromise wrappers.
 *
 * @template T
 * @param {unknown} value - The operation return value to inspect.
 * @returns {PromiseLike<T> | null} The underlying PromiseLike target, or null if not promise-like.
 */
function getPromiseTarget(value) {
    if (isPromiseLike(value)) {
        return value;
    }
    // Unwrap `.promise` property on wrappers like OngoingCallPromise.
    if (value !== null &&
        (typeof value === 'object' || typeof value === 'function') &&
        'promise' in value &&
        isPromiseLike(value.promise)) {
        return value.promise;
    }
    return null;
}
/**
 * Manages span lifecycle for Promise-based operations, ending the span on
 * resolution or recording the error and ending the span on rejection.
 *
 * @template T
 * @param {T} promise - The promise returned from the traced operation.
 * @param {function} recordError - Callback to record errors on the span.
 * @param {function} endSpan - Callback to end the span idempotently.
 */
function handlePromise(promise, recordError, endSpan) {
    let spanEnded = false;
    const endSpanOnce = () => {
        if (!spanEnded) {
            spanEnded = true;
            endSpan();
        }
    };
    const target = getPromiseTarget(promise) ?? promise;
    Promise.resolve(target)
        .then(() => {
        endSpanOnce();
        return null;
    })
        .catch(err => {
        if (!spanEnded) {
            recordError(err);
            endSpanOnce();
        }
    });
}
/**
 * Manages span lifecycle for Stream-based operations and cleans up event listeners.
 * For client-streaming calls without a callback, `'finish'` is used as the completion
 * signal because readable events (`'end'`) never fire on write-only streams.
 *
 * @param {EventEmitter} stream - The stream returned from the traced operation.
 * @param {function} recordError - Callback to record errors on the span.
 * @param {function} endSpan - Callback to end the span idempotently.
 * @param {boolean} [hasCallback=false] - Whether the caller supplied a callback
 *   for this call. When true, 'finish' is not treated as a completion signal.
 */
function handleStream(stream, recordError, endSpan, hasCallback = false) {
    let spanEnded = false;
    // Use 'finish' only for write-only streams without a callback.
    const isWriteOnly = 'writable' in stream &&
        stream.writable === true &&
        (!('readable' in stream) || stream.readable !== true);
    const useFinish = isWriteOnly && !hasCallback;
    const cleanup = () => {
        stream.removeListener('error', onError);
        stream.removeListener('end', endSpanOnce);
        stream.removeListener('close', endSpanOnce);
        stream.removeListener('finish', endSpanOnce);
    };
    const endSpanOnce = () => {
        if (!spanEnded) {
            spanEnded = true;
            cleanup();
            endSpan();
        }
    };
    const onError = (err) => {
        if (!spanEnded) {
            recordError(err);
            endSpanOnce();
        }
    };
    stream.on('error', onError);
    stream.on('end', endSpanOnce);
    stream.on('close', endSpanOnce);
    if (useFinish) {
        stream.on('finish', endSpanOnce);
    }
}
/**
 * Returns the transport-specific resend count attribute key.
 *
 * Named per transport, the same way the status attributes are.
 * `http.request.resend_count` is the stable OpenTelemetry attribute for
 * exactly this quantity, so the fallback uses it rather than inventing a
 * parallel name. gRPC has no standard equivalent, so it takes the gcp.*
 * name instead of borrowing the http.* one, which would claim a protocol
 * the call never spoke.
 *
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @returns {string} The resend count attribute key (`gcp.grpc.resend_count` or `http.request.resend_count`).
 */
function resolveResendCountAttribute(rpcType) {
    return rpcType === 'grpc'
        ? 'gcp.grpc.resend_count'
        : 'http.request.resend_count';
}
/**
 * Sets final response status code and server endpoint attributes on a span.
 * `server.address` and `server.port` are present on server-side errors and successful calls,
 * but omitted on client-side failures that occur before DNS resolution or connection establishment.
 *
 * @param {Span} span - The span on which to set final attributes.
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @param {string | undefined} rpcStatusName - Resolved gRPC status name, if any.
 * @param {number | undefined} httpStatusCode - Resolved HTTP status code, if any.
 * @param {string | undefined} rawAddress - Parsed server address, if configured.
 * @param {number | undefined} rawPort - Parsed server port, if configured.
 * @param {boolean} errorRecorded - Whether an error was recorded on the span.
 * @param {unknown} recordedError - The error recorded on the span, if any.
 */
function setFinalStatusAttributes(span, rpcType, rpcStatusName, httpStatusCode, rawAddress, rawPort, errorRecorded, recordedError) {
    const attributes = {};
    if (rpcType === 'grpc' && rpcStatusName !== undefined) {
        attributes['rpc.response.status_code'] = rpcStatusName;
    }
    if (rpcType === 'http' && httpStatusCode !== undefined) {
        attributes['http.response.status_code'] = httpStatusCode;
    }
    // Omit server endpoint on client-side pre-connection failures.
    if (rawAddress !== undefined &&
        (!errorRecorded || !(0, errorUtil_1.isPreConnectionFailure)(recordedError))) {
        attributes['server.address'] = rawAddress;
        if (rawPort !== undefined) {
            attributes['server.port'] = rawPort;
        }
    }
    span.setAttributes(attributes);
}
/**
 * Records error attributes (`error.type`, `status.message`), `exception` span event,
 * and `ERROR` status on a span.
 *
 * @param {Span} span - The span on which to record the error.
 * @param {unknown} e - The error thrown or passed to the callback/stream/promise.
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @param {boolean} [includeExceptionMessage=false] - Whether to include `exception.message`
 *   on the `exception` event (true for low level network attempt spans, false for client request spans).
 */
function recordSpanError(span, e, rpcType, includeExceptionMessage = false) {
    const message = e instanceof Error ? e.message : (0, errorUtil_1.resolveErrorMessage)(e);
    span.setAttributes({
        'error.type': (0, errorUtil_1.resolveErrorType)(e, rpcType),
        'status.message': message,
    });
    if (e instanceof Error) {
        (0, errorUtil_1.recordExceptionEvent)(span, e, rpcType, includeExceptionMessage);
    }
    span.setStatus({ code: api_1.SpanStatusCode.ERROR, message });
}
/**
 * Creates `recordError`, `endSpan`, and `tracedCallback` handlers for a traced call or attempt.
 * Leaves span status unset on success per OpenTelemetry semantic conventions, and ends the span
 * before invoking the user callback so user callback errors are not attributed to the RPC.
 *
 * @param {SpanCompletionOptions} options - Span and transport options for the completion handlers.
 * @param {APICallback} [callback] - Optional user or attempt callback to wrap.
 * @returns {{recordError: (e: unknown) => void; endSpan: () => void; tracedCallback?: APICallback}}
 *   The error-recording, span-ending, and wrapped callback handlers.
 */
function createSpanCompletionHandlers(options, callback) {
    const { span, rpcType, rawAddress, rawPort, includeExceptionMessage } = options;
    let spanEnded = false;
    let errorRecorded = false;
    let recordedError;
    const recordError = (e) => {
        recordedError = e;
        errorRecorded = true;
        recordSpanError(span, e, rpcType, includeExceptionMessage);
    };
    const endSpan = () => {
        if (!spanEnded) {
            spanEnded = true;
            // Default to OK / 200 when no error was recorded.
            const { rpcStatusName, httpStatusCode } = (0, errorUtil_1.resolveResponseStatusCode)(rpcType, errorRecorded, recordedError);
            setFinalStatusAttributes(span, rpcType, rpcStatusName, httpStatusCode, rawAddress, rawPort, errorRecorded, recordedError);
            span.end();
        }
    };
    // End span before invoking user callback so callback errors are not recorded.
    const tracedCallback = callback
        ? function (...args) {
            const err = args[0];
            if (err) {
                recordError(err);
            }
            endSpan();
            callback.apply(this, args);
        }
        : undefined;
    return { recordError, endSpan, tracedCallback };
}
/**
 * Executes `fn` within `executionContext` and attaches stream, promise, callback,
 * or synchronous completion handlers to its result.
 *
 * @template T
 * @param {Context} executionContext - The OpenTelemetry context to activate during `fn` execution.
 * @param {function} fn - The operation to execute, receiving `tracedCallback` if `callback` was provided.
 * @param {boolean} isStreamCall - Whether the operation returns a stream (`EventEmitter`).
 * @param {SpanCompletionOptions} options - Span completion options.
 * @param {APICallback} [callback] - Optional callback to wrap for completion tracking.
 * @returns {T} The return value of `fn`.
 */
function executeTracedOperation(executionContext, fn, isStreamCall, options, callback) {
    const { recordError, endSpan, tracedCallback } = createSpanCompletionHandlers(options, callback);
    try {
        const result = api_1.context.with(executionContext, () => fn(tracedCallback));
        const promiseTarget = !isStreamCall ? getPromiseTarget(result) : null;
        if (isStreamCall && result instanceof events_1.EventEmitter) {
            handleStream(result, recordError, endSpan, !!tracedCallback);
        }
        else if (promiseTarget) {
            handlePromise(promiseTarget, recordError, endSpan);
        }
        else if (!tracedCallback) {
            endSpan();
        }
        return result;
    }
    catch (e) {
        recordError(e);
        endSpan();
        throw e;
    }
}
function traceCall(dynamicArgs, staticArgs, fn, isStreamCall = false, callback) {
    const spanName = `${dynamicArgs.clientName}.${dynamicArgs.methodName}`;
    return getGaxTracer().startActiveSpan(spanName, {}, (span) => {
        const { rawAddress, rawPort, urlDomain } = (0, contextUtil_1.resolveEndpointAndDomain)(dynamicArgs, staticArgs);
        span.setAttributes((0, contextUtil_1.buildInitialAttributes)(dynamicArgs, staticArgs, urlDomain));
        const activeContext = api_1.context
            .active()
            .setValue(contextUtil_1.CLIENT_REQUEST_SPAN_KEY, span);
        return executeTracedOperation(activeContext, fn, isStreamCall, {
            span,
            rpcType: dynamicArgs.rpcType,
            rawAddress,
            rawPort,
        }, callback);
    });
}
/**
 * Executes an individual RPC transport attempt within an active OpenTelemetry
 * CLIENT span (low level network span), parenting it to the active client request span
 * and recording per-attempt client (`gcp.client.*`), network (`rpc.system.name`, `rpc.method`,
 * `http.request.method`, `url.template`, `url.domain`, `server.address`, `server.port`),
 * resend (`gcp.grpc.resend_count` / `http.request.resend_count`), status
 * (`rpc.response.status_code` / `http.response.status_code`), and error (`error.type`,
 * `status.message`, and `exception.type` / `exception.message` event attributes) attributes
 * without injecting span context into outgoing headers.
 *
 * HTTP attempt spans are named `"{http.request.method} {url.template}"` when a URL
 * template is available or `"{http.request.method}"` otherwise; gRPC attempt spans
 * are named `"{apiName}/{methodName}"` or `"{methodName}"`. Also updates `rpc.method`
 * on the parent client request span to `"{apiName}/{methodName}"` for both transports,
 * and propagates `url.template` to the parent client request span from its first HTTP
 * attempt that resolves a URL template.
 *
 * @template T
 * @param {AttemptTraceContext} dynamicArgs - Dynamic trace context for the RPC attempt.
 * @param {StaticTraceContext} staticArgs - Static trace context for the client library.
 * @param {function} fn - The transport attempt operation to trace.
 * @param {boolean} [isStreamCall=false] - Whether the operation is a stream call.
 * @param {APICallback} [callback] - The attempt callback.
 * @param {Context} [parentContext] - Optional parent OpenTelemetry context (e.g. client request span context).
 * @returns {T} The result of the traced attempt.
 */
function traceAttempt(dynamicArgs, staticArgs, fn, isStreamCall = false, callback, parentContext) {
    // Resolve RPC method and transport-specific span name.
    const rpcMethod = (0, contextUtil_1.resolveRpcMethod)(dynamicArgs);
    const httpMethod = dynamicArgs.httpMethod ?? 'POST';
    const urlTemplate = dynamicArgs.urlTemplate;
    const spanName = dynamicArgs.rpcType === 'http'
        ? formatHttpAttemptSpanName(httpMethod, urlTemplate)
        : rpcMethod;
    const baseContext = parentContext ?? api_1.context.active();
    const clientRequestSpan = (0, contextUtil_1.getActiveTraceContext)(baseContext)?.clientRequestSpan;
    return getGaxTracer().startActiveSpan(spanName, { kind: api_1.SpanKind.CLIENT }, baseContext, (span) => {
        // Update parent client request span rpc.method from this child attempt.
        if (clientRequestSpan && rpcMethod) {
            clientRequestSpan.setAttribute('rpc.method', rpcMethod);
        }
        const { rawAddress, rawPort, urlDomain } = (0, contextUtil_1.resolveEndpointAndDomain)(dynamicArgs, staticArgs, 443);
        const initialAttributes = (0, contextUtil_1.buildInitialAttributes)(dynamicArgs, staticArgs, urlDomain);
        if (dynamicArgs.rpcType === 'grpc') {
            initialAttributes['rpc.method'] = rpcMethod;
        }
        else {
            initialAttributes['http.request.method'] = httpMethod;
            if (urlTemplate) {
                attemptUrlTemplates.set(span, urlTemplate);
                initialAttributes['url.template'] = urlTemplate;
                propagateUrlTemplateToClientSpan(clientRequestSpan, span, urlTemplate);
            }
        }
        if (dynamicArgs.resendCount !== undefined &&
            dynamicArgs.resendCount > 0) {
            initialAttributes[resolveResendCountAttribute(dynamicArgs.rpcType)] =
                dynamicArgs.resendCount;
        }
        span.setAttributes(initialAttributes);
        // Expose attempt span in context so HTTP transport can update method and URL template.
        const attemptContext = api_1.context.active().setValue(contextUtil_1.ATTEMPT_SPAN_KEY, span);
        return executeTracedOperation(attemptContext, fn, isStreamCall, {
            span,
            rpcType: dynamicArgs.rpcType,
            rawAddress,
            rawPort,
            includeExceptionMessage: true,
        }, callback);
    });
}
//# sourceMappingURL=TracerHelper.js.map

/***/ }),

/***/ 28506:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2026 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ATTEMPT_SPAN_KEY = exports.CLIENT_REQUEST_SPAN_KEY = exports.DEFAULT_GCP_REPO = void 0;
exports.setSettingsDefaultDomain = setSettingsDefaultDomain;
exports.getSettingsDefaultDomain = getSettingsDefaultDomain;
exports.extractClientServiceFromPackageName = extractClientServiceFromPackageName;
exports.extractServiceFromApiName = extractServiceFromApiName;
exports.extractFromSettings = extractFromSettings;
exports.extractFromEnvironment = extractFromEnvironment;
exports.clearMetadataCache = clearMetadataCache;
exports.resolveStaticTraceContext = resolveStaticTraceContext;
exports.resolveEndpointAndDomain = resolveEndpointAndDomain;
exports.resolveRpcMethod = resolveRpcMethod;
exports.buildInitialAttributes = buildInitialAttributes;
exports.getActiveTraceContext = getActiveTraceContext;
const api_1 = __webpack_require__(59836);
const util_1 = __webpack_require__(70263);
exports.DEFAULT_GCP_REPO = 'googleapis/google-cloud-node';
// Context keys for GAX client request and per-attempt spans.
exports.CLIENT_REQUEST_SPAN_KEY = (0, api_1.createContextKey)('google-gax-client-request-span');
exports.ATTEMPT_SPAN_KEY = (0, api_1.createContextKey)('google-gax-attempt-span');
const settingsDefaultDomain = new WeakMap();
const staticContextDefaultDomain = new WeakMap();
function normalizeDomainHost(value) {
    if (!value || !value.includes('.')) {
        return undefined;
    }
    const match = value.match(/^(\[[^\]]+\]|[^:]+):(\d+)$/);
    return match ? match[1] : value;
}
/**
 * Associates the nominal service domain (e.g. GAPIC `this._servicePath`) with a
 * `CallSettings` instance without mutating `CallSettings.otherArgs`.
 */
function setSettingsDefaultDomain(settings, domain) {
    const normalized = normalizeDomainHost(domain.trim());
    if (normalized) {
        settingsDefaultDomain.set(settings, normalized);
    }
}
/**
 * Returns any nominal service domain previously associated with `settings`.
 */
function getSettingsDefaultDomain(settings) {
    return settings ? settingsDefaultDomain.get(settings) : undefined;
}
/**
 * Derives the GCP client service name from an NPM package name.
 * @deprecated Retained for backwards compatibility.
 */
function extractClientServiceFromPackageName(name) {
    const scopedMatch = name.match(/^@[^/]+\/(?:google-cloud-)?(.*)$/);
    if (scopedMatch && scopedMatch[1]) {
        return scopedMatch[1];
    }
    const unscopedMatch = name.match(/^google-cloud-(.*)$/);
    if (unscopedMatch && unscopedMatch[1]) {
        return unscopedMatch[1];
    }
    return name;
}
/**
 * Derives the GCP service name from a protobuf apiName (e.g. google.cloud.redis.v1.CloudRedis).
 */
function extractServiceFromApiName(apiName) {
    if (!apiName) {
        return undefined;
    }
    const parts = apiName.split('.');
    const versionIndex = parts.findIndex(p => /^v\d+(?:[a-z\d_]+)?$/i.test(p));
    if (versionIndex > 0) {
        return parts[versionIndex - 1];
    }
    if (parts.length >= 2) {
        const candidate = parts[parts.length - 2];
        if (candidate && candidate !== 'google' && candidate !== 'cloud') {
            return candidate;
        }
        const last = parts[parts.length - 1];
        if (last) {
            return last[0].toLowerCase() + last.slice(1);
        }
    }
    return undefined;
}
/**
 * Extracts static metadata from CallSettings headers or apiName.
 */
function extractFromSettings(settings) {
    const result = {};
    if (!settings) {
        return result;
    }
    // Extract artifact and version from x-goog-api-client header.
    const otherArgsWithMeta = settings.otherArgs;
    let rawClientHeader = otherArgsWithMeta?.headers?.['x-goog-api-client'];
    // Fall back to metadataBuilder if header is not in otherArgs.headers.
    if (!rawClientHeader &&
        typeof otherArgsWithMeta?.metadataBuilder === 'function') {
        try {
            const built = otherArgsWithMeta.metadataBuilder();
            // Support both gRPC Metadata instances (.get) and plain objects.
            if (built && typeof built.get === 'function') {
                rawClientHeader = built.get('x-goog-api-client');
            }
            else if (built && typeof built === 'object') {
                rawClientHeader = built['x-goog-api-client'];
            }
        }
        catch {
            // Ignore metadataBuilder errors
        }
    }
    // Normalize array values into a single space-delimited string.
    const clientHeader = Array.isArray(rawClientHeader)
        ? rawClientHeader.join(' ')
        : rawClientHeader;
    if (typeof clientHeader === 'string') {
        const tokens = clientHeader.trim().split(/\s+/);
        for (const token of tokens) {
            const match = token.match(/^([^/]+(?:\/[^/]+)?)\/([^\s]+)$/);
            if (match) {
                const [, name, ver] = match;
                if (name === 'gapic') {
                    result.gcpVersion = ver;
                }
                else if (name === 'gccl') {
                    if (!result.gcpVersion) {
                        result.gcpVersion = ver;
                    }
                }
                else if (!util_1.ignoredClientHeaderTokens.includes(name)) {
                    result.gcpArtifact = name;
                    if (!result.gcpVersion) {
                        result.gcpVersion = ver;
                    }
                }
            }
        }
    }
    // Resolve service name and default artifact from apiName.
    if (typeof settings.apiName === 'string' && settings.apiName) {
        const serviceFromApi = extractServiceFromApiName(settings.apiName);
        if (serviceFromApi) {
            result.gcpClientService = serviceFromApi;
            if (!result.gcpArtifact) {
                result.gcpArtifact =
                    serviceFromApi === 'gax'
                        ? 'google-gax'
                        : `@google-cloud/${serviceFromApi}`;
            }
        }
    }
    // Extract server address and port from endpoint settings.
    const otherArgs = settings.otherArgs;
    const endpoint = settings.servicePath ||
        settings.apiEndpoint ||
        otherArgs?.servicePath ||
        otherArgs?.apiEndpoint;
    if (endpoint && typeof endpoint === 'string') {
        const match = endpoint.match(/^(\[[^\]]+\]|[^:]+):(\d+)$/);
        if (match) {
            result.serverAddress = match[1];
            result.serverPort = Number(match[2]);
        }
        else {
            result.serverAddress = endpoint;
        }
    }
    // Resolve server port if not already parsed from endpoint.
    const rawPort = settings
        .port ||
        settings
            .servicePort ||
        otherArgs?.port ||
        otherArgs?.servicePort;
    const port = typeof rawPort === 'string' ? parseInt(rawPort, 10) : rawPort;
    if (port && typeof port === 'number' && !result.serverPort) {
        result.serverPort = port;
    }
    return result;
}
/**
 * Extracts static metadata from process environment variables.
 */
function extractFromEnvironment() {
    const env = typeof process === 'object' && typeof process.env === 'object'
        ? process.env
        : {};
    const result = {};
    const service = env.GOOGLE_SDK_NODE_CLIENT_SERVICE || env.GCP_CLIENT_SERVICE;
    if (service?.trim()) {
        result.gcpClientService = service.trim();
    }
    const version = env.GOOGLE_SDK_NODE_CLIENT_VERSION || env.GCP_CLIENT_VERSION;
    if (version?.trim()) {
        result.gcpVersion = version.trim();
    }
    const artifact = env.GOOGLE_SDK_NODE_ARTIFACT || env.GCP_ARTIFACT;
    if (artifact?.trim()) {
        result.gcpArtifact = artifact.trim();
    }
    const serverAddress = env.GOOGLE_SDK_NODE_SERVER_ADDRESS || env.SERVER_ADDRESS;
    if (serverAddress?.trim()) {
        result.serverAddress = serverAddress.trim();
    }
    const serverPort = env.GOOGLE_SDK_NODE_SERVER_PORT || env.SERVER_PORT;
    if (serverPort && !isNaN(Number(serverPort))) {
        result.serverPort = Number(serverPort);
    }
    return result;
}
/**
 * Clears the cached static metadata.
 * @deprecated Static metadata is no longer cached across calls; retained as a no-op for backwards compatibility.
 */
function clearMetadataCache() { }
/**
 * Resolves static trace context dynamically at runtime by inspecting CallSettings,
 * environment variables, and standard defaults.
 *
 * Precedence: environment variables > dynamic resolution from settings.
 *
 * @param {CallSettings} [settings] - Call settings for the RPC invocation.
 * @param {string} [_callerFilePath] - Optional explicit path to the caller source file (deprecated).
 * @returns {StaticTraceContext} The resolved static trace context.
 */
function resolveStaticTraceContext(settings, 
// eslint-disable-next-line @typescript-eslint/no-unused-vars
_callerFilePath) {
    const envMeta = extractFromEnvironment();
    const dynamic = extractFromSettings(settings);
    const context = {
        gcpClientService: envMeta.gcpClientService ?? dynamic.gcpClientService,
        gcpVersion: envMeta.gcpVersion ?? dynamic.gcpVersion,
        gcpRepo: exports.DEFAULT_GCP_REPO,
        gcpArtifact: envMeta.gcpArtifact ?? dynamic.gcpArtifact,
    };
    const defaultDomain = getSettingsDefaultDomain(settings);
    if (defaultDomain && !envMeta.gcpClientService?.includes('.')) {
        staticContextDefaultDomain.set(context, defaultDomain);
    }
    const serverAddress = envMeta.serverAddress ?? dynamic.serverAddress;
    if (serverAddress !== undefined) {
        context.serverAddress = serverAddress;
    }
    const serverPort = envMeta.serverPort ?? dynamic.serverPort;
    if (serverPort !== undefined) {
        context.serverPort = serverPort;
    }
    return context;
}
/**
 * Resolves and parses the server address, port, and target service domain (`url.domain`)
 * from dynamic and static trace contexts, splitting `"host:port"` or `"[ipv6]:port"`
 * strings. Never synthesizes `${gcpClientService}.googleapis.com` from short protobuf
 * service identifiers (which would fabricate bogus domains for `cloud*.googleapis.com`
 * APIs). When `defaultPort` is provided (for low level network attempt spans), falls
 * back to `url.domain` for the server address and defaults the port to `defaultPort`
 * if not otherwise specified.
 *
 * @param {DynamicTraceContext} dynamicArgs - Dynamic trace context for the call or attempt.
 * @param {StaticTraceContext} staticArgs - Static trace context for the client library.
 * @param {number} [defaultPort] - Optional default port (e.g. 443 for low level network attempt spans).
 * @returns {{rawAddress?: string; rawPort?: number; urlDomain?: string}} Resolved address, port, and domain.
 */
function resolveEndpointAndDomain(dynamicArgs, staticArgs, defaultPort) {
    let rawAddress = dynamicArgs.serverAddress ?? staticArgs.serverAddress;
    let rawPort = dynamicArgs.serverPort ?? staticArgs.serverPort;
    const splitHostAndPort = (addr) => {
        const match = addr.match(/^(\[[^\]]+\]|[^:]+):(\d+)$/);
        if (match) {
            rawAddress = match[1];
            rawPort = rawPort ?? Number(match[2]);
        }
        else {
            rawAddress = addr;
        }
    };
    if (rawAddress) {
        // Split embedded port from "host:port" or "[ipv6]:port" if present.
        splitHostAndPort(rawAddress);
    }
    // Prefer the client's nominal default service domain (or an explicit dotted
    // gcpClientService domain) over an overridden serverAddress (e.g. 127.0.0.1 or a
    // regional endpoint) so url.domain stays canonical without fabricating bogus domains
    // from bare protobuf service identifiers.
    const serviceDomain = normalizeDomainHost(staticArgs.gcpClientService);
    const urlDomain = dynamicArgs.urlDomain ??
        staticArgs.urlDomain ??
        staticContextDefaultDomain.get(staticArgs) ??
        serviceDomain ??
        rawAddress;
    if (defaultPort !== undefined) {
        if (!rawAddress && urlDomain) {
            splitHostAndPort(urlDomain);
        }
        if (rawAddress) {
            rawPort = rawPort ?? defaultPort;
        }
    }
    return { rawAddress, rawPort, urlDomain };
}
/**
 * Resolves the `rpc.method` attribute value as `"{apiName}/{methodName}"` when the
 * fully-qualified protobuf service name is available, or `"{methodName}"` otherwise.
 *
 * @param {Pick<AttemptTraceContext, 'apiName' | 'methodName'>} dynamicArgs - API and method names for the call or attempt.
 * @returns {string} The resolved `rpc.method` value.
 */
function resolveRpcMethod(dynamicArgs) {
    return dynamicArgs.apiName
        ? `${dynamicArgs.apiName}/${dynamicArgs.methodName}`
        : dynamicArgs.methodName;
}
/**
 * Builds the common initial client, transport, and domain attributes shared by
 * client request spans and low level network attempt spans.
 *
 * @param {DynamicTraceContext} dynamicArgs - Dynamic trace context for the call or attempt.
 * @param {StaticTraceContext} staticArgs - Static trace context for the client library.
 * @param {string} [urlDomain] - Resolved `url.domain` attribute value, if available.
 * @returns {Attributes} The initial span attributes map.
 */
function buildInitialAttributes(dynamicArgs, staticArgs, urlDomain) {
    const attributes = {
        'gcp.client.service': staticArgs.gcpClientService,
        'gcp.client.version': staticArgs.gcpVersion,
        'gcp.client.repo': staticArgs.gcpRepo,
        'gcp.client.artifact': staticArgs.gcpArtifact,
        'rpc.system.name': dynamicArgs.rpcType,
    };
    if (urlDomain !== undefined) {
        attributes['url.domain'] = urlDomain;
    }
    return attributes;
}
/**
 * Returns the span if defined and its span context is valid.
 */
function getValidSpan(span) {
    return span && (0, api_1.isSpanContextValid)(span.spanContext()) ? span : undefined;
}
/**
 * Returns the active trace and span IDs (`traceId` and `spanId`) along with
 * the active span references (`span`, `attemptSpan`, `clientRequestSpan`) if a
 * GAX attempt span, GAX client request span, or outer OpenTelemetry span is
 * active and has a valid span context, or `undefined` otherwise.
 *
 * @param {Context} [activeContext=context.active()] - The OpenTelemetry context to inspect.
 * @returns {ActiveTraceContext | undefined} The active trace context, or undefined.
 */
function getActiveTraceContext(activeContext = api_1.context.active()) {
    // Retrieve GAX-managed spans from the context if valid.
    const attemptSpan = getValidSpan(activeContext.getValue(exports.ATTEMPT_SPAN_KEY));
    const clientRequestSpan = getValidSpan(activeContext.getValue(exports.CLIENT_REQUEST_SPAN_KEY));
    // Prefer attempt span > client request span > outer OpenTelemetry span.
    const activeSpan = attemptSpan ??
        clientRequestSpan ??
        getValidSpan(api_1.trace.getSpan(activeContext));
    if (!activeSpan) {
        return undefined;
    }
    const spanContext = activeSpan.spanContext();
    return {
        traceId: spanContext.traceId,
        spanId: spanContext.spanId,
        span: activeSpan,
        attemptSpan,
        clientRequestSpan,
    };
}
//# sourceMappingURL=contextUtil.js.map

/***/ }),

/***/ 95039:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * Copyright 2026 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEPTH_TO_CHECK = exports.preConnectionCodes = exports.genericClasses = exports.redirectCodes = exports.decodeCodes = exports.requestBodyCodes = exports.requestCodes = exports.connectionCodes = void 0;
exports.ensureGrpcStatusDetailsParsed = ensureGrpcStatusDetailsParsed;
exports.resolveErrorInfo = resolveErrorInfo;
exports.resolveErrorInfoReason = resolveErrorInfoReason;
exports.resolveErrorInfoDomain = resolveErrorInfoDomain;
exports.resolveErrorInfoMetadataAttributes = resolveErrorInfoMetadataAttributes;
exports.resolveServerErrorCode = resolveServerErrorCode;
exports.resolveClientNetworkOrOperationalError = resolveClientNetworkOrOperationalError;
exports.resolveLanguageSpecificErrorType = resolveLanguageSpecificErrorType;
exports.resolveErrorType = resolveErrorType;
exports.resolveExceptionType = resolveExceptionType;
exports.resolveSystemErrorCode = resolveSystemErrorCode;
exports.resolveRpcStatusName = resolveRpcStatusName;
exports.resolveHttpStatusCode = resolveHttpStatusCode;
exports.resolveResponseStatusCode = resolveResponseStatusCode;
exports.isPreConnectionFailure = isPreConnectionFailure;
exports.resolveErrorMessage = resolveErrorMessage;
exports.isServerSideError = isServerSideError;
exports.safeJsonStringify = safeJsonStringify;
exports.resolveResponsePayload = resolveResponsePayload;
exports.resolveErrorResponsePayload = resolveErrorResponsePayload;
exports.resolveServerExceptionDetails = resolveServerExceptionDetails;
exports.resolveExceptionMessage = resolveExceptionMessage;
exports.resolveExceptionStacktrace = resolveExceptionStacktrace;
exports.recordExceptionEvent = recordExceptionEvent;
const protobuf = __importStar(__webpack_require__(52092));
const googleError_1 = __webpack_require__(61552);
const status_1 = __webpack_require__(39705);
/**
 * System and network error codes mapped to CLIENT_CONNECTION_ERROR.
 */
exports.connectionCodes = [
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EPIPE',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_SOCKET',
    'CERT_HAS_EXPIRED',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'UNABLE_TO_GET_ISSUER_CERT',
];
/**
 * System and client request error codes mapped to CLIENT_REQUEST_ERROR.
 */
exports.requestCodes = [
    'ERR_INVALID_ARG_TYPE',
    'ERR_INVALID_URL',
    'ERR_HTTP_INVALID_HEADER_VALUE',
    'ERR_INVALID_HTTP_TOKEN',
    'ERR_INVALID_PROTOCOL',
    'ERR_INVALID_ARG_VALUE',
];
/**
 * Stream and body error codes mapped to CLIENT_REQUEST_BODY_ERROR.
 */
exports.requestBodyCodes = [
    'ERR_STREAM_WRITE_AFTER_END',
    'ERR_STREAM_DESTROYED',
    'ERR_STREAM_ALREADY_FINISHED',
    'ERR_STREAM_CANNOT_PIPE',
    'ERR_STREAM_NULL_VALUES',
    'ERR_STREAM_PREMATURE_CLOSE',
];
/**
 * Buffer error codes mapped to CLIENT_RESPONSE_DECODE_ERROR.
 */
exports.decodeCodes = ['ERR_BUFFER_OUT_OF_BOUNDS'];
/**
 * Redirect error codes mapped to CLIENT_REDIRECT_ERROR.
 */
exports.redirectCodes = [
    'ERR_TOO_MANY_REDIRECTS',
    'ERR_FR_TOO_MANY_REDIRECTS',
];
/**
 * Generic class / constructor names that should be unwrapped to find more specific error causes.
 */
exports.genericClasses = [
    'Error',
    'GoogleError',
    'Object',
    'DOMException',
];
/**
 * Error codes indicating failures prior to network connection establishment.
 */
exports.preConnectionCodes = [
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ERR_INVALID_ARG_TYPE',
    'ERR_INVALID_URL',
];
/**
 * Maximum traversal depth for unwrapping nested error causes.
 */
exports.DEPTH_TO_CHECK = 10;
/**
 * Decodes binary gRPC status details (`grpc-status-details-bin`) onto the error
 * object if present and not yet parsed.
 *
 * @param {unknown} e - The error to inspect and populate with parsed gRPC status details.
 */
function ensureGrpcStatusDetailsParsed(e) {
    if (!e || typeof e !== 'object') {
        return;
    }
    const errWithMeta = e;
    if (!errWithMeta.reason &&
        !errWithMeta.domain &&
        !errWithMeta.errorInfoMetadata &&
        !errWithMeta.statusDetails &&
        errWithMeta.metadata &&
        typeof errWithMeta.metadata.get === 'function' &&
        errWithMeta.metadata.get('grpc-status-details-bin')?.length >
            0) {
        try {
            googleError_1.GoogleError.parseGRPCStatusDetails(errWithMeta);
        }
        catch {
            // Ignore decoding errors.
        }
    }
}
/**
 * Returns the value if it is a non-empty string, or undefined otherwise.
 *
 * @param {unknown} value - The value to check.
 * @returns {string | undefined} The non-empty string, or undefined.
 */
function readNonEmptyString(value) {
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}
/**
 * Returns the entries of a google.rpc.ErrorInfo metadata map that have a non-empty key
 * and a string value. A metadata object without such entries yields an empty array, so
 * the search stops at the first ErrorInfo metadata found instead of continuing into a
 * deeper cause; only a value that is not a metadata object yields undefined.
 *
 * @param {unknown} value - The metadata map to read.
 * @returns {Array<[string, string]> | undefined} The usable metadata entries, or undefined
 *   if `value` is not a metadata object.
 */
function readErrorInfoMetadataEntries(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        return undefined;
    }
    const entries = [];
    for (const [key, entryValue] of Object.entries(value)) {
        if (key.length > 0 && typeof entryValue === 'string') {
            entries.push([key, entryValue]);
        }
    }
    return entries;
}
/**
 * Reads `reason`, `domain`, and `metadataField` atomically from a single candidate object,
 * returning undefined if none of the three fields carries a valid `ErrorInfo` value.
 */
function readErrorInfoFrom(obj, metadataField) {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
        return undefined;
    }
    const record = obj;
    const reason = readNonEmptyString(record.reason);
    const domain = readNonEmptyString(record.domain);
    const metadataEntries = readErrorInfoMetadataEntries(record[metadataField]);
    if (reason === undefined &&
        domain === undefined &&
        metadataEntries === undefined) {
        return undefined;
    }
    const metadataAttributes = {};
    for (const [key, value] of metadataEntries ?? []) {
        metadataAttributes[`gcp.errors.metadata.${key}`] = value;
    }
    return { reason, domain, metadataAttributes };
}
/**
 * Resolves `google.rpc.ErrorInfo` (`reason`, `domain`, and `gcp.errors.metadata.*`
 * attributes) in a single walk of the error and its `.cause` chain.
 *
 * At each depth, decodes binary `grpc-status-details-bin` metadata if present, then
 * inspects the error itself, its `errorInfo` object, each `statusDetails` entry, and
 * that entry's `errorInfo`. Stops at the first `ErrorInfo` source found so optional
 * fields omitted by an outer `ErrorInfo` are never mixed with fields from a deeper
 * `.cause` or another detail entry.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {ResolvedErrorInfo} The resolved `ErrorInfo` fields, or `{metadataAttributes: {}}`
 *   if no `ErrorInfo` is present.
 */
function resolveErrorInfo(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object') {
            break;
        }
        // Guard against circular cause references.
        if (seen.has(current)) {
            break;
        }
        seen.add(current);
        ensureGrpcStatusDetailsParsed(current);
        const err = current;
        // Check the error itself, then its errorInfo object.
        // GoogleError stores ErrorInfo.metadata as `errorInfoMetadata`, because `metadata`
        // already holds the gRPC response metadata.
        const info = readErrorInfoFrom(err, 'errorInfoMetadata') ??
            readErrorInfoFrom(err.errorInfo, 'metadata');
        if (info !== undefined) {
            return info;
        }
        // Inspect statusDetails array entries and their errorInfo objects.
        if (Array.isArray(err.statusDetails)) {
            for (const detail of err.statusDetails) {
                if (detail && typeof detail === 'object') {
                    const detailInfo = readErrorInfoFrom(detail, 'metadata') ??
                        readErrorInfoFrom(detail.errorInfo, 'metadata');
                    if (detailInfo !== undefined) {
                        return detailInfo;
                    }
                }
            }
        }
        // Traverse error cause chain.
        current = err.cause;
    }
    return { metadataAttributes: {} };
}
/**
 * Resolves google.rpc.ErrorInfo reason if present on the error or its cause chain.
 * Corresponds to Tier 1 in the error.type hierarchy.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {string | undefined} The ErrorInfo reason string if found, or undefined.
 */
function resolveErrorInfoReason(e) {
    return resolveErrorInfo(e).reason;
}
/**
 * Resolves google.rpc.ErrorInfo domain (e.g. 'googleapis.com') if present on the error
 * or its cause chain. Populates the `gcp.errors.domain` attribute.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {string | undefined} The ErrorInfo domain string if found, or undefined.
 */
function resolveErrorInfoDomain(e) {
    return resolveErrorInfo(e).domain;
}
/**
 * Resolves google.rpc.ErrorInfo metadata from the error or its cause chain as
 * `gcp.errors.metadata.<key>` attributes, one per metadata entry (e.g.
 * `{service: 'translate.googleapis.com'}` becomes
 * `{'gcp.errors.metadata.service': 'translate.googleapis.com'}`).
 * Entries with an empty key or a non-string value are skipped. The first ErrorInfo
 * found is used even if it omits metadata or has no usable entries, so the attributes
 * never mix in metadata from a deeper cause.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {Record<`gcp.errors.metadata.${string}`, string>} The metadata attributes,
 *   or an empty object if the error has no ErrorInfo metadata.
 */
function resolveErrorInfoMetadataAttributes(e) {
    return resolveErrorInfo(e).metadataAttributes;
}
/**
 * Resolves a server error code received from the backend service:
 * - For HTTP: The HTTP status code string (e.g. '400', '403', '503').
 * - For gRPC: The canonical gRPC status code name in uppercase (e.g. 'PERMISSION_DENIED', 'UNAVAILABLE').
 * Corresponds to Tier 2 in the error.type hierarchy.
 *
 * @param {unknown} e - The error to inspect.
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @returns {string | undefined} The server error code string if the error came from the server, or undefined.
 */
function resolveServerErrorCode(e, rpcType) {
    if (rpcType === 'http') {
        const httpStatus = resolveHttpStatusCode(e);
        return httpStatus !== undefined ? httpStatus.toString() : undefined;
    }
    if (rpcType === 'grpc') {
        if (isPreConnectionFailure(e) ||
            resolveClientNetworkOrOperationalError(e) !== undefined) {
            return undefined;
        }
        // Exclude client-side aborts across the cause chain (timeouts are already
        // matched by resolveClientNetworkOrOperationalError above).
        let current = e;
        const seen = new Set();
        for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
            if (!current || typeof current !== 'object' || seen.has(current)) {
                break;
            }
            seen.add(current);
            const err = current;
            if (err.name === 'AbortError') {
                return undefined;
            }
            current = err.cause;
        }
        return resolveRpcStatusName(e);
    }
    return undefined;
}
/**
 * Resolves client-side network and operational errors to standard CLIENT_* identifiers.
 * Corresponds to Tier 3 in the error.type hierarchy.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {string | undefined} The standardized CLIENT_* error type if matched, or undefined.
 */
function resolveClientNetworkOrOperationalError(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object') {
            break;
        }
        if (seen.has(current)) {
            break;
        }
        seen.add(current);
        const err = current;
        const name = typeof err.name === 'string' ? err.name : undefined;
        const constructorName = err.constructor?.name;
        const code = typeof err.code === 'string' ? err.code : undefined;
        const message = typeof err.message === 'string' ? err.message : '';
        // 1. CLIENT_TIMEOUT
        if (name === 'TimeoutError' ||
            code === 'ETIMEDOUT' ||
            code === 'ESOCKETTIMEDOUT' ||
            /timeout.*exceeded|deadline.*exceeded|total timeout/i.test(message)) {
            return 'CLIENT_TIMEOUT';
        }
        // 2. CLIENT_CONNECTION_ERROR
        if ((code && exports.connectionCodes.includes(code)) ||
            (code && code.startsWith('ERR_SSL')) ||
            name === 'TLSError') {
            return 'CLIENT_CONNECTION_ERROR';
        }
        // 3. CLIENT_REQUEST_ERROR
        if ((code && exports.requestCodes.includes(code)) ||
            name === 'URIError' ||
            constructorName === 'URIError') {
            return 'CLIENT_REQUEST_ERROR';
        }
        // 4. CLIENT_REQUEST_BODY_ERROR
        if (code && exports.requestBodyCodes.includes(code)) {
            return 'CLIENT_REQUEST_BODY_ERROR';
        }
        // 5. CLIENT_RESPONSE_DECODE_ERROR
        if ((code && exports.decodeCodes.includes(code)) ||
            name === 'DecodeError' ||
            constructorName === 'DecodeError' ||
            name === 'SyntaxError' ||
            constructorName === 'SyntaxError') {
            return 'CLIENT_RESPONSE_DECODE_ERROR';
        }
        // 6. CLIENT_REDIRECT_ERROR
        if (code && exports.redirectCodes.includes(code)) {
            return 'CLIENT_REDIRECT_ERROR';
        }
        // 7. CLIENT_AUTHENTICATION_ERROR
        if (name === 'GoogleAuthError' ||
            constructorName === 'GoogleAuthError' ||
            code === 'ERR_NO_CREDENTIALS' ||
            code === 'MISSING_CREDENTIALS') {
            return 'CLIENT_AUTHENTICATION_ERROR';
        }
        current = err.cause;
    }
    return undefined;
}
/**
 * Resolves a language-specific error type name (e.g. AbortError, TypeError, RangeError, CustomRpcError).
 * Generic wrapper types (Error, GoogleError, Object, DOMException) are excluded and unwrap e.cause.
 * Corresponds to Tier 4 in the error.type hierarchy.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {string | undefined} The language-specific error class or name if found, or undefined.
 */
function resolveLanguageSpecificErrorType(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object') {
            break;
        }
        // Guard against circular cause references.
        if (seen.has(current)) {
            break;
        }
        seen.add(current);
        const err = current;
        // Prioritize AbortError regardless of class hierarchy.
        if (err.name === 'AbortError') {
            return 'AbortError';
        }
        // Prefer specific constructor class name over generic base wrappers.
        const className = err.constructor?.name;
        if (className && !exports.genericClasses.includes(className)) {
            return className;
        }
        // Fall back to non-generic error name if available.
        if (typeof err.name === 'string' &&
            err.name.length > 0 &&
            !exports.genericClasses.includes(err.name)) {
            return err.name;
        }
        // Unwrap cause chain when encountering generic wrapper classes.
        current = err.cause;
    }
    return undefined;
}
/**
 * Resolves the OpenTelemetry `error.type` attribute according to the 5-tier hierarchy:
 * 1. google.rpc.ErrorInfo.reason
 * 2. Specific Server Error Code (HTTP status code or gRPC status name)
 * 3. Client-Side Network/Operational Errors (CLIENT_* standardized strings)
 * 4. Language-specific error type (e.g. AbortError, RangeError, TypeError, CustomRpcError)
 * 5. Internal Fallback ("INTERNAL")
 *
 * @param {unknown} e - The error to classify.
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @param {ResolvedErrorInfo} [errorInfo] - Pre-resolved `ErrorInfo` from {@link resolveErrorInfo},
 *   when the caller also reads `domain` or `metadataAttributes`, to avoid walking `.cause` again.
 * @returns {string} The resolved `error.type` value.
 */
function resolveErrorType(e, rpcType, errorInfo = resolveErrorInfo(e)) {
    // Tier 1: google.rpc.ErrorInfo.reason
    if (errorInfo.reason) {
        return errorInfo.reason;
    }
    // Tier 2: Specific Server Error Code
    const serverErrorCode = resolveServerErrorCode(e, rpcType);
    if (serverErrorCode) {
        return serverErrorCode;
    }
    // Tier 3: Client-Side Network/Operational Errors
    const clientError = resolveClientNetworkOrOperationalError(e);
    if (clientError) {
        return clientError;
    }
    // Tier 4: Language-specific error type
    const languageError = resolveLanguageSpecificErrorType(e);
    if (languageError) {
        return languageError;
    }
    // Tier 5: Internal Fallback
    return 'INTERNAL';
}
/**
 * Resolves the exception type name for a failed call. Prefers specific
 * exception names (e.g. `AbortError`, `TimeoutError`, `TypeError`) and
 * constructor names over generic `Error`, falling back to `e.name` when
 * the constructor is generic or `DOMException`.
 *
 * @param {unknown} e - The error or other value thrown or reported.
 * @returns {string} The resolved `exception.type` string.
 */
function resolveExceptionType(e) {
    if (!e || typeof e !== 'object') {
        return 'Error';
    }
    const errObj = e;
    const name = typeof errObj.name === 'string' && errObj.name.length > 0
        ? errObj.name
        : undefined;
    if (name === 'AbortError' || name === 'TimeoutError') {
        return name;
    }
    const className = errObj.constructor?.name;
    if (typeof className === 'string' &&
        className.length > 0 &&
        className !== 'Error' &&
        className !== 'Object' &&
        className !== 'DOMException') {
        return className;
    }
    return name ?? 'Error';
}
/**
 * Resolves a Node system error code (e.g. `ECONNREFUSED`), checking the error
 * itself and any underlying cause attached by fallback wrapping.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {string | undefined} The system error code string if present, or undefined.
 */
function resolveSystemErrorCode(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object') {
            break;
        }
        if (seen.has(current)) {
            break;
        }
        seen.add(current);
        const code = current.code;
        if (typeof code === 'string' && code.length > 0) {
            return code;
        }
        current = current.cause;
    }
    return undefined;
}
/**
 * Resolves the canonical gRPC status name for a failed call. Status 0 (OK)
 * and codes outside the `Status` enum are treated as absent for failed calls.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {string | undefined} The canonical gRPC status name if present, or undefined.
 */
function resolveRpcStatusName(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object') {
            break;
        }
        if (seen.has(current)) {
            break;
        }
        seen.add(current);
        const code = current.code;
        if (typeof code === 'number' &&
            code !== status_1.Status.OK &&
            status_1.Status[code] !== undefined) {
            return status_1.Status[code];
        }
        current = current.cause;
    }
    return undefined;
}
/**
 * Reads the HTTP response status recorded on a fallback error.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {number | undefined} The numeric HTTP status code if present, or undefined.
 */
function resolveHttpStatusCode(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object') {
            break;
        }
        if (seen.has(current)) {
            break;
        }
        seen.add(current);
        const code = current.httpStatusCode;
        if (typeof code === 'number') {
            return code;
        }
        current = current.cause;
    }
    return undefined;
}
/**
 * Resolves the transport response status code for a completed call or attempt,
 * recorded as `rpc.response.status_code` (gRPC) or `http.response.status_code` (HTTP).
 * Successful calls resolve to `OK` (gRPC) or `200` (HTTP). Failed calls resolve the
 * status from the error, which is undefined when the error carries no status.
 *
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @param {boolean} failed - Whether the call or attempt failed.
 * @param {unknown} [e] - The error the call or attempt failed with, if it failed.
 * @returns {{rpcStatusName?: string; httpStatusCode?: number}} The gRPC status name
 *   (gRPC) or HTTP status code (HTTP) for the transport.
 */
function resolveResponseStatusCode(rpcType, failed, e) {
    if (rpcType === 'grpc') {
        return {
            rpcStatusName: failed ? resolveRpcStatusName(e) : status_1.Status[status_1.Status.OK],
        };
    }
    if (rpcType === 'http') {
        return { httpStatusCode: failed ? resolveHttpStatusCode(e) : 200 };
    }
    return {};
}
/**
 * Determines if a failure occurred on the client side before DNS resolution
 * or connection establishment.
 *
 * @param {unknown} e - The error to inspect.
 * @returns {boolean} True if the error occurred before connection establishment.
 */
function isPreConnectionFailure(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        // Server status code indicates a response was received.
        if (resolveHttpStatusCode(current) !== undefined ||
            resolveRpcStatusName(current) !== undefined) {
            return false;
        }
        // Non-Error throws or objects without stack are client failures.
        if (!current ||
            !(current instanceof Error ||
                (typeof current === 'object' && 'stack' in current))) {
            return true;
        }
        // Guard against circular cause references.
        if (seen.has(current)) {
            return false;
        }
        seen.add(current);
        // Client-side validation errors happen before connection.
        const err = current;
        if (current instanceof TypeError ||
            current instanceof RangeError ||
            current instanceof URIError ||
            err.name === 'TypeError' ||
            err.name === 'RangeError' ||
            err.name === 'URIError') {
            return true;
        }
        // Check for network error codes occurring before connection establishment.
        const systemCode = resolveSystemErrorCode(current);
        if (systemCode && exports.preConnectionCodes.includes(systemCode)) {
            return true;
        }
        // Unwrap GoogleError wrappers to inspect underlying cause.
        if ((current instanceof googleError_1.GoogleError ||
            current.constructor?.name ===
                'GoogleError') &&
            err.cause) {
            current = err.cause;
        }
        else {
            return false;
        }
    }
    return false;
}
/**
 * Resolves a human-readable description for non-Error throws, extracting
 * `message` if present or falling back to `String(e)`.
 *
 * @param {unknown} e - The non-Error value thrown or reported.
 * @returns {string} The resolved error message string.
 */
function resolveErrorMessage(e) {
    const message = e?.message;
    return typeof message === 'string' ? message : String(e);
}
/**
 * Determines whether a failure is a server-side error (i.e. a server response arrived),
 * excluding pre-connection failures, client network/operational errors, and aborts/timeouts.
 *
 * @param {unknown} e - The error to inspect.
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @returns {boolean} True if a server error code was resolved for the transport.
 */
function isServerSideError(e, rpcType) {
    return resolveServerErrorCode(e, rpcType) !== undefined;
}
/**
 * Returns the bytes of binary data: an ArrayBuffer, or a view of one such as a Buffer
 * or Uint8Array.
 *
 * @param {unknown} value - The value to check.
 * @returns {Uint8Array | undefined} The bytes of `value`, or undefined if it is not binary data.
 */
function toBytes(value) {
    if (ArrayBuffer.isView(value)) {
        return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    }
    if (value instanceof ArrayBuffer) {
        return new Uint8Array(value);
    }
    return undefined;
}
/**
 * Encodes bytes as base64, using Buffer when it is available and a pure JavaScript
 * encoder otherwise (e.g. in browsers).
 *
 * @param {Uint8Array} bytes - The bytes to encode.
 * @returns {string} The base64 encoding of `bytes`.
 */
function encodeBase64(bytes) {
    if (typeof Buffer !== 'undefined') {
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
    }
    return protobuf.util.base64.encode(bytes, 0, bytes.length);
}
/**
 * Safely converts a value to a JSON string without throwing exceptions on
 * circular references, BigInt values, or non-serializable properties. Binary data
 * (e.g. a Buffer or Uint8Array) is serialized as a base64 string rather than one
 * JSON entry per byte.
 *
 * @param {unknown} value - The value to serialize.
 * @returns {string | undefined} The serialized JSON string, or undefined if `value` is undefined or unserializable.
 */
function safeJsonStringify(value) {
    if (value === undefined) {
        return undefined;
    }
    try {
        const ancestors = [];
        return JSON.stringify(value, function (key, val) {
            if (typeof val === 'bigint') {
                return val.toString();
            }
            if (typeof val !== 'object' || val === null) {
                return val;
            }
            // Encode binary data as base64. Buffer#toJSON runs before this replacer and
            // turns a Buffer into {type: 'Buffer', data: [...]}, so in that case the
            // original Buffer is read back from the holder.
            const bytes = toBytes(val.type === 'Buffer'
                ? this[key]
                : val);
            if (bytes) {
                return encodeBase64(bytes);
            }
            // Track object ancestry to replace circular references.
            if (ancestors.includes(this)) {
                while (ancestors.length > 0 &&
                    ancestors[ancestors.length - 1] !== this) {
                    ancestors.pop();
                }
            }
            if (ancestors.includes(val)) {
                return '[Circular]';
            }
            ancestors.push(val);
            return val;
        });
    }
    catch {
        try {
            return String(value);
        }
        catch {
            return undefined;
        }
    }
}
/**
 * Resolves the `response.payload` attribute: the full response payload of a call,
 * serialized as JSON without truncation or redaction. String payloads are returned
 * as-is and binary payloads (e.g. a Buffer or Uint8Array) as base64, as are binary
 * values nested in the response (e.g. `bytes` fields). Prefers `rawResponse`, the
 * unprocessed response gax provides for paginated and long-running calls (the full
 * page response or the raw Operation), over the processed `response`.
 *
 * @param {unknown} response - The response passed to the callback or resolved by the promise.
 * @param {unknown} [rawResponse] - The raw (unprocessed) response, when gax provides one.
 * @returns {string | undefined} The serialized payload, or undefined if there is no response.
 */
function resolveResponsePayload(response, rawResponse) {
    const payload = rawResponse ?? response;
    if (payload === undefined || payload === null) {
        return undefined;
    }
    // TODO(security): The payload is returned in full because `response.payload` is defined
    // as the raw response, so it can contain sensitive data (e.g. secret values or access
    // tokens). Only emit it when logging is explicitly enabled (see `checkLoggingEnabled`),
    // and consider redacting known sensitive fields.
    if (typeof payload === 'string') {
        return payload;
    }
    // Binary payloads are base64 encoded and, like strings, not wrapped in JSON quotes.
    const bytes = toBytes(payload);
    return bytes ? encodeBase64(bytes) : safeJsonStringify(payload);
}
const GAXIOS_REDACTED_BODY = '<<REDACTED> - See `errorRedactor` option in `gaxios` for configuration>.';
function isStreamLike(value) {
    if (!value || typeof value !== 'object') {
        return false;
    }
    const stream = value;
    return (typeof stream.pipe === 'function' || typeof stream.getReader === 'function');
}
/**
 * Resolves the `response.payload` attribute from a failed RPC attempt error:
 * - For HTTP REST errors translated by GAX fallback, extracts the full raw HTTP
 *   response payload attached to the {@link GoogleError} (or a direct `response.data`
 *   payload when usable).
 * - For gRPC errors, unwraps `Metadata#getMap()` so header values are serialized
 *   as scalar strings / base64 rather than single-element arrays from `Metadata#toJSON()`,
 *   and omits empty `Metadata` instances (such as the empty `new grpc.Metadata()`
 *   attached by `@grpc/grpc-js` on pre-connection failures like `ECONNREFUSED`).
 *
 * @param {unknown} e - The error thrown or returned by a failed attempt.
 * @returns {string | undefined} The serialized response payload, or undefined if none arrived.
 */
function resolveErrorResponsePayload(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object' || seen.has(current)) {
            break;
        }
        seen.add(current);
        const rawHttpPayload = (0, googleError_1.getRawHttpResponsePayload)(current);
        if (rawHttpPayload !== undefined) {
            return resolveResponsePayload(rawHttpPayload);
        }
        const errObj = current;
        const responseData = errObj.response && typeof errObj.response === 'object'
            ? errObj.response.data
            : undefined;
        if (responseData !== undefined &&
            responseData !== null &&
            responseData !== '' &&
            responseData !== GAXIOS_REDACTED_BODY &&
            !isStreamLike(responseData)) {
            return resolveResponsePayload(responseData);
        }
        if (errObj.metadata !== undefined && errObj.metadata !== null) {
            if (typeof errObj.metadata === 'string') {
                if (errObj.metadata.length > 0) {
                    return errObj.metadata;
                }
            }
            else {
                const bytes = toBytes(errObj.metadata);
                if (bytes) {
                    if (bytes.byteLength > 0) {
                        return encodeBase64(bytes);
                    }
                }
                else if (typeof errObj.metadata === 'object') {
                    let map = errObj.metadata;
                    if (typeof errObj.metadata.getMap === 'function') {
                        try {
                            map = errObj.metadata.getMap();
                        }
                        catch {
                            map = errObj.metadata;
                        }
                    }
                    if (map &&
                        typeof map === 'object' &&
                        Object.keys(map).length > 0) {
                        return resolveResponsePayload(map);
                    }
                }
            }
        }
        current = errObj.cause;
    }
    return undefined;
}
/**
 * Extracts the server-side error details message attached by GFE/backend on
 * server-side errors, checking the error and its `.cause` chain and falling
 * back to `e.message` when no non-empty `details` string is present.
 *
 * @param {Error} e - The server Error instance.
 * @returns {{message: string}} The resolved server error message.
 */
function resolveServerExceptionDetails(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object') {
            break;
        }
        if (seen.has(current)) {
            break;
        }
        seen.add(current);
        const errObj = current;
        if (typeof errObj.details === 'string' && errObj.details.length > 0) {
            return { message: errObj.details };
        }
        current = errObj.cause;
    }
    // Prefer server error details over generic error message.
    return { message: e.message };
}
/**
 * Resolves the `exception.message` for a failed call or attempt. Server-side Error
 * instances prefer the server-provided error details over the generic error message
 * (see `resolveServerExceptionDetails`). All other values use their `message`, or the
 * stringified value for non-Error throws (see `resolveErrorMessage`).
 *
 * @param {unknown} e - The error or other value thrown or reported for the call.
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @returns {string} The resolved `exception.message` string.
 */
function resolveExceptionMessage(e, rpcType) {
    return e instanceof Error && isServerSideError(e, rpcType)
        ? resolveServerExceptionDetails(e).message
        : resolveErrorMessage(e);
}
/**
 * Resolves the `exception.stacktrace` attribute as the natural JavaScript call stack
 * (`stack`) from the error (or the first non-empty `stack` along its `.cause` chain).
 * Raw server status details and metadata belong in L4 `response.payload`, not
 * `exception.stacktrace`.
 *
 * @param {unknown} e - The error or other value thrown or reported for the call.
 * @returns {string | undefined} The resolved `exception.stacktrace` string, if any.
 */
function resolveExceptionStacktrace(e) {
    let current = e;
    const seen = new Set();
    for (let depth = 0; depth < exports.DEPTH_TO_CHECK; depth++) {
        if (!current || typeof current !== 'object') {
            break;
        }
        if (seen.has(current)) {
            break;
        }
        seen.add(current);
        const stack = current.stack;
        if (typeof stack === 'string' && stack.length > 0) {
            return stack;
        }
        current = current.cause;
    }
    return undefined;
}
/**
 * Records an `exception` span event with `exception.type` (and `exception.message`
 * when `includeMessage` is true, such as on low level network attempt spans).
 *
 * @param {Span} span - The span on which to record the exception event.
 * @param {Error} e - The error instance.
 * @param {'grpc' | 'http'} rpcType - The RPC transport protocol.
 * @param {boolean} [includeMessage=false] - Whether to include `exception.message` on the event
 *   (true for low level network attempt spans, false for client request spans).
 */
function recordExceptionEvent(span, e, rpcType, includeMessage = false) {
    const attributes = {
        'exception.type': resolveExceptionType(e),
    };
    if (includeMessage) {
        attributes['exception.message'] = resolveExceptionMessage(e, rpcType);
    }
    span.addEvent('exception', attributes);
}
//# sourceMappingURL=errorUtil.js.map

/***/ }),

/***/ 90817:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2026 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkTracingEnabled = checkTracingEnabled;
exports.checkLoggingEnabled = checkLoggingEnabled;
const contextUtil_1 = __webpack_require__(28506);
/**
 * Checks if telemetry tracing is enabled.
 *
 * Tracing is only enabled via the `GOOGLE_SDK_NODE_ENABLE_TRACING` environment
 * variable or when a user passes `enableTelemetryTracing: true` in their client options.
 * If `GOOGLE_SDK_NODE_ENABLE_TRACING` is explicitly set, it takes precedence over
 * the client option.
 *
 * @param settings
 * @returns true if telemetry tracing is enabled, false otherwise
 */
function checkTracingEnabled(settings) {
    // `process` is undeclared in browsers and some edge runtimes, where reading
    // it would throw a ReferenceError rather than yield undefined, so it is
    // reached through a `typeof` guard and stands in as an empty environment.
    const env = typeof process === 'object' && typeof process.env === 'object'
        ? process.env
        : {};
    const envOptIn = env.GOOGLE_SDK_NODE_ENABLE_TRACING?.trim();
    if (envOptIn !== undefined && envOptIn !== '') {
        const lower = envOptIn.toLowerCase();
        return lower === 'true' || lower === '1';
    }
    return Boolean(settings?.enableTelemetryTracing ||
        settings?.otherArgs?.enableTelemetryTracing);
}
/**
 * Matches a `GOOGLE_SDK_NODE_LOGGING` filter string against the logger namespace
 * using the exact `DebugLogBackendBase` / `NodeBackend.setFilters()` algorithm
 * in `google-logging-utils` (literal `'all'` or `'true'` maps to `'*'`, followed by
 * comma-separated case-insensitive patterns with `*` wildcards and no whitespace trimming).
 */
function matchesLoggingEnvFilter(envOptIn, namespace) {
    if (!envOptIn) {
        return false;
    }
    const totalFilters = envOptIn === 'all' || envOptIn === 'true' ? '*' : envOptIn;
    const regexp = totalFilters
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^');
    return new RegExp(`^${regexp}$`, 'i').test(namespace);
}
/**
 * Checks if telemetry logging is enabled.
 *
 * Logging is only enabled when a user explicitly passes
 * `enableTelemetryLogging: true` in their client/call options or, when
 * `enableTelemetryLogging` is unset, the `GOOGLE_SDK_NODE_LOGGING` environment
 * variable matches the client service namespace using `google-logging-utils`
 * filter semantics (`'*'`, exact `'all'` / `'true'`, or comma-separated
 * wildcard patterns). Passing `enableTelemetryLogging: false` suppresses
 * logging for that client/call even when `GOOGLE_SDK_NODE_LOGGING` matches.
 *
 * @param settings
 * @returns true if telemetry logging is enabled, false otherwise
 */
function checkLoggingEnabled(settings) {
    if (typeof settings?.enableTelemetryLogging === 'boolean') {
        return settings.enableTelemetryLogging;
    }
    if (settings?.otherArgs?.enableTelemetryLogging === true) {
        return true;
    }
    const env = typeof process === 'object' && typeof process.env === 'object'
        ? process.env
        : {};
    const envOptIn = env.GOOGLE_SDK_NODE_LOGGING;
    if (!envOptIn) {
        return false;
    }
    const envService = (env.GOOGLE_SDK_NODE_CLIENT_SERVICE || env.GCP_CLIENT_SERVICE)?.trim();
    const apiService = typeof settings?.apiName === 'string' && settings.apiName
        ? (0, contextUtil_1.extractServiceFromApiName)(settings.apiName)
        : undefined;
    const namespace = envService || apiService || 'google-gax';
    return matchesLoggingEnvFilter(envOptIn, namespace);
}
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 39618:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OperationsClientBuilder = exports.OperationsClient = exports.ALL_SCOPES = exports.SERVICE_ADDRESS = void 0;
const createApiCall_1 = __webpack_require__(12119);
const descriptor_1 = __webpack_require__(83790);
const gax = __importStar(__webpack_require__(27383));
const configData = __webpack_require__(24593);
const operationProtoJson = __webpack_require__(80309);
const transcoding_1 = __webpack_require__(71411);
exports.SERVICE_ADDRESS = 'longrunning.googleapis.com';
const version = (__webpack_require__(41344)/* .version */ .rE);
const DEFAULT_SERVICE_PORT = 443;
const CODE_GEN_NAME_VERSION = 'gapic/0.7.1';
/**
 * The scopes needed to make gRPC calls to all of the methods defined in
 * this service.
 */
exports.ALL_SCOPES = [];
/**
 * Manages long-running operations with an API service.
 *
 * When an API method normally takes long time to complete, it can be designed
 * to return {@link Operation} to the client, and the client can use this
 * interface to receive the real response asynchronously by polling the
 * operation resource, or pass the operation resource to another API (such as
 * Google Cloud Pub/Sub API) to receive the response.  Any API service that
 * returns long-running operations should implement the `Operations` interface
 * so developers can have a consistent client experience.
 *
 * This will be created through a builder function which can be obtained by the
 * module. See the following example of how to initialize the module and how to
 * access to the builder.
 * @see {@link operationsClient}
 *
 * @class
 */
class OperationsClient {
    auth;
    innerApiCalls;
    descriptor;
    operationsStub;
    constructor(gaxGrpc, 
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    operationsProtos, options) {
        const gaxGrpcEndpoint = gaxGrpc;
        const servicePath = options?.servicePath ||
            options?.apiEndpoint ||
            gaxGrpcEndpoint._servicePath ||
            exports.SERVICE_ADDRESS;
        const port = options?.port ?? gaxGrpcEndpoint._port ?? DEFAULT_SERVICE_PORT;
        const opts = Object.assign({
            clientConfig: {},
        }, options, {
            servicePath,
            port,
        });
        if (!opts.fallback && gaxGrpc.fallback) {
            opts.fallback = gaxGrpc.fallback;
        }
        const googleApiClient = ['gl-node/' + process.versions.node];
        if (opts.libName && opts.libVersion) {
            googleApiClient.push(opts.libName + '/' + opts.libVersion);
        }
        googleApiClient.push(CODE_GEN_NAME_VERSION, 'gax/' + version);
        if (opts.fallback) {
            googleApiClient.push('gl-web/' + version);
        }
        else {
            googleApiClient.push('grpc/' + gaxGrpc.grpcVersion);
        }
        const defaults = gaxGrpc.constructSettings('google.longrunning.Operations', configData, opts.clientConfig || {}, { 'x-goog-api-client': googleApiClient.join(' ') }, opts.enableTelemetryTracing, undefined, opts.enableTelemetryLogging);
        const parsedPort = typeof opts.port === 'string' ? parseInt(opts.port, 10) : opts.port;
        for (const methodName of Object.keys(defaults)) {
            const otherArgs = defaults[methodName].otherArgs;
            if (otherArgs) {
                if (opts.servicePath) {
                    otherArgs.servicePath = opts.servicePath;
                }
                if (parsedPort !== undefined && !Number.isNaN(parsedPort)) {
                    otherArgs.port = parsedPort;
                }
            }
        }
        this.auth = gaxGrpc.auth;
        // Set up a dictionary of "inner API calls"; the core implementation
        // of calling the API is handled in `google-gax`, with this code
        // merely providing the destination and request information.
        this.innerApiCalls = {};
        this.descriptor = {
            listOperations: new descriptor_1.PageDescriptor('pageToken', 'nextPageToken', 'operations'),
        };
        // Put together the "service stub" for
        // google.longrunning.Operations.
        this.operationsStub = gaxGrpc.createStub(opts.fallback
            ? operationsProtos.lookupService('google.longrunning.Operations')
            : operationsProtos.google.longrunning.Operations, opts);
        const operationsStubMethods = [
            'getOperation',
            'listOperations',
            'cancelOperation',
            'deleteOperation',
        ];
        for (const methodName of operationsStubMethods) {
            const innerCallPromise = this.operationsStub.then(stub => (...args) => {
                const func = stub[methodName];
                return func.apply(stub, args);
            }, err => () => {
                throw err;
            });
            this.innerApiCalls[methodName] = (0, createApiCall_1.createApiCall)(innerCallPromise, defaults[methodName], this.descriptor[methodName], opts.fallback);
        }
    }
    /** Closes this operations client. */
    close() {
        this.operationsStub.then(stub => stub.close()).catch(console.error);
    }
    getProjectId(callback) {
        if (this.auth && 'getProjectId' in this.auth) {
            return this.auth.getProjectId(callback);
        }
        if (callback) {
            callback(new Error('Cannot determine project ID.'));
        }
        else {
            return Promise.reject('Cannot determine project ID.');
        }
    }
    // Service calls
    getOperationInternal(request, options, callback) {
        request = request || {};
        options = options || {};
        return this.innerApiCalls.getOperation(request, options, callback);
    }
    /**
     * Gets the latest state of a long-running operation.  Clients can use this
     * method to poll the operation result at intervals as recommended by the API
     * service.
     *
     * @param {Object} request - The request object that will be sent.
     * @param {string} request.name - The name of the operation resource.
     * @param {Object=} options
     *   Optional parameters. You can override the default settings for this call,
     *   e.g, timeout, retries, paginations, etc. See [gax.CallOptions]{@link
     *   https://googleapis.github.io/gax-nodejs/global.html#CallOptions} for the
     *   details.
     * @param {function(?Error, ?Object)=} callback
     *   The function which will be called with the result of the API call.
     *
     *   The second parameter to the callback is an object representing
     * [google.longrunning.Operation]{@link
     * external:"google.longrunning.Operation"}.
     * @return {Promise} - The promise which resolves to an array.
     *   The first element of the array is an object representing
     * [google.longrunning.Operation]{@link
     * external:"google.longrunning.Operation"}. The promise has a method named
     * "cancel" which cancels the ongoing API call.
     *
     * @example
     *
     * const client = longrunning.operationsClient();
     * const name = '';
     * const [response] = await client.getOperation({name});
     * // doThingsWith(response)
     */
    getOperation(request, optionsOrCallback, callback) {
        let options;
        if (optionsOrCallback instanceof Function && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        request = request || {};
        options = options || {};
        return this.innerApiCalls.getOperation(request, options, callback);
    }
    /**
     * Lists operations that match the specified filter in the request. If the
     * server doesn't support this method, it returns `UNIMPLEMENTED`.
     *
     * NOTE: the `name` binding below allows API services to override the binding
     * to use different resource name schemes.
     *
     * @param {Object} request - The request object that will be sent.
     * @param {string} request.name - The name of the operation collection.
     * @param {string} request.filter - The standard list filter.
     * @param {number=} request.pageSize
     *   The maximum number of resources contained in the underlying API
     *   response. If page streaming is performed per-resource, this
     *   parameter does not affect the return value. If page streaming is
     *   performed per-page, this determines the maximum number of
     *   resources in a page.
     * @param {Object=} options
     *   Optional parameters. You can override the default settings for this call,
     * e.g, timeout, retries, paginations, etc. See [gax.CallOptions]{@link
     * https://googleapis.github.io/gax-nodejs/global.html#CallOptions} for the
     * details.
     * @param {function(?Error, ?Array, ?Object, ?Object)=} callback
     *   The function which will be called with the result of the API call.
     *
     *   The second parameter to the callback is Array of
     * [google.longrunning.Operation]{@link
     * external:"google.longrunning.Operation"}.
     *
     *   When autoPaginate: false is specified through options, it contains the
     * result in a single response. If the response indicates the next page
     * exists, the third parameter is set to be used for the next request object.
     * The fourth parameter keeps the raw response object of an object
     * representing [google.longrunning.ListOperationsResponse]{@link
     * external:"google.longrunning.ListOperationsResponse"}.
     * @return {Promise} - The promise which resolves to an array.
     *   The first element of the array is Array of
     * [google.longrunning.Operation]{@link
     * external:"google.longrunning.Operation"}.
     *
     *   When autoPaginate: false is specified through options, the array has
     * three elements. The first element is Array of
     * [google.longrunning.Operation]{@link
     * external:"google.longrunning.Operation"} in a single response. The second
     * element is the next request object if the response indicates the next page
     * exists, or null. The third element is an object representing
     * [google.longrunning.ListOperationsResponse]{@link
     * external:"google.longrunning.ListOperationsResponse"}.
     *
     *   The promise has a method named "cancel" which cancels the ongoing API
     * call.
     *
     * @example
     *
     * const client = longrunning.operationsClient();
     * const request = {
     *     name: '',
     *     filter: ''
     * };
     * // Iterate over all elements.
     * const [resources] = await client.listOperations(request);
     * for (const resource of resources) {
     *   console.log(resources);
     * }
     *
     * // Or obtain the paged response.
     * const options = {autoPaginate: false};
     * let nextRequest = request;
     * while(nextRequest) {
     *   const response = await client.listOperations(nextRequest, options);
     *   const resources = response[0];
     *   nextRequest = response[1];
     *   const rawResponse = response[2];
     *   for (const resource of resources) {
     *     // doThingsWith(resource);
     *   }
     * };
     */
    listOperations(request, optionsOrCallback, callback) {
        let options;
        if (optionsOrCallback instanceof Function && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        request = request || {};
        options = options || {};
        return this.innerApiCalls.listOperations(request, options, callback);
    }
    /**
     * Equivalent to {@link listOperations}, but returns a NodeJS Stream object.
     *
     * This fetches the paged responses for {@link listOperations} continuously
     * and invokes the callback registered for 'data' event for each element in
     * the responses.
     *
     * The returned object has 'end' method when no more elements are required.
     *
     * autoPaginate option will be ignored.
     *
     * @see {@link https://nodejs.org/api/stream.html}
     *
     * @param {Object} request - The request object that will be sent.
     * @param {string} request.name - The name of the operation collection.
     * @param {string} request.filter - The standard list filter.
     * @param {number=} request.pageSize -
     *   The maximum number of resources contained in the underlying API
     *   response. If page streaming is performed per-resource, this
     *   parameter does not affect the return value. If page streaming is
     *   performed per-page, this determines the maximum number of
     *   resources in a page.
     * @param {Object=} options
     *   Optional parameters. You can override the default settings for this call,
     *   e.g, timeout, retries, paginations, etc. See [gax.CallOptions]{@link
     *   https://googleapis.github.io/gax-nodejs/global.html#CallOptions} for the
     *   details.
     * @return {Stream} - An object stream which emits an object representing [google.longrunning.Operation]{@link external:"google.longrunning.Operation"} on 'data' event.
     *
     * @example
     *
     * const client = longrunning.operationsClient();
     * const request = {
     *   name: '',
     *   filter: ''
     * };
     * client.listOperationsStream(request)
     *   .on('data', element => {
     *     // doThingsWith(element)
     *   })
     *   .on('error', err => {
     *     console.error(err);
     *   });
     */
    listOperationsStream(request, options) {
        const callSettings = new gax.CallSettings(options);
        return this.descriptor.listOperations.createStream(this.innerApiCalls.listOperations, request, callSettings);
    }
    /**
     * Equivalent to {@link listOperations}, but returns an iterable object.
     *
     * for-await-of syntax is used with the iterable to recursively get response element on-demand.
     *
     * @param {Object} request - The request object that will be sent.
     * @param {string} request.name - The name of the operation collection.
     * @param {string} request.filter - The standard list filter.
     * @param {number=} request.pageSize -
     *   The maximum number of resources contained in the underlying API
     *   response. If page streaming is performed per-resource, this
     *   parameter does not affect the return value. If page streaming is
     *   performed per-page, this determines the maximum number of
     *   resources in a page.
     * @param {Object=} options
     *   Optional parameters. You can override the default settings for this call,
     *   e.g, timeout, retries, paginations, etc. See [gax.CallOptions]{@link
     *   https://googleapis.github.io/gax-nodejs/global.html#CallOptions} for the
     *   details.
     * @returns {Object}
     *   An iterable Object that conforms to @link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols.
     */
    listOperationsAsync(request, options) {
        request = request || {};
        options = options || {};
        const callSettings = new gax.CallSettings(options);
        return this.descriptor.listOperations.asyncIterate(this.innerApiCalls.listOperations, request, callSettings);
    }
    /**
     * Starts asynchronous cancellation on a long-running operation.  The server
     * makes a best effort to cancel the operation, but success is not
     * guaranteed.  If the server doesn't support this method, it returns
     * `google.rpc.Code.UNIMPLEMENTED`.  Clients can use
     * {@link Operations.GetOperation} or
     * other methods to check whether the cancellation succeeded or whether the
     * operation completed despite cancellation. On successful cancellation,
     * the operation is not deleted; instead, it becomes an operation with
     * an {@link Operation.error} value with a {@link google.rpc.Status.code} of
     * 1, corresponding to `Code.CANCELLED`.
     *
     * @param {Object} request - The request object that will be sent.
     * @param {string} request.name - The name of the operation resource to be cancelled.
     * @param {Object=} options
     *   Optional parameters. You can override the default settings for this call,
     * e.g, timeout, retries, paginations, etc. See [gax.CallOptions]{@link
     * https://googleapis.github.io/gax-nodejs/global.html#CallOptions} for the
     * details.
     * @param {function(?Error)=} callback
     *   The function which will be called with the result of the API call.
     * @return {Promise} - The promise which resolves when API call finishes.
     *   The promise has a method named "cancel" which cancels the ongoing API
     * call.
     *
     * @example
     *
     * const client = longrunning.operationsClient();
     * await client.cancelOperation({name: ''});
     */
    cancelOperation(request, optionsOrCallback, callback) {
        let options;
        if (optionsOrCallback instanceof Function && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        request = request || {};
        options = options || {};
        return this.innerApiCalls.cancelOperation(request, options, callback);
    }
    /**
     * Deletes a long-running operation. This method indicates that the client is
     * no longer interested in the operation result. It does not cancel the
     * operation. If the server doesn't support this method, it returns
     * `google.rpc.Code.UNIMPLEMENTED`.
     *
     * @param {Object} request - The request object that will be sent.
     * @param {string} request.name - The name of the operation resource to be deleted.
     * @param {Object=} options
     *   Optional parameters. You can override the default settings for this call,
     * e.g, timeout, retries, paginations, etc. See [gax.CallOptions]{@link
     * https://googleapis.github.io/gax-nodejs/global.html#CallOptions} for the
     * details.
     * @param {function(?Error)=} callback
     *   The function which will be called with the result of the API call.
     * @return {Promise} - The promise which resolves when API call finishes.
     *   The promise has a method named "cancel" which cancels the ongoing API
     * call.
     *
     * @example
     *
     * const client = longrunning.operationsClient();
     * await client.deleteOperation({name: ''});
     */
    deleteOperation(request, optionsOrCallback, callback) {
        let options;
        if (optionsOrCallback instanceof Function && callback === undefined) {
            callback = optionsOrCallback;
            options = {};
        }
        else {
            options = optionsOrCallback;
        }
        request = request || {};
        options = options || {};
        return this.innerApiCalls.deleteOperation(request, options, callback);
    }
}
exports.OperationsClient = OperationsClient;
class OperationsClientBuilder {
    operationsClient;
    /**
     * Builds a new Operations Client
     * @param gaxGrpc {GrpcClient}
     */
    constructor(gaxGrpc, protoJson) {
        if (protoJson && gaxGrpc.httpRules) {
            // overwrite the http rules if provide in service yaml.
            (0, transcoding_1.overrideHttpRules)(gaxGrpc.httpRules, protoJson);
        }
        const operationsProtos = protoJson ?? gaxGrpc.loadProtoJSON(operationProtoJson);
        /**
         * Build a new instance of {@link OperationsClient}.
         *
         * @param {Object=} opts - The optional parameters.
         * @param {String=} opts.servicePath - Domain name of the API remote host.
         * @param {number=} opts.port - The port on which to connect to the remote host.
         * @param {grpc.ClientCredentials=} opts.sslCreds - A ClientCredentials for use with an SSL-enabled channel.
         * @param {Object=} opts.clientConfig - The customized config to build the call settings. See {@link gax.constructSettings} for the format.
         */
        this.operationsClient = opts => {
            opts = opts || {};
            if (gaxGrpc.fallback && !opts.fallback) {
                opts.fallback = gaxGrpc.fallback;
            }
            return new OperationsClient(gaxGrpc, operationsProtos, opts);
        };
        Object.assign(this.operationsClient, OperationsClient);
    }
}
exports.OperationsClientBuilder = OperationsClientBuilder;
//# sourceMappingURL=operationsClient.js.map

/***/ }),

/***/ 99431:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PageDescriptor = void 0;
const stream_1 = __webpack_require__(2203);
const normalApiCaller_1 = __webpack_require__(37066);
const warnings_1 = __webpack_require__(6002);
const pagedApiCaller_1 = __webpack_require__(76121);
const maxAttemptsEmptyResponse = 10;
/**
 * A descriptor for methods that support pagination.
 */
class PageDescriptor {
    requestPageTokenField;
    responsePageTokenField;
    requestPageSizeField;
    resourceField;
    constructor(requestPageTokenField, responsePageTokenField, resourceField) {
        this.requestPageTokenField = requestPageTokenField;
        this.responsePageTokenField = responsePageTokenField;
        this.resourceField = resourceField;
    }
    /**
     * Creates a new object Stream which emits the resource on 'data' event.
     */
    createStream(apiCall, request, options) {
        if (options?.autoPaginate) {
            (0, warnings_1.warn)('autoPaginate true', 'Autopaginate will always be set to false in stream paging methods. See more info at https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#auto-pagination for more information on how to configure paging calls', 'AutopaginateTrueWarning');
        }
        const stream = new stream_1.PassThrough({ objectMode: true });
        options = Object.assign({}, options, { autoPaginate: false });
        const maxResults = 'maxResults' in options ? options.maxResults : -1;
        let pushCount = 0;
        let started = false;
        function callback(err, resources, next, apiResp) {
            if (err) {
                stream.emit('error', err);
                return;
            }
            // emit full api response with every page.
            stream.emit('response', apiResp);
            for (let i = 0; i < resources.length; ++i) {
                // TODO: rewrite without accessing stream internals
                if (stream
                    ._readableState.ended) {
                    return;
                }
                if (resources[i] === null) {
                    continue;
                }
                stream.push(resources[i]);
                pushCount++;
                if (pushCount === maxResults) {
                    stream.end();
                }
            }
            // TODO: rewrite without accessing stream internals
            if (stream._readableState
                .ended) {
                return;
            }
            if (!next) {
                stream.end();
                return;
            }
            // When pageToken is specified in the original options, it will overwrite
            // the page token field in the next request. Therefore it must be cleared.
            if ('pageToken' in options) {
                delete options.pageToken;
            }
            if (stream.isPaused()) {
                request = next;
                started = false;
            }
            else {
                setImmediate(apiCall, next, options, callback);
            }
        }
        stream.on('resume', async () => {
            if (!started) {
                started = true;
                await apiCall(request, options, callback);
            }
        });
        return stream;
    }
    /**
     * Create an async iterable which can be recursively called for data on-demand.
     */
    asyncIterate(apiCall, request, options) {
        if (options?.autoPaginate) {
            (0, warnings_1.warn)('autoPaginate true', 'Autopaginate will always be set to false in Async paging methods. See more info at https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#auto-pagination for more information on how to configure paging calls', 'AutopaginateTrueWarning');
        }
        options = Object.assign({}, options, { autoPaginate: false });
        const iterable = this.createIterator(apiCall, request, options);
        return iterable;
    }
    createIterator(apiCall, request, options) {
        const asyncIterable = {
            [Symbol.asyncIterator]() {
                let nextPageRequest = request;
                const cache = [];
                return {
                    async next() {
                        if (cache.length > 0) {
                            return Promise.resolve({
                                done: false,
                                value: cache.shift(),
                            });
                        }
                        let attempts = 0;
                        while (cache.length === 0 && nextPageRequest) {
                            let result;
                            [result, nextPageRequest] = (await apiCall(nextPageRequest, options));
                            // For pagination response with protobuf map type, use tuple as representation.
                            if (result && !Array.isArray(result)) {
                                for (const [key, value] of Object.entries(result)) {
                                    cache.push([key, value]);
                                }
                            }
                            else {
                                cache.push(...result);
                            }
                            if (cache.length === 0) {
                                ++attempts;
                                if (attempts > maxAttemptsEmptyResponse) {
                                    break;
                                }
                            }
                        }
                        if (cache.length === 0) {
                            return Promise.resolve({ done: true, value: undefined });
                        }
                        return Promise.resolve({ done: false, value: cache.shift() });
                    },
                };
            },
        };
        return asyncIterable;
    }
    getApiCaller(settings) {
        if (!settings.autoPaginate) {
            return new normalApiCaller_1.NormalApiCaller();
        }
        return new pagedApiCaller_1.PagedApiCaller(this);
    }
}
exports.PageDescriptor = PageDescriptor;
//# sourceMappingURL=pageDescriptor.js.map

/***/ }),

/***/ 76121:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PagedApiCaller = void 0;
const call_1 = __webpack_require__(15395);
const googleError_1 = __webpack_require__(61552);
const resourceCollector_1 = __webpack_require__(4406);
const warnings_1 = __webpack_require__(6002);
class PagedApiCaller {
    pageDescriptor;
    /**
     * Creates an API caller that returns a stream to performs page-streaming.
     *
     * @private
     * @constructor
     * @param {PageDescriptor} pageDescriptor - indicates the structure
     *   of page streaming to be performed.
     */
    constructor(pageDescriptor) {
        this.pageDescriptor = pageDescriptor;
    }
    /**
     * This function translates between regular gRPC calls (that accepts a request and returns a response,
     * and does not know anything about pages and page tokens) and the users' callback (that expects
     * to see resources from one page, a request to get the next page, and the raw response from the server).
     *
     * It generates a function that can be passed as a callback function to a gRPC call, will understand
     * pagination-specific fields in the response, and call the users' callback after having those fields
     * parsed.
     *
     * @param request Request object. It needs to be passed to all subsequent next page requests
     * (the main content of the request object stays unchanged, only the next page token changes)
     * @param callback The user's callback that expects the page content, next page request, and raw response.
     */
    generateParseResponseCallback(request, callback) {
        const resourceFieldName = this.pageDescriptor.resourceField;
        const responsePageTokenFieldName = this.pageDescriptor.responsePageTokenField;
        const requestPageTokenFieldName = this.pageDescriptor.requestPageTokenField;
        return (err, response) => {
            if (err) {
                callback(err);
                return;
            }
            if (!request) {
                callback(new googleError_1.GoogleError('Undefined request in pagination method callback.'));
                return;
            }
            if (!response) {
                callback(new googleError_1.GoogleError('Undefined response in pagination method callback.'));
                return;
            }
            const resources = response[resourceFieldName] || [];
            const pageToken = response[responsePageTokenFieldName];
            let nextPageRequest = null;
            if (pageToken) {
                nextPageRequest = Object.assign({}, request);
                nextPageRequest[requestPageTokenFieldName] = pageToken;
            }
            callback(err, resources, nextPageRequest, response);
        };
    }
    /**
     * Adds a special ability to understand pagination-specific fields to the existing gRPC call.
     * The original gRPC call just calls callback(err, result).
     * The wrapped one will call callback(err, resources, nextPageRequest, rawResponse) instead.
     *
     * @param func gRPC call (normally, a service stub call). The gRPC call is expected to accept four parameters:
     * request, metadata, call options, and callback.
     */
    wrap(func) {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const self = this;
        return function wrappedCall(argument, metadata, options, callback) {
            return func(argument, metadata, options, self.generateParseResponseCallback(argument, callback));
        };
    }
    /**
     * Makes it possible to use both callback-based and promise-based calls.
     * Returns an OngoingCall or OngoingCallPromise object.
     * Regardless of which one is returned, it always has a `.callback` to call.
     *
     * @param settings Call settings. Can only be used to replace Promise with another promise implementation.
     * @param [callback] Callback to be called, if any.
     */
    init(callback) {
        if (callback) {
            return new call_1.OngoingCall(callback);
        }
        return new call_1.OngoingCallPromise();
    }
    /**
     * Implements auto-pagination logic.
     *
     * @param apiCall A function that performs gRPC request and calls its callback with a response or an error.
     * It's supposed to be a gRPC service stub function wrapped into several layers of wrappers that make it
     * accept just two parameters: (request, callback).
     * @param request A request object that came from the user.
     * @param settings Call settings. We are interested in `maxResults` and `autoPaginate` (they are optional).
     * @param ongoingCall An instance of OngoingCall or OngoingCallPromise that can be used for call cancellation,
     * and is used to return results to the user.
     */
    call(apiCall, request, settings, ongoingCall) {
        request = Object.assign({}, request);
        if (!settings.autoPaginate) {
            // they don't want auto-pagination this time - okay, just call once
            ongoingCall.call(apiCall, request);
            return;
        }
        if (request.pageSize && settings.autoPaginate) {
            (0, warnings_1.warn)('autoPaginate true', 'Providing a pageSize without setting autoPaginate to false will still return all results. See https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#auto-pagination for more information on how to configure manual paging', 'AutopaginateTrueWarning');
        }
        const maxResults = settings.maxResults || -1;
        const resourceCollector = new resourceCollector_1.ResourceCollector(apiCall, maxResults);
        resourceCollector.processAllPages(request).then(resources => ongoingCall.callback(null, resources), err => ongoingCall.callback(err));
    }
    fail(ongoingCall, err) {
        ongoingCall.callback(err);
    }
    result(ongoingCall) {
        return ongoingCall.promise;
    }
}
exports.PagedApiCaller = PagedApiCaller;
//# sourceMappingURL=pagedApiCaller.js.map

/***/ }),

/***/ 4406:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResourceCollector = void 0;
/**
 * ResourceCollector class implements asynchronous logic of calling the API call that supports pagination,
 * page by page, collecting all resources (up to `maxResults`) in the array.
 *
 * Usage:
 *   const resourceCollector = new ResourceCollector(apiCall, maxResults); // -1 for unlimited
 *   resourceCollector.processAllPages(request).then(resources => ...);
 */
class ResourceCollector {
    apiCall;
    resources;
    maxResults;
    resolveCallback;
    rejectCallback;
    constructor(apiCall, maxResults = -1) {
        this.apiCall = apiCall;
        this.resources = [];
        this.maxResults = maxResults;
    }
    callback(err, resources, nextPageRequest) {
        if (err) {
            // Something went wrong with this request - failing everything
            this.rejectCallback(err);
            return;
        }
        // Process one page
        for (const resource of resources) {
            this.resources.push(resource);
            if (this.resources.length === this.maxResults) {
                nextPageRequest = null;
                break;
            }
        }
        // All done?
        if (!nextPageRequest) {
            this.resolveCallback(this.resources);
            return;
        }
        // Schedule the next call
        const callback = (...args) => this.callback(...args);
        setImmediate(this.apiCall, nextPageRequest, callback);
    }
    processAllPages(firstRequest) {
        return new Promise((resolve, reject) => {
            this.resolveCallback = resolve;
            this.rejectCallback = reject;
            // Schedule the first call
            const callback = (...args) => this.callback(...args);
            setImmediate(this.apiCall, firstRequest, callback);
        });
    }
}
exports.ResourceCollector = ResourceCollector;
//# sourceMappingURL=resourceCollector.js.map

/***/ }),

/***/ 55818:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PathTemplate = void 0;
class PathTemplate {
    data;
    bindings = {};
    segments;
    size;
    /**
     * @param {String} data the of the template
     *
     * @constructor
     */
    constructor(data) {
        this.data = data;
        this.segments = this.parsePathTemplate(data);
        this.size = this.segments.length;
    }
    /**
     * Matches a fully-qualified path template string.
     *
     * @param {String} path a fully-qualified path template string
     * @return {Object} contains const names matched to binding values
     * @throws {TypeError} if path can't be matched to this template
     */
    match(path) {
        let pathSegments = path.split('/');
        const bindings = {};
        if (pathSegments.length !== this.segments.length) {
            // if the path contains a wildcard, then the length may differ by 1.
            if (!this.data.includes('**')) {
                throw new TypeError(`This path ${path} does not match path template ${this.data}, the number of parameters is not same.`);
            }
            else if (pathSegments.length !== this.segments.length + 1) {
                throw new TypeError(`This path ${path} does not match path template ${this.data}, the number of parameters is not same with one wildcard.`);
            }
        }
        for (let index = 0; index < this.segments.length && pathSegments.length > 0; index++) {
            if (this.segments[index] !== pathSegments[0]) {
                if (!this.segments[index].includes('*')) {
                    throw new TypeError(`segment does not match, ${this.segments[index]} and  ${pathSegments[index]}.`);
                }
                else {
                    let segment = this.segments[index];
                    const matches = segment.match(/\{[$0-9a-zA-Z_]+=.*?\}/g);
                    if (!matches) {
                        throw new Error(`Error processing path template segment ${segment}`);
                    }
                    const variables = matches.map(str => str.replace(/^\{/, '').replace(/=.*/, ''));
                    if (segment.includes('**')) {
                        bindings[variables[0]] = pathSegments[0] + '/' + pathSegments[1];
                        pathSegments = pathSegments.slice(2);
                    }
                    else {
                        // atomic resource
                        if (variables.length === 1) {
                            bindings[variables[0]] = pathSegments[0];
                        }
                        else {
                            // non-slash resource
                            // segment: {blurb_id=*}.{legacy_user=*} to match pathSegments: ['bar.user2']
                            // split the match pathSegments[0] -> value: ['bar', 'user2']
                            // compare the length of two arrays, and compare array items
                            const value = pathSegments[0].split(/[-_.~]/);
                            if (value.length !== variables.length) {
                                throw new Error(`segment ${segment} does not match ${pathSegments[0]}`);
                            }
                            for (const v of variables) {
                                bindings[v] = value[0];
                                segment = segment.replace(`{${v}=*}`, `${value[0]}`);
                                value.shift();
                            }
                            // segment: {blurb_id=*}.{legacy_user=*} matching pathSegments: ['bar~user2'] should fail
                            if (segment !== pathSegments[0]) {
                                throw new TypeError(`non slash resource pattern ${this.segments[index]} and ${pathSegments[0]} should have same separator`);
                            }
                        }
                        pathSegments.shift();
                    }
                }
            }
            else {
                pathSegments.shift();
            }
        }
        return bindings;
    }
    /**
     * Renders a path template using the provided bindings.
     *
     * @param {Object} bindings a mapping of const names to binding strings
     * @return {String} a rendered representation of the path template
     * @throws {TypeError} if a key is missing, or if a sub-template cannot be
     *   parsed
     */
    render(bindings) {
        if (Object.keys(bindings).length !== Object.keys(this.bindings).length) {
            throw new TypeError(`The number of variables ${Object.keys(bindings).length} does not match the number of needed variables ${Object.keys(this.bindings).length}`);
        }
        let path = this.inspect();
        for (const key of Object.keys(bindings)) {
            const b = bindings[key].toString();
            if (!this.bindings[key]) {
                throw new TypeError(`render fails for not matching ${bindings[key]}`);
            }
            const variable = this.bindings[key];
            if (variable === '*') {
                if (!b.match(/[^/{}]+/)) {
                    throw new TypeError(`render fails for not matching ${b}`);
                }
                path = path.replace(`{${key}=*}`, `${b}`);
            }
            else if (variable === '**') {
                if (!b.match(/[^{}]+/)) {
                    throw new TypeError(`render fails for not matching ${b}`);
                }
                path = path.replace(`{${key}=**}`, `${b}`);
            }
        }
        return path;
    }
    /**
     * Renders the path template.
     *
     * @return {string} contains const names matched to binding values
     */
    inspect() {
        return this.segments.join('/');
    }
    /**
     * Parse the path template.
     *
     * @return {string[]} return segments of the input path.
     * For example: 'buckets/{hello}'' will give back ['buckets', {hello=*}]
     */
    parsePathTemplate(data) {
        const pathSegments = splitPathTemplate(data);
        let index = 0;
        let wildCardCount = 0;
        const segments = [];
        let matches;
        pathSegments.forEach(segment => {
            // * or ** -> segments.push('{$0=*}');
            //         -> bindings['$0'] = '*'
            if (segment === '*' || segment === '**') {
                this.bindings[`$${index}`] = segment;
                segments.push(`{$${index}=${segment}}`);
                index = index + 1;
                if (segment === '**') {
                    ++wildCardCount;
                }
            }
            else if ((matches = segment.match(/\{[0-9a-zA-Z-.~_]+(?:=.*?)?\}/g))) {
                for (const subsegment of matches) {
                    const pairMatch = subsegment.match(/^\{([0-9a-zA-Z-.~_]+)(?:=(.*?))?\}$/);
                    if (!pairMatch) {
                        throw new Error(`Cannot process path template segment ${subsegment}`);
                    }
                    const key = pairMatch[1];
                    let value = pairMatch[2];
                    if (!value) {
                        value = '*';
                        segment = segment.replace(key, key + '=*');
                        this.bindings[key] = value;
                    }
                    else if (value === '*') {
                        this.bindings[key] = value;
                    }
                    else if (value === '**') {
                        ++wildCardCount;
                        this.bindings[key] = value;
                    }
                }
                segments.push(segment);
            }
            else if (segment.match(/[0-9a-zA-Z-.~_]+/)) {
                segments.push(segment);
            }
        });
        if (wildCardCount > 1) {
            throw new TypeError('Can not have more than one wildcard.');
        }
        return segments;
    }
}
exports.PathTemplate = PathTemplate;
/**
 * Split the path template by `/`.
 * It can not be simply splitted by `/` because there might be `/` in the segments.
 * For example: 'a/b/{a=hello/world}' we do not want to break the brackets pair
 * so above path will be splitted as ['a', 'b', '{a=hello/world}']
 */
function splitPathTemplate(data) {
    let left = 0;
    let right = 0;
    let bracketCount = 0;
    const segments = [];
    while (right >= left && right < data.length) {
        if (data.charAt(right) === '{') {
            bracketCount = bracketCount + 1;
        }
        else if (data.charAt(right) === '}') {
            bracketCount = bracketCount - 1;
        }
        else if (data.charAt(right) === '/') {
            if (right === data.length - 1) {
                throw new TypeError('Invalid path, it can not be ended by /');
            }
            if (bracketCount === 0) {
                // complete bracket, to avoid the case a/b/**/*/{a=hello/world}
                segments.push(data.substring(left, right));
                left = right + 1;
            }
        }
        if (right === data.length - 1) {
            if (bracketCount !== 0) {
                throw new TypeError('Brackets are invalid.');
            }
            segments.push(data.substring(left));
        }
        right = right + 1;
    }
    return segments;
}
//# sourceMappingURL=pathTemplate.js.map

/***/ }),

/***/ 19768:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2026 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resumableSourceFromFile = resumableSourceFromFile;
const featureDetection_1 = __webpack_require__(88870);
/**
 * Creates a {@link ResumableSource} backed by a local file.
 *
 * This factory lives outside the fallback transport entrypoint so browser
 * builds do not pull in the Node.js `fs` module. Generated clients should
 * delegate to this function rather than constructing file streams directly.
 */
function resumableSourceFromFile(filePath) {
    if (!(0, featureDetection_1.isNodeJS)()) {
        throw new Error('resumableSourceFromFile is only supported in Node.js environments.');
    }
    const fs = __webpack_require__(79896);
    const stat = fs.statSync(filePath);
    return {
        size: stat.size,
        getStream: (offset) => {
            const start = offset ?? 0;
            if (start < 0 || start > stat.size) {
                throw new RangeError(`Invalid start offset ${start} for file of size ${stat.size}.`);
            }
            return fs.createReadStream(filePath, { start });
        },
    };
}
//# sourceMappingURL=resumableSourceFromFile.js.map

/***/ }),

/***/ 47714:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * Copyright 2026 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResumableUploadSession = exports.ResumableUploadApiCaller = exports.ResumableUploadDescriptor = exports.resumableUploadStub = exports.ResumableUploadState = exports.DEFAULT_STALL_TIMEOUT_MS = exports.DEFAULT_PER_REQUEST_TIMEOUT_MS = exports.DEFAULT_MAX_INNER_RETRIES = exports.MAX_GLOBAL_DEADLINE_MS = exports.DEFAULT_GLOBAL_DEADLINE_MS = exports.DEFAULT_CHUNK_SIZE = void 0;
const serializer = __importStar(__webpack_require__(49037));
const call_1 = __webpack_require__(15395);
const fallbackRest_1 = __webpack_require__(36879);
const gax_1 = __webpack_require__(27383);
const googleError_1 = __webpack_require__(61552);
const status_1 = __webpack_require__(39705);
const transcoding_1 = __webpack_require__(71411);
exports.DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
exports.DEFAULT_GLOBAL_DEADLINE_MS = 10 * 60 * 1000;
exports.MAX_GLOBAL_DEADLINE_MS = 24 * 60 * 60 * 1000;
exports.DEFAULT_MAX_INNER_RETRIES = 5;
exports.DEFAULT_PER_REQUEST_TIMEOUT_MS = 60 * 1000;
exports.DEFAULT_STALL_TIMEOUT_MS = 15 * 1000;
// Assumed sustained upload throughput, in bytes per millisecond, used to
// scale the global deadline when `uploadSize` is provided (~5 MB/s).
const DEFAULT_UPLOAD_RATE_BYTES_PER_MS = 5 * 1024;
// Resumable upload protocol headers.
const UPLOAD_PROTOCOL_HEADER = 'x-goog-upload-protocol';
const UPLOAD_PROTOCOL_RESUMABLE = 'resumable';
const UPLOAD_COMMAND_HEADER = 'x-goog-upload-command';
const UPLOAD_OFFSET_HEADER = 'x-goog-upload-offset';
const UPLOAD_URL_HEADER = 'x-goog-upload-url';
const UPLOAD_STATUS_HEADER = 'x-goog-upload-status';
const UPLOAD_SIZE_RECEIVED_HEADER = 'x-goog-upload-size-received';
const UPLOAD_CHUNK_GRANULARITY_HEADER = 'x-goog-upload-chunk-granularity';
// Resumable upload protocol commands.
const COMMAND_START = 'start';
const COMMAND_UPLOAD = 'upload';
const COMMAND_QUERY = 'query';
const COMMAND_FINALIZE = 'finalize';
const COMMAND_CANCEL = 'cancel';
const COMMAND_UPLOAD_FINALIZE = 'upload, finalize';
// Category 1 errors are transient and can be retried without modification.
const CATEGORY_1_RETRY_CODES = new Set([408, 429, 500, 502, 503, 504]);
// Category 2 errors are state mismatches; recovery must query the server for
// the committed byte offset before retrying.
const CATEGORY_2_RETRY_CODES = new Set([400, 409, 412, 416]);
/** The possible states of a resumable upload session. */
var ResumableUploadState;
(function (ResumableUploadState) {
    /** The upload has not yet begun transmitting. */
    ResumableUploadState["STARTING"] = "STARTING";
    /** The stream transfer is in progress. */
    ResumableUploadState["TRANSMISSION"] = "TRANSMISSION";
    /** The transfer is complete, but we are waiting for confirmation. */
    ResumableUploadState["FINALIZING"] = "FINALIZING";
    /** Recovery from an existing upload session URL. */
    ResumableUploadState["RECOVERY"] = "RECOVERY";
})(ResumableUploadState || (exports.ResumableUploadState = ResumableUploadState = {}));
/** Transient error that should be retried (Category 1). */
class TransientError extends Error {
}
/** State mismatch error that triggers the recovery phase (Category 2). */
class Category2Error extends Error {
    httpStatusCode;
    constructor(message, httpStatusCode) {
        super(message);
        this.httpStatusCode = httpStatusCode;
        this.code = status_1.Status.FAILED_PRECONDITION;
    }
    code;
}
/** Fatal error that cannot be recovered from (Category 3). */
class Category3Error extends Error {
    constructor(message, httpStatusCode) {
        super(message);
        if (httpStatusCode !== undefined) {
            this.code = (0, status_1.rpcCodeFromHttpStatusCode)(httpStatusCode);
        }
    }
    code;
}
/** Raised when an in-flight request made no progress for too long. */
class StallError extends Error {
}
/**
 * Internal signal used to restart transmission from a server-committed
 * offset by opening a fresh stream from the `ResumableSource`.
 */
class RestartUploadError extends Error {
    offset;
    constructor(offset) {
        super(`Restarting the resumable upload transmission from byte ${offset}.`);
        this.offset = offset;
    }
}
function createGoogleError(message, code) {
    const err = new googleError_1.GoogleError(message);
    if (code !== undefined) {
        err.code = code;
    }
    return err;
}
/**
 * A no-op RPC stub used by GAPIC-generated resumable upload methods.
 * Resumable uploads perform their own HTTP requests through the
 * {@link ResumableUploadSession} object, so the stub passed to
 * `createApiCall` is never invoked.
 */
exports.resumableUploadStub = (() => {
    return { cancel() { } };
});
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
function asBuffer(chunk) {
    if (Buffer.isBuffer(chunk)) {
        return chunk;
    }
    if (chunk instanceof Uint8Array) {
        return Buffer.from(chunk);
    }
    return Buffer.from(String(chunk));
}
function parseHeaderInt(value) {
    if (value === null || value === '') {
        return null;
    }
    const parsed = parseInt(value, 10);
    return Number.isNaN(parsed) || parsed < 0 ? null : parsed;
}
function parsePositiveHeaderInt(value) {
    const parsed = parseHeaderInt(value);
    return parsed === null || parsed <= 0 ? null : parsed;
}
/**
 * Descriptor that identifies a method as a resumable upload method and
 * provides the caller that constructs the {@link ResumableUploadSession}
 * object.
 */
class ResumableUploadDescriptor {
    uploadPrefix;
    constructor(uploadPrefix = '/resumable/upload') {
        this.uploadPrefix = uploadPrefix;
    }
    getApiCaller() {
        return new ResumableUploadApiCaller(this);
    }
}
exports.ResumableUploadDescriptor = ResumableUploadDescriptor;
/**
 * API caller for resumable upload methods. The GAPIC method call resolves
 * with a {@link ResumableUploadSession} object; the actual upload state
 * machine is driven by {@link ResumableUploadSession.start}.
 */
class ResumableUploadApiCaller {
    descriptor;
    constructor(descriptor) {
        this.descriptor = descriptor;
    }
    init(callback) {
        if (callback) {
            return new call_1.OngoingCall(callback);
        }
        return new call_1.OngoingCallPromise();
    }
    // The regular API call function is never invoked for resumable uploads;
    // the upload session performs its own HTTP requests.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    wrap(func) {
        return func;
    }
    call(
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    apiCall, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    argument, settings, canceller) {
        const context = settings.resumableUpload;
        if (!context) {
            canceller.callback(createGoogleError('The resumable upload transport context was not provided. ' +
                'This is a bug in the generated client library.'));
            return;
        }
        const settingsStartHeaders = settings.otherArgs?.headers
            ? Object.fromEntries(Object.entries(settings.otherArgs.headers).map(([k, v]) => [
                k,
                String(v),
            ]))
            : undefined;
        const session = new ResumableUploadSession({
            ...context,
            uploadPrefix: context.uploadPrefix ??
                this.descriptor.uploadPrefix ??
                '/resumable/upload',
            defaultTimeout: context.defaultTimeout ?? settings.timeout,
            defaultRetry: context.defaultRetry !== undefined
                ? context.defaultRetry
                : settings.retry,
            defaultStartHeaders: settingsStartHeaders || context.defaultStartHeaders
                ? {
                    ...(settingsStartHeaders ?? {}),
                    ...(context.defaultStartHeaders ?? {}),
                }
                : undefined,
        });
        canceller.completed = true;
        canceller.callback(null, session);
    }
    fail(canceller, err) {
        canceller.callback(err);
    }
    result(canceller) {
        return canceller.promise;
    }
}
exports.ResumableUploadApiCaller = ResumableUploadApiCaller;
/**
 * Client-side state machine for the resumable upload protocol.
 *
 * A `ResumableUploadSession` object is returned by a GAPIC-generated client
 * method for a resumable upload RPC. The user calls
 * {@link ResumableUploadSession.start}
 * with a source and upload parameters, optionally supplies a `resumeUrl` from
 * a previous session, and awaits {@link ResumableUploadSession.finished} for the
 * final RPC response.
 */
class ResumableUploadSession {
    context;
    params = null;
    state_ = ResumableUploadState.STARTING;
    uploadUrl_ = null;
    committedBytes_ = 0;
    startTimeMs = 0;
    globalDeadlineMs = exports.DEFAULT_GLOBAL_DEADLINE_MS;
    effectiveChunkSize_ = exports.DEFAULT_CHUNK_SIZE;
    negotiatedGranularity_ = null;
    activeAbortController = null;
    activeStream_ = null;
    activeIterator_ = null;
    deadlineTimer = null;
    stallTimer = null;
    canceled_ = false;
    started_ = false;
    done_ = false;
    finishedPromise_;
    resolveFinished_;
    rejectFinished_;
    constructor(context) {
        this.context = context;
        this.finishedPromise_ = new Promise((resolve, reject) => {
            this.resolveFinished_ = resolve;
            this.rejectFinished_ = reject;
        });
    }
    /** The session URL, available once the upload session has been started. */
    get uploadUrl() {
        return this.uploadUrl_;
    }
    /** The current state of the upload session. */
    get state() {
        return this.state_;
    }
    /** The actual chunk size used for the session (granularity rounded). */
    get chunkSize() {
        return this.started_ ? this.effectiveChunkSize_ : null;
    }
    /** The number of bytes the server has committed so far. */
    get committedBytes() {
        return this.committedBytes_;
    }
    /**
     * Cancels the upload session, aborts any in-flight HTTP request, releases
     * the active upload source stream, and rejects the promise returned by
     * {@link ResumableUploadSession.finished}.
     */
    cancel() {
        if (this.canceled_ || this.done_) {
            return;
        }
        this.canceled_ = true;
        this.clearDeadlineTimer();
        this.clearStallTimer();
        if (this.uploadUrl_) {
            // Best-effort server-side cancellation of the session.
            const controller = new AbortController();
            this.context.auth
                .request({
                url: this.uploadUrl_,
                method: 'POST',
                headers: {
                    [UPLOAD_PROTOCOL_HEADER]: UPLOAD_PROTOCOL_RESUMABLE,
                    [UPLOAD_COMMAND_HEADER]: COMMAND_CANCEL,
                },
                signal: controller.signal,
                responseType: 'text',
                timeout: this.getPerRequestTimeoutMs(),
                validateStatus: () => true,
            })
                .catch(() => { });
        }
        this.activeAbortController?.abort();
        // Release the active upload source stream so the transmission loop does
        // not stay subscribed to it indefinitely (for example, when it is
        // stalled).
        this.releaseActiveStream();
        const err = createGoogleError('The resumable upload was cancelled.', status_1.Status.CANCELLED);
        this.rejectFinished_(err);
    }
    /**
     * Starts the upload session and begins transmitting the source.
     *
     * The returned promise resolves once the upload session has been
     * established (either via the `start` command or via recovery from a
     * `resumeUrl`) and the transmission loop is running. Await
     * {@link ResumableUploadSession.finished} for the final response.
     */
    async start(params) {
        if (this.started_) {
            throw createGoogleError('The resumable upload has already been started.');
        }
        if (this.canceled_) {
            throw createGoogleError('The resumable upload was cancelled.');
        }
        if (!params.uploadSource) {
            throw createGoogleError('uploadSource must be provided to start a resumable upload.');
        }
        this.params = params;
        this.started_ = true;
        this.startTimeMs = Date.now();
        this.globalDeadlineMs = this.computeGlobalDeadlineMs(params);
        this.armDeadlineTimer();
        let sessionUrl;
        let finalResponse;
        try {
            if (params.resumeUrl) {
                this.state_ = ResumableUploadState.RECOVERY;
                const queried = await this.queryOffset(params.resumeUrl);
                this.uploadUrl_ = params.resumeUrl;
                this.committedBytes_ = queried.offset;
                this.effectiveChunkSize_ = this.computeEffectiveChunkSize(params.chunkSize, queried.granularity);
                this.reportProgress();
                sessionUrl = params.resumeUrl;
                finalResponse = queried.finalResponse;
            }
            else {
                this.state_ = ResumableUploadState.STARTING;
                const started = await this.sendStart();
                sessionUrl = started.uploadUrl;
                this.uploadUrl_ = sessionUrl;
                this.effectiveChunkSize_ = this.computeEffectiveChunkSize(params.chunkSize, started.granularity);
                if (started.committedOffset !== undefined) {
                    this.committedBytes_ = started.committedOffset;
                    this.reportProgress();
                }
                finalResponse = started.finalResponse;
            }
        }
        catch (err) {
            // Session setup failed before transmission began; make sure awaiting
            // `finished()` does not hang forever.
            this.done_ = true;
            this.clearDeadlineTimer();
            this.rejectFinished_(err);
            throw err;
        }
        if (finalResponse !== undefined) {
            this.state_ = ResumableUploadState.FINALIZING;
            this.done_ = true;
            this.clearDeadlineTimer();
            this.resolveFinished_(finalResponse);
            return;
        }
        this.state_ = ResumableUploadState.TRANSMISSION;
        // The transmission loop runs in the background; `start()` resolves once
        // the session is established so the user can inspect `uploadUrl`.
        void this.runTransmission(sessionUrl);
    }
    /**
     * Returns a promise that resolves with the final RPC response when the
     * upload completes, or rejects if the upload fails or is cancelled.
     */
    finished() {
        return this.finishedPromise_;
    }
    /** Total payload size in bytes, preferring the explicit upload size. */
    uploadSizeForDeadline(params) {
        if (params.uploadSize !== undefined && params.uploadSize > 0) {
            return params.uploadSize;
        }
        return params.uploadSource.size > 0 ? params.uploadSource.size : 0;
    }
    computeGlobalDeadlineMs(params) {
        if (params.globalDeadlineMs !== undefined && params.globalDeadlineMs > 0) {
            return params.globalDeadlineMs;
        }
        let deadline = exports.DEFAULT_GLOBAL_DEADLINE_MS;
        const uploadSize = this.uploadSizeForDeadline(params);
        if (uploadSize > 0) {
            const scaled = Math.ceil(uploadSize / DEFAULT_UPLOAD_RATE_BYTES_PER_MS);
            deadline = Math.max(deadline, scaled);
        }
        return Math.min(deadline, exports.MAX_GLOBAL_DEADLINE_MS);
    }
    computeEffectiveChunkSize(chunkSize, granularity) {
        const requested = chunkSize ?? exports.DEFAULT_CHUNK_SIZE;
        if (!granularity || granularity <= 0) {
            return requested;
        }
        this.negotiatedGranularity_ = granularity;
        const effective = Math.floor(requested / granularity) * granularity;
        // Non-final chunks must be a multiple of the server granularity. If the
        // user's requested chunk size rounds down to zero, fall back to the
        // smallest legal chunk size.
        return effective > 0 ? effective : granularity;
    }
    async sendStart() {
        const rpc = this.context.rpc;
        if (!rpc.resolvedRequestType) {
            throw new Category3Error(`Cannot start resumable upload for method ${rpc.name}: ` +
                'the resolved request type is unavailable.');
        }
        const message = rpc.resolvedRequestType.fromObject(this.context.request);
        const json = serializer.toProto3JSON(message, {
            numericEnums: this.context.numericEnums ?? false,
        });
        if (!json || typeof json !== 'object' || Array.isArray(json)) {
            throw new Category3Error(`Cannot serialize the request for resumable upload method ${rpc.name}.`);
        }
        let queryString = '';
        let transcodedPath = '';
        let bodyPayload = json;
        try {
            const transcoded = (0, transcoding_1.transcode)(json, rpc.parsedOptions);
            if (transcoded) {
                queryString = transcoded.queryString ?? '';
                transcodedPath = transcoded.url
                    ? transcoded.url.replace(/^\/?/, '/')
                    : '';
                bodyPayload = transcoded.data === '' ? {} : transcoded.data;
            }
        }
        catch {
            // The method may not have a google.api.http rule; the request body is
            // still sent as proto JSON to the upload endpoint.
        }
        if (this.context.numericEnums) {
            queryString = `${queryString ? `${queryString}&` : ''}$alt=json%3Benum-encoding=int`;
        }
        if (this.context.minifyJson) {
            queryString = `${queryString ? `${queryString}&` : ''}$prettyPrint=0`;
        }
        const uploadPrefix = (this.context.uploadPrefix ?? '/resumable/upload').replace(/\/$/, '');
        const url = `${this.getEndpointBase()}${uploadPrefix}${transcodedPath}${queryString ? `?${queryString}` : ''}`;
        const body = JSON.stringify(bodyPayload);
        const knownSize = this.params ? this.uploadSizeForDeadline(this.params) : 0;
        const startHeaders = {
            'content-type': 'application/json',
            ...(knownSize > 0
                ? { 'x-goog-upload-header-content-length': String(knownSize) }
                : {}),
            ...(this.context.defaultStartHeaders ?? {}),
            ...(this.params?.startHeaders ?? {}),
        };
        const response = await this.sendCommandWithRetry(url, COMMAND_START, body, -1, startHeaders);
        const uploadUrl = response.headers.get(UPLOAD_URL_HEADER);
        if (!uploadUrl) {
            throw new Category3Error('The resumable upload start response did not include a ' +
                `${UPLOAD_URL_HEADER} header.`);
        }
        const granularity = parsePositiveHeaderInt(response.headers.get(UPLOAD_CHUNK_GRANULARITY_HEADER));
        // A successful start normally includes X-Goog-Upload-Status. If it is
        // missing, the session was still created: reconcile with a query and
        // resume from the server-committed offset instead of failing.
        if (response.headers.get(UPLOAD_STATUS_HEADER) === null) {
            this.state_ = ResumableUploadState.RECOVERY;
            const queried = await this.queryOffset(uploadUrl);
            return {
                uploadUrl,
                granularity: granularity ?? queried.granularity,
                committedOffset: queried.offset,
                finalResponse: queried.finalResponse,
            };
        }
        return { uploadUrl, granularity };
    }
    /**
     * Builds the protocol/host/port prefix for upload endpoints, parsing a
     * `host:port` form from `servicePath` when present (matching the fallback
     * transport behavior).
     */
    getEndpointBase() {
        let servicePath = this.context.servicePath;
        let servicePort = this.context.servicePort;
        const match = servicePath.match(/^(\[[^\]]+\]|[^:]+):(\d+)$/);
        if (match) {
            servicePath = match[1];
            servicePort = parseInt(match[2], 10);
        }
        return `${this.context.protocol}://${servicePath}:${servicePort}`;
    }
    async queryOffset(sessionUrl) {
        this.state_ = ResumableUploadState.RECOVERY;
        const response = await this.sendCommandWithRetry(sessionUrl, COMMAND_QUERY, null, -1, undefined);
        if (response.status < 200 || response.status >= 300) {
            throw new Category3Error(`Resumable upload recovery query failed: HTTP ${response.status}.`, response.status);
        }
        const uploadStatus = response.headers.get(UPLOAD_STATUS_HEADER);
        const size = parseHeaderInt(response.headers.get(UPLOAD_SIZE_RECEIVED_HEADER));
        const granularity = parsePositiveHeaderInt(response.headers.get(UPLOAD_CHUNK_GRANULARITY_HEADER));
        if (uploadStatus === 'final') {
            const finalResponse = this.decodeFinalResponse(response);
            const offset = size ??
                (this.params ? this.uploadSizeForDeadline(this.params) : 0) ??
                this.committedBytes_;
            return { offset, granularity, finalResponse };
        }
        if (size === null) {
            throw new Category3Error('The resumable upload recovery query did not include a ' +
                `${UPLOAD_SIZE_RECEIVED_HEADER} header.`);
        }
        return { offset: size, granularity };
    }
    async runTransmission(sessionUrl) {
        try {
            // Annotated rather than inferred: Buffer.alloc() narrows to
            // Buffer<ArrayBuffer>, while the remainder returned by readNextChunk()
            // and skipBytes() is the wider Buffer<ArrayBufferLike>.
            let buffer = Buffer.alloc(0);
            let offset = this.committedBytes_;
            let response = null;
            await this.openSourceAt(offset);
            // eslint-disable-next-line no-constant-condition
            while (true) {
                this.assertActive();
                this.assertDeadline();
                const read = await this.readNextChunk(buffer);
                buffer = read.remainder;
                if (read.chunk === null) {
                    // EOF with no pending bytes: either the stream was empty or the
                    // payload ended exactly on a chunk boundary. Send the finalize
                    // command on its own.
                    this.state_ = ResumableUploadState.FINALIZING;
                    response = await this.transmitFinalize(sessionUrl, offset);
                    break;
                }
                const transmit = await this.transmitChunk(sessionUrl, read.chunk, offset, read.eof);
                offset = transmit.newOffset;
                if (!transmit.recoveredFinal) {
                    this.committedBytes_ = offset;
                    this.reportProgress();
                }
                if (transmit.skipAhead > 0) {
                    if (buffer.length >= transmit.skipAhead) {
                        buffer = buffer.subarray(transmit.skipAhead);
                    }
                    else {
                        buffer = await this.skipBytes(transmit.skipAhead - buffer.length);
                    }
                }
                if (transmit.finalized) {
                    response = transmit.response;
                    break;
                }
            }
            if (this.state_ !== ResumableUploadState.FINALIZING) {
                this.state_ = ResumableUploadState.FINALIZING;
            }
            if (response === null) {
                throw new Category3Error('The resumable upload completed without a final response.');
            }
            this.done_ = true;
            this.clearDeadlineTimer();
            this.resolveFinished_(response);
        }
        catch (err) {
            if (err instanceof RestartUploadError) {
                // The server reported an offset that is not covered by the local
                // buffer. Re-open the source at the committed offset and continue.
                try {
                    this.committedBytes_ = err.offset;
                    this.state_ = ResumableUploadState.TRANSMISSION;
                    // Restart the transmission loop from the new offset.
                    await this.runTransmission(sessionUrl);
                    return;
                }
                catch (restartErr) {
                    if (!this.canceled_) {
                        this.done_ = true;
                        this.clearDeadlineTimer();
                        this.rejectFinished_(restartErr);
                    }
                    return;
                }
            }
            if (!this.canceled_) {
                this.done_ = true;
                this.clearDeadlineTimer();
                this.rejectFinished_(err);
            }
        }
        finally {
            this.releaseActiveStream();
        }
    }
    /**
     * Arms a watchdog timer that enforces the global deadline across the whole
     * session, including time spent waiting for data from the upload stream
     * (which the point-in-time {@link assertDeadline} checks cannot cover).
     */
    armDeadlineTimer() {
        this.clearDeadlineTimer();
        this.deadlineTimer = setTimeout(() => {
            if (this.canceled_ || this.done_) {
                return;
            }
            // Abort any in-flight request and release the stream so the
            // transmission loop terminates instead of remaining suspended.
            this.activeAbortController?.abort();
            this.clearStallTimer();
            this.releaseActiveStream();
            this.done_ = true;
            this.rejectFinished_(this.deadlineError());
        }, this.globalDeadlineMs);
    }
    clearDeadlineTimer() {
        if (this.deadlineTimer) {
            clearTimeout(this.deadlineTimer);
            this.deadlineTimer = null;
        }
    }
    clearStallTimer() {
        if (this.stallTimer) {
            clearTimeout(this.stallTimer);
            this.stallTimer = null;
        }
    }
    /**
     * Opens the current upload stream from the source at the given byte
     * offset, releasing any previously active stream first.
     */
    async openSourceAt(offset) {
        const source = this.params?.uploadSource;
        if (!source) {
            throw createGoogleError('Cannot open the upload source because start() was not called.');
        }
        this.releaseActiveStream();
        const stream = source.getStream(offset);
        this.activeStream_ = stream;
        this.activeIterator_ = stream[Symbol.asyncIterator]();
    }
    /**
     * Best-effort release of the active upload stream, so a transmission
     * loop blocked waiting for stream data does not stay subscribed forever.
     */
    releaseActiveStream() {
        if (this.activeStream_) {
            this.activeStream_.destroy?.();
            this.activeStream_ = null;
            this.activeIterator_ = null;
        }
    }
    deadlineError() {
        return createGoogleError('The resumable upload exceeded its global deadline of ' +
            `${this.globalDeadlineMs} ms.`, status_1.Status.DEADLINE_EXCEEDED);
    }
    /**
     * Reads the next chunk of the requested size from the stream, aggregating
     * stream data events until the chunk is full or the stream ends.
     */
    async readNextChunk(buffer) {
        const iterator = this.activeIterator_;
        if (!iterator) {
            throw createGoogleError('Cannot read from the upload source because it is not open.');
        }
        const chunkSize = this.effectiveChunkSize_;
        while (buffer.length < chunkSize) {
            const next = await iterator.next();
            if (next.done) {
                if (buffer.length === 0) {
                    return { chunk: null, eof: true, remainder: Buffer.alloc(0) };
                }
                return { chunk: buffer, eof: true, remainder: Buffer.alloc(0) };
            }
            buffer = Buffer.concat([buffer, asBuffer(next.value)]);
        }
        const chunk = buffer.subarray(0, chunkSize);
        return { chunk, eof: false, remainder: buffer.subarray(chunkSize) };
    }
    /**
     * Discards `bytes` bytes from the active stream, returning any leftover
     * bytes from the chunk that crossed the boundary so they can be prepended
     * to the transmission buffer.
     */
    async skipBytes(bytes) {
        const iterator = this.activeIterator_;
        if (!iterator) {
            throw createGoogleError('Cannot skip the upload source because it is not open.');
        }
        let remaining = bytes;
        while (remaining > 0) {
            const next = await iterator.next();
            if (next.done) {
                throw new Category3Error(`The server committed ${bytes} bytes beyond the end of the ` +
                    'provided stream; the payload appears shorter than expected.');
            }
            const chunk = asBuffer(next.value);
            if (chunk.length >= remaining) {
                return chunk.subarray(remaining);
            }
            remaining -= chunk.length;
        }
        return Buffer.alloc(0);
    }
    /**
     * Transmits a chunk, applying the outer recovery loop when the server
     * reports a state mismatch (Category 2 error).
     */
    async transmitChunk(sessionUrl, chunk, offset, isFinal) {
        let currentChunk = chunk;
        let currentOffset = offset;
        const retry = this.getRetrySettings();
        let sameOffsetAttempts = 0;
        let sameOffsetDelay = retry.initialDelayMs;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            this.assertActive();
            this.assertDeadline();
            const command = isFinal ? COMMAND_UPLOAD_FINALIZE : COMMAND_UPLOAD;
            try {
                const response = await this.sendCommandWithRetry(sessionUrl, command, currentChunk, currentOffset, undefined);
                if (isFinal) {
                    if (response.headers.get(UPLOAD_STATUS_HEADER) !== 'final') {
                        throw new Category2Error('The resumable upload finalize response did not include ' +
                            `${UPLOAD_STATUS_HEADER}: final.`);
                    }
                    return {
                        finalized: true,
                        response: this.decodeFinalResponse(response),
                        newOffset: currentOffset + currentChunk.length,
                        skipAhead: 0,
                    };
                }
                return {
                    finalized: false,
                    response: null,
                    newOffset: currentOffset + currentChunk.length,
                    skipAhead: 0,
                };
            }
            catch (err) {
                const recoverable = err instanceof Category2Error || err instanceof StallError;
                if (!recoverable) {
                    throw err;
                }
                // Outer recovery: query the server for the exact committed offset,
                // align the local state, and re-enter the transmission phase.
                this.state_ = ResumableUploadState.RECOVERY;
                const prevEffectiveChunkSize = this.effectiveChunkSize_;
                const queried = await this.queryOffset(sessionUrl);
                if (queried.granularity !== null && queried.granularity > 0) {
                    this.effectiveChunkSize_ = this.computeEffectiveChunkSize(this.params?.chunkSize, queried.granularity);
                }
                const chunkSizeChanged = this.effectiveChunkSize_ !== prevEffectiveChunkSize;
                const serverOffset = queried.offset;
                this.committedBytes_ = serverOffset;
                this.reportProgress();
                if (queried.finalResponse !== undefined) {
                    this.state_ = ResumableUploadState.FINALIZING;
                    return {
                        finalized: true,
                        response: queried.finalResponse,
                        newOffset: serverOffset,
                        skipAhead: 0,
                        recoveredFinal: true,
                    };
                }
                this.state_ = ResumableUploadState.TRANSMISSION;
                if (err instanceof StallError) {
                    // A stalled request may have committed any number of bytes; the
                    // safest recovery is to re-open the source at the committed offset.
                    throw new RestartUploadError(serverOffset);
                }
                if (serverOffset === currentOffset) {
                    // If the recovery query negotiated a different effective chunk size
                    // or the chunk currently in flight is not a multiple of the
                    // negotiated granularity, restart from the server offset so the
                    // source is re-read with an aligned chunk size.
                    if (!isFinal &&
                        (chunkSizeChanged ||
                            (this.negotiatedGranularity_ !== null &&
                                currentChunk.length % this.negotiatedGranularity_ !== 0))) {
                        throw new RestartUploadError(serverOffset);
                    }
                    // Nothing was committed; apply retry limit and backoff before
                    // retrying the same chunk so a persistent Category 2 error does not
                    // spin in a tight 0ms loop.
                    if (sameOffsetAttempts >= retry.maxRetries) {
                        throw createGoogleError(`Exceeded the maximum number of recovery retries (${retry.maxRetries}) ` +
                            `without forward progress at byte offset ${currentOffset}: ` +
                            `${err.message}`, status_1.Status.DEADLINE_EXCEEDED);
                    }
                    this.assertDeadline();
                    await sleep(sameOffsetDelay);
                    sameOffsetDelay = Math.min(sameOffsetDelay * retry.delayMultiplier, retry.maxDelayMs);
                    sameOffsetAttempts += 1;
                    continue;
                }
                if (serverOffset > currentOffset) {
                    if (serverOffset === currentOffset + currentChunk.length) {
                        // The chunk was committed but the response was lost.
                        if (isFinal) {
                            const finalResponse = await this.transmitFinalize(sessionUrl, serverOffset);
                            return {
                                finalized: true,
                                response: finalResponse,
                                newOffset: serverOffset,
                                skipAhead: 0,
                            };
                        }
                        return {
                            finalized: false,
                            response: null,
                            newOffset: serverOffset,
                            skipAhead: 0,
                        };
                    }
                    if (serverOffset > currentOffset + currentChunk.length) {
                        // The server is ahead of the local state; skip the stream forward
                        // by the number of bytes already committed.
                        if (isFinal) {
                            // The final chunk was already committed; retrieve the response
                            // by sending the finalize command on its own.
                            const finalResponse = await this.transmitFinalize(sessionUrl, serverOffset);
                            return {
                                finalized: true,
                                response: finalResponse,
                                newOffset: serverOffset,
                                skipAhead: 0,
                            };
                        }
                        return {
                            finalized: false,
                            response: null,
                            newOffset: serverOffset,
                            skipAhead: serverOffset - (currentOffset + currentChunk.length),
                        };
                    }
                    // The server committed part of this chunk; retransmit the tail if
                    // it remains aligned to the negotiated granularity, or restart from
                    // the server offset otherwise.
                    const tail = currentChunk.subarray(serverOffset - currentOffset);
                    if (!isFinal &&
                        (chunkSizeChanged ||
                            (this.negotiatedGranularity_ !== null &&
                                tail.length % this.negotiatedGranularity_ !== 0))) {
                        throw new RestartUploadError(serverOffset);
                    }
                    currentChunk = tail;
                    currentOffset = serverOffset;
                    sameOffsetAttempts = 0;
                    sameOffsetDelay = retry.initialDelayMs;
                    continue;
                }
                // The server is behind the local state: restart the stream from the
                // server-committed offset so outgoing chunks respect chunkSize and
                // granularity alignment.
                throw new RestartUploadError(serverOffset);
            }
        }
    }
    /**
     * Sends the `finalize` command, recovering from state mismatches by
     * re-querying the committed offset.
     */
    async transmitFinalize(sessionUrl, offset) {
        let currentOffset = offset;
        const retry = this.getRetrySettings();
        let sameOffsetAttempts = 0;
        let sameOffsetDelay = retry.initialDelayMs;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            this.assertActive();
            this.assertDeadline();
            try {
                const response = await this.sendCommandWithRetry(sessionUrl, COMMAND_FINALIZE, null, currentOffset, undefined);
                if (response.headers.get(UPLOAD_STATUS_HEADER) !== 'final') {
                    throw new Category2Error('The resumable upload finalize response did not include ' +
                        `${UPLOAD_STATUS_HEADER}: final.`);
                }
                return this.decodeFinalResponse(response);
            }
            catch (err) {
                const recoverable = err instanceof Category2Error || err instanceof StallError;
                if (!recoverable) {
                    throw err;
                }
                this.state_ = ResumableUploadState.RECOVERY;
                const queried = await this.queryOffset(sessionUrl);
                if (queried.granularity !== null && queried.granularity > 0) {
                    this.effectiveChunkSize_ = this.computeEffectiveChunkSize(this.params?.chunkSize, queried.granularity);
                }
                const serverOffset = queried.offset;
                this.committedBytes_ = serverOffset;
                this.reportProgress();
                if (queried.finalResponse !== undefined) {
                    this.state_ = ResumableUploadState.FINALIZING;
                    return queried.finalResponse;
                }
                this.state_ = ResumableUploadState.FINALIZING;
                if (err instanceof StallError) {
                    throw new RestartUploadError(serverOffset);
                }
                if (serverOffset >= currentOffset) {
                    if (serverOffset === currentOffset) {
                        if (sameOffsetAttempts >= retry.maxRetries) {
                            throw createGoogleError(`Exceeded the maximum number of recovery retries (${retry.maxRetries}) ` +
                                `while finalizing at byte offset ${currentOffset}: ` +
                                `${err.message}`, status_1.Status.DEADLINE_EXCEEDED);
                        }
                        this.assertDeadline();
                        await sleep(sameOffsetDelay);
                        sameOffsetDelay = Math.min(sameOffsetDelay * retry.delayMultiplier, retry.maxDelayMs);
                        sameOffsetAttempts += 1;
                    }
                    else {
                        sameOffsetAttempts = 0;
                        sameOffsetDelay = retry.initialDelayMs;
                    }
                    currentOffset = serverOffset;
                    continue;
                }
                throw new RestartUploadError(serverOffset);
            }
        }
    }
    decodeFinalResponse(response) {
        try {
            return (0, fallbackRest_1.decodeResponse)(this.context.rpc, true, response.body);
        }
        catch (err) {
            throw new Category3Error(`Failed to decode the resumable upload final response: ${err.message}`);
        }
    }
    /**
     * Sends a single protocol command, retrying transient (Category 1) errors
     * with exponential backoff.
     */
    async sendCommandWithRetry(url, command, body, offset, extraHeaders) {
        const retry = this.getRetrySettings();
        let attempt = 0;
        let delay = retry.initialDelayMs;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            try {
                return await this.fetchCommand(url, command, body, offset, extraHeaders);
            }
            catch (err) {
                if (this.canceled_) {
                    throw createGoogleError('The resumable upload was cancelled.', status_1.Status.CANCELLED);
                }
                if (err instanceof Category2Error ||
                    err instanceof Category3Error ||
                    err instanceof googleError_1.GoogleError) {
                    throw err;
                }
                if (!(err instanceof TransientError)) {
                    throw err;
                }
                if (attempt >= retry.maxRetries) {
                    throw createGoogleError(`Exceeded the maximum number of retries (${retry.maxRetries}) ` +
                        `while sending the resumable upload command "${command}": ` +
                        `${err.message}`, status_1.Status.DEADLINE_EXCEEDED);
                }
                this.assertDeadline();
                await sleep(delay);
                delay = Math.min(delay * retry.delayMultiplier, retry.maxDelayMs);
                attempt += 1;
            }
        }
    }
    async fetchCommand(url, command, body, offset, extraHeaders) {
        const headers = {
            [UPLOAD_PROTOCOL_HEADER]: UPLOAD_PROTOCOL_RESUMABLE,
            [UPLOAD_COMMAND_HEADER]: command,
        };
        const requiresOffset = body !== null ||
            command === COMMAND_UPLOAD ||
            command === COMMAND_UPLOAD_FINALIZE ||
            command === COMMAND_FINALIZE;
        if (requiresOffset && offset >= 0) {
            headers[UPLOAD_OFFSET_HEADER] = String(offset);
        }
        if (command === COMMAND_START) {
            headers['content-type'] = 'application/json';
        }
        else if (body !== null) {
            headers['content-type'] = 'application/octet-stream';
        }
        if (extraHeaders) {
            for (const [name, value] of Object.entries(extraHeaders)) {
                headers[name.toLowerCase()] = value;
            }
        }
        const controller = new AbortController();
        this.activeAbortController = controller;
        let stalled = false;
        const isTransferRequest = command === COMMAND_UPLOAD ||
            command === COMMAND_UPLOAD_FINALIZE ||
            command === COMMAND_FINALIZE;
        if (isTransferRequest) {
            this.clearStallTimer();
            this.stallTimer = setTimeout(() => {
                stalled = true;
                controller.abort(new Error('Resumable upload stalled.'));
            }, this.params?.stallTimeoutMs ?? exports.DEFAULT_STALL_TIMEOUT_MS);
        }
        try {
            // Mirror the fetch behavior used by the REST fallback transport:
            // `responseType: 'stream'` returns a Response-like object with access
            // to status, headers, and the body. `validateStatus` is disabled so
            // error statuses can be classified as Category 1/2/3 by the state
            // machine instead of being rejected by gaxios.
            const response = (await this.context.auth.request({
                url,
                method: 'POST',
                headers,
                body: body === null || body === undefined
                    ? undefined
                    : typeof body === 'string'
                        ? body
                        : Buffer.from(body),
                signal: controller.signal,
                responseType: 'stream',
                timeout: this.getPerRequestTimeoutMs(),
                validateStatus: () => true,
            }));
            const responseBody = Buffer.from(await response.arrayBuffer());
            const uploadResponse = {
                status: response.status,
                headers: this.normalizeHeaders(response.headers),
                body: responseBody,
            };
            this.throwOnNonTransientStatus(uploadResponse, command);
            return uploadResponse;
        }
        catch (err) {
            if (this.canceled_) {
                throw createGoogleError('The resumable upload was cancelled.', status_1.Status.CANCELLED);
            }
            if (stalled) {
                throw new StallError('The resumable upload request stalled: no progress was made within ' +
                    `${this.params?.stallTimeoutMs ?? exports.DEFAULT_STALL_TIMEOUT_MS} ms.`);
            }
            if (err instanceof Category2Error ||
                err instanceof Category3Error ||
                err instanceof googleError_1.GoogleError ||
                err instanceof TransientError) {
                throw err;
            }
            throw new TransientError(err instanceof Error ? err.message : String(err));
        }
        finally {
            this.clearStallTimer();
            if (this.activeAbortController === controller) {
                this.activeAbortController = null;
            }
        }
    }
    /**
     * Classifies the HTTP response status. Transient errors are thrown as
     * {@link TransientError}, state mismatches as {@link Category2Error}, and
     * everything else as {@link GoogleError} / {@link Category3Error}.
     */
    throwOnNonTransientStatus(response, command) {
        const uploadStatus = response.headers.get(UPLOAD_STATUS_HEADER);
        if (response.status >= 200 && response.status < 300) {
            if (uploadStatus === null) {
                if (this.state_ === ResumableUploadState.RECOVERY) {
                    // During a recovery query there is no offset to reconcile, so a
                    // missing status header is fatal.
                    throw new Category3Error(`The resumable upload ${command} response did not include a ` +
                        `${UPLOAD_STATUS_HEADER} header while in recovery.`);
                }
                if (command === COMMAND_START) {
                    if (response.headers.get(UPLOAD_URL_HEADER)) {
                        // The start handler reconciles via the returned session URL.
                        return;
                    }
                    throw new TransientError('The resumable upload start response did not include ' +
                        `${UPLOAD_STATUS_HEADER} or ${UPLOAD_URL_HEADER} headers.`);
                }
                // A missing status header on a starting/transmission/finalizing
                // response is a recoverable state mismatch.
                if (this.state_ === ResumableUploadState.STARTING ||
                    this.state_ === ResumableUploadState.TRANSMISSION ||
                    this.state_ === ResumableUploadState.FINALIZING) {
                    throw new Category2Error('The resumable upload response did not include a ' +
                        `${UPLOAD_STATUS_HEADER} header.`);
                }
                throw new Category3Error(`The resumable upload ${command} response did not include a ` +
                    `${UPLOAD_STATUS_HEADER} header.`);
            }
            return;
        }
        // If the server returns X-Goog-Upload-Status: final on a non-2xx response,
        // the upload session has been terminated by the server and cannot be
        // retried or recovered via query.
        if (uploadStatus === 'final') {
            this.throwFatalHttpResponse(response);
        }
        if (CATEGORY_2_RETRY_CODES.has(response.status)) {
            if (command === COMMAND_UPLOAD ||
                command === COMMAND_UPLOAD_FINALIZE ||
                command === COMMAND_FINALIZE) {
                throw new Category2Error(`Resumable upload state mismatch: HTTP ${response.status}.`, response.status);
            }
            if (command === COMMAND_START && uploadStatus === null) {
                throw new TransientError(`Resumable upload transient error: HTTP ${response.status}.`);
            }
        }
        if (CATEGORY_1_RETRY_CODES.has(response.status)) {
            throw new TransientError(`Resumable upload transient error: HTTP ${response.status}.`);
        }
        this.throwFatalHttpResponse(response);
    }
    throwFatalHttpResponse(response) {
        try {
            (0, fallbackRest_1.decodeResponse)(this.context.rpc, false, response.body, response.status);
        }
        catch (err) {
            if (err instanceof googleError_1.GoogleError) {
                if (err.code === undefined) {
                    err.code = (0, status_1.rpcCodeFromHttpStatusCode)(response.status);
                }
                throw err;
            }
        }
        throw createGoogleError(`Resumable upload failed: HTTP ${response.status}.`, (0, status_1.rpcCodeFromHttpStatusCode)(response.status));
    }
    normalizeHeaders(headers) {
        if (headers && typeof headers.get === 'function') {
            return headers;
        }
        const map = new Map();
        if (headers && typeof headers === 'object') {
            for (const [name, value] of Object.entries(headers)) {
                map.set(name.toLowerCase(), String(value));
            }
        }
        return {
            get(name) {
                return map.get(name.toLowerCase()) ?? null;
            },
        };
    }
    getPerRequestTimeoutMs() {
        return (this.params?.timeout ??
            this.context.defaultTimeout ??
            exports.DEFAULT_PER_REQUEST_TIMEOUT_MS);
    }
    getRetrySettings() {
        const retry = this.params?.retry !== undefined
            ? this.params.retry
            : this.context.defaultRetry;
        if (retry === null) {
            return {
                maxRetries: 0,
                initialDelayMs: 100,
                delayMultiplier: 1.3,
                maxDelayMs: 60000,
            };
        }
        const backoffSettings = retry?.backoffSettings ?? (0, gax_1.createDefaultBackoffSettings)();
        return {
            maxRetries: backoffSettings.maxRetries ?? exports.DEFAULT_MAX_INNER_RETRIES,
            initialDelayMs: backoffSettings.initialRetryDelayMillis ?? 100,
            delayMultiplier: backoffSettings.retryDelayMultiplier ?? 1.3,
            maxDelayMs: backoffSettings.maxRetryDelayMillis ?? 60000,
        };
    }
    reportProgress() {
        if (this.params?.onProgress && this.uploadUrl_) {
            this.params.onProgress({
                bytesUploaded: this.committedBytes_,
                uploadUrl: this.uploadUrl_,
            });
        }
    }
    assertActive() {
        if (this.canceled_) {
            throw createGoogleError('The resumable upload was cancelled.', status_1.Status.CANCELLED);
        }
    }
    assertDeadline() {
        if (Date.now() - this.startTimeMs >= this.globalDeadlineMs) {
            throw this.deadlineError();
        }
    }
}
exports.ResumableUploadSession = ResumableUploadSession;
//# sourceMappingURL=resumableUpload.js.map

/***/ }),

/***/ 92168:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fromParams = fromParams;
const querystring = __importStar(__webpack_require__(83480));
/**
 * Helpers for constructing routing headers.
 *
 * These headers are used by Google infrastructure to determine how to route
 * requests, especially for services that are regional.
 *
 * Generally, these headers are specified as gRPC metadata.
 */
/**
 * Constructs the routing header from the given params
 *
 * @param {Object} params - the request header parameters.
 * @return {string} the routing header value.
 */
function fromParams(params) {
    return querystring.stringify(params);
}
//# sourceMappingURL=routingHeader.js.map

/***/ }),

/***/ 39705:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpCodeToRpcCodeMap = exports.Status = void 0;
exports.rpcCodeFromHttpStatusCode = rpcCodeFromHttpStatusCode;
// The following is a copy of the Status enum defined in @grpc/grpc-js,
// src/constants.ts. We need to use some of these statuses here and there,
// but we don't want to include the whole @grpc/grpc-js into the browser
// bundle just to have this small enum.
var Status;
(function (Status) {
    Status[Status["OK"] = 0] = "OK";
    Status[Status["CANCELLED"] = 1] = "CANCELLED";
    Status[Status["UNKNOWN"] = 2] = "UNKNOWN";
    Status[Status["INVALID_ARGUMENT"] = 3] = "INVALID_ARGUMENT";
    Status[Status["DEADLINE_EXCEEDED"] = 4] = "DEADLINE_EXCEEDED";
    Status[Status["NOT_FOUND"] = 5] = "NOT_FOUND";
    Status[Status["ALREADY_EXISTS"] = 6] = "ALREADY_EXISTS";
    Status[Status["PERMISSION_DENIED"] = 7] = "PERMISSION_DENIED";
    Status[Status["RESOURCE_EXHAUSTED"] = 8] = "RESOURCE_EXHAUSTED";
    Status[Status["FAILED_PRECONDITION"] = 9] = "FAILED_PRECONDITION";
    Status[Status["ABORTED"] = 10] = "ABORTED";
    Status[Status["OUT_OF_RANGE"] = 11] = "OUT_OF_RANGE";
    Status[Status["UNIMPLEMENTED"] = 12] = "UNIMPLEMENTED";
    Status[Status["INTERNAL"] = 13] = "INTERNAL";
    Status[Status["UNAVAILABLE"] = 14] = "UNAVAILABLE";
    Status[Status["DATA_LOSS"] = 15] = "DATA_LOSS";
    Status[Status["UNAUTHENTICATED"] = 16] = "UNAUTHENTICATED";
})(Status || (exports.Status = Status = {}));
exports.HttpCodeToRpcCodeMap = new Map([
    [400, Status.INVALID_ARGUMENT],
    [401, Status.UNAUTHENTICATED],
    [403, Status.PERMISSION_DENIED],
    [404, Status.NOT_FOUND],
    [409, Status.ABORTED],
    [416, Status.OUT_OF_RANGE],
    [429, Status.RESOURCE_EXHAUSTED],
    [499, Status.CANCELLED],
    [501, Status.UNIMPLEMENTED],
    [503, Status.UNAVAILABLE],
    [504, Status.DEADLINE_EXCEEDED],
]);
// Maps HTTP status codes to gRPC status codes above.
function rpcCodeFromHttpStatusCode(httpStatusCode) {
    if (exports.HttpCodeToRpcCodeMap.has(httpStatusCode)) {
        return exports.HttpCodeToRpcCodeMap.get(httpStatusCode);
    }
    // All 2xx
    if (httpStatusCode >= 200 && httpStatusCode < 300) {
        return Status.OK;
    }
    // All other 4xx
    if (httpStatusCode >= 400 && httpStatusCode < 500) {
        return Status.FAILED_PRECONDITION;
    }
    // All other 5xx
    if (httpStatusCode >= 500 && httpStatusCode < 600) {
        return Status.INTERNAL;
    }
    // Everything else
    return Status.UNKNOWN;
}
//# sourceMappingURL=status.js.map

/***/ }),

/***/ 92473:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2021 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamArrayParser = void 0;
const stream_1 = __webpack_require__(2203);
const fallbackRest_1 = __webpack_require__(36879);
class StreamArrayParser extends stream_1.Transform {
    _done;
    _prevBlock;
    _isInString;
    _isSkipped;
    _level;
    rpc;
    cancelController;
    cancelSignal;
    cancelRequested;
    /**
     * StreamArrayParser processes array of valid JSON objects in random chunks
     * through readable stream, and produces a stream of plain Javascript objects
     * where it converted from the corresponding protobuf message instance.
     *
     * The default JSON parser decodes the input stream under the
     * following rules:
     *  1. The stream represents a valid JSON array (must start with a "[" and
     * close with the corresponding "]"). Each element of this array is assumed to
     * be either an array or an object, and will be decoded as a JS object and
     *    delivered.
     *  2. All JSON elements in the buffer will be decoded and delivered in a
     * stream.
     *
     * @private
     * @constructor
     * @param {protobuf.Method} rpc - the protobuf method produce array of JSON.
     * @param {Object} options - the options pass to Transform Stream. See more
     * details
     * https://nodejs.org/api/stream.html#stream_new_stream_transform_options.
     */
    constructor(rpc, options) {
        super(Object.assign({}, options, { readableObjectMode: true }));
        this._done = false;
        this._prevBlock = Buffer.from('');
        this._isInString = false;
        this._isSkipped = false;
        this._level = 0;
        this.rpc = rpc;
        this.cancelController = new AbortController();
        this.cancelSignal = this.cancelController.signal;
        this.cancelRequested = false;
    }
    _transform(chunk, _, callback) {
        let objectStart = 0;
        let curIndex = 0;
        if (this._level === 0 && curIndex === 0) {
            if (String.fromCharCode(chunk[0]) !== '[') {
                this.emit('error', new Error(`Internal Error: API service stream data must start with a '[' and close with the corresponding ']', but it start with ${String.fromCharCode(chunk[0])}`));
            }
            curIndex++;
            this._level++;
        }
        while (curIndex < chunk.length) {
            const curValue = String.fromCharCode(chunk[curIndex]);
            if (!this._isSkipped) {
                switch (curValue) {
                    case '{':
                        // Check if it's in string, we ignore the curly brace in string.
                        // Otherwise the object level++.
                        if (!this._isInString) {
                            this._level++;
                        }
                        if (!this._isInString && this._level === 2) {
                            objectStart = curIndex;
                        }
                        break;
                    case '"':
                        // Flip the string status
                        this._isInString = !this._isInString;
                        break;
                    case '}':
                        // check if it's in string
                        // if true, do nothing
                        // if false and level = 0, push data
                        if (!this._isInString) {
                            this._level--;
                        }
                        if (!this._isInString && this._level === 1) {
                            // find a object
                            const objBuff = Buffer.concat([
                                this._prevBlock,
                                chunk.slice(objectStart, curIndex + 1),
                            ]);
                            try {
                                // HTTP response.ok is true.
                                const msgObj = (0, fallbackRest_1.decodeResponse)(this.rpc, true, objBuff);
                                this.push(msgObj);
                            }
                            catch (err) {
                                this.emit('error', err);
                            }
                            objectStart = curIndex + 1;
                            this._prevBlock = Buffer.from('');
                        }
                        break;
                    case ']':
                        if (!this._isInString && this._level === 1) {
                            this._done = true;
                            this.push(null);
                        }
                        break;
                    case '\\':
                        // Escaping escape character.
                        this._isSkipped = true;
                        break;
                    default:
                        break;
                }
            }
            else {
                this._isSkipped = false;
            }
            curIndex++;
        }
        if (this._level > 1) {
            this._prevBlock = Buffer.concat([
                this._prevBlock,
                chunk.slice(objectStart, curIndex),
            ]);
        }
        callback();
    }
    _flush(callback) {
        callback();
    }
    _destroy(err, callback) {
        // `_destroy` is necessary because `cancel()` aborts `cancelSignal` before
        // calling `this.end()`. In Node.js, `gaxios` uses the npm `node-fetch`
        // package, whose `abort` listener on the request `AbortSignal`
        // synchronously calls `response.body.emit('error', new AbortError(...))`
        // before `this.end()` runs; `stream.pipeline` catches that error on
        // `response.body` and calls `this.destroy(err)`. (In Bun, `import('node-fetch')`
        // uses Bun's built-in `nativeFetch` wrapper whose `ReadableFromWeb` body
        // aborts asynchronously, so `this.end()` finishes the parser first without
        // `this.destroy(err)` being called with an `AbortError`. Existing Node.js
        // unit tests in `grpc-fallback.ts` had not caught this because they mocked
        // `authClient.request()` with a bare `stream.Readable` that ignored the
        // request's `AbortSignal`, whereas `bunCertificationMatrix.ts` exercises
        // `cancel()` against a real `http.Server` in both Node.js and Bun.)
        // Passing `null` when `this.cancelRequested` is true suppresses spurious
        // cancellation abort errors while still forwarding genuine errors.
        callback(this.cancelRequested ? null : err);
    }
    cancel() {
        this._done = true;
        this.cancelRequested = true;
        this.cancelController.abort();
        this.end();
    }
}
exports.StreamArrayParser = StreamArrayParser;
//# sourceMappingURL=streamArrayParser.js.map

/***/ }),

/***/ 67208:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamDescriptor = void 0;
const streamingApiCaller_1 = __webpack_require__(19110);
/**
 * A descriptor for streaming calls.
 */
class StreamDescriptor {
    type;
    streaming; // needed for browser support
    rest;
    gaxStreamingRetries;
    constructor(streamType, rest, gaxStreamingRetries) {
        this.type = streamType;
        this.streaming = true;
        this.rest = rest;
        this.gaxStreamingRetries = gaxStreamingRetries;
    }
    getApiCaller() {
        // Right now retrying does not work with gRPC-streaming, because retryable
        // assumes an API call returns an event emitter while gRPC-streaming methods
        // return Stream.
        return new streamingApiCaller_1.StreamingApiCaller(this);
    }
}
exports.StreamDescriptor = StreamDescriptor;
//# sourceMappingURL=streamDescriptor.js.map

/***/ }),

/***/ 40829:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamProxy = exports.StreamType = void 0;
const gax_1 = __webpack_require__(27383);
const googleError_1 = __webpack_require__(61552);
const status_1 = __webpack_require__(39705);
const stream_1 = __webpack_require__(2203);
// eslint-disable-next-line @typescript-eslint/no-var-requires
const duplexify = __webpack_require__(27748);
// eslint-disable-next-line @typescript-eslint/no-var-requires
const retryRequest = __webpack_require__(20382);
/**
 * The type of gRPC streaming.
 * @enum {number}
 */
var StreamType;
(function (StreamType) {
    /** Client sends a single request, server streams responses. */
    StreamType[StreamType["SERVER_STREAMING"] = 1] = "SERVER_STREAMING";
    /** Client streams requests, server returns a single response. */
    StreamType[StreamType["CLIENT_STREAMING"] = 2] = "CLIENT_STREAMING";
    /** Both client and server stream objects. */
    StreamType[StreamType["BIDI_STREAMING"] = 3] = "BIDI_STREAMING";
})(StreamType || (exports.StreamType = StreamType = {}));
// In retry-request, you could pass parameters to request using the requestOpts parameter
// when we called retry-request from gax, we always passed null
// passing null here removes an unnecessary parameter from this implementation
const requestOps = null;
class StreamProxy extends duplexify {
    type;
    _callback;
    _isCancelCalled;
    stream;
    _responseHasSent;
    rest;
    gaxServerStreamingRetries;
    apiCall;
    argument;
    /**
     * Set by the tracer when the call is traced, so that the retry loop below
     * can report each resend it makes. Left undefined otherwise, which is why
     * every call site invokes it optionally.
     */
    recordResend;
    /**
     * StreamProxy is a proxy to gRPC-streaming method.
     *
     * @private
     * @constructor
     * @param {StreamType} type - the type of gRPC stream.
     * @param {ApiCallback} callback - the callback for further API call.
     */
    constructor(type, callback, rest, gaxServerStreamingRetries) {
        super(undefined, undefined, {
            objectMode: true,
            readable: type !== StreamType.CLIENT_STREAMING,
            writable: type !== StreamType.SERVER_STREAMING,
        });
        this.type = type;
        this._callback = callback;
        this._isCancelCalled = false;
        this._responseHasSent = false;
        this.rest = rest;
        this.gaxServerStreamingRetries = gaxServerStreamingRetries;
    }
    shouldRetryRequest(error, retry) {
        const e = googleError_1.GoogleError.parseGRPCStatusDetails(error);
        let shouldRetry = this.defaultShouldRetry(e, retry);
        if (retry.shouldRetryFn) {
            shouldRetry = retry.shouldRetryFn(e);
        }
        return shouldRetry;
    }
    cancel() {
        if (this.stream) {
            this.stream.cancel();
        }
        else {
            this._isCancelCalled = true;
        }
    }
    /**
     * Helper function to handle total timeout + max retry check for server streaming retries
     * @param {number} deadline - the current retry deadline
     * @param {number} maxRetries - maximum total number of retries
     * @param {number} totalTimeoutMillis - total timeout in milliseconds used in timeout calculation
     * @param {GoogleError} originalError - underlying error received by the stream
     * @param {originalTimeout} originalTimeout - the original Timeout set in backoff settings
     * @param {retries} retries - the number of retries the call has made so far
     */
    throwIfMaxRetriesOrTotalTimeoutExceeded(deadline, maxRetries, totalTimeoutMillis, originalError, originalTimeout, retries) {
        const now = new Date();
        const nowTime = now.getTime();
        if (originalTimeout &&
            (totalTimeoutMillis === 0 ||
                totalTimeoutMillis < 0 ||
                (deadline && nowTime >= deadline))) {
            const error = new googleError_1.GoogleError(`Total timeout of API exceeded ${originalTimeout} milliseconds ${originalError ? `retrying error ${originalError} ` : ''} before any response was received.`);
            error.code = status_1.Status.DEADLINE_EXCEEDED;
            throw error;
        }
        if (maxRetries === 0) {
            const error = originalError;
            error.note = 'Max retries is set to zero.';
            throw error;
        }
        if (retries && retries >= maxRetries) {
            const error = new googleError_1.GoogleError('Exceeded maximum number of retries ' +
                (originalError ? `retrying error ${originalError} ` : '') +
                'before any response was received');
            error.code = status_1.Status.DEADLINE_EXCEEDED;
            throw error;
        }
    }
    /**
     * Forwards events from an API request stream to the user's stream.
     * @param {Stream} stream - The API request stream.
     */
    eventForwardHelper(stream) {
        const eventsToForward = ['metadata', 'response', 'status'];
        eventsToForward.forEach(event => {
            stream.on(event, this.emit.bind(this, event));
        });
    }
    /**
     * Helper function that emits a response on the stream after either a 'metadata'
     * or a 'status' event - this helps streams to behave more like http consumers expect
     * @param {Stream} stream - The API request stream.
     */
    statusMetadataHelper(stream) {
        // gRPC is guaranteed emit the 'status' event but not 'metadata', and 'status' is the last event to emit.
        // Emit the 'response' event if stream has no 'metadata' event.
        // This avoids the stream swallowing the other events, such as 'end'.
        stream.on('status', () => {
            if (!this._responseHasSent) {
                stream.emit('response', {
                    code: 200,
                    details: '',
                    message: 'OK',
                });
            }
        });
        // We also want to supply the status data as 'response' event to support
        // the behavior of google-cloud-node expects.
        // see:
        // https://github.com/GoogleCloudPlatform/google-cloud-node/pull/1775#issuecomment-259141029
        // https://github.com/GoogleCloudPlatform/google-cloud-node/blob/116436fa789d8b0f7fc5100b19b424e3ec63e6bf/packages/common/src/grpc-service.js#L355
        stream.on('metadata', metadata => {
            // Create a response object with succeeds.
            // TODO: unify this logic with the decoration of gRPC response when it's
            // added. see: https://github.com/googleapis/gax-nodejs/issues/65
            stream.emit('response', {
                code: 200,
                details: '',
                message: 'OK',
                metadata,
            });
            this._responseHasSent = true;
        });
    }
    /**
     * Forward events from an API request stream to the user's stream.
     *  gRPC is guaranteed emit the 'status' event but not 'metadata'
     * 'status' is the last event to emit; if 'metadata' emits, it will
     * be the first event to emit. It should only emit once; if it emits
     * more than once, unexpected side effects will occur.
     *
     * @param {Stream} stream - The API request stream.
     * @param {RetryOptions} retry - Configures the exceptions upon which the
     *   function should retry, and the parameters to the exponential backoff retry
     *   algorithm.
     */
    forwardEvents(stream) {
        this.eventForwardHelper(stream);
        this.statusMetadataHelper(stream);
        stream.on('error', error => {
            googleError_1.GoogleError.parseGRPCStatusDetails(error);
        });
    }
    /**
     * Default mechanism for determining whether a streaming call should retry
     * If a user passes in a "shouldRetryFn", this will not be used
     * @param {GoogleError} errpr - The error we need to determine is retryable or not
     * @param {RetryOptions} retry - Configures the exceptions upon which the
     *   function should retry, and the parameters to the exponential backoff retry
     *   algorithm.
     */
    defaultShouldRetry(error, retry) {
        if ((retry.retryCodes.length > 0 &&
            retry.retryCodes.indexOf(error.code) < 0) ||
            retry.retryCodes.length === 0) {
            return false;
        }
        return true;
    }
    /**
     * Specifies the target stream.
     * @param {ApiCall} apiCall - the API function to be called.
     * @param {Object} argument - the argument to be passed to the apiCall.
     * @param {RetryOptions} retry - Configures the exceptions upon which the
     *   function should retry, and the parameters to the exponential backoff retry
     *   algorithm.
     */
    setStream(apiCall, argument, retryRequestOptions = {}, retry) {
        this.apiCall = apiCall;
        this.argument = argument;
        if (this.type === StreamType.SERVER_STREAMING) {
            if (this.rest) {
                const stream = apiCall(argument, this._callback);
                this.stream = stream;
                this.setReadable(stream);
            }
            else if (this.gaxServerStreamingRetries) {
                const request = () => {
                    if (this._isCancelCalled) {
                        if (this.stream) {
                            this.stream.cancel();
                        }
                        return;
                    }
                    const stream = apiCall(argument, this._callback);
                    return stream;
                };
                const retryStream = this.newStreamingRetryRequest({ request, retry });
                this.stream = retryStream;
                this.eventForwardHelper(retryStream);
                this.setReadable(retryStream);
            }
            else {
                let requestCount = 0;
                const retryStream = retryRequest(null, {
                    objectMode: true,
                    request: () => {
                        if (this._isCancelCalled) {
                            if (this.stream) {
                                this.stream.cancel();
                            }
                            return;
                        }
                        if (requestCount > 0) {
                            this.recordResend?.();
                        }
                        requestCount++;
                        const stream = apiCall(argument, this._callback);
                        this.stream = stream;
                        this.forwardEvents(stream);
                        return stream;
                    },
                    retries: retryRequestOptions.retries,
                    currentRetryAttempt: retryRequestOptions.currentRetryAttempt,
                    noResponseRetries: retryRequestOptions.noResponseRetries,
                    shouldRetryFn: retryRequestOptions.shouldRetryFn,
                });
                this.setReadable(retryStream);
            }
            return;
        }
        const stream = apiCall(argument, this._callback);
        this.stream = stream;
        this.forwardEvents(stream);
        if (this.type === StreamType.CLIENT_STREAMING) {
            this.setWritable(stream);
        }
        if (this.type === StreamType.BIDI_STREAMING) {
            this.setReadable(stream);
            this.setWritable(stream);
        }
        if (this._isCancelCalled && this.stream) {
            this.stream.cancel();
        }
    }
    /**
     * Creates a new retry request stream -
     *inner arrow function "newMakeRequest" handles retrying and resumption
     * @param {streamingRetryRequestOptions} opts
     *   {request} - the request to be made if the stream errors
     *   {retry} - the retry options associated with the call
     * @returns {CancellableStream} - the stream that handles retry logic
     */
    newStreamingRetryRequest(opts) {
        // at this point, it would be unexpected if retry were undefined
        // but if it is, provide a logical default so we don't run into trouble
        const retry = opts.retry ?? {
            retryCodes: [],
            backoffSettings: (0, gax_1.createDefaultBackoffSettings)(),
        };
        let retries = 0;
        const retryStream = new stream_1.PassThrough({
            objectMode: true,
        });
        const totalTimeout = retry.backoffSettings.totalTimeoutMillis ?? undefined;
        const maxRetries = retry.backoffSettings.maxRetries ?? undefined;
        let timeout = retry.backoffSettings.initialRpcTimeoutMillis ?? undefined;
        let now = new Date();
        let deadline = 0;
        if (totalTimeout) {
            deadline = now.getTime() + totalTimeout;
        }
        const transientErrorHelper = (error, requestStream) => {
            const e = googleError_1.GoogleError.parseGRPCStatusDetails(error);
            e.note =
                'Exception occurred in retry method that was ' +
                    'not classified as transient';
            // clean up the request stream and retryStreams, silently destroy it on the request stream
            // but do raise it on destructin of the retryStream so the consumer can see it
            requestStream.destroy();
            retryStream.destroy(e);
            return retryStream;
        };
        const newMakeRequest = (newopts) => {
            let dataEnd = false;
            let statusReceived = false;
            let enteredError = false;
            // make the request
            const requestStream = newopts.request(requestOps);
            retryStream.cancel = requestStream.cancel; // make sure the retryStream is also cancellable by the user
            const eventsToForward = ['metadata', 'response', 'status'];
            eventsToForward.forEach(event => {
                requestStream.on(event, retryStream.emit.bind(retryStream, event));
            });
            this.statusMetadataHelper(requestStream);
            // TODO - b/353262542 address buffer stuff
            requestStream.on('data', (data) => {
                retries = 0;
                this.emit.bind(this, 'data')(data);
            });
            /* in retry-request, which previously handled retries,
             * "end" could be emitted on a request stream before other gRPC events.
             * To ensure it doesn't reach the consumer stream prematurely, retry-request piped
             * two streams together (delayStream and retryStream)
             * to ensure that "end" only emitted after a "response" event
             *
             * We are consciously NOT using pipeline or .pipe as part of similar logic here
             * because we want more control over what happens during event handoff and we want to
             * avoid the undesired behavior that can happen with error events
             * if consumers in client libraries are also using pipes
             *
             * Since "status" is guaranteed to be the last event emitted by gRPC.
             * If we have seen an "end" event, the dataEnd boolean will be true and we can safely
             * end the stream.
             *
             * The "statusReceived" boolean covers the opposite case - that we receive the "status" event before
             * a successful stream end event - this signals the .on('end') event handler that it's okay to end the stream
             *
             *
             */
            requestStream.on('status', () => {
                statusReceived = true;
                if (dataEnd) {
                    retryStream.end();
                }
                return retryStream;
            });
            requestStream.on('end', () => {
                if (!enteredError) {
                    dataEnd = true;
                    // in this case, we've already received "status"
                    // which is the last event from gRPC, so it's cool to end the stream
                    if (statusReceived) {
                        retryStream.end();
                    }
                }
                return retryStream;
                // there is no else case because if enteredError
                // is true, we will handle stream destruction as part of
                // either retrying (where we don't want to end the stream)
                // or as part of error handling, which will take care of stream destruction
            });
            requestStream.on('error', (error) => {
                enteredError = true;
                // type check for undefined instead of for truthiness in case maxRetries or timeout is equal to zero
                if (typeof maxRetries !== undefined ||
                    typeof totalTimeout !== undefined) {
                    if (this.shouldRetryRequest(error, retry)) {
                        if (maxRetries && totalTimeout) {
                            const newError = new googleError_1.GoogleError('Cannot set both totalTimeoutMillis and maxRetries ' +
                                'in backoffSettings.');
                            newError.code = status_1.Status.INVALID_ARGUMENT;
                            // clean up the request stream and retryStreams, silently destroy it on the request stream
                            // but do raise it on destructin of the retryStream so the consumer can see it
                            requestStream.destroy();
                            retryStream.destroy(newError);
                            return retryStream;
                        }
                        else {
                            // check for exceeding timeout or max retries
                            try {
                                this.throwIfMaxRetriesOrTotalTimeoutExceeded(deadline, maxRetries, timeout, error, totalTimeout, retries);
                            }
                            catch (error) {
                                const e = googleError_1.GoogleError.parseGRPCStatusDetails(error);
                                // clean up the request stream and retryStreams, silently destroy it on the request stream
                                // but do raise it on destruction of the retryStream so the consumer can see it
                                requestStream.destroy();
                                retryStream.destroy(e);
                                return retryStream;
                            }
                            const delayMult = retry.backoffSettings.retryDelayMultiplier;
                            const maxDelay = retry.backoffSettings.maxRetryDelayMillis;
                            const timeoutMult = retry.backoffSettings.rpcTimeoutMultiplier;
                            const maxTimeout = retry.backoffSettings.maxRpcTimeoutMillis;
                            let delay = retry.backoffSettings.initialRetryDelayMillis;
                            // calculate new deadlines
                            const toSleep = Math.random() * delay;
                            const calculateTimeoutAndResumptionFunction = () => {
                                setTimeout(() => {
                                    // only do timeout calculations if not using maxRetries
                                    if (timeout) {
                                        now = new Date();
                                        delay = Math.min(delay * delayMult, maxDelay);
                                        const timeoutCal = timeout && timeoutMult ? timeout * timeoutMult : 0;
                                        const rpcTimeout = maxTimeout ? maxTimeout : 0;
                                        const newDeadline = deadline ? deadline - now.getTime() : 0;
                                        timeout = Math.min(timeoutCal, rpcTimeout, newDeadline);
                                    }
                                    retries++;
                                    let retryArgument = this.argument;
                                    // if resumption logic is passed, use it to determined the
                                    // new argument for the new request made to the server
                                    // otherwise, the original argument will be passed
                                    if (retry.getResumptionRequestFn !== undefined) {
                                        retryArgument = retry.getResumptionRequestFn(retryArgument);
                                    }
                                    const newRequest = () => {
                                        if (this._isCancelCalled) {
                                            if (this.stream) {
                                                this.stream.cancel();
                                            }
                                            return;
                                        }
                                        // Reported separately from `retries`, which is the retry
                                        // budget and is reset to 0 every time data arrives. The
                                        // tracer wants the total for the call, so it counts the
                                        // calls it receives instead of reading that counter.
                                        this.recordResend?.();
                                        const newStream = this.apiCall(retryArgument, this._callback);
                                        return newStream;
                                    };
                                    opts.request = newRequest;
                                    // make a request with the updated parameters
                                    // based on the resumption strategy
                                    return newMakeRequest(opts);
                                }, toSleep);
                            };
                            return calculateTimeoutAndResumptionFunction();
                        }
                    }
                    else {
                        // non retryable error
                        return transientErrorHelper(error, requestStream);
                    }
                }
                else {
                    // neither timeout nor maxRetries are defined, surface the error to the caller
                    return transientErrorHelper(error, requestStream);
                }
            });
            // return the stream if we didn't return it as
            // part of an error state
            return retryStream;
        };
        // this is the first make request call with the options the user passed in
        return newMakeRequest(opts);
    }
}
exports.StreamProxy = StreamProxy;
//# sourceMappingURL=streaming.js.map

/***/ }),

/***/ 19110:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamingApiCaller = void 0;
const warnings_1 = __webpack_require__(6002);
const streaming_1 = __webpack_require__(40829);
class StreamingApiCaller {
    descriptor;
    /**
     * An API caller for methods of gRPC streaming.
     * @private
     * @constructor
     * @param {StreamDescriptor} descriptor - the descriptor of the method structure.
     */
    constructor(descriptor) {
        this.descriptor = descriptor;
    }
    init(callback) {
        return new streaming_1.StreamProxy(this.descriptor.type, callback, this.descriptor.rest, this.descriptor.gaxStreamingRetries);
    }
    wrap(func) {
        switch (this.descriptor.type) {
            case streaming_1.StreamType.SERVER_STREAMING:
                return (argument, metadata, options) => {
                    return func(argument, metadata, options);
                };
            case streaming_1.StreamType.CLIENT_STREAMING:
                return (argument, metadata, options, callback) => {
                    return func(metadata, options, callback);
                };
            case streaming_1.StreamType.BIDI_STREAMING:
                return (argument, metadata, options) => {
                    return func(metadata, options);
                };
            default:
                (0, warnings_1.warn)('streaming_wrap_unknown_stream_type', `Unknown stream type: ${this.descriptor.type}`);
        }
        return func;
    }
    call(apiCall, argument, settings, stream) {
        stream.setStream(apiCall, argument, settings.retryRequestOptions, settings.retry);
    }
    fail(stream, err) {
        stream.emit('error', err);
    }
    result(stream) {
        return stream;
    }
}
exports.StreamingApiCaller = StreamingApiCaller;
//# sourceMappingURL=streamingApiCaller.js.map

/***/ }),

/***/ 71411:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getMatchedUrlTemplate = getMatchedUrlTemplate;
exports.getField = getField;
exports.deepCopyWithoutMatchedFields = deepCopyWithoutMatchedFields;
exports.deleteField = deleteField;
exports.buildQueryStringComponents = buildQueryStringComponents;
exports.encodeWithSlashes = encodeWithSlashes;
exports.encodeWithoutSlashes = encodeWithoutSlashes;
exports.applyPattern = applyPattern;
exports.match = match;
exports.flattenObject = flattenObject;
exports.isProto3OptionalField = isProto3OptionalField;
exports.transcode = transcode;
exports.overrideHttpRules = overrideHttpRules;
const util_1 = __webpack_require__(70263);
const matchedUrlTemplates = new WeakMap();
/**
 * Returns the matched `(google.api.http)` URL path template for a transcoded request, if available.
 */
function getMatchedUrlTemplate(transcoded) {
    return matchedUrlTemplates.get(transcoded);
}
const httpOptionName = '(google.api.http)';
const proto3OptionalName = 'proto3_optional';
// List of methods as defined in google/api/http.proto (see HttpRule)
const supportedHttpMethods = ['get', 'post', 'put', 'patch', 'delete'];
function getField(request, field, allowObjects = false) {
    const parts = field.split('.');
    let value = request;
    for (const part of parts) {
        if (typeof value !== 'object') {
            return undefined;
        }
        value = value[part];
    }
    if (!allowObjects &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        value !== null) {
        return undefined;
    }
    return value;
}
function deepCopyWithoutMatchedFields(request, fieldsToSkip, fullNamePrefix = '') {
    if (typeof request !== 'object' || request === null) {
        return request;
    }
    const copy = Object.assign({}, request);
    for (const key in copy) {
        if (fieldsToSkip.has(`${fullNamePrefix}${key}`)) {
            delete copy[key];
            continue;
        }
        const nextFullNamePrefix = `${fullNamePrefix}${key}.`;
        if (Array.isArray(copy[key])) {
            // a field of an array cannot be addressed as "request.field", so we omit the skipping logic for array descendants
            copy[key] = copy[key].map(value => deepCopyWithoutMatchedFields(value, new Set()));
        }
        else if (typeof copy[key] === 'object' && copy[key] !== null) {
            copy[key] = deepCopyWithoutMatchedFields(copy[key], fieldsToSkip, nextFullNamePrefix);
        }
    }
    return copy;
}
function deleteField(request, field) {
    const parts = field.split('.');
    while (parts.length > 1) {
        if (typeof request !== 'object') {
            return;
        }
        const part = parts.shift();
        request = request[part];
    }
    const part = parts.shift();
    if (typeof request !== 'object') {
        return;
    }
    delete request[part];
}
// Validates a single path segment matched by a single wildcard (*).
// Checks that the segment is not exactly '.' or '..' (directory traversal indicators).
function validateUriPathSegment(propertyName, value) {
    if (value === '.' || value === '..') {
        throw new Error(`Invalid value ${value} for ${propertyName}`);
    }
}
// Validates a multi-segment path matched by a double wildcard (**).
// Splitting by slash, it checks that no individual segment is exactly '.' or '..'.
// This segment-by-segment check prevents directory traversal while allowing
// legitimate resource names containing dots (e.g., domain-scoped project IDs).
function validateUriPath(propertyName, value) {
    if (value) {
        // Split by slash and check for exact segment matches of '.' or '..' rather
        // than using a simple string.includes('.') check. This avoids rejecting
        // valid domain-scoped resource segments (e.g. projects/example.com:project-id).
        const segments = value.split('/');
        if (segments.some(segment => segment === '.' || segment === '..')) {
            throw new Error(`Value for ${propertyName} must not contain segments that are exactly . or ..`);
        }
    }
}
function buildQueryStringComponents(request, prefix = '') {
    const resultList = [];
    for (const key in request) {
        const requestValue = request[key];
        if (Array.isArray(requestValue)) {
            for (const value of requestValue) {
                resultList.push(`${prefix}${encodeWithoutSlashes(key)}=${encodeWithoutSlashes(value.toString())}`);
            }
        }
        else if (typeof requestValue === 'object' && requestValue !== null) {
            resultList.push(...buildQueryStringComponents(requestValue, `${key}.`));
        }
        else {
            resultList.push(`${prefix}${encodeWithoutSlashes(key)}=${encodeWithoutSlashes(requestValue === null || requestValue === undefined
                ? 'null'
                : requestValue.toString())}`);
        }
    }
    return resultList;
}
/**
 * Percent-encodes a string according to RFC 3986, preserving only unreserved
 * characters (alpha-numeric, '-', '_', '.', and '~'). All other characters,
 * including slashes ('/'), are percent-encoded.
 *
 * This is necessary because encodeURIComponent natively encodes URL-unsafe
 * characters like ?, #, $, &, +, etc., but preserves !, ', (, ), and *.
 * To ensure strict compliance, we manually encode those preserved characters.
 *
 * @param {string} str - The input string to encode.
 * @returns {string} The percent-encoded string.
 */
function encodeWithSlashes(str) {
    return encodeURIComponent(str).replace(/[!'()*]/g, // Characters preserved by encodeURIComponent
    // Characters preserved by encodeURIComponent
    character => '%' + character.charCodeAt(0).toString(16).toUpperCase());
}
/**
 * Percent-encodes a string according to RFC 3986, preserving unreserved
 * characters (alpha-numeric, '-', '_', '.', and '~') and slashes ('/'). All other
 * characters are percent-encoded.
 *
 * @param {string} str - The input string to encode.
 * @returns {string} The percent-encoded string with slashes preserved.
 */
function encodeWithoutSlashes(str) {
    return str.split('/').map(encodeWithSlashes).join('/');
}
function escapeRegExp(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function applyPattern(pattern, fieldValue, propertyName = 'resource') {
    if (!pattern || pattern === '*') {
        validateUriPathSegment(propertyName, fieldValue);
        return encodeWithSlashes(fieldValue);
    }
    if (!pattern.includes('*') && pattern !== fieldValue) {
        return undefined;
    }
    // since we're converting the pattern to a regex, make necessary precautions:
    const regex = new RegExp('^' +
        escapeRegExp(pattern)
            .replace(/\\\*\\\*/g, '(.+)')
            .replace(/\\\*/g, '([^/]+)') +
        '$');
    const match = fieldValue.match(regex);
    if (!match) {
        return undefined;
    }
    // Identify the segments and wildcards in pattern to perform validation in order of appearance
    const wildcards = pattern.match(/\*\*|\*/g) || [];
    // Check the captured group values
    for (let i = 1; i < match.length; i++) {
        const groupVal = match[i];
        if (groupVal !== undefined && groupVal !== null) {
            const wildcardType = wildcards[i - 1];
            if (wildcardType === '*') {
                validateUriPathSegment(propertyName, groupVal);
            }
            else if (wildcardType === '**') {
                validateUriPath(propertyName, groupVal);
            }
        }
    }
    return encodeWithoutSlashes(fieldValue);
}
function fieldToCamelCase(field) {
    const parts = field.split('.');
    return parts.map(part => (0, util_1.toCamelCase)(part)).join('.');
}
function match(request, pattern) {
    let url = pattern;
    const matchedFields = [];
    for (;;) {
        const match = url.match(/^(.*)\{([^}=]+)(?:=([^}]*))?\}(.*)/);
        if (!match) {
            break;
        }
        const [, before, field, pattern, after] = match;
        const camelCasedField = fieldToCamelCase(field);
        matchedFields.push(fieldToCamelCase(camelCasedField));
        const fieldValue = getField(request, camelCasedField);
        if (fieldValue === undefined) {
            return undefined;
        }
        const appliedPattern = applyPattern(pattern, fieldValue === null ? 'null' : fieldValue.toString(), camelCasedField);
        if (appliedPattern === undefined) {
            return undefined;
        }
        url = before + appliedPattern + after;
    }
    return { matchedFields, url };
}
function flattenObject(request) {
    const result = {};
    for (const key in request) {
        if (request[key] === undefined) {
            continue;
        }
        if (Array.isArray(request[key])) {
            // According to the http.proto comments, a repeated field may only
            // contain primitive types, so no extra recursion here.
            result[key] = request[key];
            continue;
        }
        if (typeof request[key] === 'object' && request[key] !== null) {
            const nested = flattenObject(request[key]);
            for (const nestedKey in nested) {
                result[`${key}.${nestedKey}`] = nested[nestedKey];
            }
            continue;
        }
        result[key] = request[key];
    }
    return result;
}
function isProto3OptionalField(field) {
    return field && field.options && field.options[proto3OptionalName];
}
function transcode(request, parsedOptions) {
    const httpRules = [];
    for (const option of parsedOptions) {
        if (!(httpOptionName in option)) {
            continue;
        }
        const httpRule = option[httpOptionName];
        httpRules.push(httpRule);
        if (httpRule?.additional_bindings) {
            const additionalBindings = Array.isArray(httpRule.additional_bindings)
                ? httpRule.additional_bindings
                : [httpRule.additional_bindings];
            httpRules.push(...additionalBindings);
        }
    }
    for (const httpRule of httpRules) {
        for (const httpMethod of supportedHttpMethods) {
            if (!(httpMethod in httpRule)) {
                continue;
            }
            const pathTemplate = httpRule[httpMethod];
            const matchResult = match(request, pathTemplate);
            if (matchResult === undefined) {
                continue;
            }
            const { url, matchedFields } = matchResult;
            let data = deepCopyWithoutMatchedFields(request, new Set(matchedFields));
            if (httpRule.body === '*') {
                const result = {
                    httpMethod,
                    url,
                    queryString: '',
                    data,
                };
                matchedUrlTemplates.set(result, pathTemplate);
                return result;
            }
            // one field possibly goes to request data, others go to query string
            const queryStringObject = data;
            if (httpRule.body) {
                data = getField(queryStringObject, fieldToCamelCase(httpRule.body), 
                /*allowObjects:*/ true);
                deleteField(queryStringObject, fieldToCamelCase(httpRule.body));
            }
            else {
                data = '';
            }
            const queryStringComponents = buildQueryStringComponents(queryStringObject);
            const queryString = queryStringComponents.join('&');
            if (!data ||
                (typeof data === 'object' && Object.keys(data).length === 0)) {
                data = '';
            }
            const result = { httpMethod, url, queryString, data };
            matchedUrlTemplates.set(result, pathTemplate);
            return result;
        }
    }
    return undefined;
}
// Override the protobuf json's the http rules.
function overrideHttpRules(httpRules, protoJson) {
    for (const rule of httpRules) {
        if (!rule.selector) {
            continue;
        }
        const rpc = protoJson.lookup(rule.selector);
        // Not support override on non-exist RPC or a RPC without an annotation.
        // We could reconsider if we have the use case later.
        if (!rpc || !rpc.parsedOptions) {
            continue;
        }
        for (const item of rpc.parsedOptions) {
            if (!(httpOptionName in item)) {
                continue;
            }
            const httpOptions = item[httpOptionName];
            for (const httpMethod in httpOptions) {
                if (httpMethod in rule) {
                    if (httpMethod === 'additional_bindings') {
                        continue;
                    }
                    httpOptions[httpMethod] =
                        rule[httpMethod];
                }
                if (rule.additional_bindings) {
                    httpOptions['additional_bindings'] = !httpOptions['additional_bindings']
                        ? []
                        : Array.isArray(httpOptions['additional_bindings'])
                            ? httpOptions['additional_bindings']
                            : [httpOptions['additional_bindings']];
                    // Make the additional_binding to be an array if it is not.
                    httpOptions['additional_bindings'].push(...rule.additional_bindings);
                }
            }
        }
    }
}
//# sourceMappingURL=transcoding.js.map

/***/ }),

/***/ 70263:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ignoredClientHeaderTokens = exports.decodeAnyProtosInArray = exports.decodeProtobufAny = exports.getProtoNameFromFullName = void 0;
exports.camelToSnakeCase = camelToSnakeCase;
exports.toCamelCase = toCamelCase;
exports.toLowerCamelCase = toLowerCamelCase;
exports.makeUUID = makeUUID;
const PROTO_TYPE_PREFIX = 'type.googleapis.com/';
const NUM_OF_PARTS_IN_PROTO_TYPE_NAME = 2;
const randomUUID = () => globalThis.crypto?.randomUUID() || (__webpack_require__(76982).randomUUID)();
function words(str, normalize = false) {
    if (normalize) {
        // strings like somethingABCSomething are special case for protobuf.js,
        // they should be split as "something", "abc", "something".
        // Deal with sequences of capital letters first.
        str = str.replace(/([A-Z])([A-Z]+)([A-Z])/g, (str) => {
            return (str[0] +
                str.slice(1, str.length - 1).toLowerCase() +
                str[str.length - 1]);
        });
    }
    // split on spaces, non-alphanumeric, or capital letters
    // note: we keep the capitalization of the first word (special case: IPProtocol)
    return str
        .split(/(?=[A-Z])|[^A-Za-z0-9.]+/)
        .filter(w => w.length > 0)
        .map((w, index) => (index === 0 ? w : w.toLowerCase()));
}
/**
 * Converts the first character of the given string to lower case.
 */
function lowercase(str) {
    if (str.length === 0) {
        return str;
    }
    return str[0].toLowerCase() + str.slice(1);
}
/**
 * Converts a given string from camelCase (used by protobuf.js and in JSON)
 * to snake_case (normally used in proto definitions).
 */
function camelToSnakeCase(str) {
    // Keep the first position capitalization, otherwise decapitalize with underscore.
    const wordsList = words(str);
    if (wordsList.length === 0) {
        return str;
    }
    const result = [wordsList[0]];
    result.push(...wordsList.slice(1).map(lowercase));
    return result.join('_');
}
/**
 * Capitalizes the first character of the given string.
 */
function capitalize(str) {
    if (str.length === 0) {
        return str;
    }
    return str[0].toUpperCase() + str.slice(1);
}
/**
 * Converts a given string from snake_case (normally used in proto definitions) or
 * PascalCase (also used in proto definitions) to camelCase (used by protobuf.js).
 * Preserves capitalization of the first character.
 */
function toCamelCase(str) {
    const wordsList = words(str, /*normalize:*/ true);
    if (wordsList.length === 0) {
        return str;
    }
    const result = [wordsList[0]];
    result.push(...wordsList.slice(1).map(w => {
        if (w.match(/^\d+$/)) {
            return '_' + w;
        }
        return capitalize(w);
    }));
    return result.join('');
}
/**
 * Converts a given string to lower camel case (forcing the first character to be
 * in lower case).
 */
function toLowerCamelCase(str) {
    const camelCase = toCamelCase(str);
    if (camelCase.length === 0) {
        return camelCase;
    }
    return camelCase[0].toLowerCase() + camelCase.slice(1);
}
/**
 * Converts a given string to lower camel case (forcing the first character to be
 * in lower case).
 */
function makeUUID() {
    return randomUUID();
}
// Get proto type name removing the prefix. For example full type name: type.googleapis.com/google.rpc.Help, the function returns google.rpc.Help.
const getProtoNameFromFullName = (fullTypeName) => {
    const parts = fullTypeName.split(PROTO_TYPE_PREFIX);
    if (parts.length !== NUM_OF_PARTS_IN_PROTO_TYPE_NAME) {
        throw Error("Can't get proto name");
    }
    return parts[1];
};
exports.getProtoNameFromFullName = getProtoNameFromFullName;
// Given a proto Any and a set of protos, decode using the set of protos.
const decodeProtobufAny = (anyValue, protobuf) => {
    if (anyValue.type_url === '') {
        throw new Error('Any type_url is not set');
    }
    const typeName = (0, exports.getProtoNameFromFullName)(anyValue.type_url);
    const type = protobuf.lookupType(typeName);
    return type.decode(anyValue.value);
};
exports.decodeProtobufAny = decodeProtobufAny;
// Given list of protos, if any of them are Any proto try to decode them with protos in given protobuf.
const decodeAnyProtosInArray = (protoList, protobuf) => {
    const protoListDecoded = [];
    for (const proto of protoList) {
        if (proto.constructor.name === 'Any') {
            try {
                // Proto is Any we try to decode with protos in protobuf.
                const decodedAnyProto = (0, exports.decodeProtobufAny)(proto, protobuf);
                protoListDecoded.push(decodedAnyProto);
            }
            catch (e) {
                // Skip we can't process it.
            }
            continue;
        }
        protoListDecoded.push(proto);
    }
    return protoListDecoded;
};
exports.decodeAnyProtosInArray = decodeAnyProtosInArray;
/**
 * Standard or infrastructure tokens in the x-goog-api-client header that should
 * be ignored when resolving the client artifact/package name.
 */
exports.ignoredClientHeaderTokens = [
    'gl-node',
    'gl-web',
    'grpc',
    'grpc-web',
    'rest',
    'gax',
    'auth',
    'gapic',
    'gccl',
];
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 6002:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * Copyright 2020 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.warn = warn;
const featureDetection_1 = __webpack_require__(88870);
const emittedWarnings = new Set();
// warnType is the type of warning (e.g. 'DeprecationWarning', 'ExperimentalWarning', etc.)
function warn(code, message, warnType) {
    // Only show a given warning once
    if (emittedWarnings.has(code)) {
        return;
    }
    emittedWarnings.add(code);
    if (!(0, featureDetection_1.isNodeJS)()) {
        console.warn(message);
    }
    else if (typeof warnType !== 'undefined') {
        process.emitWarning(message, {
            type: warnType,
        });
    }
    else {
        process.emitWarning(message);
    }
}
//# sourceMappingURL=warnings.js.map

/***/ }),

/***/ 40332:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


exports.fallback = __webpack_require__(95349);
exports.loggingUtils = __webpack_require__(43734);
exports.decodeAnyProtosInArray = __webpack_require__(70263).decodeAnyProtosInArray;


/***/ }),

/***/ 54532:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"nested":{"google":{"nested":{"iam":{"nested":{"v1":{"options":{"cc_enable_arenas":true,"csharp_namespace":"Google.Cloud.Iam.V1","go_package":"google.golang.org/genproto/googleapis/iam/v1;iam","java_multiple_files":true,"java_outer_classname":"PolicyProto","java_package":"com.google.iam.v1","php_namespace":"Google\\\\Cloud\\\\Iam\\\\V1"},"nested":{"IAMPolicy":{"options":{"(google.api.default_host)":"iam-meta-api.googleapis.com"},"methods":{"SetIamPolicy":{"requestType":"SetIamPolicyRequest","responseType":"Policy","options":{"(google.api.http).post":"/v1/{resource=**}:setIamPolicy","(google.api.http).body":"*"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{resource=**}:setIamPolicy","body":"*"}}]},"GetIamPolicy":{"requestType":"GetIamPolicyRequest","responseType":"Policy","options":{"(google.api.http).post":"/v1/{resource=**}:getIamPolicy","(google.api.http).body":"*"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{resource=**}:getIamPolicy","body":"*"}}]},"TestIamPermissions":{"requestType":"TestIamPermissionsRequest","responseType":"TestIamPermissionsResponse","options":{"(google.api.http).post":"/v1/{resource=**}:testIamPermissions","(google.api.http).body":"*"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{resource=**}:testIamPermissions","body":"*"}}]}}},"SetIamPolicyRequest":{"fields":{"resource":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"*"}},"policy":{"type":"Policy","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GetIamPolicyRequest":{"fields":{"resource":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"*"}},"options":{"type":"GetPolicyOptions","id":2}}},"TestIamPermissionsRequest":{"fields":{"resource":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"*"}},"permissions":{"rule":"repeated","type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"TestIamPermissionsResponse":{"fields":{"permissions":{"rule":"repeated","type":"string","id":1}}},"GetPolicyOptions":{"fields":{"requestedPolicyVersion":{"type":"int32","id":1}}},"Policy":{"fields":{"version":{"type":"int32","id":1},"bindings":{"rule":"repeated","type":"Binding","id":4},"etag":{"type":"bytes","id":3}}},"Binding":{"fields":{"role":{"type":"string","id":1},"members":{"rule":"repeated","type":"string","id":2},"condition":{"type":"google.type.Expr","id":3}}},"PolicyDelta":{"fields":{"bindingDeltas":{"rule":"repeated","type":"BindingDelta","id":1},"auditConfigDeltas":{"rule":"repeated","type":"AuditConfigDelta","id":2}}},"BindingDelta":{"fields":{"action":{"type":"Action","id":1},"role":{"type":"string","id":2},"member":{"type":"string","id":3},"condition":{"type":"google.type.Expr","id":4}},"nested":{"Action":{"values":{"ACTION_UNSPECIFIED":0,"ADD":1,"REMOVE":2}}}},"AuditConfigDelta":{"fields":{"action":{"type":"Action","id":1},"service":{"type":"string","id":2},"exemptedMember":{"type":"string","id":3},"logType":{"type":"string","id":4}},"nested":{"Action":{"values":{"ACTION_UNSPECIFIED":0,"ADD":1,"REMOVE":2}}}},"logging":{"options":{"csharp_namespace":"Google.Cloud.Iam.V1.Logging","go_package":"google.golang.org/genproto/googleapis/iam/v1/logging;logging","java_multiple_files":true,"java_outer_classname":"AuditDataProto","java_package":"com.google.iam.v1.logging"},"nested":{"AuditData":{"fields":{"policyDelta":{"type":"google.iam.v1.PolicyDelta","id":2}}}}}}}}},"api":{"options":{"go_package":"google.golang.org/genproto/googleapis/api/annotations;annotations","java_multiple_files":true,"java_outer_classname":"ResourceProto","java_package":"com.google.api","objc_class_prefix":"GAPI","cc_enable_arenas":true},"nested":{"http":{"type":"HttpRule","id":72295728,"extend":"google.protobuf.MethodOptions"},"Http":{"fields":{"rules":{"rule":"repeated","type":"HttpRule","id":1},"fullyDecodeReservedExpansion":{"type":"bool","id":2}}},"HttpRule":{"oneofs":{"pattern":{"oneof":["get","put","post","delete","patch","custom"]}},"fields":{"selector":{"type":"string","id":1},"get":{"type":"string","id":2},"put":{"type":"string","id":3},"post":{"type":"string","id":4},"delete":{"type":"string","id":5},"patch":{"type":"string","id":6},"custom":{"type":"CustomHttpPattern","id":8},"body":{"type":"string","id":7},"responseBody":{"type":"string","id":12},"additionalBindings":{"rule":"repeated","type":"HttpRule","id":11}}},"CustomHttpPattern":{"fields":{"kind":{"type":"string","id":1},"path":{"type":"string","id":2}}},"methodSignature":{"rule":"repeated","type":"string","id":1051,"extend":"google.protobuf.MethodOptions"},"defaultHost":{"type":"string","id":1049,"extend":"google.protobuf.ServiceOptions"},"oauthScopes":{"type":"string","id":1050,"extend":"google.protobuf.ServiceOptions"},"fieldBehavior":{"rule":"repeated","type":"google.api.FieldBehavior","id":1052,"extend":"google.protobuf.FieldOptions"},"FieldBehavior":{"values":{"FIELD_BEHAVIOR_UNSPECIFIED":0,"OPTIONAL":1,"REQUIRED":2,"OUTPUT_ONLY":3,"INPUT_ONLY":4,"IMMUTABLE":5}},"resourceReference":{"type":"google.api.ResourceReference","id":1055,"extend":"google.protobuf.FieldOptions"},"resourceDefinition":{"rule":"repeated","type":"google.api.ResourceDescriptor","id":1053,"extend":"google.protobuf.FileOptions"},"resource":{"type":"google.api.ResourceDescriptor","id":1053,"extend":"google.protobuf.MessageOptions"},"ResourceDescriptor":{"fields":{"type":{"type":"string","id":1},"pattern":{"rule":"repeated","type":"string","id":2},"nameField":{"type":"string","id":3},"history":{"type":"History","id":4},"plural":{"type":"string","id":5},"singular":{"type":"string","id":6}},"nested":{"History":{"values":{"HISTORY_UNSPECIFIED":0,"ORIGINALLY_SINGLE_PATTERN":1,"FUTURE_MULTI_PATTERN":2}}}},"ResourceReference":{"fields":{"type":{"type":"string","id":1},"childType":{"type":"string","id":2}}}}},"protobuf":{"options":{"go_package":"github.com/golang/protobuf/protoc-gen-go/descriptor;descriptor","java_package":"com.google.protobuf","java_outer_classname":"DescriptorProtos","csharp_namespace":"Google.Protobuf.Reflection","objc_class_prefix":"GPB","cc_enable_arenas":true,"optimize_for":"SPEED"},"nested":{"FileDescriptorSet":{"fields":{"file":{"rule":"repeated","type":"FileDescriptorProto","id":1}}},"FileDescriptorProto":{"fields":{"name":{"type":"string","id":1},"package":{"type":"string","id":2},"dependency":{"rule":"repeated","type":"string","id":3},"publicDependency":{"rule":"repeated","type":"int32","id":10,"options":{"packed":false}},"weakDependency":{"rule":"repeated","type":"int32","id":11,"options":{"packed":false}},"messageType":{"rule":"repeated","type":"DescriptorProto","id":4},"enumType":{"rule":"repeated","type":"EnumDescriptorProto","id":5},"service":{"rule":"repeated","type":"ServiceDescriptorProto","id":6},"extension":{"rule":"repeated","type":"FieldDescriptorProto","id":7},"options":{"type":"FileOptions","id":8},"sourceCodeInfo":{"type":"SourceCodeInfo","id":9},"syntax":{"type":"string","id":12}}},"DescriptorProto":{"fields":{"name":{"type":"string","id":1},"field":{"rule":"repeated","type":"FieldDescriptorProto","id":2},"extension":{"rule":"repeated","type":"FieldDescriptorProto","id":6},"nestedType":{"rule":"repeated","type":"DescriptorProto","id":3},"enumType":{"rule":"repeated","type":"EnumDescriptorProto","id":4},"extensionRange":{"rule":"repeated","type":"ExtensionRange","id":5},"oneofDecl":{"rule":"repeated","type":"OneofDescriptorProto","id":8},"options":{"type":"MessageOptions","id":7},"reservedRange":{"rule":"repeated","type":"ReservedRange","id":9},"reservedName":{"rule":"repeated","type":"string","id":10}},"nested":{"ExtensionRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2},"options":{"type":"ExtensionRangeOptions","id":3}}},"ReservedRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2}}}}},"ExtensionRangeOptions":{"fields":{"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"FieldDescriptorProto":{"fields":{"name":{"type":"string","id":1},"number":{"type":"int32","id":3},"label":{"type":"Label","id":4},"type":{"type":"Type","id":5},"typeName":{"type":"string","id":6},"extendee":{"type":"string","id":2},"defaultValue":{"type":"string","id":7},"oneofIndex":{"type":"int32","id":9},"jsonName":{"type":"string","id":10},"options":{"type":"FieldOptions","id":8},"proto3Optional":{"type":"bool","id":17}},"nested":{"Type":{"values":{"TYPE_DOUBLE":1,"TYPE_FLOAT":2,"TYPE_INT64":3,"TYPE_UINT64":4,"TYPE_INT32":5,"TYPE_FIXED64":6,"TYPE_FIXED32":7,"TYPE_BOOL":8,"TYPE_STRING":9,"TYPE_GROUP":10,"TYPE_MESSAGE":11,"TYPE_BYTES":12,"TYPE_UINT32":13,"TYPE_ENUM":14,"TYPE_SFIXED32":15,"TYPE_SFIXED64":16,"TYPE_SINT32":17,"TYPE_SINT64":18}},"Label":{"values":{"LABEL_OPTIONAL":1,"LABEL_REQUIRED":2,"LABEL_REPEATED":3}}}},"OneofDescriptorProto":{"fields":{"name":{"type":"string","id":1},"options":{"type":"OneofOptions","id":2}}},"EnumDescriptorProto":{"fields":{"name":{"type":"string","id":1},"value":{"rule":"repeated","type":"EnumValueDescriptorProto","id":2},"options":{"type":"EnumOptions","id":3},"reservedRange":{"rule":"repeated","type":"EnumReservedRange","id":4},"reservedName":{"rule":"repeated","type":"string","id":5}},"nested":{"EnumReservedRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2}}}}},"EnumValueDescriptorProto":{"fields":{"name":{"type":"string","id":1},"number":{"type":"int32","id":2},"options":{"type":"EnumValueOptions","id":3}}},"ServiceDescriptorProto":{"fields":{"name":{"type":"string","id":1},"method":{"rule":"repeated","type":"MethodDescriptorProto","id":2},"options":{"type":"ServiceOptions","id":3}}},"MethodDescriptorProto":{"fields":{"name":{"type":"string","id":1},"inputType":{"type":"string","id":2},"outputType":{"type":"string","id":3},"options":{"type":"MethodOptions","id":4},"clientStreaming":{"type":"bool","id":5,"options":{"default":false}},"serverStreaming":{"type":"bool","id":6,"options":{"default":false}}}},"FileOptions":{"fields":{"javaPackage":{"type":"string","id":1},"javaOuterClassname":{"type":"string","id":8},"javaMultipleFiles":{"type":"bool","id":10,"options":{"default":false}},"javaGenerateEqualsAndHash":{"type":"bool","id":20,"options":{"deprecated":true}},"javaStringCheckUtf8":{"type":"bool","id":27,"options":{"default":false}},"optimizeFor":{"type":"OptimizeMode","id":9,"options":{"default":"SPEED"}},"goPackage":{"type":"string","id":11},"ccGenericServices":{"type":"bool","id":16,"options":{"default":false}},"javaGenericServices":{"type":"bool","id":17,"options":{"default":false}},"pyGenericServices":{"type":"bool","id":18,"options":{"default":false}},"phpGenericServices":{"type":"bool","id":42,"options":{"default":false}},"deprecated":{"type":"bool","id":23,"options":{"default":false}},"ccEnableArenas":{"type":"bool","id":31,"options":{"default":true}},"objcClassPrefix":{"type":"string","id":36},"csharpNamespace":{"type":"string","id":37},"swiftPrefix":{"type":"string","id":39},"phpClassPrefix":{"type":"string","id":40},"phpNamespace":{"type":"string","id":41},"phpMetadataNamespace":{"type":"string","id":44},"rubyPackage":{"type":"string","id":45},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[38,38]],"nested":{"OptimizeMode":{"values":{"SPEED":1,"CODE_SIZE":2,"LITE_RUNTIME":3}}}},"MessageOptions":{"fields":{"messageSetWireFormat":{"type":"bool","id":1,"options":{"default":false}},"noStandardDescriptorAccessor":{"type":"bool","id":2,"options":{"default":false}},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"mapEntry":{"type":"bool","id":7},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[8,8],[9,9]]},"FieldOptions":{"fields":{"ctype":{"type":"CType","id":1,"options":{"default":"STRING"}},"packed":{"type":"bool","id":2},"jstype":{"type":"JSType","id":6,"options":{"default":"JS_NORMAL"}},"lazy":{"type":"bool","id":5,"options":{"default":false}},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"weak":{"type":"bool","id":10,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[4,4]],"nested":{"CType":{"values":{"STRING":0,"CORD":1,"STRING_PIECE":2}},"JSType":{"values":{"JS_NORMAL":0,"JS_STRING":1,"JS_NUMBER":2}}}},"OneofOptions":{"fields":{"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"EnumOptions":{"fields":{"allowAlias":{"type":"bool","id":2},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[5,5]]},"EnumValueOptions":{"fields":{"deprecated":{"type":"bool","id":1,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"ServiceOptions":{"fields":{"deprecated":{"type":"bool","id":33,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"MethodOptions":{"fields":{"deprecated":{"type":"bool","id":33,"options":{"default":false}},"idempotencyLevel":{"type":"IdempotencyLevel","id":34,"options":{"default":"IDEMPOTENCY_UNKNOWN"}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"nested":{"IdempotencyLevel":{"values":{"IDEMPOTENCY_UNKNOWN":0,"NO_SIDE_EFFECTS":1,"IDEMPOTENT":2}}}},"UninterpretedOption":{"fields":{"name":{"rule":"repeated","type":"NamePart","id":2},"identifierValue":{"type":"string","id":3},"positiveIntValue":{"type":"uint64","id":4},"negativeIntValue":{"type":"int64","id":5},"doubleValue":{"type":"double","id":6},"stringValue":{"type":"bytes","id":7},"aggregateValue":{"type":"string","id":8}},"nested":{"NamePart":{"fields":{"namePart":{"rule":"required","type":"string","id":1},"isExtension":{"rule":"required","type":"bool","id":2}}}}},"SourceCodeInfo":{"fields":{"location":{"rule":"repeated","type":"Location","id":1}},"nested":{"Location":{"fields":{"path":{"rule":"repeated","type":"int32","id":1},"span":{"rule":"repeated","type":"int32","id":2},"leadingComments":{"type":"string","id":3},"trailingComments":{"type":"string","id":4},"leadingDetachedComments":{"rule":"repeated","type":"string","id":6}}}}},"GeneratedCodeInfo":{"fields":{"annotation":{"rule":"repeated","type":"Annotation","id":1}},"nested":{"Annotation":{"fields":{"path":{"rule":"repeated","type":"int32","id":1},"sourceFile":{"type":"string","id":2},"begin":{"type":"int32","id":3},"end":{"type":"int32","id":4}}}}}}},"type":{"options":{"go_package":"google.golang.org/genproto/googleapis/type/expr;expr","java_multiple_files":true,"java_outer_classname":"ExprProto","java_package":"com.google.type","objc_class_prefix":"GTP"},"nested":{"Expr":{"fields":{"expression":{"type":"string","id":1},"title":{"type":"string","id":2},"description":{"type":"string","id":3},"location":{"type":"string","id":4}}}}}}}}}');

/***/ }),

/***/ 48897:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"nested":{"google":{"nested":{"cloud":{"nested":{"location":{"options":{"cc_enable_arenas":true,"go_package":"google.golang.org/genproto/googleapis/cloud/location;location","java_multiple_files":true,"java_outer_classname":"LocationsProto","java_package":"com.google.cloud.location"},"nested":{"Locations":{"options":{"(google.api.default_host)":"cloud.googleapis.com","(google.api.oauth_scopes)":"https://www.googleapis.com/auth/cloud-platform"},"methods":{"ListLocations":{"requestType":"ListLocationsRequest","responseType":"ListLocationsResponse","options":{"(google.api.http).get":"/v1/{name=locations}","(google.api.http).additional_bindings.get":"/v1/{name=projects/*}/locations"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=locations}","additional_bindings":{"get":"/v1/{name=projects/*}/locations"}}}]},"GetLocation":{"requestType":"GetLocationRequest","responseType":"Location","options":{"(google.api.http).get":"/v1/{name=locations/*}","(google.api.http).additional_bindings.get":"/v1/{name=projects/*/locations/*}"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=locations/*}","additional_bindings":{"get":"/v1/{name=projects/*/locations/*}"}}}]}}},"ListLocationsRequest":{"fields":{"name":{"type":"string","id":1},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4}}},"ListLocationsResponse":{"fields":{"locations":{"rule":"repeated","type":"Location","id":1},"nextPageToken":{"type":"string","id":2}}},"GetLocationRequest":{"fields":{"name":{"type":"string","id":1}}},"Location":{"fields":{"name":{"type":"string","id":1},"locationId":{"type":"string","id":4},"displayName":{"type":"string","id":5},"labels":{"keyType":"string","type":"string","id":2},"metadata":{"type":"google.protobuf.Any","id":3}}}}}}},"api":{"options":{"go_package":"google.golang.org/genproto/googleapis/api/annotations;annotations","java_multiple_files":true,"java_outer_classname":"ClientProto","java_package":"com.google.api","objc_class_prefix":"GAPI","cc_enable_arenas":true},"nested":{"http":{"type":"HttpRule","id":72295728,"extend":"google.protobuf.MethodOptions"},"Http":{"fields":{"rules":{"rule":"repeated","type":"HttpRule","id":1},"fullyDecodeReservedExpansion":{"type":"bool","id":2}}},"HttpRule":{"oneofs":{"pattern":{"oneof":["get","put","post","delete","patch","custom"]}},"fields":{"selector":{"type":"string","id":1},"get":{"type":"string","id":2},"put":{"type":"string","id":3},"post":{"type":"string","id":4},"delete":{"type":"string","id":5},"patch":{"type":"string","id":6},"custom":{"type":"CustomHttpPattern","id":8},"body":{"type":"string","id":7},"responseBody":{"type":"string","id":12},"additionalBindings":{"rule":"repeated","type":"HttpRule","id":11}}},"CustomHttpPattern":{"fields":{"kind":{"type":"string","id":1},"path":{"type":"string","id":2}}},"methodSignature":{"rule":"repeated","type":"string","id":1051,"extend":"google.protobuf.MethodOptions"},"defaultHost":{"type":"string","id":1049,"extend":"google.protobuf.ServiceOptions"},"oauthScopes":{"type":"string","id":1050,"extend":"google.protobuf.ServiceOptions"}}},"protobuf":{"options":{"go_package":"google.golang.org/protobuf/types/descriptorpb","java_package":"com.google.protobuf","java_outer_classname":"DescriptorProtos","csharp_namespace":"Google.Protobuf.Reflection","objc_class_prefix":"GPB","cc_enable_arenas":true,"optimize_for":"SPEED"},"nested":{"FileDescriptorSet":{"fields":{"file":{"rule":"repeated","type":"FileDescriptorProto","id":1}}},"FileDescriptorProto":{"fields":{"name":{"type":"string","id":1},"package":{"type":"string","id":2},"dependency":{"rule":"repeated","type":"string","id":3},"publicDependency":{"rule":"repeated","type":"int32","id":10,"options":{"packed":false}},"weakDependency":{"rule":"repeated","type":"int32","id":11,"options":{"packed":false}},"messageType":{"rule":"repeated","type":"DescriptorProto","id":4},"enumType":{"rule":"repeated","type":"EnumDescriptorProto","id":5},"service":{"rule":"repeated","type":"ServiceDescriptorProto","id":6},"extension":{"rule":"repeated","type":"FieldDescriptorProto","id":7},"options":{"type":"FileOptions","id":8},"sourceCodeInfo":{"type":"SourceCodeInfo","id":9},"syntax":{"type":"string","id":12}}},"DescriptorProto":{"fields":{"name":{"type":"string","id":1},"field":{"rule":"repeated","type":"FieldDescriptorProto","id":2},"extension":{"rule":"repeated","type":"FieldDescriptorProto","id":6},"nestedType":{"rule":"repeated","type":"DescriptorProto","id":3},"enumType":{"rule":"repeated","type":"EnumDescriptorProto","id":4},"extensionRange":{"rule":"repeated","type":"ExtensionRange","id":5},"oneofDecl":{"rule":"repeated","type":"OneofDescriptorProto","id":8},"options":{"type":"MessageOptions","id":7},"reservedRange":{"rule":"repeated","type":"ReservedRange","id":9},"reservedName":{"rule":"repeated","type":"string","id":10}},"nested":{"ExtensionRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2},"options":{"type":"ExtensionRangeOptions","id":3}}},"ReservedRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2}}}}},"ExtensionRangeOptions":{"fields":{"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"FieldDescriptorProto":{"fields":{"name":{"type":"string","id":1},"number":{"type":"int32","id":3},"label":{"type":"Label","id":4},"type":{"type":"Type","id":5},"typeName":{"type":"string","id":6},"extendee":{"type":"string","id":2},"defaultValue":{"type":"string","id":7},"oneofIndex":{"type":"int32","id":9},"jsonName":{"type":"string","id":10},"options":{"type":"FieldOptions","id":8},"proto3Optional":{"type":"bool","id":17}},"nested":{"Type":{"values":{"TYPE_DOUBLE":1,"TYPE_FLOAT":2,"TYPE_INT64":3,"TYPE_UINT64":4,"TYPE_INT32":5,"TYPE_FIXED64":6,"TYPE_FIXED32":7,"TYPE_BOOL":8,"TYPE_STRING":9,"TYPE_GROUP":10,"TYPE_MESSAGE":11,"TYPE_BYTES":12,"TYPE_UINT32":13,"TYPE_ENUM":14,"TYPE_SFIXED32":15,"TYPE_SFIXED64":16,"TYPE_SINT32":17,"TYPE_SINT64":18}},"Label":{"values":{"LABEL_OPTIONAL":1,"LABEL_REQUIRED":2,"LABEL_REPEATED":3}}}},"OneofDescriptorProto":{"fields":{"name":{"type":"string","id":1},"options":{"type":"OneofOptions","id":2}}},"EnumDescriptorProto":{"fields":{"name":{"type":"string","id":1},"value":{"rule":"repeated","type":"EnumValueDescriptorProto","id":2},"options":{"type":"EnumOptions","id":3},"reservedRange":{"rule":"repeated","type":"EnumReservedRange","id":4},"reservedName":{"rule":"repeated","type":"string","id":5}},"nested":{"EnumReservedRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2}}}}},"EnumValueDescriptorProto":{"fields":{"name":{"type":"string","id":1},"number":{"type":"int32","id":2},"options":{"type":"EnumValueOptions","id":3}}},"ServiceDescriptorProto":{"fields":{"name":{"type":"string","id":1},"method":{"rule":"repeated","type":"MethodDescriptorProto","id":2},"options":{"type":"ServiceOptions","id":3}}},"MethodDescriptorProto":{"fields":{"name":{"type":"string","id":1},"inputType":{"type":"string","id":2},"outputType":{"type":"string","id":3},"options":{"type":"MethodOptions","id":4},"clientStreaming":{"type":"bool","id":5,"options":{"default":false}},"serverStreaming":{"type":"bool","id":6,"options":{"default":false}}}},"FileOptions":{"fields":{"javaPackage":{"type":"string","id":1},"javaOuterClassname":{"type":"string","id":8},"javaMultipleFiles":{"type":"bool","id":10,"options":{"default":false}},"javaGenerateEqualsAndHash":{"type":"bool","id":20,"options":{"deprecated":true}},"javaStringCheckUtf8":{"type":"bool","id":27,"options":{"default":false}},"optimizeFor":{"type":"OptimizeMode","id":9,"options":{"default":"SPEED"}},"goPackage":{"type":"string","id":11},"ccGenericServices":{"type":"bool","id":16,"options":{"default":false}},"javaGenericServices":{"type":"bool","id":17,"options":{"default":false}},"pyGenericServices":{"type":"bool","id":18,"options":{"default":false}},"phpGenericServices":{"type":"bool","id":42,"options":{"default":false}},"deprecated":{"type":"bool","id":23,"options":{"default":false}},"ccEnableArenas":{"type":"bool","id":31,"options":{"default":true}},"objcClassPrefix":{"type":"string","id":36},"csharpNamespace":{"type":"string","id":37},"swiftPrefix":{"type":"string","id":39},"phpClassPrefix":{"type":"string","id":40},"phpNamespace":{"type":"string","id":41},"phpMetadataNamespace":{"type":"string","id":44},"rubyPackage":{"type":"string","id":45},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[38,38]],"nested":{"OptimizeMode":{"values":{"SPEED":1,"CODE_SIZE":2,"LITE_RUNTIME":3}}}},"MessageOptions":{"fields":{"messageSetWireFormat":{"type":"bool","id":1,"options":{"default":false}},"noStandardDescriptorAccessor":{"type":"bool","id":2,"options":{"default":false}},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"mapEntry":{"type":"bool","id":7},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[8,8],[9,9]]},"FieldOptions":{"fields":{"ctype":{"type":"CType","id":1,"options":{"default":"STRING"}},"packed":{"type":"bool","id":2},"jstype":{"type":"JSType","id":6,"options":{"default":"JS_NORMAL"}},"lazy":{"type":"bool","id":5,"options":{"default":false}},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"weak":{"type":"bool","id":10,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[4,4]],"nested":{"CType":{"values":{"STRING":0,"CORD":1,"STRING_PIECE":2}},"JSType":{"values":{"JS_NORMAL":0,"JS_STRING":1,"JS_NUMBER":2}}}},"OneofOptions":{"fields":{"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"EnumOptions":{"fields":{"allowAlias":{"type":"bool","id":2},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[5,5]]},"EnumValueOptions":{"fields":{"deprecated":{"type":"bool","id":1,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"ServiceOptions":{"fields":{"deprecated":{"type":"bool","id":33,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"MethodOptions":{"fields":{"deprecated":{"type":"bool","id":33,"options":{"default":false}},"idempotencyLevel":{"type":"IdempotencyLevel","id":34,"options":{"default":"IDEMPOTENCY_UNKNOWN"}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"nested":{"IdempotencyLevel":{"values":{"IDEMPOTENCY_UNKNOWN":0,"NO_SIDE_EFFECTS":1,"IDEMPOTENT":2}}}},"UninterpretedOption":{"fields":{"name":{"rule":"repeated","type":"NamePart","id":2},"identifierValue":{"type":"string","id":3},"positiveIntValue":{"type":"uint64","id":4},"negativeIntValue":{"type":"int64","id":5},"doubleValue":{"type":"double","id":6},"stringValue":{"type":"bytes","id":7},"aggregateValue":{"type":"string","id":8}},"nested":{"NamePart":{"fields":{"namePart":{"rule":"required","type":"string","id":1},"isExtension":{"rule":"required","type":"bool","id":2}}}}},"SourceCodeInfo":{"fields":{"location":{"rule":"repeated","type":"Location","id":1}},"nested":{"Location":{"fields":{"path":{"rule":"repeated","type":"int32","id":1},"span":{"rule":"repeated","type":"int32","id":2},"leadingComments":{"type":"string","id":3},"trailingComments":{"type":"string","id":4},"leadingDetachedComments":{"rule":"repeated","type":"string","id":6}}}}},"GeneratedCodeInfo":{"fields":{"annotation":{"rule":"repeated","type":"Annotation","id":1}},"nested":{"Annotation":{"fields":{"path":{"rule":"repeated","type":"int32","id":1},"sourceFile":{"type":"string","id":2},"begin":{"type":"int32","id":3},"end":{"type":"int32","id":4}}}}},"Any":{"fields":{"type_url":{"type":"string","id":1},"value":{"type":"bytes","id":2}}}}}}}}}');

/***/ }),

/***/ 80309:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"nested":{"google":{"nested":{"longrunning":{"options":{"cc_enable_arenas":true,"csharp_namespace":"Google.LongRunning","go_package":"google.golang.org/genproto/googleapis/longrunning;longrunning","java_multiple_files":true,"java_outer_classname":"OperationsProto","java_package":"com.google.longrunning","php_namespace":"Google\\\\LongRunning"},"nested":{"operationInfo":{"type":"google.longrunning.OperationInfo","id":1049,"extend":"google.protobuf.MethodOptions"},"Operations":{"options":{"(google.api.default_host)":"longrunning.googleapis.com"},"methods":{"ListOperations":{"requestType":"ListOperationsRequest","responseType":"ListOperationsResponse","options":{"(google.api.http).get":"/v1/{name=operations}","(google.api.method_signature)":"name,filter"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=operations}"}},{"(google.api.method_signature)":"name,filter"}]},"GetOperation":{"requestType":"GetOperationRequest","responseType":"Operation","options":{"(google.api.http).get":"/v1/operations/{name}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/operations/{name}"}},{"(google.api.method_signature)":"name"}]},"DeleteOperation":{"requestType":"DeleteOperationRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).delete":"/v1/{name=operations/**}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=operations/**}"}},{"(google.api.method_signature)":"name"}]},"CancelOperation":{"requestType":"CancelOperationRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=operations/**}:cancel","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=operations/**}:cancel","body":"*"}},{"(google.api.method_signature)":"name"}]},"WaitOperation":{"requestType":"WaitOperationRequest","responseType":"Operation"}}},"Operation":{"oneofs":{"result":{"oneof":["error","response"]}},"fields":{"name":{"type":"string","id":1},"metadata":{"type":"google.protobuf.Any","id":2},"done":{"type":"bool","id":3},"error":{"type":"google.rpc.Status","id":4},"response":{"type":"google.protobuf.Any","id":5}}},"GetOperationRequest":{"fields":{"name":{"type":"string","id":1}}},"ListOperationsRequest":{"fields":{"name":{"type":"string","id":4},"filter":{"type":"string","id":1},"pageSize":{"type":"int32","id":2},"pageToken":{"type":"string","id":3}}},"ListOperationsResponse":{"fields":{"operations":{"rule":"repeated","type":"Operation","id":1},"nextPageToken":{"type":"string","id":2}}},"CancelOperationRequest":{"fields":{"name":{"type":"string","id":1}}},"DeleteOperationRequest":{"fields":{"name":{"type":"string","id":1}}},"WaitOperationRequest":{"fields":{"name":{"type":"string","id":1},"timeout":{"type":"google.protobuf.Duration","id":2}}},"OperationInfo":{"fields":{"responseType":{"type":"string","id":1},"metadataType":{"type":"string","id":2}}}}},"api":{"options":{"go_package":"google.golang.org/genproto/googleapis/api/annotations;annotations","java_multiple_files":true,"java_outer_classname":"ClientProto","java_package":"com.google.api","objc_class_prefix":"GAPI","cc_enable_arenas":true},"nested":{"http":{"type":"HttpRule","id":72295728,"extend":"google.protobuf.MethodOptions"},"Http":{"fields":{"rules":{"rule":"repeated","type":"HttpRule","id":1},"fullyDecodeReservedExpansion":{"type":"bool","id":2}}},"HttpRule":{"oneofs":{"pattern":{"oneof":["get","put","post","delete","patch","custom"]}},"fields":{"selector":{"type":"string","id":1},"get":{"type":"string","id":2},"put":{"type":"string","id":3},"post":{"type":"string","id":4},"delete":{"type":"string","id":5},"patch":{"type":"string","id":6},"custom":{"type":"CustomHttpPattern","id":8},"body":{"type":"string","id":7},"responseBody":{"type":"string","id":12},"additionalBindings":{"rule":"repeated","type":"HttpRule","id":11}}},"CustomHttpPattern":{"fields":{"kind":{"type":"string","id":1},"path":{"type":"string","id":2}}},"methodSignature":{"rule":"repeated","type":"string","id":1051,"extend":"google.protobuf.MethodOptions"},"defaultHost":{"type":"string","id":1049,"extend":"google.protobuf.ServiceOptions"},"oauthScopes":{"type":"string","id":1050,"extend":"google.protobuf.ServiceOptions"}}},"protobuf":{"options":{"go_package":"github.com/golang/protobuf/protoc-gen-go/descriptor;descriptor","java_package":"com.google.protobuf","java_outer_classname":"DescriptorProtos","csharp_namespace":"Google.Protobuf.Reflection","objc_class_prefix":"GPB","cc_enable_arenas":true,"optimize_for":"SPEED"},"nested":{"FileDescriptorSet":{"fields":{"file":{"rule":"repeated","type":"FileDescriptorProto","id":1}}},"FileDescriptorProto":{"fields":{"name":{"type":"string","id":1},"package":{"type":"string","id":2},"dependency":{"rule":"repeated","type":"string","id":3},"publicDependency":{"rule":"repeated","type":"int32","id":10,"options":{"packed":false}},"weakDependency":{"rule":"repeated","type":"int32","id":11,"options":{"packed":false}},"messageType":{"rule":"repeated","type":"DescriptorProto","id":4},"enumType":{"rule":"repeated","type":"EnumDescriptorProto","id":5},"service":{"rule":"repeated","type":"ServiceDescriptorProto","id":6},"extension":{"rule":"repeated","type":"FieldDescriptorProto","id":7},"options":{"type":"FileOptions","id":8},"sourceCodeInfo":{"type":"SourceCodeInfo","id":9},"syntax":{"type":"string","id":12}}},"DescriptorProto":{"fields":{"name":{"type":"string","id":1},"field":{"rule":"repeated","type":"FieldDescriptorProto","id":2},"extension":{"rule":"repeated","type":"FieldDescriptorProto","id":6},"nestedType":{"rule":"repeated","type":"DescriptorProto","id":3},"enumType":{"rule":"repeated","type":"EnumDescriptorProto","id":4},"extensionRange":{"rule":"repeated","type":"ExtensionRange","id":5},"oneofDecl":{"rule":"repeated","type":"OneofDescriptorProto","id":8},"options":{"type":"MessageOptions","id":7},"reservedRange":{"rule":"repeated","type":"ReservedRange","id":9},"reservedName":{"rule":"repeated","type":"string","id":10}},"nested":{"ExtensionRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2},"options":{"type":"ExtensionRangeOptions","id":3}}},"ReservedRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2}}}}},"ExtensionRangeOptions":{"fields":{"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"FieldDescriptorProto":{"fields":{"name":{"type":"string","id":1},"number":{"type":"int32","id":3},"label":{"type":"Label","id":4},"type":{"type":"Type","id":5},"typeName":{"type":"string","id":6},"extendee":{"type":"string","id":2},"defaultValue":{"type":"string","id":7},"oneofIndex":{"type":"int32","id":9},"jsonName":{"type":"string","id":10},"options":{"type":"FieldOptions","id":8},"proto3Optional":{"type":"bool","id":17}},"nested":{"Type":{"values":{"TYPE_DOUBLE":1,"TYPE_FLOAT":2,"TYPE_INT64":3,"TYPE_UINT64":4,"TYPE_INT32":5,"TYPE_FIXED64":6,"TYPE_FIXED32":7,"TYPE_BOOL":8,"TYPE_STRING":9,"TYPE_GROUP":10,"TYPE_MESSAGE":11,"TYPE_BYTES":12,"TYPE_UINT32":13,"TYPE_ENUM":14,"TYPE_SFIXED32":15,"TYPE_SFIXED64":16,"TYPE_SINT32":17,"TYPE_SINT64":18}},"Label":{"values":{"LABEL_OPTIONAL":1,"LABEL_REQUIRED":2,"LABEL_REPEATED":3}}}},"OneofDescriptorProto":{"fields":{"name":{"type":"string","id":1},"options":{"type":"OneofOptions","id":2}}},"EnumDescriptorProto":{"fields":{"name":{"type":"string","id":1},"value":{"rule":"repeated","type":"EnumValueDescriptorProto","id":2},"options":{"type":"EnumOptions","id":3},"reservedRange":{"rule":"repeated","type":"EnumReservedRange","id":4},"reservedName":{"rule":"repeated","type":"string","id":5}},"nested":{"EnumReservedRange":{"fields":{"start":{"type":"int32","id":1},"end":{"type":"int32","id":2}}}}},"EnumValueDescriptorProto":{"fields":{"name":{"type":"string","id":1},"number":{"type":"int32","id":2},"options":{"type":"EnumValueOptions","id":3}}},"ServiceDescriptorProto":{"fields":{"name":{"type":"string","id":1},"method":{"rule":"repeated","type":"MethodDescriptorProto","id":2},"options":{"type":"ServiceOptions","id":3}}},"MethodDescriptorProto":{"fields":{"name":{"type":"string","id":1},"inputType":{"type":"string","id":2},"outputType":{"type":"string","id":3},"options":{"type":"MethodOptions","id":4},"clientStreaming":{"type":"bool","id":5,"options":{"default":false}},"serverStreaming":{"type":"bool","id":6,"options":{"default":false}}}},"FileOptions":{"fields":{"javaPackage":{"type":"string","id":1},"javaOuterClassname":{"type":"string","id":8},"javaMultipleFiles":{"type":"bool","id":10,"options":{"default":false}},"javaGenerateEqualsAndHash":{"type":"bool","id":20,"options":{"deprecated":true}},"javaStringCheckUtf8":{"type":"bool","id":27,"options":{"default":false}},"optimizeFor":{"type":"OptimizeMode","id":9,"options":{"default":"SPEED"}},"goPackage":{"type":"string","id":11},"ccGenericServices":{"type":"bool","id":16,"options":{"default":false}},"javaGenericServices":{"type":"bool","id":17,"options":{"default":false}},"pyGenericServices":{"type":"bool","id":18,"options":{"default":false}},"phpGenericServices":{"type":"bool","id":42,"options":{"default":false}},"deprecated":{"type":"bool","id":23,"options":{"default":false}},"ccEnableArenas":{"type":"bool","id":31,"options":{"default":true}},"objcClassPrefix":{"type":"string","id":36},"csharpNamespace":{"type":"string","id":37},"swiftPrefix":{"type":"string","id":39},"phpClassPrefix":{"type":"string","id":40},"phpNamespace":{"type":"string","id":41},"phpMetadataNamespace":{"type":"string","id":44},"rubyPackage":{"type":"string","id":45},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[38,38]],"nested":{"OptimizeMode":{"values":{"SPEED":1,"CODE_SIZE":2,"LITE_RUNTIME":3}}}},"MessageOptions":{"fields":{"messageSetWireFormat":{"type":"bool","id":1,"options":{"default":false}},"noStandardDescriptorAccessor":{"type":"bool","id":2,"options":{"default":false}},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"mapEntry":{"type":"bool","id":7},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[8,8],[9,9]]},"FieldOptions":{"fields":{"ctype":{"type":"CType","id":1,"options":{"default":"STRING"}},"packed":{"type":"bool","id":2},"jstype":{"type":"JSType","id":6,"options":{"default":"JS_NORMAL"}},"lazy":{"type":"bool","id":5,"options":{"default":false}},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"weak":{"type":"bool","id":10,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[4,4]],"nested":{"CType":{"values":{"STRING":0,"CORD":1,"STRING_PIECE":2}},"JSType":{"values":{"JS_NORMAL":0,"JS_STRING":1,"JS_NUMBER":2}}}},"OneofOptions":{"fields":{"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"EnumOptions":{"fields":{"allowAlias":{"type":"bool","id":2},"deprecated":{"type":"bool","id":3,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"reserved":[[5,5]]},"EnumValueOptions":{"fields":{"deprecated":{"type":"bool","id":1,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"ServiceOptions":{"fields":{"deprecated":{"type":"bool","id":33,"options":{"default":false}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]]},"MethodOptions":{"fields":{"deprecated":{"type":"bool","id":33,"options":{"default":false}},"idempotencyLevel":{"type":"IdempotencyLevel","id":34,"options":{"default":"IDEMPOTENCY_UNKNOWN"}},"uninterpretedOption":{"rule":"repeated","type":"UninterpretedOption","id":999}},"extensions":[[1000,536870911]],"nested":{"IdempotencyLevel":{"values":{"IDEMPOTENCY_UNKNOWN":0,"NO_SIDE_EFFECTS":1,"IDEMPOTENT":2}}}},"UninterpretedOption":{"fields":{"name":{"rule":"repeated","type":"NamePart","id":2},"identifierValue":{"type":"string","id":3},"positiveIntValue":{"type":"uint64","id":4},"negativeIntValue":{"type":"int64","id":5},"doubleValue":{"type":"double","id":6},"stringValue":{"type":"bytes","id":7},"aggregateValue":{"type":"string","id":8}},"nested":{"NamePart":{"fields":{"namePart":{"rule":"required","type":"string","id":1},"isExtension":{"rule":"required","type":"bool","id":2}}}}},"SourceCodeInfo":{"fields":{"location":{"rule":"repeated","type":"Location","id":1}},"nested":{"Location":{"fields":{"path":{"rule":"repeated","type":"int32","id":1},"span":{"rule":"repeated","type":"int32","id":2},"leadingComments":{"type":"string","id":3},"trailingComments":{"type":"string","id":4},"leadingDetachedComments":{"rule":"repeated","type":"string","id":6}}}}},"GeneratedCodeInfo":{"fields":{"annotation":{"rule":"repeated","type":"Annotation","id":1}},"nested":{"Annotation":{"fields":{"path":{"rule":"repeated","type":"int32","id":1},"sourceFile":{"type":"string","id":2},"begin":{"type":"int32","id":3},"end":{"type":"int32","id":4}}}}},"Any":{"fields":{"type_url":{"type":"string","id":1},"value":{"type":"bytes","id":2}}},"Duration":{"fields":{"seconds":{"type":"int64","id":1},"nanos":{"type":"int32","id":2}}},"Empty":{"fields":{}}}},"rpc":{"options":{"cc_enable_arenas":true,"go_package":"google.golang.org/genproto/googleapis/rpc/status;status","java_multiple_files":true,"java_outer_classname":"StatusProto","java_package":"com.google.rpc","objc_class_prefix":"RPC"},"nested":{"Status":{"fields":{"code":{"type":"int32","id":1},"message":{"type":"string","id":2},"details":{"rule":"repeated","type":"google.protobuf.Any","id":3}}}}}}}}}');

/***/ }),

/***/ 83033:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"nested":{"google":{"nested":{"protobuf":{"nested":{"Any":{"fields":{"type_url":{"type":"string","id":1},"value":{"type":"bytes","id":2}}},"Duration":{"fields":{"seconds":{"type":"int64","id":1},"nanos":{"type":"int32","id":2}}}}},"rpc":{"options":{"cc_enable_arenas":true,"go_package":"google.golang.org/genproto/googleapis/rpc/errdetails;errdetails","java_multiple_files":true,"java_outer_classname":"ErrorDetailsProto","java_package":"com.google.rpc","objc_class_prefix":"RPC"},"nested":{"Status":{"fields":{"code":{"type":"int32","id":1},"message":{"type":"string","id":2},"details":{"rule":"repeated","type":"google.protobuf.Any","id":3}}},"RetryInfo":{"fields":{"retryDelay":{"type":"google.protobuf.Duration","id":1}}},"DebugInfo":{"fields":{"stackEntries":{"rule":"repeated","type":"string","id":1},"detail":{"type":"string","id":2}}},"QuotaFailure":{"fields":{"violations":{"rule":"repeated","type":"Violation","id":1}},"nested":{"Violation":{"fields":{"subject":{"type":"string","id":1},"description":{"type":"string","id":2}}}}},"ErrorInfo":{"fields":{"reason":{"type":"string","id":1},"domain":{"type":"string","id":2},"metadata":{"keyType":"string","type":"string","id":3}}},"PreconditionFailure":{"fields":{"violations":{"rule":"repeated","type":"Violation","id":1}},"nested":{"Violation":{"fields":{"type":{"type":"string","id":1},"subject":{"type":"string","id":2},"description":{"type":"string","id":3}}}}},"BadRequest":{"fields":{"fieldViolations":{"rule":"repeated","type":"FieldViolation","id":1}},"nested":{"FieldViolation":{"fields":{"field":{"type":"string","id":1},"description":{"type":"string","id":2}}}}},"RequestInfo":{"fields":{"requestId":{"type":"string","id":1},"servingData":{"type":"string","id":2}}},"ResourceInfo":{"fields":{"resourceType":{"type":"string","id":1},"resourceName":{"type":"string","id":2},"owner":{"type":"string","id":3},"description":{"type":"string","id":4}}},"Help":{"fields":{"links":{"rule":"repeated","type":"Link","id":1}},"nested":{"Link":{"fields":{"description":{"type":"string","id":1},"url":{"type":"string","id":2}}}}},"LocalizedMessage":{"fields":{"locale":{"type":"string","id":1},"message":{"type":"string","id":2}}}}}}}}}');

/***/ }),

/***/ 56223:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"interfaces":{"google.iam.v1.IAMPolicy":{"retry_codes":{"non_idempotent":[],"idempotent":["DEADLINE_EXCEEDED","UNAVAILABLE"]},"retry_params":{"default":{"initial_retry_delay_millis":100,"retry_delay_multiplier":1.3,"max_retry_delay_millis":60000,"initial_rpc_timeout_millis":20000,"rpc_timeout_multiplier":1,"max_rpc_timeout_millis":20000,"total_timeout_millis":600000}},"methods":{"GetIamPolicy":{"retry_codes_name":"non_idempotent","retry_params_name":"default"},"SetIamPolicy":{"retry_codes_name":"non_idempotent","retry_params_name":"default"},"TestIamPermissions":{"retry_codes_name":"non_idempotent","retry_params_name":"default"}}}}}');

/***/ }),

/***/ 63219:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"interfaces":{"google.cloud.location.Locations":{"retry_codes":{"non_idempotent":[],"idempotent":["DEADLINE_EXCEEDED","UNAVAILABLE"]},"retry_params":{"default":{"initial_retry_delay_millis":100,"retry_delay_multiplier":1.3,"max_retry_delay_millis":60000,"initial_rpc_timeout_millis":60000,"rpc_timeout_multiplier":1,"max_rpc_timeout_millis":60000,"total_timeout_millis":600000}},"methods":{"ListLocations":{"retry_codes_name":"non_idempotent","retry_params_name":"default"},"GetLocation":{"retry_codes_name":"non_idempotent","retry_params_name":"default"}}}}}');

/***/ }),

/***/ 24593:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"interfaces":{"google.longrunning.Operations":{"retry_codes":{"idempotent":["DEADLINE_EXCEEDED","UNAVAILABLE"],"non_idempotent":[]},"retry_params":{"default":{"initial_retry_delay_millis":100,"retry_delay_multiplier":1.3,"max_retry_delay_millis":60000,"initial_rpc_timeout_millis":90000,"rpc_timeout_multiplier":1,"max_rpc_timeout_millis":90000,"total_timeout_millis":600000}},"methods":{"GetOperation":{"timeout_millis":60000,"retry_codes_name":"idempotent","retry_params_name":"default"},"ListOperations":{"timeout_millis":60000,"retry_codes_name":"idempotent","retry_params_name":"default"},"CancelOperation":{"timeout_millis":60000,"retry_codes_name":"idempotent","retry_params_name":"default"},"DeleteOperation":{"timeout_millis":60000,"retry_codes_name":"idempotent","retry_params_name":"default"}}}}}');

/***/ }),

/***/ 41344:
/***/ ((module) => {

module.exports = {"rE":"6.17.0"};

/***/ })

};
