import type { SyntaxNode, Tree } from '@lezer/common';
import { regexError, regexMatchesEmpty } from '../promql/regex.js';
import { unquote } from '../template/go-literals.js';
import { goInt, isGoFloat, isLokiDuration, patternError } from './literals.js';
import { regexpParserError } from './regex.js';
import { code, type BlankedOffset } from './syntax.js';
import type { LogqlProblem } from './types.js';

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

export function validateLogql(tree: Tree, text: string, blankedOffsets: readonly BlankedOffset[]): LogqlProblem[] {
  const problems: LogqlProblem[] = [];
  const report = (node: { from: number; to: number }, message: string) => problems.push({ start: node.from, end: node.to, message });
  const source = (node: { from: number; to: number }) => text.slice(node.from, node.to);

  for (const offset of blankedOffsets) {
    if (!isLokiDuration(offset.duration)) report({ from: offset.start, to: offset.end }, durationMessage(offset.duration));
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
          if (node.parent?.name !== 'Range' && !isLokiDuration(source(node))) report(node, durationMessage(source(node)));
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

  function checkString(node: SyntaxNode): void {
    const result = unquote(source(node));
    if ('badEscape' in result) {
      const { start, end } = result.badEscape;
      report({ from: node.from + start, to: node.from + end }, `${code(text.slice(node.from + start, node.from + end))} is not a valid escape sequence in a string: use \`\\\\\` for a backslash, or a raw string in backticks.`);
    }
  }

  function checkName(node: SyntaxNode): void {
    const name = source(node);
    if (name.includes(':')) report(node, `${code(name)} is not a valid name in LogQL: Loki reads names of letters, digits and \`_\` only.`);
    else if (LOKI_KEYWORDS.has(name.toLowerCase())) report(node, `${code(name)} is a LogQL keyword, so Loki does not read it as a name.`);
  }

  function stringValue(node: SyntaxNode | null): string | undefined {
    if (!node) return undefined;
    const result = unquote(source(node));
    return 'value' in result ? result.value : undefined;
  }

  /** `validateMatchers`: a selector needs a matcher that cannot match an empty value, or it reads every stream. */
  function checkSelector(node: SyntaxNode): void {
    const matchers = matchersOf(node.getChild('Matchers'));
    if (matchers.length === 0) return;
    const selects = matchers.some((matcher) => {
      const value = stringValue(matcher.getChild('String'));
      if (value === undefined) return true;
      if (matcher.getChild('Eq')) return value !== '';
      if (matcher.getChild('Neq')) return value === '';
      if (regexError(value) !== undefined) return true;
      return matcher.getChild('Re') ? !regexMatchesEmpty(value) : regexMatchesEmpty(value);
    });
    if (!selects) {
      report(node, `${code(source(node))} would select every stream: Loki needs at least one matcher that cannot match an empty value, such as \`app="api"\` or \`app=~".+"\`.`);
    }
  }

  function checkRegexMatcher(node: SyntaxNode): void {
    if (!node.getChild('Re') && !node.getChild('Nre')) return;
    const string = node.getChild('String');
    const value = stringValue(string);
    if (!string || value === undefined) return;
    const error = regexError(value);
    if (error) report(string, `${code(value)} is not a valid regular expression: ${error}.`);
  }

  function checkNumber(node: SyntaxNode): void {
    const parent = node.parent?.name;
    // Aggregation parameters are checked with their aggregation.
    if (parent === 'RangeAggregationExpr' || parent === 'VectorAggregationExpr') return;
    if (!isGoFloat(source(node))) report(node, `${code(source(node))} is not a number Loki reads: write a decimal number, such as \`16\` or \`0.5\`.`);
  }

  function checkLabelParser(node: SyntaxNode): void {
    const string = node.getChild('String');
    const value = stringValue(string);
    if (!string || value === undefined) return;
    if (node.getChild('Regexp')) {
      const error = regexpParserError(value);
      if (error) report(string, `The \`regexp\` parser's expression ${code(value)} is not valid: ${error}.`);
    } else if (node.getChild('Pattern')) {
      const error = patternError(value);
      if (error) report(string, `The \`pattern\` parser's expression ${code(value)} is not valid: ${error}.`);
    }
  }

  function checkRangeAggregation(node: SyntaxNode): void {
    const opNode = node.getChild('RangeOp')!;
    const op = source(opNode).toLowerCase();
    const parameter = node.getChild('Number');
    if (parameter && op !== 'quantile_over_time') {
      report(parameter, `${code(op)} takes no parameter, only a log range such as \`${op}({app="api"}[5m])\`.`);
    } else if (parameter && !isGoFloat(source(parameter))) {
      report(parameter, `${code(source(parameter))} is not a number Loki reads: \`quantile_over_time\` takes a quantile such as \`0.99\`.`);
    } else if (!parameter && op === 'quantile_over_time') {
      report(opNode, '`quantile_over_time` needs the quantile as its first parameter, as in `quantile_over_time(0.99, {app="api"} | unwrap latency [5m])`.');
    }
    const grouping = node.getChild('Grouping');
    if (grouping && !TAKE_GROUPING.has(op)) {
      report(grouping, `${code(op)} takes no \`by\` or \`without\`: group around it instead, as in \`sum by (app) (${op}(...))\`.`);
    }
    const unwrap = unwrapOf(node.getChild('LogRangeExpr'));
    if (unwrap && !TAKE_UNWRAP.has(op)) {
      report(unwrap, `${code(op)} does not take \`unwrap\`: it counts log lines or bytes; aggregate an unwrapped value with \`sum_over_time\`, \`avg_over_time\`, ... instead.`);
    } else if (!unwrap && !WITHOUT_UNWRAP.has(op)) {
      report(opNode, `${code(op)} aggregates a value taken from the logs: add \`| unwrap <label>\` to its log range, as in \`${op}({app="api"} | logfmt | unwrap duration [5m])\`.`);
    }
  }

  /** The matchers of a selector, in order (the grammar nests `Matchers "," Matcher` to the left). */
  function matchersOf(list: SyntaxNode | null): SyntaxNode[] {
    const found: SyntaxNode[] = [];
    for (let node = list; node; node = node.getChild('Matchers')) found.unshift(...node.getChildren('Matcher'));
    return found;
  }

  function unwrapOf(range: SyntaxNode | null): SyntaxNode | undefined {
    if (!range) return undefined;
    return range.getChild('UnwrapExpr') ?? unwrapOf(range.getChild('LogRangeExpr'));
  }

  function checkVectorAggregation(node: SyntaxNode): void {
    const opNode = node.getChild('VectorOp')!;
    const op = source(opNode).toLowerCase();
    const parameter = node.getChild('Number');
    const grouping = node.getChild('Grouping');
    if (op === 'topk' || op === 'bottomk' || op === 'approx_topk') {
      if (!parameter) {
        report(opNode, `${code(op)} needs the number of series as its first parameter, as in \`${op}(5, ...)\`.`);
      } else {
        const value = goInt(source(parameter));
        if (value === undefined || value <= 0) report(parameter, `${code(op)} needs a whole number greater than 0 as its first parameter, not ${code(source(parameter))}.`);
      }
      if (op === 'approx_topk' && grouping) report(grouping, '`approx_topk` takes no `by` or `without`.');
    } else if (parameter) {
      report(parameter, `${code(op)} takes no parameter, only the expression to aggregate.`);
    }
    if ((op === 'sort' || op === 'sort_desc') && grouping?.getChild('Labels')) {
      report(grouping, `${code(op)} takes no grouping labels: it orders by value, not by labels.`);
    }
  }

  function checkBinaryOperation(node: SyntaxNode): void {
    const [left, right] = node.getChildren('Expr');
    const operator = left?.nextSibling;
    if (!left || !right || !operator) return;
    const symbol = source(operator);
    for (const side of [left, right]) {
      if (side.getChild('LogExpr')) {
        report(side, `${code(symbol)} works on metric queries, and ${code(source(side))} is a log query: count or aggregate it first, as in \`count_over_time(${source(side)}[5m])\`.`);
        return;
      }
    }
    if (!LOGICAL.has(operator.name)) return;
    for (const side of [left, right]) {
      if (isLiteral(side)) report(side, `\`${symbol}\` works on sets of series; ${code(source(side))} is a plain number.`);
    }
  }

  /** Whether an operand is a number once Loki folds constant arithmetic (`(1 + 1)` is `2`). */
  function isLiteral(node: SyntaxNode): boolean {
    const inner = node.getChild('MetricExpr') ?? node;
    if (inner.getChild('LiteralExpr')) return true;
    const nested = inner.getChild('MetricExpr');
    if (nested) return isLiteral(nested);
    const operation = inner.getChild('BinOpExpr');
    if (!operation) return false;
    const [left, right] = operation.getChildren('Expr');
    return left !== undefined && right !== undefined && isLiteral(left) && isLiteral(right);
  }

  function checkLabelReplace(node: SyntaxNode): void {
    const regex = node.getChildren('String')[3];
    const value = stringValue(regex ?? null);
    if (!regex || value === undefined) return;
    const error = regexError(`^(?:${value})$`);
    if (error) report(regex, `${code(value)} is not a valid regular expression for \`label_replace\`: ${error}.`);
  }
}

function durationMessage(duration: string): string {
  return `${code(duration)} is not a duration Loki reads: write a number with a unit, such as \`5m\`, \`1h30m\` or \`250ms\`.`;
}
