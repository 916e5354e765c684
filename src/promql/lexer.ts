import type { PromqlProblem } from './types.js';

/**
 * PromQL's lexer, ported from Prometheus's `promql/parser/lex.go` state for state: what it
 * refuses (bad numbers, unknown escapes, stray characters) is refused here, at the same token.
 * Messages are ours; brackets are tracked as a stack so that a mismatch can name both sides.
 */

export type TokenType =
  | 'EOF' | 'IDENTIFIER' | 'METRIC_IDENTIFIER' | 'NUMBER' | 'DURATION' | 'STRING'
  | 'LEFT_PAREN' | 'RIGHT_PAREN' | 'LEFT_BRACE' | 'RIGHT_BRACE' | 'LEFT_BRACKET' | 'RIGHT_BRACKET'
  | 'COMMA' | 'COLON' | 'EQL' | 'EQL_REGEX' | 'NEQ_REGEX' | 'AT'
  // Binary operators.
  | 'ADD' | 'SUB' | 'MUL' | 'DIV' | 'MOD' | 'POW' | 'ATAN2' | 'EQLC' | 'NEQ' | 'LTE' | 'LSS' | 'GTE' | 'GTR'
  | 'TRIM_UPPER' | 'TRIM_LOWER' | 'LAND' | 'LOR' | 'LUNLESS'
  // Aggregators.
  | 'AVG' | 'BOTTOMK' | 'COUNT' | 'COUNT_VALUES' | 'GROUP' | 'MAX' | 'MIN' | 'QUANTILE' | 'STDDEV' | 'STDVAR'
  | 'SUM' | 'TOPK' | 'LIMITK' | 'LIMIT_RATIO'
  // Keywords.
  | 'OFFSET' | 'SMOOTHED' | 'ANCHORED' | 'BY' | 'WITHOUT' | 'ON' | 'IGNORING' | 'GROUP_LEFT' | 'GROUP_RIGHT'
  | 'FILL' | 'FILL_LEFT' | 'FILL_RIGHT' | 'BOOL'
  // Preprocessors and duration keywords.
  | 'START' | 'END' | 'STEP' | 'RANGE' | 'MAX_OF' | 'MIN_OF';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
}

/** `key` of lex.go: words that are keywords in any letter case (`inf` and `nan` are numbers). */
const KEYWORDS: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
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
const DURATION_KEYWORDS: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
  ['step', 'STEP'], ['range', 'RANGE'], ['max_of', 'MAX_OF'], ['min_of', 'MIN_OF'],
]);

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export interface Lexed {
  tokens: Token[];
  /** The first character the lexer refuses; the tokens stop before it. */
  error?: PromqlProblem;
}

type Mode = 'statements' | 'braces' | 'duration';

class LexError extends Error {
  constructor(readonly problem: PromqlProblem) {
    super(problem.message);
  }
}

export function lex(input: string): Lexed {
  const lexer = new Lexer(input);
  try {
    lexer.run();
  } catch (e) {
    if (e instanceof LexError) return { tokens: lexer.tokens, error: e.problem };
    throw e;
  }
  return { tokens: lexer.tokens };
}

class Lexer {
  readonly tokens: Token[] = [];
  private pos = 0;
  private mode: Mode = 'statements';
  private bracketOpen = false;
  private gotColon = false;
  private gotDuration = false;
  /** Offsets of the brackets opened and not yet closed. */
  private readonly openers: number[] = [];

  constructor(private readonly input: string) {}

  run(): void {
    for (;;) {
      if (this.mode === 'braces') this.insideBraces();
      else if (this.mode === 'duration') this.durationExpr();
      else if (this.statement()) return;
    }
  }

  private emit(type: TokenType, start: number, end = this.pos): void {
    this.tokens.push({ type, start, end });
  }

  private fail(start: number, end: number, message: string): never {
    throw new LexError({ start, end, message });
  }

  private unexpected(start: number): never {
    const ch = String.fromCodePoint(this.input.codePointAt(start)!);
    this.fail(start, start + ch.length, `Unexpected \`${ch}\`.`);
  }

  private open(at: number): void {
    this.openers.push(at);
  }

  /** Checks that the bracket at `at` closes the innermost open one. */
  private close(at: number): void {
    const ch = this.input[at];
    const opener = this.openers.pop();
    if (opener === undefined) this.fail(at, at + 1, `\`${ch}\` has no matching opening bracket.`);
    const open = this.input[opener];
    if (CLOSER[open] !== ch) this.fail(at, at + 1, `\`${ch}\` does not close \`${open}\`, which expects \`${CLOSER[open]}\`.`);
  }

  private endOfInput(): never {
    const opener = this.openers.at(-1)!;
    this.fail(opener, opener + 1, `\`${this.input[opener]}\` is never closed.`);
  }

  /** lexStatements; true at the end of the input. */
  private statement(): boolean {
    const { input } = this;
    const start = this.pos;
    if (start >= input.length) {
      if (this.openers.length) this.endOfInput();
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
      case ',': this.emit('COMMA', start); return false;
      case ' ': case '\t': case '\n': case '\r': this.skipSpaces(); return false;
      case '*': this.emit('MUL', start); return false;
      case '/': this.emit('DIV', start); return false;
      case '%': this.emit('MOD', start); return false;
      case '+': this.emit('ADD', start); return false;
      case '-': this.emit('SUB', start); return false;
      case '^': this.emit('POW', start); return false;
      case '@': this.emit('AT', start); return false;
      case '=':
        if (input[this.pos] === '=') {
          this.pos++;
          this.emit('EQLC', start);
        } else if (input[this.pos] === '~') {
          this.fail(start, start + 2, '`=~` only matches labels inside `{...}`; to compare values use `==`.');
        } else {
          this.emit('EQL', start);
        }
        return false;
      case '!':
        if (input[this.pos] !== '=') {
          if (input[this.pos] === '~') this.fail(start, start + 2, '`!~` only matches labels inside `{...}`; to compare values use `!=`.');
          this.fail(start, start + 1, '`!` must be followed by `=`.');
        }
        this.pos++;
        this.emit('NEQ', start);
        return false;
      case '<':
      case '>': {
        const next = input[this.pos];
        if (next === '=' || next === '/') this.pos++;
        this.emit(next === '=' ? (r === '<' ? 'LTE' : 'GTE') : next === '/' ? (r === '<' ? 'TRIM_UPPER' : 'TRIM_LOWER') : r === '<' ? 'LSS' : 'GTR', start);
        return false;
      }
      case '"': case "'": this.quotedString(start); return false;
      case '`': this.rawString(start); return false;
      case '(': this.open(start); this.emit('LEFT_PAREN', start); return false;
      case ')': this.close(start); this.emit('RIGHT_PAREN', start); return false;
      case '{': this.open(start); this.emit('LEFT_BRACE', start); this.mode = 'braces'; return false;
      case '[':
        if (this.bracketOpen) this.fail(start, start + 1, 'A range or subquery cannot be nested inside another `[...]`.');
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
      case '}': this.close(start); return false;
    }
    if (isDigit(r) || (r === '.' && isDigit(input[this.pos]))) {
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
        if (this.gotColon) this.fail(start, start + 1, 'A subquery takes one `:`, as in `[1h:5m]`.');
        this.emit('COLON', start);
        this.gotColon = true;
        return false;
      }
      if (this.durationKeyword(start)) return false;
      this.fail(start, this.pos, `Unexpected \`${input.slice(start, this.pos)}\` inside \`[...]\`, which takes a duration such as \`5m\`, or \`range:step\`.`);
    }
    this.unexpected(start);
  }

  /** lexInsideBraces: label names (never keywords), strings and matching operators. */
  private insideBraces(): void {
    const { input } = this;
    const start = this.pos;
    if (start >= input.length) this.endOfInput();
    const r = input[start];
    if (r === '#') {
      this.skipComment();
      return;
    }
    this.pos++;
    if (isSpace(r)) {
      this.skipSpaces();
    } else if (isAlpha(r)) {
      while (this.pos < input.length && isAlphaNumeric(input[this.pos])) this.pos++;
      this.emit('IDENTIFIER', start);
    } else if (r === ',') {
      this.emit('COMMA', start);
    } else if (r === '"' || r === "'") {
      this.quotedString(start);
    } else if (r === '`') {
      this.rawString(start);
    } else if (r === '=') {
      if (input[this.pos] === '~') this.pos++;
      this.emit(this.pos - start === 2 ? 'EQL_REGEX' : 'EQL', start);
    } else if (r === '!') {
      const next = input[this.pos];
      if (next !== '~' && next !== '=') this.fail(start, start + 1, '`!` must be followed by `=` or `~` in a label matcher.');
      this.pos++;
      this.emit(next === '~' ? 'NEQ_REGEX' : 'NEQ', start);
    } else if (r === '}') {
      this.close(start);
      this.emit('RIGHT_BRACE', start);
      this.mode = 'statements';
    } else if (r === ')' || r === ']') {
      this.close(start);
    } else if (r === '{') {
      this.fail(start, start + 1, 'A `{` cannot open inside another `{...}`.');
    } else {
      const ch = String.fromCodePoint(input.codePointAt(start)!);
      this.fail(start, start + ch.length, `Unexpected \`${ch}\` inside \`{...}\`: a label name must start with a letter or \`_\` (quote other names, as in \`{"my.label"="x"}\`).`);
    }
  }

  /** lexDurationExpr: just after `[` (and after operators inside it). */
  private durationExpr(): void {
    const { input } = this;
    const start = this.pos;
    if (start >= input.length) this.endOfInput();
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
        if (!this.gotDuration) this.fail(start, start + 1, 'A subquery starts with its range, as in `[1h:5m]`.');
        if (this.gotColon) this.fail(start, start + 1, 'A subquery takes one `:`, as in `[1h:5m]`.');
        this.emit('COLON', start);
        this.gotColon = true;
        return;
      case '(': this.open(start); this.emit('LEFT_PAREN', start); return;
      case ')': this.close(start); this.emit('RIGHT_PAREN', start); return;
      case ' ': case '\t': case '\n': case '\r': this.skipSpaces(); return;
      case '+': this.emit('ADD', start); return;
      case '-': this.emit('SUB', start); return;
      case '*': this.emit('MUL', start); return;
      case '/': this.emit('DIV', start); return;
      case '%': this.emit('MOD', start); return;
      case '^': this.emit('POW', start); return;
      case ',': this.emit('COMMA', start); return;
    }
    if (isAlpha(r)) {
      if (this.durationKeyword(start)) return;
      this.fail(start, this.pos, `Unexpected \`${input.slice(start, this.pos)}\` inside \`[...]\`, which takes a duration such as \`5m\`.`);
    }
    if (isDigit(r) || (r === '.' && isDigit(input[this.pos]))) {
      this.pos = start;
      this.gotDuration = true;
      this.numberOrDuration();
      // As in lex.go, what follows a number is read as statements (with the bracket still open).
      this.mode = 'statements';
      return;
    }
    const ch = String.fromCodePoint(input.codePointAt(start)!);
    this.fail(start, start + ch.length, `Unexpected \`${ch}\` inside \`[...]\`, which takes a duration such as \`5m\`.`);
  }

  /** scanDurationKeyword: reads a word (one letter is read); true when it is a duration keyword. */
  private durationKeyword(start: number): boolean {
    const { input } = this;
    while (this.pos < input.length && isAlpha(input[this.pos])) this.pos++;
    const type = DURATION_KEYWORDS.get(input.slice(start, this.pos).toLowerCase());
    if (type === undefined) return false;
    this.emit(type, start);
    return true;
  }

  private keywordOrIdentifier(): void {
    const { input } = this;
    const start = this.pos;
    while (this.pos < input.length && (isAlphaNumeric(input[this.pos]) || input[this.pos] === ':')) this.pos++;
    const word = input.slice(start, this.pos);
    const keyword = KEYWORDS.get(word.toLowerCase());
    // `fill` and its siblings are keywords only before `(`, so that they stay usable as metric names.
    if (keyword !== undefined && (!keyword.startsWith('FILL') || this.followedByLeftParen())) this.emit(keyword, start);
    else this.emit(word.includes(':') ? 'METRIC_IDENTIFIER' : 'IDENTIFIER', start);
  }

  private followedByLeftParen(): boolean {
    let i = this.pos;
    while (i < this.input.length && isSpace(this.input[i])) i++;
    return this.input[i] === '(';
  }

  private numberOrDuration(): void {
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
    while (end < this.input.length && (isAlphaNumeric(this.input[end]) || this.input[end] === '.')) end++;
    const text = this.input.slice(start, end);
    this.fail(start, end, `\`${text}\` is neither a number nor a duration (such as \`5m\` or \`1h30m\`).`);
  }

  /** scanNumber of lex.go: decimal, hexadecimal, octal or float, with `_` between digits. */
  private scanNumber(): boolean {
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
        if (this.accept('_.')) return false;
        // Fractional hexadecimal literals are not allowed.
        if (digits.length > 10) return false;
        continue;
      }
      if (this.accept('eE')) {
        exponentConsumed = true;
        this.accept('+-');
        if (this.accept('._eE') || this.pos >= this.input.length) return false;
        continue;
      }
      if (this.accept('_')) {
        if (this.accept('._eE') || this.pos >= this.input.length) return false;
        continue;
      }
      while (this.is(digits)) this.pos++;
    }
    if (this.pos === initial) return false;
    return !isAlphaNumeric(this.input[this.pos]);
  }

  /** acceptRemainingDuration: units after the number; bad units are caught when the duration is read. */
  private remainingDuration(): boolean {
    if (!this.accept('smhdwy')) return false;
    this.accept('s');
    while (this.accept('0123456789')) {
      while (this.accept('0123456789'));
      if (!this.accept('smhdw')) return false;
      this.accept('s');
    }
    if (!isAlphaNumeric(this.input[this.pos])) return true;
    // lex.go's message quotes the character it stumbled on.
    this.pos++;
    return false;
  }

  private accept(valid: string): boolean {
    const ch = this.input[this.pos];
    if (ch !== undefined && valid.includes(ch)) {
      this.pos++;
      return true;
    }
    return false;
  }

  private is(valid: string): boolean {
    const ch = this.input[this.pos];
    return ch !== undefined && valid.includes(ch);
  }

  private skipSpaces(): void {
    while (this.pos < this.input.length && isSpace(this.input[this.pos])) this.pos++;
  }

  private skipComment(): void {
    const { input } = this;
    while (this.pos < input.length && input[this.pos] !== '\n' && input[this.pos] !== '\r') this.pos++;
  }

  /** lexString and lexEscape: `"` or `'` strings with Go's escapes, on one line. */
  private quotedString(start: number): void {
    const { input } = this;
    const quote = input[start];
    for (;;) {
      const ch = input[this.pos];
      if (ch === undefined) this.fail(start, start + 1, `The string starting with \`${quote}\` is never closed.`);
      if (ch === '\n') this.fail(start, start + 1, `The string starting with \`${quote}\` is not closed on its line; only \`\`\` strings can span lines.`);
      this.pos++;
      if (ch === quote) break;
      if (ch === '\\') this.escape(quote);
    }
    this.emit('STRING', start);
  }

  private escape(quote: string): void {
    const { input } = this;
    const start = this.pos - 1;
    const kind = input[this.pos];
    if (kind === undefined) this.fail(start, start + 1, 'A `\\` at the end leaves the escape sequence unfinished.');
    this.pos++;
    if ('abfnrtv\\'.includes(kind) || kind === quote) return;
    let width: number;
    let base: number;
    let max: number;
    if (kind >= '0' && kind <= '7') {
      this.pos--;
      [width, base, max] = [3, 8, 255];
    } else if (kind === 'x') {
      [width, base, max] = [2, 16, 255];
    } else if (kind === 'u' || kind === 'U') {
      [width, base, max] = [kind === 'u' ? 4 : 8, 16, 0x10ffff];
    } else {
      const ch = String.fromCodePoint(input.codePointAt(this.pos - 1)!);
      const hint = kind === '"' || kind === "'" ? ` (a ${kind} needs no escape inside ${quote}...${quote})` : '';
      this.fail(start, this.pos - 1 + ch.length, `\`\\${ch}\` is not an escape sequence PromQL knows${hint}.`);
    }
    let value = 0;
    for (let i = 0; i < width; i++) {
      const digit = digitValue(input[this.pos]);
      if (digit >= base) {
        if (input[this.pos] === undefined) this.fail(start, this.pos, `The escape sequence \`${input.slice(start, this.pos)}\` is unfinished.`);
        this.fail(start, this.pos + 1, `\`${input.slice(start, this.pos + 1)}\` is not a valid escape sequence: it needs ${width} ${base === 8 ? 'octal' : 'hexadecimal'} digits.`);
      }
      value = value * base + digit;
      this.pos++;
    }
    if (value > max || (value >= 0xd800 && value < 0xe000)) {
      this.fail(start, this.pos, `\`${input.slice(start, this.pos)}\` is not a valid Unicode code point.`);
    }
  }

  private rawString(start: number): void {
    const close = this.input.indexOf('`', start + 1);
    if (close === -1) this.fail(start, start + 1, 'The string starting with `` ` `` is never closed.');
    this.pos = close + 1;
    this.emit('STRING', start);
  }
}

function digitValue(ch: string | undefined): number {
  if (ch === undefined) return 16;
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (ch >= 'a' && ch <= 'f') return ch.charCodeAt(0) - 87;
  if (ch >= 'A' && ch <= 'F') return ch.charCodeAt(0) - 55;
  return 16;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isAlpha(ch: string | undefined): boolean {
  return ch !== undefined && (ch === '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isAlphaNumeric(ch: string | undefined): boolean {
  return isAlpha(ch) || isDigit(ch);
}
