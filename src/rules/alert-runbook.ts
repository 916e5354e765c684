import { defineRule } from './types.js';

export interface AlertRunbookOptions {
  /** Annotation keys that hold the runbook; the first one present is checked. */
  annotations: string[];
  /** Values that stand for "no runbook yet" (compared without case). */
  placeholders: string[];
}

/** Hosts reserved for examples (RFC 2606): a runbook there was never written. */
const EXAMPLE_HOST = /(^|\.)example\.(com|org|net)$|^example$/i;

/** An alert without a runbook wakes someone who does not know what to do. */
export default defineRule<AlertRunbookOptions>({
  meta: {
    id: 'alert-runbook',
    description:
      'Every alert links a runbook (by default annotation `runbook_url` or `runbook`): an http(s) URL or a file in the repository, not a placeholder.',
    defaultSeverity: 'error',
    defaultOptions: { annotations: ['runbook_url', 'runbook'], placeholders: ['TODO', 'TBD', 'FIXME', 'XXX', 'N/A', 'none', '-'] },
  },
  check(context) {
    const { annotations, placeholders } = context.options;
    const placeholder = new Set(placeholders.map((p) => p.toLowerCase()));
    for (const alert of context.model.alerts) {
      const key = annotations.find((k) => k in alert.annotations);
      if (key === undefined) {
        context.report({
          site: alert.annotationsSite,
          target: 'key',
          message: `Alert \`${alert.name}\` has no runbook: add a runbook annotation (${annotations.map((k) => `\`${k}\``).join(' or ')}).`,
          help: 'Link the page that tells whoever is paged what to check and how to fix it.',
        });
        continue;
      }
      const value = alert.annotations[key].trim();
      const site = { doc: alert.annotationsSite.doc, path: [...alert.annotationsSite.path, key] };
      const problem = runbookProblem(value, placeholder, context.fileExists);
      if (problem) {
        context.report({ site, message: `Alert \`${alert.name}\`: ${problem}`, help: 'Point it at a real runbook: an http(s) URL or a file in this repository.' });
      }
    }
  },
});

/** Why a runbook value does not lead anywhere, or undefined when it does. */
export function runbookProblem(value: string, placeholders: ReadonlySet<string>, fileExists: (path: string) => boolean): string | undefined {
  if (value === '') return 'the runbook is empty.';
  if (placeholders.has(value.toLowerCase())) return `the runbook is a placeholder (\`${value}\`).`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return `the runbook \`${value}\` is not a valid URL.`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `the runbook \`${value}\` is not an http(s) URL.`;
    if (EXAMPLE_HOST.test(url.hostname)) return `the runbook \`${value}\` points at an example domain, a placeholder.`;
    return undefined;
  }
  // A template (`{{ $labels.runbook }}`) is filled in when the alert fires: nothing to check now.
  if (value.includes('{{')) return undefined;
  const path = value.replace(/[#?].*$/, '');
  if (!fileExists(path)) return `the runbook \`${value}\` is neither an http(s) URL nor a file in the repository.`;
  return undefined;
}
