import type { CST } from 'yaml';

/**
 * How deep a document may nest before obslint stops: the `yaml` package composes documents
 * recursively and runs out of stack near 950 levels on Node's main thread (4,500 in a
 * worker), where V8 may even abort instead of throwing. So the limit is checked on the
 * parser's token tree, which is built without recursion, before any deep work, and it is
 * the same on every thread. Config files nest a few dozen levels at most.
 */
export const MAX_DEPTH = 500;

/** Go's YAML readers refuse more than 10,000 nested block collections, or flow collections. */
export const GO_MAX_DEPTH = 10_000;

export interface Depth {
  /** Block and flow collections nested, at the deepest point. */
  depth: number;
  /** Where nesting first went past MAX_DEPTH (or GO_MAX_DEPTH, when `goRefuses`). */
  at: number;
  goRefuses: boolean;
}

/** The nesting of a document's token tree, walked with an explicit stack. */
export function measureDepth(document: CST.Document): Depth {
  const result: Depth = { depth: 0, at: -1, goRefuses: false };
  const stack: [CST.Token | null | undefined, number, number][] = [[document.value, 0, 0]];
  while (stack.length > 0) {
    const [token, outerBlock, outerFlow] = stack.pop()!;
    if (!token) continue;
    let block = outerBlock;
    let flow = outerFlow;
    if (token.type === 'block-map' || token.type === 'block-seq') block++;
    else if (token.type === 'flow-collection') flow++;
    else continue;
    const depth = block + flow;
    if (depth > result.depth) result.depth = depth;
    if (depth > MAX_DEPTH && result.at === -1) result.at = token.offset;
    if ((block > GO_MAX_DEPTH || flow > GO_MAX_DEPTH) && !result.goRefuses) {
      result.goRefuses = true;
      result.at = token.offset;
    }
    for (const item of token.items) stack.push([item.value, block, flow], ['key' in item ? item.key : undefined, block, flow]);
  }
  return result;
}

/** Something Go's readers refuse that the `yaml` package accepts, at an offset. */
export interface GoRefusal {
  message: string;
  help: string;
  start: number;
  end: number;
}

/**
 * Token-level rules of Go's libyaml port that the YAML 1.2 `yaml` package does not share:
 * `%YAML` must say 1.1 (and appear once), other directives than `%YAML` and `%TAG` are
 * errors, a tab may not follow `-` or `?`, a flow mapping entry needs a key, and content
 * after `...` needs a new `---`.
 */
export function goRefusal(document: CST.Document, previous: CST.Token | undefined): GoRefusal | undefined {
  if (previous?.type === 'doc-end' && !document.start.some((t) => t.type === 'doc-start') && document.value) {
    return {
      message: 'Content follows a `...` document end without a `---` to start a new document.',
      help: 'Add a `---` line before the new document, or remove the `...` line.',
      start: document.value.offset,
      end: document.value.offset + 1,
    };
  }
  return walkTokens(document.value);
}

/** Checks the directives before a document: Go reads `%YAML 1.1` only, once, and `%TAG`. */
export function directiveRefusal(directives: CST.Directive[]): GoRefusal | undefined {
  let versions = 0;
  for (const directive of directives) {
    const [name, value] = directive.source.trim().split(/[ \t]+/);
    const start = directive.offset;
    const end = directive.offset + directive.source.trimEnd().length;
    if (name === '%YAML') {
      versions++;
      if (versions > 1) return { message: 'The `%YAML` directive is given twice.', help: 'Keep one `%YAML` line, or none.', start, end };
      if (value !== '1.1') {
        return {
          message: `\`${directive.source.trim()}\` is a YAML version Go’s YAML readers refuse; they accept only \`%YAML 1.1\`.`,
          help: 'Remove the `%YAML` line: it is not needed.',
          start,
          end,
        };
      }
    } else if (name !== '%TAG') {
      return { message: `\`${name}\` is not a directive Go’s YAML readers know.`, help: 'Remove the line, or comment it out with `#`.', start, end };
    }
  }
  return undefined;
}

function walkTokens(root: CST.Token | undefined): GoRefusal | undefined {
  const stack: (CST.Token | null | undefined)[] = [root];
  while (stack.length > 0) {
    const token = stack.pop();
    if (!token) continue;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    for (const item of token.items) {
      const tab = tabAfterIndicator(item.start);
      if (tab) return tab;
      const long = longKey(item);
      if (long) return long;
      if (token.type === 'flow-collection' && token.start.source === '{' && 'sep' in item && item.sep && !item.key) {
        if (!item.start.some((t) => t.type === 'explicit-key-ind') && item.sep.some((t) => t.type === 'map-value-ind')) {
          const colon = item.sep.find((t) => t.type === 'map-value-ind')!;
          return {
            message: 'A flow mapping entry starts with `:`, without a key.',
            help: 'Write the key before the `:`.',
            start: colon.offset,
            end: colon.offset + 1,
          };
        }
      }
      stack.push(item.value, 'key' in item ? item.key : undefined);
    }
  }
  return undefined;
}

/** `-` or `?` followed by a tab: libyaml reads the tab as the start of a token, and refuses it. */
function tabAfterIndicator(start: CST.SourceToken[]): GoRefusal | undefined {
  for (let i = 0; i + 1 < start.length; i++) {
    const indicator = start[i];
    const next = start[i + 1];
    if ((indicator.type === 'seq-item-ind' || indicator.type === 'explicit-key-ind') && next.type === 'space' && next.source.includes('\t')) {
      const at = next.offset + next.source.indexOf('\t');
      return {
        message: `A tab follows \`${indicator.source}\`; Go’s YAML readers allow only spaces there.`,
        help: 'Replace the tab with a space.',
        start: at,
        end: at + 1,
      };
    }
  }
  return undefined;
}

/** libyaml looks for an implicit key's `:` within 1024 characters of the key's start. */
function longKey(item: CST.CollectionItem): GoRefusal | undefined {
  if (!item.key || !item.sep || item.start.some((t) => t.type === 'explicit-key-ind')) return undefined;
  const colon = item.sep.find((t) => t.type === 'map-value-ind');
  if (!colon || colon.offset - item.key.offset <= 1024) return undefined;
  return {
    message: `This key is ${colon.offset - item.key.offset} characters long; Go’s YAML readers look for its \`:\` within 1024.`,
    help: 'Shorten the key, or write it as an explicit key (`? key` on one line, `: value` on the next).',
    start: item.key.offset,
    end: item.key.offset + 1,
  };
}
