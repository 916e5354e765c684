export const id = 963;
export const ids = [963];
export const modules = {

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseWithYaml: () => (/* binding */ parseWithYaml)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/yaml/from-document.ts

const STYLES = {
    PLAIN: 'plain',
    QUOTE_SINGLE: 'single',
    QUOTE_DOUBLE: 'double',
    BLOCK_LITERAL: 'literal',
    BLOCK_FOLDED: 'folded',
};
/**
 * Converts a document of the `yaml` package into our tree. Aliases become the node they
 * refer to (shared, not copied, so an alias bomb costs nothing here) and `<<` merges add
 * the inherited pairs after the map's own, so a path into merged data finds the place the
 * value is written.
 */
function fromDocument(doc) {
    const converted = new Map();
    function convert(node, fallbackAt) {
        if ((0,dist/* isAlias */.Vj)(node))
            return convert(node.resolve(doc), node.range?.[0] ?? fallbackAt);
        if (!node)
            return { kind: 'scalar', start: fallbackAt, end: fallbackAt, value: null, style: 'plain' };
        const known = converted.get(node);
        if (known)
            return known;
        const [start, end] = node.range ?? [fallbackAt, fallbackAt];
        if ((0,dist/* isMap */.jh)(node)) {
            const map = { kind: 'map', start, end, pairs: [] };
            converted.set(node, map);
            const merged = [];
            for (const pair of node.items) {
                if (isMergeKey(pair.key)) {
                    const source = convert(pair.value, start);
                    const sources = source.kind === 'seq' ? source.items : [source];
                    for (const s of sources)
                        if (s.kind === 'map')
                            merged.push(...s.pairs);
                    continue;
                }
                map.pairs.push({ key: keyOf(pair.key, start), value: convert(pair.value, pair.key?.range?.[1] ?? start) });
            }
            // Own keys win over merged ones, and the first merged map over later ones.
            const names = new Set(map.pairs.map((p) => String(p.key.value)));
            for (const pair of merged) {
                const name = String(pair.key.value);
                if (!names.has(name)) {
                    names.add(name);
                    map.pairs.push(pair);
                }
            }
            return map;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const seq = { kind: 'seq', start, end, items: [] };
            converted.set(node, seq);
            for (const item of node.items)
                seq.items.push(convert(item, start));
            return seq;
        }
        const scalar = {
            kind: 'scalar',
            start,
            end,
            value: (0,dist/* isScalar */.jn)(node) ? node.value : null,
            style: ((0,dist/* isScalar */.jn)(node) && node.type && STYLES[node.type]) || 'plain',
        };
        converted.set(node, scalar);
        return scalar;
    }
    function keyOf(key, at) {
        const node = convert(key, at);
        if (node.kind === 'scalar')
            return node;
        // A collection as a key (`? [a, b]`) cannot be named by a path; keep only its place.
        return { kind: 'scalar', start: node.start, end: node.end, value: '', style: 'plain' };
    }
    const root = doc.contents;
    return root ? convert(root, 0) : undefined;
}
/** With `merge: true`, yaml gives a merge key the value Symbol(<<) and keeps `<<` as its source. */
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol' && key.source === '<<';
}

;// CONCATENATED MODULE: ./src/yaml/general-parser.ts


/** The general path: the `yaml` package's parser, its error positions and alias limits. */
function parseWithYaml(text) {
    const problems = [];
    const documents = [];
    let parsed;
    try {
        parsed = (0,dist/* parseAllDocuments */.hR)(text, { merge: true, prettyErrors: false, logLevel: 'error' });
    }
    catch (error) {
        problems.push(parserCrash(error));
        return { documents, problems };
    }
    for (const doc of parsed) {
        if (doc.errors.length > 0) {
            // The first error is the one to fix; the rest usually follow from it.
            const error = doc.errors[0];
            const [at, end] = error.code === 'MISSING_CHAR' ? openingQuote(text, error.message, error.pos) : error.pos;
            // An indentation error is reported at the line start; the token itself is more use.
            let start = at;
            while (text[start] === ' ' && start + 1 < text.length && text[start + 1] !== '\n')
                start++;
            problems.push({
                rule: 'yaml-syntax',
                message: yamlMessage(error.message),
                help: YAML_HINTS[error.code] ?? 'Fix the YAML so the file parses; nothing else in this document was checked.',
                start,
                end: Math.max(end, start + 1),
            });
            continue;
        }
        if (doc.contents === null)
            continue;
        try {
            const value = doc.toJS({ maxAliasCount: 100 });
            // An empty document (only comments, or `~`) has nothing to lint.
            if (value === null || value === undefined)
                continue;
            documents.push({ root: fromDocument(doc), value });
        }
        catch (error) {
            const alias = firstAlias(doc);
            problems.push({
                rule: 'yaml-syntax',
                message: dataError(error),
                start: alias?.[0] ?? doc.contents.range[0],
                end: alias?.[1] ?? doc.contents.range[0] + 1,
                help: 'Write the repeated parts out, or use fewer levels of aliases.',
            });
        }
    }
    return { documents, problems };
}
/**
 * The parser reports an unclosed quote where the text ran out; the quote that opened it is
 * more use. The value holds no unescaped quote of its kind, so the last one before is it.
 */
function openingQuote(text, message, pos) {
    const quote = /closing "quote/.test(message) ? '"' : /closing 'quote/.test(message) ? "'" : undefined;
    if (!quote)
        return pos;
    for (let i = Math.min(pos[0], text.length - 1); i >= 0; i--) {
        if (text[i] !== quote)
            continue;
        if (quote === '"' && text[i - 1] === '\\')
            continue;
        if (quote === "'" && (text[i - 1] === "'" || text[i + 1] === "'") && i !== pos[0]) {
            i--;
            continue;
        }
        return [i, i + 1];
    }
    return pos;
}
function parserCrash(error) {
    return {
        rule: 'yaml-syntax',
        message: error instanceof RangeError ? 'Document is nested too deeply to parse.' : `YAML could not be parsed: ${String(error)}`,
        start: 0,
        end: 0,
        help: 'Simplify the file so it parses.',
    };
}
function firstAlias(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            if ((0,dist/* isAlias */.Vj)(node) && node.range) {
                found = [node.range[0], node.range[1]];
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return found;
}
/** What usually causes each parser error, for the finding's help line. */
const YAML_HINTS = {
    MISSING_CHAR: 'A quote or bracket is not closed, or a continuation line of a quoted value is not indented more than its key. Nothing else in this document was checked.',
    BAD_INDENT: 'Check the indentation: items of one mapping or list must line up. Nothing else in this document was checked.',
    DUPLICATE_KEY: 'Remove or rename one of the two keys: only one value can win. Nothing else in this document was checked.',
    TAB_AS_INDENT: 'YAML does not allow tabs for indentation; use spaces. Nothing else in this document was checked.',
};
/** Why a document that parsed could not be turned into data. */
function dataError(error) {
    const message = String(error?.message ?? error);
    if (error instanceof RangeError)
        return 'Document is nested too deeply to check.';
    if (/Unresolved alias/i.test(message))
        return 'An alias (`*name`) refers to an anchor (`&name`) that is not defined before it.';
    return `Document expands too many aliases (${message}).`;
}
/** Parser messages said the way a person would. */
const REWORDED = [
    [/^Missing closing "quote/, 'the quoted value is never closed (no closing `"`)'],
    [/^Missing closing 'quote/, "the quoted value is never closed (no closing `'`)"],
    [/^Map keys must be unique/, 'this key appears twice in the same mapping'],
    [/^Nested mappings are not allowed in compact mappings/, 'a value contains `: `; quote the value'],
    [/^Maximum call stack size exceeded/, 'the document is nested too deeply to parse'],
];
/** yaml's messages end with a code excerpt and position when pretty; keep the sentence only. */
function yamlMessage(message) {
    const sentence = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
    const reworded = REWORDED.find(([pattern]) => pattern.test(sentence))?.[1];
    return `YAML syntax error: ${reworded ?? `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`}`;
}


/***/ })

};
