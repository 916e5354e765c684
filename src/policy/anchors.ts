import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { closest } from '../core/closest.js';

/**
 * The anchors a Markdown file has once GitHub renders it, so a runbook link such as
 * `docs/runbooks/api.md#high-latency` can be checked. A CommonMark parser finds the headings
 * (ATX and setext, never inside fenced code or HTML), and github-slugger turns each heading's
 * text into its anchor the way GitHub does: lower case, punctuation dropped, spaces to `-`,
 * a repeated anchor getting `-1`, `-2`. Anchors written in HTML (`<a name="x">`, `id="x"`)
 * count too: GitHub keeps them (prefixed `user-content-`, which its pages resolve).
 */

const parser = new MarkdownIt('commonmark', { html: true });

/** Every anchor of the file, in document order (a heading's own before any written inside it). */
export function markdownAnchors(markdown: string): string[] {
  const tokens = parser.parse(withoutFrontMatter(markdown), {});
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'heading_open') anchors.push(slugger.slug(renderedText(tokens[i + 1].children ?? [])));
    if (token.type === 'html_block') anchors.push(...htmlAnchors(token.content));
    for (const child of token.children ?? []) if (child.type === 'html_inline') anchors.push(...htmlAnchors(child.content));
  }
  return anchors;
}

/** The anchor a broken link most likely meant, when one is close enough to be a typo. */
export function closestAnchor(wanted: string, anchors: readonly string[]): string | undefined {
  // A link cut short (`#high-error` for `#high-error-rate`) is as likely as a typo.
  return closest(wanted, anchors) ?? anchors.find((anchor) => anchor.startsWith(wanted.toLowerCase()));
}

/**
 * The text a heading shows, which is what GitHub slugs: text and code, without HTML tags and
 * without images (an image shows no text).
 */
function renderedText(children: Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
  }
  return text;
}

// A tag, then its `id` or `name` attributes; both patterns are linear (no nested repetition).
const TAG = /<[A-Za-z][^<>]*>/g;
const ANCHOR_ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

function htmlAnchors(html: string): string[] {
  const anchors: string[] = [];
  for (const [tag] of html.matchAll(TAG)) {
    for (const m of tag.matchAll(ANCHOR_ATTRIBUTE)) anchors.push(m[1] ?? m[2] ?? m[3]);
  }
  return anchors;
}

/**
 * GitHub shows YAML front matter as a table, not as Markdown: without this, its closing
 * `---` would make the line above it a setext heading. Lines are kept, blanked.
 */
function withoutFrontMatter(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  return match ? match[0].replace(/[^\n]/g, '') + markdown.slice(match[0].length) : markdown;
}
