import { parser } from '@grafana/lezer-logql';
import type { SyntaxNode, Tree } from '@lezer/common';
import { stringEnd } from './lexical.js';
import type { LogqlProblem } from './types.js';

/**
 * LogQL parsed with Grafana's lezer grammar (`@grafana/lezer-logql`), which follows Loki's
 * `syntax.y`. Where the two differ in what they accept, Loki decides: the forms lezer lacks
 * are read here by blanking what it cannot place (and checking that part on its own), and the
 * forms lezer accepts but Loki refuses are left to `validate.ts`.
 */

export interface Parsed {
  tree: Tree;
  /** The text lezer parsed: the input, with the parts it cannot place blanked (same length). */
  text: string;
  /** Durations lezer never saw because their `offset` was blanked; Loki reads them all the same. */
  blankedOffsets: BlankedOffset[];
  /** The first syntax error, as Loki would refuse the text; undefined when it parses. */
  error?: LogqlProblem;
  /** Whether lezer hit one of its hard-coded limits, so its errors say nothing about the text. */
  tooLarge: boolean;
}

/**
 * lezer gives up on a production after this many reductions at the same start (a long
 * `a + a + ...` chain or pipeline), and cuts its stack at this depth (deep nesting): past
 * either, it reports errors in valid text. From `@lezer/lr` (`Rec.MaxLeftAssociativeReductionCount`
 * and `Rec.CutDepth`).
 */
const MAX_SAME_START_REDUCTIONS = 300;
const MAX_STACK_DEPTH = 8400;

/** The fields of lezer's `Parse` this module watches; they are not in its public types. */
interface ParseInternals {
  advance(): Tree | null;
  bigReductionCount: number;
  stacks: { stack: number[] }[];
}

export interface BlankedOffset {
  start: number;
  end: number;
  duration: string;
}

export function parseLogql(input: string): Parsed {
  let text = input;
  const blankedOffsets: BlankedOffset[] = [];
  // Each round blanks every form lezer lacks that its recovery shows; what it recovers from
  // after them may show more, hence the rounds.
  for (let round = 0; ; round++) {
    const { tree, tooLarge } = runLezer(text);
    const errors = errorNodes(tree);
    if (errors.length === 0) return { tree, text, blankedOffsets, tooLarge };
    const gaps = tooLarge || round === MAX_ROUNDS ? [] : errors.map((error) => lezerGap(error, text));
    if (gaps[0] === undefined) return { tree, text, blankedOffsets, tooLarge, error: syntaxProblem(errors[0], text) };
    for (const gap of gaps) {
      if (!gap) continue;
      for (const span of gap.blank) text = text.slice(0, span.start) + (span.with ?? ' '.repeat(span.end - span.start)) + text.slice(span.end);
      if (gap.offset) blankedOffsets.push({ ...gap.offset, duration: input.slice(gap.offset.start, gap.offset.end) });
    }
  }
}

const MAX_ROUNDS = 5;

function runLezer(text: string): { tree: Tree; tooLarge: boolean } {
  const parse = parser.startParse(text) as unknown as ParseInternals;
  let tooLarge = false;
  for (;;) {
    if (parse.bigReductionCount > MAX_SAME_START_REDUCTIONS && parse.stacks.length === 1) tooLarge = true;
    if (parse.stacks.some((s) => s.stack.length >= MAX_STACK_DEPTH)) tooLarge = true;
    const tree = parse.advance();
    if (tree) return { tree, tooLarge };
  }
}

/** The error nodes, outermost only, that Loki would also see as errors (lezer marks some valid forms). */
function errorNodes(tree: Tree): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  tree.iterate({
    enter(ref) {
      if (!ref.type.isError) return;
      if (!isJuxtaposedLabelFilters(ref.node)) found.push(ref.node);
      return false;
    },
  });
  return found;
}

/**
 * `| a="x" b="y"`: Loki's grammar joins label filters written side by side with `and`; lezer's
 * lacks that rule, recovers by inserting the missing `,`, and builds the same tree.
 */
function isJuxtaposedLabelFilters(error: SyntaxNode): boolean {
  return error.from === error.to && error.parent?.name === 'LabelFilter' && error.prevSibling?.name === 'LabelFilter' && error.nextSibling?.name === 'LabelFilter';
}

interface Gap {
  /** Spans to blank, or to replace by `with` (of the same length). */
  blank: { start: number; end: number; with?: string }[];
  offset?: { start: number; end: number };
}

/**
 * Forms that Loki's grammar has and lezer's lacks: label filters side by side, and two forms
 * of a range with `unwrap`:
 * `{...} | json | unwrap x [5m] offset 1h` (an offset after a pipeline and unwrap) and
 * `({...} | json | unwrap x)[5m]` (a pipeline and unwrap in brackets). The offset is blanked
 * (its duration is checked on its own), and so are the brackets: what remains is a form lezer
 * reads, with the same parts.
 */
function lezerGap(error: SyntaxNode, text: string): Gap | undefined {
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
      if (rest?.start === duration.end) duration = { start: duration.start, end: rest.end };
    }
    if (duration) return { blank: [{ start: error.from, end: duration.end }], offset: duration };
  }
  const inBrackets = error.parent;
  if (
    inBrackets?.name === 'LogRangeExpr' &&
    previous?.name === 'UnwrapExpr' &&
    error.nextSibling?.name === 'Range' &&
    error.to - error.from === 1 &&
    inBrackets.parent?.name === 'LogRangeExpr' &&
    inBrackets.parent.from === inBrackets.from - 1
  ) {
    return { blank: [{ start: inBrackets.parent.from, end: inBrackets.from }, { start: error.from, end: error.to }] };
  }
  return undefined;
}

function endsWithUnwrapRange(node: SyntaxNode): boolean {
  const range = node.name === 'Range' ? node : node.name === 'LogRangeExpr' ? node.lastChild : null;
  return range?.name === 'Range' && range.prevSibling?.name === 'UnwrapExpr';
}

const RANGE_FUNCTIONS = /^(count_over_time|rate|rate_counter|bytes_over_time|bytes_rate|avg_over_time|sum_over_time|min_over_time|max_over_time|stdvar_over_time|stddev_over_time|quantile_over_time|first_over_time|last_over_time|absent_over_time)$/i;

/** Words that call something when `(` follows: function names, aggregations, `vector`, `label_replace`. */
const KNOWN_CALLS = /^(sum|avg|count|max|min|stddev|stdvar|bottomk|topk|approx_topk|sort|sort_desc|vector|label_replace|ip|bytes|duration|duration_seconds)$/i;

/** A syntax error said as Loki's parser would find it, at the token where the text goes wrong. */
function syntaxProblem(error: SyntaxNode, text: string): LogqlProblem {
  const token = tokenAt(text, error.from);
  if (!token) {
    const last = lastToken(text);
    if (!last) return { start: 0, end: text.length, message: 'The expression is empty.' };
    return { ...last, message: 'The expression ends too early: something is missing at the end.' };
  }
  const word = text.slice(token.start, token.end);
  const parent = error.parent;
  if (parent?.name === 'Selector' && !parent.getChild('Matchers')) {
    return { start: parent.from, end: parent.to, message: 'A stream selector needs at least one label matcher, such as `{app="api"}`.' };
  }
  if (/^[\p{L}_][\p{L}\p{N}_:]*$/u.test(word) && /^\s*\(/.test(text.slice(token.end)) && !RANGE_FUNCTIONS.test(word) && !KNOWN_CALLS.test(word)) {
    return { ...token, message: `${code(word)} is not a LogQL function.` };
  }
  const range = rangeAggregationAround(error);
  if (range && word === ')' && error.parent?.name === 'LogRangeExpr') {
    const name = text.slice(range.from, range.firstChild?.to ?? range.from);
    return { ...token, message: `${code(name)} needs a range after its log query, as in ${code(`${name}({app="api"}[5m])`)}.` };
  }
  return { ...token, message: `Unexpected ${code(word)}.` };
}

function rangeAggregationAround(node: SyntaxNode): SyntaxNode | undefined {
  for (let n: SyntaxNode | null = node.parent; n; n = n.parent) {
    if (n.name === 'RangeAggregationExpr') return n;
    if (n.name !== 'LogRangeExpr') return undefined;
  }
  return undefined;
}

interface Span {
  start: number;
  end: number;
}

const TOKEN = /[\p{L}_][\p{L}\p{N}_:]*|\d[\w.µ]*|\.\d[\w.]*|--[a-z-]+|[|!=][=~>]|[<>=]=|\S/uy;

/** The token starting at or after `from` (whitespace and `#` comments skipped). */
function tokenAt(text: string, from: number): Span | undefined {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text[i] !== '#') break;
    const newline = text.indexOf('\n', i);
    i = newline === -1 ? text.length : newline;
  }
  if (i >= text.length) return undefined;
  if (text[i] === '"' || text[i] === '`') return { start: i, end: stringEnd(text, i) ?? text.length };
  TOKEN.lastIndex = i;
  const match = TOKEN.exec(text)!;
  return { start: i, end: i + match[0].length };
}

function lastToken(text: string): Span | undefined {
  let last: Span | undefined;
  for (let token = tokenAt(text, 0); token; token = tokenAt(text, token.end)) last = token;
  return last;
}

/** Code in backticks; long text is shortened. */
export function code(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return shown.includes('`') ? `\`\` ${shown} \`\`` : `\`${shown}\``;
}
