import { KINDS } from '../src/kinds/index.js';
import { RULES } from '../src/rules/index.js';

/**
 * The tables of rules and kinds in the README and docs/rules/README.md, made from the rules'
 * and kinds' meta: each sits between `<!-- generated:<name> -->` and `<!-- /generated -->`.
 */
export function docsTables(page: string): string {
  return page.replace(/(<!-- generated:([\w-]+) -->\n)[\s\S]*?(<!-- \/generated -->)/g, (_all, open: string, name: string, close: string) => {
    const table = TABLES[name];
    if (!table) throw new Error(`no generated table named ${name}`);
    return `${open}${table(page)}\n${close}`;
  });
}

const TABLES: Record<string, (page: string) => string> = {
  // Links are relative to the page: the README links into docs/rules/, the rules index beside itself.
  rules: (page) => {
    const prefix = page.startsWith('# Rules') ? '' : 'docs/rules/';
    return [
      '| rule | default | finds |',
      '|---|---|---|',
      ...RULES.map((r) => `| [\`${r.meta.id}\`](${prefix}${r.meta.id}.md) | ${r.meta.defaultSeverity} | ${r.meta.summary} |`),
    ].join('\n');
  },
  kinds: () =>
    [
      '| kind | format | recognized by |',
      '|---|---|---|',
      ...KINDS.map((k) => `| \`${k.id}\` | [${k.title}](${k.reference}) | ${k.recognizedBy.replaceAll('|', '\\|')} |`),
    ].join('\n'),
};
