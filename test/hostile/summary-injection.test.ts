import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/engine/run.js';
import { code, inlineMarkdown } from '../../src/report/markdown.js';
import { formatSummary } from '../../src/report/summary.js';
import { DEFAULTS, scratchRepo } from './helpers.js';

/**
 * Class 5: the job summary is Markdown with HTML, rendered by GitHub. File names and values
 * from a pull request must come out as text: no HTML, no link, no image of theirs.
 */

// GitHub renders HTML in summaries and links bare URLs; markdown-it with both on reads the same syntax.
const markdown = new MarkdownIt({ html: true, linkify: true });

const DOCS = 'https://github.com/obslint/obslint/blob/main/docs/rules/';
const BLOB = 'https://github.com/acme/observability/blob/abc123/';
/** The Action's links to a line: each path segment URL-encoded. */
const fileUrl = (file: string, line: number) => `${BLOB}${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;

/** Every link target and image source the rendered summary holds. */
function targets(html: string): string[] {
  return [...html.matchAll(/<(?:a|img)\b[^>]*?(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
}

describe('values inside code in the summary', () => {
  it.each([
    ['a`b', '<code>a&#96;b</code>'],
    ['x](http://evil)', '<code>x&#93;&#40;http&#58;//evil&#41;</code>'],
    ['![x](http://tracker)', '<code>&#33;&#91;x&#93;&#40;http&#58;//tracker&#41;</code>'],
    ['<script>alert(1)</script>', '<code>&lt;script&gt;alert&#40;1&#41;&lt;/script&gt;</code>'],
    ['<img src=x>.yml', '<code>&lt;img src=x&gt;.yml</code>'],
    ['www.evil.example/x', '<code>www&#46;evil.example/x</code>'],
    ['@org/team $x$ *b* a|b', '<code>&#64;org/team &#36;x&#36; &#42;b&#42; a&#124;b</code>'],
    ['two\nlines\r\nand\rthree', '<code>two lines and three</code>'],
  ])('%j is written as %s', (value, expected) => {
    expect(code(value)).toBe(expected);
    // And renders as the very text, in a code element, with nothing else.
    expect(markdown.renderInline(expected)).toBe(`<code>${markdown.utils.escapeHtml(value.replace(/\r\n?|\n/g, ' '))}</code>`);
  });

  it('a message with such values in and out of code renders them as text', () => {
    const message = 'Alert `[click](http://evil)` has no owner; see ![x](http://tracker) <script> www.evil.example a@evil.example';
    expect(inlineMarkdown(message)).toBe(
      'Alert <code>&#91;click&#93;&#40;http&#58;//evil&#41;</code> has no owner; see \\!\\[x\\]\\(http&#58;//tracker\\) &lt;script&gt; www&#46;evil.example a&#64;evil.example',
    );
    const html = markdown.renderInline(inlineMarkdown(message));
    expect(html).not.toMatch(/<a |<img |<script/);
  });
});

describe('the job summary of a pull request with hostile names', () => {
  const names = ['a`b', 'x](http://evil)', '![x](http://tracker)', '<script>alert(1)</script>'];
  const rules = names.map((name) => `  - alert: ${JSON.stringify(name)}\n    expr: up\n    labels: {team: t, severity: info}\n`).join('');
  const root = scratchRepo({
    '<img src=x>.yml': `groups:\n- name: g\n  rules:\n${rules}`,
    'a)![t](x.yml': 'groups:\n- name: g\n  rules:\n  - alert: B\n    expr: up\n    labels: {team: t, severity: info}\n',
  });

  it('renders no HTML, link or image but its own', async () => {
    const { findings } = await runLint({ root, paths: ['.'], config: DEFAULTS, threads: 1 });
    const summary = formatSummary(findings, { filesLinted: 2, failOn: 'error', fileUrl });
    const help = 'help: Link the page that tells whoever is paged what to check and how to fix it.';
    const runbook = `[\`alert-runbook\`](${DOCS}alert-runbook.md)`;
    const lacks = 'has no runbook: add a runbook annotation \\(<code>runbook&#95;url</code> or <code>runbook</code>\\).';
    expect(summary.split('\n')).toEqual([
      '## obslint',
      '',
      ':x: 5 errors, 0 warnings, 0 notices in 2 files (2 linted) — fails the check (fail-on: error)',
      '',
      '| Rule | Errors | Warnings | Notices |',
      '| --- | ---: | ---: | ---: |',
      `| ${runbook} | 5 | 0 | 0 |`,
      '',
      '### <code>&lt;img src=x&gt;.yml</code>',
      '',
      '| Line | Severity | Rule | Message |',
      '| ---: | --- | --- | --- |',
      `| [4](${BLOB}%3Cimg%20src%3Dx%3E.yml#L4) | error | ${runbook} | Alert <code>a'b</code> ${lacks}<br>${help} |`,
      `| [7](${BLOB}%3Cimg%20src%3Dx%3E.yml#L7) | error | ${runbook} | Alert <code>x&#93;&#40;http&#58;//evil&#41;</code> ${lacks}<br>${help} |`,
      `| [10](${BLOB}%3Cimg%20src%3Dx%3E.yml#L10) | error | ${runbook} | Alert <code>&#33;&#91;x&#93;&#40;http&#58;//tracker&#41;</code> ${lacks}<br>${help} |`,
      `| [13](${BLOB}%3Cimg%20src%3Dx%3E.yml#L13) | error | ${runbook} | Alert <code>&lt;script&gt;alert&#40;1&#41;&lt;/script&gt;</code> ${lacks}<br>${help} |`,
      '',
      '### <code>a&#41;&#33;&#91;t&#93;&#40;x.yml</code>',
      '',
      '| Line | Severity | Rule | Message |',
      '| ---: | --- | --- | --- |',
      `| [4](${BLOB}a%29!%5Bt%5D%28x.yml#L4) | error | ${runbook} | Alert <code>B</code> ${lacks}<br>${help} |`,
      '',
    ]);
    const html = markdown.render(summary);
    expect(html).not.toMatch(/<img|<script|<a href="http:\/\/(evil|tracker)/);
    expect(new Set(targets(html))).toEqual(
      new Set([
        `${DOCS}alert-runbook.md`,
        ...[4, 7, 10, 13].map((line) => `${BLOB}%3Cimg%20src%3Dx%3E.yml#L${line}`),
        `${BLOB}a%29!%5Bt%5D%28x.yml#L4`,
      ]),
    );
  });
});
