export const id = 4518;
export const ids = [4518];
export const modules = {21017:((t,e,r)=>{
/*!
 * Copyright 2015 Google Inc. All Rights Reserved.
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
Object.defineProperty(e,"__esModule",{value:!0});e.ResourceStream=e.paginator=e.Paginator=void 0;
/*!
 * @module common/paginator
 */const o=r(88760);const n=r(12886);Object.defineProperty(e,"ResourceStream",{enumerable:!0,get:function(){return n.ResourceStream}});
/*! Developer Documentation
 *
 * paginator is used to auto-paginate `nextQuery` methods as well as
 * streamifying them.
 *
 * Before:
 *
 *   search.query('done=true', function(err, results, nextQuery) {
 *     search.query(nextQuery, function(err, results, nextQuery) {});
 *   });
 *
 * After:
 *
 *   search.query('done=true', function(err, results) {});
 *
 * Methods to extend should be written to accept callbacks and return a
 * `nextQuery`.
 */class Paginator{extend(t,e){typeof e==="string"&&(e=[e]);e.forEach(e=>{const r=t.prototype[e];t.prototype[e+"_"]=r;t.prototype[e]=function(...t){const e=s.parseArguments_(t);return s.run_(e,r.bind(this))}})}streamify(t){return function(...e){const r=s.parseArguments_(e);const o=this[t+"_"]||this[t];return s.runAsStream_(r,o.bind(this))}}parseArguments_(t){let e;let r=!0;let n=-1;let s=-1;let i;const a=t[0];const c=t[t.length-1];typeof a==="function"?i=a:e=a;typeof c==="function"&&(i=c);if(typeof e==="object"){e=o(!0,{},e);e.maxResults&&typeof e.maxResults==="number"?s=e.maxResults:typeof e.pageSize==="number"&&(s=e.pageSize);if(e.maxApiCalls&&typeof e.maxApiCalls==="number"){n=e.maxApiCalls;delete e.maxApiCalls}s===-1&&e.autoPaginate!==!1||(r=!1)}const l={query:e||{},autoPaginate:r,maxApiCalls:n,maxResults:s,callback:i};l.streamOptions=o(!0,{},l.query);delete l.streamOptions.autoPaginate;delete l.streamOptions.maxResults;delete l.streamOptions.pageSize;return l}run_(t,e){const r=t.query;const o=t.callback;if(!t.autoPaginate)return e(r,o);const n=new Array;let i=[];const a=new Promise((r,o)=>{const a=s.runAsStream_(t,e);a.on("error",o).on("data",t=>n.push(t)).on("end",()=>{i=a._otherArgs||[];r(n)})});if(!o)return a.then(t=>[t,r,...i]);a.then(t=>o(null,t,r,...i),t=>o(t))}runAsStream_(t,e){return new n.ResourceStream(t,e)}}e.Paginator=Paginator;const s=new Paginator;e.paginator=s}),12886:((t,e,r)=>{
/*!
 * Copyright 2019 Google Inc. All Rights Reserved.
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
Object.defineProperty(e,"__esModule",{value:!0});e.ResourceStream=void 0;const o=r(2203);class ResourceStream extends o.Transform{_ended;_maxApiCalls;_nextQuery;_otherArgs;_reading;_requestFn;_requestsMade;_resultsToSend;constructor(t,e){const r=Object.assign({objectMode:!0},t.streamOptions);super(r);this._ended=!1;this._maxApiCalls=t.maxApiCalls===-1?1/0:t.maxApiCalls;this._nextQuery=t.query;this._reading=!1;this._requestFn=e;this._requestsMade=0;this._resultsToSend=t.maxResults===-1?1/0:t.maxResults;this._otherArgs=[]}end(...t){this._ended=!0;return super.end(...t)}_read(){if(this._reading)return;this._reading=!0;try{this._requestFn(this._nextQuery,(t,e,r,...o)=>{if(t){this.destroy(t);return}this._otherArgs=o;this._nextQuery=r;if(this._resultsToSend!==1/0){e=e.splice(0,this._resultsToSend);this._resultsToSend-=e.length}let n=!0;for(const t of e){if(this._ended)break;n=this.push(t)}const s=!this._nextQuery||this._resultsToSend<1;const i=++this._requestsMade>=this._maxApiCalls;(s||i)&&this.end();n&&!this._ended&&setImmediate(()=>this._read());this._reading=!1})}catch(t){this.destroy(t)}}}e.ResourceStream=ResourceStream}),231:((t,e,r)=>{Object.defineProperty(e,"__esModule",{value:!0});e.MissingProjectIdError=void 0;e.replaceProjectIdToken=replaceProjectIdToken;const o=r(2203);function replaceProjectIdToken(t,e){Array.isArray(t)&&(t=t.map(t=>replaceProjectIdToken(t,e)));if(t!==null&&typeof t==="object"&&!(t instanceof Buffer)&&!(t instanceof o.Stream)&&typeof t.hasOwnProperty==="function")for(const r in t)t.hasOwnProperty(r)&&(t[r]=replaceProjectIdToken(t[r],e));if(typeof t==="string"&&t.indexOf("{{projectId}}")>-1){if(!e||e==="{{projectId}}")throw new MissingProjectIdError;t=t.replace(/{{projectId}}/g,e)}return t}class MissingProjectIdError extends Error{message='Sorry, we cannot connect to Cloud Services without a project\n    ID. You may specify one with an environment variable named\n    "GOOGLE_CLOUD_PROJECT".'.replace(/ +/g," ")}e.MissingProjectIdError=MissingProjectIdError}),40818:((t,e)=>{Object.defineProperty(e,"__esModule",{value:!0});e.promisify=promisify;e.promisifyAll=promisifyAll;e.callbackify=callbackify;e.callbackifyAll=callbackifyAll;function promisify(t,e){if(t.promisified_)return t;e=e||{};const r=Array.prototype.slice;const wrapper=function(){let o;for(o=arguments.length-1;o>=0;o--){const e=arguments[o];if(typeof e==="undefined")continue;if(typeof e!=="function")break;return t.apply(this,arguments)}const n=r.call(arguments,0,o+1);let s=Promise;this&&this.Promise&&(s=this.Promise);return new s((o,s)=>{n.push((...t)=>{const n=r.call(t);const i=n.shift();if(i)return s(i);e.singular&&n.length===1?o(n[0]):o(n)});t.apply(this,n)})};wrapper.promisified_=!0;return wrapper}function promisifyAll(t,r){const o=r&&r.exclude||[];const n=Object.getOwnPropertyNames(t.prototype);const s=n.filter(e=>!o.includes(e)&&typeof t.prototype[e]==="function"&&!/(^_|(Stream|_)|promise$)|^constructor$/.test(e));s.forEach(o=>{const n=t.prototype[o];n.promisified_||(t.prototype[o]=e.promisify(n,r))})}function callbackify(t){if(t.callbackified_)return t;const wrapper=function(){if(typeof arguments[arguments.length-1]!=="function")return t.apply(this,arguments);const e=Array.prototype.pop.call(arguments);t.apply(this,arguments).then(t=>{t=Array.isArray(t)?t:[t];e(null,...t)},t=>e(t))};wrapper.callbackified_=!0;return wrapper}function callbackifyAll(t,r){const o=r&&r.exclude||[];const n=Object.getOwnPropertyNames(t.prototype);const s=n.filter(e=>!o.includes(e)&&typeof t.prototype[e]==="function"&&!/^_|(Stream|_)|^constructor$/.test(e));s.forEach(r=>{const o=t.prototype[r];o.callbackified_||(t.prototype[r]=e.callbackify(o))})}}),31286:(function(t,e,r){var o=this&&this.__createBinding||(Object.create?function(t,e,r,o){o===void 0&&(o=r);var n=Object.getOwnPropertyDescriptor(e,r);n&&!("get"in n?!e.__esModule:n.writable||n.configurable)||(n={enumerable:!0,get:function(){return e[r]}});Object.defineProperty(t,o,n)}:function(t,e,r,o){o===void 0&&(o=r);t[o]=e[r]});var n=this&&this.__setModuleDefault||(Object.create?function(t,e){Object.defineProperty(t,"default",{enumerable:!0,value:e})}:function(t,e){t["default"]=e});var s=this&&this.__importStar||function(t){if(t&&t.__esModule)return t;var e={};if(t!=null)for(var r in t)r!=="default"&&Object.prototype.hasOwnProperty.call(t,r)&&o(e,t,r);n(e,t);return e};var i=this&&this.__importDefault||function(t){return t&&t.__esModule?t:{default:t}};Object.defineProperty(e,"__esModule",{value:!0});e.HttpProxyAgent=void 0;const a=s(r(69278));const c=s(r(64756));const l=i(r(67674));const u=r(24434);const p=r(59514);const d=r(87016);const f=(0,l.default)("http-proxy-agent");class HttpProxyAgent extends p.Agent{constructor(t,e){super(e);this.proxy=typeof t==="string"?new d.URL(t):t;this.proxyHeaders=e?.headers??{};f("Creating new HttpProxyAgent instance: %o",this.proxy.href);const r=(this.proxy.hostname||this.proxy.host).replace(/^\[|\]$/g,"");const o=this.proxy.port?parseInt(this.proxy.port,10):this.proxy.protocol==="https:"?443:80;this.connectOpts={...e?omit(e,"headers"):null,host:r,port:o}}addRequest(t,e){t._header=null;this.setRequestProps(t,e);super.addRequest(t,e)}setRequestProps(t,e){const{proxy:r}=this;const o=e.secureEndpoint?"https:":"http:";const n=t.getHeader("host")||"localhost";const s=`${o}//${n}`;const i=new d.URL(t.path,s);e.port!==80&&(i.port=String(e.port));t.path=String(i);const a=typeof this.proxyHeaders==="function"?this.proxyHeaders():{...this.proxyHeaders};if(r.username||r.password){const t=`${decodeURIComponent(r.username)}:${decodeURIComponent(r.password)}`;a["Proxy-Authorization"]=`Basic ${Buffer.from(t).toString("base64")}`}a["Proxy-Connection"]||(a["Proxy-Connection"]=this.keepAlive?"Keep-Alive":"close");for(const e of Object.keys(a)){const r=a[e];r&&t.setHeader(e,r)}}async connect(t,e){t._header=null;t.path.includes("://")||this.setRequestProps(t,e);let r;let o;f("Regenerating stored HTTP header string for request");t._implicitHeader();if(t.outputData&&t.outputData.length>0){f("Patching connection write() output buffer with updated header");r=t.outputData[0].data;o=r.indexOf("\r\n\r\n")+4;t.outputData[0].data=t._header+r.substring(o);f("Output buffer: %o",t.outputData[0].data)}let n;if(this.proxy.protocol==="https:"){f("Creating `tls.Socket`: %o",this.connectOpts);n=c.connect(this.connectOpts)}else{f("Creating `net.Socket`: %o",this.connectOpts);n=a.connect(this.connectOpts)}await(0,u.once)(n,"connect");return n}}HttpProxyAgent.protocols=["http","https"];e.HttpProxyAgent=HttpProxyAgent;function omit(t,...e){const r={};let o;for(o in t)e.includes(o)||(r[o]=t[o]);return r}}),62246:((t,e,r)=>{var o=r(46125);function StreamEvents(t){t=t||this;var e={callthrough:!0,calls:1};o(t,"_read",e,t.emit.bind(t,"reading"));o(t,"_write",e,t.emit.bind(t,"writing"));return t}t.exports=StreamEvents}),46125:(t=>{t.exports=function stubs(t,e,r,o){if(!t||!e||!t[e])throw new Error("You must provide an object and a key for an existing method");if(!o){o=r;r={}}o=o||function(){};r.callthrough=r.callthrough||!1;r.calls=r.calls||0;var n=r.calls===0;var s=t[e].bind(t);t[e]=function(){var i=[].slice.call(arguments);var a;r.callthrough&&(a=s.apply(t,i));a=o.apply(t,i)||a;n||--r.calls!==0||(t[e]=s);return a}}})};
