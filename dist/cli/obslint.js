// The obslint CLI, compiled by dist/cli/index.js (a function of its host, not a module).
(function (obslintHost) {
'use strict';
const __WEBPACK_EXTERNAL_createRequire = obslintHost.createRequire;
/******/ var __webpack_modules__ = ({

/***/ 52:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** The candidate closest to a misspelt word, when it is close enough to be a likely typo. */
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   k6: () => (/* binding */ durationValue),
/* harmony export */   r$: () => (/* binding */ stringValue)
/* harmony export */ });
/**
 * Number, duration and string literals read the way Prometheus reads them: with Go's
 * `strconv` (`ParseInt` with base 0, then `ParseFloat`), the duration syntax of
 * `prometheus/common/model.ParseDuration`, and Go's string unquoting. The lexer has already
 * checked the shape of each token; these give the value, or why Go refuses it.
 */
const MAX_INT64 = (1n << 63n) - 1n;
/** The value of a NUMBER token, or undefined where Go's parsers refuse it (syntax or overflow). */
function numberValue(text) {
    return goParseInt(text) ?? goParseFloat(text);
}
/** `strconv.ParseInt(text, 0, 64)`: 0x, 0o, 0b and leading-0 octal prefixes, `_` separators. */
function goParseInt(text) {
    let base = 10;
    let digits = text;
    if (text.length > 1 && text[0] === '0') {
        const prefix = text[1].toLowerCase();
        if (prefix === 'x' || prefix === 'o' || prefix === 'b') {
            base = prefix === 'x' ? 16 : prefix === 'o' ? 8 : 2;
            digits = text.slice(2);
        }
        else {
            base = 8;
            digits = text.slice(1);
        }
    }
    if (text.includes('_')) {
        if (!underscoresOk(text))
            return undefined;
        digits = digits.replaceAll('_', '');
    }
    if (digits === '')
        return undefined;
    let value = 0n;
    const bigBase = BigInt(base);
    for (const ch of digits) {
        const digit = parseInt(ch, 36);
        if (Number.isNaN(digit) || digit >= base)
            return undefined;
        value = value * bigBase + BigInt(digit);
    }
    return value > MAX_INT64 ? undefined : Number(value);
}
const DECIMAL_FLOAT = /^(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?$/;
/** `strconv.ParseFloat(text, 64)` for what the lexer lets through: decimals, Inf and NaN. */
function goParseFloat(text) {
    const word = text.toLowerCase();
    if (word === 'inf' || word === 'infinity')
        return Infinity;
    if (word === 'nan')
        return NaN;
    if (!DECIMAL_FLOAT.test(text) || (text.includes('_') && !underscoresOk(text)))
        return undefined;
    const value = Number(text.replaceAll('_', ''));
    // Go reports overflow to infinity as a range error.
    return Number.isFinite(value) ? value : undefined;
}
/** Go's `underscoreOK`: an underscore only between digits, or between a base prefix and a digit. */
function underscoresOk(text) {
    let saw = '^';
    let i = 0;
    let hex = false;
    if (text.length >= 2 && text[0] === '0' && 'bBoOxX'.includes(text[1])) {
        i = 2;
        saw = '0';
        hex = text[1] === 'x' || text[1] === 'X';
    }
    for (; i < text.length; i++) {
        const c = text[i];
        if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
            saw = '0';
        }
        else if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
        }
        else {
            if (saw === '_')
                return false;
            saw = '!';
        }
    }
    return saw !== '_';
}
const UNITS = {
    y: { order: 1, nanos: 365n * 24n * 3600n * 1000000000n },
    w: { order: 2, nanos: 7n * 24n * 3600n * 1000000000n },
    d: { order: 3, nanos: 24n * 3600n * 1000000000n },
    h: { order: 4, nanos: 3600n * 1000000000n },
    m: { order: 5, nanos: 60n * 1000000000n },
    s: { order: 6, nanos: 1000000000n },
    ms: { order: 7, nanos: 1000000n },
};
const MAX_UINT64 = (1n << 64n) - 1n;
/** `model.ParseDuration`: whole numbers with units from the largest to the smallest, at most ~292 years. */
function durationValue(text) {
    if (text === '0')
        return { seconds: 0 };
    const invalid = { error: `\`${text}\` is not a valid duration: use whole numbers with units from the largest to the smallest, such as \`1h30m\`.` };
    let total = 0n;
    let lastOrder = 0;
    let i = 0;
    while (i < text.length) {
        const numberStart = i;
        while (i < text.length && isDigit(text[i]))
            i++;
        if (i === numberStart)
            return invalid;
        const amount = BigInt(text.slice(numberStart, i));
        if (amount > MAX_UINT64)
            return invalid;
        const unitStart = i;
        while (i < text.length && !isDigit(text[i]))
            i++;
        if (i === unitStart)
            return invalid;
        const unitName = text.slice(unitStart, i);
        const unit = UNITS[unitName];
        if (!unit)
            return { error: `\`${text}\` has the unknown unit \`${unitName}\`; durations use ms, s, m, h, d, w and y.` };
        if (unit.order <= lastOrder)
            return invalid;
        lastOrder = unit.order;
        if (amount > (1n << 63n) / unit.nanos)
            return outOfRange(text);
        total += amount * unit.nanos;
        if (total > MAX_INT64)
            return outOfRange(text);
    }
    return { seconds: Number(total) / 1e9 };
}
function outOfRange(text) {
    return { error: `\`${text}\` is longer than Prometheus can count (about 292 years).` };
}
function isDigit(c) {
    return c >= '0' && c <= '9';
}
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34, "'": 39 };
/**
 * Go's unquoting of a string literal whose escapes the lexer has already checked. `\x` and
 * octal escapes stand for single bytes, so the result is decoded from bytes.
 */
function stringValue(literal) {
    const body = literal.slice(1, -1);
    if (literal[0] === '`' || !body.includes('\\'))
        return { value: body, utf8: true };
    const bytes = [];
    let i = 0;
    while (i < body.length) {
        const next = body.indexOf('\\', i);
        const plainEnd = next === -1 ? body.length : next;
        if (plainEnd > i)
            for (const b of encoder.encode(body.slice(i, plainEnd)))
                bytes.push(b);
        if (next === -1)
            break;
        const kind = body[next + 1];
        if (kind in SIMPLE_ESCAPES) {
            bytes.push(SIMPLE_ESCAPES[kind]);
            i = next + 2;
        }
        else if (kind === 'x') {
            bytes.push(parseInt(body.slice(next + 2, next + 4), 16));
            i = next + 4;
        }
        else if (kind === 'u' || kind === 'U') {
            const width = kind === 'u' ? 4 : 8;
            for (const b of encoder.encode(String.fromCodePoint(parseInt(body.slice(next + 2, next + 2 + width), 16))))
                bytes.push(b);
            i = next + 2 + width;
        }
        else {
            bytes.push(parseInt(body.slice(next + 1, next + 4), 8));
            i = next + 4;
        }
    }
    const array = Uint8Array.from(bytes);
    try {
        return { value: utf8Strict.decode(array), utf8: true };
    }
    catch {
        return { value: utf8Lenient.decode(array), utf8: false };
    }
}


/***/ }),

/***/ 572:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ anchoredMatcher),
/* harmony export */   LO: () => (/* binding */ isParsedAsRegex),
/* harmony export */   c5: () => (/* binding */ goRegexpError),
/* harmony export */   cG: () => (/* binding */ loadRegexEngine),
/* harmony export */   r9: () => (/* binding */ needsGoRegexp),
/* harmony export */   ur: () => (/* binding */ regexError),
/* harmony export */   yB: () => (/* binding */ regexMatchesEmpty)
/* harmony export */ });
/**
 * Label-matcher regular expressions as Prometheus reads them: Go's `regexp/syntax` (RE2), which
 * re2js ports faithfully, anchored as `^(?s:...)$`. JavaScript's own engine would accept
 * look-arounds and back-references that Go refuses, and refuse `(?P<name>...)` or `\z`.
 */
/**
 * re2js is a few hundred kilobytes that only expressions with a regex matcher need: it is
 * loaded by `loadRegexEngine` (the rule does so before checking a file that has `=~` or `!~`).
 */
let engine;
async function loadRegexEngine() {
    engine ??= await __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 2856));
}
function re2() {
    if (!engine)
        throw new Error('the regex engine is not loaded: await loadRegexEngine() first');
    return engine;
}
// Rule files repeat the same few expressions; the caches keep them from being compiled again.
const errors = new Map();
const emptyMatches = new Map();
const MAX_CACHED = 10_000;
/** Characters that `regexp.QuoteMeta` escapes, but `|`: without them an expression is `a|b|c` of literals. */
const SPECIAL = /[\\.+*?()[\]{}^$]/;
/** True when Prometheus parses the expression as a regular expression (not `a|b|c` of plain words). */
function isParsedAsRegex(pattern) {
    return SPECIAL.test(pattern);
}
/** Why Go refuses the expression, in words; undefined when it compiles. */
function regexError(pattern) {
    return isParsedAsRegex(pattern) ? goRegexpError(pattern) : undefined;
}
/**
 * Why Go's `regexp.Compile` refuses the expression, whatever it looks like: Alertmanager
 * compiles every matcher regex (Prometheus skips plain `a|b|c`, see `regexError`).
 */
function goRegexpError(pattern) {
    let error = errors.get(pattern);
    if (error === undefined) {
        error = plainRegex(pattern) ? null : (compileError(pattern) ?? null);
        remember(errors, pattern, error);
    }
    return error ?? undefined;
}
const matchers = new Map();
/** Alertmanager's matcher for a regex value, anchored as `^(?:value)$`; undefined when Go refuses it. */
function anchoredMatcher(pattern) {
    let matcher = matchers.get(pattern);
    if (matcher === undefined) {
        const compiled = goRegexpError(pattern) === undefined ? re2().RE2JS.compile(`^(?:${uniqueGroupNames(pattern)})$`) : undefined;
        matcher = compiled ? (text) => compiled.matches(text) : null;
        remember(matchers, pattern, matcher);
    }
    return matcher ?? undefined;
}
/**
 * Whether the anchored expression matches the empty string (`.*` does, `.+` does not), for a
 * valid expression. Asked only of selectors without a metric name, so computed on demand.
 */
function regexMatchesEmpty(pattern) {
    // `a|b|c` of plain words: Prometheus matches these as strings without parsing them.
    if (!isParsedAsRegex(pattern))
        return pattern.split('|').includes('');
    let matches = emptyMatches.get(pattern);
    if (matches === undefined) {
        matches = plainRegex(pattern)?.test('') ?? re2().RE2JS.compile(`^(?s:${pattern})$`).matches('');
        remember(emptyMatches, pattern, matches);
    }
    return matches;
}
/**
 * Plain characters, `.`, `|`, groups and `* + ?` (lazy or not), as most matcher regexes are
 * (`5..`, `api|web.*`, `(prod|stage)-.+`). In this subset a pattern JavaScript's engine compiles
 * in `u` mode is one Go compiles too (both refuse a repetition of nothing or of a repetition and
 * an unbalanced group), and both match the same strings. Classes, escapes, braces, anchors and
 * `(?` flags or groups are left to re2js; so is any pattern JavaScript refuses, for Go's words.
 * The length bound keeps nesting far below Go's limit of 1000.
 */
const PLAIN = /^[\w\-:/ .,=@%#!<>"'&;~|()*+?]{0,256}$/;
const plains = new Map();
/**
 * The pattern anchored as Prometheus anchors it, when it is plain and valid; undefined otherwise.
 * Remembered: a rule's prepare step, the check and the empty-match question all ask it.
 */
function plainRegex(pattern) {
    let plain = plains.get(pattern);
    if (plain === undefined) {
        plain = compilePlain(pattern) ?? null;
        remember(plains, pattern, plain);
    }
    return plain ?? undefined;
}
function compilePlain(pattern) {
    if (!PLAIN.test(pattern) || pattern.includes('(?'))
        return undefined;
    try {
        // Valid on its own first: `a)|(b` is refused by Go, though `^(?:a)|(b)$` would compile.
        new RegExp(pattern, 'u');
        return new RegExp(`^(?:${pattern})$`, 'su');
    }
    catch {
        return undefined;
    }
}
/** Whether Go's verdict on the pattern needs re2js (it is not plain, or JavaScript refuses it). */
function needsGoRegexp(pattern) {
    return isParsedAsRegex(pattern) && plainRegex(pattern) === undefined;
}
function remember(cache, pattern, value) {
    if (cache.size >= MAX_CACHED)
        cache.clear();
    cache.set(pattern, value);
}
function compileError(pattern) {
    const { RE2JS, RE2JSSyntaxException } = re2();
    try {
        RE2JS.compile(pattern);
        return undefined;
    }
    catch (e) {
        if (!(e instanceof RE2JSSyntaxException))
            throw e;
        // Go allows a group name twice (re2js does not): check the expression with the names made unique.
        if (e.error === 'duplicate capture group name')
            return compileError(uniqueGroupNames(pattern));
        return describe(e.error, e.input ?? '');
    }
}
function describe(code, piece) {
    const part = piece ? ` \`${piece}\`` : '';
    switch (code) {
        case 'invalid or unsupported Perl syntax':
            return /^\(\?<?[=!]/.test(piece) ? `look-arounds such as${part} are not supported by Go's RE2 syntax` : `${part.trim()} is not supported by Go's RE2 syntax`;
        case 'invalid escape sequence':
            return /^\\[1-9]/.test(piece) ? `back-references such as${part} are not supported by Go's RE2 syntax` : `${part.trim()} is not a valid escape sequence`;
        case 'invalid named capture':
            if (/^\(\?<[=!]/.test(piece))
                return `look-arounds such as \`${piece.slice(0, 4)}\` are not supported by Go's RE2 syntax`;
            return `${part.trim()} is not a valid group name (letters, digits and \`_\` only)`;
        case 'missing closing )':
            return 'a `(` is never closed';
        case 'unexpected )':
            return 'a `)` has no matching `(`';
        case 'missing closing ]':
            return `the character class${part} is never closed`;
        case 'invalid character class range':
            return `${part.trim()} is not a valid character range`;
        case 'invalid character class':
            return `${part.trim()} is not a valid character class`;
        case 'missing argument to repetition operator':
            return `${part.trim()} repeats nothing`;
        case 'invalid nested repetition operator':
            return `${part.trim()} repeats a repetition`;
        case 'invalid repeat count':
            return `${part.trim()} is not a valid repeat count (at most 1000, and the minimum not above the maximum)`;
        case 'trailing backslash at end of expression':
            return 'it ends with a lone `\\`';
        case 'expression nests too deeply':
            return 'it nests more than 1000 levels deep';
        case 'expression too large':
            return 'it is too large for Go to compile';
        default:
            return code;
    }
}
/**
 * The expression with every valid group name replaced by a fresh one. Names only appear right
 * after `(?P<` or `(?<`, outside character classes and `\Q...\E` quotes.
 */
function uniqueGroupNames(pattern) {
    let out = '';
    let counter = 0;
    let i = 0;
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === '\\') {
            if (pattern[i + 1] === 'Q') {
                const end = pattern.indexOf('\\E', i + 2);
                const stop = end === -1 ? pattern.length : end + 2;
                out += pattern.slice(i, stop);
                i = stop;
            }
            else {
                out += pattern.slice(i, i + 2);
                i += 2;
            }
        }
        else if (ch === '[') {
            const stop = classEnd(pattern, i);
            out += pattern.slice(i, stop);
            i = stop;
        }
        else {
            const named = /^\(\?P?<(\w+)>/.exec(pattern.slice(i, i + 300));
            if (named) {
                out += `${named[0].slice(0, named[0].indexOf('<') + 1)}obslint${counter++}>`;
                i += named[0].length;
            }
            else {
                out += ch;
                i++;
            }
        }
    }
    return out;
}
/** The offset just past the character class opening at `start` (Go's rules: `[]a]` and `[^]a]` hold a `]`). */
function classEnd(pattern, start) {
    let i = start + 1;
    if (pattern[i] === '^')
        i++;
    if (pattern[i] === ']')
        i++;
    while (i < pattern.length && pattern[i] !== ']') {
        if (pattern[i] === '\\')
            i++;
        else if (pattern.startsWith('[:', i)) {
            const close = pattern.indexOf(':]', i + 2);
            if (close !== -1)
                i = close + 1;
        }
        i++;
    }
    return i + 1;
}


/***/ }),

/***/ 3003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   cG: () => (/* binding */ numberError),
/* harmony export */   f5: () => (/* binding */ charConstantError)
/* harmony export */ });
/**
 * Go's rules for the literals a template may hold, as text/template/parse applies them
 * through strconv (strings, characters, numbers) and fmt.Sscan (complex numbers). The lexer
 * has already cut the token; these decide whether Go accepts its value.
 */
/**
 * The value of a `"…"` or `` `…` `` token (strconv.Unquote), or the offsets, within the
 * token, of the escape Go refuses.
 */
function unquote(token) {
    const body = token.slice(1, -1);
    if (token[0] === '`')
        return { value: body.includes('\r') ? body.replaceAll('\r', '') : body };
    if (!body.includes('\\'))
        return { value: body };
    const bytes = [];
    for (let i = 0; i < body.length;) {
        if (body[i] !== '\\') {
            const codePoint = body.codePointAt(i);
            const char = String.fromCodePoint(codePoint);
            bytes.push(...Buffer.from(char, 'utf8'));
            i += char.length;
            continue;
        }
        const escape = readEscape(body, i, '"');
        if ('invalid' in escape)
            return { badEscape: { start: 1 + i, end: 1 + escape.invalid } };
        if (escape.byte !== undefined)
            bytes.push(escape.byte);
        else
            bytes.push(...Buffer.from(String.fromCodePoint(escape.codePoint), 'utf8'));
        i = escape.next;
    }
    return { value: Buffer.from(bytes).toString('utf8') };
}
/** Why Go refuses a `'…'` character constant (strconv.UnquoteChar), or undefined. */
function charConstantError(token) {
    const body = token.slice(1);
    if (body[0] === "'")
        return 'invalid';
    let next;
    if (body[0] === '\\') {
        const escape = readEscape(body, 0, "'");
        if ('invalid' in escape)
            return 'invalid';
        next = escape.next;
    }
    else {
        next = String.fromCodePoint(body.codePointAt(0)).length;
    }
    return body.slice(next) === "'" ? undefined : 'malformed';
}
const SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
/** One backslash escape at `at` (strconv.UnquoteChar's hard case); `invalid` is where it stops making sense. */
function readEscape(s, at, quote) {
    const c = s[at + 1];
    if (c === undefined)
        return { invalid: at + 1 };
    if (c in SIMPLE_ESCAPES)
        return { next: at + 2, codePoint: SIMPLE_ESCAPES[c] };
    if (c === '"' || c === "'")
        return c === quote ? { next: at + 2, codePoint: c.charCodeAt(0) } : { invalid: at + 2 };
    if (c in HEX_LENGTH) {
        const digits = s.slice(at + 2, at + 2 + HEX_LENGTH[c]);
        if (digits.length < HEX_LENGTH[c] || !/^[0-9a-fA-F]*$/.test(digits))
            return { invalid: Math.min(s.length, at + 2 + HEX_LENGTH[c]) };
        const value = parseInt(digits, 16);
        const next = at + 2 + digits.length;
        // `\x` is a single byte, possibly not UTF-8; `\u` and `\U` must be valid code points.
        if (c === 'x')
            return { next, byte: value, codePoint: value };
        if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            return { invalid: next };
        return { next, codePoint: value };
    }
    if (c >= '0' && c <= '7') {
        const digits = s.slice(at + 1, at + 4);
        if (!/^[0-7]{3}$/.test(digits))
            return { invalid: Math.min(s.length, at + 4) };
        const value = parseInt(digits, 8);
        if (value > 255)
            return { invalid: at + 4 };
        return { next: at + 4, byte: value, codePoint: value };
    }
    return { invalid: at + 2 };
}
/**
 * Why Go refuses a number token (parse.newNumber), or undefined. `complex` is the lexer's
 * `1+2i` form. Go calls an integer too big for 64 bits an overflow, and so also `089`,
 * which it reads as a float that looks like an integer.
 */
function numberError(token, complex) {
    if (complex)
        return complexParses(token) ? undefined : 'illegal';
    if (token.endsWith('i') && parseFloat64(token.slice(0, -1)))
        return undefined;
    if (parseUint64(token) !== undefined || parseInt64(token))
        return undefined;
    if (parseFloat64(token))
        return /[.eEpP]/.test(token) ? undefined : 'overflow';
    return 'illegal';
}
const MAX_UINT64 = (1n << 64n) - 1n;
/** strconv.ParseUint(s, 0, 64): the value, or undefined when Go refuses it. */
function parseUint64(s) {
    if (s === '')
        return undefined;
    let base = 10;
    let digits = s;
    if (s[0] === '0') {
        const prefix = s.length >= 3 ? s[1] : '';
        base = /[bB]/.test(prefix) ? 2 : /[xX]/.test(prefix) ? 16 : 8;
        digits = base === 8 && !/[oO]/.test(prefix) ? s.slice(1) : s.slice(2);
    }
    let n = 0n;
    let underscores = false;
    for (let i = 0; i < digits.length; i++) {
        if (digits[i] === '_') {
            underscores = true;
            continue;
        }
        const d = digitValue(digits.charCodeAt(i));
        if (d >= base)
            return undefined;
        n = n * BigInt(base) + BigInt(d);
        if (n > MAX_UINT64)
            return undefined;
    }
    return underscores && !underscoreOK(s) ? undefined : n;
}
/** strconv.ParseInt(s, 0, 64) succeeds. */
function parseInt64(s) {
    const negative = s[0] === '-';
    const magnitude = parseUint64(s[0] === '+' || negative ? s.slice(1) : s);
    if (magnitude === undefined)
        return false;
    return negative ? magnitude <= 1n << 63n : magnitude < 1n << 63n;
}
/** A digit's value in bases up to 36 (`a`/`A` is 10), or Infinity. */
function digitValue(code) {
    if (code >= 48 && code <= 57)
        return code - 48;
    const lower = code | 0x20;
    if (lower >= 97 && lower <= 122)
        return lower - 87;
    return Infinity;
}
/** strconv's underscoreOK: `_` only between digits, or between a base prefix and a digit. */
function underscoreOK(s) {
    let saw = '^';
    let i = 0;
    if (s[0] === '-' || s[0] === '+')
        s = s.slice(1);
    let hex = false;
    if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1].toLowerCase())) {
        i = 2;
        saw = '0';
        hex = s[1].toLowerCase() === 'x';
    }
    for (; i < s.length; i++) {
        const c = s[i];
        if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
            saw = '0';
            continue;
        }
        if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw === '_')
            return false;
        saw = '!';
    }
    return saw !== '_';
}
/**
 * strconv.ParseFloat(s, 64) succeeds: the whole of `s` is a Go float literal (readFloat)
 * whose value does not round to infinity. The lexer never produces `inf` or `nan`.
 */
function parseFloat64(s) {
    const syntax = readFloat(s);
    if (!syntax || syntax.end !== s.length)
        return false;
    const clean = s.replaceAll('_', '');
    return syntax.hex ? !hexFloatOverflows(clean) : Number.isFinite(Number(clean));
}
/** strconv's readFloat: where a well-formed float ends, or undefined. */
function readFloat(s) {
    let i = 0;
    let underscores = false;
    if (s[i] === '+' || s[i] === '-')
        i++;
    const hex = i + 2 < s.length && s[i] === '0' && s[i + 1].toLowerCase() === 'x';
    if (hex)
        i += 2;
    let sawDot = false;
    let sawDigits = false;
    for (; i < s.length; i++) {
        const c = s[i];
        if (c === '_')
            underscores = true;
        else if (c === '.') {
            if (sawDot)
                break;
            sawDot = true;
        }
        else if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c)))
            sawDigits = true;
        else
            break;
    }
    if (!sawDigits)
        return undefined;
    if (i < s.length && s[i].toLowerCase() === (hex ? 'p' : 'e')) {
        i++;
        if (s[i] === '+' || s[i] === '-')
            i++;
        if (!(s[i] >= '0' && s[i] <= '9'))
            return undefined;
        for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++)
            if (s[i] === '_')
                underscores = true;
    }
    else if (hex) {
        return undefined; // a hex float must have a `p` exponent
    }
    if (underscores && !underscoreOK(s.slice(0, i)))
        return undefined;
    return { end: i, hex };
}
/** Whether a hex float literal (no underscores) rounds past the largest float64. */
function hexFloatOverflows(s) {
    const match = /^[+-]?0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
    const mantissa = BigInt(`0x0${match[1]}${match[2]}`);
    if (mantissa === 0n)
        return false;
    const exponent = Number(match[3]) - 4 * match[2].length;
    const bits = mantissa.toString(2).length;
    const top = bits - 1 + exponent; // the value is in [2^top, 2^(top+1))
    if (top !== 1023)
        return top > 1023;
    // Just below 2^1024: it overflows when rounding to 53 bits carries into a 54th.
    if (bits <= 53)
        return false;
    const shift = BigInt(bits - 53);
    const kept = mantissa >> shift;
    const rest = mantissa - (kept << shift);
    const half = 1n << (shift - 1n);
    const roundsUp = rest > half || (rest === half && (kept & 1n) === 1n);
    return roundsUp && kept + 1n === 1n << 53n;
}
/** fmt.Sscan into a complex128 accepts the lexer's `1+2i` token. */
function complexParses(s) {
    let i = 0;
    const accept = (chars) => {
        if (i < s.length && chars.includes(s[i])) {
            i++;
            return true;
        }
        return false;
    };
    // fmt's floatToken: a prefix of `s` that looks like a float. A lexer token never starts
    // with `nan`, but after a sign fmt tries `inf`, and so takes the `i` of `1+i` here.
    const floatToken = () => {
        const start = i;
        accept('+-');
        if (accept('iI') && accept('nN') && accept('fF'))
            return s.slice(start, i);
        let digits = '0123456789_';
        let exponent = 'eEpP';
        if (accept('0') && accept('xX')) {
            digits = '0123456789aAbBcCdDeEfF_';
            exponent = 'pP';
        }
        while (accept(digits))
            ;
        if (accept('.'))
            while (accept(digits))
                ;
        if (accept(exponent)) {
            accept('+-');
            while (accept('0123456789_'))
                ;
        }
        return s.slice(start, i);
    };
    const real = floatToken();
    const signAt = i;
    if (!accept('+-'))
        return false;
    const imaginary = s[signAt] + floatToken();
    if (!accept('i'))
        return false;
    // fmt's convertFloat also reads a decimal mantissa with a binary exponent (`1.5p2`), which
    // the lexer never lets through: a `p` only follows hex digits.
    return parseFloat64(real) && parseFloat64(imaginary);
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 8650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ lineBreakName),
/* harmony export */   s: () => (/* binding */ UNUSUAL_BREAK)
/* harmony export */ });
/**
 * Line breaks other than LF and CRLF: Go's YAML reader ends lines at them too, while obslint
 * (like git and GitHub) counts lines by LF. Apart from the parser, so that the engine can use
 * them without loading it.
 */
const UNUSUAL_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/;
/** What an `UNUSUAL_BREAK` is, for a message: `a carriage return without a line feed (...)`. */
function lineBreakName(lineBreak) {
    return lineBreak === '\r' ? 'a carriage return without a line feed (old Mac line ends)' : `\`U+${lineBreak.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}\`, a Unicode line break`;
}


/***/ }),

/***/ 3922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ ScalarError),
/* harmony export */   Rg: () => (/* binding */ resolvePlain),
/* harmony export */   ht: () => (/* binding */ resolveTagged)
/* harmony export */ });
/**
 * Scalar values as Go's gopkg.in/yaml.v3 reads them into `interface{}`, the reader that
 * Prometheus, Loki, Mimir and the OpenTelemetry Collector use (resolve.go). It differs from
 * the YAML 1.2 core schema: `0755` is octal, `1_000` is 1000, `0b101` and `-0x1F` are
 * numbers, `1e400` stays text. Two choices of ours: timestamps stay text (Go makes them a
 * time.Time, which typed string fields read back as the same text), and numbers past 2^53
 * lose precision as in any JavaScript number.
 */
/** Thrown for a scalar Go refuses (`!!int x`, bad base64); the message names the value. */
class ScalarError extends Error {
}
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** The value of a plain (unquoted, untagged) scalar. */
function resolvePlain(source) {
    return resolve(source)[0];
}
function resolve(source) {
    const first = source.charCodeAt(0);
    // Fast exit: most values start with a letter and are not in Go's table.
    if (source.length > 5 && first > 57 /* 9 */ && first !== 126 /* ~ */)
        return [source, '!!str'];
    const word = WORDS.get(source);
    if (word)
        return word;
    if (first === 46 /* . */) {
        const float = goFloat(source);
        return float === undefined ? [source, '!!str'] : [float, '!!float'];
    }
    if ((first >= 48 && first <= 57) || first === 43 /* + */ || first === 45 /* - */)
        return number(source) ?? [source, '!!str'];
    return [source, '!!str'];
}
const WORDS = new Map([
    ...['true', 'True', 'TRUE'].map((w) => [w, [true, '!!bool']]),
    ...['false', 'False', 'FALSE'].map((w) => [w, [false, '!!bool']]),
    ...['', '~', 'null', 'Null', 'NULL'].map((w) => [w, [null, '!!null']]),
    ...['.nan', '.NaN', '.NAN'].map((w) => [w, [NaN, '!!float']]),
    ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((w) => [w, [Infinity, '!!float']]),
    ...['-.inf', '-.Inf', '-.INF'].map((w) => [w, [-Infinity, '!!float']]),
]);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** Go's strconv.ParseInt(s, 0, 64), then ParseUint (no sign), then a YAML-style float. */
function number(source) {
    const plain = source.replaceAll('_', '');
    const int = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
    if (int) {
        const [, sign, digits] = int;
        // A leading 0 means octal in Go's base-0 parsing.
        const magnitude = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits.toLowerCase());
        const fits = sign === '' ? magnitude <= UINT64_MAX : magnitude <= (sign === '-' ? INT64_MAX + 1n : INT64_MAX);
        if (fits)
            return [sign === '-' && magnitude !== 0n ? -Number(magnitude) : Number(magnitude), '!!int'];
    }
    if (!YAML_STYLE_FLOAT.test(plain))
        return undefined;
    const float = goFloat(plain);
    return float === undefined ? undefined : [float, '!!float'];
}
/** strconv.ParseFloat: a number that overflows is an error in Go, so the scalar stays text. */
function goFloat(text) {
    if (!YAML_STYLE_FLOAT.test(text))
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
const TAG_PREFIX = 'tag:yaml.org,2002:';
/**
 * The value of a scalar with a tag (`!!int 3`), or a quoted or block scalar (`tag` is then
 * `!!str` unless written otherwise). Tags Go does not know (`!custom`) leave the text.
 */
function resolveTagged(tag, text) {
    const name = tag.startsWith(TAG_PREFIX) ? `!!${tag.slice(TAG_PREFIX.length)}` : tag;
    switch (name) {
        case '!!str':
        case '!!timestamp':
            return text;
        case '!!binary':
            return binary(text);
        case '!!int':
        case '!!float':
        case '!!bool':
        case '!!null': {
            const [value, kind] = resolve(text);
            if (kind === name || (name === '!!float' && kind === '!!int'))
                return value;
            throw new ScalarError(`\`${text}\` is not a valid \`${name}\`.`);
        }
        default:
            return text;
    }
}
/** Go decodes `!!binary` base64 into the bytes' text. */
function binary(text) {
    const compact = text.replace(/[ \n\r\t]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
        throw new ScalarError(`\`${text.length > 40 ? `${text.slice(0, 40)}…` : text}\` is not valid base64 for \`!!binary\`.`);
    }
    return Buffer.from(compact, 'base64').toString('utf8');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(obslintHost.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(obslintHost.url)("process");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', obslintHost.url).pathname).slice(obslintHost.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
/******/ 						var promise = obslintHost.importChunk("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
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

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(obslintHost.url)("node:module");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(obslintHost.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
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
 * JSON text with every character a terminal acts on or that hides text written as a `\u`
 * escape. JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi overrides, line
 * separators and zero-width characters raw; escaped, a reader of the JSON gets the same strings.
 */
function escapeJsonControls(json) {
    return JSON_RAW.test(json) ? json.replace(JSON_RAW_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/;
const JSON_RAW_ALL = new RegExp(JSON_RAW.source, 'g');
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
    return hex64(h2, h1);
}
/**
 * Two 32-bit halves as 16 hex digits, in one flat string: joining two 8-digit strings would
 * make three strings, and a report makes two per finding.
 */
function hex64(high, low) {
    hexInto(HASH_DIGITS, 0, high);
    hexInto(HASH_DIGITS, 8, low);
    return String.fromCharCode.apply(null, HASH_DIGITS);
}
const HASH_DIGITS = new Array(16).fill(0);
const HEX_CODES = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
/** The 8 hex digits of `value` as an unsigned 32-bit number, as character codes into `codes` at `offset`. */
function hexInto(codes, offset, value) {
    for (let i = 7; i >= 0; i--) {
        codes[offset + i] = HEX_CODES[value & 15];
        value >>>= 4;
    }
}
/** `pipeline` → `Pipeline`, to start a message with a word from the config. */
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
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
const DOCS_BASE_URL = 'https://github.com/obslint/obslint/blob/main/docs/rules/';
function ruleDocsUrl(rule) {
    return `${DOCS_BASE_URL}${rule}.md`;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(obslintHost.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(obslintHost.url)("node:path");
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
/** The node at a path, when it exists. */
function nodeAt(root, path) {
    return walk(root, path).node ?? undefined;
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
    return scalarOffsetMap(root, text, path)?.(valueOffset);
}
/**
 * The same mapping for every offset of one scalar, built once: for config embedded as a string
 * (an Alertmanager config in a Secret), every finding inside it is placed this way.
 */
function scalarOffsetMap(root, text, path) {
    const { node } = walk(root, path);
    if (node?.kind !== 'scalar' || typeof node.value !== 'string')
        return undefined;
    const { value, start, end } = node;
    const quote = node.style === 'double' ? '"' : node.style === 'single' ? "'" : '';
    const first = contentStart(text, start, node.style);
    // Where each non-blank character of the value is written, and where what stands for it ends.
    const at = [];
    const after = [];
    for (let s = first; s < end; s++) {
        if (isBlank(text[s]))
            continue;
        if (quote === '"' && text[s] === '\\') {
            // An escape is several source characters for one value character (or none).
            const escape = escapeAt(text, s);
            for (const ch of escape.produces) {
                if (isBlank(ch))
                    continue;
                at.push(s);
                after.push(s + escape.length);
            }
            s += escape.length - 1;
            continue;
        }
        at.push(s);
        if (quote === "'" && text[s] === "'" && text[s + 1] === "'")
            s++;
        after.push(s + 1);
    }
    // How many non-blank characters of the value come before each offset.
    const rank = new Int32Array(value.length + 1);
    for (let v = 0; v < value.length; v++)
        rank[v + 1] = rank[v] + (isBlank(value[v]) ? 0 : 1);
    return (valueOffset) => {
        const target = Math.max(0, Math.min(valueOffset, value.length));
        const wanted = rank[target];
        if (target < value.length && !isBlank(value[target]) && wanted < at.length)
            return at[wanted];
        return wanted === 0 ? first : (after[Math.min(wanted, after.length) - 1] ?? first);
    };
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
    /** The offsets a 1-based line spans, its line break excluded. */
    lineRange(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return undefined;
        const next = this.starts[line];
        return { start, end: next === undefined ? this.text.length : next - 1 };
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
/**
 * What the loader rejects beyond the schema (rulefmt's Validate): group names unique in a
 * file, and names valid under the configured scheme. Prometheus 3 takes any UTF-8 name; 2.x
 * (and 3 with `metric_name_validation_scheme: legacy`) only the legacy characters.
 */
function checkGroups(groups, groupsPath, settings) {
    const issues = [];
    const seen = new Set();
    const legacy = settings.nameValidation === 'legacy';
    const checkKeys = (map, path, what) => {
        if (!legacy || !isMapping(map))
            return;
        for (const key of Object.keys(map)) {
            if (!LEGACY_LABEL_NAME.test(key))
                issues.push(legacyName([...path, key], key, what));
        }
    };
    asList(groups).forEach((group, index) => {
        if (!isMapping(group))
            return;
        const groupPath = [...groupsPath, index];
        const name = nameOf(group.name);
        if (name !== undefined && seen.has(name)) {
            issues.push({
                path: [...groupPath, 'name'],
                message: `Group name \`${shown(name)}\` is used twice in this file; Prometheus refuses to load it.`,
                help: 'Give every group in a file its own name.',
            });
        }
        if (name !== undefined)
            seen.add(name);
        checkKeys(group.labels, [...groupPath, 'labels'], 'label');
        asList(group.rules).forEach((rule, ruleIndex) => {
            if (!isMapping(rule))
                return;
            const rulePath = [...groupPath, 'rules', ruleIndex];
            checkKeys(rule.labels, [...rulePath, 'labels'], 'label');
            checkKeys(rule.annotations, [...rulePath, 'annotations'], 'annotation');
            if (typeof rule.record !== 'string')
                return;
            if (/[{}]/.test(rule.record)) {
                issues.push({
                    path: [...rulePath, 'record'],
                    message: `Recording rule name \`${shown(rule.record)}\` holds braces; Prometheus refuses it.`,
                    help: 'The name is the metric the rule writes; a selector such as `{job="x"}` belongs in `expr`.',
                });
            }
            else if (legacy && !LEGACY_METRIC_NAME.test(rule.record)) {
                issues.push({
                    path: [...rulePath, 'record'],
                    message: `\`${shown(rule.record)}\` is not a valid metric name under the legacy name rules: use letters, digits, \`_\` and \`:\`, not starting with a digit.`,
                    help: LEGACY_HELP,
                });
            }
        });
    });
    return issues;
}
const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LEGACY_HELP = 'Rename it: .obslint.yml selects the legacy name rules (`metric-name-validation-scheme: legacy`), as Prometheus 2 applies them.';
function legacyName(path, key, what) {
    return {
        path,
        target: 'key',
        message: `\`${shown(key)}\` is not a valid ${what} name under the legacy name rules: use letters, digits and \`_\`, not starting with a digit.`,
        help: LEGACY_HELP,
    };
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
                    templates: templatesOf(rule, path, doc),
                });
            }
            else if (record !== undefined) {
                model.recordingRules.push({ kind, name: record, site, group: groupName, labels, query });
            }
        });
    });
}
/**
 * The values Prometheus parses as Go templates when it loads an alerting rule: its own labels
 * and annotations (group labels are not templates).
 */
function templatesOf(rule, path, doc) {
    const templates = [];
    for (const key of ['labels', 'annotations']) {
        const map = rule[key];
        if (!isMapping(map))
            continue;
        for (const [name, value] of Object.entries(map)) {
            if (typeof value === 'string' && value.includes('{{'))
                templates.push({ text: value, site: { doc, path: [...path, key, name] } });
        }
    }
    return templates;
}

;// CONCATENATED MODULE: ./src/kinds/embedded.ts

/**
 * Keys of ConfigMap/Secret data that hold config a kind may claim: a config file's name, or a
 * key that names a config (`relay`, `otel-agent-config`, as charts write them); the content
 * then decides the kind. Others (certificates, scripts) are skipped.
 */
const CONFIG_FILE = /\.(ya?ml|json|toml|rules)$|(conf|config)$|^(alertmanager|relay)$/i;
function embeddedConfigs(value) {
    if (!isMapping(value) || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string')
        return [];
    switch (value.kind) {
        case 'ConfigMap':
            return files(value.data, ['data']);
        case 'Secret':
            return [...files(value.stringData, ['stringData']), ...files(value.data, ['data'], true)];
        case 'OpenTelemetryCollector':
            return collectorConfig(value);
        default:
            return [];
    }
}
function files(map, path, base64 = false) {
    if (!isMapping(map))
        return [];
    const out = [];
    for (const [name, text] of Object.entries(map)) {
        if (typeof text !== 'string' || !CONFIG_FILE.test(name))
            continue;
        if (!base64) {
            out.push({ path: [...path, name], text, name });
            continue;
        }
        const decoded = decodeBase64(text);
        if (decoded !== undefined)
            out.push({ path: [...path, name], text: decoded, name, opaque: true });
    }
    return out;
}
/** The OpenTelemetry operator's resource: `spec.config` as a mapping (v1beta1) or a YAML string (v1alpha1). */
function collectorConfig(value) {
    const spec = value.spec;
    if (!isMapping(spec))
        return [];
    if (typeof spec.config === 'string')
        return [{ path: ['spec', 'config'], text: spec.config, name: 'config.yaml' }];
    if (isMapping(spec.config))
        return [{ path: ['spec', 'config'], value: spec.config }];
    return [];
}
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
        return undefined;
    const bytes = Buffer.from(compact, 'base64');
    const decoded = bytes.toString('utf8');
    return decoded.includes('\uFFFD') ? undefined : decoded;
}

;// CONCATENATED MODULE: ./src/kinds/sniff.ts
/**
 * A cheap look for one of `keys` written as a key: at the start of a line, or after `{` or `,`
 * (JSON), optionally quoted, then one of `separators`. Blanks are matched only up to the line's
 * end: `\s*` would make a file of blank lines quadratic to scan (50,000 of them took 2 s).
 */
function keySniff(keys, separators = ':') {
    return new RegExp(`(^|[\\n{,])[ \\t]*["']?(${keys.join('|')})["']?[ \\t]*[${separators}]`);
}

;// CONCATENATED MODULE: ./src/kinds/alertmanager.ts


const ALERTMANAGER_KEY = keySniff(['receivers', 'route']);
/**
 * An Alertmanager config: `route`, `receivers`, `inhibit_rules`, `time_intervals`, ... Also met
 * as a string in a Kubernetes Secret (`alertmanager.yaml`), which the engine unwraps. Its
 * semantics (receivers that exist, matchers that parse) are the `alertmanager-config` rule's.
 */
const alertmanager = {
    id: 'alertmanager',
    title: 'Alertmanager config',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => ALERTMANAGER_KEY.test(text),
    // A Prometheus server config has `alerting:`, not these; a rule file has `groups:`.
    detect: (value) => isMapping(value) &&
        !('apiVersion' in value) &&
        !('groups' in value) &&
        (isMapping(value.route) || Array.isArray(value.receivers)),
    recognizedBy: 'a mapping with `route:` or a `receivers:` list, no `groups:` or `apiVersion`',
    reference: 'https://prometheus.io/docs/alerting/latest/configuration/',
    validator: () => __nccwpck_require__.e(/* import() */ 729).then(__nccwpck_require__.bind(__nccwpck_require__, 4729)).then((m) => m.default),
    extract() {
        // Rules read the document itself (model.documents): the routing tree is its own shape.
    },
};

;// CONCATENATED MODULE: ./src/kinds/datadog-monitor.ts


/**
 * The monitor shape: a `query` text and a `type` that names a monitor kind (`... alert`,
 * `service check`, `composite`), with a name or a message. A package.json (`type: module`) or
 * a dashboard (`widgets`, `queries`) has no such pair.
 */
function isMonitor(value) {
    return (isMapping(value) &&
        typeof value.query === 'string' &&
        typeof value.type === 'string' &&
        /(alert|check)$|^composite$/.test(value.type) &&
        ('name' in value || 'message' in value));
}
/**
 * What the monitors API refuses beyond the schema: a query that ends in a threshold
 * (`... > 90`) other than `options.thresholds.critical` ("Alert threshold (X) does not match
 * that used in the query (Y)").
 */
function checkMonitor({ monitor, path }) {
    const inQuery = typeof monitor.query === 'string' ? QUERY_THRESHOLD.exec(monitor.query)?.[1] : undefined;
    const thresholds = isMapping(monitor.options) ? monitor.options.thresholds : undefined;
    const critical = isMapping(thresholds) ? thresholds.critical : undefined;
    if (inQuery === undefined || (typeof critical !== 'number' && typeof critical !== 'string'))
        return [];
    if (Number(critical) === Number(inQuery))
        return [];
    return [
        {
            path: [...path, 'options', 'thresholds', 'critical'],
            message: `Critical threshold \`${shown(String(critical))}\` differs from the one in the query (\`${shown(inQuery)}\`); Datadog refuses the monitor.`,
            help: 'Write the same number in both places, or leave `critical` out: Datadog then takes it from the query.',
        },
    ];
}
const QUERY_THRESHOLD = /(?:>=|<=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*$/i;
/**
 * The monitor as an alert: its name; its tags as labels (`team:payments` is `team` =
 * `payments`, a tag without `:` a label with an empty value; each label's site is its tag);
 * its `message` as an annotation, and a runbook link found in the message as `runbook_url`;
 * its `priority` (1 to 5) as severity `P1`..`P5`.
 */
function extractMonitor(kind, { monitor, path, fallbackName }, doc, model) {
    const site = { doc, path };
    const name = typeof monitor.name === 'string' && monitor.name !== '' ? monitor.name : (fallbackName ?? (typeof monitor.query === 'string' ? monitor.query : ''));
    const { labels, labelSites } = labelsFromTags(monitor.tags, [...path, 'tags'], doc);
    const annotations = {};
    const annotationSites = {};
    if (typeof monitor.message === 'string') {
        const messageSite = { doc, path: [...path, 'message'] };
        annotations.message = monitor.message;
        annotationSites.message = messageSite;
        const runbook = runbookIn(monitor.message);
        if (runbook !== undefined) {
            annotations.runbook_url = runbook;
            annotationSites.runbook_url = messageSite;
        }
    }
    // The API takes a priority written as text too (`"3"`).
    const priority = typeof monitor.priority === 'string' && /^[1-5]$/.test(monitor.priority) ? Number(monitor.priority) : monitor.priority;
    model.alerts.push({
        kind,
        name,
        site,
        labels,
        labelsSite: Array.isArray(monitor.tags) ? { doc, path: [...path, 'tags'] } : site,
        labelSites,
        annotations,
        annotationsSite: site,
        annotationSites,
        severity: typeof priority === 'number' && Number.isInteger(priority) && priority >= 1 && priority <= 5
            ? { value: `P${priority}`, site: { doc, path: [...path, 'priority'] } }
            : undefined,
    });
}
/** Tags as labels. A key tagged twice keeps its first value, unless only a later one has a value. */
function labelsFromTags(tags, tagsPath, doc) {
    const labels = {};
    const labelSites = {};
    if (!Array.isArray(tags))
        return { labels, labelSites };
    tags.forEach((tag, index) => {
        if (typeof tag !== 'string')
            return;
        const colon = tag.indexOf(':');
        const [key, value] = colon < 0 ? [tag, ''] : [tag.slice(0, colon), tag.slice(colon + 1)];
        // `__proto__` would not become a key of a plain object.
        if (key === '__proto__' || (Object.hasOwn(labels, key) && (labels[key] !== '' || value === '')))
            return;
        labels[key] = value;
        labelSites[key] = { doc, path: [...tagsPath, index] };
    });
    return { labels, labelSites };
}
/**
 * A runbook link in a monitor message, where Datadog users put it: a Markdown link whose text
 * says runbook (`[Runbook](https://...)`), or a URL after the word (`Runbook: https://...`).
 * Each mention of the word is looked at within a few hundred characters, so a message of any
 * size is read in one pass.
 */
function runbookIn(message) {
    for (const mention of message.matchAll(RUNBOOK_WORD)) {
        const end = mention.index + mention[0].length;
        const before = message.slice(Math.max(0, mention.index - NEAR), mention.index);
        const after = message.slice(end, end + NEAR);
        const open = before.lastIndexOf('[');
        const inLinkText = open >= 0 && !/[\]\n]/.test(before.slice(open));
        const link = inLinkText ? LINK_TARGET.exec(after) : null;
        const url = link ?? LABELLED_URL.exec(after);
        if (url)
            return url[1];
    }
    return undefined;
}
const NEAR = 300;
const RUNBOOK_WORD = /\brun-?books?(?:[_ ]?url)?\b/gi;
/** The rest of the link text, and the link. */
const LINK_TARGET = /^[^\]\n]*\]\(\s*([^)\s]+)\s*\)/;
/** `: https://...`, `= https://...` or ` <https://...>` after the word, on its line. */
const LABELLED_URL = /^[^\S\n]*[:=-]?[^\S\n]*<?(https?:\/\/[^\s>)]+)/;

;// CONCATENATED MODULE: ./src/kinds/datadog-monitor-crd.ts


/** A Datadog Operator `DatadogMonitor` resource: one monitor under `spec`. */
const datadogMonitorCrd = {
    id: 'datadog-monitor-crd',
    title: 'DatadogMonitor resource',
    extensions: ['yml', 'yaml', 'json'],
    // kubectl decodes a JSON manifest as JSON.
    readsJson: true,
    sniff: (text) => text.includes('DatadogMonitor'),
    detect: (value) => isMapping(value) && value.kind === 'DatadogMonitor' && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('datadoghq.com/'),
    recognizedBy: '`apiVersion: datadoghq.com/*`, `kind: DatadogMonitor`',
    reference: 'https://github.com/DataDog/datadog-operator/blob/main/docs/datadog_monitor.md',
    validator: () => __nccwpck_require__.e(/* import() */ 113).then(__nccwpck_require__.bind(__nccwpck_require__, 9113)).then((m) => m.default),
    checkStructure: (value) => monitorsIn(value).flatMap(checkMonitor),
    extract(value, doc, model) {
        for (const at of monitorsIn(value))
            extractMonitor(this.id, at, doc, model);
    },
};
function monitorsIn(value) {
    if (!isMapping(value) || !isMapping(value.spec))
        return [];
    const name = isMapping(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : undefined;
    return [{ monitor: value.spec, path: ['spec'], fallbackName: name }];
}

;// CONCATENATED MODULE: ./src/kinds/datadog-monitors.ts


/**
 * Datadog monitors as JSON, the monitors API's shape (what the UI exports): one monitor, a
 * list of them, or an integration's monitor asset, which holds the monitor under `definition`.
 */
const datadogMonitors = {
    id: 'datadog-monitors',
    title: 'Datadog monitor (API JSON)',
    extensions: ['json'],
    // Sent to the monitors API, which reads JSON.
    readsJson: true,
    sniff: (text) => text.includes('"query"') && text.includes('"type"'),
    detect: (value) => isMonitor(value) ||
        (isMapping(value) && isMonitor(value.definition)) ||
        (Array.isArray(value) && value.length > 0 && value.every(isMapping) && value.some(isMonitor)),
    recognizedBy: 'a JSON monitor (or a list of them, or an integration asset\'s `definition`): `query` and a monitor `type`',
    reference: 'https://docs.datadoghq.com/api/latest/monitors/#create-a-monitor',
    validator: () => __nccwpck_require__.e(/* import() */ 846).then(__nccwpck_require__.bind(__nccwpck_require__, 8846)).then((m) => m.default),
    checkStructure: (value) => datadog_monitors_monitorsIn(value).flatMap(checkMonitor),
    extract(value, doc, model) {
        for (const at of datadog_monitors_monitorsIn(value))
            extractMonitor(this.id, at, doc, model);
    },
};
function datadog_monitors_monitorsIn(value) {
    if (Array.isArray(value))
        return value.flatMap((item, index) => (isMonitor(item) ? [{ monitor: item, path: [index] }] : []));
    if (isMonitor(value))
        return [{ monitor: value, path: [] }];
    if (isMapping(value) && isMonitor(value.definition)) {
        return [{ monitor: value.definition, path: ['definition'], fallbackName: typeof value.title === 'string' ? value.title : undefined }];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/fluent-bit/sections.ts
/**
 * What Fluent Bit makes of a section name, shared by both formats.
 */
/** The names get_section_type() compares against, in its order (the first match wins). */
const TYPE_NAMES = [
    ['service', ['service']],
    ['parser', ['parser']],
    ['multiline_parser', ['multiline_parser']],
    ['stream_processor', ['stream_processor']],
    ['plugins', ['plugins']],
    ['upstream_servers', ['upstream_servers']],
    ['custom', ['custom', 'customs']],
    ['input', ['input', 'inputs']],
    ['filter', ['filter', 'filters']],
    ['output', ['output', 'outputs']],
];
/**
 * The type of a classic section header. Fluent Bit compares with `strncasecmp(name, type,
 * strlen(name))`, so any leading part of a type name counts: `[IN]` is an input and
 * `[UPSTREAM]` an upstream servers section.
 */
function sectionType(name) {
    const lower = name.toLowerCase();
    for (const [type, names] of TYPE_NAMES) {
        if (names.some((full) => lower.length <= full.length && full.startsWith(lower)))
            return type;
    }
    return 'other';
}
/** A key named `__proto__` is data, not the object's prototype. */
function setKey(out, name, value) {
    if (name === '__proto__')
        Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    else
        out[name] = value;
}

;// CONCATENATED MODULE: ./src/fluent-bit/classic.ts


/**
 * Fluent Bit's classic format (`fluent-bit.conf`), read line by line the way
 * src/config_format/flb_cf_fluentbit.c reads it, into the same data as the YAML format:
 * `{ service, pipeline: { inputs, filters, outputs }, parsers, ... }`, with a tree whose
 * offsets point into the text, so one schema and one extraction serve both formats.
 *
 * What Fluent Bit refuses to read becomes a problem at the offending line. Fluent Bit stops
 * at the first; this reader skips the line and goes on, so one run shows every such line.
 */
/** The rule id of the problems this reader reports. */
const SYNTAX_RULE = 'fluent-bit-syntax';
/** Documents read from the classic format (the data alone does not say which format it came from). */
const classicDocuments = new WeakSet();
function isClassic(value) {
    return typeof value === 'object' && value !== null && classicDocuments.has(value);
}
/**
 * Whether a text looks like a classic Fluent Bit file: a header only Fluent Bit uses, a
 * `[SERVICE]` with one of its keys (systemd drop-ins have `[Service]` too), an upstream or
 * plugins file, or an `@INCLUDE`/`@SET` line. Other `.conf` files (nginx, systemd, php-fpm)
 * are not read at all, so they get no syntax findings.
 */
function looksClassic(text) {
    return (FLUENT_BIT_HEADER.test(text) ||
        META_LINE.test(text) ||
        (SERVICE_HEADER.test(text) && SERVICE_KEY.test(text)) ||
        (UPSTREAM_HEADER.test(text) && NODE_HEADER.test(text)) ||
        (PLUGINS_HEADER.test(text) && PATH_KEY.test(text)));
}
// Leading blanks allowed: the same test finds a config inside a YAML block scalar (a ConfigMap).
const FLUENT_BIT_HEADER = /^[ \t]*\[(inputs?|outputs?|filters?|parser|multiline_parser|customs?|stream_task)\][ \t]*(#.*)?\r?$/im;
const META_LINE = /^[ \t]*@(include|set) \S/im;
const SERVICE_HEADER = /^[ \t]*\[service\]/im;
const SERVICE_KEY = /^[ \t]+(flush|log_level|parsers_file|http_server|daemon|grace|storage\.path)[ \t]+\S/im;
const UPSTREAM_HEADER = /^[ \t]*\[upstream\]/im;
const NODE_HEADER = /^[ \t]*\[node\]/im;
const PLUGINS_HEADER = /^[ \t]*\[plugins\]/im;
const PATH_KEY = /^[ \t]+path[ \t]+\S/im;
function parseClassic(text) {
    if (!looksClassic(text))
        return { documents: [], problems: [] };
    const reader = new ClassicReader(text);
    reader.read();
    const value = reader.value();
    classicDocuments.add(value.data);
    return { documents: [{ root: value.node, value: value.data }], problems: reader.problems };
}
class ClassicReader {
    text;
    problems = [];
    sections = [];
    variables = [];
    includes = [];
    /** The indentation of the file's first key line, which every key line must repeat. */
    indent;
    section;
    group;
    /** Keys read since the last section or group header. */
    keys = 0;
    /** After a header Fluent Bit refuses, its key lines are not reported again. */
    inBrokenSection = false;
    constructor(text) {
        this.text = text;
    }
    read() {
        const { text } = this;
        let start = 0;
        for (;;) {
            const newline = text.indexOf('\n', start);
            const end = newline === -1 ? text.length : newline;
            // fgets keeps a final `\r` only on a last line without a line break.
            const lineEnd = newline !== -1 && end > start && text[end - 1] === '\r' ? end - 1 : end;
            this.line(start, text.slice(start, lineEnd));
            if (newline === -1)
                break;
            start = newline + 1;
        }
    }
    line(at, line) {
        if (line.length === 0 || line[0] === '#')
            return;
        if (line.length > 9 && /^@include /i.test(line))
            this.include(at, line);
        else if (line[0] === '@' && line.length > 3)
            this.meta(at, line);
        else if (line[0] === '[')
            this.header(at, line);
        else
            this.keyLine(at, line);
    }
    include(at, line) {
        const path = line.slice(9);
        this.includes.push({ keywordStart: at, path, start: at + 9, end: at + line.length });
        if (/^[ \t]|[ \t]$/.test(path)) {
            this.problem(at + 9, at + line.length, `\`@INCLUDE\` names \`${shown(path)}\`, blanks included: Fluent Bit looks for a file with exactly that name, and refuses to start when there is none.`, 'Remove the blanks around the file name.');
        }
    }
    /** `@SET name=value` and other `@` commands (flb_cf_meta_property_add, flb_meta_run). */
    meta(at, line) {
        const space = line.indexOf(' ');
        if (space === -1) {
            this.problem(at, at + line.length, `\`${shown(line)}\` has no argument; Fluent Bit refuses the file.`, 'Write `@SET name=value` or `@INCLUDE file`.');
            return;
        }
        const command = line.slice(1, space);
        const raw = line.slice(space + 1);
        const value = trimC(raw);
        const valueStart = at + space + 1 + leadingSpace(raw);
        if (value === '' && raw !== '') {
            this.problem(at, at + line.length, `\`@${shown(command)}\` has only blanks after it; Fluent Bit refuses the file.`, 'Write `@SET name=value` or `@INCLUDE file`.');
            return;
        }
        if (/^set$/i.test(trimC(command))) {
            const equals = value.indexOf('=');
            if (equals === -1) {
                this.problem(at, at + line.length, `\`@SET ${shown(value)}\` has no \`=\`; Fluent Bit ignores it, so no variable is set.`, 'Write `@SET name=value`.');
                return;
            }
            this.variables.push({
                keywordStart: at,
                name: value.slice(0, equals),
                nameStart: valueStart,
                value: value.slice(equals + 1),
                valueStart: valueStart + equals + 1,
                valueEnd: valueStart + value.length,
            });
        }
        else if (/^include$/i.test(trimC(command))) {
            this.problem(at, at + line.length, '`@INCLUDE` names no file; Fluent Bit ignores it.', 'Write `@INCLUDE file`, with one space before the file name.');
        }
        else {
            this.problem(at, at + space, `\`@${shown(command)}\` is not a command Fluent Bit knows; it ignores the line.`, 'The commands are `@SET name=value` and `@INCLUDE file`.');
        }
    }
    header(at, line) {
        this.group = undefined;
        const close = line.indexOf(']');
        if (close === -1) {
            this.section = undefined;
            this.inBrokenSection = true;
            this.problem(at, at + line.length, `Section header \`${shown(line)}\` has no closing \`]\`; Fluent Bit refuses the file.`, 'Close the section name with `]`.');
            return;
        }
        // `[]` makes Fluent Bit take the rest of the line as the name (flb_cf_section_create with length 0).
        const name = close > 1 ? line.slice(1, close) : line.slice(1);
        const section = { name, type: sectionType(name), start: at, headerEnd: at + close + 1, end: at + close + 1, properties: [], groups: [] };
        this.sections.push(section);
        this.section = section;
        this.inBrokenSection = false;
        this.keys = 0;
    }
    keyLine(at, line) {
        const length = line.length;
        if (this.indentedHeader(at, line))
            return;
        if (this.indent === undefined) {
            let i = 1;
            while (i < length && classic_isBlank(line[i]))
                i++;
            if (!classic_isBlank(line[0])) {
                // Fluent Bit would take the first character for the indentation and misread every key line.
                this.problem(at, at + length, `\`${shown(line)}\` is not indented, so Fluent Bit does not read it as a key of a section: it takes its first character for indentation.`, 'Indent the keys of a section, for example with four spaces.');
                return;
            }
            this.indent = line.slice(0, i);
            // A blank line can be the one that sets the indentation.
            if (i === length)
                return;
        }
        const keyAt = this.checkIndent(at, line);
        if (keyAt === undefined || keyAt === length || line[keyAt] === '#')
            return;
        const space = line.indexOf(' ', keyAt);
        const firstWord = space === -1 ? line.slice(keyAt) : line.slice(keyAt, space);
        if (space === -1) {
            if (!this.inBrokenSection)
                this.noValue(at + keyAt, at + length, firstWord);
            return;
        }
        if (firstWord[0] === '[') {
            this.groupHeader(at, line, keyAt);
            return;
        }
        const raw = line.slice(space + 1);
        const value = trimC(raw);
        if (this.inBrokenSection)
            return;
        if (value === '') {
            this.noValue(at + keyAt, at + length, firstWord);
            return;
        }
        const target = this.group ?? this.section;
        if (!target) {
            this.problem(at + keyAt, at + length, `\`${shown(trimC(line))}\` comes before any section header; Fluent Bit refuses a key outside a section.`, 'Put it under a section such as `[SERVICE]` or `[INPUT]`.');
            return;
        }
        const key = trimC(firstWord);
        const keyStart = at + keyAt + leadingSpace(firstWord);
        const valueStart = at + space + 1 + leadingSpace(raw);
        target.properties.push({ key: asciiLower(key), keyStart, keyEnd: keyStart + key.length, value, valueStart, valueEnd: valueStart + value.length });
        if (this.section)
            this.section.end = at + length;
        if (this.group)
            this.group.end = at + length;
        this.keys++;
    }
    /**
     * An indented `[INPUT]`: Fluent Bit refuses it (a key without a value), or with text after
     * it reads it as a group of the section above. Reported, then read as the header it was
     * meant to be, so the lines under it are checked as its keys; it sets no indentation.
     */
    indentedHeader(at, line) {
        const lead = line.length - line.replace(/^[ \t]+/, '').length;
        if (lead === 0 || line[lead] !== '[')
            return false;
        const close = line.indexOf(']', lead);
        const space = line.indexOf(' ', lead);
        if (close === -1)
            return false;
        const name = line.slice(lead + 1, close);
        const known = sectionType(name) !== 'other' || /^(node|stream_task)$/i.test(name);
        if (space !== -1 && (space < close || !known))
            return false;
        this.problem(at + lead, at + close + 1, space === -1
            ? `\`${shown(line.slice(lead, close + 1))}\` is indented, so Fluent Bit does not read it as a section header, and refuses the line.`
            : `\`${shown(line.slice(lead, close + 1))}\` is indented, so Fluent Bit reads it as a group of the section above, not as a section of its own.`, 'Start a section header at the beginning of its line.');
        this.header(at + lead, line.slice(lead));
        return true;
    }
    /**
     * check_indent(): a key line repeats the file's indentation exactly, or twice it inside a
     * group. Returns where the key starts, or undefined after reporting the line.
     */
    checkIndent(at, line) {
        const indent = this.indent;
        let level = 0;
        while (level < indent.length && line[level] === indent[level])
            level++;
        let leading = 0;
        while (classic_isBlank(line[leading]))
            leading++;
        const blankLine = leading === line.length;
        const actual = describeBlanks(line.slice(0, leading));
        const expected = describeBlanks(indent);
        // A line is marked from its first character (a config inside a YAML string maps only those); a blank line whole.
        const start = blankLine ? at : at + leading;
        if (level < indent.length) {
            if (classic_isBlank(line[level])) {
                this.problem(start, at + line.length, `This line is indented with ${actual}, the file's key lines with ${expected}: Fluent Bit refuses tabs and spaces mixed differently.`, 'Indent every key line of the file with the same characters as the first one.');
            }
            else if (blankLine) {
                this.problem(at, at + line.length, `This blank line holds ${actual}, fewer than the ${expected} the file's key lines are indented with; Fluent Bit refuses it.`, 'Remove the blanks from the empty line.');
            }
            else {
                this.problem(start, at + line.length, `This line is indented with ${actual}, less than the file's key lines (${expected}); Fluent Bit refuses it.`, 'Indent every key line of the file like the first one.');
            }
            return undefined;
        }
        if (!classic_isBlank(line[level])) {
            // Back at the section's indentation: the group, if any, is over.
            this.group = undefined;
            return level;
        }
        let extra = 0;
        while (classic_isBlank(line[level + extra]))
            extra++;
        if (extra === level)
            return level + extra;
        this.problem(start, at + line.length, blankLine
            ? `This blank line holds ${actual}, neither the ${expected} the file's key lines are indented with nor twice that; Fluent Bit refuses it.`
            : `This line is indented with ${actual}, neither the file's key indentation (${expected}) nor twice it (a group's); Fluent Bit refuses it.`, blankLine ? 'Remove the blanks from the empty line.' : 'Line it up with the other keys of its section.');
        return undefined;
    }
    /** An indented `[NAME] ...` line starts a group of keys indented twice. */
    groupHeader(at, line, keyAt) {
        const close = line.indexOf(']', keyAt);
        if (close === -1) {
            this.problem(at + keyAt, at + line.length, `Group header \`${shown(trimC(line))}\` has no closing \`]\`; Fluent Bit refuses the file.`, 'Close the group name with `]`.');
            return;
        }
        const header = line.slice(keyAt, close + 1);
        if (!this.section) {
            if (!this.inBrokenSection) {
                this.problem(at + keyAt, at + close + 1, `Group \`${shown(header)}\` comes before any section header; Fluent Bit refuses it.`, 'Put the group under the section it belongs to.');
            }
            return;
        }
        if (this.group && this.keys === 0) {
            this.problem(at + keyAt, at + close + 1, `Group \`[${shown(this.group.name)}]\` has no keys before the next group starts; Fluent Bit refuses that.`, 'Give the group its keys, indented twice, or remove it.');
            return;
        }
        const name = line.slice(keyAt + 1, close);
        // flb_cf_group_create() makes nothing of an empty name, and Fluent Bit goes on.
        if (name === '')
            return;
        const group = { name, start: at + keyAt, end: at + close + 1, properties: [] };
        this.section.groups.push(group);
        this.section.end = at + line.length;
        this.group = group;
        this.keys = 0;
    }
    noValue(start, end, key) {
        if (key.includes('\t')) {
            this.problem(start, end, `\`${shown(key)}\` separates the key from its value with a tab; Fluent Bit splits a key line only at a space, finds no value, and refuses the file.`, 'Put a space between the key and its value.');
        }
        else {
            this.problem(start, end, `\`${shown(key)}\` has no value; Fluent Bit refuses a key line without one.`, `Write the value after a space: \`${shown(key)} value\`.`);
        }
    }
    problem(start, end, message, help) {
        this.problems.push({ rule: SYNTAX_RULE, message, help, start, end: Math.max(end, start + 1) });
    }
    /** The document: what was read, in the YAML format's shape. */
    value() {
        const root = new MapBuilder(0, this.text.length);
        const byType = (type) => this.sections.filter((s) => s.type === type);
        const named = (name) => this.sections.filter((s) => s.type === 'other' && s.name.toLowerCase() === name);
        const service = byType('service');
        if (service.length > 0) {
            const first = service[0];
            root.add(scalar(first.start, first.headerEnd, 'service'), sectionMap(service));
        }
        const pipeline = new MapBuilder(0, 0);
        for (const [type, key] of [['input', 'inputs'], ['filter', 'filters'], ['output', 'outputs']]) {
            const list = byType(type);
            if (list.length > 0)
                pipeline.add(scalar(list[0].start, list[0].headerEnd, key), sectionList(list));
        }
        if (pipeline.pairs.length > 0) {
            const firstKey = pipeline.pairs[0].key;
            pipeline.span(pipeline.pairs[0].value.start, Math.max(...pipeline.pairs.map((p) => p.value.end)));
            root.add(scalar(firstKey.start, firstKey.end, 'pipeline'), pipeline.build());
        }
        const lists = [
            ['customs', byType('custom')],
            ['parsers', byType('parser')],
            ['multiline_parsers', byType('multiline_parser')],
            // A streams file's [STREAM_TASK] is what the YAML format calls `stream_processor`.
            ['stream_processor', [...byType('stream_processor'), ...named('stream_task')].sort((a, b) => a.start - b.start)],
        ];
        for (const [key, list] of lists) {
            if (list.length > 0)
                root.add(scalar(list[0].start, list[0].headerEnd, key), sectionList(list));
        }
        const plugins = byType('plugins');
        if (plugins.length > 0)
            root.add(scalar(plugins[0].start, plugins[0].headerEnd, 'plugins'), pluginPaths(plugins));
        const upstreams = byType('upstream_servers');
        const nodes = named('node');
        if (upstreams.length > 0 || nodes.length > 0) {
            const first = upstreams[0] ?? nodes[0];
            root.add(scalar(first.start, first.headerEnd, 'upstream_servers'), upstreamList(upstreams, nodes));
        }
        if (this.includes.length > 0) {
            const first = this.includes[0];
            const items = this.includes.map((include) => ({ node: scalar(include.start, include.end, include.path), data: include.path }));
            root.add(scalar(first.keywordStart, first.keywordStart + 8, 'includes'), listOf(items));
        }
        if (this.variables.length > 0) {
            const env = new MapBuilder(this.variables[0].keywordStart, this.variables.at(-1).valueEnd);
            for (const v of this.variables) {
                env.add(scalar(v.nameStart, v.nameStart + v.name.length, v.name), { node: scalar(v.valueStart, v.valueEnd, v.value), data: v.value });
            }
            const first = this.variables[0];
            root.add(scalar(first.keywordStart, first.keywordStart + 4, 'env'), env.build());
        }
        // Sections Fluent Bit has no use for, under their own name (repeated ones merged).
        const others = new Map();
        for (const section of byType('other')) {
            const lower = section.name.toLowerCase();
            if (lower === 'stream_task' || lower === 'node')
                continue;
            const list = others.get(lower) ?? [];
            list.push(section);
            others.set(lower, list);
        }
        for (const list of others.values())
            root.add(scalar(list[0].start, list[0].headerEnd, list[0].name), sectionMap(list));
        return root.build();
    }
}
/** Builds a mapping node and its data together; a repeated key's values become a list. */
class MapBuilder {
    start;
    end;
    pairs = [];
    data = {};
    constructor(start, end) {
        this.start = start;
        this.end = end;
    }
    add(key, built) {
        this.pairs.push({ key, value: built.node });
        setKey(this.data, String(key.value), built.data);
    }
    span(start, end) {
        this.start = start;
        this.end = end;
    }
    build() {
        const node = { kind: 'map', start: this.start, end: this.end, pairs: this.pairs };
        return { node, data: this.data };
    }
}
function scalar(start, end, value) {
    return { kind: 'scalar', start, end, value, style: 'plain' };
}
function seq(items) {
    return { kind: 'seq', start: items[0]?.start ?? 0, end: items.at(-1)?.end ?? 0, items };
}
function listOf(items) {
    return { node: seq(items.map((i) => i.node)), data: items.map((i) => i.data) };
}
/** Properties in the order written; a key written twice holds the list of its values. */
function propertiesInto(map, properties) {
    const byKey = new Map();
    for (const p of properties) {
        const list = byKey.get(p.key);
        if (list)
            list.push(p);
        else
            byKey.set(p.key, [p]);
    }
    for (const [key, list] of byKey) {
        const first = list[0];
        const keyNode = scalar(first.keyStart, first.keyEnd, key);
        if (list.length === 1)
            map.add(keyNode, { node: scalar(first.valueStart, first.valueEnd, first.value), data: first.value });
        else
            map.add(keyNode, listOf(list.map((p) => ({ node: scalar(p.valueStart, p.valueEnd, p.value), data: p.value }))));
    }
}
/** One mapping from one or more sections (every `[SERVICE]` of a file is the same section to Fluent Bit). */
function sectionMap(sections) {
    const map = new MapBuilder(sections[0].start, sections.at(-1).end);
    propertiesInto(map, sections.flatMap((s) => s.properties));
    for (const group of sections.flatMap((s) => s.groups)) {
        const inner = new MapBuilder(group.start, group.end);
        propertiesInto(inner, group.properties);
        map.add(scalar(group.start + 1, group.start + 1 + group.name.length, asciiLower(group.name)), inner.build());
    }
    return map.build();
}
function sectionList(sections) {
    return listOf(sections.map((s) => sectionMap([s])));
}
/** A plugins file lists `Path` keys; the YAML format lists the paths. */
function pluginPaths(sections) {
    const paths = sections.flatMap((s) => s.properties.filter((p) => p.key === 'path'));
    return listOf(paths.map((p) => ({ node: scalar(p.valueStart, p.valueEnd, p.value), data: p.value })));
}
/**
 * An upstream file has one `[UPSTREAM]` and its `[NODE]`s (flb_upstream_ha reads the first
 * upstream and every node); the YAML format lists servers with their `nodes`.
 */
function upstreamList(upstreams, nodes) {
    const servers = upstreams.map((s) => sectionMap([s]));
    if (nodes.length > 0) {
        const nodeList = sectionList(nodes);
        const first = servers[0];
        const owner = first ?? { node: { kind: 'map', start: nodes[0].start, end: nodes.at(-1).end, pairs: [] }, data: {} };
        owner.node.pairs.push({ key: scalar(nodes[0].start, nodes[0].headerEnd, 'nodes'), value: nodeList.node });
        owner.data.nodes = nodeList.data;
        if (!first)
            servers.push(owner);
    }
    return listOf(servers);
}
/** isblank(): a space or a tab. */
function classic_isBlank(ch) {
    return ch === ' ' || ch === '\t';
}
/** flb_sds_trim(): isspace() on both ends. */
function trimC(text) {
    return text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
}
function leadingSpace(text) {
    return /^[ \t\n\v\f\r]*/.exec(text)[0].length;
}
/** tolower() in the C locale: ASCII letters only. */
function asciiLower(text) {
    return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
function describeBlanks(blanks) {
    if (blanks === '')
        return 'no indentation';
    const spaces = [...blanks].filter((c) => c === ' ').length;
    const tabs = blanks.length - spaces;
    const parts = [];
    if (tabs > 0)
        parts.push(`${tabs} tab${tabs === 1 ? '' : 's'}`);
    if (spaces > 0)
        parts.push(`${spaces} space${spaces === 1 ? '' : 's'}`);
    return parts.join(' and ');
}

;// CONCATENATED MODULE: ./src/fluent-bit/config.ts

function config_isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function config_asList(value) {
    return Array.isArray(value) ? value : [];
}
const PLUGIN_LISTS = [
    ['custom', [['customs']]],
    ['input', [['pipeline', 'inputs']]],
    ['filter', [['pipeline', 'filters']]],
    ['output', [['pipeline', 'outputs']]],
];
function readConfig(value) {
    const classic = isClassic(value);
    const root = config_isMapping(value) ? value : {};
    const config = {
        classic,
        sections: Object.keys(root).map((written) => ({ written, path: [written] })),
        service: [],
        plugins: [],
        parsers: [],
        multilineParsers: [],
        streamTasks: [],
        upstreams: [],
        variables: new Map(),
        includes: [],
    };
    const service = child(root, [], 'service');
    if (service && config_isMapping(service.value))
        config.service = properties(service.value, service.path, classic);
    for (const [kind, [path]] of PLUGIN_LISTS) {
        const list = childAt(root, path);
        if (!list)
            continue;
        config_asList(list.value).forEach((item, index) => {
            if (config_isMapping(item))
                config.plugins.push(pluginSection(kind, index, [...list.path, index], item, classic));
        });
    }
    config.parsers = definitions(root, 'parsers', classic);
    config.multilineParsers = definitions(root, 'multiline_parsers', classic);
    config.streamTasks = definitions(root, 'stream_processor', classic);
    config.upstreams = definitions(root, 'upstream_servers', classic);
    const env = child(root, [], 'env');
    if (env && config_isMapping(env.value)) {
        for (const [name, v] of Object.entries(env.value))
            if (isScalar(v))
                config.variables.set(name, textOf(v));
    }
    for (const entry of config_asList(env?.value)) {
        // The list form: `- name: X` with `value: Y`.
        if (config_isMapping(entry) && isScalar(entry.name) && isScalar(entry.value))
            config.variables.set(textOf(entry.name), textOf(entry.value));
    }
    const includes = child(root, [], 'includes');
    config_asList(includes?.value).forEach((file, index) => {
        if (isScalar(file))
            config.includes.push({ file: textOf(file), path: [...includes.path, index] });
    });
    return config;
}
function pluginSection(kind, index, path, data, classic) {
    const section = { kind, index, path, properties: properties(data, path, classic), processors: [], data };
    // `processors` is matched exactly, as the YAML reader does (strcmp).
    const processors = data.processors;
    if (config_isMapping(processors)) {
        for (const [signal, list] of Object.entries(processors)) {
            config_asList(list).forEach((item, i) => {
                if (config_isMapping(item))
                    section.processors.push(pluginSection('processor', i, [...path, 'processors', signal, i], item, classic));
            });
        }
    }
    return section;
}
function definitions(root, name, classic) {
    const list = child(root, [], name);
    const out = [];
    config_asList(list?.value).forEach((item, index) => {
        const path = [...list.path, index];
        if (config_isMapping(item))
            out.push({ path, properties: properties(item, path, classic), data: item });
    });
    return out;
}
/** A mapping's keys as properties (nested blocks such as `processors` included, with no text). */
function properties(map, path, classic) {
    return Object.entries(map).map(([written, value]) => {
        const at = [...path, written];
        const one = (item, itemPath) => ({ text: knownText(item), nested: !isScalar(item), path: itemPath });
        const values = Array.isArray(value) ? value.map((item, i) => one(item, [...at, i])) : [one(value, at)];
        return { key: lookupKey(written, classic), written, path: at, values };
    });
}
/** The first property Fluent Bit would find under a name (cfl_kvlist_fetch: the first match). */
function find(props, key) {
    return props.find((p) => p.key === key);
}
/** A property's value when it has exactly one, as text. */
function single(props, key) {
    const property = find(props, key);
    return property?.values.length === 1 ? property.values[0].text : undefined;
}
/**
 * A section's plugin name. A YAML `name: null` is the null output (the data keeps no
 * difference between `null` and an empty value, and `null` is the one people write).
 */
function pluginName(section) {
    const property = find(section.properties, 'name');
    if (property?.values.length !== 1)
        return undefined;
    return property.values[0].text ?? (section.data[property.written] === null ? 'null' : undefined);
}
/** The value a property ends with when set repeatedly (core properties: the last one wins). */
function last(props, key) {
    return props.filter((p) => p.key === key).flatMap((p) => p.values).at(-1);
}
/**
 * The name Fluent Bit looks a key up by. The classic reader already lower-cased it; the YAML
 * format turns a camelCase key into snake_case (flb_cf_key_translate), and lookups ignore case.
 */
function lookupKey(written, classic) {
    if (classic || !/^[a-z]/.test(written) || written.includes('_'))
        return written.toLowerCase();
    return written.replace(/(?!^)[A-Z]/g, (upper) => `_${upper}`).toLowerCase();
}
/** A top-level section (or a key of one), found without regard to case as Fluent Bit does. */
function child(map, path, name) {
    const key = Object.keys(map).find((k) => k.toLowerCase() === name);
    return key === undefined ? undefined : { value: map[key], path: [...path, key] };
}
function childAt(root, names) {
    let at = { value: root, path: [] };
    for (const name of names) {
        if (!at || !config_isMapping(at.value))
            return undefined;
        at = child(at.value, at.path, String(name));
    }
    return at;
}
function knownText(value) {
    return value !== null && isScalar(value) ? String(value) : undefined;
}
function isScalar(value) {
    return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
/** A scalar as the text Fluent Bit reads (libyaml hands every scalar over as text). */
function textOf(value) {
    return value === null || value === undefined ? '' : String(value);
}

;// CONCATENATED MODULE: ./src/fluent-bit/catalogue.ts
const FLUENT_BIT_VERSION = '5.1.1';
/**
 * Each plugin's config map: `name=type` with `+` when the property may be given more than
 * once (types in src/fluent-bit/plugins.ts); null for a plugin without one.
 */
const catalogue_CONFIG_MAPS = {
    input: {
        "blob": "path=s exclude_pattern=s database_file=s scan_refresh_interval=t upload_success_action=s upload_success_suffix=s upload_success_message=s upload_failure_action=s upload_failure_suffix=s upload_failure_message=s",
        "collectd": "typesdb=s",
        "cpu": "pid=i interval_sec=i interval_nsec=i",
        "disk": "interval_sec=i interval_nsec=i dev_name=s",
        "docker": "interval_sec=i interval_nsec=i include=s exclude=s path.sysfs=s path.containers=s",
        "docker_events": "unix_path=s buffer_size=z parser=s key=s reconnect.retry_limits=i reconnect.retry_interval=i",
        "dummy": "samples=i dummy=s metadata=s rate=i interval_sec=i interval_nsec=i copies=i start_time_sec=i start_time_nsec=i fixed_timestamp=b flush_on_startup=b test_hang_on_exit=b",
        "ebpf": "ringbuf_map_name=s poll_ms=i trace=s+",
        "elasticsearch": "tag_key=s meta_key=s hostname=s version=s",
        "event_tracing_windows": "provider_guid=s provider_name=s session_name=s session_type=s stale_session_action=s level=i match_any_keyword=s match_all_keyword=s kernel_flags=s buffer_size=i minimum_buffers=i maximum_buffers=i flush_timer=i",
        "event_test": "",
        "event_type": "type=s interval_sec=i interval_nsec=i",
        "exec": "command=s parser=s interval_sec=i interval_nsec=i buf_size=z oneshot=b exit_after_oneshot=b propagate_exit_code=b",
        "exec_wasi": "wasi_path=s accessible_paths=c parser=s interval_sec=i interval_nsec=i buf_size=z oneshot=b wasm_heap_size=z wasm_stack_size=z",
        "fluentbit_logs": null,
        "fluentbit_metrics": "scrape_interval=t scrape_on_start=b",
        "forward": "tag_prefix=s shared_key=s self_hostname=s security.users=s+ unix_path=s unix_perm=s buffer_chunk_size=z buffer_max_size=z empty_shared_key=b workers=i",
        "gpu_metrics": "cards_exclude=s cards_include=s enable_power=b enable_temperature=b enable_nvml=b path_sysfs=s scrape_interval=t",
        "head": "file=s key=s buf_size=z split_line=b lines=i add_path=b interval_sec=i interval_nsec=i",
        "health": "alert=b add_host=b add_port=b interval_sec=i interval_nsec=i",
        "http": "add_remote_addr=b remote_addr_key=s success_header=l1+ tag_key=s successful_response_code=i enable_health_endpoint=b",
        "kafka": "poll_ms=i topics=s format=s brokers=s client_id=s group_id=s rdkafka.=p buffer_max_size=z poll_timeout_ms=i enable_auto_commit=b aws_msk_iam_cluster_arn=s aws_msk_iam=b",
        "kmsg": "prio_level=i",
        "kubernetes_events": "kube_url=s interval_sec=i interval_nsec=i kube_watch_timeout=t tls.debug=i tls.verify=b tls.vhost=s kube_ca_file=s kube_ca_path=s kube_token_file=s kube_token_ttl=t kube_request_limit=i kube_retention_time=t kube_namespace=s db=s db.sync=s db.locking=b db.journal_mode=s",
        "lib": null,
        "mem": "interval_sec=i interval_nsec=i pid=i",
        "mqtt": "payload_key=s buffer_size=z",
        "netif": "interface=s interval_sec=i interval_nsec=i verbose=b test_at_init=b",
        "nginx_metrics": "status_url=s scrape_interval=t nginx_plus=b",
        "node_exporter_metrics": "scrape_interval=t collector.cpu.scrape_interval=t collector.cpufreq.scrape_interval=t collector.meminfo.scrape_interval=t collector.diskstats.scrape_interval=t collector.filesystem.scrape_interval=t collector.uname.scrape_interval=t collector.stat.scrape_interval=t collector.time.scrape_interval=t collector.timex.scrape_interval=t collector.loadavg.scrape_interval=t collector.vmstat.scrape_interval=t collector.netdev.scrape_interval=t collector.netstat.scrape_interval=t collector.sockstat.scrape_interval=t collector.filefd.scrape_interval=t collector.textfile.scrape_interval=t collector.systemd.scrape_interval=t collector.processes.scrape_interval=t collector.thermalzone.scrape_interval=t collector.nvme.scrape_interval=t collector.hwmon.scrape_interval=t metrics=c collector.textfile.path=s path.rootfs=s path.procfs=s path.sysfs=s systemd_service_restart_metrics=b systemd_unit_start_time_metrics=b systemd_include_service_task_metrics=b systemd_include_pattern=s systemd_exclude_pattern=s filesystem.ignore_mount_point_regex=s filesystem.ignore_filesystem_type_regex=s diskstats.ignore_device_regex=s collector.hwmon.chip-include=s collector.hwmon.chip-exclude=s collector.hwmon.sensor-include=s collector.hwmon.sensor-exclude=s",
        "opentelemetry": "profiles_support=b encode_profiles_as_log=b tag_key=s tag_from_uri=b successful_response_code=i raw_traces=b logs_metadata_key=s logs_body_key=s",
        "proc": "interval_sec=i interval_nsec=i alert=b mem=b fd=b proc_name=s",
        "process_exporter_metrics": "scrape_interval=t path.procfs=s process_include_pattern=s process_exclude_pattern=s metrics=c",
        "prometheus_remote_write": "uri=s tag_from_uri=b successful_response_code=i",
        "prometheus_scrape": "scrape_interval=t buffer_max_size=z metrics_path=s http_user=s http_passwd=s bearer_token=s",
        "prometheus_textfile": "path=c scrape_interval=t",
        "random": "samples=i interval_sec=i interval_nsec=i",
        "serial": "file=s bitrate=s separator=s format=s min_bytes=i",
        "splunk": "success_header=l1+ splunk_token=s store_token_in_metadata=b splunk_token_key=s tag_key=s add_remote_addr=b remote_addr_key=s",
        "statsd": "metrics=b",
        "stdin": "parser=s buffer_size=z",
        "syslog": "mode=s path=s unix_perm=s buffer_chunk_size=z buffer_max_size=z parser=s receive_buffer_size=z raw_message_key=s source_address_key=s format=s",
        "systemd": "path=s max_fields=i max_entries=i systemd_filter_type=s systemd_filter=s+ read_from_tail=b lowercase=b strip_underscores=b db.sync=s db=s",
        "tail": "path=c exclude_path=c key=s read_from_head=b read_newly_discovered_files_from_head=b refresh_interval=s watcher_interval=t progress_check_interval=t progress_check_interval_nsec=i rotate_wait=t docker_mode=b docker_mode_flush=i docker_mode_parser=s path_key=s offset_key=s ignore_older=t ignore_active_older_files=b buffer_chunk_size=z buffer_max_size=z static_batch_size=z event_batch_size=z skip_long_lines=b exit_on_eof=b skip_empty_lines=b truncate_long_lines=b file_cache_advise=b inotify_watcher=b windows.path_encoding=s parser=s tag_regex=s db=s db.sync=s db.locking=b db.journal_mode=s db.compare_filename=b multiline=b multiline_flush=t parser_firstline=s parser_=p multiline.parser=c+ unicode.encoding=s generic.encoding=s",
        "tcp": "format=s separator=s parser=s chunk_size=s buffer_size=s source_address_key=s workers=i",
        "thermal": "interval_sec=i interval_nsec=i name_regex=s type_regex=s",
        "udp": "format=s separator=s parser=s chunk_size=s buffer_size=s source_address_key=s workers=i",
        "unix_socket": "socket_mode=s socket_path=s socket_permissions=s format=s separator=s chunk_size=s buffer_size=s",
        "windows_exporter_metrics": "scrape_interval=t enable_collector=s+ collector.cpu.scrape_interval=t collector.net.scrape_interval=t collector.logical_disk.scrape_interval=t collector.cs.scrape_interval=t collector.os.scrape_interval=t collector.cache.scrape_interval=t collector.thermalzone.scrape_interval=t collector.cpu_info.scrape_interval=t collector.logon.scrape_interval=t collector.system.scrape_interval=t collector.service.scrape_interval=t collector.memory.scrape_interval=t collector.paging_file.scrape_interval=t collector.process.scrape_interval=t collector.tcp.scrape_interval=t collector.performancecounter.scrape_interval=t metrics=c we.logical_disk.allow_disk_regex=s we.logical_disk.deny_disk_regex=s we.net.allow_nic_regex=s we.service.where=s we.service.include=s we.service.exclude=s we.process.allow_process_regex=s we.process.deny_process_regex=s performancecounter=s+",
        "winevtlog": "channels=s db=s interval_sec=t interval_nsec=i string_inserts=b event_data_as_map=b event_template_cache_size=i read_existing_events=b render_event_as_xml=b render_event_as_text=b render_event_text_key=s use_ansi=b ignore_missing_channels=b event_query=s read_limit_per_cycle=z remote.server=s remote.domain=s remote.username=s remote.password=s reconnect.base_ms=i reconnect.max_ms=i reconnect.multiplier=s reconnect.jitter_pct=i reconnect.max_retries=i",
        "winlog": "channels=s db=s interval_sec=t interval_nsec=i string_inserts=b use_ansi=b",
        "winstat": "interval_sec=t interval_nsec=i",
    },
    filter: {
        "alter_size": "add=i remove=i",
        "aws": "imds_version=s az=b ec2_instance_id=b ec2_instance_type=b private_ip=b vpc_id=b ami_id=b account_id=b hostname=b tags_enabled=b tags_include=s tags_exclude=s retry_interval_s=i enable_entity=b",
        "checklist": "file=s mode=s print_query_time=b ignore_case=b lookup_key=s record=l2+",
        "ecs": "add=s+ ecs_tag_prefix=s cluster_metadata_only=b ecs_meta_cache_ttl=t ecs_meta_host=s ecs_meta_port=i agent_endpoint_retries=i",
        "expect": "key_exists=s+ key_not_exists=s+ key_val_is_null=s+ key_val_is_not_null=s+ key_val_eq=l1+ action=s result_key=s",
        "geoip2": "database=s lookup_key=s+ record=s+",
        "grep": "regex=s+ exclude=s+ logical_op=s",
        "kubernetes": "buffer_size=z tls.debug=i tls.verify=b tls.vhost=s tls.verify_hostname=b merge_log=b merge_parser=s merge_log_key=s merge_log_trim=b keep_log=b kube_url=s kube_meta_preload_cache_dir=s kube_ca_file=s kube_ca_path=s kube_tag_prefix=s kube_namespace_file=s kube_token_file=s kube_token_command=s labels=b annotations=b owner_references=b namespace_labels=b namespace_annotations=b namespace_metadata_only=b k8s-logging.parser=b k8s-logging.exclude=b use_journal=b regex_parser=s dummy_meta=b dns_retries=i dns_wait_time=t cache_use_docker_id=b use_tag_for_meta=b use_kubelet=b kubelet_host=s kubelet_port=i kube_token_ttl=t kube_meta_cache_ttl=t kube_meta_namespace_cache_ttl=t aws_use_pod_association=b use_pod_association=b aws_pod_association_host=s aws_pod_association_endpoint=s aws_pod_association_port=i aws_pod_service_map_ttl=i aws_pod_service_map_refresh_interval=i aws_pod_service_preload_cache_dir=s aws_pod_association_host_server_ca_file=s aws_pod_association_host_client_cert_file=s aws_pod_association_host_client_key_file=s aws_pod_association_host_tls_debug=i aws_pod_association_host_tls_verify=b set_platform=s",
        "log_to_metrics": "regex=s+ exclude=s+ metric_mode=s value_field=s metric_name=s metric_namespace=s metric_subsystem=s metric_description=s kubernetes_mode=b add_label=s+ label_field=s+ bucket=s+ tag=s emitter_name=s emitter_mem_buf_limit=z flush_interval_sec=i flush_interval_nsec=i discard_logs=b",
        "lua": "script=s code=s call=s type_int_key=s type_array_key=s protected_mode=b time_as_table=b enable_flb_null=b",
        "modify": "set=s+ add=s+ remove=s+ remove_wildcard=s+ remove_regex=s+ move_to_start=s+ move_to_end=s+ rename=s+ hard_rename=s+ copy=s+ hard_copy=s+ condition=s+",
        "multiline": "debug_flush=b buffer=b mode=s flush_ms=i multiline.parser=c+ multiline.key_content=s emitter_name=s emitter_storage.type=s emitter_mem_buf_limit=z",
        "nest": "operation=s wildcard=s+ nest_under=s nested_under=s add_prefix=s remove_prefix=s",
        "nightfall": "nightfall_api_key=s policy_id=s sampling_rate=d tls.debug=i tls.verify=b tls.vhost=s tls.ca_path=s",
        "parser": "key_name=s parser=s+ preserve_key=b reserve_data=b unescape_key=x",
        "record_modifier": "record=l2+ remove_key=s+ allowlist_key=s+ whitelist_key=s+ uuid_key=s",
        "rewrite_tag": "rule=l4+ emitter_name=s emitter_storage.type=s emitter_mem_buf_limit=z",
        "stdout": "",
        "sysinfo": "fluentbit_version_key=s os_name_key=s hostname_key=s os_version_key=s kernel_version_key=s",
        "tensorflow": "model_file=s input_field=s include_input_fields=b normalization_value=d",
        "throttle": "rate=d window=i print_status=b interval=s",
        "throttle_size": null,
        "type_converter": "int_key=l3+ uint_key=l3+ float_key=l3+ str_key=l3+",
        "wasm": "event_format=s wasm_path=s accessible_paths=c function_name=s wasm_heap_size=z wasm_stack_size=z",
    },
    output: {
        "azure": "customer_id=s shared_key=s log_type=s log_type_key=s time_key=s time_generated=b",
        "azure_blob": "account_name=s container_name=s auto_create_container=b blob_type=s compress=s compress_blob=b emulator_mode=b shared_key=s endpoint=s path=s date_key=s auth_type=s sas_token=s database_file=s part_size=z file_delivery_attempt_limit=i part_delivery_attempt_limit=i upload_parts_timeout=t upload_part_freshness_limit=t configuration_endpoint_url=s configuration_endpoint_username=s configuration_endpoint_password=s configuration_endpoint_bearer_token=s buffering_enabled=b buffer_dir=s upload_timeout=t upload_file_size=z azure_blob_buffer_key=s store_dir_limit_size=z buffer_file_delete_early=b blob_uri_length=i unify_tag=b scheduler_max_retries=i delete_on_max_upload_error=b io_timeout=t",
        "azure_kusto": "tenant_id=s client_id=s client_secret=s workload_identity_token_file=s auth_type=s ingestion_endpoint=s database_name=s table_name=s ingestion_mapping_reference=s log_key=s include_tag_key=b tag_key=s include_time_key=b time_key=s ingestion_endpoint_connect_timeout=t compression_enabled=b ingestion_resources_refresh_interval=t buffering_enabled=b buffer_dir=s upload_timeout=t upload_file_size=z azure_kusto_buffer_key=s store_dir_limit_size=z buffer_file_delete_early=b unify_tag=b blob_uri_length=i scheduler_max_retries=i delete_on_max_upload_error=b io_timeout=t",
        "azure_logs_ingestion": "tenant_id=s client_id=s client_secret=s auth_url=s dce_url=s dcr_id=s table_name=s time_key=s time_generated=b compress=b",
        "bigquery": "google_service_credentials=s enable_identity_federation=b aws_region=s project_number=s pool_id=s provider_id=s google_service_account=s service_account_email=s service_account_secret=s project_id=s dataset_id=s table_id=s skip_invalid_rows=b ignore_unknown_values=b",
        "calyptia": "cloud_host=s cloud_port=i api_key=s machine_id=s fleet_id=s store_path=s add_label=l1+ pipeline_id=s register_retry_on_flush=b",
        "chronicle": "google_service_credentials=s service_account_email=s service_account_secret=s project_id=s customer_id=s log_type=s region=s log_key=s namespace=s namespace_key=s label=l1+",
        "cloudwatch_logs": "region=s log_group_name=s log_stream_name=s log_stream_prefix=s log_group_template=s log_stream_template=s log_key=s extra_user_agent=s log_format=s role_arn=s auto_create_group=b auto_retry_requests=b log_retention_days=i endpoint=s sts_endpoint=s external_id=s metric_namespace=s metric_dimensions=s profile=s log_group_class=s add_entity=b",
        "counter": "",
        "datadog": "compress=s header=l1+ apikey=s dd_service=s dd_source=s dd_tags=s dd_hostname=s proxy=s include_tag_key=b tag_key=s dd_message_key=s provider=s json_date_key=s",
        "es": "index=s type=s suppress_type_name=b http_user=s http_passwd=s http_api_key=s compress=s cloud_id=s cloud_auth=s upstream=s aws_auth=b aws_region=s aws_sts_endpoint=s aws_role_arn=s aws_external_id=s aws_service_name=s aws_profile=s logstash_format=b logstash_prefix=s logstash_prefix_separator=s logstash_prefix_key=s logstash_dateformat=s time_key=s time_key_format=s time_key_nanos=b include_tag_key=b tag_key=s buffer_size=z path=s pipeline=s generate_id=b write_operation=s id_key=s replace_dots=b current_time_index=b trace_output=b trace_error=b",
        "exit": "flush_count=i record_count=i time_count=i",
        "file": "path=s file=s enable_strftime=b max_dynamic_files=i on_missing_field=s on_limit_reached=s fallback_path=s fallback_file=s format=s delimiter=s label_delimiter=s template=s csv_column_names=b mkdir=b rotate=b rotate_max_size=z rotate_max_files=i rotate_gzip=b",
        "flowcounter": "unit=s event_based=b",
        "forward": "time_as_integer=b retain_metadata_in_forward_mode=b shared_key=s self_hostname=s empty_shared_key=b send_options=b require_ack_response=b username=s password=s unix_path=s upstream=s tag=s compress=s fluentd_compat=b add_option=l2+",
        "gcs": "bucket=s gcs_key_format=s gcs_key_format_tag_delimiters=s static_file_path=b canned_acl=s upload_timeout=t send_content_md5=b preserve_data_ordering=b store_chunk_limit=i store_dir_limit_size=z content_type=s google_service_credentials=s store_dir=s compression=s",
        "gelf": "mode=s gelf_tag_key=s gelf_short_message_key=s gelf_timestamp_key=s gelf_host_key=s gelf_full_message_key=s gelf_level_key=s packet_size=i compress=b",
        "http": "proxy=s allow_duplicated_headers=b log_response_payload=b http.response_timeout=t http.read_idle_timeout=t http_user=s http_passwd=s oauth2.enable=b oauth2.token_url=s oauth2.client_id=s oauth2.client_secret=s oauth2.user_agent=s oauth2.scope=s oauth2.audience=s oauth2.resource=s oauth2.auth_method=s oauth2.jwt_key_file=s oauth2.jwt_cert_file=s oauth2.jwt_aud=s oauth2.jwt_header=s oauth2.jwt_ttl_seconds=i oauth2.refresh_skew_seconds=i oauth2.timeout=t oauth2.connect_timeout=t aws_auth=b aws_service=s aws_region=s aws_sts_endpoint=s aws_role_arn=s aws_external_id=s aws_profile=s header_tag=s format=s json_date_format=s json_date_key=s compress=s header=l1+ uri=s http_method=s gelf_timestamp_key=s gelf_host_key=s gelf_short_message_key=s gelf_full_message_key=s gelf_level_key=s body_key=s headers_key=s",
        "influxdb": "database=s bucket=s org=s sequence_tag=s uri=s http_user=s http_passwd=s http_token=s http_header=l1+ auto_tags=b tag_keys=s add_integer_suffix=b",
        "kafka": "topic_key=s dynamic_topic=b format=s otlp_logs_partition_by_resource=b message_key=s message_key_field=s timestamp_key=s timestamp_format=s queue_full_retries=i gelf_timestamp_key=s gelf_host_key=s gelf_short_message_key=s gelf_full_message_key=s gelf_level_key=s schema_str=s schema_id=i schema_registry_url=s schema.registry.url=s schema_registry_subject=s schema.registry.subject=s schema_registry_version=s schema.registry.version=s schema_registry_http_user=s schema.registry.http.user=s schema_registry_http_passwd=s schema.registry.http.password=s schema_registry_bearer_token=s schema.registry.bearer.token=s schema_registry_framing=s serializer.framing=s topics=s brokers=s client_id=s group_id=s rdkafka.=p raw_log_key=s aws_msk_iam_cluster_arn=s aws_msk_iam=b",
        "kafka-rest": "message_key=s time_key=s topic=s url_path=s partition=d time_key_format=s include_tag_key=b tag_key=s avro_http_header=b",
        "kinesis_firehose": "region=s delivery_stream=s time_key=s time_key_format=s role_arn=s endpoint=s sts_endpoint=s external_id=s compression=s log_key=s auto_retry_requests=b profile=s simple_aggregation=b",
        "kinesis_streams": "region=s stream=s time_key=s time_key_format=s role_arn=s endpoint=s sts_endpoint=s external_id=s log_key=s auto_retry_requests=b profile=s simple_aggregation=b compression=s",
        "lib": "format=s max_records=i data_mode=s",
        "logdna": "logdna_host=s logdna_port=i logdna_endpoint=s api_key=s hostname=s mac=s ip=s tags=c file=s app=s exclude_promoted_keys=b",
        "loki": "uri=s tenant_id=s tenant_id_key=s tenant_id_key_error_handling=s labels=c structured_metadata=c structured_metadata_map_keys=c auto_kubernetes_labels=b drop_single_key=s label_keys=c remove_keys=c line_format=s label_map_path=s http_user=s http_passwd=s buffer_size=z bearer_token=s header=l1+ compress=s",
        "nats": "",
        "nrlogs": "base_uri=s api_key=s license_key=s compress=s",
        "null": "format=s json_date_format=s json_date_key=s",
        "opensearch": "index=s type=s suppress_type_name=b http_user=s http_passwd=s aws_auth=b aws_region=s aws_profile=s aws_sts_endpoint=s aws_role_arn=s aws_external_id=s aws_service_name=s logstash_format=b logstash_prefix=s logstash_prefix_separator=s logstash_prefix_key=s logstash_dateformat=s time_key=s time_key_format=s time_key_nanos=b include_tag_key=b tag_key=s buffer_size=z path=s pipeline=s generate_id=b write_operation=s id_key=s replace_dots=b current_time_index=b trace_output=b trace_error=b compress=s",
        "opentelemetry": "add_label=l1+ http2=s grpc=b proxy=s http_user=s http_passwd=s aws_auth=b aws_service=s aws_region=s aws_sts_endpoint=s aws_role_arn=s aws_external_id=s aws_profile=s header=l1+ metrics_uri=s grpc_metrics_uri=s batch_size=i compress=s logs_max_resources=i logs_max_scopes=i logs_uri=s grpc_logs_uri=s logs_body_key=s+ logs_body_key_attributes=b traces_uri=s grpc_traces_uri=s profiles_uri=s grpc_profiles_uri=s log_response_payload=b logs_metadata_key=s logs_observed_timestamp_metadata_key=s logs_timestamp_metadata_key=s logs_severity_text_metadata_key=s logs_severity_number_metadata_key=s logs_trace_flags_metadata_key=s logs_span_id_metadata_key=s logs_trace_id_metadata_key=s logs_attributes_metadata_key=s logs_instrumentation_scope_metadata_key=s logs_resource_metadata_key=s logs_span_id_message_key=s logs_trace_id_message_key=s logs_severity_text_message_key=s logs_severity_number_message_key=s",
        "oracle_log_analytics": "config_file_location=s profile_name=s oci_config_in_record=b uri=s oci_la_log_group_id=s oci_la_log_set_id=s oci_la_entity_id=s oci_la_entity_type=s oci_la_log_source_name=s oci_la_log_set_id=s oci_la_log_path=s oci_la_global_metadata=l2+ oci_la_metadata=l2+ namespace=s proxy=s",
        "pgsql": null,
        "plot": "key=s file=s",
        "prometheus_exporter": "add_timestamp=b add_label=l1+",
        "prometheus_remote_write": "add_label=l1+ proxy=s http_user=s http_passwd=s compression=s aws_auth=b aws_service=s aws_region=s aws_sts_endpoint=s aws_role_arn=s aws_external_id=s aws_profile=s header=l1+ uri=s log_response_payload=b",
        "retry": "retry=i",
        "s3": "format=s json_date_format=s json_date_key=s total_file_size=z upload_chunk_size=z upload_timeout=t bucket=s region=s role_arn=s endpoint=s sts_endpoint=s canned_acl=s compression=s content_type=s store_dir=s store_dir_limit_size=z quarantine_dir_limit_size=z s3_key_format=s s3_key_format_tag_delimiters=s auto_retry_requests=b use_put_object=b send_content_md5=b preserve_data_ordering=b retry_exhausted_action=s log_key=s external_id=s static_file_path=b storage_class=s profile=s blob_database_file=s part_size=z file_delivery_attempt_limit=i part_delivery_attempt_limit=i upload_parts_timeout=t upload_part_freshness_limit=t authorization_endpoint_url=s authorization_endpoint_username=s authorization_endpoint_password=s authorization_endpoint_bearer_token=s",
        "skywalking": "auth_token=s svc_name=s svc_inst_name=s",
        "slack": "webhook=s",
        "splunk": "compress=s http_user=s http_passwd=s http_buffer_size=z http_debug_bad_request=b event_key=s event_host=s event_source=s event_sourcetype=s event_sourcetype_key=s event_index=s event_index_key=s event_field=l2+ splunk_token=s splunk_send_raw=b auto_extract_timestamp=b channel=s",
        "stackdriver": "google_service_credentials=s metadata_server=s service_account_email=s service_account_secret=s export_to_project_id=s project_id_key=s resource=s severity_key=s autoformat_stackdriver_trace=b trace_key=s span_id_key=s trace_sampled_key=s log_name_key=s http_request_key=s k8s_cluster_name=s k8s_cluster_location=s location=s namespace=s node_id=s job=s task_id=s compress=s labels=c labels_key=s tag_prefix=s stackdriver_agent=s custom_k8s_regex=s resource_labels=c text_payload_key=s test_log_entry_format=b cloud_logging_base_url=s",
        "stdout": "format=s json_date_format=s json_date_key=s",
        "syslog": "mode=s syslog_format=s syslog_maxsize=z syslog_severity_key=s syslog_severity_preset=i syslog_facility_key=s syslog_facility_preset=i syslog_hostname_key=s syslog_hostname_preset=s syslog_appname_key=s syslog_appname_preset=s syslog_procid_key=s syslog_procid_preset=s syslog_msgid_key=s syslog_msgid_preset=s syslog_sd_key=s+ syslog_message_key=s allow_longer_sd_id=b",
        "tcp": "format=s json_date_format=s json_date_key=s raw_message_key=s",
        "td": "api=s database=s table=s region=s",
        "udp": "format=s json_date_format=s json_date_key=s raw_message_key=s",
        "vivo_exporter": "empty_stream_on_read=b stream_queue_size=z http_cors_allow_origin=s",
        "websocket": "uri=s format=s json_date_format=s json_date_key=s header=l1+",
    },
    processor: {
        "content_modifier": "context=s action=s key=s value=s pattern=s converted_type=s",
        "cumulative_to_delta": "initial_value=s drop_first=b drop_on_reset=b max_staleness=t max_series=i",
        "labels": "update=l1+ insert=l1+ upsert=l1+ delete=s+ hash=s+",
        "metrics_selector": "metric_name=s+ context=s+ action=s label=s operation_type=s",
        "opentelemetry_envelope": "",
        "sampling": "type=s debug=b sampling_settings=v conditions=v",
        "sql": "query=s",
        "tda": "window_size=i min_points=i embed_dim=i embed_delay=i threshold=d",
        "template": null,
    },
    custom: {
        "calyptia": "api_key=s store_path=s calyptia_host=s calyptia_port=s calyptia_tls=b calyptia_tls.verify=b add_label=l1+ machine_id=s fleet_id=s fleet.config_dir=s fleet.interval_sec=s fleet.interval_nsec=s fleet.max_http_buffer_size=s fleet_name=s pipeline_id=s register_retry_on_flush=b fleet_config_legacy_format=b",
    },
};

;// CONCATENATED MODULE: ./src/fluent-bit/plugins.ts

const TYPES = {
    s: 'text',
    p: 'prefix',
    i: 'integer',
    b: 'boolean',
    d: 'double',
    z: 'size',
    t: 'time',
    x: 'deprecated',
    c: 'list',
    l: 'list',
    v: 'variant',
};
const specs = new Map();
/**
 * A plugin Fluent Bit ships, found as flb_input_new() and its kin find it: by name without
 * regard to case, ignoring a `://...` tail. Undefined for a plugin it does not ship (a Go or
 * `.so` plugin, or a typo).
 */
function pluginSpec(kind, written) {
    const name = written.replace(/:\/\/.*$/s, '').toLowerCase();
    const key = `${kind}/${name}`;
    let spec = specs.get(key);
    if (spec === undefined) {
        const maps = catalogue_CONFIG_MAPS[kind];
        const own = Object.keys(maps).find((plugin) => plugin.toLowerCase() === name);
        spec = own === undefined ? null : { name: own, properties: parseMap(maps[own]) };
        specs.set(key, spec);
    }
    return spec ?? undefined;
}
function pluginNames(kind) {
    return Object.keys(CONFIG_MAPS[kind]);
}
function parseMap(map) {
    if (map === null)
        return undefined;
    const properties = new Map();
    for (const entry of map.split(' ').filter(Boolean)) {
        const [, name, code, count, plus] = /^(.*)=([a-z])(\d?)(\+?)$/.exec(entry);
        properties.set(name, { type: TYPES[code], minValues: Number(count || 0), commas: code === 'c', multiple: plus === '+' });
    }
    return properties;
}
/**
 * The property a key sets in a plugin's config map (flb_config_map_properties_check): the
 * exact name, or a `prefix` type's prefix followed by more.
 */
function propertySpec(plugin, key) {
    const exact = plugin.properties?.get(key);
    if (exact)
        return exact;
    for (const [name, spec] of plugin.properties ?? []) {
        if (spec.type === 'prefix' && key.length > name.length && key.startsWith(name))
            return spec;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/fluent-bit/routing.ts
/**
 * How Fluent Bit routes records by tag (src/flb_router.c): a `Match` pattern where `*` stands
 * for any run of characters, and a `Match_Regex` tried at the start of the tag. A tag can be
 * a pattern too, for the parts only known at run time (the file path tail puts for `*`, a
 * variable from the environment): it is written here with `*` for each of them.
 */
/**
 * Whether some tag matches both patterns (a Match pattern, and a tag that may be only known
 * as a pattern); for a tag known in full, whether router_match() matches it. Works through both patterns at once: a `*` on either side may stand for nothing
 * or swallow the other side's next character (or its `*`).
 */
function patternsOverlap(a, b) {
    // Most pairs differ before their first `*` or after their last one: no need to walk them.
    if (!fixedEndsAgree(a, b))
        return false;
    if (!a.includes('*') && !b.includes('*'))
        return a === b;
    const width = b.length + 1;
    // Patterns long enough to make this slow are not tags anyone writes: assume they may meet.
    if ((a.length + 1) * width > 1_000_000)
        return true;
    const reached = new Uint8Array((a.length + 1) * width);
    const stack = [0];
    reached[0] = 1;
    const visit = (i, j) => {
        const at = i * width + j;
        if (!reached[at]) {
            reached[at] = 1;
            stack.push(at);
        }
    };
    while (stack.length > 0) {
        const at = stack.pop();
        const i = Math.floor(at / width);
        const j = at % width;
        if (i === a.length && j === b.length)
            return true;
        const ca = a[i];
        const cb = b[j];
        if (ca === '*') {
            visit(i + 1, j);
            if (j < b.length)
                visit(i, j + 1);
        }
        if (cb === '*') {
            visit(i, j + 1);
            if (i < a.length)
                visit(i + 1, j);
        }
        if (ca !== undefined && cb !== undefined && ca !== '*' && cb !== '*' && ca === cb)
            visit(i + 1, j + 1);
    }
    return false;
}
/** The text before the first `*` of each agrees (one starts the other), and so does the text after the last. */
function fixedEndsAgree(a, b) {
    const headA = a.indexOf('*') === -1 ? a : a.slice(0, a.indexOf('*'));
    const headB = b.indexOf('*') === -1 ? b : b.slice(0, b.indexOf('*'));
    if (!(headA.startsWith(headB) || headB.startsWith(headA)))
        return false;
    if (!a.includes('*') || !b.includes('*'))
        return true;
    const tailA = a.slice(a.lastIndexOf('*') + 1);
    const tailB = b.slice(b.lastIndexOf('*') + 1);
    return tailA.endsWith(tailB) || tailB.endsWith(tailA);
}
/**
 * Whether a `Match_Regex` may match a tag. Fluent Bit runs Onigmo's onig_match, anchored at
 * the start of the tag; JavaScript's syntax is close enough for the patterns people write. A
 * regex it cannot compile, and a tag only known as a pattern, may match.
 */
function regexMayMatch(source, tag) {
    if (tag.includes('*') || !safeToRun(source, tag))
        return true;
    let regex;
    try {
        regex = new RegExp(`^(?:${source})`);
    }
    catch {
        return true;
    }
    return regex.test(tag);
}
/**
 * JavaScript's backtracking engine takes exponential time on a repeated group (`(a|aa)+$`)
 * or a back-reference, and polynomial time in the number of `*` and `+`; a config file must
 * not make a run hang. A regex beyond the simple ones tags are matched with (`^(app|web)\..*`),
 * or a long tag, is not run: it counts as a possible match.
 */
function safeToRun(source, tag) {
    if (source.length > 256 || tag.length > 256 || /\\[1-9k]/.test(source) || /\)[*+?{]/.test(source))
        return false;
    return (source.match(/(?<!\\)[*+]|\{\d*,\}/g) ?? []).length <= 3;
}
/**
 * `${NAME}` replaced by the variable's value when the config sets it; otherwise (the
 * environment decides when Fluent Bit runs) by `*`. `${NAME:-default}` uses the default when
 * the config leaves NAME unset or empty.
 */
function withVariables(text, variables) {
    return text.replace(/\$\{([^}]*)\}/g, (_, inner) => {
        const [name, fallback] = splitDefault(inner);
        const value = variables.get(name);
        if (value === undefined)
            return '*';
        return value === '' && fallback !== undefined ? fallback : value;
    });
}
function splitDefault(inner) {
    const at = inner.indexOf(':-');
    return at === -1 ? [inner, undefined] : [inner.slice(0, at), inner.slice(at + 2)];
}
/**
 * A tail input's tag: its `*` becomes the file's path, and `<name>` a capture of `Tag_Regex`
 * (the same holds for the inputs that expand `*` alike).
 */
function inputTagPattern(tag) {
    return tag.replace(/<[^>]*>/g, '*');
}
/**
 * The tag rewrite_tag gives a record (the third value of a `Rule`): `$TAG`, `$TAG[n]`,
 * captures (`$0`..`$9`) and record fields (`$key`, `$key['sub']`) are only known per record.
 */
function rewrittenTagPattern(tag) {
    return tag.replace(/\$[A-Za-z0-9_]+(\[[^\]]*\])*/g, '*');
}

;// CONCATENATED MODULE: ./src/fluent-bit/values.ts
/**
 * Fluent Bit's readers of property values (src/flb_utils.c, src/flb_log.c, src/flb_slist.c),
 * so a value is judged the way Fluent Bit reads it.
 */
/** flb_utils_bool(): the words Fluent Bit takes for true and false; anything else is neither. */
function readBool(text) {
    const lower = text.toLowerCase();
    if (lower === 'true' || lower === 'on' || lower === 'yes')
        return true;
    if (lower === 'false' || lower === 'off' || lower === 'no')
        return false;
    return undefined;
}
/**
 * flb_utils_size_to_bytes(): a number with an optional K, M or G (and B) suffix, or `false`
 * (zero). Returns undefined where Fluent Bit returns -1.
 */
function readSize(text) {
    if (text.toLowerCase() === 'false')
        return 0;
    if (text.length === 0)
        return undefined;
    const value = Number.parseFloat(text) || 0;
    // The suffix: trailing characters that are not digits (the first character never counts).
    let suffix = 0;
    for (let i = text.length - 1; i > 0 && !isDigit(text[i]); i--)
        suffix++;
    if (suffix === 0)
        return value;
    if (suffix > 2)
        return undefined;
    const unit = text.slice(text.length - suffix).toUpperCase();
    if (suffix === 2 && unit[1] !== 'B')
        return undefined;
    const factor = { K: 1e3, M: 1e6, G: 1e9 }[unit[0]];
    return factor === undefined ? undefined : value * factor;
}
/** flb_log_get_level_str(). */
const LOG_LEVELS = ['off', 'error', 'warn', 'warning', 'info', 'debug', 'trace'];
function isLogLevel(text) {
    return LOG_LEVELS.includes(text.toLowerCase());
}
/**
 * How many values flb_slist_split_tokens() finds in a space-separated list: words, or
 * double-quoted strings that may hold spaces. With `maxSplit`, what follows that many values
 * is one more value.
 */
function countTokens(text, maxSplit) {
    let count = 0;
    let p = 0;
    for (;;) {
        while (text[p] === ' ')
            p++;
        if (p >= text.length)
            return count;
        if (text[p] === '"') {
            p++;
            while (p < text.length && !(text[p] === '"' && text[p - 1] !== '\\'))
                p++;
        }
        else {
            while (p < text.length && text[p] !== ' ')
                p++;
        }
        count++;
        if (p >= text.length)
            return count;
        p++;
        if (maxSplit > 0 && count >= maxSplit) {
            while (text[p] === ' ')
                p++;
            return p < text.length ? count + 1 : count;
        }
    }
}
/** How many values flb_slist_split_string() finds in a comma-separated list (empty ones skipped). */
function countCommaValues(text, maxSplit) {
    const parts = text.split(',').filter((part) => part.trim() !== '');
    return maxSplit > 0 && parts.length > maxSplit ? maxSplit + 1 : parts.length;
}
/** A value that uses a variable (`${NAME}`) is only known when Fluent Bit runs. */
function usesVariable(text) {
    return text.includes('${');
}
function isDigit(ch) {
    return ch >= '0' && ch <= '9';
}

;// CONCATENATED MODULE: ./src/fluent-bit/extract.ts




function extractPipeline(kind, value, doc, model) {
    const config = readConfig(value);
    const sections = config.plugins;
    if (sections.length === 0 && config.includes.length === 0)
        return;
    const site = (path) => ({ doc, path });
    const components = [];
    const references = [];
    const ids = new Map();
    const sources = [];
    for (const section of sections) {
        const id = instanceId(section);
        ids.set(section, id);
        const written = pluginName(section) ?? '';
        const tags = section.kind === 'input' ? inputTags(section, config) : undefined;
        if (tags)
            sources.push({ id, tags });
        components.push({
            id,
            type: pluginSpec(section.kind, written)?.name ?? written,
            role: ROLES[section.kind],
            site: site(section.path),
            settings: section.data,
            settingsSite: site(section.path),
            ...(tags && { tags }),
        });
    }
    const inputs = sections.filter((s) => s.kind === 'input');
    for (const filter of sections.filter((s) => s.kind === 'filter')) {
        const emitter = emitterOf(filter, instanceName(filter), config);
        if (!emitter)
            continue;
        sources.push(emitter);
        components.push({ id: emitter.id, type: 'emitter', role: 'source', site: site(filter.path), settings: {}, settingsSite: site(filter.path), tags: emitter.tags });
        references.push({ target: ids.get(filter), roles: ['processor'], from: emitter.id, site: site(filter.path) });
    }
    const outputs = sections.filter((s) => s.kind === 'output');
    let truncated = false;
    for (const section of sections) {
        if (section.kind !== 'filter' && section.kind !== 'output')
            continue;
        if (references.length >= MAX_REFERENCES) {
            truncated = true;
            break;
        }
        const from = ids.get(section);
        const match = last(section.properties, 'match');
        const regex = last(section.properties, 'match_regex');
        if (!match?.text && !regex?.text) {
            // With one input and one output, an output without Match takes everything (flb_router_io_set).
            if (section.kind === 'output' && sources.length === 1 && outputs.length === 1) {
                references.push({ target: sources[0].id, roles: SOURCE, from, site: site(section.path) });
            }
            continue;
        }
        const glob = match?.text === undefined ? undefined : withVariables(match.text, config.variables);
        const pattern = regex?.text === undefined ? undefined : withVariables(regex.text, config.variables);
        const everything = glob !== undefined && /^\*+$/.test(glob);
        const reached = sources.filter((source) => everything ||
            (glob !== undefined && source.tags.some((tag) => patternsOverlap(glob, tag))) ||
            (pattern !== undefined && source.tags.some((tag) => regexMayMatch(pattern, tag))));
        const at = site((match ?? regex).path);
        for (const source of reached)
            references.push({ target: source.id, roles: SOURCE, from, site: at });
        if (reached.length === 0) {
            // Kept as written: in a set (`configs:`), the inputs of the other files may match it.
            if (glob !== undefined)
                references.push({ target: glob, pattern: 'glob', roles: SOURCE, from, site: site(match.path) });
            if (pattern !== undefined)
                references.push({ target: pattern, pattern: 'regex', roles: SOURCE, from, site: site(regex.path) });
        }
    }
    for (const input of inputs)
        references.push(...routeReferences(input, ids.get(input), outputs, ids, doc));
    const hasService = config.service.length > 0;
    const pipeline = {
        kind,
        components,
        references,
        pipelines: [],
        site: site([]),
        // Fluent Bit does not refuse a loop, but a rewrite_tag filter matching its own tags re-emits forever.
        acyclic: true,
        includes: config.includes.map((include) => ({ file: include.file, site: site(include.path) })),
        partial: truncated || config.includes.length > 0 || (!hasService && (inputs.length === 0 || outputs.length === 0)),
    };
    model.pipelines.push(pipeline);
}
/**
 * Every output matching every input is a reference each: a hostile file of a few hundred
 * kilobytes could make millions. Past this many, the model stops (and says it is partial).
 */
const MAX_REFERENCES = 100_000;
const SOURCE = ['source'];
const ROLES = { input: 'source', filter: 'processor', output: 'sink', custom: 'extension', processor: 'processor' };
/** `<kind>:` and flb_*_name(): the alias, else the instance name `<plugin>.<n>`. */
function instanceId(section) {
    return `${section.kind}:${instanceName(section)}`;
}
function instanceName(section) {
    const alias = last(section.properties, 'alias')?.text;
    if (alias)
        return alias;
    const written = pluginName(section) ?? '';
    return `${pluginSpec(section.kind, written)?.name ?? written}.${section.index}`;
}
/** Inputs whose records keep a tag from the data they receive when no `Tag` is set. */
const TAGS_FROM_DATA = new Set(['forward', 'opentelemetry', 'prometheus_remote_write']);
/** The tags an input gives its records (flb_input_set_property, and the plugins that choose their own). */
function inputTags(input, config) {
    const plugin = pluginSpec('input', pluginName(input) ?? '')?.name;
    const tag = last(input.properties, 'tag')?.text;
    const written = tag === undefined ? '' : withVariables(tag, config.variables);
    // A record field chooses the tag; the http input takes it from the request path.
    if (find(input.properties, 'tag_key') || plugin === 'http')
        return ['*'];
    if (plugin === 'forward') {
        const prefix = last(input.properties, 'tag_prefix')?.text;
        if (prefix)
            return [`${withVariables(prefix, config.variables)}*`];
    }
    if (written !== '')
        return [inputTagPattern(written)];
    if (plugin !== undefined && TAGS_FROM_DATA.has(plugin))
        return ['*'];
    // The default tag is the instance name, whatever the alias (flb_input_instance_init sets it from ins->name).
    const name = pluginName(input) ?? '';
    return [`${pluginSpec('input', name)?.name ?? name}.${input.index}`];
}
/** The emitter a rewrite_tag or log_to_metrics filter creates, and the tags it emits. */
function emitterOf(filter, filterName, config) {
    const plugin = pluginSpec('filter', pluginName(filter) ?? '')?.name;
    let tags;
    if (plugin === 'rewrite_tag') {
        // Each `Rule $key regex new_tag keep`: the third value.
        tags = (find(filter.properties, 'rule')?.values ?? [])
            .map((rule) => (rule.text !== undefined && countTokens(rule.text, 0) >= 3 ? ruleTokens(rule.text)[2] : undefined))
            .filter((tag) => tag !== undefined)
            .map((tag) => rewrittenTagPattern(withVariables(tag, config.variables)));
    }
    else if (plugin === 'log_to_metrics') {
        const tag = last(filter.properties, 'tag')?.text;
        tags = tag ? [withVariables(tag, config.variables)] : [];
    }
    else {
        return undefined;
    }
    const name = last(filter.properties, 'emitter_name')?.text;
    return { id: `input:${name || `emitter_for_${filterName}`}`, tags };
}
function ruleTokens(text) {
    return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}
/**
 * An input's `routes` (YAML): each route's `to.outputs` names outputs by alias, instance name
 * or plugin name (find_output_instance in src/flb_router_config.c), with an optional fallback.
 */
function routeReferences(input, from, outputs, ids, doc) {
    const routes = input.data.routes;
    if (!config_isMapping(routes))
        return [];
    const plugin = (o) => {
        const written = pluginName(o) ?? '';
        return pluginSpec('output', written)?.name ?? written;
    };
    const resolve = (name) => outputs.find((o) => last(o.properties, 'alias')?.text === name || `${plugin(o)}.${o.index}` === name) ?? outputs.find((o) => plugin(o) === name);
    const references = [];
    for (const [signal, list] of Object.entries(routes)) {
        if (!Array.isArray(list))
            continue;
        list.forEach((route, r) => {
            const to = config_isMapping(route) && config_isMapping(route.to) ? route.to.outputs : undefined;
            if (!Array.isArray(to))
                return;
            to.forEach((entry, o) => {
                const path = ['routes', signal, r, 'to', 'outputs', o];
                const name = config_isMapping(entry) ? entry.name : entry;
                if (name === undefined || (typeof name === 'object' && name !== null))
                    return;
                const target = resolve(textOf(name));
                const fallback = config_isMapping(entry) && entry.fallback !== undefined ? resolve(textOf(entry.fallback)) : undefined;
                const reached = target ?? fallback;
                const at = config_isMapping(entry) ? [...path, target || !fallback ? 'name' : 'fallback'] : path;
                references.push({ target: reached ? ids.get(reached) : textOf(name), roles: ['sink'], from, site: { doc, path: [...input.path, ...at] } });
            });
        });
    }
    return references;
}

// EXTERNAL MODULE: ./src/core/closest.ts
var closest = __nccwpck_require__(52);
;// CONCATENATED MODULE: ./src/fluent-bit/core-properties.ts
/**
 * Properties Fluent Bit takes for every plugin of a kind, before the plugin's own config map
 * is consulted: the keys flb_input_set_property(), flb_filter_set_property(),
 * flb_output_set_property(), flb_custom_set_property() and flb_processor_unit_set_property()
 * handle themselves, and those flb_config_map_properties_check() lets through.
 */
const TLS = [
    'tls',
    'tls.verify',
    'tls.verify_hostname',
    'tls.debug',
    'tls.vhost',
    'tls.ca_path',
    'tls.ca_file',
    'tls.crt_file',
    'tls.key_file',
    'tls.key_passwd',
    'tls.min_version',
    'tls.max_version',
    'tls.ciphers',
];
/** flb_http_server_property_is_allowed(): what a plugin with its own HTTP server takes. */
const HTTP_SERVER = ['http2', 'buffer_max_size', 'buffer_chunk_size', 'max_connections', 'workers'];
const EVERY_KIND = ['active', 'condition', 'alias', 'log_level'];
const CORE = {
    input: [
        ...EVERY_KIND,
        ...TLS,
        ...HTTP_SERVER,
        'tag',
        'log_suppress_interval',
        'routable',
        'mem_buf_limit',
        'listen',
        'host',
        'port',
        'ipv6',
        'tls.verify_client_cert',
        'storage.type',
        'storage.pause_on_chunks_overlimit',
        'threaded',
        'thread.ring_buffer.capacity',
        'thread.ring_buffer.window',
        'rate_window',
        'rate_gate',
        'rate_gate.max_bytes',
        'rate_gate.max_records',
        'rate_gate.backpressure',
        'rate_gate.resume_ratio',
    ],
    filter: [...EVERY_KIND, 'match', 'match_regex', 'log_suppress_interval'],
    output: [
        ...EVERY_KIND,
        ...TLS,
        ...HTTP_SERVER,
        'match',
        'match_regex',
        'log_suppress_interval',
        'retry_limit',
        'host',
        'port',
        'ipv6',
        'storage.total_limit_size',
        'tls.proxy.verify',
        'tls.proxy.verify_hostname',
        'tls.proxy.ca_path',
        'tls.proxy.ca_file',
        'tls.windows.certstore_name',
        'tls.windows.use_enterprise_store',
        'tls.windows.client_thumbprints',
    ],
    custom: EVERY_KIND,
    processor: EVERY_KIND,
};
/** Prefixes whose keys go to a settings group of their own (networking, OAuth2, an HTTP server, debugging). */
const CORE_PREFIXES = {
    input: ['net.', 'oauth2', 'http_server.'],
    filter: [],
    output: ['net.', 'oauth2', 'http_server.', '_debug.http.'],
    custom: ['net.'],
    processor: [],
};
const cores = new Map();
/** Whether Fluent Bit takes a key for any plugin of the kind. */
function isCoreProperty(kind, key) {
    let set = cores.get(kind);
    if (!set)
        cores.set(kind, (set = new Set(CORE[kind])));
    return set.has(key) || CORE_PREFIXES[kind].some((prefix) => key.startsWith(prefix));
}
function coreProperties(kind) {
    return CORE[kind];
}

;// CONCATENATED MODULE: ./src/fluent-bit/structure.ts






/**
 * What Fluent Bit refuses when it loads a config, beyond the shape the schema checks: a
 * plugin section without a plugin, values its readers reject, a property given twice that may
 * be given once, parsers without what they need, a parser named but defined nowhere. Each
 * finding says what Fluent Bit does about it; values that use `${VARIABLE}` are not judged.
 */
function checkFluentBit(value) {
    const config = readConfig(value);
    const issues = [];
    checkService(config.service, issues);
    for (const section of config.plugins) {
        checkPlugin(section, issues);
        for (const processor of section.processors)
            checkPlugin(processor, issues);
    }
    checkParsers(config, issues);
    checkMultilineParsers(config.multilineParsers, issues);
    for (const task of config.streamTasks)
        requireAll(task, ['name', 'exec'], 'stream task', issues);
    for (const upstream of config.upstreams)
        requireAll(upstream, ['name'], 'upstream server', issues);
    checkParserReferences(config, issues);
    checkSections(config, value, issues);
    return issues;
}
/** Properties Fluent Bit handles itself rather than the plugin (flb_*_set_property), and how it reads them. */
const CORE_TYPED = {
    input: { mem_buf_limit: 'size', threaded: 'boolean', 'storage.type': 'storage', 'storage.pause_on_chunks_overlimit': 'boolean' },
    output: { 'storage.total_limit_size': 'limit' },
};
/** Keys that are not plugin properties: the plugin itself, and blocks the loader takes apart. */
const NOT_PROPERTIES = new Set(['name', 'routes', 'processors', 'telemetry', 'condition']);
function checkPlugin(section, issues) {
    const kind = section.kind;
    const name = find(section.properties, 'name');
    if (!name) {
        issues.push({
            path: section.path,
            message: `This ${kind} has no \`name\`; Fluent Bit refuses to start without the plugin to run.`,
            help: 'Name the plugin, for example `name: tail` (`Name tail` in the classic format).',
        });
        return;
    }
    const text = pluginName(section);
    if (text !== undefined && text.trim() === '') {
        issues.push({ path: name.path, message: `This ${kind}'s \`name\` is empty; Fluent Bit refuses to start without the plugin to run.`, help: 'Name the plugin, for example `tail`.' });
        return;
    }
    // A processor is a processor plugin, or a filter run as one (flb_processor_unit_create).
    const plugin = text === undefined || usesVariable(text) ? undefined : (pluginSpec(section.kind, text) ?? (section.kind === 'processor' ? pluginSpec('filter', text) : undefined));
    const counts = new Map();
    for (const property of section.properties)
        counts.set(property.key, (counts.get(property.key) ?? 0) + property.values.length);
    const reported = new Set();
    for (const property of section.properties) {
        checkCoreProperty(section.kind, property, issues);
        if (plugin)
            checkPluginProperty(section, plugin, property, counts, reported, issues);
    }
}
/** What Fluent Bit reads itself, for any plugin: the log level and a few core settings. */
function checkCoreProperty(kind, property, issues) {
    if (property.key === 'log_level')
        checkValues(property, isLogLevel, (v) => `\`${v}\` is not a log level; Fluent Bit refuses it (use ${LOG_LEVEL_LIST}).`, issues);
    const core = CORE_TYPED[kind]?.[property.key];
    if (core)
        checkCore(property, core, issues);
}
const LOG_LEVEL_LIST = LOG_LEVELS.map((level) => `\`${level}\``).join(', ');
function checkCore(property, type, issues) {
    const key = shown(property.written);
    if (type === 'size')
        checkValues(property, (v) => readSize(v) !== undefined, (v) => `\`${v}\` is not a size; Fluent Bit refuses \`${key}\` unless it is a number with an optional K, M or G (and B).`, issues);
    if (type === 'boolean')
        checkValues(property, (v) => readBool(v) !== undefined, (v) => notBoolean(v, key), issues);
    if (type === 'storage') {
        checkValues(property, (v) => ['filesystem', 'memory', 'memrb'].includes(v.toLowerCase()), (v) => `\`${v}\` is not a storage type; Fluent Bit refuses it (use \`memory\`, \`filesystem\` or \`memrb\`).`, issues);
    }
    if (type === 'limit') {
        checkValues(property, (v) => readBool(v) === false || readSize(v) !== undefined, (v) => `\`${v}\` is not a size; Fluent Bit refuses \`${key}\` unless it is a size such as \`5G\`, or \`off\`.`, issues);
    }
}
function notBoolean(value, key) {
    return `\`${value}\` is not on or off; Fluent Bit refuses \`${key}\` unless it is \`on\`, \`off\`, \`true\`, \`false\`, \`yes\` or \`no\`.`;
}
/** Reports each value a reader rejects, at the value (values with variables are left alone). */
function checkValues(property, accepts, message, issues) {
    for (const value of property.values) {
        if (value.text === undefined || usesVariable(value.text) || accepts(value.text))
            continue;
        issues.push({ path: value.path, message: message(shown(value.text)) });
    }
}
/** Checks against the plugin's config map (flb_config_map_properties_check and flb_config_map_set). */
function checkPluginProperty(section, plugin, property, counts, reported, issues) {
    // Nested blocks are the schema's to report.
    if (NOT_PROPERTIES.has(property.key) || isCoreProperty(section.kind, property.key) || property.values.some((v) => v.nested))
        return;
    const spec = propertySpec(plugin, property.key);
    if (!spec) {
        // A processor's settings may nest; Fluent Bit checks them per processor type.
        if (plugin.properties && section.kind !== 'processor')
            issues.push(unknownProperty(section, plugin, property, issues.length < MAX_SUGGESTIONS));
        return;
    }
    const count = counts.get(property.key) ?? 0;
    if (count > 1 && !spec.multiple && !reported.has(property.key)) {
        reported.add(property.key);
        issues.push({
            path: property.path,
            target: 'key',
            message: `\`${shown(property.written)}\` is given ${count} times, but ${plugin.name} takes it once; Fluent Bit refuses the config.`,
            help: 'Keep one of them.',
        });
    }
    if (spec.type === 'boolean')
        checkValues(property, (v) => readBool(v) !== undefined, (v) => notBoolean(v, shown(property.written)), issues);
    if (spec.type === 'list' && spec.minValues > 0) {
        const separator = spec.commas ? 'commas' : 'spaces';
        const counter = (v) => (spec.commas ? countCommaValues(v, spec.minValues) : countTokens(v, spec.minValues));
        checkValues(property, (v) => counter(v) >= spec.minValues, (v) => `\`${shown(property.written)}\` takes ${spec.minValues} values separated by ${separator}; \`${v}\` has fewer, so Fluent Bit refuses it.`, issues);
    }
}
/** Suggestions cost an edit distance against every property; a file of thousands of typos gets them for the first ones. */
const MAX_SUGGESTIONS = 100;
function unknownProperty(section, plugin, property, suggest) {
    const known = [...plugin.properties.keys(), ...coreProperties(section.kind)];
    const suggestion = suggest ? (0,closest/* closest */.k)(property.key, known) : undefined;
    return {
        path: property.path,
        target: 'key',
        message: `The ${plugin.name} ${section.kind} has no property \`${shown(property.written)}\`; Fluent Bit refuses to start.`,
        help: suggestion ? `Did you mean \`${suggestion}\`?` : `Its properties are listed by \`fluent-bit -${FLAG[section.kind]} ${plugin.name} -h\`.`,
    };
}
/** The command-line flag that names a plugin of each kind. */
const FLAG = { input: 'i', filter: 'F', output: 'o', custom: 'C', processor: 'F' };
/** Service keys Fluent Bit reads as booleans (service_configs in src/flb_config.c). */
const SERVICE_BOOLEANS = new Set([
    'flush.adaptive',
    'json.convert_nan_to_null',
    'security.fips_mode',
    'daemon',
    'http_server',
    'health_check',
    'dns.prefer_ipv4',
    'dns.prefer_ipv6',
    'storage.metrics',
    'storage.checksum',
    'storage.backlog.flush_on_shutdown',
    'storage.delete_irrecoverable_chunks',
    'storage.trim_files',
    'storage.inherit',
    'storage.keep.rejected',
    'json.escape_unicode',
    'sp.convert_from_str_to_num',
    'enable_chunk_trace',
    'hot_reload',
    'hot_reload.ensure_thread_safety',
]);
function checkService(service, issues) {
    for (const property of service) {
        if (property.key === 'log_level')
            checkValues(property, isLogLevel, (v) => `\`${v}\` is not a log level; Fluent Bit refuses it (use ${LOG_LEVEL_LIST}).`, issues);
        if (SERVICE_BOOLEANS.has(property.key)) {
            checkValues(property, (v) => readBool(v) !== undefined, (v) => `\`${v}\` is not on or off, so Fluent Bit cannot read \`${shown(property.written)}\`; write \`on\`, \`off\`, \`true\`, \`false\`, \`yes\` or \`no\`.`, issues);
        }
    }
}
const PARSER_FORMATS = ['regex', 'json', 'ltsv', 'logfmt'];
/** flb_parser_load_parser_definitions(). */
function checkParsers(config, issues) {
    const seen = new Set();
    for (const parser of config.parsers) {
        if (!requireAll(parser, ['name', 'format'], 'parser', issues))
            continue;
        const name = single(parser.properties, 'name');
        const format = single(parser.properties, 'format');
        if (format !== undefined && !usesVariable(format)) {
            if (!PARSER_FORMATS.includes(format.toLowerCase())) {
                issues.push({
                    path: find(parser.properties, 'format').path,
                    message: `\`${shown(format)}\` is not a parser format; Fluent Bit refuses it (use \`regex\`, \`json\`, \`ltsv\` or \`logfmt\`).`,
                });
            }
            else if (format.toLowerCase() === 'regex' && !find(parser.properties, 'regex')) {
                issues.push({ path: parser.path, message: 'This parser has format `regex` but no `regex`; Fluent Bit refuses it.', help: 'Add the `regex` that reads the log line.' });
            }
        }
        if (find(parser.properties, 'time_zone') && !find(parser.properties, 'time_format')) {
            issues.push({ path: find(parser.properties, 'time_zone').path, target: 'key', message: '`time_zone` needs a `time_format`; Fluent Bit refuses a parser with one and not the other.' });
        }
        if (name === undefined)
            continue;
        // flb_parser_create() compares names exactly, and fails on one it already has.
        if (seen.has(name)) {
            issues.push({
                path: find(parser.properties, 'name').path,
                message: `Parser \`${shown(name)}\` is already defined above; Fluent Bit refuses a second parser of the same name.`,
                help: 'Give each parser its own name.',
            });
        }
        seen.add(name);
    }
}
const MULTILINE_TYPES = ['regex', 'endswith', 'equal', 'eq'];
/** flb_parser_load_multiline_parser_definitions() and the rule checks of flb_ml_rule.c. */
function checkMultilineParsers(parsers, issues) {
    for (const parser of parsers) {
        if (!requireAll(parser, ['name', 'type'], 'multiline parser', issues))
            continue;
        const type = single(parser.properties, 'type');
        if (type === undefined || usesVariable(type))
            continue;
        if (!MULTILINE_TYPES.includes(type.toLowerCase())) {
            issues.push({
                path: find(parser.properties, 'type').path,
                message: `\`${shown(type)}\` is not a multiline parser type; Fluent Bit refuses it (use \`regex\`, \`endswith\` or \`equal\`).`,
            });
            continue;
        }
        if (type.toLowerCase() === 'regex')
            checkRules(parser, issues);
    }
}
/** Regex rules: the first starts at `start_state`, and every next state is a state some rule starts from. */
function checkRules(parser, issues) {
    const rules = [];
    // The classic format: `rule "from" "/regex/" "to"` lines.
    for (const value of find(parser.properties, 'rule')?.values ?? []) {
        if (value.text === undefined)
            continue;
        const tokens = splitRule(value.text);
        if (tokens.length < 2) {
            issues.push({ path: value.path, message: 'A rule needs a state and a regex (and optionally the next state); Fluent Bit refuses this one.', help: 'Write `rule "start_state" "/regex/" "next_state"`.' });
            return;
        }
        rules.push({ from: tokens[0].split(','), to: tokens[2], path: [...value.path] });
    }
    // The YAML format: `rules:` with `state`, `regex` and `next_state`.
    const yamlRules = parser.data.rules;
    if (Array.isArray(yamlRules)) {
        yamlRules.forEach((rule, index) => {
            const path = [...parser.path, 'rules', index];
            if (typeof rule !== 'object' || rule === null)
                return;
            const fields = rule;
            const missing = ['state', 'regex', 'next_state'].filter((key) => !(key in fields));
            if (missing.length > 0) {
                issues.push({ path, message: `This rule has no \`${missing[0]}\`; Fluent Bit refuses it.`, help: 'A rule has `state`, `regex` and `next_state`.' });
                return;
            }
            rules.push({ from: String(fields.state).split(','), to: String(fields.next_state), path });
        });
    }
    if (rules.length === 0)
        return;
    const states = new Set(rules.flatMap((r) => r.from.map((s) => s.trim())));
    if (!rules[0].from.some((s) => s.trim() === 'start_state')) {
        issues.push({ path: rules[0].path, message: 'The first rule does not start from `start_state`; Fluent Bit refuses the parser.', help: 'Begin with the rule for `start_state`.' });
    }
    for (const rule of rules) {
        if (rule.to !== undefined && !states.has(rule.to)) {
            issues.push({ path: rule.path, message: `No rule starts from state \`${shown(rule.to)}\`, which this rule goes to; Fluent Bit refuses the parser.` });
        }
    }
}
/** A classic rule line's values, double quotes removed (flb_slist_split_tokens). */
function splitRule(text) {
    return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]).replace(/\\"/g, '"'));
}
/** Reports the first missing key; false when one is missing. */
function requireAll(definition, keys, what, issues) {
    const missing = keys.find((key) => !find(definition.properties, key));
    if (missing === undefined)
        return true;
    issues.push({ path: definition.path, message: `This ${what} has no \`${missing}\`; Fluent Bit refuses it.` });
    return false;
}
/** Multiline parsers Fluent Bit always has (flb_ml_parser_builtin_create). */
const BUILTIN_MULTILINE = ['docker', 'cri', 'go', 'python', 'java', 'ruby'];
/** Properties that name a parser, and those that name multiline parsers (a comma-separated list). */
const PARSER_PROPERTIES = new Set(['parser', 'parser_firstline', 'docker_mode_parser', 'merge_parser', 'regex_parser']);
const MULTILINE_PROPERTIES = new Set(['multiline.parser']);
/**
 * Parsers a plugin names but the config defines nowhere. Only a config that cannot get
 * parsers from elsewhere is checked: no `parsers_file`, no included file.
 */
function checkParserReferences(config, issues) {
    if (find(config.service, 'parsers_file') || config.includes.length > 0)
        return;
    const names = (list) => list.map((d) => single(d.properties, 'name')).filter((n) => n !== undefined);
    // Parsers are looked up by exact name (flb_parser_get), multiline parsers without case (flb_ml_parser_get).
    const parsers = new Set(names(config.parsers));
    const multiline = new Set([...BUILTIN_MULTILINE, ...names(config.multilineParsers)].map((n) => n.toLowerCase()));
    const sections = config.plugins.flatMap((s) => [s, ...s.processors]);
    for (const section of sections) {
        const written = pluginName(section);
        const plugin = written === undefined ? undefined : pluginSpec(section.kind, written);
        if (!plugin)
            continue;
        for (const property of section.properties) {
            const multi = MULTILINE_PROPERTIES.has(property.key);
            if ((!multi && !PARSER_PROPERTIES.has(property.key) && !/^parser_\d+$/.test(property.key)) || !propertySpec(plugin, property.key))
                continue;
            for (const value of property.values) {
                if (value.text === undefined || usesVariable(value.text))
                    continue;
                const wanted = multi ? value.text.split(',').map((s) => s.trim()).filter(Boolean) : [value.text];
                const missing = wanted.find((name) => (multi ? !multiline.has(name.toLowerCase()) : !parsers.has(name)));
                if (missing === undefined)
                    continue;
                issues.push({
                    path: value.path,
                    message: `${multi ? 'Multiline parser' : 'Parser'} \`${shown(missing)}\` is not defined: this config has no \`parsers_file\`, includes no file, and does not define it, so Fluent Bit cannot find it.`,
                    help: multi
                        ? `Define it under \`multiline_parsers\` (or in the file \`parsers_file\` names), or use a built-in one: ${BUILTIN_MULTILINE.map((p) => `\`${p}\``).join(', ')}.`
                        : 'Define it under `parsers`, or name the file that defines it with `parsers_file` in the service section.',
                });
            }
        }
    }
}
/** Top-level sections each format knows. */
const KNOWN_SECTIONS = ['service', 'pipeline', 'customs', 'parsers', 'multiline_parsers', 'stream_processor', 'plugins', 'upstream_servers', 'includes', 'env'];
function checkSections(config, value, issues) {
    const data = value;
    for (const section of config.sections) {
        const lower = section.written.toLowerCase();
        if (KNOWN_SECTIONS.includes(lower) || (!config.classic && lower === 'extensions'))
            continue;
        // A YAML section holding more than text is refused outright; the schema says so.
        const inner = data[section.written];
        if (!config.classic && typeof inner === 'object' && inner !== null && Object.values(inner).some((v) => typeof v === 'object' && v !== null))
            continue;
        issues.push({
            path: section.path,
            target: 'key',
            message: config.classic
                ? `Fluent Bit has no \`[${shown(section.written)}]\` section; it ignores it and everything in it.`
                : `Fluent Bit has no \`${shown(section.written)}\` section; it ignores it and everything in it.`,
            help: 'Check the name for a typo.',
        });
    }
    // Parsers belong in the file `parsers_file` names, not in the main configuration.
    const isMain = config.service.length > 0 || config.plugins.length > 0;
    if (config.classic && isMain) {
        for (const parser of [...config.parsers, ...config.multilineParsers]) {
            issues.push({
                path: parser.path,
                message: 'Fluent Bit refuses `[PARSER]` and `[MULTILINE_PARSER]` sections in a file with service or pipeline sections.',
                help: 'Move the parsers to their own file and name it with `Parsers_File` in `[SERVICE]`.',
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/kinds/fluent-bit.ts




/** A Fluent Bit config: the YAML format, or the classic `.conf` format read by its own parser. */
const fluentBit = {
    id: 'fluent-bit',
    title: 'Fluent Bit configuration',
    extensions: ['conf', 'yaml', 'yml'],
    sniff: (text) => looksClassic(text) || YAML_SECTION.test(text) || TOP_LEVEL_SECTION.test(text),
    parsers: { conf: parseClassic },
    detect: isFluentBitConfig,
    recognizedBy: 'classic `.conf` sections (`[INPUT]`, `[OUTPUT]`, `@INCLUDE`) or YAML `service`/`pipeline` sections',
    reference: 'https://docs.fluentbit.io/manual/administration/configuring-fluent-bit',
    validator: () => __nccwpck_require__.e(/* import() */ 764).then(__nccwpck_require__.bind(__nccwpck_require__, 4764)).then((m) => m.default),
    checkStructure: (value) => checkFluentBit(value),
    extract(value, doc, model) {
        extractPipeline(this.id, value, doc, model);
    },
};
// Sections only Fluent Bit's YAML has, anywhere (a ConfigMap indents them); common words at a line start only.
// Fluent Bit compares section names without case.
const YAML_SECTION = /^[ \t]*(pipeline|multiline_parsers|upstream_servers|stream_processor|customs)[ \t]*:/im;
const TOP_LEVEL_SECTION = /^(service|parsers|includes|env)[ \t]*:/im;
/** Top-level keys of the YAML format (flb_cf_yaml.c compares them without case). */
const SECTIONS = new Set(['service', 'pipeline', 'customs', 'parsers', 'multiline_parsers', 'stream_processor', 'plugins', 'upstream_servers', 'includes', 'env', 'extensions']);
const PIPELINE_KEYS = new Set(['inputs', 'filters', 'outputs']);
/** Service keys no other format's `service` has. */
const SERVICE_KEYS = new Set(['flush', 'grace', 'daemon', 'log_file', 'log_level', 'parsers_file', 'plugins_file', 'streams_file', 'http_server', 'http_listen', 'http_port', 'health_check', 'hot_reload', 'storage.path', 'coro_stack_size']);
/**
 * Whether a document is a Fluent Bit config: anything the classic parser read, or YAML with
 * a `pipeline` of inputs, filters or outputs, or made only of Fluent Bit's sections with one
 * that no other format has.
 */
function isFluentBitConfig(value) {
    if (!config_isMapping(value))
        return false;
    if (isClassic(value))
        return Object.keys(value).length > 0;
    if ('apiVersion' in value || 'kind' in value)
        return false;
    const sections = new Map(Object.entries(value).map(([key, v]) => [key.toLowerCase(), v]));
    const pipeline = sections.get('pipeline');
    if (config_isMapping(pipeline) && Object.keys(pipeline).some((k) => PIPELINE_KEYS.has(k.toLowerCase())))
        return true;
    if (![...sections.keys()].every((key) => SECTIONS.has(key)))
        return false;
    const service = sections.get('service');
    if (config_isMapping(service) && Object.keys(service).some((key) => SERVICE_KEYS.has(key.toLowerCase())))
        return true;
    // A list of named blocks, one of which has what only this section has.
    const listOf = (key, field) => {
        const list = sections.get(key);
        return Array.isArray(list) && list.every((item) => config_isMapping(item)) && list.some((item) => config_isMapping(item) && 'name' in item && field in item);
    };
    return (listOf('parsers', 'format') ||
        listOf('multiline_parsers', 'type') ||
        listOf('stream_processor', 'exec') ||
        listOf('upstream_servers', 'nodes') ||
        listOf('customs', 'name') ||
        Array.isArray(sections.get('includes')));
}

;// CONCATENATED MODULE: ./src/kinds/grafana-rules.ts


function grafana_rules_asList(value) {
    return Array.isArray(value) ? value : [];
}
/** A scalar as Grafana's provisioning values read it: any scalar becomes its text. */
function grafana_rules_textOf(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
/**
 * What Grafana refuses, or can never evaluate, beyond the schema: a `condition` (or a recording
 * rule's `record.from`) that names no query of the rule, and a uid used twice in the file (the
 * second rule silently replaces the first).
 */
function grafana_rules_checkRules(groups) {
    const issues = [];
    const seen = new Set();
    for (const group of groups) {
        grafana_rules_asList(group.rules).forEach((rule, index) => {
            if (!isMapping(rule))
                return;
            const path = [...group.rulesPath, index];
            const uid = grafana_rules_textOf(rule.uid);
            if (uid !== undefined && seen.has(uid)) {
                issues.push({
                    path: [...path, 'uid'],
                    message: `Rule uid \`${shown(uid)}\` is used twice in this file; Grafana keeps only the last rule with this uid.`,
                    help: 'Give every rule its own uid: it is how Grafana tells rules apart when it provisions them.',
                });
            }
            if (uid !== undefined)
                seen.add(uid);
            const refIds = new Set(grafana_rules_asList(rule.data).map((query) => (isMapping(query) ? grafana_rules_textOf(query.refId) : undefined)));
            // A recording rule is evaluated from `record.from`; Grafana clears its `condition`.
            const [key, ref] = isMapping(rule.record) ? [['record', 'from'], grafana_rules_textOf(rule.record.from)] : [['condition'], grafana_rules_textOf(rule.condition)];
            // No queries at all is the schema's finding.
            if (ref === undefined || ref.trim() === '' || refIds.has(ref) || !Array.isArray(rule.data) || rule.data.length === 0)
                return;
            issues.push({
                path: [...path, ...key],
                message: `\`${shown(ref)}\` names no query or expression of this rule (no \`data\` item has this refId), so Grafana cannot evaluate it.`,
                help: 'Set it to the refId of the query or expression whose result the rule uses.',
            });
        });
    }
    return issues;
}
/** Grafana's scheduler runs every 10 seconds (its default `base_interval`); a group's interval must be a multiple of it. */
const BASE_INTERVAL_MS = 10_000;
/** The interval check of Grafana's rule store (ValidateRuleGroupInterval), for an interval already in milliseconds. */
function checkInterval(intervalMs, written, path) {
    if (intervalMs === undefined || (intervalMs > 0 && intervalMs % BASE_INTERVAL_MS === 0))
        return [];
    return [
        {
            path,
            message: `Interval \`${shown(written)}\` is not a positive multiple of 10s, Grafana's scheduler interval, so Grafana refuses the group.`,
            help: 'Use a multiple of 10s, such as `30s`, `1m` or `5m`.',
        },
    ];
}
/** Adds one group's alert and recording rules, and the queries Grafana sends to Prometheus or Loki. */
function extractRules(kind, group, doc, model) {
    grafana_rules_asList(group.rules).forEach((rule, index) => {
        if (!isMapping(rule))
            return;
        const path = [...group.rulesPath, index];
        const site = { doc, path };
        const queries = queriesOf(rule, path, doc);
        model.queries.push(...queries);
        // The rule's query, when it has exactly one a checker can read; expressions are Grafana's own.
        const query = queries.length === 1 ? queries[0] : undefined;
        const labels = stringMap(rule.labels);
        if (isMapping(rule.record)) {
            const metric = grafana_rules_textOf(rule.record.metric);
            if (metric !== undefined)
                model.recordingRules.push({ kind, name: metric, site, group: group.name, labels, query });
            return;
        }
        const title = grafana_rules_textOf(rule.title);
        if (title === undefined)
            return;
        model.alerts.push({
            kind,
            name: title,
            site,
            group: group.name,
            labels,
            labelsSite: isMapping(rule.labels) ? { doc, path: [...path, 'labels'] } : site,
            annotations: stringMap(rule.annotations),
            annotationsSite: isMapping(rule.annotations) ? { doc, path: [...path, 'annotations'] } : site,
            query,
            for: typeof rule.for === 'string' && rule.for !== '' ? rule.for : undefined,
        });
    });
}
/**
 * The queries of a rule whose language is certain: the model names its data source's type
 * (`prometheus` or `loki`) and holds `expr`. A query without the type (only a data source uid)
 * may go anywhere, and Grafana's server-side expressions (`__expr__`) are not queries. Grafana
 * replaces its macros (`$__rate_interval`, `$__interval`, ...) before the data source sees the
 * text, so a query using one is not the text Prometheus parses: it is left out.
 */
function queriesOf(rule, path, doc) {
    const queries = [];
    grafana_rules_asList(rule.data).forEach((item, index) => {
        if (!isMapping(item) || !isMapping(item.model) || typeof item.model.expr !== 'string')
            return;
        const datasource = item.model.datasource;
        const language = isMapping(datasource) ? LANGUAGES.get(String(datasource.type)) : undefined;
        const text = item.model.expr;
        if (language === undefined || text.trim() === '' || GRAFANA_MACRO.test(text))
            return;
        queries.push({ language, text, site: { doc, path: [...path, 'data', index, 'model', 'expr'] } });
    });
    return queries;
}
const LANGUAGES = new Map([
    ['prometheus', 'promql'],
    ['loki', 'logql'],
]);
const GRAFANA_MACRO = /\$\{?__[a-z]/i;

;// CONCATENATED MODULE: ./src/kinds/grafana-alerting-crd.ts


/**
 * The grafana-operator's alerting resources (grafana.integreatly.org): GrafanaAlertRuleGroup
 * carries Grafana-managed rules; GrafanaContactPoint, GrafanaNotificationPolicy and
 * GrafanaNotificationPolicyRoute carry no alert (a policy's tree comes from
 * `operatorRoutingTree`, grafana-policies.ts).
 */
const KINDS = new Set(['GrafanaAlertRuleGroup', 'GrafanaContactPoint', 'GrafanaNotificationPolicy', 'GrafanaNotificationPolicyRoute']);
const grafanaAlertingCrd = {
    id: 'grafana-alerting-crd',
    title: 'grafana-operator alerting resource',
    extensions: ['yml', 'yaml', 'json'],
    // kubectl decodes a JSON manifest as JSON.
    readsJson: true,
    sniff: (text) => text.includes('grafana.integreatly.org'),
    detect: (value) => isMapping(value) &&
        typeof value.kind === 'string' &&
        KINDS.has(value.kind) &&
        typeof value.apiVersion === 'string' &&
        value.apiVersion.startsWith('grafana.integreatly.org/'),
    recognizedBy: '`apiVersion: grafana.integreatly.org/*`: `GrafanaAlertRuleGroup`, `GrafanaContactPoint`, `GrafanaNotificationPolicy`, ...',
    reference: 'https://grafana.github.io/grafana-operator/docs/api/',
    validator: () => __nccwpck_require__.e(/* import() */ 803).then(__nccwpck_require__.bind(__nccwpck_require__, 6803)).then((m) => m.default),
    checkStructure(value) {
        const group = ruleGroup(value);
        if (!group || !isMapping(value) || !isMapping(value.spec))
            return [];
        const issues = [...folderIssues(value.spec), ...grafana_rules_checkRules([group])];
        const interval = grafana_rules_textOf(value.spec.interval);
        if (interval !== undefined)
            issues.push(...checkInterval(goDurationMs(interval), interval, ['spec', 'interval']));
        return issues;
    },
    extract(value, doc, model) {
        const group = ruleGroup(value);
        if (group)
            extractRules(this.id, group, doc, model);
    },
};
/** The rules of a GrafanaAlertRuleGroup, named `folder/group` (the group is named after the resource unless `spec.name` says otherwise). */
function ruleGroup(value) {
    if (!isMapping(value) || value.kind !== 'GrafanaAlertRuleGroup' || !isMapping(value.spec))
        return undefined;
    const { spec } = value;
    const name = grafana_rules_textOf(spec.name) || (isMapping(value.metadata) ? grafana_rules_textOf(value.metadata.name) : undefined);
    const folder = grafana_rules_textOf(spec.folderRef) ?? grafana_rules_textOf(spec.folderUID);
    return { rules: spec.rules, rulesPath: ['spec', 'rules'], name: folder === undefined || name === undefined ? name : `${folder}/${name}` };
}
/** The resource's own rule (a CEL validation in its CRD): exactly one of `folderRef` and `folderUID`. */
function folderIssues(spec) {
    const both = 'folderRef' in spec && 'folderUID' in spec;
    if (!both && ('folderRef' in spec || 'folderUID' in spec))
        return [];
    return [
        {
            path: both ? ['spec', 'folderUID'] : ['spec'],
            target: 'key',
            message: both
                ? 'Both `folderRef` and `folderUID` are set; the API server accepts only one of them.'
                : 'The rule group names no folder: set `folderRef` or `folderUID`.',
            help: '`folderRef` names a GrafanaFolder resource; `folderUID` the uid of a folder that already exists in Grafana.',
        },
    ];
}
const GO_DURATION = /([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h)/g;
const GO_UNIT_MS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A Go duration (`1m30s`, as `metav1.Duration` reads it) in whole seconds, as the operator hands
 * the interval to Grafana, in milliseconds; undefined when it is not one.
 */
function goDurationMs(text) {
    if (!/^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(GO_DURATION))
        total += Number(amount) * GO_UNIT_MS[unit];
    return Math.floor(total / 1000) * 1000;
}

;// CONCATENATED MODULE: ./src/alertmanager/go-values.ts
/**
 * Scalars as Alertmanager's Go code reads them: Go's YAML decoder (YAML 1.1 booleans, any
 * scalar into a string field), `net/url`, `net.SplitHostPort`, and Prometheus durations.
 */
/** A Go string field's value: null is the empty string, a number or boolean its text. */
function go_values_text(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '';
}
/** Whether a Go pointer field is set: any value but null (an empty string is still a value). */
function present(value) {
    return value !== null && value !== undefined;
}
/** Go's YAML decoder takes YAML 1.1 booleans: `yes`, `on` and `y` are true too. */
function truthy(value) {
    return value === true || (typeof value === 'string' && /^(y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/.test(value));
}
function go_values_isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
const DURATION = /^(?:0|(?=\d)(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?)$/;
const UNIT_MS = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];
/** A Prometheus duration (`1h30m`) in milliseconds, or undefined when it is not one. */
function modelDurationMs(value) {
    const match = DURATION.exec(go_values_text(value));
    if (!match)
        return undefined;
    return UNIT_MS.reduce((sum, unit, i) => sum + Number(match[i + 1] ?? 0) * unit, 0);
}
/** Go's net.SplitHostPort, and Alertmanager's own rule that the port is not empty. */
function hostPortProblem(address) {
    const colon = address.lastIndexOf(':');
    if (colon < 0)
        return 'it has no port (write `host:port`, such as `smtp.example.org:587`)';
    let from = 0;
    let after = 0;
    if (address.startsWith('[')) {
        const close = address.indexOf(']');
        if (close < 0)
            return 'it has `[` without `]`';
        if (close + 1 === address.length)
            return 'it has no port (write `[address]:port`)';
        if (close + 1 !== colon)
            return address[close + 1] === ':' ? 'it has too many colons' : 'it has no port (write `[address]:port`)';
        from = 1;
        after = close + 1;
    }
    else if (address.slice(0, colon).includes(':')) {
        return 'it has too many colons (write an IPv6 address as `[address]:port`)';
    }
    if (address.indexOf('[', from) >= 0)
        return 'it has an unexpected `[`';
    if (address.indexOf(']', after) >= 0)
        return 'it has an unexpected `]`';
    if (colon === address.length - 1)
        return 'its port is empty';
    return undefined;
}
/** Why Go's url.Parse refuses `raw`, or undefined when it parses. */
function urlParseProblem(raw) {
    if (/[\x00-\x1f\x7f]/.test(raw))
        return 'it contains a control character';
    const hash = raw.indexOf('#');
    const fragment = hash < 0 ? '' : raw.slice(hash + 1);
    const beforeFragment = hash < 0 ? raw : raw.slice(0, hash);
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(beforeFragment);
    if (beforeFragment.startsWith(':'))
        return 'it has no scheme before `:`';
    let rest = scheme ? beforeFragment.slice(scheme[0].length) : beforeFragment;
    rest = rest.endsWith('?') && rest.indexOf('?') === rest.length - 1 ? rest.slice(0, -1) : rest.split('?')[0];
    if (!scheme && !rest.startsWith('/') && rest.split('/')[0].includes(':'))
        return 'its first path segment contains a colon';
    let path = rest;
    if (rest.startsWith('//') && (scheme || !rest.startsWith('///'))) {
        const slash = rest.indexOf('/', 2);
        const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
        path = slash < 0 ? '' : rest.slice(slash);
        const problem = authorityProblem(authority);
        if (problem)
            return problem;
    }
    return escapeProblem(path) ?? escapeProblem(fragment);
}
/** Alertmanager's URL fields: Go's url.Parse, then an `http` or `https` scheme and a host. */
function httpUrlProblem(raw) {
    const problem = urlParseProblem(raw);
    if (problem)
        return problem;
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(raw)?.[1].toLowerCase() ?? '';
    if (scheme !== 'http' && scheme !== 'https')
        return scheme ? `its scheme \`${scheme}\` is not \`http\` or \`https\`` : 'it has no `http://` or `https://` scheme';
    const afterScheme = raw.slice(scheme.length + 1);
    const host = afterScheme.startsWith('//') ? afterScheme.slice(2).split(/[/?#]/)[0].replace(/^.*@/, '') : '';
    if (host === '')
        return 'it has no host';
    return undefined;
}
function authorityProblem(authority) {
    const at = authority.lastIndexOf('@');
    const host = authority.slice(at + 1);
    if (at >= 0) {
        const userinfo = authority.slice(0, at);
        if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo))
            return 'its user information has characters that must be escaped';
        const problem = escapeProblem(userinfo);
        if (problem)
            return problem;
    }
    let port = '';
    if (host.startsWith('[')) {
        const close = host.lastIndexOf(']');
        if (close < 0)
            return 'its host has `[` without `]`';
        port = host.slice(close + 1);
    }
    else {
        if (host.includes('[') || host.includes(']'))
            return 'its host has `[` or `]` outside an IPv6 address';
        const colon = host.lastIndexOf(':');
        if (colon >= 0)
            port = host.slice(colon);
    }
    if (port !== '' && !/^:\d*$/.test(port))
        return 'its port is not a number';
    return escapeProblem(host, true);
}
/** Percent escapes must be `%` and two hex digits; a host allows fewer characters and escapes. */
function escapeProblem(part, isHost = false) {
    for (let i = 0; i < part.length; i++) {
        const ch = part[i];
        if (ch === '%') {
            const hex = part.slice(i + 1, i + 3);
            if (!/^[0-9A-Fa-f]{2}$/.test(hex))
                return `it has an invalid escape \`${part.slice(i, i + 3)}\``;
            if (isHost && parseInt(hex[0], 16) < 8 && hex !== '25')
                return `its host has an escaped ASCII character \`%${hex}\``;
            i += 2;
        }
        else if (isHost && ch < '\x80' && !/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(ch)) {
            return `its host contains \`${ch}\``;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/kinds/grafana-alerting.ts




/**
 * Grafana's alerting provisioning file (`apiVersion: 1`): rule groups, contact points,
 * notification policies, mute timings, templates, and the lists that delete them, in one file
 * or spread over several. Its policies become routing trees with `provisionedRoutingTrees`
 * (grafana-policies.ts).
 */
/** The top-level keys Grafana's alerting provisioning reads; any one of them makes a file alerting's. */
const ALERTING_KEYS = [
    'groups',
    'deleteRules',
    'contactPoints',
    'deleteContactPoints',
    'policies',
    'resetPolicies',
    'muteTimes',
    'deleteMuteTimes',
    'templates',
    'deleteTemplates',
];
const ALERTING_KEY = keySniff(ALERTING_KEYS);
const grafanaAlerting = {
    id: 'grafana-alerting',
    title: 'Grafana alerting provisioning file',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => text.includes('apiVersion') && ALERTING_KEY.test(text),
    // Grafana's other provisioning files (data sources, dashboards, plugins) share `apiVersion: 1`, not these keys.
    detect: (value) => isMapping(value) && (value.apiVersion === 1 || value.apiVersion === '1') && ALERTING_KEYS.some((key) => key in value),
    recognizedBy: '`apiVersion: 1` with `groups`, `contactPoints`, `policies`, `templates`, `muteTimes` or their `delete*` lists',
    reference: 'https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/',
    validator: () => __nccwpck_require__.e(/* import() */ 53).then(__nccwpck_require__.bind(__nccwpck_require__, 3053)).then((m) => m.default),
    checkStructure(value) {
        const issues = grafana_rules_checkRules(ruleGroups(value));
        if (isMapping(value) && Array.isArray(value.groups)) {
            value.groups.forEach((group, index) => {
                const written = isMapping(group) ? grafana_rules_textOf(group.interval) : undefined;
                // A value with `$` is filled from the environment when Grafana reads it.
                if (written !== undefined && !written.includes('$'))
                    issues.push(...checkInterval(modelDurationMs(written), written, ['groups', index, 'interval']));
            });
        }
        return issues;
    },
    extract(value, doc, model) {
        for (const group of ruleGroups(value))
            extractRules(this.id, group, doc, model);
    },
};
/** Each entry of `groups`, with its rules' path and its `folder/name`; an entry that is not a mapping keeps its index. */
function ruleGroups(value) {
    if (!isMapping(value) || !Array.isArray(value.groups))
        return [];
    return value.groups.map((group, index) => {
        if (!isMapping(group))
            return { rules: undefined, rulesPath: ['groups', index, 'rules'] };
        const [folder, name] = [grafana_rules_textOf(group.folder), grafana_rules_textOf(group.name)];
        return { rules: group.rules, rulesPath: ['groups', index, 'rules'], name: folder === undefined || name === undefined ? name : `${folder}/${name}` };
    });
}

;// CONCATENATED MODULE: ./src/kinds/loki-groups.ts


/**
 * Rule groups as Loki reads them: Prometheus's layout (`groups[].rules[]`), every expression
 * LogQL. Loki's ruler checks names with the legacy rules whatever Prometheus is configured
 * (`validateRule` in pkg/ruler/compat.go uses `model.LegacyValidation`).
 */
/** Adds the groups' alerts and rules to the model, their expressions as LogQL. */
function extractLokiGroups(kind, groups, groupsPath, doc, model) {
    const first = model.queries.length;
    extractGroups(kind, groups, groupsPath, doc, model);
    // Alerts and recording rules share these query objects, so they see LogQL too.
    for (const query of model.queries.slice(first))
        query.language = 'logql';
}
/** What Loki's ruler refuses beyond the schema: the Prometheus checks, and names by the legacy rules. */
function checkLokiGroups(groups, groupsPath, settings) {
    const issues = checkGroups(groups, groupsPath, { ...settings, nameValidation: 'utf8' });
    const list = Array.isArray(groups) ? groups : [];
    list.forEach((group, groupIndex) => {
        if (!isMapping(group) || !Array.isArray(group.rules))
            return;
        group.rules.forEach((rule, ruleIndex) => {
            if (!isMapping(rule))
                return;
            const rulePath = [...groupsPath, groupIndex, 'rules', ruleIndex];
            if (typeof rule.record === 'string' && !/[{}]/.test(rule.record) && !loki_groups_LEGACY_METRIC_NAME.test(rule.record)) {
                issues.push({
                    path: [...rulePath, 'record'],
                    message: `\`${shown(rule.record)}\` is not a metric name Loki accepts: use letters, digits, \`_\` and \`:\`, not starting with a digit.`,
                    help: NAME_HELP,
                });
            }
            for (const key of ['labels', 'annotations']) {
                if (!isMapping(rule[key]))
                    continue;
                for (const name of Object.keys(rule[key])) {
                    if (loki_groups_LEGACY_LABEL_NAME.test(name))
                        continue;
                    issues.push({
                        path: [...rulePath, key, name],
                        target: 'key',
                        message: `\`${shown(name)}\` is not ${key === 'labels' ? 'a label' : 'an annotation'} name Loki accepts: use letters, digits and \`_\`, not starting with a digit.`,
                        help: NAME_HELP,
                    });
                }
            }
        });
    });
    return issues;
}
const loki_groups_LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const loki_groups_LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const NAME_HELP = "Loki's ruler checks names by Prometheus's legacy rules, whatever version of Prometheus runs beside it.";

;// CONCATENATED MODULE: ./src/kinds/loki-rule-crd.ts


/**
 * The Loki operator's `AlertingRule` and `RecordingRule` resources (`loki.grafana.com/v1`):
 * LogQL rule groups for the tenant `spec.tenantID`, under `spec.groups`. The operator hands
 * them to Loki's ruler, which checks them as it checks its rule files.
 */
function lokiRuleResource(id, resource, validator) {
    return {
        id,
        title: `Loki ${resource} resource`,
        extensions: ['yml', 'yaml', 'json'],
        // kubectl decodes a JSON manifest as JSON.
        readsJson: true,
        sniff: (text) => text.includes(resource) && text.includes('loki.grafana.com'),
        detect: (value) => isMapping(value) && value.kind === resource && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('loki.grafana.com/'),
        recognizedBy: '`apiVersion: loki.grafana.com/*`, `kind: ' + resource + '` (the Loki operator); LogQL rules under `spec.groups`',
        reference: `https://loki-operator.dev/docs/api.md/#loki-grafana-com-v1-${resource.toLowerCase()}`,
        validator,
        checkStructure: (value, settings) => isMapping(value) && isMapping(value.spec) ? checkLokiGroups(value.spec.groups, ['spec', 'groups'], settings) : [],
        extract(value, doc, model) {
            if (isMapping(value) && isMapping(value.spec))
                extractLokiGroups(id, value.spec.groups, ['spec', 'groups'], doc, model);
        },
    };
}
const lokiAlertingRule = lokiRuleResource('loki-alertingrule', 'AlertingRule', () => __nccwpck_require__.e(/* import() */ 874).then(__nccwpck_require__.bind(__nccwpck_require__, 2874)).then((m) => m.default));
const lokiRecordingRule = lokiRuleResource('loki-recordingrule', 'RecordingRule', () => __nccwpck_require__.e(/* import() */ 845).then(__nccwpck_require__.bind(__nccwpck_require__, 7845)).then((m) => m.default));

;// CONCATENATED MODULE: ./src/kinds/loki-rules.ts



const GROUPS_KEY = keySniff(['groups']);
/**
 * A Loki rule file: the Prometheus layout, every expression LogQL (Loki's ruler, or lokitool
 * with its `namespace` and `remote_write`). Never detected by content: a Loki rule file looks
 * like a Prometheus one, so `.obslint.yml` selects it by path (`kinds:`); files not selected
 * are read as Prometheus rule files, where an expression with a log pipeline counts as LogQL.
 */
const lokiRules = {
    id: 'loki-rules',
    title: 'Loki rule file',
    extensions: ['yml', 'yaml', 'json', 'rules'],
    sniff: (text) => GROUPS_KEY.test(text),
    detect: () => false,
    recognizedBy: 'never by content: selected with `kinds:` (a Loki rule file looks like a Prometheus one); every expression is LogQL',
    reference: 'https://grafana.com/docs/loki/latest/alert/',
    validator: () => __nccwpck_require__.e(/* import() */ 127).then(__nccwpck_require__.bind(__nccwpck_require__, 5127)).then((m) => m.default),
    checkStructure: (value, settings) => (isMapping(value) ? checkLokiGroups(value.groups, ['groups'], settings) : []),
    extract(value, doc, model) {
        if (isMapping(value))
            extractLokiGroups(this.id, value.groups, ['groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/kinds/openslo.ts


const VERSIONS = new Set(['openslo/v1', 'openslo/v1alpha']);
function isObject(value) {
    return isMapping(value) && typeof value.apiVersion === 'string' && VERSIONS.has(value.apiVersion);
}
const openslo = {
    id: 'openslo',
    title: 'OpenSLO',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => text.includes('openslo/v1'),
    // A list holding another version (the draft `openslo.com/v2alpha`) is not claimed.
    detect: (value) => isObject(value) || (Array.isArray(value) && value.length > 0 && value.every(isObject)),
    recognizedBy: '`apiVersion: openslo/v1` (SLO, SLI, AlertPolicy, AlertCondition, Service, DataSource, ...)',
    reference: 'https://github.com/OpenSLO/OpenSLO#specification',
    validator: () => __nccwpck_require__.e(/* import() */ 30).then(__nccwpck_require__.bind(__nccwpck_require__, 4030)).then((m) => m.default),
    checkStructure(value) {
        const issues = [];
        for (const [object, path] of objectsIn(value)) {
            const spec = object.spec;
            if (!isMapping(spec))
                continue;
            const at = (...rest) => [...path, 'spec', ...rest];
            if (object.apiVersion === 'openslo/v1alpha') {
                if (object.kind === 'SLO')
                    checkV1alphaSlo(spec, at(), issues);
                continue;
            }
            if (object.kind === 'SLO')
                checkSlo(spec, at(), issues);
            if (object.kind === 'SLI')
                checkSli(spec, at(), issues);
            if (object.kind === 'AlertPolicy')
                checkAlertPolicy(spec, at(), issues);
        }
        return issues;
    },
    extract(value, doc, model) {
        for (const [object, path] of objectsIn(value)) {
            if (object.apiVersion !== 'openslo/v1')
                continue;
            if (object.kind === 'AlertPolicy')
                addAlert(this.id, object, path, undefined, doc, model);
            if (object.kind !== 'SLO' || !isMapping(object.spec) || !Array.isArray(object.spec.alertPolicies))
                continue;
            const slo = isMapping(object.metadata) && typeof object.metadata.name === 'string' ? object.metadata.name : undefined;
            object.spec.alertPolicies.forEach((policy, index) => {
                // An `alertPolicyRef` points at an AlertPolicy that is an alert where it is defined.
                if (isMapping(policy) && isMapping(policy.metadata))
                    addAlert(this.id, policy, [...path, 'spec', 'alertPolicies', index], slo, doc, model);
            });
        }
    },
};
/** The document's objects with their paths: the document itself, or each item of a list. */
function objectsIn(value) {
    if (Array.isArray(value))
        return value.flatMap((item, index) => (isMapping(item) ? [[item, [index]]] : []));
    return isMapping(value) ? [[value, []]] : [];
}
// --- v1 -----------------------------------------------------------------------------------------
function checkSlo(spec, path, issues) {
    const objectives = Array.isArray(spec.objectives) ? spec.objectives : [];
    const composite = objectives.some((o) => isMapping(o) && (has(o, 'indicator') || has(o, 'indicatorRef')));
    const ownIndicator = has(spec, 'indicator') || has(spec, 'indicatorRef');
    if (!composite && !ownIndicator) {
        issues.push({
            path,
            target: 'key',
            message: 'This SLO has no indicator: set `indicator` or `indicatorRef` (or one on each objective, for a composite SLO).',
            help: 'The indicator says what the SLO measures: an inline SLI under `indicator`, or the name of an SLI in `indicatorRef`.',
        });
    }
    else if (composite && ownIndicator) {
        issues.push({
            path: [...path, has(spec, 'indicator') ? 'indicator' : 'indicatorRef'],
            target: 'key',
            message: 'This SLO has an indicator of its own and indicators on its objectives; OpenSLO takes one or the other.',
            help: 'A standard SLO sets its indicator once; a composite SLO sets one on each objective.',
        });
    }
    onlyOne(spec, ['indicator', 'indicatorRef'], path, issues);
    if (isMapping(spec.indicator) && isMapping(spec.indicator.spec))
        checkSli(spec.indicator.spec, [...path, 'indicator', 'spec'], issues);
    const indicatorSpec = isMapping(spec.indicator) && isMapping(spec.indicator.spec) ? spec.indicator.spec : undefined;
    objectives.forEach((objective, index) => {
        if (!isMapping(objective))
            return;
        const at = [...path, 'objectives', index];
        exactlyOne(objective, ['target', 'targetPercent'], at, 'This objective', issues);
        if (composite)
            onlyOne(objective, ['indicator', 'indicatorRef'], at, issues);
        if (isMapping(objective.indicator) && isMapping(objective.indicator.spec))
            checkSli(objective.indicator.spec, [...at, 'indicator', 'spec'], issues);
        if (isMapping(indicatorSpec?.ratioMetric)) {
            for (const key of ['value', 'op'])
                if (has(objective, key))
                    issues.push(forbiddenForRatio([...at, key], key));
        }
        else if (isMapping(indicatorSpec?.thresholdMetric)) {
            for (const key of ['value', 'op'])
                if (!has(objective, key))
                    issues.push(requiredIn(at, key, 'an objective of a threshold SLI, which compares each value with it'));
        }
        if (spec.budgetingMethod === 'Timeslices' || spec.budgetingMethod === 'RatioTimeslices') {
            const keys = spec.budgetingMethod === 'Timeslices' ? ['timeSliceTarget', 'timeSliceWindow'] : ['timeSliceWindow'];
            for (const key of keys)
                if (!has(objective, key))
                    issues.push(requiredIn(at, key, `an objective with budgeting method \`${spec.budgetingMethod}\``));
        }
    });
    (Array.isArray(spec.timeWindow) ? spec.timeWindow : []).forEach((window, index) => checkTimeWindow(window, [...path, 'timeWindow', index], issues));
    (Array.isArray(spec.alertPolicies) ? spec.alertPolicies : []).forEach((policy, index) => {
        const at = [...path, 'alertPolicies', index];
        if (!isMapping(policy))
            return;
        refOrInline(policy, 'alertPolicyRef', 'AlertPolicy', at, 'This alert policy', issues);
        if (isMapping(policy.spec))
            checkAlertPolicy(policy.spec, [...at, 'spec'], issues);
    });
}
function checkSli(spec, path, issues) {
    exactlyOne(spec, ['thresholdMetric', 'ratioMetric'], path, 'This SLI', issues);
    const ratio = spec.ratioMetric;
    if (!isMapping(ratio))
        return;
    const at = [...path, 'ratioMetric'];
    exactlyOne(ratio, ['total', 'raw'], at, '`ratioMetric`', issues);
    if (has(ratio, 'raw')) {
        onlyOne(ratio, ['raw', 'good', 'bad'], at, issues);
        if (!has(ratio, 'rawType'))
            issues.push(requiredIn(at, 'rawType', 'a ratio with `raw` (`success` or `failure`: what the raw ratio counts)'));
    }
    else if (has(ratio, 'total')) {
        exactlyOne(ratio, ['good', 'bad'], at, '`ratioMetric` with `total`', issues);
    }
}
function checkAlertPolicy(spec, path, issues) {
    for (const [key, ref, kind, what] of [
        ['conditions', 'conditionRef', 'AlertCondition', 'This condition'],
        ['notificationTargets', 'targetRef', 'AlertNotificationTarget', 'This notification target'],
    ]) {
        const items = spec[key];
        if (!Array.isArray(items))
            continue;
        items.forEach((item, index) => {
            if (isMapping(item))
                refOrInline(item, ref, kind, [...path, key, index], what, issues);
        });
    }
}
/** An entry that either refers to an object by name or holds it inline (`kind`, `metadata`, `spec`). */
function refOrInline(item, ref, kind, path, what, issues) {
    const inline = ['kind', 'metadata', 'spec'].filter((key) => has(item, key));
    if (has(item, ref) && inline.length > 0) {
        issues.push({
            path: [...path, inline[0]],
            target: 'key',
            message: `${what} sets both \`${ref}\` and an inline ${kind}; set one of them.`,
            help: `\`${ref}\` names a ${kind} defined elsewhere; an inline one has \`kind\`, \`metadata\` and \`spec\`.`,
        });
    }
    else if (!has(item, ref) && inline.length === 0) {
        issues.push({
            path,
            message: `${what} is empty: set \`${ref}\`, or an inline ${kind} with \`kind\`, \`metadata\` and \`spec\`.`,
        });
    }
    else if (inline.length > 0) {
        for (const key of ['kind', 'metadata', 'spec'])
            if (!has(item, key))
                issues.push(requiredIn(path, key, `an inline ${kind}`));
    }
}
// --- v1alpha ------------------------------------------------------------------------------------
function checkV1alphaSlo(spec, path, issues) {
    const objectives = Array.isArray(spec.objectives) ? spec.objectives : [];
    const ratio = objectives.some((o) => isMapping(o) && has(o, 'ratioMetrics'));
    if (ratio === has(spec, 'indicator')) {
        issues.push({
            path: ratio ? [...path, 'indicator'] : path,
            target: 'key',
            message: ratio
                ? 'This SLO has both an `indicator` and objectives with `ratioMetrics`; OpenSLO takes one or the other.'
                : 'This SLO has no indicator: set `indicator` (a threshold metric) or `ratioMetrics` on its objectives.',
        });
    }
    objectives.forEach((objective, index) => {
        if (!isMapping(objective))
            return;
        const at = [...path, 'objectives', index];
        if (has(objective, 'ratioMetrics') && has(objective, 'op'))
            issues.push(forbiddenForRatio([...at, 'op'], 'op'));
        if (!has(objective, 'ratioMetrics') && !has(objective, 'op'))
            issues.push(requiredIn(at, 'op', 'an objective of a threshold metric'));
        if (spec.budgetingMethod === 'Timeslices' && !has(objective, 'timeSliceTarget')) {
            issues.push(requiredIn(at, 'timeSliceTarget', 'an objective with budgeting method `Timeslices`'));
        }
    });
    (Array.isArray(spec.timeWindows) ? spec.timeWindows : []).forEach((window, index) => checkTimeWindow(window, [...path, 'timeWindows', index], issues));
}
// --- shared -------------------------------------------------------------------------------------
/** A calendar window (`isRolling: false`) needs its calendar; a rolling one has none. */
function checkTimeWindow(window, path, issues) {
    if (!isMapping(window))
        return;
    const rolling = window.isRolling === true || (typeof window.isRolling === 'string' && /^(y|yes|true|on)$/i.test(window.isRolling));
    if (rolling && has(window, 'calendar')) {
        issues.push({ path: [...path, 'calendar'], target: 'key', message: '`calendar` cannot be set on a rolling time window (`isRolling: true`).' });
    }
    else if (!rolling && !has(window, 'calendar')) {
        issues.push({
            path,
            message: 'This time window is a calendar window (`isRolling` is not true), so it needs a `calendar` with `startTime` and `timeZone`.',
            help: 'Add `calendar`, or set `isRolling: true` for a window that moves with time.',
        });
    }
    const calendar = window.calendar;
    if (!isMapping(calendar))
        return;
    if (typeof calendar.startTime === 'string' && !isDateTime(calendar.startTime)) {
        issues.push({
            path: [...path, 'calendar', 'startTime'],
            message: `\`${shown(calendar.startTime)}\` is not a date and time written as \`2006-01-02 15:04:05\`.`,
        });
    }
    else if (!has(calendar, 'startTime')) {
        issues.push(requiredIn([...path, 'calendar'], 'startTime', 'a calendar (the start, written as `2006-01-02 15:04:05`)'));
    }
    if (typeof calendar.timeZone === 'string' && !isTimeZone(calendar.timeZone)) {
        issues.push({
            path: [...path, 'calendar', 'timeZone'],
            message: `\`${shown(calendar.timeZone)}\` is not a time zone name, such as \`UTC\` or \`America/New_York\`.`,
        });
    }
}
/** Go's `time.Parse(time.DateTime, ...)`: the layout's fields, real dates only (fractional seconds may follow). */
function isDateTime(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)?$/.exec(text);
    if (!match)
        return false;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}
/** Go's `time.LoadLocation`: an IANA zone name, `UTC`, `Local`, or empty (UTC). */
function isTimeZone(name) {
    let known = timeZones.get(name);
    if (known === undefined) {
        known = name === '' || name === 'Local' || name === 'UTC' || intlKnows(name);
        // A zone is looked up once: Intl is slow to ask, and a file names few zones.
        if (timeZones.size < 1000)
            timeZones.set(name, known);
    }
    return known;
}
const timeZones = new Map();
function intlKnows(name) {
    try {
        new Intl.DateTimeFormat('en', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
/** Whether a field is set: Go decodes an explicit `null` as not set. */
function has(object, key) {
    return object[key] !== undefined && object[key] !== null;
}
/** At most one of the keys (the SDK's MutuallyExclusive without `required`). */
function onlyOne(object, keys, path, issues) {
    const set = keys.filter((key) => has(object, key));
    if (set.length < 2)
        return;
    issues.push({
        path: [...path, set[1]],
        target: 'key',
        message: `${openslo_list(set)} are ${set.length === 2 ? 'both' : 'all'} set; set only one of them.`,
    });
}
/** Exactly one of the keys (the SDK's MutuallyExclusive with `required`). */
function exactlyOne(object, keys, path, what, issues) {
    if (keys.some((key) => has(object, key)))
        onlyOne(object, keys, path, issues);
    else
        issues.push({ path, message: `${what} needs one of ${openslo_list(keys, 'or')}.` });
}
function openslo_list(keys, conjunction = 'and') {
    const quoted = keys.map((key) => `\`${key}\``);
    return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
function requiredIn(path, key, where) {
    return { path, message: `\`${key}\` is required in ${where}.` };
}
function forbiddenForRatio(path, key) {
    return {
        path,
        target: 'key',
        message: `\`${key}\` is set on an objective of a ratio SLI; the OpenSLO SDK refuses it there.`,
        help: 'A ratio objective sets only its `target`; `op` and `value` belong to objectives of a threshold SLI.',
    };
}
// --- alerts -------------------------------------------------------------------------------------
/**
 * An AlertPolicy as an alert: its name; its `metadata.labels` as labels (an OpenSLO label may
 * hold a list: the first item is the value, and its site); its `metadata.annotations`; the
 * severity of its inline condition.
 */
function addAlert(kind, policy, path, slo, doc, model) {
    const metadata = isMapping(policy.metadata) ? policy.metadata : {};
    if (typeof metadata.name !== 'string')
        return;
    const site = { doc, path };
    const labels = {};
    const labelSites = {};
    if (isMapping(metadata.labels)) {
        for (const [key, value] of Object.entries(metadata.labels)) {
            const first = Array.isArray(value) ? value[0] : value;
            labels[key] = typeof first === 'string' ? first : '';
            if (Array.isArray(value) && value.length > 0)
                labelSites[key] = { doc, path: [...path, 'metadata', 'labels', key, 0] };
        }
    }
    const annotations = {};
    if (isMapping(metadata.annotations)) {
        for (const [key, value] of Object.entries(metadata.annotations))
            annotations[key] = typeof value === 'string' ? value : '';
    }
    model.alerts.push({
        kind,
        name: metadata.name,
        site,
        group: slo,
        labels,
        labelsSite: isMapping(metadata.labels) ? { doc, path: [...path, 'metadata', 'labels'] } : { doc, path: [...path, 'metadata'] },
        labelSites,
        annotations,
        annotationsSite: isMapping(metadata.annotations) ? { doc, path: [...path, 'metadata', 'annotations'] } : { doc, path: [...path, 'metadata'] },
        severity: conditionSeverity(policy, path, doc),
    });
}
/** The severity of the policy's inline condition (a `conditionRef` points at a condition defined elsewhere). */
function conditionSeverity(policy, path, doc) {
    const conditions = isMapping(policy.spec) && Array.isArray(policy.spec.conditions) ? policy.spec.conditions : [];
    const condition = conditions[0];
    if (!isMapping(condition) || !isMapping(condition.spec) || typeof condition.spec.severity !== 'string')
        return undefined;
    return { value: condition.spec.severity, site: { doc, path: [...path, 'spec', 'conditions', 0, 'spec', 'severity'] } };
}

;// CONCATENATED MODULE: ./src/otel/ids.ts
/**
 * Component and pipeline ids as the Collector reads them (`component.ID` and `pipeline.ID`
 * in go.opentelemetry.io/collector): `type[/name]`, each part trimmed of white space, the
 * type `^[a-zA-Z][0-9a-zA-Z_]{0,62}$`, the name anything up to 1024 bytes without white
 * space, control characters or symbols. Two spellings that read as one id (`otlp` and
 * `otlp `) are the same component, so ids are compared in this normal form.
 */

const SIGNALS = ['traces', 'metrics', 'logs', 'profiles'];
const TYPE = /^[a-zA-Z][0-9a-zA-Z_]{0,62}$/;
// Go's \pZ, \pC (Cc, Cf, Co, Cs: Go's C has no Cn) and \pS.
const BAD_NAME_CHARACTER = /[\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{S}]/u;
const MAX_NAME_BYTES = 1024;
/** Parses a component id (`otlp/internal`). */
function parseComponentId(written) {
    return parse(written, (type) => (TYPE.test(type) ? undefined : badType(type)));
}
/** Parses a pipeline id (`traces/backend`): the part before `/` is one of the signals. */
function parsePipelineId(written) {
    return parse(written, (signal) => SIGNALS.includes(signal) ? undefined : `has the unknown signal \`${signal}\`: a pipeline is named \`traces\`, \`metrics\`, \`logs\` or \`profiles\`, optionally followed by \`/name\``);
}
function parse(written, checkType) {
    const slash = written.indexOf('/');
    const type = (slash === -1 ? written : written.slice(0, slash)).trim();
    const name = slash === -1 ? '' : written.slice(slash + 1).trim();
    const id = name === '' ? type : `${type}/${name}`;
    if (type === '')
        return { type, name, id, error: slash === -1 ? 'is empty' : 'has nothing before the `/`' };
    if (slash !== -1 && name === '')
        return { type, name, id, error: 'has nothing after the `/`' };
    const nameError = name === '' ? undefined : checkName(name);
    // The Collector checks the name first, then the type.
    return { type, name, id, error: nameError ?? checkType(type) };
}
function checkName(name) {
    if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES)
        return `has a name longer than ${MAX_NAME_BYTES} bytes`;
    const bad = BAD_NAME_CHARACTER.exec(name);
    if (bad)
        return `has ${describeCharacter(bad[0])} in its name, which the Collector refuses (no spaces, control characters or symbols)`;
    return undefined;
}
function badType(type) {
    if (type.length > 63)
        return 'has a type longer than 63 characters';
    return 'has an invalid type: it must start with a letter and hold only letters, digits and `_`';
}
function describeCharacter(ch) {
    if (ch === ' ')
        return 'a space';
    const code = ch.codePointAt(0);
    if (/[\p{Z}\p{C}]/u.test(ch))
        return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `\`${shown(ch)}\``;
}

;// CONCATENATED MODULE: ./src/otel/config.ts


/**
 * An OpenTelemetry Collector config read the way the Collector reads it, shared by the kind's
 * structure checks, its extraction and the OTel rules: component sections by id, and
 * `service.pipelines` with the ids each pipeline names. Any shape of data is accepted; what is
 * not of the expected type is left out (the schema reports it).
 */
const config_SECTIONS = ['receivers', 'processors', 'exporters', 'connectors', 'extensions'];
function readCollector(value) {
    const data = isMapping(value) ? value : {};
    const components = [];
    const defined = Object.fromEntries(config_SECTIONS.map((s) => [s, new Map()]));
    for (const section of config_SECTIONS) {
        const map = data[section];
        if (!isMapping(map))
            continue;
        for (const [key, settings] of Object.entries(map)) {
            const entry = { section, key, parsed: parseComponentId(key), settings: isMapping(settings) ? settings : {}, path: [section, key] };
            components.push(entry);
            if (!entry.parsed.error && !defined[section].has(entry.parsed.id))
                defined[section].set(entry.parsed.id, entry);
        }
    }
    const service = isMapping(data.service) ? data.service : {};
    const pipelines = [];
    if (isMapping(service.pipelines)) {
        for (const [key, pipeline] of Object.entries(service.pipelines)) {
            const path = ['service', 'pipelines', key];
            const lists = isMapping(pipeline) ? pipeline : {};
            pipelines.push({
                key,
                parsed: parsePipelineId(key),
                path,
                receivers: idList(lists.receivers, [...path, 'receivers']),
                processors: idList(lists.processors, [...path, 'processors']),
                exporters: idList(lists.exporters, [...path, 'exporters']),
            });
        }
    }
    return {
        components,
        defined,
        pipelines,
        hasPipelines: isMapping(service.pipelines),
        serviceExtensions: idList(service.extensions, ['service', 'extensions']),
    };
}
/**
 * A list of ids. The Collector's decoder also takes one string where a list is expected and
 * splits it at commas (`receivers: otlp,jaeger`); an empty string is an empty list.
 */
function idList(value, path) {
    if (typeof value === 'string') {
        if (value === '')
            return [];
        return value.split(',').map((written) => ({ written, parsed: parseComponentId(written), path }));
    }
    if (!Array.isArray(value))
        return [];
    const refs = [];
    value.forEach((item, index) => {
        if (typeof item === 'string')
            refs.push({ written: item, parsed: parseComponentId(item), path: [...path, index] });
    });
    return refs;
}
/** A pipeline's signal, when its id is valid. */
function signalOf(pipeline) {
    return pipeline.parsed.error ? undefined : pipeline.parsed.type;
}

;// CONCATENATED MODULE: ./src/otel/model.ts



const model_ROLES = {
    receivers: 'source',
    processors: 'processor',
    exporters: 'sink',
    connectors: 'connector',
    extensions: 'extension',
};
/**
 * A Collector config as the shared pipeline model. Ids are in the Collector's normal form
 * (`type/name`, trimmed), so a reference and a definition that the Collector takes as one id
 * match. References:
 * - from a pipeline (`from` is the pipeline id, `traces/2`): its receivers (roles source or
 *   connector: data flows from the target into the pipeline), processors, and exporters
 *   (roles sink or connector: data flows from the pipeline to the target);
 * - from `service` (`from: 'service'`): the extensions it starts;
 * - from a component (`from` is its id) to an extension it uses: an authenticator
 *   (`auth.authenticator`), a storage (`storage`, `sending_queue.storage`), a middleware.
 * Ids the Collector refuses to parse are left out (the schema rule reports them).
 */
function collectorPipelines(kind, value, doc) {
    const config = readCollector(value);
    const components = [];
    const references = [];
    for (const entry of config.components) {
        if (entry.parsed.error)
            continue;
        const site = { doc, path: entry.path };
        components.push({ id: entry.parsed.id, type: entry.parsed.type, role: model_ROLES[entry.section], site, settings: entry.settings, settingsSite: site });
        if (entry.section !== 'extensions')
            references.push(...extensionUses(entry.parsed.id, entry.settings, entry.path, doc));
    }
    const reference = (ref, roles, from) => ref.parsed.error ? [] : [{ target: ref.parsed.id, roles, from, site: { doc, path: ref.path } }];
    for (const ref of config.serviceExtensions)
        references.push(...reference(ref, ['extension'], 'service'));
    const pipelines = [];
    for (const pipeline of config.pipelines) {
        if (pipeline.parsed.error)
            continue;
        const from = pipeline.parsed.id;
        const sources = pipeline.receivers.flatMap((ref) => reference(ref, ['source', 'connector'], from));
        const processors = pipeline.processors.flatMap((ref) => reference(ref, ['processor'], from));
        const sinks = pipeline.exporters.flatMap((ref) => reference(ref, ['sink', 'connector'], from));
        references.push(...sources, ...processors, ...sinks);
        pipelines.push({ name: from, signal: pipeline.parsed.type, site: { doc, path: pipeline.path }, sources, processors, sinks });
    }
    return { kind, components, references, pipelines, site: { doc, path: [] }, acyclic: true };
}
/** The extensions a component's settings name, wherever the Collector's shared settings put them. */
function extensionUses(from, settings, path, doc) {
    const found = [];
    const add = (value, at) => {
        if (typeof value !== 'string' || value.trim() === '')
            return;
        const parsed = parseComponentId(value);
        if (!parsed.error)
            found.push({ target: parsed.id, roles: ['extension'], from, site: { doc, path: at } });
    };
    add(settings.storage, [...path, 'storage']);
    const walk = (node, at, depth) => {
        if (depth > MAX_DEPTH)
            return;
        if (Array.isArray(node)) {
            node.forEach((item, index) => walk(item, [...at, index], depth + 1));
            return;
        }
        if (!isMapping(node))
            return;
        for (const [key, child] of Object.entries(node)) {
            if (key === 'auth' && isMapping(child))
                add(child.authenticator, [...at, key, 'authenticator']);
            else if (key === 'sending_queue' && isMapping(child))
                add(child.storage, [...at, key, 'storage']);
            else if (key === 'middlewares' && Array.isArray(child))
                child.forEach((m, i) => isMapping(m) && add(m.id, [...at, key, i, 'id']));
            walk(child, [...at, key], depth + 1);
        }
    };
    walk(settings, path, 0);
    return found;
}
/** Shared settings sit a few levels down (`protocols.grpc.auth`); deeper data is a component's own. */
const MAX_DEPTH = 6;

;// CONCATENATED MODULE: ./src/otel/values.ts
/**
 * Values as the Collector's config decoder reads them: `${...}` references resolved at load
 * (confmap: `${env:X}`, `${X}`, `${file:path}`, with `$${` as an escape), and Go durations.
 */
/**
 * A whole value that is one `${...}` reference: the Collector replaces it before decoding, with
 * a value of any type, so nothing is known about it here.
 */
function isSubstitution(value) {
    return typeof value === 'string' && WHOLE_REFERENCE.test(value);
}
const WHOLE_REFERENCE = /^\$\{[^}]+\}$/;
/**
 * A Go `time.Duration` in nanoseconds, as the decoder reads one: a string for
 * `time.ParseDuration` (`5s`, `1m30s`, `0`), or a whole number of nanoseconds. `undefined`
 * when it is not one (or is a reference).
 */
function goDuration(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value !== 'string' || !values_GO_DURATION.test(value))
        return undefined;
    const sign = value.startsWith('-') ? -1 : 1;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/g))
        total += Number(amount) * UNIT_NANOS[unit];
    return sign * total;
}
const values_GO_DURATION = /^[-+]?(0|((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;
const UNIT_NANOS = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

;// CONCATENATED MODULE: ./src/otel/components.ts


/**
 * The `Validate` methods of the Collector's own components (its core repository), run when
 * the config loads: what the schema cannot say because it compares two settings or depends on
 * a default. Values written as `${env:X}` references are not known here and pass.
 */
function checkComponentSettings(config) {
    const issues = [];
    for (const entry of config.components) {
        const check = CHECKS[`${entry.section}:${entry.parsed.type}`];
        if (check && !entry.parsed.error)
            issues.push(...check(entry));
    }
    return issues;
}
const otlpExporter = ({ settings, path, key }) => {
    const endpoint = settings.endpoint;
    // Not text: the schema reports its type.
    if (typeof endpoint !== 'string' ? isSet(endpoint) : endpoint.replace(/^(https?:\/\/|dns:\/\/\/?)/, '') !== '')
        return [];
    return [issue(path, 'key', `Exporter \`${shown(key)}\` has no \`endpoint\`; the Collector refuses it.`, 'Set `endpoint` to the `host:port` of the OTLP gRPC server.')];
};
const otlpHttpExporter = ({ settings, path, key }) => {
    const keys = ['endpoint', 'traces_endpoint', 'metrics_endpoint', 'logs_endpoint', 'profiles_endpoint'];
    if (keys.some((k) => (typeof settings[k] === 'string' ? settings[k] !== '' : isSet(settings[k]))))
        return [];
    return [issue(path, 'key', `Exporter \`${shown(key)}\` has no \`endpoint\` (nor a per-signal endpoint); the Collector refuses it.`, 'Set `endpoint` to the base URL of the OTLP/HTTP server, such as `https://otlp.example.com:4318`.')];
};
const CHECKS = {
    'receivers:otlp': ({ settings, path, key }) => {
        const protocols = settings.protocols;
        if (typeof protocols === 'object' && protocols !== null && ('grpc' in protocols || 'http' in protocols))
            return [];
        return [issue(path, 'key', `Receiver \`${shown(key)}\` enables no protocol; the Collector refuses an OTLP receiver without \`protocols.grpc\` or \`protocols.http\`.`, 'Add `protocols: { grpc: {}, http: {} }` (or just the one the senders use).')];
    },
    'exporters:otlp': otlpExporter,
    'exporters:otlp_grpc': otlpExporter,
    'exporters:otlphttp': otlpHttpExporter,
    'exporters:otlp_http': otlpHttpExporter,
    'processors:memory_limiter': memoryLimiter,
    'processors:batch': ({ settings, path }) => {
        const size = settings.send_batch_size ?? 8192;
        const max = settings.send_batch_max_size;
        if (typeof max !== 'number' || typeof size !== 'number' || max === 0 || max >= size)
            return [];
        return [issue([...path, 'send_batch_max_size'], 'value', `\`send_batch_max_size\` (${max}) is smaller than \`send_batch_size\` (${size}); the Collector refuses it.`, 'Make `send_batch_max_size` at least `send_batch_size`, or 0 for no limit.')];
    },
};
/** `internal/memorylimiter.Config.Validate`: the limits the processor needs to do anything. */
function memoryLimiter({ settings, path, key }) {
    // References are not known here; values of the wrong type are the schema's to report.
    const limits = ['limit_mib', 'spike_limit_mib', 'limit_percentage', 'spike_limit_percentage'];
    if (Object.values(settings).some(isSubstitution) || limits.some((name) => isSet(settings[name]) && typeof settings[name] !== 'number'))
        return [];
    const issues = [];
    const interval = settings.check_interval;
    const nanos = interval === undefined ? 0 : goDuration(interval);
    if (nanos !== undefined && nanos <= 0) {
        issues.push(issue(interval === undefined ? path : [...path, 'check_interval'], interval === undefined ? 'key' : 'value', `Processor \`${shown(key)}\` needs a \`check_interval\` greater than zero; the Collector refuses it without one.`, 'Set `check_interval: 1s` (how often memory use is measured).'));
    }
    const number = (name) => (typeof settings[name] === 'number' ? settings[name] : 0);
    const [limitMib, spikeMib, limitPct, spikePct] = limits.map(number);
    if (limitMib === 0 && limitPct === 0) {
        issues.push(issue(path, 'key', `Processor \`${shown(key)}\` sets no limit: the Collector refuses a memory limiter without \`limit_mib\` or \`limit_percentage\`.`, 'Set `limit_percentage: 80` and `spike_limit_percentage: 20`, or the same in MiB.'));
    }
    for (const name of ['limit_percentage', 'spike_limit_percentage']) {
        if (number(name) > 100)
            issues.push(issue([...path, name], 'value', `\`${name}\` is over 100; the Collector refuses it.`, 'Percentages are of the memory available to the Collector: 1 to 100.'));
    }
    if (limitMib > 0 && limitMib <= spikeMib) {
        issues.push(issue([...path, 'spike_limit_mib'], 'value', `\`spike_limit_mib\` (${spikeMib}) must be smaller than \`limit_mib\` (${limitMib}); the Collector refuses it.`, 'The spike limit is the headroom below the hard limit, usually a fifth of it.'));
    }
    if (limitPct > 0 && limitPct <= spikePct) {
        issues.push(issue([...path, 'spike_limit_percentage'], 'value', `\`spike_limit_percentage\` (${spikePct}) must be smaller than \`limit_percentage\` (${limitPct}); the Collector refuses it.`, 'The spike limit is the headroom below the hard limit, usually a fifth of it.'));
    }
    return issues;
}
function isSet(value) {
    return value !== undefined && value !== null;
}
function issue(path, target, message, help) {
    return { path, target, message, help };
}

;// CONCATENATED MODULE: ./src/otel/structure.ts




/**
 * What the Collector refuses when it loads a config and builds its pipelines, beyond the
 * schema: `otelcol.Config.Validate`, `pipelines.Config.Validate`, the id syntax of
 * `component.ID`/`pipeline.ID`, and the connector checks of the pipeline graph. The Collector
 * stops at the first error; every one is reported here.
 *
 * A `part` (one of several `--config` files) is only checked for what no other file can mend:
 * whether it has receivers, exporters and pipelines, whether what a pipeline names is defined
 * and how connectors are used are checked on the merged config, by the pipeline rules; a
 * component's settings are not checked, as another file may complete them (its `endpoint`).
 */
function checkCollector(value, part = false) {
    const config = readCollector(value);
    if (part)
        return [...checkIds(config), ...structure_checkService(config, part)];
    return [...checkIds(config), ...structure_checkSections(config), ...structure_checkService(config, part), ...checkConnectors(config), ...checkComponentSettings(config)];
}
const SINGULAR = {
    receivers: 'receiver',
    processors: 'processor',
    exporters: 'exporter',
    connectors: 'connector',
    extensions: 'extension',
};
function checkIds(config) {
    const issues = [];
    const seen = new Map();
    for (const entry of config.components) {
        const { parsed, section, key, path } = entry;
        if (parsed.error) {
            issues.push({
                path,
                target: 'key',
                message: `${capitalized(SINGULAR[section])} id \`${shown(key)}\` ${parsed.error}.`,
                help: 'Write ids as `type` or `type/name`, such as `otlp` or `otlp/internal`.',
            });
            continue;
        }
        const first = seen.get(`${section}\u0000${parsed.id}`);
        if (first !== undefined) {
            issues.push({
                path,
                target: 'key',
                message: `${capitalized(SINGULAR[section])} id \`${shown(key)}\` is the same id as \`${shown(first)}\` once spaces are trimmed; the Collector refuses the duplicate.`,
                help: 'Remove one of them, or give it another name after the `/`.',
            });
        }
        else
            seen.set(`${section}\u0000${parsed.id}`, key);
        if (section === 'exporters' && parsed.type === 'logging') {
            issues.push({
                path,
                target: 'key',
                message: `The \`logging\` exporter (\`${shown(key)}\`) was removed from the Collector, which refuses to load it.`,
                help: 'Use the `debug` exporter instead (`verbosity: detailed` replaces `loglevel: debug`).',
            });
        }
    }
    for (const [id, connector] of config.defined.connectors) {
        for (const section of ['exporters', 'receivers']) {
            if (!config.defined[section].has(id))
                continue;
            issues.push({
                path: connector.path,
                target: 'key',
                message: `Connector \`${shown(id)}\` has the same id as ${SINGULAR[section] === 'exporter' ? 'an' : 'a'} ${SINGULAR[section]}, so pipelines cannot tell them apart; the Collector refuses it.`,
                help: `Rename one of them, for example the connector to \`${shown(id)}/connector\`.`,
            });
        }
    }
    return issues;
}
/** At least one component, one receiver and one exporter (`otelcol.Config.Validate`). */
function structure_checkSections(config) {
    if (config.components.length === 0) {
        return [{ path: [], message: 'This Collector config defines no components at all; the Collector refuses an empty configuration.', help: 'Define receivers, exporters and a pipeline that connects them.' }];
    }
    const issues = [];
    for (const section of ['receivers', 'exporters']) {
        if (config.components.some((c) => c.section === section))
            continue;
        issues.push({
            path: [section],
            target: 'key',
            message: `This Collector config defines no ${section}; the Collector refuses to start without one.`,
            help: `Define at least one ${SINGULAR[section]} under \`${section}:\` and use it in a pipeline. If this file is one of several \`--config\` files, list them under \`configs:\` in .obslint.yml to lint them merged.`,
        });
    }
    return issues;
}
function structure_checkService(config, part) {
    const issues = [];
    for (const ref of config.serviceExtensions) {
        if (ref.parsed.error)
            issues.push(badRef(ref, 'Extension'));
        else if (!part && !config.defined.extensions.has(ref.parsed.id)) {
            issues.push({
                path: ref.path,
                message: `\`service.extensions\` names extension \`${shown(ref.written.trim())}\`, which is not defined under \`extensions\`; the Collector refuses it.`,
                help: didYouMean(ref.parsed.id, [...config.defined.extensions.keys()]) ?? 'Define the extension under `extensions:`, or remove it from `service.extensions`.',
            });
        }
    }
    if (config.pipelines.length === 0 && !part) {
        issues.push({
            path: config.hasPipelines ? ['service', 'pipelines'] : ['service'],
            target: 'key',
            message: 'This Collector config has no pipeline under `service.pipelines`; the Collector refuses to start without one.',
            help: 'Add a pipeline, such as `traces: { receivers: [otlp], exporters: [otlp_grpc] }`. If this file is one of several `--config` files, list them under `configs:` in .obslint.yml to lint them merged.',
        });
    }
    const seen = new Map();
    for (const pipeline of config.pipelines) {
        if (pipeline.parsed.error) {
            issues.push({ path: pipeline.path, target: 'key', message: `Pipeline id \`${shown(pipeline.key)}\` ${pipeline.parsed.error}.`, help: 'Name pipelines `traces`, `metrics`, `logs` or `profiles`, or `signal/name` such as `traces/backend`.' });
            continue;
        }
        const first = seen.get(pipeline.parsed.id);
        if (first !== undefined) {
            issues.push({
                path: pipeline.path,
                target: 'key',
                message: `Pipeline id \`${shown(pipeline.key)}\` is the same id as \`${shown(first)}\` once spaces are trimmed; the Collector refuses the duplicate.`,
                help: 'Give each pipeline its own name after the `/`.',
            });
        }
        else
            seen.set(pipeline.parsed.id, pipeline.key);
        issues.push(...checkPipeline(config, pipeline, part));
    }
    return issues;
}
function checkPipeline(config, pipeline, part) {
    const issues = [];
    const name = shown(pipeline.parsed.id);
    for (const list of ['receivers', 'exporters']) {
        if (pipeline[list].length > 0 || part)
            continue;
        issues.push({
            path: pipeline.path,
            target: 'key',
            message: `Pipeline \`${name}\` has no ${list}; the Collector refuses a pipeline without at least one.`,
            help: `List at least one ${SINGULAR[list]} (or connector) under \`${list}:\`.`,
        });
    }
    const sections = {
        receivers: ['receivers', 'connectors'],
        processors: ['processors'],
        exporters: ['exporters', 'connectors'],
    };
    for (const [list, where] of Object.entries(sections)) {
        const seen = new Set();
        for (const ref of pipeline[list]) {
            if (ref.parsed.error) {
                issues.push(badRef(ref, capitalized(SINGULAR[list])));
                continue;
            }
            if (!part && !where.some((section) => config.defined[section].has(ref.parsed.id))) {
                issues.push({
                    path: ref.path,
                    message: `Pipeline \`${name}\` names ${SINGULAR[list]} \`${shown(ref.parsed.id)}\`, which is not defined${list === 'processors' ? ' under `processors`' : ` under \`${list}\` or \`connectors\``}; the Collector refuses it.`,
                    help: didYouMean(ref.parsed.id, where.flatMap((section) => [...config.defined[section].keys()])) ?? `Define it under \`${list}:\`, or fix the name (ids are \`type\` or \`type/name\`).`,
                });
            }
            if (list === 'processors' && seen.has(ref.parsed.id)) {
                issues.push({
                    path: ref.path,
                    message: `Pipeline \`${name}\` lists processor \`${shown(ref.parsed.id)}\` twice; the Collector refuses it.`,
                    help: 'List each processor once per pipeline; define a second one (`type/name`) if it must run twice.',
                });
            }
            seen.add(ref.parsed.id);
        }
    }
    return issues;
}
function badRef(ref, what) {
    return { path: ref.path, message: `${what} id \`${shown(ref.written)}\` ${ref.parsed.error}.`, help: 'Write ids as `type` or `type/name`, such as `otlp` or `otlp/internal`.' };
}
/**
 * Signal pairs a connector type supports, for the types whose factory the Collector's own
 * repository holds; any other type is taken to support every pair (its factory decides).
 */
const CONNECTOR_SIGNALS = {
    forward: (from, to) => from === to,
};
/**
 * A connector joins pipelines: it is the exporter of one and the receiver of another. The
 * Collector refuses one used only as an exporter, or only as a receiver, or between signals
 * its type does not convert (`service/internal/graph`).
 */
function checkConnectors(config) {
    const issues = [];
    for (const [id, connector] of config.defined.connectors) {
        const supports = CONNECTOR_SIGNALS[connector.parsed.type] ?? (() => true);
        const uses = { exporters: [], receivers: [] };
        for (const pipeline of config.pipelines) {
            if (signalOf(pipeline) === undefined)
                continue;
            for (const list of ['exporters', 'receivers']) {
                for (const ref of pipeline[list])
                    if (ref.parsed.id === id)
                        uses[list].push({ pipeline, ref });
            }
        }
        const signals = (list) => uses[list].map((u) => signalOf(u.pipeline));
        for (const [list, other] of [['exporters', 'receivers'], ['receivers', 'exporters']]) {
            for (const use of uses[list]) {
                const signal = signalOf(use.pipeline);
                const paired = signals(other).some((s) => (list === 'exporters' ? supports(signal, s) : supports(s, signal)));
                if (paired)
                    continue;
                const role = list === 'exporters' ? 'exporter' : 'receiver';
                const otherRole = list === 'exporters' ? 'receiver' : 'exporter';
                const never = uses[other].length === 0;
                issues.push({
                    path: use.ref.path,
                    message: never
                        ? `Connector \`${shown(id)}\` is used as ${role === 'exporter' ? 'an exporter' : 'a receiver'} in pipeline \`${shown(use.pipeline.parsed.id)}\` but never as ${otherRole === 'exporter' ? 'an exporter' : 'a receiver'}; the Collector refuses it.`
                        : `Connector \`${shown(id)}\` is used as ${role === 'exporter' ? 'an exporter' : 'a receiver'} in ${signal} pipeline \`${shown(use.pipeline.parsed.id)}\` but as ${otherRole === 'exporter' ? 'an exporter' : 'a receiver'} only in pipelines of a signal it cannot convert to or from; the Collector refuses it.`,
                    help: `A connector carries data from the pipeline that exports to it to the pipeline that receives from it: list \`${shown(id)}\` under \`${otherRole}s\` of the pipeline that should get the data.`,
                });
            }
        }
    }
    return issues;
}
/** "Did you mean `x`?" for a misspelt component id, when one defined is close. */
function didYouMean(id, defined) {
    const near = (0,closest/* closest */.k)(id, defined);
    return near === undefined ? undefined : `Did you mean \`${shown(near)}\`? It is defined; ids must match exactly.`;
}

;// CONCATENATED MODULE: ./src/kinds/otel-collector.ts




const COLLECTOR_KEY = keySniff(['exporters', 'pipelines']);
/**
 * An OpenTelemetry Collector config (also inside a ConfigMap, or the operator's
 * `OpenTelemetryCollector` resource, which the engine unwraps): receivers, processors,
 * exporters, connectors and extensions joined by `service.pipelines`.
 */
const otelCollector = {
    id: 'otel-collector',
    title: 'OpenTelemetry Collector config',
    extensions: ['yml', 'yaml', 'json'],
    // `exporters:` or `pipelines:` (a layer may have no exporters); not `receivers:`, which every Alertmanager config has.
    sniff: (text) => COLLECTOR_KEY.test(text),
    // Alertmanager has `receivers` too, as a list; Kubernetes resources carry an apiVersion.
    detect: (value) => isMapping(value) &&
        !('apiVersion' in value) &&
        !('kind' in value) &&
        (isMapping(value.receivers) || isMapping(value.exporters) || (isMapping(value.service) && isMapping(value.service.pipelines))),
    recognizedBy: 'a mapping of `receivers`/`exporters` maps or `service.pipelines`, no `apiVersion`/`kind`',
    reference: 'https://opentelemetry.io/docs/collector/configuration/',
    validator: () => __nccwpck_require__.e(/* import() */ 256).then(__nccwpck_require__.bind(__nccwpck_require__, 7256)).then((m) => m.default),
    checkStructure: (value, _settings, part) => checkCollector(value, part),
    extract(value, doc, model) {
        model.pipelines.push(collectorPipelines(this.id, value, doc));
    },
};

;// CONCATENATED MODULE: ./src/kinds/prometheus-rule-crd.ts

/** A Prometheus Operator `PrometheusRule` resource: the same groups, under `spec.groups`. */
const prometheusRuleCrd = {
    id: 'prometheus-rule-crd',
    title: 'PrometheusRule resource',
    extensions: ['yml', 'yaml', 'json'],
    // kubectl decodes a JSON manifest as JSON.
    readsJson: true,
    sniff: (text) => text.includes('PrometheusRule'),
    detect: (value) => isMapping(value) &&
        value.kind === 'PrometheusRule' &&
        typeof value.apiVersion === 'string' &&
        value.apiVersion.startsWith('monitoring.coreos.com/'),
    recognizedBy: '`apiVersion: monitoring.coreos.com/*`, `kind: PrometheusRule`; rules under `spec.groups`',
    reference: 'https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.PrometheusRule',
    validator: () => __nccwpck_require__.e(/* import() */ 540).then(__nccwpck_require__.bind(__nccwpck_require__, 1540)).then((m) => m.default),
    checkStructure: (value, settings) => isMapping(value) && isMapping(value.spec) ? checkGroups(value.spec.groups, ['spec', 'groups'], settings) : [],
    extract(value, doc, model) {
        if (isMapping(value) && isMapping(value.spec))
            extractGroups(this.id, value.spec.groups, ['spec', 'groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/kinds/prometheus-rules.ts


const prometheus_rules_GROUPS_KEY = keySniff(['groups']);
/** A Prometheus rule file (also Thanos, Loki, Mimir and Cortex rulers): `groups[].rules[]`. */
const prometheusRules = {
    id: 'prometheus-rules',
    title: 'Prometheus rule file',
    extensions: ['yml', 'yaml', 'json', 'rules'],
    // `groups:` at a line start, or `"groups":` in JSON (minified JSON has no line starts).
    sniff: (text) => prometheus_rules_GROUPS_KEY.test(text),
    // Other formats have `groups` too (Grafana provisioning), but they carry an apiVersion.
    detect: (value) => isMapping(value) && 'groups' in value && !('apiVersion' in value) && !('kind' in value),
    recognizedBy: 'a mapping with `groups:` and no `apiVersion`/`kind`: Prometheus, Thanos (`partial_response_strategy`), Loki and Mimir/Cortex (`source_tenants`, `evaluation_delay`) rule files; an expression with a log pipeline (`{app="api"} |= "error"`) is LogQL',
    reference: 'https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/',
    validator: () => __nccwpck_require__.e(/* import() */ 126).then(__nccwpck_require__.bind(__nccwpck_require__, 126)).then((m) => m.default),
    checkStructure: (value, settings) => (isMapping(value) ? checkGroups(value.groups, ['groups'], settings) : []),
    extract(value, doc, model) {
        if (isMapping(value))
            extractGroups(this.id, value.groups, ['groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/kinds/ruler-namespace.ts


const NAMESPACE_KEY = keySniff(['namespace']);
/**
 * A rule file of mimirtool, cortextool or lokitool: rule groups with the `namespace` they are
 * loaded into (without it, the tools take the file name). The tools take the same layout for
 * PromQL (Mimir, Cortex) and LogQL (Loki); each expression is read as Prometheus rule files
 * are (LogQL when it has a log pipeline), and `kinds:` can select `loki-rules` instead.
 */
const rulerNamespace = {
    id: 'ruler-namespace',
    title: 'Mimir, Cortex or Loki ruler namespace file',
    extensions: ['yml', 'yaml', 'json'],
    sniff: (text) => NAMESPACE_KEY.test(text),
    detect: (value) => isMapping(value) && 'namespace' in value && 'groups' in value && !('apiVersion' in value) && !('kind' in value),
    recognizedBy: '`namespace:` beside `groups:` (mimirtool, cortextool and lokitool files); LogQL told from PromQL expression by expression',
    reference: 'https://grafana.com/docs/mimir/latest/manage/tools/mimirtool/#rules',
    validator: () => __nccwpck_require__.e(/* import() */ 724).then(__nccwpck_require__.bind(__nccwpck_require__, 7724)).then((m) => m.default),
    checkStructure: (value, settings) => (isMapping(value) ? checkGroups(value.groups, ['groups'], settings) : []),
    extract(value, doc, model) {
        if (isMapping(value))
            extractGroups(this.id, value.groups, ['groups'], doc, model);
    },
};

;// CONCATENATED MODULE: ./src/vector/config.ts

function readVector(value) {
    const data = isMapping(value) ? value : {};
    const components = [];
    for (const section of ['sources', 'transforms', 'sinks', 'enrichment_tables']) {
        const map = data[section];
        if (!isMapping(map))
            continue;
        for (const [id, settings] of Object.entries(map)) {
            const body = isMapping(settings) ? settings : {};
            const path = [section, id];
            const component = { section, id, type: typeof body.type === 'string' ? body.type : '', settings: body, path };
            if (section !== 'sources')
                component.inputs = inputsOf(body.inputs, [...path, 'inputs']);
            components.push(component);
        }
    }
    const has = (section) => components.some((c) => c.section === section);
    return { components, testOnly: Array.isArray(data.tests) && !has('sources') && !has('sinks') };
}
function inputsOf(value, path) {
    if (!Array.isArray(value))
        return [];
    const inputs = [];
    value.forEach((item, index) => {
        if (typeof item === 'string')
            inputs.push({ written: item, path: [...path, index] });
    });
    return inputs;
}
/** Whether an input is a glob pattern (Rust's `glob` crate: `*`, `?`, `[...]`), which Vector expands against output ids. */
function isGlob(input) {
    return /[*?[]/.test(input);
}

;// CONCATENATED MODULE: ./src/vector/model.ts


const vector_model_ROLES = { sources: 'source', transforms: 'processor', sinks: 'sink' };
/**
 * A Vector config as the shared pipeline model. Components: sources, transforms (processors)
 * and sinks by name; a memory enrichment table is a sink when it has `inputs`, and a source
 * under its `source_config.source_key`. References: every `inputs` entry, from the component
 * that lists it, to a source or transform (`roles: ['source', 'processor']`: sinks have no
 * output). An input naming a named output (`route.errors`) refers to its component
 * (`route`); a glob (`app_*`) is a `pattern: 'glob'` reference, matched as Rust's `glob`
 * crate matches (`*` crosses `.` too) against every source and transform, and their named
 * outputs. Vector refuses cycles, so the config is acyclic. A unit-test config (`tests`, no
 * sources nor sinks) is not a topology of its own: `vector test` replaces its inputs.
 */
function vectorPipelines(kind, value, doc) {
    const config = readVector(value);
    if (config.testOnly)
        return undefined;
    const components = [];
    const references = [];
    for (const entry of config.components) {
        const site = { doc, path: entry.path };
        const add = (id, role, at = site) => components.push({ id, type: entry.type, role, site: at, settings: entry.settings, settingsSite: site });
        if (entry.section === 'enrichment_tables') {
            if (entry.type !== 'memory')
                continue;
            if (Array.isArray(entry.settings.inputs))
                add(entry.id, 'sink');
            const sourceConfig = entry.settings.source_config;
            if (isMapping(sourceConfig) && typeof sourceConfig.source_key === 'string') {
                add(sourceConfig.source_key, 'source', { doc, path: [...entry.path, 'source_config', 'source_key'] });
            }
        }
        else
            add(entry.id, vector_model_ROLES[entry.section]);
    }
    const ids = new Set(components.map((c) => c.id));
    for (const entry of config.components) {
        if (entry.section === 'enrichment_tables' && entry.type !== 'memory')
            continue;
        for (const input of entry.inputs ?? []) {
            const site = { doc, path: input.path };
            if (isGlob(input.written)) {
                references.push({ target: input.written, pattern: 'glob', roles: ['source', 'processor'], from: entry.id, site });
                continue;
            }
            const dot = input.written.indexOf('.');
            const target = dot === -1 || ids.has(input.written) ? input.written : input.written.slice(0, dot);
            references.push({ target, roles: ['source', 'processor'], from: entry.id, site });
        }
    }
    return { kind, components, references, pipelines: [], site: { doc, path: [] }, acyclic: true };
}

;// CONCATENATED MODULE: ./src/vector/structure.ts


/**
 * What Vector refuses when it builds a config, beyond the schema (`config::compiler` and
 * `config::validation::check_names`/`check_shape`): a name with a dot, one name used by two
 * components, no source or no sink, a transform or sink without inputs, an input listed twice.
 * Inputs that name nothing, and cycles, are the pipeline rules' to report, from the model; so
 * is a missing source or sink in a `part` (one file of a config directory), on the merged config.
 */
function checkVector(value, part = false) {
    const config = readVector(value);
    const issues = [];
    const topology = config.components.filter((c) => c.section !== 'enrichment_tables');
    const firstOf = new Map();
    for (const component of topology) {
        const name = shown(component.id);
        if (component.id.includes('.')) {
            issues.push({
                path: component.path,
                target: 'key',
                message: `Component name \`${name}\` holds a \`.\`; Vector refuses it (a dot separates a component from its named output, as in \`route.errors\`).`,
                help: 'Use `_` or `-` instead of the dot.',
            });
        }
        const first = firstOf.get(component.id);
        if (first) {
            issues.push({
                path: component.path,
                target: 'key',
                message: `\`${name}\` names both a ${singular(first)} and a ${singular(component)}; Vector refuses two components with one name.`,
                help: 'Give every source, transform and sink its own name.',
            });
        }
        else
            firstOf.set(component.id, component);
        if (!component.inputs || (config.testOnly && component.section === 'transforms'))
            continue;
        if (component.inputs.length === 0 && Array.isArray(component.settings.inputs)) {
            issues.push({
                path: [...component.path, 'inputs'],
                message: `${capitalized(singular(component))} \`${name}\` has no inputs; Vector refuses it.`,
                help: 'List the sources or transforms it reads from, such as `inputs: ["my_source"]`.',
            });
        }
        const seen = new Set();
        for (const input of component.inputs) {
            if (seen.has(input.written)) {
                issues.push({
                    path: input.path,
                    message: `${capitalized(singular(component))} \`${name}\` lists input \`${shown(input.written)}\` twice; Vector refuses it.`,
                    help: 'List each input once.',
                });
            }
            seen.add(input.written);
        }
    }
    if (!config.testOnly && config.components.length > 0 && !part) {
        for (const section of ['sources', 'sinks']) {
            if (topology.some((c) => c.section === section))
                continue;
            issues.push({
                path: [],
                message: `This Vector config defines no ${section}; Vector refuses to start without one.`,
                help: `Define at least one ${section === 'sources' ? 'source' : 'sink'}. If this file is one of several that form the config (\`--config-dir\`), list them under \`configs:\` in .obslint.yml to lint them together.`,
            });
        }
    }
    return issues;
}
function singular(component) {
    return component.section.slice(0, -1).replace('enrichment_table', 'enrichment table');
}

;// CONCATENATED MODULE: ./src/kinds/vector.ts




const VECTOR_KEY = keySniff(['sources', 'transforms', 'sinks'], ':=.');
/** A TOML table header: `[sinks.out]`, `[[transforms.x]]`. */
const VECTOR_TABLE = /(^|\n)[ \t]*\[\[?[ \t]*["']?(sources|transforms|sinks|enrichment_tables)["']?[ \t]*\./;
/** A Vector config, in YAML, TOML or JSON: sources, transforms and sinks joined by `inputs`. */
const vector = {
    id: 'vector',
    title: 'Vector config',
    extensions: ['yml', 'yaml', 'json', 'toml'],
    // Vector reads a `.json` config with serde_json.
    readsJson: true,
    // `sources:` (YAML, JSON), `[sources.in]` or `sources.in.type = ...` (TOML).
    sniff: (text) => VECTOR_KEY.test(text) || VECTOR_TABLE.test(text),
    // The TOML parser is loaded only for a `.toml` file.
    parsers: { toml: (text) => Promise.all(/* import() */[__nccwpck_require__.e(605), __nccwpck_require__.e(135)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1135)).then((m) => m.parseToml(text)) },
    // Other formats have none of these three at the top; Kubernetes resources carry an apiVersion.
    detect: (value) => isMapping(value) && !('apiVersion' in value) && !('kind' in value) && (isMapping(value.sources) || isMapping(value.transforms) || isMapping(value.sinks)),
    recognizedBy: '`sources`, `transforms` or `sinks` at the top, in YAML, JSON or TOML',
    reference: 'https://vector.dev/docs/reference/configuration/',
    validator: () => __nccwpck_require__.e(/* import() */ 159).then(__nccwpck_require__.bind(__nccwpck_require__, 7159)).then((m) => m.default),
    checkStructure: (value, _settings, part) => checkVector(value, part),
    extract(value, doc, model) {
        const pipelines = vectorPipelines(this.id, value, doc);
        if (pipelines)
            model.pipelines.push(pipelines);
    },
};

;// CONCATENATED MODULE: ./src/kinds/index.ts














/** Every kind obslint knows, in detection order (the first whose `detect` matches wins). */
const kinds_KINDS = [
    // Before prometheus-rules, which would claim the same groups without `namespace`.
    rulerNamespace,
    prometheusRules,
    prometheusRuleCrd,
    lokiAlertingRule,
    lokiRecordingRule,
    alertmanager,
    grafanaAlerting,
    grafanaAlertingCrd,
    datadogMonitors,
    datadogMonitorCrd,
    openslo,
    otelCollector,
    vector,
    fluentBit,
    // Never detected: selected by `kinds:` in .obslint.yml.
    lokiRules,
];
function kindById(id) {
    return kinds_KINDS.find((kind) => kind.id === id);
}

;// CONCATENATED MODULE: ./src/kinds/custom.ts

/** Compiles a custom kind's JSON Schema with ajv's compiler, loaded only when a config declares one. */
async function compileSchema(schema) {
    const { Ajv } = await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23));
    // The options of the built-in schemas (scripts/build-validators.mjs), but lenient on unknown keywords: a team's schema may carry its own annotations.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true });
    ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
    return ajv.compile(schema);
}
/** Validators compiled once per thread, by kind id and the schema's text. */
const compiled = new Map();
function customKind(definition) {
    const key = `${definition.id}\u0000${JSON.stringify(definition.schema)}`;
    return {
        id: definition.id,
        title: definition.title,
        extensions: [],
        // Claimed by its `files` globs only, never by content.
        sniff: () => false,
        detect: () => false,
        recognizedBy: `the files ${definition.files.join(', ')}`,
        reference: `its JSON Schema, ${definition.schemaFile}`,
        validator() {
            let validator = compiled.get(key);
            if (!validator)
                compiled.set(key, (validator = compileSchema(definition.schema)));
            return validator;
        },
        extract(value, doc, model) {
            extractAlerts(definition, value, doc, model);
        },
    };
}
function extractAlerts(definition, value, doc, model) {
    const alertsPath = pointerPath(definition.alerts);
    const found = valueAt(value, alertsPath);
    const items = definition.alerts === '' ? [{ item: value, path: [] }] : Array.isArray(found) ? found.map((item, i) => ({ item, path: [...alertsPath, i] })) : [];
    for (const { item, path } of items) {
        if (!isMapping(item))
            continue;
        const field = (pointer) => {
            if (pointer === undefined)
                return undefined;
            const at = [...path, ...pointerPath(pointer)];
            return { value: valueAt(item, pointerPath(pointer)), site: { doc, path: at } };
        };
        const name = field(definition.name);
        if (typeof name?.value !== 'string' && typeof name?.value !== 'number')
            continue;
        const labels = field(definition.labels);
        const annotations = field(definition.annotations);
        const alert = {
            kind: definition.id,
            name: String(name.value),
            site: { doc, path },
            labels: stringMap(labels?.value),
            labelsSite: labels && isMapping(labels.value) ? labels.site : { doc, path },
            labelSites: {},
            annotations: stringMap(annotations?.value),
            annotationsSite: annotations && isMapping(annotations.value) ? annotations.site : { doc, path },
            annotationSites: {},
        };
        // Fields the format has on its own are read as the label or annotation the rules look for.
        for (const [key, pointer, into] of [
            ['owner', definition.owner, 'labels'],
            ['severity', definition.severity, 'labels'],
            ['runbook_url', definition.runbook, 'annotations'],
        ]) {
            const at = field(pointer);
            if (at === undefined || at.value === undefined || at.value === null || typeof at.value === 'object')
                continue;
            alert[into][key] = String(at.value);
            (into === 'labels' ? alert.labelSites : alert.annotationSites)[key] = at.site;
        }
        model.alerts.push(alert);
    }
}
/** A JSON pointer (RFC 6901) as a path: `/alerts/0/name` → alerts, 0, name. */
function pointerPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}
function valueAt(value, path) {
    let node = value;
    for (const segment of path) {
        if (Array.isArray(node) && typeof segment === 'number')
            node = node[segment];
        else if (isMapping(node))
            node = node[String(segment)];
        else
            return undefined;
    }
    return node;
}

;// CONCATENATED MODULE: ./src/kinds/types.ts
function emptyModel() {
    return { alerts: [], recordingRules: [], queries: [], pipelines: [], documents: [] };
}

;// CONCATENATED MODULE: ./src/core/glob.ts
/**
 * Glob matching for `include`, `exclude`, `kinds:` and path arguments, in time bounded by the
 * sizes of the pattern and the path. Glob libraries compile to a regular expression, where a
 * pattern such as `*a*a*a*a*a*a*ab.yml` backtracks exponentially on a long file name (45 s and
 * more); a config file in a pull request must not be able to hang the runner.
 *
 * Syntax, as picomatch with `dot: true` reads the common cases: `**` as a whole segment (any
 * number of folders), `*` and `?` within a segment (never `/`), `[abc]`, `[a-z]`, `[!a]`,
 * `{a,b}` alternatives (nested too), `\` escapes, and a leading `!` for "not". Not read:
 * `{1..3}` ranges, `[[:alpha:]]` classes and `+(a|b)` extglobs (the differences from
 * picomatch are listed in its tests).
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
    return { negated, alternatives: expandBraces(body).map((p) => oneGlobstarPerRun(p.split('/').map(compileSegment))) };
}
/** `**\/**` matches what `**` matches: one per run keeps the positions a path can be at few. */
function oneGlobstarPerRun(segments) {
    return segments.filter((segment, i) => !(segment.globstar && segments[i - 1]?.globstar));
}
/** `a/{b,c{d,e}}/f` → `a/b/f`, `a/cd/f`, `a/ce/f`. */
function expandBraces(pattern) {
    const braces = findBraces(pattern);
    const tooMany = (what) => new GlobError(`\`${shown(pattern)}\` expands to more than ${what}.`);
    if (braces.size > MAX_ALTERNATIVES)
        throw tooMany(`${MAX_ALTERNATIVES} patterns`);
    const results = expandRange(pattern, braces, 0, pattern.length, tooMany);
    if (results.reduce((sum, p) => sum + p.length, 0) > MAX_EXPANDED_LENGTH)
        throw tooMany('a megabyte of patterns');
    return results;
}
/** What 1024 alternatives of a long pattern could make: gigabytes, from a config of one megabyte. */
const MAX_EXPANDED_LENGTH = 1024 * 1024;
/**
 * Every `{...}` holding a top-level comma, by the offset of its `{`, in one pass with a stack.
 * A brace never closed, or closed without a comma, is text (what is inside it still expands).
 */
function findBraces(pattern) {
    const braces = new Map();
    const open = [];
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\')
            i++;
        else if (ch === '{')
            open.push([i]);
        else if (ch === ',' && open.length > 0)
            open[open.length - 1].push(i);
        else if (ch === '}' && open.length > 0) {
            const cuts = open.pop();
            if (cuts.length > 1)
                braces.set(cuts[0], [...cuts, i]);
        }
    }
    return braces;
}
/** The expansions of `pattern[from, to)`; recursion only into braces, which are at most MAX_ALTERNATIVES. */
function expandRange(pattern, braces, from, to, tooMany) {
    let results = [''];
    let text = from;
    const append = (options) => {
        results = results.flatMap((head) => options.map((tail) => head + tail));
        if (results.length > MAX_ALTERNATIVES)
            throw tooMany(`${MAX_ALTERNATIVES} patterns`);
    };
    for (let i = from; i < to; i++) {
        if (pattern[i] === '\\') {
            i++;
            continue;
        }
        const cuts = braces.get(i);
        if (cuts === undefined)
            continue;
        append([pattern.slice(text, i)]);
        append(cuts.slice(1).flatMap((cut, k) => expandRange(pattern, braces, cuts[k] + 1, cut, tooMany)));
        i = cuts[cuts.length - 1];
        text = i + 1;
    }
    append([pattern.slice(text, to)]);
    return results;
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
    // As picomatch: a leading star needs a character, and never takes `.` or `..` (as `**` never does).
    if (tokens[0]?.type === 'star' && (text === '' || text === '.' || text === '..'))
        return false;
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
/**
 * Pattern segments against path segments, `**` standing for any number of them. The pattern is
 * run as a set of positions over the path, one path segment at a time: time is the product of
 * the two lengths and nothing recurses, so `**\/` written 30,000 times cannot overflow the stack.
 */
function matchSegments(pattern, path) {
    let positions = withSkippedGlobstars(pattern, [0]);
    for (const part of path) {
        const next = [];
        for (const p of positions) {
            const segment = pattern[p];
            if (segment === undefined)
                continue;
            // `**` takes one more segment (never `.` or `..`) and stays; a plain segment must match and moves on.
            if (segment.globstar) {
                if (part !== '.' && part !== '..')
                    next.push(p);
            }
            else if (matchSegment(segment.tokens, part))
                next.push(p + 1);
        }
        if (next.length === 0)
            return false;
        positions = withSkippedGlobstars(pattern, next);
    }
    return positions.includes(pattern.length);
}
/** The positions, and every position reached from one by letting `**` match zero segments, without repeats. */
function withSkippedGlobstars(pattern, positions) {
    const reached = new Set();
    for (const start of positions) {
        for (let p = start; !reached.has(p); p++) {
            reached.add(p);
            if (!pattern[p]?.globstar)
                break;
        }
    }
    return [...reached];
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
    const words = vocabulary(alert);
    let twins = byName(all).get(alert.name).filter((other) => other !== alert);
    if (twins.length === 0)
        return { alert: alert.name, which: { raw: '' }, ...words };
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
    return { alert: alert.name, which: { raw: parts.length > 0 ? ` (${parts.join(', ')})` : '' }, ...words };
}
/** What a format calls an alert and its labels: a Datadog monitor has tags. */
function vocabulary(alert) {
    return alert.kind.startsWith('datadog-') ? { noun: { raw: 'Monitor' }, labelWord: { raw: 'tag' } } : { noun: { raw: 'Alert' }, labelWord: { raw: 'label' } };
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
/** A subject with the label sets `alertSubject` writes emptied, for a finding's coarse fingerprint. */
function withoutLabels(subject) {
    // A label set is `{name="json string",...}`: a `}` inside a quoted value does not end it.
    return subject.replace(/\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}/g, '{}');
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




/**
 * An alert nobody owns pages nobody useful. With `owners` in the config, the owner must also be
 * a team that exists (a list, a teams file, or the file's CODEOWNERS), and an alert without an
 * owner label may take its file's code owners.
 */
/* harmony default export */ const alert_owner = (defineRule({
    meta: {
        id: 'alert-owner',
        summary: 'An alert has no owner label (`owner` or `team` by default), or (with `owners` set) one that is not a known team or not a code owner of its file.',
        defaultSeverity: 'error',
        messages: {
            missing: {
                text: '{noun} `{alert}`{which} has no owner: add a {labelWord} naming its team ({keys}).',
                help: 'Name the team that is paged when it fires, so routing and escalation reach someone who can act.',
            },
            empty: {
                text: '{noun} `{alert}`{which} has an empty `{key}` {labelWord}, so it names no owner.',
                help: 'Set it to the team that is paged when the alert fires.',
            },
            unknown: {
                text: '{noun} `{alert}`{which} is owned by `{owner}`, which is not a known team.{suggestion}',
                help: 'Owners are the teams in `owners.allowed` or `owners.teams-file` of the config; fix the label, or add the team there.',
            },
            'not-code-owner': {
                text: '{noun} `{alert}`{which} is owned by `{owner}`, which is not a code owner of this file ({codeOwners}).',
                help: 'The owner label and CODEOWNERS should name the same team: fix the label, or the CODEOWNERS entry for this file.',
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
        const { allowed, codeowners } = context.settings.owners;
        const isAllowed = allowed.length > 0 ? allowedMatcher(allowed) : undefined;
        const codeOwners = context.codeOwners ?? [];
        for (const alert of context.model.alerts) {
            const present = keys.filter((key) => key in alert.labels);
            const key = present.find((k) => alert.labels[k].trim() !== '');
            const { alert: name, which, noun, labelWord } = describeAlert(alert, context.model.alerts);
            const subject = alertSubject(alert);
            if (key === undefined) {
                // Without an owner label, the file's code owners own it when the config says so.
                if ((codeowners === 'fallback' || codeowners === 'both') && codeOwners.length > 0)
                    continue;
                if (present.length > 0) {
                    const site = alert.labelSites?.[present[0]] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, present[0]] };
                    context.report({ messageId: 'empty', data: { alert: name, which, noun, labelWord, key: present[0] }, site, subject });
                }
                else {
                    context.report({ messageId: 'missing', data: { alert: name, which, noun, labelWord, keys }, site: alert.labelsSite, target: 'key', subject });
                }
                continue;
            }
            const owner = alert.labels[key].trim();
            // Filled in when the alert fires: nothing to check now.
            if (owner.includes('{{'))
                continue;
            const site = alert.labelSites?.[key] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, key] };
            if (isAllowed && !isAllowed(owner)) {
                const guess = (0,closest/* closest */.k)(owner, allowed.filter((a) => !/[*?[{]/.test(a)));
                context.report({ messageId: 'unknown', data: { alert: name, which, noun, labelWord, owner, suggestion: { raw: guess ? ` Did you mean \`${guess}\`?` : '' } }, site, subject });
            }
            else if ((codeowners === 'require' || codeowners === 'both') && !codeOwners.some((c) => sameTeam(c, owner))) {
                context.report({ messageId: 'not-code-owner', data: { alert: name, which, noun, labelWord, owner, codeOwners: codeOwners.length > 0 ? codeOwners : { raw: 'CODEOWNERS gives it none' } }, site, subject });
            }
        }
    },
}));
/** Names and glob patterns (`team-*`), compared without case. */
function allowedMatcher(allowed) {
    const names = new Set(allowed.filter((a) => !/[*?[{]/.test(a)).map((a) => a.toLowerCase()));
    const globs = allowed.filter((a) => /[*?[{]/.test(a)).map((a) => a.toLowerCase());
    const matches = globs.length > 0 ? compileGlobs(globs) : () => false;
    return (owner) => names.has(owner.toLowerCase()) || matches(owner.toLowerCase());
}
/**
 * Whether a CODEOWNERS owner (`@acme/payments`, `@jane`, `jane@acme.dev`) names the team an
 * owner label names (`payments`, `acme/payments`, `@acme/payments`), without case.
 */
function sameTeam(codeOwner, label) {
    const normalize = (text) => text.trim().replace(/^@/, '').toLowerCase();
    const owner = normalize(codeOwner);
    const wanted = normalize(label);
    return owner === wanted || owner.split('/').pop() === wanted;
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(obslintHost.url)("node:zlib");
;// CONCATENATED MODULE: ./src/alertmanager/check-http.ts

/** Headers the HTTP client sets itself (prometheus/common's ReservedHeaders). */
const RESERVED_HEADERS = new Set([
    'Authorization', 'Host', 'Content-Encoding', 'Content-Length', 'Content-Type', 'User-Agent', 'Connection', 'Keep-Alive',
    'Proxy-Authenticate', 'Proxy-Authorization', 'Www-Authenticate', 'Accept-Encoding', 'X-Prometheus-Remote-Write-Version',
    'X-Prometheus-Remote-Read-Version', 'X-Prometheus-Scrape-Timeout-Seconds', 'X-Amz-Date', 'X-Amz-Security-Token', 'X-Amz-Content-Sha256',
]);
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** What prometheus/common's HTTPClientConfig.Validate refuses, for an `http_config` at `path`. */
function checkHttpConfig(config, path, issues) {
    if (!go_values_isMapping(config))
        return;
    const set = (key, on = config) => go_values_text(on[key]) !== '';
    const basic = config.basic_auth;
    const oauth2 = config.oauth2;
    const authorization = config.authorization;
    const bearer = set('bearer_token') || set('bearer_token_file');
    const conflict = (message) => issues.error('http-config', path, message, 'Keep one way of authenticating.', { target: 'key' });
    if (set('bearer_token') && set('bearer_token_file'))
        atMostOne(issues, path, config, ['bearer_token', 'bearer_token_file']);
    if ((present(basic) || present(oauth2)) && bearer)
        conflict('Only one of `basic_auth`, `oauth2`, `bearer_token` and `bearer_token_file` may be set.');
    if (go_values_isMapping(basic)) {
        atMostOne(issues, [...path, 'basic_auth'], basic, ['username', 'username_file', 'username_ref']);
        atMostOne(issues, [...path, 'basic_auth'], basic, ['password', 'password_file', 'password_ref']);
    }
    if (present(authorization)) {
        const auth = go_values_isMapping(authorization) ? authorization : {};
        if (bearer)
            conflict('`authorization` cannot be set with `bearer_token` or `bearer_token_file`.');
        atMostOne(issues, [...path, 'authorization'], auth, ['credentials', 'credentials_file', 'credentials_ref']);
        if (go_values_text(auth.type).trim().toLowerCase() === 'basic') {
            issues.error('http-config', [...path, 'authorization', 'type'], '`authorization.type` cannot be `basic`.', 'Use `basic_auth` for basic authentication.');
        }
        if (present(basic) || present(oauth2))
            conflict('Only one of `basic_auth`, `oauth2` and `authorization` may be set.');
    }
    if (present(oauth2)) {
        const o = go_values_isMapping(oauth2) ? oauth2 : {};
        const at = [...path, 'oauth2'];
        if (present(basic) && !present(authorization))
            conflict('Only one of `basic_auth`, `oauth2` and `authorization` may be set.');
        if (!set('client_id', o))
            issues.error('missing-field', at, '`oauth2` has no `client_id`.', 'Set the OAuth2 client ID.', { target: 'key' });
        if (!set('token_url', o))
            issues.error('missing-field', at, '`oauth2` has no `token_url`.', 'Set the URL tokens are fetched from.', { target: 'key' });
        if (go_values_text(o.grant_type) === JWT_BEARER) {
            atMostOne(issues, at, o, ['client_certificate_key', 'client_certificate_key_file', 'client_certificate_key_ref']);
            const algorithm = go_values_text(o.signature_algorithm);
            if (algorithm !== '' && !['RS256', 'RS384', 'RS512'].includes(algorithm)) {
                issues.error('bad-value', [...at, 'signature_algorithm'], `\`${algorithm}\` is not a supported signature algorithm.`, 'Use `RS256`, `RS384` or `RS512`.');
            }
        }
        else {
            atMostOne(issues, at, o, ['client_secret', 'client_secret_file', 'client_secret_ref']);
        }
        // OAuth2.UnmarshalYAML validates its own proxy settings (it embeds ProxyConfig).
        checkProxy(o, at, issues);
        checkTlsConfig(o.tls_config, [...at, 'tls_config'], issues);
    }
    checkProxy(config, path, issues);
    checkTlsConfig(config.tls_config, [...path, 'tls_config'], issues);
    checkHeaders(config.http_headers, [...path, 'http_headers'], issues);
}
/** What prometheus/common's TLSConfig.Validate refuses. */
function checkTlsConfig(config, path, issues) {
    if (!go_values_isMapping(config))
        return;
    atMostOne(issues, path, config, ['ca', 'ca_file', 'ca_ref']);
    atMostOne(issues, path, config, ['cert', 'cert_file', 'cert_ref']);
    atMostOne(issues, path, config, ['key', 'key_file', 'key_ref']);
    const cert = ['cert', 'cert_file', 'cert_ref'].some((k) => go_values_text(config[k]) !== '');
    const key = ['key', 'key_file', 'key_ref'].some((k) => go_values_text(config[k]) !== '');
    if (cert && !key)
        issues.error('missing-field', path, 'A client certificate is set without its key.', 'Set `key_file` (or `key`) too.', { target: 'key' });
    if (key && !cert)
        issues.error('missing-field', path, 'A client key is set without its certificate.', 'Set `cert_file` (or `cert`) too.', { target: 'key' });
}
/** Headers an HTTP client adds to its requests (prometheus/common's Headers). */
function checkHeaders(headers, path, issues) {
    if (!go_values_isMapping(headers))
        return;
    for (const name of Object.keys(headers)) {
        const canonical = canonicalHeader(name);
        if (RESERVED_HEADERS.has(canonical)) {
            issues.error('reserved-header', [...path, name], `The header \`${canonical}\` cannot be set here.`, 'The HTTP client sets it itself; use `authorization` or `basic_auth` for credentials.', { target: 'key' });
        }
    }
}
function checkProxy(config, path, issues) {
    const proxyUrl = go_values_text(config.proxy_url);
    const fromEnvironment = truthy(config.proxy_from_environment);
    const noProxy = go_values_text(config.no_proxy) !== '';
    const connectHeader = go_values_isMapping(config.proxy_connect_header) && Object.keys(config.proxy_connect_header).length > 0;
    const refuse = (key, message, help) => issues.error('http-config', [...path, key], message, help, { target: 'key' });
    if (proxyUrl !== '') {
        const problem = urlParseProblem(proxyUrl);
        if (problem)
            issues.error('bad-url', [...path, 'proxy_url'], `\`proxy_url\` is not a valid URL: ${problem}.`, 'Write a URL such as `http://proxy.example.org:3128`.');
    }
    if (connectHeader && !fromEnvironment && proxyUrl === '')
        refuse('proxy_connect_header', '`proxy_connect_header` needs a proxy.', 'Set `proxy_url` or `proxy_from_environment: true` too.');
    if (fromEnvironment && proxyUrl !== '')
        refuse('proxy_url', '`proxy_url` cannot be set with `proxy_from_environment`.', 'Keep one of the two.');
    if (fromEnvironment && noProxy)
        refuse('no_proxy', '`no_proxy` cannot be set with `proxy_from_environment`.', 'The environment\'s `NO_PROXY` applies instead.');
    if (noProxy && !present(config.proxy_url))
        refuse('no_proxy', '`no_proxy` needs `proxy_url`.', 'Set `proxy_url` too, or remove `no_proxy`.');
}
/** Reports when more than one of `keys` is set (non-empty) in `config`, at the second one. */
function atMostOne(issues, path, config, keys, isSet = (v) => go_values_text(v) !== '') {
    const used = keys.filter((k) => isSet(config[k]));
    if (used.length < 2)
        return;
    const names = used.map((k) => `\`${k}\``);
    const listed = names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    issues.error('secret-and-file', [...path, used[1]], `Only one of ${listed} may be set.`, 'Keep one (a `_file` keeps the secret out of the config) and remove the other.', { target: 'key' });
}
/** Go's textproto.CanonicalMIMEHeaderKey: `x-custom-header` becomes `X-Custom-Header`. */
function canonicalHeader(name) {
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name))
        return name;
    return name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash, letter) => dash + letter.toUpperCase());
}

;// CONCATENATED MODULE: ./src/alertmanager/check-receivers.ts


/** Every integration a receiver can have in the current release, by its list key. */
const INTEGRATION_KEYS = [
    'discord_configs', 'email_configs', 'incidentio_configs', 'pagerduty_configs', 'slack_configs', 'webhook_configs', 'opsgenie_configs',
    'wechat_configs', 'pushover_configs', 'victorops_configs', 'sns_configs', 'telegram_configs', 'webex_configs', 'msteams_configs',
    'msteamsv2_configs', 'jira_configs', 'rocketchat_configs', 'mattermost_configs',
];
/**
 * Integrations a null list item (`- `) is refused for: config.go says "missing ... config".
 * The others (slack, opsgenie, wechat, rocketchat) read a null item as an empty config.
 */
const NULL_REFUSED = new Set(['discord', 'email', 'incidentio', 'pagerduty', 'webhook', 'pushover', 'victorops', 'sns', 'telegram', 'webex', 'msteams', 'msteamsv2', 'jira', 'mattermost']);
/** Checks `receivers` and returns the receiver names. */
function checkReceivers(receivers, global, issues) {
    const names = new Set();
    list(receivers).forEach((receiver, i) => {
        if (!go_values_isMapping(receiver))
            return;
        const at = ['receivers', i];
        const name = go_values_text(receiver.name);
        if (name === '')
            issues.error('receiver-name', at, 'This receiver has no `name`.', 'Name it: routes send alerts to receivers by name.', { target: 'key' });
        else if (names.has(name))
            issues.error('duplicate-receiver', [...at, 'name'], `Another receiver is already named \`${name}\`.`, 'Give each receiver its own name, or merge the two.');
        names.add(name);
        if (go_values_isMapping(receiver.labels) && 'name' in receiver.labels && go_values_text(receiver.labels.name) !== name) {
            issues.error('receiver-label-name', [...at, 'labels', 'name'], `The label \`name\` must equal the receiver's name \`${name}\`.`, 'Remove the label: Alertmanager sets it to the receiver name.');
        }
        for (const key of INTEGRATION_KEYS) {
            const kind = key.replace(/_configs$/, '');
            list(receiver[key]).forEach((item, j) => {
                const path = [...at, key, j];
                if (!present(item) && NULL_REFUSED.has(kind)) {
                    issues.error('missing-integration-config', path, `This item of \`${key}\` is empty.`, 'Fill in the integration, or remove the empty `-` entry.');
                    return;
                }
                const config = go_values_isMapping(item) ? item : {};
                checkHttpConfig(config.http_config, [...path, 'http_config'], issues);
                check_receivers_CHECKS[kind](config, path, global, issues);
            });
        }
    });
    return names;
}
/** What config.go refuses in `global` itself. */
function checkGlobal(global, issues) {
    const at = ['global'];
    for (const [secret, file] of [
        ['slack_app_token', 'slack_app_token_file'],
        ['opsgenie_api_key', 'opsgenie_api_key_file'],
        ['victorops_api_key', 'victorops_api_key_file'],
        ['telegram_bot_token', 'telegram_bot_token_file'],
        ['smtp_auth_password', 'smtp_auth_password_file'],
        ['smtp_auth_secret', 'smtp_auth_secret_file'],
        ['wechat_api_secret', 'wechat_api_secret_file'],
    ]) {
        atMostOne(issues, at, global, [secret, file]);
    }
    for (const [pointer, file] of [
        ['slack_api_url', 'slack_api_url_file'],
        ['rocketchat_token', 'rocketchat_token_file'],
        ['rocketchat_token_id', 'rocketchat_token_id_file'],
        ['mattermost_webhook_url', 'mattermost_webhook_url_file'],
    ]) {
        pointerAndFile(global, at, pointer, file, issues);
    }
    const appToken = set(global, 'slack_app_token') || set(global, 'slack_app_token_file');
    const apiUrl = present(global.slack_api_url) || set(global, 'slack_api_url_file');
    // A slack_api_url equal to slack_app_url is the old workaround for app tokens, still allowed.
    if (appToken && apiUrl && go_values_text(global.slack_api_url) !== go_values_text(globalDefault(global, 'slack_app_url'))) {
        issues.error('conflicting-fields', [...at, 'slack_api_url'], 'Slack app tokens (`slack_app_token`) and webhook URLs (`slack_api_url`) cannot both be set in `global`.', 'Keep one way of reaching Slack.', { target: 'key' });
    }
    for (const key of ['jira_api_url', 'slack_app_url', 'pagerduty_url', 'opsgenie_api_url', 'wechat_api_url', 'victorops_api_url', 'telegram_api_url', 'webex_api_url', 'rocketchat_api_url']) {
        checkUrl(global, key, at, issues);
    }
    checkUrl(global, 'slack_api_url', at, issues, 'secret');
    checkUrl(global, 'mattermost_webhook_url', at, issues, 'secret');
    checkHostPort(global, 'smtp_smarthost', at, issues);
    checkHttpConfig(global.http_config, [...at, 'http_config'], issues);
    checkTlsConfig(global.smtp_tls_config, [...at, 'smtp_tls_config'], issues);
}
const DEFAULT_URLS = {
    pagerduty_url: 'https://events.pagerduty.com/v2/enqueue',
    opsgenie_api_url: 'https://api.opsgenie.com/',
    wechat_api_url: 'https://qyapi.weixin.qq.com/cgi-bin/',
    victorops_api_url: 'https://alert.victorops.com/integrations/generic/20131114/alert/',
    telegram_api_url: 'https://api.telegram.org',
    webex_api_url: 'https://webexapis.com/v1/messages',
    rocketchat_api_url: 'https://open.rocket.chat/',
    slack_app_url: 'https://slack.com/api/chat.postMessage',
};
/** A `global` URL with its default; written as null it is unset, default and all. */
function globalDefault(global, key) {
    return key in global ? global[key] : DEFAULT_URLS[key];
}
function set(config, key) {
    return go_values_text(config[key]) !== '';
}
function pointerAndFile(config, at, pointer, file, issues) {
    atMostOne(issues, at, config, [pointer, file], (v) => (v === config[pointer] ? present(v) : go_values_text(v) !== ''));
}
/** `secret`: a secret URL, never repeated in a message (`<secret>` is accepted as Alertmanager prints it). */
function checkUrl(config, key, at, issues, kind = 'url') {
    if (!present(config[key]))
        return;
    const raw = go_values_text(config[key]);
    if (kind === 'secret' && raw === '<secret>')
        return;
    // A templated webhook URL is rendered per notification; only a plain one is checked now.
    if (kind === 'template' && (raw === '' || raw === '<secret>' || raw.includes('{{')))
        return;
    const problem = httpUrlProblem(raw);
    if (problem)
        issues.error('bad-url', [...at, key], `\`${key}\` is not a valid URL: ${problem}.`, 'Write a full `https://` (or `http://`) URL with a host.');
}
function checkHostPort(config, key, at, issues) {
    const raw = go_values_text(config[key]);
    const problem = raw === '' ? undefined : hostPortProblem(raw);
    if (problem)
        issues.error('bad-address', [...at, key], `\`${raw}\` is not a valid address: ${problem}.`, 'Write `host:port`, such as `smtp.example.org:587`.');
}
/** Reports a required value missing both here and in `global`, at the integration. */
function missing(issues, at, message, help) {
    issues.error('missing-field', at, message, help, { target: 'key' });
}
function oneOf(config, at, issues, pointer, file, what) {
    if (!present(config[pointer]) && !set(config, file))
        missing(issues, at, `This config has no ${what}.`, `Set \`${pointer}\` or \`${file}\`.`);
    pointerAndFile(config, at, pointer, file, issues);
}
/** Whether an http_config carries authorization (a `bearer_token` becomes one when loaded). */
function hasAuthorization(httpConfig) {
    return go_values_isMapping(httpConfig) && (present(httpConfig.authorization) || set(httpConfig, 'bearer_token') || set(httpConfig, 'bearer_token_file'));
}
const check_receivers_CHECKS = {
    discord(c, at, _g, issues) {
        oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
        checkUrl(c, 'webhook_url', at, issues, 'secret');
    },
    msteams(c, at, _g, issues) {
        oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
        checkUrl(c, 'webhook_url', at, issues, 'secret');
    },
    msteamsv2(c, at, _g, issues) {
        oneOf(c, at, issues, 'webhook_url', 'webhook_url_file', 'webhook URL');
        checkUrl(c, 'webhook_url', at, issues, 'secret');
    },
    mattermost(c, at, g, issues) {
        pointerAndFile(c, at, 'webhook_url', 'webhook_url_file', issues);
        if (!present(c.webhook_url) && !set(c, 'webhook_url_file') && !present(g.mattermost_webhook_url) && !set(g, 'mattermost_webhook_url_file')) {
            missing(issues, at, 'This config has no webhook URL.', 'Set `webhook_url` or `webhook_url_file`, or `mattermost_webhook_url` in `global`.');
        }
        checkUrl(c, 'webhook_url', at, issues, 'secret');
        const fields = (value, path) => list(value).forEach((field, i) => requireTexts(field, [...path, i], ['title', 'value'], 'field', issues));
        fields(c.fields, [...at, 'fields']);
        list(c.attachments).forEach((attachment, i) => fields(go_values_isMapping(attachment) ? attachment.fields : undefined, [...at, 'attachments', i, 'fields']));
    },
    email(c, at, g, issues) {
        if (!set(c, 'to'))
            missing(issues, at, 'This email config has no `to` address.', 'Set `to`.');
        if (!set(c, 'smarthost') && !set(g, 'smtp_smarthost'))
            missing(issues, at, 'This email config has no SMTP server.', 'Set `smarthost`, or `smtp_smarthost` in `global`.');
        if (!set(c, 'from') && !set(g, 'smtp_from'))
            missing(issues, at, 'This email config has no `from` address.', 'Set `from`, or `smtp_from` in `global`.');
        checkHostPort(c, 'smarthost', at, issues);
        for (const [secret, file] of [['auth_password', 'auth_password_file'], ['auth_secret', 'auth_secret_file']]) {
            if (set(c, secret) && set(c, file)) {
                issues.warning('secret-and-file', [...at, secret], `\`${secret}\` is ignored: \`${file}\` is set too.`, `Remove \`${secret}\` (keep the file).`, { target: 'key' });
            }
        }
        const seen = new Set();
        for (const name of go_values_isMapping(c.headers) ? Object.keys(c.headers) : []) {
            const canonical = canonicalHeader(name);
            if (seen.has(canonical))
                issues.error('duplicate-header', [...at, 'headers', name], `The header \`${canonical}\` is set twice.`, 'Header names ignore case: keep one.', { target: 'key' });
            seen.add(canonical);
        }
        const threading = go_values_isMapping(c.threading) ? c.threading : {};
        if (truthy(threading.enabled)) {
            for (const header of ['References', 'In-Reply-To']) {
                if (seen.has(header))
                    issues.error('conflicting-fields', [...at, 'threading'], `Threading cannot be enabled with a custom \`${header}\` header.`, `Remove the \`${header}\` header, or threading.`, { target: 'key' });
            }
            if (!['none', 'daily'].includes(go_values_text(threading.thread_by_date))) {
                issues.error('bad-value', [...at, 'threading', 'thread_by_date'], '`thread_by_date` must be `none` or `daily` when threading is enabled.', 'Set `thread_by_date: daily` (or `none`).', { target: 'key' });
            }
        }
        checkTlsConfig(c.tls_config, [...at, 'tls_config'], issues);
    },
    incidentio(c, at, _g, issues) {
        oneOf(c, at, issues, 'url', 'url_file', 'URL');
        atMostOne(issues, at, c, ['alert_source_token', 'alert_source_token_file']);
        const token = set(c, 'alert_source_token') || set(c, 'alert_source_token_file');
        const http = c.http_config;
        if (hasAuthorization(http) && token) {
            issues.error('conflicting-fields', [...at, 'http_config'], '`alert_source_token` cannot be set with `http_config.authorization`.', 'Keep one of the two.', { target: 'key' });
        }
        if (present(http) && !hasAuthorization(http) && !token) {
            missing(issues, at, 'This config has no alert source token.', 'Set `alert_source_token`, `alert_source_token_file` or `http_config.authorization`.');
        }
        checkUrl(c, 'url', at, issues);
    },
    pagerduty(c, at, g, issues) {
        if (!['routing_key', 'service_key', 'routing_key_file', 'service_key_file'].some((k) => set(c, k))) {
            missing(issues, at, 'This PagerDuty config has no routing or service key.', 'Set `routing_key` (Events API v2) or `service_key`, or their `_file` variants.');
        }
        atMostOne(issues, at, c, ['routing_key', 'routing_key_file']);
        atMostOne(issues, at, c, ['service_key', 'service_key_file']);
        if (!present(c.url) && !present(globalDefault(g, 'pagerduty_url')))
            missing(issues, at, 'This PagerDuty config has no URL.', 'Set `url`, or `pagerduty_url` in `global`.');
        checkUrl(c, 'url', at, issues);
    },
    slack(c, at, g, issues) {
        pointerAndFile(c, at, 'api_url', 'api_url_file', issues);
        atMostOne(issues, at, c, ['app_token', 'app_token_file']);
        const localUrl = present(c.api_url) || set(c, 'api_url_file');
        const localToken = set(c, 'app_token') || set(c, 'app_token_file');
        if (localUrl && localToken) {
            issues.error('conflicting-fields', [...at, 'app_token' in c ? 'app_token' : 'app_token_file'], 'A Slack config takes a webhook URL (`api_url`) or an app token (`app_token`), not both.', 'Keep one way of reaching Slack.', { target: 'key' });
        }
        if (truthy(c.update_message) && go_values_text(c.api_url) !== 'https://slack.com/api/chat.postMessage') {
            issues.error('conflicting-fields', [...at, 'update_message'], '`update_message` needs a bot token, with `api_url: https://slack.com/api/chat.postMessage`.', 'Webhook URLs cannot update messages: use an app token, or remove `update_message`.', { target: 'key' });
        }
        if (!present(c.app_url) && !present(globalDefault(g, 'slack_app_url')))
            missing(issues, at, 'This Slack config has no app URL.', 'Set `app_url`, or `slack_app_url` in `global`.');
        // config.go: the global app token applies only without a local authorization or api_url.
        const token = localToken || (!hasAuthorization(c.http_config) && !present(c.api_url) && (set(g, 'slack_app_token') || set(g, 'slack_app_token_file')));
        const url = localUrl || present(g.slack_api_url) || set(g, 'slack_api_url_file');
        if (!url && !token) {
            missing(issues, at, 'This Slack config has neither a webhook URL nor an app token.', 'Set `api_url` (or `api_url_file`), `app_token` (or `app_token_file`), or `slack_api_url` in `global`.');
        }
        const http = present(c.http_config) ? c.http_config : g.http_config;
        if (token && hasAuthorization(http)) {
            const where = present(c.http_config) ? [...at, 'http_config'] : at;
            const message = present(c.http_config) ? 'An `http_config.authorization` cannot be used with a Slack app token.' : 'The Slack app token from `global` cannot be used with the authorization of `global.http_config`.';
            issues.error('conflicting-fields', where, message, 'The app token becomes the authorization: remove one of the two.', { target: 'key' });
        }
        checkUrl(c, 'api_url', at, issues, 'secret');
        checkUrl(c, 'app_url', at, issues);
        list(c.fields).forEach((field, i) => requireTexts(field, [...at, 'fields', i], ['title', 'value'], 'field', issues));
        list(c.actions).forEach((action, i) => {
            const path = [...at, 'actions', i];
            requireTexts(action, path, ['type', 'text'], 'action', issues);
            if (go_values_isMapping(action) && !set(action, 'url') && !set(action, 'name'))
                missing(issues, path, 'This Slack action has neither `url` nor `name`.', 'Set `url` (a link button) or `name` (a message action).');
            if (go_values_isMapping(action) && go_values_isMapping(action.confirm))
                requireTexts(action.confirm, [...path, 'confirm'], ['text'], 'confirmation', issues);
        });
    },
    webhook(c, at, _g, issues) {
        if (!set(c, 'url') && !set(c, 'url_file'))
            missing(issues, at, 'This webhook config has no URL.', 'Set `url` or `url_file`.');
        atMostOne(issues, at, c, ['url', 'url_file']);
        checkUrl(c, 'url', at, issues, 'template');
    },
    opsgenie(c, at, g, issues) {
        atMostOne(issues, at, c, ['api_key', 'api_key_file']);
        if (!present(c.api_url) && !present(globalDefault(g, 'opsgenie_api_url')))
            missing(issues, at, 'This OpsGenie config has no API URL.', 'Set `api_url`, or `opsgenie_api_url` in `global`.');
        if (![c.api_key, c.api_key_file, g.opsgenie_api_key, g.opsgenie_api_key_file].some((v) => go_values_text(v) !== '')) {
            missing(issues, at, 'This OpsGenie config has no API key.', 'Set `api_key` or `api_key_file`, or `opsgenie_api_key` in `global`.');
        }
        checkUrl(c, 'api_url', at, issues);
        list(c.responders).forEach((item, i) => {
            // Responders are plain structs: a null item is an empty responder, and refused as one.
            const responder = go_values_isMapping(item) ? item : {};
            const path = [...at, 'responders', i];
            if (!set(responder, 'id') && !set(responder, 'username') && !set(responder, 'name'))
                missing(issues, path, 'This responder has no `id`, `username` or `name`.', 'Identify the responder with one of them.');
            const type = go_values_text(responder.type);
            const help = 'Use `team`, `teams`, `user`, `escalation` or `schedule`.';
            if (type === '')
                missing(issues, path, 'This responder has no `type`.', help);
            else if (!type.includes('{{') && !/^(team|teams|user|escalation|schedule)$/.test(type.toLowerCase())) {
                issues.error('bad-value', [...path, 'type'], `\`${type}\` is not a responder type.`, help);
            }
        });
    },
    wechat(c, at, g, issues) {
        atMostOne(issues, at, c, ['api_secret', 'api_secret_file']);
        if (!present(c.api_url) && !present(globalDefault(g, 'wechat_api_url')))
            missing(issues, at, 'This WeChat config has no API URL.', 'Set `api_url`, or `wechat_api_url` in `global`.');
        if (![c.api_secret, c.api_secret_file, g.wechat_api_secret, g.wechat_api_secret_file].some((v) => go_values_text(v) !== '')) {
            missing(issues, at, 'This WeChat config has no API secret.', 'Set `api_secret` or `api_secret_file`, or `wechat_api_secret` in `global`.');
        }
        if (!set(c, 'corp_id') && !set(g, 'wechat_api_corp_id'))
            missing(issues, at, 'This WeChat config has no corp ID.', 'Set `corp_id`, or `wechat_api_corp_id` in `global`.');
        checkUrl(c, 'api_url', at, issues);
    },
    pushover(c, at, _g, issues) {
        for (const [secret, file] of [['user_key', 'user_key_file'], ['token', 'token_file']]) {
            if (!set(c, secret) && !set(c, file))
                missing(issues, at, `This Pushover config has no \`${secret}\`.`, `Set \`${secret}\` or \`${file}\`.`);
            atMostOne(issues, at, c, [secret, file]);
        }
        if (truthy(c.html) && truthy(c.monospace))
            issues.error('conflicting-fields', [...at, 'monospace'], '`html` and `monospace` cannot both be set.', 'Pick one message format.', { target: 'key' });
    },
    victorops(c, at, g, issues) {
        if (!set(c, 'routing_key'))
            missing(issues, at, 'This VictorOps config has no `routing_key`.', 'Set `routing_key`.');
        atMostOne(issues, at, c, ['api_key', 'api_key_file']);
        if (!present(c.api_url) && !present(globalDefault(g, 'victorops_api_url')))
            missing(issues, at, 'This VictorOps config has no API URL.', 'Set `api_url`, or `victorops_api_url` in `global`.');
        if (![c.api_key, c.api_key_file, g.victorops_api_key, g.victorops_api_key_file].some((v) => go_values_text(v) !== '')) {
            missing(issues, at, 'This VictorOps config has no API key.', 'Set `api_key` or `api_key_file`, or `victorops_api_key` in `global`.');
        }
        for (const field of go_values_isMapping(c.custom_fields) ? Object.keys(c.custom_fields) : []) {
            if (['routing_key', 'message_type', 'state_message', 'entity_display_name', 'monitoring_tool', 'entity_id', 'entity_state'].includes(field)) {
                issues.error('bad-value', [...at, 'custom_fields', field], `\`${field}\` cannot be a custom field: VictorOps sets it itself.`, 'Use the config field of that name, or another name.', { target: 'key' });
            }
        }
        checkUrl(c, 'api_url', at, issues);
    },
    sns(c, at, _g, issues) {
        const targets = ['target_arn', 'topic_arn', 'phone_number'].filter((k) => set(c, k));
        // config.go XORs the three "is empty" tests, so one target or all three pass.
        const help = 'Set exactly one of `topic_arn`, `target_arn` and `phone_number`.';
        if (targets.length === 0)
            missing(issues, at, 'This SNS config has no target.', help);
        if (targets.length === 2)
            issues.error('conflicting-fields', [...at, targets[1]], `This SNS config has two targets, \`${targets[0]}\` and \`${targets[1]}\`.`, help, { target: 'key' });
        const sigv4 = go_values_isMapping(c.sigv4) ? c.sigv4 : {};
        if (set(sigv4, 'access_key') !== set(sigv4, 'secret_key')) {
            missing(issues, [...at, 'sigv4'], 'SigV4 needs both `access_key` and `secret_key`, or neither.', 'Set the missing one, or remove both to use the default AWS credentials.');
        }
        if (set(sigv4, 'external_id') && !set(sigv4, 'role_arn')) {
            issues.error('missing-field', [...at, 'sigv4', 'external_id'], '`external_id` needs `role_arn`.', 'Set the role to assume, or remove `external_id`.', { target: 'key' });
        }
    },
    telegram(c, at, g, issues) {
        atMostOne(issues, at, c, ['bot_token', 'bot_token_file']);
        if (!go_values_text(c.chat_id).replace(/^0$/, '') && !set(c, 'chat_id_file'))
            missing(issues, at, 'This Telegram config has no `chat_id`.', 'Set `chat_id` or `chat_id_file`.');
        if (go_values_text(c.chat_id).replace(/^0$/, '') && set(c, 'chat_id_file'))
            atMostOne(issues, at, c, ['chat_id', 'chat_id_file']);
        if (![c.bot_token, c.bot_token_file, g.telegram_bot_token, g.telegram_bot_token_file].some((v) => go_values_text(v) !== '')) {
            missing(issues, at, 'This Telegram config has no bot token.', 'Set `bot_token` or `bot_token_file`, or `telegram_bot_token` in `global`.');
        }
        checkUrl(c, 'api_url', at, issues);
    },
    webex(c, at, _g, issues) {
        if (!set(c, 'room_id'))
            missing(issues, at, 'This Webex config has no `room_id`.', 'Set `room_id`.');
        if (!hasAuthorization(c.http_config))
            missing(issues, at, 'This Webex config has no `http_config.authorization`.', 'Set `http_config.authorization.credentials` (the bot token).');
        checkUrl(c, 'api_url', at, issues);
    },
    jira(c, at, g, issues) {
        if (!set(c, 'project'))
            missing(issues, at, 'This Jira config has no `project`.', 'Set `project`.');
        if (!set(c, 'issue_type'))
            missing(issues, at, 'This Jira config has no `issue_type`.', 'Set `issue_type`, such as `Bug`.');
        if (!present(c.api_url) && !present(g.jira_api_url))
            missing(issues, at, 'This Jira config has no API URL.', 'Set `api_url`, or `jira_api_url` in `global`.');
        checkUrl(c, 'api_url', at, issues);
    },
    rocketchat(c, at, g, issues) {
        pointerAndFile(c, at, 'token', 'token_file', issues);
        pointerAndFile(c, at, 'token_id', 'token_id_file', issues);
        for (const [pointer, file, what] of [['token_id', 'token_id_file', 'token ID'], ['token', 'token_file', 'token']]) {
            if (!present(c[pointer]) && !set(c, file) && !present(g[`rocketchat_${pointer}`]) && !set(g, `rocketchat_${file}`)) {
                missing(issues, at, `This Rocket.Chat config has no ${what}.`, `Set \`${pointer}\` or \`${file}\`, or \`rocketchat_${pointer}\` in \`global\`.`);
            }
        }
        checkUrl(c, 'api_url', at, issues);
    },
};
/** Checks that each of `keys` has a non-empty value in an item (a Slack field, an action, ...). */
function requireTexts(item, path, keys, what, issues) {
    if (!go_values_isMapping(item))
        return;
    for (const key of keys)
        if (!set(item, key))
            missing(issues, path, `This ${what} has no \`${key}\`.`, `Set \`${key}\`.`);
}

// EXTERNAL MODULE: ./src/promql/regex.ts
var promql_regex = __nccwpck_require__(572);
;// CONCATENATED MODULE: ./src/alertmanager/matchers.ts

/** Parses one `matchers:` entry (it may hold several matchers, comma-separated). */
function parseMatchers(input) {
    const utf8 = parseUtf8Matchers(input);
    const classic = parseClassicMatchers(input);
    if ('refusal' in utf8 && 'refusal' in classic) {
        const { start, end, reason, regexp } = utf8.refusal.regexp || !classic.refusal.regexp ? utf8.refusal : classic.refusal;
        const help = regexp
            ? 'Regular expressions use Go (RE2) syntax: no look-arounds or back-references.'
            : 'Write matchers as `name="value"`, `name!="value"`, `name=~"regex"` or `name!~"regex"`, with the value in double quotes.';
        return { matchers: [], problems: [{ id: regexp ? 'bad-regexp' : 'bad-matcher', start, end, message: `\`${input}\` is not a valid matcher: ${reason}.`, help }] };
    }
    // Alertmanager takes the classic reading whenever the two differ.
    const used = 'matchers' in classic ? classic.matchers : utf8.matchers;
    const whole = { start: 0, end: Math.max(input.length, 1) };
    if (used.length === 0) {
        const message = `\`${input}\` holds no matcher, so it adds no condition.`;
        return { matchers: [], problems: [{ id: 'empty-matcher', severity: 'warning', ...whole, message, help: 'Remove the empty entry.' }] };
    }
    const suggestion = used.map(formatMatcher).join(',');
    if ('refusal' in utf8) {
        const { start, end, reason } = utf8.refusal;
        const message = `\`${input}\` is read only by Alertmanager's old matcher parser (the UTF-8 parser says: ${reason}).`;
        const help = `Write it as \`${suggestion}\`, which both parsers read the same way; UTF-8 strict mode refuses the current form.`;
        return { matchers: used, problems: [{ id: 'matcher-fallback', severity: 'warning', start, end, message, help }] };
    }
    if ('matchers' in classic && !sameMatchers(utf8.matchers, classic.matchers)) {
        const strict = utf8.matchers.map(formatMatcher).join(',');
        const message = `Alertmanager's two matcher parsers read \`${input}\` differently: \`${suggestion}\` (used for now) and \`${strict}\` (UTF-8 strict mode).`;
        const help = `Write \`${suggestion}\` to keep today's meaning under both parsers.`;
        return { matchers: used, problems: [{ id: 'matcher-disagreement', severity: 'warning', ...whole, message, help }] };
    }
    return { matchers: utf8.matchers, problems: [] };
}
/** Whether a label value satisfies a matcher; a missing label counts as the empty string. */
function matchers_matcherMatches(matcher, labels) {
    const value = labels[matcher.name] ?? '';
    switch (matcher.type) {
        case '=':
            return value === matcher.value;
        case '!=':
            return value !== matcher.value;
        case '=~':
            return (0,promql_regex/* anchoredMatcher */.L9)(matcher.value)?.(value) ?? false;
        case '!~':
            return !((0,promql_regex/* anchoredMatcher */.L9)(matcher.value)?.(value) ?? false);
    }
}
/** A matcher as Alertmanager prints it (labels.Matcher.String). */
function formatMatcher(m) {
    if ([...m.name].some(isReserved))
        return `${goQuote(m.name)}${m.type}${goQuote(m.value)}`;
    return `${m.name}${m.type}"${m.value.replace(/[\\\n"]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"`;
}
function sameMatchers(a, b) {
    return a.length === b.length && a.every((m, i) => m.name === b[i].name && m.type === b[i].type && m.value === b[i].value);
}
function newMatcher(type, name, value, at) {
    if (type === '=~' || type === '!~') {
        const error = (0,promql_regex/* goRegexpError */.c5)(value);
        if (error !== undefined)
            return { ...at, reason: `\`${value}\` is not a valid regular expression (${error})`, regexp: true };
    }
    return { name, type, value };
}
// ---------------------------------------------------------------------------------------------
// The UTF-8 parser (matcher/parse): a lexer of quoted and unquoted tokens, then a small grammar.
const RESERVED = '{}!=~,\\"\'`';
const WHITE_SPACE = /^\p{White_Space}$/u;
function isSpace(ch) {
    // ASCII first: the Unicode property test is slow, and matchers are mostly ASCII.
    if (ch < '\x80')
        return ch === ' ' || (ch >= '\t' && ch <= '\r');
    return WHITE_SPACE.test(ch);
}
function isReserved(ch) {
    return isSpace(ch) || RESERVED.includes(ch);
}
class Refused extends Error {
    refusal;
    constructor(refusal) {
        super(refusal.reason);
        this.refusal = refusal;
    }
}
class Lexer {
    input;
    at = 0;
    constructor(input) {
        this.input = input;
    }
    /** The next token without consuming it. */
    peek() {
        const saved = this.at;
        const token = this.scan();
        this.at = saved;
        return token;
    }
    scan() {
        const { input } = this;
        while (this.at < input.length) {
            const start = this.at;
            const ch = String.fromCodePoint(input.codePointAt(start));
            if (ch === '{' || ch === '}' || ch === ',')
                return this.emit(ch, start, start + 1);
            if (ch === '=' || ch === '!')
                return this.operator(start);
            if (ch === '"')
                return this.quoted(start);
            if (!isReserved(ch))
                return this.unquoted(start);
            if (!isSpace(ch))
                throw new Refused({ start, end: start + ch.length, reason: `\`${ch}\` cannot appear here (quote values that contain it)` });
            this.at += ch.length;
        }
        return { kind: 'eof', text: '', start: input.length, end: input.length };
    }
    emit(kind, start, end) {
        this.at = end;
        return { kind, text: this.input.slice(start, end), start, end };
    }
    operator(start) {
        const two = this.input.slice(start, start + 2);
        if (two === '!=' || two === '!~' || two === '=~')
            return this.emit(two, start, start + 2);
        if (two[0] === '=')
            return this.emit('=', start, start + 1);
        throw new Refused({ start, end: start + two.length, reason: '`!` must be followed by `=` or `~`' });
    }
    quoted(start) {
        let escaped = false;
        for (let i = start + 1; i < this.input.length; i++) {
            const ch = this.input[i];
            if (escaped)
                escaped = false;
            else if (ch === '\\')
                escaped = true;
            else if (ch === '"')
                return this.emit('quoted', start, i + 1);
        }
        throw new Refused({ start, end: this.input.length, reason: 'a double-quoted string has no closing `"`' });
    }
    unquoted(start) {
        let end = start;
        while (end < this.input.length) {
            const ch = String.fromCodePoint(this.input.codePointAt(end));
            if (isReserved(ch))
                break;
            end += ch.length;
        }
        return this.emit('unquoted', start, end);
    }
}
const DESCRIBE = {
    eof: 'the end of the text',
    '{': '`{`',
    '}': '`}`',
    ',': '`,`',
    '=': '`=`',
    '!=': '`!=`',
    '=~': '`=~`',
    '!~': '`!~`',
    quoted: 'a quoted string',
    unquoted: 'a word',
};
function parseUtf8Matchers(input) {
    try {
        return { matchers: new Utf8Parser(input).parse() };
    }
    catch (error) {
        if (error instanceof Refused)
            return { refusal: error.refusal };
        throw error;
    }
}
class Utf8Parser {
    input;
    lexer;
    matchers = [];
    constructor(input) {
        this.input = input;
        this.lexer = new Lexer(input);
    }
    parse() {
        let next = this.lexer.peek();
        const hasOpenBrace = next.kind === '{';
        if (hasOpenBrace) {
            this.lexer.scan();
            next = this.lexer.peek();
        }
        else if (next.kind === 'eof') {
            return this.matchers;
        }
        // Matchers separated by commas (a trailing comma is allowed), up to `}` or the end.
        while (next.kind !== '}' && next.kind !== 'eof') {
            this.matcher();
            next = this.lexer.peek();
            if (next.kind === ',') {
                this.lexer.scan();
                next = this.lexer.peek();
                if (next.kind !== '}' && next.kind !== 'eof' && next.kind !== 'quoted' && next.kind !== 'unquoted') {
                    this.refuse(next, 'expected a matcher or `}` after `,`');
                }
            }
            else if (next.kind !== '}' && next.kind !== 'eof') {
                this.refuse(next, 'expected `,` or `}` after a matcher');
            }
        }
        if (hasOpenBrace && next.kind !== '}')
            this.refuse(next, 'the opening `{` is never closed', false);
        if (!hasOpenBrace && next.kind === '}')
            this.refuse(next, 'a closing `}` has no opening `{`', false);
        if (next.kind === '}')
            this.lexer.scan();
        const rest = this.lexer.scan();
        if (rest.kind !== 'eof')
            this.refuse(rest, 'nothing may follow the closing `}`', false);
        return this.matchers;
    }
    matcher() {
        const name = this.expect(['quoted', 'unquoted'], 'expected a label name');
        const operator = this.expect(['=', '!=', '=~', '!~'], 'expected an operator (`=`, `!=`, `=~` or `!~`)');
        const value = this.expect(['quoted', 'unquoted'], 'expected a label value');
        const m = newMatcher(operator.kind, this.unquote(name), this.unquote(value), value);
        if ('reason' in m)
            throw new Refused(m);
        this.matchers.push(m);
    }
    expect(kinds, expected) {
        const token = this.lexer.scan();
        if (!kinds.includes(token.kind))
            this.refuse(token, expected);
        return token;
    }
    unquote(token) {
        if (token.kind !== 'quoted')
            return token.text;
        const value = goUnquote(token.text);
        if (value === undefined)
            throw new Refused({ start: token.start, end: token.end, reason: `${token.text} is not a valid double-quoted string (escape \`"\` and \`\\\` with a backslash)` });
        return value;
    }
    /** Refuses at `token`: an end of text is pointed at through the last character. */
    refuse(token, reason, sayWhatWasFound = true) {
        const at = token.kind === 'eof' ? { start: Math.max(0, this.input.length - 1), end: this.input.length } : token;
        const found = token.kind === 'eof' ? 'but the text ends' : `not ${token.kind === 'unquoted' ? `\`${token.text}\`` : DESCRIBE[token.kind]}`;
        throw new Refused({ start: at.start, end: at.end, reason: sayWhatWasFound ? `${reason}, ${found}` : reason });
    }
}
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const matchers_SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };
/** Go's strconv.Unquote for a double-quoted string, requiring valid UTF-8 as the parser does. */
function goUnquote(text) {
    const body = text.slice(1, -1);
    if (body.includes('\n'))
        return undefined;
    // Without escapes the text is the value (the lexer stopped at the first unescaped quote).
    if (!body.includes('\\'))
        return body;
    const bytes = [];
    for (let i = 0; i < body.length;) {
        const ch = String.fromCodePoint(body.codePointAt(i));
        if (ch === '"')
            return undefined;
        if (ch !== '\\') {
            bytes.push(...encoder.encode(ch));
            i += ch.length;
            continue;
        }
        const c = body[i + 1];
        if (c in matchers_SIMPLE_ESCAPES) {
            bytes.push(matchers_SIMPLE_ESCAPES[c]);
            i += 2;
            continue;
        }
        const hexLength = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
        if (hexLength > 0) {
            const hex = body.slice(i + 2, i + 2 + hexLength);
            if (!new RegExp(`^[0-9A-Fa-f]{${hexLength}}$`).test(hex))
                return undefined;
            const code = parseInt(hex, 16);
            if (c === 'x')
                bytes.push(code);
            else if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                return undefined;
            else
                bytes.push(...encoder.encode(String.fromCodePoint(code)));
            i += 2 + hexLength;
            continue;
        }
        const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
        if (octal && parseInt(octal[0], 8) <= 255) {
            bytes.push(parseInt(octal[0], 8));
            i += 4;
            continue;
        }
        return undefined;
    }
    try {
        return decoder.decode(new Uint8Array(bytes));
    }
    catch {
        return undefined;
    }
}
/** Go's strconv.Quote, enough for label names and values (printable text, common escapes). */
function goQuote(s) {
    return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
}
// ---------------------------------------------------------------------------------------------
// The classic parser (pkg/labels): split at commas outside double quotes, then one regexp per
// matcher. Go's `\s` is ASCII whitespace only.
const CLASSIC_MATCHER = /^[\t\n\f\r ]*([a-zA-Z_:][a-zA-Z0-9_:]*)[\t\n\f\r ]*(=~|=|!=|!~)[\t\n\f\r ]*([^]*?)[\t\n\f\r ]*$/;
function parseClassicMatchers(input) {
    let text = input;
    let offset = 0;
    if (text.startsWith('{')) {
        text = text.slice(1);
        offset = 1;
    }
    if (text.endsWith('}'))
        text = text.slice(0, -1);
    const pieces = [];
    let inQuotes = false;
    let escaped = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === ',' && !inQuotes) {
            pieces.push({ text: text.slice(start, i), start: offset + start });
            start = i + 1;
            continue;
        }
        if (ch === '"') {
            if (!escaped)
                inQuotes = !inQuotes;
            else
                escaped = false;
        }
        else if (ch === '\\')
            escaped = !escaped;
        else
            escaped = false;
    }
    const last = text.slice(start);
    const trimmed = last.trim();
    if (trimmed !== '')
        pieces.push({ text: trimmed, start: offset + start + last.indexOf(trimmed) });
    const matchers = [];
    for (const piece of pieces) {
        const m = parseClassicMatcher(piece.text, piece.start);
        if ('reason' in m)
            return { refusal: m };
        matchers.push(m);
    }
    return { matchers };
}
function parseClassicMatcher(text, start) {
    const whole = { start, end: start + Math.max(text.length, 1) };
    const match = CLASSIC_MATCHER.exec(text);
    if (!match)
        return { ...whole, reason: `\`${text}\` is not of the form \`name="value"\`` };
    const [, name, operator, raw] = match;
    let rawValue = raw;
    let expectTrailingQuote = false;
    if (rawValue.startsWith('"')) {
        rawValue = rawValue.slice(1);
        expectTrailingQuote = true;
    }
    let value = '';
    let escaped = false;
    for (let i = 0; i < rawValue.length; i++) {
        const ch = rawValue[i];
        if (escaped) {
            escaped = false;
            value += ch === 'n' ? '\n' : ch === '"' || ch === '\\' ? ch : `\\${ch}`;
            continue;
        }
        if (ch === '\\') {
            if (i < rawValue.length - 1)
                escaped = true;
            else
                value += '\\';
        }
        else if (ch === '"') {
            if (!expectTrailingQuote || i < rawValue.length - 1)
                return { ...whole, reason: `the value \`${raw}\` contains an unescaped \`"\`` };
            expectTrailingQuote = false;
        }
        else
            value += ch;
    }
    if (expectTrailingQuote)
        return { ...whole, reason: `the value \`${raw}\` contains an unescaped \`"\`` };
    return newMatcher(operator, name, value, whole);
}

;// CONCATENATED MODULE: ./src/alertmanager/route.ts



const DEFAULTS = { groupWaitMs: 30_000, groupIntervalMs: 300_000, repeatIntervalMs: 14_400_000 };
/** The routing tree of a config (its `route`), or undefined when it has none. */
function buildRouteTree(config) {
    if (!go_values_isMapping(config) || !go_values_isMapping(config.route))
        return undefined;
    return buildNode(config.route, ['route'], undefined);
}
function buildNode(route, path, parent) {
    const groupByText = Array.isArray(route.group_by) ? route.group_by.map(go_values_text) : undefined;
    const ownGroupBy = groupByText?.filter((name) => name !== '...');
    // A list with labels (or an empty list) replaces the parent's; `['...']` alone only adds "all".
    const replacesGroupBy = groupByText !== undefined && (ownGroupBy.length > 0 || groupByText.length === 0);
    const node = {
        path,
        receiver: go_values_text(route.receiver) || (parent?.receiver ?? ''),
        groupBy: replacesGroupBy ? ownGroupBy : (parent?.groupBy ?? []),
        groupByAll: replacesGroupBy ? false : groupByText?.includes('...') || (parent?.groupByAll ?? false),
        groupWaitMs: modelDurationMs(route.group_wait) ?? parent?.groupWaitMs ?? DEFAULTS.groupWaitMs,
        groupIntervalMs: modelDurationMs(route.group_interval) ?? parent?.groupIntervalMs ?? DEFAULTS.groupIntervalMs,
        repeatIntervalMs: modelDurationMs(route.repeat_interval) ?? parent?.repeatIntervalMs ?? DEFAULTS.repeatIntervalMs,
        matchers: routeMatchers(route),
        continue: truthy(route.continue),
        muteTimeIntervals: list(route.mute_time_intervals).map(go_values_text),
        activeTimeIntervals: list(route.active_time_intervals).map(go_values_text),
        labels: { ...parent?.labels, ...(go_values_isMapping(route.labels) ? Object.fromEntries(Object.entries(route.labels).map(([k, v]) => [k, go_values_text(v)])) : {}) },
        routes: [],
    };
    list(route.routes).forEach((child, i) => {
        if (go_values_isMapping(child))
            node.routes.push(buildNode(child, [...path, 'routes', i], node));
    });
    return node;
}
function routeMatchers(route) {
    const matchers = [];
    for (const [key, type] of [['match', '='], ['match_re', '=~']]) {
        if (go_values_isMapping(route[key]))
            for (const [name, value] of Object.entries(route[key]))
                matchers.push({ name, type, value: go_values_text(value) });
    }
    for (const entry of list(route.matchers))
        matchers.push(...parseMatchers(go_values_text(entry)).matchers);
    return matchers;
}
/**
 * The routes an alert with these labels ends at, as Route.Match does: depth first; the first
 * child that matches ends the search among its siblings unless it has `continue: true`; a
 * route none of whose children match takes the alert itself.
 */
function matchRoutes(tree, labels) {
    if (!tree.matchers.every((m) => matcherMatches(m, labels)))
        return [];
    const all = [];
    for (const child of tree.routes) {
        const matches = matchRoutes(child, labels);
        all.push(...matches);
        if (matches.length > 0 && !child.continue)
            break;
    }
    return all.length > 0 ? all : [tree];
}
/** How many integrations each receiver has: 0 is a receiver that notifies nobody. */
function receiverIntegrations(config) {
    const counts = new Map();
    if (!go_values_isMapping(config))
        return counts;
    for (const receiver of list(config.receivers)) {
        if (!go_values_isMapping(receiver))
            continue;
        const count = INTEGRATION_KEYS.reduce((sum, key) => sum + list(receiver[key]).length, 0);
        counts.set(go_values_text(receiver.name), count);
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/promql/durations.ts
const PRECEDENCE = { ADD: 4, SUB: 4, MUL: 5, DIV: 5, MOD: 5, POW: 6 };
const UNARY_PRECEDENCE = 5;
/** `durationLiteralOutOfRange`: beyond what a Go `time.Duration` holds, in seconds. */
const MAX_SECONDS = 2 ** 63 / 1e9;
/**
 * Reads the duration expression starting at token `from`. After `offset`, it is one operand
 * (`offset 5m - 1` subtracts 1 from the offset selector, as in Prometheus); in brackets it runs
 * up to `:` or `]`.
 */
function durationSummary(tokens, from, afterOffset, valueOf, report) {
    const operands = [];
    const operators = [];
    const frames = [];
    const base = () => frames.at(-1)?.operatorBase ?? 0;
    const apply = () => {
        const { token, unary } = operators.pop();
        const rhs = operands.pop();
        if (unary) {
            if (rhs.literal && token.type === 'SUB')
                rhs.value = -rhs.value;
            if (rhs.literal && outOfRange(rhs.value))
                report(token.start, token.end, 'This duration is longer than Prometheus can count (about 292 years).');
            operands.push(rhs);
            return;
        }
        operands.pop();
        if ((token.type === 'DIV' || token.type === 'MOD') && rhs.literal && rhs.value === 0) {
            report(token.start, token.end, `A duration cannot be ${token.type === 'DIV' ? 'divided' : 'taken modulo'} by zero.`);
        }
        operands.push({ literal: false, value: 0 });
    };
    const reduceTo = (precedence, rightAssociative) => {
        while (operators.length > base()) {
            const top = operators.at(-1);
            const binds = top.unary ? precedence <= UNARY_PRECEDENCE : top.precedence > precedence || (top.precedence === precedence && !rightAssociative);
            if (!binds)
                return;
            apply();
        }
    };
    const reduceAll = () => {
        while (operators.length > base())
            apply();
    };
    let i = from;
    let expectOperand = true;
    const failAt = (index) => ({ start: tokens[from]?.start ?? 0, end: tokens[from]?.start ?? 0, literal: undefined, next: index, syntaxError: index });
    const emptyCall = () => tokens[i + 1]?.type === 'LEFT_PAREN' && tokens[i + 2]?.type === 'RIGHT_PAREN';
    for (;;) {
        const token = tokens[i];
        if (expectOperand) {
            switch (token?.type) {
                case 'ADD':
                case 'SUB':
                    operators.push({ token, precedence: UNARY_PRECEDENCE, unary: true });
                    i++;
                    continue;
                case 'NUMBER':
                case 'DURATION': {
                    // An unreadable literal (already reported) takes part in no further check.
                    let value = valueOf(token) ?? NaN;
                    if (outOfRange(value)) {
                        report(token.start, token.end, 'This duration is longer than Prometheus can count (about 292 years).');
                        value = NaN;
                    }
                    operands.push({ literal: true, value });
                    i++;
                    expectOperand = false;
                    continue;
                }
                case 'STEP':
                case 'RANGE':
                    if (!emptyCall())
                        return failAt(i + 1);
                    operands.push({ literal: false, value: 0 });
                    i += 3;
                    expectOperand = false;
                    continue;
                case 'MAX_OF':
                case 'MIN_OF':
                    if (tokens[i + 1]?.type !== 'LEFT_PAREN')
                        return failAt(i + 1);
                    frames.push({ kind: 'minmax', operatorBase: operators.length, commas: 0 });
                    i += 2;
                    continue;
                case 'LEFT_PAREN':
                    frames.push({ kind: 'paren', operatorBase: operators.length, commas: 0 });
                    i++;
                    continue;
                default:
                    return failAt(i);
            }
        }
        if (afterOffset && frames.length === 0)
            break;
        const type = token?.type;
        const precedence = type === undefined ? undefined : PRECEDENCE[type];
        if (precedence !== undefined) {
            reduceTo(precedence, type === 'POW');
            operators.push({ token, precedence, unary: false });
            i++;
            expectOperand = true;
            continue;
        }
        const frame = frames.at(-1);
        if (!frame)
            break;
        if (type === 'COMMA' && frame.kind === 'minmax' && frame.commas === 0) {
            reduceAll();
            frame.commas++;
            i++;
            expectOperand = true;
            continue;
        }
        if (type !== 'RIGHT_PAREN' || (frame.kind === 'minmax' && frame.commas !== 1))
            return failAt(i);
        reduceAll();
        frames.pop();
        if (frame.kind === 'minmax')
            operands.pop();
        // A bracketed or computed duration is no longer a plain literal.
        operands.pop();
        operands.push({ literal: false, value: 0 });
        i++;
    }
    reduceAll();
    const result = operands[0];
    return { start: tokens[from].start, end: tokens[i - 1].end, literal: result.literal ? result.value : undefined, next: i };
}
function outOfRange(seconds) {
    return seconds > MAX_SECONDS || seconds < -MAX_SECONDS;
}

;// CONCATENATED MODULE: ./src/promql/functions.ts
/**
 * Every function of Prometheus 3.14 (`promql/parser/functions.go`), name for name. Function
 * names are case-sensitive, unlike keywords.
 */
const FUNCTIONS = new Map(Object.entries({
    abs: { args: ['vector'], returns: 'vector' },
    absent: { args: ['vector'], returns: 'vector' },
    absent_over_time: { args: ['matrix'], returns: 'vector' },
    acos: { args: ['vector'], returns: 'vector' },
    acosh: { args: ['vector'], returns: 'vector' },
    asin: { args: ['vector'], returns: 'vector' },
    asinh: { args: ['vector'], returns: 'vector' },
    atan: { args: ['vector'], returns: 'vector' },
    atanh: { args: ['vector'], returns: 'vector' },
    avg_over_time: { args: ['matrix'], returns: 'vector' },
    ceil: { args: ['vector'], returns: 'vector' },
    changes: { args: ['matrix'], returns: 'vector' },
    clamp: { args: ['vector', 'scalar', 'scalar'], returns: 'vector' },
    clamp_max: { args: ['vector', 'scalar'], returns: 'vector' },
    clamp_min: { args: ['vector', 'scalar'], returns: 'vector' },
    cos: { args: ['vector'], returns: 'vector' },
    cosh: { args: ['vector'], returns: 'vector' },
    count_over_time: { args: ['matrix'], returns: 'vector' },
    day_of_month: { args: ['vector'], variadic: 1, returns: 'vector' },
    day_of_week: { args: ['vector'], variadic: 1, returns: 'vector' },
    day_of_year: { args: ['vector'], variadic: 1, returns: 'vector' },
    days_in_month: { args: ['vector'], variadic: 1, returns: 'vector' },
    deg: { args: ['vector'], returns: 'vector' },
    delta: { args: ['matrix'], returns: 'vector' },
    deriv: { args: ['matrix'], returns: 'vector' },
    double_exponential_smoothing: { args: ['matrix', 'scalar', 'scalar'], returns: 'vector', experimental: true },
    end: { args: [], returns: 'scalar', experimental: true },
    exp: { args: ['vector'], returns: 'vector' },
    first_over_time: { args: ['matrix'], returns: 'vector' },
    floor: { args: ['vector'], returns: 'vector' },
    histogram_avg: { args: ['vector'], returns: 'vector' },
    histogram_count: { args: ['vector'], returns: 'vector' },
    histogram_fraction: { args: ['scalar', 'scalar', 'vector'], returns: 'vector' },
    histogram_quantile: { args: ['scalar', 'vector'], returns: 'vector' },
    histogram_quantiles: { args: ['vector', 'string', 'scalar', 'scalar'], variadic: 9, returns: 'vector', experimental: true },
    histogram_stddev: { args: ['vector'], returns: 'vector' },
    histogram_stdvar: { args: ['vector'], returns: 'vector' },
    histogram_sum: { args: ['vector'], returns: 'vector' },
    hour: { args: ['vector'], variadic: 1, returns: 'vector' },
    idelta: { args: ['matrix'], returns: 'vector' },
    increase: { args: ['matrix'], returns: 'vector' },
    info: { args: ['vector', 'vector'], variadic: 1, returns: 'vector', experimental: true },
    irate: { args: ['matrix'], returns: 'vector' },
    label_join: { args: ['vector', 'string', 'string', 'string'], variadic: -1, returns: 'vector' },
    label_replace: { args: ['vector', 'string', 'string', 'string', 'string'], returns: 'vector' },
    last_over_time: { args: ['matrix'], returns: 'vector' },
    ln: { args: ['vector'], returns: 'vector' },
    log10: { args: ['vector'], returns: 'vector' },
    log2: { args: ['vector'], returns: 'vector' },
    mad_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    max_of: { args: ['scalar', 'scalar'], returns: 'scalar', experimental: true },
    max_over_time: { args: ['matrix'], returns: 'vector' },
    min_of: { args: ['scalar', 'scalar'], returns: 'scalar', experimental: true },
    min_over_time: { args: ['matrix'], returns: 'vector' },
    minute: { args: ['vector'], variadic: 1, returns: 'vector' },
    month: { args: ['vector'], variadic: 1, returns: 'vector' },
    pi: { args: [], returns: 'scalar' },
    predict_linear: { args: ['matrix', 'scalar'], returns: 'vector' },
    present_over_time: { args: ['matrix'], returns: 'vector' },
    quantile_over_time: { args: ['scalar', 'matrix'], returns: 'vector' },
    rad: { args: ['vector'], returns: 'vector' },
    range: { args: [], returns: 'scalar', experimental: true },
    rate: { args: ['matrix'], returns: 'vector' },
    resets: { args: ['matrix'], returns: 'vector' },
    round: { args: ['vector', 'scalar'], variadic: 1, returns: 'vector' },
    scalar: { args: ['vector'], returns: 'scalar' },
    sgn: { args: ['vector'], returns: 'vector' },
    sin: { args: ['vector'], returns: 'vector' },
    sinh: { args: ['vector'], returns: 'vector' },
    sort: { args: ['vector'], returns: 'vector' },
    sort_by_label: { args: ['vector', 'string'], variadic: -1, returns: 'vector', experimental: true },
    sort_by_label_desc: { args: ['vector', 'string'], variadic: -1, returns: 'vector', experimental: true },
    sort_desc: { args: ['vector'], returns: 'vector' },
    sqrt: { args: ['vector'], returns: 'vector' },
    start: { args: [], returns: 'scalar', experimental: true },
    start_timestamp: { args: ['vector'], returns: 'vector', experimental: true },
    stddev_over_time: { args: ['matrix'], returns: 'vector' },
    stdvar_over_time: { args: ['matrix'], returns: 'vector' },
    step: { args: [], returns: 'scalar', experimental: true },
    sum_over_time: { args: ['matrix'], returns: 'vector' },
    tan: { args: ['vector'], returns: 'vector' },
    tanh: { args: ['vector'], returns: 'vector' },
    time: { args: [], returns: 'scalar' },
    timestamp: { args: ['vector'], returns: 'vector' },
    ts_of_first_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    ts_of_last_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    ts_of_max_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    ts_of_min_over_time: { args: ['matrix'], returns: 'vector', experimental: true },
    vector: { args: ['scalar'], returns: 'vector' },
    year: { args: ['vector'], variadic: 1, returns: 'vector' },
}));

;// CONCATENATED MODULE: ./src/promql/lexer.ts
/** `key` of lex.go: words that are keywords in any letter case (`inf` and `nan` are numbers). */
const KEYWORDS = new Map([
    ['and', 'LAND'], ['or', 'LOR'], ['unless', 'LUNLESS'], ['atan2', 'ATAN2'],
    ['sum', 'SUM'], ['avg', 'AVG'], ['count', 'COUNT'], ['min', 'MIN'], ['max', 'MAX'], ['group', 'GROUP'],
    ['stddev', 'STDDEV'], ['stdvar', 'STDVAR'], ['topk', 'TOPK'], ['bottomk', 'BOTTOMK'],
    ['count_values', 'COUNT_VALUES'], ['quantile', 'QUANTILE'], ['limitk', 'LIMITK'], ['limit_ratio', 'LIMIT_RATIO'],
    ['offset', 'OFFSET'], ['smoothed', 'SMOOTHED'], ['anchored', 'ANCHORED'], ['by', 'BY'], ['without', 'WITHOUT'],
    ['on', 'ON'], ['ignoring', 'IGNORING'], ['group_left', 'GROUP_LEFT'], ['group_right', 'GROUP_RIGHT'],
    ['fill', 'FILL'], ['fill_left', 'FILL_LEFT'], ['fill_right', 'FILL_RIGHT'], ['bool', 'BOOL'],
    ['start', 'START'], ['end', 'END'], ['step', 'STEP'], ['range', 'RANGE'], ['max_of', 'MAX_OF'], ['min_of', 'MIN_OF'],
    ['inf', 'NUMBER'], ['nan', 'NUMBER'],
]);
/** Inside `[...]` only these words are read, as keywords. */
const DURATION_KEYWORDS = new Map([
    ['step', 'STEP'], ['range', 'RANGE'], ['max_of', 'MAX_OF'], ['min_of', 'MIN_OF'],
]);
const CLOSER = { '(': ')', '[': ']', '{': '}' };
class LexError extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
function lex(input) {
    const lexer = new lexer_Lexer(input);
    try {
        lexer.run();
    }
    catch (e) {
        if (e instanceof LexError)
            return { tokens: lexer.tokens, error: e.problem };
        throw e;
    }
    return { tokens: lexer.tokens };
}
class lexer_Lexer {
    input;
    tokens = [];
    pos = 0;
    mode = 'statements';
    bracketOpen = false;
    gotColon = false;
    gotDuration = false;
    /** Offsets of the brackets opened and not yet closed. */
    openers = [];
    constructor(input) {
        this.input = input;
    }
    run() {
        for (;;) {
            if (this.mode === 'braces')
                this.insideBraces();
            else if (this.mode === 'duration')
                this.durationExpr();
            else if (this.statement())
                return;
        }
    }
    emit(type, start, end = this.pos) {
        this.tokens.push({ type, start, end });
    }
    fail(start, end, message) {
        throw new LexError({ start, end, message });
    }
    unexpected(start) {
        const ch = String.fromCodePoint(this.input.codePointAt(start));
        this.fail(start, start + ch.length, `Unexpected \`${ch}\`.`);
    }
    open(at) {
        this.openers.push(at);
    }
    /** Checks that the bracket at `at` closes the innermost open one. */
    close(at) {
        const ch = this.input[at];
        const opener = this.openers.pop();
        if (opener === undefined)
            this.fail(at, at + 1, `\`${ch}\` has no matching opening bracket.`);
        const open = this.input[opener];
        if (CLOSER[open] !== ch)
            this.fail(at, at + 1, `\`${ch}\` does not close \`${open}\`, which expects \`${CLOSER[open]}\`.`);
    }
    endOfInput() {
        const opener = this.openers.at(-1);
        this.fail(opener, opener + 1, `\`${this.input[opener]}\` is never closed.`);
    }
    /** lexStatements; true at the end of the input. */
    statement() {
        const { input } = this;
        const start = this.pos;
        if (start >= input.length) {
            if (this.openers.length)
                this.endOfInput();
            this.emit('EOF', start, start);
            return true;
        }
        const r = input[start];
        if (r === '#') {
            this.skipComment();
            return false;
        }
        this.pos++;
        switch (r) {
            case ',':
                this.emit('COMMA', start);
                return false;
            case ' ':
            case '\t':
            case '\n':
            case '\r':
                this.skipSpaces();
                return false;
            case '*':
                this.emit('MUL', start);
                return false;
            case '/':
                this.emit('DIV', start);
                return false;
            case '%':
                this.emit('MOD', start);
                return false;
            case '+':
                this.emit('ADD', start);
                return false;
            case '-':
                this.emit('SUB', start);
                return false;
            case '^':
                this.emit('POW', start);
                return false;
            case '@':
                this.emit('AT', start);
                return false;
            case '=':
                if (input[this.pos] === '=') {
                    this.pos++;
                    this.emit('EQLC', start);
                }
                else if (input[this.pos] === '~') {
                    this.fail(start, start + 2, '`=~` only matches labels inside `{...}`; to compare values use `==`.');
                }
                else {
                    this.emit('EQL', start);
                }
                return false;
            case '!':
                if (input[this.pos] !== '=') {
                    if (input[this.pos] === '~')
                        this.fail(start, start + 2, '`!~` only matches labels inside `{...}`; to compare values use `!=`.');
                    this.fail(start, start + 1, '`!` must be followed by `=`.');
                }
                this.pos++;
                this.emit('NEQ', start);
                return false;
            case '<':
            case '>': {
                const next = input[this.pos];
                if (next === '=' || next === '/')
                    this.pos++;
                this.emit(next === '=' ? (r === '<' ? 'LTE' : 'GTE') : next === '/' ? (r === '<' ? 'TRIM_UPPER' : 'TRIM_LOWER') : r === '<' ? 'LSS' : 'GTR', start);
                return false;
            }
            case '"':
            case "'":
                this.quotedString(start);
                return false;
            case '`':
                this.rawString(start);
                return false;
            case '(':
                this.open(start);
                this.emit('LEFT_PAREN', start);
                return false;
            case ')':
                this.close(start);
                this.emit('RIGHT_PAREN', start);
                return false;
            case '{':
                this.open(start);
                this.emit('LEFT_BRACE', start);
                this.mode = 'braces';
                return false;
            case '[':
                if (this.bracketOpen)
                    this.fail(start, start + 1, 'A range or subquery cannot be nested inside another `[...]`.');
                this.open(start);
                this.gotColon = false;
                this.emit('LEFT_BRACKET', start);
                this.skipSpaces();
                this.bracketOpen = true;
                this.mode = 'duration';
                return false;
            case ']':
                this.close(start);
                this.emit('RIGHT_BRACKET', start);
                this.bracketOpen = false;
                return false;
            case '}':
                this.close(start);
                return false;
        }
        if (lexer_isDigit(r) || (r === '.' && lexer_isDigit(input[this.pos]))) {
            this.pos = start;
            this.numberOrDuration();
            return false;
        }
        if (isAlpha(r) || r === ':') {
            if (!this.bracketOpen) {
                this.pos = start;
                this.keywordOrIdentifier();
                return false;
            }
            if (r === ':') {
                if (this.gotColon)
                    this.fail(start, start + 1, 'A subquery takes one `:`, as in `[1h:5m]`.');
                this.emit('COLON', start);
                this.gotColon = true;
                return false;
            }
            if (this.durationKeyword(start))
                return false;
            this.fail(start, this.pos, `Unexpected \`${input.slice(start, this.pos)}\` inside \`[...]\`, which takes a duration such as \`5m\`, or \`range:step\`.`);
        }
        this.unexpected(start);
    }
    /** lexInsideBraces: label names (never keywords), strings and matching operators. */
    insideBraces() {
        const { input } = this;
        const start = this.pos;
        if (start >= input.length)
            this.endOfInput();
        const r = input[start];
        if (r === '#') {
            this.skipComment();
            return;
        }
        this.pos++;
        if (lexer_isSpace(r)) {
            this.skipSpaces();
        }
        else if (isAlpha(r)) {
            while (this.pos < input.length && isAlphaNumeric(input[this.pos]))
                this.pos++;
            this.emit('IDENTIFIER', start);
        }
        else if (r === ',') {
            this.emit('COMMA', start);
        }
        else if (r === '"' || r === "'") {
            this.quotedString(start);
        }
        else if (r === '`') {
            this.rawString(start);
        }
        else if (r === '=') {
            if (input[this.pos] === '~')
                this.pos++;
            this.emit(this.pos - start === 2 ? 'EQL_REGEX' : 'EQL', start);
        }
        else if (r === '!') {
            const next = input[this.pos];
            if (next !== '~' && next !== '=')
                this.fail(start, start + 1, '`!` must be followed by `=` or `~` in a label matcher.');
            this.pos++;
            this.emit(next === '~' ? 'NEQ_REGEX' : 'NEQ', start);
        }
        else if (r === '}') {
            this.close(start);
            this.emit('RIGHT_BRACE', start);
            this.mode = 'statements';
        }
        else if (r === ')' || r === ']') {
            this.close(start);
        }
        else if (r === '{') {
            this.fail(start, start + 1, 'A `{` cannot open inside another `{...}`.');
        }
        else {
            const ch = String.fromCodePoint(input.codePointAt(start));
            this.fail(start, start + ch.length, `Unexpected \`${ch}\` inside \`{...}\`: a label name must start with a letter or \`_\` (quote other names, as in \`{"my.label"="x"}\`).`);
        }
    }
    /** lexDurationExpr: just after `[` (and after operators inside it). */
    durationExpr() {
        const { input } = this;
        const start = this.pos;
        if (start >= input.length)
            this.endOfInput();
        const r = input[start];
        this.pos++;
        switch (r) {
            case ']':
                this.close(start);
                this.emit('RIGHT_BRACKET', start);
                this.bracketOpen = false;
                this.gotColon = false;
                this.mode = 'statements';
                return;
            case ':':
                if (!this.gotDuration)
                    this.fail(start, start + 1, 'A subquery starts with its range, as in `[1h:5m]`.');
                if (this.gotColon)
                    this.fail(start, start + 1, 'A subquery takes one `:`, as in `[1h:5m]`.');
                this.emit('COLON', start);
                this.gotColon = true;
                return;
            case '(':
                this.open(start);
                this.emit('LEFT_PAREN', start);
                return;
            case ')':
                this.close(start);
                this.emit('RIGHT_PAREN', start);
                return;
            case ' ':
            case '\t':
            case '\n':
            case '\r':
                this.skipSpaces();
                return;
            case '+':
                this.emit('ADD', start);
                return;
            case '-':
                this.emit('SUB', start);
                return;
            case '*':
                this.emit('MUL', start);
                return;
            case '/':
                this.emit('DIV', start);
                return;
            case '%':
                this.emit('MOD', start);
                return;
            case '^':
                this.emit('POW', start);
                return;
            case ',':
                this.emit('COMMA', start);
                return;
        }
        if (isAlpha(r)) {
            if (this.durationKeyword(start))
                return;
            this.fail(start, this.pos, `Unexpected \`${input.slice(start, this.pos)}\` inside \`[...]\`, which takes a duration such as \`5m\`.`);
        }
        if (lexer_isDigit(r) || (r === '.' && lexer_isDigit(input[this.pos]))) {
            this.pos = start;
            this.gotDuration = true;
            this.numberOrDuration();
            // As in lex.go, what follows a number is read as statements (with the bracket still open).
            this.mode = 'statements';
            return;
        }
        const ch = String.fromCodePoint(input.codePointAt(start));
        this.fail(start, start + ch.length, `Unexpected \`${ch}\` inside \`[...]\`, which takes a duration such as \`5m\`.`);
    }
    /** scanDurationKeyword: reads a word (one letter is read); true when it is a duration keyword. */
    durationKeyword(start) {
        const { input } = this;
        while (this.pos < input.length && isAlpha(input[this.pos]))
            this.pos++;
        const type = DURATION_KEYWORDS.get(input.slice(start, this.pos).toLowerCase());
        if (type === undefined)
            return false;
        this.emit(type, start);
        return true;
    }
    keywordOrIdentifier() {
        const { input } = this;
        const start = this.pos;
        while (this.pos < input.length && (isAlphaNumeric(input[this.pos]) || input[this.pos] === ':'))
            this.pos++;
        const word = input.slice(start, this.pos);
        const keyword = KEYWORDS.get(word.toLowerCase());
        // `fill` and its siblings are keywords only before `(`, so that they stay usable as metric names.
        if (keyword !== undefined && (!keyword.startsWith('FILL') || this.followedByLeftParen()))
            this.emit(keyword, start);
        else
            this.emit(word.includes(':') ? 'METRIC_IDENTIFIER' : 'IDENTIFIER', start);
    }
    followedByLeftParen() {
        let i = this.pos;
        while (i < this.input.length && lexer_isSpace(this.input[i]))
            i++;
        return this.input[i] === '(';
    }
    numberOrDuration() {
        const start = this.pos;
        if (this.scanNumber()) {
            this.emit('NUMBER', start);
            return;
        }
        if (this.remainingDuration()) {
            this.emit('DURATION', start);
            return;
        }
        // Show the whole word, not just the part lex.go read before it gave up.
        let end = Math.max(this.pos, start + 1);
        while (end < this.input.length && (isAlphaNumeric(this.input[end]) || this.input[end] === '.'))
            end++;
        const text = this.input.slice(start, end);
        this.fail(start, end, `\`${text}\` is neither a number nor a duration (such as \`5m\` or \`1h30m\`).`);
    }
    /** scanNumber of lex.go: decimal, hexadecimal, octal or float, with `_` between digits. */
    scanNumber() {
        const initial = this.pos;
        let digits = '0123456789';
        if (this.accept('0') && this.accept('xX')) {
            this.accept('_');
            digits = '0123456789abcdefABCDEF';
        }
        this.accept('.');
        this.accept(digits);
        let dotConsumed = false;
        let exponentConsumed = false;
        while (this.is(digits + '._eE')) {
            if (this.is('.') && dotConsumed) {
                this.accept('.');
                return false;
            }
            if (this.is('eE') && exponentConsumed) {
                this.accept('eE');
                return false;
            }
            if (this.accept('.')) {
                dotConsumed = true;
                if (this.accept('_.'))
                    return false;
                // Fractional hexadecimal literals are not allowed.
                if (digits.length > 10)
                    return false;
                continue;
            }
            if (this.accept('eE')) {
                exponentConsumed = true;
                this.accept('+-');
                if (this.accept('._eE') || this.pos >= this.input.length)
                    return false;
                continue;
            }
            if (this.accept('_')) {
                if (this.accept('._eE') || this.pos >= this.input.length)
                    return false;
                continue;
            }
            while (this.is(digits))
                this.pos++;
        }
        if (this.pos === initial)
            return false;
        return !isAlphaNumeric(this.input[this.pos]);
    }
    /** acceptRemainingDuration: units after the number; bad units are caught when the duration is read. */
    remainingDuration() {
        if (!this.accept('smhdwy'))
            return false;
        this.accept('s');
        while (this.accept('0123456789')) {
            while (this.accept('0123456789'))
                ;
            if (!this.accept('smhdw'))
                return false;
            this.accept('s');
        }
        if (!isAlphaNumeric(this.input[this.pos]))
            return true;
        // lex.go's message quotes the character it stumbled on.
        this.pos++;
        return false;
    }
    accept(valid) {
        const ch = this.input[this.pos];
        if (ch !== undefined && valid.includes(ch)) {
            this.pos++;
            return true;
        }
        return false;
    }
    is(valid) {
        const ch = this.input[this.pos];
        return ch !== undefined && valid.includes(ch);
    }
    skipSpaces() {
        while (this.pos < this.input.length && lexer_isSpace(this.input[this.pos]))
            this.pos++;
    }
    skipComment() {
        const { input } = this;
        while (this.pos < input.length && input[this.pos] !== '\n' && input[this.pos] !== '\r')
            this.pos++;
    }
    /** lexString and lexEscape: `"` or `'` strings with Go's escapes, on one line. */
    quotedString(start) {
        const { input } = this;
        const quote = input[start];
        for (;;) {
            const ch = input[this.pos];
            if (ch === undefined)
                this.fail(start, start + 1, `The string starting with \`${quote}\` is never closed.`);
            if (ch === '\n')
                this.fail(start, start + 1, `The string starting with \`${quote}\` is not closed on its line; only \`\`\` strings can span lines.`);
            this.pos++;
            if (ch === quote)
                break;
            if (ch === '\\')
                this.escape(quote);
        }
        this.emit('STRING', start);
    }
    escape(quote) {
        const { input } = this;
        const start = this.pos - 1;
        const kind = input[this.pos];
        if (kind === undefined)
            this.fail(start, start + 1, 'A `\\` at the end leaves the escape sequence unfinished.');
        this.pos++;
        if ('abfnrtv\\'.includes(kind) || kind === quote)
            return;
        let width;
        let base;
        let max;
        if (kind >= '0' && kind <= '7') {
            this.pos--;
            [width, base, max] = [3, 8, 255];
        }
        else if (kind === 'x') {
            [width, base, max] = [2, 16, 255];
        }
        else if (kind === 'u' || kind === 'U') {
            [width, base, max] = [kind === 'u' ? 4 : 8, 16, 0x10ffff];
        }
        else {
            const ch = String.fromCodePoint(input.codePointAt(this.pos - 1));
            const hint = kind === '"' || kind === "'" ? ` (a ${kind} needs no escape inside ${quote}...${quote})` : '';
            this.fail(start, this.pos - 1 + ch.length, `\`\\${ch}\` is not an escape sequence PromQL knows${hint}.`);
        }
        let value = 0;
        for (let i = 0; i < width; i++) {
            const digit = digitValue(input[this.pos]);
            if (digit >= base) {
                if (input[this.pos] === undefined)
                    this.fail(start, this.pos, `The escape sequence \`${input.slice(start, this.pos)}\` is unfinished.`);
                this.fail(start, this.pos + 1, `\`${input.slice(start, this.pos + 1)}\` is not a valid escape sequence: it needs ${width} ${base === 8 ? 'octal' : 'hexadecimal'} digits.`);
            }
            value = value * base + digit;
            this.pos++;
        }
        if (value > max || (value >= 0xd800 && value < 0xe000)) {
            this.fail(start, this.pos, `\`${input.slice(start, this.pos)}\` is not a valid Unicode code point.`);
        }
    }
    rawString(start) {
        const close = this.input.indexOf('`', start + 1);
        if (close === -1)
            this.fail(start, start + 1, 'The string starting with `` ` `` is never closed.');
        this.pos = close + 1;
        this.emit('STRING', start);
    }
}
function digitValue(ch) {
    if (ch === undefined)
        return 16;
    if (ch >= '0' && ch <= '9')
        return ch.charCodeAt(0) - 48;
    if (ch >= 'a' && ch <= 'f')
        return ch.charCodeAt(0) - 87;
    if (ch >= 'A' && ch <= 'F')
        return ch.charCodeAt(0) - 55;
    return 16;
}
function lexer_isSpace(ch) {
    return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}
function lexer_isDigit(ch) {
    return ch !== undefined && ch >= '0' && ch <= '9';
}
function isAlpha(ch) {
    return ch !== undefined && (ch === '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}
function isAlphaNumeric(ch) {
    return isAlpha(ch) || lexer_isDigit(ch);
}

// EXTERNAL MODULE: ./src/promql/literals.ts
var literals = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/promql/typecheck.ts
const DESCRIBED = {
    scalar: 'a scalar',
    vector: 'an instant vector',
    matrix: 'a range vector',
    string: 'a string',
};
const EXAMPLE = {
    scalar: 'such as `0.9`',
    vector: 'such as `foo`',
    matrix: 'such as `foo[5m]`',
    string: 'such as `"le"`',
};
function wanted(type) {
    return `${DESCRIBED[type]} (${EXAMPLE[type]})`;
}
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
function ordinal(index) {
    return ORDINALS[index] ?? `${index + 1}th`;
}
function checkCall(node, report, withdraw) {
    const { fn, args, name } = node;
    if (!fn)
        return;
    const declared = fn.args.length;
    const variadic = fn.variadic ?? 0;
    const min = variadic === 0 ? declared : declared - 1;
    const max = variadic === 0 ? declared : variadic > 0 ? declared - 1 + variadic : Infinity;
    if (args.length < min || args.length > max) {
        const count = min === max || args.length < min ? min : max;
        const bound = min === max ? '' : args.length < min ? 'at least ' : 'at most ';
        report(node.start, node.end, `\`${name}\` takes ${bound}${count} argument${count === 1 ? '' : 's'}, not ${args.length}.`);
    }
    if (name === 'info' && args.length > 1)
        checkInfoLabels(node, report, withdraw);
    args.forEach((arg, i) => {
        if (i >= declared && variadic === 0)
            return;
        const want = fn.args[Math.min(i, declared - 1)];
        if (arg.type === undefined || arg.type === want)
            return;
        const which = declared === 1 && args.length === 1 ? 'its argument' : `its ${ordinal(i)} argument`;
        report(arg.start, arg.end, `\`${name}\` needs ${wanted(want)} as ${which}, not ${DESCRIBED[arg.type]}.`);
    });
}
/** `info(v, {k="v"})`: the second argument filters info metrics by label only. */
function checkInfoLabels(node, report, withdraw) {
    const labels = node.args[1];
    if (labels.kind !== 'selector') {
        report(labels.start, labels.end, '`info` takes label matchers alone as its second argument, such as `{k8s_cluster_name=~".+"}`.');
    }
    else if (labels.name !== undefined) {
        report(labels.start, labels.end, `\`info\` takes label matchers alone as its second argument, without the metric name \`${labels.name}\`.`);
    }
    else if (labels.emptyProblem) {
        // Prometheus lets this filter match every series.
        withdraw(labels.emptyProblem);
    }
}
const PARAM_TYPE = {
    TOPK: 'scalar',
    BOTTOMK: 'scalar',
    QUANTILE: 'scalar',
    LIMITK: 'scalar',
    LIMIT_RATIO: 'scalar',
    COUNT_VALUES: 'string',
};
function checkAggregate(node, report) {
    const { expr, param, opText } = node;
    if (expr?.type !== undefined && expr.type !== 'vector') {
        report(expr.start, expr.end, `\`${opText}\` aggregates ${wanted('vector')}, not ${DESCRIBED[expr.type]}.`);
    }
    const paramType = PARAM_TYPE[node.op];
    if (param?.type !== undefined && paramType !== undefined && param.type !== paramType) {
        report(param.start, param.end, `\`${opText}\` needs ${wanted(paramType)} as its first argument, not ${DESCRIBED[param.type]}.`);
    }
}
const COMPARISONS = new Set(['EQLC', 'NEQ', 'LTE', 'LSS', 'GTE', 'GTR']);
const SET_OPERATORS = new Set(['LAND', 'LOR', 'LUNLESS']);
function binaryType(lhs, rhs) {
    if (lhs.type === undefined || rhs.type === undefined)
        return undefined;
    return lhs.type === 'scalar' && rhs.type === 'scalar' ? 'scalar' : 'vector';
}
function checkBinary(node, report) {
    const { lhs, rhs, modifiers, op, opText } = node;
    const at = { start: modifiers.start, end: modifiers.end };
    const comparison = COMPARISONS.has(op);
    const setOperator = SET_OPERATORS.has(op);
    if (modifiers.bool && !comparison) {
        report(at.start, at.end, `\`bool\` only applies to comparisons (such as \`>\` or \`==\`), not to \`${opText}\`.`);
    }
    if (comparison && !modifiers.bool && lhs.type === 'scalar' && rhs.type === 'scalar') {
        report(at.start, at.end, `Comparing two scalars with \`${opText}\` needs \`bool\`, as in \`1 ${opText} bool 0\`.`);
    }
    if (modifiers.matching?.on && modifiers.group) {
        const on = new Set(modifiers.matching.labels.map((l) => l.name));
        for (const label of modifiers.group.labels) {
            if (on.has(label.name))
                report(label.start, label.end, `Label \`${label.name}\` cannot be both in \`on(...)\` and in \`group_${modifiers.group.side}(...)\`.`);
        }
    }
    for (const side of [lhs, rhs]) {
        if (side.type === 'matrix' || side.type === 'string') {
            report(side.start, side.end, `\`${opText}\` works on scalars and instant vectors, not on ${DESCRIBED[side.type]}.`);
        }
    }
    if (lhs.type === undefined || rhs.type === undefined)
        return;
    const bothVectors = lhs.type === 'vector' && rhs.type === 'vector';
    if (!bothVectors && modifiers.matching && modifiers.matching.labels.length > 0) {
        const other = lhs.type === 'vector' ? rhs.type : lhs.type;
        report(at.start, at.end, `\`${modifiers.matching.on ? 'on' : 'ignoring'}(...)\` only matches two instant vectors; here one side is ${DESCRIBED[other]}.`);
    }
    if (bothVectors && setOperator && modifiers.group) {
        report(at.start, at.end, `\`group_${modifiers.group.side}\` cannot be used with \`${opText}\`, which always matches many-to-many.`);
    }
    if (setOperator && (lhs.type === 'scalar' || rhs.type === 'scalar')) {
        report(node.start, node.end, `\`${opText}\` works only between two instant vectors, not with a scalar.`);
    }
}
function checkUnary(node, report) {
    const { type } = node.inner;
    if (type === 'matrix' || type === 'string') {
        report(node.start, node.end, `A sign (\`-\` or \`+\`) applies to scalars and instant vectors, not to ${DESCRIBED[type]}.`);
    }
}
function checkSubquery(node, report) {
    const { type } = node.inner;
    if (type !== undefined && type !== 'vector') {
        report(node.start, node.end, `A subquery (\`[range:step]\`) runs over an instant vector, not over ${DESCRIBED[type]}.`);
    }
}
/**
 * A selector must name its metric or have a matcher that the empty string fails, so that a typo
 * cannot select every series; and the metric name may only be given once.
 */
function checkSelector(node, report) {
    if (node.name !== undefined) {
        const twice = node.matchers.some((m) => m.name === '__name__');
        if (twice)
            report(node.start, node.end, `The metric name is given twice: \`${node.name}\` before the braces and \`__name__\` inside them.`);
        return;
    }
    if (!node.matchers.some((m) => !m.matchesEmpty())) {
        node.emptyProblem = report(node.start, node.end, 'This selector would select every series: give a metric name or a matcher that cannot match an empty value, such as `job=~".+"`.');
    }
}

;// CONCATENATED MODULE: ./src/promql/parser.ts






/**
 * PromQL's grammar (Prometheus's `generated_parser.y`) as an operator-precedence parser with
 * explicit stacks instead of recursion: nesting depth costs memory, never call stack, so the
 * answer is the same on any thread and for any input size. It reports the first syntax error,
 * every problem Prometheus finds while parsing (unknown functions, misplaced modifiers, bad
 * durations...) and, through typecheck.ts, every problem of its type checker.
 */
/** Binding strength of binary operators, from `%left`/`%right` of the grammar. */
const parser_PRECEDENCE = {
    LOR: 1,
    LAND: 2, LUNLESS: 2,
    EQLC: 3, NEQ: 3, LTE: 3, LSS: 3, GTE: 3, GTR: 3, TRIM_UPPER: 3, TRIM_LOWER: 3,
    ADD: 4, SUB: 4,
    MUL: 5, DIV: 5, MOD: 5, ATAN2: 5,
    POW: 6,
};
/** A sign binds like `*` (`-a * b` is `(-a) * b`) but looser than `^` (`-a ^ b` is `-(a ^ b)`). */
const parser_UNARY_PRECEDENCE = 5;
const AGGREGATORS = new Set([
    'AVG', 'BOTTOMK', 'COUNT', 'COUNT_VALUES', 'GROUP', 'MAX', 'MIN', 'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'LIMITK', 'LIMIT_RATIO',
]);
const PARAMETER_AGGREGATORS = new Set(['TOPK', 'BOTTOMK', 'COUNT_VALUES', 'QUANTILE', 'LIMITK', 'LIMIT_RATIO']);
const EXPERIMENTAL_AGGREGATORS = new Set(['LIMITK', 'LIMIT_RATIO']);
/** Keywords that also call functions when `(` follows (`start()`, `step()`, ...). */
const FUNCTION_KEYWORDS = new Set(['START', 'END', 'STEP', 'RANGE', 'MAX_OF', 'MIN_OF']);
/** `metric_identifier` of the grammar: what may name a metric. */
const METRIC_NAMES = new Set([
    'AVG', 'BOTTOMK', 'BY', 'COUNT', 'COUNT_VALUES', 'FILL', 'FILL_LEFT', 'FILL_RIGHT', 'GROUP', 'IDENTIFIER', 'LAND', 'LOR',
    'LUNLESS', 'MAX', 'METRIC_IDENTIFIER', 'MIN', 'OFFSET', 'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'WITHOUT', 'START',
    'END', 'LIMITK', 'LIMIT_RATIO', 'STEP', 'RANGE', 'ANCHORED', 'SMOOTHED', 'MAX_OF', 'MIN_OF',
]);
/** `maybe_label` of the grammar: what may name a label in `by (...)`, `on (...)`, ... */
const LABEL_NAMES = new Set([
    'AVG', 'BOOL', 'BOTTOMK', 'BY', 'COUNT', 'COUNT_VALUES', 'GROUP', 'GROUP_LEFT', 'GROUP_RIGHT', 'FILL', 'FILL_LEFT',
    'FILL_RIGHT', 'IDENTIFIER', 'IGNORING', 'LAND', 'LOR', 'LUNLESS', 'MAX', 'METRIC_IDENTIFIER', 'MIN', 'OFFSET', 'ON',
    'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'START', 'END', 'ATAN2', 'LIMITK', 'LIMIT_RATIO', 'STEP', 'RANGE',
    'ANCHORED', 'SMOOTHED', 'MAX_OF', 'MIN_OF',
]);
const MATCH_OPS = { EQL: '=', NEQ: '!=', EQL_REGEX: '=~', NEQ_REGEX: '!~' };
const LEGACY_LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** 2^63 as a float, the bounds of an `@` timestamp (Go compares against `float64(math.MaxInt64)`). */
const INT64_BOUND = 2 ** 63;
/** Stops the parse at the first syntax error. */
class SyntaxStop extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
function parsePromql(input, options) {
    return new Parser(input, options, true).run();
}
/**
 * The syntax tree, undefined when the grammar refuses the expression. Built without the RE2
 * engine, so without the checks that need it; the tree is the same.
 */
function parsePromqlTree(input) {
    const parser = new Parser(input, { names: 'utf8' }, false);
    parser.run();
    return parser.tree;
}
class Parser {
    input;
    options;
    regexEngine;
    tokens;
    lexError;
    i = 0;
    problems = [];
    withdrawn = new Set();
    operands = [];
    operators = [];
    frames = [];
    /** The whole expression, once the grammar accepts it. */
    tree;
    report = (start, end, message) => {
        const problem = { start, end, message };
        this.problems.push(problem);
        return problem;
    };
    constructor(input, options, 
    /** Whether the RE2 engine is loaded for the checks that need it (regular expressions, selectors that match everything). */
    regexEngine) {
        this.input = input;
        this.options = options;
        this.regexEngine = regexEngine;
        const lexed = lex(input);
        this.tokens = lexed.tokens;
        this.lexError = lexed.error;
    }
    run() {
        try {
            this.expression();
            if (this.lexError)
                this.problems.push(this.lexError);
            else
                this.tree = this.operands[0];
        }
        catch (e) {
            if (!(e instanceof SyntaxStop))
                throw e;
            this.problems.push(e.problem);
        }
        return this.problems.filter((p) => !this.withdrawn.has(p)).sort((a, b) => a.start - b.start);
    }
    // --- Tokens -------------------------------------------------------------------------------
    /** The token at `offset` from the current one; past the tokens (a lexer error), an EOF there. */
    peek(offset = 0) {
        const token = this.tokens[this.i + offset];
        if (token)
            return token;
        const at = this.lexError?.start ?? this.input.length;
        return { type: 'EOF', start: at, end: at };
    }
    take() {
        const token = this.peek();
        this.i++;
        return token;
    }
    text(token) {
        return this.input.slice(token.start, token.end);
    }
    expect(type, what) {
        if (this.peek().type !== type)
            this.unexpected(this.peek(), what);
        return this.take();
    }
    /** A syntax error at `token`, said as `sentence`. */
    refuse(token, sentence) {
        if (token.type === 'EOF')
            this.unexpected(token);
        throw new SyntaxStop({ start: token.start, end: token.end, message: sentence });
    }
    /** A syntax error at `token`; `hint` says what was expected there. */
    unexpected(token, hint) {
        if (this.i >= this.tokens.length && this.lexError)
            throw new SyntaxStop(this.lexError);
        if (token.type === 'EOF') {
            const last = this.tokens[this.i - 1];
            if (!last)
                throw new SyntaxStop({ start: 0, end: this.input.length, message: 'The expression is empty.' });
            throw new SyntaxStop({ start: last.start, end: last.end, message: 'The expression ends too early: something is missing at the end.' });
        }
        const shown = quote(this.text(token));
        throw new SyntaxStop({ start: token.start, end: token.end, message: hint ? `Unexpected ${shown}: ${hint}.` : `Unexpected ${shown}.` });
    }
    // --- Expressions --------------------------------------------------------------------------
    expression() {
        this.frames.push({ kind: 'root', opener: this.peek(), operatorBase: 0, args: [] });
        let expectOperand = true;
        for (;;) {
            if (expectOperand) {
                expectOperand = !this.operand();
                continue;
            }
            const token = this.peek();
            const precedence = parser_PRECEDENCE[token.type];
            if (precedence !== undefined) {
                this.binaryOperator(precedence);
                expectOperand = true;
                continue;
            }
            switch (token.type) {
                case 'LEFT_BRACKET':
                    this.rangeOrSubquery();
                    break;
                case 'OFFSET':
                    this.offset();
                    break;
                case 'AT':
                    this.at();
                    break;
                case 'ANCHORED':
                case 'SMOOTHED':
                    this.take();
                    this.report(token.start, token.end, `\`${this.text(token)}\` is experimental: Prometheus refuses it unless started with \`--enable-feature=promql-extended-range-selectors\`.`);
                    break;
                case 'COMMA':
                    expectOperand = this.comma();
                    break;
                case 'RIGHT_PAREN':
                    this.closeFrame();
                    break;
                case 'EOF':
                    if (this.frames.length === 1) {
                        this.reduceAll();
                        return;
                    }
                    this.unexpected(token);
                    break;
                case 'LEFT_PAREN':
                    this.notAFunction(token);
                    break;
                default: this.unexpected(token);
            }
        }
    }
    /** Reads what starts an operand; true once an operand is complete, false after a sign or an opening `(`. */
    operand() {
        const token = this.peek();
        const next = this.peek(1).type;
        switch (token.type) {
            case 'ADD':
            case 'SUB':
                this.take();
                this.operators.push({ token, precedence: parser_UNARY_PRECEDENCE });
                return false;
            case 'NUMBER':
            case 'DURATION': {
                this.take();
                const value = this.literalValue(token) ?? 0;
                this.operands.push({ kind: 'number', start: token.start, end: token.end, type: 'scalar', value });
                return true;
            }
            case 'STRING':
                this.take();
                this.operands.push({ kind: 'string', start: token.start, end: token.end, type: 'string', value: this.stringLiteral(token).value });
                return true;
            case 'LEFT_BRACE':
                this.operands.push(this.selector(undefined));
                return true;
            case 'LEFT_PAREN':
                this.take();
                this.frames.push({ kind: 'paren', opener: token, operatorBase: this.operators.length, args: [] });
                return false;
        }
        if ((token.type === 'IDENTIFIER' || FUNCTION_KEYWORDS.has(token.type)) && next === 'LEFT_PAREN')
            return this.openCall();
        if (AGGREGATORS.has(token.type) && (next === 'LEFT_PAREN' || next === 'BY' || next === 'WITHOUT'))
            return this.openAggregate();
        if (METRIC_NAMES.has(token.type)) {
            this.operands.push(this.selector(this.take()));
            return true;
        }
        return this.unexpected(token);
    }
    /** `(` right after an operand: the name before it is not a function (`foo:bar(x)`, `sum:rate(x)`). */
    notAFunction(paren) {
        const last = this.operands.at(-1);
        if (last?.kind === 'selector' && last.name !== undefined && last.end === last.start + last.name.length) {
            throw new SyntaxStop({ start: last.start, end: last.end, message: `${quote(last.name)} is not a PromQL function.` });
        }
        return this.unexpected(paren);
    }
    openCall() {
        const name = this.take();
        this.take();
        const text = this.text(name);
        const fn = FUNCTIONS.get(text);
        if (!fn)
            this.report(name.start, name.end, `${quote(text)} is not a PromQL function.`);
        else if (fn.experimental)
            this.report(name.start, name.end, `\`${text}\` is an experimental function: Prometheus refuses it unless started with \`--enable-feature=promql-experimental-functions\`.`);
        const frame = { kind: 'call', opener: name, operatorBase: this.operators.length, args: [] };
        if (this.peek().type === 'RIGHT_PAREN') {
            this.operands.push(this.finishCall(frame, this.take().end));
            return true;
        }
        this.frames.push(frame);
        return false;
    }
    openAggregate() {
        const op = this.take();
        const grouping = this.peek().type === 'LEFT_PAREN' ? undefined : this.grouping();
        this.expect('LEFT_PAREN', `\`${this.text(op)}\` takes its expression in brackets, as in \`${this.text(op)}(foo)\``);
        const frame = { kind: 'aggregate', opener: op, operatorBase: this.operators.length, args: [], grouping };
        if (this.peek().type === 'RIGHT_PAREN') {
            this.operands.push(this.finishAggregate(frame, this.take().end));
            return true;
        }
        this.frames.push(frame);
        return false;
    }
    comma() {
        const frame = this.frames.at(-1);
        if (frame.kind !== 'call' && frame.kind !== 'aggregate')
            this.unexpected(this.peek());
        this.reduceAll();
        frame.args.push(this.operands.pop());
        const comma = this.take();
        if (this.peek().type !== 'RIGHT_PAREN')
            return true;
        this.report(comma.start, comma.end, 'A trailing `,` is not allowed after the last argument.');
        this.closeFrame(false);
        return false;
    }
    /** `)`: completes the innermost bracket, call or aggregation. */
    closeFrame(withArgument = true) {
        const frame = this.frames.at(-1);
        if (frame.kind === 'root')
            this.unexpected(this.peek());
        if (withArgument) {
            this.reduceAll();
            frame.args.push(this.operands.pop());
        }
        const end = this.take().end;
        this.frames.pop();
        if (frame.kind === 'paren') {
            const inner = frame.args[0];
            this.operands.push({ kind: 'paren', start: frame.opener.start, end, type: inner.type, inner });
        }
        else if (frame.kind === 'call') {
            this.operands.push(this.finishCall(frame, end));
        }
        else {
            this.operands.push(this.finishAggregate(frame, end));
        }
    }
    finishCall(frame, end) {
        const name = this.text(frame.opener);
        const fn = FUNCTIONS.get(name);
        const node = { kind: 'call', start: frame.opener.start, end, nameEnd: frame.opener.end, type: fn?.returns, name, fn, args: frame.args };
        checkCall(node, this.report, (problem) => this.withdrawn.add(problem));
        return node;
    }
    finishAggregate(frame, end) {
        const op = frame.opener;
        const opText = this.text(op);
        let grouping = frame.grouping;
        if (!grouping && (this.peek().type === 'BY' || this.peek().type === 'WITHOUT'))
            grouping = this.grouping();
        const node = {
            kind: 'aggregate', start: op.start, end: grouping && grouping.end > end ? grouping.end : end, type: 'vector', op: op.type, opText, param: undefined, expr: undefined,
            grouping: grouping && { without: grouping.without, labels: grouping.labels },
        };
        const { args } = frame;
        if (EXPERIMENTAL_AGGREGATORS.has(op.type)) {
            this.report(op.start, op.end, `\`${opText}\` is experimental: Prometheus refuses it unless started with \`--enable-feature=promql-experimental-functions\`.`);
            // Refused as a whole, so not checked further; the tree keeps its arguments all the same.
            if (args.length === 2)
                [node.param, node.expr] = args;
            return node;
        }
        if (args.length === 0) {
            this.report(node.start, node.end, `\`${opText}\` needs an expression to aggregate, as in \`${opText}(foo)\`.`);
            return node;
        }
        const wanted = PARAMETER_AGGREGATORS.has(op.type) ? 2 : 1;
        if (args.length !== wanted) {
            const form = wanted === 2 ? `a parameter and an expression, as in \`${opText}(5, foo)\`` : `one expression, as in \`${opText}(foo)\``;
            this.report(node.start, node.end, `\`${opText}\` takes ${form}; here it has ${args.length} argument${args.length === 1 ? '' : 's'}.`);
            return node;
        }
        node.param = wanted === 2 ? args[0] : undefined;
        node.expr = args[wanted - 1];
        checkAggregate(node, this.report);
        return node;
    }
    // --- Operators ----------------------------------------------------------------------------
    binaryOperator(precedence) {
        const token = this.take();
        const modifiers = this.binaryModifiers(token);
        this.reduce(precedence, token.type === 'POW');
        this.operators.push({ token, precedence, modifiers });
    }
    binaryModifiers(op) {
        const modifiers = { start: op.start, end: op.end, bool: false, matching: undefined, group: undefined, fill: false };
        if (this.peek().type === 'BOOL') {
            modifiers.bool = true;
            modifiers.end = this.take().end;
        }
        const matching = this.peek().type;
        if (matching === 'ON' || matching === 'IGNORING') {
            const labels = this.groupingLabels(this.take());
            modifiers.matching = { on: matching === 'ON', labels: labels.labels };
            modifiers.end = labels.end;
            const group = this.peek().type;
            if (group === 'GROUP_LEFT' || group === 'GROUP_RIGHT') {
                modifiers.end = this.take().end;
                const included = this.peek().type === 'LEFT_PAREN' ? this.groupingLabels(undefined) : undefined;
                if (included)
                    modifiers.end = included.end;
                modifiers.group = { side: group === 'GROUP_LEFT' ? 'left' : 'right', labels: included?.labels ?? [] };
            }
        }
        else if (matching === 'GROUP_LEFT' || matching === 'GROUP_RIGHT') {
            const word = this.text(this.peek());
            this.refuse(this.peek(), `\`${word}\` needs \`on(...)\` or \`ignoring(...)\` before it, as in \`on(job) ${word}\`.`);
        }
        modifiers.fill = this.fillModifiers();
        return modifiers;
    }
    /** `fill(v)`, `fill_left(v)`, `fill_right(v)`: parsed, then refused as experimental; true when there are any. */
    fillModifiers() {
        const first = this.peek();
        if (first.type !== 'FILL' && first.type !== 'FILL_LEFT' && first.type !== 'FILL_RIGHT')
            return false;
        const seen = [];
        let end = first.end;
        while (this.peek().type === 'FILL' || this.peek().type === 'FILL_LEFT' || this.peek().type === 'FILL_RIGHT') {
            const kind = this.peek().type;
            // Only `fill`, one side, or both sides once each.
            if (seen.includes('FILL') || seen.includes(kind) || (kind === 'FILL' && seen.length))
                this.unexpected(this.peek());
            seen.push(kind);
            this.take();
            this.expect('LEFT_PAREN', 'a fill value goes in brackets, as in `fill(0)`');
            if (this.peek().type === 'ADD' || this.peek().type === 'SUB')
                this.take();
            const value = this.peek();
            if (value.type !== 'NUMBER' && value.type !== 'DURATION')
                this.unexpected(value, 'a fill value is a number, as in `fill(0)`');
            this.literalValue(this.take());
            end = this.expect('RIGHT_PAREN', 'a fill value is a single number, as in `fill(0)`').end;
        }
        this.report(first.start, end, '`fill` modifiers are experimental: Prometheus refuses them unless started with `--enable-feature=promql-binop-fill-modifiers`.');
        return true;
    }
    /** Applies the operators that bind tighter than one of `precedence` about to be pushed. */
    reduce(precedence, rightAssociative) {
        const base = this.frames.at(-1).operatorBase;
        while (this.operators.length > base) {
            const top = this.operators.at(-1);
            const binds = top.modifiers ? top.precedence > precedence || (top.precedence === precedence && !rightAssociative) : precedence <= parser_UNARY_PRECEDENCE;
            if (!binds)
                return;
            this.apply(this.operators.pop());
        }
    }
    reduceAll() {
        const base = this.frames.at(-1).operatorBase;
        while (this.operators.length > base)
            this.apply(this.operators.pop());
    }
    apply(operator) {
        const { token, modifiers } = operator;
        const rhs = this.operands.pop();
        if (!modifiers) {
            if (rhs.kind === 'number') {
                // A signed number is one literal, as in Prometheus.
                if (token.type === 'SUB')
                    rhs.value = -rhs.value;
                rhs.start = token.start;
                this.operands.push(rhs);
                return;
            }
            const node = { kind: 'unary', start: token.start, end: rhs.end, type: rhs.type, inner: rhs };
            checkUnary(node, this.report);
            this.operands.push(node);
            return;
        }
        const lhs = this.operands.pop();
        const node = {
            kind: 'binary', start: lhs.start, end: rhs.end, type: binaryType(lhs, rhs), op: token.type, opText: this.text(token), lhs, rhs, modifiers,
        };
        checkBinary(node, this.report);
        this.operands.push(node);
    }
    // --- Grouping labels ----------------------------------------------------------------------
    /** `by (...)` or `without (...)` of an aggregation. */
    grouping() {
        const keyword = this.take();
        return { without: keyword.type === 'WITHOUT', ...this.groupingLabels(keyword) };
    }
    /** `(label, ...)` after `keyword` (by, without, on, ignoring), or after group_left/right when undefined. */
    groupingLabels(keyword) {
        if (keyword && this.peek().type !== 'LEFT_PAREN') {
            const word = this.text(keyword);
            this.refuse(this.peek(), `\`${word}\` takes a list of labels in brackets, such as \`${word} (job)\`.`);
        }
        this.take();
        const labels = [];
        for (;;) {
            const token = this.peek();
            if (token.type === 'RIGHT_PAREN')
                return { labels, end: this.take().end };
            if (token.type === 'STRING') {
                this.take();
                labels.push({ name: this.quotedName(token, 'label'), start: token.start, end: token.end });
            }
            else if (LABEL_NAMES.has(token.type)) {
                this.take();
                const name = this.text(token);
                if (this.options.names === 'legacy' && !LEGACY_LABEL.test(name))
                    this.legacyName(token, name, 'label');
                labels.push({ name, start: token.start, end: token.end });
            }
            else {
                this.unexpected(token, 'a label name was expected');
            }
            if (this.peek().type === 'COMMA')
                this.take();
            else if (this.peek().type !== 'RIGHT_PAREN')
                this.unexpected(this.peek(), 'labels are separated by `,`');
        }
    }
    // --- Selectors ----------------------------------------------------------------------------
    /** `name`, `name{...}` or `{...}`; `nameToken` has been taken. */
    selector(nameToken) {
        const name = nameToken && this.text(nameToken);
        const node = {
            kind: 'selector', start: nameToken?.start ?? this.peek().start, end: nameToken?.end ?? 0, type: 'vector', name, matchers: [], offset: false, at: false,
        };
        if (this.peek().type === 'LEFT_BRACE') {
            this.take();
            node.end = this.labelMatchers(node.matchers);
        }
        if (this.regexEngine)
            checkSelector(node, this.report);
        return node;
    }
    /** The matchers after `{`, up to and including `}`; returns the end of `}`. */
    labelMatchers(matchers) {
        for (;;) {
            const token = this.take();
            if (token.type === 'RIGHT_BRACE')
                return token.end;
            if (token.type !== 'IDENTIFIER' && token.type !== 'STRING') {
                this.i--;
                this.unexpected(token, 'label matchers look like `{job="api", code=~"5.."}`');
            }
            const op = this.peek().type;
            if (MATCH_OPS[op]) {
                const name = token.type === 'STRING' ? this.quotedName(token, 'label') : this.text(token);
                this.take();
                const value = this.expect('STRING', 'a label is compared with a quoted string, as in `job="api"`');
                matchers.push(this.matcher(name, op, value));
            }
            else if (token.type === 'STRING') {
                // `{"metric.name"}`: the metric name on its own, quoted.
                const metric = this.quotedName(token, 'metric');
                matchers.push({ name: '__name__', op: '=', value: metric, matchesEmpty: () => metric === '' });
            }
            else {
                this.refuse(token, `\`${this.text(token)}\` needs an operator and a quoted value, as in \`${this.text(token)}="value"\`.`);
            }
            const after = this.peek().type;
            if (after === 'COMMA')
                this.take();
            else if (after !== 'RIGHT_BRACE')
                this.unexpected(this.peek(), 'label matchers are separated by `,`');
        }
    }
    matcher(name, opType, valueToken) {
        const { value, utf8 } = this.stringLiteral(valueToken);
        const op = MATCH_OPS[opType];
        if (op === '=' || op === '!=')
            return { name, op, value, matchesEmpty: () => (value === '') === (op === '=') };
        const matcher = { name, op, value, matchesEmpty: () => (0,promql_regex/* regexMatchesEmpty */.yB)(value) === (op === '=~') };
        if (!this.regexEngine)
            return matcher;
        // A regular expression Prometheus refuses yields no matcher: it cannot make the selector empty.
        const refused = { ...matcher, matchesEmpty: () => false };
        if (!utf8 && (0,promql_regex/* isParsedAsRegex */.LO)(value)) {
            this.report(valueToken.start, valueToken.end, `The regular expression ${quote(this.text(valueToken))} is not valid UTF-8 once its escapes are read.`);
            return refused;
        }
        const error = (0,promql_regex/* regexError */.ur)(value);
        if (error) {
            this.report(valueToken.start, valueToken.end, `${quote(value)} is not a valid regular expression for Prometheus: ${error}.`);
            return refused;
        }
        return matcher;
    }
    /** A quoted metric or label name; with legacy names, refused unless it is a legacy name. */
    quotedName(token, what) {
        const { value } = this.stringLiteral(token);
        if (what === 'label' && value === '')
            this.report(token.start, token.end, 'A label name cannot be empty.');
        else if (this.options.names === 'legacy' && !(what === 'metric' ? LEGACY_METRIC : LEGACY_LABEL).test(value))
            this.legacyName(token, value, what);
        return value;
    }
    legacyName(token, name, what) {
        const allowed = what === 'metric' ? '[a-zA-Z_:][a-zA-Z0-9_:]*' : '[a-zA-Z_][a-zA-Z0-9_]*';
        this.report(token.start, token.end, `${quote(name)} is not a valid ${what} name under legacy name validation, which allows \`${allowed}\` only.`);
    }
    stringLiteral(token) {
        return (0,literals/* stringValue */.r$)(this.text(token));
    }
    // --- Literals -----------------------------------------------------------------------------
    /** The value of a NUMBER or DURATION token in seconds; undefined, reported, where Go refuses it. */
    literalValue(token) {
        const text = this.text(token);
        if (token.type === 'NUMBER') {
            const value = (0,literals/* numberValue */.Vg)(text);
            if (value === undefined)
                this.report(token.start, token.end, `${quote(text)} is not a number Prometheus can read (too large, or malformed).`);
            return value;
        }
        const duration = (0,literals/* durationValue */.k6)(text);
        if ('seconds' in duration)
            return duration.seconds;
        this.report(token.start, token.end, duration.error);
        return undefined;
    }
    // --- Postfix modifiers --------------------------------------------------------------------
    /** `[range]` or `[range:step]` after the last operand. */
    rangeOrSubquery() {
        const open = this.take();
        const range = this.positiveDuration('range');
        const target = this.operands.pop();
        if (this.peek().type === 'RIGHT_BRACKET') {
            const close = this.take();
            this.operands.push({ kind: 'matrix', start: target.start, end: close.end, type: this.rangeTarget(target, open.start, close.end) ? 'matrix' : undefined, inner: target });
            return;
        }
        if (this.peek().type !== 'COLON')
            this.unexpected(this.peek(), range.start === range.end ? 'a range takes a duration, as in `[5m]`' : 'a range ends with `]`, a subquery has `:` and a step, as in `[1h:5m]`');
        this.take();
        if (this.peek().type !== 'RIGHT_BRACKET')
            this.positiveDuration('step');
        const close = this.expect('RIGHT_BRACKET', 'a subquery ends with `]`, as in `[1h:5m]`');
        const node = { kind: 'subquery', start: target.start, end: close.end, type: 'matrix', inner: target, offset: false, at: false };
        checkSubquery(node, this.report);
        this.operands.push(node);
    }
    /** Whether a range may follow `target` (a plain selector); reports why not. */
    rangeTarget(target, start, end) {
        if (target.kind !== 'selector') {
            if (target.type !== undefined) {
                this.report(start, end, 'A range (`[5m]`) only follows a metric selector such as `foo`; to range over an expression use a subquery, such as `[5m:1m]`.');
            }
            return false;
        }
        if (target.offset)
            this.report(start, end, 'The range must come before `offset`, as in `foo[5m] offset 1h`.');
        else if (target.at)
            this.report(start, end, 'The range must come before `@`, as in `foo[5m] @ 1700000000`.');
        return true;
    }
    /** A range or step duration; a plain number or duration there must be above zero. */
    positiveDuration(what) {
        const summary = this.durationExpression(false);
        if (summary.literal !== undefined && summary.literal <= 0) {
            this.report(summary.start, summary.end, `The ${what} ${quote(this.input.slice(summary.start, summary.end))} must be greater than 0.`);
        }
        return summary;
    }
    durationExpression(offset) {
        const summary = durationSummary(this.tokens, this.i, offset, (token) => this.literalValue(token), this.report);
        if (summary.syntaxError !== undefined) {
            this.i = summary.syntaxError;
            this.unexpected(this.peek(), offset ? 'an offset takes a duration, as in `offset 5m`' : 'a range takes a duration, as in `[5m]`');
        }
        this.i = summary.next;
        return summary;
    }
    offset() {
        const keyword = this.take();
        const duration = this.durationExpression(true);
        const holder = this.modifierHolder('offset', keyword.start, duration.end);
        if (!holder)
            return;
        if (holder.offset)
            this.report(keyword.start, duration.end, '`offset` is given twice for the same selector.');
        // Like Prometheus, an offset of zero counts as none.
        if (duration.literal !== 0)
            holder.offset = true;
    }
    at() {
        const at = this.take();
        let end;
        const token = this.peek();
        if (token.type === 'START' || token.type === 'END') {
            this.take();
            this.expect('LEFT_PAREN', '`@ start()` and `@ end()` take empty brackets');
            end = this.expect('RIGHT_PAREN', '`@ start()` and `@ end()` take empty brackets').end;
        }
        else {
            const sign = token.type === 'ADD' || token.type === 'SUB' ? this.take() : undefined;
            const number = this.peek();
            if (number.type !== 'NUMBER' && number.type !== 'DURATION')
                this.unexpected(number, '`@` takes a Unix timestamp, `start()` or `end()`');
            this.take();
            const value = this.literalValue(number);
            end = number.end;
            const signed = value === undefined ? 0 : sign?.type === 'SUB' ? -value : value;
            if (!Number.isFinite(signed) || signed >= INT64_BOUND || signed <= -INT64_BOUND) {
                this.report(at.start, end, `The timestamp ${quote(this.input.slice((sign ?? number).start, end))} is out of range for \`@\`.`);
            }
        }
        const holder = this.modifierHolder('@', at.start, end);
        if (!holder)
            return;
        if (holder.at)
            this.report(at.start, end, '`@` is given twice for the same selector.');
        holder.at = true;
    }
    /**
     * Where an offset or `@` modifier is kept: the selector (also that of a range) or the
     * subquery it follows. Anything else is reported; the modifier's text extends the node.
     */
    modifierHolder(what, start, end) {
        const target = this.operands.at(-1);
        const holder = target.kind === 'matrix' ? target.inner : target;
        if (target.kind === 'matrix' && target.type === undefined)
            return undefined;
        if (holder.kind !== 'selector' && holder.kind !== 'subquery') {
            if (target.type !== undefined) {
                this.report(start, end, `\`${what}\` must follow a selector, a range or a subquery (such as \`foo ${what === '@' ? '@ 1700000000' : 'offset 1h'}\`), not this expression.`);
            }
            return undefined;
        }
        target.end = end;
        return holder;
    }
}
/** Code for a message, in backticks; long text is shortened. */
function quote(text) {
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return shown.includes('`') ? `\`\` ${shown} \`\`` : `\`${shown}\``;
}

;// CONCATENATED MODULE: ./src/promql/labels.ts


/**
 * What labels the expression's results carry, following Prometheus's evaluation (`promql/engine.go`,
 * `functions.go`, `info.go`), or undefined when the grammar refuses the expression. Parts that
 * Prometheus would refuse for another reason (an unknown function, a wrong type) may carry
 * anything. Needs no RE2 engine.
 */
function outputLabels(text) {
    const tree = parsePromqlTree(text);
    if (!tree)
        return undefined;
    const { known, open } = labelsOf(tree);
    // In a closed result a missing label is already implied by its absence from `known`.
    const entries = [...known].filter(([, value]) => open || value !== '');
    return { known: Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), open };
}
const ANYTHING = { known: new Map(), open: true };
const NONE = { known: new Map(), open: false };
/** Not a label of alerts, and not tracked. */
const METRIC_NAME = '__name__';
/** The value every series of `set` has for `name` (`''`: missing), or undefined when not known. */
function labels_valueOf(set, name) {
    if (name === '')
        return '';
    return set.known.has(name) ? set.known.get(name) : set.open ? undefined : '';
}
/** The names of a `by (...)`, `on (...)` or `group_left (...)` list, but `__name__`. */
function names(labels) {
    return labels.map((l) => l.name).filter((name) => name !== METRIC_NAME);
}
/**
 * The labels of every node, children first, with explicit stacks rather than recursion: like the
 * parser, this must answer for any depth on any thread.
 */
function labelsOf(root) {
    const order = [];
    const pending = [root];
    while (pending.length > 0) {
        const node = pending.pop();
        order.push(node);
        pending.push(...children(node));
    }
    const results = new Map();
    const of = (node) => results.get(node);
    for (let i = order.length - 1; i >= 0; i--) {
        const node = order[i];
        const set = evaluate(node, of);
        // What the children carry is no longer needed: letting it go keeps memory down on long expressions.
        for (const child of children(node))
            results.delete(child);
        results.set(node, set.known.size > MAX_LABELS ? ANYTHING : set);
    }
    return of(root);
}
/**
 * Each step copies the label sets it combines, so a long chain such as `a or b or ...` would cost
 * time in the square of its length if the sets kept growing. No real alert comes near this many
 * labels in one result (the corpus's most is 12); beyond it the result may carry anything.
 */
const MAX_LABELS = 100;
function children(node) {
    switch (node.kind) {
        case 'number':
        case 'string':
        case 'selector':
            return [];
        case 'matrix':
        case 'subquery':
        case 'paren':
        case 'unary':
            return [node.inner];
        case 'call':
            return node.args;
        case 'aggregate':
            return [node.param, node.expr].filter((n) => n !== undefined);
        case 'binary':
            return [node.lhs, node.rhs];
    }
}
function evaluate(node, of) {
    // A rule turns a scalar into one sample without labels; a string never fires.
    if (node.type === 'scalar' || node.type === 'string')
        return NONE;
    if (node.type === undefined)
        return ANYTHING;
    switch (node.kind) {
        case 'number':
        case 'string':
            return NONE;
        case 'selector':
            return { known: selectorValues(node.matchers), open: true };
        case 'matrix':
        case 'subquery':
        case 'paren':
        case 'unary':
            return of(node.inner);
        case 'aggregate':
            return aggregateLabels(node, of);
        case 'binary':
            return binaryLabels(node, of);
        case 'call':
            return callLabels(node, of);
    }
}
// --- Selectors --------------------------------------------------------------------------------
/** What a selector's matchers fix: `=` a value, `=~` one without regex syntax (`=~"api"`) too. */
function selectorValues(matchers) {
    const known = new Map();
    for (const matcher of matchers) {
        if (matcher.name === METRIC_NAME)
            continue;
        // A value fixed by one matcher holds whatever the others say (if they disagree, nothing is selected).
        if (known.get(matcher.name) === undefined)
            known.set(matcher.name, fixedValue(matcher));
    }
    return known;
}
function fixedValue({ op, value }) {
    if (op === '=')
        return value;
    // Without regex syntax, Prometheus compares `a|b` with each alternative as a plain string.
    if (op === '=~' && !(0,promql_regex/* isParsedAsRegex */.LO)(value) && new Set(value.split('|')).size === 1)
        return value;
    return undefined;
}
// --- Aggregations -----------------------------------------------------------------------------
/** topk, bottomk, limitk and limit_ratio select series and keep their labels. */
const SELECTING = new Set(['TOPK', 'BOTTOMK', 'LIMITK', 'LIMIT_RATIO']);
function aggregateLabels(node, of) {
    if (!node.expr)
        return ANYTHING;
    const inner = of(node.expr);
    if (SELECTING.has(node.op))
        return inner;
    if (node.op !== 'COUNT_VALUES')
        return grouped(inner, node, []);
    // count_values sets its label to each value counted, then groups by it too (unless `without`).
    const label = node.param && stringArgs([node.param]);
    if (!label)
        return ANYTHING;
    return grouped(labels_assign(inner, label[0], undefined), node, label);
}
/** `by (...)` keeps the labels listed (none without a grouping); `without (...)` drops them. */
function grouped(set, { grouping }, alsoKept) {
    if (grouping?.without)
        return drop(set, names(grouping.labels));
    return keepOnly(set, [...names(grouping?.labels ?? []), ...alsoKept]);
}
function keepOnly(set, kept) {
    return { known: new Map(kept.filter((name) => name !== METRIC_NAME).map((name) => [name, labels_valueOf(set, name)])), open: false };
}
function drop(set, dropped) {
    const known = new Map(set.known);
    for (const name of dropped)
        known.set(name, '');
    return { known, open: set.open };
}
function labels_assign(set, name, value) {
    if (name === METRIC_NAME)
        return set;
    return { known: new Map(set.known).set(name, value), open: set.open };
}
// --- Binary operators -------------------------------------------------------------------------
function binaryLabels(node, of) {
    const { lhs, rhs, modifiers, op } = node;
    // A scalar side leaves the vector's labels as they are.
    if (lhs.type === 'scalar')
        return of(rhs);
    if (rhs.type === 'scalar')
        return of(lhs);
    // With a fill value, series without a match on the other side pass too: not followed.
    if (lhs.type !== 'vector' || rhs.type !== 'vector' || modifiers.fill)
        return ANYTHING;
    const left = of(lhs);
    const right = of(rhs);
    switch (op) {
        case 'LOR':
            return either(left, right);
        case 'LUNLESS':
            return left;
        case 'LAND':
            return matched(left, right, modifiers);
    }
    // Prometheus's resultMetric: the "many" side's labels (the left one but with group_right),
    // cut down to the matching labels one-to-one, plus those of group_x(...) from the other side.
    const { group, matching } = modifiers;
    if (!group) {
        const result = matched(left, right, modifiers);
        if (!matching)
            return result;
        return matching.on ? keepOnly(result, names(matching.labels)) : drop(result, names(matching.labels));
    }
    const [many, one] = group.side === 'left' ? [left, right] : [right, left];
    let result = matched(many, one, modifiers);
    for (const name of names(group.labels))
        result = labels_assign(result, name, labels_valueOf(one, name));
    return result;
}
/**
 * The labels of `many`'s series that found a match in `one`: on the matching labels (those of
 * `on(...)`, or all but those of `ignoring(...)`) both sides agree, so what one side fixes holds
 * for the other. If the sides fix different values, nothing matches, and any answer holds.
 */
function matched(many, one, { matching }) {
    const known = new Map(many.known);
    const meet = (name) => known.set(name, labels_valueOf(many, name) ?? labels_valueOf(one, name));
    if (matching?.on) {
        for (const name of names(matching.labels))
            meet(name);
        return { known, open: many.open };
    }
    const ignored = new Set(names(matching?.labels ?? []));
    for (const side of [many, one])
        for (const name of side.known.keys())
            if (!ignored.has(name))
                meet(name);
    if (!many.open || one.open)
        return { known, open: many.open };
    // `one` has no other labels, so `many`'s matched series neither, but for the ignored ones.
    for (const name of ignored)
        if (!known.has(name))
            known.set(name, undefined);
    return { known, open: false };
}
/** `or`: series of either side. */
function either(left, right) {
    const known = new Map();
    for (const side of [left, right]) {
        for (const name of side.known.keys()) {
            const value = labels_valueOf(left, name);
            known.set(name, value === labels_valueOf(right, name) ? value : undefined);
        }
    }
    return { known, open: left.open || right.open };
}
// --- Functions --------------------------------------------------------------------------------
function callLabels({ args, fn, name }, of) {
    // Most functions compute values and keep the labels of their vector or range argument;
    // without one (`vector(1)`, `hour()`) the result has none.
    const index = fn.args.findIndex((type) => type === 'vector' || type === 'matrix');
    const source = index === -1 || !args[index] ? NONE : of(args[index]);
    switch (name) {
        case 'absent':
            return absentLabels(unwrapParens(args[0]));
        case 'absent_over_time': {
            const range = unwrapParens(args[0]);
            return absentLabels(range?.kind === 'matrix' ? range.inner : undefined);
        }
        case 'label_replace':
            return labelReplace(args, of);
        case 'label_join':
            return labelJoin(args, of);
        case 'info':
            return infoLabels(args, of);
        case 'histogram_quantile':
        case 'histogram_fraction':
            // The `le` label of classic buckets goes; native histograms have none.
            return drop(source, ['le']);
        case 'histogram_quantiles': {
            // Each quantile is a series of its own, told apart by the label named in the second argument.
            const label = stringArgs(args.slice(1, 2));
            return label?.length === 1 ? labels_assign(drop(source, ['le']), label[0], undefined) : ANYTHING;
        }
        default:
            return source;
    }
}
/** Prometheus unwraps the brackets around a function's arguments before evaluating it. */
function unwrapParens(node) {
    let inner = node;
    while (inner?.kind === 'paren')
        inner = inner.inner;
    return inner;
}
/**
 * Prometheus's createLabelsForAbsentFunction: the labels a selector fixes with `=`, in order: a
 * second `=` on a label, or another operator after its `=`, drops it; nothing for any other expression.
 */
function absentLabels(node) {
    if (node?.kind !== 'selector')
        return NONE;
    const known = new Map();
    const seen = new Set();
    for (const { name, op, value } of node.matchers) {
        if (name === METRIC_NAME)
            continue;
        if (op === '=' && !seen.has(name)) {
            known.set(name, value);
            seen.add(name);
        }
        else {
            known.delete(name);
        }
    }
    return { known, open: false };
}
/** The values of string arguments (in brackets or not), or undefined when one is not a string literal. */
function stringArgs(args) {
    const values = [];
    for (const arg of args) {
        const literal = unwrapParens(arg);
        if (literal?.kind !== 'string')
            return undefined;
        values.push(literal.value);
    }
    return values;
}
/** Patterns that match any value (Prometheus anchors them as `^(?s:...)$`). */
const MATCHES_ANY = new Set(['.*', '(.*)']);
/**
 * `label_replace(v, dst, replacement, src, regex)` sets `dst` where `regex` matches `src`'s
 * value and leaves the series alone elsewhere. Known only for a replacement without `$`, and
 * either a regex that matches anything or a plain one tested against a known source value.
 */
function labelReplace(args, of) {
    const strings = stringArgs(args.slice(1));
    if (!args[0] || strings?.length !== 4)
        return ANYTHING;
    const input = of(args[0]);
    const [dst, replacement, src, regex] = strings;
    const source = src === METRIC_NAME ? undefined : labels_valueOf(input, src);
    let matches;
    if (MATCHES_ANY.has(regex))
        matches = true;
    else if (source !== undefined && !(0,promql_regex/* isParsedAsRegex */.LO)(regex))
        matches = regex.split('|').includes(source);
    if (matches === false)
        return input;
    const replaced = replacement.includes('$') ? undefined : replacement;
    // Where the regex may not match, `dst` keeps its previous value: known only if that is the replacement too.
    const certain = matches === true || replaced === labels_valueOf(input, dst);
    return labels_assign(input, dst, certain ? replaced : undefined);
}
/** `label_join(v, dst, separator, src...)` always sets `dst`: known when every source value is. */
function labelJoin(args, of) {
    const strings = stringArgs(args.slice(1));
    if (!args[0] || !strings || strings.length < 2)
        return ANYTHING;
    const input = of(args[0]);
    const [dst, separator, ...sources] = strings;
    const values = sources.map((src) => (src === METRIC_NAME ? undefined : labels_valueOf(input, src)));
    const joined = values.every((value) => value !== undefined) ? values.join(separator) : undefined;
    return labels_assign(input, dst, joined);
}
/**
 * `info(v, {...})` adds the labels of matching info series that `v`'s series lack: only those the
 * label filter names, or any when it names none but `__name__`. Labels `v` has keep their value.
 */
function infoLabels(args, of) {
    const filter = args[1];
    if (!args[0] || (filter && filter.kind !== 'selector'))
        return ANYTHING;
    const input = of(args[0]);
    const added = filter ? filter.matchers.map((m) => m.name).filter((name) => name !== METRIC_NAME) : [];
    const present = (name) => {
        const value = labels_valueOf(input, name);
        return value === '' ? undefined : value;
    };
    if (added.length === 0)
        return { known: new Map([...input.known.keys()].map((name) => [name, present(name)])), open: true };
    const known = new Map(input.known);
    for (const name of added)
        known.set(name, present(name));
    return { known, open: input.open };
}

;// CONCATENATED MODULE: ./src/alertmanager/check-matching.ts



/** Label names Alertmanager checks with the classic rule (`match`, `match_re` keys). */
const CLASSIC_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/**
 * Checks a `matchers:` list (routes, inhibition rules) as Alertmanager's fallback mode reads it
 * and returns the matchers it ends up with.
 */
function checkMatchersList(value, path, issues) {
    const matchers = [];
    list(value).forEach((entry, i) => {
        const parsed = parseMatchers(go_values_text(entry));
        for (const { id, start, end, message, help, severity } of parsed.problems) {
            const more = { valueSpan: { start, end }, ...(severity ? { severity } : {}) };
            issues.error(id, [...path, i], message, help, more);
        }
        matchers.push(...parsed.matchers);
    });
    return matchers;
}
/**
 * Checks a deprecated `match` / `match_re` map (`source_match`, `target_match_re`, ...) and
 * warns with the `matchers:` that replaces it. Returns the matchers it stands for.
 */
function checkMatchMap(container, key, regexp, path, issues) {
    const map = container[key];
    if (!go_values_isMapping(map))
        return [];
    const matchers = [];
    let valid = true;
    for (const [name, raw] of Object.entries(map)) {
        if (!CLASSIC_LABEL_NAME.test(name)) {
            valid = false;
            issues.error('label-name', [...path, key, name], `\`${name}\` is not a valid label name for \`${key}\`.`, 'Use letters, digits and `_`, not starting with a digit; `matchers:` also takes other names in double quotes.', { target: 'key' });
        }
        if (regexp && !present(raw)) {
            valid = false;
            issues.error('bad-regexp', [...path, key, name], `\`${name}\` in \`${key}\` has no regular expression.`, 'Write a regular expression, or remove the entry.');
            continue;
        }
        const value = go_values_text(raw);
        const problem = regexp ? (0,promql_regex/* goRegexpError */.c5)(value) : undefined;
        if (problem !== undefined) {
            valid = false;
            issues.error('bad-regexp', [...path, key, name], `\`${value}\` is not a valid regular expression: ${problem}.`, 'Regular expressions use Go (RE2) syntax: no look-arounds or back-references.');
            continue;
        }
        matchers.push({ name, type: regexp ? '=~' : '=', value });
    }
    if (valid && matchers.length > 0) {
        const replacement = key.replace(/match(_re)?$/, 'matchers');
        const entries = matchers.map((m) => `'${formatMatcher(m).replace(/'/g, "''")}'`).join(', ');
        issues.warning('deprecated-match', [...path, key], `\`${key}\` is deprecated.`, `Use \`${replacement}: [${entries}]\` instead.`, { target: 'key' });
    }
    return matchers;
}
/** Label names in `group_by` and `equal`: Alertmanager's fallback mode takes any non-empty UTF-8 name. */
function checkLabelNames(value, path, issues, what) {
    const names = [];
    list(value).forEach((entry, i) => {
        const name = go_values_text(entry);
        if (name === '')
            issues.error('label-name', [...path, i], `An empty label name in \`${what}\`.`, 'Write a label name, or remove the entry.');
        names.push(name);
    });
    return names;
}

;// CONCATENATED MODULE: ./src/alertmanager/check-route.ts


/** What Alertmanager refuses in the routing tree, given the receiver and time interval names that exist. */
function checkRoutingTree(route, receivers, timeIntervals, issues) {
    if (!go_values_isMapping(route)) {
        issues.error('no-route', route === undefined ? [] : ['route'], 'The config has no `route`.', 'Add a root `route` with a `receiver`: every alert enters the routing tree there.', { target: 'key' });
        return;
    }
    const at = ['route'];
    if (go_values_text(route.receiver) === '') {
        issues.error('root-route-receiver', at, 'The root route has no `receiver`.', 'Name the receiver that gets every alert no child route takes.', { target: 'key' });
    }
    for (const key of ['match', 'match_re', 'matchers']) {
        const value = route[key];
        const count = Array.isArray(value) ? value.length : go_values_isMapping(value) ? Object.keys(value).length : 0;
        if (count > 0)
            issues.error('root-route-matchers', [...at, key], `The root route cannot have \`${key}\`.`, 'The root route takes every alert; move the condition to a child route.', { target: 'key' });
    }
    for (const key of ['mute_time_intervals', 'active_time_intervals']) {
        if (list(route[key]).length > 0)
            issues.error('root-route-time-intervals', [...at, key], `The root route cannot have \`${key}\`.`, 'Set time intervals on child routes.', { target: 'key' });
    }
    if (truthy(route.continue))
        issues.error('root-route-continue', [...at, 'continue'], 'The root route cannot have `continue`.', 'Remove `continue` from the root route.', { target: 'key' });
    checkRoute(route, at, receivers, timeIntervals, issues);
}
function checkRoute(route, at, receivers, timeIntervals, issues) {
    const receiver = go_values_text(route.receiver);
    if (receiver !== '' && !receivers.has(receiver)) {
        issues.error('unknown-receiver', [...at, 'receiver'], `No receiver is named \`${receiver}\`.`, `Define \`${receiver}\` under \`receivers\`, or route to a receiver that exists.`);
    }
    for (const key of ['mute_time_intervals', 'active_time_intervals']) {
        list(route[key]).forEach((name, i) => {
            if (!timeIntervals.has(go_values_text(name))) {
                issues.error('unknown-time-interval', [...at, key, i], `No time interval is named \`${go_values_text(name)}\`.`, 'Define it under `time_intervals`, or use one that exists.');
            }
        });
    }
    checkGroupBy(route.group_by, [...at, 'group_by'], issues);
    for (const key of ['group_interval', 'repeat_interval']) {
        if (modelDurationMs(route[key]) === 0)
            issues.error('zero-interval', [...at, key], `\`${key}\` cannot be zero.`, 'Set a positive duration, such as `5m`.');
    }
    checkMatchMap(route, 'match', false, at, issues);
    checkMatchMap(route, 'match_re', true, at, issues);
    checkMatchersList(route.matchers, [...at, 'matchers'], issues);
    if (go_values_isMapping(route.labels)) {
        for (const name of Object.keys(route.labels)) {
            if (name === '')
                issues.error('label-name', [...at, 'labels', name], 'A route label has an empty name.', 'Name the label.', { target: 'key' });
        }
    }
    list(route.routes).forEach((child, i) => {
        const path = [...at, 'routes', i];
        if (go_values_isMapping(child))
            checkRoute(child, path, receivers, timeIntervals, issues);
        else if (!present(child))
            issues.error('empty-route', path, 'This child route is empty.', 'Remove the empty `-` entry: Alertmanager cannot load a route that is null.');
    });
}
function checkGroupBy(value, path, issues) {
    const names = checkLabelNames(value, path, issues, 'group_by');
    const seen = new Set();
    names.forEach((name, i) => {
        if (name === '...' || name === '')
            return;
        if (seen.has(name))
            issues.error('group-by-duplicate', [...path, i], `\`${name}\` is listed twice in \`group_by\`.`, 'Remove the repeated label.');
        seen.add(name);
    });
    if (names.includes('...') && seen.size > 0) {
        issues.error('group-by-all', [...path, names.indexOf('...')], '`...` cannot be combined with other labels in `group_by`.', '`...` already groups by every label: use it alone, or list the labels.');
    }
}

;// CONCATENATED MODULE: ./src/alertmanager/check-time-intervals.ts

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TIME = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
/**
 * Checks `time_intervals` and the deprecated `mute_time_intervals` (timeinterval.go) and
 * returns the names they define: both lists share one set of names.
 */
function checkTimeIntervals(config, issues) {
    const names = new Set();
    if (list(config.mute_time_intervals).length > 0) {
        issues.warning('deprecated-mute-time-intervals', ['mute_time_intervals'], '`mute_time_intervals` is deprecated.', 'Rename it to `time_intervals` (routes refer to them the same way).', { target: 'key' });
    }
    for (const key of ['mute_time_intervals', 'time_intervals']) {
        list(config[key]).forEach((entry, i) => {
            if (!go_values_isMapping(entry))
                return;
            const path = [key, i];
            const name = go_values_text(entry.name);
            if (name === '')
                issues.error('time-interval-name', path, 'This time interval has no `name`.', 'Name it: routes refer to time intervals by name.', { target: 'key' });
            else if (names.has(name))
                issues.error('duplicate-time-interval', [...path, 'name'], `Another time interval is already named \`${name}\`.`, 'Give each time interval its own name.');
            names.add(name);
            list(entry.time_intervals).forEach((interval, j) => check_time_intervals_checkInterval(interval, [...path, 'time_intervals', j], issues));
        });
    }
    return names;
}
function check_time_intervals_checkInterval(interval, path, issues) {
    if (!go_values_isMapping(interval))
        return;
    list(interval.times).forEach((range, i) => checkTimeRange(range, [...path, 'times', i], issues));
    const ranges = [
        ['weekdays', weekdayRange],
        ['days_of_month', dayOfMonthRange],
        ['months', monthRange],
        ['years', yearRange],
    ];
    for (const [key, check] of ranges) {
        list(interval[key]).forEach((entry, i) => {
            const problem = check(go_values_text(entry).toLowerCase());
            if (problem)
                issues.error('bad-time-interval', [...path, key, i], `\`${go_values_text(entry)}\` ${problem}.`, RANGE_HELP[key]);
        });
    }
    const location = go_values_text(interval.location);
    if (location !== '' && !isKnownTimeZone(location)) {
        issues.error('bad-time-interval', [...path, 'location'], `\`${location}\` is not a known time zone.`, 'Use an IANA time zone name such as `Europe/Berlin`, or `UTC` / `Local`.');
    }
}
const RANGE_HELP = {
    weekdays: 'Write a weekday or a range of them, such as `monday:friday`.',
    days_of_month: 'Write a day from 1 to 31 (or -1 to -31 from the month end), or a range such as `1:7`.',
    months: 'Write a month name or number, or a range such as `january:march`.',
    years: 'Write a year or a range such as `2025:2026`.',
};
function checkTimeRange(range, path, issues) {
    if (!go_values_isMapping(range))
        return;
    const start = go_values_text(range.start_time);
    const end = go_values_text(range.end_time);
    if (start === '' || end === '') {
        issues.error('bad-time-interval', path, 'A time range needs both `start_time` and `end_time`.', 'Write times as `HH:MM`, such as `09:00` and `17:00`.', { target: 'key' });
        return;
    }
    for (const [key, value] of [['start_time', start], ['end_time', end]]) {
        if (!TIME.test(value))
            issues.error('bad-time-interval', [...path, key], `\`${value}\` is not a time of day.`, 'Write times as `HH:MM` from `00:00` to `24:00`.');
    }
    if (TIME.test(start) && TIME.test(end) && minutes(start) >= minutes(end)) {
        issues.error('bad-time-interval', [...path, 'end_time'], `The time range ends (\`${end}\`) before or when it starts (\`${start}\`).`, 'A range cannot cross midnight: split it in two.');
    }
}
function minutes(time) {
    const [h, m] = time.split(':').map(Number);
    return h * 60 + m;
}
/** Splits `a:b` (or `a`) and reads both ends with `member`, as stringableRangeFromString does. */
function range(input, member) {
    const parts = input.split(':');
    if (parts.length > 2)
        return 'is not a range: write `start:end`';
    const [begin, end] = [member(parts[0]), member(parts[parts.length - 1])];
    if (begin === undefined || end === undefined)
        return 'is not valid';
    return [begin, end];
}
function goAtoi(s) {
    return /^[+-]?\d+$/.test(s) ? Number(s) : undefined;
}
function weekdayRange(input) {
    const r = range(input, (s) => (WEEKDAYS.includes(s) ? WEEKDAYS.indexOf(s) : undefined));
    if (typeof r === 'string')
        return r === 'is not valid' ? 'is not a weekday (write its English name, such as `monday`)' : r;
    return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}
function dayOfMonthRange(input) {
    const r = range(input, goAtoi);
    if (typeof r === 'string')
        return r === 'is not valid' ? 'is not a day of the month' : r;
    const [begin, end] = r;
    const inRange = (n) => n !== 0 && n >= -31 && n <= 31;
    if (!inRange(begin) || !inRange(end))
        return 'is not a day of the month: days run from 1 to 31, or -1 to -31 counted from the end';
    if (begin < 0 && end > 0)
        return 'starts counting from the month end but ends from its start';
    const check = (n) => (n < 0 ? 28 + n : n);
    return check(begin) > check(end) ? 'is a range that ends before it starts' : undefined;
}
function monthRange(input) {
    const r = range(input, (s) => (MONTHS.includes(s) ? MONTHS.indexOf(s) + 1 : goAtoi(s)));
    if (typeof r === 'string')
        return r === 'is not valid' ? 'is not a month (write its English name or its number)' : r;
    return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}
function yearRange(input) {
    const r = range(input, goAtoi);
    if (typeof r === 'string')
        return r === 'is not valid' ? 'is not a year' : r;
    return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}
/**
 * Go's time.LoadLocation reads the IANA database by exact name; the JavaScript runtime's copy
 * stands in for it. A name that only differs in case from a canonical one is refused, as Go's
 * case-sensitive file lookup would.
 */
function isKnownTimeZone(name) {
    if (name === 'UTC' || name === 'Local')
        return true;
    let known = knownTimeZones.get(name);
    if (known === undefined) {
        canonicalZones ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
        const canonical = canonicalZones.get(name.toLowerCase());
        known = acceptedByRuntime(name) && (canonical === undefined || canonical === name);
        knownTimeZones.set(name, known);
    }
    return known;
}
/** Answers per name, and the runtime's canonical names by lower case: both are costly to build. */
const knownTimeZones = new Map();
let canonicalZones;
function acceptedByRuntime(name) {
    try {
        new Intl.DateTimeFormat('en', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/alertmanager/types.ts
/** Collects issues; every check module writes into one of these. */
class Issues {
    all = [];
    error(id, path, message, help, more = {}) {
        this.all.push({ id, path, message, ...(help ? { help } : {}), ...more });
    }
    warning(id, path, message, help, more = {}) {
        this.error(id, path, message, help, { severity: 'warning', ...more });
    }
}

;// CONCATENATED MODULE: ./src/alertmanager/check.ts







/**
 * What Alertmanager's config.Load refuses (or accepts with a warning) beyond the shape the JSON
 * Schema checks: receivers and time intervals that routes name exist and are unique, matchers
 * and regular expressions parse, each integration has its secrets (here or in `global`) set
 * once, URLs are URLs. Written against the current release; copes with any shape of data, so
 * the schema and this can run on the same document.
 */
function checkAlertmanagerConfig(value) {
    const issues = new Issues();
    const config = go_values_isMapping(value) ? value : {};
    const global = go_values_isMapping(config.global) ? config.global : {};
    checkGlobal(global, issues);
    const receivers = checkReceivers(config.receivers, global, issues);
    const timeIntervals = checkTimeIntervals(config, issues);
    checkRoutingTree(go_values_isMapping(value) ? config.route : undefined, receivers, timeIntervals, issues);
    list(config.inhibit_rules).forEach((rule, i) => checkInhibitRule(rule, ['inhibit_rules', i], issues));
    checkTracing(config.tracing, issues);
    checkEventRecorder(config.event_recorder, issues);
    return issues.all;
}
function checkInhibitRule(rule, at, issues) {
    if (!go_values_isMapping(rule))
        return;
    for (const side of ['source', 'target']) {
        checkMatchMap(rule, `${side}_match`, false, at, issues);
        checkMatchMap(rule, `${side}_match_re`, true, at, issues);
        checkMatchersList(rule[`${side}_matchers`], [...at, `${side}_matchers`], issues);
    }
    checkLabelNames(rule.equal, [...at, 'equal'], issues, 'equal');
}
function checkTracing(tracing, issues) {
    if (!go_values_isMapping(tracing))
        return;
    if (go_values_text(tracing.endpoint) === '')
        issues.error('missing-field', ['tracing'], 'Tracing has no `endpoint`.', 'Set the OTLP endpoint, or remove `tracing`.', { target: 'key' });
    checkTlsConfig(tracing.tls_config, ['tracing', 'tls_config'], issues);
}
function checkEventRecorder(recorder, issues) {
    if (!go_values_isMapping(recorder))
        return;
    list(recorder.file_outputs).forEach((output, i) => {
        if (go_values_isMapping(output) && go_values_text(output.path) === '')
            issues.error('missing-field', ['event_recorder', 'file_outputs', i], 'This file output has no `path`.', 'Set the file to write events to.', { target: 'key' });
    });
    list(recorder.webhook_outputs).forEach((output, i) => {
        if (!go_values_isMapping(output))
            return;
        const at = ['event_recorder', 'webhook_outputs', i];
        const url = go_values_text(output.url);
        if (!present(output.url))
            issues.error('missing-field', at, 'This webhook output has no `url`.', 'Set the URL events are posted to.', { target: 'key' });
        else if (httpUrlProblem(url))
            issues.error('bad-url', [...at, 'url'], `\`url\` is not a valid URL: ${httpUrlProblem(url)}.`, 'Write a full `https://` (or `http://`) URL with a host.');
        const batch = truthy(output.batch);
        for (const key of ['batch_max_events', 'batch_max_bytes', 'batch_flush_interval']) {
            const size = key === 'batch_flush_interval' ? (modelDurationMs(output[key]) ?? 0) : Number(output[key] ?? 0);
            if (size < 0)
                issues.error('bad-value', [...at, key], `\`${key}\` cannot be negative.`, 'Set 0 or more.');
            else if (size !== 0 && !batch)
                issues.error('conflicting-fields', [...at, key], `\`${key}\` needs \`batch: true\`.`, 'Enable batching, or remove the batch settings.', { target: 'key' });
        }
        checkHttpConfig(output.http_config, [...at, 'http_config'], issues);
    });
    list(recorder.kafka_outputs).forEach((output, i) => {
        if (!go_values_isMapping(output))
            return;
        const at = ['event_recorder', 'kafka_outputs', i];
        const brokers = list(output.brokers);
        if (brokers.length === 0)
            issues.error('missing-field', at, 'This Kafka output has no `brokers`.', 'List at least one `host:port`.', { target: 'key' });
        brokers.forEach((broker, j) => {
            if (go_values_text(broker) === '')
                issues.error('bad-value', [...at, 'brokers', j], 'A broker address is empty.', 'Write `host:port`, or remove the entry.');
        });
        if (go_values_text(output.topic) === '')
            issues.error('missing-field', at, 'This Kafka output has no `topic`.', 'Set the topic events are produced to.', { target: 'key' });
        checkTlsConfig(output.tls_config, [...at, 'tls_config'], issues);
    });
}

;// CONCATENATED MODULE: ./src/rules/alertmanager-config.ts




/**
 * What Alertmanager refuses to load beyond the config's shape: receivers and time intervals a
 * route names that do not exist, duplicate names, matchers and regexes that do not parse, an
 * integration without its secret (here or in `global`), a URL that is not one.
 */
/* harmony default export */ const alertmanager_config = (defineRule({
    meta: {
        id: 'alertmanager-config',
        summary: 'An Alertmanager config that Alertmanager refuses: a receiver or time interval that does not exist or is defined twice, a matcher or regex that does not parse, an integration missing what it needs.',
        defaultSeverity: 'error',
        blocking: true,
        messages: { invalid: { text: '{problem}' } },
    },
    prepare: loadRegexEngineForAlertmanager,
    check(context) {
        report(context, 'error', 'invalid');
    },
}));
/** Matchers are parsed with Go's regex engine, loaded only for a file that has an Alertmanager config. */
function loadRegexEngineForAlertmanager(context) {
    if (context.model.documents.some((d) => d.kind === 'alertmanager'))
        return (0,promql_regex/* loadRegexEngine */.cG)();
}
/** Each config checked once, though this rule and `alertmanager-deprecated` each report a part. */
const issuesOf = new WeakMap();
/** Reports the checker's issues of one severity, for this rule and `alertmanager-deprecated`. */
function report(context, which, messageId) {
    for (const document of context.model.documents) {
        if (document.kind !== 'alertmanager')
            continue;
        const value = document.value;
        let issues = issuesOf.get(value);
        if (!issues)
            issuesOf.set(value, (issues = checkAlertmanagerConfig(document.value)));
        for (const issue of issues) {
            if ((issue.severity ?? 'error') !== which)
                continue;
            context.report({
                messageId,
                data: { problem: { raw: escapeControls(issue.message) } },
                help: issue.help,
                site: { doc: document.doc, path: issue.path },
                target: issue.target,
                within: issue.valueSpan,
                subject: `${issue.id}:${issue.path.join('/')}`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/rules/alert-routing.ts








/** Kinds whose alerts Prometheus (or a Prometheus-compatible ruler) sends to Alertmanager. */
const ROUTED_KINDS = new Set(['prometheus-rules', 'prometheus-rule-crd', 'ruler-namespace', 'loki-rules', 'loki-alertingrule']);
/**
 * An owner label is worth nothing if Alertmanager sends the page to the catch-all receiver.
 * Every alert's labels go through the routing tree as Alertmanager routes them; an alert is
 * reported when it can only reach the root route, a receiver that notifies nobody, or (with
 * `owners`) receivers that are not its team's. Labels are what the rule sets and what its query
 * fixes (`up{namespace="infra"}`, `sum by (job)`); a route testing a label whose value cannot be
 * known before the alert fires may match, so nothing is reported that depends on it.
 */
/* harmony default export */ const alert_routing = (defineRule({
    meta: {
        id: 'alert-routing',
        summary: 'An alert that Alertmanager can only route to the catch-all receiver, to a receiver that notifies nobody, or (with `owners`) to another team’s receiver.',
        defaultSeverity: 'warning',
        messages: {
            'catch-all': {
                text: 'Alert `{alert}` reaches only the catch-all route of {config}: it is sent to `{receiver}`, whoever watches that.',
                help: 'Add a route that matches its labels (for example its team) to the receiver that should be paged.',
            },
            'black-hole': {
                text: 'Alert `{alert}` is routed in {config} only to receivers with no integration ({receivers}): nobody is notified.',
                help: 'Give the receiver an integration, or route the alert to one that has one.',
            },
            'catch-all-receiver': {
                text: 'Alert `{alert}` is routed in {config} only to receivers this repository counts as catch-all ({receivers}).',
                help: 'Add a route that matches its labels to the receiver that should be paged.',
            },
            'wrong-owner': {
                text: 'Alert `{alert}` is owned by `{owner}` but routed in {config} only to {receivers}, none of them `{owner}`’s ({expected}).',
                help: 'Fix the owner label, or the route that catches the alert first (mind `continue`).',
            },
        },
        options: {
            defaults: { 'catch-all': [], owners: {}, 'owner-labels': ['owner', 'team'] },
            schema: {
                alertmanager: {
                    description: 'The Alertmanager config (a file, or a Kubernetes Secret holding one) that routes the alerts, relative to the repository root. Default: the only one found; with several, name one.',
                    type: 'string',
                    minLength: 1,
                },
                'catch-all': {
                    description: 'Receivers that count as catch-all besides the root route’s own. Default: none.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                },
                owners: {
                    description: 'Owner → the receivers that may page them, e.g. `payments: [payments-pager, payments-slack]`. Default: not checked.',
                    type: 'object',
                    additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
                },
                'owner-labels': {
                    description: 'Label keys that name an alert’s owner, the first non-empty one counting. Default: [owner, team].',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
            },
        },
    },
    // The routing tree's matchers are checked and matched with Go's regex engine.
    prepare: loadRegexEngineForAlertmanager,
    collect(context) {
        const collected = {};
        const alerts = [];
        for (const alert of context.model.alerts) {
            if (!ROUTED_KINDS.has(alert.kind))
                continue;
            const promql = alert.query?.language === 'promql' ? alert.query.text : undefined;
            alerts.push({ name: alert.name, group: alert.group, labels: alert.labels, promql, range: context.rangeOf(alert.site) });
        }
        // Copied out of the Buffer, which may be a slice of a shared 8 KB pool that would be kept (and sent) whole.
        if (alerts.length > 0)
            collected.alerts = new Uint8Array((0,external_node_zlib_namespaceObject.deflateRawSync)(JSON.stringify(alerts), { level: 1 }));
        for (const document of context.model.documents) {
            if (document.kind !== 'alertmanager')
                continue;
            const tree = buildRouteTree(document.value);
            if (tree)
                (collected.configs ??= []).push({ tree, integrations: [...receiverIntegrations(document.value)] });
        }
        return collected.alerts || collected.configs ? collected : undefined;
    },
    async checkProject(context) {
        const config = pickConfig(context);
        if (!config)
            return;
        await (0,promql_regex/* loadRegexEngine */.cG)();
        const { tree, integrations, file } = config;
        const notifies = new Map(integrations);
        const catchAll = new Set([tree.receiver, ...context.options['catch-all']]);
        const shown = { raw: `\`${file}\`` };
        for (const { file: alertFile, data } of context.collected) {
            if (data.alerts === undefined)
                continue;
            for (const pending of JSON.parse((0,external_node_zlib_namespaceObject.inflateRawSync)(data.alerts).toString())) {
                const alert = { ...firingLabels(pending), name: pending.name, group: pending.group, range: pending.range };
                const reached = possibleRoutes(tree, alert);
                // A route that may match on labels we cannot see: nothing is certain, nothing is reported.
                if (reached === undefined)
                    continue;
                const receivers = [...new Set(reached.map((r) => r.receiver))];
                const at = { file: alertFile, range: alert.range, subject: alertSubject(alert) };
                if (reached.length === 1 && reached[0] === tree) {
                    context.report({ ...at, messageId: 'catch-all', data: { alert: alert.name, config: shown, receiver: tree.receiver } });
                }
                else if (receivers.every((r) => (notifies.get(r) ?? 1) === 0)) {
                    context.report({ ...at, messageId: 'black-hole', data: { alert: alert.name, receivers, config: shown } });
                }
                else if (receivers.every((r) => catchAll.has(r))) {
                    context.report({ ...at, messageId: 'catch-all-receiver', data: { alert: alert.name, receivers, config: shown } });
                }
                else {
                    const owner = context.options['owner-labels'].map((key) => alert.labels[key]?.trim()).find(Boolean);
                    const expected = owner === undefined ? undefined : context.options.owners[owner];
                    if (expected && !receivers.some((r) => expected.includes(r))) {
                        context.report({ ...at, messageId: 'wrong-owner', data: { alert: alert.name, owner: owner, receivers, config: shown, expected } });
                    }
                }
            }
        }
    },
}));
/**
 * What is known of an alert's labels when it fires: its query's result labels (what the
 * expression fixes, and whether others may come), overlaid with the group's and the rule's own
 * labels and `alertname`, as Prometheus builds them. Templated values are known only then.
 */
function firingLabels(alert) {
    const series = alert.promql === undefined ? undefined : outputLabels(alert.promql);
    const labels = {};
    const unknown = new Set();
    for (const [name, value] of Object.entries(series?.known ?? {})) {
        if (value === undefined)
            unknown.add(name);
        // An empty value is a label the results do not have.
        else if (value !== '')
            labels[name] = value;
    }
    for (const [name, value] of Object.entries({ ...alert.labels, alertname: alert.name })) {
        unknown.delete(name);
        if (value.includes('{{'))
            unknown.add(name);
        else if (value === '')
            delete labels[name];
        else
            labels[name] = value;
    }
    for (const name of unknown)
        delete labels[name];
    return { labels, closed: series !== undefined && !series.open, ...(unknown.size > 0 && { unknown: [...unknown] }) };
}
/** The Alertmanager config the repository's alerts are routed by: the named one, or the only one. */
function pickConfig(context) {
    const configs = context.collected.flatMap(({ file, data }) => (data.configs ?? []).map((c) => ({ ...c, file })));
    const named = context.options.alertmanager;
    if (named !== undefined)
        return configs.find((c) => c.file === named.replace(/^\.\//, ''));
    return configs.length === 1 ? configs[0] : undefined;
}
/**
 * The routes an alert can end at, as Route.Match walks the tree, or undefined when that depends
 * on a label the alert does not set itself (it may come from its series or external labels).
 */
function possibleRoutes(route, alert) {
    const matched = routeMatches(route.matchers, alert);
    if (matched === 'unknown')
        return undefined;
    if (!matched)
        return [];
    const all = [];
    for (const child of route.routes) {
        const reached = possibleRoutes(child, alert);
        if (reached === undefined)
            return undefined;
        all.push(...reached);
        if (reached.length > 0 && !child.continue)
            break;
    }
    return all.length > 0 ? all : [route];
}
/** Whether a route's matchers all match: `unknown` when one tests a label whose value is not known. */
function routeMatches(matchers, alert) {
    let unknown = false;
    for (const matcher of matchers) {
        const known = matcher.name in alert.labels || (alert.closed && !alert.unknown?.includes(matcher.name));
        if (!known) {
            unknown = true;
            continue;
        }
        // A label the alert cannot have is matched as empty, as Alertmanager does.
        if (!matchers_matcherMatches(matcher, alert.labels))
            return false;
    }
    return unknown ? 'unknown' : true;
}

;// CONCATENATED MODULE: ./src/rules/alert-runbook.ts



/** Hosts reserved for examples (RFC 2606): a runbook there was never written. */
const EXAMPLE_HOST = /(^|\.)example\.(com|org|net)$|^example$/i;
const POINT_IT = 'Point it at a real runbook: an http(s) URL or a file in this repository.';
/** An alert without a runbook wakes someone who does not know what to do. */
/* harmony default export */ const alert_runbook = (defineRule({
    meta: {
        id: 'alert-runbook',
        summary: 'An alert has no runbook (`runbook_url` or `runbook`), or one that leads nowhere: a placeholder (`TODO`, an example domain), a file or heading that does not exist, a URL outside the allowed places or that does not answer (with `runbooks` set).',
        defaultSeverity: 'error',
        messages: {
            missing: {
                text: '{noun} `{alert}`{which} has no runbook: add a runbook annotation ({keys}).',
                help: 'Link the page that tells whoever is paged what to check and how to fix it.{expected}',
            },
            'missing-in-message': {
                text: '{noun} `{alert}`{which} has no runbook: link one in its message.',
                help: 'Write a link whose text says runbook, as `[Runbook](https://...)`, or `Runbook: https://...`.{expected}',
            },
            empty: { text: '{noun} `{alert}`{which}: the runbook is empty.', help: `${POINT_IT}{expected}` },
            placeholder: { text: '{noun} `{alert}`{which}: the runbook is a placeholder (`{value}`).', help: `${POINT_IT}{expected}` },
            'invalid-url': { text: '{noun} `{alert}`{which}: the runbook `{value}` is not a valid URL.', help: `${POINT_IT}{expected}` },
            'not-http': { text: '{noun} `{alert}`{which}: the runbook `{value}` is not an http(s) URL.', help: `${POINT_IT}{expected}` },
            'example-domain': { text: '{noun} `{alert}`{which}: the runbook `{value}` points at an example domain, a placeholder.', help: `${POINT_IT}{expected}` },
            'no-such-file': {
                text: '{noun} `{alert}`{which}: the runbook `{value}` is neither an http(s) URL nor a file in the repository.',
                help: `${POINT_IT}{expected}`,
            },
            'not-allowed': {
                text: '{noun} `{alert}`{which}: the runbook `{value}` is not where runbooks live ({patterns}).',
                help: 'Runbooks are kept where the config’s `runbooks.url-pattern` says, so they can be found and kept up to date.{expected}',
            },
            'no-such-anchor': {
                text: '{noun} `{alert}`{which}: `{file}` has no heading `#{anchor}`.{suggestion}',
                help: 'Link a heading the runbook has (GitHub’s anchor of a heading: lower case, spaces as `-`).',
            },
            'name-not-mentioned': {
                text: '{noun} `{alert}`{which}: the runbook `{file}` does not mention `{alert}`.',
                help: 'A runbook should say which alert it is for, so whoever is paged knows they are on the right page.',
            },
            'broken-link': {
                text: '{noun} `{alert}`: the runbook `{value}` does not answer ({result}).',
                help: 'Fix the link, or restore the page it points at.',
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
    async prepare(context) {
        // Headings are read with a Markdown parser, loaded only when a runbook links one.
        if (context.model.alerts.some((a) => Object.values(a.annotations).some((v) => /\.(md|markdown)#/i.test(v))))
            await loadAnchors();
    },
    check(context) {
        const { annotations, placeholders } = context.options;
        const placeholder = new Set(placeholders.map((p) => p.toLowerCase()));
        const policy = context.settings.runbooks;
        for (const alert of context.model.alerts) {
            const { alert: name, which, noun, labelWord } = describeAlert(alert, context.model.alerts);
            const subject = alertSubject(alert);
            const expected = { raw: expectedRunbook(policy, alert) };
            const key = annotations.find((k) => k in alert.annotations);
            if (key === undefined) {
                // A Datadog monitor's runbook is a link in its message.
                const messageId = alert.kind.startsWith('datadog-') ? 'missing-in-message' : 'missing';
                context.report({ messageId, data: { alert: name, which, noun, labelWord, keys: annotations, expected }, site: alert.annotationsSite, target: 'key', subject });
                continue;
            }
            const value = alert.annotations[key].trim();
            const problem = runbookProblem(value, placeholder, context, alert.name);
            if (problem) {
                const site = alert.annotationSites?.[key] ?? { doc: alert.annotationsSite.doc, path: [...alert.annotationsSite.path, key] };
                context.report({ messageId: problem.id, data: { alert: name, which, noun, labelWord, value, expected, ...problem.data }, site, subject });
            }
        }
    },
    collect(context) {
        if (!context.settings.runbooks.checkLinks)
            return undefined;
        const key = (alert) => context.options.annotations.find((k) => k in alert.annotations);
        const links = [];
        for (const alert of context.model.alerts) {
            const annotation = key(alert);
            const url = annotation && alert.annotations[annotation].trim();
            if (!url || !/^https?:\/\//i.test(url) || url.includes('{{'))
                continue;
            const site = alert.annotationSites?.[annotation] ?? { doc: alert.annotationsSite.doc, path: [...alert.annotationsSite.path, annotation] };
            links.push({ url, alert: alert.name, noun: describeAlert(alert, context.model.alerts).noun.raw, subject: alertSubject(alert), range: context.rangeOf(site) });
        }
        return links.length > 0 ? { links } : undefined;
    },
    async checkProject(context) {
        if (!context.settings.runbooks.checkLinks || context.collected.length === 0)
            return;
        const { LinkChecker, describeLinkResult } = await __nccwpck_require__.e(/* import() */ 789).then(__nccwpck_require__.bind(__nccwpck_require__, 2789));
        const checker = new LinkChecker();
        const checks = context.collected.flatMap(({ file, data }) => data.links.map((link) => ({ file, link, result: checker.check(link.url) })));
        for (const { file, link, result } of checks) {
            const outcome = await result;
            if (outcome.state === 'ok')
                continue;
            context.report({ file, range: link.range, subject: link.subject, messageId: 'broken-link', data: { alert: link.alert, noun: { raw: link.noun }, value: link.url, result: describeLinkResult(outcome) } });
        }
    },
}));
/** Why a runbook value does not lead anywhere, or undefined when it does. */
function runbookProblem(value, placeholders, context, alertName) {
    if (value === '')
        return { id: 'empty' };
    if (placeholders.has(value.toLowerCase()))
        return { id: 'placeholder' };
    // A template (`{{ $labels.runbook }}`) is filled in when the alert fires: nothing to check now.
    if (value.includes('{{'))
        return undefined;
    const policy = context.settings.runbooks;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            return { id: 'invalid-url' };
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return { id: 'not-http' };
        if (EXAMPLE_HOST.test(url.hostname))
            return { id: 'example-domain' };
        if (policy.urlPatterns.length > 0 && !policy.urlPatterns.some((pattern) => urlMatches(value, pattern))) {
            return { id: 'not-allowed', data: { patterns: policy.urlPatterns } };
        }
        return undefined;
    }
    const [file, anchor] = value.replace(/\?.*$/, '').split('#', 2);
    const anchorFinder = anchor && /\.(md|markdown)$/i.test(file) ? alert_runbook_anchors : undefined;
    // Only an anchor or the alert's name needs the runbook's text; otherwise it must only exist.
    if (!anchorFinder && !policy.mentionAlertName)
        return context.fileExists(file) ? undefined : { id: 'no-such-file' };
    const text = context.readFile(file);
    if (text === undefined)
        return { id: 'no-such-file' };
    if (anchorFinder && anchor) {
        const found = anchorFinder.markdownAnchors(text);
        if (!found.includes(anchor.toLowerCase()) && !found.includes(anchor)) {
            const guess = anchorFinder.closestAnchor(anchor, found);
            return { id: 'no-such-anchor', data: { file, anchor, suggestion: { raw: guess ? ` Did you mean \`#${shown(guess)}\`?` : '' } } };
        }
    }
    if (policy.mentionAlertName && !text.toLowerCase().includes(alertName.toLowerCase()))
        return { id: 'name-not-mentioned', data: { file } };
    return undefined;
}
/** A URL prefix, or a regular expression between slashes (`/^https:\/\/wiki\./`). */
function urlMatches(url, pattern) {
    const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
    if (!regex)
        return url.startsWith(pattern);
    try {
        return new RegExp(regex[1], regex[2]).test(url);
    }
    catch {
        return false;
    }
}
/** ` Expected: <url>` from `runbooks.template`, or nothing. */
function expectedRunbook(policy, alert) {
    if (!policy.template)
        return '';
    const url = policy.template.replace(/\{\{\s*(alertname|group|labels\.(\w+))\s*\}\}/g, (_whole, what, label) => {
        if (what === 'alertname')
            return encodeURIComponent(alert.name);
        if (what === 'group')
            return encodeURIComponent(alert.group ?? '');
        // A label the alert does not have is shown as a blank to fill in.
        return alert.labels[label] !== undefined ? encodeURIComponent(alert.labels[label]) : `<${label}>`;
    });
    return ` Expected: ${shown(url)}`;
}
/** The Markdown headings reader, loaded on demand (markdown-it and github-slugger are not small). */
let alert_runbook_anchors;
async function loadAnchors() {
    alert_runbook_anchors ??= await Promise.all(/* import() */[__nccwpck_require__.e(642), __nccwpck_require__.e(192)]).then(__nccwpck_require__.bind(__nccwpck_require__, 192));
}

;// CONCATENATED MODULE: ./src/rules/alert-severity.ts


/**
 * Routing, paging and silences key on severity: an alert without one, or with a value nobody
 * routes (`sev1` where the routes say `critical`), pages the wrong way or not at all.
 */
/* harmony default export */ const alert_severity = (defineRule({
    meta: {
        id: 'alert-severity',
        summary: 'An alert has no severity (label `severity` by default; a Datadog monitor’s priority), or one outside the allowed values.',
        defaultSeverity: 'error',
        messages: {
            missing: {
                text: '{noun} `{alert}`{which} has no severity: add a `{label}` {labelWord} ({allowed}).',
                help: 'Routing and paging decide on it: say how urgent the alert is.',
            },
            'missing-priority': {
                text: 'Monitor `{alert}`{which} has no priority ({allowed}).',
                help: 'Set `priority` (1 is the most urgent), or a `{label}` tag.',
            },
            'not-allowed': {
                text: '{noun} `{alert}`{which} has severity `{value}`, which is not one of {allowed}.',
                help: 'Use one of the values routes and escalation policies know; change the list with the rule’s `allowed` option.',
            },
        },
        options: {
            defaults: { label: 'severity', allowed: ['critical', 'warning', 'info'], priorities: ['P1', 'P2', 'P3', 'P4', 'P5'] },
            schema: {
                label: { description: 'The label that carries the severity. Default: severity.', type: 'string', minLength: 1 },
                allowed: {
                    description: 'The values the label may take. Default: [critical, warning, info].',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
                priorities: {
                    description: 'The values a format’s own severity may take (a Datadog monitor’s priority, as P1 to P5). Default: all five.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                },
            },
        },
    },
    check(context) {
        const { label, allowed, priorities } = context.options;
        for (const alert of context.model.alerts) {
            const { alert: name, which, noun, labelWord } = describeAlert(alert, context.model.alerts);
            const subject = alertSubject(alert);
            const labelValue = alert.labels[label]?.trim();
            // A format's own severity (a priority) wins; a tag or label named like `label` also counts.
            const value = alert.severity?.value ?? labelValue;
            if (value === undefined || value === '') {
                const native = alert.kind.startsWith('datadog-');
                context.report({
                    messageId: native ? 'missing-priority' : 'missing',
                    data: { alert: name, which, noun, labelWord, label, allowed: native ? priorities : allowed },
                    site: native ? alert.site : alert.labelsSite,
                    target: 'key',
                    subject,
                });
                continue;
            }
            // Filled in when the alert fires: nothing to check now.
            if (value.includes('{{'))
                continue;
            const list = alert.severity ? priorities : allowed;
            if (list.includes(value))
                continue;
            const site = alert.severity?.site ?? alert.labelSites?.[label] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, label] };
            context.report({ messageId: 'not-allowed', data: { alert: name, which, noun, labelWord, value, allowed: list }, site, subject });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/alertmanager-deprecated.ts


/**
 * What Alertmanager still loads but is on its way out or reads ambiguously: `match` and
 * `match_re` (use `matchers`), `mute_time_intervals` at the top level (use `time_intervals`), a
 * matcher its new parser refuses and its old one accepts, or that the two read differently.
 */
/* harmony default export */ const alertmanager_deprecated = (defineRule({
    meta: {
        id: 'alertmanager-deprecated',
        summary: 'An Alertmanager config uses what Alertmanager deprecates or reads two ways: `match`/`match_re`, top-level `mute_time_intervals`, a matcher only the old parser accepts.',
        defaultSeverity: 'warning',
        messages: { deprecated: { text: '{problem}' } },
    },
    prepare: loadRegexEngineForAlertmanager,
    check(context) {
        report(context, 'warning', 'deprecated');
    },
}));

;// CONCATENATED MODULE: ./src/rules/duplicate-rule.ts




/** Two rules with the same name and labels write the same series or fire the same alert twice. */
/* harmony default export */ const duplicate_rule = (defineRule({
    meta: {
        id: 'duplicate-rule',
        summary: 'The same alert (name and labels) or recording rule is defined twice in a file, or (with `across`) in two files one Prometheus loads.',
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
            'alert-elsewhere': {
                text: 'Alert `{name}`{same} is already defined in `{file}` at line {line}, which the same Prometheus loads.',
                help: 'Keep one copy: two alerts with the same identity fire as one, and editing one of them seems to do nothing.',
            },
            'record-elsewhere': {
                text: 'Recording rule `{name}`{same} is already defined in `{file}` at line {line}, which the same Prometheus loads.',
                help: 'Keep one copy: both write the same series, which flips between their values when they drift apart.',
            },
        },
        options: {
            defaults: { across: [] },
            schema: {
                across: {
                    description: 'Sets of rule files one Prometheus loads together, checked for duplicates across files: `- files: ["prometheus/prod/**"]`. Default: none (a repository often holds copies for several Prometheus servers).',
                    type: 'array',
                    items: { type: 'object', required: ['files'], properties: { files: { $ref: '#/$defs/globs' } }, additionalProperties: false },
                },
            },
        },
    },
    check(context) {
        const seen = new Map();
        for (const { what, rule } of rulesOf(context.model)) {
            const identity = identityOf(what, rule);
            const fixed = once(() => fixedLabels(rule));
            const earlier = seen.get(identity);
            const first = earlier?.find((e) => !toldApart(e.fixed(), fixed()));
            if (earlier)
                earlier.push({ site: rule.site, fixed });
            else
                seen.set(identity, [{ site: rule.site, fixed }]);
            if (!first)
                continue;
            context.report({ messageId: what, data: { name: rule.name, same: same(rule.labels), line: context.lineOf(first.site) }, site: rule.site, subject: alertSubject(rule) });
        }
    },
    collect(context) {
        if (!context.options.across.some((set) => matcher(set.files)(context.file)))
            return undefined;
        const rules = [];
        for (const { what, rule } of rulesOf(context.model)) {
            rules.push({ what, name: rule.name, identity: identityOf(what, rule), fixed: fixedLabels(rule), subject: alertSubject(rule), range: context.rangeOf(rule.site) });
        }
        return rules.length > 0 ? { rules } : undefined;
    },
    checkProject(context) {
        for (const set of context.options.across) {
            const matches = matcher(set.files);
            const seen = new Map();
            for (const { file, data } of context.collected) {
                if (!matches(file))
                    continue;
                for (const rule of data.rules) {
                    const earlier = seen.get(rule.identity) ?? [];
                    const first = earlier.find((e) => !toldApart(e.fixed, rule.fixed));
                    earlier.push({ file, line: rule.range.start.line, fixed: rule.fixed });
                    seen.set(rule.identity, earlier);
                    // A copy within the file is `check`'s to report.
                    if (!first || first.file === file)
                        continue;
                    context.report({
                        file,
                        range: rule.range,
                        subject: rule.subject,
                        messageId: `${rule.what}-elsewhere`,
                        data: { name: rule.name, same: { raw: '' }, file: first.file, line: first.line },
                    });
                }
            }
        }
    },
}));
/** Name and labels: what promtool compares, and what a copy shares. */
function identityOf(what, rule) {
    return `${what}\u0000${rule.name}\u0000${labelKey(rule.labels)}`;
}
function fixedLabels(rule) {
    if (rule.query?.language !== 'promql')
        return {};
    const known = outputLabels(rule.query.text)?.known ?? {};
    const fixed = {};
    for (const [name, value] of Object.entries(known))
        if (value !== undefined && !(name in rule.labels))
            fixed[name] = value;
    return fixed;
}
/** Whether the two rules' series differ in a label both fix (`''` is a label neither has). */
function toldApart(a, b) {
    for (const [name, value] of Object.entries(a))
        if (name in b && b[name] !== value)
            return true;
    return false;
}
/** Computed the first time it is asked for: most rules have no namesake, so need no labels. */
function once(compute) {
    let value;
    return () => (value ??= { of: compute() }).of;
}
/** Each set's globs compiled once per thread. */
const matchers = new Map();
function matcher(files) {
    const list = typeof files === 'string' ? [files] : files;
    const key = list.join('\u0000');
    let compiled = matchers.get(key);
    if (!compiled)
        matchers.set(key, (compiled = compileGlobs(list)));
    return compiled;
}
function rulesOf(model) {
    return [...model.alerts.map((rule) => ({ what: 'alert', rule })), ...model.recordingRules.map((rule) => ({ what: 'record', rule }))];
}
function same(labels) {
    return { raw: Object.keys(labels).length > 0 ? ' with the same labels' : '' };
}

;// CONCATENATED MODULE: ./src/otel/model-lookup.ts
/** A config's components of one role by id: the first definition wins, as the Collector's duplicate check leaves it. */
function componentsById(config, role) {
    const byId = new Map();
    for (const component of config.components)
        if (component.role === role && !byId.has(component.id))
            byId.set(component.id, component);
    return byId;
}
/** For each component id, the names of the pipelines that list it as a processor or an exporter (once per config). */
function pipelinesUsing(config, list) {
    let byList = usesCache.get(config);
    if (!byList)
        usesCache.set(config, (byList = {}));
    let uses = byList[list];
    if (!uses) {
        uses = new Map();
        for (const pipeline of config.pipelines) {
            for (const ref of pipeline[list]) {
                const names = uses.get(ref.target) ?? [];
                if (!names.includes(pipeline.name))
                    names.push(pipeline.name);
                uses.set(ref.target, names);
            }
        }
        byList[list] = uses;
    }
    return uses;
}
const usesCache = new WeakMap();

;// CONCATENATED MODULE: ./src/otel/transport.ts

/** Keys that hold where a client sends to. */
const ENDPOINT_KEY = /^(endpoint|endpoints|\w+_endpoint|uri|url|server_urls)$/;
/** Shared client settings sit a few levels down (`http.tls`); deeper data is a component's own. */
const transport_MAX_DEPTH = 4;
function transportProblems(settings, path, trusted) {
    const problems = [];
    const visit = (map, at, depth) => {
        const endpoints = endpointsIn(map, at);
        const remote = endpoints.filter((e) => !isTrusted(e.text, trusted));
        const plain = remote.filter((e) => /^http:\/\//i.test(e.text.trim()));
        for (const e of plain)
            problems.push({ kind: 'plainHttp', path: e.path, endpoint: e.text });
        const tls = map.tls;
        // Without an endpoint here, the client's endpoint is unknown: a switched-off check still counts.
        const towardsRemote = endpoints.length === 0 || remote.length > 0;
        if (isMapping(tls) && towardsRemote) {
            const endpoint = remote[0]?.text;
            if (tls.insecure === true && plain.length === 0 && !remote.some((e) => /^https:\/\//i.test(e.text.trim()))) {
                problems.push({ kind: 'tlsOff', path: [...at, 'tls', 'insecure'], endpoint });
            }
            for (const setting of ['insecure_skip_verify', 'verify_certificate', 'verify_hostname']) {
                const off = setting === 'insecure_skip_verify' ? tls[setting] === true : tls[setting] === false;
                if (off)
                    problems.push({ kind: 'noVerify', path: [...at, 'tls', setting], setting: `tls.${setting}: ${String(tls[setting])}`, endpoint });
            }
        }
        if (depth >= transport_MAX_DEPTH)
            return;
        for (const [key, child] of Object.entries(map))
            if (key !== 'tls' && isMapping(child))
                visit(child, [...at, key], depth + 1);
    };
    visit(settings, path, 0);
    return problems;
}
function endpointsIn(map, at) {
    const found = [];
    for (const [key, value] of Object.entries(map)) {
        if (!ENDPOINT_KEY.test(key))
            continue;
        if (typeof value === 'string' && value.trim() !== '')
            found.push({ text: value, path: [...at, key] });
        else if (Array.isArray(value))
            value.forEach((v, i) => typeof v === 'string' && v.trim() !== '' && found.push({ text: v, path: [...at, key, i] }));
    }
    return found;
}
/** Whether an endpoint's host is this machine, or trusted, or not known until start. */
function isTrusted(endpoint, trusted) {
    const host = hostOf(endpoint);
    return host === undefined || isLoopback(host) || trusted(host);
}
/**
 * The host an endpoint names: `http://host:port/path`, `host:port`, `[::1]:4317`,
 * `dns:///host:port`. `undefined` for a Unix socket, or a host written as a reference.
 */
function hostOf(endpoint) {
    const text = endpoint.trim();
    if (/^unix(gram|packet)?:/i.test(text) || text.startsWith('/'))
        return undefined;
    const rest = text.replace(/^[a-z][a-z0-9+.-]*:\/\/\/?/i, '').replace(/^[^@/]*@/, '');
    const host = rest.startsWith('[') ? rest.slice(1, rest.indexOf(']') === -1 ? undefined : rest.indexOf(']')) : rest.split(/[:/?#]/)[0];
    if (host === '' || host.includes('$'))
        return undefined;
    return host.toLowerCase();
}
/** Loopback names and addresses (and 0.0.0.0, which a client reaches on this machine). */
function isLoopback(host) {
    return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1' || host === '0:0:0:0:0:0:0:1' || host === '0.0.0.0';
}

;// CONCATENATED MODULE: ./src/pipelines/places.ts

const at = {
    component: (c) => ({ site: c.site, target: 'key', subject: `${c.role} ${c.id}` }),
    /** A value at `path` (from the document's root) inside a component's settings; list items are named by their `name`. */
    setting: (c, path) => ({
        site: { doc: c.settingsSite.doc, path },
        // Wrapped, so that settings with a `metadata.name` are not taken for a Kubernetes resource.
        subject: `${c.role} ${c.id} ${describePath({ settings: c.settings }, ['settings', ...path.slice(c.settingsSite.path.length)], 0)}`,
    }),
    reference: (r) => ({ site: r.site, subject: `${r.from} -> ${r.target}` }),
    pipeline: (p) => ({ site: p.site, target: 'key', subject: `pipeline ${p.name}` }),
    config: (config) => ({ site: config.site, subject: 'config' }),
};
/** Every place a rule may report at in a config, for the project stage to know where each is. */
function placesOf(config) {
    return [at.config(config), ...config.components.map(at.component), ...config.references.map(at.reference), ...config.pipelines.map(at.pipeline)];
}
/**
 * Every value inside the components' settings (`tls.insecure`, a sampling policy), for rules
 * that report at one setting. Apart from `placesOf`: they are many, and some are places of it
 * too (a Fluent Bit `Match` is a reference).
 */
function settingPlacesOf(config) {
    const places = [];
    for (const component of config.components) {
        const visit = (value, path) => {
            places.push(at.setting(component, path));
            if (Array.isArray(value))
                value.forEach((item, index) => visit(item, [...path, index]));
            else if (typeof value === 'object' && value !== null)
                for (const [key, item] of Object.entries(value))
                    visit(item, [...path, key]);
        };
        visit(component.settings, component.settingsSite.path);
    }
    return places;
}
/** A place's key within its document. */
function placeKey(path, target) {
    return JSON.stringify([target ?? '', path]);
}

;// CONCATENATED MODULE: ./src/pipelines/sets.ts

/**
 * How each program combines the files of one config:
 * - `maps`: the Collector's repeated `--config` (confmap): mappings merged key by key in
 *   order, a later file's value winning, lists replaced whole;
 * - `components`: Vector's config directories and `--config` files (`ConfigBuilder::append`),
 *   Fluent Bit's `@INCLUDE`: every file adds its components to one config.
 * Only these kinds can be declared under `configs:`.
 */
const MERGE_STRATEGIES = {
    'otel-collector': 'maps',
    vector: 'components',
    'fluent-bit': 'components',
};
/** Whether a file is one part of a declared set of its kind: checks that need the whole config wait for the merged one. */
function isPartOfSet(file, kind, settings) {
    return (settings.configSets ?? []).some((set) => set.kind === kind && sets_matchers(set).some((matches) => matches(file)));
}
/** Whether a file is named by some declared set, of any kind. */
function isInSomeSet(file, settings) {
    return (settings.configSets ?? []).some((set) => sets_matchers(set).some((matches) => matches(file)));
}
/**
 * Whether every file a set names by path (not by glob) is among `linted`: a set linted in part
 * (`obslint base.yaml`) would be merged without the files that define what the others use.
 */
function isWhole(set, linted) {
    return set.files.every((entry) => /[*?[\]{}!]/.test(entry) || linted.has(entry.replace(/^\.\//, '')));
}
/** The files of a set among `files` (paths relative to the root), in the order the program merges them. */
function filesOfSet(set, files) {
    const ordered = [];
    for (const matches of sets_matchers(set)) {
        for (const file of files.filter(matches).sort())
            if (!ordered.includes(file))
                ordered.push(file);
    }
    return ordered;
}
/** One matcher per entry of `files`, so the entries' order is the merge order. */
function sets_matchers(set) {
    let compiled = compiledSets.get(set);
    if (!compiled)
        compiledSets.set(set, (compiled = set.files.map((pattern) => compileGlobs([pattern]))));
    return compiled;
}
const compiledSets = new WeakMap();

;// CONCATENATED MODULE: ./src/pipelines/merge.ts





/**
 * Merges a set's documents, in order, as its program does (`MERGE_STRATEGIES`). Findings about
 * the whole config go to the first file.
 */
function mergeSet(kind, parts, settings) {
    if (parts.length === 0)
        return undefined;
    const relaxedPatterns = parts.some((part) => part.document.relaxedPatterns);
    const rangeIn = (part, place) => ({
        file: part.file,
        range: part.document.ranges[placeKey(place.site.path, place.target)] ?? part.document.ranges[placeKey([], undefined)],
    });
    if (MERGE_STRATEGIES[kind] === 'maps') {
        const value = parts.map((part) => part.document.value).reduce(mergeMaps, {});
        const model = emptyModel();
        kindById(kind)?.extract(value, 0, model, settings);
        const config = model.pipelines[0];
        if (!config)
            return undefined;
        return {
            wired: { config, merged: true, relaxedPatterns },
            // A value comes from the last file that has its path: a later file's value wins, lists whole.
            locate: (place) => rangeIn(place.site.path.length === 0 ? parts[0] : (parts.findLast((part) => hasPath(part.document.value, place.site.path)) ?? parts[0]), place),
        };
    }
    return { wired: { config: concatenated(kind, parts), merged: true, relaxedPatterns }, locate: (place) => rangeIn(parts[place.site.doc], place) };
}
/** The Collector's merge of two config maps (confmap, koanf's `maps.Merge`): maps key by key, anything else replaced. */
function mergeMaps(into, from) {
    if (!isMapping(into) || !isMapping(from))
        return from;
    const merged = { ...into };
    for (const [key, value] of Object.entries(from))
        merged[key] = mergeMaps(merged[key], value);
    return merged;
}
function hasPath(value, path) {
    let node = value;
    for (const segment of path) {
        if (Array.isArray(node) && typeof segment === 'number' && segment < node.length)
            node = node[segment];
        else if (isMapping(node) && Object.hasOwn(node, segment))
            node = node[segment];
        else
            return false;
    }
    return true;
}
/** Every document's components and references in one config; a site's `doc` becomes the index of its part. */
function concatenated(kind, parts) {
    const config = { kind, components: [], references: [], pipelines: [], site: { doc: 0, path: [] }, acyclic: parts.every((p) => p.document.config.acyclic) };
    parts.forEach((part, doc) => {
        const move = (item) => ({ ...item, site: { doc, path: item.site.path } });
        const own = part.document.config;
        config.components.push(...own.components.map((c) => ({ ...move(c), settingsSite: { doc, path: c.settingsSite.path } })));
        // A pipeline's references stay the very objects of the config's list.
        const moved = new Map(own.references.map((ref) => [ref, move(ref)]));
        config.references.push(...moved.values());
        const refs = (list) => list.map((ref) => moved.get(ref) ?? move(ref));
        config.pipelines.push(...own.pipelines.map((p) => ({ ...move(p), sources: refs(p.sources), processors: refs(p.processors), sinks: refs(p.sinks) })));
    });
    return config;
}

;// CONCATENATED MODULE: ./src/pipelines/rule.ts





/**
 * A rule on pipeline configs, run on each file's config, except the files of a declared set
 * (`configs:`): those are merged in the project stage, as their program merges them, and the
 * rule runs on the merged config, with findings placed in the file each thing is written in.
 */
function definePipelineRule(spec) {
    return defineRule({
        meta: spec.meta,
        check(context) {
            for (const config of context.model.pipelines) {
                if (config.partial || isPartOfSet(context.file, config.kind, context.settings))
                    continue;
                const wired = { config, merged: false, relaxedPatterns: relaxedPatterns(context.model, config) };
                for (const { messageId, data, place } of spec.check(wired, context.options)) {
                    context.report({ messageId, data, site: place.site, target: place.target, subject: place.subject });
                }
            }
        },
        collect: (context) => partOf(context),
        checkProject(context) {
            const parts = context.collected.flatMap(({ file, data }) => data.map((document) => ({ file, document })));
            const linted = new Set(context.collected.map(({ file }) => file));
            for (const set of context.settings.configSets ?? []) {
                if (!isWhole(set, linted))
                    continue;
                const ofKind = parts.filter((part) => part.document.kind === set.kind);
                const files = filesOfSet(set, [...new Set(ofKind.map((part) => part.file))]);
                const ordered = files.flatMap((file) => ofKind.filter((part) => part.file === file));
                const merged = mergeSet(set.kind, ordered, context.settings);
                if (!merged)
                    continue;
                for (const { messageId, data, place } of spec.check(merged.wired, context.options)) {
                    context.report({ ...merged.locate(place), messageId, data, subject: place.subject });
                }
            }
        },
    });
}
/**
 * A file's part of the declared sets, once per file for all the pipeline rules: empty for a
 * file of a set that has no document of its kind (a layer of comments only), so the project
 * stage still knows it was linted.
 */
function partOf(context) {
    if (partCache.has(context.model))
        return partCache.get(context.model) ?? undefined;
    const part = [];
    for (const config of context.model.pipelines) {
        if (!isPartOfSet(context.file, config.kind, context.settings))
            continue;
        const ranges = {};
        for (const place of [...placesOf(config), ...settingPlacesOf(config)])
            ranges[placeKey(place.site.path, place.target)] ??= context.rangeOf(place.site, place.target);
        const value = documentOf(context.model, config);
        part.push({ kind: config.kind, config, relaxedPatterns: relaxedPatterns(context.model, config), ranges, ...(MERGE_STRATEGIES[config.kind] === 'maps' && { value }) });
    }
    const result = part.length > 0 || isInSomeSet(context.file, context.settings) ? part : undefined;
    partCache.set(context.model, result ?? null);
    return result;
}
const partCache = new WeakMap();
function documentOf(model, config) {
    return model.documents.find((d) => d.kind === config.kind && d.doc === config.site.doc)?.value;
}
/** Vector's global `wildcard_matching: relaxed`. */
function relaxedPatterns(model, config) {
    const value = documentOf(model, config);
    return config.kind === 'vector' && isMapping(value) && value.wildcard_matching === 'relaxed';
}

;// CONCATENATED MODULE: ./src/rules/exporter-insecure.ts






/** Where a component sends to, by kind: OTel exporters, Vector sinks. */
const SENDERS = { 'otel-collector': 'Exporter', vector: 'Sink' };
/**
 * Telemetry carries hostnames, user ids, request payloads and credentials in headers: sent in
 * plain text, or to a server whose certificate is not checked, anyone on the network path can
 * read or alter it. Traffic that stays on the machine (loopback, Unix sockets) is not reported.
 * A config split over files is checked merged: a Collector layer may set the endpoint, and
 * another its `tls`.
 */
/* harmony default export */ const exporter_insecure = (definePipelineRule({
    meta: {
        id: 'exporter-insecure',
        summary: 'A Collector exporter or Vector sink sends to another host unencrypted (`http://`, `tls.insecure: true`) or without checking its certificate.',
        defaultSeverity: 'warning',
        messages: {
            plainHttp: {
                text: '{sender} `{component}`{where} sends to `{endpoint}` over plain HTTP, unencrypted.',
                help: 'Use `https://` (with `tls.ca_file` for a private CA), or list the host in `trusted-hosts` if the network itself encrypts (a service mesh).',
            },
            tlsOff: {
                text: '{sender} `{component}`{where} sends{to} without TLS (`tls.insecure: true`), unencrypted.',
                help: 'Remove `tls.insecure` and give the server a certificate (`tls.ca_file` for a private CA), or list the host in `trusted-hosts` if the network itself encrypts.',
            },
            noVerify: {
                text: '{sender} `{component}`{where} does not check the server\'s certificate (`{setting}`), so anyone on the path can pose as the server{to}.',
                help: 'Remove the setting and trust the server\'s CA instead (`tls.ca_file`).',
            },
        },
        options: {
            defaults: { 'trusted-hosts': [] },
            schema: {
                'trusted-hosts': {
                    description: 'Hosts to trust like this machine (globs, such as `*.svc.cluster.local`): no finding for plain-text or unverified traffic to them. Loopback hosts and Unix sockets are always trusted. Default: none.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                },
            },
        },
    },
    check: (wired, options) => insecureSenders(wired, compileGlobs(options['trusted-hosts'])),
}));
function insecureSenders({ config }, trusted) {
    const sender = SENDERS[config.kind];
    if (!sender)
        return [];
    const issues = [];
    for (const component of config.components) {
        if (component.role !== 'sink' || (config.kind === 'vector' && component.type === 'memory'))
            continue;
        const where = { raw: usedIn(config, component) };
        for (const problem of transportProblems(component.settings, component.settingsSite.path, trusted)) {
            const to = { raw: problem.endpoint === undefined ? '' : ` to \`${shown(hostOf(problem.endpoint) ?? problem.endpoint)}\`` };
            const data = { sender: { raw: sender }, component: component.id, where, to, ...('endpoint' in problem && problem.endpoint !== undefined ? { endpoint: withoutCredentials(problem.endpoint) } : {}), ...('setting' in problem ? { setting: problem.setting } : {}) };
            issues.push({ messageId: problem.kind, data, place: at.setting(component, problem.path) });
        }
    }
    return issues;
}
/** For a Collector exporter: " (pipeline `traces`)", or nothing when no pipeline uses it. */
function usedIn(config, component) {
    if (config.kind !== 'otel-collector')
        return '';
    const names = pipelinesUsing(config, 'sinks').get(component.id) ?? [];
    return names.length === 0 ? '' : ` (pipeline${names.length > 1 ? 's' : ''} ${codeList(names, 'and')})`;
}
/** An endpoint as a message may show it: a `user:password@` in it is a secret, never echoed. */
function withoutCredentials(endpoint) {
    return endpoint.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1***@');
}

;// CONCATENATED MODULE: ./src/rules/fluent-bit-syntax.ts

/** Reported by the reader of Fluent Bit's classic format: a `.conf` file Fluent Bit refuses to read. */
/* harmony default export */ const fluent_bit_syntax = (defineRule({
    meta: {
        id: 'fluent-bit-syntax',
        summary: 'A Fluent Bit classic config (`.conf`) that Fluent Bit refuses to read: inconsistent indentation, a key without a value, a section header without `]`, an unknown `@` command.',
        defaultSeverity: 'error',
        blocking: true,
        // The reader's own message: see src/fluent-bit/classic.ts.
        messages: {},
    },
}));

;// CONCATENATED MODULE: ./src/rules/invalid-suppression.ts

/**
 * A suppression comment obslint cannot honour: malformed, naming a rule that does not exist,
 * giving no reason (required by default), or suppressing a rule a shared config locked.
 */
/* harmony default export */ const invalid_suppression = (defineRule({
    meta: {
        id: 'invalid-suppression',
        summary: 'A suppression comment that cannot be honoured: malformed, an unknown rule, no reason after `--`, or a rule a shared config locked.',
        defaultSeverity: 'error',
        messages: {
            locked: {
                text: '`{rule}` is locked by {source}, so it cannot be suppressed here.',
                help: 'Fix what the finding says; the platform team that owns {source} decides exceptions.',
            },
        },
    },
}));

;// CONCATENATED MODULE: ./src/pipelines/patterns.ts
/**
 * Vector's input patterns, matched in time bounded by the sizes of
 * pattern and text (a table, no backtracking: a config in a pull request must not hang the run).
 */
/** Real names and patterns are short; a match that would cost more counts as a match, so nothing is reported on it. */
const MAX_CELLS = 1_000_000;
/**
 * Rust's `glob::Pattern::matches`, as Vector expands `inputs`: `*` (any text, `.` included),
 * `?` (one character), `[abc]`, `[a-z]` and `[!a]`. A pattern the crate refuses (an unclosed
 * `[`) is not a pattern: Vector keeps it as a plain name. Undefined for such a pattern.
 */
function rustGlobMatches(pattern, text) {
    const tokens = rustGlobTokens(pattern);
    if (!tokens)
        return undefined;
    const chars = [...text];
    if (tokens.length * chars.length > MAX_CELLS)
        return true;
    // reach[j]: the tokens read so far can match the first j characters.
    let reach = [true, ...chars.map(() => false)];
    for (const token of tokens) {
        const next = chars.map(() => false);
        next.push(false);
        for (let j = 0; j <= chars.length; j++) {
            if (token.type === 'star')
                next[j] = reach[j] || (j > 0 && next[j - 1]);
            else if (j > 0 && reach[j - 1])
                next[j] = token.type === 'any' || token.test(chars[j - 1]);
        }
        reach = next;
    }
    return reach[chars.length];
}
function rustGlobTokens(pattern) {
    const chars = [...pattern];
    const tokens = [];
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '*') {
            if (tokens.at(-1)?.type !== 'star')
                tokens.push({ type: 'star' });
        }
        else if (ch === '?')
            tokens.push({ type: 'any' });
        else if (ch === '[') {
            // `]` right after `[` or `[!` is a member, as in the crate.
            const negated = chars[i + 1] === '!';
            let j = i + (negated ? 2 : 1);
            const ranges = [];
            for (let first = true; j < chars.length && (first || chars[j] !== ']'); first = false) {
                if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
                    ranges.push([chars[j], chars[j + 2]]);
                    j += 3;
                }
                else
                    ranges.push([chars[j], chars[j++]]);
            }
            if (j >= chars.length)
                return undefined;
            tokens.push({ type: 'char', test: (c) => ranges.some(([from, to]) => c >= from && c <= to) !== negated });
            i = j;
        }
        else
            tokens.push({ type: 'char', test: (c) => c === ch });
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/pipelines/wiring.ts



/** What each of `config.references` reaches, in the same order (once per config). */
function reaches(config) {
    let found = reachCache.get(config);
    if (!found) {
        const reach = config.kind === 'fluent-bit' ? fluentBitReach(config) : config.kind === 'vector' ? vectorReach(config) : exactReach(config);
        reachCache.set(config, (found = config.references.map(reach)));
    }
    return found;
}
const reachCache = new WeakMap();
/** The program that loads a kind's configs, for messages. */
function programOf(kind) {
    return PROGRAMS[kind] ?? 'the program that loads it';
}
const PROGRAMS = { 'otel-collector': 'the Collector', vector: 'Vector', 'fluent-bit': 'Fluent Bit' };
/** References name components by id, among those of the roles they take (the Collector). */
function exactReach(config) {
    const byId = new Map();
    for (const component of config.components)
        byId.set(component.id, [...(byId.get(component.id) ?? []), component]);
    return (ref) => (byId.get(ref.target) ?? []).filter((c) => ref.roles.includes(c.role));
}
/**
 * Vector's `inputs` (`config::compiler::expand_globs`, `config::graph`): a name, or a glob
 * matched against every output of every source and transform (`route`, and `route.errors` for
 * a named output) except the component's own name.
 */
function vectorReach(config) {
    const exact = exactReach(config);
    const outputs = config.components.filter((c) => c.role === 'source' || c.role === 'processor').map((c) => ({ component: c, names: outputNames(c) }));
    return (ref) => {
        // A pattern the glob crate refuses is kept as a plain name.
        if (ref.pattern !== 'glob' || rustGlobMatches(ref.target, '') === undefined)
            return exact(ref);
        const matched = outputs.filter(({ names }) => names.some((name) => name !== ref.from && rustGlobMatches(ref.target, name)));
        return matched.filter(({ component }) => ref.roles.includes(component.role)).map(({ component }) => component);
    };
}
/** A Vector component's outputs as inputs name them: its id, and `id.name` for each named output its type has. */
function outputNames(component) {
    const named = (names) => names.map((name) => `${component.id}.${name}`);
    const { settings } = component;
    switch (component.type) {
        case 'route':
            return [component.id, ...named([...(isMapping(settings.route) ? Object.keys(settings.route) : []), '_unmatched'])];
        case 'exclusive_route': {
            const routes = Array.isArray(settings.routes) ? settings.routes : [];
            return [component.id, ...named([...routes.flatMap((r) => (isMapping(r) && typeof r.name === 'string' ? [r.name] : [])), '_unmatched'])];
        }
        case 'remap':
            return settings.reroute_dropped === true ? [component.id, ...named(['dropped'])] : [component.id];
        // These sources have only named outputs, one per signal.
        case 'opentelemetry':
            return named(wiring_SIGNALS);
        case 'datadog_agent':
            return settings.multiple_outputs === true ? named(wiring_SIGNALS) : [component.id];
        default:
            return [component.id];
    }
}
const wiring_SIGNALS = ['logs', 'metrics', 'traces'];
/**
 * Fluent Bit routes by tag. The kind resolves each `Match` to the inputs (and rewrite_tag
 * emitters) it reaches in its own file; one that reached nothing there is kept as its
 * pattern, matched here against the tags of every input of the config, so that in a set
 * (`configs:`) an output in one file reaches an input in another.
 */
function fluentBitReach(config) {
    const exact = exactReach(config);
    const tagged = config.components.filter((c) => c.tags !== undefined);
    return (ref) => {
        if (ref.pattern === undefined)
            return exact(ref);
        const matches = ref.pattern === 'regex' ? (tag) => regexMayMatch(ref.target, tag) : (tag) => patternsOverlap(ref.target, tag);
        return tagged.filter((c) => c.tags.some(matches));
    };
}
/** What a format calls a component of a role: a Collector `receiver`, a Vector `transform`, a Fluent Bit `output`. */
function roleName(kind, role) {
    return ROLE_NAMES[kind]?.[role] ?? role;
}
const ROLE_NAMES = {
    'otel-collector': { source: 'receiver', sink: 'exporter' },
    vector: { processor: 'transform' },
    'fluent-bit': { source: 'input', processor: 'filter', sink: 'output' },
};
/**
 * A component's name as its program writes it in messages: a Fluent Bit id carries its
 * section (`input:tail.0`) only to keep an input and an output of one plugin apart.
 */
function componentName(kind, id) {
    return kind === 'fluent-bit' ? id.replace(/^[a-z]+:/, '') : id;
}

;// CONCATENATED MODULE: ./src/rules/log-format.ts



/**
 * A platform team that searches logs by field wants them shipped as JSON: Vector's `text`
 * codec writes only the `message` field, Fluent Bit's `template` or `csv` file formats drop or
 * flatten the rest. Which formats are fine is a team's choice (text to a terminal is), so the
 * rule checks nothing until `formats` lists them. Formats are named as the program names
 * them, except that every JSON one is `json`: Vector's `json` and `native_json` codecs, Fluent
 * Bit's `json`, `json_lines` and `json_stream` (http) and `plain` (file). Collector exporters
 * send structured records (OTLP) by nature and are not checked.
 */
/* harmony default export */ const log_format = (defineRule({
    meta: {
        id: 'log-format',
        summary: 'A Vector sink or Fluent Bit output that ships logs in a format the repository does not accept (such as plain text where JSON is asked for), or JSON without its time. Checks nothing until `formats` is set.',
        defaultSeverity: 'warning',
        messages: {
            format: {
                text: '{role} `{component}` ships logs as `{format}`{default}, which is not one of the formats this repository accepts ({formats}).',
                help: 'Ship them as JSON (`encoding.codec: json` in Vector; `format json` on a Fluent Bit http output, `format plain` on a file output), or add the format to the rule\'s `formats`.',
            },
            noTime: {
                text: 'Output `{component}` ships JSON logs without their time: `json_date_key` is `{value}`.',
                help: 'Remove `json_date_key` (the time then goes under `date`), or set it to the key the backend reads the time from.',
            },
        },
        options: {
            defaults: { formats: [] },
            schema: {
                formats: {
                    description: 'The formats sinks may ship logs in: `json` (every JSON format), or a format as its program names it (`logfmt`, `gelf`, `msgpack`, `text`...). Default: none, and the rule checks nothing.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                },
            },
        },
    },
    check(context) {
        const accepted = new Set(context.options.formats.map((f) => f.toLowerCase()));
        if (accepted.size === 0)
            return;
        const formats = [...accepted];
        for (const config of context.model.pipelines) {
            for (const component of config.components) {
                if (component.role !== 'sink')
                    continue;
                const found = config.kind === 'vector' ? vectorFormat(component) : config.kind === 'fluent-bit' ? fluentBitFormat(component) : undefined;
                if (!found)
                    continue;
                const site = { doc: component.settingsSite.doc, path: found.path };
                if (!accepted.has(normalized(found.format))) {
                    const data = { role: config.kind === 'vector' ? 'Sink' : 'Output', component: componentName(config.kind, component.id), format: found.format, default: { raw: found.written ? '' : ' (its default)' }, formats };
                    context.report({ messageId: 'format', data, site, target: found.written ? 'value' : 'key' });
                }
                else if (found.dateKey) {
                    context.report({ messageId: 'noTime', data: { component: componentName(config.kind, component.id), value: found.dateKey.value }, site: { doc: site.doc, path: found.dateKey.path } });
                }
            }
        }
    },
}));
/** `encoding.codec` of a Vector sink that has one (sinks with a fixed format have none). */
function vectorFormat(component) {
    const encoding = component.settings.encoding;
    if (!isMapping(encoding) || typeof encoding.codec !== 'string')
        return undefined;
    return { format: encoding.codec, written: true, path: [...component.settingsSite.path, 'encoding', 'codec'] };
}
/** The `format` of a Fluent Bit http or file output, as the plugins default it (`out_http`, `out_file`). */
function fluentBitFormat(component) {
    const defaultFormat = FLUENT_BIT_DEFAULTS[component.type];
    if (defaultFormat === undefined)
        return undefined;
    const property = (name) => {
        const key = Object.keys(component.settings).find((k) => k.toLowerCase() === name);
        const value = key === undefined ? undefined : component.settings[key];
        return key !== undefined && typeof value === 'string' ? { key, value } : undefined;
    };
    const format = property('format');
    const found = format
        ? { format: format.value, written: true, path: [...component.settingsSite.path, format.key] }
        : { format: defaultFormat, written: false, path: component.site.path };
    const dateKey = property('json_date_key');
    // `flb_utils_bool`: off, false and no switch it off.
    if (component.type === 'http' && dateKey && ['off', 'false', 'no'].includes(dateKey.value.toLowerCase())) {
        found.dateKey = { value: dateKey.value, path: [...component.settingsSite.path, dateKey.key] };
    }
    return found;
}
/** What the outputs write when `format` is not set: http JSON, file `tag: [time, {record as JSON}]` lines. */
const FLUENT_BIT_DEFAULTS = { http: 'json', file: 'out_file' };
/** Every JSON format is `json`. */
function normalized(format) {
    const name = format.toLowerCase();
    return JSON_FORMATS.has(name) ? 'json' : name;
}
const JSON_FORMATS = new Set(['json', 'native_json', 'json_lines', 'json_stream', 'plain']);

;// CONCATENATED MODULE: ./src/rules/logql-syntax.ts


/**
 * The LogQL checker and the grammar it parses with (some 40 ms to load) are loaded by
 * `prepare`, the first time a file has a LogQL expression: most runs have none.
 */
let logql;
/** An expression Loki cannot parse: the ruler refuses the whole rule file (or rule group) at load time. */
/* harmony default export */ const logql_syntax = (defineRule({
    meta: {
        id: 'logql-syntax',
        summary: 'A LogQL expression is not valid as Loki parses it: grammar, stream selectors, ranges and durations, unwrap and grouping of range aggregations, parameters, regular expressions (RE2), `regexp` and `pattern` parsers.',
        defaultSeverity: 'error',
        blocking: true,
        messages: {
            invalid: {
                text: 'Invalid LogQL: {problem}',
                help: "Loki's ruler refuses a rule file with an invalid expression; try the query in Grafana's Explore view or check the file with `lokitool rules check`.",
            },
        },
    },
    async prepare(context) {
        const queries = context.model.queries.filter((q) => q.language === 'logql');
        if (queries.length === 0)
            return;
        logql ??= await Promise.all(/* import() */[__nccwpck_require__.e(870), __nccwpck_require__.e(24)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8024));
        if (queries.some((q) => logql.needsRegexEngine(q.text)))
            await logql.loadLogqlRegexEngine();
    },
    check(context) {
        for (const query of context.model.queries) {
            if (query.language !== 'logql' || !logql)
                continue;
            for (const problem of logql.checkLogql(query.text)) {
                context.report({
                    messageId: 'invalid',
                    data: { problem: { raw: escapeControls(problem.message) } },
                    site: query.site,
                    within: { start: problem.start, end: problem.end },
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/otel-batch.ts





/** Exporters that send nothing over the network (`prometheus` is scraped), so batching saves nothing. */
const LOCAL_EXPORTERS = new Set(['debug', 'nop', 'prometheus', 'file']);
/**
 * Whether an exporter batches by itself: its sending queue has a `batch` section (the way
 * current Collector releases recommend; `batch:` left empty takes the defaults). Exporters
 * batch by default only behind the alpha feature gate `pkg.exporterhelper.queueBatchEnabled`.
 */
function batchesItself(exporter) {
    const queue = exporter.settings.sending_queue;
    if (!isMapping(queue) || queue.enabled === false || !('batch' in queue))
        return false;
    return !(isMapping(queue.batch) && queue.batch.enabled === false);
}
/**
 * Unbatched, every small payload a receiver gets is its own export request: more connections,
 * worse compression, and a backend that throttles. A config split over files is checked
 * merged: the batch processor or the exporter's `sending_queue.batch` may be in another layer.
 */
/* harmony default export */ const otel_batch = (definePipelineRule({
    meta: {
        id: 'otel-batch',
        summary: 'An OpenTelemetry Collector pipeline sends data unbatched: no `batch` processor, and an exporter without `sending_queue.batch`.',
        defaultSeverity: 'warning',
        messages: {
            unbatched: {
                text: 'Pipeline `{pipeline}` sends to {exporters} without batching: no `batch` processor, and no `sending_queue.batch` on {them}.',
                help: 'Add `sending_queue: { batch: {} }` to the exporter (what current Collector releases recommend), or a `batch` processor as the last processor of the pipeline.',
            },
            // The batch processor takes no profiles: only the exporter's own batching applies.
            unbatchedProfiles: {
                text: 'Pipeline `{pipeline}` sends to {exporters} without batching: no `sending_queue.batch` on {them}.',
                help: 'Add `sending_queue: { batch: {} }` to the exporter; the `batch` processor does not take profiles.',
            },
        },
    },
    check: (wired) => unbatchedPipelines(wired),
}));
function unbatchedPipelines({ config }) {
    if (config.kind !== 'otel-collector')
        return [];
    const processors = componentsById(config, 'processor');
    const exporters = componentsById(config, 'sink');
    const issues = [];
    for (const pipeline of config.pipelines) {
        if (pipeline.processors.some((ref) => processors.get(ref.target)?.type === 'batch'))
            continue;
        // A connector passes data to another pipeline, which batches (or not) on its own.
        const unbatched = [...new Set(pipeline.sinks.map((ref) => ref.target))]
            .map((id) => exporters.get(id))
            .filter((e) => e !== undefined && !LOCAL_EXPORTERS.has(e.type) && !batchesItself(e));
        if (unbatched.length === 0)
            continue;
        const data = { pipeline: pipeline.name, exporters: { raw: codeList(unbatched.map((e) => e.id), 'and') }, them: { raw: unbatched.length === 1 ? 'it' : 'them' } };
        issues.push({ messageId: pipeline.signal === 'profiles' ? 'unbatchedProfiles' : 'unbatched', data, place: at.pipeline(pipeline) });
    }
    return issues;
}

;// CONCATENATED MODULE: ./src/rules/otel-debug-exporter.ts



/** Exporters that write every item to the Collector's own output. */
const DEBUG_TYPES = new Set(['debug', 'logging']);
/**
 * The debug exporter writes every span, metric point and log record to the Collector's log:
 * in production that is log volume paid for twice, a slower Collector, and data in a place
 * nobody secured for it. A config split over files is checked merged: a later layer may
 * replace a pipeline's list of exporters.
 */
/* harmony default export */ const otel_debug_exporter = (definePipelineRule({
    meta: {
        id: 'otel-debug-exporter',
        summary: 'An OpenTelemetry Collector pipeline exports to the `debug` (or removed `logging`) exporter, which writes all data to the Collector\'s log.',
        defaultSeverity: 'warning',
        messages: {
            debug: {
                text: 'Pipeline `{pipeline}` exports to `{exporter}`, which writes every item to the Collector\'s log: noise and cost in production.',
                help: 'Remove it from the pipeline, or keep it in a config used only for debugging (`verbosity: basic` and sampling keep it small).',
            },
        },
    },
    check: (wired) => debugExports(wired),
}));
function debugExports({ config }) {
    if (config.kind !== 'otel-collector')
        return [];
    const exporters = componentsById(config, 'sink');
    const issues = [];
    for (const pipeline of config.pipelines) {
        for (const ref of pipeline.sinks) {
            const type = exporters.get(ref.target)?.type;
            if (type !== undefined && DEBUG_TYPES.has(type))
                issues.push({ messageId: 'debug', data: { pipeline: pipeline.name, exporter: ref.target }, place: at.reference(ref) });
        }
    }
    return issues;
}

;// CONCATENATED MODULE: ./src/rules/otel-memory-limiter.ts



/**
 * The Collector keeps data in memory between receiving and exporting it; without a memory
 * limiter a burst or a slow backend grows it until the process is killed, and everything in
 * flight is lost. The limiter only protects what comes after it, so it goes first. A config
 * split over files is checked merged: a layer that only changes a pipeline's exporters keeps
 * the processors of the layer before it.
 */
/* harmony default export */ const otel_memory_limiter = (definePipelineRule({
    meta: {
        id: 'otel-memory-limiter',
        summary: 'An OpenTelemetry Collector pipeline has no `memory_limiter` processor, or does not run it first.',
        defaultSeverity: 'warning',
        messages: {
            missing: {
                text: 'Pipeline `{pipeline}` has no `memory_limiter` processor, so a burst of data or a slow backend can grow the Collector until it runs out of memory.',
                help: 'Define a `memory_limiter` processor (`check_interval: 1s`, `limit_percentage: 80`, `spike_limit_percentage: 20`) and list it first under the pipeline\'s `processors`.',
            },
            notFirst: {
                text: 'Pipeline `{pipeline}` runs `{limiter}` after `{first}`; the memory limiter must be the first processor to refuse data before other processors hold it.',
                help: 'Move it to the start of the pipeline\'s `processors` list.',
            },
        },
    },
    check: (wired) => limiterProblems(wired),
}));
function limiterProblems({ config }) {
    if (config.kind !== 'otel-collector')
        return [];
    const processors = componentsById(config, 'processor');
    const issues = [];
    for (const pipeline of config.pipelines) {
        const index = pipeline.processors.findIndex((ref) => processors.get(ref.target)?.type === 'memory_limiter');
        if (index === -1) {
            issues.push({ messageId: 'missing', data: { pipeline: pipeline.name }, place: at.pipeline(pipeline) });
        }
        else if (index > 0) {
            const limiter = pipeline.processors[index];
            issues.push({ messageId: 'notFirst', data: { pipeline: pipeline.name, limiter: limiter.target, first: pipeline.processors[0].target }, place: at.reference(limiter) });
        }
    }
    return issues;
}

;// CONCATENATED MODULE: ./src/otel/sampling.ts


/** Below 2^-56 (as a ratio) the sampler cannot express the probability (`sampling.MinSamplingProbability`). */
const MIN_PERCENTAGE = 100 * 2 ** -56;
const MAX_PRECISION = 14;
/** `probabilistic_sampler`: `sampling_percentage` defaults to 0, which keeps nothing. */
function probabilisticSamplerProblems(settings, path) {
    const problems = [];
    const percentage = settings.sampling_percentage;
    const at = [...path, 'sampling_percentage'];
    if (isSubstitution(percentage)) {
        // Known only when the Collector starts.
    }
    else if (percentage === undefined || percentage === null || percentage === 0) {
        problems.push({ kind: 'samplesNothing', path: percentage === undefined || percentage === null ? path : at, value: '0' });
    }
    else if (typeof percentage === 'number') {
        if (percentage < 0 || !Number.isFinite(percentage))
            problems.push({ kind: 'negative', path: at, value: String(percentage) });
        else if (percentage < MIN_PERCENTAGE)
            problems.push({ kind: 'tooSmall', path: at, value: String(percentage) });
    }
    const precision = settings.sampling_precision;
    if (typeof precision === 'number' && (precision === 0 || precision > MAX_PRECISION)) {
        problems.push({ kind: 'precision', path: [...path, 'sampling_precision'], value: String(precision) });
    }
    return problems;
}
/**
 * `tail_sampling`: a trace no policy samples is dropped, so no policies means no traces; the
 * processor refuses a policy without a name or type, and two policies with one name. A
 * `probabilistic` policy at 0% or a `rate_limiting` one at 0 spans per second samples nothing.
 */
function tailSamplingProblems(settings, path) {
    const policies = settings.policies;
    if (!Array.isArray(policies) || policies.length === 0)
        return [{ kind: 'noPolicies', path: Array.isArray(policies) ? [...path, 'policies'] : path }];
    const problems = [];
    const names = new Set();
    policies.forEach((policy, index) => {
        if (!isMapping(policy))
            return;
        const at = [...path, 'policies', index];
        const name = typeof policy.name === 'string' ? policy.name : '';
        if (name === '')
            problems.push({ kind: 'policyName', path: at, problem: 'missing', name });
        else if (names.has(name))
            problems.push({ kind: 'policyName', path: [...at, 'name'], problem: 'duplicate', name });
        names.add(name);
        problems.push(...policyProblems(policy, at, name || `#${index + 1}`));
    });
    return problems;
}
/** A policy's own problems, and those of the sub-policies of `and` and `composite` policies. */
function policyProblems(policy, at, name) {
    const type = policy.type;
    if (typeof type !== 'string' || type === '')
        return [{ kind: 'policyType', path: at, name }];
    const zero = (section, setting) => {
        const config = isMapping(policy[section]) ? policy[section] : {};
        const value = config[setting];
        if (isSubstitution(value) || (typeof value === 'number' && value > 0))
            return [];
        return [{ kind: 'policySamplesNothing', path: value === undefined ? at : [...at, section, setting], name, setting: `${section}.${setting}` }];
    };
    if (type === 'probabilistic')
        return zero('probabilistic', 'sampling_percentage');
    if (type === 'rate_limiting')
        return zero('rate_limiting', 'spans_per_second');
    const subPolicies = type === 'and' ? subList(policy.and, 'and_sub_policy') : type === 'composite' ? subList(policy.composite, 'composite_sub_policy') : undefined;
    if (!subPolicies)
        return [];
    return subPolicies.list.flatMap((sub, index) => {
        if (!isMapping(sub))
            return [];
        const subName = typeof sub.name === 'string' && sub.name !== '' ? sub.name : `${name} #${index + 1}`;
        return policyProblems(sub, [...at, type, subPolicies.key, index], subName);
    });
}
function subList(section, key) {
    if (!isMapping(section) || !Array.isArray(section[key]))
        return undefined;
    return { key, list: section[key] };
}

;// CONCATENATED MODULE: ./src/rules/otel-sampling.ts





const otel_sampling_CHECKS = {
    probabilistic_sampler: probabilisticSamplerProblems,
    tail_sampling: tailSamplingProblems,
};
/**
 * A sampler set to keep nothing drops all of a signal without an error anywhere; a setting
 * the processor refuses stops the Collector at start. A config split over files is checked
 * merged: a later layer may set the percentage, or replace the policies.
 */
/* harmony default export */ const otel_sampling = (definePipelineRule({
    meta: {
        id: 'otel-sampling',
        summary: 'An OpenTelemetry Collector sampling processor (`probabilistic_sampler`, `tail_sampling`) keeps nothing, or has a percentage or policy the Collector refuses.',
        defaultSeverity: 'error',
        messages: {
            samplesNothing: {
                text: 'Processor `{processor}`{where} samples {value}%, so it drops all data (`sampling_percentage` defaults to 0).',
                help: 'Set `sampling_percentage` to the share to keep, such as `10` for 10%.',
            },
            negative: {
                text: 'Processor `{processor}`{where} has `sampling_percentage` {value}; the Collector refuses a negative or infinite percentage.',
                help: 'Use a percentage from 0 to 100.',
            },
            tooSmall: {
                text: 'Processor `{processor}`{where} has `sampling_percentage` {value}, below the smallest probability the sampler can express; the Collector refuses it.',
                help: 'Use at least 1.4e-15 (%), or remove the processor from the pipeline to drop everything on purpose.',
            },
            precision: {
                text: 'Processor `{processor}`{where} has `sampling_precision` {value}; the Collector refuses it (1 to 14 hex digits).',
                help: 'Leave it out for the default, 4.',
            },
            noPolicies: {
                text: 'Processor `{processor}`{where} has no sampling policies, so it drops every trace.',
                help: 'Add policies, such as `{ name: errors, type: status_code, status_code: { status_codes: [ERROR] } }` and a `probabilistic` one for the rest.',
            },
            policyNameMissing: {
                text: 'A policy of `{processor}`{where} has no `name`; the Collector refuses it.',
                help: 'Give every policy a name: it labels the processor\'s metrics.',
            },
            policyNameDuplicate: {
                text: 'Policy name `{policy}` is used twice in `{processor}`{where}; the Collector refuses it.',
                help: 'Give every policy its own name.',
            },
            policyType: {
                text: 'Policy `{policy}` of `{processor}`{where} has no `type`; the Collector refuses it.',
                help: 'Set `type`, such as `probabilistic`, `latency`, `status_code` or `string_attribute`.',
            },
            policySamplesNothing: {
                text: 'Policy `{policy}` of `{processor}`{where} samples nothing: `{setting}` is 0 or not set.',
                help: 'Set it above 0, or remove the policy.',
            },
        },
    },
    check: (wired) => samplingProblems(wired),
}));
function samplingProblems({ config }) {
    if (config.kind !== 'otel-collector')
        return [];
    const issues = [];
    for (const component of config.components) {
        const check = component.role === 'processor' ? otel_sampling_CHECKS[component.type] : undefined;
        if (!check)
            continue;
        const where = { raw: otel_sampling_usedIn(config, component.id) };
        for (const problem of check(component.settings, component.site.path)) {
            const data = { processor: component.id, where, ...('value' in problem ? { value: problem.value } : {}), ...('name' in problem ? { policy: problem.name } : {}), ...('setting' in problem ? { setting: problem.setting } : {}) };
            const messageId = problem.kind === 'policyName' ? (problem.problem === 'missing' ? 'policyNameMissing' : 'policyNameDuplicate') : problem.kind;
            const atComponent = problem.path.length === component.site.path.length;
            issues.push({ messageId, data, place: atComponent ? at.component(component) : at.setting(component, problem.path) });
        }
    }
    return issues;
}
/** " in pipeline `traces`", " in pipelines `traces` and `traces/2`", or nothing when no pipeline runs it. */
function otel_sampling_usedIn(config, id) {
    const names = pipelinesUsing(config, 'processors').get(id) ?? [];
    if (names.length === 0)
        return '';
    return ` in pipeline${names.length > 1 ? 's' : ''} ${codeList(names, 'and')}`;
}

;// CONCATENATED MODULE: ./src/rules/pipeline-cycle.ts




/**
 * Data that flows in a circle never leaves: Vector refuses a component that reads, through
 * others, from itself (`Cyclic dependency detected`), and the Collector refuses pipelines that
 * feed each other through connectors (`cycle detected`). Fluent Bit starts, but a `rewrite_tag`
 * filter whose new tag a filter on the way matches again re-emits the same records without
 * end (the AWS for Fluent Bit guide: "Fluent Bit will just get stuck"; the newest versions
 * stop the process on it, `recursion_action exit`). Each loop is reported once, at the
 * reference that closes it, naming what the data passes through in order.
 */
/* harmony default export */ const pipeline_cycle = (definePipelineRule({
    meta: {
        id: 'pipeline-cycle',
        summary: 'Data that flows in a circle: Vector components that read from each other, Collector pipelines that feed each other through connectors, a Fluent Bit `rewrite_tag` filter that matches the tag it emits.',
        defaultSeverity: 'error',
        messages: {
            cycle: {
                text: 'Data flows in a circle: {cycle}; {program} refuses it.',
                help: 'Break the circle: remove the input (or connector) that feeds the data back to where it came from.',
            },
            fluentBitCycle: {
                text: 'Records flow in a circle: {cycle}; the re-emitted records are matched again, so Fluent Bit re-emits them without end.',
                help: 'Give the new tag a prefix the `Match` of the `rewrite_tag` filter (and of the filters before it) does not match.',
            },
        },
    },
    check: (wired) => cycles(wired),
}));
function cycles({ config }) {
    if (!config.acyclic)
        return [];
    const nodes = config.kind === 'otel-collector' ? pipelineGraph(config) : componentGraph(config);
    const issues = [];
    for (const group of stronglyConnected(nodes)) {
        const loop = shortestLoop(nodes, group);
        if (!loop)
            continue;
        const labels = loop.map(({ from, through }) => [nodes[from].label, ...(through ? [through] : [])]).flat();
        const text = [...labels, nodes[loop[0].from].label].join(' → ');
        const data = { cycle: { raw: text }, program: { raw: programOf(config.kind) } };
        issues.push({ messageId: config.kind === 'fluent-bit' ? 'fluentBitCycle' : 'cycle', data, place: at.reference(loop[loop.length - 1].via) });
    }
    return issues;
}
/** Vector and the like: every component, with an edge from each component a reference reaches to the component that holds it. */
function componentGraph(config) {
    const index = new Map(config.components.map((c, i) => [c, i]));
    const byId = new Map(config.components.map((c, i) => [c.id, i]));
    const nodes = config.components.map((c) => ({ label: `\`${shown(componentName(config.kind, c.id))}\``, out: [] }));
    const reach = reaches(config);
    config.references.forEach((ref, i) => {
        const to = byId.get(ref.from);
        const found = reach[i];
        if (to === undefined)
            return;
        for (const component of found) {
            // A Fluent Bit route sends its input's records to the outputs it names; every other reference takes data from what it names.
            if (ref.roles.includes('sink'))
                nodes[to].out.push({ to: index.get(component), via: ref });
            else
                nodes[index.get(component)].out.push({ to, via: ref });
        }
    });
    return nodes;
}
/**
 * The Collector: pipelines, with an edge from one that exports to a connector to each that
 * receives from it (between signals the connector converts; `forward` keeps the signal).
 */
function pipelineGraph(config) {
    const reach = reaches(config);
    const reached = new Map(config.references.map((ref, i) => [ref, reach[i]]));
    const connectorOf = (ref) => {
        const found = reached.get(ref);
        return found?.find((c) => c.role === 'connector');
    };
    const nodes = config.pipelines.map((p) => ({ label: `pipeline \`${shown(p.name)}\``, out: [] }));
    config.pipelines.forEach((from, i) => {
        for (const exported of from.sinks) {
            const connector = connectorOf(exported);
            if (!connector)
                continue;
            config.pipelines.forEach((to, j) => {
                if (connector.type === 'forward' && from.signal !== to.signal)
                    return;
                for (const received of to.sources) {
                    if (connectorOf(received) === connector)
                        nodes[i].out.push({ to: j, via: received, through: `connector \`${shown(connector.id)}\`` });
                }
            });
        }
    });
    return nodes;
}
/** Tarjan's strongly connected components, without recursion (a config may chain thousands of components). */
function stronglyConnected(nodes) {
    const index = new Array(nodes.length).fill(-1);
    const low = new Array(nodes.length).fill(0);
    const onStack = new Array(nodes.length).fill(false);
    const stack = [];
    const groups = [];
    let counter = 0;
    for (let root = 0; root < nodes.length; root++) {
        if (index[root] !== -1)
            continue;
        const work = [{ node: root, edge: 0 }];
        index[root] = low[root] = counter++;
        stack.push(root);
        onStack[root] = true;
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const edges = nodes[frame.node].out;
            if (frame.edge < edges.length) {
                const next = edges[frame.edge++].to;
                if (index[next] === -1) {
                    index[next] = low[next] = counter++;
                    stack.push(next);
                    onStack[next] = true;
                    work.push({ node: next, edge: 0 });
                }
                else if (onStack[next])
                    low[frame.node] = Math.min(low[frame.node], index[next]);
                continue;
            }
            work.pop();
            if (work.length > 0)
                low[work[work.length - 1].node] = Math.min(low[work[work.length - 1].node], low[frame.node]);
            if (low[frame.node] !== index[frame.node])
                continue;
            const group = [];
            let member;
            do {
                member = stack.pop();
                onStack[member] = false;
                group.push(member);
            } while (member !== frame.node);
            groups.push(group.sort((a, b) => a - b));
        }
    }
    return groups.sort((a, b) => a[0] - b[0]);
}
/**
 * The shortest loop from a group's first node (in definition order) back to it, as the edges
 * taken; none for a single node without an edge to itself.
 */
function shortestLoop(nodes, group) {
    const start = group[0];
    const members = new Set(group);
    const cameFrom = new Map();
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        for (const edge of nodes[node].out) {
            if (!members.has(edge.to))
                continue;
            if (edge.to === start) {
                const path = [{ from: node, via: edge.via, through: edge.through }];
                for (let at = node; at !== start;) {
                    const step = cameFrom.get(at);
                    path.unshift(step);
                    at = step.from;
                }
                return path;
            }
            if (cameFrom.has(edge.to))
                continue;
            cameFrom.set(edge.to, { from: node, via: edge.via, through: edge.through });
            queue.push(edge.to);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/pipeline-incomplete.ts



/**
 * Data needs a way in and a way out. Where the program refuses a config without one, its kind
 * reports that for a single file (`schema`), and this rule for a set of files merged (no file
 * of a split Collector config need have receivers, exporters and pipelines, only all of them
 * together); where the program starts anyway (Fluent Bit with no output), this rule reports it
 * always.
 */
/* harmony default export */ const pipeline_incomplete = (definePipelineRule({
    meta: {
        id: 'pipeline-incomplete',
        summary: 'A config or pipeline with no way in or no way out: no receivers, exporters or pipelines in a merged Collector config, a pipeline or connector missing one end, no sources or sinks, a Fluent Bit config with no input or no output.',
        defaultSeverity: 'error',
        messages: {
            collectorNone: {
                text: 'No file of this Collector config defines {section}; the Collector refuses to start without one.',
                help: 'Define one in a file listed under `configs:`, and use it in a pipeline.',
            },
            collectorNoPipelines: {
                text: 'No file of this Collector config has a pipeline under `service.pipelines`; the Collector refuses to start without one.',
                help: 'Add a pipeline, such as `traces: { receivers: [otlp], exporters: [otlp_grpc] }`, in a file listed under `configs:`.',
            },
            collectorPipeline: {
                text: 'Pipeline `{pipeline}` has no {list} in any file of this config; the Collector refuses a pipeline without one.',
                help: 'List at least one receiver and one exporter (or connector) for the pipeline; a later file replaces an earlier file\'s list whole.',
            },
            connectorExports: {
                text: 'Connector `{connector}` is an exporter of {signal} pipeline `{pipeline}`, but no pipeline it can pass that data to lists it under `receivers`; the Collector refuses it.',
                help: 'A connector carries data from the pipeline that exports to it to the pipeline that receives from it: list it under `receivers` of the pipeline that should get the data.',
            },
            connectorReceives: {
                text: 'Connector `{connector}` is a receiver of {signal} pipeline `{pipeline}`, but no pipeline it can take that data from lists it under `exporters`; the Collector refuses it.',
                help: 'A connector carries data from the pipeline that exports to it to the pipeline that receives from it: list it under `exporters` of the pipeline the data comes from.',
            },
            vectorNone: {
                text: 'No file of this Vector config defines {section}; Vector refuses to start without one.',
                help: 'Define one in a file listed under `configs:`.',
            },
            fluentBitNoInputs: {
                text: 'This Fluent Bit config has no input, so it collects nothing.',
                help: 'Add an input (`[INPUT]`, or `pipeline.inputs`); if another file has it, list the files under `configs:`.',
            },
            fluentBitNoOutputs: {
                text: 'This Fluent Bit config has no output, so the records it collects go nowhere.',
                help: 'Add an output (`[OUTPUT]`, or `pipeline.outputs`); if another file has it, list the files under `configs:`.',
            },
        },
    },
    check: (wired) => incomplete(wired),
}));
function incomplete(wired) {
    const { config } = wired;
    const place = at.config(config);
    const has = (role) => config.components.some((c) => c.role === role);
    switch (config.kind) {
        case 'otel-collector':
            return wired.merged ? collectorIncomplete(wired) : [];
        case 'vector': {
            if (!wired.merged)
                return [];
            // A memory enrichment table's `source_key` is a source of the model, not under `sources`.
            const sections = { sources: config.components.some((c) => c.role === 'source' && c.type !== 'memory'), sinks: has('sink') };
            return Object.entries(sections).flatMap(([section, found]) => (found ? [] : [{ messageId: 'vectorNone', data: { section: { raw: `\`${section}\`` } }, place }]));
        }
        case 'fluent-bit':
            // A file with no section at all is a parsers or service file, not a pipeline.
            if (config.components.length === 0)
                return [];
            return [...(has('source') ? [] : [{ messageId: 'fluentBitNoInputs', place }]), ...(has('sink') ? [] : [{ messageId: 'fluentBitNoOutputs', place }])];
        default:
            return [];
    }
}
/** What `otelcol.Config.Validate` and the pipeline graph refuse, on the merged config (the kind checks a single file). */
function collectorIncomplete({ config }) {
    const issues = [];
    const place = at.config(config);
    for (const [role, section] of [['source', 'receivers'], ['sink', 'exporters']]) {
        if (!config.components.some((c) => c.role === role))
            issues.push({ messageId: 'collectorNone', data: { section: { raw: `\`${section}\`` } }, place });
    }
    if (config.pipelines.length === 0)
        issues.push({ messageId: 'collectorNoPipelines', place });
    for (const pipeline of config.pipelines) {
        for (const [list, refs] of [['receivers', pipeline.sources], ['exporters', pipeline.sinks]]) {
            if (refs.length === 0)
                issues.push({ messageId: 'collectorPipeline', data: { pipeline: pipeline.name, list: { raw: list } }, place: at.pipeline(pipeline) });
        }
    }
    return [...issues, ...connectorIssues(config.pipelines, reaches(config), config.references)];
}
/**
 * A connector is the exporter of one pipeline and the receiver of another, between signals it
 * converts (`forward` only passes a signal on as it is; other types are left to their factory).
 */
function connectorIssues(pipelines, reach, references) {
    const reached = new Map(references.map((ref, index) => [ref, reach[index]]));
    const uses = (list) => pipelines.flatMap((pipeline) => pipeline[list].flatMap((ref) => {
        const found = reached.get(ref);
        const connector = found?.find((c) => c.role === 'connector');
        return connector ? [{ pipeline, ref, connector }] : [];
    }));
    const exports = uses('sinks');
    const receives = uses('sources');
    const converts = (type, from, to) => type !== 'forward' || from === to;
    const issues = [];
    for (const use of exports) {
        if (receives.some((r) => r.connector === use.connector && converts(use.connector.type, use.pipeline.signal, r.pipeline.signal)))
            continue;
        issues.push({ messageId: 'connectorExports', data: { connector: use.connector.id, signal: use.pipeline.signal, pipeline: use.pipeline.name }, place: at.reference(use.ref) });
    }
    for (const use of receives) {
        if (exports.some((e) => e.connector === use.connector && converts(use.connector.type, e.pipeline.signal, use.pipeline.signal)))
            continue;
        issues.push({ messageId: 'connectorReceives', data: { connector: use.connector.id, signal: use.pipeline.signal, pipeline: use.pipeline.name }, place: at.reference(use.ref) });
    }
    return issues;
}

;// CONCATENATED MODULE: ./src/rules/pipeline-undefined-component.ts




/**
 * A reference that names nothing: Vector refuses an input (or an input pattern) that matches
 * no source or transform, unless `wildcard_matching: relaxed` lets patterns match nothing; the
 * Collector refuses a pipeline or `service.extensions` naming an undefined component (the
 * kind reports that for one file, this rule for a set of files merged) and cannot start a
 * component whose authenticator or storage extension is not defined; a Fluent Bit filter or
 * output whose `Match` matches no input's tag gets no records (Fluent Bit starts anyway).
 */
/* harmony default export */ const pipeline_undefined_component = (definePipelineRule({
    meta: {
        id: 'pipeline-undefined-component',
        summary: 'A pipeline, input list or `Match` that names a component (or tag) the config does not define, so the program refuses it or the data goes nowhere.',
        defaultSeverity: 'error',
        messages: {
            vectorInput: {
                text: '{role} `{component}` lists input `{input}`, which is no source or transform of this config; Vector refuses it.',
                help: 'Fix the name, or define the source or transform it should read from (a sink has no output to read).',
            },
            vectorPattern: {
                text: '{role} `{component}` lists input pattern `{input}`, which matches no source or transform; Vector refuses it.',
                help: 'Fix the pattern, or set `wildcard_matching: relaxed` at the top of the config if it may match nothing.',
            },
            collectorPipeline: {
                text: 'Pipeline `{pipeline}` names {role} `{component}`, which no file of this config defines; the Collector refuses it.',
                help: 'Define it in one of the files listed under `configs:`, or fix the name (ids are `type` or `type/name`).',
            },
            collectorService: {
                text: '`service.extensions` names extension `{component}`, which no file of this config defines; the Collector refuses it.',
                help: 'Define the extension under `extensions:` in one of the files, or remove it from `service.extensions`.',
            },
            collectorExtension: {
                text: '`{user}` uses extension `{component}`, which is not defined under `extensions`; the Collector cannot start `{user}`.',
                help: 'Define the extension under `extensions:` and list it in `service.extensions`, or fix the name.',
            },
            fluentBitRoute: {
                text: 'Input `{component}` routes records to output `{output}`, which this config does not define, so Fluent Bit drops the route (with a warning).',
                help: 'Name an output by its `alias`, its instance name (such as `stdout.0`) or its plugin name, or give a `fallback` that exists.',
            },
            fluentBitMatch: {
                text: '{role} `{component}` matches `{match}`, which is no input\'s tag, so it gets no records.',
                help: 'Match the `Tag` of an input (an input without one is tagged with its instance name, such as `tail.0`), or fix the pattern.',
            },
            other: {
                text: '`{user}` names `{component}`, which is not defined.',
                help: 'Define it, or fix the name.',
            },
        },
    },
    check: (wired) => undefinedReferences(wired),
}));
function undefinedReferences(wired) {
    const { config } = wired;
    const reach = reaches(config);
    const issues = [];
    const byId = new Map(config.components.map((c) => [c.id, c]));
    const role = (id) => roleName(config.kind, byId.get(id)?.role ?? 'source');
    config.references.forEach((ref, index) => {
        const found = reach[index];
        if (found.length > 0)
            return;
        const place = at.reference(ref);
        switch (config.kind) {
            case 'vector':
                if (ref.pattern === 'glob' && wired.relaxedPatterns)
                    return;
                issues.push({ messageId: ref.pattern === 'glob' ? 'vectorPattern' : 'vectorInput', data: { role: capitalized(role(ref.from)), component: ref.from, input: ref.target }, place });
                return;
            case 'otel-collector': {
                const issue = collectorIssue(wired, ref, config.pipelines);
                if (issue)
                    issues.push({ ...issue, place });
                return;
            }
            case 'fluent-bit':
                if (ref.roles.includes('sink')) {
                    issues.push({ messageId: 'fluentBitRoute', data: { component: componentName(config.kind, ref.from), output: ref.target }, place });
                    return;
                }
                issues.push({ messageId: 'fluentBitMatch', data: { role: capitalized(role(ref.from)), component: componentName(config.kind, ref.from), match: ref.target }, place });
                return;
            default:
                issues.push({ messageId: 'other', data: { user: ref.from, component: ref.target }, place });
        }
    });
    return issues;
}
/** The Collector's kind reports a pipeline or `service.extensions` naming nothing in one file; a merged set is this rule's. */
function collectorIssue(wired, ref, pipelines) {
    if (ref.from === 'service')
        return wired.merged ? { messageId: 'collectorService', data: { component: ref.target } } : undefined;
    const pipeline = pipelines.find((p) => p.sources.includes(ref) || p.processors.includes(ref) || p.sinks.includes(ref));
    // Not from a pipeline nor `service`: from a component's settings (`auth.authenticator`, `storage`).
    if (!pipeline)
        return { messageId: 'collectorExtension', data: { user: ref.from, component: ref.target } };
    if (!wired.merged)
        return undefined;
    const role = pipeline.sources.includes(ref) ? 'receiver' : pipeline.processors.includes(ref) ? 'processor' : 'exporter';
    return { messageId: 'collectorPipeline', data: { pipeline: pipeline.name, role, component: ref.target } };
}

;// CONCATENATED MODULE: ./src/rules/pipeline-unused-component.ts




/**
 * A component nothing uses is dead weight at best, and at worst a sign of a mistake: the
 * exporter meant for production that no pipeline lists, the source whose logs are dropped.
 * The Collector does not start a component no pipeline names (nor an extension missing from
 * `service.extensions`); Vector warns that a source or transform "has no consumers" and drops
 * its events; Fluent Bit drops the records of an input whose tag no output matches.
 */
/* harmony default export */ const pipeline_unused_component = (definePipelineRule({
    meta: {
        id: 'pipeline-unused-component',
        summary: 'A component defined but never used: a Collector receiver, processor, exporter or connector in no pipeline, an extension not started, a Vector source or transform nobody reads, a Fluent Bit input no output matches.',
        defaultSeverity: 'warning',
        messages: {
            collector: {
                text: '{role} `{component}` is in no pipeline, so the Collector does not start it.',
                help: 'List it in a pipeline under `service.pipelines`, or remove it.',
            },
            extension: {
                text: 'Extension `{component}` is not listed in `service.extensions`, so the Collector does not start it.',
                help: 'List it in `service.extensions`, or remove it.',
            },
            extensionInUse: {
                text: 'Extension `{component}` is used by {users} but not listed in `service.extensions`, so the Collector does not start it and cannot start them.',
                help: 'List it in `service.extensions`.',
            },
            vector: {
                text: '{role} `{component}` has no consumers: no transform or sink lists it in `inputs`, so Vector drops its events.',
                help: 'Add it to the `inputs` of the transform or sink that should get its events, or remove it.',
            },
            fluentBit: {
                text: 'Input `{component}` is tagged {tag}, which no output matches, so Fluent Bit drops its records.',
                help: 'Set the `Match` of an output to this tag (or a pattern such as `app.*`), or remove the input.',
            },
        },
    },
    check: (wired) => unusedComponents(wired),
}));
function unusedComponents({ config }) {
    const reach = reaches(config);
    const byId = new Map(config.components.map((c) => [c.id, c]));
    /** For each component, the components or pipelines whose references reach it. */
    const usedBy = new Map();
    config.references.forEach((ref, index) => {
        const found = reach[index];
        const from = byId.get(ref.from);
        if (config.kind === 'fluent-bit') {
            // A route sends its input's records to the outputs it names: the input is used.
            if (ref.roles.includes('sink')) {
                if (from && found.length > 0)
                    usedBy.set(from, [...(usedBy.get(from) ?? []), ...found.map((c) => c.id)]);
                return;
            }
            // A filter changes records on their way; only an output, or a filter that emits new records from them, takes them.
            if (from?.role !== 'sink' && !EMITTING_FILTERS.has(from?.type ?? ''))
                return;
        }
        for (const component of found)
            usedBy.set(component, [...(usedBy.get(component) ?? []), ref.from]);
    });
    const issues = [];
    for (const component of config.components) {
        if (usedBy.has(component) && !(config.kind === 'otel-collector' && component.role === 'extension'))
            continue;
        const data = { role: capitalized(roleName(config.kind, component.role)), component: componentName(config.kind, component.id) };
        const place = at.component(component);
        switch (config.kind) {
            case 'otel-collector': {
                if (component.role !== 'extension') {
                    issues.push({ messageId: 'collector', data, place });
                    continue;
                }
                const users = usedBy.get(component) ?? [];
                if (users.includes('service'))
                    continue;
                issues.push(users.length > 0 ? { messageId: 'extensionInUse', data: { ...data, users: { raw: codeList([...new Set(users)], 'and') } }, place } : { messageId: 'extension', data, place });
                continue;
            }
            case 'vector':
                if (component.role === 'source' || component.role === 'processor')
                    issues.push({ messageId: 'vector', data, place });
                continue;
            case 'fluent-bit':
                if (component.role === 'source')
                    issues.push({ messageId: 'fluentBit', data: { ...data, tag: [...(component.tags ?? [])] }, place });
        }
    }
    return issues;
}
/** Fluent Bit filters that emit new records (through an emitter input) from those they match. */
const EMITTING_FILTERS = new Set(['rewrite_tag', 'log_to_metrics']);

;// CONCATENATED MODULE: ./src/promql/check.ts



/** A regex matcher's operator and its string: `"..."`, `'...'` or a raw `` `...` ``. */
const REGEX_MATCHER = /[=!]~\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|`([^`]*)`)?/g;
/**
 * Whether checking `text` needs the regex engine: it has a regex matcher that is not plain (see
 * `needsGoRegexp`). A string with escapes, or a matcher with no string after it, is taken to
 * need it rather than be unquoted here.
 */
function needsRegexEngine(text) {
    if (!text.includes('=~') && !text.includes('!~'))
        return false;
    for (const match of text.matchAll(REGEX_MATCHER)) {
        const value = match[1] ?? match[2] ?? match[3];
        if (value === undefined || (0,promql_regex/* needsGoRegexp */.r9)(value))
            return true;
    }
    return false;
}
/**
 * Checking takes time and memory in proportion to the text, on any thread; beyond this size an
 * expression is not checked, and that is said plainly rather than passed or refused.
 */
const MAX_CHECKED_LENGTH = 100_000;
/** Every problem Prometheus would refuse the expression for; [] when it loads. */
function checkPromql(text, options) {
    if (text.length > MAX_CHECKED_LENGTH) {
        return [{
                start: 0,
                end: text.length,
                message: `This expression is too large to check (${text.length} characters; obslint checks up to ${MAX_CHECKED_LENGTH}).`,
            }];
    }
    return parsePromql(text, options);
}

;// CONCATENATED MODULE: ./src/rules/promql-syntax.ts



/** An expression Prometheus cannot parse or type-check: the whole rule file is refused at load time. */
/* harmony default export */ const promql_syntax = (defineRule({
    meta: {
        id: 'promql-syntax',
        summary: 'A PromQL expression is not valid as Prometheus parses it: grammar, function arguments, value types, ranges and offsets, regular expressions (RE2), names.',
        defaultSeverity: 'error',
        blocking: true,
        messages: {
            invalid: {
                text: 'Invalid PromQL: {problem}',
                help: 'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
            },
        },
    },
    prepare(context) {
        if (context.model.queries.some((q) => q.language === 'promql' && needsRegexEngine(q.text)))
            return (0,promql_regex/* loadRegexEngine */.cG)();
    },
    check(context) {
        const options = { names: context.settings.nameValidation };
        for (const query of context.model.queries) {
            if (query.language !== 'promql')
                continue;
            for (const problem of checkPromql(query.text, options)) {
                context.report({
                    messageId: 'invalid',
                    data: { problem: { raw: escapeControls(problem.message) } },
                    site: query.site,
                    within: { start: problem.start, end: problem.end },
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/required-attributes.ts




/**
 * Logs a team cannot tell apart by service or environment cannot be routed, searched or
 * billed. This rule checks that every Collector logs pipeline sets the attributes the platform
 * team lists, with a `resource` processor (resource attributes) or an `attributes` processor
 * (log record attributes) whose action is `insert` or `upsert` (`update` only changes a value
 * that is there; an `attributes` processor with `include`/`exclude` only acts on some logs).
 * With no attributes listed, the default, it checks nothing.
 */
/* harmony default export */ const required_attributes = (definePipelineRule({
    meta: {
        id: 'required-attributes',
        summary: 'A Collector logs pipeline that does not set the attributes the platform requires (with a `resource` or `attributes` processor). Nothing is required by default.',
        defaultSeverity: 'warning',
        messages: {
            missing: {
                text: 'Logs pipeline `{pipeline}` does not set {missing}: no `resource` or `attributes` processor in it inserts or upserts {them}.',
                help: 'Add a `resource` processor with `attributes: [{ key: <attribute>, value: <value>, action: upsert }]` to the pipeline\'s `processors`.',
            },
        },
        options: {
            defaults: { attributes: [] },
            schema: {
                attributes: {
                    description: 'Attributes every Collector logs pipeline must set, such as `[service.name, deployment.environment]`. Default: none, and the rule checks nothing.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                },
            },
        },
    },
    check: (wired, options) => missingAttributes(wired, options.attributes),
}));
function missingAttributes({ config }, required) {
    if (required.length === 0 || config.kind !== 'otel-collector')
        return [];
    const processors = componentsById(config, 'processor');
    const issues = [];
    for (const pipeline of config.pipelines) {
        if (pipeline.signal !== 'logs')
            continue;
        const set = new Set(pipeline.processors.flatMap((ref) => attributesSet(processors.get(ref.target))));
        const missing = required.filter((name) => !set.has(name));
        if (missing.length === 0)
            continue;
        issues.push({ messageId: 'missing', data: { pipeline: pipeline.name, missing, them: { raw: missing.length === 1 ? 'it' : 'them' } }, place: at.pipeline(pipeline) });
    }
    return issues;
}
/** The attributes a processor sets on every log: `insert` (when absent) and `upsert` actions. */
function attributesSet(processor) {
    if (!processor || !['resource', 'attributes'].includes(processor.type))
        return [];
    const { settings } = processor;
    if (processor.type === 'attributes' && (settings.include !== undefined || settings.exclude !== undefined))
        return [];
    // The resource processor lists its actions under `attributes`, the attributes processor under `actions`.
    const list = processor.type === 'resource' ? settings.attributes : settings.actions;
    const actions = Array.isArray(list) ? list : [];
    return actions.flatMap((action) => (isMapping(action) && typeof action.key === 'string' && (action.action === 'insert' || action.action === 'upsert') ? [action.key] : []));
}

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

;// CONCATENATED MODULE: ./src/pipelines/secrets.ts

/**
 * A key's words, lower case: `apiKey`, `API-Key` and `api_key` are all `api_key`, so one list
 * covers the programs' spellings.
 */
function keyWords(key) {
    let words = wordsOf.get(key);
    if (words === undefined) {
        words = key
            .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '_')
            .replace(/^_|_$/g, '');
        // Configs use few distinct keys; a file of millions of made-up ones must not fill memory.
        if (wordsOf.size < MAX_REMEMBERED)
            wordsOf.set(key, words);
    }
    return words;
}
const wordsOf = new Map();
const MAX_REMEMBERED = 10_000;
/** Names (as `keyWords`) that hold secrets, as a whole or as their last words. */
const SECRET_NAMES = /(^|_)(password|passwd|passphrase|secret|token|apikey|api_key|app_key|application_key|license_key|routing_key|service_key|integration_key|instrumentation_key|user_key|private_key|secret_key|secret_access_key|key_pem|key_pass|credentials|authorization|connection_string|webhook_url|slack_api_url|cloud_auth|x_honeycomb_team)$/;
const DEFAULT_SECRET_KEYS = {
    isSecret(key, path) {
        const words = keyWords(key);
        if (SECRET_NAMES.test(words))
            return true;
        const parent = path.length >= 2 ? path[path.length - 2] : undefined;
        // Datadog's `api: { key: ... }`; Slack's webhook, the only `api_url` that is a secret in Alertmanager.
        if (words === 'key' && typeof parent === 'string')
            return SECRET_NAMES.test(`${keyWords(parent)}_key`);
        return words === 'api_url' && path.includes('slack_configs');
    },
};
/**
 * Whether a value is written out. Not: an empty value; a reference, whole or inside the value
 * (`${env:TOKEN}`, `${TOKEN}`, `$TOKEN`, Grafana's `$__env{TOKEN}`, Vector's
 * `SECRET[backend.key]`, a template `{{ ... }}`, a Concourse `((var))`); a placeholder to fill
 * in (`<team-key>`); or a redacted value pasted from a program's own output (Alertmanager's
 * `<secret>`, the Collector's `[REDACTED]`).
 */
function isWrittenOut(value) {
    if (typeof value === 'number')
        return true;
    if (typeof value !== 'string')
        return false;
    const text = value.trim();
    return text !== '' && !REFERENCE.test(text) && text !== '[REDACTED]';
}
const REFERENCE = /\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|\$__(env|file|vault)\{|SECRET\[[^\]]+\]|\{\{.*\}\}|\(\(.+\)\)|<[^<>]+>/;
/** A URL with a password written in it: `scheme://user:password@host`. */
function hasPasswordInUrl(value) {
    if (typeof value !== 'string' || !value.includes('@'))
        return false;
    const match = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i.exec(value.trim());
    return match !== null && isWrittenOut(match[1]);
}
/** Headers whose value is a credential, for Fluent Bit's `header Authorization Bearer ...` lines. */
const SECRET_HEADER = /^(authorization|proxy-authorization|x-api-key|api-key|dd-api-key|x-honeycomb-team|x-auth-token)\s+(.+)$/i;
/** Nesting deeper than this is not a config a person wrote. */
const secrets_MAX_DEPTH = 64;
/** Every secret written out in a document: by key, an environment variable (`{ name, value }`), a header line, or a URL. */
function findSecrets(document, keys) {
    const found = [];
    // One path, grown and shrunk on the way: a copy only for what is found.
    const path = [];
    const at = (last) => [...path, last];
    const visit = (node, key, depth) => {
        if (depth > secrets_MAX_DEPTH)
            return;
        if (Array.isArray(node)) {
            node.forEach((item, index) => {
                path.push(index);
                visit(item, key, depth + 1);
                path.pop();
            });
            return;
        }
        if (isMapping(node)) {
            // A Kubernetes container's `env: [{ name: DD_API_KEY, value: ... }]` (`valueFrom` is the reference).
            const variable = typeof node.name === 'string' && keys.isSecret(node.name, at(node.name)) && isWrittenOut(node.value);
            if (variable)
                found.push({ key: node.name, path: at('value'), kind: 'value' });
            for (const [childKey, child] of Object.entries(node)) {
                if (variable && childKey === 'value')
                    continue;
                path.push(childKey);
                if ((typeof child === 'string' || typeof child === 'number') && keys.isSecret(childKey, path)) {
                    const words = keyWords(childKey);
                    // Datadog's `api: { key: ... }` is named with its parent.
                    const name = words === 'key' && key !== undefined ? `${key}.${childKey}` : childKey;
                    // A secret URL (a Slack webhook) that is no URL is a placeholder (`slack_api_url: url`).
                    const placeholder = words.endsWith('url') && !String(child).includes('://');
                    if (isWrittenOut(child) && !placeholder)
                        found.push({ key: name, path: [...path], kind: 'value' });
                }
                else
                    visit(child, childKey, depth + 1);
                path.pop();
            }
            return;
        }
        if (typeof node !== 'string' || key === undefined)
            return;
        // Fluent Bit: `header Authorization Bearer abc` (one value, or a list of them).
        const header = keyWords(key) === 'header' ? SECRET_HEADER.exec(node.trim()) : null;
        if (header && isWrittenOut(header[2].replace(/^(bearer|basic|token)\s+/i, '')))
            found.push({ key: header[1], path: [...path], kind: 'value' });
        else if (hasPasswordInUrl(node))
            found.push({ key, path: [...path], kind: 'url' });
    };
    visit(document, undefined, 0);
    return found;
}

;// CONCATENATED MODULE: ./src/rules/secret-in-config.ts



/**
 * A password or API key committed to a repository is readable by everyone who can read the
 * repository, stays in its history after it is removed, and is copied into every clone and
 * CI log. Every document of every kind is walked; a value written out under a key that names
 * a secret is reported, one that refers to where the program finds it (an environment
 * variable, a file, a secret store) is not. The finding never shows the value, and the text
 * report masks it in the excerpt.
 */
/* harmony default export */ const secret_in_config = (defineRule({
    meta: {
        id: 'secret-in-config',
        summary: 'A password, token or API key written out in a config (or a URL with a password in it), rather than taken from the environment, a file or a secret store.',
        defaultSeverity: 'error',
        sensitive: true,
        messages: {
            value: {
                text: '`{key}` holds a secret written out in the file; anyone who can read the repository can use it.',
                help: 'Take it from the environment or a secret store instead, and revoke the value that was committed.',
            },
            url: {
                text: '`{key}` holds a URL with a password written in it; anyone who can read the repository can use it.',
                help: 'Take the password out of the URL and give it through the environment or a secret store, and revoke the one that was committed.',
            },
        },
        options: {
            defaults: { 'extra-keys': [], 'allowed-keys': [] },
            schema: {
                'extra-keys': {
                    description: 'More key names that hold secrets, as globs matched in any case, such as `*_signing_key`. Default: none beyond the programs\' own secret fields.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                },
                'allowed-keys': {
                    description: 'Key names never reported, as globs matched in any case, for values that only look like secrets (a public token). Default: none.',
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                },
            },
        },
    },
    check(context) {
        const keys = secretKeys(context.options);
        for (const document of context.model.documents) {
            for (const secret of findSecrets(document.value, keys)) {
                const site = { doc: document.doc, path: secret.path };
                // The subject names keys and indexes only: never a value.
                const subject = `${document.kind}#${document.doc}/${secret.path.join('/')}`;
                context.report({ messageId: secret.kind, data: { key: secret.key }, site, help: HOW_TO_REFER[document.kind], subject });
            }
        }
    },
}));
function secretKeys(options) {
    const lower = (patterns) => (patterns.length === 0 ? () => false : compileGlobs(patterns.map((p) => p.toLowerCase())));
    const extra = lower(options['extra-keys']);
    const allowed = lower(options['allowed-keys']);
    return {
        isSecret: (key, path) => (extra(key.toLowerCase()) || DEFAULT_SECRET_KEYS.isSecret(key, path)) && !allowed(key.toLowerCase()),
    };
}
/** How each program takes a secret from elsewhere, for the help line. */
const HOW_TO_REFER = {
    'otel-collector': 'Write `${env:NAME}` and set NAME where the Collector runs (or use the setting\'s `*_file` form), and revoke the value that was committed.',
    vector: 'Write `${NAME}` and set NAME where Vector runs (or use a secret backend: `SECRET[backend.key]`), and revoke the value that was committed.',
    'fluent-bit': 'Write `${NAME}` and set NAME where Fluent Bit runs, and revoke the value that was committed.',
    alertmanager: 'Alertmanager does not read environment variables: use the `*_file` setting beside it (such as `auth_password_file`) with a mounted secret, and revoke the value that was committed.',
};

// EXTERNAL MODULE: ./src/template/go-literals.ts
var go_literals = __nccwpck_require__(3003);
;// CONCATENATED MODULE: ./src/template/names.ts
/**
 * The names a Prometheus alert template may use at parse time: Go's text/template builtins
 * (text/template/funcs.go) plus the FuncMap of Prometheus's NewTemplateExpander
 * (template/template.go), which rulefmt parses every label and annotation with.
 */
const GO_BUILTINS = [
    'and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery',
    'eq', 'ge', 'gt', 'le', 'lt', 'ne',
];
/** Prometheus's template functions; those added after 2.0 say in which release. */
const PROMETHEUS_FUNCTIONS = [
    'query', 'first', 'label', 'value', 'strvalue', 'args', 'reReplaceAll', 'safeHtml', 'match', 'title',
    'toUpper', 'toLower', 'graphLink', 'tableLink', 'sortByLabel', 'humanize', 'humanize1024',
    'humanizeDuration', 'humanizeTimestamp', 'pathPrefix', 'externalURL',
    'humanizePercentage', // 2.11
    'parseDuration', // 2.32
    'stripPort', // 2.33
    'stripDomain', // 2.36
    'toTime', // 2.38
    'toDuration', 'now', // 3.6
    'urlQueryEscape', // 3.8
];
const names_FUNCTIONS = new Set([...GO_BUILTINS, ...PROMETHEUS_FUNCTIONS]);
/**
 * What rulefmt declares before the template text (`{{$labels := .Labels}}…`), besides Go's
 * own `$`, with what each holds, for the messages that suggest them.
 */
const ALERT_VARIABLES = new Map([
    ['$labels', "the alert's labels are `$labels`"],
    ['$externalLabels', "Prometheus's external labels are `$externalLabels`"],
    ['$externalURL', "Prometheus's external URL is `$externalURL`"],
    ['$value', "the alert's value is `$value`"],
]);

;// CONCATENATED MODULE: ./src/template/messages.ts


/** Text as code, shortened when long. */
function messages_code(text) {
    const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
    return short.includes('`') ? `\`\` ${short} \`\`` : `\`${short}\``;
}
function messages_at(span, message) {
    return { start: span.start, end: span.end, message };
}
/** A likely intended name, for names long enough that a near miss means something. */
function suggestion(name, candidates) {
    const sameLetters = candidates.find((c) => c.toLowerCase() === name.toLowerCase());
    if (sameLetters)
        return sameLetters;
    return name.length >= 4 ? (0,closest/* closest */.k)(name, candidates) : undefined;
}
// Lexer.
function unclosedAction(start) {
    return messages_at({ start, end: start + 2 }, '`{{` is never closed.');
}
function unclosedComment(start) {
    return messages_at({ start, end: start + 2 }, 'The comment `/*` is never closed with `*/}}`.');
}
function commentNotAlone(start) {
    return messages_at({ start, end: start + 2 }, '`*/` must be followed directly by `}}` or ` -}}`: a comment fills its whole action.');
}
function unclosedParen(start) {
    return messages_at({ start, end: start + 1 }, '`(` is never closed.');
}
function unexpectedRightParen(start) {
    return messages_at({ start, end: start + 1 }, '`)` has no matching `(`.');
}
function expectedDeclare(start) {
    return messages_at({ start, end: start + 1 }, '`:` must be followed by `=`, as in `$x := value`.');
}
const TYPOGRAPHIC_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]);
const UNICODE_SPACE = /\s/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\s]/u;
/** A character as code, or by its code point when it cannot be seen. */
function showChar(char) {
    return INVISIBLE.test(char) ? `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}` : messages_code(char);
}
function unrecognizedCharacter(start, rune) {
    const char = String.fromCodePoint(rune);
    const span = { start, end: start + char.length };
    if (TYPOGRAPHIC_QUOTES.has(rune))
        return messages_at(span, `${messages_code(char)} is a typographic quote: quote strings in templates with \`"\`.`);
    if (UNICODE_SPACE.test(char))
        return messages_at(span, `${showChar(char)} is a space Go does not accept between the words of an action: use a plain space.`);
    return messages_at(span, `${showChar(char)} cannot appear in an action outside a string.`);
}
const SINGLE_BRACE = 'A single `}` does not end an action: close it with `}}`.';
function badCharacter(start, rune, wordStart, text) {
    const char = String.fromCodePoint(rune);
    const span = { start, end: start + char.length };
    const word = text.slice(wordStart, start);
    if (char === '=')
        return messages_at(span, `\`=\` must be separated from ${messages_code(word)} by a space.`);
    if (char === '}')
        return messages_at(span, SINGLE_BRACE);
    if (char === '[')
        return messages_at(span, `Templates have no \`[…]\` indexing: write \`index ${word} "key"\`.`);
    if (char === '-' && word.startsWith('.')) {
        // `$labels.foo-bar`: a key that is not a Go identifier is read with `index`.
        const key = word.slice(1) + /^[\w-]*/.exec(text.slice(start))[0];
        const receiver = /[$\w.]*$/.exec(text.slice(0, wordStart))[0] || '.';
        return messages_at(span, `${messages_code(`.${key}`)} cannot be read as a field because of the \`-\`: write \`index ${receiver} "${key}"\`.`);
    }
    if (UNICODE_SPACE.test(char))
        return messages_at(span, `${showChar(char)} after ${messages_code(word)} is a space Go does not accept: use a plain space.`);
    return messages_at(span, `${showChar(char)} cannot follow ${messages_code(word)}: names are made of letters, digits and \`_\`.`);
}
function unterminatedChar(start) {
    return messages_at({ start, end: start + 1 }, "The character constant starting with `'` is never closed: quote strings with `\"`, not `'`.");
}
function unterminatedString(start, atNewline) {
    return messages_at({ start, end: start + 1 }, atNewline
        ? 'The string starting with `"` is not closed on its line: to span lines, quote it with backquotes.'
        : 'The string starting with `"` is never closed.');
}
function unterminatedRawString(start) {
    return messages_at({ start, end: start + 1 }, 'The string starting with `` ` `` is never closed.');
}
function badNumber(start, end, text) {
    const shown = text.slice(start, end);
    const duration = /^\d+[smhdwy]$/.test(shown);
    return messages_at({ start, end }, `${messages_code(shown)} is not a number${duration ? ': quote a duration as a string, as in `"5m"`' : ''}.`);
}
// Parser.
const WHERE = {
    input: 'text',
    command: 'an action',
    operand: 'an argument list',
    if: 'the condition of `{{if}}`',
    range: '`{{range}}`',
    with: '`{{with}}`',
    else: '`{{else}}`',
    end: '`{{end}}`',
    'parenthesized pipeline': '`( )`',
    'define clause': '`{{define}}`',
    'block clause': '`{{block}}`',
    'template clause': '`{{template}}`',
    '{{break}}': '`{{break}}`',
    '{{continue}}': '`{{continue}}`',
    'define name': '`{{define}}`',
    'block name': '`{{block}}`',
    'template name': '`{{template}}`',
};
/** Operators people reach for, and the function Go templates use instead. */
const OPERATORS = new Map([
    ['==', 'eq'], ['!=', 'ne'], ['>=', 'ge'], ['<=', 'le'], ['>', 'gt'], ['<', 'lt'], ['&&', 'and'], ['||', 'or'], ['!', 'not'],
]);
/** The operator written at a token; `==` and `||` are two tokens, so the one before counts too. */
function operatorAt(text, token) {
    for (const start of [token.start - 1, token.start]) {
        for (const length of [2, 1]) {
            const operator = text.slice(start, start + length);
            if (start + length > token.start && start >= 0 && (OPERATORS.has(operator) || /^[*/%+^]$/.test(operator))) {
                return { operator, span: { start, end: start + length } };
            }
        }
    }
    return undefined;
}
function unexpected(text, token, context, open, previous) {
    const shown = text.slice(token.start, token.end);
    const operator = token.type === 'char' || token.type === 'assign' || token.type === 'pipe' ? operatorAt(text, token) : undefined;
    if (operator) {
        const fn = OPERATORS.get(operator.operator);
        return messages_at(operator.span, fn
            ? `${messages_code(operator.operator)} is not an operator in templates: use the function \`${fn}\`, as in \`${fn} ${fn === 'not' ? '$a' : '$a $b'}\`.`
            : `${messages_code(operator.operator)} is not an operator in templates: they have no arithmetic.`);
    }
    switch (context) {
        case 'define name':
        case 'block name':
        case 'template name': {
            const keyword = context.split(' ')[0];
            return messages_at(token, `\`{{${keyword}}}\` needs a template name in quotes, as in \`{{${keyword} "name"${keyword === 'define' ? '' : ' .'}}}\`.`);
        }
        case 'define clause':
            return messages_at(token, `\`{{define "…"}}\` takes only a name: ${messages_code(shown)} cannot follow it.`);
        case 'end':
        case 'else':
        case '{{break}}':
        case '{{continue}}': {
            const keyword = context.replace(/[{}]/g, '');
            const allowed = keyword === 'else' ? ': write `{{else}}`, `{{else if …}}` or `{{else with …}}`' : '';
            return messages_at(token, `${messages_code(shown)} cannot follow \`${keyword}\`${allowed}.`);
        }
        case 'input':
            if ((token.type === 'if' || token.type === 'with') && open) {
                // Left pending by an `{{else if}}` or `{{else with}}` in a control that does not chain it.
                const inside = text.slice(open.start, open.end);
                return messages_at(token, `\`{{else ${shown}}}\` cannot continue \`{{${inside}}}\`: write \`{{else}}{{${shown} …}}…{{end}}\`.`);
            }
            break;
        case 'operand':
            if (token.type === 'char' && shown === ',')
                return messages_at(token, 'Arguments are separated by spaces, not `,`, as in `printf "%.2f" $value`.');
            if (token.type === 'leftParen' && previous && /^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(previous)) {
                return messages_at(token, `Functions take their arguments after a space, without brackets: write \`${previous} $x\`, not \`${previous}($x)\`.`);
            }
            if (previous && text.slice(token.start - previous.length, token.start) === previous) {
                return messages_at(token, `${messages_code(shown)} must be separated from ${messages_code(previous)} by a space.`);
            }
            break;
    }
    if (token.type === 'char' && shown === '}')
        return messages_at(token, SINGLE_BRACE);
    if (token.type === 'assign' || token.type === 'declare')
        return messages_at(token, `${messages_code(shown)} must follow a variable name, as in \`$x ${shown} value\`.`);
    if (token.type === 'pipe')
        return messages_at(token, '`|` must follow a value, to pass it to the function after it.');
    if (token.type === 'define')
        return messages_at(token, '`{{define}}` is only allowed at the top level, outside other actions.');
    return messages_at(token, `${messages_code(shown)} is not allowed in ${WHERE[context]}.`);
}
function unmatched(keyword, type) {
    return messages_at(keyword, type === 'end'
        ? '`{{end}}` has no `{{if}}`, `{{range}}`, `{{with}}`, `{{define}}` or `{{block}}` to close.'
        : '`{{else}}` is outside any `{{if}}`, `{{range}}` or `{{with}}`.');
}
function neverClosed(text, keyword) {
    return messages_at(keyword, `\`{{${text.slice(keyword.start, keyword.end)}}}\` is never closed: add \`{{end}}\`.`);
}
function secondElse(keyword, context) {
    const more = context === 'if' ? ': use `{{else if …}}` for more branches' : '';
    return messages_at(keyword, `\`{{${context}}}\` can have only one \`{{else}}\`${more}.`);
}
function outsideRange(keyword, shown) {
    return messages_at(keyword, `\`{{${shown}}}\` is only allowed inside \`{{range}}\`.`);
}
function definedTwice(name, value, shown) {
    return messages_at(name, `The template ${messages_code(value === '' ? shown : value)} is defined twice.`);
}
function rangeNeedsVariables(token, shown) {
    return messages_at(token, `${messages_code(shown)} is not a variable: \`{{range}}\` declares an index and an element, as in \`{{range $i, $e := …}}\`.`);
}
function tooManyDeclarations(comma, context) {
    return messages_at(comma, context === 'range'
        ? '`{{range}}` declares at most two variables.'
        : 'Only `{{range}}` declares two variables at once.');
}
function missingValue(context, owner, close, declares, text) {
    const whole = { start: owner.start, end: close.end };
    switch (context) {
        case 'if':
            return messages_at(owner, '`{{if}}` has no condition.');
        case 'range':
            return messages_at(owner, '`{{range}}` has nothing to range over.');
        case 'with':
            return messages_at(owner, '`{{with}}` has no value.');
        case 'block clause':
            return messages_at(owner, '`{{block}}` needs a value after its name, such as `.`.');
        default:
            return messages_at(whole, `${messages_code(text.slice(whole.start, whole.end))} ${declares ? 'has no value to assign' : 'is empty'}.`);
    }
}
function notExecutable(operand, shown) {
    return messages_at(operand, `${messages_code(shown)} cannot take a piped value: after \`|\` comes a function, method or field.`);
}
function fieldOfLiteral(first, last, term, fields) {
    return messages_at({ start: first.start, end: last.end }, `${messages_code(term)} has no fields: ${messages_code(fields)} cannot follow it.`);
}
function undefinedFunction(token, name, text) {
    if (/^\s*:?=/.test(text.slice(token.end))) {
        return messages_at(token, `${messages_code(name)} is not a template function: variable names start with \`$\`, as in \`$${name} :=\`.`);
    }
    const fix = suggestion(name, [...names_FUNCTIONS]);
    return messages_at(token, `${messages_code(name)} is not a template function${fix ? `. Did you mean \`${fix}\`?` : '.'}`);
}
function undefinedVariable(token, name, scope) {
    if (scope.outside) {
        return messages_at(token, `${messages_code(name)} is not visible inside \`{{${scope.tree}}}\`, which sees only \`$\` and \`.\`: pass it in as the argument and use \`.\`.`);
    }
    if (scope.endedIn) {
        const keyword = scope.text.slice(scope.endedIn.start, scope.endedIn.end);
        return messages_at(token, `${messages_code(name)} was declared inside \`{{${keyword}}}\` and is not visible after its \`{{end}}\`: declare it before with \`:=\`, then assign it inside with \`=\`.`);
    }
    const fix = suggestion(name, scope.inScope.filter((v) => v !== '$'));
    if (fix && ALERT_VARIABLES.has(fix))
        return messages_at(token, `${messages_code(name)} is not defined: ${ALERT_VARIABLES.get(fix)}.`);
    if (fix)
        return messages_at(token, `${messages_code(name)} is not defined. Did you mean \`${fix}\`?`);
    const predefined = scope.tree === 'alert' ? ' Prometheus defines `$labels`, `$externalLabels`, `$externalURL` and `$value`.' : '';
    return messages_at(token, `${messages_code(name)} is not defined: declare it first, as in \`{{ ${name} := … }}\`.${predefined}`);
}
function badEscape(start, end, text) {
    const escape = text.slice(start, end);
    return messages_at({ start, end }, `${messages_code(escape)} is not a valid escape in a \`"\` string: write \`\\${escape}\` for a backslash, or quote the string with backquotes.`);
}
function badCharConstant(token, shown, kind) {
    if (kind === 'malformed' || shown === "''")
        return messages_at(token, `${messages_code(shown)} is not a character: quote strings with \`"\`, not \`'\`.`);
    return messages_at(token, `${messages_code(shown)} is not a valid character constant.`);
}
function badNumberValue(token, shown, kind) {
    if (shown === '+' || shown === '-')
        return messages_at(token, `${messages_code(shown)} is not an operator in templates: they have no arithmetic.`);
    if (kind === 'overflow' && /^[+-]?0\d*[89]/.test(shown))
        return messages_at(token, `${messages_code(shown)} is not a number: a leading \`0\` makes it octal, which has no \`8\` or \`9\`.`);
    if (kind === 'overflow')
        return messages_at(token, `${messages_code(shown)} is too large for a 64-bit integer.`);
    return messages_at(token, `${messages_code(shown)} is not a valid number.`);
}
function pipelineTooLong(owner) {
    return messages_at(owner, 'This pipeline has more than 100,000 commands.');
}
function tooDeep(token, limit) {
    return { start: token.start, end: token.end, message: `This template nests blocks or brackets more than ${limit} levels deep; obslint checks up to ${limit}, so it was not checked.` };
}

;// CONCATENATED MODULE: ./src/template/lexer.ts

const lexer_KEYWORDS = new Map([
    ['block', 'block'], ['break', 'break'], ['continue', 'continue'], ['define', 'define'], ['else', 'else'],
    ['end', 'end'], ['if', 'if'], ['range', 'range'], ['nil', 'nil'], ['template', 'template'], ['with', 'with'],
]);
const LEFT_DELIM = '{{';
const RIGHT_DELIM = '}}';
/** A trim marker is `-` plus one space: `{{- ` and ` -}}`. */
const TRIM_MARKER_LENGTH = 2;
const NO_DELIM = 0, PLAIN = 1, TRIMMED = 2;
const SPACE = 32, TAB = 9, CR = 13, LF = 10;
const MINUS = 45, DOT = 46, UNDERSCORE = 95;
function template_lexer_isSpace(code) {
    return code === SPACE || code === TAB || code === CR || code === LF;
}
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
/** Go's isAlphaNumeric: `_`, a Unicode letter or a decimal digit. */
function lexer_isAlphaNumeric(codePoint) {
    if (codePoint < 128) {
        return codePoint === UNDERSCORE || (codePoint >= 48 && codePoint <= 57) || ((codePoint | 0x20) >= 97 && (codePoint | 0x20) <= 122);
    }
    return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}
class template_lexer_Lexer {
    input;
    pos = 0;
    start = 0;
    insideAction = false;
    /** Go only counts open parentheses; their offsets let an unclosed one be named. */
    openParens = [];
    /** Where the current action's `{{` is. */
    actionStart = 0;
    /** Once set, every further item is this error, as nothing after it matters. */
    failure;
    constructor(input) {
        this.input = input;
    }
    nextItem() {
        if (this.failure)
            return this.failure;
        return this.insideAction ? this.lexInsideAction() : this.lexText();
    }
    item(type, end = this.pos) {
        const item = { type, start: this.start, end };
        this.start = this.pos;
        return item;
    }
    fail(problem) {
        this.failure = { type: 'error', start: problem.start, end: problem.end, problem };
        return this.failure;
    }
    code(at = this.pos) {
        return this.input.charCodeAt(at); // NaN past the end
    }
    /** The code point at the cursor, or -1 at the end. */
    peekRune() {
        if (this.pos >= this.input.length)
            return -1;
        const code = this.input.charCodeAt(this.pos);
        return code < 0xd800 ? code : this.input.codePointAt(this.pos);
    }
    nextRune() {
        const rune = this.peekRune();
        if (rune >= 0)
            this.pos += rune > 0xffff ? 2 : 1;
        return rune;
    }
    accept(valid) {
        if (this.pos < this.input.length && valid.includes(this.input[this.pos])) {
            this.pos++;
            return true;
        }
        return false;
    }
    acceptRun(valid) {
        while (this.accept(valid))
            ;
    }
    hasLeftTrimMarker(at) {
        return this.code(at) === MINUS && template_lexer_isSpace(this.code(at + 1));
    }
    hasRightTrimMarker(at) {
        return template_lexer_isSpace(this.code(at)) && this.code(at + 1) === MINUS;
    }
    /** At ` -}}` (TRIMMED), at `}}` (PLAIN), or neither. */
    atRightDelim() {
        if (this.hasRightTrimMarker(this.pos) && this.input.startsWith(RIGHT_DELIM, this.pos + TRIM_MARKER_LENGTH))
            return TRIMMED;
        return this.input.startsWith(RIGHT_DELIM, this.pos) ? PLAIN : NO_DELIM;
    }
    spaceRunFrom(at) {
        let end = at;
        while (template_lexer_isSpace(this.code(end)))
            end++;
        return end;
    }
    /** Text up to the next `{{`; comments are skipped here, as Prometheus does not keep them. */
    lexText() {
        for (;;) {
            const x = this.input.indexOf(LEFT_DELIM, this.pos);
            if (x < 0) {
                this.pos = this.input.length;
                return this.item(this.pos > this.start ? 'text' : 'eof');
            }
            if (x > this.pos) {
                // `{{- ` trims the spaces before it; only whether the text is blank matters later.
                let textEnd = x;
                if (this.hasLeftTrimMarker(x + LEFT_DELIM.length))
                    while (textEnd > this.start && template_lexer_isSpace(this.code(textEnd - 1)))
                        textEnd--;
                this.pos = x;
                const text = this.item('text', textEnd);
                if (textEnd > text.start)
                    return text;
            }
            const delim = this.lexLeftDelim();
            if (delim)
                return delim;
        }
    }
    /** The `{{`, or undefined after a comment, when lexing goes on in text. */
    lexLeftDelim() {
        const delimStart = this.pos;
        this.pos += LEFT_DELIM.length;
        const afterMarker = this.hasLeftTrimMarker(this.pos) ? TRIM_MARKER_LENGTH : 0;
        if (this.input.startsWith('/*', this.pos + afterMarker)) {
            this.pos += afterMarker;
            this.start = this.pos;
            return this.lexComment();
        }
        this.start = delimStart;
        const item = this.item('leftDelim');
        this.insideAction = true;
        this.actionStart = delimStart;
        if (this.openParens.length > 0)
            this.openParens.length = 0;
        this.pos += afterMarker;
        this.start = this.pos;
        return item;
    }
    lexComment() {
        const commentStart = this.pos;
        const close = this.input.indexOf('*/', this.pos + 2);
        if (close < 0)
            return this.fail(unclosedComment(commentStart));
        this.pos = close + 2;
        const delim = this.atRightDelim();
        if (delim === NO_DELIM)
            return this.fail(commentNotAlone(close));
        const trim = delim === TRIMMED;
        if (trim)
            this.pos += TRIM_MARKER_LENGTH;
        this.pos += RIGHT_DELIM.length;
        if (trim)
            this.pos = this.spaceRunFrom(this.pos);
        this.start = this.pos;
        return undefined;
    }
    lexRightDelim() {
        const trim = this.atRightDelim() === TRIMMED;
        if (trim) {
            this.pos += TRIM_MARKER_LENGTH;
            this.start = this.pos;
        }
        this.pos += RIGHT_DELIM.length;
        const item = this.item('rightDelim');
        if (trim)
            this.pos = this.spaceRunFrom(this.pos);
        this.start = this.pos;
        this.insideAction = false;
        return item;
    }
    lexInsideAction() {
        if (this.atRightDelim() !== NO_DELIM) {
            if (this.openParens.length === 0)
                return this.lexRightDelim();
            return this.fail(unclosedParen(this.openParens[this.openParens.length - 1]));
        }
        const at = this.pos;
        const rune = this.nextRune();
        switch (rune) {
            case -1:
                return this.fail(unclosedAction(this.actionStart));
            case SPACE:
            case TAB:
            case CR:
            case LF:
                this.pos = at;
                return this.lexSpace();
            case 0x3d: // =
                return this.item('assign');
            case 0x3a: // :
                if (this.nextRune() !== 0x3d)
                    return this.fail(expectedDeclare(at));
                return this.item('declare');
            case 0x7c: // |
                return this.item('pipe');
            case 0x22: // "
                return this.lexQuote();
            case 0x60: // `
                return this.lexRawQuote();
            case 0x24: // $
                return this.lexFieldOrVariable('variable');
            case 0x27: // '
                return this.lexChar();
            case 0x28: // (
                this.openParens.push(at);
                return this.item('leftParen');
            case 0x29: // )
                if (this.openParens.pop() === undefined)
                    return this.fail(unexpectedRightParen(at));
                return this.item('rightParen');
        }
        if (rune === DOT && this.pos < this.input.length && !(this.code() >= 48 && this.code() <= 57)) {
            return this.lexFieldOrVariable('field');
        }
        if (rune === DOT || rune === 0x2b || rune === MINUS || (rune >= 48 && rune <= 57)) {
            this.pos = at;
            return this.lexNumber();
        }
        if (lexer_isAlphaNumeric(rune)) {
            this.pos = at;
            return this.lexIdentifier();
        }
        if (rune >= 0x20 && rune < 0x7f)
            return this.item('char');
        return this.fail(unrecognizedCharacter(at, rune));
    }
    /** A run of spaces, stopping before the space of a ` -}}`. */
    lexSpace() {
        const end = this.spaceRunFrom(this.pos);
        const spaces = end - this.pos;
        this.pos = end;
        if (this.hasRightTrimMarker(end - 1) && this.input.startsWith(RIGHT_DELIM, end - 1 + TRIM_MARKER_LENGTH)) {
            this.pos--;
            if (spaces === 1)
                return this.lexRightDelim();
        }
        return this.item('space');
    }
    lexIdentifier() {
        while (lexer_isAlphaNumeric(this.peekRune()))
            this.nextRune();
        if (!this.atTerminator())
            return this.fail(badCharacter(this.pos, this.peekRune(), this.start, this.input));
        const word = this.input.slice(this.start, this.pos);
        const keyword = lexer_KEYWORDS.get(word);
        if (keyword)
            return this.item(keyword);
        return this.item(word === 'true' || word === 'false' ? 'bool' : 'identifier');
    }
    /** After `.` or `$`: a field or variable name, or `.` or `$` alone. */
    lexFieldOrVariable(type) {
        if (this.atTerminator())
            return this.item(type === 'variable' ? 'variable' : 'dot');
        while (lexer_isAlphaNumeric(this.peekRune()))
            this.nextRune();
        if (!this.atTerminator())
            return this.fail(badCharacter(this.pos, this.peekRune(), this.start, this.input));
        return this.item(type);
    }
    /** What may follow a name: a space, `.`, `,`, `|`, `:`, `(`, `)`, `}}` or the end. */
    atTerminator() {
        if (this.pos >= this.input.length)
            return true;
        const code = this.code();
        if (template_lexer_isSpace(code) || code === DOT || code === 0x2c || code === 0x7c || code === 0x3a || code === 0x29 || code === 0x28)
            return true;
        return this.input.startsWith(RIGHT_DELIM, this.pos);
    }
    /** A `'…'` character constant; the parser checks what is inside. */
    lexChar() {
        return this.lexQuoted(0x27, unterminatedChar);
    }
    lexQuote() {
        return this.lexQuoted(0x22, unterminatedString);
    }
    lexQuoted(quote, unterminated) {
        for (;;) {
            let rune = this.nextRune();
            if (rune === 0x5c) {
                rune = this.nextRune();
                if (rune !== -1 && rune !== LF)
                    continue;
            }
            if (rune === -1 || rune === LF)
                return this.fail(unterminated(this.start, rune === LF));
            if (rune === quote)
                return this.item(quote === 0x22 ? 'string' : 'charConstant');
        }
    }
    lexRawQuote() {
        const close = this.input.indexOf('`', this.pos);
        if (close < 0)
            return this.fail(unterminatedRawString(this.start));
        this.pos = close + 1;
        return this.item('rawString');
    }
    /**
     * A number as Go's lexer sees one; it lets through some that strconv refuses (`089`),
     * which the parser then reports.
     */
    lexNumber() {
        if (!this.scanNumber())
            return this.fail(badNumber(this.start, this.pos, this.input));
        const sign = this.code();
        if (sign === 0x2b || sign === MINUS) {
            // A complex number, `1+2i`: no spaces, and it ends in `i`.
            if (!this.scanNumber() || this.input[this.pos - 1] !== 'i')
                return this.fail(badNumber(this.start, this.pos, this.input));
            return this.item('complex');
        }
        return this.item('number');
    }
    scanNumber() {
        this.accept('+-');
        let digits = '0123456789_';
        if (this.accept('0')) {
            if (this.accept('xX'))
                digits = '0123456789abcdefABCDEF_';
            else if (this.accept('oO'))
                digits = '01234567_';
            else if (this.accept('bB'))
                digits = '01_';
        }
        this.acceptRun(digits);
        if (this.accept('.'))
            this.acceptRun(digits);
        if (digits.length === 11 && this.accept('eE')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        if (digits.length === 23 && this.accept('pP')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        this.accept('i');
        if (lexer_isAlphaNumeric(this.peekRune())) {
            this.nextRune();
            return false;
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./src/template/parser.ts




function parser_parseTemplate(text) {
    const parser = new parser_Parser(text);
    try {
        parser.parse();
        return { queries: parser.queries };
    }
    catch (error) {
        if (error instanceof Refusal)
            return { problem: error.problem, queries: [] };
        throw error;
    }
}
/** Thrown to stop at the first error, as Go's parser panics. */
class Refusal {
    problem;
    constructor(problem) {
        this.problem = problem;
    }
}
function refuse(problem) {
    throw new Refusal(problem);
}
const OTHER = { type: 'other' };
const ALERT_TREE_VARIABLES = ['$', ...ALERT_VARIABLES.keys()];
const NOT_EXECUTABLE = new Set(['bool', 'dot', 'nil', 'number', 'string']);
const OPERAND_STARTS = new Set([
    'bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen',
]);
/**
 * Blocks and brackets nested deeper than this are not checked. The parser recurses, and a
 * thread's stack runs out some thousands of levels down (sooner on the main thread than in a
 * worker), so the limit is explicit and far below that: the answer is the same on every thread.
 */
const MAX_NESTING = 500;
/** Go's maxPipelineCmds. */
const MAX_PIPELINE_COMMANDS = 100_000;
class parser_Parser {
    text;
    queries = [];
    lex;
    /** Go's three-token lookahead. */
    token = [];
    peekCount = 0;
    /** How many blocks and brackets are open around the current token. */
    depth = 0;
    tree = { kind: 'alert', vars: ALERT_TREE_VARIABLES.slice(), rangeDepth: 0 };
    /** Template names defined so far, and whether each has content (Go's IsEmptyTree, negated). */
    definitions = new Map();
    /** The keywords of the controls awaiting `{{end}}`, innermost last. */
    open = [];
    /** Variables that went out of scope, and the keyword of the block they were declared in. */
    outOfScope = new Map();
    /** The `{{` of the action being parsed. */
    action = { type: 'leftDelim', start: 0, end: 0 };
    constructor(text) {
        this.text = text;
        this.lex = new template_lexer_Lexer(text);
    }
    show(item) {
        return this.text.slice(item.start, item.end);
    }
    // Token buffer, as in Go.
    next() {
        if (this.peekCount > 0)
            this.peekCount--;
        else
            this.token[0] = this.lex.nextItem();
        return this.token[this.peekCount];
    }
    backup() {
        this.peekCount++;
    }
    backup2(t1) {
        this.token[1] = t1;
        this.peekCount = 2;
    }
    backup3(t2, t1) {
        this.token[1] = t1;
        this.token[2] = t2;
        this.peekCount = 3;
    }
    peek() {
        if (this.peekCount > 0)
            return this.token[this.peekCount - 1];
        this.peekCount = 1;
        this.token[0] = this.lex.nextItem();
        return this.token[0];
    }
    nextNonSpace() {
        let token;
        do
            token = this.next();
        while (token.type === 'space');
        return token;
    }
    peekNonSpace() {
        const token = this.nextNonSpace();
        this.backup();
        return token;
    }
    expect(expected, context) {
        const token = this.nextNonSpace();
        if (token.type !== expected)
            this.unexpected(token, context);
        return token;
    }
    unexpected(token, context, previous) {
        if (token.problem)
            refuse(token.problem);
        refuse(unexpected(this.text, token, context, this.open[this.open.length - 1], previous && this.show(previous)));
    }
    // Grammar.
    /** The top level: text and actions to the end, `{{define}}` allowed. */
    parse() {
        while (this.peek().type !== 'eof') {
            if (this.peek().type === 'leftDelim') {
                const delim = this.next();
                const keyword = this.nextNonSpace();
                if (keyword.type === 'define') {
                    this.action = delim;
                    this.parseDefinition(keyword);
                    continue;
                }
                this.backup2(delim);
            }
            const node = this.textOrAction();
            if (node.type === 'end' || node.type === 'else')
                refuse(unmatched(node.keyword, node.type));
        }
    }
    parseDefinition(keyword) {
        const name = this.nextNonSpace();
        if (name.type !== 'string' && name.type !== 'rawString')
            this.unexpected(name, 'define name');
        const value = this.literal(name);
        this.expect('rightDelim', 'define clause');
        const body = this.body('define', keyword);
        this.add(value, body, name);
    }
    /** The body of a `{{define}}` or `{{block}}`, a tree of its own; whether it has content. */
    body(kind, keyword) {
        const outer = this.tree;
        this.tree = { kind, vars: ['$'], rangeDepth: 0, enclosing: outer };
        this.open.push(keyword);
        const { end, content } = this.itemList();
        if (end.type !== 'end')
            refuse(unmatched(end.keyword, 'else'));
        this.open.pop();
        this.tree = outer;
        return content;
    }
    /** Go's Tree.add: a second definition of a name is refused when both have content. */
    add(name, content, nameToken) {
        if (this.definitions.get(name) === true && content)
            refuse(definedTwice(nameToken, name, this.show(nameToken)));
        if (this.definitions.get(name) !== true)
            this.definitions.set(name, content);
    }
    /** Text and actions up to `{{end}}` or `{{else}}`; whether any has content (Go's IsEmptyTree, negated). */
    itemList() {
        let content = false;
        while (this.peekNonSpace().type !== 'eof') {
            const node = this.textOrAction();
            if (node.type === 'other')
                content = true;
            else if (node.type === 'text')
                content ||= !BLANK.test(this.show(node.token));
            else
                return { end: node, content };
        }
        refuse(neverClosed(this.text, this.open[this.open.length - 1]));
    }
    textOrAction() {
        const token = this.nextNonSpace();
        if (token.type === 'text')
            return { type: 'text', token };
        if (token.type === 'leftDelim') {
            this.action = token;
            return this.parseAction();
        }
        this.unexpected(token, 'input');
    }
    parseAction() {
        const token = this.nextNonSpace();
        switch (token.type) {
            case 'block':
                return this.blockControl(token);
            case 'break':
            case 'continue':
                return this.loopControl(token);
            case 'else':
                return this.elseControl(token);
            case 'end':
                this.expect('rightDelim', 'end');
                return { type: 'end', keyword: token };
            case 'if':
            case 'range':
            case 'with':
                return this.control(token.type, token, token);
            case 'template':
                return this.templateControl();
        }
        this.backup();
        // Variables declared here persist until the enclosing `{{end}}`.
        this.pipeline('command', 'rightDelim', this.action);
        return OTHER;
    }
    loopControl(keyword) {
        const context = keyword.type === 'break' ? '{{break}}' : '{{continue}}';
        const token = this.nextNonSpace();
        if (token.type !== 'rightDelim')
            this.unexpected(token, context);
        if (this.tree.rangeDepth === 0)
            refuse(outsideRange(keyword, this.show(keyword)));
        return OTHER;
    }
    /**
     * `{{if}}`, `{{range}}`, `{{with}}` up to their `{{end}}`. `chainHead` is the keyword that
     * started an `{{if}} … {{else if}}` chain, which one `{{end}}` closes.
     */
    control(context, keyword, chainHead) {
        return this.nested(keyword, () => this.controlBody(context, keyword, chainHead));
    }
    /** Runs `parse` one level deeper, refusing to go past `MAX_NESTING`. */
    nested(token, parse) {
        if (++this.depth > MAX_NESTING)
            refuse(tooDeep(token, MAX_NESTING));
        try {
            return parse();
        }
        finally {
            this.depth--;
        }
    }
    controlBody(context, keyword, chainHead) {
        const varCount = this.tree.vars.length;
        this.pipeline(context, 'rightDelim', keyword);
        this.open.push(chainHead);
        if (context === 'range')
            this.tree.rangeDepth++;
        let { end } = this.itemList();
        if (context === 'range')
            this.tree.rangeDepth--;
        if (end.type === 'else') {
            // `{{else if}}` and `{{else with}}` (Go 1.23) continue the chain: the `if` or `with`
            // is the next token, and its `{{end}}` ends this control too.
            const next = this.peek();
            if ((context === 'if' && next.type === 'if') || (context === 'with' && next.type === 'with')) {
                this.next();
                this.control(context, next, chainHead);
            }
            else {
                ({ end } = this.itemList());
                if (end.type !== 'end')
                    refuse(secondElse(end.keyword, context));
            }
        }
        this.open.pop();
        this.popVars(varCount, keyword);
        return OTHER;
    }
    elseControl(keyword) {
        const next = this.peekNonSpace();
        if (next.type !== 'if' && next.type !== 'with')
            this.expect('rightDelim', 'else');
        return { type: 'else', keyword };
    }
    blockControl(keyword) {
        const nameToken = this.nextNonSpace();
        const name = this.templateName(nameToken, 'block name');
        this.pipeline('block clause', 'rightDelim', keyword);
        const content = this.nested(keyword, () => this.body('block', keyword));
        this.add(name, content, nameToken);
        return OTHER;
    }
    templateControl() {
        this.templateName(this.nextNonSpace(), 'template name');
        if (this.nextNonSpace().type !== 'rightDelim') {
            this.backup();
            this.pipeline('template clause', 'rightDelim', this.action);
        }
        return OTHER;
    }
    templateName(token, context) {
        if (token.type !== 'string' && token.type !== 'rawString')
            this.unexpected(token, context);
        return this.literal(token);
    }
    /**
     * Declarations, then commands separated by `|`, up to `end`. `owner` is what an empty
     * pipeline is blamed on: the keyword, the `{{` or the `(`. Returns the closing token.
     */
    pipeline(context, end, owner) {
        let declarations = 0;
        for (;;) {
            const v = this.peekNonSpace();
            if (v.type !== 'variable')
                break;
            this.next();
            // Space is a token, so in `$x foo` Go reads three tokens ahead to tell a declaration
            // from a variable used as an argument.
            const afterVariable = this.peek();
            const next = this.peekNonSpace();
            if (next.type === 'assign' || next.type === 'declare') {
                this.nextNonSpace();
                declarations++;
                this.tree.vars.push(this.show(v));
            }
            else if (next.type === 'char' && this.show(next) === ',') {
                this.nextNonSpace();
                declarations++;
                this.tree.vars.push(this.show(v));
                if (context === 'range' && declarations < 2) {
                    const second = this.peekNonSpace();
                    if (second.type === 'variable' || second.type === 'rightDelim' || second.type === 'rightParen')
                        continue;
                    refuse(rangeNeedsVariables(second, this.show(second)));
                }
                refuse(tooManyDeclarations(next, context));
            }
            else if (afterVariable.type === 'space') {
                this.backup3(v, afterVariable);
            }
            else {
                this.backup2(v);
            }
            break;
        }
        const commands = [];
        for (;;) {
            const token = this.nextNonSpace();
            if (token.type === end) {
                if (commands.length === 0)
                    refuse(missingValue(context, owner, token, declarations > 0, this.text));
                // Only the first command may be a literal: later ones receive the piped value.
                for (let i = 1; i < commands.length; i++) {
                    if (NOT_EXECUTABLE.has(commands[i].type))
                        refuse(notExecutable(commands[i], this.show(commands[i])));
                }
                return token;
            }
            if (!OPERAND_STARTS.has(token.type))
                this.unexpected(token, context);
            this.backup();
            commands.push(this.command());
            if (commands.length > MAX_PIPELINE_COMMANDS)
                refuse(pipelineTooLong(owner));
        }
    }
    /** Space-separated operands up to `|`, `)` or `}}`; returns the first. */
    command() {
        const args = [];
        for (;;) {
            this.peekNonSpace();
            const operand = this.operand();
            if (operand)
                args.push(operand);
            const token = this.next();
            if (token.type === 'space')
                continue;
            if (token.type === 'rightDelim' || token.type === 'rightParen')
                this.backup();
            else if (token.type !== 'pipe')
                this.unexpected(token, 'operand', args[args.length - 1]);
            break;
        }
        // Go also refuses a command without operands, which cannot happen: a command is only
        // started at a token that begins an operand.
        const [first, second] = args;
        if (first.type === 'identifier' && this.show(first) === 'query' && second?.type === 'string') {
            this.queries.push({ start: second.start + 1, end: second.end - 1, expr: second.value });
        }
        return first;
    }
    /** A term and the fields after it, as in `(…).a.b`. */
    operand() {
        const term = this.term();
        if (!term || this.peek().type !== 'field')
            return term;
        const first = this.peek();
        let last = first;
        while (this.peek().type === 'field')
            last = this.next();
        if (term.type === 'field' || term.type === 'variable')
            return { ...term, end: last.end };
        if (NOT_EXECUTABLE.has(term.type))
            refuse(fieldOfLiteral(first, last, this.show(term), this.show({ start: first.start, end: last.end })));
        return { type: 'chain', start: term.start, end: last.end };
    }
    term() {
        const token = this.nextNonSpace();
        const { start, end } = token;
        switch (token.type) {
            case 'identifier':
                if (!names_FUNCTIONS.has(this.show(token)))
                    refuse(undefinedFunction(token, this.show(token), this.text));
                return { type: 'identifier', start, end };
            case 'dot':
            case 'nil':
            case 'field':
            case 'bool':
                return { type: token.type, start, end };
            case 'variable':
                this.useVar(token);
                return { type: 'variable', start, end };
            case 'charConstant': {
                const error = (0,go_literals/* charConstantError */.f5)(this.show(token));
                if (error)
                    refuse(badCharConstant(token, this.show(token), error));
                return { type: 'number', start, end };
            }
            case 'number':
            case 'complex': {
                const error = (0,go_literals/* numberError */.cG)(this.show(token), token.type === 'complex');
                if (error)
                    refuse(badNumberValue(token, this.show(token), error));
                return { type: 'number', start, end };
            }
            case 'leftParen': {
                const close = this.nested(token, () => this.pipeline('parenthesized pipeline', 'rightParen', token));
                return { type: 'pipeline', start, end: close.end };
            }
            case 'string':
            case 'rawString':
                return { type: 'string', start, end, value: this.literal(token) };
        }
        this.backup();
        return undefined;
    }
    /** The value of a string token, or the refusal of its bad escape. */
    literal(token) {
        const result = (0,go_literals/* unquote */._n)(this.show(token));
        if ('badEscape' in result) {
            const { start, end } = result.badEscape;
            refuse(badEscape(token.start + start, token.start + end, this.text));
        }
        return result.value;
    }
    useVar(token) {
        const name = this.show(token);
        if (this.tree.vars.includes(name))
            return;
        let outside = false;
        for (let tree = this.tree.enclosing; tree && !outside; tree = tree.enclosing)
            outside = tree.vars.includes(name);
        refuse(undefinedVariable(token, name, {
            inScope: this.tree.vars,
            tree: this.tree.kind,
            outside,
            endedIn: this.outOfScope.get(name),
            text: this.text,
        }));
    }
    /** Ends the scope of the variables declared in a control, at its `{{end}}`. */
    popVars(count, keyword) {
        for (const name of this.tree.vars.splice(count))
            this.outOfScope.set(name, keyword);
    }
}
/** Go's bytes.TrimSpace leaves nothing: Unicode White_Space only. */
const BLANK = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

;// CONCATENATED MODULE: ./src/template/index.ts

/**
 * What Prometheus refuses when it parses this label value or annotation; [] when it parses.
 * Go stops at the first error, so there is at most one problem. Offsets are into `text`.
 */
function checkTemplate(text) {
    // Without a `{{` the whole value is plain text, which always parses.
    if (!text.includes('{{'))
        return [];
    const { problem } = parser_parseTemplate(text);
    return problem ? [problem] : [];
}
/**
 * The PromQL string literals given to `query` (`{{ query "up" }}`), for the caller to check.
 * `start`/`end` are the offsets of the literal's content in `text` and `expr` its value; when
 * the literal holds escapes the two differ in length, and offsets within `expr` do not map
 * one to one. None when the template does not parse.
 */
function templateQueries(text) {
    if (!text.includes('{{'))
        return [];
    return parseTemplate(text).queries;
}

;// CONCATENATED MODULE: ./src/rules/template-syntax.ts




/** Prometheus parses alert labels and annotations as Go templates, and refuses the whole file when one does not parse. */
/* harmony default export */ const template_syntax = (defineRule({
    meta: {
        id: 'template-syntax',
        summary: 'An alert label or annotation is a Go template that does not parse: an unclosed `{{`, an undefined variable, an unknown function.',
        defaultSeverity: 'error',
        blocking: true,
        messages: {
            invalid: {
                text: 'Template error: {problem}',
                help: 'Prometheus refuses to load a rule file with a template that does not parse; variables are `$labels`, `$value`, `$externalLabels` and `$externalURL`.',
            },
        },
    },
    check(context) {
        for (const alert of context.model.alerts) {
            for (const template of alert.templates ?? []) {
                for (const problem of checkTemplate(template.text)) {
                    context.report({
                        messageId: 'invalid',
                        data: { problem: { raw: escapeControls(problem.message) } },
                        site: template.site,
                        within: { start: problem.start, end: problem.end },
                        subject: `${alertSubject(alert)}/${template.site.path.slice(-2).join('/')}`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/toml-syntax.ts

/** Reported by the TOML parser (Vector's configs): a file that is not valid TOML. */
/* harmony default export */ const toml_syntax = (defineRule({
    meta: {
        id: 'toml-syntax',
        summary: 'A TOML file (a Vector config) is not valid TOML, so nothing in it can be checked.',
        defaultSeverity: 'error',
        blocking: true,
        // The parser's own message: see src/vector/toml.ts.
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

;// CONCATENATED MODULE: ./src/rules/unused-suppression.ts

/** A suppression that suppresses nothing has outlived its reason, and would hide the next real finding. */
/* harmony default export */ const unused_suppression = (defineRule({
    meta: {
        id: 'unused-suppression',
        summary: 'A suppression comment that suppresses nothing: the finding it was for is gone.',
        defaultSeverity: 'warning',
        messages: {
            unused: {
                text: 'This suppression of {rules} suppresses nothing.',
                help: 'Remove it (or the rules it no longer needs), so it cannot hide a new finding.',
            },
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/yaml-strict.ts

/**
 * Reported by the loader: YAML that Go's parser (and so Prometheus, Alertmanager and the
 * OpenTelemetry Collector) reads, but that the YAML specification and stricter tools refuse.
 */
/* harmony default export */ const yaml_strict = (defineRule({
    meta: {
        id: 'yaml-strict',
        summary: "YAML that Go's parser reads, and the programs that load it accept, but the YAML specification and stricter tools refuse.",
        defaultSeverity: 'notice',
        // The loader's message names the construct: see src/yaml/indent-patch.ts.
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
    yaml_strict,
    toml_syntax,
    fluent_bit_syntax,
    schema,
    unreadable_file,
    promql_syntax,
    logql_syntax,
    template_syntax,
    duplicate_rule,
    alert_owner,
    alert_runbook,
    alert_severity,
    alert_routing,
    alertmanager_config,
    alertmanager_deprecated,
    otel_memory_limiter,
    otel_batch,
    otel_sampling,
    otel_debug_exporter,
    exporter_insecure,
    invalid_suppression,
    unused_suppression,
    pipeline_undefined_component,
    pipeline_unused_component,
    pipeline_incomplete,
    pipeline_cycle,
    secret_in_config,
    log_format,
    required_attributes,
];

;// CONCATENATED MODULE: ./src/policy/comments.ts
async function findComments(text, syntax) {
    const starts = syntax === 'yaml' ? await yamlComments(text) : syntax === 'toml' ? tomlComments(text) : fluentBitComments(text);
    return starts.map((start) => {
        const lineBreak = text.indexOf('\n', start);
        const end = lineBreak === -1 ? text.length : text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return { start, end, trailing: text.slice(lineStart, start).trim() !== '' };
    });
}
/** The `yaml` library's lexer, which knows every kind of scalar; its marker tokens take no room in the text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);
/** Loaded on first need: few files have a suppression comment, and the package is large. */
let YamlLexer;
async function yamlComments(text) {
    YamlLexer ??= (await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19))).Lexer;
    const starts = [];
    let offset = 0;
    for (const token of new YamlLexer().lex(text)) {
        if (token[0] === '#')
            starts.push(offset);
        if (!MARKERS.has(token))
            offset += token.length;
    }
    return starts;
}
/** TOML: a `#` outside strings (basic `"`, literal `'`, and their multi-line `"""`, `'''`). */
function tomlComments(text) {
    const starts = [];
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '#') {
            starts.push(i);
            const lineBreak = text.indexOf('\n', i);
            i = lineBreak === -1 ? text.length : lineBreak;
        }
        else if (ch === '"' || ch === "'") {
            const multiLine = text.startsWith(ch.repeat(3), i);
            i = stringEnd(text, multiLine ? i + 3 : i + 1, ch, multiLine);
        }
        else
            i++;
    }
    return starts;
}
/** Where a TOML string that starts before `from` ends; only basic strings (`"`) have escapes. */
function stringEnd(text, from, quote, multiLine) {
    const close = multiLine ? quote.repeat(3) : quote;
    for (let i = from; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\')
            i++;
        else if (text.startsWith(close, i))
            return i + close.length;
        else if (!multiLine && text[i] === '\n')
            return i;
    }
    return text.length;
}
/** Fluent Bit's classic format: a line whose first non-blank is `#`; a `#` later on a line is part of the value. */
function fluentBitComments(text) {
    const starts = [];
    for (const match of text.matchAll(/^[ \t]*#/gm))
        starts.push(match.index + match[0].length - 1);
    return starts;
}

;// CONCATENATED MODULE: ./src/policy/problem.ts

/** Makes problems for one text; the line index is built on the first problem only. */
function problemMaker(text) {
    let lines;
    return (start, end, message, help) => {
        lines ??= new LineIndex(text);
        const { line, column } = lines.position(start);
        return { message, ...(help === undefined ? {} : { help }), start, end, line, column };
    };
}

;// CONCATENATED MODULE: ./src/policy/suppressions.ts





const DIRECTIVES = {
    'obslint-disable-next-line': 'next-line',
    'obslint-disable-line': 'line',
    'obslint-disable-file': 'file',
};
const DIRECTIVE_NAMES = Object.keys(DIRECTIVES);
const suppressions_EXAMPLE = '`obslint-disable-next-line alert-runbook -- why it is fine here`';
/**
 * Reads directive text (a comment without its `#`, or an entry of the config): undefined when
 * it is not meant for obslint (does not start with `obslint-`). A directive with an unknown
 * rule keeps the rules it knows; one without a reason still applies (its problem says so).
 */
function parseDirective(text, options) {
    const head = /^\s*(obslint-[A-Za-z-]*)/.exec(text);
    if (!head)
        return undefined;
    const name = head[1];
    const nameStart = head[0].length - name.length;
    const scope = DIRECTIVES[name];
    if (scope === undefined) {
        const suggestion = (0,closest/* closest */.k)(name, DIRECTIVE_NAMES);
        return {
            problems: [
                {
                    start: nameStart,
                    end: head[0].length,
                    message: `\`${shown(name)}\` is not a suppression obslint knows.`,
                    help: `${suggestion ? `Did you mean \`${suggestion}\`? ` : ''}Write \`obslint-disable-next-line\`, \`obslint-disable-line\` or \`obslint-disable-file\`, as in ${suppressions_EXAMPLE}.`,
                },
            ],
        };
    }
    const problems = [];
    const separator = /\s--(?:\s|$)/.exec(text.slice(head[0].length));
    const listEnd = separator ? head[0].length + separator.index : text.length;
    const reason = separator ? text.slice(listEnd + separator[0].length).trim() : '';
    const rules = [];
    for (const item of text.slice(head[0].length, listEnd).matchAll(/[^,\s]+/g)) {
        const rule = item[0];
        const start = head[0].length + item.index;
        if (options.ruleIds.includes(rule))
            rules.push(rule);
        else {
            const suggestion = (0,closest/* closest */.k)(rule, options.ruleIds);
            problems.push({ start, end: start + rule.length, message: `\`${shown(rule)}\` is not an obslint rule.`, help: suggestion ? `Did you mean \`${suggestion}\`?` : 'Name rules by their id, as the rules list in the docs shows them.' });
        }
    }
    const whole = { start: nameStart, end: text.trimEnd().length };
    if (rules.length === 0 && problems.length === 0) {
        problems.push({ ...whole, message: `\`${name}\` names no rule to suppress.`, help: `List the rules after it, separated by commas, as in ${suppressions_EXAMPLE}.` });
    }
    if (reason === '' && options.requireReason !== false) {
        problems.push({ ...whole, message: `\`${shown(text.slice(nameStart, listEnd).trim())}\` gives no reason.`, help: `Add \`--\` and why the finding is acceptable here, as in ${suppressions_EXAMPLE}.` });
    }
    if (rules.length === 0)
        return { problems };
    return { directive: { scope, rules, ...(reason === '' ? {} : { reason }) }, problems };
}
/** The suppression comments of a config file. */
async function parseSuppressions(text, syntax, options) {
    const suppressions = [];
    const problems = [];
    // Most files have none: finding that out must not cost a tokenizing pass.
    if (!text.includes('obslint-'))
        return { suppressions, problems };
    const problem = problemMaker(text);
    let lines;
    const comments = await findComments(text, syntax);
    const ownLineComments = new Set(comments.filter((c) => !c.trailing).map((c) => c.start));
    for (const comment of comments) {
        const parsed = parseDirective(text.slice(comment.start + 1, comment.end), options);
        if (!parsed)
            continue;
        const at = comment.start + 1;
        for (const p of parsed.problems)
            problems.push(problem(at + p.start, at + p.end, p.message, p.help));
        if (!parsed.directive)
            continue;
        lines ??= new LineIndex(text);
        const { line, column } = lines.position(comment.start);
        const endPosition = lines.position(comment.end);
        const { scope } = parsed.directive;
        if (scope === 'line' && !comment.trailing) {
            problems.push(problem(comment.start, comment.end, '`obslint-disable-line` is on a line of its own, so it suppresses nothing.', 'Put it at the end of the line it is about, or use `obslint-disable-next-line`.'));
            continue;
        }
        const target = scope === 'file' ? undefined : scope === 'line' ? line : nextContentLine(text, comment.end, ownLineComments, lines);
        suppressions.push({
            ...parsed.directive,
            start: comment.start,
            end: comment.end,
            line,
            column,
            endLine: endPosition.line,
            endColumn: endPosition.column,
            ...(target === undefined ? {} : { target }),
        });
    }
    return { suppressions, problems };
}
/** The line after offset `from` with something other than blanks and comments. */
function nextContentLine(text, from, ownLineComments, lines) {
    const firstNonBlank = /^[ \t]*(\S)/gm;
    firstNonBlank.lastIndex = from;
    for (let m = firstNonBlank.exec(text); m; m = firstNonBlank.exec(text)) {
        const at = m.index + m[0].length - 1;
        if (!ownLineComments.has(at))
            return lines.position(at).line;
    }
    return undefined;
}
/** Whether one of a file's suppressions covers a finding of that file. */
function isSuppressed(finding, suppressions) {
    return suppressions.some((s) => covers(s, finding));
}
/** The rules of each suppression that covered no finding: a suppression that outlived its reason. */
function unusedSuppressions(findings, suppressions) {
    return suppressions.flatMap((suppression) => {
        const rules = suppression.rules.filter((rule) => !findings.some((f) => f.rule === rule && covers(suppression, f)));
        return rules.length === 0 ? [] : [{ suppression, rules }];
    });
}
function covers(suppression, finding) {
    if (!suppression.rules.includes(finding.rule))
        return false;
    if (suppression.scope === 'file')
        return true;
    const line = finding.start.line;
    return suppression.target !== undefined && line >= suppression.target && line <= (suppression.targetEnd ?? suppression.target);
}

// EXTERNAL MODULE: ./src/yaml/scalars.ts
var scalars = __nccwpck_require__(3922);
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
    // Tabs, carriage returns, byte-order marks, other line breaks and control characters have
    // rules of their own: leave them to the general parser.
    if (/[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(text))
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
const fast_parser_MAX_DEPTH = 64;
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
        if (++this.depth > fast_parser_MAX_DEPTH)
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
        // Go looks for a key's `:` within 1024 characters; past that is the general parser's to word.
        if (colon === -1 || colon - at > 1024)
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
        if (source === '<<' || source === '__proto__' || (0,scalars/* resolvePlain */.Rg)(source) !== source)
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
        return { kind: 'scalar', start: at, end, value: (0,scalars/* resolvePlain */.Rg)(value), style: 'plain' };
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
        const quoteCode = quote.charCodeAt(0);
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
                    const point = parseInt(hex, 16);
                    // Go refuses surrogates and code points past U+10FFFF.
                    if ((point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff)
                        giveUp();
                    value += String.fromCodePoint(point);
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
            // The characters up to the next quote, escape or line break, in one slice: adding them
            // one at a time made a string per character, most of what a large run allocated.
            const run = i;
            for (i++; i < text.length; i++) {
                const code = text.charCodeAt(i);
                if (code === quoteCode || code === 10 /* \n */ || (code === 92 /* \\ */ && quote === '"'))
                    break;
            }
            value += text.slice(run, i);
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
        // Go keeps the last line break only if there is one: not at the end of a file without one.
        if (!strip && text[end - 1] === '\n')
            value += '\n';
        this.pos = end;
        return { kind: 'scalar', start: at, end, value, style: folded ? 'folded' : 'literal' };
    }
    /** A flow collection that opens and closes on this line. */
    flow(at) {
        if (++this.depth > fast_parser_MAX_DEPTH)
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
        return { node: { kind: 'scalar', start: at, end, value: (0,scalars/* resolvePlain */.Rg)(source), style: 'plain' }, next: end };
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

;// CONCATENATED MODULE: ./src/yaml/tree.ts
/**
 * A small YAML node tree with source offsets: what the linter needs of a document, and
 * nothing more. Built by the fast parser, or converted from the `yaml` package's Document.
 */
/** Moves every offset of the documents' trees by `by` (each node once: aliases share nodes). */
function shiftOffsets(documents, by) {
    const seen = new Set();
    const stack = documents.map((d) => d.root);
    while (stack.length > 0) {
        const node = stack.pop();
        if (seen.has(node))
            continue;
        seen.add(node);
        node.start += by;
        node.end += by;
        if (node.kind === 'seq')
            stack.push(...node.items);
        else if (node.kind === 'map')
            for (const pair of node.pairs)
                stack.push(pair.key, pair.value);
    }
}

;// CONCATENATED MODULE: ./src/core/load.ts



const BINARY_SNIFF_BYTES = 8000;
/**
 * Reads a file as UTF-8 text, turning every reason it cannot be linted into one problem
 * instead of an exception: too large, binary, not UTF-8, unreadable.
 */
async function readText(absPath, maxBytes) {
    try {
        // Synchronous: config files are small, and a round trip through libuv's thread pool for each
        // of them cost a run of 10 small files about 10 ms of its start.
        const stat = (0,external_node_fs_namespaceObject.statSync)(absPath);
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
        const bytes = (0,external_node_fs_namespaceObject.readFileSync)(absPath);
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
    // A byte-order mark (Go's reader skips up to two) is not a column: editors count from after it.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF{1,2}/, '');
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
 * YAML takes the fast parser; anything else, and every error, the general parser (the `yaml`
 * package read with Go's rules), which is loaded only when a file needs it (most runs never
 * do). Go's reader skips a byte-order mark at the start, and its scanner one more; offsets
 * still count them.
 */
async function parseYaml(text) {
    const boms = text.startsWith('\uFEFF\uFEFF') ? 2 : text.startsWith('\uFEFF') ? 1 : 0;
    const body = boms > 0 ? text.slice(boms) : text;
    const fast = parseFast(body);
    let parsed;
    if (fast)
        parsed = { documents: fast, problems: [] };
    else {
        const { parseWithYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(597)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7597));
        parsed = parseWithYaml(body);
    }
    if (boms > 0) {
        shiftOffsets(parsed.documents, boms);
        for (const problem of parsed.problems) {
            problem.start += boms;
            problem.end += boms;
        }
    }
    return parsed;
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
 * Finds a runbook file: where it really is, or undefined. Runbook paths are written relative to
 * the repository root or to the rule file's folder;
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
            return undefined;
        for (const dir of dirs) {
            const target = external_node_path_default().resolve(dir, relativePath);
            let found = known.get(target);
            if (found === undefined) {
                const real = resolveInside(top, target);
                found = real !== undefined && isRegularFile(real) ? real : null;
                known.set(target, found);
            }
            if (found !== null)
                return found;
        }
        return undefined;
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
/**
 * Writes a report to `target`, a path in the repository, creating its folder. A pull request
 * can commit a symlink where the workflow expects a report (`reports -> /home/runner`), so a
 * folder on the way that leads out of the repository, or a symlink as the file itself, is
 * refused before anything is created or written.
 */
async function writeInside(root, target, text) {
    let existing = path.dirname(target);
    while (!existsSync(existing) && existing !== path.dirname(existing))
        existing = path.dirname(existing);
    if (!isInside(realRoot(root), await fs.realpath(existing)))
        throw new Error('its folder leads outside the repository through a symlink');
    await fs.mkdir(path.dirname(target), { recursive: true });
    const link = await fs.lstat(target).catch(() => undefined);
    if (link?.isSymbolicLink())
        throw new Error('it is a symlink, which obslint does not write through');
    // O_NOFOLLOW: a symlink put there since the check is refused too.
    await fs.writeFile(target, text, { flag: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW });
}

;// CONCATENATED MODULE: ./src/policy/codeowners-pattern.ts
/**
 * CODEOWNERS patterns as GitHub matches them: .gitignore rules without `!` negation and
 * without `[...]` classes (the parser refuses both), and with GitHub's own reading of a final
 * `*` segment: `docs/*` owns the files directly in `docs/`, not those further down.
 *
 * Matching walks pattern segments against path segments with memoization and matches one
 * segment with the classic last-star wildcard loop, so the time is bounded by the product of
 * the sizes, never exponential (the approach of `src/engine/glob.ts`; its syntax differs).
 */
const GLOBSTAR = { globstar: true };
/** A whole segment of any name: with `**` after it, "one or more segments". */
const ANY_SEGMENT = { globstar: false, tokens: [{ type: 'star' }] };
/**
 * Compiles a pattern already checked by the parser (escapes are kept in it: `\#`, `\ `, `\[`).
 * - A leading `/`, or a `/` inside, anchors the pattern at the repository root; a pattern of
 *   one segment matches at any depth.
 * - A trailing `/` matches what is inside a folder of that name, not a file of that name.
 * - Otherwise the pattern matches a file, or a folder and everything under it, except that a
 *   final segment of a lone `*` matches names at that level only.
 */
function compilePattern(pattern) {
    const rawSegments = splitSegments(pattern);
    const leadingSlash = rawSegments.length > 1 && rawSegments[0].length === 0;
    const trailingSlash = rawSegments.length > 1 && rawSegments[rawSegments.length - 1].length === 0;
    const inner = rawSegments.slice(leadingSlash ? 1 : 0, trailingSlash ? -1 : undefined);
    const segments = inner.map(codeowners_pattern_compileSegment);
    // `/` alone never matches (the parser reports it); `//` and the like have empty segments.
    if (segments.length === 0 || inner.some((s) => s.length === 0))
        return () => false;
    const anchored = leadingSlash || segments.length > 1;
    if (!anchored && !segments[0].globstar)
        segments.unshift(GLOBSTAR);
    const last = segments[segments.length - 1];
    if (trailingSlash || last.globstar) {
        // `foo/` and `foo/**`: at least one segment under `foo`.
        if (last.globstar)
            segments.pop();
        segments.push(ANY_SEGMENT, GLOBSTAR);
    }
    else if (!isLoneStar(last))
        segments.push(GLOBSTAR);
    return (path) => codeowners_pattern_matchSegments(segments, path);
}
function isLoneStar(segment) {
    return !segment.globstar && segment.tokens.length === 1 && segment.tokens[0].type === 'star';
}
/** Splits on `/` that is not escaped; escapes stay in the pieces. */
function splitSegments(pattern) {
    const segments = [];
    let start = 0;
    for (let i = 0; i < pattern.length; i++) {
        if (pattern[i] === '\\')
            i++;
        else if (pattern[i] === '/') {
            segments.push(pattern.slice(start, i));
            start = i + 1;
        }
    }
    segments.push(pattern.slice(start));
    return segments;
}
function codeowners_pattern_compileSegment(segment) {
    if (segment === '**')
        return GLOBSTAR;
    const tokens = [];
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '\\' && i + 1 < segment.length)
            tokens.push({ type: 'char', ch: segment[++i] });
        else if (ch === '*') {
            // `a**b` is `a*b`: consecutive stars within a segment are one.
            if (tokens[tokens.length - 1]?.type !== 'star')
                tokens.push({ type: 'star' });
        }
        else if (ch === '?')
            tokens.push({ type: 'any' });
        else
            tokens.push({ type: 'char', ch });
    }
    return { globstar: false, tokens };
}
/** One path segment against its tokens, remembering only the last star: O(tokens × text). */
function codeowners_pattern_matchSegment(tokens, text) {
    let t = 0;
    let s = 0;
    let starToken = -1;
    let starText = 0;
    while (s < text.length) {
        const token = tokens[t];
        if (token?.type === 'star') {
            starToken = t++;
            starText = s;
        }
        else if (token !== undefined && (token.type === 'any' || token.ch === text[s])) {
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
/**
 * Pattern segments against path segments. The segments before the first `**` match one for
 * one, which settles most rules at once; the rest is memoized on (pattern index, path index).
 */
function codeowners_pattern_matchSegments(pattern, path) {
    let first = 0;
    for (; first < pattern.length; first++) {
        const segment = pattern[first];
        if (segment.globstar)
            break;
        if (first >= path.length || !codeowners_pattern_matchSegment(segment.tokens, path[first]))
            return false;
    }
    if (first === pattern.length)
        return first === path.length;
    // 0: not known yet, 1: no, 2: yes.
    const memo = new Uint8Array((pattern.length + 1) * (path.length + 1));
    const match = (p, s) => {
        const key = p * (path.length + 1) + s;
        if (memo[key] !== 0)
            return memo[key] === 2;
        let result;
        if (p === pattern.length)
            result = s === path.length;
        else {
            const segment = pattern[p];
            if (segment.globstar)
                result = match(p + 1, s) || (s < path.length && match(p, s + 1));
            else
                result = s < path.length && codeowners_pattern_matchSegment(segment.tokens, path[s]) && match(p + 1, s + 1);
        }
        memo[key] = result ? 2 : 1;
        return result;
    };
    return match(first, first);
}

;// CONCATENATED MODULE: ./src/policy/codeowners.ts





/**
 * A CODEOWNERS file read as GitHub reads it ("About code owners" in GitHub's documentation):
 * one rule a line, a pattern then owners; the last matching rule wins; a pattern with no
 * owners leaves its files unowned. GitHub skips a line with a syntax error and lists the
 * error by line and column; so does this parser.
 */
/** Where GitHub looks, in order; the first file found is the one used. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** GitHub does not load a CODEOWNERS file of 3 MB or more. */
const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;
/** The first CODEOWNERS file of a checkout, relative to its root, as GitHub picks it. */
function findCodeowners(root) {
    return CODEOWNERS_LOCATIONS.find((location) => (0,external_node_fs_namespaceObject.statSync)(external_node_path_default().join(root, location), { throwIfNoEntry: false })?.isFile());
}
const OWNER_HELP = 'Write owners as `@user`, `@org/team` or an e-mail address, separated by spaces.';
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const USER = /^@[A-Za-z0-9_-]+$/;
const TEAM = /^@[A-Za-z0-9-]+\/[A-Za-z0-9_-]+$/;
function parseCodeowners(text) {
    const problem = problemMaker(text);
    const rules = [];
    const problems = [];
    if (Buffer.byteLength(text) >= MAX_CODEOWNERS_BYTES) {
        problems.push(problem(0, 0, 'This CODEOWNERS file is 3 MB or more, so GitHub does not load it.', 'Use wildcard patterns to merge rules and make the file smaller.'));
        return codeowners(rules, problems);
    }
    let lineStart = 0;
    let lineNumber = 0;
    while (lineStart <= text.length) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        lineNumber++;
        const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
        const parsed = parseLine(line);
        if ('problem' in parsed) {
            const { start, end, message, help } = parsed.problem;
            problems.push(problem(lineStart + start, lineStart + end, message, help));
        }
        else if (parsed.rule)
            rules.push({ ...parsed.rule, line: lineNumber });
        if (newline === -1)
            break;
        lineStart = newline + 1;
    }
    return codeowners(rules, problems);
}
/** Rules parsed elsewhere (a worker thread gets them as data), ready to match. */
function codeownersFromRules(rules) {
    return codeowners(rules, []);
}
function codeowners(rules, problems) {
    let matchers;
    return {
        rules,
        problems,
        ownersOf(file) {
            matchers ??= rules.map((r) => compilePattern(r.pattern));
            const segments = file.replace(/^\.?\//, '').split('/');
            for (let i = rules.length - 1; i >= 0; i--)
                if (matchers[i](segments))
                    return [...rules[i].owners];
            return [];
        },
    };
}
function parseLine(line) {
    const words = splitWords(line);
    if (words.length === 0)
        return {};
    const [pattern, ...owners] = words;
    const patternProblem = checkPattern(pattern, owners.length);
    if (patternProblem)
        return { problem: patternProblem };
    for (const owner of owners) {
        if (!EMAIL.test(owner.text) && !USER.test(owner.text) && !TEAM.test(owner.text)) {
            return { problem: { start: owner.start, end: owner.start + owner.text.length, message: `\`${shown(owner.text)}\` is not an owner GitHub can read.`, help: OWNER_HELP } };
        }
    }
    return { rule: { pattern: pattern.text, owners: owners.map((o) => o.text) } };
}
/**
 * Words split on whitespace that is not escaped (`\ ` belongs to the pattern); a word that
 * starts with `#` starts a comment, to the end of the line.
 */
function splitWords(line) {
    const words = [];
    let i = 0;
    while (i < line.length) {
        while (i < line.length && codeowners_isSpace(line[i]))
            i++;
        if (i >= line.length || line[i] === '#')
            break;
        const start = i;
        while (i < line.length && !codeowners_isSpace(line[i]))
            i += line[i] === '\\' ? 2 : 1;
        words.push({ text: line.slice(start, Math.min(i, line.length)), start });
    }
    return words;
}
function codeowners_isSpace(ch) {
    return ch === ' ' || ch === '\t';
}
function checkPattern(pattern, ownerCount) {
    const { text, start } = pattern;
    const at = (offset, length, message, help) => ({ start: start + offset, end: start + offset + length, message, help });
    if (text.startsWith('\\#')) {
        return at(0, 2, `GitHub does not read \`\\#\` at the start of a pattern as an escaped \`#\`, so \`${shown(text)}\` does not work.`, 'Put a `/` before it, as in `/\\#notes.md` for a file at the root.');
    }
    if (text.startsWith('!')) {
        return at(0, 1, `\`${shown(text)}\` uses \`!\` to negate a pattern, which CODEOWNERS does not support.`, 'List the files to own instead, or add a later line with the pattern and no owners to leave those files unowned.');
    }
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '[' || text[i] === ']') {
            return at(i, 1, `\`${shown(text)}\` has an unescaped \`${text[i]}\`: CODEOWNERS patterns have no character ranges.`, 'Escape both `[` and `]` with a `\\` to match them literally.');
        }
    }
    if (text === '/')
        return at(0, 1, 'The pattern `/` never matches anything.', 'Write `*` to match every file.');
    if (text.startsWith('@') && ownerCount === 0) {
        return at(0, text.length, `\`${shown(text)}\` is read as a file pattern with no owners, not as an owner.`, 'Put a pattern before the owners, as in `* @org/team`.');
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/schema.ts



/**
 * Schema problems reported per document. A list of 80,000 broken items is one mistake made
 * many times; after this many, one more finding says how many were left out.
 */
const MAX_SCHEMA_ISSUES = 100;
/**
 * Validates data with a schema compiled at build time (src/generated/validators/, made by
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
            const suggestion = (0,closest/* closest */.k)(key, allowed);
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
const schema_TYPE_NAMES = {
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
            const types = String(params.type).split(',').map((t) => schema_TYPE_NAMES[t] ?? t);
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

// EXTERNAL MODULE: ./src/yaml/line-breaks.ts
var line_breaks = __nccwpck_require__(8650);
;// CONCATENATED MODULE: ./src/engine/lint.ts





















function emptyResult(file) {
    return { file, findings: [], kinds: [], alerts: 0, recordingRules: 0 };
}
/** A problem found before any kind looked at the file, as a finding. */
function problemResult(file, text, problem, config) {
    const reporter = new FileReporter(file, text, rulesFor(file, config));
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
    const kinds = kindsOf(config);
    const forced = forcedKind(file, config);
    // Most YAML in a repository is not ours: skip it before paying for a parse.
    if (!forced && !named && !kinds.some((kind) => kind.sniff(text)))
        return result;
    const { documents, problems } = await lint_parse(file, text, forced);
    // A Helm or other Go template is not YAML until rendered: lint what it renders to instead.
    if (problems.length > 0 && !forced && !named && looksLikeTemplate(text))
        return result;
    const rules = rulesFor(file, config);
    const reporter = new FileReporter(file, text, rules);
    const readAsJson = problems.length > 0 && jsonReadAsJson(file, text, documents.map((d) => forced ?? kinds.find((k) => k.detect(d.value))));
    for (const problem of problems)
        if (!(readAsJson && GO_YAML_RULES.has(problem.rule)))
            reporter.problem(problem);
    const model = emptyModel();
    const { settings } = config;
    /** Validates, checks and extracts one document of a kind, as document `index` of the file. */
    const lintDocument = async (index, document, kind) => {
        reporter.documents[index] = document;
        result.kinds.push(kind.id);
        const site = (path) => ({ doc: index, path });
        const help = referenceHelp(kind);
        try {
            for (const issue of validateWith(await kind.validator(), document.value)) {
                reporter.raw('schema', { site: site(issue.path), target: issue.target, message: issue.message, messageId: issue.keyword, help });
            }
            for (const issue of kind.checkStructure?.(document.value, settings, isPartOfSet(file, kind.id, settings)) ?? []) {
                reporter.raw('schema', { site: site(issue.path), target: issue.target, message: issue.message, messageId: 'structure', help: issue.help });
            }
            model.documents.push({ kind: kind.id, doc: index, value: document.value });
            kind.extract(document.value, index, model, settings);
        }
        catch (error) {
            // Data shaped to defeat a checker costs one finding, not the run.
            reporter.raw('schema', { site: site([]), message: `This document could not be checked: ${String(error)}`, messageId: 'crash', help: REPORT_IT });
        }
    };
    // Embedded configs are numbered after the file's own documents.
    let next = documents.length;
    for (const [index, document] of documents.entries()) {
        const kind = forced ?? kinds.find((k) => k.detect(document.value));
        if (kind) {
            await lintDocument(index, document, kind);
            continue;
        }
        for (const embedded of embeddedConfigs(document.value)) {
            for (const inner of await embeddedDocuments(document, embedded, text, reporter)) {
                const innerKind = kinds_KINDS.find((k) => k.detect(inner.value));
                if (innerKind)
                    await lintDocument(next++, inner, innerKind);
            }
        }
    }
    result.alerts = model.alerts.length;
    result.recordingRules = model.recordingRules.length;
    if (model.alerts.length > 0) {
        const owners = { owners: [], lines: new Int32Array(2 * model.alerts.length) };
        for (const [i, alert] of model.alerts.entries()) {
            owners.owners.push(ownerOf(alert, config, job, file));
            owners.lines.set(reporter.lineSpan(alert.site), 2 * i);
        }
        result.owners = owners;
    }
    let known = runbookCaches.get(job);
    if (!known)
        runbookCaches.set(job, (known = new Map()));
    const findFile = runbookLookup(job.root, file, known);
    const codeOwners = job.codeowners && codeownersOf(job).ownersOf(file);
    for (const rule of RULES) {
        const setting = rules[rule.meta.id];
        if ((!rule.check && !rule.collect) || setting.severity === 'off')
            continue;
        const context = {
            file,
            model,
            options: setting.options,
            settings,
            codeOwners,
            report: (report) => reporter.report(rule.meta, report),
            fileExists: (relativePath) => findFile(relativePath) !== undefined,
            readFile: (relativePath) => {
                const found = findFile(relativePath);
                return found === undefined ? undefined : readRepoFile(found, job);
            },
            lineOf: (site) => reporter.rangeOf(site).start.line,
            rangeOf: (site, target) => reporter.rangeOf(site, target),
        };
        try {
            await rule.prepare?.(context);
            rule.check?.(context);
            const collected = rule.collect?.(context);
            if (collected !== undefined)
                (result.collected ??= {})[rule.meta.id] = collected;
        }
        catch (error) {
            reporter.raw(rule.meta.id, { span: { start: 0, end: 0 }, message: `This rule failed on this file: ${String(error)}`, messageId: 'crash', help: REPORT_IT });
        }
    }
    const suppressions = await readSuppressions(file, text, config, reporter);
    if (suppressions.length > 0)
        result.suppressions = suppressions;
    return reporter.finish(result);
}
/**
 * An alert's owner for the scorecard: its first owner label (as `alert-owner` reads them), or its
 * file's first code owner where the config lets CODEOWNERS stand in.
 */
function ownerOf(alert, config, job, file) {
    const keys = config.rules['alert-owner']?.options.labels ?? ['owner', 'team'];
    const label = keys.map((key) => alert.labels[key]?.trim()).find((value) => value);
    if (label)
        return label;
    const mode = config.settings.owners.codeowners;
    if ((mode === 'fallback' || mode === 'both') && job.codeowners)
        return codeownersOf(job).ownersOf(file)[0];
    return undefined;
}
/** Which comment syntax a file has, for suppressions; JSON has none (its suppressions live in the config). */
function commentSyntax(file) {
    const ending = external_node_path_default().extname(file).toLowerCase();
    if (ending === '.json')
        return undefined;
    if (ending === '.toml')
        return 'toml';
    if (ending === '.conf')
        return 'fluent-bit';
    return 'yaml';
}
/**
 * The file's suppression comments; malformed ones are `invalid-suppression` findings. A
 * `next-line` comment above a block (an alert's list item) covers the whole block.
 */
async function readSuppressions(file, text, config, reporter) {
    const syntax = commentSyntax(file);
    if (!syntax || !text.includes('obslint-'))
        return [];
    const { suppressions, problems } = await parseSuppressions(text, syntax, { ruleIds: RULES.map((r) => r.meta.id), requireReason: config.suppressions.requireReason });
    for (const problem of problems) {
        reporter.raw('invalid-suppression', { span: { start: problem.start, end: problem.end }, message: problem.message, help: problem.help });
    }
    for (const suppression of suppressions) {
        if (suppression.scope === 'next-line' && suppression.target !== undefined) {
            const end = reporter.blockEndLine(suppression.target);
            if (end !== undefined && end > suppression.target)
                suppression.targetEnd = end;
        }
    }
    return suppressions;
}
/** Answers to "where is this runbook file", once per run (a job lives for one run, in each thread). */
const runbookCaches = new WeakMap();
/** Files rules read (runbooks), once per run; what is too large or not text reads as empty. */
const repoFiles = new WeakMap();
const MAX_READ_BYTES = 1024 * 1024;
function readRepoFile(abs, job) {
    let cache = repoFiles.get(job);
    if (!cache)
        repoFiles.set(job, (cache = new Map()));
    let text = cache.get(abs);
    if (text === undefined) {
        try {
            const bytes = (0,external_node_fs_namespaceObject.readFileSync)(abs);
            const decoded = bytes.length > MAX_READ_BYTES ? undefined : decode(bytes);
            text = decoded === undefined || decoded.problem ? '' : decoded.text;
        }
        catch {
            text = '';
        }
        cache.set(abs, text);
    }
    return text;
}
/**
 * The documents of a config embedded in `outer` (a Secret's `alertmanager.yaml`, the
 * OpenTelemetry operator's `spec.config`), with their positions mapped into the file. Text that
 * no kind would claim is not parsed; problems parsing text that one would are reported.
 */
async function embeddedDocuments(outer, embedded, text, reporter) {
    const name = `${outer.name ?? ''}/${embedded.path.join('/')}`;
    if (embedded.value !== undefined) {
        // Already data: the node is in the file's own tree.
        const node = nodeAt(outer.root, embedded.path);
        return node ? [{ root: node, value: embedded.value, name }] : [];
    }
    const inner = embedded.text ?? '';
    if (!kinds_KINDS.some((kind) => kind.sniff(inner)))
        return [];
    const scalar = nodeAt(outer.root, embedded.path);
    const map = embedded.opaque ? undefined : scalarOffsetMap(outer.root, text, embedded.path);
    const toFile = (offset) => map?.(offset) ?? scalar?.start ?? 0;
    const parsed = await lint_parse(embedded.name ?? '', inner, undefined);
    for (const problem of parsed.problems)
        reporter.problem({ ...problem, start: toFile(problem.start), end: toFile(problem.end) });
    return parsed.documents.map((document, index) => ({ ...document, name: `${name}#${index}`, embedded: { text: inner, toFile } }));
}
/** CODEOWNERS compiled once per run in each thread. */
const compiledCodeowners = new WeakMap();
function codeownersOf(job) {
    let compiled = compiledCodeowners.get(job);
    if (!compiled)
        compiledCodeowners.set(job, (compiled = codeownersFromRules(job.codeowners ?? [])));
    return compiled;
}
/** What Go's YAML reader says about a file. */
const GO_YAML_RULES = new Set(['yaml-syntax', 'yaml-strict']);
/**
 * A valid JSON file that every document's program reads with a JSON parser (`readsJson`): what
 * Go's YAML reader would say about it does not apply.
 */
function jsonReadAsJson(file, text, kinds) {
    if (external_node_path_default().extname(file).toLowerCase() !== '.json' || kinds.length === 0 || !kinds.every((kind) => kind?.readsJson))
        return false;
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
/** A kind's own parser for its file ending (TOML, Fluent Bit's format), else YAML as Go reads it. */
async function lint_parse(file, text, forced) {
    const ending = external_node_path_default().extname(file).slice(1).toLowerCase();
    const own = (forced ? [forced] : kinds_KINDS).map((kind) => kind.parsers?.[ending]).find((p) => p !== undefined);
    if (own)
        return own(text);
    // Go's YAML reader also ends a line at a lone CR, NEL, LS or PS: parsed with them made LF (one
    // character for one, so offsets stand), the file reads as the program that loads it reads
    // it, while lines are still counted as git and GitHub count them, by LF.
    const lineBreak = line_breaks/* UNUSUAL_BREAK */.s.exec(text);
    if (!lineBreak)
        return parseYaml(text);
    const parsed = await parseYaml(text.replace(UNUSUAL_BREAKS, '\n'));
    return { ...parsed, problems: [unusualBreakNotice(lineBreak), ...parsed.problems] };
}
const UNUSUAL_BREAKS = new RegExp(line_breaks/* UNUSUAL_BREAK */.s.source, 'g');
function unusualBreakNotice(lineBreak) {
    return {
        rule: 'yaml-strict',
        message: `Lines end with ${(0,line_breaks/* lineBreakName */.f)(lineBreak[0])}: Go's YAML reader (Prometheus, Alertmanager, the Collector) reads them as line ends, as obslint does here, but git, GitHub and many tools do not (line numbers here count LF only).`,
        help: 'Re-save the file with LF (or CRLF) line ends.',
        start: lineBreak.index,
        end: lineBreak.index + 1,
    };
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
        referenceHelps.set(kind, (help = `The format is described ${/^https?:/.test(kind.reference) ? 'at' : 'by'} ${kind.reference}`));
    return help;
}
const REPORT_IT = 'This is a bug in obslint: please report it with the file.';
/** The built-in kinds and the config's own (`custom-kinds:`), once per config in each thread. */
const configKinds = new WeakMap();
function kindsOf(config) {
    if (config.customKinds.length === 0)
        return kinds_KINDS;
    let kinds = configKinds.get(config);
    if (!kinds)
        configKinds.set(config, (kinds = [...kinds_KINDS, ...config.customKinds.map(customKind)]));
    return kinds;
}
/** Compiled `overrides:` globs, once per config (each worker has its own copy of the config). */
const overrideMatchers = new WeakMap();
/** The rule settings for one file: the run's, with every override whose globs match it applied in order. */
function rulesFor(file, config) {
    if (config.overrides.length === 0)
        return config.rules;
    let matchers = overrideMatchers.get(config);
    if (!matchers)
        overrideMatchers.set(config, (matchers = config.overrides.map((o) => compileGlobs(o.files))));
    let rules;
    config.overrides.forEach((override, index) => {
        if (!matchers[index](file))
            return;
        rules ??= { ...config.rules };
        for (const [id, setting] of Object.entries(override.rules)) {
            const current = rules[id];
            if (!current)
                continue;
            rules[id] = { severity: setting.severity ?? current.severity, options: { ...current.options, ...setting.options } };
        }
    });
    return rules ?? config.rules;
}
/**
 * Compiled `kinds:` globs, once per config (each worker has its own copy of the config). The
 * files of a set under `configs:` are of its kind too: a layer may hold too little for
 * detection (only `processors:`), or nothing at all.
 */
const kindMatchers = new WeakMap();
function forcedKind(file, config) {
    let matchers = kindMatchers.get(config);
    if (!matchers) {
        const byId = (id) => kindsOf(config).find((kind) => kind.id === id);
        matchers = [...config.kinds, ...(config.settings.configSets ?? []), ...config.customKinds.map((k) => ({ files: k.files, kind: k.id }))].map((entry) => ({
            matches: compileGlobs(entry.files),
            kind: byId(entry.kind),
        }));
        kindMatchers.set(config, matchers);
    }
    return matchers.find((m) => m.matches(file))?.kind;
}
/** Turns reports into findings, computing line/column only for files that have some. */
class FileReporter {
    file;
    text;
    rules;
    documents = [];
    findings = [];
    lines;
    constructor(file, text, rules) {
        this.file = file;
        this.text = text;
        this.rules = rules;
    }
    problem(problem) {
        this.raw(problem.rule, { span: { start: problem.start, end: problem.end }, message: problem.message, help: problem.help });
    }
    report(meta, report) {
        const template = meta.messages[report.messageId];
        if (!template)
            throw new Error(`rule ${meta.id} has no message ${report.messageId}`);
        const message = fill(template.text, report.data);
        const help = report.help !== undefined ? escapeControls(report.help) : template.help && fill(template.help, report.data);
        this.add(meta.id, report, message, help, report.messageId, report.subject);
    }
    raw(rule, report) {
        this.add(rule, report, report.message, report.help, report.messageId ?? report.message.replace(/\d+/g, 'N'), report.subject);
    }
    /**
     * The first and last line of what a site points at (an alert's whole mapping), from the key
     * that holds it: a finding about the whole alert is placed on that key (`spec:` above a
     * DatadogMonitor's fields). In an embedded config, both ends are mapped into the file.
     */
    lineSpan(site) {
        const document = this.documents[site.doc];
        const node = document && nodeAt(document.root, site.path);
        const first = this.rangeOf(site, 'key').start.line;
        if (!node)
            return [first, first];
        const last = Math.max(node.end - 1, node.start);
        return [first, this.index().position(document.embedded?.toFile(last) ?? last).line];
    }
    /**
     * The last line of the innermost block (mapping or list) that starts on `line`: on `- alert: X`
     * the alert's mapping, not the list of rules that starts there too.
     */
    blockEndLine(line) {
        const range = this.index().lineRange(line);
        if (!range)
            return undefined;
        let end;
        let span = Infinity;
        const stack = this.documents.filter((d) => d && !d.embedded).map((d) => d.root);
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.start > range.end || node.end <= range.start)
                continue;
            if (node.kind !== 'scalar' && node.start >= range.start && node.start <= range.end && node.end - node.start < span) {
                span = node.end - node.start;
                end = node.end;
            }
            if (node.kind === 'seq')
                stack.push(...node.items);
            else if (node.kind === 'map')
                for (const pair of node.pairs)
                    stack.push(pair.value);
        }
        return end === undefined ? undefined : this.index().position(Math.max(end - 1, 0)).line;
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
        const span = this.spanInDocument(document, placement.site.path, placement);
        const embedded = document.embedded;
        if (!embedded)
            return span;
        const start = embedded.toFile(span.start);
        return { start, end: Math.max(start + 1, embedded.toFile(Math.max(span.start, span.end - 1)) + 1) };
    }
    /** A site's span in the text the document's offsets are into (the file's, or the embedded config's). */
    spanInDocument(document, path, placement) {
        const text = document.embedded?.text ?? this.text;
        if (placement.within) {
            const start = scalarValueOffset(document.root, text, path, placement.within.start);
            const end = scalarValueOffset(document.root, text, path, placement.within.end);
            if (start !== undefined && end !== undefined)
                return { start, end: Math.max(end, start + 1) };
        }
        const lines = document.embedded ? (document.embedded.lines ??= new LineIndex(text)) : this.index();
        return locate(document.root, lines, path, placement.target);
    }
    /** What a finding at a site is about, by names rather than positions. */
    subjectOf(placement) {
        const site = placement.site;
        const document = site && this.documents[site.doc];
        if (!site || !document)
            return '';
        return (document.name ?? '') + describePath(document.value, site.path, site.doc) + (placement.target === 'key' ? '#key' : '');
    }
    add(rule, placement, message, help, messageId, subject) {
        const severity = this.rules[rule]?.severity ?? 'error';
        if (severity === 'off')
            return;
        const span = this.spanOf(placement);
        const index = this.index();
        const about = subject ?? this.subjectOf(placement);
        const finding = {
            rule,
            severity: severity,
            message: detach(message),
            file: this.file,
            start: index.position(span.start),
            end: index.position(Math.max(span.end, span.start)),
            fingerprint: identify(rule, this.file, messageId, about),
            coarseFingerprint: identify(rule, this.file, messageId, withoutLabels(about)),
            // Help texts are the rules' own constants: shared, not copied. Set here even when there is
            // none, then removed: V8 sizes an object for the properties of its literal (one added later
            // costs a second allocation, 40 bytes a finding on a 100,000-finding run), and removing
            // the last property added keeps the object's fast layout.
            help,
        };
        if (!help)
            delete finding.help;
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
 * Lints files on several threads. Every lint thread pulls the next file from one queue, so a
 * few huge files do not leave a thread idle. A file whose lint fails, or kills its thread,
 * becomes one finding; the other files' findings are kept.
 *
 * With lint threads, the main thread only hands out files and keeps the findings. Node sizes
 * its young generation for speed (two 16 MB halves, set at start and not changeable after),
 * and linting fills it; a lint thread's is capped instead. Linting on the main thread too was
 * 6–12% faster on 2 cores but peaked 35 MB higher on 100,000 rules (165 against 128 MB).
 */
const WORKER_FLAG = 'obslint-worker';
/** On a thread's command line, so the entry can tell it is one without loading `node:worker_threads`. */
const WORKER_ARG = '--obslint-lint-thread';
/** Loading `node:worker_threads` takes a few milliseconds: only threads and runs that start them pay. */
function workerThreads() {
    return (0,external_node_module_namespaceObject.createRequire)(obslintHost.url)('node:worker_threads');
}
/**
 * How many threads a run of this size uses, counting the main thread. `OBSLINT_THREADS` sets it
 * (1 = this thread only), for machines whose core count misleads (shared CI runners).
 */
function threadsFor(fileCount, cores = availableCores(), forced = process.env.OBSLINT_THREADS) {
    // Unset (NaN) and empty (0) fall through like any value that is not a count.
    const wanted = Number(forced);
    if (Number.isInteger(wanted) && wanted >= 1)
        return Math.min(wanted, 64);
    // Starting a lint thread costs about as much as linting a few dozen small files.
    const threads = Math.max(1, Math.min(cores, 4, Math.floor(fileCount / 40)));
    // Two are the main thread handing out files and one lint thread: no faster than the main
    // thread alone, and worth starting only for the capped young generation, when a run is large
    // enough for memory to matter (on 10,000 rules in 100 files one thread peaked lower, 108 MB).
    return threads === 2 && fileCount < MANY_FILES ? 1 : threads;
}
/** Where two threads start paying for themselves in memory (1,000 files of 100 rules: 128–140 MB against 150–155 on one). */
const MANY_FILES = 500;
function availableCores() {
    return typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length;
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
/**
 * Lints `files`, handing each file's result to `receive` as it arrives (in no fixed order), so
 * the run can keep its findings compact instead of holding every file's finding objects.
 */
async function lintFiles(files, explicit, job, options, receive) {
    let next = 0;
    const take = () => (next < files.length ? files[next++] : undefined);
    const lintHere = (file) => lintFile(file, job, explicit.has(file)).catch((error) => failedResult(file, String(error?.message ?? error), job));
    // `threads` counts the main thread: 2 threads are the main thread and one lint thread.
    const workers = options.workerUrl ? Math.max(0, options.threads - 1) : 0;
    await Promise.all(Array.from({ length: workers }, () => runWorker(options.workerUrl, job, take, explicit, receive)));
    // Without lint threads, or if every one stopped early, the main thread lints what is left.
    for (let file = take(); file !== undefined; file = take())
        receive(await lintHere(file));
}
/** Files a worker holds in its queue: a second file queued keeps it busy while its last result travels. */
const IN_FLIGHT = 2;
function runWorker(url, job, take, explicit, receive) {
    return new Promise((resolve) => {
        // A worker's young generation grows past what linting one file at a time needs; capping it
        // lowers a 100,000-rule run's peak memory at no cost in time.
        const worker = new (workerThreads().Worker)(url, { argv: [WORKER_ARG], workerData: { [WORKER_FLAG]: true, job }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
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
            receive('result' in message ? message.result : failedResult(file, message.error, job));
            send();
        });
        let failure = 'the lint thread stopped';
        worker.on('error', (error) => (failure = `the lint thread failed: ${error.message}`));
        // A thread that ends with files still queued must not lose them silently.
        worker.on('exit', () => {
            for (const file of pending)
                receive(failedResult(file, failure, job));
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
    if (!process.argv.includes(WORKER_ARG))
        return false;
    const { isMainThread, workerData } = workerThreads();
    return !isMainThread && workerData?.[WORKER_FLAG] === true;
}
function serveWorker() {
    const { parentPort, workerData } = workerThreads();
    const job = workerData.job;
    const port = parentPort;
    port.on('message', (message) => {
        if ('stop' in message) {
            port.close();
            return;
        }
        lintFile(message.file, job, message.named).then((result) => port.postMessage({ result }), (error) => port.postMessage({ error: String(error?.message ?? error), file: message.file }));
    });
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(obslintHost.url)("node:util");
;// CONCATENATED MODULE: ./src/kinds/settings.ts
const DEFAULT_SETTINGS = {
    nameValidation: 'utf8',
    owners: { allowed: [], codeowners: 'off' },
    runbooks: { urlPatterns: [], mentionAlertName: false, checkLinks: false },
};

;// CONCATENATED MODULE: ./src/engine/config-globs.ts

const HELP = 'Match what varies with `*` or `**`, or list the few patterns you mean.';
/**
 * Every glob a layer writes, compiled when the config loads: one that cannot be compiled (a
 * brace expansion into more than 1,024 patterns) is a config error at its line, instead of a
 * crash or a "rule failed" finding when a file or a rule first uses it.
 */
function globProblems(layer) {
    const problems = [];
    for (const { pattern, path, target } of configGlobs(layer.raw)) {
        try {
            compileGlobs([pattern]);
        }
        catch (error) {
            if (!(error instanceof GlobError))
                throw error;
            problems.push({ ...layer.locate(path, target), message: `${error.message} ${HELP}` });
        }
    }
    return problems;
}
/**
 * The options each rule compiles as globs, with where each glob is in them. A test checks this
 * against the rules that call `compileGlobs` (alert-owner's globs are `owners.allowed`).
 */
const RULE_GLOBS = {
    'duplicate-rule': (options) => (Array.isArray(options.across) ? options.across : []).flatMap((set, index) => patterns(config_globs_isRecord(set) ? set.files : undefined, ['across', index, 'files'])),
    'secret-in-config': (options) => [...patterns(options['extra-keys'], ['extra-keys']), ...patterns(options['allowed-keys'], ['allowed-keys'])],
    'exporter-insecure': (options) => patterns(options['trusted-hosts'], ['trusted-hosts']),
};
function configGlobs(raw) {
    return [
        ...patterns(raw.include, ['include']),
        ...patterns(raw.exclude, ['exclude']),
        ...ruleGlobs(raw.rules, ['rules']),
        ...(raw.overrides ?? []).flatMap((entry, index) => [...patterns(entry.files, ['overrides', index, 'files']), ...ruleGlobs(entry.rules, ['overrides', index, 'rules'])]),
        ...(raw.kinds ?? []).flatMap((entry, index) => patterns(entry.files, ['kinds', index, 'files'])),
        ...(raw.configs ?? []).flatMap((entry, index) => patterns(entry.files, ['configs', index, 'files'])),
        ...(raw['custom-kinds'] ?? []).flatMap((entry, index) => patterns(entry.files, ['custom-kinds', index, 'files'])),
        ...Object.keys(raw.suppressions?.files ?? {}).map((pattern) => ({ pattern, path: ['suppressions', 'files', pattern], target: 'key' })),
        ...patterns(raw.owners?.allowed, ['owners', 'allowed']),
    ];
}
function ruleGlobs(rules, at) {
    return Object.entries(rules ?? {}).flatMap(([id, given]) => {
        const globsOf = RULE_GLOBS[id];
        if (!globsOf || typeof given !== 'object')
            return [];
        return globsOf(given).map((glob) => ({ ...glob, path: [...at, id, ...glob.path] }));
    });
}
/** A glob or a list of globs, at `path` (each item at its index). */
function patterns(value, path) {
    if (typeof value === 'string')
        return [{ pattern: value, path }];
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => (typeof item === 'string' ? [{ pattern: item, path: [...path, index] }] : []));
}
function config_globs_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
;// CONCATENATED MODULE: ./src/policy/remote-config.ts


class RemoteConfigError extends Error {
    help;
    constructor(message, help) {
        super(message);
        this.help = help;
    }
}
/** The token to use when run locally. */
function githubTokenFromEnv(env = process.env) {
    return env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}
const REF_HELP = 'Write `github:owner/repo/path/to/file.yml`, optionally followed by `@` and a branch, tag or commit.';
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// What `git check-ref-format` refuses: control characters, space, `~^:?*[\`, `..`, `@{`, and bad ends.
const BAD_REF = /[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|^[/.]|[/.]$|\.lock$|\/\/|^@$/;
/** `github:owner/repo/path.yml@ref`, or a RemoteConfigError saying what is wrong. */
function parseRemoteConfigRef(spec) {
    const refuse = (why) => new RemoteConfigError(`\`${shown(spec)}\` ${why}.`, REF_HELP);
    if (!spec.startsWith('github:')) {
        throw refuse(/^[a-z][a-z0-9+.-]*:/i.test(spec) ? 'is not a GitHub reference: only `github:` configs can be extended' : 'does not start with `github:`');
    }
    const at = spec.lastIndexOf('@');
    const location = at === -1 ? spec.slice('github:'.length) : spec.slice('github:'.length, at);
    const ref = at === -1 ? undefined : spec.slice(at + 1);
    const [owner = '', repo = '', ...segments] = location.split('/');
    if (!OWNER.test(owner))
        throw refuse(`has no valid owner (\`${shown(owner)}\`)`);
    if (!REPO.test(repo) || repo === '.' || repo === '..')
        throw refuse(`has no valid repository name (\`${shown(repo)}\`)`);
    if (segments.length === 0 || segments.every((s) => s === ''))
        throw refuse('names no file in the repository');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        throw refuse('has an empty, `.` or `..` part in its path');
    if (ref !== undefined && (ref === '' || BAD_REF.test(ref)))
        throw refuse(`has an invalid ref after \`@\` (\`${shown(ref)}\`)`);
    return { owner, repo, path: segments.join('/'), ...(ref === undefined ? {} : { ref }) };
}
function formatRemoteConfigRef({ owner, repo, path, ref }) {
    return `github:${owner}/${repo}/${path}${ref === undefined ? '' : `@${ref}`}`;
}
/** Octokit and its plugins, loaded only by a run whose config extends one in another repository. */
async function gitHubClient() {
    const [{ Octokit }, { retry }, { throttling }] = await Promise.all([__nccwpck_require__.e(/* import() */ 730).then(__nccwpck_require__.bind(__nccwpck_require__, 4730)), Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)), Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(475)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856))]);
    return Octokit.plugin(retry, throttling);
}
/** A rate limit is waited out once, when GitHub asks for a minute or less. */
const MAX_RATE_LIMIT_WAIT_S = 60;
/** The file's text, or a RemoteConfigError. */
async function readRemoteConfig(config, options = {}) {
    const { token, timeoutMs = 60_000, retryBaseMs = 1000 } = options;
    const waitOnce = (retryAfter, _options, _octokit, retryCount) => retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    const GitHub = await gitHubClient();
    const octokit = new GitHub({
        ...(token ? { auth: token } : {}),
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        userAgent: `obslint/${version/* VERSION */.x}`,
        retry: { retryAfterBaseValue: retryBaseMs },
        throttle: { retryAfterBaseValue: retryBaseMs, onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
    });
    const name = `\`${shown(formatRemoteConfigRef(config))}\``;
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner: config.owner,
            repo: config.repo,
            path: config.path,
            ...(config.ref === undefined ? {} : { ref: config.ref }),
            headers: { accept: 'application/vnd.github.raw+json' },
            // The raw text as it is: Octokit would parse a JSON file, or a folder's listing, into data.
            request: { signal: deadline, parseSuccessResponseBody: false },
        });
        const text = await new Response(response.data).text();
        if (/^application\/json\b/.test(response.headers['content-type'] ?? '') && text.trimStart().startsWith('[')) {
            throw new RemoteConfigError(`${name} is a folder, not a file.`, 'Name a file inside it.');
        }
        return text;
    }
    catch (error) {
        const failure = error instanceof RemoteConfigError
            ? error
            : deadline.aborted
                ? new RemoteConfigError(`GitHub did not answer within ${timeoutMs / 1000} s when reading ${name}.`, 'Run again later.')
                : explain(error, name, token !== undefined && token !== '');
        throw token ? redact(failure, token) : failure;
    }
}
function explain(error, name, hasToken) {
    const failure = (error ?? {});
    const tokenHelp = 'Pass a token that can read it: the Action\'s `github-token` input, or `GITHUB_TOKEN` or `GH_TOKEN` when run locally.';
    if (failure.response === undefined) {
        const code = failure.cause?.cause?.code;
        return new RemoteConfigError(`Could not reach GitHub to read ${name}${code ? ` (${code})` : ''}.`, 'Check the network and the API URL, then run again.');
    }
    const status = failure.status ?? 0;
    if (status === 404) {
        return new RemoteConfigError(`${name} was not found: the repository, the ref or the file does not exist, or the repository is private and ${hasToken ? 'the token cannot read it' : 'no token was given'}.`, `Check the owner, repository, path and ref. ${tokenHelp}`);
    }
    if (status === 401)
        return new RemoteConfigError(`GitHub refused the token (401 Bad credentials) when reading ${name}.`, 'Pass a valid token that has not expired, or none for a public repository.');
    if (status === 403 && failure.response.headers?.['x-ratelimit-remaining'] === '0') {
        return new RemoteConfigError(`Could not read ${name}: GitHub's API rate limit is used up.`, hasToken ? 'Run again after the limit resets.' : `Requests without a token have a low limit. ${tokenHelp}`);
    }
    if (status === 403) {
        return new RemoteConfigError(`The token may not read ${name} (403 Forbidden).`, 'Give the workflow `permissions: contents: read`, or pass a token that can read that repository. A pull request from a fork gets a read-only token that cannot read other private repositories.');
    }
    return new RemoteConfigError(`Could not read ${name} from GitHub (${status}${status === 429 ? ' Too Many Requests' : ''}), even after retrying.`, 'GitHub may be busy or having trouble: run again later.');
}
/** Messages quote the reference as written; should a token be pasted into it, it is hidden. */
function redact(error, token) {
    if (!error.message.includes(token) && !error.help.includes(token))
        return error;
    return new RemoteConfigError(error.message.split(token).join('***'), error.help.split(token).join('***'));
}

;// CONCATENATED MODULE: ./src/engine/presets.ts

/**
 * Configs a shared config or a repository can extend by name (`extends: obslint:strict`).
 * `recommended` is obslint's defaults, written out so a shared config can say it means them;
 * `strict` raises every rule one level (notices become warnings, warnings errors) and fails
 * the run on warnings.
 */
const PRESETS = {
    'obslint:recommended': () => ({}),
    'obslint:strict': () => ({
        'fail-on': 'warning',
        rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity === 'notice' ? 'warning' : 'error'])),
    }),
};

;// CONCATENATED MODULE: ./src/engine/layers.ts













/** Deeper than this is a loop of configs that the cycle check did not see (different spellings), or a mistake. */
const layers_MAX_DEPTH = 20;
/**
 * `chain` is the configs that extend this one, the outermost first; `applied` is every config
 * reached so far in the whole `extends` tree. A config reached twice (two shared configs that
 * extend the same base) is applied once, where it is first reached: a second copy later on
 * would set again what the configs between them changed.
 */
async function layers_readLayers(text, origin, root, options, chain = [], applied = new Set()) {
    const { raw, locate: where } = await parseLayer(text, origin.shown);
    const layers = [];
    const path = [...chain, origin];
    applied.add(identity(origin));
    if (options.followExtends !== false) {
        const extended = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
        for (const [index, entry] of extended.entries()) {
            const at = where(Array.isArray(raw.extends) ? ['extends', index] : ['extends']);
            const fail = (message) => new ConfigError([{ ...at, message }]);
            if (chain.length >= layers_MAX_DEPTH)
                throw fail(`Configs extend each other more than ${layers_MAX_DEPTH} deep.`);
            const preset = PRESETS[entry];
            if (preset) {
                if (!applied.has(entry))
                    layers.push({ source: entry, raw: preset(), locate: () => ({}) });
                applied.add(entry);
                continue;
            }
            if (entry.startsWith('obslint:'))
                throw fail(`\`${shown(entry)}\` is not a preset: use ${Object.keys(PRESETS).map((p) => `\`${p}\``).join(' or ')}.`);
            const next = locateExtends(entry, origin, root, fail);
            if (path.some((config) => identity(config) === identity(next))) {
                throw fail(`\`${shown(entry)}\` extends a config that extends this one: ${[...path, next].map((config) => `\`${shown(config.shown)}\``).join(' → ')}.`);
            }
            if (applied.has(identity(next)))
                continue;
            layers.push(...(await layers_readLayers(await readExtends(entry, next, root, options, fail), next, root, options, path, applied)));
        }
    }
    const teamsFile = raw.owners?.['teams-file'];
    // Checking one text alone reads no other file.
    const teams = teamsFile === undefined || options.followExtends === false ? undefined : await readTeams(teamsFile, origin, root, options, where(['owners', 'teams-file']));
    const customSchemas = raw['custom-kinds'] === undefined || options.followExtends === false
        ? undefined
        : await Promise.all(raw['custom-kinds'].map((entry, index) => readSchema(entry.schema, origin, root, options, where(['custom-kinds', index, 'schema']))));
    layers.push({ source: origin.shown, raw, locate: where, ...(teams && { teams }), ...(customSchemas && { customSchemas }) });
    return layers;
}
/** One config text, parsed and validated against the config schema; every problem with its line and column. */
async function parseLayer(text, file) {
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
        return { raw: {}, locate: () => ({ file }) };
    // The config schema's validator is large: a run without a config never loads it.
    const obslintConfig = (await __nccwpck_require__.e(/* import() */ 544).then(__nccwpck_require__.bind(__nccwpck_require__, 9544))).default;
    const issues = validateWith(obslintConfig, document.value);
    if (issues.length > 0) {
        const located = issues.map((issue) => at(locate(document.root, lines, issue.path, issue.target).start, issue.message));
        throw new ConfigError(located.sort((a, b) => a.line - b.line || a.column - b.column));
    }
    return { raw: document.value, locate: (p, target) => ({ file, ...lines.position(locate(document.root, lines, p, target).start) }) };
}
/** Where a config named in `extends` is, relative to the config that names it (nothing is read yet). */
function locateExtends(entry, from, root, fail) {
    if (entry.startsWith('github:')) {
        const ref = refOf(entry, fail);
        return { kind: 'remote', ref, shown: formatRemoteConfigRef(ref) };
    }
    if (from.kind === 'remote') {
        const ref = inRemoteRepository(from.ref, entry, () => fail(`\`${shown(entry)}\` leaves the repository of the config that extends it.`));
        return { kind: 'remote', ref, shown: formatRemoteConfigRef(ref) };
    }
    const abs = external_node_path_default().resolve(from.kind === 'file' ? external_node_path_default().dirname(from.path) : root, entry);
    return { kind: 'file', path: abs, shown: toPosix(external_node_path_default().relative(root, abs)) || entry };
}
/** The text of a config named in `extends`. */
async function readExtends(entry, origin, root, options, fail) {
    if (origin.kind === 'remote')
        return readRemote(origin.ref, options, fail);
    if (!(await external_node_fs_namespaceObject.promises.lstat(origin.path).catch(() => undefined)))
        throw fail(`\`${shown(entry)}\` does not exist (looked for ${shown(origin.shown)}).`);
    return readConfigFile(root, origin.path, fail, `\`${shown(entry)}\``);
}
/**
 * A path a `github:` config names (in `extends`, `owners.teams-file`, a custom kind's `schema`):
 * relative to that config's file, in its repository, at its ref; one that leaves the
 * repository (`../`, or absolute) is refused, as a local one would name a file of the
 * repository being linted.
 */
function inRemoteRepository(from, file, refuse) {
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(from.path), file));
    if (external_node_path_default().posix.isAbsolute(file) || joined === '..' || joined.startsWith('../'))
        throw refuse();
    return { ...from, path: joined };
}
function refOf(entry, fail) {
    try {
        return parseRemoteConfigRef(entry);
    }
    catch (error) {
        if (error instanceof RemoteConfigError)
            throw fail(`${error.message} ${error.help}`);
        throw error;
    }
}
async function readRemote(ref, options, fail) {
    try {
        return await readRemoteConfig(ref, { token: options.token, baseUrl: options.apiUrl });
    }
    catch (error) {
        if (error instanceof RemoteConfigError)
            throw fail(`${error.message} ${error.help}`);
        throw error;
    }
}
/** What a config is, whatever the spelling that named it: its absolute path, or its `github:` reference. */
function identity(origin) {
    return origin.kind === 'file' ? origin.path : origin.kind === 'remote' ? formatRemoteConfigRef(origin.ref) : origin.shown;
}
/** A custom kind's JSON Schema (JSON or YAML), relative to the config that names it; it must compile. */
async function readSchema(file, origin, root, options, at) {
    const fail = (message) => new ConfigError([{ ...at, message }]);
    const text = await readRelative(file, origin, root, options, fail, 'The schema');
    const { documents, problems } = await parseYaml(text);
    const schema = documents[0]?.value;
    if (problems.some((p) => p.rule === 'yaml-syntax') || typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
        throw fail(`The schema \`${shown(file)}\` is not a JSON Schema object.`);
    }
    try {
        await compileSchema(schema);
    }
    catch (error) {
        throw fail(`The schema \`${shown(file)}\` does not compile: ${shown(error.message)}.`);
    }
    return schema;
}
/** A file a config names (a teams file, a schema), relative to that config: here, or in its repository through the API. */
async function readRelative(file, origin, root, options, fail, what) {
    const name = `${what} \`${shown(file)}\``;
    if (origin.kind === 'remote')
        return readRemote(inRemoteRepository(origin.ref, file, () => fail(`${name} leaves the repository of the config that names it.`)), options, fail);
    const abs = external_node_path_default().resolve(origin.kind === 'file' ? external_node_path_default().dirname(origin.path) : root, file);
    const exists = await external_node_fs_namespaceObject.promises.lstat(abs).catch(() => undefined);
    if (!exists)
        throw fail(`${name} does not exist.`);
    return readConfigFile(root, abs, fail, name);
}
/**
 * A platform team's list of teams: a YAML or JSON list of names (or of `{ name }`), or a
 * mapping whose keys are the names (`teams: { payments: {...} }` counts its keys).
 */
async function readTeams(file, origin, root, options, at) {
    const fail = (message) => new ConfigError([{ ...at, message }]);
    const text = await readRelative(file, origin, root, options, fail, 'The teams file');
    const { documents, problems } = await parseYaml(text);
    if (problems.some((p) => p.rule === 'yaml-syntax'))
        throw fail(`The teams file \`${shown(file)}\` is not valid YAML or JSON.`);
    const names = teamNames(documents[0]?.value);
    if (names === undefined)
        throw fail(`The teams file \`${shown(file)}\` is not a list of team names (or a mapping keyed by them).`);
    // alert-owner matches owners against these as globs, like `owners.allowed`: checked now, not when a rule first uses them.
    for (const name of names) {
        try {
            compileGlobs([name]);
        }
        catch (error) {
            if (!(error instanceof GlobError))
                throw error;
            throw fail(`The teams file \`${shown(file)}\` has a name that cannot be matched: ${error.message} A team name may use \`*\`, not this many \`{a,b}\` alternatives.`);
        }
    }
    return names;
}
function teamNames(value) {
    const fromItem = (item) => typeof item === 'string' ? item : typeof item === 'object' && item !== null && typeof item.name === 'string' ? item.name : undefined;
    if (Array.isArray(value)) {
        const names = value.map(fromItem);
        return names.every((n) => n !== undefined) ? names : undefined;
    }
    if (typeof value === 'object' && value !== null) {
        // `teams: [...]` or `teams: {...}` one level down, as teams files are often written.
        if ('teams' in value && Object.keys(value).length === 1)
            return teamNames(value.teams);
        return Object.keys(value);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/rule-settings.ts




/**
 * The `rules:` and `overrides:` of the layers, merged in order, with the locks they set. A layer
 * that writes `locked: true` fixes the rule as it is at that point: its level (its default when
 * no layer set one) and every option (defaults included). The layers after it may raise the
 * level but not lower it, and may not change an option; no override, in any layer, may do
 * either, since an override from a layer before the lock would otherwise undo it for its files.
 */
class RuleSettings {
    problems = [];
    severities = {};
    options = {};
    locks = {};
    /** Every override's setting so far: a lock set later checks them too. */
    overridden = [];
    /** A layer's `rules:`. */
    addRules(layer) {
        for (const [id, given] of Object.entries(layer.raw.rules ?? {})) {
            const { severity, locked, options } = split(given);
            const at = (path) => layer.locate(['rules', id, ...path]);
            const lock = this.locks[id];
            if (severity !== undefined) {
                if (lock && weaker(severity, this.severities[id])) {
                    this.problems.push({ ...at(severityPath(given)), message: `\`${id}\` is locked at \`${this.severities[id]}\` by ${lock.by}; this config cannot turn it down to \`${severity}\`.` });
                }
                else
                    this.severities[id] = severity;
            }
            if (lock)
                this.checkOptions(id, options, lock, (key) => at([key]), 'this config');
            this.options[id] = { ...this.options[id], ...options };
            if (locked === true && !lock)
                this.lock(id, layer.source);
        }
    }
    /** The rules of an entry of a layer's `overrides:`, as the run applies them. */
    addOverride(layer, index) {
        const rules = {};
        for (const [id, given] of Object.entries(layer.raw.overrides?.[index].rules ?? {})) {
            const setting = { layer, path: ['overrides', index, 'rules', id], id, given };
            this.overridden.push(setting);
            this.checkOverride(setting);
            const { severity, options } = split(given);
            rules[id] = { ...(severity !== undefined && { severity }), ...(Object.keys(options).length > 0 && { options }) };
        }
        return rules;
    }
    /** Locked rules, with the config that locked each. */
    locked() {
        return Object.fromEntries(Object.entries(this.locks).map(([id, lock]) => [id, lock.by]));
    }
    /** Every rule's level and options. */
    resolved() {
        return Object.fromEntries(RULES.map((rule) => [rule.meta.id, { severity: this.severityOf(rule.meta.id), options: this.optionsOf(rule.meta.id) }]));
    }
    lock(id, by) {
        this.severities[id] = this.severityOf(id);
        this.locks[id] = { by, options: this.optionsOf(id) };
        for (const setting of this.overridden)
            if (setting.id === id)
                this.checkOverride(setting);
    }
    checkOverride({ layer, path, id, given }) {
        const lock = this.locks[id];
        if (!lock)
            return;
        const { severity, options } = split(given);
        if (severity !== undefined && weaker(severity, this.severities[id])) {
            this.problems.push({ ...layer.locate([...path, ...severityPath(given)]), message: `\`${id}\` is locked at \`${this.severities[id]}\` by ${lock.by}; an override cannot turn it down to \`${severity}\`.` });
        }
        this.checkOptions(id, options, lock, (key) => layer.locate([...path, key]), 'an override');
    }
    checkOptions(id, options, lock, at, who) {
        for (const [key, value] of Object.entries(options)) {
            const was = lock.options[key];
            if ((0,external_node_util_namespaceObject.isDeepStrictEqual)(value, was))
                continue;
            const locked = was === undefined ? 'unset' : `at \`${asText(was)}\``;
            this.problems.push({ ...at(key), message: `\`${id}\` is locked by ${lock.by} with \`${key}\` ${locked}; ${who} cannot change it to \`${asText(value)}\`.` });
        }
    }
    severityOf(id) {
        return this.severities[id] ?? RULES.find((rule) => rule.meta.id === id).meta.defaultSeverity;
    }
    optionsOf(id) {
        return { ...RULES.find((rule) => rule.meta.id === id).meta.options?.defaults, ...this.options[id] };
    }
}
function split(given) {
    if (typeof given === 'string')
        return { severity: given, options: {} };
    const { severity, locked, ...options } = given;
    return { severity, locked, options };
}
/** Where a rule's level is written: the rule's value itself, or its `severity`. */
function severityPath(given) {
    return typeof given === 'string' ? [] : ['severity'];
}
/** Whether `level` is weaker than `than` (`off` is the weakest). */
function weaker(level, than) {
    if (than === undefined || than === 'off')
        return false;
    if (level === 'off')
        return true;
    return severityRank(level) > severityRank(than);
}
/** An option's value in a message, as JSON (which YAML reads too). */
function asText(value) {
    return shown(JSON.stringify(value));
}

;// CONCATENATED MODULE: ./src/engine/config.ts












const CONFIG_FILE_NAMES = ['.obslint.yml', '.obslint.yaml'];
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** A config is a page of YAML (a teams file or a schema, a few pages): anything this big is not one. */
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
 * Reads `.obslint.yml` from the root, or the file named, with every config it extends; defaults
 * when there is none. A config that exists but cannot be used (unreadable, not a regular file,
 * too large, a symlink out of the repository) stops the run: silently linting with defaults
 * would pass what the team's config fails.
 */
async function loadConfig(root, explicitPath, options = {}) {
    const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES;
    for (const candidate of candidates) {
        const abs = external_node_path_default().resolve(root, candidate);
        const shown = explicitPath ?? candidate;
        const fail = (message) => new ConfigError([{ file: shown, message }]);
        if (options.insideRootOnly && !isInside(root, abs))
            throw fail('The config file must be in the repository.');
        const stat = await external_node_fs_namespaceObject.promises.lstat(abs).catch((error) => error);
        if (stat instanceof Error) {
            if (explicitPath || stat.code !== 'ENOENT')
                throw fail(`Cannot read the config file (${stat.code ?? stat.message}).`);
            continue;
        }
        const text = await readConfigFile(root, abs, fail);
        const file = toPosix(external_node_path_default().relative(root, abs));
        const layers = await layers_readLayers(text, { kind: 'file', path: abs, shown: file }, root, options);
        return { ...(await resolveLayers(layers, root)), file };
    }
    return resolveConfig({});
}
/**
 * The text of a config file, or of a file a config or flag names (`what` is how messages call
 * it), refused when it is not a file obslint should read.
 */
async function readConfigFile(root, abs, fail, what = 'The config file', maxBytes = MAX_CONFIG_SIZE) {
    // Inside the repository, a symlink must stay inside it: its keys are echoed in messages.
    const real = realPath(abs);
    if (real === undefined)
        throw fail(`${what} is a symlink to nothing.`);
    if (isInside(root, abs) && !isInside(realRoot(root), real))
        throw fail(`${what} is a symlink to a file outside the repository; obslint does not read it.`);
    const target = await external_node_fs_namespaceObject.promises.stat(real);
    // A pipe or device would block the read or never end.
    if (!target.isFile())
        throw fail(`${what} is not a regular file.`);
    if (target.size > maxBytes)
        throw fail(`${what} is ${formatBytes(target.size)}, over the ${formatBytes(maxBytes)} obslint reads.`);
    const bytes = await external_node_fs_namespaceObject.promises.readFile(real).catch((error) => error);
    if (bytes instanceof Error)
        throw fail(`Cannot read ${what.replace(/^The /, 'the ')} (${bytes.code ?? bytes.message}).`);
    const decoded = decode(bytes);
    if (decoded.problem)
        throw fail(decoded.problem.message.replace(/^File /, `${what} `).replace(/, so it was not linted\.$/, '.'));
    return decoded.text;
}
/** Parses and validates one config text (its `extends` are not followed); problems come with line and column. */
async function parseConfig(text, file) {
    const layers = await readLayers(text, { kind: 'text', shown: file }, process.cwd(), { followExtends: false });
    return { ...(await resolveLayers(layers, process.cwd())), file };
}
/** A config from data, as if it were the only layer (tests, and the defaults). */
function resolveConfig(raw) {
    return mergeLayers([{ source: 'the config', raw, locate: () => ({}) }], {});
}
/**
 * The layers merged in order, the most general first: a later layer's setting wins, `exclude`,
 * `overrides`, `kinds` and suppressions add up, and a rule a layer locked keeps its options and
 * can be made stricter but not weaker (see RuleSettings).
 */
async function resolveLayers(layers, root) {
    const teams = [];
    for (const layer of layers) {
        if (layer.teams)
            teams.push(...layer.teams);
    }
    return mergeLayers(layers, { teams, root });
}
function mergeLayers(layers, extra) {
    const problems = [];
    const ruleSettings = new RuleSettings();
    const merged = {};
    const overrides = [];
    const exclude = [];
    const kinds = [];
    const suppressionFiles = {};
    /** Each `suppressions.files` directive's rules, to check against the locks once every layer set them. */
    const suppressing = [];
    const configSets = [];
    const customKinds = [];
    for (const layer of layers) {
        const { raw } = layer;
        problems.push(...globProblems(layer));
        ruleSettings.addRules(layer);
        raw.overrides?.forEach((entry, index) => overrides.push({ files: config_list(entry.files), rules: ruleSettings.addOverride(layer, index) }));
        exclude.push(...config_list(raw.exclude));
        (raw['custom-kinds'] ?? []).forEach((entry, index) => {
            const schema = layer.customSchemas?.[index];
            if (schema === undefined)
                return;
            if (kinds_KINDS.some((kind) => kind.id === entry.id)) {
                problems.push({ ...layer.locate(['custom-kinds', index, 'id']), message: `\`${shown(entry.id)}\` is a kind obslint has; name your kind differently.` });
                return;
            }
            customKinds.push({
                id: entry.id,
                title: entry.title ?? entry.id,
                files: config_list(entry.files),
                schema,
                schemaFile: entry.schema,
                alerts: entry.alerts ?? '',
                name: entry.name ?? '/name',
                ...(entry.owner !== undefined && { owner: entry.owner }),
                ...(entry.runbook !== undefined && { runbook: entry.runbook }),
                ...(entry.severity !== undefined && { severity: entry.severity }),
                ...(entry.labels !== undefined && { labels: entry.labels }),
                ...(entry.annotations !== undefined && { annotations: entry.annotations }),
            });
        });
        configSets.push(...(raw.configs ?? []).map((set) => ({ kind: set.kind, files: config_list(set.files) })));
        // The first matching entry decides a file's kind, so a later layer's entries go first: the repository's win over what it extends.
        kinds.unshift(...(raw.kinds ?? []).map((k) => ({ files: config_list(k.files), kind: k.kind })));
        for (const [glob, directives] of Object.entries(raw.suppressions?.files ?? {})) {
            config_list(directives).forEach((directive, index) => {
                const parsed = parseDirective(directive, { ruleIds: RULES.map((r) => r.meta.id), requireReason: raw.suppressions?.['require-reason'] ?? true });
                const at = layer.locate(Array.isArray(directives) ? ['suppressions', 'files', glob, index] : ['suppressions', 'files', glob]);
                if (!parsed)
                    problems.push({ ...at, message: `\`${shown(directive)}\` is not a suppression: write \`obslint-disable-file <rule> -- <reason>\`.` });
                for (const problem of parsed?.problems ?? [])
                    problems.push({ ...at, message: `${problem.message} ${problem.help}` });
                if (parsed?.directive)
                    suppressing.push({ at, rules: parsed.directive.rules });
            });
            (suppressionFiles[glob] ??= []).push(...config_list(directives));
        }
        for (const key of ['include', 'max-file-size', 'fail-on', 'baseline']) {
            if (raw[key] !== undefined)
                merged[key] = raw[key];
        }
        for (const key of ['prometheus', 'owners', 'runbooks', 'suppressions']) {
            if (raw[key] !== undefined)
                merged[key] = { ...merged[key], ...raw[key] };
        }
    }
    // A locked rule's findings are never suppressed: an entry that tries would fail silently.
    const locked = ruleSettings.locked();
    for (const { at, rules } of suppressing) {
        for (const id of rules.filter((rule) => locked[rule] !== undefined)) {
            problems.push({ ...at, message: `\`${id}\` is locked by ${locked[id]}, so \`suppressions.files\` cannot suppress it. Fix what its findings say; the platform team that owns ${locked[id]} decides exceptions.` });
        }
    }
    if (ruleSettings.problems.length > 0 || problems.length > 0)
        throw new ConfigError([...ruleSettings.problems, ...problems]);
    const owners = merged.owners ?? {};
    const runbooks = merged.runbooks ?? {};
    return {
        sources: layers.map((layer) => layer.source),
        // A custom kind's files are linted wherever they are, whatever their ending.
        include: [...(merged.include ? config_list(merged.include) : defaultInclude()), ...customKinds.flatMap((kind) => kind.files)],
        includeGiven: merged.include !== undefined,
        exclude,
        maxFileSize: merged['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(merged['max-file-size']),
        failOn: merged['fail-on'],
        kinds,
        rules: ruleSettings.resolved(),
        overrides,
        locked,
        settings: {
            ...DEFAULT_SETTINGS,
            nameValidation: merged.prometheus?.['metric-name-validation-scheme'] ?? DEFAULT_SETTINGS.nameValidation,
            owners: { allowed: [...(owners.allowed ?? []), ...(extra.teams ?? [])], codeowners: owners.codeowners ?? 'off' },
            runbooks: {
                urlPatterns: runbooks['url-pattern'] ?? [],
                ...(runbooks.template !== undefined && { template: runbooks.template }),
                mentionAlertName: runbooks['mention-alert-name'] ?? false,
                checkLinks: runbooks['check-links'] ?? false,
            },
            ...(configSets.length > 0 && { configSets }),
        },
        suppressions: { requireReason: merged.suppressions?.['require-reason'] ?? true, files: suppressionFiles },
        ...(merged.baseline !== undefined && { baseline: merged.baseline }),
        customKinds,
    };
}
/** Every file ending that some kind can claim. */
function defaultInclude() {
    const endings = [...new Set(kinds_KINDS.flatMap((kind) => kind.extensions))].sort();
    return [`**/*.{${endings.join(',')}}`];
}
function config_list(value) {
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
        // Paths may be file names from a pull request (`obslint $(git diff --name-only)`): messages show them escaped.
        const shown = shownPath(given);
        if (options.insideRootOnly && !isInside(root, abs)) {
            throw new DiscoverError(`${shown} is outside the repository; name files and folders inside it.`);
        }
        const stat = await external_node_fs_namespaceObject.promises.lstat(abs).catch(() => undefined);
        let count;
        if (stat === undefined && GLOB_CHARS.test(given)) {
            const matches = compileGlobs([toPosix(external_node_path_default().relative(root, abs))]);
            // Glob matches are found files, not named ones: include and the kinds' sniff apply.
            count = await walkMatching(root, matches, skipped, isExcluded, relative, (file) => addFile(file, false, false, root));
        }
        else if (stat === undefined) {
            throw new DiscoverError(`No such file or folder: ${shown}`);
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
            throw new UnmatchedPathError(`${shown} matches no file to lint.`);
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

;// CONCATENATED MODULE: ./src/core/finding-store.ts


/**
 * A run's findings, kept compact until they are reported. A first run over a large repository
 * has 100,000 findings; as objects (the finding, two positions, a message and two fingerprints)
 * each took about 400 bytes of the heap, and V8 lets the heap grow to twice what is alive. Here
 * a finding is one row of 15 numbers in a typed array (60 bytes, outside the heap), plus the
 * values its message quotes as UTF-8 bytes: the message's other text, its rule, file and help
 * are stored once for all findings that share them. `at(row)` makes the `Finding` again, one at
 * a time, for the reporters.
 *
 * Rows are added in any order; `finish` drops the suppressed ones, sorts the rest in
 * `compareFindings` order and makes their fingerprints distinct (a second finding with the same
 * identity, say the same alert defined twice, gets `:2`, so code scanning keeps both). After
 * `finish` the store is a sorted `FindingList` and takes no more rows.
 */
// The fields of a row, in `rows` (an Int32Array, STRIDE numbers a row).
const RULE = 0;
const FILE = 1;
/** -1 when the finding has no help. */
const finding_store_HELP = 2;
const START_LINE = 3;
const START_COLUMN = 4;
const END_LINE = 5;
const END_COLUMN = 6;
/** A 16-hex-digit fingerprint as two 32-bit halves; any other fingerprint is in `oddFingerprints`. */
const FINGERPRINT_HIGH = 7;
const FINGERPRINT_LOW = 8;
const COARSE_HIGH = 9;
const COARSE_LOW = 10;
/** The message without the values it quotes (see `splitMessage`); -1: the bytes are the whole message. */
const SKELETON = 11;
const QUOTED_START = 12;
const QUOTED_LENGTH = 13;
/** Severity rank (2 bits), the flags below, and from bit 8 the repeat number `finish` gives. */
const BITS = 14;
const STRIDE = 15;
const HAS_COARSE = 1 << 2;
const BASELINED = 1 << 3;
const ODD_FINGERPRINT = 1 << 4;
const ODD_COARSE = 1 << 5;
const DROPPED = 1 << 6;
const REPEAT_SHIFT = 8;
/** Rows are kept in chunks of this many, bytes in chunks of BYTE_CHUNK: growing never copies, and no outgrown array waits for a collection. */
const ROW_CHUNK_BITS = 10;
const ROW_CHUNK = 1 << ROW_CHUNK_BITS;
const BYTE_CHUNK = 64 * 1024;
const SEVERITY_OF_RANK = ['error', 'warning', 'notice'];
/** Separates a message's quoted values in the byte store; `shown` escapes it in every value, and a message holding one is stored whole. */
const SEPARATOR = '\u0000';
class FindingStore {
    rowChunks = [];
    count = 0;
    byteChunks = [];
    /** Bytes used in the last byte chunk. */
    byteLength = BYTE_CHUNK;
    /** Messages too long for a byte chunk (a message quotes at most a few short values, so never in practice). */
    longMessages = new Map();
    strings = [];
    stringIds = new Map();
    oddFingerprints = new Map();
    oddCoarse = new Map();
    /** Skeletons split at their backticks, as messages are made from them. */
    skeletonParts = new Map();
    /** The kept rows in report order, once `finish` ran. */
    order;
    /** In report order: true once `finish` ran. */
    get sorted() {
        return this.order !== undefined;
    }
    /** Adds a finding; returns its row. */
    add(finding) {
        if (this.order)
            throw new Error('FindingStore: add after finish');
        const row = this.count++;
        if ((row & (ROW_CHUNK - 1)) === 0)
            this.rowChunks.push(new Int32Array(ROW_CHUNK * STRIDE));
        const rows = this.rowChunks[row >>> ROW_CHUNK_BITS];
        const at = (row & (ROW_CHUNK - 1)) * STRIDE;
        rows[at + RULE] = this.intern(finding.rule);
        rows[at + FILE] = this.intern(finding.file);
        rows[at + finding_store_HELP] = finding.help === undefined ? -1 : this.intern(finding.help);
        rows[at + START_LINE] = finding.start.line;
        rows[at + START_COLUMN] = finding.start.column;
        rows[at + END_LINE] = finding.end.line;
        rows[at + END_COLUMN] = finding.end.column;
        let bits = severityRank(finding.severity);
        if (!putHash(rows, at + FINGERPRINT_HIGH, finding.fingerprint)) {
            bits |= ODD_FINGERPRINT;
            this.oddFingerprints.set(row, finding.fingerprint);
        }
        if (finding.coarseFingerprint !== undefined) {
            bits |= HAS_COARSE;
            if (!putHash(rows, at + COARSE_HIGH, finding.coarseFingerprint)) {
                bits |= ODD_COARSE;
                this.oddCoarse.set(row, finding.coarseFingerprint);
            }
        }
        if (finding.baselined)
            bits |= BASELINED;
        rows[at + BITS] = bits;
        const split = splitMessage(finding.message);
        rows[at + SKELETON] = split ? this.intern(split.skeleton) : -1;
        this.putText(rows, at, row, split ? split.quoted : finding.message);
        return row;
    }
    /** How many findings: every row before `finish`, the kept ones after. */
    get length() {
        return this.order ? this.order.length : this.count;
    }
    /** The finding of a row, made anew: changing it changes nothing here. */
    at(row) {
        const rows = this.rowChunks[row >>> ROW_CHUNK_BITS];
        const at = (row & (ROW_CHUNK - 1)) * STRIDE;
        const bits = rows[at + BITS];
        const finding = {
            rule: this.strings[rows[at + RULE]],
            severity: SEVERITY_OF_RANK[bits & 3],
            message: this.message(row),
            file: this.strings[rows[at + FILE]],
            start: { line: rows[at + START_LINE], column: rows[at + START_COLUMN] },
            end: { line: rows[at + END_LINE], column: rows[at + END_COLUMN] },
            fingerprint: this.fingerprint(row),
        };
        if (rows[at + finding_store_HELP] >= 0)
            finding.help = this.strings[rows[at + finding_store_HELP]];
        if (bits & HAS_COARSE)
            finding.coarseFingerprint = this.coarseFingerprint(row);
        if (bits & BASELINED)
            finding.baselined = true;
        return finding;
    }
    /** After `finish`, the kept rows in report order; before, every row in the order added. */
    rowsInOrder() {
        if (this.order)
            return this.order;
        const all = new Uint32Array(this.count);
        for (let row = 0; row < this.count; row++)
            all[row] = row;
        return all;
    }
    *[Symbol.iterator]() {
        for (const row of this.rowsInOrder())
            yield this.at(row);
    }
    /** Every finding as objects, in order: for callers that want an array (tests, the Action). */
    toArray() {
        return Array.from(this.rowsInOrder(), (row) => this.at(row));
    }
    /** The kept findings for which `keep` holds, in order, read one at a time. */
    select(keep) {
        const rows = this.rowsInOrder().filter(keep);
        const store = this;
        return {
            sorted: this.sorted,
            length: rows.length,
            *[Symbol.iterator]() {
                for (const row of rows)
                    yield store.at(row);
            },
        };
    }
    file(row) {
        return this.strings[this.field(row, FILE)];
    }
    rule(row) {
        return this.strings[this.field(row, RULE)];
    }
    line(row) {
        return this.field(row, START_LINE);
    }
    severity(row) {
        return SEVERITY_OF_RANK[this.field(row, BITS) & 3];
    }
    baselined(row) {
        return (this.field(row, BITS) & BASELINED) !== 0;
    }
    markBaselined(row) {
        this.rowChunks[row >>> ROW_CHUNK_BITS][(row & (ROW_CHUNK - 1)) * STRIDE + BITS] |= BASELINED;
    }
    /** Leaves the row out of the report (a suppressed finding); only before `finish`. */
    drop(row) {
        this.rowChunks[row >>> ROW_CHUNK_BITS][(row & (ROW_CHUNK - 1)) * STRIDE + BITS] |= DROPPED;
    }
    fingerprint(row) {
        const bits = this.field(row, BITS);
        const base = bits & ODD_FINGERPRINT ? this.oddFingerprints.get(row) : hex64(this.field(row, FINGERPRINT_HIGH), this.field(row, FINGERPRINT_LOW));
        const repeat = bits >>> REPEAT_SHIFT;
        return repeat > 1 ? `${base}:${repeat}` : base;
    }
    coarseFingerprint(row) {
        const bits = this.field(row, BITS);
        if (!(bits & HAS_COARSE))
            return undefined;
        return bits & ODD_COARSE ? this.oddCoarse.get(row) : hex64(this.field(row, COARSE_HIGH), this.field(row, COARSE_LOW));
    }
    message(row) {
        const start = this.field(row, QUOTED_START);
        const length = this.field(row, QUOTED_LENGTH);
        const text = start < 0 ? this.longMessages.get(row) : length === 0 ? '' : this.byteChunks[Math.floor(start / BYTE_CHUNK)].toString('utf8', start % BYTE_CHUNK, (start % BYTE_CHUNK) + length);
        const skeleton = this.field(row, SKELETON);
        if (skeleton < 0)
            return text;
        let parts = this.skeletonParts.get(skeleton);
        if (parts === undefined)
            this.skeletonParts.set(skeleton, (parts = this.strings[skeleton].split('`')));
        return joinParts(parts, text);
    }
    field(row, field) {
        return this.rowChunks[row >>> ROW_CHUNK_BITS][(row & (ROW_CHUNK - 1)) * STRIDE + field];
    }
    /**
     * Leaves the dropped rows out, puts the rest in `compareFindings` order (rows added earlier
     * first among equals, as a stable sort of an array would) and numbers repeated fingerprints:
     * the second finding with an identity, in that order, gets `:2`.
     */
    finish() {
        if (this.order)
            return this;
        let kept = 0;
        for (let row = 0; row < this.count; row++)
            if (!(this.field(row, BITS) & DROPPED))
                kept++;
        const order = new Uint32Array(kept);
        for (let row = 0, k = 0; row < this.count; row++)
            if (!(this.field(row, BITS) & DROPPED))
                order[k++] = row;
        // Strings compared once, as ranks: rule ids and file paths each sort as compareFindings sorts them.
        const rank = this.stringRanks();
        const field = (row, f) => this.field(row, f);
        order.sort((a, b) => rank[field(a, FILE)] - rank[field(b, FILE)] ||
            field(a, START_LINE) - field(b, START_LINE) ||
            field(a, START_COLUMN) - field(b, START_COLUMN) ||
            (field(a, BITS) & 3) - (field(b, BITS) & 3) ||
            rank[field(a, RULE)] - rank[field(b, RULE)] ||
            a - b);
        this.order = order;
        this.numberRepeats();
        return this;
    }
    /** The position of each interned string in sorted order (by UTF-16 code units, as `<` compares). */
    stringRanks() {
        const ids = this.strings.map((_, id) => id).sort((a, b) => (this.strings[a] < this.strings[b] ? -1 : this.strings[a] > this.strings[b] ? 1 : 0));
        const rank = new Int32Array(this.strings.length);
        ids.forEach((id, position) => (rank[id] = position));
        return rank;
    }
    /** Gives the second and later findings of one fingerprint, in report order, their repeat number. */
    numberRepeats() {
        const order = this.order;
        const field = (row, f) => this.field(row, f);
        const position = new Uint32Array(this.count);
        order.forEach((row, k) => (position[row] = k));
        // Hex fingerprints: sorted by value, then report order, each run of equals numbered 1, 2, ...
        const hashed = order.filter((row) => !(field(row, BITS) & ODD_FINGERPRINT));
        hashed.sort((a, b) => field(a, FINGERPRINT_HIGH) - field(b, FINGERPRINT_HIGH) || field(a, FINGERPRINT_LOW) - field(b, FINGERPRINT_LOW) || position[a] - position[b]);
        let repeat = 0;
        for (let k = 0; k < hashed.length; k++) {
            const row = hashed[k];
            const previous = hashed[k - 1];
            const same = k > 0 && field(row, FINGERPRINT_HIGH) === field(previous, FINGERPRINT_HIGH) && field(row, FINGERPRINT_LOW) === field(previous, FINGERPRINT_LOW);
            repeat = same ? repeat + 1 : 1;
            if (repeat > 1)
                this.setRepeat(row, repeat);
        }
        // Any other fingerprint (none of the engine's, which are all hashes) by its text.
        const seen = new Map();
        for (const row of order) {
            const text = this.oddFingerprints.get(row);
            if (text === undefined)
                continue;
            const count = (seen.get(text) ?? 0) + 1;
            seen.set(text, count);
            if (count > 1)
                this.setRepeat(row, count);
        }
    }
    setRepeat(row, repeat) {
        this.rowChunks[row >>> ROW_CHUNK_BITS][(row & (ROW_CHUNK - 1)) * STRIDE + BITS] |= repeat << REPEAT_SHIFT;
    }
    intern(text) {
        let id = this.stringIds.get(text);
        if (id === undefined) {
            id = this.strings.length;
            this.strings.push(text);
            this.stringIds.set(text, id);
        }
        return id;
    }
    /** Stores `text` as UTF-8 in a byte chunk and where it is in the row (`rows` at `at`). */
    putText(rows, at, row, text) {
        if (text === '') {
            rows[at + QUOTED_START] = 0;
            rows[at + QUOTED_LENGTH] = 0;
            return;
        }
        // UTF-8 takes at most 3 bytes per UTF-16 unit.
        const most = text.length * 3;
        if (most > BYTE_CHUNK) {
            this.longMessages.set(row, text);
            rows[at + QUOTED_START] = -1;
            return;
        }
        if (this.byteLength + most > BYTE_CHUNK) {
            this.byteChunks.push(Buffer.allocUnsafe(BYTE_CHUNK));
            this.byteLength = 0;
        }
        const written = this.byteChunks[this.byteChunks.length - 1].write(text, this.byteLength, 'utf8');
        rows[at + QUOTED_START] = (this.byteChunks.length - 1) * BYTE_CHUNK + this.byteLength;
        rows[at + QUOTED_LENGTH] = written;
        this.byteLength += written;
    }
}
/** Stores a 16-hex-digit hash in `rows` at `at` and `at + 1`; false for any other text. */
function putHash(rows, at, text) {
    if (text.length !== 16)
        return false;
    const high = hexValue(text, 0);
    const low = hexValue(text, 8);
    if (high < 0 || low < 0)
        return false;
    rows[at] = high | 0;
    rows[at + 1] = low | 0;
    return true;
}
/**
 * A message as its text outside code spans (the skeleton, shared by every finding of one kind)
 * and the values inside them (`Alert \`X\` has no owner` → `Alert \`\` has no owner` and `X`),
 * joined by NUL. Undefined for a message holding a NUL, which is then stored whole.
 */
function splitMessage(message) {
    if (message.includes(SEPARATOR))
        return undefined;
    const parts = message.split('`');
    if (parts.length < 3)
        return { skeleton: message, quoted: '' };
    const quoted = [];
    for (let i = 1; i < parts.length; i += 2) {
        quoted.push(parts[i]);
        parts[i] = '';
    }
    return { skeleton: parts.join('`'), quoted: quoted.join(SEPARATOR) };
}
/** The message `splitMessage` took apart. */
function joinMessage(skeleton, quoted) {
    return joinParts(skeleton.split('`'), quoted);
}
/** `joinMessage` with the skeleton already split at its backticks. */
function joinParts(parts, quoted) {
    if (parts.length < 3)
        return parts.join('`');
    const values = quoted.includes(SEPARATOR) ? quoted.split(SEPARATOR) : [quoted];
    let message = parts[0];
    for (let i = 1, v = 0; i < parts.length; i++)
        message += `\`${i % 2 === 1 ? values[v++] : parts[i]}`;
    return message;
}
/** The value of 8 lowercase hex digits of `text` at `from`, or -1. */
function hexValue(text, from) {
    let value = 0;
    for (let i = from; i < from + 8; i++) {
        const code = text.charCodeAt(i);
        const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/engine/scorecard.ts
const UNOWNED = 'unowned';
function scorecard(results, findings) {
    // The kept rows are sorted by file, then line: each file's are one stretch of `rows`, in which
    // each alert finds its own by binary search (a scan per alert is quadratic).
    const rows = findings.rowsInOrder();
    const stretch = new Map();
    for (let k = 0; k < rows.length; k++) {
        const file = findings.file(rows[k]);
        const known = stretch.get(file);
        if (known)
            known[1] = k + 1;
        else
            stretch.set(file, [k, k + 1]);
    }
    const scores = new Map();
    for (const result of results) {
        if (!result.owners)
            continue;
        const { owners, lines } = result.owners;
        const [from, to] = stretch.get(result.file) ?? [0, 0];
        for (const [i, owner] of owners.entries()) {
            const name = owner ?? UNOWNED;
            let score = scores.get(name);
            if (!score)
                scores.set(name, (score = { owner: name, alerts: 0, withRunbook: 0, knownOwner: 0, validSeverity: 0, findings: 0 }));
            const rules = new Set();
            let mine = 0;
            for (let k = firstOnOrAfter(findings, rows, from, to, lines[2 * i]); k < to && findings.line(rows[k]) <= lines[2 * i + 1]; k++) {
                rules.add(findings.rule(rows[k]));
                mine++;
            }
            score.alerts++;
            score.findings += mine;
            if (!rules.has('alert-runbook'))
                score.withRunbook++;
            if (owner !== undefined && !rules.has('alert-owner'))
                score.knownOwner++;
            if (!rules.has('alert-severity'))
                score.validSeverity++;
        }
    }
    // Most alerts first; `unowned` last among equals so real teams lead.
    return [...scores.values()].sort((a, b) => b.alerts - a.alerts || Number(a.owner === UNOWNED) - Number(b.owner === UNOWNED) || (a.owner < b.owner ? -1 : 1));
}
/** The first index in `rows[from, to)` (sorted by line) whose finding starts on `line` or later. */
function firstOnOrAfter(findings, rows, from, to, line) {
    let low = from;
    let high = to;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (findings.line(rows[middle]) < line)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

;// CONCATENATED MODULE: ./src/policy/baseline.ts

/**
 * The baseline: findings a repository accepted when it adopted obslint, so a run reports only
 * new ones. Entries are keyed by the finding's fingerprint (stable when lines move or the file
 * is reformatted); rule, file and message are kept for the people reading the diff, and the
 * coarse fingerprint (the same identity without the alert's labels) for a second matching pass.
 * The file is written sorted (by file, rule, then fingerprint), so adding a finding adds lines
 * and changes no others.
 */
const BASELINE_FILE = '.obslint-baseline.json';
/** A baseline holds an entry (about 300 bytes) per accepted finding: tens of thousands in a large repository, far more than a config. */
const MAX_BASELINE_SIZE = 64 * 1024 * 1024;
/** The format this obslint writes and reads; a later format is refused, never guessed at. */
const BASELINE_VERSION = 1;
class BaselineError extends Error {
    help;
    constructor(message, help) {
        super(message);
        this.help = help;
    }
}
const REWRITE_HELP = 'Restore it from version control, or delete it and write the baseline again.';
/** `name` is how messages call the file (its path). */
function readBaseline(text, name = BASELINE_FILE) {
    // Two branches that both updated the baseline leave it like this after a merge.
    if (/^(?:<{7}|>{7}) /m.test(text))
        throw new BaselineError(`\`${name}\` has merge conflict markers.`, 'Keep the entries of both sides, or write the baseline again.');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw malformed('is not valid JSON', name);
    }
    if (!baseline_isObject(data))
        throw malformed('is not a JSON object', name);
    const { version, findings } = data;
    if (version === undefined)
        throw malformed('has no `version`', name);
    if (!Number.isInteger(version) || version < 1)
        throw malformed(`has an unknown \`version\` (${shown(JSON.stringify(version))})`, name);
    if (version > BASELINE_VERSION) {
        throw new BaselineError(`\`${name}\` was written by a newer obslint (format ${version}; this one reads format ${BASELINE_VERSION}).`, 'Upgrade obslint to the version that wrote it.');
    }
    if (!baseline_isObject(findings))
        throw malformed('has no `findings` object', name);
    const entries = new Map();
    // `for in`, not Object.entries: no array of 100,000 pairs for a large baseline.
    for (const fingerprint in findings) {
        const entry = findings[fingerprint];
        if (!baseline_isObject(entry))
            throw malformed(`has an entry \`${shown(fingerprint)}\` that is not an object`, name);
        for (const field of ['rule', 'file', 'message']) {
            if (typeof entry[field] !== 'string')
                throw malformed(`has an entry \`${shown(fingerprint)}\` without a text \`${field}\``, name);
        }
        const { coarseFingerprint } = entry;
        if (coarseFingerprint !== undefined && typeof coarseFingerprint !== 'string')
            throw malformed(`has an entry \`${shown(fingerprint)}\` whose \`coarseFingerprint\` is not text`, name);
        entries.set(fingerprint, { fingerprint, ...(coarseFingerprint !== undefined && { coarseFingerprint }), rule: entry.rule, file: entry.file, message: entry.message });
    }
    return { entries };
}
/** The baseline file for these findings (an engine `Finding` has every field needed), ending with a line break. */
function writeBaseline(findings) {
    const sorted = [...findings].sort((a, b) => compareText(a.file, b.file) || compareText(a.rule, b.rule) || compareText(a.fingerprint, b.fingerprint));
    const entries = Object.fromEntries(sorted.map(({ fingerprint, coarseFingerprint, rule, file, message }) => [fingerprint, { rule, file, message, ...(coarseFingerprint !== undefined && { coarseFingerprint }) }]));
    return `${JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2)}\n`;
}
/**
 * Matches in two passes: by fingerprint first; then the findings and entries left over by
 * coarse fingerprint, one to one, each finding (in report order) taking the first entry left
 * (in file order). So an alert whose `team` label was corrected keeps its known findings,
 * while a second alert of that name, new since, is still new.
 */
function compareBaseline(findings, baseline) {
    // Entries matched, rather than a copy of the entries to delete from: a baseline can hold 100,000.
    const matched = new Set();
    const known = new Set();
    for (const finding of findings) {
        if (!baseline.entries.has(finding.fingerprint) || matched.has(finding.fingerprint))
            continue;
        matched.add(finding.fingerprint);
        known.add(finding);
    }
    const byCoarse = new Map();
    for (const entry of baseline.entries.values()) {
        if (matched.has(entry.fingerprint))
            continue;
        if (entry.coarseFingerprint === undefined)
            continue;
        const same = byCoarse.get(entry.coarseFingerprint);
        if (same)
            same.push(entry);
        else
            byCoarse.set(entry.coarseFingerprint, [entry]);
    }
    for (const finding of findings) {
        if (known.has(finding) || finding.coarseFingerprint === undefined)
            continue;
        const entry = byCoarse.get(finding.coarseFingerprint)?.shift();
        if (!entry)
            continue;
        matched.add(entry.fingerprint);
        known.add(finding);
    }
    const fixed = [...baseline.entries.values()].filter((entry) => !matched.has(entry.fingerprint));
    return { new: findings.filter((f) => !known.has(f)), known: findings.filter((f) => known.has(f)), fixed };
}
function malformed(what, name) {
    return new BaselineError(`\`${name}\` ${what}.`, REWRITE_HELP);
}
function baseline_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** By code unit, not locale: the same order on every machine. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
    const store = new FindingStore();
    for (const [file, problem] of problems) {
        const severity = rulesFor(file, config)[problem.rule]?.severity ?? 'warning';
        if (severity === 'off')
            continue;
        const at = { line: 1, column: 1 };
        const fingerprint = identify(problem.rule, file, problem.message, '');
        store.add({ rule: problem.rule, severity, message: problem.message, help: problem.help, file, start: at, end: at, fingerprint });
    }
    const toLint = files.filter((file) => !problems.has(file));
    const job = { root, config, ...(await readCodeowners(root, config)) };
    const threads = options.threads ?? threadsFor(toLint.length);
    let filesLinted = problems.size;
    const kinds = [];
    let alerts = 0;
    let recordingRules = 0;
    const results = [];
    // Each file's findings go into the store as they arrive, and its result keeps the rest (what
    // the project stage, suppressions and scorecard need): the finding objects die young.
    await lintFiles(toLint, explicit, job, { workerUrl: options.workerUrl, threads }, (result) => {
        for (const finding of result.findings)
            store.add(finding);
        if (result.kinds.length > 0 || result.findings.length > 0)
            filesLinted++;
        if (result.kinds.length > 0)
            kinds.push({ file: result.file, kinds: [...new Set(result.kinds)] });
        alerts += result.alerts;
        recordingRules += result.recordingRules;
        result.findings = [];
        results.push(result);
    });
    await checkProject(results, config, store);
    applySuppressions(store, results, config);
    store.finish();
    const baseline = options.baseline === false ? undefined : await compareWithBaseline(root, options.baseline ?? config.baseline, store);
    kinds.sort((a, b) => (a.file < b.file ? -1 : 1));
    let findings;
    return {
        get findings() {
            return (findings ??= store.toArray());
        },
        list: store,
        filesScanned: files.length,
        filesLinted,
        filesWithFindings: filesWithFindings(store),
        kinds,
        alerts,
        recordingRules,
        scorecard: scorecard(results, store),
        ...(baseline && { baseline }),
    };
}
/** How many files the kept findings are in (they are sorted by file). */
function filesWithFindings(store) {
    let count = 0;
    let last;
    for (const row of store.rowsInOrder()) {
        const file = store.file(row);
        if (file !== last)
            count++;
        last = file;
    }
    return count;
}
/**
 * Marks the findings the baseline knows; a baseline that is named but missing or unreadable is a
 * config problem, never silently ignored (the run would fail on every accepted finding).
 */
async function compareWithBaseline(root, file, store) {
    if (file === undefined)
        return undefined;
    const abs = external_node_path_default().resolve(root, file);
    const fail = (message) => new ConfigError([{ file, message }]);
    // Only `--baseline=` can be empty (the config's `baseline` cannot): it would name the repository.
    if (file === '')
        throw new ConfigError([{ message: 'The baseline path is empty: name the file `obslint baseline` wrote (`.obslint-baseline.json` by default), or leave `--baseline` out.' }]);
    if (!isInside(root, abs))
        throw fail('The baseline must be a file in the repository.');
    if (!(await external_node_fs_namespaceObject.promises.lstat(abs).catch(() => undefined)))
        throw fail('The baseline does not exist: write it with `obslint baseline`.');
    const baseline = parseBaseline(await readConfigFile(root, abs, fail, `The baseline \`${shown(file)}\``, MAX_BASELINE_SIZE), file, fail);
    // Only the identities, a row at a time: the messages and positions are not needed to match.
    const identities = Array.from(store.rowsInOrder(), (row) => ({ row, fingerprint: store.fingerprint(row), coarseFingerprint: store.coarseFingerprint(row) }));
    const { known, fixed } = compareBaseline(identities, baseline);
    for (const { row } of known)
        store.markBaselined(row);
    return { file, known: known.length, fixed };
}
/** The baseline in `text`, whose 28 MB for 100,000 entries is then no longer held by the run. */
function parseBaseline(text, file, fail) {
    try {
        return readBaseline(text, file);
    }
    catch (error) {
        if (error instanceof BaselineError)
            throw fail(`${error.message} ${error.help}`);
        throw error;
    }
}
/**
 * Drops the findings that suppressions cover (comments in the files, and the config's
 * `suppressions.files` for files that cannot hold comments), except for locked rules; adds an
 * `invalid-suppression` finding for a suppression of a locked rule and an `unused-suppression`
 * finding for a comment that covers nothing.
 */
function applySuppressions(store, results, config) {
    const byFile = new Map();
    for (const result of results)
        if (result.suppressions)
            byFile.set(result.file, [...result.suppressions]);
    const fromConfig = configSuppressions(results.map((r) => r.file), config);
    for (const [file, list] of fromConfig)
        byFile.set(file, [...(byFile.get(file) ?? []), ...list]);
    if (byFile.size === 0)
        return;
    const ofFile = new Map();
    const lockedUse = new Map();
    for (const row of store.rowsInOrder()) {
        const suppressions = byFile.get(store.file(row));
        if (!suppressions)
            continue;
        const finding = store.at(row);
        (ofFile.get(finding.file) ?? ofFile.set(finding.file, []).get(finding.file)).push(finding);
        const covering = suppressions.filter((s) => isSuppressed(finding, [s]));
        if (covering.length === 0)
            continue;
        if (config.locked[finding.rule] === undefined)
            store.drop(row);
        else
            for (const s of covering)
                (lockedUse.get(s) ?? lockedUse.set(s, new Set()).get(s)).add(finding.rule);
    }
    const make = (rule, file, s, messageId, data) => {
        const severity = rulesFor(file, config)[rule].severity;
        if (severity === 'off')
            return undefined;
        const template = RULES.find((r) => r.meta.id === rule).meta.messages[messageId];
        return {
            rule,
            severity,
            message: fill(template.text, data),
            ...(template.help !== undefined && { help: fill(template.help, data) }),
            file,
            start: { line: s.line, column: s.column },
            end: { line: s.endLine, column: s.endColumn },
            fingerprint: identify(rule, file, messageId, `${s.scope}:${s.rules.join(',')}:${s.target ?? ''}`),
        };
    };
    for (const [file, suppressions] of byFile) {
        const comments = suppressions.filter((s) => !fromConfig.get(file)?.includes(s));
        for (const [suppression, rules] of lockedUse) {
            if (!comments.includes(suppression))
                continue;
            for (const rule of rules) {
                const finding = make('invalid-suppression', file, suppression, 'locked', { rule, source: { raw: `\`${shown(config.locked[rule])}\`` } });
                if (finding)
                    store.add(finding);
            }
        }
        for (const { suppression, rules } of unusedSuppressions(ofFile.get(file) ?? [], comments)) {
            const finding = make('unused-suppression', file, suppression, 'unused', { rules });
            if (finding)
                store.add(finding);
        }
    }
}
/** The config's `suppressions.files` (glob → directives), as file-wide suppressions of the files they match. */
function configSuppressions(files, config) {
    const out = new Map();
    const entries = Object.entries(config.suppressions.files);
    if (entries.length === 0)
        return out;
    const ruleIds = RULES.map((r) => r.meta.id);
    const parsed = entries.map(([glob, directives]) => ({
        matches: compileGlobs([glob]),
        suppressions: directives.flatMap((text) => {
            const directive = parseDirective(text, { ruleIds, requireReason: false })?.directive;
            return directive ? [{ ...directive, scope: 'file', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 }] : [];
        }),
    }));
    for (const file of files) {
        const list = parsed.filter((p) => p.matches(file)).flatMap((p) => p.suppressions);
        if (list.length > 0)
            out.set(file, list);
    }
    return out;
}
/** The repository's CODEOWNERS, when the config uses it; a config that requires it needs one. */
async function readCodeowners(root, config) {
    const mode = config.settings.owners.codeowners;
    if (mode === 'off')
        return {};
    const location = findCodeowners(root);
    if (location === undefined) {
        if (mode === 'fallback')
            return {};
        throw new ConfigError([{ file: config.file, message: `\`owners.codeowners: ${mode}\` needs a CODEOWNERS file (${CODEOWNERS_LOCATIONS.join(', ')}), and there is none.` }]);
    }
    const text = await external_node_fs_namespaceObject.promises.readFile(external_node_path_default().join(root, location), 'utf8');
    return { codeowners: parseCodeowners(text).rules };
}
/** The project stage: rules that look across files, on what each file's lint collected. */
async function checkProject(results, config, store) {
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
                // The finding's file may be under an override that sets the rule differently.
                const severity = rulesFor(report.file, config)[rule.meta.id].severity;
                if (severity === 'off')
                    return;
                store.add({
                    rule: rule.meta.id,
                    severity,
                    message: fill(template.text, report.data),
                    ...(template.help !== undefined && { help: template.help }),
                    file: report.file,
                    start: report.range.start,
                    end: report.range.end,
                    fingerprint: identify(rule.meta.id, report.file, report.messageId, report.subject),
                    coarseFingerprint: identify(rule.meta.id, report.file, report.messageId, withoutLabels(report.subject)),
                });
            },
        };
        try {
            await rule.checkProject(context);
        }
        catch (error) {
            // A rule that fails costs one finding, not the run's other findings.
            const at = { line: 1, column: 1 };
            const file = collected[0]?.file ?? config.file ?? '.';
            store.add({
                rule: rule.meta.id,
                severity: setting.severity,
                message: `This rule failed: ${String(error)}`,
                help: 'This is a bug in obslint: please report it.',
                file,
                start: at,
                end: at,
                fingerprint: identify(rule.meta.id, file, 'crash', ''),
            });
        }
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
/** A sorted array of the findings: reporters must not reorder the caller's array. */
function sortFindings(findings) {
    return findings.sorted ? [...findings] : [...findings].sort(compareFindings);
}
/** The findings in compareFindings order, read one at a time when they come sorted (a run's store). */
function inReportOrder(findings) {
    return findings.sorted ? findings : sortFindings(findings);
}
/** Consecutive runs of one file, from findings already in compareFindings order, a file at a time. */
function* groupByFile(sorted) {
    let group = [];
    for (const f of sorted) {
        if (group.length > 0 && group[0].file !== f.file) {
            yield group;
            group = [];
        }
        group.push(f);
    }
    if (group.length > 0)
        yield group;
}
/** Whether the end position is usable: not before the start (a degenerate end means "just the start"). */
function hasEnd(f) {
    return f.end.line > f.start.line || (f.end.line === f.start.line && f.end.column >= f.start.column);
}
/** `in 2 files (4 linted)`: how many files had findings, and how many were linted. */
function filesPhrase(findings, filesLinted) {
    const files = new Set();
    for (const f of findings)
        files.add(f.file);
    const withFindings = files.size;
    return `in ${plural(withFindings, 'file')} (${filesLinted} linted)`;
}
/** `3 errors, 0 warnings, 1 notice in 2 files (4 linted)`: the one-line result of a run. */
function resultLine(findings, filesLinted) {
    return `${countsPhrase(countBySeverity(findings))} ${filesPhrase(findings, filesLinted)}`;
}
/** `12 findings known from .obslint-baseline.json are not shown; 3 are fixed since (write it again with `obslint baseline`).` */
function baselineLine(baseline) {
    const known = `${plural(baseline.known, 'finding')} known from ${baseline.file} ${baseline.known === 1 ? 'is' : 'are'} not shown`;
    const fixed = baseline.fixed.length === 0 ? '' : `; ${baseline.fixed.length} of its entries ${baseline.fixed.length === 1 ? 'is' : 'are'} fixed since (write it again with \`obslint baseline\` to keep them fixed)`;
    return `${known}${fixed}.`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts




/** GitHub shows at most this many annotations per severity per step and silently drops the rest. */
const ANNOTATION_LIMIT = 10;
/** Findings that mean the loading program refuses a file (or it could not be checked); they go first so they are never the dropped ones. */
const BLOCKING = new Set(RULES.filter((rule) => rule.meta.blocking).map((rule) => rule.meta.id));
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
        ['file', visible(f.file)],
        ['line', f.start.line],
        ['col', f.start.column],
    ];
    if (hasEnd(f))
        properties.push(['endLine', f.end.line], ['endColumn', f.end.column]);
    properties.push(['title', f.rule]);
    const help = f.help !== undefined ? `\n${visible(f.help)}` : '';
    const message = `${visible(f.message)}${help}\nDocs: ${ruleDocsUrl(f.rule)}`;
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
            `(GitHub shows ${limit} per severity); the job summary lists them (up to 1 MiB of them), and a SARIF or JSON report holds every one.`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * The runner decodes %-escaped line breaks (and `:` and `,` in properties) and nothing else, so
 * anything else a terminal would act on (ESC, a bidi override) is shown escaped instead.
 */
function visible(text) {
    return text.replace(/[^\r\n]+/g, escapeControls);
}
// The same escaping as @actions/core's command.js, so the runner decodes it back exactly.
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/report/json.ts


function formatJson(findings, options = {}) {
    return [...jsonChunks(findings, options)].join('');
}
/** The JSON report a finding at a time, so a huge report is never one string. */
function* jsonChunks(findings, options = {}) {
    // Owner names and file names come from the files: escaped as the findings are.
    const block = (key, value) => `,\n  "${key}": ${escapeJsonControls(JSON.stringify(value, null, 2)).replace(/\n/g, '\n  ')}`;
    const baseline = (options.baseline ? block('baseline', { file: options.baseline.file, known: options.baseline.known, fixed: options.baseline.fixed }) : '') +
        (options.scorecard ? block('scorecard', options.scorecard) : '');
    if (findings.length === 0) {
        yield `{\n  "findings": []${baseline}\n}\n`;
        return;
    }
    yield '{\n  "findings": [\n';
    // Each entry written out rather than through JSON.stringify(entry, null, 2) and re-indented:
    // the same text, made without an object and two passes over it per finding.
    const line = (key, value) => `,\n      "${key}": ${typeof value === 'number' ? value : JSON.stringify(value)}`;
    let i = 0;
    for (const f of inReportOrder(findings)) {
        const text = `{\n      "rule": ${JSON.stringify(f.rule)}` +
            line('severity', f.severity) +
            line('message', f.message) +
            line('file', f.file) +
            line('line', f.start.line) +
            line('column', f.start.column) +
            line('endLine', f.end.line) +
            line('endColumn', f.end.column) +
            (f.help !== undefined ? line('help', f.help) : '') +
            line('fingerprint', f.fingerprint) +
            (f.baselined ? line('baseline', 'known') : '') +
            '\n    }';
        yield `    ${escapeJsonControls(text)}${++i < findings.length ? ',' : ''}\n`;
    }
    yield `  ]${baseline}\n}\n`;
}

;// CONCATENATED MODULE: ./src/report/scorecard.ts

const HEADERS = ['Owner', 'Alerts', 'With runbook', 'Known owner', 'Valid severity', 'Findings'];
/** `12 (75%)`: a count and its share of the owner's alerts. */
function share(count, of) {
    return `${count} (${of === 0 ? 0 : Math.round((count / of) * 100)}%)`;
}
function rows(scores) {
    return scores.map((s) => [s.owner, String(s.alerts), share(s.withRunbook, s.alerts), share(s.knownOwner, s.alerts), share(s.validSeverity, s.alerts), String(s.findings)]);
}
/** The scorecard as a Markdown table, for the job summary. */
function scorecardMarkdown(scores) {
    if (scores.length === 0)
        return '';
    const lines = [
        `| ${HEADERS.join(' | ')} |`,
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...rows(scores).map(([owner, ...rest]) => `| ${code(owner)} | ${rest.join(' | ')} |`),
    ];
    return `\n### Alerts by owner\n\n${lines.join('\n')}\n`;
}
/** The scorecard as aligned plain text, for the terminal. */
function scorecardText(scores) {
    if (scores.length === 0)
        return 'No alerts.\n';
    const table = [HEADERS, ...rows(scores)];
    const widths = HEADERS.map((_, i) => Math.max(...table.map((row) => row[i].length)));
    return `${table.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()).join('\n')}\n`;
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
                        // Against a baseline, code scanning can tell the accepted findings from the new ones.
                        ...(options.baselined && { baselineState: f.baselined ? 'unchanged' : 'new' }),
                    };
                }),
            },
        ],
    };
    return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
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
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/g;
const SEVERITY_COLOR = { error: 31, warning: 33, notice: 34 };
const text_PLAIN = { severity: (s) => s, bold: (s) => s, dim: (s) => s };
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
    const note = options.baseline ? `${baselineLine(options.baseline)}\n` : '';
    if (findings.length === 0) {
        yield `${note}No ${options.baseline ? 'new ' : ''}problems found in ${plural(options.filesLinted, 'file')}.\n`;
        return;
    }
    const style = options.color ? ANSI : text_PLAIN;
    let first = true;
    for (const group of groupByFile(inReportOrder(findings))) {
        const source = options.readSource(group[0].file);
        // Split like LineIndex does: on \n, dropping a trailing \r, so line numbers agree.
        const lines = source === undefined ? undefined : masked(source.replace(/^\uFEFF{1,2}/, '').split('\n').map((l) => l.replace(/\r$/, '')), group);
        yield `${first ? '' : '\n\n'}${group.flatMap((f) => formatFinding(f, lines, style)).join('\n')}`;
        first = false;
    }
    const total = `${plural(findings.length, 'problem')} (${countsPhrase(countBySeverity(findings))}) ${filesPhrase(findings, options.filesLinted)}`;
    yield `\n\n${docsLines(findings, style).join('\n')}\n\n${note}${total}\n`;
}
/** Rules whose findings point at secrets, which no excerpt may show. */
const SENSITIVE = new Set(RULES.filter((rule) => rule.meta.sensitive).map((rule) => rule.meta.id));
/** The lines with what a sensitive finding covers replaced by `*`, one for one, so carets stay put. */
function masked(lines, group) {
    const secrets = group.filter((f) => SENSITIVE.has(f.rule));
    if (secrets.length === 0)
        return lines;
    const out = [...lines];
    for (const f of secrets) {
        for (let line = f.start.line; line <= Math.min(f.end.line, out.length); line++) {
            const text = out[line - 1];
            const from = Math.min(text.length, line === f.start.line ? f.start.column - 1 : 0);
            const to = Math.min(text.length, line === f.end.line ? f.end.column - 1 : text.length);
            if (to > from)
                out[line - 1] = text.slice(0, from) + '*'.repeat(to - from) + text.slice(to);
        }
    }
    return out;
}
/** Where each rule that fired is explained, with a bad and a good example. */
function docsLines(findings, style) {
    const fired = new Set();
    for (const f of findings)
        fired.add(f.rule);
    const rules = [...fired].sort();
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

;// CONCATENATED MODULE: ./src/run-cli.ts




















const USAGE = `Usage: obslint [paths...] [options]
       obslint baseline [paths...] [options]   write the findings of now as the baseline

Lints alerting, logging and tracing config: every file parses and matches its format,
every PromQL expression is valid, every alert has an owner, a runbook and a severity.

Options:
  -c, --config <file>      config file (default: .obslint.yml in the current folder)
  -f, --format <format>    text | json | sarif | github (default: text)
      --fail-on <level>    error | warning | notice | never (default: error)
  -o, --output <file>      write the report to a file instead of standard output
      --baseline <file>    compare with this baseline: only new findings count
                           (default: the config's baseline; written by \`obslint baseline\`)
      --no-error-on-unmatched-pattern
                           a path or glob that matches no file is not an error
      --scorecard          end text output with each owner's alerts and how they are kept
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
    baseline: { type: 'string' },
    'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    scorecard: { type: 'boolean', default: false },
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
    const { values } = args;
    // `obslint baseline ...` writes the baseline; `obslint ./baseline` lints a folder of that name.
    const writing = args.positionals[0] === 'baseline';
    const positionals = writing ? args.positionals.slice(1) : args.positionals;
    if (values.help) {
        io.stdout.write(`${USAGE}\n`);
        return 0;
    }
    if (values.version) {
        io.stdout.write(`${version/* VERSION */.x}\n`);
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
        const config = await loadConfig(cwd, values.config, { token: githubTokenFromEnv(io.env), apiUrl: io.env.GITHUB_API_URL });
        failOn = failOnFlag ?? config.failOn ?? 'error';
        result = await runLint({
            root: cwd,
            paths: positionals.length > 0 ? positionals : ['.'],
            requireMatches: positionals.length > 0 && !values['no-error-on-unmatched-pattern'],
            config,
            workerUrl,
            // Writing the baseline records every finding of now, whatever an older baseline knew.
            baseline: writing ? false : values.baseline,
        });
        if (writing) {
            const target = values.baseline ?? config.baseline ?? BASELINE_FILE;
            writeBaselineFile(cwd, target, writeBaseline(result.findings));
            io.stdout.write(`obslint: wrote ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} to ${target}; from now on only new findings count.\n`);
            return 0;
        }
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
    // People see the new findings; machine formats get every finding, the known ones marked. Both
    // are read from the run's compact store one finding at a time, never all as objects at once.
    const all = result.list;
    const fresh = result.baseline ? all.select((row) => !all.baselined(row)) : all;
    const report = coalesce(formatReport(format, all, fresh, {
        filesLinted: result.filesLinted,
        color,
        cwd,
        baseline: result.baseline,
        scorecard: format === 'json' || values.scorecard ? result.scorecard : undefined,
    }));
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
            findings: all.length,
            peakRssBytes: process.resourceUsage().maxRSS * 1024,
            wallMs: Math.round(performance.now() - started),
        };
        io.stderr.write(`${JSON.stringify(stats)}\n`);
    }
    return all.rowsInOrder().some((row) => !all.baselined(row) && meetsBar(all.severity(row), failOn)) ? 1 : 0;
}
/** Node's argument parser's complaint, said in obslint's words with the option at fault. */
function argumentProblem(error) {
    const code = error.code;
    const option = /'(-[^' ,]+)/.exec(error.message)?.[1] ?? '';
    const long = /--[\w-]+/.exec(error.message)?.[0] ?? option;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const names = Object.keys(OPTIONS).map((name) => `--${name}`);
        const suggestion = option.startsWith('--') ? (0,closest/* closest */.k)(option.split('=')[0], names) : undefined;
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
    // From the rows, not the findings: the text report makes each finding once, as it prints it.
    const unreadable = new Set();
    for (const row of findings.rowsInOrder())
        if (findings.rule(row) === 'unreadable-file' && !findings.baselined(row))
            unreadable.add(findings.file(row));
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
function formatReport(format, all, fresh, options) {
    switch (format) {
        case 'json':
            return jsonChunks(all, { baseline: options.baseline, scorecard: options.scorecard });
        case 'sarif':
            return [formatSarif(all, { rules: RULES.map((r) => r.meta), toolVersion: version/* VERSION */.x, baselined: options.baseline !== undefined })];
        case 'github': {
            const note = options.baseline ? ` ${baselineLine(options.baseline)}` : '';
            return [`${formatAnnotations(fresh)}obslint: ${resultLine(fresh, options.filesLinted)}.${note}\n`];
        }
        case 'text': {
            const text = textChunks(fresh, {
                filesLinted: options.filesLinted,
                color: options.color,
                readSource: sourceReader(options.cwd, all),
                baseline: options.baseline,
            });
            return options.scorecard ? [...text, `\nAlerts by owner:\n${scorecardText(options.scorecard)}`] : text;
        }
    }
}
function colorWanted(io) {
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdout.isTTY === true;
}
/**
 * Writes the baseline to the file named (a run reads it from there): a name that is empty, leaves
 * the repository, or is not a file that can be written is a config problem naming it, not a crash.
 */
function writeBaselineFile(cwd, target, text) {
    const fail = (message) => new ConfigError([{ ...(target !== '' && { file: target }), message }]);
    if (target === '')
        throw fail('The baseline path is empty: name the file to write (`.obslint-baseline.json` by default), or leave `--baseline` out.');
    const abs = external_node_path_default().resolve(cwd, target);
    if (!isInside(cwd, abs))
        throw fail('The baseline must be a file in the repository.');
    if ((0,external_node_fs_namespaceObject.statSync)(abs, { throwIfNoEntry: false })?.isFile() === false)
        throw fail(`The baseline \`${shown(target)}\` is not a regular file, so obslint cannot write it.`);
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(abs, text);
    }
    catch (error) {
        throw fail(`The baseline \`${shown(target)}\` cannot be written (${error.code ?? String(error)}).`);
    }
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
    cli(process.argv.slice(2), process.cwd(), new URL(obslintHost.url)).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`obslint: internal error: ${error?.stack ?? String(error)}\nPlease report it with the file that caused it.\n`);
        process.exitCode = 2;
    });
}


})
