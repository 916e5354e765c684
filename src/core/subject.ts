import type { Path } from './locate.js';

/** Keys that name a list item, in the order they are tried. */
const NAME_KEYS = ['alert', 'record', 'name', 'id', 'uid', 'title'];

/**
 * Describes a place in a document by names rather than positions, for a finding's identity:
 * `groups[api]/rules[HighErrorRate]/for` stays the same when a rule is added above it, where
 * `groups/0/rules/3/for` would not. A document is named by its `kind` and `metadata.name` when
 * it has them (Kubernetes resources), else by its index in the file.
 */
export function describePath(value: unknown, path: Path, doc: number): string {
  const parts = [documentName(value, doc)];
  let node = value;
  for (const segment of path) {
    if (Array.isArray(node)) {
      node = node[Number(segment)];
      const name = itemName(node);
      parts[parts.length - 1] += name === undefined ? `[${segment}]` : `[${name}]`;
    } else {
      node = isRecord(node) ? node[String(segment)] : undefined;
      parts.push(String(segment));
    }
  }
  return parts.join('/');
}

function documentName(value: unknown, doc: number): string {
  if (isRecord(value) && isRecord(value.metadata) && typeof value.metadata.name === 'string') {
    return `${String(value.kind)}:${value.metadata.name}`;
  }
  return `#${doc}`;
}

function itemName(item: unknown): string | undefined {
  if (!isRecord(item)) return typeof item === 'string' || typeof item === 'number' ? String(item) : undefined;
  for (const key of NAME_KEYS) {
    const name = item[key];
    if (typeof name === 'string' || typeof name === 'number') return `${key}=${name}`;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
