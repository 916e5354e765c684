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

/** A value (a file name) as inline code. */
export function code(text: string): string {
  return `<code>${escapeHtml(text).replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ')}</code>`;
}

function plain(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/\r?\n/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
