import type { PromqlFunction } from './functions.js';
import type { TokenType } from './lexer.js';
import type { PromqlProblem, ValueType } from './types.js';

/**
 * The syntax tree, shaped like Prometheus's `promql/parser/ast.go`. Every node carries its
 * offsets and its value type; `type` is undefined when an earlier problem (an unknown function,
 * a range on something that is not a selector) leaves it unknowable, so that one mistake is
 * reported once rather than again by every expression around it.
 */
interface Base {
  start: number;
  end: number;
  type: ValueType | undefined;
}

export interface NumberNode extends Base {
  kind: 'number';
  value: number;
}

export interface StringNode extends Base {
  kind: 'string';
  /** The string once its quotes and escapes are read. */
  value: string;
}

export type MatchOperator = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  op: MatchOperator;
  /** The value once its quotes and escapes are read. */
  value: string;
  /** Whether the matcher accepts a series without this label; computed only when needed. */
  matchesEmpty: () => boolean;
}

/** Offset and `@` modifiers, kept where Prometheus keeps them (on the selector or subquery). */
export interface Modifiers {
  offset: boolean;
  at: boolean;
}

export interface SelectorNode extends Base, Modifiers {
  kind: 'selector';
  /** The metric name written before the braces, if any. */
  name: string | undefined;
  matchers: Matcher[];
  /** "Selects every series" problem, withdrawn when the selector is `info`'s label filter. */
  emptyProblem?: PromqlProblem;
}

export interface MatrixNode extends Base {
  kind: 'matrix';
  inner: Node;
}

export interface SubqueryNode extends Base, Modifiers {
  kind: 'subquery';
  inner: Node;
}

export interface CallNode extends Base {
  kind: 'call';
  name: string;
  nameEnd: number;
  fn: PromqlFunction | undefined;
  args: Node[];
}

export interface AggregateNode extends Base {
  kind: 'aggregate';
  op: TokenType;
  opText: string;
  param: Node | undefined;
  expr: Node | undefined;
  grouping: Grouping | undefined;
}

/** `by (...)` or `without (...)` of an aggregation. */
export interface Grouping {
  without: boolean;
  labels: Label[];
}

export interface ParenNode extends Base {
  kind: 'paren';
  inner: Node;
}

export interface UnaryNode extends Base {
  kind: 'unary';
  inner: Node;
}

export interface BinaryNode extends Base {
  kind: 'binary';
  op: TokenType;
  opText: string;
  lhs: Node;
  rhs: Node;
  modifiers: BinaryModifiers;
}

export interface Label {
  name: string;
  start: number;
  end: number;
}

export interface BinaryModifiers {
  /** From the operator to the last modifier: where operator problems are shown. */
  start: number;
  end: number;
  bool: boolean;
  /** `on(...)` or `ignoring(...)`, with `on` true for the former. */
  matching: { on: boolean; labels: Label[] } | undefined;
  group: { side: 'left' | 'right'; labels: Label[] } | undefined;
  /** Whether a `fill`, `fill_left` or `fill_right` modifier is given. */
  fill: boolean;
}

export type Node =
  | NumberNode
  | StringNode
  | SelectorNode
  | MatrixNode
  | SubqueryNode
  | CallNode
  | AggregateNode
  | ParenNode
  | UnaryNode
  | BinaryNode;
