export const id = 597;
export const ids = [597];
export const modules = {

/***/ 7597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseWithYaml: () => (/* binding */ parseWithYaml)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/yaml/cst-checks.ts
/**
 * How deep a document may nest before obslint stops: the `yaml` package composes documents
 * recursively and runs out of stack near 950 levels on Node's main thread (4,500 in a
 * worker), where V8 may even abort instead of throwing. So the limit is checked on the
 * parser's token tree, which is built without recursion, before any deep work, and it is
 * the same on every thread. Config files nest a few dozen levels at most.
 */
const MAX_DEPTH = 500;
/** Go's YAML readers refuse more than 10,000 nested block collections, or flow collections. */
const GO_MAX_DEPTH = 10_000;
/** The nesting of a document's token tree, walked with an explicit stack. */
function measureDepth(document) {
    const result = { depth: 0, at: -1, goRefuses: false };
    const stack = [[document.value, 0, 0]];
    while (stack.length > 0) {
        const [token, outerBlock, outerFlow] = stack.pop();
        if (!token)
            continue;
        let block = outerBlock;
        let flow = outerFlow;
        if (token.type === 'block-map' || token.type === 'block-seq')
            block++;
        else if (token.type === 'flow-collection')
            flow++;
        else
            continue;
        const depth = block + flow;
        if (depth > result.depth)
            result.depth = depth;
        if (depth > MAX_DEPTH && result.at === -1)
            result.at = token.offset;
        if ((block > GO_MAX_DEPTH || flow > GO_MAX_DEPTH) && !result.goRefuses) {
            result.goRefuses = true;
            result.at = token.offset;
        }
        for (const item of token.items)
            stack.push([item.value, block, flow], ['key' in item ? item.key : undefined, block, flow]);
    }
    return result;
}
/**
 * Token-level rules of Go's libyaml port that the YAML 1.2 `yaml` package does not share:
 * `%YAML` must say 1.1 (and appear once), other directives than `%YAML` and `%TAG` are
 * errors, a tab may not follow `-` or `?`, a flow mapping entry needs a key, and content
 * after `...` needs a new `---`.
 */
function goRefusal(document, previous) {
    if (previous?.type === 'doc-end' && !document.start.some((t) => t.type === 'doc-start') && document.value) {
        return {
            message: 'Content follows a `...` document end without a `---` to start a new document.',
            help: 'Add a `---` line before the new document, or remove the `...` line.',
            start: document.value.offset,
            end: document.value.offset + 1,
        };
    }
    return walkTokens(document.value);
}
/** Checks the directives before a document: Go reads `%YAML 1.1` only, once, and `%TAG`. */
function directiveRefusal(directives) {
    let versions = 0;
    for (const directive of directives) {
        const [name, value] = directive.source.trim().split(/[ \t]+/);
        const start = directive.offset;
        const end = directive.offset + directive.source.trimEnd().length;
        if (name === '%YAML') {
            versions++;
            if (versions > 1)
                return { message: 'The `%YAML` directive is given twice.', help: 'Keep one `%YAML` line, or none.', start, end };
            if (value !== '1.1') {
                return {
                    message: `\`${directive.source.trim()}\` is a YAML version Go’s YAML readers refuse; they accept only \`%YAML 1.1\`.`,
                    help: 'Remove the `%YAML` line: it is not needed.',
                    start,
                    end,
                };
            }
        }
        else if (name !== '%TAG') {
            return { message: `\`${name}\` is not a directive Go’s YAML readers know.`, help: 'Remove the line, or comment it out with `#`.', start, end };
        }
    }
    return undefined;
}
function walkTokens(root) {
    const stack = [root];
    while (stack.length > 0) {
        const token = stack.pop();
        if (!token)
            continue;
        if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
            continue;
        for (const item of token.items) {
            const tab = tabAfterIndicator(item.start);
            if (tab)
                return tab;
            const long = longKey(item);
            if (long)
                return long;
            if (token.type === 'flow-collection' && token.start.source === '{' && 'sep' in item && item.sep && !item.key) {
                if (!item.start.some((t) => t.type === 'explicit-key-ind') && item.sep.some((t) => t.type === 'map-value-ind')) {
                    const colon = item.sep.find((t) => t.type === 'map-value-ind');
                    return {
                        message: 'A flow mapping entry starts with `:`, without a key.',
                        help: 'Write the key before the `:`.',
                        start: colon.offset,
                        end: colon.offset + 1,
                    };
                }
            }
            stack.push(item.value, 'key' in item ? item.key : undefined);
        }
    }
    return undefined;
}
/** `-` or `?` followed by a tab: libyaml reads the tab as the start of a token, and refuses it. */
function tabAfterIndicator(start) {
    for (let i = 0; i + 1 < start.length; i++) {
        const indicator = start[i];
        const next = start[i + 1];
        if ((indicator.type === 'seq-item-ind' || indicator.type === 'explicit-key-ind') && next.type === 'space' && next.source.includes('\t')) {
            const at = next.offset + next.source.indexOf('\t');
            return {
                message: `A tab follows \`${indicator.source}\`; Go’s YAML readers allow only spaces there.`,
                help: 'Replace the tab with a space.',
                start: at,
                end: at + 1,
            };
        }
    }
    return undefined;
}
/** libyaml looks for an implicit key's `:` within 1024 characters of the key's start. */
function longKey(item) {
    if (!item.key || !item.sep || item.start.some((t) => t.type === 'explicit-key-ind'))
        return undefined;
    const colon = item.sep.find((t) => t.type === 'map-value-ind');
    if (!colon || colon.offset - item.key.offset <= 1024)
        return undefined;
    return {
        message: `This key is ${colon.offset - item.key.offset} characters long; Go’s YAML readers look for its \`:\` within 1024.`,
        help: 'Shorten the key, or write it as an explicit key (`? key` on one line, `: value` on the next).',
        start: item.key.offset,
        end: item.key.offset + 1,
    };
}

// EXTERNAL MODULE: ./src/yaml/scalars.ts
var scalars = __webpack_require__(3922);
;// CONCATENATED MODULE: ./src/yaml/from-document.ts


const STYLES = {
    PLAIN: 'plain',
    QUOTE_SINGLE: 'single',
    QUOTE_DOUBLE: 'double',
    BLOCK_LITERAL: 'literal',
    BLOCK_FOLDED: 'folded',
};
/** Why Go's yaml.v3 refuses a document that parsed; offsets into the original text. */
class DocumentError extends Error {
    start;
    end;
    help;
    constructor(message, start, end, help) {
        super(message);
        this.start = start;
        this.end = end;
        this.help = help;
    }
}
/**
 * Converts a document of the `yaml` package (parsed with the failsafe schema, no merge keys
 * and no duplicate-key check: those follow Go here) into our tree and its data, with the
 * semantics of Go's gopkg.in/yaml.v3 decoding into `interface{}`.
 */
function fromDocument(doc, text, toOriginal) {
    const root = doc.contents;
    if (!root)
        return undefined;
    const targets = aliasTargets(doc);
    const resolve = (alias) => targets.get(alias);
    const value = new DataBuilder(resolve, text, toOriginal).build(root);
    return { root: new TreeBuilder(resolve, text, toOriginal).convert(root, 0), value };
}
/**
 * Each alias's node: the last node anchored with its name before it in document order, as the
 * package's `Alias.resolve` finds it. That method walks the document up to the alias on every
 * call, so 1,000 `labels: *common` took 12 seconds; this walks it once.
 */
function aliasTargets(doc) {
    const targets = new Map();
    const latest = new Map();
    (0,dist.visit)(doc, {
        Node(_key, node) {
            if ((0,dist.isAlias)(node))
                targets.set(node, latest.get(node.source));
            else if (node.anchor)
                latest.set(node.anchor, node);
        },
    });
    return targets;
}
function rangeOf(node, toOriginal, fallback) {
    const range = node?.range;
    return range ? [toOriginal(range[0]), toOriginal(range[1])] : [fallback, fallback];
}
function isMergeKey(key) {
    if (!(0,dist.isScalar)(key) || key.source !== '<<' || key.type !== 'PLAIN')
        return false;
    return key.tag === undefined || key.tag === 'tag:yaml.org,2002:merge' || key.tag === '!';
}
/** A scalar's value as Go reads it into `interface{}`. */
function scalarValue(node, toOriginal, text) {
    let source = String(node.source ?? node.value ?? '');
    // A block scalar's last line break is kept only if the file has one there (Go and the spec).
    if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && source.endsWith('\n') && !text.endsWith('\n') && toOriginal(node.range?.[1] ?? 0) >= text.length) {
        source = source.slice(0, -1);
    }
    try {
        if (node.type === 'QUOTE_DOUBLE')
            checkEscapes(text, rangeOf(node, toOriginal, 0));
        if (node.tag && node.tag !== '!')
            return (0,scalars/* resolveTagged */.ht)(node.tag, source);
        if (node.tag === '!' || node.type !== 'PLAIN')
            return source;
        return (0,scalars/* resolvePlain */.Rg)(source);
    }
    catch (error) {
        if (!(error instanceof scalars/* ScalarError */.FA))
            throw error;
        const [start, end] = rangeOf(node, toOriginal, 0);
        throw new DocumentError(error.message, start, end, 'Write a value of that type, or drop the tag.');
    }
}
/** Escapes Go's reader knows (scannerc.go): YAML 1.2's, less `\/`, plus `\'`; no surrogates. */
const GO_ESCAPES = new Set(['0', 'a', 'b', 't', '\t', 'n', 'v', 'f', 'r', 'e', ' ', '"', "'", '\\', 'N', '_', 'L', 'P', '\n', '\r']);
function checkEscapes(text, [start, end]) {
    for (let i = text.indexOf('\\', start); i !== -1 && i < end; i = text.indexOf('\\', i + 2)) {
        const code = text[i + 1];
        const hex = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
        if (hex === 0 && GO_ESCAPES.has(code))
            continue;
        const point = hex > 0 ? parseInt(text.slice(i + 2, i + 2 + hex), 16) : NaN;
        if (hex > 0 && !((point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff))
            continue;
        const escape = text.slice(i, i + 2 + hex);
        throw new scalars/* ScalarError */.FA(`\`${escape}\` is not an escape Go’s YAML readers accept.`);
    }
}
/** Our tree: aliases become the node they refer to (shared, so an alias bomb costs nothing). */
class TreeBuilder {
    resolve;
    text;
    toOriginal;
    converted = new Map();
    constructor(resolve, text, toOriginal) {
        this.resolve = resolve;
        this.text = text;
        this.toOriginal = toOriginal;
    }
    convert(node, fallbackAt) {
        if ((0,dist.isAlias)(node))
            return this.convert(this.resolve(node), fallbackAt);
        if (!node)
            return { kind: 'scalar', start: fallbackAt, end: fallbackAt, value: null, style: 'plain' };
        const known = this.converted.get(node);
        if (known)
            return known;
        const [start, end] = rangeOf(node, this.toOriginal, fallbackAt);
        if ((0,dist.isMap)(node)) {
            const map = { kind: 'map', start, end, pairs: [] };
            this.converted.set(node, map);
            let mergeSource = null;
            for (const pair of node.items) {
                if (isMergeKey(pair.key))
                    mergeSource = pair.value;
                else
                    map.pairs.push({ key: this.key(pair.key, start), value: this.convert(pair.value, rangeOf(pair.key, this.toOriginal, start)[1]) });
            }
            // Go's yaml.v3: own keys win wherever `<<` stands, then the merged maps in order.
            if (mergeSource)
                this.addMerged(map, this.convert(mergeSource, start));
            return map;
        }
        if ((0,dist.isSeq)(node)) {
            const seq = { kind: 'seq', start, end, items: [] };
            this.converted.set(node, seq);
            for (const item of node.items)
                seq.items.push(this.convert(item, start));
            return seq;
        }
        const scalar = {
            kind: 'scalar',
            start,
            end,
            value: (0,dist.isScalar)(node) ? scalarValue(node, this.toOriginal, this.text) : null,
            style: ((0,dist.isScalar)(node) && node.type && STYLES[node.type]) || 'plain',
        };
        this.converted.set(node, scalar);
        return scalar;
    }
    addMerged(map, source) {
        const names = new Set(map.pairs.map((p) => String(p.key.value)));
        const sources = source.kind === 'seq' ? source.items : [source];
        for (const s of sources) {
            if (s.kind !== 'map')
                continue;
            for (const pair of s.pairs) {
                const name = String(pair.key.value);
                if (names.has(name))
                    continue;
                names.add(name);
                map.pairs.push(pair);
            }
        }
    }
    key(key, at) {
        const node = this.convert(key, at);
        if (node.kind === 'scalar')
            return node;
        return { kind: 'scalar', start: node.start, end: node.end, value: '', style: 'plain' };
    }
}
// Go's yaml.v3 alias limit (decode.go): past 1,000 decoded nodes, aliases may expand into at
// most 99% of them, sliding to 10% at 4,000,000. A real file never comes near; a "billion
// laughs" fails within a few thousand nodes.
const ALIAS_RATIO_LOW = 400_000;
const ALIAS_RATIO_HIGH = 4_000_000;
function allowedAliasRatio(decodeCount) {
    if (decodeCount <= ALIAS_RATIO_LOW)
        return 0.99;
    if (decodeCount >= ALIAS_RATIO_HIGH)
        return 0.1;
    return 0.99 - (0.89 * (decodeCount - ALIAS_RATIO_LOW)) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW);
}
/** The data, built the way yaml.v3 decodes into `interface{}`, counting as it does. */
class DataBuilder {
    resolve;
    text;
    toOriginal;
    decodeCount = 0;
    aliasCount = 0;
    /** The aliases being expanded, outermost first. */
    aliases = [];
    expanding = new Set();
    constructor(resolve, text, toOriginal) {
        this.resolve = resolve;
        this.text = text;
        this.toOriginal = toOriginal;
    }
    build(node) {
        this.count();
        if (!node)
            return null;
        if ((0,dist.isAlias)(node))
            return this.alias(node);
        if ((0,dist.isMap)(node)) {
            const out = {};
            this.checkUniqueKeys(node.items);
            this.mapping(node.items, out, undefined);
            return out;
        }
        if ((0,dist.isSeq)(node))
            return node.items.map((item) => this.build(item));
        return (0,dist.isScalar)(node) ? scalarValue(node, this.toOriginal, this.text) : null;
    }
    count() {
        this.decodeCount++;
        if (this.aliases.length > 0)
            this.aliasCount++;
        if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
            const [start, end] = rangeOf(this.aliases[0], this.toOriginal, 0);
            throw new DocumentError(`\`*${this.aliases[0].source}\` and the aliases inside it expand this document far past its written size (an alias bomb).`, start, end, 'Write the repeated parts out, or use fewer levels of aliases: Go’s YAML readers refuse such a document.');
        }
    }
    alias(node) {
        const target = this.resolve(node);
        const [start, end] = rangeOf(node, this.toOriginal, 0);
        if (!target) {
            throw new DocumentError(`\`*${node.source}\` refers to an anchor (\`&${node.source}\`) that is not defined before it.`, start, end, 'Define the anchor before its first use, or fix the name.');
        }
        if (this.expanding.has(target)) {
            throw new DocumentError(`\`*${node.source}\` is inside the value of its own anchor, so the data would never end.`, start, end, 'Point the alias at an anchor outside the value that holds it.');
        }
        this.aliases.push(node);
        this.expanding.add(target);
        const value = this.build(target);
        this.expanding.delete(target);
        this.aliases.pop();
        return value;
    }
    /** yaml.v3 refuses a key written twice, comparing keys as written: `1` and `"1"` clash, `~` and `null` do not. */
    checkUniqueKeys(pairs) {
        const seen = new Map();
        for (const pair of pairs) {
            const identity = keyIdentity(pair.key);
            const first = seen.get(identity);
            if (!first) {
                seen.set(identity, pair.key);
                continue;
            }
            const [start, end] = rangeOf(pair.key, this.toOriginal, 0);
            const line = lineOf(this.text, rangeOf(first, this.toOriginal, 0)[0]);
            throw new DocumentError(`\`${keyName(pair.key)}\` is already set at line ${line}.`, start, end, 'Remove or rename one of the two keys: Go’s YAML readers (Prometheus, Alertmanager, the OpenTelemetry Collector) refuse a mapping with a key twice.');
        }
    }
    mapping(pairs, out, merged) {
        let mergeSource;
        for (const pair of pairs) {
            if (isMergeKey(pair.key)) {
                mergeSource = pair.value;
                continue;
            }
            const name = this.keyString(pair.key);
            if (merged) {
                if (merged.has(name))
                    continue;
                merged.add(name);
            }
            setKey(out, name, this.build(pair.value));
        }
        if (mergeSource !== undefined)
            this.merge(pairs, mergeSource, out, merged);
    }
    merge(parentPairs, source, out, merged) {
        let names = merged;
        if (!names) {
            // yaml.v3 decodes the parent's keys once more to know which ones merging must not replace.
            names = new Set();
            for (const pair of parentPairs)
                names.add(this.keyString(pair.key));
        }
        const sources = (0,dist.isSeq)(source) ? source.items : [source];
        for (const item of sources) {
            const target = (0,dist.isAlias)(item) ? this.resolve(item) : item;
            if (!(0,dist.isMap)(target))
                throw this.badMerge(source);
            if ((0,dist.isAlias)(item)) {
                this.count();
                this.aliases.push(item);
                this.count();
                this.mapping(target.items, out, names);
                this.aliases.pop();
            }
            else {
                this.count();
                this.checkUniqueKeys(target.items);
                this.mapping(target.items, out, names);
            }
        }
    }
    badMerge(source) {
        const [start, end] = rangeOf(source, this.toOriginal, 0);
        const written = start < end ? this.text.slice(start, Math.min(end, start + 40)).split('\n')[0] : '';
        return new DocumentError(`A \`<<\` merge takes a map or a list of maps, not \`${written}\`.`, start, Math.max(end, start + 1), 'Point `<<` at an anchored map (`<<: *defaults`) or a list of them.');
    }
    keyString(key) {
        const target = (0,dist.isAlias)(key) ? this.resolve(key) : key;
        if ((0,dist.isMap)(target) || (0,dist.isSeq)(target)) {
            const [start, end] = rangeOf(key, this.toOriginal, 0);
            throw new DocumentError(`\`${this.text.slice(start, Math.min(end, start + 40)).split('\n')[0]}\` is a collection used as a key; Go’s YAML readers refuse that.`, start, Math.max(end, start + 1), 'Use text, a number, a boolean or null as the key.');
        }
        return String(this.build(key));
    }
}
/** How yaml.v3 tells keys apart: by node kind and the scalar's text (an alias by its name). */
function keyIdentity(key) {
    if ((0,dist.isScalar)(key))
        return `scalar:${String(key.source ?? key.value ?? '')}`;
    if ((0,dist.isAlias)(key))
        return `alias:${key.source}`;
    if ((0,dist.isMap)(key))
        return 'map:';
    if ((0,dist.isSeq)(key))
        return 'seq:';
    return 'scalar:';
}
function keyName(key) {
    if ((0,dist.isScalar)(key))
        return String(key.source ?? key.value ?? '');
    return (0,dist.isAlias)(key) ? `*${key.source}` : '';
}
/** A key named `__proto__` is data, not the object's prototype. */
function setKey(out, name, value) {
    if (name === '__proto__')
        Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    else
        out[name] = value;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./src/yaml/indent-patch.ts
function patchIndentation(text) {
    const insertions = [];
    const notices = [];
    const scanner = new Scanner(text, (construct) => {
        insertions.push(...construct.insertions);
        if (construct.firstLine)
            notices.push(notice(construct));
    });
    scanner.run();
    if (insertions.length === 0)
        return undefined;
    return apply(text, insertions, notices);
}
function notice(construct) {
    const [start, end] = construct.firstLine;
    const what = construct.kind === 'quote' ? 'quoted value' : 'flow collection';
    const owner = construct.key === undefined ? `The ${what}` : `The ${what} of \`${construct.key}\``;
    return {
        rule: 'yaml-strict',
        message: `${owner} continues on a line that is not indented past its key.`,
        help: 'Go’s YAML readers (Prometheus, Alertmanager, the OpenTelemetry Collector) accept this, but the YAML spec and most other tools do not: indent the continuation lines past the key.',
        start,
        end: Math.max(end, start + 1),
    };
}
function apply(text, insertions, notices) {
    insertions.sort((a, b) => a.at - b.at);
    const parts = [];
    // Where each insertion starts in the patched text, and how much was inserted before it.
    const patchedAt = [];
    const before = [];
    let from = 0;
    let inserted = 0;
    for (const { at, spaces } of insertions) {
        parts.push(text.slice(from, at), ' '.repeat(spaces));
        patchedAt.push(at + inserted);
        before.push(inserted);
        inserted += spaces;
        from = at;
    }
    parts.push(text.slice(from));
    return {
        text: parts.join(''),
        notices,
        toOriginal(offset) {
            // The last insertion at or before `offset`.
            let lo = 0;
            let hi = patchedAt.length - 1;
            let found = -1;
            while (lo <= hi) {
                const mid = (lo + hi) >> 1;
                if (patchedAt[mid] <= offset) {
                    found = mid;
                    lo = mid + 1;
                }
                else
                    hi = mid - 1;
            }
            if (found === -1)
                return offset;
            const { at, spaces } = insertions[found];
            const inside = offset - patchedAt[found];
            return inside < spaces ? at : offset - before[found] - spaces;
        },
    };
}
/**
 * A small line scanner that knows just enough YAML to tell where quoted values and flow
 * collections start and end: comments, quotes, brackets, keys, and block scalars (whose
 * lines it skips). It only ever adds blanks before a continuation line's first character.
 */
class Scanner {
    text;
    done;
    pos = 0;
    open;
    quote = '';
    flowDepth = 0;
    /** Inside a block scalar: lines indented past this column belong to it. */
    blockScalarColumn = -2;
    lineStart = 0;
    keyColumn = -1;
    key;
    constructor(text, done) {
        this.text = text;
        this.done = done;
    }
    run() {
        const { text } = this;
        while (this.lineStart < text.length) {
            let end = text.indexOf('\n', this.lineStart);
            if (end === -1)
                end = text.length;
            this.line(this.lineStart, end);
            this.lineStart = end + 1;
        }
    }
    line(start, end) {
        const { text } = this;
        let content = start;
        while (content < end && (text[content] === ' ' || text[content] === '\t'))
            content++;
        let spaces = 0;
        while (text[start + spaces] === ' ')
            spaces++;
        const blank = content === end || text[content] === '\r';
        if (this.blockScalarColumn > -2) {
            if (blank || spaces > this.blockScalarColumn)
                return;
            this.blockScalarColumn = -2;
        }
        if (this.open) {
            if (blank)
                return;
            if (this.open.kind === 'quote' && content === start && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(start, start + 4))) {
                // Go refuses a document marker inside a quoted value: leave it for the parser.
                this.open = undefined;
                this.pos = end;
                return;
            }
            const indent = content - start;
            if (spaces <= this.open.keyColumn || spaces < indent) {
                this.open.insertions.push({ at: start, spaces: this.open.keyColumn + 1 });
                const closing = text[content] === ']' || text[content] === '}';
                if (!this.open.firstLine && !closing)
                    this.open.firstLine = [content, end];
            }
            this.pos = content;
            if (this.open.kind === 'quote')
                this.scanQuote(end);
            if (this.open?.kind === 'flow')
                this.scanFlow(end);
            if (this.open)
                return;
        }
        else {
            this.pos = content;
            this.keyColumn = spaces - 1;
            this.key = undefined;
        }
        this.scanBlock(end);
    }
    /** Block context from `pos`: node starts, keys, and where a quote or flow collection opens. */
    scanBlock(end) {
        const { text } = this;
        while (this.pos < end) {
            const at = this.pos;
            const ch = text[at];
            const column = at - this.lineStart;
            if (ch === ' ' || ch === '\t' || ch === '\r') {
                this.pos++;
            }
            else if (ch === '#') {
                return;
            }
            else if ((ch === '-' || ch === '?' || ch === ':') && isBlank(text[at + 1])) {
                if (ch !== ':') {
                    this.keyColumn = column;
                    this.key = undefined;
                }
                this.pos++;
            }
            else if (ch === '&' || ch === '!' || ch === '*') {
                while (this.pos < end && !isBlank(text[this.pos]))
                    this.pos++;
            }
            else if (ch === '"' || ch === "'") {
                this.startConstruct('quote');
                this.quote = ch;
                this.pos++;
                this.scanQuote(end);
                if (this.open)
                    return;
                this.afterKeyCandidate(at, end);
            }
            else if (ch === '[' || ch === '{') {
                this.startConstruct('flow');
                this.flowDepth = 0;
                this.scanFlow(end);
                if (this.open)
                    return;
            }
            else if (ch === '|' || ch === '>') {
                this.blockScalarColumn = this.keyColumn;
                return;
            }
            else {
                // A plain key or value: a key ends at `: `; a value runs to the end of the line.
                let i = at;
                while (i < end && !(text[i] === ':' && isBlank(text[i + 1])) && !(text[i] === '#' && isBlank(text[i - 1])))
                    i++;
                if (text[i] !== ':')
                    return;
                this.keyColumn = column;
                this.key = text.slice(at, i).trim();
                this.pos = i + 1;
            }
        }
    }
    /** After a closed quote: if a `:` follows, the quote was a key. */
    afterKeyCandidate(quoteStart, end) {
        const { text } = this;
        let i = this.pos;
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        if (text[i] === ':' && (i + 1 >= end || isBlank(text[i + 1]))) {
            this.keyColumn = quoteStart - this.lineStart;
            this.key = text.slice(quoteStart + 1, this.pos - 1);
            this.pos = i + 1;
        }
        else {
            this.pos = end;
        }
    }
    startConstruct(kind) {
        this.open = { kind, keyColumn: this.keyColumn, key: this.key, insertions: [] };
    }
    /** Inside a quoted value: runs to its closing quote, or to the line's end. */
    scanQuote(end) {
        const { text, quote } = this;
        while (this.pos < end) {
            const ch = text[this.pos];
            if (quote === '"' && ch === '\\') {
                this.pos += 2;
                continue;
            }
            if (ch === quote) {
                if (quote === "'" && text[this.pos + 1] === "'") {
                    this.pos += 2;
                    continue;
                }
                this.pos++;
                if (this.flowDepth > 0) {
                    // A quoted value inside a flow collection: back to the collection.
                    this.quote = '';
                    this.open.kind = 'flow';
                    return;
                }
                this.close();
                return;
            }
            this.pos++;
        }
    }
    /** Inside a flow collection: brackets, quotes and comments until it closes. */
    scanFlow(end) {
        const { text } = this;
        let nodeStart = this.flowDepth === 0 || /[[{,:]\s*$/.test(text.slice(Math.max(this.lineStart, this.pos - 2), this.pos));
        while (this.pos < end) {
            const ch = text[this.pos];
            if (ch === '#' && (this.pos === this.lineStart || isBlank(text[this.pos - 1]))) {
                this.pos = end;
                return;
            }
            if ((ch === '"' || ch === "'") && nodeStart) {
                this.open.kind = 'quote';
                this.quote = ch;
                this.pos++;
                this.scanQuote(end);
                if (this.open?.kind === 'quote')
                    return;
                nodeStart = false;
                continue;
            }
            if (ch === '[' || ch === '{')
                this.flowDepth++;
            else if (ch === ']' || ch === '}') {
                this.flowDepth--;
                if (this.flowDepth <= 0) {
                    this.pos++;
                    this.flowDepth = 0;
                    this.close();
                    this.pos = end;
                    return;
                }
            }
            if (ch !== ' ' && ch !== '\t')
                nodeStart = ch === '[' || ch === '{' || ch === ',' || ch === ':';
            this.pos++;
        }
    }
    close() {
        const construct = this.open;
        this.open = undefined;
        this.quote = '';
        if (construct.insertions.length > 0)
            this.done(construct);
    }
}
function isBlank(ch) {
    return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

// EXTERNAL MODULE: ./src/yaml/line-breaks.ts
var line_breaks = __webpack_require__(8650);
;// CONCATENATED MODULE: ./src/yaml/general-parser.ts





/**
 * The `yaml` package reads the syntax; the rest follows Go's gopkg.in/yaml.v3, the reader of
 * the programs whose files obslint lints: which keys clash, what merges do, how scalars
 * resolve, how far aliases may expand. Merge keys, unique keys and tags are switched off in
 * the package (the failsafe schema keeps every scalar as written) and applied in
 * from-document.ts the way Go does.
 */
const OPTIONS = { schema: 'failsafe', merge: false, uniqueKeys: false, prettyErrors: false, logLevel: 'error' };
/** Characters Go's reader refuses anywhere in a file (readerc.go), tab, LF and CR aside. */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;
function parseWithYaml(text) {
    const problems = [];
    const documents = [];
    const early = unreadable(text);
    if (early)
        return { documents, problems: [early] };
    const patch = patchIndentation(text);
    const source = patch?.text ?? text;
    const toOriginal = patch?.toOriginal ?? ((offset) => offset);
    for (const unit of documentUnits([...new dist.Parser().parse(source)])) {
        const problem = unit.document ? check(unit.document, unit.directives, unit.previous, toOriginal) : undefined;
        if (problem) {
            problems.push(problem);
            continue;
        }
        const composer = new dist.Composer(OPTIONS);
        const composed = [...unit.tokens.flatMap((token) => [...composer.next(token)]), ...composer.end(unit.document === undefined)];
        for (const doc of composed) {
            const result = readDocument(doc, text, toOriginal);
            if ('problem' in result)
                problems.push(result.problem);
            else if (result.document)
                documents.push(result.document);
        }
    }
    if (patch)
        problems.push(...patch.notices);
    return { documents, problems };
}
/** Whole-file reasons not to parse: characters Go refuses, line breaks obslint cannot count. */
function unreadable(text) {
    const control = CONTROL.exec(text);
    if (control) {
        const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        return {
            rule: 'yaml-syntax',
            message: `\`U+${code}\` is a control character, which YAML does not allow anywhere in a file.`,
            help: 'Remove the character (an editor may show it as a box or not at all), or write it as an escape such as `\\x01` inside double quotes.',
            start: control.index,
            end: control.index + 1,
        };
    }
    const lineBreak = line_breaks/* UNUSUAL_BREAK */.s.exec(text);
    if (lineBreak) {
        return {
            rule: 'unreadable-file',
            message: `Lines end with ${(0,line_breaks/* lineBreakName */.f)(lineBreak[0])}, which obslint does not count as a line end, so the file was not linted.`,
            help: 'Re-save the file with LF (or CRLF) line ends; Prometheus reads either.',
            start: lineBreak.index,
            end: lineBreak.index + 1,
        };
    }
    return undefined;
}
/** Splits the token stream into one unit per document: its directives, itself, its `...`. */
function* documentUnits(tokens) {
    let unit = { tokens: [], directives: [] };
    let previous;
    for (const token of tokens) {
        if ((token.type === 'directive' || token.type === 'document') && unit.document) {
            yield unit;
            unit = { tokens: [], directives: [] };
        }
        unit.tokens.push(token);
        if (token.type === 'directive')
            unit.directives.push(token);
        if (token.type === 'document') {
            unit.document = token;
            unit.previous = previous;
        }
        previous = token;
    }
    if (unit.tokens.length > 0)
        yield unit;
}
/** Depth and Go's token-level rules, before anything that recurses. */
function check(document, directives, previous, toOriginal) {
    const depth = measureDepth(document);
    if (depth.goRefuses) {
        return {
            rule: 'yaml-syntax',
            message: `This document is nested more than ${GO_MAX_DEPTH.toLocaleString('en-US')} levels deep, which Go’s YAML readers refuse.`,
            help: 'Flatten the structure; no config needs this depth.',
            start: toOriginal(depth.at),
            end: toOriginal(depth.at) + 1,
        };
    }
    if (depth.depth > MAX_DEPTH) {
        return {
            rule: 'unreadable-file',
            message: `This document is nested ${depth.depth} levels deep; obslint checks up to ${MAX_DEPTH}, so nothing in it was checked.`,
            help: 'Flatten the structure if you can; the other documents and files are checked as usual.',
            start: toOriginal(depth.at),
            end: toOriginal(depth.at) + 1,
        };
    }
    const refusal = directiveRefusal(directives) ?? goRefusal(document, previous);
    if (!refusal)
        return undefined;
    return { rule: 'yaml-syntax', message: refusal.message, help: refusal.help, start: toOriginal(refusal.start), end: toOriginal(refusal.end) };
}
function readDocument(doc, text, toOriginal) {
    if (doc.errors.length > 0)
        return { problem: syntaxProblem(doc.errors[0], text, toOriginal) };
    try {
        const read = fromDocument(doc, text, toOriginal);
        // An empty document (only comments, or `~`) has nothing to lint.
        if (!read || read.value === null || read.value === undefined)
            return {};
        return { document: read };
    }
    catch (error) {
        if (!(error instanceof DocumentError))
            throw error;
        return { problem: { rule: 'yaml-syntax', message: error.message, help: error.help, start: error.start, end: Math.max(error.end, error.start + 1) } };
    }
}
function syntaxProblem(error, text, toOriginal) {
    const pos = [toOriginal(error.pos[0]), toOriginal(error.pos[1])];
    const [at, end] = error.code === 'MISSING_CHAR' ? openingQuote(text, error.message, pos) : pos;
    // An indentation error is reported at the line start; the token itself is more use.
    let start = at;
    while (text[start] === ' ' && start + 1 < text.length && text[start + 1] !== '\n')
        start++;
    return {
        rule: 'yaml-syntax',
        message: yamlMessage(error.message),
        help: YAML_HINTS[error.code] ?? 'Fix the YAML so the file parses; nothing else in this document was checked.',
        start,
        end: Math.max(end, start + 1),
    };
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
/** What usually causes each parser error, for the finding's help line. */
const YAML_HINTS = {
    MISSING_CHAR: 'A quote or bracket is not closed. Nothing else in this document was checked.',
    BAD_INDENT: 'Check the indentation: items of one mapping or list must line up. Nothing else in this document was checked.',
    TAB_AS_INDENT: 'YAML does not allow tabs for indentation; use spaces. Nothing else in this document was checked.',
};
/** Parser messages said the way a person would. */
const REWORDED = [
    [/^Missing closing "quote/, 'the quoted value is never closed (no closing `"`)'],
    [/^Missing closing 'quote/, "the quoted value is never closed (no closing `'`)"],
    [/^Nested mappings are not allowed in compact mappings/, 'a value contains `: `; quote the value'],
];
/** yaml's messages end with a code excerpt and position when pretty; keep the sentence only. */
function yamlMessage(message) {
    const sentence = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
    const reworded = REWORDED.find(([pattern]) => pattern.test(sentence))?.[1];
    return `YAML syntax error: ${reworded ?? `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`}`;
}


/***/ })

};
