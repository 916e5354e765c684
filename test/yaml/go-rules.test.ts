import { Worker } from 'node:worker_threads';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load.js';
import { MAX_DEPTH } from '../../src/yaml/cst-checks.js';
import { REPO_ROOT } from '../e2e-helpers.js';

type Expected = [rule: string, message: string, start: number, end: number];

/** What parseYaml says about a text: its problems (rule, message, offsets) and its data. */
async function read(text: string): Promise<{ problems: Expected[]; data: unknown[] }> {
  const parsed = await parseYaml(text);
  return { problems: parsed.problems.map((p) => [p.rule, p.message, p.start, p.end]), data: parsed.documents.map((d) => d.value) };
}

function aliasBomb(levels: number): string {
  let text = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < levels; i++) text += `a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]\n`;
  return `${text}groups: [*a${levels - 1}]\n`;
}

describe('YAML read with Go’s rules', () => {
  it.each<[string, string, Expected[], unknown[]]>([
    [
      'a quoted value continued at its key’s indentation parses, with a notice',
      'a:\n  b: "x\n  y"\n',
      [['yaml-strict', 'The quoted value of `b` continues on a line that is not indented past its key.', 13, 15]],
      [{ a: { b: 'x y' } }],
    ],
    [
      'a single-quoted value continued at column 0, folded as Go folds it',
      "a:\n  b: 'it''s\nhere\n\n   now'\n",
      [['yaml-strict', 'The quoted value of `b` continues on a line that is not indented past its key.', 15, 19]],
      [{ a: { b: "it's here\nnow" } }],
    ],
    [
      'a flow list continued at column 0',
      'a: [1,\n2]\n',
      [['yaml-strict', 'The flow collection of `a` continues on a line that is not indented past its key.', 7, 9]],
      [{ a: [1, 2] }],
    ],
    ['a duplicate key says where the first one is', 'rules:\n  - alert: A\n    expr: up\n    for: 5m\n    expr: down\n', [['yaml-syntax', '`expr` is already set at line 3.', 49, 53]], []],
    ['`1` and `"1"` clash in Go', '1: a\n"1": b\n', [['yaml-syntax', '`1` is already set at line 1.', 5, 8]], []],
    ['`~` and `null` do not (the later wins)', '~: a\nnull: b\n', [], [{ null: 'b' }]],
    ['two `<<` keys clash', 'x: &x {a: 1}\nz:\n  <<: *x\n  <<: *x\n', [['yaml-syntax', '`<<` is already set at line 3.', 27, 29]], []],
    ['own keys win over merged ones, the first merged map over later ones', 'x: &x {a: 1, b: 1}\ny: &y {a: 2, c: 2}\nz:\n  <<: [*x, *y]\n  a: 0\n', [], [{ x: { a: 1, b: 1 }, y: { a: 2, c: 2 }, z: { a: 0, b: 1, c: 2 } }]],
    ['a merge of a scalar', 'x: &x 1\nz:\n  <<: *x\n', [['yaml-syntax', 'A `<<` merge takes a map or a list of maps, not `*x`.', 17, 19]], []],
    ['a tab as indentation', 'a:\n\tb: 1\n', [['yaml-syntax', 'YAML syntax error: tabs are not allowed as indentation', 3, 4]], []],
    ['a tab after `-`', 'a:\n  - b\n  - \tc\n', [['yaml-syntax', 'A tab follows `-`; Go’s YAML readers allow only spaces there.', 13, 14]], []],
    ['a tab after `:` is fine', 'a:\tb\n', [], [{ a: 'b' }]],
    ['a list as a key', '? [a, b]\n: c\n', [['yaml-syntax', '`[a, b]` is a collection used as a key; Go’s YAML readers refuse that.', 2, 8]], []],
    ['`!!binary` is decoded', 'a: !!binary aGVsbG8=\n', [], [{ a: 'hello' }]],
    ['`!!int` on text', 'a: !!int x\n', [['yaml-syntax', '`x` is not a valid `!!int`.', 9, 10]], []],
    ['YAML 1.1 booleans are text, as in yaml.v3', 'a: yes\nb: off\nc: True\n', [], [{ a: 'yes', b: 'off', c: true }]],
    ['numbers as Go reads them', 'a: 0755\nb: 1_000\nc: -0x1F\nd: 0b101\ne: 1e400\nf: .inf\ng: 1:30\n', [], [{ a: 493, b: 1000, c: -31, d: 5, e: '1e400', f: Infinity, g: '1:30' }]],
    ['`%YAML 1.2`', '%YAML 1.2\n---\na: 1\n', [['yaml-syntax', '`%YAML 1.2` is a YAML version Go’s YAML readers refuse; they accept only `%YAML 1.1`.', 0, 9]], []],
    ['content after `...`', 'a: b\n...\nc: d\n', [['yaml-syntax', 'Content follows a `...` document end without a `---` to start a new document.', 9, 10]], [{ a: 'b' }]],
    ['an empty key in a flow map', 'a: {: b}\n', [['yaml-syntax', 'A flow mapping entry starts with `:`, without a key.', 4, 5]], []],
    ['`\\/` in double quotes', 'a: "\\/"\n', [['yaml-syntax', '`\\/` is not an escape Go’s YAML readers accept.', 3, 7]], []],
    ['a control character', 'a: "x\u0001"\n', [['yaml-syntax', '`U+0001` is a control character, which YAML does not allow anywhere in a file.', 5, 6]], []],
    ['an unknown anchor', 'a: *x\n', [['yaml-syntax', '`*x` refers to an anchor (`&x`) that is not defined before it.', 3, 5]], []],
    ['an anchor inside its own value', 'a: &x [*x]\n', [['yaml-syntax', '`*x` is inside the value of its own anchor, so the data would never end.', 7, 9]], []],
    ['two byte-order marks: offsets still count them', '\uFEFF\uFEFFa: 1\na: 2\n', [['yaml-syntax', '`a` is already set at line 1.', 7, 8]], []],
    ['two byte-order marks, read as Go reads them', '\uFEFF\uFEFFgroups: []\n', [], [{ groups: [] }]],
    [
      'carriage-return-only line ends',
      'a: 1\rb: 2\r',
      [['unreadable-file', 'Lines end with a carriage return without a line feed (old Mac line ends), which obslint does not count as a line end, so the file was not linted.', 4, 5]],
      [],
    ],
    ['an alias bomb is one finding, at the outermost alias being expanded', aliasBomb(9), [['yaml-syntax', '`*a2` and the aliases inside it expand this document far past its written size (an alias bomb).', 177, 180]], []],
  ])('%s', async (_name, text, problems, data) => {
    expect(await read(text)).toEqual({ problems, data });
  });

  it('expands 100 uses of one alias (a real file’s shape), well under Go’s ratio', async () => {
    let text = 'common: &common\n  team: core\n  severity: page\nrules:\n';
    for (let i = 0; i < 100; i++) text += `  - alert: A${i}\n    labels: *common\n`;
    const { problems, data } = await read(text);
    expect(problems).toEqual([]);
    expect((data[0] as { rules: { labels: unknown }[] }).rules[99].labels).toEqual({ team: 'core', severity: 'page' });
  });

  it('stops a 30-level alias bomb as fast as a small one', async () => {
    const { problems } = await read(aliasBomb(30));
    expect(problems.map(([rule, message]) => [rule, message])).toEqual([
      ['yaml-syntax', '`*a2` and the aliases inside it expand this document far past its written size (an alias bomb).'],
    ]);
  });
});

/** Lists nested `depth` levels deep (with the map holding them), in the second of three documents. */
function deepFile(depth: number): string {
  return `a: 1\n---\nb: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n---\nc: 2\n`;
}

/** The finding points at the first collection past the limit: `b:` is level 1 at offset 9, `[` level 2 at 12. */
const deepVerdict = (depth: number): Expected[] => [
  ['unreadable-file', `This document is nested ${depth} levels deep; obslint checks up to ${MAX_DEPTH}, so nothing in it was checked.`, 11 + MAX_DEPTH, 12 + MAX_DEPTH],
];

describe('the depth limit', () => {
  it.each([2_000, 3_000, 9_999])('is the same for %i levels: one finding, and the other documents are read', async (depth) => {
    expect(await read(deepFile(depth))).toEqual({ problems: deepVerdict(depth), data: [{ a: 1 }, { c: 2 }] });
  });

  it(`reads ${MAX_DEPTH} levels`, async () => {
    const { problems, data } = await read(deepFile(MAX_DEPTH));
    expect(problems).toEqual([]);
    expect(data).toHaveLength(3);
  });

  it('refuses what Go refuses: more than 10,000 levels', async () => {
    // Go counts block and flow nesting apart: here 10,001 lists in one map.
    expect((await read(deepFile(10_002))).problems).toEqual([
      ['yaml-syntax', 'This document is nested more than 10,000 levels deep, which Go’s YAML readers refuse.', 10_012, 10_013],
    ]);
    expect((await read(deepFile(10_001))).problems.map(([rule]) => rule)).toEqual(['unreadable-file']);
  });

  let compiled: string | undefined;
  afterAll(() => {
    if (compiled) rmSync(compiled, { recursive: true, force: true });
  });

  it('gives the same verdict for 2,000 levels in a worker thread (another stack size)', async () => {
    compiled = compileParser();
    const entry = path.join(compiled, 'src/core/load.js');
    const worker = new Worker(
      `import(${JSON.stringify(`file://${entry}`)}).then(({ parseYaml }) => parseYaml(require('node:worker_threads').workerData))
        .then((r) => require('node:worker_threads').parentPort.postMessage({ problems: r.problems.map((p) => [p.rule, p.message, p.start, p.end]), data: r.documents.map((d) => d.value) }))`,
      { eval: true, workerData: deepFile(2_000) },
    );
    const inWorker = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(inWorker).toEqual({ problems: deepVerdict(2_000), data: [{ a: 1 }, { c: 2 }] });
    expect(await read(deepFile(2_000))).toEqual(inWorker);
  });
});

/** The parser's modules as plain JavaScript, for a worker (which cannot load TypeScript). */
function compileParser(): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'obslint-yaml-'));
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(out, 'node_modules'));
  const files = ['src/core/load.ts', ...readdirSync(path.join(REPO_ROOT, 'src/yaml')).map((f) => `src/yaml/${f}`)];
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(path.join(REPO_ROOT, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file.replace(/\.ts$/, '.js')), outputText);
  }
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
  return out;
}
