/**
 * Go's `regexp` (RE2 syntax) seen through a JavaScript `RegExp`: a narrow seam until a real
 * RE2 validator replaces it. The pattern is walked once, Go's syntax errors are reported
 * (look-arounds, back-references, bad escapes, repeat counts over 1000, ...), and what Go and
 * JavaScript spell differently is rewritten (`\z`, `\Q…\E`, `(?P<name>`, POSIX classes, `\pL`,
 * Go's ASCII-only `\s`, a `{` that is not a repeat). Case-insensitivity set by `(?i)` anywhere
 * applies to the whole pattern: an approximation for matching, not for validity.
 */

/** Why Go would refuse `source` as a regular expression, or undefined when it compiles. */
export function isValidGoRegexp(source: string): string | undefined {
  const result = translate(source);
  return 'error' in result ? result.error : undefined;
}

/** The regexp Alertmanager builds for a matcher value (`^(?:value)$`), or undefined when invalid. */
export function compileAnchoredGoRegexp(source: string): RegExp | undefined {
  const result = translate(source);
  if ('error' in result) return undefined;
  return new RegExp(`^(?:${result.pattern})$`, result.foldCase ? 'iu' : 'u');
}

type Translation = { pattern: string; foldCase: boolean } | { error: string };

interface Flags {
  dotAll: boolean;
  multiLine: boolean;
  ungreedy: boolean;
}

const GENERAL_CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
);

/** Go's POSIX classes, as code point ranges. */
const POSIX: Record<string, [number, number][]> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0, 0x7f]],
  blank: [[0x09, 0x09], [0x20, 0x20]],
  cntrl: [[0, 0x1f], [0x7f, 0x7f]],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x09, 0x0d], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};

/** Go's `\s` is ASCII only, unlike JavaScript's. */
const GO_SPACE: [number, number][] = [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]];
const PERL_CLASSES: Record<string, string> = { d: '\\d', D: '\\D', w: '\\w', W: '\\W', s: ranges(GO_SPACE), S: ranges(complement(GO_SPACE)) };

class GoSyntaxError extends Error {}

function translate(source: string): Translation {
  try {
    return new Translator(source).run();
  } catch (error) {
    if (error instanceof GoSyntaxError) return { error: error.message };
    throw error;
  }
}

class Translator {
  private at = 0;
  private out = '';
  private foldCase = false;
  private flags: Flags = { dotAll: false, multiLine: false, ungreedy: false };
  /** Each open group: the flags to restore when it closes, and where it starts in `out`. */
  private readonly groups: { flags: Flags; start: number }[] = [];
  /** Where the last atom starts in `out`; -1 when there is nothing to repeat. */
  private atomStart = -1;
  /** JavaScript cannot repeat an assertion (`^*` is fine in Go), so one is wrapped first. */
  private atomIsAssertion = false;
  private lastWasRepeat = false;
  private readonly names = new Set<string>();

  constructor(private readonly src: string) {}

  run(): Translation {
    while (this.at < this.src.length) this.step();
    if (this.groups.length > 0) throw new GoSyntaxError(`missing closing ): \`${this.src}\``);
    const pattern = this.out;
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      // Anything the walk let through that JavaScript still refuses: report rather than crash.
      return { error: (error as Error).message };
    }
    return { pattern, foldCase: this.foldCase };
  }

  private step(): void {
    const ch = this.peekChar();
    switch (ch) {
      case '(':
        return this.openGroup();
      case ')': {
        const group = this.groups.pop();
        if (!group) throw new GoSyntaxError(`unexpected ): \`${this.src}\``);
        this.flags = group.flags;
        this.at++;
        this.out += ')';
        this.atomStart = group.start;
        this.atomIsAssertion = false;
        this.lastWasRepeat = false;
        return;
      }
      case '|':
        this.at++;
        this.out += '|';
        this.atomStart = -1;
        this.lastWasRepeat = false;
        return;
      case '*':
      case '+':
      case '?':
        this.at++;
        return this.repeat(ch);
      case '{': {
        const repeat = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
        if (!repeat) return this.literal(this.takeChar());
        const min = Number(repeat[1]);
        const max = repeat[2] === undefined ? min : repeat[3] === '' ? -1 : Number(repeat[3]);
        if (min > 1000 || max > 1000 || (max >= 0 && min > max)) throw new GoSyntaxError(`invalid repeat count: \`${repeat[0]}\``);
        this.at += repeat[0].length;
        return this.repeat(repeat[0]);
      }
      case '[':
        return this.atom(this.characterClass());
      case '.':
        this.at++;
        return this.atom(this.flags.dotAll ? '[^]' : '[^\\n]');
      case '^':
        this.at++;
        return this.assertion(this.flags.multiLine ? '(?:^|(?<=\\n))' : '^');
      case '$':
        this.at++;
        return this.assertion(this.flags.multiLine ? '(?:$|(?=\\n))' : '$');
      case '\\':
        return this.escape();
      default:
        return this.literal(this.takeChar());
    }
  }

  private openGroup(): void {
    const rest = this.src.slice(this.at);
    const named = /^\(\?P?<([^>]*)>/.exec(rest);
    if (named) {
      const name = named[1];
      if (!/^\w+$/.test(name)) throw new GoSyntaxError(`invalid named capture: \`${named[0]}\``);
      if (this.names.has(name)) throw new GoSyntaxError(`duplicate capture group name: \`${named[0]}\``);
      this.names.add(name);
      return this.pushGroup(named[0].length, '(');
    }
    if (!rest.startsWith('(?')) return this.pushGroup(1, '(');
    // Flags: (?i) (?s-m) (?i:re). Anything else after `(?` is Perl syntax Go does not support.
    const flagGroup = /^\(\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
    if (!flagGroup || (flagGroup[2] === '' && flagGroup[0].includes('-'))) {
      throw new GoSyntaxError(`invalid or unsupported Perl syntax: \`${rest.slice(0, 3)}\``);
    }
    const flags = { ...this.flags };
    const set = (letters: string, on: boolean): void => {
      for (const letter of letters) {
        if (letter === 'i' && on) this.foldCase = true;
        if (letter === 's') flags.dotAll = on;
        if (letter === 'm') flags.multiLine = on;
        if (letter === 'U') flags.ungreedy = on;
      }
    };
    set(flagGroup[1], true);
    set(flagGroup[2] ?? '', false);
    if (flagGroup[3] === ')') {
      // (?flags) changes the rest of the enclosing group.
      this.at += flagGroup[0].length;
      this.flags = flags;
      this.lastWasRepeat = false;
      return;
    }
    this.pushGroup(flagGroup[0].length, '(?:');
    this.flags = flags;
  }

  private pushGroup(length: number, opener: string): void {
    this.groups.push({ flags: this.flags, start: this.out.length });
    this.flags = { ...this.flags };
    this.at += length;
    this.out += opener;
    this.atomStart = -1;
    this.lastWasRepeat = false;
  }

  private repeat(operator: string): void {
    let text = operator;
    let lazy = false;
    if (this.src[this.at] === '?') {
      lazy = true;
      this.at++;
      text += '?';
    }
    if (this.lastWasRepeat) throw new GoSyntaxError(`invalid nested repetition operator: \`${text}\``);
    if (this.atomStart < 0) throw new GoSyntaxError(`missing argument to repetition operator: \`${text}\``);
    if (this.atomIsAssertion) this.out = `${this.out.slice(0, this.atomStart)}(?:${this.out.slice(this.atomStart)})`;
    this.out += operator + (lazy !== this.flags.ungreedy ? '?' : '');
    this.lastWasRepeat = true;
  }

  private atom(text: string, isAssertion = false): void {
    this.atomStart = this.out.length;
    this.atomIsAssertion = isAssertion;
    this.out += text;
    this.lastWasRepeat = false;
  }

  private assertion(text: string): void {
    this.atom(text, true);
  }

  private literal(ch: string): void {
    this.atom(escapeLiteral(ch));
  }

  private escape(): void {
    const next = this.src[this.at + 1];
    if (next === undefined) throw new GoSyntaxError('trailing backslash at end of expression');
    if (next === 'Q') {
      const end = this.src.indexOf('\\E', this.at + 2);
      const quoted = this.src.slice(this.at + 2, end < 0 ? undefined : end);
      this.at = end < 0 ? this.src.length : end + 2;
      for (const ch of quoted) this.literal(ch);
      return;
    }
    const assertions: Record<string, string> = { A: '^', z: '$', b: '\\b', B: '\\B' };
    if (next in assertions) {
      this.at += 2;
      return this.assertion(assertions[next]);
    }
    this.atom(this.escapeInClassOrOut(false));
  }

  /** An escape at `at` (the backslash), as JavaScript; inside a class only what Go allows there. */
  private escapeInClassOrOut(inside: boolean): string {
    const next = this.src[this.at + 1];
    if (next === undefined) throw new GoSyntaxError('trailing backslash at end of expression');
    if (next in PERL_CLASSES) {
      this.at += 2;
      const text = PERL_CLASSES[next];
      return inside && text.startsWith('[') ? text.slice(1, -1) : text;
    }
    if (next === 'p' || next === 'P') return this.unicodeClass(next === 'P');
    const code = this.escapedCodePoint();
    return inside ? escapeInClass(String.fromCodePoint(code)) : escapeLiteral(String.fromCodePoint(code));
  }

  /** A single-character escape (`\n`, `\x41`, `\101`, `\.`): its code point. */
  private escapedCodePoint(): number {
    const rest = this.src.slice(this.at + 1);
    const c = rest[0];
    const controls: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    if (c in controls) {
      this.at += 2;
      return controls[c];
    }
    const octal = /^[0-7]{1,3}/.exec(rest);
    if (octal && (c === '0' || octal[0].length > 1)) {
      // \1-\7 alone would be a back-reference, which Go does not support.
      this.at += 1 + octal[0].length;
      return parseInt(octal[0], 8);
    }
    if (c === 'x') {
      const hex = /^x(?:([0-9A-Fa-f]{2})|\{([0-9A-Fa-f]+)\})/.exec(rest);
      const value = hex ? parseInt(hex[1] ?? hex[2], 16) : NaN;
      if (!hex || value > 0x10ffff) throw new GoSyntaxError(`invalid escape sequence: \`\\${rest.slice(0, 4)}\``);
      this.at += 1 + hex[0].length;
      return value;
    }
    const code = rest.codePointAt(0)!;
    if (code < 0x80 && !/[0-9A-Za-z]/.test(c)) {
      this.at += 2;
      return code;
    }
    throw new GoSyntaxError(`invalid escape sequence: \`\\${String.fromCodePoint(code)}\``);
  }

  private unicodeClass(negated: boolean): string {
    const rest = this.src.slice(this.at + 2);
    const match = /^(?:\{(\^?)([A-Za-z_]+)\}|([A-Za-z]))/.exec(rest);
    if (!match) throw new GoSyntaxError(`invalid character class range: \`\\${this.src.slice(this.at + 1, this.at + 4)}\``);
    this.at += 2 + match[0].length;
    const name = match[2] ?? match[3];
    const negate = negated !== (match[1] === '^');
    const p = negate ? 'P' : 'p';
    const text = name === 'Any' || GENERAL_CATEGORIES.has(name) ? `\\${p}{${name}}` : `\\${p}{Script=${name}}`;
    try {
      new RegExp(text, 'u');
    } catch {
      throw new GoSyntaxError(`invalid character class range: \`\\${negated ? 'P' : 'p'}${match[0]}\``);
    }
    return text;
  }

  private characterClass(): string {
    const start = this.at;
    this.at++;
    let text = '[';
    if (this.src[this.at] === '^') {
      text += '^';
      this.at++;
    }
    let first = true;
    while (first || this.src[this.at] !== ']') {
      if (this.at >= this.src.length) throw new GoSyntaxError(`missing closing ]: \`${this.src.slice(start)}\``);
      first = false;
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.at));
      if (posix) {
        const set = POSIX[posix[2]];
        if (!set) throw new GoSyntaxError(`invalid character class range: \`${posix[0]}\``);
        text += ranges(posix[1] ? complement(set) : set).slice(1, -1);
        this.at += posix[0].length;
        continue;
      }
      if (this.src[this.at] === '\\' && /[dDwWsSpP]/.test(this.src[this.at + 1] ?? '')) {
        text += this.escapeInClassOrOut(true);
        continue;
      }
      const lo = this.classChar(start);
      let hi = lo;
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        this.at++;
        hi = this.classChar(start);
        if (hi < lo) throw new GoSyntaxError(`invalid character class range: \`${String.fromCodePoint(lo)}-${String.fromCodePoint(hi)}\``);
      }
      text += escapeInClass(String.fromCodePoint(lo)) + (hi !== lo ? '-' + escapeInClass(String.fromCodePoint(hi)) : '');
    }
    this.at++;
    return text + ']';
  }

  private classChar(start: number): number {
    if (this.at >= this.src.length) throw new GoSyntaxError(`missing closing ]: \`${this.src.slice(start)}\``);
    if (this.src[this.at] === '\\') return this.escapedCodePoint();
    return this.takeChar().codePointAt(0)!;
  }

  private peekChar(): string {
    return String.fromCodePoint(this.src.codePointAt(this.at)!);
  }

  private takeChar(): string {
    const ch = this.peekChar();
    this.at += ch.length;
    return ch;
  }
}

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}

function escapeInClass(ch: string): string {
  return /[\\\]\[^-]/.test(ch) ? '\\' + ch : ch;
}

function ranges(set: [number, number][]): string {
  const hex = (n: number): string => `\\u{${n.toString(16)}}`;
  return '[' + set.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('') + ']';
}

function complement(set: [number, number][]): [number, number][] {
  const result: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) result.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 0x10ffff) result.push([next, 0x10ffff]);
  return result;
}
