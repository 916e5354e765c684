import type { AggregateNode, BinaryModifiers, BinaryNode, CallNode, Label, Matcher, Node } from './ast.js';
import { parsePromqlTree } from './parser.js';
import { isParsedAsRegex } from './regex.js';

/**
 * The labels of an expression's result series as an alert sees them: without `__name__`, which
 * Prometheus drops from alerts and which is therefore never listed. For a label `l`:
 * - `known[l]` is a string: every result series has `l` with this value; `''` means that no
 *   result series has `l` (Prometheus and Alertmanager take an empty label for a missing one);
 * - `known[l]` is undefined: `l` may have any value, or be missing;
 * - `l` is not in `known`: when `open`, as for undefined; otherwise no result series has `l`.
 * A label the expression names (`up{job=~"a|b"}`, `sum by (job)`) is listed even when its value
 * is unknown, so that an open result still shows which labels the expression deals with.
 */
export interface OutputLabels {
  known: Record<string, string | undefined>;
  /** Whether result series may also carry labels not in `known` (a selector's series keep all theirs; `sum by (a)` does not). */
  open: boolean;
}

/**
 * What labels the expression's results carry, following Prometheus's evaluation (`promql/engine.go`,
 * `functions.go`, `info.go`), or undefined when the grammar refuses the expression. Parts that
 * Prometheus would refuse for another reason (an unknown function, a wrong type) may carry
 * anything. Needs no RE2 engine.
 */
export function outputLabels(text: string): OutputLabels | undefined {
  const tree = parsePromqlTree(text);
  if (!tree) return undefined;
  const { known, open } = labelsOf(tree);
  // In a closed result a missing label is already implied by its absence from `known`.
  const entries = [...known].filter(([, value]) => open || value !== '');
  return { known: Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), open };
}

/** `OutputLabels` while it is computed: a map, so that any label name is safe as a key. */
interface LabelSet {
  known: ReadonlyMap<string, string | undefined>;
  open: boolean;
}

const ANYTHING: LabelSet = { known: new Map(), open: true };
const NONE: LabelSet = { known: new Map(), open: false };

/** Not a label of alerts, and not tracked. */
const METRIC_NAME = '__name__';

/** The value every series of `set` has for `name` (`''`: missing), or undefined when not known. */
function valueOf(set: LabelSet, name: string): string | undefined {
  if (name === '') return '';
  return set.known.has(name) ? set.known.get(name) : set.open ? undefined : '';
}

/** The names of a `by (...)`, `on (...)` or `group_left (...)` list, but `__name__`. */
function names(labels: readonly Label[]): string[] {
  return labels.map((l) => l.name).filter((name) => name !== METRIC_NAME);
}

/**
 * The labels of every node, children first, with explicit stacks rather than recursion: like the
 * parser, this must answer for any depth on any thread.
 */
function labelsOf(root: Node): LabelSet {
  const order: Node[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    order.push(node);
    pending.push(...children(node));
  }
  const results = new Map<Node, LabelSet>();
  const of = (node: Node): LabelSet => results.get(node)!;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const set = evaluate(node, of);
    // What the children carry is no longer needed: letting it go keeps memory down on long expressions.
    for (const child of children(node)) results.delete(child);
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

function children(node: Node): Node[] {
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

type Of = (node: Node) => LabelSet;

function evaluate(node: Node, of: Of): LabelSet {
  // A rule turns a scalar into one sample without labels; a string never fires.
  if (node.type === 'scalar' || node.type === 'string') return NONE;
  if (node.type === undefined) return ANYTHING;
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
function selectorValues(matchers: readonly Matcher[]): Map<string, string | undefined> {
  const known = new Map<string, string | undefined>();
  for (const matcher of matchers) {
    if (matcher.name === METRIC_NAME) continue;
    // A value fixed by one matcher holds whatever the others say (if they disagree, nothing is selected).
    if (known.get(matcher.name) === undefined) known.set(matcher.name, fixedValue(matcher));
  }
  return known;
}

function fixedValue({ op, value }: Matcher): string | undefined {
  if (op === '=') return value;
  // Without regex syntax, Prometheus compares `a|b` with each alternative as a plain string.
  if (op === '=~' && !isParsedAsRegex(value) && new Set(value.split('|')).size === 1) return value;
  return undefined;
}

// --- Aggregations -----------------------------------------------------------------------------

/** topk, bottomk, limitk and limit_ratio select series and keep their labels. */
const SELECTING = new Set(['TOPK', 'BOTTOMK', 'LIMITK', 'LIMIT_RATIO']);

function aggregateLabels(node: AggregateNode, of: Of): LabelSet {
  if (!node.expr) return ANYTHING;
  const inner = of(node.expr);
  if (SELECTING.has(node.op)) return inner;
  if (node.op !== 'COUNT_VALUES') return grouped(inner, node, []);
  // count_values sets its label to each value counted, then groups by it too (unless `without`).
  const label = node.param && stringArgs([node.param]);
  if (!label) return ANYTHING;
  return grouped(assign(inner, label[0], undefined), node, label);
}

/** `by (...)` keeps the labels listed (none without a grouping); `without (...)` drops them. */
function grouped(set: LabelSet, { grouping }: AggregateNode, alsoKept: string[]): LabelSet {
  if (grouping?.without) return drop(set, names(grouping.labels));
  return keepOnly(set, [...names(grouping?.labels ?? []), ...alsoKept]);
}

function keepOnly(set: LabelSet, kept: readonly string[]): LabelSet {
  return { known: new Map(kept.filter((name) => name !== METRIC_NAME).map((name) => [name, valueOf(set, name)])), open: false };
}

function drop(set: LabelSet, dropped: readonly string[]): LabelSet {
  const known = new Map(set.known);
  for (const name of dropped) known.set(name, '');
  return { known, open: set.open };
}

function assign(set: LabelSet, name: string, value: string | undefined): LabelSet {
  if (name === METRIC_NAME) return set;
  return { known: new Map(set.known).set(name, value), open: set.open };
}

// --- Binary operators -------------------------------------------------------------------------

function binaryLabels(node: BinaryNode, of: Of): LabelSet {
  const { lhs, rhs, modifiers, op } = node;
  // A scalar side leaves the vector's labels as they are.
  if (lhs.type === 'scalar') return of(rhs);
  if (rhs.type === 'scalar') return of(lhs);
  // With a fill value, series without a match on the other side pass too: not followed.
  if (lhs.type !== 'vector' || rhs.type !== 'vector' || modifiers.fill) return ANYTHING;
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
    if (!matching) return result;
    return matching.on ? keepOnly(result, names(matching.labels)) : drop(result, names(matching.labels));
  }
  const [many, one] = group.side === 'left' ? [left, right] : [right, left];
  let result = matched(many, one, modifiers);
  for (const name of names(group.labels)) result = assign(result, name, valueOf(one, name));
  return result;
}

/**
 * The labels of `many`'s series that found a match in `one`: on the matching labels (those of
 * `on(...)`, or all but those of `ignoring(...)`) both sides agree, so what one side fixes holds
 * for the other. If the sides fix different values, nothing matches, and any answer holds.
 */
function matched(many: LabelSet, one: LabelSet, { matching }: BinaryModifiers): LabelSet {
  const known = new Map(many.known);
  const meet = (name: string) => known.set(name, valueOf(many, name) ?? valueOf(one, name));
  if (matching?.on) {
    for (const name of names(matching.labels)) meet(name);
    return { known, open: many.open };
  }
  const ignored = new Set(names(matching?.labels ?? []));
  for (const side of [many, one]) for (const name of side.known.keys()) if (!ignored.has(name)) meet(name);
  if (!many.open || one.open) return { known, open: many.open };
  // `one` has no other labels, so `many`'s matched series neither, but for the ignored ones.
  for (const name of ignored) if (!known.has(name)) known.set(name, undefined);
  return { known, open: false };
}

/** `or`: series of either side. */
function either(left: LabelSet, right: LabelSet): LabelSet {
  const known = new Map<string, string | undefined>();
  for (const side of [left, right]) {
    for (const name of side.known.keys()) {
      const value = valueOf(left, name);
      known.set(name, value === valueOf(right, name) ? value : undefined);
    }
  }
  return { known, open: left.open || right.open };
}

// --- Functions --------------------------------------------------------------------------------

function callLabels({ args, fn, name }: CallNode, of: Of): LabelSet {
  // Most functions compute values and keep the labels of their vector or range argument;
  // without one (`vector(1)`, `hour()`) the result has none.
  const index = fn!.args.findIndex((type) => type === 'vector' || type === 'matrix');
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
      return label?.length === 1 ? assign(drop(source, ['le']), label[0], undefined) : ANYTHING;
    }
    default:
      return source;
  }
}

/** Prometheus unwraps the brackets around a function's arguments before evaluating it. */
function unwrapParens(node: Node | undefined): Node | undefined {
  let inner = node;
  while (inner?.kind === 'paren') inner = inner.inner;
  return inner;
}

/**
 * Prometheus's createLabelsForAbsentFunction: the labels a selector fixes with `=`, in order: a
 * second `=` on a label, or another operator after its `=`, drops it; nothing for any other expression.
 */
function absentLabels(node: Node | undefined): LabelSet {
  if (node?.kind !== 'selector') return NONE;
  const known = new Map<string, string>();
  const seen = new Set<string>();
  for (const { name, op, value } of node.matchers) {
    if (name === METRIC_NAME) continue;
    if (op === '=' && !seen.has(name)) {
      known.set(name, value);
      seen.add(name);
    } else {
      known.delete(name);
    }
  }
  return { known, open: false };
}

/** The values of string arguments (in brackets or not), or undefined when one is not a string literal. */
function stringArgs(args: readonly Node[]): string[] | undefined {
  const values: string[] = [];
  for (const arg of args) {
    const literal = unwrapParens(arg);
    if (literal?.kind !== 'string') return undefined;
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
function labelReplace(args: readonly Node[], of: Of): LabelSet {
  const strings = stringArgs(args.slice(1));
  if (!args[0] || strings?.length !== 4) return ANYTHING;
  const input = of(args[0]);
  const [dst, replacement, src, regex] = strings;
  const source = src === METRIC_NAME ? undefined : valueOf(input, src);
  let matches: boolean | undefined;
  if (MATCHES_ANY.has(regex)) matches = true;
  else if (source !== undefined && !isParsedAsRegex(regex)) matches = regex.split('|').includes(source);
  if (matches === false) return input;
  const replaced = replacement.includes('$') ? undefined : replacement;
  // Where the regex may not match, `dst` keeps its previous value: known only if that is the replacement too.
  const certain = matches === true || replaced === valueOf(input, dst);
  return assign(input, dst, certain ? replaced : undefined);
}

/** `label_join(v, dst, separator, src...)` always sets `dst`: known when every source value is. */
function labelJoin(args: readonly Node[], of: Of): LabelSet {
  const strings = stringArgs(args.slice(1));
  if (!args[0] || !strings || strings.length < 2) return ANYTHING;
  const input = of(args[0]);
  const [dst, separator, ...sources] = strings;
  const values = sources.map((src) => (src === METRIC_NAME ? undefined : valueOf(input, src)));
  const joined = values.every((value) => value !== undefined) ? values.join(separator) : undefined;
  return assign(input, dst, joined);
}

/**
 * `info(v, {...})` adds the labels of matching info series that `v`'s series lack: only those the
 * label filter names, or any when it names none but `__name__`. Labels `v` has keep their value.
 */
function infoLabels(args: readonly Node[], of: Of): LabelSet {
  const filter = args[1];
  if (!args[0] || (filter && filter.kind !== 'selector')) return ANYTHING;
  const input = of(args[0]);
  const added = filter ? filter.matchers.map((m) => m.name).filter((name) => name !== METRIC_NAME) : [];
  const present = (name: string) => {
    const value = valueOf(input, name);
    return value === '' ? undefined : value;
  };
  if (added.length === 0) return { known: new Map([...input.known.keys()].map((name) => [name, present(name)])), open: true };
  const known = new Map(input.known);
  for (const name of added) known.set(name, present(name));
  return { known, open: input.open };
}
