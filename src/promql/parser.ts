import type { AggregateNode, BinaryModifiers, CallNode, Grouping, Label, MatchOperator, Matcher, Modifiers, Node, SelectorNode } from './ast.js';
import { durationSummary, type DurationSummary } from './durations.js';
import { FUNCTIONS } from './functions.js';
import { lex, type Token, type TokenType } from './lexer.js';
import { durationValue, numberValue, stringValue, type StringValue } from './literals.js';
import { isParsedAsRegex, regexError, regexMatchesEmpty } from './regex.js';
import { binaryType, checkAggregate, checkBinary, checkCall, checkSelector, checkSubquery, checkUnary } from './typecheck.js';
import type { PromqlOptions, PromqlProblem } from './types.js';

/**
 * PromQL's grammar (Prometheus's `generated_parser.y`) as an operator-precedence parser with
 * explicit stacks instead of recursion: nesting depth costs memory, never call stack, so the
 * answer is the same on any thread and for any input size. It reports the first syntax error,
 * every problem Prometheus finds while parsing (unknown functions, misplaced modifiers, bad
 * durations...) and, through typecheck.ts, every problem of its type checker.
 */

/** Binding strength of binary operators, from `%left`/`%right` of the grammar. */
const PRECEDENCE: Partial<Record<TokenType, number>> = {
  LOR: 1,
  LAND: 2, LUNLESS: 2,
  EQLC: 3, NEQ: 3, LTE: 3, LSS: 3, GTE: 3, GTR: 3, TRIM_UPPER: 3, TRIM_LOWER: 3,
  ADD: 4, SUB: 4,
  MUL: 5, DIV: 5, MOD: 5, ATAN2: 5,
  POW: 6,
};
/** A sign binds like `*` (`-a * b` is `(-a) * b`) but looser than `^` (`-a ^ b` is `-(a ^ b)`). */
const UNARY_PRECEDENCE = 5;

const AGGREGATORS = new Set<TokenType>([
  'AVG', 'BOTTOMK', 'COUNT', 'COUNT_VALUES', 'GROUP', 'MAX', 'MIN', 'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'LIMITK', 'LIMIT_RATIO',
]);
const PARAMETER_AGGREGATORS = new Set<TokenType>(['TOPK', 'BOTTOMK', 'COUNT_VALUES', 'QUANTILE', 'LIMITK', 'LIMIT_RATIO']);
const EXPERIMENTAL_AGGREGATORS = new Set<TokenType>(['LIMITK', 'LIMIT_RATIO']);

/** Keywords that also call functions when `(` follows (`start()`, `step()`, ...). */
const FUNCTION_KEYWORDS = new Set<TokenType>(['START', 'END', 'STEP', 'RANGE', 'MAX_OF', 'MIN_OF']);

/** `metric_identifier` of the grammar: what may name a metric. */
const METRIC_NAMES = new Set<TokenType>([
  'AVG', 'BOTTOMK', 'BY', 'COUNT', 'COUNT_VALUES', 'FILL', 'FILL_LEFT', 'FILL_RIGHT', 'GROUP', 'IDENTIFIER', 'LAND', 'LOR',
  'LUNLESS', 'MAX', 'METRIC_IDENTIFIER', 'MIN', 'OFFSET', 'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'WITHOUT', 'START',
  'END', 'LIMITK', 'LIMIT_RATIO', 'STEP', 'RANGE', 'ANCHORED', 'SMOOTHED', 'MAX_OF', 'MIN_OF',
]);

/** `maybe_label` of the grammar: what may name a label in `by (...)`, `on (...)`, ... */
const LABEL_NAMES = new Set<TokenType>([
  'AVG', 'BOOL', 'BOTTOMK', 'BY', 'COUNT', 'COUNT_VALUES', 'GROUP', 'GROUP_LEFT', 'GROUP_RIGHT', 'FILL', 'FILL_LEFT',
  'FILL_RIGHT', 'IDENTIFIER', 'IGNORING', 'LAND', 'LOR', 'LUNLESS', 'MAX', 'METRIC_IDENTIFIER', 'MIN', 'OFFSET', 'ON',
  'QUANTILE', 'STDDEV', 'STDVAR', 'SUM', 'TOPK', 'START', 'END', 'ATAN2', 'LIMITK', 'LIMIT_RATIO', 'STEP', 'RANGE',
  'ANCHORED', 'SMOOTHED', 'MAX_OF', 'MIN_OF',
]);

const MATCH_OPS: Partial<Record<TokenType, MatchOperator>> = { EQL: '=', NEQ: '!=', EQL_REGEX: '=~', NEQ_REGEX: '!~' };

const LEGACY_LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** 2^63 as a float, the bounds of an `@` timestamp (Go compares against `float64(math.MaxInt64)`). */
const INT64_BOUND = 2 ** 63;

interface Operator {
  token: Token;
  precedence: number;
  /** Undefined for a sign. */
  modifiers?: BinaryModifiers;
}

interface Frame {
  kind: 'root' | 'paren' | 'call' | 'aggregate';
  /** The `(` or, for calls and aggregations, the name. */
  opener: Token;
  operatorBase: number;
  args: Node[];
  grouping?: Grouping & { end: number };
}

interface LabelList {
  labels: Label[];
  end: number;
}

/** Stops the parse at the first syntax error. */
class SyntaxStop extends Error {
  constructor(readonly problem: PromqlProblem) {
    super(problem.message);
  }
}

export function parsePromql(input: string, options: PromqlOptions): PromqlProblem[] {
  return new Parser(input, options, true).run();
}

/**
 * The syntax tree, undefined when the grammar refuses the expression. Built without the RE2
 * engine, so without the checks that need it; the tree is the same.
 */
export function parsePromqlTree(input: string): Node | undefined {
  const parser = new Parser(input, { names: 'utf8' }, false);
  parser.run();
  return parser.tree;
}

class Parser {
  private readonly tokens: Token[];
  private readonly lexError: PromqlProblem | undefined;
  private i = 0;
  private readonly problems: PromqlProblem[] = [];
  private readonly withdrawn = new Set<PromqlProblem>();
  private readonly operands: Node[] = [];
  private readonly operators: Operator[] = [];
  private readonly frames: Frame[] = [];
  /** The whole expression, once the grammar accepts it. */
  tree: Node | undefined;
  private readonly report = (start: number, end: number, message: string): PromqlProblem => {
    const problem = { start, end, message };
    this.problems.push(problem);
    return problem;
  };

  constructor(
    private readonly input: string,
    private readonly options: PromqlOptions,
    /** Whether the RE2 engine is loaded for the checks that need it (regular expressions, selectors that match everything). */
    private readonly regexEngine: boolean,
  ) {
    const lexed = lex(input);
    this.tokens = lexed.tokens;
    this.lexError = lexed.error;
  }

  run(): PromqlProblem[] {
    try {
      this.expression();
      if (this.lexError) this.problems.push(this.lexError);
      else this.tree = this.operands[0];
    } catch (e) {
      if (!(e instanceof SyntaxStop)) throw e;
      this.problems.push(e.problem);
    }
    return this.problems.filter((p) => !this.withdrawn.has(p)).sort((a, b) => a.start - b.start);
  }

  // --- Tokens -------------------------------------------------------------------------------

  /** The token at `offset` from the current one; past the tokens (a lexer error), an EOF there. */
  private peek(offset = 0): Token {
    const token = this.tokens[this.i + offset];
    if (token) return token;
    const at = this.lexError?.start ?? this.input.length;
    return { type: 'EOF', start: at, end: at };
  }

  private take(): Token {
    const token = this.peek();
    this.i++;
    return token;
  }

  private text(token: Token): string {
    return this.input.slice(token.start, token.end);
  }

  private expect(type: TokenType, what: string): Token {
    if (this.peek().type !== type) this.unexpected(this.peek(), what);
    return this.take();
  }

  /** A syntax error at `token`, said as `sentence`. */
  private refuse(token: Token, sentence: string): never {
    if (token.type === 'EOF') this.unexpected(token);
    throw new SyntaxStop({ start: token.start, end: token.end, message: sentence });
  }

  /** A syntax error at `token`; `hint` says what was expected there. */
  private unexpected(token: Token, hint?: string): never {
    if (this.i >= this.tokens.length && this.lexError) throw new SyntaxStop(this.lexError);
    if (token.type === 'EOF') {
      const last = this.tokens[this.i - 1];
      if (!last) throw new SyntaxStop({ start: 0, end: this.input.length, message: 'The expression is empty.' });
      throw new SyntaxStop({ start: last.start, end: last.end, message: 'The expression ends too early: something is missing at the end.' });
    }
    const shown = quote(this.text(token));
    throw new SyntaxStop({ start: token.start, end: token.end, message: hint ? `Unexpected ${shown}: ${hint}.` : `Unexpected ${shown}.` });
  }

  // --- Expressions --------------------------------------------------------------------------

  private expression(): void {
    this.frames.push({ kind: 'root', opener: this.peek(), operatorBase: 0, args: [] });
    let expectOperand = true;
    for (;;) {
      if (expectOperand) {
        expectOperand = !this.operand();
        continue;
      }
      const token = this.peek();
      const precedence = PRECEDENCE[token.type];
      if (precedence !== undefined) {
        this.binaryOperator(precedence);
        expectOperand = true;
        continue;
      }
      switch (token.type) {
        case 'LEFT_BRACKET': this.rangeOrSubquery(); break;
        case 'OFFSET': this.offset(); break;
        case 'AT': this.at(); break;
        case 'ANCHORED':
        case 'SMOOTHED':
          this.take();
          this.report(token.start, token.end, `\`${this.text(token)}\` is experimental: Prometheus refuses it unless started with \`--enable-feature=promql-extended-range-selectors\`.`);
          break;
        case 'COMMA': expectOperand = this.comma(); break;
        case 'RIGHT_PAREN': this.closeFrame(); break;
        case 'EOF':
          if (this.frames.length === 1) {
            this.reduceAll();
            return;
          }
          this.unexpected(token);
          break;
        case 'LEFT_PAREN': this.notAFunction(token); break;
        default: this.unexpected(token);
      }
    }
  }

  /** Reads what starts an operand; true once an operand is complete, false after a sign or an opening `(`. */
  private operand(): boolean {
    const token = this.peek();
    const next = this.peek(1).type;
    switch (token.type) {
      case 'ADD':
      case 'SUB':
        this.take();
        this.operators.push({ token, precedence: UNARY_PRECEDENCE });
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
    if ((token.type === 'IDENTIFIER' || FUNCTION_KEYWORDS.has(token.type)) && next === 'LEFT_PAREN') return this.openCall();
    if (AGGREGATORS.has(token.type) && (next === 'LEFT_PAREN' || next === 'BY' || next === 'WITHOUT')) return this.openAggregate();
    if (METRIC_NAMES.has(token.type)) {
      this.operands.push(this.selector(this.take()));
      return true;
    }
    return this.unexpected(token);
  }

  /** `(` right after an operand: the name before it is not a function (`foo:bar(x)`, `sum:rate(x)`). */
  private notAFunction(paren: Token): never {
    const last = this.operands.at(-1);
    if (last?.kind === 'selector' && last.name !== undefined && last.end === last.start + last.name.length) {
      throw new SyntaxStop({ start: last.start, end: last.end, message: `${quote(last.name)} is not a PromQL function.` });
    }
    return this.unexpected(paren);
  }

  private openCall(): boolean {
    const name = this.take();
    this.take();
    const text = this.text(name);
    const fn = FUNCTIONS.get(text);
    if (!fn) this.report(name.start, name.end, `${quote(text)} is not a PromQL function.`);
    else if (fn.experimental) this.report(name.start, name.end, `\`${text}\` is an experimental function: Prometheus refuses it unless started with \`--enable-feature=promql-experimental-functions\`.`);
    const frame: Frame = { kind: 'call', opener: name, operatorBase: this.operators.length, args: [] };
    if (this.peek().type === 'RIGHT_PAREN') {
      this.operands.push(this.finishCall(frame, this.take().end));
      return true;
    }
    this.frames.push(frame);
    return false;
  }

  private openAggregate(): boolean {
    const op = this.take();
    const grouping = this.peek().type === 'LEFT_PAREN' ? undefined : this.grouping();
    this.expect('LEFT_PAREN', `\`${this.text(op)}\` takes its expression in brackets, as in \`${this.text(op)}(foo)\``);
    const frame: Frame = { kind: 'aggregate', opener: op, operatorBase: this.operators.length, args: [], grouping };
    if (this.peek().type === 'RIGHT_PAREN') {
      this.operands.push(this.finishAggregate(frame, this.take().end));
      return true;
    }
    this.frames.push(frame);
    return false;
  }

  private comma(): boolean {
    const frame = this.frames.at(-1)!;
    if (frame.kind !== 'call' && frame.kind !== 'aggregate') this.unexpected(this.peek());
    this.reduceAll();
    frame.args.push(this.operands.pop()!);
    const comma = this.take();
    if (this.peek().type !== 'RIGHT_PAREN') return true;
    this.report(comma.start, comma.end, 'A trailing `,` is not allowed after the last argument.');
    this.closeFrame(false);
    return false;
  }

  /** `)`: completes the innermost bracket, call or aggregation. */
  private closeFrame(withArgument = true): void {
    const frame = this.frames.at(-1)!;
    if (frame.kind === 'root') this.unexpected(this.peek());
    if (withArgument) {
      this.reduceAll();
      frame.args.push(this.operands.pop()!);
    }
    const end = this.take().end;
    this.frames.pop();
    if (frame.kind === 'paren') {
      const inner = frame.args[0];
      this.operands.push({ kind: 'paren', start: frame.opener.start, end, type: inner.type, inner });
    } else if (frame.kind === 'call') {
      this.operands.push(this.finishCall(frame, end));
    } else {
      this.operands.push(this.finishAggregate(frame, end));
    }
  }

  private finishCall(frame: Frame, end: number): CallNode {
    const name = this.text(frame.opener);
    const fn = FUNCTIONS.get(name);
    const node: CallNode = { kind: 'call', start: frame.opener.start, end, nameEnd: frame.opener.end, type: fn?.returns, name, fn, args: frame.args };
    checkCall(node, this.report, (problem) => this.withdrawn.add(problem));
    return node;
  }

  private finishAggregate(frame: Frame, end: number): AggregateNode {
    const op = frame.opener;
    const opText = this.text(op);
    let grouping = frame.grouping;
    if (!grouping && (this.peek().type === 'BY' || this.peek().type === 'WITHOUT')) grouping = this.grouping();
    const node: AggregateNode = {
      kind: 'aggregate', start: op.start, end: grouping && grouping.end > end ? grouping.end : end, type: 'vector', op: op.type, opText, param: undefined, expr: undefined,
      grouping: grouping && { without: grouping.without, labels: grouping.labels },
    };
    const { args } = frame;
    if (EXPERIMENTAL_AGGREGATORS.has(op.type)) {
      this.report(op.start, op.end, `\`${opText}\` is experimental: Prometheus refuses it unless started with \`--enable-feature=promql-experimental-functions\`.`);
      // Refused as a whole, so not checked further; the tree keeps its arguments all the same.
      if (args.length === 2) [node.param, node.expr] = args;
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

  private binaryOperator(precedence: number): void {
    const token = this.take();
    const modifiers = this.binaryModifiers(token);
    this.reduce(precedence, token.type === 'POW');
    this.operators.push({ token, precedence, modifiers });
  }

  private binaryModifiers(op: Token): BinaryModifiers {
    const modifiers: BinaryModifiers = { start: op.start, end: op.end, bool: false, matching: undefined, group: undefined, fill: false };
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
        if (included) modifiers.end = included.end;
        modifiers.group = { side: group === 'GROUP_LEFT' ? 'left' : 'right', labels: included?.labels ?? [] };
      }
    } else if (matching === 'GROUP_LEFT' || matching === 'GROUP_RIGHT') {
      const word = this.text(this.peek());
      this.refuse(this.peek(), `\`${word}\` needs \`on(...)\` or \`ignoring(...)\` before it, as in \`on(job) ${word}\`.`);
    }
    modifiers.fill = this.fillModifiers();
    return modifiers;
  }

  /** `fill(v)`, `fill_left(v)`, `fill_right(v)`: parsed, then refused as experimental; true when there are any. */
  private fillModifiers(): boolean {
    const first = this.peek();
    if (first.type !== 'FILL' && first.type !== 'FILL_LEFT' && first.type !== 'FILL_RIGHT') return false;
    const seen: TokenType[] = [];
    let end = first.end;
    while (this.peek().type === 'FILL' || this.peek().type === 'FILL_LEFT' || this.peek().type === 'FILL_RIGHT') {
      const kind = this.peek().type;
      // Only `fill`, one side, or both sides once each.
      if (seen.includes('FILL') || seen.includes(kind) || (kind === 'FILL' && seen.length)) this.unexpected(this.peek());
      seen.push(kind);
      this.take();
      this.expect('LEFT_PAREN', 'a fill value goes in brackets, as in `fill(0)`');
      if (this.peek().type === 'ADD' || this.peek().type === 'SUB') this.take();
      const value = this.peek();
      if (value.type !== 'NUMBER' && value.type !== 'DURATION') this.unexpected(value, 'a fill value is a number, as in `fill(0)`');
      this.literalValue(this.take());
      end = this.expect('RIGHT_PAREN', 'a fill value is a single number, as in `fill(0)`').end;
    }
    this.report(first.start, end, '`fill` modifiers are experimental: Prometheus refuses them unless started with `--enable-feature=promql-binop-fill-modifiers`.');
    return true;
  }

  /** Applies the operators that bind tighter than one of `precedence` about to be pushed. */
  private reduce(precedence: number, rightAssociative: boolean): void {
    const base = this.frames.at(-1)!.operatorBase;
    while (this.operators.length > base) {
      const top = this.operators.at(-1)!;
      const binds = top.modifiers ? top.precedence > precedence || (top.precedence === precedence && !rightAssociative) : precedence <= UNARY_PRECEDENCE;
      if (!binds) return;
      this.apply(this.operators.pop()!);
    }
  }

  private reduceAll(): void {
    const base = this.frames.at(-1)!.operatorBase;
    while (this.operators.length > base) this.apply(this.operators.pop()!);
  }

  private apply(operator: Operator): void {
    const { token, modifiers } = operator;
    const rhs = this.operands.pop()!;
    if (!modifiers) {
      if (rhs.kind === 'number') {
        // A signed number is one literal, as in Prometheus.
        if (token.type === 'SUB') rhs.value = -rhs.value;
        rhs.start = token.start;
        this.operands.push(rhs);
        return;
      }
      const node: Node = { kind: 'unary', start: token.start, end: rhs.end, type: rhs.type, inner: rhs };
      checkUnary(node, this.report);
      this.operands.push(node);
      return;
    }
    const lhs = this.operands.pop()!;
    const node: Node = {
      kind: 'binary', start: lhs.start, end: rhs.end, type: binaryType(lhs, rhs), op: token.type, opText: this.text(token), lhs, rhs, modifiers,
    };
    checkBinary(node, this.report);
    this.operands.push(node);
  }

  // --- Grouping labels ----------------------------------------------------------------------

  /** `by (...)` or `without (...)` of an aggregation. */
  private grouping(): Grouping & { end: number } {
    const keyword = this.take();
    return { without: keyword.type === 'WITHOUT', ...this.groupingLabels(keyword) };
  }

  /** `(label, ...)` after `keyword` (by, without, on, ignoring), or after group_left/right when undefined. */
  private groupingLabels(keyword: Token | undefined): LabelList {
    if (keyword && this.peek().type !== 'LEFT_PAREN') {
      const word = this.text(keyword);
      this.refuse(this.peek(), `\`${word}\` takes a list of labels in brackets, such as \`${word} (job)\`.`);
    }
    this.take();
    const labels: Label[] = [];
    for (;;) {
      const token = this.peek();
      if (token.type === 'RIGHT_PAREN') return { labels, end: this.take().end };
      if (token.type === 'STRING') {
        this.take();
        labels.push({ name: this.quotedName(token, 'label'), start: token.start, end: token.end });
      } else if (LABEL_NAMES.has(token.type)) {
        this.take();
        const name = this.text(token);
        if (this.options.names === 'legacy' && !LEGACY_LABEL.test(name)) this.legacyName(token, name, 'label');
        labels.push({ name, start: token.start, end: token.end });
      } else {
        this.unexpected(token, 'a label name was expected');
      }
      if (this.peek().type === 'COMMA') this.take();
      else if (this.peek().type !== 'RIGHT_PAREN') this.unexpected(this.peek(), 'labels are separated by `,`');
    }
  }

  // --- Selectors ----------------------------------------------------------------------------

  /** `name`, `name{...}` or `{...}`; `nameToken` has been taken. */
  private selector(nameToken: Token | undefined): SelectorNode {
    const name = nameToken && this.text(nameToken);
    const node: SelectorNode = {
      kind: 'selector', start: nameToken?.start ?? this.peek().start, end: nameToken?.end ?? 0, type: 'vector', name, matchers: [], offset: false, at: false,
    };
    if (this.peek().type === 'LEFT_BRACE') {
      this.take();
      node.end = this.labelMatchers(node.matchers);
    }
    if (this.regexEngine) checkSelector(node, this.report);
    return node;
  }

  /** The matchers after `{`, up to and including `}`; returns the end of `}`. */
  private labelMatchers(matchers: Matcher[]): number {
    for (;;) {
      const token = this.take();
      if (token.type === 'RIGHT_BRACE') return token.end;
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
      } else if (token.type === 'STRING') {
        // `{"metric.name"}`: the metric name on its own, quoted.
        const metric = this.quotedName(token, 'metric');
        matchers.push({ name: '__name__', op: '=', value: metric, matchesEmpty: () => metric === '' });
      } else {
        this.refuse(token, `\`${this.text(token)}\` needs an operator and a quoted value, as in \`${this.text(token)}="value"\`.`);
      }
      const after = this.peek().type;
      if (after === 'COMMA') this.take();
      else if (after !== 'RIGHT_BRACE') this.unexpected(this.peek(), 'label matchers are separated by `,`');
    }
  }

  private matcher(name: string, opType: TokenType, valueToken: Token): Matcher {
    const { value, utf8 } = this.stringLiteral(valueToken);
    const op = MATCH_OPS[opType]!;
    if (op === '=' || op === '!=') return { name, op, value, matchesEmpty: () => (value === '') === (op === '=') };
    const matcher: Matcher = { name, op, value, matchesEmpty: () => regexMatchesEmpty(value) === (op === '=~') };
    if (!this.regexEngine) return matcher;
    // A regular expression Prometheus refuses yields no matcher: it cannot make the selector empty.
    const refused = { ...matcher, matchesEmpty: () => false };
    if (!utf8 && isParsedAsRegex(value)) {
      this.report(valueToken.start, valueToken.end, `The regular expression ${quote(this.text(valueToken))} is not valid UTF-8 once its escapes are read.`);
      return refused;
    }
    const error = regexError(value);
    if (error) {
      this.report(valueToken.start, valueToken.end, `${quote(value)} is not a valid regular expression for Prometheus: ${error}.`);
      return refused;
    }
    return matcher;
  }

  /** A quoted metric or label name; with legacy names, refused unless it is a legacy name. */
  private quotedName(token: Token, what: 'metric' | 'label'): string {
    const { value } = this.stringLiteral(token);
    if (what === 'label' && value === '') this.report(token.start, token.end, 'A label name cannot be empty.');
    else if (this.options.names === 'legacy' && !(what === 'metric' ? LEGACY_METRIC : LEGACY_LABEL).test(value)) this.legacyName(token, value, what);
    return value;
  }

  private legacyName(token: Token, name: string, what: 'metric' | 'label'): void {
    const allowed = what === 'metric' ? '[a-zA-Z_:][a-zA-Z0-9_:]*' : '[a-zA-Z_][a-zA-Z0-9_]*';
    this.report(token.start, token.end, `${quote(name)} is not a valid ${what} name under legacy name validation, which allows \`${allowed}\` only.`);
  }

  private stringLiteral(token: Token): StringValue {
    return stringValue(this.text(token));
  }

  // --- Literals -----------------------------------------------------------------------------

  /** The value of a NUMBER or DURATION token in seconds; undefined, reported, where Go refuses it. */
  private literalValue(token: Token): number | undefined {
    const text = this.text(token);
    if (token.type === 'NUMBER') {
      const value = numberValue(text);
      if (value === undefined) this.report(token.start, token.end, `${quote(text)} is not a number Prometheus can read (too large, or malformed).`);
      return value;
    }
    const duration = durationValue(text);
    if ('seconds' in duration) return duration.seconds;
    this.report(token.start, token.end, duration.error);
    return undefined;
  }

  // --- Postfix modifiers --------------------------------------------------------------------

  /** `[range]` or `[range:step]` after the last operand. */
  private rangeOrSubquery(): void {
    const open = this.take();
    const range = this.positiveDuration('range');
    const target = this.operands.pop()!;
    if (this.peek().type === 'RIGHT_BRACKET') {
      const close = this.take();
      this.operands.push({ kind: 'matrix', start: target.start, end: close.end, type: this.rangeTarget(target, open.start, close.end) ? 'matrix' : undefined, inner: target });
      return;
    }
    if (this.peek().type !== 'COLON') this.unexpected(this.peek(), range.start === range.end ? 'a range takes a duration, as in `[5m]`' : 'a range ends with `]`, a subquery has `:` and a step, as in `[1h:5m]`');
    this.take();
    if (this.peek().type !== 'RIGHT_BRACKET') this.positiveDuration('step');
    const close = this.expect('RIGHT_BRACKET', 'a subquery ends with `]`, as in `[1h:5m]`');
    const node: Node = { kind: 'subquery', start: target.start, end: close.end, type: 'matrix', inner: target, offset: false, at: false };
    checkSubquery(node, this.report);
    this.operands.push(node);
  }

  /** Whether a range may follow `target` (a plain selector); reports why not. */
  private rangeTarget(target: Node, start: number, end: number): boolean {
    if (target.kind !== 'selector') {
      if (target.type !== undefined) {
        this.report(start, end, 'A range (`[5m]`) only follows a metric selector such as `foo`; to range over an expression use a subquery, such as `[5m:1m]`.');
      }
      return false;
    }
    if (target.offset) this.report(start, end, 'The range must come before `offset`, as in `foo[5m] offset 1h`.');
    else if (target.at) this.report(start, end, 'The range must come before `@`, as in `foo[5m] @ 1700000000`.');
    return true;
  }

  /** A range or step duration; a plain number or duration there must be above zero. */
  private positiveDuration(what: 'range' | 'step'): DurationSummary {
    const summary = this.durationExpression(false);
    if (summary.literal !== undefined && summary.literal <= 0) {
      this.report(summary.start, summary.end, `The ${what} ${quote(this.input.slice(summary.start, summary.end))} must be greater than 0.`);
    }
    return summary;
  }

  private durationExpression(offset: boolean): DurationSummary {
    const summary = durationSummary(this.tokens, this.i, offset, (token) => this.literalValue(token), this.report);
    if (summary.syntaxError !== undefined) {
      this.i = summary.syntaxError;
      this.unexpected(this.peek(), offset ? 'an offset takes a duration, as in `offset 5m`' : 'a range takes a duration, as in `[5m]`');
    }
    this.i = summary.next;
    return summary;
  }

  private offset(): void {
    const keyword = this.take();
    const duration = this.durationExpression(true);
    const holder = this.modifierHolder('offset', keyword.start, duration.end);
    if (!holder) return;
    if (holder.offset) this.report(keyword.start, duration.end, '`offset` is given twice for the same selector.');
    // Like Prometheus, an offset of zero counts as none.
    if (duration.literal !== 0) holder.offset = true;
  }

  private at(): void {
    const at = this.take();
    let end: number;
    const token = this.peek();
    if (token.type === 'START' || token.type === 'END') {
      this.take();
      this.expect('LEFT_PAREN', '`@ start()` and `@ end()` take empty brackets');
      end = this.expect('RIGHT_PAREN', '`@ start()` and `@ end()` take empty brackets').end;
    } else {
      const sign = token.type === 'ADD' || token.type === 'SUB' ? this.take() : undefined;
      const number = this.peek();
      if (number.type !== 'NUMBER' && number.type !== 'DURATION') this.unexpected(number, '`@` takes a Unix timestamp, `start()` or `end()`');
      this.take();
      const value = this.literalValue(number);
      end = number.end;
      const signed = value === undefined ? 0 : sign?.type === 'SUB' ? -value : value;
      if (!Number.isFinite(signed) || signed >= INT64_BOUND || signed <= -INT64_BOUND) {
        this.report(at.start, end, `The timestamp ${quote(this.input.slice((sign ?? number).start, end))} is out of range for \`@\`.`);
      }
    }
    const holder = this.modifierHolder('@', at.start, end);
    if (!holder) return;
    if (holder.at) this.report(at.start, end, '`@` is given twice for the same selector.');
    holder.at = true;
  }

  /**
   * Where an offset or `@` modifier is kept: the selector (also that of a range) or the
   * subquery it follows. Anything else is reported; the modifier's text extends the node.
   */
  private modifierHolder(what: string, start: number, end: number): Modifiers | undefined {
    const target = this.operands.at(-1)!;
    const holder = target.kind === 'matrix' ? target.inner : target;
    if (target.kind === 'matrix' && target.type === undefined) return undefined;
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
function quote(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return shown.includes('`') ? `\`\` ${shown} \`\`` : `\`${shown}\``;
}
