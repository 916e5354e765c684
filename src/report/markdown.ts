/**
 * Text for the job summary, which GitHub renders as Markdown with HTML. Messages quote values
 * from files in backticks (made safe by `shown`, so a value never holds one); everything is
 * escaped so no value can become a link, an image, a heading or HTML.
 */

/** A message or help text as inline Markdown for a table cell: `code` spans as <code>, the rest escaped. */
export function inlineMarkdown(text: string): string {
  const parts = text.split('`');
  // An unpaired backtick is text.
  if (parts.length % 2 === 0) parts[parts.length - 2] += `\`${parts.pop()}`;
  return parts.map((part, i) => (i % 2 === 1 ? code(part) : plain(part))).join('');
}

/**
 * A value (a file name) as inline code. GitHub parses Markdown inside an HTML `<code>` element,
 * so the characters that start links, images, emphasis, math and mentions are written as
 * character references, which show the character and never act as syntax.
 */
export function code(text: string): string {
  const inert = escapeHtml(text)
    .replace(/[\\`*_{}[\]()#!|~:@$]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/\r\n?|\n/g, ' ');
  return `<code>${withoutAutolinks(inert)}</code>`;
}

function plain(text: string): string {
  const escaped = escapeHtml(text)
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/\r?\n/g, '<br>');
  return withoutAutolinks(escaped);
}

/** GitHub links bare URLs, `www.` names and e-mail addresses: a reference in each keeps them text. */
function withoutAutolinks(text: string): string {
  return text.replace(/:\/\//g, '&#58;//').replace(/www\./gi, (www) => `${www.slice(0, 3)}&#46;`).replace(/@/g, '&#64;');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
