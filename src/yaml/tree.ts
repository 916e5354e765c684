/**
 * A small YAML node tree with source offsets: what the linter needs of a document, and
 * nothing more. Built by the fast parser, or converted from the `yaml` package's Document.
 */

export type YNode = YMap | YSeq | YScalar;

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface YScalar {
  kind: 'scalar';
  /** Offsets into the text, end exclusive: from the first character (quote, `|`) to the value's end. */
  start: number;
  end: number;
  value: unknown;
  style: ScalarStyle;
}

export interface YPair {
  key: YScalar;
  value: YNode;
}

export interface YMap {
  kind: 'map';
  start: number;
  end: number;
  /** Own pairs, then pairs inherited through `<<` merge keys (which point where they are written). */
  pairs: YPair[];
}

export interface YSeq {
  kind: 'seq';
  start: number;
  end: number;
  items: YNode[];
}

/** One parsed document: its tree and its data. */
export interface YDocument {
  root: YNode;
  value: unknown;
}

/** Moves every offset of the documents' trees by `by` (each node once: aliases share nodes). */
export function shiftOffsets(documents: YDocument[], by: number): void {
  const seen = new Set<YNode>();
  const stack: YNode[] = documents.map((d) => d.root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    node.start += by;
    node.end += by;
    if (node.kind === 'seq') stack.push(...node.items);
    else if (node.kind === 'map') for (const pair of node.pairs) stack.push(pair.key, pair.value);
  }
}
