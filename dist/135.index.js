export const id = 135;
export const ids = [135];
export const modules = {

/***/ 1135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseToml: () => (/* binding */ parseToml)
/* harmony export */ });
/* harmony import */ var toml_eslint_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9605);

/**
 * A TOML file as the engine's tree (src/yaml/tree.ts), with offsets into the text: what the
 * YAML parser gives for YAML, so locating findings works the same. TOML 1.0, which Vector's
 * reader (the `toml` crate) implements. A file that does not parse is one problem under
 * `toml-syntax`, at the parser's offset, and no document.
 *
 * TOML builds tables piece by piece (`[sources.in]`, then `[sources.in.decoding]`, dotted keys
 * `encoding.codec = "json"`): a table's node starts where it is first named, and its key is
 * that first name.
 */
function parseToml(text) {
    const parsed = parseWithVariables(text);
    if (parsed instanceof toml_eslint_parser__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB)
        return { documents: [], problems: [syntaxProblem(parsed, text)] };
    const { program, variables } = parsed;
    const top = program.body[0];
    const root = newMap(top.range[0], top.range[1]);
    for (const item of top.body) {
        if (item.type === 'TOMLKeyValue')
            addKeyValue(root, item);
        else
            addTable(root, item);
    }
    restoreVariables(root, variables);
    return { documents: [{ root, value: toValue(root) }], problems: [] };
}
/**
 * Vector replaces environment variables in the text before it reads the TOML, so
 * `port = ${PORT}` is valid for Vector though not as written. Where the parser stops at such a
 * variable, it is read as a string of the same length (offsets stay put) and parsed again;
 * the value keeps the variable as written.
 */
function parseWithVariables(text) {
    const variables = new Map();
    let source = text;
    for (;;) {
        try {
            return { program: (0,toml_eslint_parser__WEBPACK_IMPORTED_MODULE_0__/* .parseTOML */ .MD)(source, { tomlVersion: '1.0.0' }), variables };
        }
        catch (error) {
            if (!(error instanceof toml_eslint_parser__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB))
                throw error;
            const variable = VARIABLE.exec(source.slice(error.index));
            if (!variable || variables.has(error.index) || variable[0].length < 2)
                return error;
            const written = variable[0];
            variables.set(error.index, written);
            source = source.slice(0, error.index) + `'${written.slice(1, -1).replace(/'/g, '_')}'` + source.slice(error.index + written.length);
        }
    }
}
/** Vector's interpolation syntax (`config::vars`): `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME?error}`. */
const VARIABLE = /^\$(\{[\w.]+(:?[-?][^}\n]*)?\}|[\w.]+)/;
function syntaxProblem(error, text) {
    const start = Math.min(error.index, text.length);
    return {
        rule: 'toml-syntax',
        message: `TOML syntax error: ${error.message.replace(/\.$/, '')}.`,
        help: 'Fix the TOML so the file parses; nothing else in it was checked.',
        start,
        end: Math.min(start + 1, text.length),
    };
}
function newMap(start, end) {
    return { kind: 'map', start, end, pairs: [] };
}
/** Pairs by key while the tree is built: a table with thousands of entries must not be searched for each. */
const pairIndex = new WeakMap();
function findPair(map, key) {
    return pairIndex.get(map)?.get(key);
}
function addPair(map, pair) {
    map.pairs.push(pair);
    let index = pairIndex.get(map);
    if (!index)
        pairIndex.set(map, (index = new Map()));
    index.set(pair.key.value, pair);
}
function keyScalar(key) {
    const value = key.type === 'TOMLBare' ? key.name : key.value;
    const style = key.type === 'TOMLBare' ? 'plain' : key.style === 'basic' ? 'double' : 'single';
    return { kind: 'scalar', start: key.range[0], end: key.range[1], value, style };
}
/**
 * The map a dotted name leads to, made on the way where missing (the parser has already
 * refused names that redefine a value). The last step of an array-of-tables header is a new
 * item of that array.
 */
function descend(map, keys, headerStart, arrayItem = false) {
    const start = headerStart ?? keys[0].range[0];
    let current = map;
    keys.forEach((key, index) => {
        const scalar = keyScalar(key);
        const last = index === keys.length - 1;
        let pair = findPair(current, scalar.value);
        if (last && arrayItem) {
            if (!pair) {
                pair = { key: scalar, value: { kind: 'seq', start, end: start, items: [] } };
                addPair(current, pair);
            }
            const seq = pair.value;
            const item = newMap(start, start);
            seq.items.push(item);
            current = item;
            return;
        }
        if (!pair) {
            // The table a header names starts at the header; tables on the way, at their name.
            pair = { key: scalar, value: newMap(last && headerStart !== undefined ? headerStart : scalar.start, scalar.end) };
            addPair(current, pair);
        }
        // A name that continues into an array of tables means its last item (`[[a]]` then `[a.b]`).
        current = pair.value.kind === 'seq' ? pair.value.items.at(-1) : pair.value;
    });
    return current;
}
function addTable(root, table) {
    const [start, end] = table.range;
    const map = descend(root, table.key.keys, start, table.kind === 'array');
    map.end = Math.max(map.end, end);
    for (const item of table.body)
        addKeyValue(map, item);
}
function addKeyValue(map, item) {
    const keys = item.key.keys;
    const parent = keys.length > 1 ? descend(map, keys.slice(0, -1)) : map;
    parent.end = Math.max(parent.end, item.range[1]);
    addPair(parent, { key: keyScalar(keys[keys.length - 1]), value: node(item.value) });
}
function node(value) {
    const [start, end] = value.range;
    switch (value.type) {
        case 'TOMLArray':
            return { kind: 'seq', start, end, items: value.elements.map(node) };
        case 'TOMLInlineTable': {
            const map = newMap(start, end);
            for (const item of value.body)
                addKeyValue(map, item);
            map.end = end;
            return map;
        }
        default:
            return scalar(value, start, end);
    }
}
function scalar(value, start, end) {
    switch (value.kind) {
        case 'string':
            // Multi-line strings start their content on the next line, as YAML's block scalars do.
            return { kind: 'scalar', start, end, value: value.value, style: value.multiline ? 'literal' : value.style === 'basic' ? 'double' : 'single' };
        case 'offset-date-time':
        case 'local-date-time':
        case 'local-date':
        case 'local-time':
            // Dates as written: no Vector setting takes one, and a schema reads text.
            return { kind: 'scalar', start, end, value: value.datetime, style: 'plain' };
        default:
            return { kind: 'scalar', start, end, value: value.value, style: 'plain' };
    }
}
/** Values read in place of a variable take the variable's text back, as written. */
function restoreVariables(node, variables) {
    if (variables.size === 0)
        return;
    if (node.kind === 'scalar') {
        const written = variables.get(node.start);
        if (written !== undefined)
            Object.assign(node, { value: written, style: 'plain' });
    }
    else if (node.kind === 'seq')
        node.items.forEach((item) => restoreVariables(item, variables));
    else
        node.pairs.forEach((pair) => restoreVariables(pair.value, variables));
}
function toValue(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toValue);
    const out = {};
    for (const pair of node.pairs)
        out[String(pair.key.value)] = toValue(pair.value);
    return out;
}


/***/ })

};
