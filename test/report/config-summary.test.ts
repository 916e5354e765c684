import { describe, expect, it } from 'vitest';
import { formatConfigSummary } from '../../src/report/config-summary.js';

const fileUrl = (file: string, line: number) => `https://github.com/acme/alerts/blob/abc/${file}#L${line}`;
const REFERENCE = 'https://github.com/obslint/obslint/blob/main/docs/configuration.md#when-a-config-cannot-be-used';

describe('formatConfigSummary', () => {
  it('lists each problem at its file and line, linked when the file is in the repository, and says what to do', () => {
    const summary = formatConfigSummary(
      [
        { file: '.obslint.yml', line: 4, column: 18, message: '`alert-runbook` is locked at `error` by shared.yml; this config cannot turn it down to `off`.' },
        { file: 'github:acme/platform/obslint.yml@v1', line: 2, column: 3, message: 'Unknown key `rulez`.' },
        { file: 'nope.json', message: 'The baseline does not exist: write it with `obslint baseline`.' },
        { message: 'The baseline path is empty.' },
      ],
      fileUrl,
    );
    expect(summary).toBe(
      [
        '## obslint',
        '',
        ':x: The config has 4 problems, so nothing was linted.',
        '',
        '| Where | Problem |',
        '| --- | --- |',
        '| [<code>.obslint.yml&#58;4&#58;18</code>](https://github.com/acme/alerts/blob/abc/.obslint.yml#L4) | <code>alert-runbook</code> is locked at <code>error</code> by shared.yml; this config cannot turn it down to <code>off</code>. |',
        '| <code>github&#58;acme/platform/obslint.yml&#64;v1&#58;2&#58;3</code> | Unknown key <code>rulez</code>. |',
        '| <code>nope.json</code> | The baseline does not exist: write it with <code>obslint baseline</code>. |',
        '|  | The baseline path is empty. |',
        '',
        `Fix the config where each row says, then run again; [the configuration reference](${REFERENCE}) explains these messages.`,
        '',
      ].join('\n'),
    );
  });

  it('says "a problem" for one, and links nothing without a URL', () => {
    const summary = formatConfigSummary([{ file: '.obslint.yml', line: 1, column: 1, message: 'Expected one YAML document, found 2.' }]);
    expect(summary.split('\n').slice(2, 7)).toEqual([':x: The config has a problem, so nothing was linted.', '', '| Where | Problem |', '| --- | --- |', '| <code>.obslint.yml&#58;1&#58;1</code> | Expected one YAML document, found 2. |']);
  });
});
