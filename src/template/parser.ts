import { charConstantError, numberError, unquote } from './go-literals.js';
import { Lexer, type Item, type ItemType } from './lexer.js';
import * as say from './messages.js';
import type { TemplateProblem } from './messages.js';
import { ALERT_VARIABLES, FUNCTIONS } from './names.js';

/**
 * A port of Go's text/template/parse/parse.go, in the state Prometheus's rulefmt runs it:
 * Prometheus's functions defined, `$labels`, `$externalLabels`, `$externalURL` and `$value`
 * declared by the text it puts before the template, and comments dropped. It builds no tree:
 * it keeps only what decides whether Go refuses the template, and where.
 */

/** A PromQL string literal given to `query`, as offsets of its content and its value. */
export interface TemplateQuery {
  start: number;
  end: number;
  expr: string;
}

export interface ParseResult {
  problem?: TemplateProblem;
  queries: TemplateQuery[];
}

export function parseTemplate(text: string): ParseResult {
  const parser = new Parser(text);
  try {
    parser.parse();
    return { queries: parser.queries };
  } catch (error) {
    if (error instanceof Refusal) return { problem: error.problem, queries: [] };
    throw error;
  }
}

/** Thrown to stop at the first error, as Go's parser panics. */
class Refusal {
  constructor(readonly problem: TemplateProblem) {}
}

function refuse(problem: TemplateProblem): never {
  throw new Refusal(problem);
}

/** What ends an item list. */
interface ListEnd {
  type: 'end' | 'else';
  keyword: Item;
}

/** What an item list or action amounts to, for the caller's bookkeeping. */
type Node = ListEnd | { type: 'text'; token: Item } | { type: 'other' };

const OTHER: Node = { type: 'other' };

/** An operand, as far as its type matters: a literal cannot be piped into, nor have fields. */
interface Operand {
  type: 'identifier' | 'dot' | 'nil' | 'variable' | 'field' | 'bool' | 'number' | 'string' | 'pipeline' | 'chain';
  start: number;
  end: number;
  /** The value of a string literal. */
  value?: string;
}

const ALERT_TREE_VARIABLES = ['$', ...ALERT_VARIABLES.keys()];

const NOT_EXECUTABLE = new Set<Operand['type']>(['bool', 'dot', 'nil', 'number', 'string']);

const OPERAND_STARTS = new Set<ItemType>([
  'bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen',
]);

/**
 * Blocks and brackets nested deeper than this are not checked. The parser recurses, and a
 * thread's stack runs out some thousands of levels down (sooner on the main thread than in a
 * worker), so the limit is explicit and far below that: the answer is the same on every thread.
 */
export const MAX_NESTING = 500;

/** Go's maxPipelineCmds. */
const MAX_PIPELINE_COMMANDS = 100_000;

/**
 * What belongs to one template tree. `{{define}}` and `{{block}}` bodies are trees of their
 * own, seeing only `$`: not the variables around them, not even Prometheus's.
 */
interface Tree {
  kind: 'alert' | 'define' | 'block';
  vars: string[];
  rangeDepth: number;
  /** The tree this one is written in, for messages about what it cannot see. */
  enclosing?: Tree;
}

/** The control contexts Go names in its messages. */
export type Context =
  | 'input' | 'command' | 'operand' | 'if' | 'range' | 'with' | 'else' | 'end' | 'parenthesized pipeline'
  | 'define clause' | 'block clause' | 'template clause' | '{{break}}' | '{{continue}}'
  // Go says `define clause` and so on for the name too; these tell the name apart.
  | 'define name' | 'block name' | 'template name';

class Parser {
  readonly queries: TemplateQuery[] = [];
  private readonly lex: Lexer;
  /** Go's three-token lookahead. */
  private readonly token: Item[] = [];
  private peekCount = 0;
  /** How many blocks and brackets are open around the current token. */
  private depth = 0;
  private tree: Tree = { kind: 'alert', vars: ALERT_TREE_VARIABLES.slice(), rangeDepth: 0 };
  /** Template names defined so far, and whether each has content (Go's IsEmptyTree, negated). */
  private readonly definitions = new Map<string, boolean>();
  /** The keywords of the controls awaiting `{{end}}`, innermost last. */
  private readonly open: Item[] = [];
  /** Variables that went out of scope, and the keyword of the block they were declared in. */
  private readonly outOfScope = new Map<string, Item>();
  /** The `{{` of the action being parsed. */
  private action: Item = { type: 'leftDelim', start: 0, end: 0 };

  constructor(private readonly text: string) {
    this.lex = new Lexer(text);
  }

  private show(item: { start: number; end: number }): string {
    return this.text.slice(item.start, item.end);
  }

  // Token buffer, as in Go.

  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount];
  }

  private backup(): void {
    this.peekCount++;
  }

  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }

  private nextNonSpace(): Item {
    let token: Item;
    do token = this.next();
    while (token.type === 'space');
    return token;
  }

  private peekNonSpace(): Item {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  private expect(expected: ItemType, context: Context): Item {
    const token = this.nextNonSpace();
    if (token.type !== expected) this.unexpected(token, context);
    return token;
  }

  private unexpected(token: Item, context: Context, previous?: Operand): never {
    if (token.problem) refuse(token.problem);
    refuse(say.unexpected(this.text, token, context, this.open[this.open.length - 1], previous && this.show(previous)));
  }

  // Grammar.

  /** The top level: text and actions to the end, `{{define}}` allowed. */
  parse(): void {
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
      if (node.type === 'end' || node.type === 'else') refuse(say.unmatched(node.keyword, node.type));
    }
  }

  private parseDefinition(keyword: Item): void {
    const name = this.nextNonSpace();
    if (name.type !== 'string' && name.type !== 'rawString') this.unexpected(name, 'define name');
    const value = this.literal(name);
    this.expect('rightDelim', 'define clause');
    const body = this.body('define', keyword);
    this.add(value, body, name);
  }

  /** The body of a `{{define}}` or `{{block}}`, a tree of its own; whether it has content. */
  private body(kind: Tree['kind'], keyword: Item): boolean {
    const outer = this.tree;
    this.tree = { kind, vars: ['$'], rangeDepth: 0, enclosing: outer };
    this.open.push(keyword);
    const { end, content } = this.itemList();
    if (end.type !== 'end') refuse(say.unmatched(end.keyword, 'else'));
    this.open.pop();
    this.tree = outer;
    return content;
  }

  /** Go's Tree.add: a second definition of a name is refused when both have content. */
  private add(name: string, content: boolean, nameToken: Item): void {
    if (this.definitions.get(name) === true && content) refuse(say.definedTwice(nameToken, name, this.show(nameToken)));
    if (this.definitions.get(name) !== true) this.definitions.set(name, content);
  }

  /** Text and actions up to `{{end}}` or `{{else}}`; whether any has content (Go's IsEmptyTree, negated). */
  private itemList(): { end: ListEnd; content: boolean } {
    let content = false;
    while (this.peekNonSpace().type !== 'eof') {
      const node = this.textOrAction();
      if (node.type === 'other') content = true;
      else if (node.type === 'text') content ||= !BLANK.test(this.show(node.token));
      else return { end: node, content };
    }
    refuse(say.neverClosed(this.text, this.open[this.open.length - 1]));
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    if (token.type === 'text') return { type: 'text', token };
    if (token.type === 'leftDelim') {
      this.action = token;
      return this.parseAction();
    }
    this.unexpected(token, 'input');
  }

  private parseAction(): Node {
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

  private loopControl(keyword: Item): Node {
    const context = keyword.type === 'break' ? '{{break}}' : '{{continue}}';
    const token = this.nextNonSpace();
    if (token.type !== 'rightDelim') this.unexpected(token, context);
    if (this.tree.rangeDepth === 0) refuse(say.outsideRange(keyword, this.show(keyword)));
    return OTHER;
  }

  /**
   * `{{if}}`, `{{range}}`, `{{with}}` up to their `{{end}}`. `chainHead` is the keyword that
   * started an `{{if}} … {{else if}}` chain, which one `{{end}}` closes.
   */
  private control(context: 'if' | 'range' | 'with', keyword: Item, chainHead: Item): Node {
    return this.nested(keyword, () => this.controlBody(context, keyword, chainHead));
  }

  /** Runs `parse` one level deeper, refusing to go past `MAX_NESTING`. */
  private nested<T>(token: Item, parse: () => T): T {
    if (++this.depth > MAX_NESTING) refuse(say.tooDeep(token, MAX_NESTING));
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private controlBody(context: 'if' | 'range' | 'with', keyword: Item, chainHead: Item): Node {
    const varCount = this.tree.vars.length;
    this.pipeline(context, 'rightDelim', keyword);
    this.open.push(chainHead);
    if (context === 'range') this.tree.rangeDepth++;
    let { end } = this.itemList();
    if (context === 'range') this.tree.rangeDepth--;
    if (end.type === 'else') {
      // `{{else if}}` and `{{else with}}` (Go 1.23) continue the chain: the `if` or `with`
      // is the next token, and its `{{end}}` ends this control too.
      const next = this.peek();
      if ((context === 'if' && next.type === 'if') || (context === 'with' && next.type === 'with')) {
        this.next();
        this.control(context, next, chainHead);
      } else {
        ({ end } = this.itemList());
        if (end.type !== 'end') refuse(say.secondElse(end.keyword, context));
      }
    }
    this.open.pop();
    this.popVars(varCount, keyword);
    return OTHER;
  }

  private elseControl(keyword: Item): Node {
    const next = this.peekNonSpace();
    if (next.type !== 'if' && next.type !== 'with') this.expect('rightDelim', 'else');
    return { type: 'else', keyword };
  }

  private blockControl(keyword: Item): Node {
    const nameToken = this.nextNonSpace();
    const name = this.templateName(nameToken, 'block name');
    this.pipeline('block clause', 'rightDelim', keyword);
    const content = this.nested(keyword, () => this.body('block', keyword));
    this.add(name, content, nameToken);
    return OTHER;
  }

  private templateControl(): Node {
    this.templateName(this.nextNonSpace(), 'template name');
    if (this.nextNonSpace().type !== 'rightDelim') {
      this.backup();
      this.pipeline('template clause', 'rightDelim', this.action);
    }
    return OTHER;
  }

  private templateName(token: Item, context: Context): string {
    if (token.type !== 'string' && token.type !== 'rawString') this.unexpected(token, context);
    return this.literal(token);
  }

  /**
   * Declarations, then commands separated by `|`, up to `end`. `owner` is what an empty
   * pipeline is blamed on: the keyword, the `{{` or the `(`. Returns the closing token.
   */
  private pipeline(context: Context, end: 'rightDelim' | 'rightParen', owner: Item): Item {
    let declarations = 0;
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      this.next();
      // Space is a token, so in `$x foo` Go reads three tokens ahead to tell a declaration
      // from a variable used as an argument.
      const afterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        this.nextNonSpace();
        declarations++;
        this.tree.vars.push(this.show(v));
      } else if (next.type === 'char' && this.show(next) === ',') {
        this.nextNonSpace();
        declarations++;
        this.tree.vars.push(this.show(v));
        if (context === 'range' && declarations < 2) {
          const second = this.peekNonSpace();
          if (second.type === 'variable' || second.type === 'rightDelim' || second.type === 'rightParen') continue;
          refuse(say.rangeNeedsVariables(second, this.show(second)));
        }
        refuse(say.tooManyDeclarations(next, context));
      } else if (afterVariable.type === 'space') {
        this.backup3(v, afterVariable);
      } else {
        this.backup2(v);
      }
      break;
    }
    const commands: Operand[] = [];
    for (;;) {
      const token = this.nextNonSpace();
      if (token.type === end) {
        if (commands.length === 0) refuse(say.missingValue(context, owner, token, declarations > 0, this.text));
        // Only the first command may be a literal: later ones receive the piped value.
        for (let i = 1; i < commands.length; i++) {
          if (NOT_EXECUTABLE.has(commands[i].type)) refuse(say.notExecutable(commands[i], this.show(commands[i])));
        }
        return token;
      }
      if (!OPERAND_STARTS.has(token.type)) this.unexpected(token, context);
      this.backup();
      commands.push(this.command());
      if (commands.length > MAX_PIPELINE_COMMANDS) refuse(say.pipelineTooLong(owner));
    }
  }

  /** Space-separated operands up to `|`, `)` or `}}`; returns the first. */
  private command(): Operand {
    const args: Operand[] = [];
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) args.push(operand);
      const token = this.next();
      if (token.type === 'space') continue;
      if (token.type === 'rightDelim' || token.type === 'rightParen') this.backup();
      else if (token.type !== 'pipe') this.unexpected(token, 'operand', args[args.length - 1]);
      break;
    }
    // Go also refuses a command without operands, which cannot happen: a command is only
    // started at a token that begins an operand.
    const [first, second] = args;
    if (first.type === 'identifier' && this.show(first) === 'query' && second?.type === 'string') {
      this.queries.push({ start: second.start + 1, end: second.end - 1, expr: second.value! });
    }
    return first;
  }

  /** A term and the fields after it, as in `(…).a.b`. */
  private operand(): Operand | undefined {
    const term = this.term();
    if (!term || this.peek().type !== 'field') return term;
    const first = this.peek();
    let last = first;
    while (this.peek().type === 'field') last = this.next();
    if (term.type === 'field' || term.type === 'variable') return { ...term, end: last.end };
    if (NOT_EXECUTABLE.has(term.type)) refuse(say.fieldOfLiteral(first, last, this.show(term), this.show({ start: first.start, end: last.end })));
    return { type: 'chain', start: term.start, end: last.end };
  }

  private term(): Operand | undefined {
    const token = this.nextNonSpace();
    const { start, end } = token;
    switch (token.type) {
      case 'identifier':
        if (!FUNCTIONS.has(this.show(token))) refuse(say.undefinedFunction(token, this.show(token), this.text));
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
        const error = charConstantError(this.show(token));
        if (error) refuse(say.badCharConstant(token, this.show(token), error));
        return { type: 'number', start, end };
      }
      case 'number':
      case 'complex': {
        const error = numberError(this.show(token), token.type === 'complex');
        if (error) refuse(say.badNumberValue(token, this.show(token), error));
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
  private literal(token: Item): string {
    const result = unquote(this.show(token));
    if ('badEscape' in result) {
      const { start, end } = result.badEscape;
      refuse(say.badEscape(token.start + start, token.start + end, this.text));
    }
    return result.value;
  }

  private useVar(token: Item): void {
    const name = this.show(token);
    if (this.tree.vars.includes(name)) return;
    let outside = false;
    for (let tree = this.tree.enclosing; tree && !outside; tree = tree.enclosing) outside = tree.vars.includes(name);
    refuse(say.undefinedVariable(token, name, {
      inScope: this.tree.vars,
      tree: this.tree.kind,
      outside,
      endedIn: this.outOfScope.get(name),
      text: this.text,
    }));
  }

  /** Ends the scope of the variables declared in a control, at its `{{end}}`. */
  private popVars(count: number, keyword: Item): void {
    for (const name of this.tree.vars.splice(count)) this.outOfScope.set(name, keyword);
  }
}

/** Go's bytes.TrimSpace leaves nothing: Unicode White_Space only. */
const BLANK = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;
