import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { ScalarError, resolvePlain, resolveTagged } from './scalars.js';
import type { ScalarStyle, YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

/** Why Go's yaml.v3 refuses a document that parsed; offsets into the original text. */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
    readonly help: string,
  ) {
    super(message);
  }
}

/** Offsets of the parsed text to offsets of the original (they differ when it was patched). */
export type OffsetMap = (offset: number) => number;

/**
 * Converts a document of the `yaml` package (parsed with the failsafe schema, no merge keys
 * and no duplicate-key check: those follow Go here) into our tree and its data, with the
 * semantics of Go's gopkg.in/yaml.v3 decoding into `interface{}`.
 */
export function fromDocument(doc: Document, text: string, toOriginal: OffsetMap): { root: YNode; value: unknown } | undefined {
  const root = doc.contents as Node | null;
  if (!root) return undefined;
  const targets = aliasTargets(doc);
  const resolve = (alias: Alias) => targets.get(alias);
  const value = new DataBuilder(resolve, text, toOriginal).build(root);
  return { root: new TreeBuilder(resolve, text, toOriginal).convert(root, 0), value };
}

/** An alias's node; undefined when no anchor of its name comes before it. */
type Resolve = (alias: Alias) => Node | undefined;

/**
 * Each alias's node: the last node anchored with its name before it in document order, as the
 * package's `Alias.resolve` finds it. That method walks the document up to the alias on every
 * call, so 1,000 `labels: *common` took 12 seconds; this walks it once.
 */
function aliasTargets(doc: Document): Map<Alias, Node | undefined> {
  const targets = new Map<Alias, Node | undefined>();
  const latest = new Map<string, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, latest.get(node.source));
      else if (node.anchor) latest.set(node.anchor, node);
    },
  });
  return targets;
}

function rangeOf(node: Node | null | undefined, toOriginal: OffsetMap, fallback: number): [number, number] {
  const range = node?.range;
  return range ? [toOriginal(range[0]), toOriginal(range[1])] : [fallback, fallback];
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || key.source !== '<<' || key.type !== 'PLAIN') return false;
  return key.tag === undefined || key.tag === 'tag:yaml.org,2002:merge' || key.tag === '!';
}

/** A scalar's value as Go reads it into `interface{}`. */
function scalarValue(node: Scalar, toOriginal: OffsetMap, text: string): unknown {
  let source = String(node.source ?? node.value ?? '');
  // A block scalar's last line break is kept only if the file has one there (Go and the spec).
  if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && source.endsWith('\n') && !text.endsWith('\n') && toOriginal(node.range?.[1] ?? 0) >= text.length) {
    source = source.slice(0, -1);
  }
  try {
    if (node.type === 'QUOTE_DOUBLE') checkEscapes(text, rangeOf(node, toOriginal, 0));
    if (node.tag && node.tag !== '!') return resolveTagged(node.tag, source);
    if (node.tag === '!' || node.type !== 'PLAIN') return source;
    return resolvePlain(source);
  } catch (error) {
    if (!(error instanceof ScalarError)) throw error;
    const [start, end] = rangeOf(node, toOriginal, 0);
    throw new DocumentError(error.message, start, end, 'Write a value of that type, or drop the tag.');
  }
}

/** Escapes Go's reader knows (scannerc.go): YAML 1.2's, less `\/`, plus `\'`; no surrogates. */
const GO_ESCAPES = new Set(['0', 'a', 'b', 't', '\t', 'n', 'v', 'f', 'r', 'e', ' ', '"', "'", '\\', 'N', '_', 'L', 'P', '\n', '\r']);

function checkEscapes(text: string, [start, end]: [number, number]): void {
  for (let i = text.indexOf('\\', start); i !== -1 && i < end; i = text.indexOf('\\', i + 2)) {
    const code = text[i + 1];
    const hex = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
    if (hex === 0 && GO_ESCAPES.has(code)) continue;
    const point = hex > 0 ? parseInt(text.slice(i + 2, i + 2 + hex), 16) : NaN;
    if (hex > 0 && !((point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff)) continue;
    const escape = text.slice(i, i + 2 + hex);
    throw new ScalarError(`\`${escape}\` is not an escape Go’s YAML readers accept.`);
  }
}

/** Our tree: aliases become the node they refer to (shared, so an alias bomb costs nothing). */
class TreeBuilder {
  private readonly converted = new Map<Node, YNode>();

  constructor(
    private readonly resolve: Resolve,
    private readonly text: string,
    private readonly toOriginal: OffsetMap,
  ) {}

  convert(node: Node | null | undefined, fallbackAt: number): YNode {
    if (isAlias(node)) return this.convert(this.resolve(node), fallbackAt);
    if (!node) return { kind: 'scalar', start: fallbackAt, end: fallbackAt, value: null, style: 'plain' };
    const known = this.converted.get(node);
    if (known) return known;
    const [start, end] = rangeOf(node, this.toOriginal, fallbackAt);
    if (isMap(node)) {
      const map: YMap = { kind: 'map', start, end, pairs: [] };
      this.converted.set(node, map);
      let mergeSource: Node | null = null;
      for (const pair of node.items as Pair<Node, Node>[]) {
        if (isMergeKey(pair.key)) mergeSource = pair.value;
        else map.pairs.push({ key: this.key(pair.key, start), value: this.convert(pair.value, rangeOf(pair.key, this.toOriginal, start)[1]) });
      }
      // Go's yaml.v3: own keys win wherever `<<` stands, then the merged maps in order.
      if (mergeSource) this.addMerged(map, this.convert(mergeSource, start));
      return map;
    }
    if (isSeq(node)) {
      const seq: YSeq = { kind: 'seq', start, end, items: [] };
      this.converted.set(node, seq);
      for (const item of node.items as Node[]) seq.items.push(this.convert(item, start));
      return seq;
    }
    const scalar: YScalar = {
      kind: 'scalar',
      start,
      end,
      value: isScalar(node) ? scalarValue(node, this.toOriginal, this.text) : null,
      style: (isScalar(node) && node.type && STYLES[node.type]) || 'plain',
    };
    this.converted.set(node, scalar);
    return scalar;
  }

  private addMerged(map: YMap, source: YNode): void {
    const names = new Set(map.pairs.map((p) => String(p.key.value)));
    const sources = source.kind === 'seq' ? source.items : [source];
    for (const s of sources) {
      if (s.kind !== 'map') continue;
      for (const pair of s.pairs) {
        const name = String(pair.key.value);
        if (names.has(name)) continue;
        names.add(name);
        map.pairs.push(pair);
      }
    }
  }

  private key(key: Node | null, at: number): YScalar {
    const node = this.convert(key, at);
    if (node.kind === 'scalar') return node;
    return { kind: 'scalar', start: node.start, end: node.end, value: '', style: 'plain' };
  }
}

// Go's yaml.v3 alias limit (decode.go): past 1,000 decoded nodes, aliases may expand into at
// most 99% of them, sliding to 10% at 4,000,000. A real file never comes near; a "billion
// laughs" fails within a few thousand nodes.
const ALIAS_RATIO_LOW = 400_000;
const ALIAS_RATIO_HIGH = 4_000_000;

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= ALIAS_RATIO_LOW) return 0.99;
  if (decodeCount >= ALIAS_RATIO_HIGH) return 0.1;
  return 0.99 - (0.89 * (decodeCount - ALIAS_RATIO_LOW)) / (ALIAS_RATIO_HIGH - ALIAS_RATIO_LOW);
}

/** The data, built the way yaml.v3 decodes into `interface{}`, counting as it does. */
class DataBuilder {
  private decodeCount = 0;
  private aliasCount = 0;
  /** The aliases being expanded, outermost first. */
  private readonly aliases: Alias[] = [];
  private readonly expanding = new Set<Node>();

  constructor(
    private readonly resolve: Resolve,
    private readonly text: string,
    private readonly toOriginal: OffsetMap,
  ) {}

  build(node: Node | null | undefined): unknown {
    this.count();
    if (!node) return null;
    if (isAlias(node)) return this.alias(node);
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      this.checkUniqueKeys(node.items as Pair<Node, Node>[]);
      this.mapping(node.items as Pair<Node, Node>[], out, undefined);
      return out;
    }
    if (isSeq(node)) return (node.items as Node[]).map((item) => this.build(item));
    return isScalar(node) ? scalarValue(node, this.toOriginal, this.text) : null;
  }

  private count(): void {
    this.decodeCount++;
    if (this.aliases.length > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      const [start, end] = rangeOf(this.aliases[0], this.toOriginal, 0);
      throw new DocumentError(
        `\`*${this.aliases[0].source}\` and the aliases inside it expand this document far past its written size (an alias bomb).`,
        start,
        end,
        'Write the repeated parts out, or use fewer levels of aliases: Go’s YAML readers refuse such a document.',
      );
    }
  }

  private alias(node: Alias): unknown {
    const target = this.resolve(node);
    const [start, end] = rangeOf(node, this.toOriginal, 0);
    if (!target) {
      throw new DocumentError(
        `\`*${node.source}\` refers to an anchor (\`&${node.source}\`) that is not defined before it.`,
        start,
        end,
        'Define the anchor before its first use, or fix the name.',
      );
    }
    if (this.expanding.has(target)) {
      throw new DocumentError(
        `\`*${node.source}\` is inside the value of its own anchor, so the data would never end.`,
        start,
        end,
        'Point the alias at an anchor outside the value that holds it.',
      );
    }
    this.aliases.push(node);
    this.expanding.add(target);
    const value = this.build(target);
    this.expanding.delete(target);
    this.aliases.pop();
    return value;
  }

  /** yaml.v3 refuses a key written twice, comparing keys as written: `1` and `"1"` clash, `~` and `null` do not. */
  private checkUniqueKeys(pairs: Pair<Node, Node>[]): void {
    const seen = new Map<string, Node>();
    for (const pair of pairs) {
      const identity = keyIdentity(pair.key);
      const first = seen.get(identity);
      if (!first) {
        seen.set(identity, pair.key as Node);
        continue;
      }
      const [start, end] = rangeOf(pair.key, this.toOriginal, 0);
      const line = lineOf(this.text, rangeOf(first, this.toOriginal, 0)[0]);
      throw new DocumentError(
        `\`${keyName(pair.key)}\` is already set at line ${line}.`,
        start,
        end,
        'Remove or rename one of the two keys: Go’s YAML readers (Prometheus, Alertmanager, the OpenTelemetry Collector) refuse a mapping with a key twice.',
      );
    }
  }

  private mapping(pairs: Pair<Node, Node>[], out: Record<string, unknown>, merged: Set<string> | undefined): void {
    let mergeSource: Node | null | undefined;
    for (const pair of pairs) {
      if (isMergeKey(pair.key)) {
        mergeSource = pair.value;
        continue;
      }
      const name = this.keyString(pair.key);
      if (merged) {
        if (merged.has(name)) continue;
        merged.add(name);
      }
      setKey(out, name, this.build(pair.value));
    }
    if (mergeSource !== undefined) this.merge(pairs, mergeSource, out, merged);
  }

  private merge(parentPairs: Pair<Node, Node>[], source: Node | null, out: Record<string, unknown>, merged: Set<string> | undefined): void {
    let names = merged;
    if (!names) {
      // yaml.v3 decodes the parent's keys once more to know which ones merging must not replace.
      names = new Set();
      for (const pair of parentPairs) names.add(this.keyString(pair.key));
    }
    const sources = isSeq(source) ? (source.items as Node[]) : [source];
    for (const item of sources) {
      const target = isAlias(item) ? this.resolve(item) : item;
      if (!isMap(target)) throw this.badMerge(source);
      if (isAlias(item)) {
        this.count();
        this.aliases.push(item);
        this.count();
        this.mapping(target.items as Pair<Node, Node>[], out, names);
        this.aliases.pop();
      } else {
        this.count();
        this.checkUniqueKeys(target.items as Pair<Node, Node>[]);
        this.mapping(target.items as Pair<Node, Node>[], out, names);
      }
    }
  }

  private badMerge(source: Node | null): DocumentError {
    const [start, end] = rangeOf(source, this.toOriginal, 0);
    const written = start < end ? this.text.slice(start, Math.min(end, start + 40)).split('\n')[0] : '';
    return new DocumentError(
      `A \`<<\` merge takes a map or a list of maps, not \`${written}\`.`,
      start,
      Math.max(end, start + 1),
      'Point `<<` at an anchored map (`<<: *defaults`) or a list of them.',
    );
  }

  private keyString(key: Node | null): string {
    const target = isAlias(key) ? this.resolve(key) : key;
    if (isMap(target) || isSeq(target)) {
      const [start, end] = rangeOf(key, this.toOriginal, 0);
      throw new DocumentError(
        `\`${this.text.slice(start, Math.min(end, start + 40)).split('\n')[0]}\` is a collection used as a key; Go’s YAML readers refuse that.`,
        start,
        Math.max(end, start + 1),
        'Use text, a number, a boolean or null as the key.',
      );
    }
    return String(this.build(key));
  }
}

/** How yaml.v3 tells keys apart: by node kind and the scalar's text (an alias by its name). */
function keyIdentity(key: Node | null): string {
  if (isScalar(key)) return `scalar:${String(key.source ?? key.value ?? '')}`;
  if (isAlias(key)) return `alias:${key.source}`;
  if (isMap(key)) return 'map:';
  if (isSeq(key)) return 'seq:';
  return 'scalar:';
}

function keyName(key: Node | null): string {
  if (isScalar(key)) return String(key.source ?? key.value ?? '');
  return isAlias(key) ? `*${key.source}` : '';
}

/** A key named `__proto__` is data, not the object's prototype. */
function setKey(out: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  else out[name] = value;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
