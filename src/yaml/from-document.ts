import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { ScalarStyle, YMap, YNode, YPair, YScalar } from './tree.js';

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

/**
 * Converts a document of the `yaml` package into our tree. Aliases become the node they
 * refer to (shared, not copied, so an alias bomb costs nothing here) and `<<` merges add
 * the inherited pairs after the map's own, so a path into merged data finds the place the
 * value is written.
 */
export function fromDocument(doc: Document): YNode | undefined {
  const converted = new Map<Node, YNode>();

  function convert(node: Node | null | undefined, fallbackAt: number): YNode {
    if (isAlias(node)) return convert(node.resolve(doc) as Node | undefined, node.range?.[0] ?? fallbackAt);
    if (!node) return { kind: 'scalar', start: fallbackAt, end: fallbackAt, value: null, style: 'plain' };
    const known = converted.get(node);
    if (known) return known;
    const [start, end] = node.range ?? [fallbackAt, fallbackAt];
    if (isMap(node)) {
      const map: YMap = { kind: 'map', start, end, pairs: [] };
      converted.set(node, map);
      const merged: YPair[] = [];
      for (const pair of node.items as Pair<Node, Node>[]) {
        if (isMergeKey(pair.key)) {
          const source = convert(pair.value, start);
          const sources = source.kind === 'seq' ? source.items : [source];
          for (const s of sources) if (s.kind === 'map') merged.push(...s.pairs);
          continue;
        }
        map.pairs.push({ key: keyOf(pair.key, start), value: convert(pair.value, pair.key?.range?.[1] ?? start) });
      }
      // Own keys win over merged ones, and the first merged map over later ones.
      const names = new Set(map.pairs.map((p) => String(p.key.value)));
      for (const pair of merged) {
        const name = String(pair.key.value);
        if (!names.has(name)) {
          names.add(name);
          map.pairs.push(pair);
        }
      }
      return map;
    }
    if (isSeq(node)) {
      const seq: YNode = { kind: 'seq', start, end, items: [] };
      converted.set(node, seq);
      for (const item of node.items as Node[]) seq.items.push(convert(item, start));
      return seq;
    }
    const scalar: YScalar = {
      kind: 'scalar',
      start,
      end,
      value: isScalar(node) ? node.value : null,
      style: (isScalar(node) && node.type && STYLES[node.type]) || 'plain',
    };
    converted.set(node, scalar);
    return scalar;
  }

  function keyOf(key: Node | null, at: number): YScalar {
    const node = convert(key, at);
    if (node.kind === 'scalar') return node;
    // A collection as a key (`? [a, b]`) cannot be named by a path; keep only its place.
    return { kind: 'scalar', start: node.start, end: node.end, value: '', style: 'plain' };
  }

  const root = doc.contents as Node | null;
  return root ? convert(root, 0) : undefined;
}

/** With `merge: true`, yaml gives a merge key the value Symbol(<<) and keeps `<<` as its source. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && (key as { source?: string }).source === '<<';
}
