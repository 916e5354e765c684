import { shown, type Raw } from '../core/text.js';
import type { Alert } from '../kinds/types.js';

/** How many differing labels a message names to tell same-name alerts apart. */
const MAX_DISTINGUISHING_LABELS = 3;

/**
 * An alert's name for a message, and, when another alert of the file has the same name (the
 * same burn-rate alert for several windows), what tells this one apart: its group when the
 * groups differ, then the fewest labels whose values set it apart from the others.
 */
export function describeAlert(alert: Alert, all: readonly Alert[]): { alert: string; which: Raw; noun: Raw; labelWord: Raw } {
  const words = vocabulary(alert);
  let twins = byName(all).get(alert.name)!.filter((other) => other !== alert);
  if (twins.length === 0) return { alert: alert.name, which: { raw: '' }, ...words };
  const parts: string[] = [];
  if (alert.group !== undefined && twins.some((t) => t.group !== alert.group)) {
    parts.push(`group \`${shown(alert.group)}\``);
    twins = twins.filter((t) => t.group === alert.group);
  }
  const keys = Object.keys(alert.labels).sort();
  while (twins.length > 0 && parts.length < MAX_DISTINGUISHING_LABELS + 1) {
    // The label that sets this alert apart from the most of the remaining twins.
    let best: string | undefined;
    let bestCount = 0;
    for (const key of keys) {
      const count = twins.filter((t) => t.labels[key] !== alert.labels[key]).length;
      if (count > bestCount) [best, bestCount] = [key, count];
    }
    if (best === undefined) break;
    const key = best;
    parts.push(`\`${shown(key)}=${shown(alert.labels[key])}\``);
    twins = twins.filter((t) => t.labels[key] === alert.labels[key]);
  }
  return { alert: alert.name, which: { raw: parts.length > 0 ? ` (${parts.join(', ')})` : '' }, ...words };
}

/** What a format calls an alert and its labels: a Datadog monitor has tags. */
function vocabulary(alert: Alert): { noun: Raw; labelWord: Raw } {
  return alert.kind.startsWith('datadog-') ? { noun: { raw: 'Monitor' }, labelWord: { raw: 'tag' } } : { noun: { raw: 'Alert' }, labelWord: { raw: 'label' } };
}

/** A file's alerts by name, made once per file: looking twins up must not be quadratic. */
const indexes = new WeakMap<readonly Alert[], Map<string, Alert[]>>();

function byName(all: readonly Alert[]): Map<string, Alert[]> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map();
    for (const alert of all) {
      const same = index.get(alert.name);
      if (same) same.push(alert);
      else index.set(alert.name, [alert]);
    }
    indexes.set(all, index);
  }
  return index;
}

/** An alert's identity, as Prometheus and Alertmanager see it: group, name and labels. */
export function alertSubject(alert: Pick<Alert, 'group' | 'name' | 'labels'>): string {
  return `${alert.group ?? ''}/${alert.name}{${labelKey(alert.labels)}}`;
}

/** A subject with the label sets `alertSubject` writes emptied, for a finding's coarse fingerprint. */
export function withoutLabels(subject: string): string {
  // A label set is `{name="json string",...}`: a `}` inside a quoted value does not end it.
  return subject.replace(/\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}/g, '{}');
}

/** Labels in a canonical order, as one string. */
export function labelKey(labels: Readonly<Record<string, string>>): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(',');
}
