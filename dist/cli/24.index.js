export const id = 24;
export const ids = [24];
export const modules = {

/***/ 8024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_QUERY_BYTES: () => (/* binding */ MAX_QUERY_BYTES),
  checkLogql: () => (/* binding */ checkLogql),
  loadLogqlRegexEngine: () => (/* reexport */ loadLogqlRegexEngine),
  needsRegexEngine: () => (/* reexport */ needsRegexEngine)
});

// EXTERNAL MODULE: ./src/promql/literals.ts
var literals = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/logql/literals.ts

/**
 * Literals as Loki's lexer and AST read them: durations (Prometheus's syntax, else Go's
 * `time.ParseDuration`), numbers through Go's `strconv`, and `pattern` parser expressions.
 */
/** `[range]`: the text between the brackets, exactly, through `model.ParseDuration`. */
function isRangeDuration(text) {
    return text !== '' && 'seconds' in (0,literals/* durationValue */.k6)(text);
}
/**
 * An `offset` or a duration label filter (`| latency > 250ms`): Loki's `parseDuration` tries
 * Prometheus's syntax (`1d`, `1w`), then Go's (`1.5h`, `-5m`, `100us`).
 */
function isLokiDuration(text) {
    return isRangeDuration(text) || goDurationNanos(text) !== undefined;
}
const GO_UNITS = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const GO_PART = /^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/;
const MAX_NANOS = 2 ** 63;
/** Go's `time.ParseDuration`: `[-+]?` then decimal numbers with units, such as `1h2.5m`; nanoseconds. */
function goDurationNanos(text) {
    let rest = text;
    let sign = 1;
    if (rest[0] === '-' || rest[0] === '+') {
        sign = rest[0] === '-' ? -1 : 1;
        rest = rest.slice(1);
    }
    if (rest === '0')
        return 0;
    if (rest === '')
        return undefined;
    let total = 0;
    while (rest !== '') {
        const part = GO_PART.exec(rest);
        if (!part || (part[1] === '' && !part[2]))
            return undefined;
        total += Number(`${part[1] || '0'}.${part[2] || '0'}`) * GO_UNITS[part[3]];
        rest = rest.slice(part[0].length);
    }
    return total > MAX_NANOS ? undefined : sign * total;
}
/** `strconv.ParseFloat` on a NUMBER token of the grammar: decimals and exponents; `0x10` is refused. */
function isGoFloat(text) {
    return !/^0[xX]/.test(text) && Number.isFinite(Number(text));
}
/** `strconv.Atoi` on a NUMBER token: decimal digits only, within int64. */
function goInt(text) {
    if (!/^\d+$/.test(text))
        return undefined;
    const value = BigInt(text);
    return value < 1n << 63n ? Number(value) : undefined;
}
/**
 * Why Loki's `pattern` parser (`pkg/logql/log/pattern`) refuses an expression, or undefined:
 * captures are `<name>` (`<_>` names nothing), at least one must be named, two may not touch,
 * and a name may not be used twice.
 */
function patternError(pattern) {
    const parts = [...pattern.matchAll(/<([A-Za-z_][A-Za-z0-9_]*)>|[^<]+|</g)];
    const names = new Set();
    let previousCapture;
    for (const [whole, name] of parts) {
        if (name === undefined) {
            previousCapture = undefined;
            continue;
        }
        if (previousCapture !== undefined)
            return `the captures ${code(previousCapture + whole)} touch: put literal text between them`;
        previousCapture = whole;
        if (name === '_')
            continue;
        if (names.has(name))
            return `the capture ${code(whole)} is used twice`;
        names.add(name);
    }
    if (names.size === 0)
        return 'it has no named capture such as `<status>`, so it extracts nothing';
    return undefined;
}
function code(text) {
    return `\`${text}\``;
}

;// CONCATENATED MODULE: ./src/logql/lexical.ts

/**
 * What Loki's lexer refuses before the grammar sees a token: a string or a `[range]` never
 * closed, a range that is not a duration (Loki reads all of `[...]` as one), and brackets
 * that do not pair up. Checked first because lezer's error recovery
 * reports such mistakes far from where they are (at the end of the text, or at a later token).
 */
const CLOSER = { '(': ')', '[': ']', '{': '}' };
function lexicalProblem(text) {
    const open = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"' || ch === '`') {
            const end = stringEnd(text, i);
            if (end === undefined)
                return { start: i, end: i + 1, message: `The string starting with ${ch === '`' ? '`` ` ``' : '`"`'} is never closed.` };
            i = end - 1;
        }
        else if (ch === '#') {
            const newline = text.indexOf('\n', i);
            i = newline === -1 ? text.length : newline;
        }
        else if (ch === '[') {
            // Loki reads everything up to `]` as the range, so nothing inside can open or close.
            const close = text.indexOf(']', i);
            if (close === -1)
                return { start: i, end: i + 1, message: '`[` is never closed: a range ends with `]`, as in `[5m]`.' };
            if (!isRangeDuration(text.slice(i + 1, close))) {
                return { start: i, end: close + 1, message: `\`${text.slice(i, close + 1)}\` is not a range Loki reads: write whole numbers with units from the largest to the smallest and nothing else, such as \`[5m]\` or \`[1h30m]\`.` };
            }
            i = close;
        }
        else if (ch === '(' || ch === '{') {
            open.push(i);
        }
        else if (ch === ')' || ch === '}' || ch === ']') {
            const opener = open.pop();
            if (opener === undefined)
                return { start: i, end: i + 1, message: `\`${ch}\` has no matching opening bracket.` };
            const expected = CLOSER[text[opener]];
            if (expected !== ch)
                return { start: i, end: i + 1, message: `\`${ch}\` does not close \`${text[opener]}\`, which expects \`${expected}\`.` };
        }
    }
    const unclosed = open.pop();
    if (unclosed !== undefined)
        return { start: unclosed, end: unclosed + 1, message: `\`${text[unclosed]}\` is never closed.` };
    return undefined;
}
/** The offset after the string literal opening at `start`, or undefined when it is never closed. */
function stringEnd(text, start) {
    const quote = text[start];
    if (quote === '`') {
        const close = text.indexOf('`', start + 1);
        return close === -1 ? undefined : close + 1;
    }
    for (let i = start + 1; i < text.length; i++) {
        const ch = text[i];
        // A double-quoted string cannot span lines (Go's scanner stops at the line break).
        if (ch === '\n')
            return undefined;
        if (ch === '\\')
            i++;
        else if (ch === '"')
            return i + 1;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/@grafana/lezer-logql/index.es.js + 2 modules
var index_es = __webpack_require__(5870);
;// CONCATENATED MODULE: ./src/logql/syntax.ts


/**
 * lezer gives up on a production after this many reductions at the same start (a long
 * `a + a + ...` chain or pipeline), and cuts its stack at this depth (deep nesting): past
 * either, it reports errors in valid text. From `@lezer/lr` (`Rec.MaxLeftAssociativeReductionCount`
 * and `Rec.CutDepth`).
 */
const MAX_SAME_START_REDUCTIONS = 300;
const MAX_STACK_DEPTH = 8400;
function parseLogql(input) {
    let text = input;
    const blankedOffsets = [];
    // Each round blanks every form lezer lacks that its recovery shows; what it recovers from
    // after them may show more, hence the rounds.
    for (let round = 0;; round++) {
        const { tree, tooLarge } = runLezer(text);
        const errors = errorNodes(tree);
        if (errors.length === 0)
            return { tree, text, blankedOffsets, tooLarge };
        const gaps = tooLarge || round === MAX_ROUNDS ? [] : errors.map((error) => lezerGap(error, text));
        if (gaps[0] === undefined)
            return { tree, text, blankedOffsets, tooLarge, error: syntaxProblem(errors[0], text) };
        for (const gap of gaps) {
            if (!gap)
                continue;
            for (const span of gap.blank)
                text = text.slice(0, span.start) + (span.with ?? ' '.repeat(span.end - span.start)) + text.slice(span.end);
            if (gap.offset)
                blankedOffsets.push({ ...gap.offset, duration: input.slice(gap.offset.start, gap.offset.end) });
        }
    }
}
const MAX_ROUNDS = 5;
function runLezer(text) {
    const parse = index_es/* parser */.K3.startParse(text);
    let tooLarge = false;
    for (;;) {
        if (parse.bigReductionCount > MAX_SAME_START_REDUCTIONS && parse.stacks.length === 1)
            tooLarge = true;
        if (parse.stacks.some((s) => s.stack.length >= MAX_STACK_DEPTH))
            tooLarge = true;
        const tree = parse.advance();
        if (tree)
            return { tree, tooLarge };
    }
}
/** The error nodes, outermost only, that Loki would also see as errors (lezer marks some valid forms). */
function errorNodes(tree) {
    const found = [];
    tree.iterate({
        enter(ref) {
            if (!ref.type.isError)
                return;
            if (!isJuxtaposedLabelFilters(ref.node))
                found.push(ref.node);
            return false;
        },
    });
    return found;
}
/**
 * `| a="x" b="y"`: Loki's grammar joins label filters written side by side with `and`; lezer's
 * lacks that rule, recovers by inserting the missing `,`, and builds the same tree.
 */
function isJuxtaposedLabelFilters(error) {
    return error.from === error.to && error.parent?.name === 'LabelFilter' && error.prevSibling?.name === 'LabelFilter' && error.nextSibling?.name === 'LabelFilter';
}
/**
 * Forms that Loki's grammar has and lezer's lacks: label filters side by side, and two forms
 * of a range with `unwrap`:
 * `{...} | json | unwrap x [5m] offset 1h` (an offset after a pipeline and unwrap) and
 * `({...} | json | unwrap x)[5m]` (a pipeline and unwrap in brackets). The offset is blanked
 * (its duration is checked on its own), and so are the brackets: what remains is a form lezer
 * reads, with the same parts.
 */
function lezerGap(error, text) {
    const previous = error.prevSibling;
    // Label filters side by side, where lezer's recovery skips the second: a `,` in the space
    // between them says the same to lezer (`and`, as Loki reads it).
    if (previous?.name === 'LabelFilter' && /^[\p{L}_(]/u.test(text.slice(error.from, error.from + 1)) && /\s/.test(text[error.from - 1] ?? '')) {
        return { blank: [{ start: error.from - 1, end: error.from, with: ',' }] };
    }
    if (error.firstChild?.name === 'Offset' && previous && endsWithUnwrapRange(previous)) {
        // The duration is blanked whatever lezer made of it (`5q` is not one of its tokens).
        let duration = tokenAt(text, error.to);
        // A negative offset: Loki's lexer reads the sign as part of the duration.
        if (duration && text[duration.start] === '-' && duration.end === duration.start + 1) {
            const rest = tokenAt(text, duration.end);
            if (rest?.start === duration.end)
                duration = { start: duration.start, end: rest.end };
        }
        if (duration)
            return { blank: [{ start: error.from, end: duration.end }], offset: duration };
    }
    const inBrackets = error.parent;
    if (inBrackets?.name === 'LogRangeExpr' &&
        previous?.name === 'UnwrapExpr' &&
        error.nextSibling?.name === 'Range' &&
        error.to - error.from === 1 &&
        inBrackets.parent?.name === 'LogRangeExpr' &&
        inBrackets.parent.from === inBrackets.from - 1) {
        return { blank: [{ start: inBrackets.parent.from, end: inBrackets.from }, { start: error.from, end: error.to }] };
    }
    return undefined;
}
function endsWithUnwrapRange(node) {
    const range = node.name === 'Range' ? node : node.name === 'LogRangeExpr' ? node.lastChild : null;
    return range?.name === 'Range' && range.prevSibling?.name === 'UnwrapExpr';
}
const RANGE_FUNCTIONS = /^(count_over_time|rate|rate_counter|bytes_over_time|bytes_rate|avg_over_time|sum_over_time|min_over_time|max_over_time|stdvar_over_time|stddev_over_time|quantile_over_time|first_over_time|last_over_time|absent_over_time)$/i;
/** Words that call something when `(` follows: function names, aggregations, `vector`, `label_replace`. */
const KNOWN_CALLS = /^(sum|avg|count|max|min|stddev|stdvar|bottomk|topk|approx_topk|sort|sort_desc|vector|label_replace|ip|bytes|duration|duration_seconds)$/i;
/** A syntax error said as Loki's parser would find it, at the token where the text goes wrong. */
function syntaxProblem(error, text) {
    const token = tokenAt(text, error.from);
    if (!token) {
        const last = lastToken(text);
        if (!last)
            return { start: 0, end: text.length, message: 'The expression is empty.' };
        return { ...last, message: 'The expression ends too early: something is missing at the end.' };
    }
    const word = text.slice(token.start, token.end);
    const parent = error.parent;
    if (parent?.name === 'Selector' && !parent.getChild('Matchers')) {
        return { start: parent.from, end: parent.to, message: 'A stream selector needs at least one label matcher, such as `{app="api"}`.' };
    }
    if (/^[\p{L}_][\p{L}\p{N}_:]*$/u.test(word) && /^\s*\(/.test(text.slice(token.end)) && !RANGE_FUNCTIONS.test(word) && !KNOWN_CALLS.test(word)) {
        return { ...token, message: `${syntax_code(word)} is not a LogQL function.` };
    }
    const range = rangeAggregationAround(error);
    if (range && word === ')' && error.parent?.name === 'LogRangeExpr') {
        const name = text.slice(range.from, range.firstChild?.to ?? range.from);
        return { ...token, message: `${syntax_code(name)} needs a range after its log query, as in ${syntax_code(`${name}({app="api"}[5m])`)}.` };
    }
    return { ...token, message: `Unexpected ${syntax_code(word)}.` };
}
function rangeAggregationAround(node) {
    for (let n = node.parent; n; n = n.parent) {
        if (n.name === 'RangeAggregationExpr')
            return n;
        if (n.name !== 'LogRangeExpr')
            return undefined;
    }
    return undefined;
}
const TOKEN = /[\p{L}_][\p{L}\p{N}_:]*|\d[\w.µ]*|\.\d[\w.]*|--[a-z-]+|[|!=][=~>]|[<>=]=|\S/uy;
/** The token starting at or after `from` (whitespace and `#` comments skipped). */
function tokenAt(text, from) {
    let i = from;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (text[i] !== '#')
            break;
        const newline = text.indexOf('\n', i);
        i = newline === -1 ? text.length : newline;
    }
    if (i >= text.length)
        return undefined;
    if (text[i] === '"' || text[i] === '`')
        return { start: i, end: stringEnd(text, i) ?? text.length };
    TOKEN.lastIndex = i;
    const match = TOKEN.exec(text);
    return { start: i, end: i + match[0].length };
}
function lastToken(text) {
    let last;
    for (let token = tokenAt(text, 0); token; token = tokenAt(text, token.end))
        last = token;
    return last;
}
/** Code in backticks; long text is shortened. */
function syntax_code(text) {
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return shown.includes('`') ? `\`\` ${shown} \`\`` : `\`${shown}\``;
}

// EXTERNAL MODULE: ./src/promql/regex.ts
var promql_regex = __webpack_require__(572);
// EXTERNAL MODULE: ./src/template/go-literals.ts
var go_literals = __webpack_require__(3003);
;// CONCATENATED MODULE: ./src/logql/regex.ts

/**
 * Regular expressions in LogQL are Go's RE2, as in PromQL (`src/promql/regex.ts` checks them).
 * The `regexp` parser also needs the capture groups, so this module keeps its own handle on
 * re2js, loaded with the shared engine.
 */
let engine;
async function loadLogqlRegexEngine() {
    await (0,promql_regex/* loadRegexEngine */.cG)();
    engine ??= await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
}
/** Whether checking `text` needs the regex engine: a regex matcher, a `regexp` parser or `label_replace`. */
function needsRegexEngine(text) {
    return /=~|!~|regexp|label_replace/i.test(text);
}
/**
 * Why Loki's `regexp` parser (`log.NewRegexpParser`) refuses an expression, or undefined: it
 * must compile, and name each group it extracts, each name once.
 */
function regexpParserError(pattern) {
    if (!engine)
        throw new Error('the regex engine is not loaded: await loadLogqlRegexEngine() first');
    const { RE2JS, RE2JSSyntaxException } = engine;
    let names;
    try {
        names = RE2JS.compile(pattern).namedGroups();
    }
    catch (e) {
        if (!(e instanceof RE2JSSyntaxException))
            throw e;
        // Go compiles a name used twice; Loki then refuses it as a label extracted twice.
        if (e.error === 'duplicate capture group name')
            return `the group name \`${e.input}\` is used twice`;
        return (0,promql_regex/* regexError */.ur)(pattern) ?? e.error;
    }
    if (Object.keys(names).length === 0)
        return 'it has no named group such as `(?P<status>\\d+)`, so it extracts nothing';
    return undefined;
}

;// CONCATENATED MODULE: ./src/logql/validate.ts





/**
 * What Loki's parser refuses in a text its grammar accepts: the checks of `pkg/logql/syntax`
 * (ast.go's constructors and parser.go's `validateExpr`), and the places where lezer's grammar
 * is looser than Loki's lexer (names with `:`, Loki's keywords as names, ranges with spaces).
 */
/** Range aggregations that take `unwrap`, and those that must not have it (`RangeAggregationExpr.validate`). */
const TAKE_UNWRAP = new Set(['avg_over_time', 'sum_over_time', 'max_over_time', 'min_over_time', 'stddev_over_time', 'stdvar_over_time', 'quantile_over_time', 'rate', 'rate_counter', 'absent_over_time', 'first_over_time', 'last_over_time']);
const WITHOUT_UNWRAP = new Set(['bytes_over_time', 'bytes_rate', 'count_over_time', 'rate', 'absent_over_time']);
/** Range aggregations that take `by`/`without`. */
const TAKE_GROUPING = new Set(['avg_over_time', 'stddev_over_time', 'stdvar_over_time', 'quantile_over_time', 'max_over_time', 'min_over_time', 'first_over_time', 'last_over_time']);
/** Words Loki's lexer always reads as keywords, which lezer's grammar also takes as names. */
const LOKI_KEYWORDS = new Set(['by', 'without', 'and', 'or', 'unless']);
const LOGICAL = new Set(['And', 'Or', 'Unless']);
function validateLogql(tree, text, blankedOffsets) {
    const problems = [];
    const report = (node, message) => problems.push({ start: node.from, end: node.to, message });
    const source = (node) => text.slice(node.from, node.to);
    for (const offset of blankedOffsets) {
        if (!isLokiDuration(offset.duration))
            report({ from: offset.start, to: offset.end }, durationMessage(offset.duration));
    }
    tree.iterate({
        enter(ref) {
            const node = ref.node;
            switch (node.name) {
                case 'String':
                    checkString(node);
                    break;
                case 'Identifier':
                    checkName(node);
                    break;
                case 'Selector':
                    checkSelector(node);
                    break;
                case 'Matcher':
                    checkRegexMatcher(node);
                    break;
                case 'Duration':
                    if (node.parent?.name !== 'Range' && !isLokiDuration(source(node)))
                        report(node, durationMessage(source(node)));
                    break;
                case 'Number':
                    checkNumber(node);
                    break;
                case 'LabelParser':
                    checkLabelParser(node);
                    break;
                case 'RangeAggregationExpr':
                    checkRangeAggregation(node);
                    break;
                case 'VectorAggregationExpr':
                    checkVectorAggregation(node);
                    break;
                case 'BinOpExpr':
                    checkBinaryOperation(node);
                    break;
                case 'LabelReplaceExpr':
                    checkLabelReplace(node);
                    break;
                case 'GroupingLabels': {
                    const list = node.getChild('GroupingLabelList');
                    if (list && text.slice(list.to, node.to).includes(',')) {
                        const comma = list.to + text.slice(list.to, node.to).indexOf(',');
                        report({ from: comma, to: comma + 1 }, 'A trailing `,` is not allowed after the last label.');
                    }
                    break;
                }
            }
        },
    });
    return problems.sort((a, b) => a.start - b.start || a.end - b.end);
    function checkString(node) {
        const result = (0,go_literals/* unquote */._n)(source(node));
        if ('badEscape' in result) {
            const { start, end } = result.badEscape;
            report({ from: node.from + start, to: node.from + end }, `${syntax_code(text.slice(node.from + start, node.from + end))} is not a valid escape sequence in a string: use \`\\\\\` for a backslash, or a raw string in backticks.`);
        }
    }
    function checkName(node) {
        const name = source(node);
        if (name.includes(':'))
            report(node, `${syntax_code(name)} is not a valid name in LogQL: Loki reads names of letters, digits and \`_\` only.`);
        else if (LOKI_KEYWORDS.has(name.toLowerCase()))
            report(node, `${syntax_code(name)} is a LogQL keyword, so Loki does not read it as a name.`);
    }
    function stringValue(node) {
        if (!node)
            return undefined;
        const result = (0,go_literals/* unquote */._n)(source(node));
        return 'value' in result ? result.value : undefined;
    }
    /** `validateMatchers`: a selector needs a matcher that cannot match an empty value, or it reads every stream. */
    function checkSelector(node) {
        const matchers = matchersOf(node.getChild('Matchers'));
        if (matchers.length === 0)
            return;
        const selects = matchers.some((matcher) => {
            const value = stringValue(matcher.getChild('String'));
            if (value === undefined)
                return true;
            if (matcher.getChild('Eq'))
                return value !== '';
            if (matcher.getChild('Neq'))
                return value === '';
            if ((0,promql_regex/* regexError */.ur)(value) !== undefined)
                return true;
            return matcher.getChild('Re') ? !(0,promql_regex/* regexMatchesEmpty */.yB)(value) : (0,promql_regex/* regexMatchesEmpty */.yB)(value);
        });
        if (!selects) {
            report(node, `${syntax_code(source(node))} would select every stream: Loki needs at least one matcher that cannot match an empty value, such as \`app="api"\` or \`app=~".+"\`.`);
        }
    }
    function checkRegexMatcher(node) {
        if (!node.getChild('Re') && !node.getChild('Nre'))
            return;
        const string = node.getChild('String');
        const value = stringValue(string);
        if (!string || value === undefined)
            return;
        const error = (0,promql_regex/* regexError */.ur)(value);
        if (error)
            report(string, `${syntax_code(value)} is not a valid regular expression: ${error}.`);
    }
    function checkNumber(node) {
        const parent = node.parent?.name;
        // Aggregation parameters are checked with their aggregation.
        if (parent === 'RangeAggregationExpr' || parent === 'VectorAggregationExpr')
            return;
        if (!isGoFloat(source(node)))
            report(node, `${syntax_code(source(node))} is not a number Loki reads: write a decimal number, such as \`16\` or \`0.5\`.`);
    }
    function checkLabelParser(node) {
        const string = node.getChild('String');
        const value = stringValue(string);
        if (!string || value === undefined)
            return;
        if (node.getChild('Regexp')) {
            const error = regexpParserError(value);
            if (error)
                report(string, `The \`regexp\` parser's expression ${syntax_code(value)} is not valid: ${error}.`);
        }
        else if (node.getChild('Pattern')) {
            const error = patternError(value);
            if (error)
                report(string, `The \`pattern\` parser's expression ${syntax_code(value)} is not valid: ${error}.`);
        }
    }
    function checkRangeAggregation(node) {
        const opNode = node.getChild('RangeOp');
        const op = source(opNode).toLowerCase();
        const parameter = node.getChild('Number');
        if (parameter && op !== 'quantile_over_time') {
            report(parameter, `${syntax_code(op)} takes no parameter, only a log range such as \`${op}({app="api"}[5m])\`.`);
        }
        else if (parameter && !isGoFloat(source(parameter))) {
            report(parameter, `${syntax_code(source(parameter))} is not a number Loki reads: \`quantile_over_time\` takes a quantile such as \`0.99\`.`);
        }
        else if (!parameter && op === 'quantile_over_time') {
            report(opNode, '`quantile_over_time` needs the quantile as its first parameter, as in `quantile_over_time(0.99, {app="api"} | unwrap latency [5m])`.');
        }
        const grouping = node.getChild('Grouping');
        if (grouping && !TAKE_GROUPING.has(op)) {
            report(grouping, `${syntax_code(op)} takes no \`by\` or \`without\`: group around it instead, as in \`sum by (app) (${op}(...))\`.`);
        }
        const unwrap = unwrapOf(node.getChild('LogRangeExpr'));
        if (unwrap && !TAKE_UNWRAP.has(op)) {
            report(unwrap, `${syntax_code(op)} does not take \`unwrap\`: it counts log lines or bytes; aggregate an unwrapped value with \`sum_over_time\`, \`avg_over_time\`, ... instead.`);
        }
        else if (!unwrap && !WITHOUT_UNWRAP.has(op)) {
            report(opNode, `${syntax_code(op)} aggregates a value taken from the logs: add \`| unwrap <label>\` to its log range, as in \`${op}({app="api"} | logfmt | unwrap duration [5m])\`.`);
        }
    }
    /** The matchers of a selector, in order (the grammar nests `Matchers "," Matcher` to the left). */
    function matchersOf(list) {
        const found = [];
        for (let node = list; node; node = node.getChild('Matchers'))
            found.unshift(...node.getChildren('Matcher'));
        return found;
    }
    function unwrapOf(range) {
        if (!range)
            return undefined;
        return range.getChild('UnwrapExpr') ?? unwrapOf(range.getChild('LogRangeExpr'));
    }
    function checkVectorAggregation(node) {
        const opNode = node.getChild('VectorOp');
        const op = source(opNode).toLowerCase();
        const parameter = node.getChild('Number');
        const grouping = node.getChild('Grouping');
        if (op === 'topk' || op === 'bottomk' || op === 'approx_topk') {
            if (!parameter) {
                report(opNode, `${syntax_code(op)} needs the number of series as its first parameter, as in \`${op}(5, ...)\`.`);
            }
            else {
                const value = goInt(source(parameter));
                if (value === undefined || value <= 0)
                    report(parameter, `${syntax_code(op)} needs a whole number greater than 0 as its first parameter, not ${syntax_code(source(parameter))}.`);
            }
            if (op === 'approx_topk' && grouping)
                report(grouping, '`approx_topk` takes no `by` or `without`.');
        }
        else if (parameter) {
            report(parameter, `${syntax_code(op)} takes no parameter, only the expression to aggregate.`);
        }
        if ((op === 'sort' || op === 'sort_desc') && grouping?.getChild('Labels')) {
            report(grouping, `${syntax_code(op)} takes no grouping labels: it orders by value, not by labels.`);
        }
    }
    function checkBinaryOperation(node) {
        const [left, right] = node.getChildren('Expr');
        const operator = left?.nextSibling;
        if (!left || !right || !operator)
            return;
        const symbol = source(operator);
        for (const side of [left, right]) {
            if (side.getChild('LogExpr')) {
                report(side, `${syntax_code(symbol)} works on metric queries, and ${syntax_code(source(side))} is a log query: count or aggregate it first, as in \`count_over_time(${source(side)}[5m])\`.`);
                return;
            }
        }
        if (!LOGICAL.has(operator.name))
            return;
        for (const side of [left, right]) {
            if (isLiteral(side))
                report(side, `\`${symbol}\` works on sets of series; ${syntax_code(source(side))} is a plain number.`);
        }
    }
    /** Whether an operand is a number once Loki folds constant arithmetic (`(1 + 1)` is `2`). */
    function isLiteral(node) {
        const inner = node.getChild('MetricExpr') ?? node;
        if (inner.getChild('LiteralExpr'))
            return true;
        const nested = inner.getChild('MetricExpr');
        if (nested)
            return isLiteral(nested);
        const operation = inner.getChild('BinOpExpr');
        if (!operation)
            return false;
        const [left, right] = operation.getChildren('Expr');
        return left !== undefined && right !== undefined && isLiteral(left) && isLiteral(right);
    }
    function checkLabelReplace(node) {
        const regex = node.getChildren('String')[3];
        const value = stringValue(regex ?? null);
        if (!regex || value === undefined)
            return;
        const error = (0,promql_regex/* regexError */.ur)(`^(?:${value})$`);
        if (error)
            report(regex, `${syntax_code(value)} is not a valid regular expression for \`label_replace\`: ${error}.`);
    }
}
function durationMessage(duration) {
    return `${syntax_code(duration)} is not a duration Loki reads: write a number with a unit, such as \`5m\`, \`1h30m\` or \`250ms\`.`;
}

;// CONCATENATED MODULE: ./src/logql/check.ts




/** Loki refuses a query of this many bytes or more (`maxInputSize` in pkg/logql/syntax/parser.go). */
const MAX_QUERY_BYTES = 131_072;
/**
 * Every problem Loki would refuse the expression for when it loads the rule; [] when it loads.
 * A syntax error stops the check (Loki reports the first); after that, every independent
 * problem, in the order of the text. Call `loadLogqlRegexEngine()` first when
 * `needsRegexEngine(text)`.
 */
function checkLogql(text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes >= MAX_QUERY_BYTES) {
        return [{ start: 0, end: text.length, message: `This query is ${bytes} bytes long; Loki refuses queries of ${MAX_QUERY_BYTES} bytes or more.` }];
    }
    const lexical = lexicalProblem(text);
    if (lexical)
        return [lexical];
    const parsed = parseLogql(text);
    if (parsed.tooLarge && parsed.error) {
        return [{ start: 0, end: text.length, message: 'This expression is too large to check: it nests or chains more deeply than the LogQL grammar obslint uses can follow.' }];
    }
    if (parsed.error)
        return [parsed.error];
    return validateLogql(parsed.tree, parsed.text, parsed.blankedOffsets);
}


/***/ })

};
