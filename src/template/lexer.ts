import * as say from './messages.js';
import type { TemplateProblem } from './messages.js';

/**
 * A port of Go's text/template/parse/lex.go with the default `{{ }}` delimiters: the same
 * items, cut at the same places, with the same errors. Offsets are into the template text.
 * Like Go's, it is lazy: the parser pulls one item at a time, so an error further on is
 * only met if the parser gets that far.
 */

export type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'complex' | 'assign' | 'declare' | 'eof' | 'field'
  | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString' | 'rightDelim'
  | 'rightParen' | 'space' | 'string' | 'text' | 'variable'
  // Keywords.
  | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil' | 'range' | 'template' | 'with';

export interface Item {
  type: ItemType;
  start: number;
  end: number;
  /** Set on `error` items. */
  problem?: TemplateProblem;
}

const KEYWORDS: ReadonlyMap<string, ItemType> = new Map<string, ItemType>([
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

function isSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === CR || code === LF;
}

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/** Go's isAlphaNumeric: `_`, a Unicode letter or a decimal digit. */
function isAlphaNumeric(codePoint: number): boolean {
  if (codePoint < 128) {
    return codePoint === UNDERSCORE || (codePoint >= 48 && codePoint <= 57) || ((codePoint | 0x20) >= 97 && (codePoint | 0x20) <= 122);
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

export class Lexer {
  private pos = 0;
  private start = 0;
  private insideAction = false;
  /** Go only counts open parentheses; their offsets let an unclosed one be named. */
  private readonly openParens: number[] = [];
  /** Where the current action's `{{` is. */
  private actionStart = 0;
  /** Once set, every further item is this error, as nothing after it matters. */
  private failure?: Item;

  constructor(private readonly input: string) {}

  nextItem(): Item {
    if (this.failure) return this.failure;
    return this.insideAction ? this.lexInsideAction() : this.lexText();
  }

  private item(type: ItemType, end = this.pos): Item {
    const item = { type, start: this.start, end };
    this.start = this.pos;
    return item;
  }

  private fail(problem: TemplateProblem): Item {
    this.failure = { type: 'error', start: problem.start, end: problem.end, problem };
    return this.failure;
  }

  private code(at = this.pos): number {
    return this.input.charCodeAt(at); // NaN past the end
  }

  /** The code point at the cursor, or -1 at the end. */
  private peekRune(): number {
    if (this.pos >= this.input.length) return -1;
    const code = this.input.charCodeAt(this.pos);
    return code < 0xd800 ? code : this.input.codePointAt(this.pos)!;
  }

  private nextRune(): number {
    const rune = this.peekRune();
    if (rune >= 0) this.pos += rune > 0xffff ? 2 : 1;
    return rune;
  }

  private accept(valid: string): boolean {
    if (this.pos < this.input.length && valid.includes(this.input[this.pos])) {
      this.pos++;
      return true;
    }
    return false;
  }

  private acceptRun(valid: string): void {
    while (this.accept(valid));
  }

  private hasLeftTrimMarker(at: number): boolean {
    return this.code(at) === MINUS && isSpace(this.code(at + 1));
  }

  private hasRightTrimMarker(at: number): boolean {
    return isSpace(this.code(at)) && this.code(at + 1) === MINUS;
  }

  /** At ` -}}` (TRIMMED), at `}}` (PLAIN), or neither. */
  private atRightDelim(): typeof NO_DELIM | typeof PLAIN | typeof TRIMMED {
    if (this.hasRightTrimMarker(this.pos) && this.input.startsWith(RIGHT_DELIM, this.pos + TRIM_MARKER_LENGTH)) return TRIMMED;
    return this.input.startsWith(RIGHT_DELIM, this.pos) ? PLAIN : NO_DELIM;
  }

  private spaceRunFrom(at: number): number {
    let end = at;
    while (isSpace(this.code(end))) end++;
    return end;
  }

  /** Text up to the next `{{`; comments are skipped here, as Prometheus does not keep them. */
  private lexText(): Item {
    for (;;) {
      const x = this.input.indexOf(LEFT_DELIM, this.pos);
      if (x < 0) {
        this.pos = this.input.length;
        return this.item(this.pos > this.start ? 'text' : 'eof');
      }
      if (x > this.pos) {
        // `{{- ` trims the spaces before it; only whether the text is blank matters later.
        let textEnd = x;
        if (this.hasLeftTrimMarker(x + LEFT_DELIM.length)) while (textEnd > this.start && isSpace(this.code(textEnd - 1))) textEnd--;
        this.pos = x;
        const text = this.item('text', textEnd);
        if (textEnd > text.start) return text;
      }
      const delim = this.lexLeftDelim();
      if (delim) return delim;
    }
  }

  /** The `{{`, or undefined after a comment, when lexing goes on in text. */
  private lexLeftDelim(): Item | undefined {
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
    if (this.openParens.length > 0) this.openParens.length = 0;
    this.pos += afterMarker;
    this.start = this.pos;
    return item;
  }

  private lexComment(): Item | undefined {
    const commentStart = this.pos;
    const close = this.input.indexOf('*/', this.pos + 2);
    if (close < 0) return this.fail(say.unclosedComment(commentStart));
    this.pos = close + 2;
    const delim = this.atRightDelim();
    if (delim === NO_DELIM) return this.fail(say.commentNotAlone(close));
    const trim = delim === TRIMMED;
    if (trim) this.pos += TRIM_MARKER_LENGTH;
    this.pos += RIGHT_DELIM.length;
    if (trim) this.pos = this.spaceRunFrom(this.pos);
    this.start = this.pos;
    return undefined;
  }

  private lexRightDelim(): Item {
    const trim = this.atRightDelim() === TRIMMED;
    if (trim) {
      this.pos += TRIM_MARKER_LENGTH;
      this.start = this.pos;
    }
    this.pos += RIGHT_DELIM.length;
    const item = this.item('rightDelim');
    if (trim) this.pos = this.spaceRunFrom(this.pos);
    this.start = this.pos;
    this.insideAction = false;
    return item;
  }

  private lexInsideAction(): Item {
    if (this.atRightDelim() !== NO_DELIM) {
      if (this.openParens.length === 0) return this.lexRightDelim();
      return this.fail(say.unclosedParen(this.openParens[this.openParens.length - 1]));
    }
    const at = this.pos;
    const rune = this.nextRune();
    switch (rune) {
      case -1:
        return this.fail(say.unclosedAction(this.actionStart));
      case SPACE: case TAB: case CR: case LF:
        this.pos = at;
        return this.lexSpace();
      case 0x3d: // =
        return this.item('assign');
      case 0x3a: // :
        if (this.nextRune() !== 0x3d) return this.fail(say.expectedDeclare(at));
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
        if (this.openParens.pop() === undefined) return this.fail(say.unexpectedRightParen(at));
        return this.item('rightParen');
    }
    if (rune === DOT && this.pos < this.input.length && !(this.code() >= 48 && this.code() <= 57)) {
      return this.lexFieldOrVariable('field');
    }
    if (rune === DOT || rune === 0x2b || rune === MINUS || (rune >= 48 && rune <= 57)) {
      this.pos = at;
      return this.lexNumber();
    }
    if (isAlphaNumeric(rune)) {
      this.pos = at;
      return this.lexIdentifier();
    }
    if (rune >= 0x20 && rune < 0x7f) return this.item('char');
    return this.fail(say.unrecognizedCharacter(at, rune));
  }

  /** A run of spaces, stopping before the space of a ` -}}`. */
  private lexSpace(): Item {
    const end = this.spaceRunFrom(this.pos);
    const spaces = end - this.pos;
    this.pos = end;
    if (this.hasRightTrimMarker(end - 1) && this.input.startsWith(RIGHT_DELIM, end - 1 + TRIM_MARKER_LENGTH)) {
      this.pos--;
      if (spaces === 1) return this.lexRightDelim();
    }
    return this.item('space');
  }

  private lexIdentifier(): Item {
    while (isAlphaNumeric(this.peekRune())) this.nextRune();
    if (!this.atTerminator()) return this.fail(say.badCharacter(this.pos, this.peekRune(), this.start, this.input));
    const word = this.input.slice(this.start, this.pos);
    const keyword = KEYWORDS.get(word);
    if (keyword) return this.item(keyword);
    return this.item(word === 'true' || word === 'false' ? 'bool' : 'identifier');
  }

  /** After `.` or `$`: a field or variable name, or `.` or `$` alone. */
  private lexFieldOrVariable(type: 'field' | 'variable'): Item {
    if (this.atTerminator()) return this.item(type === 'variable' ? 'variable' : 'dot');
    while (isAlphaNumeric(this.peekRune())) this.nextRune();
    if (!this.atTerminator()) return this.fail(say.badCharacter(this.pos, this.peekRune(), this.start, this.input));
    return this.item(type);
  }

  /** What may follow a name: a space, `.`, `,`, `|`, `:`, `(`, `)`, `}}` or the end. */
  private atTerminator(): boolean {
    if (this.pos >= this.input.length) return true;
    const code = this.code();
    if (isSpace(code) || code === DOT || code === 0x2c || code === 0x7c || code === 0x3a || code === 0x29 || code === 0x28) return true;
    return this.input.startsWith(RIGHT_DELIM, this.pos);
  }

  /** A `'…'` character constant; the parser checks what is inside. */
  private lexChar(): Item {
    return this.lexQuoted(0x27, say.unterminatedChar);
  }

  private lexQuote(): Item {
    return this.lexQuoted(0x22, say.unterminatedString);
  }

  private lexQuoted(quote: number, unterminated: (start: number, atNewline: boolean) => TemplateProblem): Item {
    for (;;) {
      let rune = this.nextRune();
      if (rune === 0x5c) {
        rune = this.nextRune();
        if (rune !== -1 && rune !== LF) continue;
      }
      if (rune === -1 || rune === LF) return this.fail(unterminated(this.start, rune === LF));
      if (rune === quote) return this.item(quote === 0x22 ? 'string' : 'charConstant');
    }
  }

  private lexRawQuote(): Item {
    const close = this.input.indexOf('`', this.pos);
    if (close < 0) return this.fail(say.unterminatedRawString(this.start));
    this.pos = close + 1;
    return this.item('rawString');
  }

  /**
   * A number as Go's lexer sees one; it lets through some that strconv refuses (`089`),
   * which the parser then reports.
   */
  private lexNumber(): Item {
    if (!this.scanNumber()) return this.fail(say.badNumber(this.start, this.pos, this.input));
    const sign = this.code();
    if (sign === 0x2b || sign === MINUS) {
      // A complex number, `1+2i`: no spaces, and it ends in `i`.
      if (!this.scanNumber() || this.input[this.pos - 1] !== 'i') return this.fail(say.badNumber(this.start, this.pos, this.input));
      return this.item('complex');
    }
    return this.item('number');
  }

  private scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    this.accept('i');
    if (isAlphaNumeric(this.peekRune())) {
      this.nextRune();
      return false;
    }
    return true;
  }
}
