import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipNote } from '../corpus-helpers.js';
import { REPO_ROOT } from '../e2e-helpers.js';
import { amtoolAccepts, blockingFindings, HAS_AMTOOL, readYaml } from './helpers.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/alertmanager');

/**
 * Where the installed amtool (0.25) and the current release (obslint's target) disagree, with
 * why. Every other fixture is refused by amtool exactly when obslint blocks it.
 */
const DIFFERENCES: Record<string, { current: 'accepts' | 'refuses'; why: string }> = {
  // Integrations and keys added after 0.25.
  'msteams.yml': { current: 'accepts', why: '`msteams_configs` arrived in 0.26' },
  'route-labels.yml': { current: 'accepts', why: 'route `labels` arrived in 0.34' },
  // 0.27 added the UTF-8 matchers parser and, in its default fallback mode, UTF-8 label names.
  'utf8-matcher.yml': { current: 'accepts', why: 'a quoted label name with a space is a UTF-8 matcher' },
  'inhibit-utf8-equal.yml': { current: 'accepts', why: '`service.name` is a valid UTF-8 label name in `equal`' },
  // prometheus/common now refuses a client certificate without its key.
  'tls-cert-without-key.yml': { current: 'refuses', why: 'TLS config validation is stricter' },
};

describe.skipIf(!HAS_AMTOOL)('agreement with amtool check-config', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yml')).sort();

  it('has a varied set of fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => amtoolAccepts(path.join(FIXTURES, f))).length).toBeGreaterThanOrEqual(8);
  });

  it('refuses exactly what obslint blocks, but for the listed differences', () => {
    const verdicts = files.map((f) => {
      const amtool = amtoolAccepts(path.join(FIXTURES, f)) ? 'accepts' : 'refuses';
      const obslint = blockingFindings(readYaml(path.join(FIXTURES, f))).length > 0 ? 'blocks' : 'passes';
      return { f, amtool, obslint, agree: (amtool === 'refuses') === (obslint === 'blocks') };
    });
    expect(verdicts.filter((v) => !v.agree).map((v) => `${v.f}: amtool ${v.amtool}, obslint ${v.obslint}`)).toEqual(
      Object.entries(DIFFERENCES)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([f, { current }]) => `${f}: amtool ${current === 'accepts' ? 'refuses, obslint passes' : 'accepts, obslint blocks'}`),
    );
  });
});

if (!HAS_AMTOOL) skipNote('amtool reference tests', 'amtool is not installed (scripts/install-reference-tools.sh installs it)');
