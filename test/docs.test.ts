import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/engine/config.js';
import { RULES } from '../src/rules/index.js';
import { CLI, REPO_ROOT, runNode } from './e2e-helpers.js';

/**
 * The rule pages are part of the product: every Bad example's pasted output must be what
 * obslint prints for it today, every Good example must pass its rule, and every config
 * snippet must be a valid config. `UPDATE_DOCS=1 npm test -- test/docs.test.ts` rewrites the
 * pasted outputs after a deliberate change of wording.
 */
const DOCS = path.join(REPO_ROOT, 'docs/rules');
const UPDATE = process.env.UPDATE_DOCS === '1';

interface Block {
  lang: string;
  body: string;
  /** Offsets of the body in the page. */
  start: number;
  end: number;
  section: string;
}

function blocks(page: string): Block[] {
  const out: Block[] = [];
  const pattern = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = pattern.exec(page); m; m = pattern.exec(page)) {
    const before = page.slice(0, m.index);
    const section = [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? '';
    const start = m.index + 4 + m[1].length;
    out.push({ lang: m[1], body: m[2], start, end: start + m[2].length, section });
  }
  return out;
}

/** Lints an example in a folder of its own; `extraFiles` are created beside it (runbooks). */
async function lintExample(file: string, content: string, extraFiles: string[] = []): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'obslint-docs-'));
  writeFileSync(path.join(dir, file), content);
  for (const extra of extraFiles) {
    mkdirSync(path.dirname(path.join(dir, extra)), { recursive: true });
    writeFileSync(path.join(dir, extra), '# Runbook\n');
  }
  return (await runNode(CLI, [file, '--no-color'], { cwd: dir })).stdout;
}

/** Languages of example blocks, and the file ending each is linted as. */
const EXAMPLE_ENDINGS: Record<string, string> = { yaml: 'yml', json: 'json', toml: 'toml', ini: 'conf' };

describe.each(RULES.map((r) => r.meta.id))('docs/rules/%s.md', (id) => {
  const file = path.join(DOCS, `${id}.md`);

  it('exists, with a Bad and a Good example', () => {
    expect(existsSync(file)).toBe(true);
    const page = readFileSync(file, 'utf8');
    expect(page).toMatch(/^## Bad$/m);
    expect(page).toMatch(/^## Good$/m);
  });

  it("shows exactly what obslint prints for each Bad example", async () => {
    let page = readFileSync(file, 'utf8');
    const all = blocks(page);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const [i, block] of all.entries()) {
      const command = /^\$ obslint (\S+)\n/.exec(block.body);
      const input = all[i - 1];
      if (block.lang !== 'text' || !command || !(input?.lang in EXAMPLE_ENDINGS)) continue;
      const expected = block.body.slice(command[0].length);
      const actual = await lintExample(command[1], input.body);
      if (UPDATE) edits.push({ start: block.start + command[0].length, end: block.end, text: actual });
      else expect(actual, `${id}.md, the output after "${command[0].trim()}"`).toBe(expected);
    }
    for (const edit of edits.reverse()) page = page.slice(0, edit.start) + edit.text + page.slice(edit.end);
    if (UPDATE) writeFileSync(file, page);
  });

  it('has a Good example that this rule passes', async () => {
    const good = blocks(readFileSync(file, 'utf8')).filter((b) => b.section === 'Good' && b.lang in EXAMPLE_ENDINGS && !b.body.startsWith('# .obslint.yml'));
    for (const block of good) {
      // A Good example may link runbooks "committed next to the rule file".
      const runbooks = [...block.body.matchAll(/runbook: ([\w./-]+\.md)$/gm)].map((m) => m[1]);
      const output = await lintExample(`good.${EXAMPLE_ENDINGS[block.lang]}`, block.body, runbooks);
      expect(output.split('\n').filter((line) => line.endsWith(`  ${id}`))).toEqual([]);
    }
  });
});

describe('config snippets in the docs and README', () => {
  const pages = [...RULES.map((r) => path.join(DOCS, `${r.meta.id}.md`)), path.join(DOCS, 'README.md'), path.join(REPO_ROOT, 'README.md')];
  it.each(pages.map((p) => path.relative(REPO_ROOT, p)))('%s: every .obslint.yml snippet is a valid config', async (page) => {
    const snippets = blocks(readFileSync(path.join(REPO_ROOT, page), 'utf8')).filter(
      (b) => b.lang === 'yaml' && /^# (\.obslint\.yml|yaml-language-server)/.test(b.body),
    );
    for (const snippet of snippets) await expect(parseConfig(snippet.body, page)).resolves.toBeDefined();
  });

  it('README links to every rule page, and every link there exists', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const rule of RULES) expect(readme).toContain(`(docs/rules/${rule.meta.id}.md)`);
    for (const [, link] of readme.matchAll(/\]\(((?:docs|src|schemas|examples|bench)\/[^)#]*)\)/g)) {
      expect(existsSync(path.join(REPO_ROOT, link)), link).toBe(true);
    }
  });
});

describe('examples/README.md', () => {
  it('lists exactly the findings obslint reports on examples/', async () => {
    const table = readFileSync(path.join(REPO_ROOT, 'examples/README.md'), 'utf8');
    const listed = [...table.matchAll(/^\| `([^`:]+):(\d+)` \| \[`([\w-]+)`\]/gm)].map((m) => `examples/${m[1]}:${m[2]} ${m[3]}`);
    const { stdout } = await runNode(CLI, ['examples', '--format', 'json'], { cwd: REPO_ROOT });
    const found = (JSON.parse(stdout) as { findings: { file: string; line: number; rule: string }[] }).findings;
    expect(found.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(listed);
    expect(listed.length).toBeGreaterThan(0);
  });
});
