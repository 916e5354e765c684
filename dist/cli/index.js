#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/core/text.ts
/**
 * Values from a file (alert names, label values, URLs) end up in messages that are printed
 * to terminals, CI logs, Markdown summaries and pull requests. Every such value goes through
 * `shown` once, where the message is made, so no reporter has to guess what is data.
 */
/** Longer values are cut: a 4 MB runbook URL helps nobody in a one-line message. */
const MAX_SHOWN_LENGTH = 120;
const KEEP = 100;
/**
 * A value made safe to quote in a message: control characters, line breaks and bidirectional
 * overrides are shown escaped (a name holding a line break cannot start a line of its own in
 * a CI log, where `::error::` at a line start is a command), a backtick becomes `'` so the
 * value cannot close the code span the message puts it in, and long values are cut.
 */
function shown(value) {
    let text = value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, KEEP)}… (${value.length} characters)` : value;
    if (UNSAFE.test(text))
        text = text.replace(UNSAFE_ALL, escapeChar);
    return text;
}
// C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings/overrides/isolates,
// zero-width characters and the BOM; and the backtick.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff`]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '`': "'" };
function escapeChar(ch) {
    return NAMED[ch] ?? `\\u{${ch.charCodeAt(0).toString(16)}}`;
}
/** Text that is already a message: control characters shown escaped, backticks kept. */
function escapeControls(text) {
    return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (ch) => (ch === '`' ? ch : escapeChar(ch))) : text;
}
/**
 * A file path for a line of text output. Paths come from the repository (a pull request can
 * add a file named `::error::x.yml`), so they are escaped like values, and a path that would
 * put `::` at the start of a log line gets `./` in front.
 */
function shownPath(file) {
    const text = escapeControls(file);
    return /^\s*::/.test(text) ? `./${text}` : text;
}
/**
 * Fills `{name}` placeholders of a message template. Text is made safe with `shown`; a list
 * becomes "`a`, `b` or `c`"; a `{ raw }` value is inserted as it is.
 */
function fill(template, data = {}) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => {
        const value = data[name];
        if (value === undefined)
            return whole;
        if (typeof value === 'object' && 'raw' in value)
            return value.raw;
        if (Array.isArray(value))
            return codeList(value);
        return shown(String(value));
    });
}
/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
function codeList(items, conjunction = 'or') {
    const quoted = items.map((item) => `\`${shown(item)}\``);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
/**
 * A 64-bit hash as 16 hex digits (two 32-bit FNV-1a style lanes with different seeds), for
 * finding identities: cheap enough for every finding of a large run, and not a security
 * boundary (a collision only merges two code-scanning alerts).
 */
function hash64(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/core/findings.ts

const SEVERITIES = ['error', 'warning', 'notice'];
const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'never'];
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
const RANK = { error: 0, warning: 1, notice: 2 };
/** Lower is more severe. */
function severityRank(severity) {
    return RANK[severity];
}
/** True when `severity` is at or above the `failOn` bar. */
function meetsBar(severity, failOn) {
    return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return (a.start.line - b.start.line ||
        a.start.column - b.start.column ||
        RANK[a.severity] - RANK[b.severity] ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/**
 * A finding's identity from what it is about: the rule, the file, the kind of message (its id,
 * not its text, which may quote a line number) and the subject (say, an alert's group, name
 * and labels).
 */
function identify(rule, file, messageId, subject) {
    return hash64(`${rule}\u0000${file}\u0000${messageId}\u0000${subject}`);
}
/**
 * Makes the fingerprints of one run distinct: a second finding with the same identity (the
 * same alert defined three times) gets `:2`, in file order, so code scanning keeps both.
 * Expects findings sorted with `compareFindings`.
 */
function distinguish(findings) {
    const seen = new Map();
    for (const finding of findings) {
        const count = (seen.get(finding.fingerprint) ?? 0) + 1;
        seen.set(finding.fingerprint, count);
        if (count > 1)
            finding.fingerprint = `${finding.fingerprint}:${count}`;
    }
}
const DOCS_BASE_URL = 'https://github.com/obslint/obslint/blob/main/docs/rules/';
function ruleDocsUrl(rule) {
    return `${DOCS_BASE_URL}${rule}.md`;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/core/locate.ts
/** Decodes an ajv `instancePath` (a JSON pointer) into path segments. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/**
 * The one place that turns a data path into a source span. Merged (`<<`) pairs sit in the
 * tree where they are written, so a value inherited through a merge points there. A path
 * that goes past what exists points at the deepest node that does (for a missing key: the
 * mapping that lacks it).
 */
function locate(root, lines, path, target = 'value') {
    const found = walk(root, path);
    const node = target === 'key' ? (found.key ?? found.node) : (found.node ?? found.key);
    return spanOf(node ?? found.container, lines);
}
function walk(root, path) {
    let node = root;
    let key = null;
    for (const segment of path) {
        if (node.kind === 'map') {
            const name = String(segment);
            const pair = node.pairs.find((p) => String(p.key.value) === name);
            if (!pair)
                return { node: null, key: null, container: node };
            key = pair.key;
            node = pair.value;
        }
        else if (node.kind === 'seq') {
            const item = node.items[Number(segment)];
            if (item === undefined)
                return { node: null, key: null, container: node };
            key = null;
            node = item;
        }
        else {
            return { node: null, key: null, container: node };
        }
    }
    return { node, key, container: node };
}
/** A scalar's whole span; a collection's first line only, so a finding lands on one line. */
function spanOf(node, lines) {
    const { start, end } = node;
    if (node.kind === 'scalar')
        return { start, end };
    return { start, end: Math.max(start, Math.min(end, lines.endOfLine(start))) };
}
/**
 * Maps an offset inside a scalar's value to its source offset, for errors inside a string
 * (a PromQL expression in a `|` or `>` block, or quoted). Folding and indentation change
 * only blanks, so the n-th non-blank character of the value is the n-th of the source
 * (counting a quoting escape as one character).
 */
function scalarValueOffset(root, text, path, valueOffset) {
    const { node } = walk(root, path);
    if (node?.kind !== 'scalar' || typeof node.value !== 'string')
        return undefined;
    const { value, start, end } = node;
    const quote = node.style === 'double' ? '"' : node.style === 'single' ? "'" : '';
    const target = Math.min(valueOffset, value.length);
    let wanted = 0;
    for (let v = 0; v < target; v++)
        if (!isBlank(value[v]))
            wanted++;
    let s = contentStart(text, start, node.style);
    for (let seen = 0; seen < wanted && s < end; s++) {
        if (isBlank(text[s]))
            continue;
        if (quote === '"' && text[s] === '\\') {
            // An escape is several source characters for one value character (or none).
            const escape = escapeAt(text, s);
            s += escape.length - 1;
            seen += escape.produces.length - [...escape.produces].filter(isBlank).length;
            continue;
        }
        if (quote === "'" && text[s] === "'" && text[s + 1] === "'")
            s++;
        seen++;
    }
    if (target < value.length && !isBlank(value[target])) {
        // Step over what stands for nothing: blanks, and in double quotes an escaped line break.
        while (s < end && (isBlank(text[s]) || (quote === '"' && text[s] === '\\' && text[s + 1] === '\n')))
            s += isBlank(text[s]) ? 1 : 2;
    }
    return s;
}
const SIMPLE_ESCAPES = { n: '\n', t: '\t', r: '\r', ' ': ' ', '\t': '\t', '\n': '' };
/** A double-quoted escape at `at`: how long it is in the source and what it stands for. */
function escapeAt(text, at) {
    const code = text[at + 1];
    const hex = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
    if (hex > 0) {
        const point = parseInt(text.slice(at + 2, at + 2 + hex), 16);
        return { length: 2 + hex, produces: Number.isNaN(point) ? '?' : String.fromCodePoint(point) };
    }
    return { length: 2, produces: SIMPLE_ESCAPES[code] ?? code };
}
function contentStart(text, start, style) {
    if (style === 'literal' || style === 'folded') {
        const newline = text.indexOf('\n', start);
        return newline === -1 ? text.length : newline + 1;
    }
    if (style === 'double' || style === 'single')
        return start + 1;
    return start;
}
function isBlank(ch) {
    return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}

;// CONCATENATED MODULE: ./src/core/source.ts
/**
 * Turns source offsets into 1-based line/column. Built only for files that have a finding,
 * so a clean file never pays for it.
 */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        // "Unexpected end of file" lands after the last line break: show it on the last line.
        const last = this.text.endsWith('\n') ? this.text.length - 1 : this.text.length;
        const clamped = Math.max(0, Math.min(offset, last));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
    }
    /** The offset where the line holding `offset` ends (its line break, or the end of the text). */
    endOfLine(offset) {
        const next = this.starts[this.position(offset).line];
        return next === undefined ? this.text.length : next - 1;
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line];
        const end = next === undefined ? this.text.length : next - 1;
        return this.text.slice(start, end).replace(/\r$/, '');
    }
}

;// CONCATENATED MODULE: ./src/core/subject.ts
/** Keys that name a list item, in the order they are tried. */
const NAME_KEYS = ['alert', 'record', 'name', 'id', 'uid', 'title'];
/**
 * Describes a place in a document by names rather than positions, for a finding's identity:
 * `groups[api]/rules[HighErrorRate]/for` stays the same when a rule is added above it, where
 * `groups/0/rules/3/for` would not. A document is named by its `kind` and `metadata.name` when
 * it has them (Kubernetes resources), else by its index in the file.
 */
function describePath(value, path, doc) {
    const parts = [documentName(value, doc)];
    let node = value;
    for (const segment of path) {
        if (Array.isArray(node)) {
            node = node[Number(segment)];
            const name = itemName(node);
            parts[parts.length - 1] += name === undefined ? `[${segment}]` : `[${name}]`;
        }
        else {
            node = isRecord(node) ? node[String(segment)] : undefined;
            parts.push(String(segment));
        }
    }
    return parts.join('/');
}
function documentName(value, doc) {
    if (isRecord(value) && isRecord(value.metadata) && typeof value.metadata.name === 'string') {
        return `${String(value.kind)}:${value.metadata.name}`;
    }
    return `#${doc}`;
}
function itemName(item) {
    if (!isRecord(item))
        return typeof item === 'string' || typeof item === 'number' ? String(item) : undefined;
    for (const key of NAME_KEYS) {
        const name = item[key];
        if (typeof name === 'string' || typeof name === 'number')
            return `${key}=${name}`;
    }
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./src/generated/validators.js
// Generated by scripts/build-validators.mjs from schemas/*.schema.json. Do not edit.

const obslintConfig = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/obslint/obslint/main/schemas/obslint-config.schema.json","title":"obslint configuration (.obslint.yml)","type":"object","properties":{"include":{"description":"Globs of files to lint, relative to the repository root. Default: every file with an ending some kind can claim (json, rules, yaml, yml).","$ref":"#/$defs/globs"},"exclude":{"description":"Globs of files or folders to skip. Folders named .git, node_modules and dist are always skipped, unless a path or an `include` pattern names them.","$ref":"#/$defs/globs"},"max-file-size":{"description":"Files larger than this are reported and not linted: bytes, or a size such as `5MB` or `512KB`. Default 5MB.","type":["integer","string"],"pattern":"^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$","minimum":1,"x-message":"must be a size such as `5MB`, `512KB` or a number of bytes"},"fail-on":{"description":"The lowest severity that fails the run: error, warning, notice or never. The `--fail-on` flag and the Action input override it.","enum":["error","warning","notice","never"]},"prometheus":{"description":"How the Prometheus that loads the rules reads them.","type":"object","properties":{"metric-name-validation-scheme":{"description":"Which metric, label and annotation names are valid, as Prometheus's `metric_name_validation_scheme`: `utf8` (Prometheus 3, the default) or `legacy` (Prometheus 2: letters, digits, `_` and, in metric names, `:`).","enum":["utf8","legacy"]}},"additionalProperties":false},"kinds":{"description":"Set the kind of files by glob, where detection by content is not enough.","type":"array","items":{"type":"object","required":["files","kind"],"properties":{"files":{"$ref":"#/$defs/globs"},"kind":{"enum":["prometheus-rules","prometheus-rule-crd"]}},"additionalProperties":false}},"rules":{"description":"Per rule: a level (off, notice, warning, error), or a mapping with `severity` and the rule's options.","type":"object","properties":{"yaml-syntax":{"description":"A file, or a document in it, is not valid YAML (or JSON), so nothing in it can be checked.","$ref":"#/$defs/levelOnly"},"schema":{"description":"A document lacks the shape its format requires: a missing or unknown key (with \"did you mean\"), a wrong type, a bad duration, an invalid name, `for` on a recording rule, a duplicate group name.","$ref":"#/$defs/levelOnly"},"unreadable-file":{"description":"A file could not be linted: too large, binary, UTF-16 or not UTF-8, or a symlink out of the repository.","$ref":"#/$defs/levelOnly"},"promql-syntax":{"description":"A PromQL expression does not parse.","$ref":"#/$defs/levelOnly"},"duplicate-rule":{"description":"The same alert (name and labels) or recording rule is defined twice in a file.","$ref":"#/$defs/levelOnly"},"alert-owner":{"description":"An alert has no owner label (`owner` or `team` by default).","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"labels":{"description":"Label keys that name an owner; the first non-empty one counts. Default: [owner, team].","type":"array","items":{"type":"string","minLength":1},"minItems":1}},"additionalProperties":false}},"alert-runbook":{"description":"An alert has no runbook (`runbook_url` or `runbook`), or one that is a placeholder (`TODO`, an example domain) or a path to a file that does not exist.","if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"},"annotations":{"description":"Annotation keys that hold the runbook. Default: [runbook_url, runbook].","type":"array","items":{"type":"string","minLength":1},"minItems":1},"placeholders":{"description":"Values that mean no runbook yet (compared without case). Default: TODO, TBD, FIXME, XXX, N/A, none, -.","type":"array","items":{"type":"string"}}},"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"globs":{"type":["array","string"],"items":{"type":"string","minLength":1},"minLength":1},"level":{"enum":["off","notice","warning","error"]},"levelOnly":{"if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"}},"additionalProperties":false}}}};
const schema12 = {"type":["array","string"],"items":{"type":"string","minLength":1},"minLength":1};
const schema16 = {"enum":["off","notice","warning","error"]};

const func2 = typeof ucs2length === "function" ? ucs2length : ucs2length["default"];
const pattern0 = new RegExp("^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$", "u");
const schema15 = {"if":{"type":"string"},"then":{"$ref":"#/$defs/level"},"else":{"type":"object","properties":{"severity":{"$ref":"#/$defs/level"}},"additionalProperties":false}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!((((data === "off") || (data === "notice")) || (data === "warning")) || (data === "error"))){
const err1 = {instancePath,schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "severity")){
const err2 = {instancePath,schemaPath:"#/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15.else,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.severity !== undefined){
let data0 = data.severity;
if(!((((data0 === "off") || (data0 === "notice")) || (data0 === "warning")) || (data0 === "error"))){
const err3 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.else.type,parentSchema:schema15.else,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema15.if,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/obslint/obslint/main/schemas/obslint-config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "include") || (key0 === "exclude")) || (key0 === "max-file-size")) || (key0 === "fail-on")) || (key0 === "prometheus")) || (key0 === "kinds")) || (key0 === "rules"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.include !== undefined){
let data0 = data.include;
if((!(Array.isArray(data0))) && (typeof data0 !== "string")){
const err1 = {instancePath:instancePath+"/include",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: schema12.type},message:"must be array,string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/include",schemaPath:"#/$defs/globs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err3 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
if(data.exclude !== undefined){
let data2 = data.exclude;
if((!(Array.isArray(data2))) && (typeof data2 !== "string")){
const err5 = {instancePath:instancePath+"/exclude",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: schema12.type},message:"must be array,string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/exclude",schemaPath:"#/$defs/globs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
if(data["max-file-size"] !== undefined){
let data4 = data["max-file-size"];
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")){
const err9 = {instancePath:instancePath+"/max-file-size",schemaPath:"#/properties/max-file-size/type",keyword:"type",params:{type: schema11.properties["max-file-size"].type},message:"must be integer,string",schema:schema11.properties["max-file-size"].type,parentSchema:schema11.properties["max-file-size"],data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/max-file-size",schemaPath:"#/properties/max-file-size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties["max-file-size"],data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err11 = {instancePath:instancePath+"/max-file-size",schemaPath:"#/properties/max-file-size/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$"+"\"",schema:"^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)?$",parentSchema:schema11.properties["max-file-size"],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data["fail-on"] !== undefined){
let data5 = data["fail-on"];
if(!((((data5 === "error") || (data5 === "warning")) || (data5 === "notice")) || (data5 === "never"))){
const err12 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema11.properties["fail-on"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["fail-on"].enum,parentSchema:schema11.properties["fail-on"],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.prometheus !== undefined){
let data6 = data.prometheus;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(key1 === "metric-name-validation-scheme")){
const err13 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.prometheus,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6["metric-name-validation-scheme"] !== undefined){
let data7 = data6["metric-name-validation-scheme"];
if(!((data7 === "utf8") || (data7 === "legacy"))){
const err14 = {instancePath:instancePath+"/prometheus/metric-name-validation-scheme",schemaPath:"#/properties/prometheus/properties/metric-name-validation-scheme/enum",keyword:"enum",params:{allowedValues: schema11.properties.prometheus.properties["metric-name-validation-scheme"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.prometheus.properties["metric-name-validation-scheme"].enum,parentSchema:schema11.properties.prometheus.properties["metric-name-validation-scheme"],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/prometheus",schemaPath:"#/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.prometheus.type,parentSchema:schema11.properties.prometheus,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.kinds !== undefined){
let data8 = data.kinds;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.files === undefined){
const err16 = {instancePath:instancePath+"/kinds/" + i2,schemaPath:"#/properties/kinds/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema11.properties.kinds.items.required,parentSchema:schema11.properties.kinds.items,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data9.kind === undefined){
const err17 = {instancePath:instancePath+"/kinds/" + i2,schemaPath:"#/properties/kinds/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.kinds.items.required,parentSchema:schema11.properties.kinds.items,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "files") || (key2 === "kind"))){
const err18 = {instancePath:instancePath+"/kinds/" + i2,schemaPath:"#/properties/kinds/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.kinds.items,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.files !== undefined){
let data10 = data9.files;
if((!(Array.isArray(data10))) && (typeof data10 !== "string")){
const err19 = {instancePath:instancePath+"/kinds/" + i2+"/files",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: schema12.type},message:"must be array,string",schema:schema12.type,parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err20 = {instancePath:instancePath+"/kinds/" + i2+"/files",schemaPath:"#/$defs/globs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
let data11 = data10[i3];
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err21 = {instancePath:instancePath+"/kinds/" + i2+"/files/" + i3,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.items,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/kinds/" + i2+"/files/" + i3,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.type,parentSchema:schema12.items,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
if(data9.kind !== undefined){
let data12 = data9.kind;
if(!((data12 === "prometheus-rules") || (data12 === "prometheus-rule-crd"))){
const err23 = {instancePath:instancePath+"/kinds/" + i2+"/kind",schemaPath:"#/properties/kinds/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.kinds.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.kinds.items.properties.kind.enum,parentSchema:schema11.properties.kinds.items.properties.kind,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/kinds/" + i2,schemaPath:"#/properties/kinds/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.kinds.items.type,parentSchema:schema11.properties.kinds.items,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/kinds",schemaPath:"#/properties/kinds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.kinds.type,parentSchema:schema11.properties.kinds,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.rules !== undefined){
let data13 = data.rules;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
if(!(((((((key3 === "yaml-syntax") || (key3 === "schema")) || (key3 === "unreadable-file")) || (key3 === "promql-syntax")) || (key3 === "duplicate-rule")) || (key3 === "alert-owner")) || (key3 === "alert-runbook"))){
const err26 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13["yaml-syntax"] !== undefined){
if(!(validate11(data13["yaml-syntax"], {instancePath:instancePath+"/rules/yaml-syntax",parentData:data13,parentDataProperty:"yaml-syntax",rootData}))){
if (vErrors === null) vErrors = validate11.errors.slice(); else for (const e of validate11.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data13.schema !== undefined){
if(!(validate11(data13.schema, {instancePath:instancePath+"/rules/schema",parentData:data13,parentDataProperty:"schema",rootData}))){
if (vErrors === null) vErrors = validate11.errors.slice(); else for (const e of validate11.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data13["unreadable-file"] !== undefined){
if(!(validate11(data13["unreadable-file"], {instancePath:instancePath+"/rules/unreadable-file",parentData:data13,parentDataProperty:"unreadable-file",rootData}))){
if (vErrors === null) vErrors = validate11.errors.slice(); else for (const e of validate11.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data13["promql-syntax"] !== undefined){
if(!(validate11(data13["promql-syntax"], {instancePath:instancePath+"/rules/promql-syntax",parentData:data13,parentDataProperty:"promql-syntax",rootData}))){
if (vErrors === null) vErrors = validate11.errors.slice(); else for (const e of validate11.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data13["duplicate-rule"] !== undefined){
if(!(validate11(data13["duplicate-rule"], {instancePath:instancePath+"/rules/duplicate-rule",parentData:data13,parentDataProperty:"duplicate-rule",rootData}))){
if (vErrors === null) vErrors = validate11.errors.slice(); else for (const e of validate11.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data13["alert-owner"] !== undefined){
let data19 = data13["alert-owner"];
const _errs40 = errors;
let valid15 = true;
const _errs41 = errors;
if(typeof data19 !== "string"){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs41 === errors;
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs43 = errors;
if(!((((data19 === "off") || (data19 === "notice")) || (data19 === "warning")) || (data19 === "error"))){
const err28 = {instancePath:instancePath+"/rules/alert-owner",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs43 === errors;
valid15 = _valid0;
ifClause0 = "then";
}
else {
const _errs45 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key4 in data19){
if(!((key4 === "severity") || (key4 === "labels"))){
const err29 = {instancePath:instancePath+"/rules/alert-owner",schemaPath:"#/properties/rules/properties/alert-owner/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["alert-owner"].else,data:data19};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data19.severity !== undefined){
let data20 = data19.severity;
if(!((((data20 === "off") || (data20 === "notice")) || (data20 === "warning")) || (data20 === "error"))){
const err30 = {instancePath:instancePath+"/rules/alert-owner/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data19.labels !== undefined){
let data21 = data19.labels;
if(Array.isArray(data21)){
if(data21.length < 1){
const err31 = {instancePath:instancePath+"/rules/alert-owner/labels",schemaPath:"#/properties/rules/properties/alert-owner/else/properties/labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.rules.properties["alert-owner"].else.properties.labels,data:data21};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
let data22 = data21[i4];
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err32 = {instancePath:instancePath+"/rules/alert-owner/labels/" + i4,schemaPath:"#/properties/rules/properties/alert-owner/else/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-owner"].else.properties.labels.items,data:data22};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/rules/alert-owner/labels/" + i4,schemaPath:"#/properties/rules/properties/alert-owner/else/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-owner"].else.properties.labels.items.type,parentSchema:schema11.properties.rules.properties["alert-owner"].else.properties.labels.items,data:data22};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/rules/alert-owner/labels",schemaPath:"#/properties/rules/properties/alert-owner/else/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-owner"].else.properties.labels.type,parentSchema:schema11.properties.rules.properties["alert-owner"].else.properties.labels,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/rules/alert-owner",schemaPath:"#/properties/rules/properties/alert-owner/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alert-owner"].else.type,parentSchema:schema11.properties.rules.properties["alert-owner"].else,data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs45 === errors;
valid15 = _valid0;
ifClause0 = "else";
}
if(!valid15){
const err36 = {instancePath:instancePath+"/rules/alert-owner",schemaPath:"#/properties/rules/properties/alert-owner/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema11.properties.rules.properties["alert-owner"].if,parentSchema:schema11.properties.rules.properties["alert-owner"],data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data13["alert-runbook"] !== undefined){
let data23 = data13["alert-runbook"];
const _errs55 = errors;
let valid21 = true;
const _errs56 = errors;
if(typeof data23 !== "string"){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid1 = _errs56 === errors;
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs58 = errors;
if(!((((data23 === "off") || (data23 === "notice")) || (data23 === "warning")) || (data23 === "error"))){
const err38 = {instancePath:instancePath+"/rules/alert-runbook",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data23};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid1 = _errs58 === errors;
valid21 = _valid1;
ifClause1 = "then";
}
else {
const _errs60 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key5 in data23){
if(!(((key5 === "severity") || (key5 === "annotations")) || (key5 === "placeholders"))){
const err39 = {instancePath:instancePath+"/rules/alert-runbook",schemaPath:"#/properties/rules/properties/alert-runbook/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rules.properties["alert-runbook"].else,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data23.severity !== undefined){
let data24 = data23.severity;
if(!((((data24 === "off") || (data24 === "notice")) || (data24 === "warning")) || (data24 === "error"))){
const err40 = {instancePath:instancePath+"/rules/alert-runbook/severity",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values",schema:schema16.enum,parentSchema:schema16,data:data24};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data23.annotations !== undefined){
let data25 = data23.annotations;
if(Array.isArray(data25)){
if(data25.length < 1){
const err41 = {instancePath:instancePath+"/rules/alert-runbook/annotations",schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/annotations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations,data:data25};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len5 = data25.length;
for(let i5=0; i5<len5; i5++){
let data26 = data25[i5];
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err42 = {instancePath:instancePath+"/rules/alert-runbook/annotations/" + i5,schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/annotations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations.items,data:data26};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/rules/alert-runbook/annotations/" + i5,schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/annotations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations.items.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations.items,data:data26};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/rules/alert-runbook/annotations",schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/annotations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.annotations,data:data25};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data23.placeholders !== undefined){
let data27 = data23.placeholders;
if(Array.isArray(data27)){
const len6 = data27.length;
for(let i6=0; i6<len6; i6++){
let data28 = data27[i6];
if(typeof data28 !== "string"){
const err45 = {instancePath:instancePath+"/rules/alert-runbook/placeholders/" + i6,schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/placeholders/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rules.properties["alert-runbook"].else.properties.placeholders.items.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.placeholders.items,data:data28};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/rules/alert-runbook/placeholders",schemaPath:"#/properties/rules/properties/alert-runbook/else/properties/placeholders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.properties["alert-runbook"].else.properties.placeholders.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else.properties.placeholders,data:data27};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/rules/alert-runbook",schemaPath:"#/properties/rules/properties/alert-runbook/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.properties["alert-runbook"].else.type,parentSchema:schema11.properties.rules.properties["alert-runbook"].else,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid1 = _errs60 === errors;
valid21 = _valid1;
ifClause1 = "else";
}
if(!valid21){
const err48 = {instancePath:instancePath+"/rules/alert-runbook",schemaPath:"#/properties/rules/properties/alert-runbook/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema11.properties.rules.properties["alert-runbook"].if,parentSchema:schema11.properties.rules.properties["alert-runbook"],data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.type,parentSchema:schema11.properties.rules,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

const prometheusRules = validate17;
const schema22 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/obslint/obslint/main/schemas/prometheus-rules.schema.json","title":"Prometheus rule file","description":"A Prometheus (or Thanos, Loki, Mimir, Cortex) rule file: `groups[].rules[]`, as the rule loader reads it.","type":"object","required":["groups"],"properties":{"groups":{"type":["array","null"],"items":{"$ref":"#/$defs/group"}}},"additionalProperties":false,"$defs":{"duration":{"type":["string","integer"],"pattern":"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$","minimum":0,"maximum":0,"x-message":"must be a duration such as `30s`, `5m` or `1h30m` (units ms, s, m, h, d, w, y, largest first)"},"labelName":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","not":{"const":"__name__"},"x-message":"is not a valid label name: use letters, digits and `_`, not starting with a digit, and not `__name__`"},"annotationName":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","x-message":"is not a valid annotation name: use letters, digits and `_`, not starting with a digit"},"labelValue":{"type":["string","number","boolean","null"],"x-message":"must be a plain value (text), not a list or mapping"},"labels":{"type":["object","null"],"propertyNames":{"$ref":"#/$defs/labelName"},"additionalProperties":{"$ref":"#/$defs/labelValue"}},"annotations":{"type":["object","null"],"propertyNames":{"$ref":"#/$defs/annotationName"},"additionalProperties":{"$ref":"#/$defs/labelValue"}},"group":{"type":"object","required":["name"],"properties":{"name":{"type":["string","number"],"minLength":1,"x-message":"must not be empty: every group needs a name"},"interval":{"$ref":"#/$defs/duration"},"query_offset":{"$ref":"#/$defs/duration"},"evaluation_delay":{"$ref":"#/$defs/duration"},"limit":{"type":"integer"},"labels":{"$ref":"#/$defs/labels"},"partial_response_strategy":{"enum":["warn","abort"]},"source_tenants":{"type":"array","items":{"type":"string"}},"rules":{"type":["array","null"],"items":{"$ref":"#/$defs/rule"}}},"additionalProperties":false},"rule":{"type":"object","required":["expr"],"properties":{"record":{"type":"string","pattern":"^[a-zA-Z_:][a-zA-Z0-9_:]*$","x-message":"is not a valid metric name for a recording rule: use letters, digits, `_` and `:`, not starting with a digit"},"alert":{"type":["string","number"],"minLength":1,"x-message":"must not be empty: it is the alert's name"},"expr":{"type":["string","number","boolean"],"minLength":1,"x-message":"must be a non-empty PromQL expression"},"for":{"$ref":"#/$defs/duration"},"keep_firing_for":{"$ref":"#/$defs/duration"},"labels":{"$ref":"#/$defs/labels"},"annotations":{"$ref":"#/$defs/annotations"}},"additionalProperties":false,"if":{"required":["record"]},"then":{"properties":{"alert":{"not":{},"x-message":"cannot be set with `record`: a rule is either a recording rule or an alerting rule"},"for":{"not":{},"x-message":"is not allowed in a recording rule (only alerts wait before firing)"},"keep_firing_for":{"not":{},"x-message":"is not allowed in a recording rule (only alerts keep firing)"},"annotations":{"not":{},"x-message":"are not allowed in a recording rule (only alerts carry annotations)"}}},"else":{"required":["alert"],"x-message":"A rule needs `alert` (an alerting rule) or `record` (a recording rule)."}}}};
const schema23 = {"type":"object","required":["name"],"properties":{"name":{"type":["string","number"],"minLength":1,"x-message":"must not be empty: every group needs a name"},"interval":{"$ref":"#/$defs/duration"},"query_offset":{"$ref":"#/$defs/duration"},"evaluation_delay":{"$ref":"#/$defs/duration"},"limit":{"type":"integer"},"labels":{"$ref":"#/$defs/labels"},"partial_response_strategy":{"enum":["warn","abort"]},"source_tenants":{"type":"array","items":{"type":"string"}},"rules":{"type":["array","null"],"items":{"$ref":"#/$defs/rule"}}},"additionalProperties":false};
const schema24 = {"type":["string","integer"],"pattern":"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$","minimum":0,"maximum":0,"x-message":"must be a duration such as `30s`, `5m` or `1h30m` (units ms, s, m, h, d, w, y, largest first)"};
const func10 = Object.prototype.hasOwnProperty;
const pattern1 = new RegExp("^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$", "u");
const schema27 = {"type":["object","null"],"propertyNames":{"$ref":"#/$defs/labelName"},"additionalProperties":{"$ref":"#/$defs/labelValue"}};
const schema28 = {"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","not":{"const":"__name__"},"x-message":"is not a valid label name: use letters, digits and `_`, not starting with a digit, and not `__name__`"};
const schema29 = {"type":["string","number","boolean","null"],"x-message":"must be a plain value (text), not a list or mapping"};
const pattern4 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema27.type},message:"must be object,null",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
const _errs4 = errors;
const _errs5 = errors;
if("__name__" !== key0){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
const err2 = {instancePath,schemaPath:"#/$defs/labelName/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema28.not,parentSchema:schema28,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err3 = {instancePath,schemaPath:"#/$defs/labelName/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"},message:"must match pattern \""+"^[a-zA-Z_][a-zA-Z0-9_]*$"+"\"",schema:"^[a-zA-Z_][a-zA-Z0-9_]*$",parentSchema:schema28,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/labelName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema27.propertyNames,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if((((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err6 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/labelValue/type",keyword:"type",params:{type: schema29.type},message:"must be string,number,boolean,null",schema:schema29.type,parentSchema:schema29,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate19.errors = vErrors;
return errors === 0;
}

const schema30 = {"type":"object","required":["expr"],"properties":{"record":{"type":"string","pattern":"^[a-zA-Z_:][a-zA-Z0-9_:]*$","x-message":"is not a valid metric name for a recording rule: use letters, digits, `_` and `:`, not starting with a digit"},"alert":{"type":["string","number"],"minLength":1,"x-message":"must not be empty: it is the alert's name"},"expr":{"type":["string","number","boolean"],"minLength":1,"x-message":"must be a non-empty PromQL expression"},"for":{"$ref":"#/$defs/duration"},"keep_firing_for":{"$ref":"#/$defs/duration"},"labels":{"$ref":"#/$defs/labels"},"annotations":{"$ref":"#/$defs/annotations"}},"additionalProperties":false,"if":{"required":["record"]},"then":{"properties":{"alert":{"not":{},"x-message":"cannot be set with `record`: a rule is either a recording rule or an alerting rule"},"for":{"not":{},"x-message":"is not allowed in a recording rule (only alerts wait before firing)"},"keep_firing_for":{"not":{},"x-message":"is not allowed in a recording rule (only alerts keep firing)"},"annotations":{"not":{},"x-message":"are not allowed in a recording rule (only alerts carry annotations)"}}},"else":{"required":["alert"],"x-message":"A rule needs `alert` (an alerting rule) or `record` (a recording rule)."}};
const pattern5 = new RegExp("^[a-zA-Z_:][a-zA-Z0-9_:]*$", "u");
const schema33 = {"type":["object","null"],"propertyNames":{"$ref":"#/$defs/annotationName"},"additionalProperties":{"$ref":"#/$defs/labelValue"}};
const schema34 = {"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$","x-message":"is not a valid annotation name: use letters, digits and `_`, not starting with a digit"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema33.type},message:"must be object,null",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err1 = {instancePath,schemaPath:"#/$defs/annotationName/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"},message:"must match pattern \""+"^[a-zA-Z_][a-zA-Z0-9_]*$"+"\"",schema:"^[a-zA-Z_][a-zA-Z0-9_]*$",parentSchema:schema34,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/annotationName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema33.propertyNames,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if((((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/labelValue/type",keyword:"type",params:{type: schema29.type},message:"must be string,number,boolean,null",schema:schema29.type,parentSchema:schema29,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate23.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.record === undefined) && (missing0 = "record")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.alert !== undefined){
const err1 = {instancePath:instancePath+"/alert",schemaPath:"#/then/properties/alert/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema30.then.properties.alert.not,parentSchema:schema30.then.properties.alert,data:data.alert};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.for !== undefined){
const err2 = {instancePath:instancePath+"/for",schemaPath:"#/then/properties/for/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema30.then.properties.for.not,parentSchema:schema30.then.properties.for,data:data.for};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.keep_firing_for !== undefined){
const err3 = {instancePath:instancePath+"/keep_firing_for",schemaPath:"#/then/properties/keep_firing_for/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema30.then.properties.keep_firing_for.not,parentSchema:schema30.then.properties.keep_firing_for,data:data.keep_firing_for};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.annotations !== undefined){
const err4 = {instancePath:instancePath+"/annotations",schemaPath:"#/then/properties/annotations/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema30.then.properties.annotations.not,parentSchema:schema30.then.properties.annotations,data:data.annotations};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.alert === undefined){
const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "alert"},message:"must have required property '"+"alert"+"'",schema:schema30.else.required,parentSchema:schema30.else,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema30.if,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.expr === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expr"},message:"must have required property '"+"expr"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "record") || (key0 === "alert")) || (key0 === "expr")) || (key0 === "for")) || (key0 === "keep_firing_for")) || (key0 === "labels")) || (key0 === "annotations"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.record !== undefined){
let data4 = data.record;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err9 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$"},message:"must match pattern \""+"^[a-zA-Z_:][a-zA-Z0-9_:]*$"+"\"",schema:"^[a-zA-Z_:][a-zA-Z0-9_:]*$",parentSchema:schema30.properties.record,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.record.type,parentSchema:schema30.properties.record,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.alert !== undefined){
let data5 = data.alert;
if((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))){
const err11 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/type",keyword:"type",params:{type: schema30.properties.alert.type},message:"must be string,number",schema:schema30.properties.alert.type,parentSchema:schema30.properties.alert,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err12 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.alert,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.expr !== undefined){
let data6 = data.expr;
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
const err13 = {instancePath:instancePath+"/expr",schemaPath:"#/properties/expr/type",keyword:"type",params:{type: schema30.properties.expr.type},message:"must be string,number,boolean",schema:schema30.properties.expr.type,parentSchema:schema30.properties.expr,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err14 = {instancePath:instancePath+"/expr",schemaPath:"#/properties/expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.properties.expr,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.for !== undefined){
let data7 = data.for;
if((typeof data7 !== "string") && (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7))))){
const err15 = {instancePath:instancePath+"/for",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema24.type},message:"must be string,integer",schema:schema24.type,parentSchema:schema24,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/for",schemaPath:"#/$defs/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema24,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/for",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err18 = {instancePath:instancePath+"/for",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"},message:"must match pattern \""+"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"+"\"",schema:"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$",parentSchema:schema24,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.keep_firing_for !== undefined){
let data8 = data.keep_firing_for;
if((typeof data8 !== "string") && (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8))))){
const err19 = {instancePath:instancePath+"/keep_firing_for",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema24.type},message:"must be string,integer",schema:schema24.type,parentSchema:schema24,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 0 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/keep_firing_for",schemaPath:"#/$defs/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema24,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/keep_firing_for",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err22 = {instancePath:instancePath+"/keep_firing_for",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"},message:"must match pattern \""+"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"+"\"",schema:"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$",parentSchema:schema24,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.labels !== undefined){
if(!(validate19(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
if (vErrors === null) vErrors = validate19.errors.slice(); else for (const e of validate19.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.annotations !== undefined){
if(!(validate23(data.annotations, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData}))){
if (vErrors === null) vErrors = validate23.errors.slice(); else for (const e of validate23.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema23.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema23.properties.name.type},message:"must be string,number",schema:schema23.properties.name.type,parentSchema:schema23.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.interval !== undefined){
let data1 = data.interval;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
const err4 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema24.type},message:"must be string,integer",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err7 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"},message:"must match pattern \""+"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"+"\"",schema:"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$",parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.query_offset !== undefined){
let data2 = data.query_offset;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
const err8 = {instancePath:instancePath+"/query_offset",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema24.type},message:"must be string,integer",schema:schema24.type,parentSchema:schema24,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/query_offset",schemaPath:"#/$defs/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema24,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/query_offset",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err11 = {instancePath:instancePath+"/query_offset",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"},message:"must match pattern \""+"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"+"\"",schema:"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$",parentSchema:schema24,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.evaluation_delay !== undefined){
let data3 = data.evaluation_delay;
if((typeof data3 !== "string") && (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3))))){
const err12 = {instancePath:instancePath+"/evaluation_delay",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema24.type},message:"must be string,integer",schema:schema24.type,parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/evaluation_delay",schemaPath:"#/$defs/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/evaluation_delay",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err15 = {instancePath:instancePath+"/evaluation_delay",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"},message:"must match pattern \""+"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"+"\"",schema:"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$",parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.limit !== undefined){
let data4 = data.limit;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limit.type,parentSchema:schema23.properties.limit,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.labels !== undefined){
if(!(validate19(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
if (vErrors === null) vErrors = validate19.errors.slice(); else for (const e of validate19.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.partial_response_strategy !== undefined){
let data6 = data.partial_response_strategy;
if(!((data6 === "warn") || (data6 === "abort"))){
const err17 = {instancePath:instancePath+"/partial_response_strategy",schemaPath:"#/properties/partial_response_strategy/enum",keyword:"enum",params:{allowedValues: schema23.properties.partial_response_strategy.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.partial_response_strategy.enum,parentSchema:schema23.properties.partial_response_strategy,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.source_tenants !== undefined){
let data7 = data.source_tenants;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err18 = {instancePath:instancePath+"/source_tenants/" + i0,schemaPath:"#/properties/source_tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.source_tenants.items.type,parentSchema:schema23.properties.source_tenants.items,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/source_tenants",schemaPath:"#/properties/source_tenants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.source_tenants.type,parentSchema:schema23.properties.source_tenants,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.rules !== undefined){
let data9 = data.rules;
if((!(Array.isArray(data9))) && (data9 !== null)){
const err20 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: schema23.properties.rules.type},message:"must be array,null",schema:schema23.properties.rules.type,parentSchema:schema23.properties.rules,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate21(data9[i1], {instancePath:instancePath+"/rules/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
if (vErrors === null) vErrors = validate21.errors.slice(); else for (const e of validate21.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/obslint/obslint/main/schemas/prometheus-rules.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groups === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "groups")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.groups !== undefined){
let data0 = data.groups;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err2 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: schema22.properties.groups.type},message:"must be array,null",schema:schema22.properties.groups.type,parentSchema:schema22.properties.groups,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate18(data0[i0], {instancePath:instancePath+"/groups/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate18.errors.slice(); else for (const e of validate18.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const prometheusruleCrd = validate27;
const schema36 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/obslint/obslint/main/schemas/prometheusrule-crd.schema.json","title":"PrometheusRule resource","description":"A Prometheus Operator `PrometheusRule` custom resource: rule groups under `spec.groups`.","type":"object","required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string","pattern":"^monitoring\\.coreos\\.com/"},"kind":{"const":"PrometheusRule"},"metadata":{"type":"object","properties":{"name":{"type":"string","minLength":1},"namespace":{"type":"string"},"labels":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}},"annotations":{"type":["object","null"],"additionalProperties":{"type":["string","number","boolean","null"]}}}},"spec":{"type":"object","properties":{"groups":{"type":["array","null"],"items":{"$ref":"prometheus-rules.schema.json#/$defs/group"}}},"additionalProperties":false}}};
const pattern9 = new RegExp("^monitoring\\.coreos\\.com/", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema23.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema23.properties.name.type},message:"must be string,number",schema:schema23.properties.name.type,parentSchema:schema23.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.interval !== undefined){
let data1 = data.interval;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
const err4 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema24.type},message:"must be string,integer",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err7 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"},message:"must match pattern \""+"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"+"\"",schema:"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$",parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.query_offset !== undefined){
let data2 = data.query_offset;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
const err8 = {instancePath:instancePath+"/query_offset",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema24.type},message:"must be string,integer",schema:schema24.type,parentSchema:schema24,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/query_offset",schemaPath:"#/$defs/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema24,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/query_offset",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err11 = {instancePath:instancePath+"/query_offset",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"},message:"must match pattern \""+"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"+"\"",schema:"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$",parentSchema:schema24,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.evaluation_delay !== undefined){
let data3 = data.evaluation_delay;
if((typeof data3 !== "string") && (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3))))){
const err12 = {instancePath:instancePath+"/evaluation_delay",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema24.type},message:"must be string,integer",schema:schema24.type,parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/evaluation_delay",schemaPath:"#/$defs/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/evaluation_delay",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err15 = {instancePath:instancePath+"/evaluation_delay",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"},message:"must match pattern \""+"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$"+"\"",schema:"^(0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?)$",parentSchema:schema24,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.limit !== undefined){
let data4 = data.limit;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limit.type,parentSchema:schema23.properties.limit,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.labels !== undefined){
if(!(validate19(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
if (vErrors === null) vErrors = validate19.errors.slice(); else for (const e of validate19.errors) vErrors.push(e);
errors = vErrors.length;
}
}
if(data.partial_response_strategy !== undefined){
let data6 = data.partial_response_strategy;
if(!((data6 === "warn") || (data6 === "abort"))){
const err17 = {instancePath:instancePath+"/partial_response_strategy",schemaPath:"#/properties/partial_response_strategy/enum",keyword:"enum",params:{allowedValues: schema23.properties.partial_response_strategy.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.partial_response_strategy.enum,parentSchema:schema23.properties.partial_response_strategy,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.source_tenants !== undefined){
let data7 = data.source_tenants;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err18 = {instancePath:instancePath+"/source_tenants/" + i0,schemaPath:"#/properties/source_tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.source_tenants.items.type,parentSchema:schema23.properties.source_tenants.items,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/source_tenants",schemaPath:"#/properties/source_tenants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.source_tenants.type,parentSchema:schema23.properties.source_tenants,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.rules !== undefined){
let data9 = data.rules;
if((!(Array.isArray(data9))) && (data9 !== null)){
const err20 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: schema23.properties.rules.type},message:"must be array,null",schema:schema23.properties.rules.type,parentSchema:schema23.properties.rules,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate21(data9[i1], {instancePath:instancePath+"/rules/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
if (vErrors === null) vErrors = validate21.errors.slice(); else for (const e of validate21.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/obslint/obslint/main/schemas/prometheusrule-crd.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/pattern",keyword:"pattern",params:{pattern: "^monitoring\\.coreos\\.com/"},message:"must match pattern \""+"^monitoring\\.coreos\\.com/"+"\"",schema:"^monitoring\\.coreos\\.com/",parentSchema:schema36.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.apiVersion.type,parentSchema:schema36.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("PrometheusRule" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "PrometheusRule"},message:"must be equal to constant",schema:"PrometheusRule",parentSchema:schema36.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.metadata.properties.name.type,parentSchema:schema36.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.namespace !== undefined){
let data4 = data2.namespace;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.metadata.properties.namespace.type,parentSchema:schema36.properties.metadata.properties.namespace,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.labels !== undefined){
let data5 = data2.labels;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
const err10 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: schema36.properties.metadata.properties.labels.type},message:"must be object,null",schema:schema36.properties.metadata.properties.labels.type,parentSchema:schema36.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
let data6 = data5[key0];
if((((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")) && (data6 !== null)){
const err11 = {instancePath:instancePath+"/metadata/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema36.properties.metadata.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema36.properties.metadata.properties.labels.additionalProperties.type,parentSchema:schema36.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
if(data2.annotations !== undefined){
let data7 = data2.annotations;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
const err12 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/type",keyword:"type",params:{type: schema36.properties.metadata.properties.annotations.type},message:"must be object,null",schema:schema36.properties.metadata.properties.annotations.type,parentSchema:schema36.properties.metadata.properties.annotations,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data8 = data7[key1];
if((((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")) && (data8 !== null)){
const err13 = {instancePath:instancePath+"/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: schema36.properties.metadata.properties.annotations.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema36.properties.metadata.properties.annotations.additionalProperties.type,parentSchema:schema36.properties.metadata.properties.annotations.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.metadata.type,parentSchema:schema36.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.spec !== undefined){
let data9 = data.spec;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(key2 === "groups")){
const err15 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.groups !== undefined){
let data10 = data9.groups;
if((!(Array.isArray(data10))) && (data10 !== null)){
const err16 = {instancePath:instancePath+"/spec/groups",schemaPath:"#/properties/spec/properties/groups/type",keyword:"type",params:{type: schema36.properties.spec.properties.groups.type},message:"must be array,null",schema:schema36.properties.spec.properties.groups.type,parentSchema:schema36.properties.spec.properties.groups,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate28(data10[i0], {instancePath:instancePath+"/spec/groups/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
if (vErrors === null) vErrors = validate28.errors.slice(); else for (const e of validate28.errors) vErrors.push(e);
errors = vErrors.length;
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.spec.type,parentSchema:schema36.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./src/kinds/prometheus-groups.ts
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
/** A name or expression as Prometheus reads it: YAML numbers and booleans become text. */
function nameOf(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
/** Label and annotation maps as text, the way Prometheus reads scalars into strings. */
function stringMap(value) {
    const out = {};
    if (!isMapping(value))
        return out;
    for (const [key, v] of Object.entries(value))
        out[key] = v === null || v === undefined ? '' : String(v);
    return out;
}
/**
 * Loki rulers read the same files with LogQL expressions. A log pipeline after a stream
 * selector (`{app="x"} |= "error"`, `| json`, `| logfmt`, ...) is never PromQL, so such an
 * expression is LogQL; anything else parses as PromQL (`rate({app="x"}[5m])` is both).
 */
function queryLanguage(expr) {
    return LOG_PIPELINE.test(expr) ? 'logql' : 'promql';
}
const LOG_PIPELINE = /\}\s*(\|[=~>]|!~|!=\s*["`]|\|\s*(json|logfmt|pattern|regexp|unpack|line_format|label_format|decolorize|drop|keep|unwrap)\b)/;
/** What the loader rejects beyond the schema: group names must be unique in a file. */
function checkGroups(groups, groupsPath) {
    const issues = [];
    const seen = new Set();
    asList(groups).forEach((group, index) => {
        const name = isMapping(group) ? nameOf(group.name) : undefined;
        if (name === undefined)
            return;
        if (seen.has(name)) {
            issues.push({
                path: [...groupsPath, index, 'name'],
                message: `Group name \`${name}\` is used twice in this file; Prometheus refuses to load it.`,
                help: 'Give every group in a file its own name.',
            });
        }
        seen.add(name);
    });
    return issues;
}
function extractGroups(kind, groups, groupsPath, doc, model) {
    asList(groups).forEach((group, groupIndex) => {
        if (!isMapping(group))
            return;
        const groupName = nameOf(group.name);
        // Group labels (Prometheus 3) are added to every rule of the group; a rule's own win.
        const groupLabels = stringMap(group.labels);
        asList(group.rules).forEach((rule, ruleIndex) => {
            if (!isMapping(rule))
                return;
            const path = [...groupsPath, groupIndex, 'rules', ruleIndex];
            const site = { doc, path };
            const text = nameOf(rule.expr);
            const query = text === undefined ? undefined : { language: queryLanguage(text), text, site: { doc, path: [...path, 'expr'] } };
            if (query)
                model.queries.push(query);
            const labels = { ...groupLabels, ...stringMap(rule.labels) };
            const alert = nameOf(rule.alert);
            const record = nameOf(rule.record);
            if (alert !== undefined) {
                model.alerts.push({
                    kind,
                    name: alert,
                    site,
                    group: groupName,
                    labels,
                    labelsSite: isMapping(rule.labels) ? { doc, path: [...path, 'labels'] } : site,
                    annotations: stringMap(rule.annotations),
                    annotationsSite: isMapping(rule.annotations) ? { doc, path: [...path, 'annotations'] } : site,
                    query,
                    for: typeof rule.for === 'string' ? rule.for : undefined,
                });
            }
            else if (record !== undefined) {
                model.recordingRules.push({ kind, name: record, site, group: groupName, labels, query });
            }
        });
    });
}

;// CONCATENATED MODULE: ./src/kinds/prometheus-rule-crd.ts


/** A Prometheus Operator `PrometheusRule` resource: the same groups, under `spec.groups`. */
const prometheusRuleCrd = {
    id: 'prometheus-rule-crd',
    title: 'PrometheusRule resource',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => text.includes('PrometheusRule'),
    detect: (value) => isMapping(value) &&
        value.kind === 'PrometheusRule' &&
        typeof value.apiVersion === 'string' &&
        value.apiVersion.startsWith('monitoring.coreos.com/'),
    reference: 'https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.PrometheusRule',
    validate: prometheusruleCrd,
    checkStructure: (value) => isMapping(value) && isMapping(value.spec) ? checkGroups(value.spec.groups, ['spec', 'groups']) : [],
    extract(value, doc, model) {
        if (isMapping(value) && isMapping(value.spec))
            extractGroups(this.id, value.spec.groups, ['spec', 'groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/kinds/prometheus-rules.ts


/** A Prometheus rule file (also Thanos, Loki, Mimir and Cortex rulers): `groups[].rules[]`. */
const prometheus_rules_prometheusRules = {
    id: 'prometheus-rules',
    title: 'Prometheus rule file',
    extensions: ['yml', 'yaml', 'json', 'rules'],
    // `groups:` at a line start, or `"groups":` in JSON (minified JSON has no line starts).
    sniff: (text) => /(^|[\n{,])\s*["']?groups["']?\s*:/.test(text),
    // Other formats have `groups` too (Grafana provisioning), but they carry an apiVersion.
    detect: (value) => isMapping(value) && 'groups' in value && !('apiVersion' in value) && !('kind' in value),
    reference: 'https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/',
    validate: prometheusRules,
    checkStructure: (value) => (isMapping(value) ? checkGroups(value.groups, ['groups']) : []),
    extract(value, doc, model) {
        if (isMapping(value))
            extractGroups(this.id, value.groups, ['groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/kinds/index.ts


/** Every kind obslint knows, in detection order (the first whose `detect` matches wins). */
const KINDS = [prometheus_rules_prometheusRules, prometheusRuleCrd];
function kindById(id) {
    return KINDS.find((kind) => kind.id === id);
}

;// CONCATENATED MODULE: ./src/kinds/types.ts
function emptyModel() {
    return { alerts: [], recordingRules: [], queries: [], documents: [] };
}

;// CONCATENATED MODULE: ./src/rules/alerts.ts

/** How many differing labels a message names to tell same-name alerts apart. */
const MAX_DISTINGUISHING_LABELS = 3;
/**
 * An alert's name for a message, and, when another alert of the file has the same name (the
 * same burn-rate alert for several windows), what tells this one apart: its group when the
 * groups differ, then the fewest labels whose values set it apart from the others.
 */
function describeAlert(alert, all) {
    let twins = byName(all).get(alert.name).filter((other) => other !== alert);
    if (twins.length === 0)
        return { alert: alert.name, which: { raw: '' } };
    const parts = [];
    if (alert.group !== undefined && twins.some((t) => t.group !== alert.group)) {
        parts.push(`group \`${shown(alert.group)}\``);
        twins = twins.filter((t) => t.group === alert.group);
    }
    const keys = Object.keys(alert.labels).sort();
    while (twins.length > 0 && parts.length < MAX_DISTINGUISHING_LABELS + 1) {
        // The label that sets this alert apart from the most of the remaining twins.
        let best;
        let bestCount = 0;
        for (const key of keys) {
            const count = twins.filter((t) => t.labels[key] !== alert.labels[key]).length;
            if (count > bestCount)
                [best, bestCount] = [key, count];
        }
        if (best === undefined)
            break;
        const key = best;
        parts.push(`\`${shown(key)}=${shown(alert.labels[key])}\``);
        twins = twins.filter((t) => t.labels[key] === alert.labels[key]);
    }
    return { alert: alert.name, which: { raw: parts.length > 0 ? ` (${parts.join(', ')})` : '' } };
}
/** A file's alerts by name, made once per file: looking twins up must not be quadratic. */
const indexes = new WeakMap();
function byName(all) {
    let index = indexes.get(all);
    if (!index) {
        index = new Map();
        for (const alert of all) {
            const same = index.get(alert.name);
            if (same)
                same.push(alert);
            else
                index.set(alert.name, [alert]);
        }
        indexes.set(all, index);
    }
    return index;
}
/** An alert's identity, as Prometheus and Alertmanager see it: group, name and labels. */
function alertSubject(alert) {
    return `${alert.group ?? ''}/${alert.name}{${labelKey(alert.labels)}}`;
}
/** Labels in a canonical order, as one string. */
function labelKey(labels) {
    return Object.keys(labels)
        .sort()
        .map((k) => `${k}=${JSON.stringify(labels[k])}`)
        .join(',');
}

;// CONCATENATED MODULE: ./src/rules/types.ts
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/alert-owner.ts


/** An alert nobody owns pages nobody useful. */
/* harmony default export */ const alert_owner = (defineRule({
    meta: {
        id: 'alert-owner',
        summary: 'An alert has no owner label (`owner` or `team` by default).',
        defaultSeverity: 'error',
        messages: {
            missing: {
                text: 'Alert `{alert}`{which} has no owner: add a label naming its team ({keys}).',
                help: 'Name the team that is paged when it fires, so routing and escalation reach someone who can act.',
            },
            empty: {
                text: 'Alert `{alert}`{which} has an empty `{key}` label, so it names no owner.',
                help: 'Set it to the team that is paged when the alert fires.',
            },
        },
        options: {
            defaults: { labels: ['owner', 'team'] },
            schema: {
                labels: {
                    description: 'Label keys that name an owner; the first non-empty one counts. Default: [owner, team].',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
            },
        },
    },
    check(context) {
        const keys = context.options.labels;
        for (const alert of context.model.alerts) {
            const present = keys.filter((key) => key in alert.labels);
            if (present.some((key) => alert.labels[key].trim() !== ''))
                continue;
            const { alert: name, which } = describeAlert(alert, context.model.alerts);
            const subject = alertSubject(alert);
            if (present.length > 0) {
                context.report({
                    messageId: 'empty',
                    data: { alert: name, which, key: present[0] },
                    site: alert.labelSites?.[present[0]] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, present[0]] },
                    subject,
                });
                continue;
            }
            context.report({ messageId: 'missing', data: { alert: name, which, keys }, site: alert.labelsSite, target: 'key', subject });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/alert-runbook.ts


/** Hosts reserved for examples (RFC 2606): a runbook there was never written. */
const EXAMPLE_HOST = /(^|\.)example\.(com|org|net)$|^example$/i;
const POINT_IT = 'Point it at a real runbook: an http(s) URL or a file in this repository.';
/** An alert without a runbook wakes someone who does not know what to do. */
/* harmony default export */ const alert_runbook = (defineRule({
    meta: {
        id: 'alert-runbook',
        summary: 'An alert has no runbook (`runbook_url` or `runbook`), or one that is a placeholder (`TODO`, an example domain) or a path to a file that does not exist.',
        defaultSeverity: 'error',
        messages: {
            missing: {
                text: 'Alert `{alert}`{which} has no runbook: add a runbook annotation ({keys}).',
                help: 'Link the page that tells whoever is paged what to check and how to fix it.',
            },
            empty: { text: 'Alert `{alert}`{which}: the runbook is empty.', help: POINT_IT },
            placeholder: { text: 'Alert `{alert}`{which}: the runbook is a placeholder (`{value}`).', help: POINT_IT },
            'invalid-url': { text: 'Alert `{alert}`{which}: the runbook `{value}` is not a valid URL.', help: POINT_IT },
            'not-http': { text: 'Alert `{alert}`{which}: the runbook `{value}` is not an http(s) URL.', help: POINT_IT },
            'example-domain': { text: 'Alert `{alert}`{which}: the runbook `{value}` points at an example domain, a placeholder.', help: POINT_IT },
            'no-such-file': {
                text: 'Alert `{alert}`{which}: the runbook `{value}` is neither an http(s) URL nor a file in the repository.',
                help: POINT_IT,
            },
        },
        options: {
            defaults: { annotations: ['runbook_url', 'runbook'], placeholders: ['TODO', 'TBD', 'FIXME', 'XXX', 'N/A', 'none', '-'] },
            schema: {
                annotations: {
                    description: 'Annotation keys that hold the runbook. Default: [runbook_url, runbook].',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
                placeholders: {
                    description: 'Values that mean no runbook yet (compared without case). Default: TODO, TBD, FIXME, XXX, N/A, none, -.',
                    type: 'array',
                    items: { type: 'string' },
                },
            },
        },
    },
    check(context) {
        const { annotations, placeholders } = context.options;
        const placeholder = new Set(placeholders.map((p) => p.toLowerCase()));
        for (const alert of context.model.alerts) {
            const { alert: name, which } = describeAlert(alert, context.model.alerts);
            const subject = alertSubject(alert);
            const key = annotations.find((k) => k in alert.annotations);
            if (key === undefined) {
                context.report({ messageId: 'missing', data: { alert: name, which, keys: annotations }, site: alert.annotationsSite, target: 'key', subject });
                continue;
            }
            const value = alert.annotations[key].trim();
            const problem = runbookProblem(value, placeholder, context.fileExists);
            if (problem) {
                const site = alert.annotationSites?.[key] ?? { doc: alert.annotationsSite.doc, path: [...alert.annotationsSite.path, key] };
                context.report({ messageId: problem, data: { alert: name, which, value }, site, subject });
            }
        }
    },
}));
/** Why a runbook value does not lead anywhere, or undefined when it does. */
function runbookProblem(value, placeholders, fileExists) {
    if (value === '')
        return 'empty';
    if (placeholders.has(value.toLowerCase()))
        return 'placeholder';
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            return 'invalid-url';
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return 'not-http';
        if (EXAMPLE_HOST.test(url.hostname))
            return 'example-domain';
        return undefined;
    }
    // A template (`{{ $labels.runbook }}`) is filled in when the alert fires: nothing to check now.
    if (value.includes('{{'))
        return undefined;
    const path = value.replace(/[#?].*$/, '');
    if (!fileExists(path))
        return 'no-such-file';
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/duplicate-rule.ts


/** Two rules with the same name and labels write the same series or fire the same alert twice. */
/* harmony default export */ const duplicate_rule = (defineRule({
    meta: {
        id: 'duplicate-rule',
        summary: 'The same alert (name and labels) or recording rule is defined twice in a file.',
        defaultSeverity: 'warning',
        messages: {
            alert: {
                text: 'Alert `{name}`{same} is already defined at line {line}.',
                help: 'Remove one of the two, or give them different labels if both are meant.',
            },
            record: {
                text: 'Recording rule `{name}`{same} is already defined at line {line}.',
                help: 'Remove one of the two, or give them different labels if both are meant.',
            },
        },
    },
    check(context) {
        const seen = new Map();
        const entries = [
            ...context.model.alerts.map((a) => ({ what: 'alert', rule: a })),
            ...context.model.recordingRules.map((r) => ({ what: 'record', rule: r })),
        ];
        for (const { what, rule } of entries) {
            const identity = `${what}\u0000${rule.name}\u0000${labelKey(rule.labels)}`;
            const first = seen.get(identity);
            if (!first) {
                seen.set(identity, rule.site);
                continue;
            }
            const same = { raw: Object.keys(rule.labels).length > 0 ? ' with the same labels' : '' };
            context.report({
                messageId: what,
                data: { name: rule.name, same, line: context.lineOf(first) },
                site: rule.site,
                subject: alertSubject(rule),
            });
        }
    },
}));

;// CONCATENATED MODULE: ./node_modules/@lezer/common/dist/index.js
/**
The default maximum length of a `TreeBuffer` node.
*/
const DefaultBufferLength = 1024;
let nextPropID = 0;
class Range {
    constructor(from, to) {
        this.from = from;
        this.to = to;
    }
}
/**
Each [node type](#common.NodeType) or [individual tree](#common.Tree)
can have metadata associated with it in props. Instances of this
class represent prop names.
*/
class dist_NodeProp {
    /**
    Create a new node prop type.
    */
    constructor(config = {}) {
        this.id = nextPropID++;
        this.perNode = !!config.perNode;
        this.deserialize = config.deserialize || (() => {
            throw new Error("This node type doesn't define a deserialize function");
        });
        this.combine = config.combine || null;
    }
    /**
    This is meant to be used with
    [`NodeSet.extend`](#common.NodeSet.extend) or
    [`LRParser.configure`](#lr.ParserConfig.props) to compute
    prop values for each node type in the set. Takes a [match
    object](#common.NodeType^match) or function that returns undefined
    if the node type doesn't get this prop, and the prop's value if
    it does.
    */
    add(match) {
        if (this.perNode)
            throw new RangeError("Can't add per-node props to node types");
        if (typeof match != "function")
            match = NodeType.match(match);
        return (type) => {
            let result = match(type);
            return result === undefined ? null : [this, result];
        };
    }
}
/**
Prop that is used to describe matching delimiters. For opening
delimiters, this holds an array of node names (written as a
space-separated string when declaring this prop in a grammar)
for the node types of closing delimiters that match it.
*/
dist_NodeProp.closedBy = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
The inverse of [`closedBy`](#common.NodeProp^closedBy). This is
attached to closing delimiters, holding an array of node names
of types of matching opening delimiters.
*/
dist_NodeProp.openedBy = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
Used to assign node types to groups (for example, all node
types that represent an expression could be tagged with an
`"Expression"` group).
*/
dist_NodeProp.group = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
Attached to nodes to indicate these should be
[displayed](https://codemirror.net/docs/ref/#language.syntaxTree)
in a bidirectional text isolate, so that direction-neutral
characters on their sides don't incorrectly get associated with
surrounding text. You'll generally want to set this for nodes
that contain arbitrary text, like strings and comments, and for
nodes that appear _inside_ arbitrary text, like HTML tags. When
not given a value, in a grammar declaration, defaults to
`"auto"`.
*/
dist_NodeProp.isolate = new dist_NodeProp({ deserialize: value => {
        if (value && value != "rtl" && value != "ltr" && value != "auto")
            throw new RangeError("Invalid value for isolate: " + value);
        return value || "auto";
    } });
/**
The hash of the [context](#lr.ContextTracker.constructor)
that the node was parsed in, if any. Used to limit reuse of
contextual nodes.
*/
dist_NodeProp.contextHash = new dist_NodeProp({ perNode: true });
/**
The distance beyond the end of the node that the tokenizer
looked ahead for any of the tokens inside the node. (The LR
parser only stores this when it is larger than 25, for
efficiency reasons.)
*/
dist_NodeProp.lookAhead = new dist_NodeProp({ perNode: true });
/**
This per-node prop is used to replace a given node, or part of a
node, with another tree. This is useful to include trees from
different languages in mixed-language parsers.
*/
dist_NodeProp.mounted = new dist_NodeProp({ perNode: true });
/**
A mounted tree, which can be [stored](#common.NodeProp^mounted) on
a tree node to indicate that parts of its content are
represented by another tree.
*/
class MountedTree {
    constructor(
    /**
    The inner tree.
    */
    tree, 
    /**
    If this is null, this tree replaces the entire node (it will
    be included in the regular iteration instead of its host
    node). If not, only the given ranges are considered to be
    covered by this tree. This is used for trees that are mixed in
    a way that isn't strictly hierarchical. Such mounted trees are
    only entered by [`resolveInner`](#common.Tree.resolveInner)
    and [`enter`](#common.SyntaxNode.enter).
    */
    overlay, 
    /**
    The parser used to create this subtree.
    */
    parser, 
    /**
    [Indicates](#common.IterMode.EnterBracketed) that the nested
    content is delineated with some kind
    of bracket token.
    */
    bracketed = false) {
        this.tree = tree;
        this.overlay = overlay;
        this.parser = parser;
        this.bracketed = bracketed;
    }
    /**
    @internal
    */
    static get(tree) {
        return tree && tree.props && tree.props[dist_NodeProp.mounted.id];
    }
}
const noProps = Object.create(null);
/**
Each node in a syntax tree has a node type associated with it.
*/
class NodeType {
    /**
    @internal
    */
    constructor(
    /**
    The name of the node type. Not necessarily unique, but if the
    grammar was written properly, different node types with the
    same name within a node set should play the same semantic
    role.
    */
    name, 
    /**
    @internal
    */
    props, 
    /**
    The id of this node in its set. Corresponds to the term ids
    used in the parser.
    */
    id, 
    /**
    @internal
    */
    flags = 0) {
        this.name = name;
        this.props = props;
        this.id = id;
        this.flags = flags;
    }
    /**
    Define a node type.
    */
    static define(spec) {
        let props = spec.props && spec.props.length ? Object.create(null) : noProps;
        let flags = (spec.top ? 1 /* NodeFlag.Top */ : 0) | (spec.skipped ? 2 /* NodeFlag.Skipped */ : 0) |
            (spec.error ? 4 /* NodeFlag.Error */ : 0) | (spec.name == null ? 8 /* NodeFlag.Anonymous */ : 0);
        let type = new NodeType(spec.name || "", props, spec.id, flags);
        if (spec.props)
            for (let src of spec.props) {
                if (!Array.isArray(src))
                    src = src(type);
                if (src) {
                    if (src[0].perNode)
                        throw new RangeError("Can't store a per-node prop on a node type");
                    props[src[0].id] = src[1];
                }
            }
        return type;
    }
    /**
    Retrieves a node prop for this type. Will return `undefined` if
    the prop isn't present on this node.
    */
    prop(prop) { return this.props[prop.id]; }
    /**
    True when this is the top node of a grammar.
    */
    get isTop() { return (this.flags & 1 /* NodeFlag.Top */) > 0; }
    /**
    True when this node is produced by a skip rule.
    */
    get isSkipped() { return (this.flags & 2 /* NodeFlag.Skipped */) > 0; }
    /**
    Indicates whether this is an error node.
    */
    get isError() { return (this.flags & 4 /* NodeFlag.Error */) > 0; }
    /**
    When true, this node type doesn't correspond to a user-declared
    named node, for example because it is used to cache repetition.
    */
    get isAnonymous() { return (this.flags & 8 /* NodeFlag.Anonymous */) > 0; }
    /**
    Returns true when this node's name or one of its
    [groups](#common.NodeProp^group) matches the given string.
    */
    is(name) {
        if (typeof name == 'string') {
            if (this.name == name)
                return true;
            let group = this.prop(dist_NodeProp.group);
            return group ? group.indexOf(name) > -1 : false;
        }
        return this.id == name;
    }
    /**
    Create a function from node types to arbitrary values by
    specifying an object whose property names are node or
    [group](#common.NodeProp^group) names. Often useful with
    [`NodeProp.add`](#common.NodeProp.add). You can put multiple
    names, separated by spaces, in a single property name to map
    multiple node names to a single value.
    */
    static match(map) {
        let direct = Object.create(null);
        for (let prop in map)
            for (let name of prop.split(" "))
                direct[name] = map[prop];
        return (node) => {
            for (let groups = node.prop(dist_NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
                let found = direct[i < 0 ? node.name : groups[i]];
                if (found)
                    return found;
            }
        };
    }
}
/**
An empty dummy node type to use when no actual type is available.
*/
NodeType.none = new NodeType("", Object.create(null), 0, 8 /* NodeFlag.Anonymous */);
/**
A node set holds a collection of node types. It is used to
compactly represent trees by storing their type ids, rather than a
full pointer to the type object, in a numeric array. Each parser
[has](#lr.LRParser.nodeSet) a node set, and [tree
buffers](#common.TreeBuffer) can only store collections of nodes
from the same set. A set can have a maximum of 2**16 (65536) node
types in it, so that the ids fit into 16-bit typed array slots.
*/
class NodeSet {
    /**
    Create a set with the given types. The `id` property of each
    type should correspond to its position within the array.
    */
    constructor(
    /**
    The node types in this set, by id.
    */
    types) {
        this.types = types;
        for (let i = 0; i < types.length; i++)
            if (types[i].id != i)
                throw new RangeError("Node type ids should correspond to array positions when creating a node set");
    }
    /**
    Create a copy of this set with some node properties added. The
    arguments to this method can be created with
    [`NodeProp.add`](#common.NodeProp.add).
    */
    extend(...props) {
        let newTypes = [];
        for (let type of this.types) {
            let newProps = null;
            for (let source of props) {
                let add = source(type);
                if (add) {
                    if (!newProps)
                        newProps = Object.assign({}, type.props);
                    let value = add[1], prop = add[0];
                    if (prop.combine && prop.id in newProps)
                        value = prop.combine(newProps[prop.id], value);
                    newProps[prop.id] = value;
                }
            }
            newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
        }
        return new NodeSet(newTypes);
    }
}
const CachedNode = new WeakMap(), CachedInnerNode = new WeakMap();
/**
Options that control iteration. Can be combined with the `|`
operator to enable multiple ones.
*/
var IterMode;
(function (IterMode) {
    /**
    When enabled, iteration will only visit [`Tree`](#common.Tree)
    objects, not nodes packed into
    [`TreeBuffer`](#common.TreeBuffer)s.
    */
    IterMode[IterMode["ExcludeBuffers"] = 1] = "ExcludeBuffers";
    /**
    Enable this to make iteration include anonymous nodes (such as
    the nodes that wrap repeated grammar constructs into a balanced
    tree).
    */
    IterMode[IterMode["IncludeAnonymous"] = 2] = "IncludeAnonymous";
    /**
    By default, regular [mounted](#common.NodeProp^mounted) nodes
    replace their base node in iteration. Enable this to ignore them
    instead.
    */
    IterMode[IterMode["IgnoreMounts"] = 4] = "IgnoreMounts";
    /**
    This option only applies in
    [`enter`](#common.SyntaxNode.enter)-style methods. It tells the
    library to not enter mounted overlays if one covers the given
    position.
    */
    IterMode[IterMode["IgnoreOverlays"] = 8] = "IgnoreOverlays";
    /**
    When set, positions on the boundary of a mounted overlay tree
    that has its [`bracketed`](#common.NestedParse.bracketed) flag
    set will enter that tree regardless of side. Only supported in
    [`enter`](#common.SyntaxNode.enter), not in cursors.
    */
    IterMode[IterMode["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
/**
A piece of syntax tree. There are two ways to approach these
trees: the way they are actually stored in memory, and the
convenient way.

Syntax trees are stored as a tree of `Tree` and `TreeBuffer`
objects. By packing detail information into `TreeBuffer` leaf
nodes, the representation is made a lot more memory-efficient.

However, when you want to actually work with tree nodes, this
representation is very awkward, so most client code will want to
use the [`TreeCursor`](#common.TreeCursor) or
[`SyntaxNode`](#common.SyntaxNode) interface instead, which provides
a view on some part of this data structure, and can be used to
move around to adjacent nodes.
*/
class Tree {
    /**
    Construct a new tree. See also [`Tree.build`](#common.Tree^build).
    */
    constructor(
    /**
    The type of the top node.
    */
    type, 
    /**
    This node's child nodes.
    */
    children, 
    /**
    The positions (offsets relative to the start of this tree) of
    the children.
    */
    positions, 
    /**
    The total length of this tree
    */
    length, 
    /**
    Per-node [node props](#common.NodeProp) to associate with this node.
    */
    props) {
        this.type = type;
        this.children = children;
        this.positions = positions;
        this.length = length;
        /**
        @internal
        */
        this.props = null;
        if (props && props.length) {
            this.props = Object.create(null);
            for (let [prop, value] of props)
                this.props[typeof prop == "number" ? prop : prop.id] = value;
        }
    }
    /**
    @internal
    */
    toString() {
        let mounted = MountedTree.get(this);
        if (mounted && !mounted.overlay)
            return mounted.tree.toString();
        let children = "";
        for (let ch of this.children) {
            let str = ch.toString();
            if (str) {
                if (children)
                    children += ",";
                children += str;
            }
        }
        return !this.type.name ? children :
            (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) +
                (children.length ? "(" + children + ")" : "");
    }
    /**
    Get a [tree cursor](#common.TreeCursor) positioned at the top of
    the tree. Mode can be used to [control](#common.IterMode) which
    nodes the cursor visits.
    */
    cursor(mode = 0) {
        return new TreeCursor(this.topNode, mode);
    }
    /**
    Get a [tree cursor](#common.TreeCursor) pointing into this tree
    at the given position and side (see
    [`moveTo`](#common.TreeCursor.moveTo).
    */
    cursorAt(pos, side = 0, mode = 0) {
        let scope = CachedNode.get(this) || this.topNode;
        let cursor = new TreeCursor(scope);
        cursor.moveTo(pos, side);
        CachedNode.set(this, cursor._tree);
        return cursor;
    }
    /**
    Get a [syntax node](#common.SyntaxNode) object for the top of the
    tree.
    */
    get topNode() {
        return new TreeNode(this, 0, 0, null);
    }
    /**
    Get the [syntax node](#common.SyntaxNode) at the given position.
    If `side` is -1, this will move into nodes that end at the
    position. If 1, it'll move into nodes that start at the
    position. With 0, it'll only enter nodes that cover the position
    from both sides.
    
    Note that this will not enter
    [overlays](#common.MountedTree.overlay), and you often want
    [`resolveInner`](#common.Tree.resolveInner) instead.
    */
    resolve(pos, side = 0) {
        let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
        CachedNode.set(this, node);
        return node;
    }
    /**
    Like [`resolve`](#common.Tree.resolve), but will enter
    [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
    pointing into the innermost overlaid tree at the given position
    (with parent links going through all parent structure, including
    the host trees).
    */
    resolveInner(pos, side = 0) {
        let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
        CachedInnerNode.set(this, node);
        return node;
    }
    /**
    In some situations, it can be useful to iterate through all
    nodes around a position, including those in overlays that don't
    directly cover the position. This method gives you an iterator
    that will produce all nodes, from small to big, around the given
    position.
    */
    resolveStack(pos, side = 0) {
        return stackIterator(this, pos, side);
    }
    /**
    Iterate over the tree and its children, calling `enter` for any
    node that touches the `from`/`to` region (if given) before
    running over such a node's children, and `leave` (if given) when
    leaving the node. When `enter` returns `false`, that node will
    not have its children iterated over (or `leave` called).
    */
    iterate(spec) {
        let { enter, leave, from = 0, to = this.length } = spec;
        let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
        for (let c = this.cursor(mode | IterMode.IncludeAnonymous);;) {
            let entered = false;
            if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
                if (c.firstChild())
                    continue;
                entered = true;
            }
            for (;;) {
                if (entered && leave && (anon || !c.type.isAnonymous))
                    leave(c);
                if (c.nextSibling())
                    break;
                if (!c.parent())
                    return;
                entered = true;
            }
        }
    }
    /**
    Get the value of the given [node prop](#common.NodeProp) for this
    node. Works with both per-node and per-type props.
    */
    prop(prop) {
        return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : undefined;
    }
    /**
    Returns the node's [per-node props](#common.NodeProp.perNode) in a
    format that can be passed to the [`Tree`](#common.Tree)
    constructor.
    */
    get propValues() {
        let result = [];
        if (this.props)
            for (let id in this.props)
                result.push([+id, this.props[id]]);
        return result;
    }
    /**
    Balance the direct children of this tree, producing a copy of
    which may have children grouped into subtrees with type
    [`NodeType.none`](#common.NodeType^none).
    */
    balance(config = {}) {
        return this.children.length <= 8 /* Balance.BranchFactor */ ? this :
            balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new Tree(NodeType.none, children, positions, length)));
    }
    /**
    Build a tree from a postfix-ordered buffer of node information,
    or a cursor over such a buffer.
    */
    static build(data) { return buildTree(data); }
}
/**
The empty tree
*/
Tree.empty = new Tree(NodeType.none, [], [], 0);
class FlatBufferCursor {
    constructor(buffer, index) {
        this.buffer = buffer;
        this.index = index;
    }
    get id() { return this.buffer[this.index - 4]; }
    get start() { return this.buffer[this.index - 3]; }
    get end() { return this.buffer[this.index - 2]; }
    get size() { return this.buffer[this.index - 1]; }
    get pos() { return this.index; }
    next() { this.index -= 4; }
    fork() { return new FlatBufferCursor(this.buffer, this.index); }
}
/**
Tree buffers contain (type, start, end, endIndex) quads for each
node. In such a buffer, nodes are stored in prefix order (parents
before children, with the endIndex of the parent indicating which
children belong to it).
*/
class TreeBuffer {
    /**
    Create a tree buffer.
    */
    constructor(
    /**
    The buffer's content.
    */
    buffer, 
    /**
    The total length of the group of nodes in the buffer.
    */
    length, 
    /**
    The node set used in this buffer.
    */
    set) {
        this.buffer = buffer;
        this.length = length;
        this.set = set;
    }
    /**
    @internal
    */
    get type() { return NodeType.none; }
    /**
    @internal
    */
    toString() {
        let result = [];
        for (let index = 0; index < this.buffer.length;) {
            result.push(this.childString(index));
            index = this.buffer[index + 3];
        }
        return result.join(",");
    }
    /**
    @internal
    */
    childString(index) {
        let id = this.buffer[index], endIndex = this.buffer[index + 3];
        let type = this.set.types[id], result = type.name;
        if (/\W/.test(result) && !type.isError)
            result = JSON.stringify(result);
        index += 4;
        if (endIndex == index)
            return result;
        let children = [];
        while (index < endIndex) {
            children.push(this.childString(index));
            index = this.buffer[index + 3];
        }
        return result + "(" + children.join(",") + ")";
    }
    /**
    @internal
    */
    findChild(startIndex, endIndex, dir, pos, side) {
        let { buffer } = this, pick = -1;
        for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
            if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
                pick = i;
                if (dir > 0)
                    break;
            }
        }
        return pick;
    }
    /**
    @internal
    */
    slice(startI, endI, from) {
        let b = this.buffer;
        let copy = new Uint16Array(endI - startI), len = 0;
        for (let i = startI, j = 0; i < endI;) {
            copy[j++] = b[i++];
            copy[j++] = b[i++] - from;
            let to = copy[j++] = b[i++] - from;
            copy[j++] = b[i++] - startI;
            len = Math.max(len, to);
        }
        return new TreeBuffer(copy, len, this.set);
    }
}
function checkSide(side, pos, from, to) {
    switch (side) {
        case -2 /* Side.Before */: return from < pos;
        case -1 /* Side.AtOrBefore */: return to >= pos && from < pos;
        case 0 /* Side.Around */: return from < pos && to > pos;
        case 1 /* Side.AtOrAfter */: return from <= pos && to > pos;
        case 2 /* Side.After */: return to > pos;
        case 4 /* Side.DontCare */: return true;
    }
}
function resolveNode(node, pos, side, overlays) {
    var _a;
    // Move up to a node that actually holds the position, if possible
    while (node.from == node.to ||
        (side < 1 ? node.from >= pos : node.from > pos) ||
        (side > -1 ? node.to <= pos : node.to < pos)) {
        let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
        if (!parent)
            return node;
        node = parent;
    }
    let mode = overlays ? 0 : IterMode.IgnoreOverlays;
    // Must go up out of overlays when those do not overlap with pos
    if (overlays)
        for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
            if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
                node = parent;
        }
    for (;;) {
        let inner = node.enter(pos, side, mode);
        if (!inner)
            return node;
        node = inner;
    }
}
class BaseNode {
    cursor(mode = 0) { return new TreeCursor(this, mode); }
    getChild(type, before = null, after = null) {
        let r = getChildren(this, type, before, after);
        return r.length ? r[0] : null;
    }
    getChildren(type, before = null, after = null) {
        return getChildren(this, type, before, after);
    }
    resolve(pos, side = 0) {
        return resolveNode(this, pos, side, false);
    }
    resolveInner(pos, side = 0) {
        return resolveNode(this, pos, side, true);
    }
    matchContext(context) {
        return matchNodeContext(this.parent, context);
    }
    enterUnfinishedNodesBefore(pos) {
        let scan = this.childBefore(pos), node = this;
        while (scan) {
            let last = scan.lastChild;
            if (!last || last.to != scan.to)
                break;
            if (last.type.isError && last.from == last.to) {
                node = scan;
                scan = last.prevSibling;
            }
            else {
                scan = last;
            }
        }
        return node;
    }
    get node() { return this; }
    get next() { return this.parent; }
}
class TreeNode extends BaseNode {
    constructor(_tree, from, 
    // Index in parent node, set to -1 if the node is not a direct child of _parent.node (overlay)
    index, _parent) {
        super();
        this._tree = _tree;
        this.from = from;
        this.index = index;
        this._parent = _parent;
    }
    get type() { return this._tree.type; }
    get name() { return this._tree.type.name; }
    get to() { return this.from + this._tree.length; }
    nextChild(i, dir, pos, side, mode = 0) {
        for (let parent = this;;) {
            for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
                let next = children[i], start = positions[i] + parent.from, mounted;
                if (!((mode & IterMode.EnterBracketed) && next instanceof Tree &&
                    (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed &&
                    pos >= start && pos <= start + next.length) &&
                    !checkSide(side, pos, start, start + next.length))
                    continue;
                if (next instanceof TreeBuffer) {
                    if (mode & IterMode.ExcludeBuffers)
                        continue;
                    let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
                    if (index > -1)
                        return new BufferNode(new BufferContext(parent, next, i, start), null, index);
                }
                else if ((mode & IterMode.IncludeAnonymous) || (!next.type.isAnonymous || hasChild(next))) {
                    let mounted;
                    if (!(mode & IterMode.IgnoreMounts) && (mounted = MountedTree.get(next)) && !mounted.overlay)
                        return new TreeNode(mounted.tree, start, i, parent);
                    let inner = new TreeNode(next, start, i, parent);
                    return (mode & IterMode.IncludeAnonymous) || !inner.type.isAnonymous ? inner
                        : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
                }
            }
            if ((mode & IterMode.IncludeAnonymous) || !parent.type.isAnonymous)
                return null;
            if (parent.index >= 0)
                i = parent.index + dir;
            else
                i = dir < 0 ? -1 : parent._parent._tree.children.length;
            parent = parent._parent;
            if (!parent)
                return null;
        }
    }
    get firstChild() { return this.nextChild(0, 1, 0, 4 /* Side.DontCare */); }
    get lastChild() { return this.nextChild(this._tree.children.length - 1, -1, 0, 4 /* Side.DontCare */); }
    childAfter(pos) { return this.nextChild(0, 1, pos, 2 /* Side.After */); }
    childBefore(pos) { return this.nextChild(this._tree.children.length - 1, -1, pos, -2 /* Side.Before */); }
    prop(prop) { return this._tree.prop(prop); }
    enter(pos, side, mode = 0) {
        let mounted;
        if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
            let rPos = pos - this.from, enterBracketed = (mode & IterMode.EnterBracketed) && mounted.bracketed;
            for (let { from, to } of mounted.overlay) {
                if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) &&
                    (side < 0 || enterBracketed ? to >= rPos : to > rPos))
                    return new TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
            }
        }
        return this.nextChild(0, 1, pos, side, mode);
    }
    nextSignificantParent() {
        let val = this;
        while (val.type.isAnonymous && val._parent)
            val = val._parent;
        return val;
    }
    get parent() {
        return this._parent ? this._parent.nextSignificantParent() : null;
    }
    get nextSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(this.index + 1, 1, 0, 4 /* Side.DontCare */) : null;
    }
    get prevSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(this.index - 1, -1, 0, 4 /* Side.DontCare */) : null;
    }
    get tree() { return this._tree; }
    toTree() { return this._tree; }
    /**
    @internal
    */
    toString() { return this._tree.toString(); }
}
function getChildren(node, type, before, after) {
    let cur = node.cursor(), result = [];
    if (!cur.firstChild())
        return result;
    if (before != null)
        for (let found = false; !found;) {
            found = cur.type.is(before);
            if (!cur.nextSibling())
                return result;
        }
    for (;;) {
        if (after != null && cur.type.is(after))
            return result;
        if (cur.type.is(type))
            result.push(cur.node);
        if (!cur.nextSibling())
            return after == null ? result : [];
    }
}
function matchNodeContext(node, context, i = context.length - 1) {
    for (let p = node; i >= 0; p = p.parent) {
        if (!p)
            return false;
        if (!p.type.isAnonymous) {
            if (context[i] && context[i] != p.name)
                return false;
            i--;
        }
    }
    return true;
}
class BufferContext {
    constructor(parent, buffer, index, start) {
        this.parent = parent;
        this.buffer = buffer;
        this.index = index;
        this.start = start;
    }
}
class BufferNode extends BaseNode {
    get name() { return this.type.name; }
    get from() { return this.context.start + this.context.buffer.buffer[this.index + 1]; }
    get to() { return this.context.start + this.context.buffer.buffer[this.index + 2]; }
    constructor(context, _parent, index) {
        super();
        this.context = context;
        this._parent = _parent;
        this.index = index;
        this.type = context.buffer.set.types[context.buffer.buffer[index]];
    }
    child(dir, pos, side) {
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
        return index < 0 ? null : new BufferNode(this.context, this, index);
    }
    get firstChild() { return this.child(1, 0, 4 /* Side.DontCare */); }
    get lastChild() { return this.child(-1, 0, 4 /* Side.DontCare */); }
    childAfter(pos) { return this.child(1, pos, 2 /* Side.After */); }
    childBefore(pos) { return this.child(-1, pos, -2 /* Side.Before */); }
    prop(prop) { return this.type.prop(prop); }
    enter(pos, side, mode = 0) {
        if (mode & IterMode.ExcludeBuffers)
            return null;
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
        return index < 0 ? null : new BufferNode(this.context, this, index);
    }
    get parent() {
        return this._parent || this.context.parent.nextSignificantParent();
    }
    externalSibling(dir) {
        return this._parent ? null : this.context.parent.nextChild(this.context.index + dir, dir, 0, 4 /* Side.DontCare */);
    }
    get nextSibling() {
        let { buffer } = this.context;
        let after = buffer.buffer[this.index + 3];
        if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
            return new BufferNode(this.context, this._parent, after);
        return this.externalSibling(1);
    }
    get prevSibling() {
        let { buffer } = this.context;
        let parentStart = this._parent ? this._parent.index + 4 : 0;
        if (this.index == parentStart)
            return this.externalSibling(-1);
        return new BufferNode(this.context, this._parent, buffer.findChild(parentStart, this.index, -1, 0, 4 /* Side.DontCare */));
    }
    get tree() { return null; }
    toTree() {
        let children = [], positions = [];
        let { buffer } = this.context;
        let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
        if (endI > startI) {
            let from = buffer.buffer[this.index + 1];
            children.push(buffer.slice(startI, endI, from));
            positions.push(0);
        }
        return new Tree(this.type, children, positions, this.to - this.from);
    }
    /**
    @internal
    */
    toString() { return this.context.buffer.childString(this.index); }
}
function iterStack(heads) {
    if (!heads.length)
        return null;
    let pick = 0, picked = heads[0];
    for (let i = 1; i < heads.length; i++) {
        let node = heads[i];
        if (node.from > picked.from || node.to < picked.to) {
            picked = node;
            pick = i;
        }
    }
    let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
    let newHeads = heads.slice();
    if (next)
        newHeads[pick] = next;
    else
        newHeads.splice(pick, 1);
    return new StackIterator(newHeads, picked);
}
class StackIterator {
    constructor(heads, node) {
        this.heads = heads;
        this.node = node;
    }
    get next() { return iterStack(this.heads); }
}
function stackIterator(tree, pos, side) {
    let inner = tree.resolveInner(pos, side), layers = null;
    for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
        if (scan.index < 0) { // This is an overlay root
            let parent = scan.parent;
            (layers || (layers = [inner])).push(parent.resolve(pos, side));
            scan = parent;
        }
        else {
            let mount = MountedTree.get(scan.tree);
            // Relevant overlay branching off
            if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
                let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
                (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
            }
        }
    }
    return layers ? iterStack(layers) : inner;
}
/**
A tree cursor object focuses on a given node in a syntax tree, and
allows you to move to adjacent nodes.
*/
class TreeCursor {
    /**
    Shorthand for `.type.name`.
    */
    get name() { return this.type.name; }
    /**
    @internal
    */
    constructor(node, mode = 0) {
        /**
        @internal
        */
        this.buffer = null;
        this.stack = [];
        /**
        @internal
        */
        this.index = 0;
        this.bufferNode = null;
        this.mode = mode & ~IterMode.EnterBracketed;
        if (node instanceof TreeNode) {
            this.yieldNode(node);
        }
        else {
            this._tree = node.context.parent;
            this.buffer = node.context;
            for (let n = node._parent; n; n = n._parent)
                this.stack.unshift(n.index);
            this.bufferNode = node;
            this.yieldBuf(node.index);
        }
    }
    yieldNode(node) {
        if (!node)
            return false;
        this._tree = node;
        this.type = node.type;
        this.from = node.from;
        this.to = node.to;
        return true;
    }
    yieldBuf(index, type) {
        this.index = index;
        let { start, buffer } = this.buffer;
        this.type = type || buffer.set.types[buffer.buffer[index]];
        this.from = start + buffer.buffer[index + 1];
        this.to = start + buffer.buffer[index + 2];
        return true;
    }
    /**
    @internal
    */
    yield(node) {
        if (!node)
            return false;
        if (node instanceof TreeNode) {
            this.buffer = null;
            return this.yieldNode(node);
        }
        this.buffer = node.context;
        return this.yieldBuf(node.index, node.type);
    }
    /**
    @internal
    */
    toString() {
        return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
    }
    /**
    @internal
    */
    enterChild(dir, pos, side) {
        if (!this.buffer)
            return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
        let { buffer } = this.buffer;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
        if (index < 0)
            return false;
        this.stack.push(this.index);
        return this.yieldBuf(index);
    }
    /**
    Move the cursor to this node's first child. When this returns
    false, the node has no child, and the cursor has not been moved.
    */
    firstChild() { return this.enterChild(1, 0, 4 /* Side.DontCare */); }
    /**
    Move the cursor to this node's last child.
    */
    lastChild() { return this.enterChild(-1, 0, 4 /* Side.DontCare */); }
    /**
    Move the cursor to the first child that ends after `pos`.
    */
    childAfter(pos) { return this.enterChild(1, pos, 2 /* Side.After */); }
    /**
    Move to the last child that starts before `pos`.
    */
    childBefore(pos) { return this.enterChild(-1, pos, -2 /* Side.Before */); }
    /**
    Move the cursor to the child around `pos`. If side is -1 the
    child may end at that position, when 1 it may start there. This
    will also enter [overlaid](#common.MountedTree.overlay)
    [mounted](#common.NodeProp^mounted) trees unless `overlays` is
    set to false.
    */
    enter(pos, side, mode = this.mode) {
        if (!this.buffer)
            return this.yield(this._tree.enter(pos, side, mode));
        return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
    }
    /**
    Move to the node's parent node, if this isn't the top node.
    */
    parent() {
        if (!this.buffer)
            return this.yieldNode((this.mode & IterMode.IncludeAnonymous) ? this._tree._parent : this._tree.parent);
        if (this.stack.length)
            return this.yieldBuf(this.stack.pop());
        let parent = (this.mode & IterMode.IncludeAnonymous) ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
        this.buffer = null;
        return this.yieldNode(parent);
    }
    /**
    @internal
    */
    sibling(dir) {
        if (!this.buffer)
            return !this._tree._parent ? false
                : this.yield(this._tree.index < 0 ? null
                    : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4 /* Side.DontCare */, this.mode));
        let { buffer } = this.buffer, d = this.stack.length - 1;
        if (dir < 0) {
            let parentStart = d < 0 ? 0 : this.stack[d] + 4;
            if (this.index != parentStart)
                return this.yieldBuf(buffer.findChild(parentStart, this.index, -1, 0, 4 /* Side.DontCare */));
        }
        else {
            let after = buffer.buffer[this.index + 3];
            if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
                return this.yieldBuf(after);
        }
        return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4 /* Side.DontCare */, this.mode)) : false;
    }
    /**
    Move to this node's next sibling, if any.
    */
    nextSibling() { return this.sibling(1); }
    /**
    Move to this node's previous sibling, if any.
    */
    prevSibling() { return this.sibling(-1); }
    atLastNode(dir) {
        let index, parent, { buffer } = this;
        if (buffer) {
            if (dir > 0) {
                if (this.index < buffer.buffer.buffer.length)
                    return false;
            }
            else {
                for (let i = 0; i < this.index; i++)
                    if (buffer.buffer.buffer[i + 3] < this.index)
                        return false;
            }
            ({ index, parent } = buffer);
        }
        else {
            ({ index, _parent: parent } = this._tree);
        }
        for (; parent; { index, _parent: parent } = parent) {
            if (index > -1)
                for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
                    let child = parent._tree.children[i];
                    if ((this.mode & IterMode.IncludeAnonymous) ||
                        child instanceof TreeBuffer ||
                        !child.type.isAnonymous ||
                        hasChild(child))
                        return false;
                }
        }
        return true;
    }
    move(dir, enter) {
        if (enter && this.enterChild(dir, 0, 4 /* Side.DontCare */))
            return true;
        for (;;) {
            if (this.sibling(dir))
                return true;
            if (this.atLastNode(dir) || !this.parent())
                return false;
        }
    }
    /**
    Move to the next node in a
    [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
    traversal, going from a node to its first child or, if the
    current node is empty or `enter` is false, its next sibling or
    the next sibling of the first parent node that has one.
    */
    next(enter = true) { return this.move(1, enter); }
    /**
    Move to the next node in a last-to-first pre-order traversal. A
    node is followed by its last child or, if it has none, its
    previous sibling or the previous sibling of the first parent
    node that has one.
    */
    prev(enter = true) { return this.move(-1, enter); }
    /**
    Move the cursor to the innermost node that covers `pos`. If
    `side` is -1, it will enter nodes that end at `pos`. If it is 1,
    it will enter nodes that start at `pos`.
    */
    moveTo(pos, side = 0) {
        // Move up to a node that actually holds the position, if possible
        while (this.from == this.to ||
            (side < 1 ? this.from >= pos : this.from > pos) ||
            (side > -1 ? this.to <= pos : this.to < pos))
            if (!this.parent())
                break;
        // Then scan down into child nodes as far as possible
        while (this.enterChild(1, pos, side)) { }
        return this;
    }
    /**
    Get a [syntax node](#common.SyntaxNode) at the cursor's current
    position.
    */
    get node() {
        if (!this.buffer)
            return this._tree;
        let cache = this.bufferNode, result = null, depth = 0;
        if (cache && cache.context == this.buffer) {
            scan: for (let index = this.index, d = this.stack.length; d >= 0;) {
                for (let c = cache; c; c = c._parent)
                    if (c.index == index) {
                        if (index == this.index)
                            return c;
                        result = c;
                        depth = d + 1;
                        break scan;
                    }
                index = this.stack[--d];
            }
        }
        for (let i = depth; i < this.stack.length; i++)
            result = new BufferNode(this.buffer, result, this.stack[i]);
        return this.bufferNode = new BufferNode(this.buffer, result, this.index);
    }
    /**
    Get the [tree](#common.Tree) that represents the current node, if
    any. Will return null when the node is in a [tree
    buffer](#common.TreeBuffer).
    */
    get tree() {
        return this.buffer ? null : this._tree._tree;
    }
    /**
    Iterate over the current node and all its descendants, calling
    `enter` when entering a node and `leave`, if given, when leaving
    one. When `enter` returns `false`, any children of that node are
    skipped, and `leave` isn't called for it.
    */
    iterate(enter, leave) {
        for (let depth = 0;;) {
            let mustLeave = false;
            if (this.type.isAnonymous || enter(this) !== false) {
                if (this.firstChild()) {
                    depth++;
                    continue;
                }
                if (!this.type.isAnonymous)
                    mustLeave = true;
            }
            for (;;) {
                if (mustLeave && leave)
                    leave(this);
                mustLeave = this.type.isAnonymous;
                if (!depth)
                    return;
                if (this.nextSibling())
                    break;
                this.parent();
                depth--;
                mustLeave = true;
            }
        }
    }
    /**
    Test whether the current node matches a given context—a sequence
    of direct parent node names. Empty strings in the context array
    are treated as wildcards.
    */
    matchContext(context) {
        if (!this.buffer)
            return matchNodeContext(this.node.parent, context);
        let { buffer } = this.buffer, { types } = buffer.set;
        for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
            if (d < 0)
                return matchNodeContext(this._tree, context, i);
            let type = types[buffer.buffer[this.stack[d]]];
            if (!type.isAnonymous) {
                if (context[i] && context[i] != type.name)
                    return false;
                i--;
            }
        }
        return true;
    }
}
function hasChild(tree) {
    return tree.children.some(ch => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
    var _a;
    let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
    let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
    let types = nodeSet.types;
    let contextHash = 0, lookAhead = 0;
    function takeNode(parentStart, minPos, children, positions, inRepeat, depth) {
        let { id, start, end, size } = cursor;
        let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
        if (size < 0) {
            cursor.next();
            if (size == -1 /* SpecialRecord.Reuse */) {
                let node = reused[id];
                children.push(node);
                positions.push(start - parentStart);
                return;
            }
            else if (size == -3 /* SpecialRecord.ContextChange */) { // Context change
                contextHash = id;
                return;
            }
            else if (size == -4 /* SpecialRecord.LookAhead */) {
                lookAhead = id;
                return;
            }
            else {
                throw new RangeError(`Unrecognized record size: ${size}`);
            }
        }
        let type = types[id], node, buffer;
        let startPos = start - parentStart;
        if (end - start <= maxBufferLength && (buffer = findBufferSize(cursor.pos - minPos, inRepeat))) {
            // Small enough for a buffer, and no reused nodes inside
            let data = new Uint16Array(buffer.size - buffer.skip);
            let endPos = cursor.pos - buffer.size, index = data.length;
            while (cursor.pos > endPos)
                index = copyToBuffer(buffer.start, data, index);
            node = new TreeBuffer(data, end - buffer.start, nodeSet);
            startPos = buffer.start - parentStart;
        }
        else { // Make it a node
            let endPos = cursor.pos - size;
            cursor.next();
            let localChildren = [], localPositions = [];
            let localInRepeat = id >= minRepeatType ? id : -1;
            let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
            while (cursor.pos > endPos) {
                if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
                    if (cursor.end <= lastEnd - maxBufferLength) {
                        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
                        lastGroup = localChildren.length;
                        lastEnd = cursor.end;
                        // The buffer is read backwards, so the current look-ahead is
                        // the one recorded after the next group's end.
                        groupLookAhead = lookAhead;
                    }
                    cursor.next();
                }
                else if (depth > 2500 /* CutOff.Depth */) {
                    takeFlatNode(start, endPos, localChildren, localPositions);
                }
                else {
                    // If the next entry is a reused node matching the local
                    // repeat, flush a repeat leaf and move lastGroup past it
                    if (localInRepeat >= 0 && cursor.size == -1 /* SpecialRecord.Reuse */ &&
                        reused[cursor.id].type == nodeSet.types[localInRepeat]) {
                        if (lastGroup < localChildren.length)
                            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
                        lastGroup = localChildren.length + 1;
                        lastEnd = cursor.start;
                        groupLookAhead = lookAhead;
                    }
                    takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
                }
            }
            if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
                makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            localChildren.reverse();
            localPositions.reverse();
            if (localInRepeat > -1 && lastGroup > 0) {
                let make = makeBalanced(type, contextAtStart);
                node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
            }
            else {
                node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
            }
        }
        children.push(node);
        positions.push(startPos);
    }
    function takeFlatNode(parentStart, minPos, children, positions) {
        let nodes = []; // Temporary, inverted array of leaf nodes found, with absolute positions
        let nodeCount = 0, stopAt = -1;
        while (cursor.pos > minPos) {
            let { id, start, end, size } = cursor;
            if (size > 4) { // Not a leaf
                cursor.next();
            }
            else if (stopAt > -1 && start < stopAt) {
                break;
            }
            else {
                if (stopAt < 0)
                    stopAt = end - maxBufferLength;
                nodes.push(id, start, end);
                nodeCount++;
                cursor.next();
            }
        }
        if (nodeCount) {
            let buffer = new Uint16Array(nodeCount * 4);
            let start = nodes[nodes.length - 2];
            for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
                buffer[j++] = nodes[i];
                buffer[j++] = nodes[i + 1] - start;
                buffer[j++] = nodes[i + 2] - start;
                buffer[j++] = j;
            }
            children.push(new TreeBuffer(buffer, nodes[2] - start, nodeSet));
            positions.push(start - parentStart);
        }
    }
    function makeBalanced(type, contextHash) {
        return (children, positions, length) => {
            let lookAhead = 0, lastI = children.length - 1, last, lookAheadProp;
            if (lastI >= 0 && (last = children[lastI]) instanceof Tree) {
                if (!lastI && last.type == type && last.length == length)
                    return last;
                if (lookAheadProp = last.prop(dist_NodeProp.lookAhead))
                    lookAhead = positions[lastI] + last.length + lookAheadProp - length;
            }
            return makeTree(type, children, positions, length, lookAhead, contextHash);
        };
    }
    function makeRepeatLeaf(children, positions, base, i, from, to, type, lookAhead, contextHash) {
        let localChildren = [], localPositions = [];
        while (children.length > i) {
            localChildren.push(children.pop());
            localPositions.push(positions.pop() + base - from);
        }
        children.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead - to, contextHash));
        positions.push(from - base);
    }
    function makeTree(type, children, positions, length, lookAhead, contextHash, props) {
        if (contextHash) {
            let pair = [dist_NodeProp.contextHash, contextHash];
            props = props ? [pair].concat(props) : [pair];
        }
        if (lookAhead > 25) {
            let pair = [dist_NodeProp.lookAhead, lookAhead];
            props = props ? [pair].concat(props) : [pair];
        }
        return new Tree(type, children, positions, length, props);
    }
    function findBufferSize(maxSize, inRepeat) {
        // Scan through the buffer to find previous siblings that fit
        // together in a TreeBuffer, and don't contain any reused nodes
        // (which can't be stored in a buffer).
        // If `inRepeat` is > -1, ignore node boundaries of that type for
        // nesting, but make sure the end falls either at the start
        // (`maxSize`) or before such a node.
        let fork = cursor.fork();
        let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
        let result = { size: 0, start: 0, skip: 0 };
        scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos;) {
            let nodeSize = fork.size;
            // Pretend nested repeat nodes of the same type don't exist
            if (fork.id == inRepeat && nodeSize >= 0) {
                // Except that we store the current state as a valid return
                // value.
                result.size = size;
                result.start = start;
                result.skip = skip;
                skip += 4;
                size += 4;
                fork.next();
                continue;
            }
            let startPos = fork.pos - nodeSize;
            if (nodeSize < 0 || startPos < minPos || fork.start < minStart)
                break;
            let localSkipped = fork.id >= minRepeatType ? 4 : 0;
            let nodeStart = fork.start;
            fork.next();
            while (fork.pos > startPos) {
                if (fork.size < 0) {
                    if (fork.size == -3 /* SpecialRecord.ContextChange */ || fork.size == -4 /* SpecialRecord.LookAhead */)
                        localSkipped += 4;
                    else
                        break scan;
                }
                else if (fork.id >= minRepeatType) {
                    localSkipped += 4;
                }
                fork.next();
            }
            start = nodeStart;
            size += nodeSize;
            skip += localSkipped;
        }
        if (inRepeat < 0 || size == maxSize) {
            result.size = size;
            result.start = start;
            result.skip = skip;
        }
        return result.size > 4 ? result : undefined;
    }
    function copyToBuffer(bufferStart, buffer, index) {
        let { id, start, end, size } = cursor;
        cursor.next();
        if (size >= 0 && id < minRepeatType) {
            let startIndex = index;
            if (size > 4) {
                let endPos = cursor.pos - (size - 4);
                while (cursor.pos > endPos)
                    index = copyToBuffer(bufferStart, buffer, index);
            }
            buffer[--index] = startIndex;
            buffer[--index] = end - bufferStart;
            buffer[--index] = start - bufferStart;
            buffer[--index] = id;
        }
        else if (size == -3 /* SpecialRecord.ContextChange */) {
            contextHash = id;
        }
        else if (size == -4 /* SpecialRecord.LookAhead */) {
            lookAhead = id;
        }
        return index;
    }
    let children = [], positions = [];
    while (cursor.pos > 0)
        takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
    let length = (_a = data.length) !== null && _a !== void 0 ? _a : (children.length ? positions[0] + children[0].length : 0);
    return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
const nodeSizeCache = new WeakMap;
function nodeSize(balanceType, node) {
    if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
        return 1;
    let size = nodeSizeCache.get(node);
    if (size == null) {
        size = 1;
        for (let child of node.children) {
            if (child.type != balanceType || !(child instanceof Tree)) {
                size = 1;
                break;
            }
            size += nodeSize(balanceType, child);
        }
        nodeSizeCache.set(node, size);
    }
    return size;
}
function balanceRange(
// The type the balanced tree's inner nodes.
balanceType, 
// The direct children and their positions
children, positions, 
// The index range in children/positions to use
from, to, 
// The start position of the nodes, relative to their parent.
start, 
// Length of the outer node
length, 
// Function to build the top node of the balanced tree
mkTop, 
// Function to build internal nodes for the balanced tree
mkTree) {
    let total = 0;
    for (let i = from; i < to; i++)
        total += nodeSize(balanceType, children[i]);
    let maxChild = Math.ceil((total * 1.5) / 8 /* Balance.BranchFactor */);
    let localChildren = [], localPositions = [];
    function divide(children, positions, from, to, offset) {
        for (let i = from; i < to;) {
            let groupFrom = i, groupStart = positions[i], groupSize = nodeSize(balanceType, children[i]);
            i++;
            for (; i < to; i++) {
                let nextSize = nodeSize(balanceType, children[i]);
                if (groupSize + nextSize >= maxChild)
                    break;
                groupSize += nextSize;
            }
            if (i == groupFrom + 1) {
                if (groupSize > maxChild) {
                    let only = children[groupFrom]; // Only trees can have a size > 1
                    divide(only.children, only.positions, 0, only.children.length, positions[groupFrom] + offset);
                    continue;
                }
                localChildren.push(children[groupFrom]);
            }
            else {
                let length = positions[i - 1] + children[i - 1].length - groupStart;
                localChildren.push(balanceRange(balanceType, children, positions, groupFrom, i, groupStart, length, null, mkTree));
            }
            localPositions.push(groupStart + offset - start);
        }
    }
    divide(children, positions, from, to, 0);
    return (mkTop || mkTree)(localChildren, localPositions, length);
}
/**
Provides a way to associate values with pieces of trees. As long
as that part of the tree is reused, the associated values can be
retrieved from an updated tree.
*/
class NodeWeakMap {
    constructor() {
        this.map = new WeakMap();
    }
    setBuffer(buffer, index, value) {
        let inner = this.map.get(buffer);
        if (!inner)
            this.map.set(buffer, inner = new Map);
        inner.set(index, value);
    }
    getBuffer(buffer, index) {
        let inner = this.map.get(buffer);
        return inner && inner.get(index);
    }
    /**
    Set the value for this syntax node.
    */
    set(node, value) {
        if (node instanceof BufferNode)
            this.setBuffer(node.context.buffer, node.index, value);
        else if (node instanceof TreeNode)
            this.map.set(node.tree, value);
    }
    /**
    Retrieve value for this syntax node, if it exists in the map.
    */
    get(node) {
        return node instanceof BufferNode ? this.getBuffer(node.context.buffer, node.index)
            : node instanceof TreeNode ? this.map.get(node.tree) : undefined;
    }
    /**
    Set the value for the node that a cursor currently points to.
    */
    cursorSet(cursor, value) {
        if (cursor.buffer)
            this.setBuffer(cursor.buffer.buffer, cursor.index, value);
        else
            this.map.set(cursor.tree, value);
    }
    /**
    Retrieve the value for the node that a cursor currently points
    to.
    */
    cursorGet(cursor) {
        return cursor.buffer ? this.getBuffer(cursor.buffer.buffer, cursor.index) : this.map.get(cursor.tree);
    }
}

/**
Tree fragments are used during [incremental
parsing](#common.Parser.startParse) to track parts of old trees
that can be reused in a new parse. An array of fragments is used
to track regions of an old tree whose nodes might be reused in new
parses. Use the static
[`applyChanges`](#common.TreeFragment^applyChanges) method to
update fragments for document changes.
*/
class TreeFragment {
    /**
    Construct a tree fragment. You'll usually want to use
    [`addTree`](#common.TreeFragment^addTree) and
    [`applyChanges`](#common.TreeFragment^applyChanges) instead of
    calling this directly.
    */
    constructor(
    /**
    The start of the unchanged range pointed to by this fragment.
    This refers to an offset in the _updated_ document (as opposed
    to the original tree).
    */
    from, 
    /**
    The end of the unchanged range.
    */
    to, 
    /**
    The tree that this fragment is based on.
    */
    tree, 
    /**
    The offset between the fragment's tree and the document that
    this fragment can be used against. Add this when going from
    document to tree positions, subtract it to go from tree to
    document positions.
    */
    offset, openStart = false, openEnd = false) {
        this.from = from;
        this.to = to;
        this.tree = tree;
        this.offset = offset;
        this.open = (openStart ? 1 /* Open.Start */ : 0) | (openEnd ? 2 /* Open.End */ : 0);
    }
    /**
    Whether the start of the fragment represents the start of a
    parse, or the end of a change. (In the second case, it may not
    be safe to reuse some nodes at the start, depending on the
    parsing algorithm.)
    */
    get openStart() { return (this.open & 1 /* Open.Start */) > 0; }
    /**
    Whether the end of the fragment represents the end of a
    full-document parse, or the start of a change.
    */
    get openEnd() { return (this.open & 2 /* Open.End */) > 0; }
    /**
    Create a set of fragments from a freshly parsed tree, or update
    an existing set of fragments by replacing the ones that overlap
    with a tree with content from the new tree. When `partial` is
    true, the parse is treated as incomplete, and the resulting
    fragment has [`openEnd`](#common.TreeFragment.openEnd) set to
    true.
    */
    static addTree(tree, fragments = [], partial = false) {
        let result = [new TreeFragment(0, tree.length, tree, 0, false, partial)];
        for (let f of fragments)
            if (f.to > tree.length)
                result.push(f);
        return result;
    }
    /**
    Apply a set of edits to an array of fragments, removing or
    splitting fragments as necessary to remove edited ranges, and
    adjusting offsets for fragments that moved.
    */
    static applyChanges(fragments, changes, minGap = 128) {
        if (!changes.length)
            return fragments;
        let result = [];
        let fI = 1, nextF = fragments.length ? fragments[0] : null;
        for (let cI = 0, pos = 0, off = 0;; cI++) {
            let nextC = cI < changes.length ? changes[cI] : null;
            let nextPos = nextC ? nextC.fromA : 1e9;
            if (nextPos - pos >= minGap)
                while (nextF && nextF.from < nextPos) {
                    let cut = nextF;
                    if (pos >= cut.from || nextPos <= cut.to || off) {
                        let fFrom = Math.max(cut.from, pos) - off, fTo = Math.min(cut.to, nextPos) - off;
                        cut = fFrom >= fTo ? null : new TreeFragment(fFrom, fTo, cut.tree, cut.offset + off, cI > 0, !!nextC);
                    }
                    if (cut)
                        result.push(cut);
                    if (nextF.to > nextPos)
                        break;
                    nextF = fI < fragments.length ? fragments[fI++] : null;
                }
            if (!nextC)
                break;
            pos = nextC.toA;
            off = nextC.toA - nextC.toB;
        }
        return result;
    }
}
/**
A superclass that parsers should extend.
*/
class Parser {
    /**
    Start a parse, returning a [partial parse](#common.PartialParse)
    object. [`fragments`](#common.TreeFragment) can be passed in to
    make the parse incremental.
    
    By default, the entire input is parsed. You can pass `ranges`,
    which should be a sorted array of non-empty, non-overlapping
    ranges, to parse only those ranges. The tree returned in that
    case will start at `ranges[0].from`.
    */
    startParse(input, fragments, ranges) {
        if (typeof input == "string")
            input = new StringInput(input);
        ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map(r => new Range(r.from, r.to)) : [new Range(0, 0)];
        return this.createParse(input, fragments || [], ranges);
    }
    /**
    Run a full parse, returning the resulting tree.
    */
    parse(input, fragments, ranges) {
        let parse = this.startParse(input, fragments, ranges);
        for (;;) {
            let done = parse.advance();
            if (done)
                return done;
        }
    }
}
class StringInput {
    constructor(string) {
        this.string = string;
    }
    get length() { return this.string.length; }
    chunk(from) { return this.string.slice(from); }
    get lineChunks() { return false; }
    read(from, to) { return this.string.slice(from, to); }
}

/**
Create a parse wrapper that, after the inner parse completes,
scans its tree for mixed language regions with the `nest`
function, runs the resulting [inner parses](#common.NestedParse),
and then [mounts](#common.NodeProp^mounted) their results onto the
tree.
*/
function parseMixed(nest) {
    return (parse, input, fragments, ranges) => new MixedParse(parse, nest, input, fragments, ranges);
}
class InnerParse {
    constructor(parser, parse, overlay, bracketed, target, from) {
        this.parser = parser;
        this.parse = parse;
        this.overlay = overlay;
        this.bracketed = bracketed;
        this.target = target;
        this.from = from;
    }
}
function checkRanges(ranges) {
    if (!ranges.length || ranges.some(r => r.from >= r.to))
        throw new RangeError("Invalid inner parse ranges given: " + JSON.stringify(ranges));
}
class ActiveOverlay {
    constructor(parser, predicate, mounts, index, start, bracketed, target, prev) {
        this.parser = parser;
        this.predicate = predicate;
        this.mounts = mounts;
        this.index = index;
        this.start = start;
        this.bracketed = bracketed;
        this.target = target;
        this.prev = prev;
        this.depth = 0;
        this.ranges = [];
    }
}
const stoppedInner = new dist_NodeProp({ perNode: true });
class MixedParse {
    constructor(base, nest, input, fragments, ranges) {
        this.nest = nest;
        this.input = input;
        this.fragments = fragments;
        this.ranges = ranges;
        this.inner = [];
        this.innerDone = 0;
        this.baseTree = null;
        this.stoppedAt = null;
        this.baseParse = base;
    }
    advance() {
        if (this.baseParse) {
            let done = this.baseParse.advance();
            if (!done)
                return null;
            this.baseParse = null;
            this.baseTree = done;
            this.startInner();
            if (this.stoppedAt != null)
                for (let inner of this.inner)
                    inner.parse.stopAt(this.stoppedAt);
        }
        if (this.innerDone == this.inner.length) {
            let result = this.baseTree;
            if (this.stoppedAt != null)
                result = new Tree(result.type, result.children, result.positions, result.length, result.propValues.concat([[stoppedInner, this.stoppedAt]]));
            return result;
        }
        let inner = this.inner[this.innerDone], done = inner.parse.advance();
        if (done) {
            this.innerDone++;
            // This is a somewhat dodgy but super helpful hack where we
            // patch up nodes created by the inner parse (and thus
            // presumably not aliased anywhere else) to hold the information
            // about the inner parse.
            let props = Object.assign(Object.create(null), inner.target.props);
            props[dist_NodeProp.mounted.id] = new MountedTree(done, inner.overlay, inner.parser, inner.bracketed);
            inner.target.props = props;
        }
        return null;
    }
    get parsedPos() {
        if (this.baseParse)
            return 0;
        let pos = this.input.length;
        for (let i = this.innerDone; i < this.inner.length; i++) {
            if (this.inner[i].from < pos)
                pos = Math.min(pos, this.inner[i].parse.parsedPos);
        }
        return pos;
    }
    stopAt(pos) {
        this.stoppedAt = pos;
        if (this.baseParse)
            this.baseParse.stopAt(pos);
        else
            for (let i = this.innerDone; i < this.inner.length; i++)
                this.inner[i].parse.stopAt(pos);
    }
    startInner() {
        let fragmentCursor = new FragmentCursor(this.fragments);
        let overlay = null;
        let covered = null;
        let cursor = new TreeCursor(new TreeNode(this.baseTree, this.ranges[0].from, 0, null), IterMode.IncludeAnonymous | IterMode.IgnoreMounts);
        scan: for (let nest, isCovered;;) {
            let enter = true, range;
            if (this.stoppedAt != null && cursor.from >= this.stoppedAt) {
                enter = false;
            }
            else if (fragmentCursor.hasNode(cursor)) {
                if (overlay) {
                    let match = overlay.mounts.find(m => m.frag.from <= cursor.from && m.frag.to >= cursor.to && m.mount.overlay);
                    if (match)
                        for (let r of match.mount.overlay) {
                            let from = r.from + match.pos, to = r.to + match.pos;
                            if (from >= cursor.from && to <= cursor.to && !overlay.ranges.some(r => r.from < to && r.to > from))
                                overlay.ranges.push({ from, to });
                        }
                }
                enter = false;
            }
            else if (covered && (isCovered = checkCover(covered.ranges, cursor.from, cursor.to))) {
                enter = isCovered != 2 /* Cover.Full */;
            }
            else if (!cursor.type.isAnonymous && (nest = this.nest(cursor, this.input)) &&
                (cursor.from < cursor.to || !nest.overlay)) {
                if (!cursor.tree) {
                    materialize(cursor);
                    // materialize create one more level of nesting
                    // we need to add depth to active overlay for going backwards
                    if (overlay)
                        overlay.depth++;
                    if (covered)
                        covered.depth++;
                }
                let oldMounts = fragmentCursor.findMounts(cursor.from, nest.parser);
                if (typeof nest.overlay == "function") {
                    overlay = new ActiveOverlay(nest.parser, nest.overlay, oldMounts, this.inner.length, cursor.from, !!nest.bracketed, cursor.tree, overlay);
                }
                else {
                    let ranges = punchRanges(this.ranges, nest.overlay ||
                        (cursor.from < cursor.to ? [new Range(cursor.from, cursor.to)] : []));
                    if (ranges.length)
                        checkRanges(ranges);
                    if (ranges.length || !nest.overlay)
                        this.inner.push(new InnerParse(nest.parser, ranges.length ? nest.parser.startParse(this.input, enterFragments(oldMounts, ranges), ranges)
                            : nest.parser.startParse(""), nest.overlay ? nest.overlay.map(r => new Range(r.from - cursor.from, r.to - cursor.from)) : null, !!nest.bracketed, cursor.tree, ranges.length ? ranges[0].from : cursor.from));
                    if (!nest.overlay)
                        enter = false;
                    else if (ranges.length)
                        covered = { ranges, depth: 0, prev: covered };
                }
            }
            else if (overlay && (range = overlay.predicate(cursor))) {
                if (range === true)
                    range = new Range(cursor.from, cursor.to);
                if (range.from < range.to) {
                    let last = overlay.ranges.length - 1;
                    if (last >= 0 && overlay.ranges[last].to == range.from)
                        overlay.ranges[last] = { from: overlay.ranges[last].from, to: range.to };
                    else
                        overlay.ranges.push(range);
                }
            }
            if (enter && cursor.firstChild()) {
                if (overlay)
                    overlay.depth++;
                if (covered)
                    covered.depth++;
            }
            else {
                for (;;) {
                    if (cursor.nextSibling())
                        break;
                    if (!cursor.parent())
                        break scan;
                    if (overlay && !--overlay.depth) {
                        let ranges = punchRanges(this.ranges, overlay.ranges);
                        if (ranges.length) {
                            checkRanges(ranges);
                            this.inner.splice(overlay.index, 0, new InnerParse(overlay.parser, overlay.parser.startParse(this.input, enterFragments(overlay.mounts, ranges), ranges), overlay.ranges.map(r => new Range(r.from - overlay.start, r.to - overlay.start)), overlay.bracketed, overlay.target, ranges[0].from));
                        }
                        overlay = overlay.prev;
                    }
                    if (covered && !--covered.depth)
                        covered = covered.prev;
                }
            }
        }
    }
}
function checkCover(covered, from, to) {
    for (let range of covered) {
        if (range.from >= to)
            break;
        if (range.to > from)
            return range.from <= from && range.to >= to ? 2 /* Cover.Full */ : 1 /* Cover.Partial */;
    }
    return 0 /* Cover.None */;
}
// Take a piece of buffer and convert it into a stand-alone
// TreeBuffer.
function sliceBuf(buf, startI, endI, nodes, positions, off) {
    if (startI < endI) {
        let from = buf.buffer[startI + 1];
        nodes.push(buf.slice(startI, endI, from));
        positions.push(from - off);
    }
}
// This function takes a node that's in a buffer, and converts it, and
// its parent buffer nodes, into a Tree. This is again acting on the
// assumption that the trees and buffers have been constructed by the
// parse that was ran via the mix parser, and thus aren't shared with
// any other code, making violations of the immutability safe.
function materialize(cursor) {
    let { node } = cursor, stack = [];
    let buffer = node.context.buffer;
    // Scan up to the nearest tree
    do {
        stack.push(cursor.index);
        cursor.parent();
    } while (!cursor.tree);
    // Find the index of the buffer in that tree
    let base = cursor.tree, i = base.children.indexOf(buffer);
    let buf = base.children[i], b = buf.buffer, newStack = [i];
    // Split a level in the buffer, putting the nodes before and after
    // the child that contains `node` into new buffers.
    function split(startI, endI, type, innerOffset, length, stackPos) {
        let targetI = stack[stackPos];
        let children = [], positions = [];
        sliceBuf(buf, startI, targetI, children, positions, innerOffset);
        let from = b[targetI + 1], to = b[targetI + 2];
        newStack.push(children.length);
        let child = stackPos
            ? split(targetI + 4, b[targetI + 3], buf.set.types[b[targetI]], from, to - from, stackPos - 1)
            : node.toTree();
        children.push(child);
        positions.push(from - innerOffset);
        sliceBuf(buf, b[targetI + 3], endI, children, positions, innerOffset);
        return new Tree(type, children, positions, length);
    }
    base.children[i] = split(0, b.length, NodeType.none, 0, buf.length, stack.length - 1);
    // Move the cursor back to the target node
    for (let index of newStack) {
        let tree = cursor.tree.children[index], pos = cursor.tree.positions[index];
        cursor.yield(new TreeNode(tree, pos + cursor.from, index, cursor._tree));
    }
}
class StructureCursor {
    constructor(root, offset) {
        this.offset = offset;
        this.done = false;
        this.cursor = root.cursor(IterMode.IncludeAnonymous | IterMode.IgnoreMounts | IterMode.ExcludeBuffers);
    }
    // Move to the first node (in pre-order) that starts at or after `pos`.
    moveTo(pos) {
        let { cursor } = this, p = pos - this.offset;
        while (!this.done && cursor.from < p) {
            if (cursor.to >= p && cursor.enter(p, 1, IterMode.IncludeAnonymous | IterMode.IgnoreMounts | IterMode.IgnoreOverlays | IterMode.ExcludeBuffers)) ;
            else if (cursor.to <= p) {
                if (!cursor.next(false))
                    this.done = true;
                // Moved to next node
            }
            else {
                break;
            }
        }
    }
    hasNode(cursor) {
        this.moveTo(cursor.from);
        if (!this.done && this.cursor.from + this.offset == cursor.from && this.cursor.tree) {
            for (let tree = this.cursor.tree;;) {
                if (tree == cursor.tree)
                    return true;
                if (tree.children.length && tree.positions[0] == 0 && tree.children[0] instanceof Tree)
                    tree = tree.children[0];
                else
                    break;
            }
        }
        return false;
    }
}
// The end of the range in which a fragment's nodes can be reused. For
// a tree from a stopped parse, that is no further than the stop
// position (in tree coordinates, so it is mapped to the document).
function fragEnd(frag) {
    let stopped = frag.tree.prop(stoppedInner);
    return stopped == null ? frag.to : Math.min(frag.to, stopped - frag.offset);
}
class FragmentCursor {
    constructor(fragments) {
        this.fragments = fragments;
        this.curTo = 0;
        this.fragI = 0;
        if (fragments.length) {
            let first = this.curFrag = fragments[0];
            this.curTo = fragEnd(first);
            this.inner = new StructureCursor(first.tree, -first.offset);
        }
        else {
            this.curFrag = this.inner = null;
        }
    }
    hasNode(node) {
        while (this.curFrag && node.from >= this.curTo)
            this.nextFrag();
        return this.curFrag && this.curFrag.from <= node.from && this.curTo >= node.to && this.inner.hasNode(node);
    }
    nextFrag() {
        this.fragI++;
        if (this.fragI == this.fragments.length) {
            this.curFrag = this.inner = null;
        }
        else {
            let frag = this.curFrag = this.fragments[this.fragI];
            this.curTo = fragEnd(frag);
            this.inner = new StructureCursor(frag.tree, -frag.offset);
        }
    }
    findMounts(pos, parser) {
        var _a;
        let result = [];
        if (this.inner) {
            this.inner.cursor.moveTo(pos, 1);
            for (let pos = this.inner.cursor.node; pos; pos = pos.parent) {
                let mount = (_a = pos.tree) === null || _a === void 0 ? void 0 : _a.prop(dist_NodeProp.mounted);
                if (mount && mount.parser == parser) {
                    for (let i = this.fragI; i < this.fragments.length; i++) {
                        let frag = this.fragments[i];
                        if (frag.from >= pos.to)
                            break;
                        if (frag.tree == this.curFrag.tree)
                            result.push({
                                frag,
                                pos: pos.from - frag.offset,
                                mount
                            });
                    }
                }
            }
        }
        return result;
    }
}
function punchRanges(outer, ranges) {
    let copy = null, current = ranges;
    for (let i = 1, j = 0; i < outer.length; i++) {
        let gapFrom = outer[i - 1].to, gapTo = outer[i].from;
        for (; j < current.length; j++) {
            let r = current[j];
            if (r.from >= gapTo)
                break;
            if (r.to <= gapFrom)
                continue;
            if (!copy)
                current = copy = ranges.slice();
            if (r.from < gapFrom) {
                copy[j] = new Range(r.from, gapFrom);
                if (r.to > gapTo)
                    copy.splice(j + 1, 0, new Range(gapTo, r.to));
            }
            else if (r.to > gapTo) {
                copy[j--] = new Range(gapTo, r.to);
            }
            else {
                copy.splice(j--, 1);
            }
        }
    }
    return current;
}
function findCoverChanges(a, b, from, to) {
    let iA = 0, iB = 0, inA = false, inB = false, pos = -1e9;
    let result = [];
    for (;;) {
        let nextA = iA == a.length ? 1e9 : inA ? a[iA].to : a[iA].from;
        let nextB = iB == b.length ? 1e9 : inB ? b[iB].to : b[iB].from;
        if (inA != inB) {
            let start = Math.max(pos, from), end = Math.min(nextA, nextB, to);
            if (start < end)
                result.push(new Range(start, end));
        }
        pos = Math.min(nextA, nextB);
        if (pos == 1e9)
            break;
        if (nextA == pos) {
            if (!inA)
                inA = true;
            else {
                inA = false;
                iA++;
            }
        }
        if (nextB == pos) {
            if (!inB)
                inB = true;
            else {
                inB = false;
                iB++;
            }
        }
    }
    return result;
}
// Given a number of fragments for the outer tree, and a set of ranges
// to parse, find fragments for inner trees mounted around those
// ranges, if any.
function enterFragments(mounts, ranges) {
    let result = [];
    for (let { pos, mount, frag } of mounts) {
        let startPos = pos + (mount.overlay ? mount.overlay[0].from : 0), endPos = startPos + mount.tree.length;
        let from = Math.max(frag.from, startPos), to = Math.min(frag.to, endPos);
        if (mount.overlay) {
            let overlay = mount.overlay.map(r => new Range(r.from + pos, r.to + pos));
            let changes = findCoverChanges(ranges, overlay, from, to);
            for (let i = 0, pos = from;; i++) {
                let last = i == changes.length, end = last ? to : changes[i].from;
                if (end > pos)
                    result.push(new TreeFragment(pos, end, mount.tree, -startPos, frag.from >= pos || frag.openStart, frag.to <= end || frag.openEnd));
                if (last)
                    break;
                pos = changes[i].to;
            }
        }
        else {
            result.push(new TreeFragment(from, to, mount.tree, -startPos, frag.from >= startPos || frag.openStart, frag.to <= endPos || frag.openEnd));
        }
    }
    return result;
}



;// CONCATENATED MODULE: ./node_modules/@lezer/lr/dist/index.js


/**
A parse stack. These are used internally by the parser to track
parsing progress. They also provide some properties and methods
that external code such as a tokenizer can use to get information
about the parse state.
*/
class Stack {
    /**
    @internal
    */
    constructor(
    /**
    The parse that this stack is part of @internal
    */
    p, 
    /**
    Holds state, input pos, buffer index triplets for all but the
    top state @internal
    */
    stack, 
    /**
    The current parse state @internal
    */
    state, 
    // The position at which the next reduce should take place. This
    // can be less than `this.pos` when skipped expressions have been
    // added to the stack (which should be moved outside of the next
    // reduction)
    /**
    @internal
    */
    reducePos, 
    /**
    The input position up to which this stack has parsed.
    */
    pos, 
    /**
    The dynamic score of the stack, including dynamic precedence
    and error-recovery penalties
    @internal
    */
    score, 
    // The output buffer. Holds (type, start, end, size) quads
    // representing nodes created by the parser, where `size` is
    // amount of buffer array entries covered by this node.
    /**
    @internal
    */
    buffer, 
    // The base offset of the buffer. When stacks are split, the split
    // instance shared the buffer history with its parent up to
    // `bufferBase`, which is the absolute offset (including the
    // offset of previous splits) into the buffer at which this stack
    // starts writing.
    /**
    @internal
    */
    bufferBase, 
    /**
    @internal
    */
    curContext, 
    /**
    @internal
    */
    lookAhead = 0, 
    // A parent stack from which this was split off, if any. This is
    // set up so that it always points to a stack that has some
    // additional buffer content, never to a stack with an equal
    // `bufferBase`.
    /**
    @internal
    */
    parent) {
        this.p = p;
        this.stack = stack;
        this.state = state;
        this.reducePos = reducePos;
        this.pos = pos;
        this.score = score;
        this.buffer = buffer;
        this.bufferBase = bufferBase;
        this.curContext = curContext;
        this.lookAhead = lookAhead;
        this.parent = parent;
    }
    /**
    @internal
    */
    toString() {
        return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
    }
    // Start an empty stack
    /**
    @internal
    */
    static start(p, state, pos = 0) {
        let cx = p.parser.context;
        return new Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
    }
    /**
    The stack's current [context](#lr.ContextTracker) value, if
    any. Its type will depend on the context tracker's type
    parameter, or it will be `null` if there is no context
    tracker.
    */
    get context() { return this.curContext ? this.curContext.context : null; }
    // Push a state onto the stack, tracking its start position as well
    // as the buffer base at that point.
    /**
    @internal
    */
    pushState(state, start) {
        this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
        this.state = state;
    }
    // Apply a reduce action
    /**
    @internal
    */
    reduce(action) {
        var _a;
        let depth = action >> 19 /* Action.ReduceDepthShift */, type = action & 65535 /* Action.ValueMask */;
        let { parser } = this.p;
        let lookaheadRecord = this.reducePos < this.pos - 25 /* Lookahead.Margin */ && this.setLookAhead(this.pos);
        let dPrec = parser.dynamicPrecedence(type);
        if (dPrec)
            this.score += dPrec;
        if (depth == 0) {
            if (type < parser.minRepeatTerm && this.reducePos < this.pos)
                this.reducePos = this.pos;
            this.pushState(parser.getGoto(this.state, type, true), this.reducePos);
            // Zero-depth reductions are a special case—they add stuff to
            // the stack without popping anything off.
            if (type < parser.minRepeatTerm)
                this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
            this.reduceContext(type, this.reducePos);
            return;
        }
        // Find the base index into `this.stack`, content after which will
        // be dropped. Note that with `StayFlag` reductions we need to
        // consume two extra frames (the dummy parent node for the skipped
        // expression and the state that we'll be staying in, which should
        // be moved to `this.state`).
        let base = this.stack.length - ((depth - 1) * 3) - (action & 262144 /* Action.StayFlag */ ? 6 : 0);
        let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
        if (type < parser.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
            this.reducePos = this.pos;
        let size = this.reducePos - start;
        // This is a kludge to try and detect overly deep left-associative
        // trees, which will not increase the parse stack depth and thus
        // won't be caught by the regular stack-depth limit check.
        if (size >= 2000 /* Recover.MinBigReduction */ && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
            if (start == this.p.lastBigReductionStart) {
                this.p.bigReductionCount++;
                this.p.lastBigReductionSize = size;
            }
            else if (this.p.lastBigReductionSize < size) {
                this.p.bigReductionCount = 1;
                this.p.lastBigReductionStart = start;
                this.p.lastBigReductionSize = size;
            }
        }
        let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
        // Store normal terms or `R -> R R` repeat reductions
        if (type < parser.minRepeatTerm || (action & 131072 /* Action.RepeatFlag */)) {
            let pos = parser.stateFlag(this.state, 1 /* StateFlag.Skipped */) ? this.pos : this.reducePos;
            this.storeNode(type, start, pos, count + 4, true);
        }
        if (action & 262144 /* Action.StayFlag */) {
            this.state = this.stack[base];
        }
        else {
            let baseStateID = this.stack[base - 3];
            this.state = parser.getGoto(baseStateID, type, true);
        }
        while (this.stack.length > base)
            this.stack.pop();
        this.reduceContext(type, start);
    }
    // Shift a value into the buffer
    /**
    @internal
    */
    storeNode(term, start, end, size = 4, mustSink = false) {
        if (term == 0 /* Term.Err */ &&
            (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
            // Try to omit/merge adjacent error nodes
            let top = this.buffer.length;
            if (top > 0 && this.buffer[top - 4] == 0 /* Term.Err */ && this.buffer[top - 1] > -1) {
                if (start == end)
                    return;
                if (this.buffer[top - 2] >= start) {
                    this.buffer[top - 2] = end;
                    return;
                }
            }
        }
        if (!mustSink || this.pos == end) { // Simple case, just append
            this.buffer.push(term, start, end, size);
        }
        else { // There may be skipped nodes that have to be moved forward
            let index = this.buffer.length;
            if (index > 0 && (this.buffer[index - 4] != 0 /* Term.Err */ || this.buffer[index - 1] < 0)) {
                let mustMove = false;
                for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
                    if (this.buffer[scan - 1] >= 0) {
                        mustMove = true;
                        break;
                    }
                }
                if (mustMove)
                    while (index > 0 && this.buffer[index - 2] > end) {
                        // Move this record forward
                        this.buffer[index] = this.buffer[index - 4];
                        this.buffer[index + 1] = this.buffer[index - 3];
                        this.buffer[index + 2] = this.buffer[index - 2];
                        this.buffer[index + 3] = this.buffer[index - 1];
                        index -= 4;
                        if (size > 4)
                            size -= 4;
                    }
            }
            this.buffer[index] = term;
            this.buffer[index + 1] = start;
            this.buffer[index + 2] = end;
            this.buffer[index + 3] = size;
        }
    }
    // Apply a shift action
    /**
    @internal
    */
    shift(action, type, start, end) {
        if (action & 131072 /* Action.GotoFlag */) {
            this.pushState(action & 65535 /* Action.ValueMask */, this.pos);
        }
        else if ((action & 262144 /* Action.StayFlag */) == 0) { // Regular shift
            let nextState = action, { parser } = this.p;
            this.pos = end;
            let skipped = parser.stateFlag(nextState, 1 /* StateFlag.Skipped */);
            // Skipped or zero-length non-tree tokens don't move reducePos
            if (!skipped && (end > start || type <= parser.maxNode))
                this.reducePos = end;
            this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
            this.shiftContext(type, start);
            if (type <= parser.maxNode)
                this.buffer.push(type, start, end, 4);
        }
        else { // Shift-and-stay, which means this is a skipped token
            this.pos = end;
            this.shiftContext(type, start);
            if (type <= this.p.parser.maxNode)
                this.buffer.push(type, start, end, 4);
        }
    }
    // Apply an action
    /**
    @internal
    */
    apply(action, next, nextStart, nextEnd) {
        if (action & 65536 /* Action.ReduceFlag */)
            this.reduce(action);
        else
            this.shift(action, next, nextStart, nextEnd);
    }
    // Add a prebuilt (reused) node into the buffer.
    /**
    @internal
    */
    useNode(value, next, start) {
        let index = this.p.reused.length - 1;
        if (index < 0 || this.p.reused[index] != value) {
            this.p.reused.push(value);
            index++;
        }
        let end = this.reducePos = this.pos = start + value.length;
        this.pushState(next, start);
        this.buffer.push(index, start, end, -1 /* size == -1 means this is a reused value */);
        if (this.curContext)
            this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
    }
    // Split the stack. Due to the buffer sharing and the fact
    // that `this.stack` tends to stay quite shallow, this isn't very
    // expensive.
    /**
    @internal
    */
    split() {
        let parent = this;
        let off = parent.buffer.length;
        // Leave off top error node, if there, because that might be
        // merged with other nodes.
        if (off && parent.buffer[off - 4] == 0 /* Term.Err */)
            off -= 4;
        // Because the top of the buffer (after this.pos) may be mutated
        // to reorder reductions and skipped tokens, and shared buffers
        // should be immutable, this copies any outstanding skipped tokens
        // to the new buffer, and puts the base pointer before them.
        while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
            off -= 4;
        let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
        // Make sure parent points to an actual parent with content, if there is such a parent.
        while (parent && base == parent.bufferBase)
            parent = parent.parent;
        return new Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
    }
    // Try to recover from an error by 'deleting' (ignoring) one token.
    /**
    @internal
    */
    recoverByDelete(next, nextEnd) {
        let isNode = next <= this.p.parser.maxNode;
        if (isNode)
            this.storeNode(next, this.pos, nextEnd, 4);
        this.storeNode(0 /* Term.Err */, this.pos, nextEnd, isNode ? 8 : 4);
        this.pos = this.reducePos = nextEnd;
        this.score -= 190 /* Recover.Delete */;
    }
    /**
    Check if the given term would be able to be shifted (optionally
    after some reductions) on this stack. This can be useful for
    external tokenizers that want to make sure they only provide a
    given token when it applies.
    */
    canShift(term) {
        for (let sim = new SimulatedStack(this);;) {
            let action = this.p.parser.stateSlot(sim.state, 4 /* ParseState.DefaultReduce */) || this.p.parser.hasAction(sim.state, term);
            if (action == 0)
                return false;
            if ((action & 65536 /* Action.ReduceFlag */) == 0)
                return true;
            sim.reduce(action);
        }
    }
    // Apply up to Recover.MaxNext recovery actions that conceptually
    // inserts some missing token or rule.
    /**
    @internal
    */
    recoverByInsert(next) {
        if (this.stack.length >= 300 /* Recover.MaxInsertStackDepth */)
            return [];
        let nextStates = this.p.parser.nextStates(this.state);
        if (nextStates.length > 4 /* Recover.MaxNext */ << 1 || this.stack.length >= 120 /* Recover.DampenInsertStackDepth */) {
            let best = [];
            for (let i = 0, s; i < nextStates.length; i += 2) {
                if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
                    best.push(nextStates[i], s);
            }
            if (this.stack.length < 120 /* Recover.DampenInsertStackDepth */)
                for (let i = 0; best.length < 4 /* Recover.MaxNext */ << 1 && i < nextStates.length; i += 2) {
                    let s = nextStates[i + 1];
                    if (!best.some((v, i) => (i & 1) && v == s))
                        best.push(nextStates[i], s);
                }
            nextStates = best;
        }
        let result = [];
        for (let i = 0; i < nextStates.length && result.length < 4 /* Recover.MaxNext */; i += 2) {
            let s = nextStates[i + 1];
            if (s == this.state)
                continue;
            let stack = this.split();
            stack.pushState(s, this.pos);
            stack.storeNode(0 /* Term.Err */, stack.pos, stack.pos, 4, true);
            stack.shiftContext(nextStates[i], this.pos);
            stack.reducePos = this.pos;
            stack.score -= 200 /* Recover.Insert */;
            result.push(stack);
        }
        return result;
    }
    // Force a reduce, if possible. Return false if that can't
    // be done.
    /**
    @internal
    */
    forceReduce() {
        let { parser } = this.p;
        let reduce = parser.stateSlot(this.state, 5 /* ParseState.ForcedReduce */);
        if ((reduce & 65536 /* Action.ReduceFlag */) == 0)
            return false;
        if (!parser.validAction(this.state, reduce)) {
            let depth = reduce >> 19 /* Action.ReduceDepthShift */, term = reduce & 65535 /* Action.ValueMask */;
            let target = this.stack.length - depth * 3;
            if (target < 0 || parser.getGoto(this.stack[target], term, false) < 0) {
                let backup = this.findForcedReduction();
                if (backup == null)
                    return false;
                reduce = backup;
            }
            this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
            this.score -= 100 /* Recover.Reduce */;
        }
        this.reducePos = this.pos;
        this.reduce(reduce);
        return true;
    }
    /**
    Try to scan through the automaton to find some kind of reduction
    that can be applied. Used when the regular ForcedReduce field
    isn't a valid action. @internal
    */
    findForcedReduction() {
        let { parser } = this.p, seen = [];
        let explore = (state, depth) => {
            if (seen.includes(state))
                return;
            seen.push(state);
            return parser.allActions(state, (action) => {
                if (action & (262144 /* Action.StayFlag */ | 131072 /* Action.GotoFlag */)) ;
                else if (action & 65536 /* Action.ReduceFlag */) {
                    let rDepth = (action >> 19 /* Action.ReduceDepthShift */) - depth;
                    if (rDepth > 1) {
                        let term = action & 65535 /* Action.ValueMask */, target = this.stack.length - rDepth * 3;
                        if (target >= 0 && parser.getGoto(this.stack[target], term, false) >= 0)
                            return (rDepth << 19 /* Action.ReduceDepthShift */) | 65536 /* Action.ReduceFlag */ | term;
                    }
                }
                else {
                    let found = explore(action, depth + 1);
                    if (found != null)
                        return found;
                }
            });
        };
        return explore(this.state, 0);
    }
    /**
    @internal
    */
    forceAll() {
        while (!this.p.parser.stateFlag(this.state, 2 /* StateFlag.Accepting */)) {
            if (!this.forceReduce()) {
                this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
                break;
            }
        }
        return this;
    }
    /**
    Check whether this state has no further actions (assumed to be a direct descendant of the
    top state, since any other states must be able to continue
    somehow). @internal
    */
    get deadEnd() {
        if (this.stack.length != 3)
            return false;
        let { parser } = this.p;
        return parser.data[parser.stateSlot(this.state, 1 /* ParseState.Actions */)] == 65535 /* Seq.End */ &&
            !parser.stateSlot(this.state, 4 /* ParseState.DefaultReduce */);
    }
    /**
    Restart the stack (put it back in its start state). Only safe
    when this.stack.length == 3 (state is directly below the top
    state). @internal
    */
    restart() {
        this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
        this.state = this.stack[0];
        this.stack.length = 0;
    }
    /**
    @internal
    */
    sameState(other) {
        if (this.state != other.state || this.stack.length != other.stack.length)
            return false;
        for (let i = 0; i < this.stack.length; i += 3)
            if (this.stack[i] != other.stack[i])
                return false;
        return true;
    }
    /**
    Get the parser used by this stack.
    */
    get parser() { return this.p.parser; }
    /**
    Test whether a given dialect (by numeric ID, as exported from
    the terms file) is enabled.
    */
    dialectEnabled(dialectID) { return this.p.parser.dialect.flags[dialectID]; }
    shiftContext(term, start) {
        if (this.curContext)
            this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
    }
    reduceContext(term, start) {
        if (this.curContext)
            this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
    }
    /**
    @internal
    */
    emitContext() {
        let last = this.buffer.length - 1;
        if (last < 0 || this.buffer[last] != -3)
            this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
    }
    /**
    @internal
    */
    emitLookAhead() {
        let last = this.buffer.length - 1;
        if (last < 0 || this.buffer[last] != -4)
            this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
    }
    updateContext(context) {
        if (context != this.curContext.context) {
            let newCx = new StackContext(this.curContext.tracker, context);
            if (newCx.hash != this.curContext.hash)
                this.emitContext();
            this.curContext = newCx;
        }
    }
    /**
    @internal
    */
    setLookAhead(lookAhead) {
        if (lookAhead <= this.lookAhead)
            return false;
        this.emitLookAhead();
        this.lookAhead = lookAhead;
        return true;
    }
    /**
    @internal
    */
    close() {
        if (this.curContext && this.curContext.tracker.strict)
            this.emitContext();
        if (this.lookAhead > 0)
            this.emitLookAhead();
    }
}
class StackContext {
    constructor(tracker, context) {
        this.tracker = tracker;
        this.context = context;
        this.hash = tracker.strict ? tracker.hash(context) : 0;
    }
}
// Used to cheaply run some reductions to scan ahead without mutating
// an entire stack
class SimulatedStack {
    constructor(start) {
        this.start = start;
        this.state = start.state;
        this.stack = start.stack;
        this.base = this.stack.length;
    }
    reduce(action) {
        let term = action & 65535 /* Action.ValueMask */, depth = action >> 19 /* Action.ReduceDepthShift */;
        if (depth == 0) {
            if (this.stack == this.start.stack)
                this.stack = this.stack.slice();
            this.stack.push(this.state, 0, 0);
            this.base += 3;
        }
        else {
            this.base -= (depth - 1) * 3;
        }
        let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
        this.state = goto;
    }
}
// This is given to `Tree.build` to build a buffer, and encapsulates
// the parent-stack-walking necessary to read the nodes.
class StackBufferCursor {
    constructor(stack, pos, index) {
        this.stack = stack;
        this.pos = pos;
        this.index = index;
        this.buffer = stack.buffer;
        if (this.index == 0)
            this.maybeNext();
    }
    static create(stack, pos = stack.bufferBase + stack.buffer.length) {
        return new StackBufferCursor(stack, pos, pos - stack.bufferBase);
    }
    maybeNext() {
        let next = this.stack.parent;
        if (next != null) {
            this.index = this.stack.bufferBase - next.bufferBase;
            this.stack = next;
            this.buffer = next.buffer;
        }
    }
    get id() { return this.buffer[this.index - 4]; }
    get start() { return this.buffer[this.index - 3]; }
    get end() { return this.buffer[this.index - 2]; }
    get size() { return this.buffer[this.index - 1]; }
    next() {
        this.index -= 4;
        this.pos -= 4;
        if (this.index == 0)
            this.maybeNext();
    }
    fork() {
        return new StackBufferCursor(this.stack, this.pos, this.index);
    }
}

// See lezer-generator/src/encode.ts for comments about the encoding
// used here
function decodeArray(input, Type = Uint16Array) {
    if (typeof input != "string")
        return input;
    let array = null;
    for (let pos = 0, out = 0; pos < input.length;) {
        let value = 0;
        for (;;) {
            let next = input.charCodeAt(pos++), stop = false;
            if (next == 126 /* Encode.BigValCode */) {
                value = 65535 /* Encode.BigVal */;
                break;
            }
            if (next >= 92 /* Encode.Gap2 */)
                next--;
            if (next >= 34 /* Encode.Gap1 */)
                next--;
            let digit = next - 32 /* Encode.Start */;
            if (digit >= 46 /* Encode.Base */) {
                digit -= 46 /* Encode.Base */;
                stop = true;
            }
            value += digit;
            if (stop)
                break;
            value *= 46 /* Encode.Base */;
        }
        if (array)
            array[out++] = value;
        else
            array = new Type(value);
    }
    return array;
}

class CachedToken {
    constructor() {
        this.start = -1;
        this.value = -1;
        this.end = -1;
        this.extended = -1;
        this.lookAhead = 0;
        this.mask = 0;
        this.context = 0;
    }
}
const nullToken = new CachedToken;
/**
[Tokenizers](#lr.ExternalTokenizer) interact with the input
through this interface. It presents the input as a stream of
characters, tracking lookahead and hiding the complexity of
[ranges](#common.Parser.parse^ranges) from tokenizer code.
*/
class InputStream {
    /**
    @internal
    */
    constructor(
    /**
    @internal
    */
    input, 
    /**
    @internal
    */
    ranges) {
        this.input = input;
        this.ranges = ranges;
        /**
        @internal
        */
        this.chunk = "";
        /**
        @internal
        */
        this.chunkOff = 0;
        /**
        Backup chunk
        */
        this.chunk2 = "";
        this.chunk2Pos = 0;
        /**
        The character code of the next code unit in the input, or -1
        when the stream is at the end of the input.
        */
        this.next = -1;
        /**
        @internal
        */
        this.token = nullToken;
        this.rangeIndex = 0;
        this.pos = this.chunkPos = ranges[0].from;
        this.range = ranges[0];
        this.end = ranges[ranges.length - 1].to;
        this.readNext();
    }
    /**
    @internal
    */
    resolveOffset(offset, assoc) {
        let range = this.range, index = this.rangeIndex;
        let pos = this.pos + offset;
        while (pos < range.from) {
            if (!index)
                return null;
            let next = this.ranges[--index];
            pos -= range.from - next.to;
            range = next;
        }
        while (assoc < 0 ? pos > range.to : pos >= range.to) {
            if (index == this.ranges.length - 1)
                return null;
            let next = this.ranges[++index];
            pos += next.from - range.to;
            range = next;
        }
        return pos;
    }
    /**
    @internal
    */
    clipPos(pos) {
        if (pos >= this.range.from && pos < this.range.to)
            return pos;
        for (let range of this.ranges)
            if (range.to > pos)
                return Math.max(pos, range.from);
        return this.end;
    }
    /**
    Look at a code unit near the stream position. `.peek(0)` equals
    `.next`, `.peek(-1)` gives you the previous character, and so
    on.
    
    Note that looking around during tokenizing creates dependencies
    on potentially far-away content, which may reduce the
    effectiveness incremental parsing—when looking forward—or even
    cause invalid reparses when looking backward more than 25 code
    units, since the library does not track lookbehind.
    */
    peek(offset) {
        let idx = this.chunkOff + offset, pos, result;
        if (idx >= 0 && idx < this.chunk.length) {
            pos = this.pos + offset;
            result = this.chunk.charCodeAt(idx);
        }
        else {
            let resolved = this.resolveOffset(offset, 1);
            if (resolved == null)
                return -1;
            pos = resolved;
            if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
                result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
            }
            else {
                let i = this.rangeIndex, range = this.range;
                while (range.to <= pos)
                    range = this.ranges[++i];
                this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
                if (pos + this.chunk2.length > range.to)
                    this.chunk2 = this.chunk2.slice(0, range.to - pos);
                result = this.chunk2.charCodeAt(0);
            }
        }
        if (pos >= this.token.lookAhead)
            this.token.lookAhead = pos + 1;
        return result;
    }
    /**
    Accept a token. By default, the end of the token is set to the
    current stream position, but you can pass an offset (relative to
    the stream position) to change that.
    */
    acceptToken(token, endOffset = 0) {
        let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
        if (end == null || end < this.token.start)
            throw new RangeError("Token end out of bounds");
        this.token.value = token;
        this.token.end = end;
    }
    /**
    Accept a token ending at a specific given position.
    */
    acceptTokenTo(token, endPos) {
        this.token.value = token;
        this.token.end = endPos;
    }
    getChunk() {
        if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
            let { chunk, chunkPos } = this;
            this.chunk = this.chunk2;
            this.chunkPos = this.chunk2Pos;
            this.chunk2 = chunk;
            this.chunk2Pos = chunkPos;
            this.chunkOff = this.pos - this.chunkPos;
        }
        else {
            this.chunk2 = this.chunk;
            this.chunk2Pos = this.chunkPos;
            let nextChunk = this.input.chunk(this.pos);
            let end = this.pos + nextChunk.length;
            this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
            this.chunkPos = this.pos;
            this.chunkOff = 0;
        }
    }
    readNext() {
        if (this.chunkOff >= this.chunk.length) {
            this.getChunk();
            if (this.chunkOff == this.chunk.length)
                return this.next = -1;
        }
        return this.next = this.chunk.charCodeAt(this.chunkOff);
    }
    /**
    Move the stream forward N (defaults to 1) code units. Returns
    the new value of [`next`](#lr.InputStream.next).
    */
    advance(n = 1) {
        this.chunkOff += n;
        while (this.pos + n >= this.range.to) {
            if (this.rangeIndex == this.ranges.length - 1)
                return this.setDone();
            n -= this.range.to - this.pos;
            this.range = this.ranges[++this.rangeIndex];
            this.pos = this.range.from;
        }
        this.pos += n;
        if (this.pos >= this.token.lookAhead)
            this.token.lookAhead = this.pos + 1;
        return this.readNext();
    }
    setDone() {
        this.pos = this.chunkPos = this.end;
        this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
        this.chunk = "";
        return this.next = -1;
    }
    /**
    @internal
    */
    reset(pos, token) {
        if (token) {
            this.token = token;
            token.start = pos;
            token.lookAhead = pos + 1;
            token.value = token.extended = -1;
        }
        else {
            this.token = nullToken;
        }
        if (this.pos != pos) {
            this.pos = pos;
            if (pos == this.end) {
                this.setDone();
                return this;
            }
            while (pos < this.range.from)
                this.range = this.ranges[--this.rangeIndex];
            while (pos >= this.range.to)
                this.range = this.ranges[++this.rangeIndex];
            if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
                this.chunkOff = pos - this.chunkPos;
            }
            else {
                this.chunk = "";
                this.chunkOff = 0;
            }
            this.readNext();
        }
        return this;
    }
    /**
    @internal
    */
    read(from, to) {
        if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
            return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
        if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
            return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
        if (from >= this.range.from && to <= this.range.to)
            return this.input.read(from, to);
        let result = "";
        for (let r of this.ranges) {
            if (r.from >= to)
                break;
            if (r.to > from)
                result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
        }
        return result;
    }
}
/**
@internal
*/
class TokenGroup {
    constructor(data, id) {
        this.data = data;
        this.id = id;
    }
    token(input, stack) {
        let { parser } = stack.p;
        readToken(this.data, input, stack, this.id, parser.data, parser.tokenPrecTable);
    }
}
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
/**
@hide
*/
class LocalTokenGroup {
    constructor(data, precTable, elseToken) {
        this.precTable = precTable;
        this.elseToken = elseToken;
        this.data = typeof data == "string" ? decodeArray(data) : data;
    }
    token(input, stack) {
        let start = input.pos, skipped = 0;
        for (;;) {
            let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
            readToken(this.data, input, stack, 0, this.data, this.precTable);
            if (input.token.value > -1)
                break;
            if (this.elseToken == null)
                return;
            if (!atEof)
                skipped++;
            if (nextPos == null)
                break;
            input.reset(nextPos, input.token);
        }
        if (skipped) {
            input.reset(start, input.token);
            input.acceptToken(this.elseToken, skipped);
        }
    }
}
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
/**
`@external tokens` declarations in the grammar should resolve to
an instance of this class.
*/
class ExternalTokenizer {
    /**
    Create a tokenizer. The first argument is the function that,
    given an input stream, scans for the types of tokens it
    recognizes at the stream's position, and calls
    [`acceptToken`](#lr.InputStream.acceptToken) when it finds
    one.
    */
    constructor(
    /**
    @internal
    */
    token, options = {}) {
        this.token = token;
        this.contextual = !!options.contextual;
        this.fallback = !!options.fallback;
        this.extend = !!options.extend;
    }
}
// Tokenizer data is stored a big uint16 array containing, for each
// state:
//
//  - A group bitmask, indicating what token groups are reachable from
//    this state, so that paths that can only lead to tokens not in
//    any of the current groups can be cut off early.
//
//  - The position of the end of the state's sequence of accepting
//    tokens
//
//  - The number of outgoing edges for the state
//
//  - The accepting tokens, as (token id, group mask) pairs
//
//  - The outgoing edges, as (start character, end character, state
//    index) triples, with end character being exclusive
//
// This function interprets that data, running through a stream as
// long as new states with the a matching group mask can be reached,
// and updating `input.token` when it matches a token.
function readToken(data, input, stack, group, precTable, precOffset) {
    let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
    scan: for (;;) {
        if ((groupMask & data[state]) == 0)
            break;
        let accEnd = data[state + 1];
        // Check whether this state can lead to a token in the current group
        // Accept tokens in this state, possibly overwriting
        // lower-precedence / shorter tokens
        for (let i = state + 3; i < accEnd; i += 2)
            if ((data[i + 1] & groupMask) > 0) {
                let term = data[i];
                if (dialect.allows(term) &&
                    (input.token.value == -1 || input.token.value == term ||
                        overrides(term, input.token.value, precTable, precOffset))) {
                    input.acceptToken(term);
                    break;
                }
            }
        let next = input.next, low = 0, high = data[state + 2];
        // Special case for EOF
        if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535 /* Seq.End */) {
            state = data[accEnd + high * 3 - 1];
            continue scan;
        }
        // Do a binary search on the state's edges
        for (; low < high;) {
            let mid = (low + high) >> 1;
            let index = accEnd + mid + (mid << 1);
            let from = data[index], to = data[index + 1] || 0x10000;
            if (next < from)
                high = mid;
            else if (next >= to)
                low = mid + 1;
            else {
                state = data[index + 2];
                input.advance();
                continue scan;
            }
        }
        break;
    }
}
function findOffset(data, start, term) {
    for (let i = start, next; (next = data[i]) != 65535 /* Seq.End */; i++)
        if (next == term)
            return i - start;
    return -1;
}
function overrides(token, prev, tableData, tableOffset) {
    let iPrev = findOffset(tableData, tableOffset, prev);
    return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}

// Environment variable used to control console output
const verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
let stackIDs = null;
function cutAt(tree, pos, side) {
    let cursor = tree.cursor(IterMode.IncludeAnonymous);
    cursor.moveTo(pos);
    for (;;) {
        if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
            for (;;) {
                if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
                    return side < 0 ? Math.max(0, Math.min(cursor.to - 1, pos - 25 /* Lookahead.Margin */))
                        : Math.min(tree.length, Math.max(cursor.from + 1, pos + 25 /* Lookahead.Margin */));
                if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
                    break;
                if (!cursor.parent())
                    return side < 0 ? 0 : tree.length;
            }
    }
}
class dist_FragmentCursor {
    constructor(fragments, minRepeat) {
        this.fragments = fragments;
        this.minRepeat = minRepeat;
        this.i = 0;
        this.fragment = null;
        this.safeFrom = -1;
        this.safeTo = -1;
        this.trees = [];
        this.start = [];
        this.index = [];
        this.lastRepeat = null;
        this.lastRepeatPos = -1;
        this.nextFragment();
    }
    nextFragment() {
        let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
        if (fr) {
            this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
            this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
            while (this.trees.length) {
                this.trees.pop();
                this.start.pop();
                this.index.pop();
            }
            this.trees.push(fr.tree);
            this.start.push(-fr.offset);
            this.index.push(0);
            this.nextStart = this.safeFrom;
        }
        else {
            this.nextStart = 1e9;
        }
    }
    // `pos` must be >= any previously given `pos` for this cursor
    nodeAt(pos) {
        if (pos < this.nextStart)
            return null;
        while (this.fragment && this.safeTo <= pos)
            this.nextFragment();
        if (!this.fragment)
            return null;
        for (;;) {
            let last = this.trees.length - 1;
            if (last < 0) { // End of tree
                this.nextFragment();
                return null;
            }
            if (pos < this.safeFrom)
                return null;
            let top = this.trees[last], index = this.index[last];
            if (index == top.children.length) {
                this.trees.pop();
                this.start.pop();
                this.index.pop();
                continue;
            }
            let next = top.children[index];
            let start = this.start[last] + top.positions[index];
            if (start > pos) {
                this.nextStart = start;
                return null;
            }
            if (next instanceof Tree) {
                let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
                if (start == pos || storeRepeat) {
                    let end = start + next.length, lookahead;
                    if (start >= this.safeFrom && end <= this.safeTo &&
                        (!(lookahead = next.prop(dist_NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
                        if (storeRepeat) {
                            this.lastRepeat = next;
                            this.lastRepeatPos = start;
                        }
                        if (start == pos)
                            return next;
                    }
                }
                this.index[last]++;
                if (start + next.length >= Math.max(this.safeFrom, pos)) { // Enter this node
                    this.trees.push(next);
                    this.start.push(start);
                    this.index.push(0);
                }
            }
            else {
                this.index[last]++;
                this.nextStart = start + next.length;
            }
        }
    }
}
class TokenCache {
    constructor(parser, stream) {
        this.stream = stream;
        this.tokens = [];
        this.mainToken = null;
        this.actions = [];
        this.tokens = parser.tokenizers.map(_ => new CachedToken);
    }
    getActions(stack) {
        let actionIndex = 0;
        let main = null;
        let { parser } = stack.p, { tokenizers } = parser;
        let mask = parser.stateSlot(stack.state, 3 /* ParseState.TokenizerMask */);
        let context = stack.curContext ? stack.curContext.hash : 0;
        let lookAhead = 0;
        for (let i = 0; i < tokenizers.length; i++) {
            if (((1 << i) & mask) == 0)
                continue;
            let tokenizer = tokenizers[i], token = this.tokens[i];
            if (main && !tokenizer.fallback)
                continue;
            if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
                this.updateCachedToken(token, tokenizer, stack);
                token.mask = mask;
                token.context = context;
            }
            if (token.lookAhead > token.end + 25 /* Lookahead.Margin */)
                lookAhead = Math.max(token.lookAhead, lookAhead);
            if (token.value != 0 /* Term.Err */) {
                let startIndex = actionIndex;
                if (token.extended > -1)
                    actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
                actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
                if (!tokenizer.extend) {
                    main = token;
                    if (actionIndex > startIndex)
                        break;
                }
            }
        }
        while (this.actions.length > actionIndex)
            this.actions.pop();
        if (lookAhead)
            stack.setLookAhead(lookAhead);
        if (!main && stack.pos == this.stream.end) {
            main = new CachedToken;
            main.value = stack.p.parser.eofTerm;
            main.start = main.end = stack.pos;
            actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
        }
        this.mainToken = main;
        return this.actions;
    }
    getMainToken(stack) {
        if (this.mainToken)
            return this.mainToken;
        let main = new CachedToken, { pos, p } = stack;
        main.start = pos;
        main.end = Math.min(pos + 1, p.stream.end);
        main.value = pos == p.stream.end ? p.parser.eofTerm : 0 /* Term.Err */;
        return main;
    }
    updateCachedToken(token, tokenizer, stack) {
        let start = this.stream.clipPos(stack.pos);
        tokenizer.token(this.stream.reset(start, token), stack);
        if (token.value > -1) {
            let { parser } = stack.p;
            for (let i = 0; i < parser.specialized.length; i++)
                if (parser.specialized[i] == token.value) {
                    let result = parser.specializers[i](this.stream.read(token.start, token.end), stack);
                    if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
                        if ((result & 1) == 0 /* Specialize.Specialize */)
                            token.value = result >> 1;
                        else
                            token.extended = result >> 1;
                        break;
                    }
                }
        }
        else {
            token.value = 0 /* Term.Err */;
            token.end = this.stream.clipPos(start + 1);
        }
    }
    putAction(action, token, end, index) {
        // Don't add duplicate actions
        for (let i = 0; i < index; i += 3)
            if (this.actions[i] == action)
                return index;
        this.actions[index++] = action;
        this.actions[index++] = token;
        this.actions[index++] = end;
        return index;
    }
    addActions(stack, token, end, index) {
        let { state } = stack, { parser } = stack.p, { data } = parser;
        for (let set = 0; set < 2; set++) {
            for (let i = parser.stateSlot(state, set ? 2 /* ParseState.Skip */ : 1 /* ParseState.Actions */);; i += 3) {
                if (data[i] == 65535 /* Seq.End */) {
                    if (data[i + 1] == 1 /* Seq.Next */) {
                        i = pair(data, i + 2);
                    }
                    else {
                        if (index == 0 && data[i + 1] == 2 /* Seq.Other */)
                            index = this.putAction(pair(data, i + 2), token, end, index);
                        break;
                    }
                }
                if (data[i] == token)
                    index = this.putAction(pair(data, i + 1), token, end, index);
            }
        }
        return index;
    }
}
class Parse {
    constructor(parser, input, fragments, ranges) {
        this.parser = parser;
        this.input = input;
        this.ranges = ranges;
        this.recovering = 0;
        this.nextStackID = 0x2654; // ♔, ♕, ♖, ♗, ♘, ♙, ♠, ♡, ♢, ♣, ♤, ♥, ♦, ♧
        this.minStackPos = 0;
        this.reused = [];
        this.stoppedAt = null;
        this.lastBigReductionStart = -1;
        this.lastBigReductionSize = 0;
        this.bigReductionCount = 0;
        this.stream = new InputStream(input, ranges);
        this.tokens = new TokenCache(parser, this.stream);
        this.topTerm = parser.top[1];
        let { from } = ranges[0];
        this.stacks = [Stack.start(this, parser.top[0], from)];
        this.fragments = fragments.length && this.stream.end - from > parser.bufferLength * 4
            ? new dist_FragmentCursor(fragments, parser.minRepeatTerm) : null;
    }
    get parsedPos() {
        return this.minStackPos;
    }
    // Move the parser forward. This will process all parse stacks at
    // `this.pos` and try to advance them to a further position. If no
    // stack for such a position is found, it'll start error-recovery.
    //
    // When the parse is finished, this will return a syntax tree. When
    // not, it returns `null`.
    advance() {
        let stacks = this.stacks, pos = this.minStackPos;
        // This will hold stacks beyond `pos`.
        let newStacks = this.stacks = [];
        let stopped, stoppedTokens;
        // If a large amount of reductions happened with the same start
        // position, force the stack out of that production in order to
        // avoid creating a tree too deep to recurse through.
        // (This is an ugly kludge, because unfortunately there is no
        // straightforward, cheap way to check for this happening, due to
        // the history of reductions only being available in an
        // expensive-to-access format in the stack buffers.)
        if (this.bigReductionCount > 300 /* Rec.MaxLeftAssociativeReductionCount */ && stacks.length == 1) {
            let [s] = stacks;
            while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) { }
            this.bigReductionCount = this.lastBigReductionSize = 0;
        }
        // Keep advancing any stacks at `pos` until they either move
        // forward or can't be advanced. Gather stacks that can't be
        // advanced further in `stopped`.
        for (let i = 0; i < stacks.length; i++) {
            let stack = stacks[i];
            for (;;) {
                this.tokens.mainToken = null;
                if (stack.pos > pos) {
                    newStacks.push(stack);
                }
                else if (this.advanceStack(stack, newStacks, stacks)) {
                    continue;
                }
                else {
                    if (!stopped) {
                        stopped = [];
                        stoppedTokens = [];
                    }
                    stopped.push(stack);
                    let tok = this.tokens.getMainToken(stack);
                    stoppedTokens.push(tok.value, tok.end);
                }
                break;
            }
        }
        if (!newStacks.length) {
            let finished = stopped && findFinished(stopped);
            if (finished) {
                if (verbose)
                    console.log("Finish with " + this.stackID(finished));
                return this.stackToTree(finished);
            }
            if (this.parser.strict) {
                if (verbose && stopped)
                    console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
                throw new SyntaxError("No parse at " + pos);
            }
            if (!this.recovering)
                this.recovering = 5 /* Rec.Distance */;
        }
        if (this.recovering && stopped) {
            let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0]
                : this.runRecovery(stopped, stoppedTokens, newStacks);
            if (finished) {
                if (verbose)
                    console.log("Force-finish " + this.stackID(finished));
                return this.stackToTree(finished.forceAll());
            }
        }
        if (this.recovering) {
            let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3 /* Rec.MaxRemainingPerStep */;
            if (newStacks.length > maxRemaining) {
                newStacks.sort((a, b) => b.score - a.score);
                while (newStacks.length > maxRemaining)
                    newStacks.pop();
            }
            if (newStacks.some(s => s.reducePos > pos))
                this.recovering--;
        }
        else if (newStacks.length > 1) {
            // Prune stacks that are in the same state, or that have been
            // running without splitting for a while, to avoid getting stuck
            // with multiple successful stacks running endlessly on.
            outer: for (let i = 0; i < newStacks.length - 1; i++) {
                let stack = newStacks[i];
                for (let j = i + 1; j < newStacks.length; j++) {
                    let other = newStacks[j];
                    if (stack.sameState(other) ||
                        stack.buffer.length > 500 /* Rec.MinBufferLengthPrune */ && other.buffer.length > 500 /* Rec.MinBufferLengthPrune */) {
                        if (((stack.score - other.score) || (stack.buffer.length - other.buffer.length)) > 0) {
                            newStacks.splice(j--, 1);
                        }
                        else {
                            newStacks.splice(i--, 1);
                            continue outer;
                        }
                    }
                }
            }
            if (newStacks.length > 12 /* Rec.MaxStackCount */) {
                newStacks.sort((a, b) => b.score - a.score);
                newStacks.splice(12 /* Rec.MaxStackCount */, newStacks.length - 12 /* Rec.MaxStackCount */);
            }
        }
        this.minStackPos = newStacks[0].pos;
        for (let i = 1; i < newStacks.length; i++)
            if (newStacks[i].pos < this.minStackPos)
                this.minStackPos = newStacks[i].pos;
        return null;
    }
    stopAt(pos) {
        if (this.stoppedAt != null && this.stoppedAt < pos)
            throw new RangeError("Can't move stoppedAt forward");
        this.stoppedAt = pos;
    }
    // See if a given tree, or a descendant right at its start, can be
    // reused in the given stack.
    tryReuse(stack, start, tree, repeatOnly) {
        if (!tree)
            return null;
        let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
        for (; tree;) {
            let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1
                : this.parser.getGoto(stack.state, tree.type.id);
            if (match > -1 && tree.length && (!strictCx || (tree.prop(dist_NodeProp.contextHash) || 0) == cxHash)) {
                stack.useNode(tree, match, start);
                return tree;
            }
            if (tree.children.length == 0 || tree.positions[0] > 0)
                break;
            let inner = tree.children[0];
            if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
                tree = inner;
            else
                break;
        }
        return null;
    }
    // Returns an updated version of the given stack, or null if the
    // stack can't advance normally. When `split` and `stacks` are
    // given, stacks split off by ambiguous operations will be pushed to
    // `split`, or added to `stacks` if they move `pos` forward.
    advanceStack(stack, stacks, split) {
        let start = stack.pos, { parser } = this;
        let base = verbose ? this.stackID(stack) + " -> " : "";
        if (this.stoppedAt != null && start > this.stoppedAt)
            return stack.forceReduce() ? stack : null;
        if (this.fragments) {
            // Due to an optimization in the way we build trees for repeat
            // rules, such trees may have their start position before
            // skipped content that is technically not part of the node.
            // Attempts to reuse them may only happen at the position
            // _after_ those skipped tokens. The special handling here makes
            // sure such nodes can still be reused.
            let reused = (stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos &&
                this.fragments.lastRepeatPos == stack.reducePos &&
                this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true)) ||
                this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
            if (reused) {
                if (verbose)
                    console.log(base + this.stackID(stack) + ` (via reuse of ${parser.getName(reused.type.id)})`);
                return true;
            }
        }
        let defaultReduce = parser.stateSlot(stack.state, 4 /* ParseState.DefaultReduce */);
        if (defaultReduce > 0) {
            stack.reduce(defaultReduce);
            if (verbose)
                console.log(base + this.stackID(stack) + ` (via always-reduce ${parser.getName(defaultReduce & 65535 /* Action.ValueMask */)})`);
            return true;
        }
        if (stack.stack.length >= 8400 /* Rec.CutDepth */) {
            while (stack.stack.length > 6000 /* Rec.CutTo */ && stack.forceReduce()) { }
        }
        let actions = this.tokens.getActions(stack);
        for (let i = 0; i < actions.length;) {
            let action = actions[i++], term = actions[i++], end = actions[i++];
            let last = i == actions.length || !split;
            let localStack = last ? stack : stack.split();
            let main = this.tokens.mainToken;
            localStack.apply(action, term, main ? main.start : localStack.pos, end);
            if (verbose)
                console.log(base + this.stackID(localStack) + ` (via ${(action & 65536 /* Action.ReduceFlag */) == 0 ? "shift"
                    : `reduce of ${parser.getName(action & 65535 /* Action.ValueMask */)}`} for ${parser.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
            if (last)
                return true;
            else if (localStack.pos > start)
                stacks.push(localStack);
            else
                split.push(localStack);
        }
        return false;
    }
    // Advance a given stack forward as far as it will go. Returns the
    // (possibly updated) stack if it got stuck, or null if it moved
    // forward and was given to `pushStackDedup`.
    advanceFully(stack, newStacks) {
        let pos = stack.pos;
        for (;;) {
            if (!this.advanceStack(stack, null, null))
                return false;
            if (stack.pos > pos) {
                pushStackDedup(stack, newStacks);
                return true;
            }
        }
    }
    runRecovery(stacks, tokens, newStacks) {
        let finished = null, restarted = false;
        for (let i = 0; i < stacks.length; i++) {
            let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
            let base = verbose ? this.stackID(stack) + " -> " : "";
            if (stack.deadEnd) {
                if (restarted)
                    continue;
                restarted = true;
                stack.restart();
                if (verbose)
                    console.log(base + this.stackID(stack) + " (restarted)");
                let done = this.advanceFully(stack, newStacks);
                if (done)
                    continue;
            }
            let force = stack.split(), forceBase = base;
            for (let j = 0; j < 10 /* Rec.ForceReduceLimit */ && force.forceReduce(); j++) {
                if (verbose)
                    console.log(forceBase + this.stackID(force) + " (via force-reduce)");
                let done = this.advanceFully(force, newStacks);
                if (done)
                    break;
                if (verbose)
                    forceBase = this.stackID(force) + " -> ";
            }
            for (let insert of stack.recoverByInsert(token)) {
                if (verbose)
                    console.log(base + this.stackID(insert) + " (via recover-insert)");
                this.advanceFully(insert, newStacks);
            }
            if (this.stream.end > stack.pos) {
                if (tokenEnd == stack.pos) {
                    tokenEnd++;
                    token = 0 /* Term.Err */;
                }
                stack.recoverByDelete(token, tokenEnd);
                if (verbose)
                    console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
                pushStackDedup(stack, newStacks);
            }
            else if (!finished || finished.score < force.score) {
                finished = force;
            }
        }
        return finished;
    }
    // Convert the stack's buffer to a syntax tree.
    stackToTree(stack) {
        stack.close();
        return Tree.build({ buffer: StackBufferCursor.create(stack),
            nodeSet: this.parser.nodeSet,
            topID: this.topTerm,
            maxBufferLength: this.parser.bufferLength,
            reused: this.reused,
            start: this.ranges[0].from,
            length: stack.pos - this.ranges[0].from,
            minRepeatType: this.parser.minRepeatTerm });
    }
    stackID(stack) {
        let id = (stackIDs || (stackIDs = new WeakMap)).get(stack);
        if (!id)
            stackIDs.set(stack, id = String.fromCodePoint(this.nextStackID++));
        return id + stack;
    }
}
function pushStackDedup(stack, newStacks) {
    for (let i = 0; i < newStacks.length; i++) {
        let other = newStacks[i];
        if (other.pos == stack.pos && other.sameState(stack)) {
            if (newStacks[i].score < stack.score)
                newStacks[i] = stack;
            return;
        }
    }
    newStacks.push(stack);
}
class Dialect {
    constructor(source, flags, disabled) {
        this.source = source;
        this.flags = flags;
        this.disabled = disabled;
    }
    allows(term) { return !this.disabled || this.disabled[term] == 0; }
}
const id = x => x;
/**
Context trackers are used to track stateful context (such as
indentation in the Python grammar, or parent elements in the XML
grammar) needed by external tokenizers. You declare them in a
grammar file as `@context exportName from "module"`.

Context values should be immutable, and can be updated (replaced)
on shift or reduce actions.

The export used in a `@context` declaration should be of this
type.
*/
class ContextTracker {
    /**
    Define a context tracker.
    */
    constructor(spec) {
        this.start = spec.start;
        this.shift = spec.shift || id;
        this.reduce = spec.reduce || id;
        this.reuse = spec.reuse || id;
        this.hash = spec.hash || (() => 0);
        this.strict = spec.strict !== false;
    }
}
/**
Holds the parse tables for a given grammar, as generated by
`lezer-generator`, and provides [methods](#common.Parser) to parse
content with.
*/
class LRParser extends Parser {
    /**
    @internal
    */
    constructor(spec) {
        super();
        /**
        @internal
        */
        this.wrappers = [];
        if (spec.version != 14 /* File.Version */)
            throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14 /* File.Version */})`);
        let nodeNames = spec.nodeNames.split(" ");
        this.minRepeatTerm = nodeNames.length;
        for (let i = 0; i < spec.repeatNodeCount; i++)
            nodeNames.push("");
        let topTerms = Object.keys(spec.topRules).map(r => spec.topRules[r][1]);
        let nodeProps = [];
        for (let i = 0; i < nodeNames.length; i++)
            nodeProps.push([]);
        function setProp(nodeID, prop, value) {
            nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
        }
        if (spec.nodeProps)
            for (let propSpec of spec.nodeProps) {
                let prop = propSpec[0];
                if (typeof prop == "string")
                    prop = dist_NodeProp[prop];
                for (let i = 1; i < propSpec.length;) {
                    let next = propSpec[i++];
                    if (next >= 0) {
                        setProp(next, prop, propSpec[i++]);
                    }
                    else {
                        let value = propSpec[i + -next];
                        for (let j = -next; j > 0; j--)
                            setProp(propSpec[i++], prop, value);
                        i++;
                    }
                }
            }
        this.nodeSet = new NodeSet(nodeNames.map((name, i) => NodeType.define({
            name: i >= this.minRepeatTerm ? undefined : name,
            id: i,
            props: nodeProps[i],
            top: topTerms.indexOf(i) > -1,
            error: i == 0,
            skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
        })));
        if (spec.propSources)
            this.nodeSet = this.nodeSet.extend(...spec.propSources);
        this.strict = false;
        this.bufferLength = DefaultBufferLength;
        let tokenArray = decodeArray(spec.tokenData);
        this.context = spec.context;
        this.specializerSpecs = spec.specialized || [];
        this.specialized = new Uint16Array(this.specializerSpecs.length);
        for (let i = 0; i < this.specializerSpecs.length; i++)
            this.specialized[i] = this.specializerSpecs[i].term;
        this.specializers = this.specializerSpecs.map(getSpecializer);
        this.states = decodeArray(spec.states, Uint32Array);
        this.data = decodeArray(spec.stateData);
        this.goto = decodeArray(spec.goto);
        this.maxTerm = spec.maxTerm;
        this.tokenizers = spec.tokenizers.map(value => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
        this.topRules = spec.topRules;
        this.dialects = spec.dialects || {};
        this.dynamicPrecedences = spec.dynamicPrecedences || null;
        this.tokenPrecTable = spec.tokenPrec;
        this.termNames = spec.termNames || null;
        this.maxNode = this.nodeSet.types.length - 1;
        this.dialect = this.parseDialect();
        this.top = this.topRules[Object.keys(this.topRules)[0]];
    }
    createParse(input, fragments, ranges) {
        let parse = new Parse(this, input, fragments, ranges);
        for (let w of this.wrappers)
            parse = w(parse, input, fragments, ranges);
        return parse;
    }
    /**
    Get a goto table entry @internal
    */
    getGoto(state, term, loose = false) {
        let table = this.goto;
        if (term >= table[0])
            return -1;
        for (let pos = table[term + 1];;) {
            let groupTag = table[pos++], last = groupTag & 1;
            let target = table[pos++];
            if (last && loose)
                return target;
            for (let end = pos + (groupTag >> 1); pos < end; pos++)
                if (table[pos] == state)
                    return target;
            if (last)
                return -1;
        }
    }
    /**
    Check if this state has an action for a given terminal @internal
    */
    hasAction(state, terminal) {
        let data = this.data;
        for (let set = 0; set < 2; set++) {
            for (let i = this.stateSlot(state, set ? 2 /* ParseState.Skip */ : 1 /* ParseState.Actions */), next;; i += 3) {
                if ((next = data[i]) == 65535 /* Seq.End */) {
                    if (data[i + 1] == 1 /* Seq.Next */)
                        next = data[i = pair(data, i + 2)];
                    else if (data[i + 1] == 2 /* Seq.Other */)
                        return pair(data, i + 2);
                    else
                        break;
                }
                if (next == terminal || next == 0 /* Term.Err */)
                    return pair(data, i + 1);
            }
        }
        return 0;
    }
    /**
    @internal
    */
    stateSlot(state, slot) {
        return this.states[(state * 6 /* ParseState.Size */) + slot];
    }
    /**
    @internal
    */
    stateFlag(state, flag) {
        return (this.stateSlot(state, 0 /* ParseState.Flags */) & flag) > 0;
    }
    /**
    @internal
    */
    validAction(state, action) {
        return !!this.allActions(state, a => a == action ? true : null);
    }
    /**
    @internal
    */
    allActions(state, action) {
        let deflt = this.stateSlot(state, 4 /* ParseState.DefaultReduce */);
        let result = deflt ? action(deflt) : undefined;
        for (let i = this.stateSlot(state, 1 /* ParseState.Actions */); result == null; i += 3) {
            if (this.data[i] == 65535 /* Seq.End */) {
                if (this.data[i + 1] == 1 /* Seq.Next */)
                    i = pair(this.data, i + 2);
                else
                    break;
            }
            result = action(pair(this.data, i + 1));
        }
        return result;
    }
    /**
    Get the states that can follow this one through shift actions or
    goto jumps. @internal
    */
    nextStates(state) {
        let result = [];
        for (let i = this.stateSlot(state, 1 /* ParseState.Actions */);; i += 3) {
            if (this.data[i] == 65535 /* Seq.End */) {
                if (this.data[i + 1] == 1 /* Seq.Next */)
                    i = pair(this.data, i + 2);
                else
                    break;
            }
            if ((this.data[i + 2] & (65536 /* Action.ReduceFlag */ >> 16)) == 0) {
                let value = this.data[i + 1];
                if (!result.some((v, i) => (i & 1) && v == value))
                    result.push(this.data[i], value);
            }
        }
        return result;
    }
    /**
    Configure the parser. Returns a new parser instance that has the
    given settings modified. Settings not provided in `config` are
    kept from the original parser.
    */
    configure(config) {
        // Hideous reflection-based kludge to make it easy to create a
        // slightly modified copy of a parser.
        let copy = Object.assign(Object.create(LRParser.prototype), this);
        if (config.props)
            copy.nodeSet = this.nodeSet.extend(...config.props);
        if (config.top) {
            let info = this.topRules[config.top];
            if (!info)
                throw new RangeError(`Invalid top rule name ${config.top}`);
            copy.top = info;
        }
        if (config.tokenizers)
            copy.tokenizers = this.tokenizers.map(t => {
                let found = config.tokenizers.find(r => r.from == t);
                return found ? found.to : t;
            });
        if (config.specializers) {
            copy.specializers = this.specializers.slice();
            copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
                let found = config.specializers.find(r => r.from == s.external);
                if (!found)
                    return s;
                let spec = Object.assign(Object.assign({}, s), { external: found.to });
                copy.specializers[i] = getSpecializer(spec);
                return spec;
            });
        }
        if (config.contextTracker)
            copy.context = config.contextTracker;
        if (config.dialect)
            copy.dialect = this.parseDialect(config.dialect);
        if (config.strict != null)
            copy.strict = config.strict;
        if (config.wrap)
            copy.wrappers = copy.wrappers.concat(config.wrap);
        if (config.bufferLength != null)
            copy.bufferLength = config.bufferLength;
        return copy;
    }
    /**
    Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
    are registered for this parser.
    */
    hasWrappers() {
        return this.wrappers.length > 0;
    }
    /**
    Returns the name associated with a given term. This will only
    work for all terms when the parser was generated with the
    `--names` option. By default, only the names of tagged terms are
    stored.
    */
    getName(term) {
        return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
    }
    /**
    The eof term id is always allocated directly after the node
    types. @internal
    */
    get eofTerm() { return this.maxNode + 1; }
    /**
    The type of top node produced by the parser.
    */
    get topNode() { return this.nodeSet.types[this.top[1]]; }
    /**
    @internal
    */
    dynamicPrecedence(term) {
        let prec = this.dynamicPrecedences;
        return prec == null ? 0 : prec[term] || 0;
    }
    /**
    @internal
    */
    parseDialect(dialect) {
        let values = Object.keys(this.dialects), flags = values.map(() => false);
        if (dialect)
            for (let part of dialect.split(" ")) {
                let id = values.indexOf(part);
                if (id >= 0)
                    flags[id] = true;
            }
        let disabled = null;
        for (let i = 0; i < values.length; i++)
            if (!flags[i]) {
                for (let j = this.dialects[values[i]], id; (id = this.data[j++]) != 65535 /* Seq.End */;)
                    (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id] = 1;
            }
        return new Dialect(dialect, flags, disabled);
    }
    /**
    Used by the output of the parser generator. Not available to
    user code. @hide
    */
    static deserialize(spec) {
        return new LRParser(spec);
    }
}
function pair(data, off) { return data[off] | (data[off + 1] << 16); }
function findFinished(stacks) {
    let best = null;
    for (let stack of stacks) {
        let stopped = stack.p.stoppedAt;
        if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) &&
            stack.p.parser.stateFlag(stack.state, 2 /* StateFlag.Accepting */) &&
            (!best || best.score < stack.score))
            best = stack;
    }
    return best;
}
function getSpecializer(spec) {
    if (spec.external) {
        let mask = spec.extend ? 1 /* Specialize.Extend */ : 0 /* Specialize.Specialize */;
        return (value, stack) => (spec.external(value, stack) << 1) | mask;
    }
    return spec.get;
}



;// CONCATENATED MODULE: ./node_modules/@lezer/highlight/dist/index.js


let nextTagID = 0;
/**
Highlighting tags are markers that denote a highlighting category.
They are [associated](#highlight.styleTags) with parts of a syntax
tree by a language mode, and then mapped to an actual CSS style by
a [highlighter](#highlight.Highlighter).

Because syntax tree node types and highlight styles have to be
able to talk the same language, CodeMirror uses a mostly _closed_
[vocabulary](#highlight.tags) of syntax tags (as opposed to
traditional open string-based systems, which make it hard for
highlighting themes to cover all the tokens produced by the
various languages).

It _is_ possible to [define](#highlight.Tag^define) your own
highlighting tags for system-internal use (where you control both
the language package and the highlighter), but such tags will not
be picked up by regular highlighters (though you can derive them
from standard tags to allow highlighters to fall back to those).
*/
class Tag {
    /**
    @internal
    */
    constructor(
    /**
    The optional name of the base tag @internal
    */
    name, 
    /**
    The set of this tag and all its parent tags, starting with
    this one itself and sorted in order of decreasing specificity.
    */
    set, 
    /**
    The base unmodified tag that this one is based on, if it's
    modified @internal
    */
    base, 
    /**
    The modifiers applied to this.base @internal
    */
    modified) {
        this.name = name;
        this.set = set;
        this.base = base;
        this.modified = modified;
        /**
        @internal
        */
        this.id = nextTagID++;
    }
    toString() {
        let { name } = this;
        for (let mod of this.modified)
            if (mod.name)
                name = `${mod.name}(${name})`;
        return name;
    }
    static define(nameOrParent, parent) {
        let name = typeof nameOrParent == "string" ? nameOrParent : "?";
        if (nameOrParent instanceof Tag)
            parent = nameOrParent;
        if (parent === null || parent === void 0 ? void 0 : parent.base)
            throw new Error("Can not derive from a modified tag");
        let tag = new Tag(name, [], null, []);
        tag.set.push(tag);
        if (parent)
            for (let t of parent.set)
                tag.set.push(t);
        return tag;
    }
    /**
    Define a tag _modifier_, which is a function that, given a tag,
    will return a tag that is a subtag of the original. Applying the
    same modifier to a twice tag will return the same value (`m1(t1)
    == m1(t1)`) and applying multiple modifiers will, regardless or
    order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
    
    When multiple modifiers are applied to a given base tag, each
    smaller set of modifiers is registered as a parent, so that for
    example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
    `m1(m3(t1)`, and so on.
    */
    static defineModifier(name) {
        let mod = new Modifier(name);
        return (tag) => {
            if (tag.modified.indexOf(mod) > -1)
                return tag;
            return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
        };
    }
}
let nextModifierID = 0;
class Modifier {
    constructor(name) {
        this.name = name;
        this.instances = [];
        this.id = nextModifierID++;
    }
    static get(base, mods) {
        if (!mods.length)
            return base;
        let exists = mods[0].instances.find(t => t.base == base && sameArray(mods, t.modified));
        if (exists)
            return exists;
        let set = [], tag = new Tag(base.name, set, base, mods);
        for (let m of mods)
            m.instances.push(tag);
        let configs = powerSet(mods);
        for (let parent of base.set)
            if (!parent.modified.length)
                for (let config of configs)
                    set.push(Modifier.get(parent, config));
        return tag;
    }
}
function sameArray(a, b) {
    return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
    let sets = [[]];
    for (let i = 0; i < array.length; i++) {
        for (let j = 0, e = sets.length; j < e; j++) {
            sets.push(sets[j].concat(array[i]));
        }
    }
    return sets.sort((a, b) => b.length - a.length);
}
/**
This function is used to add a set of tags to a language syntax
via [`NodeSet.extend`](#common.NodeSet.extend) or
[`LRParser.configure`](#lr.LRParser.configure).

The argument object maps node selectors to [highlighting
tags](#highlight.Tag) or arrays of tags.

Node selectors may hold one or more (space-separated) node paths.
Such a path can be a [node name](#common.NodeType.name), or
multiple node names (or `*` wildcards) separated by slash
characters, as in `"Block/Declaration/VariableName"`. Such a path
matches the final node but only if its direct parent nodes are the
other nodes mentioned. A `*` in such a path matches any parent,
but only a single level—wildcards that match multiple parents
aren't supported, both for efficiency reasons and because Lezer
trees make it rather hard to reason about what they would match.)

A path can be ended with `/...` to indicate that the tag assigned
to the node should also apply to all child nodes, even if they
match their own style (by default, only the innermost style is
used).

When a path ends in `!`, as in `Attribute!`, no further matching
happens for the node's child nodes, and the entire node gets the
given style.

In this notation, node names that contain `/`, `!`, `*`, or `...`
must be quoted as JSON strings.

For example:

```javascript
parser.configure({props: [
  styleTags({
    // Style Number and BigNumber nodes
    "Number BigNumber": tags.number,
    // Style Escape nodes whose parent is String
    "String/Escape": tags.escape,
    // Style anything inside Attributes nodes
    "Attributes!": tags.meta,
    // Add a style to all content inside Italic nodes
    "Italic/...": tags.emphasis,
    // Style InvalidString nodes as both `string` and `invalid`
    "InvalidString": [tags.string, tags.invalid],
    // Style the node named "/" as punctuation
    '"/"': tags.punctuation
  })
]})
```
*/
function styleTags(spec) {
    let byName = Object.create(null);
    for (let prop in spec) {
        let tags = spec[prop];
        if (!Array.isArray(tags))
            tags = [tags];
        for (let part of prop.split(" "))
            if (part) {
                let pieces = [], mode = 2 /* Mode.Normal */, rest = part;
                for (let pos = 0;;) {
                    if (rest == "..." && pos > 0 && pos + 3 == part.length) {
                        mode = 1 /* Mode.Inherit */;
                        break;
                    }
                    let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
                    if (!m)
                        throw new RangeError("Invalid path: " + part);
                    pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
                    pos += m[0].length;
                    if (pos == part.length)
                        break;
                    let next = part[pos++];
                    if (pos == part.length && next == "!") {
                        mode = 0 /* Mode.Opaque */;
                        break;
                    }
                    if (next != "/")
                        throw new RangeError("Invalid path: " + part);
                    rest = part.slice(pos);
                }
                let last = pieces.length - 1, inner = pieces[last];
                if (!inner)
                    throw new RangeError("Invalid path: " + part);
                let rule = new Rule(tags, mode, last > 0 ? pieces.slice(0, last) : null);
                byName[inner] = rule.sort(byName[inner]);
            }
    }
    return ruleNodeProp.add(byName);
}
const ruleNodeProp = new dist_NodeProp({
    combine(a, b) {
        let cur, root, take;
        while (a || b) {
            if (!a || b && a.depth <= b.depth) {
                take = b;
                b = b.next;
            }
            else {
                take = a;
                a = a.next;
            }
            if (cur && cur.mode == take.mode && !take.context && !cur.context)
                continue;
            let copy = new Rule(take.tags, take.mode, take.context);
            if (cur)
                cur.next = copy;
            else
                root = copy;
            cur = copy;
        }
        return root;
    }
});
class Rule {
    constructor(tags, mode, context, next) {
        this.tags = tags;
        this.mode = mode;
        this.context = context;
        this.next = next;
    }
    get opaque() { return this.mode == 0 /* Mode.Opaque */; }
    get inherit() { return this.mode == 1 /* Mode.Inherit */; }
    sort(other) {
        if (!other || other.depth < this.depth) {
            this.next = other;
            return this;
        }
        other.next = this.sort(other.next);
        return other;
    }
    get depth() { return this.context ? this.context.length : 0; }
}
Rule.empty = new Rule([], 2 /* Mode.Normal */, null);
/**
Define a [highlighter](#highlight.Highlighter) from an array of
tag/class pairs. Classes associated with more specific tags will
take precedence.
*/
function tagHighlighter(tags, options) {
    let map = Object.create(null);
    for (let style of tags) {
        if (!Array.isArray(style.tag))
            map[style.tag.id] = style.class;
        else
            for (let tag of style.tag)
                map[tag.id] = style.class;
    }
    let { scope, all = null } = options || {};
    return {
        style: (tags) => {
            let cls = all;
            for (let tag of tags) {
                for (let sub of tag.set) {
                    let tagClass = map[sub.id];
                    if (tagClass) {
                        cls = cls ? cls + " " + tagClass : tagClass;
                        break;
                    }
                }
            }
            return cls;
        },
        scope
    };
}
function highlightTags(highlighters, tags) {
    let result = null;
    for (let highlighter of highlighters) {
        let value = highlighter.style(tags);
        if (value)
            result = result ? result + " " + value : value;
    }
    return result;
}
/**
Highlight the given [tree](#common.Tree) with the given
[highlighter](#highlight.Highlighter). Often, the higher-level
[`highlightCode`](#highlight.highlightCode) function is easier to
use.
*/
function highlightTree(tree, highlighter, 
/**
Assign styling to a region of the text. Will be called, in order
of position, for any ranges where more than zero classes apply.
`classes` is a space separated string of CSS classes.
*/
putStyle, 
/**
The start of the range to highlight.
*/
from = 0, 
/**
The end of the range.
*/
to = tree.length) {
    let builder = new HighlightBuilder(from, Array.isArray(highlighter) ? highlighter : [highlighter], putStyle);
    builder.highlightRange(tree.cursor(), from, to, "", builder.highlighters);
    builder.flush(to);
}
/**
Highlight the given tree with the given highlighter, calling
`putText` for every piece of text, either with a set of classes or
with the empty string when unstyled, and `putBreak` for every line
break.
*/
function highlightCode(code, tree, highlighter, putText, putBreak, from = 0, to = code.length) {
    let pos = from;
    function writeTo(p, classes) {
        if (p <= pos)
            return;
        for (let text = code.slice(pos, p), i = 0;;) {
            let nextBreak = text.indexOf("\n", i);
            let upto = nextBreak < 0 ? text.length : nextBreak;
            if (upto > i)
                putText(text.slice(i, upto), classes);
            if (nextBreak < 0)
                break;
            putBreak();
            i = nextBreak + 1;
        }
        pos = p;
    }
    highlightTree(tree, highlighter, (from, to, classes) => {
        writeTo(from, "");
        writeTo(to, classes);
    }, from, to);
    writeTo(to, "");
}
class HighlightBuilder {
    constructor(at, highlighters, span) {
        this.at = at;
        this.highlighters = highlighters;
        this.span = span;
        this.class = "";
    }
    startSpan(at, cls) {
        if (cls != this.class) {
            this.flush(at);
            if (at > this.at)
                this.at = at;
            this.class = cls;
        }
    }
    flush(to) {
        if (to > this.at && this.class)
            this.span(this.at, to, this.class);
    }
    highlightRange(cursor, from, to, inheritedClass, highlighters) {
        let { type, from: start, to: end } = cursor;
        if (start >= to || end <= from)
            return;
        if (type.isTop)
            highlighters = this.highlighters.filter(h => !h.scope || h.scope(type));
        let cls = inheritedClass;
        let rule = getStyleTags(cursor) || Rule.empty;
        let tagCls = highlightTags(highlighters, rule.tags);
        if (tagCls) {
            if (cls)
                cls += " ";
            cls += tagCls;
            if (rule.mode == 1 /* Mode.Inherit */)
                inheritedClass += (inheritedClass ? " " : "") + tagCls;
        }
        this.startSpan(Math.max(from, start), cls);
        if (rule.opaque)
            return;
        let mounted = cursor.tree && cursor.tree.prop(NodeProp.mounted);
        if (mounted && mounted.overlay) {
            let inner = cursor.node.enter(mounted.overlay[0].from + start, 1);
            let innerHighlighters = this.highlighters.filter(h => !h.scope || h.scope(mounted.tree.type));
            let hasChild = cursor.firstChild();
            for (let i = 0, pos = start;; i++) {
                let next = i < mounted.overlay.length ? mounted.overlay[i] : null;
                let nextPos = next ? next.from + start : end;
                let rangeFrom = Math.max(from, pos), rangeTo = Math.min(to, nextPos);
                if (rangeFrom < rangeTo && hasChild) {
                    while (cursor.from < rangeTo) {
                        this.highlightRange(cursor, rangeFrom, rangeTo, inheritedClass, highlighters);
                        this.startSpan(Math.min(rangeTo, cursor.to), cls);
                        if (cursor.to >= nextPos || !cursor.nextSibling())
                            break;
                    }
                }
                if (!next || nextPos > to)
                    break;
                pos = next.to + start;
                if (pos > from) {
                    this.highlightRange(inner.cursor(), Math.max(from, next.from + start), Math.min(to, pos), "", innerHighlighters);
                    this.startSpan(Math.min(to, pos), cls);
                }
            }
            if (hasChild)
                cursor.parent();
        }
        else if (cursor.firstChild()) {
            if (mounted)
                inheritedClass = "";
            do {
                if (cursor.to <= from)
                    continue;
                if (cursor.from >= to)
                    break;
                this.highlightRange(cursor, from, to, inheritedClass, highlighters);
                this.startSpan(Math.min(to, cursor.to), cls);
            } while (cursor.nextSibling());
            cursor.parent();
        }
    }
}
/**
Match a syntax node's [highlight rules](#highlight.styleTags). If
there's a match, return its set of tags, and whether it is
opaque (uses a `!`) or applies to all child nodes (`/...`).
*/
function getStyleTags(node) {
    let rule = node.type.prop(ruleNodeProp);
    while (rule && rule.context && !node.matchContext(rule.context))
        rule = rule.next;
    return rule || null;
}
const t = Tag.define;
const comment = t(), dist_name = t(), typeName = t(dist_name), propertyName = t(dist_name), literal = t(), string = t(literal), number = t(literal), content = t(), heading = t(content), keyword = t(), operator = t(), punctuation = t(), bracket = t(punctuation), meta = t();
/**
The default set of highlighting [tags](#highlight.Tag).

This collection is heavily biased towards programming languages,
and necessarily incomplete. A full ontology of syntactic
constructs would fill a stack of books, and be impractical to
write themes for. So try to make do with this set. If all else
fails, [open an
issue](https://code.haverbeke.berlin/codemirror/dev/issues) to propose a
new tag, or [define](#highlight.Tag^define) a local custom tag for
your use case.

Note that it is not obligatory to always attach the most specific
tag possible to an element—if your grammar can't easily
distinguish a certain type of element (such as a local variable),
it is okay to style it as its more general variant (a variable).

For tags that extend some parent tag, the documentation links to
the parent.
*/
const tags = {
    /**
    A comment.
    */
    comment,
    /**
    A line [comment](#highlight.tags.comment).
    */
    lineComment: t(comment),
    /**
    A block [comment](#highlight.tags.comment).
    */
    blockComment: t(comment),
    /**
    A documentation [comment](#highlight.tags.comment).
    */
    docComment: t(comment),
    /**
    Any kind of identifier.
    */
    name: dist_name,
    /**
    The [name](#highlight.tags.name) of a variable.
    */
    variableName: t(dist_name),
    /**
    A type [name](#highlight.tags.name).
    */
    typeName: typeName,
    /**
    A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
    */
    tagName: t(typeName),
    /**
    A property or field [name](#highlight.tags.name).
    */
    propertyName: propertyName,
    /**
    An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
    */
    attributeName: t(propertyName),
    /**
    The [name](#highlight.tags.name) of a class.
    */
    className: t(dist_name),
    /**
    A label [name](#highlight.tags.name).
    */
    labelName: t(dist_name),
    /**
    A namespace [name](#highlight.tags.name).
    */
    namespace: t(dist_name),
    /**
    The [name](#highlight.tags.name) of a macro.
    */
    macroName: t(dist_name),
    /**
    A literal value.
    */
    literal,
    /**
    A string [literal](#highlight.tags.literal).
    */
    string,
    /**
    A documentation [string](#highlight.tags.string).
    */
    docString: t(string),
    /**
    A character literal (subtag of [string](#highlight.tags.string)).
    */
    character: t(string),
    /**
    An attribute value (subtag of [string](#highlight.tags.string)).
    */
    attributeValue: t(string),
    /**
    A number [literal](#highlight.tags.literal).
    */
    number,
    /**
    An integer [number](#highlight.tags.number) literal.
    */
    integer: t(number),
    /**
    A floating-point [number](#highlight.tags.number) literal.
    */
    float: t(number),
    /**
    A boolean [literal](#highlight.tags.literal).
    */
    bool: t(literal),
    /**
    Regular expression [literal](#highlight.tags.literal).
    */
    regexp: t(literal),
    /**
    An escape [literal](#highlight.tags.literal), for example a
    backslash escape in a string.
    */
    escape: t(literal),
    /**
    A color [literal](#highlight.tags.literal).
    */
    color: t(literal),
    /**
    A URL [literal](#highlight.tags.literal).
    */
    url: t(literal),
    /**
    A language keyword.
    */
    keyword,
    /**
    The [keyword](#highlight.tags.keyword) for the self or this
    object.
    */
    self: t(keyword),
    /**
    The [keyword](#highlight.tags.keyword) for null.
    */
    null: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) denoting some atomic value.
    */
    atom: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that represents a unit.
    */
    unit: t(keyword),
    /**
    A modifier [keyword](#highlight.tags.keyword).
    */
    modifier: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that acts as an operator.
    */
    operatorKeyword: t(keyword),
    /**
    A control-flow related [keyword](#highlight.tags.keyword).
    */
    controlKeyword: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that defines something.
    */
    definitionKeyword: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) related to defining or
    interfacing with modules.
    */
    moduleKeyword: t(keyword),
    /**
    An operator.
    */
    operator,
    /**
    An [operator](#highlight.tags.operator) that dereferences something.
    */
    derefOperator: t(operator),
    /**
    Arithmetic-related [operator](#highlight.tags.operator).
    */
    arithmeticOperator: t(operator),
    /**
    Logical [operator](#highlight.tags.operator).
    */
    logicOperator: t(operator),
    /**
    Bit [operator](#highlight.tags.operator).
    */
    bitwiseOperator: t(operator),
    /**
    Comparison [operator](#highlight.tags.operator).
    */
    compareOperator: t(operator),
    /**
    [Operator](#highlight.tags.operator) that updates its operand.
    */
    updateOperator: t(operator),
    /**
    [Operator](#highlight.tags.operator) that defines something.
    */
    definitionOperator: t(operator),
    /**
    Type-related [operator](#highlight.tags.operator).
    */
    typeOperator: t(operator),
    /**
    Control-flow [operator](#highlight.tags.operator).
    */
    controlOperator: t(operator),
    /**
    Program or markup punctuation.
    */
    punctuation,
    /**
    [Punctuation](#highlight.tags.punctuation) that separates
    things.
    */
    separator: t(punctuation),
    /**
    Bracket-style [punctuation](#highlight.tags.punctuation).
    */
    bracket,
    /**
    Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
    tokens).
    */
    angleBracket: t(bracket),
    /**
    Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
    tokens).
    */
    squareBracket: t(bracket),
    /**
    Parentheses (usually `(` and `)` tokens). Subtag of
    [bracket](#highlight.tags.bracket).
    */
    paren: t(bracket),
    /**
    Braces (usually `{` and `}` tokens). Subtag of
    [bracket](#highlight.tags.bracket).
    */
    brace: t(bracket),
    /**
    Content, for example plain text in XML or markup documents.
    */
    content,
    /**
    [Content](#highlight.tags.content) that represents a heading.
    */
    heading,
    /**
    A level 1 [heading](#highlight.tags.heading).
    */
    heading1: t(heading),
    /**
    A level 2 [heading](#highlight.tags.heading).
    */
    heading2: t(heading),
    /**
    A level 3 [heading](#highlight.tags.heading).
    */
    heading3: t(heading),
    /**
    A level 4 [heading](#highlight.tags.heading).
    */
    heading4: t(heading),
    /**
    A level 5 [heading](#highlight.tags.heading).
    */
    heading5: t(heading),
    /**
    A level 6 [heading](#highlight.tags.heading).
    */
    heading6: t(heading),
    /**
    A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
    */
    contentSeparator: t(content),
    /**
    [Content](#highlight.tags.content) that represents a list.
    */
    list: t(content),
    /**
    [Content](#highlight.tags.content) that represents a quote.
    */
    quote: t(content),
    /**
    [Content](#highlight.tags.content) that is emphasized.
    */
    emphasis: t(content),
    /**
    [Content](#highlight.tags.content) that is styled strong.
    */
    strong: t(content),
    /**
    [Content](#highlight.tags.content) that is part of a link.
    */
    link: t(content),
    /**
    [Content](#highlight.tags.content) that is styled as code or
    monospace.
    */
    monospace: t(content),
    /**
    [Content](#highlight.tags.content) that has a strike-through
    style.
    */
    strikethrough: t(content),
    /**
    Inserted text in a change-tracking format.
    */
    inserted: t(),
    /**
    Deleted text.
    */
    deleted: t(),
    /**
    Changed text.
    */
    changed: t(),
    /**
    An invalid or unsyntactic element.
    */
    invalid: t(),
    /**
    Metadata or meta-instruction.
    */
    meta,
    /**
    [Metadata](#highlight.tags.meta) that applies to the entire
    document.
    */
    documentMeta: t(meta),
    /**
    [Metadata](#highlight.tags.meta) that annotates or adds
    attributes to a given syntactic element.
    */
    annotation: t(meta),
    /**
    Processing instruction or preprocessor directive. Subtag of
    [meta](#highlight.tags.meta).
    */
    processingInstruction: t(meta),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates that a
    given element is being defined. Expected to be used with the
    various [name](#highlight.tags.name) tags.
    */
    definition: Tag.defineModifier("definition"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates that
    something is constant. Mostly expected to be used with
    [variable names](#highlight.tags.variableName).
    */
    constant: Tag.defineModifier("constant"),
    /**
    [Modifier](#highlight.Tag^defineModifier) used to indicate that
    a [variable](#highlight.tags.variableName) or [property
    name](#highlight.tags.propertyName) is being called or defined
    as a function.
    */
    function: Tag.defineModifier("function"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that can be applied to
    [names](#highlight.tags.name) to indicate that they belong to
    the language's standard environment.
    */
    standard: Tag.defineModifier("standard"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates a given
    [names](#highlight.tags.name) is local to some scope.
    */
    local: Tag.defineModifier("local"),
    /**
    A generic variant [modifier](#highlight.Tag^defineModifier) that
    can be used to tag language-specific alternative variants of
    some common tag. It is recommended for themes to define special
    forms of at least the [string](#highlight.tags.string) and
    [variable name](#highlight.tags.variableName) tags, since those
    come up a lot.
    */
    special: Tag.defineModifier("special")
};
for (let name in tags) {
    let val = tags[name];
    if (val instanceof Tag)
        val.name = name;
}
/**
This is a highlighter that adds stable, predictable classes to
tokens, for styling with external CSS.

The following tags are mapped to their name prefixed with `"tok-"`
(for example `"tok-comment"`):

* [`link`](#highlight.tags.link)
* [`heading`](#highlight.tags.heading)
* [`emphasis`](#highlight.tags.emphasis)
* [`strong`](#highlight.tags.strong)
* [`keyword`](#highlight.tags.keyword)
* [`atom`](#highlight.tags.atom)
* [`bool`](#highlight.tags.bool)
* [`url`](#highlight.tags.url)
* [`labelName`](#highlight.tags.labelName)
* [`inserted`](#highlight.tags.inserted)
* [`deleted`](#highlight.tags.deleted)
* [`literal`](#highlight.tags.literal)
* [`string`](#highlight.tags.string)
* [`number`](#highlight.tags.number)
* [`variableName`](#highlight.tags.variableName)
* [`typeName`](#highlight.tags.typeName)
* [`namespace`](#highlight.tags.namespace)
* [`className`](#highlight.tags.className)
* [`macroName`](#highlight.tags.macroName)
* [`propertyName`](#highlight.tags.propertyName)
* [`operator`](#highlight.tags.operator)
* [`comment`](#highlight.tags.comment)
* [`meta`](#highlight.tags.meta)
* [`punctuation`](#highlight.tags.punctuation)
* [`invalid`](#highlight.tags.invalid)

In addition, these mappings are provided:

* [`regexp`](#highlight.tags.regexp),
  [`escape`](#highlight.tags.escape), and
  [`special`](#highlight.tags.special)[`(string)`](#highlight.tags.string)
  are mapped to `"tok-string2"`
* [`special`](#highlight.tags.special)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName2"`
* [`local`](#highlight.tags.local)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName tok-local"`
* [`definition`](#highlight.tags.definition)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName tok-definition"`
* [`definition`](#highlight.tags.definition)[`(propertyName)`](#highlight.tags.propertyName)
  to `"tok-propertyName tok-definition"`
*/
const classHighlighter = tagHighlighter([
    { tag: tags.link, class: "tok-link" },
    { tag: tags.heading, class: "tok-heading" },
    { tag: tags.emphasis, class: "tok-emphasis" },
    { tag: tags.strong, class: "tok-strong" },
    { tag: tags.keyword, class: "tok-keyword" },
    { tag: tags.atom, class: "tok-atom" },
    { tag: tags.bool, class: "tok-bool" },
    { tag: tags.url, class: "tok-url" },
    { tag: tags.labelName, class: "tok-labelName" },
    { tag: tags.inserted, class: "tok-inserted" },
    { tag: tags.deleted, class: "tok-deleted" },
    { tag: tags.literal, class: "tok-literal" },
    { tag: tags.string, class: "tok-string" },
    { tag: tags.number, class: "tok-number" },
    { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
    { tag: tags.variableName, class: "tok-variableName" },
    { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
    { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
    { tag: tags.special(tags.variableName), class: "tok-variableName2" },
    { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
    { tag: tags.typeName, class: "tok-typeName" },
    { tag: tags.namespace, class: "tok-namespace" },
    { tag: tags.className, class: "tok-className" },
    { tag: tags.macroName, class: "tok-macroName" },
    { tag: tags.propertyName, class: "tok-propertyName" },
    { tag: tags.operator, class: "tok-operator" },
    { tag: tags.comment, class: "tok-comment" },
    { tag: tags.meta, class: "tok-meta" },
    { tag: tags.invalid, class: "tok-invalid" },
    { tag: tags.punctuation, class: "tok-punctuation" }
]);



;// CONCATENATED MODULE: ./node_modules/@prometheus-io/lezer-promql/dist/index.es.js



// This file was generated by lezer-generator. You probably shouldn't edit it.
const inf$1 = 188,
  nan$1 = 189,
  Bool$1 = 1,
  Ignoring$1 = 2,
  On$1 = 3,
  GroupLeft$1 = 4,
  GroupRight$1 = 5,
  Offset$1 = 6,
  Atan2$1 = 7,
  Avg$1 = 8,
  Bottomk$1 = 9,
  Count$1 = 10,
  CountValues$1 = 11,
  Group$1 = 12,
  Max$1 = 13,
  Min$1 = 14,
  Quantile$1 = 15,
  LimitK$1 = 16,
  LimitRatio$1 = 17,
  Stddev$1 = 18,
  Stdvar$1 = 19,
  Sum$1 = 20,
  Topk$1 = 21,
  By$1 = 22,
  Without$1 = 23,
  And$1 = 24,
  Or$1 = 25,
  Unless$1 = 26,
  StartFn$1 = 27,
  EndFn$1 = 28,
  AtStart$1 = 29,
  AtEnd$1 = 30,
  Smoothed$1 = 31,
  Anchored$1 = 32,
  Fill$1 = 33,
  FillLeft$1 = 34,
  FillRight$1 = 35;

// Copyright The Prometheus Authors
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
// http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.


const keywordTokens = {
  inf: inf$1,
  nan: nan$1,
  bool: Bool$1,
  ignoring: Ignoring$1,
  on: On$1,
  group_left: GroupLeft$1,
  group_right: GroupRight$1,
  offset: Offset$1,
};

const specializeIdentifier = (value, stack) => {
  return keywordTokens[value.toLowerCase()] || -1;
};

const contextualKeywordTokens = {
  avg: Avg$1,
  atan2: Atan2$1,
  bottomk: Bottomk$1,
  count: Count$1,
  count_values: CountValues$1,
  group: Group$1,
  max: Max$1,
  min: Min$1,
  quantile: Quantile$1,
  limitk: LimitK$1,
  limit_ratio: LimitRatio$1,
  stddev: Stddev$1,
  stdvar: Stdvar$1,
  sum: Sum$1,
  topk: Topk$1,
  by: By$1,
  without: Without$1,
  and: And$1,
  or: Or$1,
  unless: Unless$1,
  smoothed: Smoothed$1,
  anchored: Anchored$1,
  fill: Fill$1,
  fill_left: FillLeft$1,
  fill_right: FillRight$1,
};

const extendIdentifier = (value, stack) => {
  if (value === "start" && stack.canShift(StartFn$1)) {
    return StartFn$1;
  }
  if (value === "end" && stack.canShift(EndFn$1)) {
    return EndFn$1;
  }
  if (value.toLowerCase() === "start" && stack.canShift(AtStart$1)) {
    return AtStart$1;
  }
  if (value.toLowerCase() === "end" && stack.canShift(AtEnd$1)) {
    return AtEnd$1;
  }

  const token = contextualKeywordTokens[value.toLowerCase()];
  if (token !== undefined && stack.canShift(token)) {
    return token;
  }

  return -1;
};

// Copyright The Prometheus Authors
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
// http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.


const promQLHighLight = styleTags({
    LineComment: tags.comment,
    LabelName: tags.labelName,
    StringLiteral: tags.string,
    NumberDurationLiteral: tags.number,
    NumberDurationLiteralInDurationContext: tags.number,
    Identifier: tags.variableName,
    'Abs Absent AbsentOverTime Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv EndFn Exp Floor HistogramAvg HistogramCount HistogramFraction HistogramQuantile HistogramSum DoubleExponentialSmoothing Hour Idelta Increase Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MaxOverTime MinOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Range Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc Sqrt StartFn Step StddevOverTime StdvarOverTime SumOverTime Tan Tanh Time Timestamp Vector Year':
        tags.function(tags.variableName),
    'Avg Bottomk Count Count_values Group LimitK LimitRatio Max Min Quantile Stddev Stdvar Sum Topk': tags.operatorKeyword,
    'AtModifierPreprocessors By Without Bool On Ignoring GroupLeft GroupRight Offset Smoothed Anchored': tags.modifier,
    'DurationExpr/DurationStep DurationExpr/DurationRange DurationExpr/DurationMinOf DurationExpr/DurationMaxOf OffsetDurationExpr/DurationStep OffsetDurationExpr/DurationRange OffsetDurationExpr/DurationMinOf OffsetDurationExpr/DurationMaxOf': tags.function(tags.variableName),
    'And Unless Or': tags.logicOperator,
    'Sub Add Mul Mod Div Atan2 Eql Neq Lte Lss Gte Gtr EqlRegex EqlSingle NeqRegex Pow At': tags.operator,
    UnaryOp: tags.arithmeticOperator,
    '( )': tags.paren,
    '[ ]': tags.squareBracket,
    '{ }': tags.brace,
    '⚠': tags.invalid,
});

// This file was generated by lezer-generator. You probably shouldn't edit it.
const spec_Identifier = {__proto__:null,absent_over_time:401, absent:403, abs:405, acos:407, acosh:409, asin:411, asinh:413, atan:415, atanh:417, avg_over_time:419, ceil:421, changes:423, clamp:425, clamp_max:427, clamp_min:429, cos:431, cosh:433, count_over_time:435, days_in_month:437, day_of_month:439, day_of_week:441, day_of_year:443, deg:445, delta:447, deriv:449, exp:451, first_over_time:453, floor:455, histogram_count:457, histogram_fraction:459, histogram_quantile:461, histogram_quantiles:463, histogram_stddev:465, histogram_stdvar:467, histogram_sum:469, histogram_avg:471, double_exponential_smoothing:473, hour:475, idelta:477, increase:479, info:481, irate:483, label_replace:485, label_join:487, last_over_time:489, ln:491, log10:493, log2:495, mad_over_time:497, max_over_time:499, min_over_time:501, ts_of_first_over_time:503, ts_of_max_over_time:505, ts_of_min_over_time:507, ts_of_last_over_time:509, minute:511, month:513, pi:515, predict_linear:517, present_over_time:519, quantile_over_time:521, rad:523, rate:525, resets:527, round:529, scalar:531, sgn:533, sin:535, sinh:537, sort:539, sort_desc:541, sort_by_label:543, sort_by_label_desc:545, start_timestamp:547, range:549, step:551, sqrt:553, stddev_over_time:555, stdvar_over_time:557, sum_over_time:559, tan:561, tanh:563, timestamp:565, time:567, vector:569, year:571, min_of:575, max_of:577};
const parser = LRParser.deserialize({
  version: 14,
  states: "BnOYQPOOO(gQPOOOOQO'#DT'#DTO(lQPO'#DSOOQO'#Db'#DbO(wQPO'#FqQ0_QQOOOOQO'#Ds'#DsO(rQPO'#DrOYQPO'#F{OYQPO'#F}O1xQSO'#GPO2TQQO'#GOOOQO'#GO'#GOOOQO'#Gd'#GdOOQO'#Dt'#DtOOQO'#Dv'#DvOOQO'#Dw'#DwOOQO'#Dx'#DxOOQO'#Dy'#DyOOQO'#Dz'#DzOOQO'#D{'#D{OOQO'#D|'#D|OOQO'#D}'#D}OOQO'#EO'#EOOOQO'#EP'#EPOOQO'#EQ'#EQOOQO'#ER'#EROOQO'#ES'#ESOOQO'#ET'#ETOOQO'#EU'#EUOOQO'#EV'#EVOOQO'#EW'#EWOOQO'#EX'#EXOOQO'#EY'#EYOOQO'#EZ'#EZOOQO'#E['#E[OOQO'#E]'#E]OOQO'#E^'#E^OOQO'#E_'#E_OOQO'#E`'#E`OOQO'#Ea'#EaOOQO'#Eb'#EbOOQO'#Ec'#EcOOQO'#Ed'#EdOOQO'#Ee'#EeOOQO'#Ef'#EfOOQO'#Eg'#EgOOQO'#Eh'#EhOOQO'#Ei'#EiOOQO'#Ej'#EjOOQO'#Ek'#EkOOQO'#El'#ElOOQO'#Em'#EmOOQO'#En'#EnOOQO'#Eo'#EoOOQO'#Ep'#EpOOQO'#Eq'#EqOOQO'#Er'#ErOOQO'#Es'#EsOOQO'#Et'#EtOOQO'#Eu'#EuOOQO'#Ev'#EvOOQO'#Ew'#EwOOQO'#Ex'#ExOOQO'#Ey'#EyOOQO'#Ez'#EzOOQO'#E{'#E{OOQO'#E|'#E|OOQO'#E}'#E}OOQO'#FO'#FOOOQO'#FP'#FPOOQO'#FQ'#FQOOQO'#FR'#FROOQO'#FS'#FSOOQO'#FT'#FTOOQO'#FU'#FUOOQO'#FV'#FVOOQO'#FW'#FWOOQO'#FX'#FXOOQO'#FY'#FYOOQO'#FZ'#FZOOQO'#F['#F[OOQO'#F]'#F]OOQO'#F^'#F^OOQO'#F_'#F_OOQO'#F`'#F`OOQO'#Fa'#FaOOQO'#Fb'#FbOOQO'#Fc'#FcOOQO'#Fd'#FdOOQO'#Fe'#FeOOQO'#Ff'#FfOOQO'#Fg'#FgOOQO'#Fh'#FhOOQO'#Fi'#FiOOQO'#Fj'#FjOOQO'#Fk'#FkOOQO'#Fl'#FlOOQO'#Fm'#FmOOQO'#Fn'#FnQOQPOOO3zQPO'#DUO4PQPO'#DZO(rQPO,59nO4WQQO,59nOOQO,59|,59|O6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO=qQPO,5<ZO>cQPO,5<cOOQO,5<e,5<eOOQO,5<f,5<fO?fQPO,5<rOOQO,5:^,5:^O?pQQO,5<gO?wQQO,5<iOOQO'#DX'#DXOAkQPO'#GQOAyQPO,5<kOOQO,5<k,5<kOBVQPO,5<kOOQO,5<j,5<jOB_QSO'#DVOOQO,59p,59pOOQO,59u,59uOBjQQO,59uOOQO1G/Y1G/YOOQO'#D^'#D^O3zQPO'#D_OBtQPO'#DaOByQPO'#DcOCOQPO'#DdOOQO'#D`'#D`OJbQPO'#D`OJiQPO'#D`OOQO'#Gh'#GhOJpQPO'#GhO!$WQPO'#GhOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOOQO'#Fq'#FqOOQO'#Fv'#FvO!$bQSO1G1uO=qQPO'#FpOOQO'#Fr'#FrOOQO'#Fs'#FsOOQO'#Ft'#FtOOQO'#Fu'#FuO!$|QPO'#FpO!%RQPO'#FpO=qQPO'#FpOOQO'#Fp'#FpO>cQPO'#FxOOQO1G1}1G1}O!%WQPO'#FxO!%]QPO'#FxO=qQPO'#FxOOQO'#Fx'#FxO!%bQPO'#DbOOQO'#GY'#GYOOQO1G2^1G2^O!%mQPO1G2^OOQO1G2R1G2ROOQO'#GR'#GRO!%rQPO,5<lO!%wQPO,5<qO!%|QSO1G2VO!&XQPO1G2VOOQO1G2V1G2VOOQO,59q,59qO!&aQPO,59qOYQPO'#G]O!&iQPO1G/aOOQO1G/a1G/aO!&qQPO,59yO?TQPO,59{O?TQPO,59}O?TQPO,5:OOOQO,59z,59zOOQO,5=S,5=SO!._QPO,5=SO!7]QQO7+$|O!7mQQO7+$|O!9XQQO7+$|O!9uQQO7+$|O!;jQQO7+$|O=qQPO,5<[O=qQPO,5<[OOQO7+'a7+'aO!<ZQPO7+'nO!<vQSO,5<[O!=QQPO,5<[O=qQPO,5<[O!=kQQO,5<[OOQO,5<d,5<dO!=rQPO,5<dO=qQPO,5<dO!=wQQO,5<dO!>OQPO7+'xOOQO1G2W1G2WOOQO1G2]1G2]O!>TQPO,5<xOOQO,5<x,5<xOOQO7+'q7+'qO!>iQSO7+'qOOQO-E:[-E:[O!>tQSO1G/]O!?PQPO1G/]OOQO1G/]1G/]O!?XQQO,5<wOOQO-E:Z-E:ZOOQO7+${7+${O!?cQPO1G/eO!FyQPO1G/gO!GOQPO1G/iO!GTQPO1G/jOOQO1G2n1G2nO!GnQSO1G1vO!GxQSO1G1vO!HdQQO<<KYOOQO<<KY<<KYOOQO1G1v1G1vO!HkQQO1G1vO!HrQQO,5<[OOQO1G2O1G2OO!IPQQO1G2OOOQO<<Kd<<KdOOQO<<K]<<K]P!IWQSO'#G^OOQO,5<v,5<vOOQO7+$w7+$wO!I`QSO7+$wOOQO-E:Y-E:YOOQO7+%P7+%POOQO7+%R7+%ROOQO7+%T7+%TOOQO7+%U7+%UOOQOAN@tAN@tO=qQPO7+'bO!IkQQO1G1vO!IxQQO1G1vO=qQPO7+'jOOQO<<Hc<<HcP!JgQSO'#G[O!JoQQO<<J|O!JvQQO<<KUOOQOAN@hAN@hOOQOAN@pAN@pO=qQPO'#FpO=qQPO,5<[O=qQPO,5<[",
  stateData: "!J}~O%VOStOS~OWQOXQOYQOZQO[QO]QO^QO_QO`QOaQObQOcQOdQOeQOkVOlVO|^O!i[O%SSO%TSO%XXO%]TO%^TO%_SO%`_O%a`O%baO%cbO%dcO%edO%feO%gfO%hgO%ihO%jiO%kjO%lkO%mlO%nmO%onO%poO%qpO%rqO%srO%tsO%utO%vuO%wvO%xwO%yxO%zyO%{zO%|{O%}|O&O}O&P!OO&Q!PO&R!QO&S!RO&T!SO&U!TO&V!UO&W!VO&X!WO&Y!XO&Z!YO&[!ZO&]![O&^!]O&_!^O&`!_O&a!`O&b!aO&c!bO&d!cO&e!dO&f!eO&g!fO&h!gO&i!hO&j!iO&k!jO&l!kO&m!lO&n!mO&o!nO&p!oO&q!pO&r!qO&s!rO&t!sO&u!tO&v!uO&w!vO&x!wO&y!xO&z!yO&{!zO&|!{O&}!|O'O!}O'P#OO'Q#PO'R#QO'S#RO'T#SO'U#TO'V#UO'W#VO'X#WO'_ZO~O!i#XO~Of#YOg#YO%X#ZO~O%S#^O%T#^O%_#^OW$eXX$eXY$eXZ$eX[$eX]$eX^$eX_$eX`$eXa$eXb$eXc$eXd$eXe$eXk$eXl$eX|$eX!i$eX%S$eX%T$eX%X$eX%]$eX%^$eX%_$eX%`$eX%a$eX%b$eX%c$eX%d$eX%e$eX%f$eX%g$eX%h$eX%i$eX%j$eX%k$eX%l$eX%m$eX%n$eX%o$eX%p$eX%q$eX%r$eX%s$eX%t$eX%u$eX%v$eX%w$eX%x$eX%y$eX%z$eX%{$eX%|$eX%}$eX&O$eX&P$eX&Q$eX&R$eX&S$eX&T$eX&U$eX&V$eX&W$eX&X$eX&Y$eX&Z$eX&[$eX&]$eX&^$eX&_$eX&`$eX&a$eX&b$eX&c$eX&d$eX&e$eX&f$eX&g$eX&h$eX&i$eX&j$eX&k$eX&l$eX&m$eX&n$eX&o$eX&p$eX&q$eX&r$eX&s$eX&t$eX&u$eX&v$eX&w$eX&x$eX&y$eX&z$eX&{$eX&|$eX&}$eX'O$eX'P$eX'Q$eX'R$eX'S$eX'T$eX'U$eX'V$eX'W$eX'X$eX'_$eX~OU#eOV#_Oh#bOi#cOj#bOo#gOp#fO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO${#hO'Y#dO~Oz#mO|#lO'`#oO~O'_ZOU$rXV$rXh$rXi$rXj$rXo$rXp$rX!P$rX!X$rX!Y$rX!Z$rX![$rX!]$rX!^$rX!_$rX!`$rX!a$rX!b$rX!c$rX!d$rX!e$rX${$rX%R$rX'Y$rX%Z$rX%Y$rX~O%X#rO~O%Z#tO~PYOf#YOg#YOUvaVvahvaivajvaovapva!Pva!Xva!Yva!Zva![va!]va!^va!_va!`va!ava!bva!cva!dva!eva${va%Rva'Yva%Zva%Yva~OP#wOQ#xOR#xOq#yOr#zOs#{OW%[PX%[PY%[PZ%[P[%[P]%[P^%[P_%[P`%[Pa%[Pb%[Pc%[Pd%[Pe%[Pk%[Pl%[P|%[P!i%[P%S%[P%T%[P%X%[P%]%[P%^%[P%_%[P%`%[P%a%[P%b%[P%c%[P%d%[P%e%[P%f%[P%g%[P%h%[P%i%[P%j%[P%k%[P%l%[P%m%[P%n%[P%o%[P%p%[P%q%[P%r%[P%s%[P%t%[P%u%[P%v%[P%w%[P%x%[P%y%[P%z%[P%{%[P%|%[P%}%[P&O%[P&P%[P&Q%[P&R%[P&S%[P&T%[P&U%[P&V%[P&W%[P&X%[P&Y%[P&Z%[P&[%[P&]%[P&^%[P&_%[P&`%[P&a%[P&b%[P&c%[P&d%[P&e%[P&f%[P&g%[P&h%[P&i%[P&j%[P&k%[P&l%[P&m%[P&n%[P&o%[P&p%[P&q%[P&r%[P&s%[P&t%[P&u%[P&v%[P&w%[P&x%[P&y%[P&z%[P&{%[P&|%[P&}%[P'O%[P'P%[P'Q%[P'R%[P'S%[P'T%[P'U%[P'V%[P'W%[P'X%[P'_%[P~O%S$YO%T$YO%X$cO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%S$YO%T$YO%X$iO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%SSO%TSO%]$kO%^$kO%_SO~Om$lOn$lO~P?TO%Z$oO~P0_O!P#_OU$qaV$qah$qai$qaj$qao$qap$qa!X$qa!Y$qa!Z$qa![$qa!]$qa!^$qa!_$qa!`$qa!a$qa!b$qa!c$qa!d$qa!e$qa${$qa%R$qa'Y$qa%Z$qa%Y$qa~O!e$pO$v$pO$w$pO$x$pO~O!e$pO$v$pO$w$pO$x$pO%Y$sO'`$uO~Oz$wO|#lO%Z$vO~O%Y$xO%Z$zO~P0_O%X$|O~O%X$}O~O%X%OO~OW!SXX!SXY!SXZ!SX[!SX]!SX^!SX_!SX`!SXa!SXb!SXc!SXd!SXe!SXk!SXl!SX|!SX!i!SX%S!SX%T!SX%X!SX%]!SX%^!SX%_!SX%`!SX%a!SX%b!SX%c!SX%d!SX%e!SX%f!SX%g!SX%h!SX%i!SX%j!SX%k!SX%l!SX%m!SX%n!SX%o!SX%p!SX%q!SX%r!SX%s!SX%t!SX%u!SX%v!SX%w!SX%x!SX%y!SX%z!SX%{!SX%|!SX%}!SX&O!SX&P!SX&Q!SX&R!SX&S!SX&T!SX&U!SX&V!SX&W!SX&X!SX&Y!SX&Z!SX&[!SX&]!SX&^!SX&_!SX&`!SX&a!SX&b!SX&c!SX&d!SX&e!SX&f!SX&g!SX&h!SX&i!SX&j!SX&k!SX&l!SX&m!SX&n!SX&o!SX&p!SX&q!SX&r!SX&s!SX&t!SX&u!SX&v!SX&w!SX&x!SX&y!SX&z!SX&{!SX&|!SX&}!SX'O!SX'P!SX'Q!SX'R!SX'S!SX'T!SX'U!SX'V!SX'W!SX'X!SX'_!SX~Os#{O~PCTOr#zO~PCTOq#yOr#zOs#{OW%[XX%[XY%[XZ%[X[%[X]%[X^%[X_%[X`%[Xa%[Xb%[Xc%[Xd%[Xe%[Xk%[Xl%[X|%[X!i%[X%S%[X%T%[X%X%[X%]%[X%^%[X%_%[X%`%[X%a%[X%b%[X%c%[X%d%[X%e%[X%f%[X%g%[X%h%[X%i%[X%j%[X%k%[X%l%[X%m%[X%n%[X%o%[X%p%[X%q%[X%r%[X%s%[X%t%[X%u%[X%v%[X%w%[X%x%[X%y%[X%z%[X%{%[X%|%[X%}%[X&O%[X&P%[X&Q%[X&R%[X&S%[X&T%[X&U%[X&V%[X&W%[X&X%[X&Y%[X&Z%[X&[%[X&]%[X&^%[X&_%[X&`%[X&a%[X&b%[X&c%[X&d%[X&e%[X&f%[X&g%[X&h%[X&i%[X&j%[X&k%[X&l%[X&m%[X&n%[X&o%[X&p%[X&q%[X&r%[X&s%[X&t%[X&u%[X&v%[X&w%[X&x%[X&y%[X&z%[X&{%[X&|%[X&}%[X'O%[X'P%[X'Q%[X'R%[X'S%[X'T%[X'U%[X'V%[X'W%[X'X%[X'_%[X~OQ#xOR#xO~PJpO!P%XO!X%XO!Y%XO!Z%XO![%YO!]%YO']%ZO'^%[O~O%X%^O~O%X%_O~O%X%bO~O%X%cO~O%S#^O%T#^O%_#^O~O%X%eO~O|%fO~O|%gO~Oz#mO|#lO'`%jO~O%Y%kO'`%jO~O%Y%mO%Z%oO~O%Y$xO%Z%rO~OS%sOT%sOW!RaX!RaY!RaZ!Ra[!Ra]!Ra^!Ra_!Ra`!Raa!Rab!Rac!Rad!Rae!Rak!Ral!Raq!Rar!Ras!Ra|!Ra!i!Ra%S!Ra%T!Ra%X!Ra%]!Ra%^!Ra%_!Ra%`!Ra%a!Ra%b!Ra%c!Ra%d!Ra%e!Ra%f!Ra%g!Ra%h!Ra%i!Ra%j!Ra%k!Ra%l!Ra%m!Ra%n!Ra%o!Ra%p!Ra%q!Ra%r!Ra%s!Ra%t!Ra%u!Ra%v!Ra%w!Ra%x!Ra%y!Ra%z!Ra%{!Ra%|!Ra%}!Ra&O!Ra&P!Ra&Q!Ra&R!Ra&S!Ra&T!Ra&U!Ra&V!Ra&W!Ra&X!Ra&Y!Ra&Z!Ra&[!Ra&]!Ra&^!Ra&_!Ra&`!Ra&a!Ra&b!Ra&c!Ra&d!Ra&e!Ra&f!Ra&g!Ra&h!Ra&i!Ra&j!Ra&k!Ra&l!Ra&m!Ra&n!Ra&o!Ra&p!Ra&q!Ra&r!Ra&s!Ra&t!Ra&u!Ra&v!Ra&w!Ra&x!Ra&y!Ra&z!Ra&{!Ra&|!Ra&}!Ra'O!Ra'P!Ra'Q!Ra'R!Ra'S!Ra'T!Ra'U!Ra'V!Ra'W!Ra'X!Ra'_!Ra~Oq#yOr#zOs#{OW%[aX%[aY%[aZ%[a[%[a]%[a^%[a_%[a`%[aa%[ab%[ac%[ad%[ae%[ak%[al%[a|%[a!i%[a%S%[a%T%[a%X%[a%]%[a%^%[a%_%[a%`%[a%a%[a%b%[a%c%[a%d%[a%e%[a%f%[a%g%[a%h%[a%i%[a%j%[a%k%[a%l%[a%m%[a%n%[a%o%[a%p%[a%q%[a%r%[a%s%[a%t%[a%u%[a%v%[a%w%[a%x%[a%y%[a%z%[a%{%[a%|%[a%}%[a&O%[a&P%[a&Q%[a&R%[a&S%[a&T%[a&U%[a&V%[a&W%[a&X%[a&Y%[a&Z%[a&[%[a&]%[a&^%[a&_%[a&`%[a&a%[a&b%[a&c%[a&d%[a&e%[a&f%[a&g%[a&h%[a&i%[a&j%[a&k%[a&l%[a&m%[a&n%[a&o%[a&p%[a&q%[a&r%[a&s%[a&t%[a&u%[a&v%[a&w%[a&x%[a&y%[a&z%[a&{%[a&|%[a&}%[a'O%[a'P%[a'Q%[a'R%[a'S%[a'T%[a'U%[a'V%[a'W%[a'X%[a'_%[a~O!P#_OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq![!Oq!]!Oq!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~OV!Oq!X!Oq!Y!Oq!Z!Oq~P!5uOV#_O!X#_O!Y#_O!Z#_O~P!5uOV#_O!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~O!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq~P!7}O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~P!7}OV#_Oh#bOj#bO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~OU!Oqi!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~P!:cO']%{O~P=qO!X$da!Y$da!Z$da![$da!]$da']$da~O!P%XO'^$da~P!<bO%Z%|O~O!P&jO!X&jO!Y&jO!Z&jO![&kO!]&kO~O%Z%|O~P!=VO%Z&PO~O%Z&PO~P!=VO%Z&RO~O!e$pO$v$pO$w$pO$x$pO%Y%Qa'`%Qa~Oz#mO|#lO'`&SO~Oz&UO|#lO%Z&VO~O%Y&WO%Z&VO~O%Y%Pa%Z%Pa~P0_O%X#rOW!RiX!RiY!RiZ!Ri[!Ri]!Ri^!Ri_!Ri`!Ria!Rib!Ric!Rid!Rie!Rik!Ril!Riq!Rir!Ris!Ri|!Ri!i!Ri%S!Ri%T!Ri%]!Ri%^!Ri%_!Ri%`!Ri%a!Ri%b!Ri%c!Ri%d!Ri%e!Ri%f!Ri%g!Ri%h!Ri%i!Ri%j!Ri%k!Ri%l!Ri%m!Ri%n!Ri%o!Ri%p!Ri%q!Ri%r!Ri%s!Ri%t!Ri%u!Ri%v!Ri%w!Ri%x!Ri%y!Ri%z!Ri%{!Ri%|!Ri%}!Ri&O!Ri&P!Ri&Q!Ri&R!Ri&S!Ri&T!Ri&U!Ri&V!Ri&W!Ri&X!Ri&Y!Ri&Z!Ri&[!Ri&]!Ri&^!Ri&_!Ri&`!Ri&a!Ri&b!Ri&c!Ri&d!Ri&e!Ri&f!Ri&g!Ri&h!Ri&i!Ri&j!Ri&k!Ri&l!Ri&m!Ri&n!Ri&o!Ri&p!Ri&q!Ri&r!Ri&s!Ri&t!Ri&u!Ri&v!Ri&w!Ri&x!Ri&y!Ri&z!Ri&{!Ri&|!Ri&}!Ri'O!Ri'P!Ri'Q!Ri'R!Ri'S!Ri'T!Ri'U!Ri'V!Ri'W!Ri'X!Ri'_!Ri~O%Z&ZO~O%Z&[O~O%Z&]O~O!X$di!Y$di!Z$di![$di!]$di']$di~O!P%XO'^$di~P!GYO!P%XO!X%XO!Y%XO!Z%XO![$di!]$di']$di'^$di~O']&^O~P!=VO%Y&_O~P!=VO!P&jO%Z$da%Y$da~P!<bO%Y&bO~P!=VOz#mO|#lO~Oz&UO|#lO%Z&cO~O!P&jO%Z$di%Y$di~P!GYO!P&jO!X&jO!Y&jO!Z&jO![$di!]$di%Z$di']$di%Y$di~Oz&UO|#lO~O%Z&gO~P!=VO%Z&hO~P!=VO",
  goto: ".b%]PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP%^%j%v%|P&VP&g%^P&p&w'R'a'k(T(bPPPPPPPPPPPPP%^(o({P({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({%^)X*T*w*w+]+]+q%^,V%^%^%^%^%^%^,],l,tPPP,l%^P,{P-O-U-[PPPPP-cPPP.Re^OXY#Z$S$T$U$V$W$xeROXY#Z$S$T$U$V$W$xQ#[RR#v#]Q#s#YQ${#xR&Y%sQ#nZQ$w#rU%h$s%k&TV&U%m&W&dQ#]RQ#iWR#v#[Z$R#_#`#a#b#cY$Q#_#`#a#b#cR%R$RY$P#_#`#a#b#cS%Q$Q$RR%w%Ra#|#_#`#a#b#c$Q$R%Rd^OXY#Z$S$T$U$V$W$xQ$m#hQ%t$|Q%u$}R%v%O`#}#_#`#a#b#c$Q$R%RR%P$O`$O#_#`#a#b#c$Q$R%RR%P#}eWOXY#Z$S$T$U$V$W$xeVOXY#Z$S$T$U$V$W$xQ$Z#dQ%]$[Q%`$cQ%d$iQ%x%XQ%y%YQ%z%[Q%}%_Q&O&iQ&Q%cQ&`&jQ&a&kQ&e&_R&f&bdYOXY#Z$S$T$U$V$W$xW$[#d$[%X%YS$e#e$ee&i$c$i%[%_%c&_&b&i&j&kl$a#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$g#e$el$b#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$h#e$el$d#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$j#e$eQ$f#eR%a$ed]OXY#Z$S$T$U$V$W$xR#q[Q#pZV%i$s%k&TQ$q#mT$r#n%hR$n#hQ%n$wR&X%nQ$y#uR%q$yS$t#n#pR%l$tQUOQ#jXQ#kYQ#u#ZQ%S$SQ%T$TQ%U$UQ%V$VQ%W$WR%p$xQ$S#_Q$T#`Q$U#aQ$V#bR$W#c",
  nodeNames: "⚠ Bool Ignoring On GroupLeft GroupRight Offset Atan2 Avg Bottomk Count CountValues Group Max Min Quantile LimitK LimitRatio Stddev Stdvar Sum Topk By Without And Or Unless StartFn EndFn AtStart AtEnd Smoothed Anchored Fill FillLeft FillRight LineComment PromQL AggregateExpr AggregateOp AggregateModifier GroupingLabels LabelName QuotedLabelName StringLiteral FunctionCallBody BinaryExpr Pow BoolModifier MatchingModifierClause FillModifier FillClause NumberDurationLiteral FillLeftClause FillRightClause Mul Div Mod Add Sub Eql Gte Gtr TrimUpper TrimLower Lte Lss Neq FunctionCall FunctionIdentifier AbsentOverTime Identifier Absent Abs Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv Exp FirstOverTime Floor HistogramCount HistogramFraction HistogramQuantile HistogramQuantiles HistogramStdDev HistogramStdVar HistogramSum HistogramAvg DoubleExponentialSmoothing Hour Idelta Increase Info Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MadOverTime MaxOverTime MinOverTime TsOfFirstOverTime TsOfMaxOverTime TsOfMinOverTime TsOfLastOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc StartTimestamp Range Step Sqrt StddevOverTime StdvarOverTime SumOverTime Tan Tanh Timestamp Time Vector Year MatrixSelector DurationExpr UnaryOp DurationStep DurationRange DurationMinOf DurationMaxOf NumberDurationLiteralInDurationContext OffsetExpr OffsetDurationExpr AnchoredExpr SmoothedExpr ParenExpr SubqueryExpr UnaryExpr VectorSelector LabelMatchers UnquotedLabelMatcher MatchOp EqlSingle EqlRegex NeqRegex QuotedLabelMatcher StepInvariantExpr At AtModifierPreprocessors MetricName",
  maxTerm: 292,
  nodeProps: [
    ["group", -14,38,44,46,52,68,157,165,167,168,169,170,171,172,180,"Expr"]
  ],
  propSources: [promQLHighLight],
  skippedNodes: [0,36],
  repeatNodeCount: 3,
  tokenData: "4{~RwX^#lpq#lqr$ars$tst&luv'Twx'Yxy({yz)Qz{)V{|)[|})c}!O)h!O!P)o!P!Q*u!Q!R*z!R![+u![!]1O!^!_1z!_!`2a!`!a2v!b!c3]!c!}3b!}#O3x#P#Q3}#Q#R4S#R#S3b#S#T4X#T#o3b#o#p4q#q#r4v#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~#qY%V~X^#lpq#l#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~$dQ!_!`$j#r#s$o~$oO!e~~$tO$x~~$yW|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f<%lO$t~%hO|~~%kRO;'S$t;'S;=`%t;=`O$t~%yX|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f;=`<%l$t<%lO$t~&iP;=`<%l$t~&qSt~OY&lZ;'S&l;'S;=`&}<%lO&l~'QP;=`<%l&l~'YO!Z~~'_W|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u<%lO'Y~'zRO;'S'Y;'S;=`(T;=`O'Y~(YX|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u;=`<%l'Y<%lO'Y~(xP;=`<%l'Y~)QO%X~~)VO%Z~~)[O!X~V)cO%^P![U~)hO%Y~V)oO%]P!]U~)rP!Q![)u~)zS%_~!Q![)u!g!h*W#R#S)o#X#Y*W~*ZR{|*d}!O*d!Q![*j~*gP!Q![*j~*oQ%_~!Q![*j#R#S*d~*zO!Y~~+P[%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#l#m0d#m#n/u~+zZ%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#m#n/u~,pP!Q![,s~,xT%_~!O!P)o!Q![,s!g!h*W#R#S,m#X#Y*W~-^P%_~!Q![-a~-dS!Q![-a#[#]-p#a#b.U#g#h.x~-uP%_~!Q![-x~-{R!Q![-x#a#b.U#g#h.x~.ZQ%_~!Q![.a#g#h.s~.dR!Q![.a#a#b.m#g#h.x~.pP#g#h.s~.xO%_~~.}P%_~!Q![/Q~/TQ!Q![/Q#a#b.m~/`P%_~!Q![/c~/fT!Q![/c#W#X-X#[#]-p#a#b.U#g#h.x~/zP%_~!Q![/}~0QU!Q![/}#W#X-X#[#]-p#a#b.U#g#h.x#k#l/Z~0gR!Q![0p!c!i0p#T#Z0p~0uR%_~!Q![0p!c!i0p#T#Z0pV1VT'^S!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1fR1kT!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1f~2PQ!d~!P!Q2V!_!`2[~2[O!a~~2aO!c~~2fQ$vP!_!`2l#r#s2qQ2qO!^Q~2vO$w~~2{Q!`~!P!Q3R!_!`3W~3WO!b~~3]O!_~~3bO${~V3iT!iRzS!Q![3b![!]1f!c!}3b#R#S3b#T#o3b~3}O'Y~~4SO']~~4XO!P~~4[TO#S4X#S#T%c#T;'S4X;'S;=`4k<%lO4X~4nP;=`<%l4X~4vO'_~~4{O'`~",
  tokenizers: [0, 1, 2],
  topRules: {"PromQL":[0,37],"MetricName":[1,183]},
  specialized: [{term: 71, get: (value, stack) => (specializeIdentifier(value) << 1), external: specializeIdentifier},{term: 71, get: (value, stack) => (extendIdentifier(value, stack) << 1) | 1, external: extendIdentifier, extend: true},{term: 71, get: (value) => spec_Identifier[value] || -1}],
  tokenPrec: 0
});
// This file was generated by lezer-generator. You probably shouldn't edit it.
const inf = 188,
  nan = 189,
  Bool = 1,
  Ignoring = 2,
  On = 3,
  GroupLeft = 4,
  GroupRight = 5,
  Offset = 6,
  Atan2 = 7,
  Avg = 8,
  Bottomk = 9,
  Count = 10,
  CountValues = 11,
  Group = 12,
  Max = 13,
  Min = 14,
  Quantile = 15,
  LimitK = 16,
  LimitRatio = 17,
  Stddev = 18,
  Stdvar = 19,
  Sum = 20,
  Topk = 21,
  By = 22,
  Without = 23,
  And = 24,
  Or = 25,
  Unless = 26,
  StartFn = 27,
  EndFn = 28,
  AtStart = 29,
  AtEnd = 30,
  Smoothed = 31,
  Anchored = 32,
  Fill = 33,
  FillLeft = 34,
  FillRight = 35,
  LineComment = 36,
  PromQL = 37,
  AggregateExpr = 38,
  AggregateOp = 39,
  AggregateModifier = 40,
  GroupingLabels = 41,
  LabelName = 42,
  QuotedLabelName = 43,
  StringLiteral = 44,
  FunctionCallBody = 45,
  BinaryExpr = 46,
  Pow = 47,
  BoolModifier = 48,
  MatchingModifierClause = 49,
  FillModifier = 50,
  FillClause = 51,
  NumberDurationLiteral = 52,
  FillLeftClause = 53,
  FillRightClause = 54,
  Mul = 55,
  Div = 56,
  Mod = 57,
  Add = 58,
  Sub = 59,
  Eql = 60,
  Gte = 61,
  Gtr = 62,
  TrimUpper = 63,
  TrimLower = 64,
  Lte = 65,
  Lss = 66,
  Neq = 67,
  FunctionCall = 68,
  FunctionIdentifier = 69,
  AbsentOverTime = 70,
  Identifier = 71,
  Absent = 72,
  Abs = 73,
  Acos = 74,
  Acosh = 75,
  Asin = 76,
  Asinh = 77,
  Atan = 78,
  Atanh = 79,
  AvgOverTime = 80,
  Ceil = 81,
  Changes = 82,
  Clamp = 83,
  ClampMax = 84,
  ClampMin = 85,
  Cos = 86,
  Cosh = 87,
  CountOverTime = 88,
  DaysInMonth = 89,
  DayOfMonth = 90,
  DayOfWeek = 91,
  DayOfYear = 92,
  Deg = 93,
  Delta = 94,
  Deriv = 95,
  Exp = 96,
  FirstOverTime = 97,
  Floor = 98,
  HistogramCount = 99,
  HistogramFraction = 100,
  HistogramQuantile = 101,
  HistogramQuantiles = 102,
  HistogramStdDev = 103,
  HistogramStdVar = 104,
  HistogramSum = 105,
  HistogramAvg = 106,
  DoubleExponentialSmoothing = 107,
  Hour = 108,
  Idelta = 109,
  Increase = 110,
  Info = 111,
  Irate = 112,
  LabelReplace = 113,
  LabelJoin = 114,
  LastOverTime = 115,
  Ln = 116,
  Log10 = 117,
  Log2 = 118,
  MadOverTime = 119,
  MaxOverTime = 120,
  MinOverTime = 121,
  TsOfFirstOverTime = 122,
  TsOfMaxOverTime = 123,
  TsOfMinOverTime = 124,
  TsOfLastOverTime = 125,
  Minute = 126,
  Month = 127,
  Pi = 128,
  PredictLinear = 129,
  PresentOverTime = 130,
  QuantileOverTime = 131,
  Rad = 132,
  Rate = 133,
  Resets = 134,
  Round = 135,
  Scalar = 136,
  Sgn = 137,
  Sin = 138,
  Sinh = 139,
  Sort = 140,
  SortDesc = 141,
  SortByLabel = 142,
  SortByLabelDesc = 143,
  StartTimestamp = 144,
  index_es_Range = 145,
  Step = 146,
  Sqrt = 147,
  StddevOverTime = 148,
  StdvarOverTime = 149,
  SumOverTime = 150,
  Tan = 151,
  Tanh = 152,
  Timestamp = 153,
  Time = 154,
  Vector = 155,
  Year = 156,
  MatrixSelector = 157,
  DurationExpr = 158,
  UnaryOp = 159,
  DurationStep = 160,
  DurationRange = 161,
  DurationMinOf = 162,
  DurationMaxOf = 163,
  NumberDurationLiteralInDurationContext = 164,
  OffsetExpr = 165,
  OffsetDurationExpr = 166,
  AnchoredExpr = 167,
  SmoothedExpr = 168,
  ParenExpr = 169,
  SubqueryExpr = 170,
  UnaryExpr = 171,
  VectorSelector = 172,
  LabelMatchers = 173,
  UnquotedLabelMatcher = 174,
  MatchOp = 175,
  EqlSingle = 176,
  EqlRegex = 177,
  NeqRegex = 178,
  QuotedLabelMatcher = 179,
  StepInvariantExpr = 180,
  At = 181,
  AtModifierPreprocessors = 182,
  MetricName = 183;



;// CONCATENATED MODULE: ./src/promql/syntax-error.ts

/** Keywords that must be followed by `(labels)`. */
const LABEL_LIST_KEYWORDS = new Set(['by', 'without', 'on', 'ignoring']);
const OPENERS = { '(': ')', '{': '}', '[': ']' };
const CLOSERS = new Set(Object.values(OPENERS));
/**
 * The first syntax error of a PromQL expression, in words, or undefined when it parses.
 * Brackets are checked first because "`(` is never closed", pointing at the `(`, says more
 * than the parser's "unexpected end".
 */
function promqlSyntaxError(text) {
    return bracketError(text) ?? parserError(text);
}
function bracketError(text) {
    const open = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"' || ch === "'" || ch === '`') {
            const close = skipString(text, i);
            if (close >= text.length)
                return { start: i, end: i + 1, message: `The string starting with \`${ch}\` is never closed.` };
            i = close;
            continue;
        }
        if (ch === '#') {
            // A comment runs to the end of the line.
            const newline = text.indexOf('\n', i);
            i = newline === -1 ? text.length : newline;
            continue;
        }
        if (ch in OPENERS)
            open.push(i);
        else if (CLOSERS.has(ch)) {
            const opener = open.pop();
            if (opener === undefined)
                return { start: i, end: i + 1, message: `\`${ch}\` has no matching opening bracket.` };
            if (OPENERS[text[opener]] !== ch) {
                return { start: i, end: i + 1, message: `\`${ch}\` does not close \`${text[opener]}\`, which expects \`${OPENERS[text[opener]]}\`.` };
            }
        }
    }
    const unclosed = open.pop();
    if (unclosed !== undefined) {
        return { start: unclosed, end: unclosed + 1, message: `\`${text[unclosed]}\` is never closed.` };
    }
    return undefined;
}
/** Index of the closing quote (or the end) of a string starting at `start`. */
function skipString(text, start) {
    const quote = text[start];
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === '\\' && quote !== '`')
            i++;
        else if (text[i] === quote)
            return i;
    }
    return text.length;
}
function parserError(text) {
    const tree = parser.parse(text);
    let error;
    tree.iterate({
        enter(node) {
            if (error)
                return false;
            if (node.type.isError) {
                error = { from: node.from, to: node.to };
                return false;
            }
            return undefined;
        },
    });
    if (!error)
        return undefined;
    const { from } = error;
    const rest = text.slice(from);
    const token = rest.match(/^\s*([A-Za-z_:][\w:]*|\d[\w.]*|"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|\S)/);
    if (!token || text.slice(from).trim() === '') {
        return { start: Math.max(0, text.trimEnd().length - 1), end: text.trimEnd().length, message: 'The expression ends too early: something is missing at the end.' };
    }
    const start = from + token[0].length - token[1].length;
    const end = start + token[1].length;
    const before = wordBefore(text, start);
    // `rat(x)`: the parser only knows function names, so an unknown one fails at the `(`.
    if (token[1] === '(' && before) {
        return { start: before.start, end: before.start + before.word.length, message: `\`${before.word}\` is not a PromQL function.` };
    }
    if (before && LABEL_LIST_KEYWORDS.has(before.word.toLowerCase()) && token[1] !== '(') {
        return { start, end, message: `\`${before.word}\` takes a list of labels in brackets, such as \`${before.word} (job)\`.` };
    }
    return { start, end, message: `Unexpected \`${token[1]}\`.` };
}
/** The identifier that ends just before `end` (blanks between allowed), scanning backwards. */
function wordBefore(text, end) {
    let i = end;
    while (i > 0 && /\s/.test(text[i - 1]))
        i--;
    const wordEnd = i;
    while (i > 0 && /\w/.test(text[i - 1]))
        i--;
    if (i === wordEnd || !/[A-Za-z_]/.test(text[i]))
        return undefined;
    return { word: text.slice(i, wordEnd), start: i };
}

;// CONCATENATED MODULE: ./src/rules/promql-syntax.ts


/** An expression Prometheus cannot parse: the whole rule file is refused at load time. */
/* harmony default export */ const promql_syntax = (defineRule({
    meta: {
        id: 'promql-syntax',
        summary: 'A PromQL expression does not parse.',
        defaultSeverity: 'error',
        blocking: true,
        messages: {
            invalid: {
                text: 'PromQL syntax error: {problem}',
                help: 'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
            },
        },
    },
    check(context) {
        for (const query of context.model.queries) {
            if (query.language !== 'promql')
                continue;
            const error = promqlSyntaxError(query.text);
            if (!error)
                continue;
            context.report({
                messageId: 'invalid',
                data: { problem: { raw: error.message } },
                site: query.site,
                within: { start: error.start, end: error.end },
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/schema.ts

/**
 * Reported by the schema stage: a document breaks its kind's JSON Schema in `schemas/`, or a
 * structural rule the format's own loader enforces (such as unique group names).
 */
/* harmony default export */ const schema = (defineRule({
    meta: {
        id: 'schema',
        summary: 'A document lacks the shape its format requires: a missing or unknown key (with "did you mean"), a wrong type, a bad duration, an invalid name, `for` on a recording rule, a duplicate group name.',
        defaultSeverity: 'error',
        blocking: true,
        // Made from the schema's errors and each kind's structure checks: see src/engine/schema.ts.
        messages: {},
    },
}));

;// CONCATENATED MODULE: ./src/rules/unreadable-file.ts

/**
 * Reported by discovery and reading: a file that was to be linted but could not be read as
 * text (too large, binary, not UTF-8, a symlink that leaves the repository).
 */
/* harmony default export */ const unreadable_file = (defineRule({
    meta: {
        id: 'unreadable-file',
        summary: 'A file could not be linted: too large, binary, UTF-16 or not UTF-8, or a symlink out of the repository.',
        defaultSeverity: 'warning',
        blocking: true,
        // Each reason is its own message: see src/engine/load.ts and src/engine/discover.ts.
        messages: {},
    },
}));

;// CONCATENATED MODULE: ./src/rules/yaml-syntax.ts

/** Reported by the loader: a file (or one document of it) that does not parse as YAML. */
/* harmony default export */ const yaml_syntax = (defineRule({
    meta: {
        id: 'yaml-syntax',
        summary: 'A file, or a document in it, is not valid YAML (or JSON), so nothing in it can be checked.',
        defaultSeverity: 'error',
        blocking: true,
        // The parser's own message, said plainly: see src/yaml/general-parser.ts.
        messages: {},
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts







/** Every rule, by id. Ids are part of the interface: configs and suppressions name them. */
const RULES = [
    yaml_syntax,
    schema,
    unreadable_file,
    promql_syntax,
    duplicate_rule,
    alert_owner,
    alert_runbook,
];

;// CONCATENATED MODULE: ./src/engine/glob.ts
/**
 * Glob matching for `include`, `exclude`, `kinds:` and path arguments, in time bounded by the
 * sizes of the pattern and the path. Glob libraries compile to a regular expression, where a
 * pattern such as `*a*a*a*a*a*a*ab.yml` backtracks exponentially on a long file name (45 s and
 * more); a config file in a pull request must not be able to hang the runner.
 *
 * Syntax, as picomatch with `dot: true` reads the common cases: `**` as a whole segment (any
 * number of folders), `*` and `?` within a segment (never `/`), `[abc]`, `[a-z]`, `[!a]`,
 * `{a,b}` alternatives (nested too), `\` escapes, and a leading `!` for "not".
 */
/** More alternatives than this from `{...}` is a mistake, not a glob. */
const MAX_ALTERNATIVES = 1024;
class GlobError extends Error {
}
/** One matcher for a list of patterns: a path matches when some pattern matches it. */
function compileGlobs(patterns) {
    const compiled = patterns.map(compile);
    return (path) => {
        const segments = path.split('/');
        return compiled.some((c) => c.alternatives.some((alt) => matchSegments(alt, segments)) !== c.negated);
    };
}
function compile(pattern) {
    let negated = false;
    let body = pattern;
    while (body.startsWith('!')) {
        negated = !negated;
        body = body.slice(1);
    }
    body = body.replace(/^\.\//, '');
    return { negated, alternatives: expandBraces(body).map((p) => p.split('/').map(compileSegment)) };
}
/** `a/{b,c{d,e}}/f` → `a/b/f`, `a/cd/f`, `a/ce/f`. */
function expandBraces(pattern) {
    const open = findBrace(pattern);
    if (!open)
        return [pattern];
    const { start, end, parts } = open;
    const results = [];
    for (const part of parts) {
        for (const expanded of expandBraces(pattern.slice(0, start) + part + pattern.slice(end + 1))) {
            results.push(expanded);
            if (results.length > MAX_ALTERNATIVES)
                throw new GlobError(`\`${pattern}\` expands to more than ${MAX_ALTERNATIVES} patterns.`);
        }
    }
    return results;
}
/** The first `{...}` holding a top-level comma, with its comma-separated parts. */
function findBrace(pattern) {
    for (let start = 0; start < pattern.length; start++) {
        if (pattern[start] === '\\') {
            start++;
            continue;
        }
        if (pattern[start] !== '{')
            continue;
        let depth = 0;
        const commas = [];
        for (let i = start; i < pattern.length; i++) {
            const ch = pattern[i];
            if (ch === '\\')
                i++;
            else if (ch === '{')
                depth++;
            else if (ch === ',' && depth === 1)
                commas.push(i);
            else if (ch === '}' && --depth === 0) {
                if (commas.length === 0)
                    break;
                const cuts = [start, ...commas, i];
                return { start, end: i, parts: cuts.slice(1).map((cut, k) => pattern.slice(cuts[k] + 1, cut)) };
            }
        }
    }
    return undefined;
}
function compileSegment(segment) {
    if (segment === '**')
        return { globstar: true };
    const tokens = [];
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '\\' && i + 1 < segment.length)
            tokens.push({ type: 'char', ch: segment[++i] });
        else if (ch === '*') {
            // `a**b` is `a*b`: consecutive stars are one.
            if (tokens[tokens.length - 1]?.type !== 'star')
                tokens.push({ type: 'star' });
        }
        else if (ch === '?')
            tokens.push({ type: 'any' });
        else if (ch === '[') {
            const parsed = parseClass(segment, i);
            if (parsed) {
                tokens.push(parsed.token);
                i = parsed.end;
            }
            else
                tokens.push({ type: 'char', ch });
        }
        else
            tokens.push({ type: 'char', ch });
    }
    return { globstar: false, tokens };
}
/** `[abc]`, `[a-z]`, `[!x]` / `[^x]` starting at `start`; undefined when never closed (then `[` is literal). */
function parseClass(segment, start) {
    let i = start + 1;
    const negated = segment[i] === '!' || segment[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    let first = true;
    for (; i < segment.length; i++) {
        let ch = segment[i];
        if (ch === ']' && !first)
            return { token: { type: 'class', negated, ranges }, end: i };
        first = false;
        if (ch === '\\' && i + 1 < segment.length)
            ch = segment[++i];
        if (segment[i + 1] === '-' && segment[i + 2] !== undefined && segment[i + 2] !== ']') {
            ranges.push([ch, segment[i + 2]]);
            i += 2;
        }
        else
            ranges.push([ch, ch]);
    }
    return undefined;
}
function tokenMatches(token, ch) {
    switch (token.type) {
        case 'char':
            return token.ch === ch;
        case 'any':
            return true;
        case 'class':
            return token.ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== token.negated;
        case 'star':
            return true;
    }
}
/**
 * One segment against its tokens: the classic wildcard algorithm that remembers only the last
 * star, so the time is at most the product of the two lengths, never exponential.
 */
function matchSegment(tokens, text) {
    let t = 0;
    let s = 0;
    let starToken = -1;
    let starText = 0;
    while (s < text.length) {
        const token = tokens[t];
        if (token !== undefined && token.type === 'star') {
            starToken = t++;
            starText = s;
        }
        else if (token !== undefined && tokenMatches(token, text[s])) {
            t++;
            s++;
        }
        else if (starToken !== -1) {
            t = starToken + 1;
            s = ++starText;
        }
        else
            return false;
    }
    while (tokens[t]?.type === 'star')
        t++;
    return t === tokens.length;
}
/** Pattern segments against path segments, `**` standing for any number of them; memoized, so polynomial. */
function matchSegments(pattern, path) {
    const memo = new Map();
    const match = (p, s) => {
        const key = p * (path.length + 1) + s;
        const known = memo.get(key);
        if (known !== undefined)
            return known;
        let result;
        if (p === pattern.length)
            result = s === path.length;
        else {
            const segment = pattern[p];
            if (segment.globstar) {
                // Zero segments, or one more (never `.` or `..`), then the rest.
                result = match(p + 1, s) || (s < path.length && path[s] !== '.' && path[s] !== '..' && match(p, s + 1));
            }
            else
                result = s < path.length && matchSegment(segment.tokens, path[s]) && match(p + 1, s + 1);
        }
        memo.set(key, result);
        return result;
    };
    return match(0, 0);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/yaml/fast-parser.ts
/**
 * A fast parser for the plain block YAML that config files are written in: block mappings
 * and sequences, plain, quoted and block scalars, one-line flow collections, comments and
 * `---` documents. It builds the tree and the data in one pass, several times faster than
 * the general parser.
 *
 * It never guesses: anything outside that subset (anchors, aliases, tags, merge keys, tabs,
 * multi-line flow, odd indentation, anything the YAML spec calls an error) makes it give up
 * and return undefined, and the caller parses the text with the `yaml` package instead. A
 * test checks that both give the same trees and data on every real file we have.
 */
function parseFast(text) {
    // Tabs, carriage returns and byte-order marks have rules of their own: leave them to `yaml`.
    if (/[\t\r\uFEFF]/.test(text))
        return undefined;
    try {
        return new FastParser(text).documents();
    }
    catch (error) {
        if (error instanceof GiveUp)
            return undefined;
        throw error;
    }
}
class GiveUp extends Error {
}
const GIVE_UP = new GiveUp();
function giveUp() {
    throw GIVE_UP;
}
const NO_PLAIN_START = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
/** Config is shallow; deeper nesting goes to the general parser, which bounds it. */
const MAX_DEPTH = 64;
class FastParser {
    text;
    pos = 0;
    depth = 0;
    lineFrom = -1;
    lineTo = -1;
    constructor(text) {
        this.text = text;
    }
    documents() {
        const docs = [];
        for (;;) {
            const line = this.nextLine();
            if (!line)
                return docs;
            if (this.isMarker(line, '---')) {
                this.pos = this.endOfMarker(line);
                continue;
            }
            if (this.isMarker(line, '...') || this.text[line.content] === '%')
                giveUp();
            const root = this.blockNode(line, -1);
            if (root.kind === 'scalar')
                giveUp();
            docs.push({ root, value: toData(root) });
            const after = this.nextLine();
            if (after && !this.isMarker(after, '---'))
                giveUp();
        }
    }
    // --- lines -------------------------------------------------------------------------
    /** The next line with content (not blank, not only a comment), from `pos`; `pos` is left at its start. */
    nextLine() {
        const { text } = this;
        let start = this.pos;
        while (start < text.length) {
            let content = start;
            while (text.charCodeAt(content) === 32)
                content++;
            const ch = text[content];
            if (ch === '\n' || ch === '#' || content >= text.length) {
                const end = text.indexOf('\n', content);
                if (end === -1) {
                    start = text.length;
                    break;
                }
                start = end + 1;
                continue;
            }
            this.pos = start;
            return { start, indent: content - start, content };
        }
        this.pos = start;
        return undefined;
    }
    /** The end of the line holding `from`; remembered, since one long line is asked about often. */
    lineEnd(from) {
        if (from >= this.lineFrom && from <= this.lineTo)
            return this.lineTo;
        const end = this.text.indexOf('\n', from);
        this.lineFrom = from;
        this.lineTo = end === -1 ? this.text.length : end;
        return this.lineTo;
    }
    /**
     * A block collection ends with the line of its last value (trailing comment and line
     * break included), as the `yaml` package counts it. `end` is exclusive.
     */
    endOfLine(end) {
        return Math.min(this.lineEnd(Math.max(end - 1, 0)) + 1, this.text.length);
    }
    /** Moves `pos` to the start of the line after `from`. */
    toNextLine(from) {
        const end = this.text.indexOf('\n', from);
        this.pos = end === -1 ? this.text.length : end + 1;
    }
    isMarker(line, marker) {
        return line.indent === 0 && this.text.startsWith(marker, line.start) && isBreakOrEnd(this.text, line.start + 3);
    }
    endOfMarker(line) {
        // `--- # comment` is fine; `--- value` or `--- !tag` is not ours.
        const rest = this.text.slice(line.start + 3, this.lineEnd(line.start)).trim();
        if (rest !== '' && !rest.startsWith('#'))
            giveUp();
        const end = this.text.indexOf('\n', line.start);
        return end === -1 ? this.text.length : end + 1;
    }
    /** Checks that only blanks or a comment follow `from` on its line, and moves to the next line. */
    finishLine(from) {
        const { text } = this;
        let i = from;
        while (text.charCodeAt(i) === 32)
            i++;
        if (i < text.length && text[i] !== '\n') {
            if (text[i] !== '#' || i === from)
                giveUp();
        }
        this.toNextLine(i);
    }
    // --- block collections -------------------------------------------------------------
    /** A block node starting on `line`, inside a parent indented `parentIndent`. */
    blockNode(line, parentIndent) {
        if (++this.depth > MAX_DEPTH)
            giveUp();
        let node;
        const first = this.text[line.content];
        // A one-line flow document (minified JSON) before the `key:` test, which `{"a": 1}` would pass.
        if (first === '{' || first === '[')
            node = this.inlineValue(line.content, parentIndent);
        else if (this.isSeqItem(line.content))
            node = this.blockSeq(line);
        else if (this.keyEnd(line.content) !== -1)
            node = this.blockMap(line.indent, line.content);
        else
            node = this.inlineValue(line.content, parentIndent);
        this.depth--;
        return node;
    }
    isSeqItem(at) {
        return this.text[at] === '-' && isBreakOrEnd(this.text, at + 1);
    }
    blockSeq(first) {
        const indent = first.indent;
        const items = [];
        let line = first;
        let end = first.content;
        while (line && line.indent === indent && this.isSeqItem(line.content)) {
            const dash = line.content;
            let at = dash + 1;
            while (this.text.charCodeAt(at) === 32)
                at++;
            let item;
            if (at >= this.text.length || this.text[at] === '\n' || this.text[at] === '#') {
                this.finishLine(dash + 1);
                const nested = this.nextLine();
                if (nested && nested.indent > indent)
                    item = this.blockNode(nested, indent);
                else
                    item = nullScalar(skipSpaces(this.text, dash + 1));
            }
            else if (this.isSeqItem(at)) {
                giveUp();
            }
            else if (this.keyEnd(at) !== -1) {
                item = this.blockMap(at - line.start, at);
            }
            else {
                item = this.inlineValue(at, indent);
            }
            items.push(item);
            end = Math.max(end, item.end);
            line = this.nextLine();
            if (line && line.indent > indent)
                giveUp();
        }
        return { kind: 'seq', start: first.content, end: this.endOfLine(end), items };
    }
    blockMap(indent, firstKey) {
        const pairs = [];
        const seen = new Set();
        let at = firstKey;
        let end = firstKey;
        for (;;) {
            const colon = this.keyEnd(at);
            const key = this.key(at, colon);
            if (seen.has(key.value))
                giveUp();
            seen.add(key.value);
            const value = this.valueAfterColon(colon + 1, indent);
            pairs.push({ key, value });
            end = Math.max(end, value.end, colon + 1);
            const line = this.nextLine();
            if (!line || line.indent < indent || this.isMarker(line, '---'))
                break;
            if (line.indent > indent || this.isSeqItem(line.content))
                giveUp();
            at = line.content;
        }
        return { kind: 'map', start: firstKey, end: this.endOfLine(end), pairs };
    }
    /**
     * Where the `:` of an implicit key starting at `at` is, or -1 when the line is not a
     * `key: value` line.
     */
    keyEnd(at) {
        const { text } = this;
        const ch = text[at];
        if (ch === '"' || ch === "'") {
            const close = this.quotedEndOnLine(at);
            if (close === -1)
                return -1;
            let i = close;
            while (text.charCodeAt(i) === 32)
                i++;
            return text[i] === ':' && isBreakOrEnd(text, i + 1) ? i : -1;
        }
        const end = this.lineEnd(at);
        for (let i = at; i < end; i++) {
            if (text.charCodeAt(i) === 58 /* : */ && isBreakOrEnd(text, i + 1))
                return i;
        }
        return -1;
    }
    /** The key of a `key: value` line whose `:` is at `colon`. */
    key(at, colon) {
        if (colon === -1)
            giveUp();
        const ch = this.text[at];
        if (ch === '"' || ch === "'") {
            const scalar = this.quoted(at, -1);
            if (this.text.slice(scalar.end, colon).trim() !== '' || scalar.value === '__proto__')
                giveUp();
            return scalar;
        }
        const raw = this.text.slice(at, colon);
        const source = raw.trimEnd();
        if (source === '' || NO_PLAIN_START.has(source[0]) || source.includes(' #') || startsWithIndicator(source))
            giveUp();
        // `<<` merges and keys that are not text (numbers, booleans, null) go to the full parser.
        if (source === '<<' || source === '__proto__' || resolvePlain(source) !== source)
            giveUp();
        return { kind: 'scalar', start: at, end: at + source.length, value: source, style: 'plain' };
    }
    /**
     * The value after `key:` (the colon ends at `after`) of a mapping indented `indent`: on the
     * same line, or a block below it (a list may sit at the key's own indentation).
     */
    valueAfterColon(after, indent) {
        const { text } = this;
        const at = skipSpaces(text, after);
        if (at < text.length && text[at] !== '\n' && text[at] !== '#')
            return this.inlineValue(at, indent);
        this.finishLine(after);
        const nested = this.nextLine();
        if (nested && (nested.indent > indent || (nested.indent === indent && this.isSeqItem(nested.content)))) {
            return this.blockNode(nested, indent);
        }
        return nullScalar(at);
    }
    // --- scalars and flow collections on a line ----------------------------------------
    /** A value that starts on this line at `at`; `parentIndent` bounds its continuation lines. */
    inlineValue(at, parentIndent) {
        const ch = this.text[at];
        let node;
        if (ch === '"' || ch === "'")
            node = this.quoted(at, parentIndent);
        else if (ch === '|' || ch === '>')
            return this.blockScalar(at, parentIndent);
        else if (ch === '[' || ch === '{') {
            const flow = this.flow(at);
            node = flow.node;
            this.finishLine(flow.next);
            return node;
        }
        else
            return this.plain(at, parentIndent);
        this.finishLine(node.end);
        return node;
    }
    plain(at, parentIndent) {
        const { text } = this;
        if (NO_PLAIN_START.has(text[at]) || startsWithIndicator(text.slice(at, at + 2)))
            giveUp();
        let end = this.plainEnd(at);
        let value = text.slice(at, end);
        let lineEnd = this.lineEnd(end);
        if (text.slice(end, lineEnd).trim() !== '') {
            // Only a comment may follow; `a: b: c` is an error the full parser words well.
            this.finishLine(end);
        }
        else {
            // Continuation lines, folded into one line (blank lines become line breaks).
            let next = lineEnd + 1;
            let breaks = 0;
            while (next < text.length) {
                const nextEnd = this.lineEnd(next);
                let content = next;
                while (text.charCodeAt(content) === 32)
                    content++;
                if (content === nextEnd) {
                    breaks++;
                    next = nextEnd + 1;
                    continue;
                }
                if (content - next <= parentIndent || text[content] === '#')
                    break;
                if (content - next === 0 && (text.startsWith('---', content) || text.startsWith('...', content)))
                    giveUp();
                const partEnd = this.plainEnd(content);
                if (text.slice(partEnd, nextEnd).trim() !== '' || startsWithIndicator(text.slice(content, content + 2)))
                    giveUp();
                value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
                value += text.slice(content, partEnd);
                end = partEnd;
                lineEnd = nextEnd;
                breaks = 0;
                next = nextEnd + 1;
            }
            this.toNextLine(end);
        }
        return { kind: 'scalar', start: at, end, value: resolvePlain(value), style: 'plain' };
    }
    /** End of a plain scalar's text on its line: before a comment or trailing blanks. */
    plainEnd(at) {
        const { text } = this;
        const lineEnd = this.lineEnd(at);
        let end = lineEnd;
        for (let i = at; i < lineEnd; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 35 /* # */ && text.charCodeAt(i - 1) === 32) {
                end = i;
                break;
            }
            // `a: b: c` and `a: b:` are errors in a block value; let the full parser say so.
            if (ch === 58 /* : */ && (i + 1 === lineEnd || text.charCodeAt(i + 1) === 32))
                giveUp();
        }
        while (end > at && text.charCodeAt(end - 1) === 32)
            end--;
        return end;
    }
    /** A single- or double-quoted scalar, possibly over several lines (folded). */
    quoted(at, parentIndent) {
        const { text } = this;
        const quote = text[at];
        let value = '';
        let i = at + 1;
        for (;;) {
            if (i >= text.length)
                giveUp();
            const ch = text[i];
            if (ch === quote) {
                if (quote === "'" && text[i + 1] === "'") {
                    value += "'";
                    i += 2;
                    continue;
                }
                break;
            }
            if (ch === '\\' && quote === '"') {
                const code = text[i + 1];
                const hexLength = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
                if (hexLength > 0) {
                    const hex = text.slice(i + 2, i + 2 + hexLength);
                    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength)
                        giveUp();
                    value += String.fromCodePoint(parseInt(hex, 16));
                    i += 2 + hexLength;
                    continue;
                }
                const escaped = ESCAPES[code];
                if (escaped === undefined)
                    giveUp();
                value += escaped;
                i += 2;
                continue;
            }
            if (ch === '\n') {
                // Folding: trailing blanks go, the break becomes a space, each blank line a break.
                value = trimTrailingSpaces(value);
                let breaks = 0;
                let next = i + 1;
                for (;;) {
                    let content = next;
                    while (text.charCodeAt(content) === 32)
                        content++;
                    if (text[content] === '\n') {
                        breaks++;
                        next = content + 1;
                        continue;
                    }
                    if (content >= text.length || content - next <= parentIndent)
                        giveUp();
                    if (content - next === 0 && (text.startsWith('---', content) || text.startsWith('...', content)))
                        giveUp();
                    i = content;
                    break;
                }
                value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
                continue;
            }
            value += ch;
            i++;
        }
        const style = quote === '"' ? 'double' : 'single';
        return { kind: 'scalar', start: at, end: i + 1, value, style };
    }
    /** Where the closing quote of a one-line quoted scalar ends, or -1. */
    quotedEndOnLine(at) {
        const { text } = this;
        const quote = text[at];
        const end = this.lineEnd(at);
        for (let i = at + 1; i < end; i++) {
            if (text[i] === '\\' && quote === '"')
                i++;
            else if (text[i] === quote) {
                if (quote === "'" && text[i + 1] === "'")
                    i++;
                else
                    return i + 1;
            }
        }
        return -1;
    }
    /** `|` and `>` blocks, with clip (default) or strip (`-`) chomping. */
    blockScalar(at, parentIndent) {
        const { text } = this;
        const folded = text[at] === '>';
        const headerEnd = this.lineEnd(at);
        const rest = text.slice(at + 1, headerEnd);
        const comment = rest.indexOf(' #');
        const header = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
        if (header !== '' && header !== '-')
            giveUp();
        const strip = header === '-';
        const lines = [];
        let contentIndent = -1;
        let next = headerEnd + 1;
        let end = headerEnd + 1;
        let blankRun = 0;
        while (next < text.length) {
            const lineEnd = this.lineEnd(next);
            let content = next;
            while (text.charCodeAt(content) === 32)
                content++;
            if (content === lineEnd) {
                if (contentIndent === -1 && content - next > 0)
                    giveUp();
                if (contentIndent !== -1 && content - next > contentIndent)
                    giveUp();
                lines.push('');
                blankRun++;
                next = lineEnd + 1;
                continue;
            }
            const indent = content - next;
            if (contentIndent === -1) {
                if (indent <= parentIndent)
                    break;
                contentIndent = indent;
            }
            if (indent < contentIndent)
                break;
            // More-indented lines keep their breaks in folded blocks; rare enough to leave to `yaml`.
            if (folded && indent > contentIndent)
                giveUp();
            lines.push(text.slice(next + contentIndent, lineEnd));
            blankRun = 0;
            end = Math.min(lineEnd + 1, text.length);
            next = lineEnd + 1;
        }
        if (contentIndent === -1)
            giveUp();
        lines.length -= blankRun;
        let value = folded ? foldLines(lines) : lines.join('\n');
        if (!strip)
            value += '\n';
        this.pos = end;
        return { kind: 'scalar', start: at, end, value, style: folded ? 'folded' : 'literal' };
    }
    /** A flow collection that opens and closes on this line. */
    flow(at) {
        if (++this.depth > MAX_DEPTH)
            giveUp();
        const result = this.flowCollection(at);
        this.depth--;
        return result;
    }
    flowCollection(at) {
        const { text } = this;
        const lineEnd = this.lineEnd(at);
        const close = text[at] === '[' ? ']' : '}';
        const isMap = close === '}';
        const items = [];
        const pairs = [];
        const seen = new Set();
        let i = skipSpaces(text, at + 1);
        if (text[i] === close) {
            return { node: isMap ? { kind: 'map', start: at, end: i + 1, pairs } : { kind: 'seq', start: at, end: i + 1, items }, next: i + 1 };
        }
        for (;;) {
            if (i >= lineEnd)
                giveUp();
            if (isMap) {
                const key = this.flowScalar(i, lineEnd);
                const name = key.node.value;
                if (typeof name !== 'string' || name === '<<' || name === '__proto__' || seen.has(name))
                    giveUp();
                seen.add(name);
                i = skipSpaces(text, key.next);
                if (text[i] !== ':')
                    giveUp();
                i = skipSpaces(text, i + 1);
                const value = this.flowItem(i, lineEnd);
                pairs.push({ key: key.node, value: value.node });
                i = skipSpaces(text, value.next);
            }
            else {
                const item = this.flowItem(i, lineEnd);
                items.push(item.node);
                i = skipSpaces(text, item.next);
            }
            if (text[i] === close) {
                const end = i + 1;
                return { node: isMap ? { kind: 'map', start: at, end, pairs } : { kind: 'seq', start: at, end, items }, next: end };
            }
            if (text[i] !== ',')
                giveUp();
            i = skipSpaces(text, i + 1);
            // A trailing comma, and `[a, ]`, are left to `yaml`.
            if (text[i] === close)
                giveUp();
        }
    }
    flowItem(at, lineEnd) {
        const ch = this.text[at];
        if (ch === '[' || ch === '{')
            return this.flow(at);
        const scalar = this.flowScalar(at, lineEnd);
        // `[a: b]` (a single-pair map in a list) is left to `yaml`.
        if (this.text[skipSpaces(this.text, scalar.next)] === ':')
            giveUp();
        return scalar;
    }
    flowScalar(at, lineEnd) {
        const { text } = this;
        const ch = text[at];
        if (ch === '"' || ch === "'") {
            const end = this.quotedEndOnLine(at);
            if (end === -1)
                giveUp();
            const node = this.quoted(at, -1);
            return { node, next: node.end };
        }
        if (NO_PLAIN_START.has(ch) || startsWithIndicator(text.slice(at, at + 2)))
            giveUp();
        let end = at;
        while (end < lineEnd) {
            const c = text[end];
            if (c === ',' || c === ']' || c === '}' || c === '[' || c === '{')
                break;
            if (c === ':' && (text[end + 1] === ' ' || text[end + 1] === ',' || text[end + 1] === ']' || text[end + 1] === '}'))
                break;
            if (c === '#' && text[end - 1] === ' ')
                giveUp();
            end++;
        }
        while (end > at && text.charCodeAt(end - 1) === 32)
            end--;
        if (end === at)
            giveUp();
        const source = text.slice(at, end);
        return { node: { kind: 'scalar', start: at, end, value: resolvePlain(source), style: 'plain' }, next: end };
    }
}
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
};
function trimTrailingSpaces(value) {
    let end = value.length;
    while (end > 0 && value.charCodeAt(end - 1) === 32)
        end--;
    return value.slice(0, end);
}
function nullScalar(at) {
    return { kind: 'scalar', start: at, end: at, value: null, style: 'plain' };
}
function skipSpaces(text, at) {
    let i = at;
    while (text.charCodeAt(i) === 32)
        i++;
    return i;
}
/** Whether `at` is a space, a line break or the end. */
function isBreakOrEnd(text, at) {
    if (at >= text.length)
        return true;
    const ch = text[at];
    return ch === ' ' || ch === '\n';
}
/**
 * `- x`, `? x` and `: x` start structures, not plain scalars; so do `-`, `?` and `:` alone
 * or before a flow indicator. (Giving up on a few valid texts is fine; accepting an invalid one is not.)
 */
function startsWithIndicator(two) {
    return (two[0] === '-' || two[0] === '?' || two[0] === ':') && (two.length === 1 || ' \n,[]{}'.includes(two[1]));
}
/** Folded block lines: a single break becomes a space, a run of blank lines stays breaks. */
function foldLines(lines) {
    let out = '';
    let pendingBreaks = 0;
    let started = false;
    for (const line of lines) {
        if (line === '') {
            pendingBreaks++;
            continue;
        }
        if (started)
            out += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
        else
            out += '\n'.repeat(pendingBreaks);
        out += line;
        pendingBreaks = 0;
        started = true;
    }
    return out;
}
/** The YAML 1.2 core schema, exactly as the `yaml` package resolves plain scalars. */
function resolvePlain(source) {
    const first = source.charCodeAt(0);
    // Fast exit: most values start with a letter and are not true/false/null.
    if (first !== 126 /* ~ */ && !(first >= 48 && first <= 57) && first !== 43 && first !== 45 && first !== 46) {
        if (source.length > 5)
            return source;
        if (/^(?:[Nn]ull|NULL)$/.test(source))
            return null;
        if (/^(?:[Tt]rue|TRUE)$/.test(source))
            return true;
        if (/^(?:[Ff]alse|FALSE)$/.test(source))
            return false;
        return source;
    }
    if (source === '~')
        return null;
    if (/^0o[0-7]+$/.test(source))
        return parseInt(source.substring(2), 8);
    if (/^[-+]?[0-9]+$/.test(source))
        return parseInt(source, 10);
    if (/^0x[0-9a-fA-F]+$/.test(source))
        return parseInt(source.substring(2), 16);
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
        return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
    }
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source))
        return parseFloat(source);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source))
        return parseFloat(source);
    return source;
}
/** The data of a tree from the fast parser (it has no aliases or merges to resolve). */
function toData(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toData);
    const out = {};
    for (const pair of node.pairs)
        out[String(pair.key.value)] = toData(pair.value);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/load.ts


const BINARY_SNIFF_BYTES = 8000;
/**
 * Reads a file as UTF-8 text, turning every reason it cannot be linted into one problem
 * instead of an exception: too large, binary, not UTF-8, unreadable.
 */
async function readText(absPath, maxBytes) {
    try {
        const stat = await external_node_fs_namespaceObject.promises.stat(absPath);
        // A pipe or device named on the command line would block the read, or never end.
        if (!stat.isFile()) {
            return {
                text: '',
                problem: { rule: 'unreadable-file', message: 'Not a regular file, so it was not read.', help: 'Name files or folders only.', start: 0, end: 0 },
            };
        }
        if (stat.size > maxBytes) {
            return {
                text: '',
                problem: {
                    rule: 'unreadable-file',
                    message: `File is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit, so it was not linted.`,
                    help: 'Exclude it in .obslint.yml (`exclude:`), or raise `max-file-size` if it really is config.',
                    start: 0,
                    end: 0,
                },
            };
        }
        const bytes = await external_node_fs_namespaceObject.promises.readFile(absPath);
        return decode(bytes);
    }
    catch (error) {
        const code = error.code ?? 'error';
        return {
            text: '',
            problem: {
                rule: 'unreadable-file',
                message: `File could not be read (${code}).`,
                help: 'Check that the path exists and is readable.',
                start: 0,
                end: 0,
            },
        };
    }
}
function decode(bytes) {
    // Windows tools often save text as UTF-16, which looks binary (every other byte is NUL).
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes)) {
        return {
            text: '',
            problem: {
                rule: 'unreadable-file',
                message: 'File is saved as UTF-16, so it was not linted.',
                help: 'Re-save the file as UTF-8.',
                start: 0,
                end: 0,
            },
        };
    }
    const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
    if (sniff.includes(0)) {
        return {
            text: '',
            problem: {
                rule: 'unreadable-file',
                message: 'File looks binary (it contains NUL bytes), so it was not linted.',
                help: 'Exclude it in .obslint.yml (`exclude:`) if it is not config.',
                start: 0,
                end: 0,
            },
        };
    }
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const bad = text.indexOf('\uFFFD');
    // U+FFFD is also a legal character; only complain when the bytes were really invalid.
    if (bad !== -1 && !isValidUtf8(bytes)) {
        return {
            // The decoded text is kept so the finding can show where the bad byte is.
            text,
            problem: {
                rule: 'unreadable-file',
                message: 'File is not valid UTF-8, so it was not linted.',
                help: 'Re-save the file as UTF-8.',
                start: bad,
                end: bad + 1,
            },
        };
    }
    return { text };
}
/** UTF-16 without a byte-order mark: mostly ASCII text, so every other byte is NUL. */
function looksUtf16(bytes) {
    const sample = bytes.subarray(0, Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1);
    if (sample.length < 4)
        return false;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < sample.length; i += 2) {
        if (sample[i] === 0)
            evenNul++;
        if (sample[i + 1] === 0)
            oddNul++;
    }
    const pairs = sample.length / 2;
    return (oddNul > pairs * 0.9 && evenNul === 0) || (evenNul > pairs * 0.9 && oddNul === 0);
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function isValidUtf8(bytes) {
    try {
        strictUtf8.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Parses every YAML document of a text (JSON included), keeping source offsets. Plain block
 * YAML takes the fast parser; anything else, and every error, the `yaml` package, which is
 * loaded only when a file needs it (most runs never do).
 */
async function parseYaml(text) {
    const fast = parseFast(text);
    if (fast)
        return { documents: fast, problems: [] };
    const { parseWithYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(963)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6963));
    return parseWithYaml(text);
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
    return `${bytes} B`;
}

;// CONCATENATED MODULE: ./src/engine/paths.ts


/**
 * Every path obslint reads or writes because a file, a config or an input named it is checked
 * here: resolved with symlinks followed, and refused when it leaves the repository. A pull
 * request controls those names, so "does `../rules/root/etc/passwd` exist" must not be a
 * question obslint answers.
 */
/** Whether `target` is `root` or below it (both absolute and resolved the same way). */
function isInside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** The real path (symlinks resolved), or undefined when it does not exist. */
function realPath(abs) {
    try {
        return external_node_fs_namespaceObject.realpathSync.native(abs);
    }
    catch {
        return undefined;
    }
}
/** The root's real path, once per root (workers each resolve it once). */
const realRoots = new Map();
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        real = realPath(root) ?? root;
        realRoots.set(root, real);
    }
    return real;
}
/** Where `abs` really is, when that is inside the repository; undefined when it is not, or does not exist. */
function resolveInside(root, abs) {
    if (!isInside(root, abs))
        return undefined;
    const real = realPath(abs);
    return real !== undefined && isInside(realRoot(root), real) ? real : undefined;
}
/**
 * Runbook paths are written relative to the repository root or to the rule file's folder;
 * a monorepo's teams write them relative to their own subtree. So any folder from the rule
 * file's up to the root counts. A file outside the root (named on the command line) looks up
 * to its own repository's root, the folder holding `.git`. A path that leaves the repository,
 * directly or through a symlink, is never found.
 */
function runbookLookup(root, file, known) {
    const abs = external_node_path_default().resolve(root, file);
    const inside = isInside(root, abs);
    const dirs = [];
    let top = root;
    for (let dir = external_node_path_default().dirname(abs);; dir = external_node_path_default().dirname(dir)) {
        dirs.push(dir);
        top = dir;
        const atTop = inside ? dir === root : (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(dir, '.git'));
        if (atTop || dir === external_node_path_default().dirname(dir))
            break;
    }
    return (relativePath) => {
        if (external_node_path_default().isAbsolute(relativePath) || relativePath.includes('\0'))
            return false;
        return dirs.some((dir) => {
            const target = external_node_path_default().resolve(dir, relativePath);
            let found = known.get(target);
            if (found === undefined) {
                const real = resolveInside(top, target);
                found = real !== undefined && isRegularFile(real);
                known.set(target, found);
            }
            return found;
        });
    };
}
function isRegularFile(abs) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(abs).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/engine/schema.ts


/**
 * Schema problems reported per document. A list of 80,000 broken items is one mistake made
 * many times; after this many, one more finding says how many were left out.
 */
const MAX_SCHEMA_ISSUES = 100;
/**
 * Validates data with a schema compiled at build time (src/generated/validators.js, made by
 * scripts/build-validators.mjs from schemas/), so a run never loads ajv's compiler.
 */
function validateWith(validate, value) {
    if (validate(value))
        return [];
    return humanize(validate.errors ?? []);
}
/** Keywords that only say "a sub-schema failed"; the sub-schema's own error says what. */
const WRAPPERS = new Set(['if', 'propertyNames', 'allOf', 'anyOf', 'oneOf']);
/** Turns ajv errors into one message per problem, at the node that is wrong, at most `MAX_SCHEMA_ISSUES`. */
function humanize(errors) {
    const issues = [];
    const seen = new Set();
    // Past the cap only the count matters: one per failing node, cheaply.
    const leftOut = new Set();
    for (const error of errors) {
        if (WRAPPERS.has(error.keyword))
            continue;
        if (issues.length >= MAX_SCHEMA_ISSUES) {
            leftOut.add(error.instancePath);
            continue;
        }
        const issue = toIssue(error);
        // One node failing `type` and `pattern` of the same sub-schema is one problem.
        const key = `${issue.path.join('\u0000')}|${issue.target}|${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    const left = leftOut.size;
    if (left > 0) {
        issues.push({
            path: [],
            target: 'value',
            keyword: 'left-out',
            message: `${left} more schema problem${left === 1 ? '' : 's'} in this document ${left === 1 ? 'is' : 'are'} not listed; fix the ones above first (they are usually one mistake repeated).`,
        });
    }
    return issues;
}
function toIssue(error) {
    return { ...describe(error), keyword: error.keyword };
}
function describe(error) {
    const path = pointerToPath(error.instancePath);
    const custom = error.parentSchema?.['x-message'];
    const propertyName = error.propertyName;
    if (propertyName !== undefined) {
        // An invalid key (label name, annotation name): point at the key itself.
        const detail = typeof custom === 'string' ? custom : plainMessage(error);
        return { path: [...path, propertyName], target: 'key', message: `\`${shown(propertyName)}\` ${detail}${/[.!?]$/.test(detail) ? '' : '.'}` };
    }
    const params = error.params;
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            const message = typeof custom === 'string' && /^[A-Z]/.test(custom) ? custom : `\`${shown(missing)}\` is required${where(path)}.`;
            // The mapping that lacks the key: point at the key that holds it, when there is one.
            return { path, target: 'key', message };
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema.properties ?? {});
            const suggestion = closest(key, allowed);
            const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : allowed.length ? ` Allowed here: ${allowed.map((k) => `\`${k}\``).join(', ')}.` : '';
            return { path: [...path, key], target: 'key', message: `Unknown key \`${shown(key)}\`${where(path)}.${hint}` };
        }
    }
    const subject = subjectOf(path);
    const detail = typeof custom === 'string' ? custom : plainMessage(error);
    const message = /^[A-Z]/.test(detail) ? detail : `${subject} ${detail}${/[.!?]$/.test(detail) ? '' : '.'}`;
    // A forbidden key (`not: {}`) is about the key being there, so point at the key.
    const target = error.keyword === 'not' && typeof custom === 'string' ? 'key' : 'value';
    return { path, target, message };
}
/** What a message calls the node at `path`: `` `for` ``, "This rule", "The document". */
function subjectOf(path) {
    if (path.length === 0)
        return 'The document';
    const last = String(path[path.length - 1]);
    if (!/^\d+$/.test(last))
        return `\`${shown(last)}\``;
    const parent = path.length > 1 ? String(path[path.length - 2]) : undefined;
    const item = parent === undefined ? undefined : ITEM_NAMES[parent];
    if (item)
        return `This ${item}`;
    return parent === undefined ? `Item ${Number(last) + 1}` : `Item ${Number(last) + 1} of \`${shown(parent)}\``;
}
/** Lists whose items have a name people use: "in this rule" reads better than "in this item of `rules`". */
const ITEM_NAMES = { rules: 'rule', groups: 'group', kinds: 'kinds entry' };
function where(path) {
    if (path.length === 0)
        return '';
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    if (typeof last === 'number' || /^\d+$/.test(String(last))) {
        if (parent === undefined)
            return '';
        const item = ITEM_NAMES[String(parent)];
        return item ? ` in this ${item}` : ` in this item of \`${shown(String(parent))}\``;
    }
    return ` in \`${shown(String(last))}\``;
}
const TYPE_NAMES = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping (key: value)',
    array: 'a list',
    null: 'empty',
};
function plainMessage(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'type': {
            const types = String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t);
            return `must be ${[...new Set(types)].join(' or ')}`;
        }
        case 'enum':
            return `must be one of ${params.allowedValues.map((v) => `\`${String(v)}\``).join(', ')}`;
        case 'const':
            return `must be \`${String(params.allowedValue)}\``;
        case 'minLength':
            return 'must not be empty';
        case 'pattern':
            return `must match the pattern \`${String(params.pattern)}\``;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return `must be ${String(params.comparison)} ${String(params.limit)}`;
        case 'minItems':
            return `must have at least ${String(params.limit)} item(s)`;
        case 'not':
            return 'is not allowed here';
        case 'false schema':
            return 'is not allowed here';
        default:
            return error.message ?? 'is not valid';
    }
}
/** The allowed key closest to a misspelt one, when it is close enough to be a likely typo. */
function closest(word, candidates) {
    // A typo is short; comparing a 4 MB key with every candidate is not worth it.
    if (word.length > 64)
        return undefined;
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/engine/lint.ts













function emptyResult(file) {
    return { file, findings: [], kinds: [], alerts: 0, recordingRules: 0 };
}
/** A problem found before any kind looked at the file, as a finding. */
function problemResult(file, text, problem, config) {
    const reporter = new FileReporter(file, text, config);
    reporter.problem(problem);
    return reporter.finish(emptyResult(file));
}
/** The per-file pipeline: read, then lint the text. */
async function lintFile(file, job, named = false) {
    const read = await readText(external_node_path_default().resolve(job.root, file), job.config.maxFileSize);
    if (read.problem)
        return problemResult(file, read.text, read.problem, job.config);
    return lintText(file, read.text, job, named);
}
/**
 * Parse, detect kind, validate, extract, run rules. `named` files (given on the command
 * line) are parsed even when no kind's sniff recognizes them.
 */
async function lintText(file, text, job, named = false) {
    const result = emptyResult(file);
    const { config } = job;
    const forced = forcedKind(file, config);
    // Most YAML in a repository is not ours: skip it before paying for a parse.
    if (!forced && !named && !KINDS.some((kind) => kind.sniff(text)))
        return result;
    const { documents, problems } = await parse(file, text, forced);
    // A Helm or other Go template is not YAML until rendered: lint what it renders to instead.
    if (problems.length > 0 && !forced && !named && looksLikeTemplate(text))
        return result;
    const reporter = new FileReporter(file, text, config);
    for (const problem of problems)
        reporter.problem(problem);
    const model = emptyModel();
    const { settings } = config;
    documents.forEach((document, index) => {
        const kind = forced ?? KINDS.find((k) => k.detect(document.value));
        if (!kind)
            return;
        reporter.documents[index] = document;
        result.kinds.push(kind.id);
        const site = (path) => ({ doc: index, path });
        const help = referenceHelp(kind);
        try {
            for (const issue of validateWith(kind.validate, document.value)) {
                reporter.raw('schema', { site: site(issue.path), target: issue.target, message: issue.message, messageId: issue.keyword, help });
            }
            for (const issue of kind.checkStructure?.(document.value, settings) ?? []) {
                reporter.raw('schema', { site: site(issue.path), target: issue.target, message: issue.message, messageId: 'structure', help: issue.help });
            }
            model.documents.push({ kind: kind.id, doc: index, value: document.value });
            kind.extract(document.value, index, model, settings);
        }
        catch (error) {
            // Data shaped to defeat a checker costs one finding, not the run.
            reporter.raw('schema', { site: site([]), message: `This document could not be checked: ${String(error)}`, messageId: 'crash', help: REPORT_IT });
        }
    });
    result.alerts = model.alerts.length;
    result.recordingRules = model.recordingRules.length;
    let known = runbookCaches.get(job);
    if (!known)
        runbookCaches.set(job, (known = new Map()));
    const fileExists = runbookLookup(job.root, file, known);
    for (const rule of RULES) {
        const setting = config.rules[rule.meta.id];
        if ((!rule.check && !rule.collect) || setting.severity === 'off')
            continue;
        const context = {
            file,
            model,
            options: setting.options,
            settings,
            report: (report) => reporter.report(rule.meta, report),
            fileExists,
            lineOf: (site) => reporter.rangeOf(site).start.line,
            rangeOf: (site, target) => reporter.rangeOf(site, target),
        };
        try {
            rule.check?.(context);
            const collected = rule.collect?.(context);
            if (collected !== undefined)
                (result.collected ??= {})[rule.meta.id] = collected;
        }
        catch (error) {
            reporter.raw(rule.meta.id, { span: { start: 0, end: 0 }, message: `This rule failed on this file: ${String(error)}`, messageId: 'crash', help: REPORT_IT });
        }
    }
    return reporter.finish(result);
}
/** Answers to "is this runbook a file in the repository", once per run (a job lives for one run, in each thread). */
const runbookCaches = new WeakMap();
/** A kind's own parser for its file ending (TOML, Fluent Bit's format), else YAML. */
function parse(file, text, forced) {
    const ending = external_node_path_default().extname(file).slice(1).toLowerCase();
    const own = (forced ? [forced] : KINDS).map((kind) => kind.parsers?.[ending]).find((p) => p !== undefined);
    return own ? own(text) : parseYaml(text);
}
/**
 * A Helm chart template: it uses Helm's objects or functions. (Alert annotations are Go
 * templates too, `{{ range query ... }}{{ end }}` included, so only Helm's own names count.)
 */
function looksLikeTemplate(text) {
    return HELM_ACTION.test(text);
}
const HELM_ACTION = /\{\{-?\s*(\.Values|\.Release|\.Chart|\.Files|\.Capabilities|include\s|toYaml\s|tpl\s)/;
const referenceHelps = new Map();
/** The help line of a schema finding; one string per kind, shared by all its findings. */
function referenceHelp(kind) {
    let help = referenceHelps.get(kind);
    if (help === undefined)
        referenceHelps.set(kind, (help = `The format is described at ${kind.reference}`));
    return help;
}
const REPORT_IT = 'This is a bug in obslint: please report it with the file.';
/** Compiled `kinds:` globs, once per config (each worker has its own copy of the config). */
const kindMatchers = new WeakMap();
function forcedKind(file, config) {
    let matchers = kindMatchers.get(config);
    if (!matchers) {
        matchers = config.kinds.map((entry) => ({ matches: compileGlobs(entry.files), kind: kindById(entry.kind) }));
        kindMatchers.set(config, matchers);
    }
    return matchers.find((m) => m.matches(file))?.kind;
}
/** Turns reports into findings, computing line/column only for files that have some. */
class FileReporter {
    file;
    text;
    config;
    documents = [];
    findings = [];
    lines;
    constructor(file, text, config) {
        this.file = file;
        this.text = text;
        this.config = config;
    }
    problem(problem) {
        this.raw(problem.rule, { span: { start: problem.start, end: problem.end }, message: problem.message, help: problem.help });
    }
    report(meta, report) {
        const template = meta.messages[report.messageId];
        if (!template)
            throw new Error(`rule ${meta.id} has no message ${report.messageId}`);
        const message = fill(template.text, report.data);
        this.add(meta.id, report, message, template.help, report.messageId, report.subject);
    }
    raw(rule, report) {
        this.add(rule, report, report.message, report.help, report.messageId ?? report.message.replace(/\d+/g, 'N'), report.subject);
    }
    rangeOf(site, target) {
        const span = this.spanOf({ site, target });
        const index = this.index();
        return { start: index.position(span.start), end: index.position(Math.max(span.end, span.start)) };
    }
    finish(result) {
        result.findings = this.findings;
        return result;
    }
    spanOf(placement) {
        if (placement.span)
            return placement.span;
        const document = placement.site && this.documents[placement.site.doc];
        if (!placement.site || !document)
            return { start: 0, end: 0 };
        if (placement.within) {
            const start = scalarValueOffset(document.root, this.text, placement.site.path, placement.within.start);
            const end = scalarValueOffset(document.root, this.text, placement.site.path, placement.within.end);
            if (start !== undefined && end !== undefined)
                return { start, end: Math.max(end, start + 1) };
        }
        return locate(document.root, this.index(), placement.site.path, placement.target);
    }
    /** What a finding at a site is about, by names rather than positions. */
    subjectOf(placement) {
        const site = placement.site;
        const document = site && this.documents[site.doc];
        if (!site || !document)
            return '';
        return describePath(document.value, site.path, site.doc) + (placement.target === 'key' ? '#key' : '');
    }
    add(rule, placement, message, help, messageId, subject) {
        const severity = this.config.rules[rule]?.severity ?? 'error';
        if (severity === 'off')
            return;
        const span = this.spanOf(placement);
        const index = this.index();
        const finding = {
            rule,
            severity: severity,
            message: detach(message),
            file: this.file,
            start: index.position(span.start),
            end: index.position(Math.max(span.end, span.start)),
            fingerprint: identify(rule, this.file, messageId, subject ?? this.subjectOf(placement)),
        };
        // Help texts are the rules' own constants: shared, not copied.
        if (help)
            finding.help = help;
        this.findings.push(finding);
    }
    index() {
        this.lines ??= new LineIndex(this.text);
        return this.lines;
    }
}
/**
 * A fresh copy of a string. A message built from a name sliced out of the source would
 * keep the whole file's text alive for as long as the finding lives (V8 shares the parent
 * string), so 1,000 files with findings would keep 1,000 texts in memory.
 */
function detach(text) {
    return JSON.parse(JSON.stringify(text));
}

;// CONCATENATED MODULE: ./src/engine/pool.ts




/**
 * Lints files on several threads. The main thread lints too, and every thread pulls the
 * next file from one queue, so a few huge files do not leave a thread idle. A file whose lint
 * fails, or kills its thread, becomes one finding; the other files' findings are kept.
 */
const WORKER_FLAG = 'obslint-worker';
/**
 * How many threads are worth starting for a run of this size. `OBSLINT_THREADS` sets it
 * (1 = this thread only), for machines whose core count misleads (shared CI runners).
 */
function threadsFor(fileCount) {
    const forced = Number(process.env.OBSLINT_THREADS);
    if (Number.isInteger(forced) && forced >= 1)
        return Math.min(forced, 64);
    const cores = typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length;
    // Starting a worker costs about as much as linting a few dozen small files.
    return Math.max(1, Math.min(cores, 4, Math.floor(fileCount / 40)));
}
/** The result for a file obslint failed on: one finding that says so, at its first line. */
function failedResult(file, reason, job) {
    const severity = job.config.rules['unreadable-file']?.severity ?? 'warning';
    const at = { line: 1, column: 1 };
    const message = `obslint failed on this file, so it was not checked: ${reason.split('\n')[0]}`;
    return {
        file,
        kinds: [],
        alerts: 0,
        recordingRules: 0,
        findings: severity === 'off' ? [] : [
            {
                rule: 'unreadable-file',
                severity,
                message,
                help: 'This is a bug in obslint: please report it with the file.',
                file,
                start: at,
                end: at,
                fingerprint: identify('unreadable-file', file, 'crash', ''),
            },
        ],
    };
}
async function lintFiles(files, explicit, job, options) {
    const results = [];
    let next = 0;
    const take = () => (next < files.length ? files[next++] : undefined);
    const lintHere = (file) => lintFile(file, job, explicit.has(file)).catch((error) => failedResult(file, String(error?.message ?? error), job));
    const workers = options.workerUrl ? Math.max(0, options.threads - 1) : 0;
    const threads = Array.from({ length: workers }, () => runWorker(options.workerUrl, job, take, explicit, results));
    // The main thread takes its share between its own awaits.
    const local = (async () => {
        for (let file = take(); file !== undefined; file = take())
            results.push(await lintHere(file));
    })();
    await Promise.all([local, ...threads]);
    return results;
}
/**
 * Files a worker holds in its queue. The main thread lints too, so it answers a worker's
 * "done" only between its own files; a second file queued keeps the worker busy meanwhile.
 */
const IN_FLIGHT = 2;
function runWorker(url, job, take, explicit, results) {
    return new Promise((resolve) => {
        // A worker's young generation grows past what linting one file at a time needs; capping
        // it keeps peak memory of a 100,000-rule run near 140 MB instead of 157, at no cost in time.
        const worker = new external_node_worker_threads_namespaceObject.Worker(url, { workerData: { [WORKER_FLAG]: true, job }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
        const pending = new Set();
        let stopped = false;
        const send = () => {
            const file = take();
            if (file !== undefined) {
                pending.add(file);
                worker.postMessage({ file, named: explicit.has(file) });
            }
            else if (pending.size === 0 && !stopped) {
                stopped = true;
                worker.postMessage({ stop: true });
            }
        };
        worker.on('message', (message) => {
            const file = 'result' in message ? message.result.file : message.file;
            pending.delete(file);
            results.push('result' in message ? message.result : failedResult(file, message.error, job));
            send();
        });
        let failure = 'the lint thread stopped';
        worker.on('error', (error) => (failure = `the lint thread failed: ${error.message}`));
        // A thread that ends with files still queued must not lose them silently.
        worker.on('exit', () => {
            for (const file of pending)
                results.push(failedResult(file, failure, job));
            pending.clear();
            resolve();
        });
        worker.on('online', () => {
            for (let i = 0; i < IN_FLIGHT; i++)
                send();
        });
    });
}
/** True in a thread this pool started; the entry point then serves files instead of running. */
function isPoolWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.[WORKER_FLAG] === true;
}
function serveWorker() {
    const job = external_node_worker_threads_namespaceObject.workerData.job;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    port.on('message', (message) => {
        if ('stop' in message) {
            port.close();
            return;
        }
        lintFile(message.file, job, message.named).then((result) => port.postMessage({ result }), (error) => port.postMessage({ error: String(error?.message ?? error), file: message.file }));
    });
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/kinds/settings.ts
const DEFAULT_SETTINGS = { nameValidation: 'utf8' };

;// CONCATENATED MODULE: ./src/engine/config.ts











const CONFIG_FILE_NAMES = ['.obslint.yml', '.obslint.yaml'];
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** A config is a page of YAML; anything this big is not one. */
const MAX_CONFIG_SIZE = 1024 * 1024;
/** A config that cannot be used: the run stops with exit code 2 and these messages. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatConfigProblem).join('\n'));
        this.problems = problems;
    }
}
function formatConfigProblem(problem) {
    const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}:${problem.column}` : ''}: ` : '';
    return `${where}${problem.message}`;
}
/**
 * Reads `.obslint.yml` from the root, or the file named; defaults when there is none. A config
 * that exists but cannot be used (unreadable, not a regular file, too large, a symlink out of
 * the repository) stops the run: silently linting with defaults would pass what the team's
 * config fails.
 */
async function loadConfig(root, explicitPath) {
    const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES;
    for (const candidate of candidates) {
        const abs = external_node_path_default().resolve(root, candidate);
        const shown = explicitPath ?? candidate;
        const fail = (message) => new ConfigError([{ file: shown, message }]);
        const stat = await external_node_fs_namespaceObject.promises.lstat(abs).catch((error) => error);
        if (stat instanceof Error) {
            if (explicitPath || stat.code !== 'ENOENT')
                throw fail(`Cannot read the config file (${stat.code ?? stat.message}).`);
            continue;
        }
        // Inside the repository, a symlink must stay inside it: its keys are echoed in messages.
        const real = realPath(abs);
        if (real === undefined)
            throw fail('The config file is a symlink to nothing.');
        if (isInside(root, abs) && !isInside(realRoot(root), real))
            throw fail('The config file is a symlink to a file outside the repository; obslint does not read it.');
        const target = await external_node_fs_namespaceObject.promises.stat(real);
        // A pipe or device would block the read or never end.
        if (!target.isFile())
            throw fail('The config file is not a regular file.');
        if (target.size > MAX_CONFIG_SIZE)
            throw fail(`The config file is ${formatBytes(target.size)}; a config over ${formatBytes(MAX_CONFIG_SIZE)} is not one.`);
        const decoded = decode(await external_node_fs_namespaceObject.promises.readFile(real));
        if (decoded.problem)
            throw fail(decoded.problem.message.replace(/, so it was not linted\.$/, '.'));
        return parseConfig(decoded.text, toPosix(external_node_path_default().relative(root, abs)));
    }
    return resolveConfig({});
}
/** Parses and validates a config text; every problem is reported with its line and column. */
async function parseConfig(text, file) {
    const { documents, problems } = await parseYaml(text);
    const lines = new LineIndex(text);
    const at = (offset, message) => ({ file, ...lines.position(offset), message });
    const errors = problems.filter((p) => p.rule === 'yaml-syntax');
    if (errors.length > 0)
        throw new ConfigError(errors.map((p) => at(p.start, p.message)));
    if (documents.length > 1)
        throw new ConfigError([{ file, message: `Expected one YAML document, found ${documents.length}.` }]);
    const document = documents[0];
    if (!document)
        return { ...resolveConfig({}), file };
    const issues = validateWith(obslintConfig, document.value);
    if (issues.length > 0) {
        const located = issues.map((issue) => at(locate(document.root, lines, issue.path, issue.target).start, issue.message));
        throw new ConfigError(located.sort((a, b) => a.line - b.line || a.column - b.column));
    }
    return { ...resolveConfig(document.value), file };
}
function resolveConfig(raw) {
    const rules = {};
    for (const rule of RULES) {
        const given = raw.rules?.[rule.meta.id];
        const { severity, ...options } = typeof given === 'string' ? { severity: given } : (given ?? {});
        rules[rule.meta.id] = {
            severity: severity ?? rule.meta.defaultSeverity,
            options: { ...rule.meta.options?.defaults, ...options },
        };
    }
    return {
        include: raw.include ? list(raw.include) : defaultInclude(),
        includeGiven: raw.include !== undefined,
        exclude: list(raw.exclude),
        maxFileSize: raw['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(raw['max-file-size']),
        failOn: raw['fail-on'],
        kinds: (raw.kinds ?? []).map((k) => ({ files: list(k.files), kind: k.kind })),
        rules,
        settings: { ...DEFAULT_SETTINGS, nameValidation: raw.prometheus?.['metric-name-validation-scheme'] ?? DEFAULT_SETTINGS.nameValidation },
    };
}
/** Every file ending that some kind can claim. */
function defaultInclude() {
    const endings = [...new Set(KINDS.flatMap((kind) => kind.extensions))].sort();
    return [`**/*.{${endings.join(',')}}`];
}
function list(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
const UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
function parseSize(value) {
    const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/.exec(value.trim()) : null;
    const bytes = typeof value === 'number' ? value : match ? Math.round(Number(match[1]) * UNITS[match[2] ?? 'B']) : 0;
    if (bytes < 1)
        throw new ConfigError([{ message: `max-file-size must be at least 1 byte, not ${value}.` }]);
    return bytes;
}

;// CONCATENATED MODULE: ./src/engine/discover.ts




/** Folders never worth walking; a named path, or an `include` that names them, still reaches inside. */
const DEFAULT_SKIPS = ['.git', 'node_modules', 'dist'];
const GLOB_CHARS = /[*?[\]{}!]/;
/** A path argument that names nothing, or that may not be read: a usage error, not a finding. */
class DiscoverError extends Error {
}
/**
 * Finds the files to lint. Folders are walked without following symlinked folders (they may
 * loop); a symlinked file, or a named symlinked folder, is followed only when its real path is
 * inside the root. Every path or glob the user gave must match at least one file.
 */
async function discover(options) {
    const root = external_node_path_default().resolve(options.root);
    const real = realRoot(root);
    let isIncluded;
    let isExcluded;
    try {
        isIncluded = compileGlobs(options.include);
        isExcluded = compileGlobs(options.exclude);
    }
    catch (error) {
        if (error instanceof GlobError)
            throw new DiscoverError(error.message);
        throw error;
    }
    // A default skip is walked when an `include` pattern names it as a folder.
    const named = new Set(options.includeGiven ? options.include.flatMap((p) => p.split('/')) : []);
    const skipped = (name) => DEFAULT_SKIPS.includes(name) && !named.has(name);
    const found = new Set();
    const explicit = new Set();
    const problems = new Map();
    const relative = (abs) => toPosix(external_node_path_default().relative(root, abs)) || '.';
    // Globs are relative to the root; for a folder outside it, relative to that folder.
    const matchPath = (abs, base) => {
        const rel = relative(abs);
        return rel.startsWith('../') ? toPosix(external_node_path_default().relative(base, abs)) : rel;
    };
    const outside = (message) => ({
        rule: 'unreadable-file',
        message,
        help: 'Lint the target where it lives, or exclude the link in .obslint.yml.',
        start: 0,
        end: 0,
    });
    /** Adds a file; returns whether it counts as a match for the path that led to it. */
    async function addFile(abs, isSymlink, isNamed, base) {
        const rel = relative(abs);
        const matched = matchPath(abs, base);
        if (!isNamed && (!isIncluded(matched) || isExcluded(matched)))
            return false;
        const inRoot = isInside(root, abs);
        // A path the user typed outside the repository is theirs to name (the Action refuses them).
        if (isSymlink || (isNamed && inRoot)) {
            // A named path may pass through a symlinked folder: resolve it, like a symlink.
            const target = await external_node_fs_namespaceObject.promises.realpath(abs).catch(() => undefined);
            const boundary = inRoot ? real : await external_node_fs_namespaceObject.promises.realpath(base).catch(() => base);
            if (target === undefined) {
                problems.set(rel, outside('Symlink points to a file that does not exist, so it was not linted.'));
                found.add(rel);
                return true;
            }
            if (!isInside(boundary, target)) {
                problems.set(rel, outside(isSymlink ? 'Symlink points outside the repository, so it was not read.' : 'This path leads outside the repository through a symlinked folder, so it was not read.'));
                found.add(rel);
                return true;
            }
            const stat = await external_node_fs_namespaceObject.promises.stat(target).catch(() => undefined);
            // A pipe or device would block the read, or never end: named, it is reported when read.
            if (!stat?.isFile() && !isNamed)
                return false;
        }
        found.add(rel);
        if (isNamed)
            explicit.add(rel);
        return true;
    }
    /** Walks a folder; returns how many files it added. */
    async function walk(dir, base) {
        let entries;
        try {
            entries = await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true });
        }
        catch {
            return 0;
        }
        let count = 0;
        for (const entry of entries) {
            const abs = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!skipped(entry.name) && !isExcluded(matchPath(abs, base)))
                    count += await walk(abs, base);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                if (entry.isSymbolicLink() && (await isDirectory(abs)))
                    continue;
                if (await addFile(abs, entry.isSymbolicLink(), false, base))
                    count++;
            }
        }
        return count;
    }
    for (const given of options.paths) {
        const abs = external_node_path_default().resolve(root, given);
        if (options.insideRootOnly && !isInside(root, abs)) {
            throw new DiscoverError(`${given} is outside the repository; name files and folders inside it.`);
        }
        const stat = await external_node_fs_namespaceObject.promises.lstat(abs).catch(() => undefined);
        let count;
        if (stat === undefined && GLOB_CHARS.test(given)) {
            const matches = compileGlobs([toPosix(external_node_path_default().relative(root, abs))]);
            // Glob matches are found files, not named ones: include and the kinds' sniff apply.
            count = await walkMatching(root, matches, skipped, isExcluded, relative, (file) => addFile(file, false, false, root));
        }
        else if (stat === undefined) {
            throw new DiscoverError(`No such file or folder: ${given}`);
        }
        else if (stat.isDirectory() || (stat.isSymbolicLink() && (await isDirectory(abs)))) {
            // A named folder (or a symlink to one, or a path through one) is walked when it really is in the repository.
            const target = await external_node_fs_namespaceObject.promises.realpath(abs);
            if (isInside(root, abs) && !isInside(real, target)) {
                problems.set(relative(abs), outside('Symlink points outside the repository, so it was not read.'));
                count = 1;
            }
            else
                count = await walk(abs, abs);
        }
        else {
            count = (await addFile(abs, stat.isSymbolicLink(), true, root)) ? 1 : 0;
        }
        if (count === 0 && options.requireMatches) {
            throw new UnmatchedPathError(`${given} matches no file to lint.`);
        }
    }
    return { files: [...found].sort(), explicit, problems };
}
/** A path the user gave that matched no file: a usage error unless they said that is fine. */
class UnmatchedPathError extends DiscoverError {
}
async function isDirectory(abs) {
    return (await external_node_fs_namespaceObject.promises.stat(abs).catch(() => undefined))?.isDirectory() === true;
}
async function walkMatching(dir, matches, skipped, isExcluded, relative, onFile) {
    const entries = await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
    let count = 0;
    for (const entry of entries) {
        const abs = external_node_path_default().join(dir, entry.name);
        const rel = relative(abs);
        if (isExcluded(rel))
            continue;
        if (entry.isDirectory()) {
            if (!skipped(entry.name))
                count += await walkMatching(abs, matches, skipped, isExcluded, relative, onFile);
        }
        else if (entry.isFile() && matches(rel) && (await onFile(abs)))
            count++;
    }
    return count;
}

;// CONCATENATED MODULE: ./src/engine/run.ts






/** The whole pipeline over a set of paths: discover, lint every file, look across files, sort. */
async function runLint(options) {
    const root = external_node_path_default().resolve(options.root);
    const { config } = options;
    const { files, explicit, problems } = await discover({
        root,
        paths: options.paths,
        requireMatches: options.requireMatches,
        insideRootOnly: options.insideRootOnly,
        include: config.include,
        includeGiven: config.includeGiven,
        exclude: config.exclude,
    });
    const findings = [];
    for (const [file, problem] of problems) {
        const severity = config.rules[problem.rule]?.severity ?? 'warning';
        if (severity === 'off')
            continue;
        const at = { line: 1, column: 1 };
        const fingerprint = identify(problem.rule, file, problem.message, '');
        findings.push({ rule: problem.rule, severity, message: problem.message, help: problem.help, file, start: at, end: at, fingerprint });
    }
    const toLint = files.filter((file) => !problems.has(file));
    const job = { root, config };
    const threads = options.threads ?? threadsFor(toLint.length);
    const results = await lintFiles(toLint, explicit, job, { workerUrl: options.workerUrl, threads });
    let filesLinted = problems.size;
    let alerts = 0;
    let recordingRules = 0;
    for (const result of results) {
        // One at a time: spreading a file's 100,000 findings into push() overflows the stack.
        for (const finding of result.findings)
            findings.push(finding);
        if (result.kinds.length > 0 || result.findings.length > 0)
            filesLinted++;
        alerts += result.alerts;
        recordingRules += result.recordingRules;
    }
    checkProject(results, config, findings);
    findings.sort(compareFindings);
    distinguish(findings);
    const filesWithFindings = new Set(findings.map((f) => f.file)).size;
    return { findings, filesScanned: files.length, filesLinted, filesWithFindings, alerts, recordingRules };
}
/** The project stage: rules that look across files, on what each file's lint collected. */
function checkProject(results, config, findings) {
    const ordered = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const rule of RULES) {
        const setting = config.rules[rule.meta.id];
        if (!rule.checkProject || setting.severity === 'off')
            continue;
        const collected = ordered.flatMap((r) => (r.collected?.[rule.meta.id] === undefined ? [] : [{ file: r.file, data: r.collected[rule.meta.id] }]));
        const context = {
            options: setting.options,
            settings: config.settings,
            collected,
            report(report) {
                const template = rule.meta.messages[report.messageId];
                findings.push({
                    rule: rule.meta.id,
                    severity: setting.severity,
                    message: fill(template.text, report.data),
                    ...(template.help !== undefined && { help: template.help }),
                    file: report.file,
                    start: report.range.start,
                    end: report.range.end,
                    fingerprint: identify(rule.meta.id, report.file, report.messageId, report.subject),
                });
            },
        };
        rule.checkProject(context);
    }
}

;// CONCATENATED MODULE: ./src/report/common.ts

/** `1 error`, `2 errors`, `0 errors`. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** `2 errors, 1 warning, 0 notices`. */
function countsPhrase(counts) {
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
}
/** A sorted copy: reporters must not reorder the caller's array. */
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Consecutive runs of one file, from findings already in compareFindings order. */
function groupByFile(sorted) {
    const groups = [];
    for (const f of sorted) {
        const last = groups[groups.length - 1];
        if (last !== undefined && last[0].file === f.file)
            last.push(f);
        else
            groups.push([f]);
    }
    return groups;
}
/** Whether the end position is usable: not before the start (a degenerate end means "just the start"). */
function hasEnd(f) {
    return f.end.line > f.start.line || (f.end.line === f.start.line && f.end.column >= f.start.column);
}
/** `in 2 files (4 linted)`: how many files had findings, and how many were linted. */
function filesPhrase(findings, filesLinted) {
    const withFindings = new Set(findings.map((f) => f.file)).size;
    return `in ${plural(withFindings, 'file')} (${filesLinted} linted)`;
}
/** `3 errors, 0 warnings, 1 notice in 2 files (4 linted)`: the one-line result of a run. */
function resultLine(findings, filesLinted) {
    return `${countsPhrase(countBySeverity(findings))} ${filesPhrase(findings, filesLinted)}`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/** GitHub shows at most this many annotations per severity per step and silently drops the rest. */
const ANNOTATION_LIMIT = 10;
/** Findings that mean a file could not be checked at all; they go first so they are never the dropped ones. */
const BLOCKING = new Set(['yaml-syntax', 'schema', 'unreadable-file', 'promql-syntax']);
function selectAnnotations(findings, limit = ANNOTATION_LIMIT) {
    const sorted = sortFindings(findings);
    const shown = SEVERITIES.flatMap((severity) => {
        const tiers = [
            sorted.filter((f) => f.severity === severity && BLOCKING.has(f.rule)),
            sorted.filter((f) => f.severity === severity && !BLOCKING.has(f.rule)),
        ];
        return tiers.flatMap((tier) => roundRobin(tier)).slice(0, limit);
    });
    return { shown: shown.sort(compareFindings), hidden: findings.length - shown.length };
}
/**
 * Reorders sorted findings so each file gives its first finding before any file gives a
 * second, and so on: one noisy file cannot use up the whole limit.
 */
function roundRobin(sorted) {
    const seen = new Map();
    const rounds = [];
    for (const f of sorted) {
        const round = seen.get(f.file) ?? 0;
        seen.set(f.file, round + 1);
        (rounds[round] ??= []).push(f);
    }
    return rounds.flat();
}
function formatAnnotation(f) {
    const properties = [
        ['file', f.file],
        ['line', f.start.line],
        ['col', f.start.column],
    ];
    if (hasEnd(f))
        properties.push(['endLine', f.end.line], ['endColumn', f.end.column]);
    properties.push(['title', f.rule]);
    const help = f.help !== undefined ? `\n${f.help}` : '';
    const message = `${f.message}${help}\nDocs: ${ruleDocsUrl(f.rule)}`;
    const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    return `::${f.severity} ${props}::${escapeData(message)}`;
}
function formatAnnotations(findings, limit = ANNOTATION_LIMIT) {
    if (findings.length === 0)
        return '';
    const { shown, hidden } = selectAnnotations(findings, limit);
    const lines = shown.map(formatAnnotation);
    if (hidden > 0) {
        // A plain line, not a command: it lands in the log, where someone looking for the rest will be.
        lines.push(`obslint: ${plural(hidden, 'more finding')} ${hidden === 1 ? 'is' : 'are'} not shown as annotations ` +
            `(GitHub shows ${limit} per severity); the job summary lists all of them.`);
    }
    return `${lines.join('\n')}\n`;
}
// The same escaping as @actions/core's command.js, so the runner decodes it back exactly.
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** Flat positions rather than nested objects, so `jq` filters stay short. */
function formatJson(findings) {
    return [...jsonChunks(findings)].join('');
}
/** The JSON report a finding at a time, so a huge report is never one string. */
function* jsonChunks(findings) {
    if (findings.length === 0) {
        yield '{\n  "findings": []\n}\n';
        return;
    }
    yield '{\n  "findings": [\n';
    const sorted = sortFindings(findings);
    for (let i = 0; i < sorted.length; i++) {
        const f = sorted[i];
        const entry = {
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: f.start.line,
            column: f.start.column,
            endLine: f.end.line,
            endColumn: f.end.column,
            ...(f.help !== undefined && { help: f.help }),
            fingerprint: f.fingerprint,
        };
        const text = JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
        yield `    ${text}${i < sorted.length - 1 ? ',' : ''}\n`;
    }
    yield '  ]\n}\n';
}

;// CONCATENATED MODULE: ./src/report/sarif.ts


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function formatSarif(findings, options) {
    const maxResults = options.maxResults ?? 25000;
    const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
    const sorted = sortFindings(findings);
    // Array.prototype.sort is stable, so findings of one severity keep compareFindings order.
    const bySeverity = [...sorted].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    const kept = sorted.length > maxResults ? bySeverity.slice(0, maxResults).sort(compareFindings) : sorted;
    const omitted = bySeverity.slice(kept.length);
    const invocation = { executionSuccessful: true };
    if (omitted.length > 0) {
        invocation.toolExecutionNotifications = [
            {
                level: 'warning',
                message: {
                    text: `${plural(omitted.length, 'more finding')} ${omitted.length === 1 ? 'was' : 'were'} left out: ` +
                        `GitHub code scanning takes at most ${maxResults} results per run, so the most severe were kept ` +
                        `(left out: ${countsPhrase(countBySeverity(omitted))}).`,
                },
            },
        ];
    }
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'obslint',
                        version: options.toolVersion,
                        informationUri: 'https://github.com/obslint/obslint',
                        rules: options.rules.map((r) => ({
                            id: r.id,
                            name: r.id,
                            shortDescription: { text: r.summary },
                            helpUri: ruleDocsUrl(r.id),
                            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
                        })),
                    },
                },
                invocations: [invocation],
                results: kept.map((f) => {
                    const index = ruleIndex.get(f.rule);
                    return {
                        ruleId: f.rule,
                        // A ruleIndex must point into driver.rules, so leave it out for a rule not passed in.
                        ...(index !== undefined && { ruleIndex: index }),
                        level: LEVEL[f.severity],
                        message: { text: f.help !== undefined ? `${f.message} ${f.help}` : f.message },
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' },
                                    region: {
                                        startLine: f.start.line,
                                        startColumn: f.start.column,
                                        ...(hasEnd(f) && { endLine: f.end.line, endColumn: f.end.column }),
                                    },
                                },
                            },
                        ],
                        partialFingerprints: { 'obslint/v2': f.fingerprint },
                    };
                }),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/** Forward slashes, each segment URI-escaped, so names with spaces or `#` stay one path. */
function fileUri(file) {
    return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/report/text.ts



/** Lines longer than this are shown as a window around the column. */
const MAX_LINE = 200;
const WINDOW = 160;
/** How much of the window comes before the column. */
const WINDOW_LEAD = 60;
const GUTTER_WIDTH = 5;
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SEVERITY_COLOR = { error: 31, warning: 33, notice: 34 };
const PLAIN = { severity: (s) => s, bold: (s) => s, dim: (s) => s };
const ANSI = {
    severity: (s) => `\x1b[${SEVERITY_COLOR[s]}m${s}\x1b[39m`,
    bold: (s) => `\x1b[1m${s}\x1b[22m`,
    dim: (s) => `\x1b[2m${s}\x1b[22m`,
};
function formatText(findings, options) {
    return [...textChunks(findings, options)].join('');
}
/** The text report a file at a time, so only one file's source is held at once. */
function* textChunks(findings, options) {
    if (findings.length === 0) {
        yield `No problems found in ${plural(options.filesLinted, 'file')}.\n`;
        return;
    }
    const style = options.color ? ANSI : PLAIN;
    let first = true;
    for (const group of groupByFile(sortFindings(findings))) {
        const source = options.readSource(group[0].file);
        // Split like LineIndex does: on \n, dropping a trailing \r, so line numbers agree.
        const lines = source?.split('\n').map((l) => l.replace(/\r$/, ''));
        yield `${first ? '' : '\n\n'}${group.flatMap((f) => formatFinding(f, lines, style)).join('\n')}`;
        first = false;
    }
    const total = `${plural(findings.length, 'problem')} (${countsPhrase(countBySeverity(findings))}) ${filesPhrase(findings, options.filesLinted)}`;
    yield `\n\n${docsLines(findings, style).join('\n')}\n\n${total}\n`;
}
/** Where each rule that fired is explained, with a bad and a good example. */
function docsLines(findings, style) {
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    const width = Math.max(...rules.map((r) => r.length));
    return ['How to fix:', ...rules.map((rule) => `  ${style.dim(rule.padEnd(width))}  ${ruleDocsUrl(rule)}`)];
}
function formatFinding(f, lines, style) {
    const padding = ' '.repeat(7 - f.severity.length);
    const out = [
        `${style.bold(shownPath(f.file))}:${f.start.line}:${f.start.column}  ${style.severity(f.severity)}${padding}  ${escapeControls(f.message)}  ${style.dim(f.rule)}`,
    ];
    const line = lines?.[f.start.line - 1];
    const width = Math.max(GUTTER_WIDTH, String(f.start.line).length);
    const blank = style.dim(`${' '.repeat(width)} | `);
    if (line !== undefined) {
        const excerpt = excerptOf(line, f);
        out.push(`${style.dim(`${String(f.start.line).padStart(width)} | `)}${excerpt.text}`);
        out.push(`${blank}${' '.repeat(excerpt.caretAt)}${'^'.repeat(excerpt.caretWidth)}`);
    }
    if (f.help !== undefined)
        out.push(`${' '.repeat(width)} = help: ${escapeControls(f.help)}`);
    return out;
}
function excerptOf(rawLine, f) {
    // One character for one: a tab becomes a space and anything a terminal would act on (an
    // escape sequence, a carriage return, a bidi override) a replacement character, so the
    // caret stays under its column and a file cannot drive the terminal.
    const line = rawLine.replace(/\t/g, ' ').replace(UNPRINTABLE, '\ufffd');
    const start = f.start.column - 1;
    const span = f.end.line === f.start.line ? f.end.column - f.start.column : f.end.line > f.start.line ? line.length - start : 1;
    const caretWidth = Math.max(1, span);
    if (line.length <= MAX_LINE)
        return { text: line, caretAt: start, caretWidth };
    const from = Math.max(0, Math.min(start - WINDOW_LEAD, line.length - WINDOW));
    const to = from + WINDOW;
    const lead = from > 0 ? '…' : '';
    return {
        text: `${lead}${line.slice(from, to)}${to < line.length ? '…' : ''}`,
        caretAt: start - from + lead.length,
        caretWidth: Math.max(1, Math.min(caretWidth, to - start)),
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/run-cli.ts















const USAGE = `Usage: obslint [paths...] [options]

Lints alerting, logging and tracing config: every file parses and matches its format,
every PromQL expression is valid, every alert has an owner and a runbook.

Options:
  -c, --config <file>      config file (default: .obslint.yml in the current folder)
  -f, --format <format>    text | json | sarif | github (default: text)
      --fail-on <level>    error | warning | notice | never (default: error)
  -o, --output <file>      write the report to a file instead of standard output
      --no-error-on-unmatched-pattern
                           a path or glob that matches no file is not an error
      --stats              print run statistics as one JSON line on standard error
      --no-color           no colors in text output (also NO_COLOR=1)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or config error.
Docs: https://github.com/obslint/obslint#readme`;
const FORMATS = ['text', 'json', 'sarif', 'github'];
const OPTIONS = {
    config: { type: 'string', short: 'c' },
    format: { type: 'string', short: 'f', default: 'text' },
    'fail-on': { type: 'string' },
    output: { type: 'string', short: 'o' },
    'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
};
const PROCESS_IO = { stdout: process.stdout, stderr: process.stderr, env: process.env };
/**
 * Runs the CLI and returns its exit code; everything it needs comes in as arguments.
 * `workerUrl` is the bundle to start lint threads from (the entry passes its own URL).
 */
async function cli(argv, cwd = process.cwd(), workerUrl, io = PROCESS_IO) {
    const started = performance.now();
    const usageError = (message) => {
        io.stderr.write(`obslint: ${message}\n\n${USAGE}\n`);
        return 2;
    };
    let args;
    try {
        args = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    }
    catch (error) {
        return usageError(argumentProblem(error));
    }
    const { values, positionals } = args;
    if (values.help) {
        io.stdout.write(`${USAGE}\n`);
        return 0;
    }
    if (values.version) {
        io.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const format = values.format;
    if (!FORMATS.includes(format))
        return usageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
    const failOnFlag = values['fail-on'];
    if (failOnFlag !== undefined && !isFailOn(failOnFlag)) {
        return usageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${failOnFlag}".`);
    }
    let result;
    let failOn;
    try {
        const config = await loadConfig(cwd, values.config);
        failOn = failOnFlag ?? config.failOn ?? 'error';
        result = await runLint({
            root: cwd,
            paths: positionals.length > 0 ? positionals : ['.'],
            requireMatches: positionals.length > 0 && !values['no-error-on-unmatched-pattern'],
            config,
            workerUrl,
        });
    }
    catch (error) {
        if (error instanceof ConfigError) {
            io.stderr.write(`obslint: the config has problems:\n${error.message}\n`);
            return 2;
        }
        if (error instanceof DiscoverError) {
            const hint = /matches no file/.test(error.message) ? ' (add --no-error-on-unmatched-pattern if that is expected)' : '';
            return usageError(`${error.message}${hint}`);
        }
        throw error;
    }
    const toFile = values.output !== undefined;
    const color = !values['no-color'] && !toFile && colorWanted(io);
    const report = coalesce(formatReport(format, result.findings, { filesLinted: result.filesLinted, color, cwd }));
    if (toFile) {
        const target = external_node_path_default().resolve(cwd, values.output);
        try {
            // Create the report's folder, but only one level: a path that needs more is likely a typo.
            if (!(0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().dirname(target)))
                (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(target));
            writeAll(target, report);
        }
        catch (error) {
            return usageError(`cannot write the report to ${values.output} (${error.code ?? error}).`);
        }
    }
    else {
        for (const chunk of report) {
            // Wait for a slow pipe to drain rather than buffer the whole report in memory.
            if (io.stdout.write(chunk) === false && 'once' in io.stdout)
                await new Promise((resolve) => io.stdout.once('drain', resolve));
        }
    }
    if (values.stats) {
        const stats = {
            files: result.filesLinted,
            filesScanned: result.filesScanned,
            filesWithFindings: result.filesWithFindings,
            rules: result.alerts + result.recordingRules,
            findings: result.findings.length,
            peakRssBytes: process.resourceUsage().maxRSS * 1024,
            wallMs: Math.round(performance.now() - started),
        };
        io.stderr.write(`${JSON.stringify(stats)}\n`);
    }
    return result.findings.some((f) => meetsBar(f.severity, failOn)) ? 1 : 0;
}
/** Node's argument parser's complaint, said in obslint's words with the option at fault. */
function argumentProblem(error) {
    const code = error.code;
    const option = /'(-[^' ,]+)/.exec(error.message)?.[1] ?? '';
    const long = /--[\w-]+/.exec(error.message)?.[0] ?? option;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const names = Object.keys(OPTIONS).map((name) => `--${name}`);
        const suggestion = option.startsWith('--') ? closest(option.split('=')[0], names) : undefined;
        return `unknown option ${option}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
    }
    if (/argument missing/.test(error.message))
        return `${long} needs a value.`;
    if (/does not take an argument/.test(error.message))
        return `${long} takes no value.`;
    return error.message;
}
/** Pieces of at least 64 KB: one write per finding would cost more than making the report. */
function* coalesce(chunks) {
    let pending = '';
    for (const chunk of chunks) {
        pending += chunk;
        if (pending.length >= 65536) {
            yield pending;
            pending = '';
        }
    }
    if (pending)
        yield pending;
}
/** A report written in pieces, so a run with 100,000 findings never holds its whole report. */
function writeAll(target, chunks) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(target, 'w');
    try {
        for (const chunk of chunks)
            (0,external_node_fs_namespaceObject.writeSync)(fd, chunk);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The text report shows source lines; never for a file that was not to be read (a symlink
 * out of the repository, a binary or oversized file).
 */
function sourceReader(cwd, findings) {
    const unreadable = new Set(findings.filter((f) => f.rule === 'unreadable-file').map((f) => f.file));
    return (file) => {
        if (unreadable.has(file))
            return undefined;
        try {
            return (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
        }
        catch {
            return undefined;
        }
    };
}
function formatReport(format, findings, options) {
    switch (format) {
        case 'json':
            return jsonChunks(findings);
        case 'sarif':
            return [formatSarif(findings, { rules: RULES.map((r) => r.meta), toolVersion: VERSION })];
        case 'github':
            return [`${formatAnnotations(findings)}obslint: ${resultLine(findings, options.filesLinted)}\n`];
        case 'text':
            return textChunks(findings, {
                filesLinted: options.filesLinted,
                color: options.color,
                readSource: sourceReader(options.cwd, findings),
            });
    }
}
function colorWanted(io) {
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdout.isTTY === true;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The `obslint` command. Thin on purpose: the same bundle also serves as a lint worker thread.


if (isPoolWorker()) {
    serveWorker();
}
else {
    // `obslint | head` closes the pipe early: that is not an error.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
    cli(process.argv.slice(2), process.cwd(), new URL(import.meta.url)).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`obslint: internal error: ${error?.stack ?? String(error)}\nPlease report it with the file that caused it.\n`);
        process.exitCode = 2;
    });
}

