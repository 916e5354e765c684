import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/engine/config.js';
import { runLint } from '../../src/engine/run.js';
import { formatText } from '../../src/report/text.js';
import { REPO_ROOT } from '../e2e-helpers.js';
import { scratchRepo } from '../rule-tester.js';

/**
 * Examples of the rule pages that need more than one file, or a `.obslint.yml` (a config split
 * over several files, a rule that checks nothing without options), which test/docs.test.ts
 * cannot lint: the files are the blocks before a `$ obslint` output, each named by its first
 * line (`# otel/base.yaml`), linted together as the command would in their folder.
 * `UPDATE_DOCS=1` pastes the outputs.
 */
const PAGES = ['pipeline-undefined-component', 'pipeline-incomplete', 'log-format', 'required-attributes'];
const UPDATE = process.env.UPDATE_DOCS === '1';

interface Block {
  body: string;
  start: number;
  end: number;
}

function blocks(page: string): Block[] {
  const found: Block[] = [];
  for (const m of page.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)) {
    const start = m.index! + m[0].indexOf('\n') + 1;
    found.push({ body: m[1], start, end: start + m[1].length });
  }
  return found;
}

describe.each(PAGES)('docs/rules/%s.md', (id) => {
  it('shows exactly what obslint prints for each example of several files', async () => {
    const file = path.join(REPO_ROOT, 'docs/rules', `${id}.md`);
    let page = readFileSync(file, 'utf8');
    const all = blocks(page);
    const edits: { start: number; end: number; text: string }[] = [];
    let checked = 0;
    for (const [i, block] of all.entries()) {
      if (!block.body.startsWith('$ obslint\n')) continue;
      const files: Record<string, string> = {};
      for (let j = i - 1; j >= 0; j--) {
        const name = /^# ([\w./-]+)\n/.exec(all[j].body)?.[1];
        if (!name) break;
        files[name] = all[j].body;
      }
      const root = scratchRepo(files);
      const { findings, filesLinted } = await runLint({ root, paths: ['.'], config: await loadConfig(root), threads: 1 });
      const actual = formatText(findings, { readSource: (f) => readFileSync(path.join(root, f), 'utf8'), color: false, filesLinted });
      const start = block.start + '$ obslint\n'.length;
      if (UPDATE) edits.push({ start, end: block.end, text: actual });
      else expect(page.slice(start, block.end)).toBe(actual);
      checked++;
    }
    for (const edit of edits.reverse()) page = page.slice(0, edit.start) + edit.text + page.slice(edit.end);
    if (UPDATE) writeFileSync(file, page);
    expect(checked).toBeGreaterThan(0);
  });
});
