import type { Path } from '../core/locate.js';
import { shown } from '../core/text.js';
import { isMapping } from './prometheus-groups.js';
import type { Model, Site, StructureIssue } from './types.js';

/**
 * One Datadog monitor, as the monitors API and the DatadogMonitor resource's `spec` both hold
 * it: `name`, `type`, `query`, `message`, `tags`, `priority`, `options`. Datadog's query
 * language is not PromQL, so a monitor adds no `Query`.
 */

type Data = Record<string, unknown>;

/**
 * The monitor shape: a `query` text and a `type` that names a monitor kind (`... alert`,
 * `service check`, `composite`), with a name or a message. A package.json (`type: module`) or
 * a dashboard (`widgets`, `queries`) has no such pair.
 */
export function isMonitor(value: unknown): value is Data {
  return (
    isMapping(value) &&
    typeof value.query === 'string' &&
    typeof value.type === 'string' &&
    /(alert|check)$|^composite$/.test(value.type) &&
    ('name' in value || 'message' in value)
  );
}

/** Where a monitor is, and how its fields are spelt (`thresholds` is under `options` in both shapes). */
export interface MonitorAt {
  monitor: Data;
  path: Path;
  /** The name to use when the monitor has none (an integration asset's `title`). */
  fallbackName?: string;
}

/**
 * What the monitors API refuses beyond the schema: a query that ends in a threshold
 * (`... > 90`) other than `options.thresholds.critical` ("Alert threshold (X) does not match
 * that used in the query (Y)").
 */
export function checkMonitor({ monitor, path }: MonitorAt): StructureIssue[] {
  const inQuery = typeof monitor.query === 'string' ? QUERY_THRESHOLD.exec(monitor.query)?.[1] : undefined;
  const thresholds = isMapping(monitor.options) ? monitor.options.thresholds : undefined;
  const critical = isMapping(thresholds) ? thresholds.critical : undefined;
  if (inQuery === undefined || (typeof critical !== 'number' && typeof critical !== 'string')) return [];
  if (Number(critical) === Number(inQuery)) return [];
  return [
    {
      path: [...path, 'options', 'thresholds', 'critical'],
      message: `Critical threshold \`${shown(String(critical))}\` differs from the one in the query (\`${shown(inQuery)}\`); Datadog refuses the monitor.`,
      help: 'Write the same number in both places, or leave `critical` out: Datadog then takes it from the query.',
    },
  ];
}

const QUERY_THRESHOLD = /(?:>=|<=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*$/i;

/**
 * The monitor as an alert: its name; its tags as labels (`team:payments` is `team` =
 * `payments`, a tag without `:` a label with an empty value; each label's site is its tag);
 * its `message` as an annotation, and a runbook link found in the message as `runbook_url`;
 * its `priority` (1 to 5) as severity `P1`..`P5`.
 */
export function extractMonitor(kind: string, { monitor, path, fallbackName }: MonitorAt, doc: number, model: Model): void {
  const site: Site = { doc, path };
  const name = typeof monitor.name === 'string' && monitor.name !== '' ? monitor.name : (fallbackName ?? (typeof monitor.query === 'string' ? monitor.query : ''));
  const { labels, labelSites } = labelsFromTags(monitor.tags, [...path, 'tags'], doc);
  const annotations: Record<string, string> = {};
  const annotationSites: Record<string, Site> = {};
  if (typeof monitor.message === 'string') {
    const messageSite = { doc, path: [...path, 'message'] };
    annotations.message = monitor.message;
    annotationSites.message = messageSite;
    const runbook = runbookIn(monitor.message);
    if (runbook !== undefined) {
      annotations.runbook_url = runbook;
      annotationSites.runbook_url = messageSite;
    }
  }
  // The API takes a priority written as text too (`"3"`).
  const priority = typeof monitor.priority === 'string' && /^[1-5]$/.test(monitor.priority) ? Number(monitor.priority) : monitor.priority;
  model.alerts.push({
    kind,
    name,
    site,
    labels,
    labelsSite: Array.isArray(monitor.tags) ? { doc, path: [...path, 'tags'] } : site,
    labelSites,
    annotations,
    annotationsSite: site,
    annotationSites,
    severity:
      typeof priority === 'number' && Number.isInteger(priority) && priority >= 1 && priority <= 5
        ? { value: `P${priority}`, site: { doc, path: [...path, 'priority'] } }
        : undefined,
  });
}

/** Tags as labels. A key tagged twice keeps its first value, unless only a later one has a value. */
function labelsFromTags(tags: unknown, tagsPath: Path, doc: number): { labels: Record<string, string>; labelSites: Record<string, Site> } {
  const labels: Record<string, string> = {};
  const labelSites: Record<string, Site> = {};
  if (!Array.isArray(tags)) return { labels, labelSites };
  tags.forEach((tag, index) => {
    if (typeof tag !== 'string') return;
    const colon = tag.indexOf(':');
    const [key, value] = colon < 0 ? [tag, ''] : [tag.slice(0, colon), tag.slice(colon + 1)];
    // `__proto__` would not become a key of a plain object.
    if (key === '__proto__' || (Object.hasOwn(labels, key) && (labels[key] !== '' || value === ''))) return;
    labels[key] = value;
    labelSites[key] = { doc, path: [...tagsPath, index] };
  });
  return { labels, labelSites };
}

/**
 * A runbook link in a monitor message, where Datadog users put it: a Markdown link whose text
 * says runbook (`[Runbook](https://...)`), or a URL after the word (`Runbook: https://...`).
 * Each mention of the word is looked at within a few hundred characters, so a message of any
 * size is read in one pass.
 */
export function runbookIn(message: string): string | undefined {
  for (const mention of message.matchAll(RUNBOOK_WORD)) {
    const end = mention.index + mention[0].length;
    const before = message.slice(Math.max(0, mention.index - NEAR), mention.index);
    const after = message.slice(end, end + NEAR);
    const open = before.lastIndexOf('[');
    const inLinkText = open >= 0 && !/[\]\n]/.test(before.slice(open));
    const link = inLinkText ? LINK_TARGET.exec(after) : null;
    const url = link ?? LABELLED_URL.exec(after);
    if (url) return url[1];
  }
  return undefined;
}

const NEAR = 300;
const RUNBOOK_WORD = /\brun-?books?(?:[_ ]?url)?\b/gi;
/** The rest of the link text, and the link. */
const LINK_TARGET = /^[^\]\n]*\]\(\s*([^)\s]+)\s*\)/;
/** `: https://...`, `= https://...` or ` <https://...>` after the word, on its line. */
const LABELLED_URL = /^[^\S\n]*[:=-]?[^\S\n]*<?(https?:\/\/[^\s>)]+)/;
