import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load.js';
import { CORPUS, HAS_CORPUS, skipNote } from '../corpus-helpers.js';
import { HAS_GO_YAML_CHECK, asGoJson, goReadFiles, goReadTexts, type GoReport } from './go-yaml-helpers.js';

/**
 * Go's gopkg.in/yaml.v3 (Prometheus, Loki, Mimir, the OpenTelemetry Collector) is the
 * reference: a text it refuses must get a `yaml-syntax` finding, a text it accepts must not,
 * and then our data must be its data. Where we differ on purpose, the case is named here
 * with why (and the test checks that the difference is still there).
 */
const CASES: [string, string][] = [
  ['a quoted value continued at its key’s indentation', 'a:\n  b: "x\n  y"\n'],
  ['a quoted value continued at column 0, with a blank line', 'a:\n  b: "x\ny  \n\n   z"\n'],
  ['a single-quoted value continued at its key’s indentation', "a:\n  b: 'it''s\n  here'\n"],
  ['a quoted value under a list item', '- "x\ny"\n'],
  ['a document marker inside a quoted value', 'a: "x\n---\ny"\n'],
  ['a plain value continued too little', 'a:\n  b: x\n  y\n'],
  ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
  ['`1` and `"1"` as keys', '1: a\n"1": b\n'],
  ['`~` and `null` as keys', '~: a\nnull: b\n'],
  ['`1` and `01` as keys', '1: a\n01: b\n'],
  ['two merge keys', 'x: &x {a: 1}\ny: &y {b: 1}\nz:\n  <<: *x\n  <<: *y\n'],
  ['merge order: own keys, then the first map', 'x: &x {a: 1, b: 1}\ny: &y {a: 2, c: 2}\nz:\n  a: 0\n  <<: [*x, *y]\n'],
  ['a merge before an own key', 'x: &x {a: 1}\nz:\n  <<: *x\n  a: 0\n'],
  ['a nested merge', 'x: &x {a: 1}\ny: &y {<<: *x, b: 1}\nz:\n  <<: *y\n  c: 1\n'],
  ['a merge of a scalar', 'x: &x 1\nz:\n  <<: *x\n'],
  ['a merge of null', 'z:\n  <<: ~\n  a: 1\n'],
  ['a quoted `<<` is a key', 'x: &x {a: 1}\nz:\n  "<<": *x\n'],
  ['a tab as indentation', 'a:\n\tb: 1\n'],
  ['a tab after `:`', 'a:\tb\n'],
  ['a tab after `-`', '-\tx\n'],
  ['a tab after `- `', 'a:\n  - b\n  - \tc\n'],
  ['a tab at a flow line’s start', 'a: [1,\n\t2]\n'],
  ['a flow list continued at column 0', 'a: [1,\n2]\n'],
  ['a flow map continued too little', 'a:\n  b: {c: 1,\n  d: 2}\n'],
  ['a flow map closed at column 0', 'a: {\n  b: 1\n}\n'],
  ['a list as a key', '? [a, b]\n: c\n'],
  ['an explicit key', '? a\n: b\n'],
  ['`!!binary`', 'a: !!binary aGVsbG8=\n'],
  ['`!!int` on text', 'a: !!int x\n'],
  ['`!!float` on an integer', 'a: !!float 1\n'],
  ['a local tag', 'a: !custom x\n'],
  ['null spellings', 'a: ~\nb: null\nc: Null\nd:\ne: NULL\n'],
  ['YAML 1.1 booleans', 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: True\n'],
  ['numbers the Go way', 'a: 0755\nb: 0o755\nc: 0x1F\nd: -0x1F\ne: 0b101\nf: +12\ng: 08\nh: 1_000\n'],
  ['sexagesimal stays text', 'a: 1:30\nb: 190:20:30\n'],
  ['infinities and overflow', 'a: .inf\nb: -.Inf\nc: 1e3\nd: 1.\ne: .5\nf: 1e400\n'],
  ['document markers', '---\na: 1\n...\n---\nb: 2\n'],
  ['content after `...`', 'a: b\n...\nc: d\n'],
  ['`%YAML 1.1`', '%YAML 1.1\n---\na: yes\n'],
  ['`%YAML 1.2`', '%YAML 1.2\n---\na: 1\n'],
  ['an unknown directive', '%FOO bar\n---\na: 1\n'],
  ['two byte-order marks', '\uFEFF\uFEFFa: 1\n'],
  ['a control character', 'a: x\u0001\n'],
  ['`\\/` in double quotes', 'a: "\\/"\n'],
  ['a surrogate escape', 'a: "\\ud800"\n'],
  ['an empty key in a flow map', 'a: {: b}\n'],
  ['an unknown anchor', 'a: *x\n'],
  ['an anchor inside its own value', 'a: &x [*x]\n'],
  ['a redefined anchor', 'a: &x 1\nb: &x 2\nc: *x\n'],
  ['an alias as a key', 'a: &k x\n*k : 1\n'],
  ['a key over 1024 characters', `${'k'.repeat(1100)}: 1\n`],
  ['a comment glued to a value', 'a: b#c\n'],
  ['empty documents', '---\n---\na: 1\n'],
  ['flow nesting just under Go’s limit', `a: ${'['.repeat(400)}${']'.repeat(400)}\n`],
  ['an alias bomb', aliasBomb(9)],
  ['a block scalar at the end of a file without a line break', 'a: |\n  x\n  y'],
  ['a timestamp stays text', 'a: 2001-12-14\n'],
  ['a carriage-return-only file', 'a: 1\rb: 2\r'],
  ['nesting past obslint’s limit', `a: ${'['.repeat(600)}${']'.repeat(600)}\n`],
  ['100 uses of one alias', manyAliases(100)],
];

/** Cases where obslint differs from Go on purpose. */
const DIFFERENCES: Record<string, string> = {
  'a timestamp stays text':
    'Go makes an unquoted timestamp a time.Time (printed in RFC 3339); obslint keeps the text, which is what a typed string field in Go reads too',
  'a carriage-return-only file': 'Go reads lone CRs as line ends; obslint counts lines by LF, so it reports the file as not linted (unreadable-file) instead of placing findings wrongly',
  'nesting past obslint’s limit': `Go reads up to 10,000 levels; obslint checks up to 500 (the \`yaml\` package's recursion) and says so with an unreadable-file finding`,
};

/** Corpus files that differ from Go on purpose, for the reasons above. */
const CORPUS_DIFFERENCES: Record<string, string> = {
  'openslo/openslo-budgeting__timeslices-slo.yaml': DIFFERENCES['a timestamp stays text'],
  'openslo/openslo-lowtraffic__timeslices-slo.yaml': DIFFERENCES['a timestamp stays text'],
  'openslo/openslo-v1__slos.yaml': DIFFERENCES['a timestamp stays text'],
  'openslo/openslo-v1alpha__slos.yaml': DIFFERENCES['a timestamp stays text'],
  'openslo/openslo-v2alpha__slos.yaml': DIFFERENCES['a timestamp stays text'],
};

function aliasBomb(levels: number): string {
  let text = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < levels; i++) text += `a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]\n`;
  return `${text}groups: [*a${levels - 1}]\n`;
}

function manyAliases(count: number): string {
  let text = 'common: &common\n  team: core\n  severity: page\nrules:\n';
  for (let i = 0; i < count; i++) text += `  - alert: A${i}\n    expr: up == 0\n    labels: *common\n`;
  return text;
}

interface Ours {
  accepts: boolean;
  data: unknown[];
  problems: string[];
}

async function ours(text: string): Promise<Ours> {
  const parsed = await parseYaml(text);
  // `unreadable-file` means "not checked": it counts as a refusal here, and is listed above.
  const blocking = parsed.problems.filter((p) => p.rule !== 'yaml-strict');
  return { accepts: blocking.length === 0, data: parsed.documents.map((d) => asGoJson(d.value)), problems: parsed.problems.map((p) => `${p.rule}: ${p.message}`) };
}

/** Go's documents, without the empty ones (obslint has nothing to lint in those). */
function goData(report: GoReport): unknown[] {
  return (report.v3.data ?? []).filter((d) => d !== null);
}

function verdictLine(name: string, go: GoReport, mine: Ours): string {
  const goSays = go.v3.ok && go.v3node.ok ? `accepts ${JSON.stringify(goData(go))}` : 'refuses';
  const weSay = mine.accepts ? `accepts ${JSON.stringify(mine.data)}` : 'refuses';
  return `${name}: Go ${goSays}; obslint ${weSay}`;
}

describe.skipIf(!HAS_GO_YAML_CHECK)('agreement with Go’s yaml.v3', () => {
  it(`on ${CASES.length} adversarial texts`, async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const reports = goReadTexts(CASES.map(([, text]) => text));
    const lines: string[] = [];
    const expected: string[] = [];
    for (const [index, [name, text]] of CASES.entries()) {
      const go = reports[index];
      const mine = await ours(text);
      const line = verdictLine(name, go, mine);
      lines.push(line);
      const same = verdictLine(name, go, { ...mine, accepts: go.v3.ok && go.v3node.ok, data: goData(go) });
      expected.push(name in DIFFERENCES ? line : same);
      if (name in DIFFERENCES) expect(line, `${name} is listed as a difference but agrees`).not.toEqual(same);
    }
    expect(lines).toEqual(expected);
  });

  it.skipIf(!HAS_CORPUS)('on every corpus file', async () => {
    const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .map((f) => path.join(CORPUS, f))
      .sort();
    const reports = goReadFiles(files);
    const lines: string[] = [];
    const expected: string[] = [];
    for (const [index, file] of files.entries()) {
      const go = reports[index];
      const mine = await ours(readFileSync(file, 'utf8'));
      const name = path.relative(CORPUS, file);
      const line = verdictLine(name, go, mine);
      const same = verdictLine(name, go, { ...mine, accepts: go.v3.ok && go.v3node.ok, data: goData(go) });
      lines.push(line);
      expected.push(name in CORPUS_DIFFERENCES ? line : same);
      if (name in CORPUS_DIFFERENCES) expect(line, `${name} is listed as a difference but agrees`).not.toEqual(same);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(lines).toEqual(expected);
  });
});

if (!HAS_GO_YAML_CHECK) skipNote('Go YAML reference tests', 'go-yaml-check is not installed (scripts/install-reference-tools.sh builds it)');
