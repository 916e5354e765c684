import { closest } from '../core/closest.js';
import { compileGlobs } from '../core/glob.js';
import { alertSubject, describeAlert } from './alerts.js';
import { defineRule } from './types.js';

export interface AlertOwnerOptions {
  /** Label keys that name an owner; the first non-empty one counts. */
  labels: string[];
}

/**
 * An alert nobody owns pages nobody useful. With `owners` in the config, the owner must also be
 * a team that exists (a list, a teams file, or the file's CODEOWNERS), and an alert without an
 * owner label may take its file's code owners.
 */
export default defineRule<AlertOwnerOptions>({
  meta: {
    id: 'alert-owner',
    summary: 'An alert has no owner label (`owner` or `team` by default), or (with `owners` set) one that is not a known team or not a code owner of its file.',
    defaultSeverity: 'error',
    messages: {
      missing: {
        text: '{noun} `{alert}`{which} has no owner: add a {labelWord} naming its team ({keys}).',
        help: 'Name the team that is paged when it fires, so routing and escalation reach someone who can act.',
      },
      empty: {
        text: '{noun} `{alert}`{which} has an empty `{key}` {labelWord}, so it names no owner.',
        help: 'Set it to the team that is paged when the alert fires.',
      },
      unknown: {
        text: '{noun} `{alert}`{which} is owned by `{owner}`, which is not a known team.{suggestion}',
        help: 'Owners are the teams in `owners.allowed` or `owners.teams-file` of the config; fix the label, or add the team there.',
      },
      'not-code-owner': {
        text: '{noun} `{alert}`{which} is owned by `{owner}`, which is not a code owner of this file ({codeOwners}).',
        help: 'The owner label and CODEOWNERS should name the same team: fix the label, or the CODEOWNERS entry for this file.',
      },
    },
    options: {
      defaults: { labels: ['owner', 'team'] },
      schema: {
        labels: {
          description: 'Label keys that name an owner; the first non-empty one counts. Default: [owner, team].',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          minItems: 1,
        },
      },
    },
  },
  check(context) {
    const keys = context.options.labels;
    const { allowed, codeowners } = context.settings.owners;
    const isAllowed = allowed.length > 0 ? allowedMatcher(allowed) : undefined;
    const codeOwners = context.codeOwners ?? [];
    for (const alert of context.model.alerts) {
      const present = keys.filter((key) => key in alert.labels);
      const key = present.find((k) => alert.labels[k].trim() !== '');
      const { alert: name, which, noun, labelWord } = describeAlert(alert, context.model.alerts);
      const subject = alertSubject(alert);
      if (key === undefined) {
        // Without an owner label, the file's code owners own it when the config says so.
        if ((codeowners === 'fallback' || codeowners === 'both') && codeOwners.length > 0) continue;
        if (present.length > 0) {
          const site = alert.labelSites?.[present[0]] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, present[0]] };
          context.report({ messageId: 'empty', data: { alert: name, which, noun, labelWord, key: present[0] }, site, subject });
        } else {
          context.report({ messageId: 'missing', data: { alert: name, which, noun, labelWord, keys }, site: alert.labelsSite, target: 'key', subject });
        }
        continue;
      }
      const owner = alert.labels[key].trim();
      // Filled in when the alert fires: nothing to check now.
      if (owner.includes('{{')) continue;
      const site = alert.labelSites?.[key] ?? { doc: alert.labelsSite.doc, path: [...alert.labelsSite.path, key] };
      if (isAllowed && !isAllowed(owner)) {
        const guess = closest(owner, allowed.filter((a) => !/[*?[{]/.test(a)));
        context.report({ messageId: 'unknown', data: { alert: name, which, noun, labelWord, owner, suggestion: { raw: guess ? ` Did you mean \`${guess}\`?` : '' } }, site, subject });
      } else if ((codeowners === 'require' || codeowners === 'both') && !codeOwners.some((c) => sameTeam(c, owner))) {
        context.report({ messageId: 'not-code-owner', data: { alert: name, which, noun, labelWord, owner, codeOwners: codeOwners.length > 0 ? codeOwners : { raw: 'CODEOWNERS gives it none' } }, site, subject });
      }
    }
  },
});

/** Names and glob patterns (`team-*`), compared without case. */
function allowedMatcher(allowed: readonly string[]): (owner: string) => boolean {
  const names = new Set(allowed.filter((a) => !/[*?[{]/.test(a)).map((a) => a.toLowerCase()));
  const globs = allowed.filter((a) => /[*?[{]/.test(a)).map((a) => a.toLowerCase());
  const matches = globs.length > 0 ? compileGlobs(globs) : () => false;
  return (owner) => names.has(owner.toLowerCase()) || matches(owner.toLowerCase());
}

/**
 * Whether a CODEOWNERS owner (`@acme/payments`, `@jane`, `jane@acme.dev`) names the team an
 * owner label names (`payments`, `acme/payments`, `@acme/payments`), without case.
 */
function sameTeam(codeOwner: string, label: string): boolean {
  const normalize = (text: string) => text.trim().replace(/^@/, '').toLowerCase();
  const owner = normalize(codeOwner);
  const wanted = normalize(label);
  return owner === wanted || owner.split('/').pop() === wanted;
}
