import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseConfig } from '../src/engine/config.js';
import { configSchema } from '../src/engine/config-schema.js';
import { markdownAnchors } from '../src/policy/anchors.js';
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

/**
 * The configuration reference and the rollout guide: every config they show is valid, every
 * workflow is YAML, every link leads somewhere, the reference names every key and option
 * there is, and each broken config it shows is followed by exactly what obslint prints for it
 * (run in a folder of its own, shown as /home/me/alerts). The rollout guide's walkthrough is
 * checked by test/org-scenario.e2e.test.ts, which runs it.
 */
describe('docs/configuration.md and docs/org-rollout.md', () => {
  const GUIDES = ['docs/configuration.md', 'docs/org-rollout.md'];
  const read = (page: string) => readFileSync(path.join(REPO_ROOT, page), 'utf8');
  /** `# .obslint.yml`, `# shared/obslint.yml`, `# obslint.yml of acme/...`: a config, not a workflow. */
  const CONFIG_SNIPPET = /^# (?:yaml-language-server|(?!\.github\/)(?:[\w.-]+\/)*\.?obslint\.ya?ml\b)/;
  /** A block holding a file of an example that obslint is run on: its first line names it. */
  const EXAMPLE_FILE = /^# ([\w.-]+(?:\/[\w.-]+)*\.(?:ya?ml|json))\n/;

  /**
   * For each `$ obslint` output block, the file blocks right before it (no heading in between).
   * A block under an `<!-- org-scenario: ... -->` marker is a run of the scenario, checked there.
   */
  function examples(page: string): { files: Block[]; output: Block }[] {
    const all = blocks(page);
    return all.flatMap((output, i) => {
      if (output.lang !== 'text' || !output.body.startsWith('$ obslint')) return [];
      if (/-->\n```\w*\n$/.test(page.slice(0, output.start))) return [];
      const files: Block[] = [];
      for (let j = i - 1; j >= 0 && EXAMPLE_FILE.test(all[j].body); j--) {
        if (/^#{2,} /m.test(page.slice(all[j].end, all[j + 1].start))) break;
        files.unshift(all[j]);
      }
      return [{ files, output }];
    });
  }

  it.each(GUIDES)('%s: every config it shows is valid, every YAML block parses', async (page) => {
    const text = read(page);
    const exampleFiles = new Set(examples(text).flatMap((e) => e.files.map((f) => f.start)));
    const yaml = blocks(text).filter((b) => b.lang === 'yaml');
    const configs = yaml.filter((b) => CONFIG_SNIPPET.test(b.body) && !exampleFiles.has(b.start));
    expect(configs.length).toBeGreaterThan(1);
    for (const snippet of configs) await expect(parseConfig(snippet.body, page), snippet.body).resolves.toBeDefined();
    for (const block of yaml) expect(parseDocument(block.body).errors, block.body).toEqual([]);
  });

  it.each(GUIDES)('%s: every link to a page of this repository, and to a heading, exists', (page) => {
    const text = read(page);
    const links = [...text.matchAll(/\]\((?!https?:)([^)\s#]*)(?:#([^)\s]+))?\)/g)];
    expect(links.length).toBeGreaterThan(3);
    for (const [, file, anchor] of links) {
      const target = file ? path.join(path.dirname(path.join(REPO_ROOT, page)), file) : path.join(REPO_ROOT, page);
      expect(existsSync(target), `${page} links to ${file}`).toBe(true);
      if (anchor) expect(markdownAnchors(readFileSync(target, 'utf8')), `${page} links to ${file}#${anchor}`).toContain(anchor);
    }
  });

  it('the reference documents every key of the config schema and every rule option', () => {
    const page = read('docs/configuration.md');
    const schema = configSchema() as { properties: Record<string, { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } }> };
    const section = (key: string) => {
      const start = page.indexOf(`\n## \`${key}\`\n`);
      expect(start, `a section for \`${key}\``).toBeGreaterThan(-1);
      const end = page.indexOf('\n## ', start + 1);
      return page.slice(start, end === -1 ? undefined : end);
    };
    // A nested key is a bold item or a heading of its section, or a field of its `{files, kind}` shape.
    const mentions = (text: string, key: string) => text.includes(`**\`${key}\`**`) || text.includes(`### \`${key}\``) || new RegExp(`\\{[^}]*\\b${key}\\b[^}]*\\}`).test(text);
    for (const [key, property] of Object.entries(schema.properties)) {
      const text = section(key);
      const nested = key === 'rules' ? ['severity', 'locked'] : Object.keys(property.properties ?? property.items?.properties ?? {});
      for (const inner of nested) expect(mentions(text, inner), `\`${key}.${inner}\` in its section`).toBe(true);
    }
    for (const rule of RULES) {
      for (const option of Object.keys(rule.meta.options?.schema ?? {})) {
        expect(page, `${rule.meta.id}'s option ${option}`).toContain(`| [\`${rule.meta.id}\`](rules/${rule.meta.id}.md) | \`${option}\` |`);
      }
    }
  });

  it('the reference shows exactly what obslint prints for each config that cannot be used', async () => {
    const file = path.join(REPO_ROOT, 'docs/configuration.md');
    let page = readFileSync(file, 'utf8');
    const found = examples(page);
    expect(found.length).toBeGreaterThan(4);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const { files, output } of found) {
      const root = path.join(realpathSync(mkdtempSync(path.join(os.tmpdir(), 'obslint-docs-'))), 'alerts');
      for (const block of files) {
        const target = path.join(root, EXAMPLE_FILE.exec(block.body)![1]);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, block.body);
      }
      const command = output.body.split('\n')[0];
      const ran = await runNode(CLI, command.split(' ').slice(2), { cwd: root });
      const actual = `${command}\n${ran.stdout}${ran.stderr}$ echo $?\n${ran.code}\n`.split(root).join('/home/me/alerts');
      if (UPDATE) edits.push({ start: output.start, end: output.end, text: actual });
      else expect(output.body, `the output after ${files.map((f) => f.body.split('\n')[0]).join(', ')}`).toBe(actual);
    }
    for (const edit of edits.reverse()) page = page.slice(0, edit.start) + edit.text + page.slice(edit.end);
    if (UPDATE) writeFileSync(file, page);
  });
});
