import { shown } from '../core/text.js';
import type { Settings } from '../kinds/settings.js';
import type { Alert } from '../kinds/types.js';
import { alertSubject, describeAlert } from './alerts.js';
import { defineRule, type Range, type RuleContext } from './types.js';

export interface AlertRunbookOptions {
  /** Annotation keys that hold the runbook; the first one present is checked. */
  annotations: string[];
  /** Values that stand for "no runbook yet" (compared without case). */
  placeholders: string[];
}

/** Hosts reserved for examples (RFC 2606): a runbook there was never written. */
const EXAMPLE_HOST = /(^|\.)example\.(com|org|net)$|^example$/i;

const POINT_IT = 'Point it at a real runbook: an http(s) URL or a file in this repository.';

/** What the project stage needs to check runbook links: each URL, and the alerts that link it. */
interface Collected {
  links: { url: string; alert: string; noun: string; subject: string; range: Range }[];
}

/** An alert without a runbook wakes someone who does not know what to do. */
export default defineRule<AlertRunbookOptions, Collected>({
  meta: {
    id: 'alert-runbook',
    summary:
      'An alert has no runbook (`runbook_url` or `runbook`), or one that leads nowhere: a placeholder (`TODO`, an example domain), a file or heading that does not exist, a URL outside the allowed places or that does not answer (with `runbooks` set).',
    defaultSeverity: 'error',
    messages: {
      missing: {
        text: '{noun} `{alert}`{which} has no runbook: add a runbook annotation ({keys}).',
        help: 'Link the page that tells whoever is paged what to check and how to fix it.{expected}',
      },
      'missing-in-message': {
        text: '{noun} `{alert}`{which} has no runbook: link one in its message.',
        help: 'Write a link whose text says runbook, as `[Runbook](https://...)`, or `Runbook: https://...`.{expected}',
      },
      empty: { text: '{noun} `{alert}`{which}: the runbook is empty.', help: `${POINT_IT}{expected}` },
      placeholder: { text: '{noun} `{alert}`{which}: the runbook is a placeholder (`{value}`).', help: `${POINT_IT}{expected}` },
      'invalid-url': { text: '{noun} `{alert}`{which}: the runbook `{value}` is not a valid URL.', help: `${POINT_IT}{expected}` },
      'not-http': { text: '{noun} `{alert}`{which}: the runbook `{value}` is not an http(s) URL.', help: `${POINT_IT}{expected}` },
      'example-domain': { text: '{noun} `{alert}`{which}: the runbook `{value}` points at an example domain, a placeholder.', help: `${POINT_IT}{expected}` },
      'no-such-file': {
        text: '{noun} `{alert}`{which}: the runbook `{value}` is neither an http(s) URL nor a file in the repository.',
        help: `${POINT_IT}{expected}`,
      },
      'not-allowed': {
        text: '{noun} `{alert}`{which}: the runbook `{value}` is not where runbooks live ({patterns}).',
        help: 'Runbooks are kept where the config’s `runbooks.url-pattern` says, so they can be found and kept up to date.{expected}',
      },
      'no-such-anchor': {
        text: '{noun} `{alert}`{which}: `{file}` has no heading `#{anchor}`.{suggestion}',
        help: 'Link a heading the runbook has (GitHub’s anchor of a heading: lower case, spaces as `-`).',
      },
      'name-not-mentioned': {
        text: '{noun} `{alert}`{which}: the runbook `{file}` does not mention `{alert}`.',
        help: 'A runbook should say which alert it is for, so whoever is paged knows they are on the right page.',
      },
      'broken-link': {
        text: '{noun} `{alert}`: the runbook `{value}` does not answer ({result}).',
        help: 'Fix the link, or restore the page it points at.',
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
  async prepare(context) {
    // Headings are read with a Markdown parser, loaded only when a runbook links one.
    if (context.model.alerts.some((a) => Object.values(a.annotations).some((v) => /\.(md|markdown)#/i.test(v)))) await loadAnchors();
  },
  check(context) {
    const { annotations, placeholders } = context.options;
    const placeholder = new Set(placeholders.map((p) => p.toLowerCase()));
    const policy = context.settings.runbooks;
    for (const alert of context.model.alerts) {
      const { alert: name, which, noun, labelWord } = describeAlert(alert, context.model.alerts);
      const subject = alertSubject(alert);
      const expected = { raw: expectedRunbook(policy, alert) };
      const key = annotations.find((k) => k in alert.annotations);
      if (key === undefined) {
        // A Datadog monitor's runbook is a link in its message.
        const messageId = alert.kind.startsWith('datadog-') ? 'missing-in-message' : 'missing';
        context.report({ messageId, data: { alert: name, which, noun, labelWord, keys: annotations, expected }, site: alert.annotationsSite, target: 'key', subject });
        continue;
      }
      const value = alert.annotations[key].trim();
      const problem = runbookProblem(value, placeholder, context, alert.name);
      if (problem) {
        const site = alert.annotationSites?.[key] ?? { doc: alert.annotationsSite.doc, path: [...alert.annotationsSite.path, key] };
        context.report({ messageId: problem.id, data: { alert: name, which, noun, labelWord, value, expected, ...problem.data }, site, subject });
      }
    }
  },
  collect(context) {
    if (!context.settings.runbooks.checkLinks) return undefined;
    const key = (alert: Alert) => context.options.annotations.find((k) => k in alert.annotations);
    const links: Collected['links'] = [];
    for (const alert of context.model.alerts) {
      const annotation = key(alert);
      const url = annotation && alert.annotations[annotation].trim();
      if (!url || !/^https?:\/\//i.test(url) || url.includes('{{')) continue;
      const site = alert.annotationSites?.[annotation] ?? { doc: alert.annotationsSite.doc, path: [...alert.annotationsSite.path, annotation] };
      links.push({ url, alert: alert.name, noun: describeAlert(alert, context.model.alerts).noun.raw, subject: alertSubject(alert), range: context.rangeOf(site) });
    }
    return links.length > 0 ? { links } : undefined;
  },
  async checkProject(context) {
    if (!context.settings.runbooks.checkLinks || context.collected.length === 0) return;
    const { LinkChecker, describeLinkResult } = await import('../policy/link-check.js');
    const checker = new LinkChecker();
    const checks = context.collected.flatMap(({ file, data }) => data.links.map((link) => ({ file, link, result: checker.check(link.url) })));
    for (const { file, link, result } of checks) {
      const outcome = await result;
      if (outcome.state === 'ok') continue;
      context.report({ file, range: link.range, subject: link.subject, messageId: 'broken-link', data: { alert: link.alert, noun: { raw: link.noun }, value: link.url, result: describeLinkResult(outcome) } });
    }
  },
});

type Problem = { id: string; data?: Record<string, string | { raw: string } | string[]> };

/** Why a runbook value does not lead anywhere, or undefined when it does. */
function runbookProblem(
  value: string,
  placeholders: ReadonlySet<string>,
  context: Pick<RuleContext, 'fileExists' | 'readFile' | 'settings'>,
  alertName: string,
): Problem | undefined {
  if (value === '') return { id: 'empty' };
  if (placeholders.has(value.toLowerCase())) return { id: 'placeholder' };
  // A template (`{{ $labels.runbook }}`) is filled in when the alert fires: nothing to check now.
  if (value.includes('{{')) return undefined;
  const policy = context.settings.runbooks;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { id: 'invalid-url' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { id: 'not-http' };
    if (EXAMPLE_HOST.test(url.hostname)) return { id: 'example-domain' };
    if (policy.urlPatterns.length > 0 && !policy.urlPatterns.some((pattern) => urlMatches(value, pattern))) {
      return { id: 'not-allowed', data: { patterns: policy.urlPatterns } };
    }
    return undefined;
  }
  const [file, anchor] = value.replace(/\?.*$/, '').split('#', 2) as [string, string | undefined];
  const anchorFinder = anchor && /\.(md|markdown)$/i.test(file) ? anchors : undefined;
  // Only an anchor or the alert's name needs the runbook's text; otherwise it must only exist.
  if (!anchorFinder && !policy.mentionAlertName) return context.fileExists(file) ? undefined : { id: 'no-such-file' };
  const text = context.readFile(file);
  if (text === undefined) return { id: 'no-such-file' };
  if (anchorFinder && anchor) {
    const found = anchorFinder.markdownAnchors(text);
    if (!found.includes(anchor.toLowerCase()) && !found.includes(anchor)) {
      const guess = anchorFinder.closestAnchor(anchor, found);
      return { id: 'no-such-anchor', data: { file, anchor, suggestion: { raw: guess ? ` Did you mean \`#${shown(guess)}\`?` : '' } } };
    }
  }
  if (policy.mentionAlertName && !text.toLowerCase().includes(alertName.toLowerCase())) return { id: 'name-not-mentioned', data: { file } };
  return undefined;
}

/** A URL prefix, or a regular expression between slashes (`/^https:\/\/wiki\./`). */
function urlMatches(url: string, pattern: string): boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (!regex) return url.startsWith(pattern);
  try {
    return new RegExp(regex[1], regex[2]).test(url);
  } catch {
    return false;
  }
}

/** ` Expected: <url>` from `runbooks.template`, or nothing. */
function expectedRunbook(policy: Settings['runbooks'], alert: Alert): string {
  if (!policy.template) return '';
  const url = policy.template.replace(/\{\{\s*(alertname|group|labels\.(\w+))\s*\}\}/g, (_whole, what: string, label?: string) => {
    if (what === 'alertname') return encodeURIComponent(alert.name);
    if (what === 'group') return encodeURIComponent(alert.group ?? '');
    // A label the alert does not have is shown as a blank to fill in.
    return alert.labels[label!] !== undefined ? encodeURIComponent(alert.labels[label!]) : `<${label}>`;
  });
  return ` Expected: ${shown(url)}`;
}

/** The Markdown headings reader, loaded on demand (markdown-it and github-slugger are not small). */
let anchors: typeof import('../policy/anchors.js') | undefined;

async function loadAnchors(): Promise<void> {
  anchors ??= await import('../policy/anchors.js');
}
