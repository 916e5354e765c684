import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithYaml } from '../../src/yaml/general-parser.js';
import { parseFast } from '../../src/yaml/fast-parser.js';
import type { YNode } from '../../src/yaml/tree.js';
import { CORPUS, HAS_CORPUS } from '../corpus-helpers.js';
import { REPO_ROOT } from '../e2e-helpers.js';

/** The parts of a tree that findings depend on, for both parsers to agree on. */
function shape(node: YNode, text: string): unknown {
  if (node.kind === 'scalar') return { s: node.start, e: node.end, v: node.value, style: node.style };
  const lineEnd = text.indexOf('\n', node.start);
  const head = Math.min(node.end, lineEnd === -1 ? text.length : lineEnd);
  if (node.kind === 'seq') return { seq: node.start, head, items: node.items.map((i) => shape(i, text)) };
  return { map: node.start, head, pairs: node.pairs.map((p) => [shape(p.key, text), shape(p.value, text)]) };
}

/** Both parsers agree, or the fast one gave up. Returns whether the fast one took it. */
function agree(text: string, name: string): boolean {
  const fast = parseFast(text);
  if (!fast) return false;
  const slow = parseWithYaml(text);
  expect(slow.problems, `${name}: the fast parser took a text the yaml package refuses`).toEqual([]);
  expect(fast.map((d) => d.value), name).toEqual(slow.documents.map((d) => d.value));
  expect(fast.map((d) => shape(d.root, text)), name).toEqual(slow.documents.map((d) => shape(d.root, text)));
  return true;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ya?ml|json|rules)$/.test(name) ? [full] : [];
  });
}

/** Small deterministic edits that break files in the ways people do. */
function* mutations(text: string): Generator<string> {
  const lines = text.split('\n');
  const step = Math.max(1, Math.floor(lines.length / 8));
  for (let i = 0; i < lines.length; i += step) {
    const edit = (replacement: string[]) => [...lines.slice(0, i), ...replacement, ...lines.slice(i + 1)].join('\n');
    yield edit([]);
    yield edit([` ${lines[i]}`]);
    yield edit([lines[i].replace(/^ {2}/, '')]);
    yield edit([`${lines[i]}: x`]);
    yield edit([lines[i].replace(/"/, '')]);
    yield edit([lines[i].replace(/: /, ':')]);
    yield edit([`${lines[i]} # note`]);
    yield edit([lines[i], '']);
  }
}

describe('the fast YAML parser', () => {
  it.each([
    ['maps, lists and scalars', 'a: 1\nb:\n  - x\n  - y: 2\n    z: "q"\nc: null\nd: ~\ne: true\nf: 1.5\ng: 0x1F\nh: .inf\ni: 010\n'],
    ['a list at its key’s indentation', 'groups:\n- name: g\n  rules:\n  - alert: A\n'],
    ['empty values', 'a:\nb:\n  c:\nd: 1\n'],
    ['block scalars', 'a: |\n  x\n    y\n\n  z\nb: |-\n  s\nc: >\n  folded\n  text\n\n  para\nd: >-\n  q\n'],
    ['quoted scalars over lines', 'a: "one\n  two\n\n  three"\nb: \'it\'\'s\n  here\'\n'],
    ['plain scalars over lines', 'a: one\n  two\n\n  three\nb: x\n'],
    ['escapes', 'a: "tab\\tnew\\nline \\"q\\" \\\\ \\u00e9"\n'],
    ['flow collections', 'a: [1, "two", {b: c, "d": [e]}]\nb: {}\nc: []\n'],
    ['comments everywhere', '# head\na: 1 # one\n# mid\nb:\n  # inner\n  - x # ex\n'],
    ['several documents', '---\na: 1\n---\n# only a comment\n---\nb: 2\n'],
    ['URLs and colons in values', 'a: https://x.dev/a:b\nb: "c: d"\nc: a:b\n'],
    ['a top-level list', '- a\n- b:\n  - c\n'],
    ['minified JSON', '{"groups":[{"name":"g","rules":[{"alert":"A","expr":"up == 0","for":"5m","labels":{"n":1.5,"t":true,"z":null},"x":"\\u00e9\\""}]}]}\n'],
    ['a flow list document', '[1, {"a": "b"}]'],
  ])('agrees with the yaml package: %s', (_name, text) => {
    expect(agree(text, _name)).toBe(true);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['merge keys', 'a: &x {b: 1}\nc:\n  <<: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['tabs', 'a:\n\tb: 1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a nested map in a plain value', 'a: b: c\n'],
    ['an unclosed quote', 'a: "x\nb: 1\n'],
    ['a quoted value continued at its key’s indentation', 'a:\n  b: "x\n  y"\n'],
    ['multi-line flow', 'a: [1,\n  2]\n'],
    ['JSON over several lines', '{\n  "a": 1\n}\n'],
    ['a scalar document', 'just text\n'],
    ['explicit keys', '? a\n: b\n'],
    ['a folded block with more-indented lines', 'a: >\n  x\n    y\n'],
    ['keep chomping', 'a: |+\n  x\n\n'],
    ['deep nesting', `a: ${'['.repeat(100)}${']'.repeat(100)}\n`],
    ['a dash alone as a value', 'a: -\n'],
    ['a dash alone in a flow list', 'a: [-]\n'],
    ['a dash alone in a flow map', 'a: {b: -}\n'],
    ['a question mark alone in a list', '- ?\n'],
    ['a comment glued to a document marker', '---#c\na: 1\n'],
    ['a __proto__ key', 'a:\n  __proto__: {x: 1}\n'],
    ['a quoted __proto__ key', '"__proto__": 1\n'],
    ['`\\/`, an escape Go refuses', 'a: "\\/"\n'],
    ['a surrogate escape', 'a: "\\ud800"\n'],
    ['a control character', 'a: x\u0001\n'],
    ['a Unicode line separator', 'a: x\u2028b: 1\n'],
    ['a key over 1024 characters', `${'k'.repeat(1100)}: 1\n`],
  ])('gives up on %s', (_name, text) => {
    expect(parseFast(text)).toBeUndefined();
  });

  it('agrees on the repository’s own fixtures and examples', () => {
    const files = [...filesUnder(path.join(REPO_ROOT, 'test/fixtures')), ...filesUnder(path.join(REPO_ROOT, 'examples'))];
    const taken = files.filter((f) => agree(readFileSync(f, 'utf8'), f));
    expect(taken.length).toBeGreaterThan(files.length / 2);
  });

  it.skipIf(!HAS_CORPUS)('agrees on every file of the corpus, and takes most of them', () => {
    const files = filesUnder(CORPUS);
    const taken = files.filter((f) => agree(readFileSync(f, 'utf8'), path.relative(CORPUS, f)));
    console.info(`fast parser took ${taken.length} of ${files.length} corpus files`);
    expect(taken.length / files.length).toBeGreaterThan(0.7);
  });

  it.skipIf(!HAS_CORPUS)('never accepts a broken variant of a corpus file that the yaml package refuses', () => {
    let variants = 0;
    const small = filesUnder(CORPUS).filter((f) => statSync(f).size < 20_000);
    for (const file of small.slice(0, 60)) {
      for (const text of mutations(readFileSync(file, 'utf8'))) {
        variants++;
        agree(text, `${path.basename(file)} variant ${variants}`);
      }
    }
    expect(variants).toBeGreaterThan(2000);
  });
});
