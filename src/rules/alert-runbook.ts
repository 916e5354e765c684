import { alertSubject, describeAlert } from './alerts.js';
import { defineRule } from './types.js';

export interface AlertRunbookOptions {
  /** Annotation keys that hold the runbook; the first one present is checked. */
  annotations: string[];
  /** Values that stand for "no runbook yet" (compared without case). */
  placeholders: string[];
}

/** Hosts reserved for examples (RFC 2606): a runbook there was never written. */
const EXAMPLE_HOST = /(^|\.)example\.(com|org|net)$|^example$/i;

const POINT_IT = 'Point it at a real runbook: an http(s) URL or a file in this repository.';

/** An alert without a runbook wakes someone who does not know what to do. */
export default defineRule<AlertRunbookOptions>({
  meta: {
    id: 'alert-runbook',
    summary:
      'An alert has no runbook (`runbook_url` or `runbook`), or one that is a placeholder (`TODO`, an example domain) or a path to a file that does not exist.',
    defaultSeverity: 'error',
    messages: {
      missing: {
        text: 'Alert `{alert}`{which} has no runbook: add a runbook annotation ({keys}).',
        help: 'Link the page that tells whoever is paged what to check and how to fix it.',
      },
      empty: { text: 'Alert `{alert}`{which}: the runbook is empty.', help: POINT_IT },
      placeholder: { text: 'Alert `{alert}`{which}: the runbook is a placeholder (`{value}`).', help: POINT_IT },
      'invalid-url': { text: 'Alert `{alert}`{which}: the runbook `{value}` is not a valid URL.', help: POINT_IT },
      'not-http': { text: 'Alert `{alert}`{which}: the runbook `{value}` is not an http(s) URL.', help: POINT_IT },
      'example-domain': { text: 'Alert `{alert}`{which}: the runbook `{value}` points at an example domain, a placeholder.', help: POINT_IT },
      'no-such-file': {
        text: 'Alert `{alert}`{which}: the runbook `{value}` is neither an http(s) URL nor a file in the repository.',
        help: POINT_IT,
      },
    },
    options: {
      defaults: { annotations: ['runbook_url', 'runbook'], placeholders: ['TODO', 'TBD', 'FIXME', 'XXX', 'N/A', 'none', '-'] },
      schema: {
        annotations: {
          description: 'Annotation keys that hold the runbook. Default: [runbook_url, runbook].',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
        },
        placeholders: {
          description: 'Values that mean no runbook yet (compared without case). Default: TODO, TBD, FIXME, XXX, N/A, none, -.',
          type: 'array',
          items: { type: 'string' },
        },
      },
    },
  },
  check(context) {
    const { annotations, placeholders } = context.options;
    const placeholder = new Set(placeholders.map((p) => p.toLowerCase()));
    for (const alert of context.model.alerts) {
      const { alert: name, which } = describeAlert(alert, context.model.alerts);
      const subject = alertSubject(alert);
      const key = annotations.find((k) => k in alert.annotations);
      if (key === undefined) {
        context.report({ messageId: 'missing', data: { alert: name, which, keys: annotations }, site: alert.annotationsSite, target: 'key', subject });
        continue;
      }
      const value = alert.annotations[key].trim();
      const problem = runbookProblem(value, placeholder, context.fileExists);
      if (problem) {
        const site = alert.annotationSites?.[key] ?? { doc: alert.annotationsSite.doc, path: [...alert.annotationsSite.path, key] };
        context.report({ messageId: problem, data: { alert: name, which, value }, site, subject });
      }
    }
  },
});

export type RunbookProblem = 'empty' | 'placeholder' | 'invalid-url' | 'not-http' | 'example-domain' | 'no-such-file';

/** Why a runbook value does not lead anywhere, or undefined when it does. */
export function runbookProblem(value: string, placeholders: ReadonlySet<string>, fileExists: (path: string) => boolean): RunbookProblem | undefined {
  if (value === '') return 'empty';
  if (placeholders.has(value.toLowerCase())) return 'placeholder';
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return 'invalid-url';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not-http';
    if (EXAMPLE_HOST.test(url.hostname)) return 'example-domain';
    return undefined;
  }
  // A template (`{{ $labels.runbook }}`) is filled in when the alert fires: nothing to check now.
  if (value.includes('{{')) return undefined;
  const path = value.replace(/[#?].*$/, '');
  if (!fileExists(path)) return 'no-such-file';
  return undefined;
}
