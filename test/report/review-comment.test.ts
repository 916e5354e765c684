import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { commentText, formatReviewBody, formatReviewComment, markedFingerprint, reviewMarker } from '../../src/report/review-comment.js';
import { finding } from './helpers.js';

const ZW = '\u200b';

describe('formatReviewComment', () => {
  it('writes severity, linked rule, message, help and the marker', () => {
    const f = finding('rules/api.yml', 20, 26, 'error', 'promql-syntax', 'Invalid PromQL: `rat` is not a PromQL function.', {
      help: 'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
    });
    expect(formatReviewComment(f)).toBe(
      [
        ':x: **error** · [`promql-syntax`](https://github.com/obslint/obslint/blob/main/docs/rules/promql-syntax.md)',
        'Invalid PromQL: `rat` is not a PromQL function.',
        'Prometheus refuses to load a rule file with an invalid expression; try it in the Prometheus UI or with `promtool check rules`.',
        `<!-- obslint:${f.fingerprint} -->`,
      ].join('\n\n'),
    );
  });

  it.each([
    ['warning', ':warning: **warning** · [`alert-owner`](https://github.com/obslint/obslint/blob/main/docs/rules/alert-owner.md)'],
    ['notice', ':information_source: **notice** · [`alert-owner`](https://github.com/obslint/obslint/blob/main/docs/rules/alert-owner.md)'],
  ] as const)('without help, at %s', (severity, head) => {
    const f = finding('a.yml', 3, 1, severity, 'alert-owner', 'Alert `A` has no owner.');
    expect(formatReviewComment(f)).toBe(`${head}\n\nAlert \`A\` has no owner.\n\n<!-- obslint:${f.fingerprint} -->`);
  });
});

describe('markedFingerprint', () => {
  it.each([
    { body: `text\n\n${reviewMarker('0123456789abcdef')}`, fingerprint: '0123456789abcdef' },
    { body: `text\n\n${reviewMarker('0123456789abcdef:2')}\n`, fingerprint: '0123456789abcdef:2' },
    // Only a marker that ends the comment, where obslint writes it.
    { body: `${reviewMarker('0123456789abcdef')}\n\nmore text`, fingerprint: undefined },
    { body: 'a comment by a person', fingerprint: undefined },
    { body: '<!-- obslint:a b -->', fingerprint: undefined },
  ])('$fingerprint', ({ body, fingerprint }) => {
    expect(markedFingerprint(body)).toBe(fingerprint);
  });

  it('finds the marker of a comment obslint wrote', () => {
    const f = finding('a.yml', 3, 1, 'error', 'alert-owner', 'Alert `-->` has no owner.');
    expect(markedFingerprint(formatReviewComment(f))).toBe(f.fingerprint);
  });
});

describe('commentText', () => {
  const markdown = new MarkdownIt({ html: true, linkify: true });
  /** The HTML tags a rendering holds, and its text as a reader sees it. */
  function rendered(source: string) {
    const html = markdown.render(source);
    const tags = [...new Set(html.match(/<\/?[a-z][^>]*>/gi))].sort();
    const text = html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim();
    return { tags, text };
  }

  it.each([
    { text: 'Invalid PromQL: `rat` is not a PromQL function.', markdown: 'Invalid PromQL: `rat` is not a PromQL function.', shows: 'Invalid PromQL: rat is not a PromQL function.' },
    // What GitHub would link or notify: a zero-width space after the first character breaks it.
    { text: 'Owned by @octocat and @acme/sre', markdown: `Owned by @${ZW}octocat and @${ZW}acme/sre`, shows: `Owned by @${ZW}octocat and @${ZW}acme/sre` },
    { text: 'See #12, GH-3 and acme/x#4', markdown: `See #${ZW}12, G${ZW}H-3 and acme/x#${ZW}4`, shows: `See #${ZW}12, G${ZW}H-3 and acme/x#${ZW}4` },
    { text: 'Go to https://evil.example or www.evil.example', markdown: `Go to https:${ZW}//evil.example or w${ZW}ww.evil.example`, shows: `Go to https:${ZW}//evil.example or w${ZW}ww.evil.example` },
    // In a code span nothing is linked or interpreted.
    { text: 'Owner `@octocat` of `#1`', markdown: 'Owner `@octocat` of `#1`', shows: 'Owner @octocat of #1' },
    { text: 'Value `[x](http://e) <b>`', markdown: 'Value `[x](http://e) <b>`', shows: 'Value [x](http://e) <b>' },
    // HTML, links, images, emphasis, strikethrough, math, tables and escapes stay text.
    {
      text: '<img src=x onerror=alert(1)> & [a](http://e) ![i](y) **b** _i_ ~~s~~ $x$ | t | \\',
      markdown: `&lt;img src=x onerror=alert(1)&gt; &amp; \\[a\\](http:${ZW}//e) !\\[i\\](y) \\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\$x\\$ \\| t \\| \\\\`,
      shows: `<img src=x onerror=alert(1)> & [a](http:${ZW}//e) ![i](y) **b** _i_ ~~s~~ $x$ | t | \\`,
    },
    { text: 'Ends the marker --> early', markdown: 'Ends the marker --&gt; early', shows: 'Ends the marker --> early' },
    // Block markers at the start of the paragraph, and line breaks that could start a block.
    { text: '# Heading', markdown: '\\# Heading', shows: '# Heading' },
    { text: '- item', markdown: '\\- item', shows: '- item' },
    { text: '+ item', markdown: '\\+ item', shows: '+ item' },
    { text: '12) item', markdown: '12\\) item', shows: '12) item' },
    { text: '    code block', markdown: 'code block', shows: 'code block' },
    // After a <br> the paragraph goes on, so nothing there starts a block.
    { text: 'one\n# two\r\n- three', markdown: 'one<br># two<br>- three', shows: 'one# two- three' },
    // Backticks: an unpaired one is text; an empty pair stays an empty code span.
    { text: 'odd ` one', markdown: 'odd \\` one', shows: 'odd ` one' },
    { text: 'a `b` and ` c', markdown: 'a `b` and \\` c', shows: 'a b and ` c' },
    { text: 'empty `` name', markdown: 'empty <code></code> name', shows: 'empty  name' },
    { text: 'a `multi\nline` value', markdown: 'a `multi line` value', shows: 'a multi line value' },
  ])('$text', ({ text, markdown: expected, shows }) => {
    const out = commentText(text);
    expect(out).toBe(expected);
    const { tags, text: visible } = rendered(out);
    expect(tags.filter((t) => !/^<\/?(p|code|br)>$/.test(t))).toEqual([]);
    expect(visible).toBe(shows);
  });
});

describe('formatReviewBody', () => {
  const error = finding('a.yml', 1, 1, 'error', 'promql-syntax', 'x');
  const warning = finding('a.yml', 2, 1, 'warning', 'alert-owner', 'y');

  it.each([
    { commented: [error], leftOut: 0, url: undefined, body: '**obslint** comments on 1 finding on lines this pull request changes (1 error).' },
    { commented: [error, warning, warning], leftOut: 0, url: undefined, body: '**obslint** comments on 3 findings on lines this pull request changes (1 error, 2 warnings).' },
    {
      commented: [warning],
      leftOut: 1,
      url: undefined,
      body: '**obslint** comments on 1 finding on lines this pull request changes (1 warning).\n\n1 more finding on changed lines is not commented (obslint keeps at most 50 comments on a pull request); the job summary lists every finding.',
    },
    {
      commented: [error],
      leftOut: 12,
      url: 'https://github.com/acme/observability/actions/runs/42',
      body: '**obslint** comments on 1 finding on lines this pull request changes (1 error).\n\n12 more findings on changed lines are not commented (obslint keeps at most 50 comments on a pull request); the [job summary](https://github.com/acme/observability/actions/runs/42) lists every finding.',
    },
  ])('$body', ({ commented, leftOut, url, body }) => {
    expect(formatReviewBody(commented, leftOut, 50, url)).toBe(body);
  });
});
