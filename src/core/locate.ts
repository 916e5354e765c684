import type { ScalarStyle, YNode } from '../yaml/tree.js';
import type { LineIndex } from './source.js';

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
  node: YNode | null;
  key: YNode | null;
  /** The deepest collection the walk reached; used when the path goes past what exists. */
  container: YNode;
}

/**
 * The one place that turns a data path into a source span. Merged (`<<`) pairs sit in the
 * tree where they are written, so a value inherited through a merge points there. A path
 * that goes past what exists points at the deepest node that does (for a missing key: the
 * mapping that lacks it).
 */
export function locate(root: YNode, lines: LineIndex, path: Path, target: Target = 'value'): Span {
  const found = walk(root, path);
  const node = target === 'key' ? (found.key ?? found.node) : (found.node ?? found.key);
  return spanOf(node ?? found.container, lines);
}

/** The node at a path, when it exists. */
export function nodeAt(root: YNode, path: Path): YNode | undefined {
  return walk(root, path).node ?? undefined;
}

function walk(root: YNode, path: Path): Found {
  let node: YNode = root;
  let key: YNode | null = null;
  for (const segment of path) {
    if (node.kind === 'map') {
      const name = String(segment);
      const pair = node.pairs.find((p) => String(p.key.value) === name);
      if (!pair) return { node: null, key: null, container: node };
      key = pair.key;
      node = pair.value;
    } else if (node.kind === 'seq') {
      const item = node.items[Number(segment)];
      if (item === undefined) return { node: null, key: null, container: node };
      key = null;
      node = item;
    } else {
      return { node: null, key: null, container: node };
    }
  }
  return { node, key, container: node };
}

/** A scalar's whole span; a collection's first line only, so a finding lands on one line. */
export function spanOf(node: YNode, lines: LineIndex): Span {
  const { start, end } = node;
  if (node.kind === 'scalar') return { start, end };
  return { start, end: Math.max(start, Math.min(end, lines.endOfLine(start))) };
}

/**
 * Maps an offset inside a scalar's value to its source offset, for errors inside a string
 * (a PromQL expression in a `|` or `>` block, or quoted). Folding and indentation change
 * only blanks, so the n-th non-blank character of the value is the n-th of the source
 * (counting a quoting escape as one character).
 */
export function scalarValueOffset(root: YNode, text: string, path: Path, valueOffset: number): number | undefined {
  return scalarOffsetMap(root, text, path)?.(valueOffset);
}

/**
 * The same mapping for every offset of one scalar, built once: for config embedded as a string
 * (an Alertmanager config in a Secret), every finding inside it is placed this way.
 */
export function scalarOffsetMap(root: YNode, text: string, path: Path): ((valueOffset: number) => number) | undefined {
  const { node } = walk(root, path);
  if (node?.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  const { value, start, end } = node;
  const quote = node.style === 'double' ? '"' : node.style === 'single' ? "'" : '';
  const first = contentStart(text, start, node.style);
  // Where each non-blank character of the value is written, and where what stands for it ends.
  const at: number[] = [];
  const after: number[] = [];
  for (let s = first; s < end; s++) {
    if (isBlank(text[s])) continue;
    if (quote === '"' && text[s] === '\\') {
      // An escape is several source characters for one value character (or none).
      const escape = escapeAt(text, s);
      for (const ch of escape.produces) {
        if (isBlank(ch)) continue;
        at.push(s);
        after.push(s + escape.length);
      }
      s += escape.length - 1;
      continue;
    }
    at.push(s);
    if (quote === "'" && text[s] === "'" && text[s + 1] === "'") s++;
    after.push(s + 1);
  }
  // How many non-blank characters of the value come before each offset.
  const rank = new Int32Array(value.length + 1);
  for (let v = 0; v < value.length; v++) rank[v + 1] = rank[v] + (isBlank(value[v]) ? 0 : 1);
  return (valueOffset) => {
    const target = Math.max(0, Math.min(valueOffset, value.length));
    const wanted = rank[target];
    if (target < value.length && !isBlank(value[target]) && wanted < at.length) return at[wanted];
    return wanted === 0 ? first : (after[Math.min(wanted, after.length) - 1] ?? first);
  };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', ' ': ' ', '\t': '\t', '\n': '' };

/** A double-quoted escape at `at`: how long it is in the source and what it stands for. */
function escapeAt(text: string, at: number): { length: number; produces: string } {
  const code = text[at + 1];
  const hex = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
  if (hex > 0) {
    const point = parseInt(text.slice(at + 2, at + 2 + hex), 16);
    return { length: 2 + hex, produces: Number.isNaN(point) ? '?' : String.fromCodePoint(point) };
  }
  return { length: 2, produces: SIMPLE_ESCAPES[code] ?? code };
}

function contentStart(text: string, start: number, style: ScalarStyle): number {
  if (style === 'literal' || style === 'folded') {
    const newline = text.indexOf('\n', start);
    return newline === -1 ? text.length : newline + 1;
  }
  if (style === 'double' || style === 'single') return start + 1;
  return start;
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}
