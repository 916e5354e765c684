import { describe, expect, it } from 'vitest';
import { closestAnchor, markdownAnchors } from '../../src/policy/anchors.js';

/** Markdown, and the anchors GitHub gives it, in order. */
const CASES: [string, string, string[]][] = [
  ['ATX headings, lower-cased, spaces to dashes', '# High Latency\n\n## API 5xx errors\n', ['high-latency', 'api-5xx-errors']],
  ['punctuation dropped, dashes and underscores kept', "## What's wrong? (p99 > 2s)\n### snake_case & kebab-case\n", ['whats-wrong-p99--2s', 'snake_case--kebab-case']],
  ['duplicates numbered from 1', '# Steps\n## Steps\n## Steps\n', ['steps', 'steps-1', 'steps-2']],
  ['setext headings', 'High latency\n============\n\nMitigation\n----------\n', ['high-latency', 'mitigation']],
  ['closing hashes and inline markup', '## **Bold** `code()` [link](x) ##\n', ['bold-code-link']],
  ['HTML tags dropped, their text kept; images show no text', '## <em>Disk</em> full ![icon](i.png)\n', ['disk-full-']],
  ['entities decoded before slugging', '## Rock &amp; roll\n', ['rock--roll']],
  ['non-Latin letters kept', '## Привет мир\n', ['привет-мир']],
  ['never inside fenced or indented code', '```\n# not a heading\n```\n\n    # nor this\n\n# Real\n', ['real']],
  ['not a heading without the space', '#hashtag\n', []],
  ['headings inside lists and quotes count', '- ## In a list\n\n> ## In a quote\n', ['in-a-list', 'in-a-quote']],
  ['explicit anchors in HTML', '<a name="legacy-anchor"></a>\n\nText <span id=\'inline\'>x</span> and <a id=bare>y</a>.\n', ['legacy-anchor', 'inline', 'bare']],
  ['an explicit anchor in a heading', '## <a name="old"></a> New name\n', ['-new-name', 'old']],
  ['YAML front matter is not a heading', '---\ntitle: Runbook\n---\n# API\n', ['api']],
  ['a rule line under text makes a setext heading', 'Owner: platform\n---\n', ['owner-platform']],
];

describe('markdownAnchors', () => {
  for (const [name, markdown, anchors] of CASES) {
    it(name, () => {
      expect(markdownAnchors(markdown)).toEqual(anchors);
    });
  }

  it('reads a large runbook quickly', () => {
    const markdown = Array.from({ length: 5000 }, (_, i) => `## Alert ${i % 100}\n\nSome text with \`code\` and a [link](https://example.com).\n`).join('\n');
    const started = performance.now();
    const anchors = markdownAnchors(markdown);
    expect(anchors.length).toBe(5000);
    expect(anchors[100]).toBe('alert-0-1');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('closestAnchor', () => {
  const anchors = ['high-latency', 'high-error-rate', 'disk-full'];
  const CLOSEST: [string, string | undefined][] = [
    ['high-latancy', 'high-latency'],
    ['High-Latency', 'high-latency'],
    ['disk_full', 'disk-full'],
    ['memory-pressure', undefined],
  ];
  for (const [wanted, expected] of CLOSEST) {
    it(`${wanted} → ${expected}`, () => {
      expect(closestAnchor(wanted, anchors)).toBe(expected);
    });
  }
});
