import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/** A path into a document's data: map keys and sequence indexes, as in a JSON pointer. */
export type Path = readonly (string | number)[];

/** Source offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** What a path points at: the value (default) or the key that holds it. */
export type Target = 'value' | 'key';

/** Decodes an ajv `instancePath` (a JSON pointer) into path segments. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface Found {
  node: Node | null;
  key: Node | null;
  /** The deepest collection the walk reached; used when the path goes past what exists. */
  container: Node;
}

/**
 * The one place that turns a data path into a source span. Follows aliases and `<<` merge
 * keys, so a value inherited through a merge points at where it is written. A path that
 * goes past what exists points at the deepest node that does (for a missing key: the
 * mapping that lacks it).
 */
export function locate(doc: Document, text: string, path: Path, target: Target = 'value'): Span {
  const found = walk(doc, path);
  const node = target === 'key' ? (found.key ?? found.node) : (found.node ?? found.key);
  return spanOf(node ?? found.container, text);
}

function walk(doc: Document, path: Path): Found {
  let node = deref(doc, doc.contents as Node | null);
  let key: Node | null = null;
  let container = node as Node;
  for (const segment of path) {
    if (node === null) break;
    container = node;
    if (isMap(node)) {
      const pair = findPair(doc, node.items as Pair[], String(segment), 0);
      if (!pair) return { node: null, key: null, container };
      key = pair.key as Node;
      node = deref(doc, pair.value as Node | null);
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item === undefined) return { node: null, key: null, container };
      key = null;
      node = deref(doc, item);
    } else {
      return { node: null, key: null, container };
    }
  }
  return { node, key, container };
}

const MAX_MERGE_DEPTH = 10;

function findPair(doc: Document, items: Pair[], name: string, depth: number): Pair | undefined {
  for (const pair of items) {
    if (isScalar(pair.key) && String(pair.key.value) === name) return pair;
  }
  if (depth >= MAX_MERGE_DEPTH) return undefined;
  // Own keys win over merged ones, so merges are searched only after.
  for (const pair of items) {
    if (!isMergeKey(pair.key)) continue;
    const sources = deref(doc, pair.value as Node | null);
    const maps = isSeq(sources) ? sources.items.map((i) => deref(doc, i as Node)) : [sources];
    for (const source of maps) {
      if (isMap(source)) {
        const inherited = findPair(doc, source.items as Pair[], name, depth + 1);
        if (inherited) return inherited;
      }
    }
  }
  return undefined;
}

/** With `merge: true`, yaml gives a merge key the value Symbol(<<) and keeps `<<` as its source. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && (key as { source?: string }).source === '<<';
}

function deref(doc: Document, node: Node | null): Node | null {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < MAX_MERGE_DEPTH; hops++) {
    current = (current.resolve(doc) as Node | undefined) ?? null;
  }
  return current;
}

/** A scalar's whole span; a collection's first line only, so a finding lands on one line. */
export function spanOf(node: Node | null, text: string): Span {
  const range = node?.range;
  if (!range) return { start: 0, end: 0 };
  const [start, valueEnd] = range;
  if (isScalar(node) || isAlias(node)) return { start, end: Math.max(valueEnd, start) };
  const lineEnd = text.indexOf('\n', start);
  const firstLineEnd = lineEnd === -1 ? text.length : lineEnd;
  return { start, end: Math.max(start, Math.min(valueEnd, firstLineEnd)) };
}

/**
 * Maps an offset inside a scalar's value to its source offset, for errors inside a string
 * (a PromQL expression in a `|` or `>` block, or quoted). Folding and indentation change
 * only blanks, so the n-th non-blank character of the value is the n-th of the source
 * (counting a quoting escape as one character).
 */
export function scalarValueOffset(doc: Document, text: string, path: Path, valueOffset: number): number | undefined {
  const { node } = walk(doc, path);
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const value = node.value;
  const [start, end] = node.range;
  const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
  const target = Math.min(valueOffset, value.length);
  let wanted = 0;
  for (let v = 0; v < target; v++) if (!isBlank(value[v])) wanted++;
  let s = contentStart(text, start, node.type);
  for (let seen = 0; seen < wanted && s < end; s++) {
    if (isBlank(text[s])) continue;
    if (quote === '"' && text[s] === '\\') s++;
    else if (quote === "'" && text[s] === "'" && text[s + 1] === "'") s++;
    seen++;
  }
  if (target < value.length && !isBlank(value[target])) {
    while (s < end && isBlank(text[s])) s++;
  }
  return s;
}

function contentStart(text: string, start: number, type: string | undefined): number {
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const newline = text.indexOf('\n', start);
    return newline === -1 ? text.length : newline + 1;
  }
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return start + 1;
  return start;
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}
