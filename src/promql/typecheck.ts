import type { AggregateNode, BinaryNode, CallNode, Node, SelectorNode, SubqueryNode, UnaryNode } from './ast.js';
import type { PromqlProblem, ValueType } from './types.js';

/**
 * Prometheus's `checkAST` (promql/parser/parse.go), one node at a time: the parser calls these
 * as it completes each node, children first, so no second walk over the tree is needed.
 */

type Report = (start: number, end: number, message: string) => PromqlProblem;

const DESCRIBED: Record<ValueType, string> = {
  scalar: 'a scalar',
  vector: 'an instant vector',
  matrix: 'a range vector',
  string: 'a string',
};

const EXAMPLE: Record<ValueType, string> = {
  scalar: 'such as `0.9`',
  vector: 'such as `foo`',
  matrix: 'such as `foo[5m]`',
  string: 'such as `"le"`',
};

function wanted(type: ValueType): string {
  return `${DESCRIBED[type]} (${EXAMPLE[type]})`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function ordinal(index: number): string {
  return ORDINALS[index] ?? `${index + 1}th`;
}

/** Takes back a problem reported earlier. */
type Withdraw = (problem: PromqlProblem) => void;

export function checkCall(node: CallNode, report: Report, withdraw: Withdraw): void {
  const { fn, args, name } = node;
  if (!fn) return;
  const declared = fn.args.length;
  const variadic = fn.variadic ?? 0;
  const min = variadic === 0 ? declared : declared - 1;
  const max = variadic === 0 ? declared : variadic > 0 ? declared - 1 + variadic : Infinity;
  if (args.length < min || args.length > max) {
    const count = min === max || args.length < min ? min : max;
    const bound = min === max ? '' : args.length < min ? 'at least ' : 'at most ';
    report(node.start, node.end, `\`${name}\` takes ${bound}${count} argument${count === 1 ? '' : 's'}, not ${args.length}.`);
  }
  if (name === 'info' && args.length > 1) checkInfoLabels(node, report, withdraw);
  args.forEach((arg, i) => {
    if (i >= declared && variadic === 0) return;
    const want = fn.args[Math.min(i, declared - 1)];
    if (arg.type === undefined || arg.type === want) return;
    const which = declared === 1 && args.length === 1 ? 'its argument' : `its ${ordinal(i)} argument`;
    report(arg.start, arg.end, `\`${name}\` needs ${wanted(want)} as ${which}, not ${DESCRIBED[arg.type]}.`);
  });
}

/** `info(v, {k="v"})`: the second argument filters info metrics by label only. */
function checkInfoLabels(node: CallNode, report: Report, withdraw: Withdraw): void {
  const labels = node.args[1];
  if (labels.kind !== 'selector') {
    report(labels.start, labels.end, '`info` takes label matchers alone as its second argument, such as `{k8s_cluster_name=~".+"}`.');
  } else if (labels.name !== undefined) {
    report(labels.start, labels.end, `\`info\` takes label matchers alone as its second argument, without the metric name \`${labels.name}\`.`);
  } else if (labels.emptyProblem) {
    // Prometheus lets this filter match every series.
    withdraw(labels.emptyProblem);
  }
}

const PARAM_TYPE: Partial<Record<string, ValueType>> = {
  TOPK: 'scalar',
  BOTTOMK: 'scalar',
  QUANTILE: 'scalar',
  LIMITK: 'scalar',
  LIMIT_RATIO: 'scalar',
  COUNT_VALUES: 'string',
};

export function checkAggregate(node: AggregateNode, report: Report): void {
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

export function binaryType(lhs: Node, rhs: Node): ValueType | undefined {
  if (lhs.type === undefined || rhs.type === undefined) return undefined;
  return lhs.type === 'scalar' && rhs.type === 'scalar' ? 'scalar' : 'vector';
}

export function checkBinary(node: BinaryNode, report: Report): void {
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
      if (on.has(label.name)) report(label.start, label.end, `Label \`${label.name}\` cannot be both in \`on(...)\` and in \`group_${modifiers.group.side}(...)\`.`);
    }
  }
  for (const side of [lhs, rhs]) {
    if (side.type === 'matrix' || side.type === 'string') {
      report(side.start, side.end, `\`${opText}\` works on scalars and instant vectors, not on ${DESCRIBED[side.type]}.`);
    }
  }
  if (lhs.type === undefined || rhs.type === undefined) return;
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

export function checkUnary(node: UnaryNode, report: Report): void {
  const { type } = node.inner;
  if (type === 'matrix' || type === 'string') {
    report(node.start, node.end, `A sign (\`-\` or \`+\`) applies to scalars and instant vectors, not to ${DESCRIBED[type]}.`);
  }
}

export function checkSubquery(node: SubqueryNode, report: Report): void {
  const { type } = node.inner;
  if (type !== undefined && type !== 'vector') {
    report(node.start, node.end, `A subquery (\`[range:step]\`) runs over an instant vector, not over ${DESCRIBED[type]}.`);
  }
}

/**
 * A selector must name its metric or have a matcher that the empty string fails, so that a typo
 * cannot select every series; and the metric name may only be given once.
 */
export function checkSelector(node: SelectorNode, report: Report): void {
  if (node.name !== undefined) {
    const twice = node.matchers.some((m) => m.name === '__name__');
    if (twice) report(node.start, node.end, `The metric name is given twice: \`${node.name}\` before the braces and \`__name__\` inside them.`);
    return;
  }
  if (!node.matchers.some((m) => !m.matchesEmpty())) {
    node.emptyProblem = report(
      node.start,
      node.end,
      'This selector would select every series: give a metric name or a matcher that cannot match an empty value, such as `job=~".+"`.',
    );
  }
}
